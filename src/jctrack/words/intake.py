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
    IntakeWord.COMMENT_WAS_AT: (
        "# 以下注释原在 {path}（该项已不在文件中）",
        "# the comment below was at {path}, which is no longer in the file",
    ),
}
