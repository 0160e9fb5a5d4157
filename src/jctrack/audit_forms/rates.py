"""Rates of projects and funds: 开工率, 履约率, 落地率, 到位率, 投产率… (a count or an amount over the
number or amount signed, planned or agreed), alone or listed (履约率、开工率与资金到位率分别为…)."""

from __future__ import annotations

from jctrack.audit_forms.finding import Finding, Kind, Reason
from jctrack.audit_forms.inputs import NEAR
from jctrack.audit_forms.interval import Num, percent
from jctrack.audit_forms.site import Site
from jctrack.audit_forms.verdict import Stated, judge
from jctrack.textread import units
from jctrack.textread.document import Mention, Role
from jctrack.textread.numbers import Form
from jctrack.textread.patterns import WINDOW, TextPattern
from jctrack.words.audit import AuditWord

_STEMS = "开工|履约|落地|到位|投产|竣工|签约|入库|达产|完工|转化|开业|建成"
RATE_WORDS = TextPattern("rate words", rf"(?:{_STEMS})率(?:分别)?(?:为|达到|达|是)?$", window=WINDOW)
RATE_NAMES = TextPattern("rate names", rf"(?P<stem>{_STEMS})率", window=WINDOW)
# What a rate is of: the projects (or funds) signed, planned, agreed.
_WHOLE_WORDS = ("签约", "计划", "合同", "协议", "总", "共", "全部", "引进", "排定", "安排", "列入")


def judge_rate(site: Site) -> list[Finding] | None:
    token = site.token
    if token.form is not Form.PERCENT or "率" not in site.left:
        return None
    match = RATE_WORDS.search(site.left)
    if match is None:
        return None
    clause = site.left.rsplit("\ue001", 1)[-1].rsplit("\ue000", 1)[-1]
    stems = [m.group("stem") for m in RATE_NAMES.all(clause[-WINDOW:])]
    items = site.following(site.index, (Form.PERCENT,)) if "分别" in site.left[match.start() - 2 :] else [site.index]
    if len(stems) != len(items):
        stems = stems[-len(items) :] if len(stems) > len(items) else []
    found = []
    for position, index in enumerate(items):
        stated = Stated.of(site.sentence.tokens[index])
        parts = _parts(site, stems[position]) if stems else None
        if parts is None:
            found.append(site.unverifiable(Kind.RATE, stated, "%", Reason.of(AuditWord.NO_PARTS), index=index))
            continue
        part, whole = parts
        value = percent(part, whole)
        reason = Reason.of(AuditWord.RATE, part=part, whole=whole)
        judged = judge(stated, value, site.rounding)
        found.append(site.finding(Kind.RATE, stated, "%", judged, reason, index=index, value=value, indicator=stems[position] + "率"))
    return found


def _parts(site: Site, stem: str) -> tuple[Num, Num] | None:
    """The figure the rate is of (开工24个) and the one it is out of (签约项目30个)."""
    here = [m for m in site.sentence.mentions[max(0, site.index - NEAR) : site.index] if m is not None]
    earlier = list(site.auditor.reader.recent)  # the paragraph so far
    for mentions, certain in ((here, True), (earlier + here, False)):
        part = next((m for m in reversed(mentions) if m.role is Role.ACTUAL and stem in m.name), None)
        if part is None:
            continue
        whole = _whole(mentions, part)
        if whole is not None:
            value = whole.token.in_unit(part.token.unit)
            assert value is not None
            return Num.of(part, certain=certain), Num.of(whole, value, certain=certain)
    return None


def _whole(mentions: list[Mention], part: Mention) -> Mention | None:
    for mention in reversed(mentions[: mentions.index(part)]):
        if mention.role in (Role.BASE, Role.DELTA, Role.EXCESS, Role.FROM):
            continue
        value = mention.token.in_unit(part.token.unit)
        if value is None or value < part.token.number or units.base_of(mention.token.unit) != units.base_of(part.token.unit):
            continue
        if mention.role is Role.TARGET or any(word in mention.name for word in _WHOLE_WORDS):
            return mention
    return None
