"""Figures over more than a year: 是2015年的N倍, 年均增长X% (from two endpoints, or from a multiple),
and 两年平均增长X% (√(current / two years before) − 1)."""

from __future__ import annotations

from decimal import Decimal

from jctrack.audit_forms.finding import Finding, Kind, Reason
from jctrack.audit_forms.growth import basis_doubt
from jctrack.audit_forms.inputs import NEAR, of_year, subject_before
from jctrack.audit_forms.interval import ONE, Num
from jctrack.audit_forms.site import Site
from jctrack.audit_forms.verdict import Stated, judge
from jctrack.decimals import HUNDRED
from jctrack.textread.document import Mention, Role, words_before
from jctrack.textread.numbers import Form
from jctrack.textread.patterns import WINDOW, TextPattern
from jctrack.words.audit import AuditWord

PER_CENT = Decimal("0.01")
MULTIPLE_WORDS = TextPattern("multiple words", r"(?:是|为|相当于|达到)(?P<ref>[^,，;:。]{0,14}?)的$", window=WINDOW)
AVERAGE_WORDS = TextPattern(
    "average growth words",
    r"(?:年均|年平均|平均每年)(?P<list>分别)?(?:增长|增速|递增|增幅)?(?P<list2>分别)?(?:为|达到|达)?$",
    window=WINDOW,
)
TWO_YEAR_WORDS = TextPattern("two-year average words", r"两年平均(?:增长|增速|增幅)?(?:为|达到|达)?$", window=WINDOW)
YEAR_IN = TextPattern("a year said", r"(?P<y>(?:19|20)\d\d)年", window=WINDOW)
SPAN_WORDS = TextPattern(
    "years spanned",
    r"(?P<n>\d{1,2}|[二三四五六七八九十])年(?:来|间|以来|中)|(?:过去|近)(?P<m>\d{1,2}|[二三四五六七八九十])年|(?P<plan>十[一二三四五]五)(?:期间|以来|时期)",
    window=WINDOW,
)
TWO_YEAR_GROWTH = TextPattern("growth over two years", r"比(?P<y>(?:19|20)\d\d)年(?:同期)?(?:增长|下降)$", window=WINDOW)
_CN = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def judge_multiple(site: Site) -> list[Finding] | None:
    token = site.token
    if token.form is not Form.TIMES:
        return None
    match = MULTIPLE_WORDS.search(site.left)
    if match is None:
        return None
    stated = Stated.of(token)
    subject = subject_before(site.sentence, site.index, site.rate_name(site.left[: match.start()]))
    if subject is None:
        return [site.unverifiable(Kind.MULTIPLE, stated, "倍", Reason.of(AuditWord.NO_SUBJECT))]
    year = YEAR_IN.search(match.group("ref"))
    earlier = of_year(site.auditor, subject, site.index, int(year.group("y"))) if year else None
    if earlier is None:
        return [site.unverifiable(Kind.MULTIPLE, stated, "倍", Reason.of(AuditWord.NO_ENDPOINTS), subject)]
    value, source = earlier
    current = Num.of(subject)
    ratio = current / value
    reason = Reason.of(AuditWord.MULTIPLE, current=current, earlier=value, source=source)
    return [site.finding(Kind.MULTIPLE, stated, "倍", judge(stated, ratio, site.rounding), reason, subject, value=ratio)]


def judge_average_growth(site: Site) -> list[Finding] | None:
    token = site.token
    if token.form is not Form.PERCENT or "平均" not in site.left and "年均" not in site.left:
        return None
    match = AVERAGE_WORDS.search(site.left)
    if match is None:
        return None
    if match.group("list") or match.group("list2"):  # 年均分别增长a%和b%: of figures whose start is not printed
        items = site.following(site.index, (Form.PERCENT,))
        reason = Reason.of(AuditWord.NO_ENDPOINTS)
        return [site.unverifiable(Kind.AVERAGE_GROWTH, Stated.of(site.sentence.tokens[i]), "%", reason, index=i) for i in items]
    stated = Stated.of(token)
    subject = subject_before(site.sentence, site.index)
    doubt = basis_doubt(site, site.index, subject)
    if doubt is not None:
        return [site.unverifiable(Kind.AVERAGE_GROWTH, stated, "%", doubt, subject)]
    span = _span(site, subject)
    if span is None:
        return [site.unverifiable(Kind.AVERAGE_GROWTH, stated, "%", Reason.of(AuditWord.NO_ENDPOINTS), subject)]
    ratio, years, reason = span
    try:
        average = (ratio.root(years) - ONE).scaled(HUNDRED)
    except ZeroDivisionError:
        return [site.unverifiable(Kind.AVERAGE_GROWTH, stated, "%", Reason.of(AuditWord.NO_ENDPOINTS), subject)]
    return [site.finding(Kind.AVERAGE_GROWTH, stated, "%", judge(stated, average, site.rounding), reason, subject, value=average)]


def _span(site: Site, subject: Mention | None) -> tuple[Num, int, Reason] | None:
    """(last / first, years between, reason): from 由A增加到B with years or 五年来, or from 是…的N倍."""
    sentence = site.sentence
    for position in range(site.index - 1, max(-1, site.index - 4), -1):
        judged = site.auditor.results.get(position)
        if judged is not None and judged.finding.kind is Kind.MULTIPLE and subject is not None and subject.year is not None:
            year = YEAR_IN.search(words_before(site.text, sentence, position))
            if year is not None and subject.year > int(year.group("y")):
                multiple = Num.printed(sentence.tokens[position])
                years = subject.year - int(year.group("y"))
                return multiple, years, Reason.of(AuditWord.AVERAGE_FROM_MULTIPLE, multiple=multiple, years=years)
    if subject is None:
        return None
    first = next(
        (m for m in reversed(sentence.mentions[max(0, subject.index - 4) : subject.index]) if m is not None and m.role is Role.FROM),
        None,
    )
    if first is None:
        first = next(
            (
                m
                for m in sentence.mentions[max(0, subject.index - NEAR) : subject.index]
                if m is not None and m.role is Role.ACTUAL and m.year is not None and subject.year is not None and m.year < subject.year
            ),
            None,
        )
    if first is None:
        return None
    value = first.token.in_unit(subject.token.unit)
    if value is None or value <= 0:
        return None
    between = _years(site, first, subject)
    if between is None or between <= 0:
        return None
    start, end = Num.of(first, value), Num.of(subject)
    reason = Reason.of(AuditWord.AVERAGE_GROWTH, first=start, last=end, years=between)
    return end / start, between, reason


def _years(site: Site, first: Mention, last: Mention) -> int | None:
    """Years between two endpoints: by the years named (2015年 … 2019年: 4), else 五年来, 十三五期间."""
    named = first.year
    if named is not None and last.year is not None and last.year != named:
        return last.year - named
    words = site.text[max(site.sentence.start, first.token.start - WINDOW) : first.token.start]
    span = SPAN_WORDS.search(words)
    if span is None:
        return None
    if span.group("plan"):
        return 5
    number = span.group("n") or span.group("m")
    return int(number) if number.isdigit() else _CN[number]


def judge_two_year_average(site: Site) -> list[Finding] | None:
    token = site.token
    if token.form is not Form.PERCENT or "两年" not in site.left or TWO_YEAR_WORDS.search(site.left) is None:
        return None
    stated = Stated.of(token)
    subject = _of_the_year(site, subject_before(site.sentence, site.index))
    doubt = basis_doubt(site, site.index, subject)
    if doubt is not None:
        return [site.unverifiable(Kind.TWO_YEAR_AVERAGE, stated, "%", doubt, subject)]
    growth = _growth_over_two_years(site, None if subject is None or subject.year is None else subject.year - 2)
    if growth is not None:
        total = growth.scaled(PER_CENT) + ONE
        average = (total.root(2) - ONE).scaled(HUNDRED)
        reason = Reason.of(AuditWord.TWO_YEAR_FROM_GROWTH, growth=growth)
        return [site.finding(Kind.TWO_YEAR_AVERAGE, stated, "%", judge(stated, average, site.rounding), reason, subject, value=average)]
    if subject is None:
        return [site.unverifiable(Kind.TWO_YEAR_AVERAGE, stated, "%", Reason.of(AuditWord.NO_SUBJECT))]
    earlier = of_year(site.auditor, subject, site.index, subject.year - 2) if subject.year is not None else None
    if earlier is None:
        return [site.unverifiable(Kind.TWO_YEAR_AVERAGE, stated, "%", Reason.of(AuditWord.NO_ENDPOINTS), subject)]
    value, source = earlier
    current = Num.of(subject)
    average = ((current / value).root(2) - ONE).scaled(HUNDRED)
    reason = Reason.of(AuditWord.TWO_YEAR_AVERAGE, current=current, earlier=value, source=source)
    return [site.finding(Kind.TWO_YEAR_AVERAGE, stated, "%", judge(stated, average, site.rounding), reason, subject, value=average)]


def _of_the_year(site: Site, subject: Mention | None) -> Mention | None:
    """2021年215.6亿元，2019年为150.2亿元，两年平均增长X%: the figure of the year spoken of, not the
    earlier one printed last."""
    year = site.when.year
    if subject is None or year is None or subject.year is None or subject.year >= year:
        return subject
    for mention in reversed(site.sentence.mentions[max(0, subject.index - NEAR) : subject.index]):
        if mention is not None and mention.year == year and mention.role is Role.ACTUAL:
            return mention
    return subject


def _growth_over_two_years(site: Site, year: int | None) -> Num | None:
    """比2019年同期增长Y%, said in the sentence: the growth over the two years."""
    sentence = site.sentence
    for position in range(max(0, site.index - 4), min(len(sentence.tokens), site.index + 4)):
        token = sentence.tokens[position]
        if position == site.index or token.form is not Form.PERCENT:
            continue
        match = TWO_YEAR_GROWTH.search(words_before(site.text, sentence, position))
        if match is not None and (year is None or int(match.group("y")) == year):
            value = Num.printed(token)
            return value.scaled(Decimal(-1)) if match.group().endswith("下降") else value
    return None
