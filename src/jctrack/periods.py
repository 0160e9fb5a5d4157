"""Periods as people write them: 2019-06, 2019年1-6月, 2019年1—6月份, 2019年上半年, 2019Q2, 2019年前三季度.

jctrack keeps a whole year (`2019`) or a year-to-date month (`2019-06` = 1–6月累计). Every form here
names one of those: a quarter is its year-to-date end (二季度 and 2019Q2 are 1–6月, as bureaus' 季报
累计 are), 上半年 is 1–6月, 前三季度 1–9月, 截至6月底 1–6月. A range must start in January: 4-6月 is
not a year-to-date figure and is refused, as is 下半年.

`parse` reads a whole string (a command-line argument, a cell of the long form); `search` finds a
period inside a longer text such as a table's title ("2019年1-6月全镇主要经济指标"), where the year
may be missing and comes from the caller.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from jctrack.errors import InputError
from jctrack.words.intake import IntakeWord

# The forms an error message offers, in the order people meet them.
ACCEPTED_FORMS = ("2019", "2019-06", "2019年", "2019年6月", "2019年1-6月", "2019年上半年", "2019年一季度", "2019年前三季度", "2019Q2")

_CHINESE_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
_NUMBER = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])"
_DASH = r"\s*(?:-|~|至|到)\s*"


class Found(NamedTuple):
    """A period found in text: `year` is None when the text names none; `month` None for a whole year."""

    year: int | None
    month: int | None
    text: str  # the words it was read from, for messages


def normalize(text: str) -> str:
    """Full-width digits and letters to ASCII, every dash and wave to '-', spaces dropped."""
    cleaned = unicodedata.normalize("NFKC", text)
    for dash in ("—", "–", "―", "－", "‐", "‑", "−", "〜", "～"):
        cleaned = cleaned.replace(dash, "-")
    return re.sub(r"\s+", "", cleaned)


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _CHINESE_NUMBERS[text]


# Each form's pattern, without the year; groups: months (start, end), a quarter, or a word.
_FORMS: tuple[tuple[str, str], ...] = (
    ("range", rf"(?P<start>{_NUMBER}){_DASH}(?P<end>{_NUMBER})月份?(?:累计)?"),
    ("quarters", rf"(?:前|1-)(?P<quarters>{_NUMBER})(?:个)?季度"),
    ("quarter", rf"(?:第)?(?P<quarter>{_NUMBER})季度"),
    ("q", r"-?Q(?P<q>\d)"),
    ("half", r"(?P<half>上半年|下半年)"),
    ("upto", rf"(?:截至|截止|至)(?P<upto>{_NUMBER})月(?:底|末|份)?"),
    ("month_end", rf"(?P<month_end>{_NUMBER})月(?:底|末)"),
    ("month", rf"(?P<month>{_NUMBER})月份?(?:累计)?"),
    ("whole", r"(?P<whole>全年|年度|全年累计)"),
)
_BODY = "|".join(f"(?:{pattern})" for _, pattern in _FORMS)
# A whole string: an optional year, then one of the forms (or nothing, for a bare year).
# Both matched whole (fullmatch): "$" would also match before a final line feed.
_WHOLE = re.compile(rf"(?:截至|截止)?(?P<year>\d{{4}})(?:年度?)?(?:{_BODY})?", re.IGNORECASE)
_CANONICAL = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{1,2}))?")
# Inside a title: the same, found anywhere, the year optional.
_SEARCH = re.compile(rf"(?:(?P<year>(?:19|20)\d\d)年度?)?(?:{_BODY})", re.IGNORECASE)
_SEARCH_YEAR = re.compile(r"(?P<year>(?:19|20)\d\d)年")


def _month_of(match: re.Match[str], shown: str) -> int | None:
    """The year-to-date month a matched form stands for; None for a whole year."""
    groups = match.groupdict()
    if groups.get("start") is not None:
        start, end = _number(groups["start"]), _number(groups["end"])
        if start != 1:
            raise InputError(IntakeWord.PERIOD_NOT_FROM_JANUARY, text=shown, start=start, end=end)
        return _checked_month(end, shown)
    for name in ("quarters", "quarter", "q"):
        if groups.get(name) is not None:
            quarter = _number(groups[name])
            if not 1 <= quarter <= 4:
                raise InputError(IntakeWord.PERIOD_BAD_QUARTER, text=shown, quarter=quarter)
            return quarter * 3
    if groups.get("half") is not None:
        if groups["half"] == "下半年":
            raise InputError(IntakeWord.PERIOD_SECOND_HALF, text=shown)
        return 6
    for name in ("upto", "month_end", "month"):
        if groups.get(name) is not None:
            return _checked_month(_number(groups[name]), shown)
    return None


def _checked_month(month: int, shown: str) -> int:
    if not 1 <= month <= 12:
        raise InputError(IntakeWord.PERIOD_BAD_MONTH, text=shown, month=month)
    return month


def checked_year(year: int) -> int:
    if not 1900 <= year <= 2999:
        raise InputError(IntakeWord.PERIOD_BAD_YEAR, year=year)
    return year


def parse_parts(text: str) -> tuple[int, int | None]:
    """The (year, month) a whole string names; month None for a year. Refuses with the accepted forms."""
    shown = str(text)
    cleaned = normalize(shown)
    canonical = _CANONICAL.fullmatch(cleaned)
    if canonical is not None:
        year, month = checked_year(int(canonical.group("year"))), canonical.group("month")
        return year, None if month is None else _checked_month(int(month), shown)
    match = _WHOLE.fullmatch(cleaned)
    if match is None:
        raise InputError(IntakeWord.PERIOD_UNKNOWN_FORM, text=shown, forms=list(ACCEPTED_FORMS))
    return checked_year(int(match.group("year"))), _month_of(match, shown)


def search(text: str) -> Found | None:
    """The first period named inside `text` (a title, a header), with or without its year.

    "2019年1-6月主要经济指标" → (2019, 6); "1—6月份全镇经济指标" → (None, 6); "2019年主要经济指标" →
    (2019, None). A form that is no year-to-date (4-6月, 下半年) is refused with its reason.
    """
    cleaned = normalize(text)
    match = _SEARCH.search(cleaned)
    named_year = _SEARCH_YEAR.search(cleaned)
    year = None if named_year is None else checked_year(int(named_year.group("year")))
    if match is not None:
        if match.group("year") is not None:
            year = checked_year(int(match.group("year")))
        return Found(year, _month_of(match, match.group(0)), match.group(0))
    if year is not None and named_year is not None:
        return Found(year, None, named_year.group(0))
    return None
