"""Labels of tables and documents: column headers, statuses, sections, titles, units in English."""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    # status table columns
    INDICATOR = "label.indicator"
    UNIT = "label.unit"
    TARGET = "label.target"
    ACTUAL = "label.actual"
    COMPLETION = "label.completion"
    COMPLETION_SHORT = "label.completion_short"
    GROWTH = "label.growth"
    SCHEDULE_GAP = "label.schedule_gap"
    SCHEDULE_GAP_SHORT = "label.schedule_gap_short"
    TARGET_GROWTH_SHORT = "label.target_growth_short"
    STATUS = "label.status"
    PERIOD = "label.period"
    YEAR_TO_DATE = "label.year_to_date"
    MONTH_ALONE = "label.month_alone"
    MONTHLY_TITLE = "label.monthly_title"
    TREND = "label.trend"
    # spreadsheet columns that carry their unit
    # statuses
    STATUS_EXCEEDED = "label.status.exceeded"
    STATUS_MET = "label.status.met"
    STATUS_NOT_MET = "label.status.not_met"
    STATUS_AHEAD = "label.status.ahead"
    STATUS_BEHIND = "label.status.behind"
    STATUS_NO_TARGET = "label.status.no_target"
    STATUS_NO_DATA = "label.status.no_data"
    STATUS_ON_SCHEDULE = "label.status.on_schedule"
    STATUS_REACHED = "label.status.reached"
    STATUS_NOT_REACHED = "label.status.not_reached"
    STATUS_WITHIN = "label.status.within"
    STATUS_ABOVE = "label.status.above"
    STATUS_WITHIN_PACE = "label.status.within_pace"
    STATUS_OVER_PACE = "label.status.over_pace"
    STATUS_CEILING_KEPT = "label.status.ceiling_kept"
    STATUS_CEILING_BROKEN = "label.status.ceiling_broken"
    COMPLETENESS = "label.completeness"
    FIGURE_FOR = "label.figure_for"
    # marks and small words
    POINTS = "label.points"
    WITH_UNIT = "label.with_unit"
    STATED_FOOTNOTE = "label.stated_footnote"
    TIME_ELAPSED = "label.time_elapsed"
    # titles and sections
    STATUS_TITLE_EMPTY = "label.status_title_empty"
    REPORT_TITLE = "label.report_title"
    REPORT_TITLE_EMPTY = "label.report_title_empty"
    SECTION_FOCUS = "label.section_focus"
    TARGET_NOTE = "label.target_note"
    NOTE_SEPARATOR = "label.note_separator"
    SEASONAL_NOTE = "label.seasonal_note"
    SEASONAL_FALLBACK = "label.seasonal_fallback"
    MONTHLY_AVERAGE = "label.monthly_average"
    JANUARY_DONE = "label.january_done"
    REQUIRED_DECEMBER = "label.required_december"
    MONTHLY_AVERAGE_SHORT = "label.monthly_average_short"
    GROWTH_CHANGE = "label.growth_change"
    GROWTH_CHANGE_SHORT = "label.growth_change_short"
    GROWTH_CHANGE_EARLIER = "label.growth_change_earlier"
    BY_LAST_YEAR = "label.by_last_year"
    BY_AVERAGE = "label.by_average"
    PROJECTED_SHARE = "label.projected_share"
    PROJECTED_SHARE_SHORT = "label.projected_share_short"
    PROJECTED_SHARE_OR_CEILING_SHORT = "label.projected_share_or_ceiling_short"
    PROJECTED_SHARE_OR_CEILING = "label.projected_share_or_ceiling"
    REMAINING = "label.remaining"
    PACE_RATIO = "label.pace_ratio"
    REQUIRED_GROWTH = "label.required_growth"
    PROJECTION_METHOD = "label.projection_method"
    PROJECTED_GROWTH = "label.projected_growth"
    PART_OF = "label.part_of"
    SHARE_OF_TOTAL = "label.share_of_total"
    SHARE_CHANGE = "label.share_change"
    PULL = "label.pull"
    CONTRIBUTION = "label.contribution"
    GROWTH_AGAINST = "label.growth_against"
    AVERAGE_GROWTH = "label.average_growth"
    OUTLOOK_TITLE = "label.outlook_title"
    PARTS_TITLE = "label.parts_title"
    AGAINST_TITLE = "label.against_title"
    REQUIRED_MONTHLY = "label.required_monthly"
    REQUIRED_MONTHLY_SHORT = "label.required_monthly_short"
    PROJECTED = "label.projected"
    PROJECTED_SHORT = "label.projected_short"
    PROJECTION_NOTE = "label.projection_note"
    PROJECTION_NOTE_AVERAGE = "label.projection_note_average"
    PROJECTION_NOTE_MIXED = "label.projection_note_mixed"
    LEVEL = "label.level"
    LEVEL_SHORT = "label.level_short"
    LEVEL_GREEN = "label.level_green"
    LEVEL_AMBER = "label.level_amber"
    LEVEL_RED = "label.level_red"
    OWNER = "label.owner"
    FOCUS_UNDER_TABLE = "label.focus_under_table"
    SECTION_SUPERVISION = "label.section_supervision"
    SUPERVISION_OWNER = "label.supervision_owner"
    NO_OWNER = "label.no_owner"
    SECTION_SUMMARY = "label.section_summary"
    SECTION_INDICATORS = "label.section_indicators"
    SECTION_HISTORY = "label.section_history"
    SHEET_STATUS = "label.sheet_status"
    SHEET_VALUES = "label.sheet_values"
    SHEET_SUMMARY = "label.sheet_summary"
    SHEET_OUTLOOK = "label.sheet_outlook"
    SHEET_PARTS = "label.sheet_parts"
    SHEET_AGAINST = "label.sheet_against"
    HTML_LANG = "label.html_lang"
    # `check`
    CHECK_TITLE = "label.check_title"
    CHECK_KIND = "label.check_kind"
    CHECK_STATED = "label.check_stated"
    CHECK_COMPUTED = "label.check_computed"
    CHECK_VERDICT = "label.check_verdict"
    CHECK_GROWTH = "label.check_growth"
    CHECK_TARGET_GROWTH = "label.check_target_growth"
    CHECK_POINTS_CHANGE = "label.check_points_change"
    VERDICT_AGREES = "label.verdict.agrees"
    VERDICT_DISAGREES = "label.verdict.disagrees"
    VERDICT_UNVERIFIABLE = "label.verdict.unverifiable"
    # `audit` and `extract`
    AUDIT_TITLE = "label.audit_title"
    LIST_JOIN = "label.list_join"
    AUDIT_SENTENCE = "label.audit_sentence"
    AUDIT_KIND = "label.audit_kind"
    AUDIT_SUMMARY = "label.audit_summary"
    AUDIT_COUNT = "label.audit_count"
    AUDIT_SUMMARY_WRONG = "label.audit_summary_wrong"
    AUDIT_WRONG = "label.audit_wrong"
    EXTRACT_TITLE = "label.extract_title"
    EXTRACT_NAME = "label.extract_name"
    EXTRACT_TYPE = "label.extract_type"
    EXTRACT_VALUE = "label.extract_value"
    EXTRACT_REMARK = "label.extract_remark"
    EXTRACT_NEW = "label.extract_new"
    EXTRACT_APPROXIMATE = "label.extract_approximate"
    # the office's table (目标任务完成情况表), in every format
    SEQ = "label.seq"
    ANNUAL_TARGET = "label.annual_target"
    TARGET_GROWTH_PCT = "label.target_growth_pct"
    ACTUAL_MONTHS = "label.actual_months"
    PERIOD_MONTHS = "label.period_months"
    ACTUAL_YEAR = "label.actual_year"
    BASE_MONTHS = "label.base_months"
    BASE_YEAR = "label.base_year"
    GROWTH_SIGNED = "label.growth_signed"
    COMPLETION_PCT = "label.completion_pct"
    COMPLETION_OR_CEILING = "label.completion_or_ceiling"
    COMPLETION_OR_CEILING_SHORT = "label.completion_or_ceiling_short"
    CEILING_USED_PCT = "label.ceiling_used_pct"
    ANNUAL_TARGET_SHORT = "label.annual_target_short"
    ACTUAL_YEAR_SHORT = "label.actual_year_short"
    BASE_SHORT = "label.base_short"
    SCHEDULE_GAP_OFFICE = "label.schedule_gap_office"
    PROGRESS = "label.progress"
    NOTE = "label.note"
    TABLE_TITLE = "label.table_title"
    PLAN_TITLE = "label.plan_title"
    SCHEDULE_LINE = "label.schedule_line"
    SCHEDULE_LINE_SEASONAL = "label.schedule_line_seasonal"
    SOURCE_LINE = "label.source_line"
    NOTES_HEADING = "label.notes_heading"
    NOTE_ITEM = "label.note_item"
    COMPILED_BY = "label.compiled_by"
    COMPILED_ON = "label.compiled_on"
    DATE = "label.date"
    FIELD = "label.field"
    PAGE_OF = "label.page_of"
    # charts
    LEGEND_GOOD = "label.legend_good"
    LEGEND_BAD = "label.legend_bad"
    LEGEND_NEUTRAL = "label.legend_neutral"
    LEGEND_TARGET = "label.legend_target"
    LEGEND_YEAR = "label.legend_year"
    MONTH_TICK = "label.month_tick"
    LEGEND_CEILING = "label.legend_ceiling"
    LEGEND_OWN_PACE = "label.legend_own_pace"
    LEGEND_ACTUAL = "label.legend_actual"
    CHART_COMPLETION = "label.chart_completion"
    CHART_YEARS = "label.chart_years"
    CHART_SAME_PERIOD = "label.chart_same_period"
    KPI_OF_TARGET = "label.kpi_of_target"
    KPI_OF_CEILING = "label.kpi_of_ceiling"
    KPI_GROWTH = "label.kpi_growth"
    SHEET_DISTRICT_MATRIX = "label.sheet_district_matrix"
    STATED_GROWTH_PCT = "label.stated_growth_pct"
    BASE_VALUE = "label.base_value"
    STATED_STATUS = "label.stated_status"
    SOURCE = "label.source"
    ID = "label.id"
    TYPE_ACTUAL = "label.type_actual"
    TYPE_TARGET = "label.type_target"
    SHEET_DISTRICT_TOWNS = "label.sheet_district_towns"
    DISTRICT_SECTION_MATRIX = "label.district_section_matrix"
    DISTRICT_SECTION_TOWNS = "label.district_section_towns"


TEXTS: dict[Label, tuple[str, str]] = {
    Label.INDICATOR: ("指标", "Indicator"),
    Label.UNIT: ("单位", "Unit"),
    Label.TARGET: ("目标", "Target"),
    Label.ACTUAL: ("完成", "Actual"),
    Label.COMPLETION: ("完成率", "Completion"),
    Label.COMPLETION_SHORT: ("完成%", "Done %"),
    Label.GROWTH: ("同比", "YoY"),
    Label.SCHEDULE_GAP: ("序时进度差", "Vs schedule"),
    Label.SCHEDULE_GAP_SHORT: ("序时差", "Vs sched"),
    Label.TARGET_GROWTH_SHORT: ("目标增幅", "Tgt growth"),
    Label.STATUS: ("状态", "Status"),
    Label.PERIOD: ("期间", "Period"),
    Label.YEAR_TO_DATE: ("累计", "Year to date"),
    Label.MONTH_ALONE: ("当月", "Month"),
    Label.MONTHLY_TITLE: ("{name}（{unit}）{year}年逐月情况", "{name} ({unit}), {year} month by month"),
    Label.TREND: ("走势", "Trend"),
    Label.STATUS_EXCEEDED: ("超额完成", "exceeded"),
    Label.STATUS_MET: ("完成", "met"),
    Label.STATUS_NOT_MET: ("未完成", "not met"),
    Label.STATUS_AHEAD: ("超序时", "ahead"),
    Label.STATUS_BEHIND: ("落后序时", "behind"),
    Label.STATUS_NO_TARGET: ("无目标", "no target"),
    Label.STATUS_NO_DATA: ("无数据", "no data"),
    Label.STATUS_ON_SCHEDULE: ("与序时持平", "on schedule"),
    Label.STATUS_REACHED: ("已达目标", "reached"),
    Label.STATUS_NOT_REACHED: ("未达目标", "below"),
    Label.STATUS_WITHIN: ("控制在目标内", "within target"),
    Label.STATUS_ABOVE: ("高于目标", "above target"),
    Label.STATUS_WITHIN_PACE: ("低于序时", "within pace"),
    Label.STATUS_OVER_PACE: ("高于序时", "over pace"),
    Label.STATUS_CEILING_KEPT: ("控制在目标内", "within ceiling"),
    Label.STATUS_CEILING_BROKEN: ("突破控制目标", "over ceiling"),
    Label.COMPLETENESS: (
        "{months}：{expected}项指标中{reported}项已报送，未报送：{names}",
        "{months}: {reported} of {expected} indicators reported; not yet reported: {names}",
    ),
    Label.FIGURE_FOR: ("{months}数据", "figure for {months}"),
    Label.POINTS: ("个百分点", " pp"),
    Label.WITH_UNIT: ("{name}（{unit}）", "{name} ({unit})"),
    Label.STATED_FOOTNOTE: (
        "注：带*的为来源所述数字，文件中无可复算的数据。",
        "* As stated by the source: the file has no figures to recompute it from.",
    ),
    Label.TIME_ELAPSED: ("序时进度", "time elapsed"),
    Label.STATUS_TITLE_EMPTY: ("{entity} 目标完成情况", "{entity} progress against targets"),
    Label.REPORT_TITLE: ("{entity}{period}经济运行情况", "{entity}: economic report, {period}"),
    Label.REPORT_TITLE_EMPTY: ("{entity}经济运行情况", "{entity}: economic report"),
    Label.SECTION_FOCUS: ("需重点关注", "Needs attention"),
    Label.TARGET_NOTE: ("目标：{note}", "target: {note}"),
    Label.NOTE_SEPARATOR: ("；", "; "),
    Label.SEASONAL_NOTE: (
        "注：{names}的序时进度按上年同期进度计算（上年1至当月累计占上年全年的比重）。",
        "{names}: measured against last year's pace (last year's same months as a share of its whole year).",
    ),
    Label.SEASONAL_FALLBACK: (
        "注：{names}缺上年同期或上年全年数，序时进度按时间计算。",
        "{names}: last year's figures are missing, so measured against the calendar.",
    ),
    Label.MONTHLY_AVERAGE: ("前{done}个月\u200b月均", "Monthly average, first {done} months"),
    Label.JANUARY_DONE: ("1月\u200b完成", "January"),
    Label.REQUIRED_DECEMBER: ("12月\u200b需完成", "Needed in December"),
    Label.MONTHLY_AVERAGE_SHORT: ("前期\u200b月均", "Average so far"),
    Label.GROWTH_CHANGE: ("增幅较\u200b{months}\u200b（百分点）", "Growth vs {months} (pp)"),
    Label.GROWTH_CHANGE_SHORT: ("增幅较\u200b上月\u200b（百分点）", "Growth vs last month (pp)"),
    Label.GROWTH_CHANGE_EARLIER: ("增幅较\u200b上期\u200b（百分点）", "Growth vs the figure before (pp)"),
    Label.BY_LAST_YEAR: ("按上年进度", "last year's pace"),
    Label.BY_AVERAGE: ("按平均进度", "average month"),
    Label.PROJECTED_SHARE_SHORT: ("预计\u200b完成%", "Proj. %"),
    Label.PROJECTED_SHARE_OR_CEILING_SHORT: ("预计完成/\u200b占控%", "Proj. done/\u200bused %"),
    Label.PROJECTED_SHARE: ("预计完成\u200b年度目标%", "Projected % of target"),
    Label.PROJECTED_SHARE_OR_CEILING: ("预计完成\u200b年度目标%/\u200b占控制数%", "Projected % of target / of ceiling"),
    Label.REMAINING: ("还需\u200b完成", "Still to do"),
    Label.PACE_RATIO: ("需完成为\u200b前期月均\u200b的倍数", "Needed ÷ average"),
    Label.REQUIRED_GROWTH: ("后期需\u200b增长%", "Growth needed %"),
    Label.PROJECTION_METHOD: ("预计\u200b方法", "Projected by"),
    Label.PROJECTED_GROWTH: ("预计\u200b增长%", "Projected growth %"),
    Label.PART_OF: ("所属\u200b总量", "Part of"),
    Label.SHARE_OF_TOTAL: ("占总量%", "Share of total %"),
    Label.SHARE_CHANGE: ("占比增减\u200b（百分点）", "Share change (pp)"),
    Label.PULL: ("拉动\u200b（百分点）", "Pull (pp)"),
    Label.CONTRIBUTION: ("贡献率%", "Contribution %"),
    Label.GROWTH_AGAINST: ("比{year}年\u200b同期±%", "vs same period {year} ±%"),
    Label.AVERAGE_GROWTH: ("年均\u200b增长%", "Average annual growth %"),
    Label.OUTLOOK_TITLE: ("{entity}{period}全年预测与进度要求", "{entity}: outlook for the year, {period}"),
    Label.PARTS_TITLE: ("{entity}{period}主要指标构成", "{entity}: parts of totals, {period}"),
    Label.AGAINST_TITLE: ("{entity}{period}与{year}年同期比较", "{entity}: {period} against {year}"),
    Label.REQUIRED_MONTHLY: ("后{left}个月\u200b月均\u200b需完成", "Needed a month, last {left} months"),
    Label.REQUIRED_MONTHLY_SHORT: ("需月均", "Need/mo"),
    Label.PROJECTED: ("预计\u200b全年", "Projected year"),
    Label.PROJECTED_SHORT: ("预计", "Proj."),
    Label.PROJECTION_NOTE: ("注：预计全年按上年同期进度推算。", "Projected year: by last year's pace through the year."),
    Label.PROJECTION_NOTE_MIXED: (
        "注：预计全年按上年同期进度推算；{names}缺上年同期或上年全年数，按平均进度推算。",
        "Projected year: by last year's pace through the year; {names} by the average month "
        "(last year's same months or whole year unknown).",
    ),
    Label.PROJECTION_NOTE_AVERAGE: (
        "注：预计全年按平均进度推算（缺上年同期或上年全年数）。",
        "Projected year: by the average month (last year's same months or whole year unknown).",
    ),
    Label.LEVEL: ("预警\u200b等级", "Level"),
    Label.LEVEL_SHORT: ("预警", "Level"),
    Label.LEVEL_GREEN: ("正常", "green"),
    Label.LEVEL_AMBER: ("关注", "amber"),
    Label.LEVEL_RED: ("预警", "red"),
    Label.OWNER: ("牵头\u200b单位", "Lead"),
    Label.FOCUS_UNDER_TABLE: ("需重点关注：", "Needs attention:"),
    Label.SECTION_SUPERVISION: ("督查通报", "Follow-up by department"),
    Label.SUPERVISION_OWNER: ("牵头单位：{owner}", "Lead department: {owner}"),
    Label.NO_OWNER: ("未明确", "none named"),
    Label.SECTION_SUMMARY: ("一、总体情况", "Summary"),
    Label.SECTION_INDICATORS: ("二、主要指标完成情况", "Indicators"),
    Label.SECTION_HISTORY: ("三、分指标历年情况", "History by indicator"),
    Label.SHEET_STATUS: ("主要指标", "Indicators"),
    Label.SHEET_VALUES: ("数据", "Values"),
    Label.SHEET_SUMMARY: ("综述", "Summary"),
    Label.SHEET_OUTLOOK: ("全年预测", "Outlook"),
    Label.SHEET_PARTS: ("构成", "Parts"),
    Label.SHEET_AGAINST: ("同期比较", "Against"),
    Label.HTML_LANG: ("zh-CN", "en"),
    Label.CHECK_TITLE: ("所述增幅核对", "Stated rates against the figures"),
    Label.CHECK_KIND: ("口径", "Measure"),
    Label.CHECK_STATED: ("所述", "Stated"),
    Label.CHECK_COMPUTED: ("复算", "Computed"),
    Label.CHECK_VERDICT: ("结论", "Verdict"),
    Label.CHECK_GROWTH: ("同比增长", "YoY growth"),
    Label.CHECK_TARGET_GROWTH: ("目标增幅", "Target growth"),
    Label.CHECK_POINTS_CHANGE: ("比上年增减", "Change on last year"),
    Label.VERDICT_AGREES: ("一致", "agrees"),
    Label.VERDICT_DISAGREES: ("不一致", "disagrees"),
    Label.VERDICT_UNVERIFIABLE: ("无法复算", "unverifiable"),
    Label.LIST_JOIN: ("，", ", "),
    Label.AUDIT_TITLE: ("报告数字核对", "Figures of the report, recomputed"),
    Label.AUDIT_SENTENCE: ("语句", "Sentence"),
    Label.AUDIT_KIND: ("类型", "Kind"),
    Label.AUDIT_COUNT: ("{verdict}{count}个", "{count} {verdict}"),
    Label.AUDIT_SUMMARY: (
        "共{count}个所述数字，可复算{checked}个：{counts}",
        "{count} stated figure(s), {checked} of them checkable: {counts}",
    ),
    Label.AUDIT_SUMMARY_WRONG: ("{summary} — {details}", "{summary} — {details}"),
    Label.AUDIT_WRONG: ("{indicator} {kind} {stated} 应为 {computed}", "{indicator} {kind} {stated} should read {computed}"),
    Label.EXTRACT_TITLE: ("报告中的数字", "Figures stated in the report"),
    Label.EXTRACT_NAME: ("原文名称", "Name in the text"),
    Label.EXTRACT_TYPE: ("类型", "Type"),
    Label.EXTRACT_VALUE: ("数值", "Value"),
    Label.EXTRACT_REMARK: ("说明", "Remark"),
    Label.EXTRACT_NEW: ("新指标", "new"),
    Label.EXTRACT_APPROXIMATE: ("约数（{printed}）", "approximate ({printed})"),
    # A header's \u200b marks where it may wrap on a narrow screen; it is removed where it does not.
    Label.SEQ: ("序号", "No."),
    Label.ANNUAL_TARGET: ("年度\u200b目标", "Annual target"),
    Label.TARGET_GROWTH_PCT: ("目标\u200b增幅%", "Target growth %"),
    Label.ACTUAL_MONTHS: ("{months}\u200b累计", "{months} total"),
    Label.PERIOD_MONTHS: ("{months}", "{months}"),
    Label.ACTUAL_YEAR: ("{year}年\u200b完成", "{year} actual"),
    Label.BASE_MONTHS: ("上年\u200b同期", "Same period last year"),
    Label.BASE_YEAR: ("上年\u200b完成", "Last year"),
    Label.GROWTH_SIGNED: ("同比\u200b±%", "YoY ±%"),
    Label.COMPLETION_PCT: ("完成年度\u200b目标%", "% of annual target"),
    Label.COMPLETION_OR_CEILING: ("完成年度\u200b目标%/\u200b占控制数%", "% of target / of ceiling"),
    Label.COMPLETION_OR_CEILING_SHORT: ("完成/\u200b占控%", "Done/\u200bused %"),
    Label.CEILING_USED_PCT: ("占控制数%", "% of ceiling"),
    Label.ANNUAL_TARGET_SHORT: ("目标", "Target"),
    Label.ACTUAL_YEAR_SHORT: ("{year}年", "{year}"),
    Label.BASE_SHORT: ("上年", "Last yr"),
    Label.SCHEDULE_GAP_OFFICE: ("超/欠\u200b序时进度\u200b（百分点）", "Vs schedule (points)"),
    Label.PROGRESS: ("进度", "Progress"),
    Label.NOTE: ("备注", "Notes"),
    Label.TABLE_TITLE: ("{entity}{period}主要经济指标完成情况", "{entity}: main economic indicators, {period}"),
    Label.PLAN_TITLE: ("{entity}{period}主要经济指标目标", "{entity}: main economic targets, {period}"),
    Label.SCHEDULE_LINE: ("序时进度：{progress}%", "Time elapsed: {progress}%"),
    Label.SCHEDULE_LINE_SEASONAL: ("序时进度：按上年同期进度", "Time elapsed: by last year's pace"),
    Label.SOURCE_LINE: ("数据来源：{sources}", "Source: {sources}"),
    Label.NOTES_HEADING: ("备注：", "Notes:"),
    Label.NOTE_ITEM: ("{name}：{note}", "{name}: {note}"),
    Label.COMPILED_BY: ("编制单位：{name}", "Compiled by: {name}"),
    Label.COMPILED_ON: ("编制日期：{date}", "Date: {date}"),
    Label.DATE: ("{year}年{month}月{day}日", "{day} {month} {year}"),
    Label.FIELD: ("{name} {value}", "{name} {value}"),
    Label.PAGE_OF: ("第{page}页 共{pages}页", "Page {page} of {pages}"),
    Label.LEGEND_GOOD: ("超序时或完成", "ahead or met"),
    Label.LEGEND_BAD: ("落后序时或未完成", "behind or not met"),
    Label.LEGEND_NEUTRAL: ("无目标", "no target"),
    Label.LEGEND_TARGET: ("年度目标", "annual target"),
    Label.LEGEND_YEAR: ("{year}年累计", "{year} year to date"),
    Label.MONTH_TICK: ("{month}月", "M{month}"),
    Label.LEGEND_CEILING: ("控制数（越低越好）", "ceiling (lower is better)"),
    Label.LEGEND_OWN_PACE: ("各指标序时进度", "time elapsed, each indicator's own"),
    Label.LEGEND_ACTUAL: ("完成值", "Actual"),
    Label.CHART_COMPLETION: ("完成年度目标进度", "Progress against the annual targets"),
    Label.CHART_YEARS: ("历年完成情况", "Year by year"),
    Label.CHART_SAME_PERIOD: ("历年{months}累计", "{months} of each year"),
    Label.KPI_OF_TARGET: ("完成年度目标{pct}%", "{pct}% of annual target"),
    Label.KPI_OF_CEILING: ("占控制数{pct}%", "{pct}% of ceiling"),
    Label.KPI_GROWTH: ("同比{growth}", "YoY {growth}"),
    Label.STATED_GROWTH_PCT: ("所述增幅%", "Stated growth %"),
    Label.BASE_VALUE: ("可比基数", "Comparable base"),
    Label.STATED_STATUS: ("所述完成情况", "Stated outcome"),
    Label.SOURCE: ("来源", "Source"),
    Label.ID: ("代码", "Id"),
    Label.TYPE_ACTUAL: ("完成", "actual"),
    Label.TYPE_TARGET: ("目标", "target"),
    Label.SHEET_DISTRICT_MATRIX: ("各镇(街道)", "Towns"),
    Label.SHEET_DISTRICT_TOWNS: ("分指标", "By indicator"),
    Label.DISTRICT_SECTION_MATRIX: ("二、各镇(街道)主要指标", "Towns at a glance"),
    Label.DISTRICT_SECTION_TOWNS: ("三、分指标排名", "Each indicator by town"),
}
