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
    TARGET_GROWTH = "label.target_growth"
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
    GROWTH_PCT = "label.growth_pct"
    GROWTH_PP = "label.growth_pp"
    SCHEDULE_GAP_PP = "label.schedule_gap_pp"
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
    FIGURE_PERIOD_NOTE = "label.figure_period_note"
    # marks and small words
    POINTS = "label.points"
    WITH_UNIT = "label.with_unit"
    STATED_FOOTNOTE = "label.stated_footnote"
    SCHEDULE_NOTE = "label.schedule_note"
    TIME_ELAPSED = "label.time_elapsed"
    # titles and sections
    STATUS_TITLE = "label.status_title"
    STATUS_TITLE_EMPTY = "label.status_title_empty"
    REPORT_TITLE = "label.report_title"
    REPORT_TITLE_EMPTY = "label.report_title_empty"
    SECTION_FOCUS = "label.section_focus"
    SECTION_SUPERVISION = "label.section_supervision"
    SUPERVISION_OWNER = "label.supervision_owner"
    SECTION_SUMMARY = "label.section_summary"
    SECTION_INDICATORS = "label.section_indicators"
    SECTION_HISTORY = "label.section_history"
    HISTORY_CAPTION = "label.history_caption"
    SHEET_STATUS = "label.sheet_status"
    SHEET_VALUES = "label.sheet_values"
    SHEET_SUMMARY = "label.sheet_summary"
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


TEXTS: dict[Label, tuple[str, str]] = {
    Label.INDICATOR: ("指标", "Indicator"),
    Label.UNIT: ("单位", "Unit"),
    Label.TARGET: ("目标", "Target"),
    Label.ACTUAL: ("完成", "Actual"),
    Label.COMPLETION: ("完成率", "Completion"),
    Label.COMPLETION_SHORT: ("完成率", "Done"),
    Label.GROWTH: ("同比", "YoY"),
    Label.TARGET_GROWTH: ("目标增幅", "Target growth"),
    Label.SCHEDULE_GAP: ("序时进度差", "Vs schedule"),
    Label.SCHEDULE_GAP_SHORT: ("序时差", "Vs sched"),
    Label.TARGET_GROWTH_SHORT: ("目标增幅", "Tgt growth"),
    Label.STATUS: ("状态", "Status"),
    Label.PERIOD: ("期间", "Period"),
    Label.YEAR_TO_DATE: ("累计", "Year to date"),
    Label.MONTH_ALONE: ("当月", "Month"),
    Label.MONTHLY_TITLE: ("{name}（{unit}）{year}年逐月情况", "{name} ({unit}), {year} month by month"),
    Label.TREND: ("走势", "Trend"),
    Label.GROWTH_PCT: ("同比增长", "YoY growth"),
    Label.GROWTH_PP: ("同比增减(百分点)", "YoY (pp)"),
    Label.SCHEDULE_GAP_PP: ("序时进度差(百分点)", "Vs schedule (pp)"),
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
    Label.FIGURE_PERIOD_NOTE: ("{name}为{months}数", "{name}: figure for {months}"),
    Label.POINTS: ("个百分点", " pp"),
    Label.WITH_UNIT: ("{name}（{unit}）", "{name} ({unit})"),
    Label.STATED_FOOTNOTE: ("* 来源所述，无上年数据可复算", "* as stated by the source; no base in the file to recompute it"),
    Label.SCHEDULE_NOTE: ("（序时进度 {progress}%）", " (time elapsed {progress}%)"),
    Label.TIME_ELAPSED: ("序时进度", "time elapsed"),
    Label.STATUS_TITLE: ("{entity} {period}目标完成情况{schedule}", "{entity} {period} progress against targets{schedule}"),
    Label.STATUS_TITLE_EMPTY: ("{entity} 目标完成情况", "{entity} progress against targets"),
    Label.REPORT_TITLE: ("{entity} {period}经济运行情况", "{entity} economic report, {period}"),
    Label.REPORT_TITLE_EMPTY: ("{entity} 经济运行情况", "{entity} economic report"),
    Label.SECTION_FOCUS: ("需重点关注", "Needs attention"),
    Label.SECTION_SUPERVISION: ("督查通报", "Follow-up by department"),
    Label.SUPERVISION_OWNER: ("牵头单位：{owner}", "Lead department: {owner}"),
    Label.SECTION_SUMMARY: ("一、总体情况", "Summary"),
    Label.SECTION_INDICATORS: ("二、主要指标完成情况", "Indicators"),
    Label.SECTION_HISTORY: ("三、分指标历年情况", "History by indicator"),
    Label.HISTORY_CAPTION: ("柱为完成值，红线为目标", "columns: actuals; red line: target"),
    Label.SHEET_STATUS: ("状态", "Status"),
    Label.SHEET_VALUES: ("数据", "Values"),
    Label.SHEET_SUMMARY: ("综述", "Summary"),
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
    Label.AUDIT_COUNT: ("{verdict} {count} 个", "{count} {verdict}"),
    Label.AUDIT_SUMMARY: (
        "共 {count} 个所述数字，可复算 {checked} 个：{counts}",
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
}
