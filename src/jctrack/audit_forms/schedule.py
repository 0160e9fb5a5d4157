"""序时进度: a completion rate against the share of the year gone (超/落后序时进度X个百分点), and a
schedule printed as a figure (序时进度91.7%), by month or by day."""

from __future__ import annotations

import calendar
import datetime
from decimal import Decimal

from jctrack import calc
from jctrack.audit_forms.finding import Finding, Kind, Reason, Verdict
from jctrack.audit_forms.inputs import period_doubt
from jctrack.audit_forms.interval import Num
from jctrack.audit_forms.site import Site
from jctrack.audit_forms.verdict import Judgement, Stated, judge
from jctrack.decimals import HUNDRED, exact
from jctrack.model import Period
from jctrack.textread.document import Mention, words_before
from jctrack.textread.numbers import Form, Token
from jctrack.textread.patterns import WINDOW, TextPattern
from jctrack.textread.periods import Span, When, Why
from jctrack.words.audit import AuditWord

# 超序时进度1.4个百分点; the schedule may be printed in brackets between: 低于序时进度(91.7%)3.7个百分点
GAP_WORDS = TextPattern(
    "schedule gap words",
    r"(?P<dir>超过|超出|超|快于|高于|领先|短|低于|慢于|落后于|落后|滞后于|滞后|欠|差)于?(?:序时|时序|时间|均衡|平均)?进度(?:要求)?(?:\(\ue001\))?约?$",
    window=WINDOW,
)
BEHIND = ("短", "低于", "慢于", "落后", "滞后", "欠", "差")
PRINTED_WORDS = TextPattern("printed schedule words", r"(?:序时|时序|时间)进度(?:为|是|达到|达|约|\()?$", window=WINDOW)

Candidate = tuple[Num, Reason]


@exact
def schedules(when: When, *, by_day: bool = False) -> list[Candidate]:
    """What 序时进度 is for a period said to run to a month: by month (M/12); by day when the text says
    a day (截至10月20日), or — with `by_day`, for a schedule the report prints — also by day to the end
    of the month. An unknown year allows both lengths of year."""
    month = when.to_date_month or (12 if when.span is Span.YEAR and when.why is not Why.NOTHING else None)  # a whole year: 100%
    if month is None:
        return []
    year = when.year
    by_month = calc.time_progress_pct(Period(year or 2001, month))
    found: list[Candidate] = [(Num.known(by_month), Reason.of(AuditWord.SCHEDULE_BY_MONTH, months=month))]
    if when.day is None and not by_day:
        return found
    years = [year] if year is not None else [2001, 2004]
    for each in years:
        day = when.day if when.day is not None else calendar.monthrange(each, month)[1]
        days = datetime.date(each, month, min(day, calendar.monthrange(each, month)[1])).timetuple().tm_yday
        year_days = 366 if calendar.isleap(each) else 365
        value = Decimal(days) * HUNDRED / Decimal(year_days)
        candidate = (Num.known(value), Reason.of(AuditWord.SCHEDULE_BY_DAY, days=days, year_days=year_days))
        if when.day is not None:
            found.insert(0, candidate)  # a day said: the schedule is by day
        else:
            found.append(candidate)
    return found


def best(stated: Stated, values: list[tuple[Num, Reason]], rounding: str) -> tuple[Judgement, Num, Reason]:
    """The most favourable reading among the ways a schedule may have been computed."""
    judged = [(judge(stated, value, rounding), value, reason) for value, reason in values]
    order = {Verdict.CONSISTENT: 0, Verdict.ROUNDING: 1, Verdict.UNVERIFIABLE: 2, Verdict.INCONSISTENT: 3}
    return min(judged, key=lambda item: order[item[0].verdict])


def judge_schedule_gap(site: Site) -> list[Finding] | None:
    token = site.token
    if token.form not in (Form.POINTS, Form.PERCENT) or "进度" not in site.left:
        return None
    match = GAP_WORDS.search(site.left)
    if match is None:
        return None
    stated = Stated.of(token, negative=match.group("dir").startswith(BEHIND))
    completion = _completion_before(site)
    if completion is None:
        return [site.unverifiable(Kind.SCHEDULE_GAP, stated, "个百分点", Reason.of(AuditWord.NO_COMPLETION))]
    done, printed_done, subject = completion
    printed = _printed_schedule(site)
    if printed is not None:
        progress: list[Candidate] = [(Num.printed(printed), Reason.of(AuditWord.SCHEDULE_PRINTED, progress=printed.printed))]
    else:
        progress = schedules(site.when)
    if not progress:
        doubt = period_doubt(site.when) if site.when.why is not Why.NOTHING else Reason.of(AuditWord.NO_PROGRESS)
        return [site.unverifiable(Kind.SCHEDULE_GAP, stated, "个百分点", doubt, subject)]
    # The gap as recomputed, and as offices work it out: the completion rate as printed less the schedule.
    gaps = [
        (rate - value, Reason.of(AuditWord.SCHEDULE_GAP, completion=rate.labelled(None), progress=value, schedule=how))
        for rate in (done, printed_done)
        for value, how in progress
    ]
    judgement, value, reason = best(stated, gaps, site.rounding)
    return [site.finding(Kind.SCHEDULE_GAP, stated, "个百分点", judgement, reason, subject, value=value)]


def _completion_before(site: Site) -> tuple[Num, Num, Mention | None] | None:
    """The completion rate said before the gap in the sentence: recomputed (when it could be) and as printed."""
    for position in range(site.index - 1, max(-1, site.index - 4), -1):
        judged = site.auditor.results.get(position)
        if judged is not None and judged.finding.kind is Kind.COMPLETION:
            printed = Num.printed(site.sentence.tokens[position])
            recomputed = judged.value if judged.value is not None else printed
            return recomputed, printed, judged.subject
    return None


def _printed_schedule(site: Site) -> Token | None:
    """序时进度为91.7%: the report's own schedule, printed in the sentence."""
    for position in range(max(0, site.index - 4), min(len(site.sentence.tokens), site.index + 3)):
        token = site.sentence.tokens[position]
        if position != site.index and token.form is Form.PERCENT and PRINTED_WORDS.search(words_before(site.text, site.sentence, position)):
            return token
    return None


def judge_printed_schedule(site: Site) -> list[Finding] | None:
    token = site.token
    if token.form is not Form.PERCENT or "进度" not in site.left or not PRINTED_WORDS.search(site.left):
        return None
    stated = Stated.of(token)
    candidates = schedules(site.when, by_day=True)
    if not candidates:
        return [site.unverifiable(Kind.SCHEDULE, stated, "%", Reason.of(AuditWord.NO_PROGRESS))]
    judgement, value, reason = best(stated, candidates, site.rounding)
    if judgement.verdict is Verdict.INCONSISTENT and site.when.day is None and _within_the_month(stated, site.when):
        judgement = Judgement(judgement.computed, Verdict.UNVERIFIABLE)
        reason = Reason.of(AuditWord.OWN_SCHEDULE, how=reason)
    return [site.finding(Kind.SCHEDULE, stated, "%", judgement, reason, value=value)]


@exact
def _within_the_month(stated: Stated, when: When) -> bool:
    """A schedule by day to some day of the month said (or of the next) may be the report's own."""
    month = when.to_date_month
    if month is None:
        return False
    year = when.year or 2001
    start = datetime.date(year, month, 1).timetuple().tm_yday - 1
    end = datetime.date(year, month, calendar.monthrange(year, month)[1]).timetuple().tm_yday
    days = Decimal(366 if calendar.isleap(year) else 365)
    return Decimal(start) * HUNDRED / days - 1 <= stated.value <= Decimal(end) * HUNDRED / days + 1
