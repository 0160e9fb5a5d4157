"""A rate against a reference rate: 增长10.2%(全市9.4%)，高于全市0.8个百分点; 快于全省平均水平X个百分点."""

from __future__ import annotations

from jctrack.audit_forms.finding import Finding, Kind, Reason
from jctrack.audit_forms.interval import Num
from jctrack.audit_forms.site import Site
from jctrack.audit_forms.verdict import Stated, judge
from jctrack.textread.document import SCOPES, words_before
from jctrack.textread.numbers import Form
from jctrack.textread.patterns import WINDOW, TextPattern
from jctrack.words.audit import AuditWord

REFERENCE_WORDS = TextPattern(
    "reference words",
    r"(?P<dir>高于|低于|快于|慢于|高出|低出|超过|超出|领先|落后于|落后|好于|优于|大于|小于)"
    r"(?P<ref>[^,，;:。]{0,12}?)(?:平均)?(?:水平|增速|增幅|速度)?$",
    window=WINDOW,
)
BELOW = ("低于", "慢于", "低出", "落后", "小于")


def judge_reference_gap(site: Site) -> list[Finding] | None:
    token = site.token
    if token.form is not Form.POINTS or not any(word in site.left for word in ("于", "高出", "低出", "超出", "领先", "落后")):
        return None
    match = REFERENCE_WORDS.search(site.left)
    if match is None:
        return None
    ref = match.group("ref")
    scope = next((word for word in SCOPES if word in ref), "平均" if "平均" in site.left[match.start() :] else "")
    if not scope:
        return None
    stated = Stated.of(token, negative=match.group("dir").startswith(BELOW))
    reference = _reference(site, scope)
    own = _own(site, reference)
    judged = site.auditor.results.get(own) if own is not None else None
    subject = judged.subject if judged is not None else None
    if reference is None or own is None:
        return [site.unverifiable(Kind.REFERENCE_GAP, stated, "个百分点", Reason.of(AuditWord.NO_REFERENCE), subject)]
    mine, theirs = Num.printed(site.sentence.tokens[own]), Num.printed(site.sentence.tokens[reference])
    gap = mine - theirs
    reason = Reason.of(AuditWord.REFERENCE_GAP, own=mine, reference=theirs)
    return [site.finding(Kind.REFERENCE_GAP, stated, "个百分点", judge(stated, gap, site.rounding), reason, subject, value=gap)]


def _reference(site: Site, scope: str) -> int | None:
    """The reference rate printed in the sentence: (全市9.4%), 全市增长9.4%, 全市平均为9.4%."""
    sentence = site.sentence
    for position in range(max(0, site.index - 4), min(len(sentence.tokens), site.index + 3)):
        token = sentence.tokens[position]
        if position == site.index or token.form is not Form.PERCENT:
            continue
        words = words_before(site.text, sentence, position, limit=12)
        if scope in words.rsplit("\ue001", 1)[-1].rsplit("\ue000", 1)[-1]:
            site.auditor.consume(position)
            return position
    return None


def _own(site: Site, reference: int | None) -> int | None:
    """The rate compared: the percentage said before the comparison that is not the reference."""
    for position in range(site.index - 1, max(-1, site.index - 4), -1):
        if position != reference and site.sentence.tokens[position].form is Form.PERCENT:
            return position
    return None
