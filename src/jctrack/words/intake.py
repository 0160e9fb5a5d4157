"""Words of data coming in and being managed: periods as typed, the long form's headers, the bureau's wide
table, comments kept in the data file, and renaming, removing and undoing."""

from __future__ import annotations

from enum import StrEnum


class IntakeWord(StrEnum):
    # --- periods ---
    PERIOD_UNKNOWN_FORM = "intake.period_unknown_form"
    PERIOD_BAD_MONTH = "intake.period_bad_month"
    PERIOD_BAD_YEAR = "intake.period_bad_year"
    PERIOD_BAD_QUARTER = "intake.period_bad_quarter"
    PERIOD_NOT_FROM_JANUARY = "intake.period_not_from_january"
    PERIOD_SECOND_HALF = "intake.period_second_half"
    # --- the long form: column headers (English = the column's name in the file) ---
    COL_INDICATOR = "intake.col_indicator"
    COL_PERIOD = "intake.col_period"
    COL_TYPE = "intake.col_type"
    COL_VALUE = "intake.col_value"
    COL_UNIT = "intake.col_unit"
    COL_NOTE = "intake.col_note"
    COL_SOURCE = "intake.col_source"
    COL_STATED_GROWTH = "intake.col_stated_growth"
    COL_BASE = "intake.col_base"
    COL_STATED_STATUS = "intake.col_stated_status"
    COL_ID = "intake.col_id"
    COL_NAME = "intake.col_name"
    COL_NAME_EN = "intake.col_name_en"
    COL_KIND = "intake.col_kind"
    COL_DIRECTION = "intake.col_direction"
    COL_ALIASES = "intake.col_aliases"
    COL_ALLOW_NEGATIVE = "intake.col_allow_negative"
    # --- the long form: coded values (English = the code in the file) ---
    TYPE_ACTUAL = "intake.type_actual"
    TYPE_TARGET = "intake.type_target"
    STATUS_EXCEEDED = "intake.status_exceeded"
    STATUS_MET = "intake.status_met"
    STATUS_NOT_MET = "intake.status_not_met"
    KIND_FLOW = "intake.kind_flow"
    KIND_COUNT = "intake.kind_count"
    KIND_RATIO = "intake.kind_ratio"
    KIND_LEVEL = "intake.kind_level"
    DIRECTION_UP = "intake.direction_up"
    DIRECTION_DOWN = "intake.direction_down"
    YES = "intake.yes"
    SHEET_VALUES = "intake.sheet_values"
    SHEET_INDICATORS = "intake.sheet_indicators"
    NO_HEADER_ROW = "intake.no_header_row"
    # --- comments in the data file ---
    COMMENT_WAS_AT = "intake.comment_was_at"


TEXTS: dict[IntakeWord, tuple[str, str]] = {
    IntakeWord.PERIOD_UNKNOWN_FORM: (
        "期间“{text}”无法识别；可写作：{forms}",
        "period {text!r} is not a year like 2019 or a month like 2019-06; accepted forms: {forms}",
    ),
    IntakeWord.PERIOD_BAD_MONTH: (
        "期间“{text}”中的月份{month}不在1–12之内；可写作2019-06或2019年1-6月",
        "month {month} in {text!r} is outside 1–12; give a period like 2019-06 or 2019年1-6月",
    ),
    IntakeWord.PERIOD_BAD_YEAR: (
        "年份{year}超出范围；请写作2019这样的年份",
        "year {year} is out of range; give a year like 2019",
    ),
    IntakeWord.PERIOD_BAD_QUARTER: (
        "期间“{text}”中的季度{quarter}不在一至四季度之内",
        "quarter {quarter} in {text!r} is outside 1–4",
    ),
    IntakeWord.PERIOD_NOT_FROM_JANUARY: (
        "期间“{text}”不是1月起的累计数（{start}-{end}月）；jctrack只记年度和1-N月累计，请写作1-{end}月",
        "period {text!r} does not run from January ({start}–{end}); jctrack keeps years and year-to-date months: write 1-{end}月",
    ),
    IntakeWord.PERIOD_SECOND_HALF: (
        "期间“{text}”（下半年）不是1月起的累计数；全年请写作2019年，1-12月累计请写作2019年1-12月",
        "period {text!r} (the second half) is not a year-to-date figure; write 2019年 for the year or 2019年1-12月",
    ),
    IntakeWord.COL_INDICATOR: ("指标", "indicator"),
    IntakeWord.COL_PERIOD: ("期间", "period"),
    IntakeWord.COL_TYPE: ("类型", "type"),
    IntakeWord.COL_VALUE: ("数值", "value"),
    IntakeWord.COL_UNIT: ("单位", "unit"),
    IntakeWord.COL_NOTE: ("备注", "note"),
    IntakeWord.COL_SOURCE: ("来源", "source"),
    IntakeWord.COL_STATED_GROWTH: ("所述增幅", "stated_growth"),
    IntakeWord.COL_BASE: ("可比基数", "base"),
    IntakeWord.COL_STATED_STATUS: ("所述完成情况", "stated_status"),
    IntakeWord.COL_ID: ("代码", "id"),
    IntakeWord.COL_NAME: ("名称", "name"),
    IntakeWord.COL_NAME_EN: ("英文名称", "name_en"),
    IntakeWord.COL_KIND: ("种类", "kind"),
    IntakeWord.COL_DIRECTION: ("方向", "direction"),
    IntakeWord.COL_ALIASES: ("别名", "aliases"),
    IntakeWord.COL_ALLOW_NEGATIVE: ("允许负值", "allow_negative"),
    IntakeWord.TYPE_ACTUAL: ("完成", "actual"),
    IntakeWord.TYPE_TARGET: ("目标", "target"),
    IntakeWord.STATUS_EXCEEDED: ("超额完成", "exceeded"),
    IntakeWord.STATUS_MET: ("完成", "met"),
    IntakeWord.STATUS_NOT_MET: ("未完成", "not_met"),
    IntakeWord.KIND_FLOW: ("流量", "flow"),
    IntakeWord.KIND_COUNT: ("计数", "count"),
    IntakeWord.KIND_RATIO: ("比重", "ratio"),
    IntakeWord.KIND_LEVEL: ("存量", "level"),
    IntakeWord.DIRECTION_UP: ("正向", "up"),
    IntakeWord.DIRECTION_DOWN: ("逆向", "down"),
    IntakeWord.YES: ("是", "true"),
    IntakeWord.SHEET_VALUES: ("数值", "values"),
    IntakeWord.SHEET_INDICATORS: ("指标", "indicators"),
    IntakeWord.NO_HEADER_ROW: (
        "{where}：前面没有表头行。数值表的表头应为 {values}（至少 {minimal}），指标定义表的表头应为 {definitions}；"
        "也可不要表头，每行只写 指标,期间,数值",
        "{where}: no header row before it. A table of values is headed {values} (at least {minimal}), a table of "
        "indicator definitions {definitions}; or leave the header out and give only indicator,period,value on each row",
    ),
    IntakeWord.COMMENT_WAS_AT: (
        "# 以下注释原在 {path}（该项已不在文件中）",
        "# the comment below was at {path}, which is no longer in the file",
    ),
}
