"""The period a report speaks of at each point: a year, 1–M月 to date, a month or quarter alone.

A period said in a heading (2019年1-10月经济运行情况) holds for what follows it; one said in a paragraph
holds for the rest of that paragraph, through its clauses and sentences, until another is said. A
paragraph that says none takes the heading's, or the year of the one before it; the months of an
earlier paragraph are not carried over, so a figure there has an uncertain period.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from enum import StrEnum

from jctrack.model import Period
from jctrack.textread.patterns import TextPattern


class Span(StrEnum):
    YEAR = "year"  # the whole year
    TO_DATE = "to_date"  # 1–M月 cumulative
    PART = "part"  # one month or one quarter alone (10月份, 二季度): not a cumulative figure
    OPEN = "open"  # to date, the month not said (今年以来)
    NONE = "none"  # nothing said


class Why(StrEnum):
    """How a period came to be known, for the reason a finding gives."""

    SAID = "said"  # in the sentence or earlier in the paragraph
    HEADING = "heading"
    GIVEN = "given"  # by the caller (--year, --period)
    CARRIED = "carried"  # the year of an earlier paragraph
    NOTHING = "nothing"


@dataclass(frozen=True, slots=True)
class When:
    year: int | None = None
    month: int | None = None  # TO_DATE: the last month; PART: the month (a quarter's last)
    span: Span = Span.NONE
    day: int | None = None  # 截至10月20日
    why: Why = Why.NOTHING
    said: str = ""  # the words that set it, as printed

    @property
    def period(self) -> Period | None:
        """The data file's period (a year, or 1–M月 cumulative) when the text says it for sure, else None."""
        if self.year is None or self.why is Why.NOTHING:
            return None
        if self.span is Span.YEAR:
            return Period(self.year)
        if self.span is Span.TO_DATE and self.month is not None and self.why is not Why.CARRIED:
            if self.day is None or self.day == calendar.monthrange(self.year, self.month)[1]:
                return Period(self.year, self.month)
        return None

    @property
    def to_date_month(self) -> int | None:
        """The month a cumulative figure runs to, if the text says it (for 序时进度)."""
        if self.span is Span.TO_DATE and self.why is not Why.CARRIED:
            return self.month
        return None


_QUARTERS = {
    "前三季度": (Span.TO_DATE, 9), "前两季度": (Span.TO_DATE, 6), "前二季度": (Span.TO_DATE, 6),
    "第一季度": (Span.TO_DATE, 3), "一季度": (Span.TO_DATE, 3), "上半年": (Span.TO_DATE, 6),
    "下半年": (Span.PART, 12), "第二季度": (Span.PART, 6), "二季度": (Span.PART, 6), "第三季度": (Span.PART, 9),
    "三季度": (Span.PART, 9), "第四季度": (Span.PART, 12), "四季度": (Span.PART, 12),
}  # fmt: skip
_CN_MONTHS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
_YEAR = r"(?:19|20)\d\d"
MARKER = TextPattern(
    "period",
    # The look-ahead lets the engine skip quickly to where a period can start.
    r"(?=[截到至\d前第一二三四上下全今年本])"
    rf"(?:(?P<upto>(?:截至|截止到|截止)[ ]?(?:(?P<uy>{_YEAR})年)?(?P<um>\d{{1,2}})月(?:份)?(?:(?P<ud>\d{{1,2}})日|底|末)?)"
    rf"|(?P<to>(?:到|至)(?:(?P<ty>{_YEAR})年)?(?P<tm>\d{{1,2}})月(?:底|末))"
    rf"|(?P<range>(?<![\d.])(?:(?P<ry>{_YEAR})年)?1[ ]?[-~至到][ ]?(?P<rm>\d{{1,2}})[ ]?月(?:份)?)"
    r"|(?P<first>前(?P<fn>\d{1,2}|十[一二]?|[一二三四五六七八九])个月)"
    rf"|(?P<quarter>{'|'.join(sorted(_QUARTERS, key=len, reverse=True))})"
    r"|(?P<whole>(?<!去年)(?<!上年)(?<!前年)全年(?!度|的|目标|计划|任务|预算|预期|进度|指标))"  # 比去年全年: a reference
    r"|(?P<open>今年以来|年初以来|本年以来|截至目前|截止目前)"
    rf"|(?P<year>(?<![\d.])(?P<yy>{_YEAR})年)"
    r"|(?P<mend>(?<![\d.~-])(?P<em>\d{1,2})月(?:底|末))"
    r"|(?P<month>(?<![\d.~-])(?P<mm>\d{1,2})月(?:份)?(?![\d日底末])))",
)
# A year said as a point of comparison (比2018年, 2015年的, 与2018年相比) does not change the period.
_REFERENCE_BEFORE = tuple("比较与同是于由从和及、到至为")
_COMPARED_WITH = ("较", "比")  # 增幅较1-6月, 比1-9月: months said as a point of comparison
_REFERENCE_AFTER = ("同期", "的", "相比", "比", "水平", "同口径", "为")  # 2019年为150.2亿元: a figure of that year


@dataclass(frozen=True, slots=True)
class Marker:
    start: int
    end: int
    when: When  # the fields it sets; year None keeps the year in force

    def apply(self, current: When) -> When:
        said = self.when
        year = said.year if said.year is not None else current.year
        return replace(said, year=year)


def markers(text: str, start: int, end: int) -> list[Marker]:
    """Every period the text says in text[start:end], in order (comparisons left out)."""
    found = []
    for match in MARKER.finditer(text, start, end):
        words = match.group()
        kind = match.lastgroup
        when: When | None = None
        if match.start() > start and text[match.start() - 1] in _COMPARED_WITH and match.group("year") is None:
            continue  # 增幅较1-9月提高: the months compared with, not the period the sentence is of
        if match.group("upto") is not None:
            day = match.group("ud")
            when = When(_int(match.group("uy")), int(match.group("um")), Span.TO_DATE, int(day) if day else None, Why.SAID, words)
        elif match.group("to") is not None:
            when = When(_int(match.group("ty")), int(match.group("tm")), Span.TO_DATE, None, Why.SAID, words)
        elif match.group("range") is not None:
            when = When(_int(match.group("ry")), int(match.group("rm")), Span.TO_DATE, None, Why.SAID, words)
        elif match.group("first") is not None:
            number = match.group("fn")
            when = When(None, int(number) if number.isdigit() else _CN_MONTHS[number], Span.TO_DATE, None, Why.SAID, words)
        elif match.group("quarter") is not None:
            span, month = _QUARTERS[words]
            when = When(None, month, span, None, Why.SAID, words)
        elif match.group("whole") is not None:
            when = When(None, None, Span.YEAR, None, Why.SAID, words)
        elif match.group("open") is not None:
            when = When(None, None, Span.OPEN, None, Why.SAID, words)
        elif match.group("year") is not None:
            before = text[match.start() - 1] if match.start() > start else ""
            if before in _REFERENCE_BEFORE or text.startswith(_REFERENCE_AFTER, match.end()):
                continue
            when = When(int(match.group("yy")), None, Span.YEAR, None, Why.SAID, words)
        elif match.group("mend") is not None:
            when = When(None, int(match.group("em")), Span.TO_DATE, None, Why.SAID, words)
        elif match.group("month") is not None:
            month = int(match.group("mm"))
            when = When(None, month, Span.TO_DATE if month == 1 else Span.PART, None, Why.SAID, words)
        assert kind is not None
        if when is None or (when.month is not None and not 1 <= when.month <= 12):
            continue
        found.append(Marker(match.start(), match.end(), when))
    return found


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def given(year: int | None, period: Period | None) -> When:
    """What the caller says of a text that names neither year nor period."""
    if period is not None:
        span = Span.YEAR if period.month is None else Span.TO_DATE
        return When(period.year, period.month, span, None, Why.GIVEN, str(period))
    if year is not None:
        return When(year, None, Span.YEAR, None, Why.GIVEN, str(year))
    return When()


def carried(previous: When, default: When) -> When:
    """What a new paragraph starts with: the heading's (or caller's) period, else what the paragraph
    before said of the year.

    Months said in another paragraph do not carry over: after one, a paragraph that says no period
    has the year but an uncertain period, unless a heading or the caller names the months.
    """
    if default.why is not Why.NOTHING and default.span is not Span.YEAR:
        return default
    if previous.why is not Why.NOTHING and previous.span in (Span.TO_DATE, Span.PART, Span.OPEN):
        return replace(previous, why=Why.CARRIED)
    if default.why is not Why.NOTHING:
        return default
    return previous
