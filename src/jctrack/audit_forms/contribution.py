"""A part's effect on a total: 拉动…增长X个百分点 (the part's change over last year's total, in points)
and 贡献率X% (the part's change over the total's change), when the amounts are printed."""

from __future__ import annotations

from decimal import Decimal

from jctrack.audit_forms.finding import Finding, Found, Kind, Reason
from jctrack.audit_forms.inputs import NEAR, base_for, subject_before
from jctrack.audit_forms.interval import ONE, Num, percent
from jctrack.audit_forms.site import Site
from jctrack.audit_forms.verdict import Stated, judge
from jctrack.textread.document import AMOUNT_MARK, STATED_MARK, Mention, Role, matching_key, read_name
from jctrack.textread.numbers import Form
from jctrack.textread.patterns import WINDOW, TextPattern
from jctrack.textread.said import related
from jctrack.words.audit import AuditWord

PULL_WORDS = TextPattern("pull words", r"拉动(?P<what>[^,，;:。]{0,16}?)(?:增长|增速|上升)?$", window=WINDOW)
PULLED = TextPattern("total pulled", r"(?:拉动|对)(?P<what>[^,，;:。]{1,16}?)(?:增长|的贡献)[^拉对]*$", window=WINDOW)
PER_CENT = Decimal("0.01")
CONTRIBUTION_WORDS = TextPattern(
    "contribution words", r"(?:对(?P<what>[^,，;:。]{0,16}?)(?:增长)?的?)?贡献率(?:分别)?(?:为|达到|达|是)?$", window=WINDOW
)


def judge_pull(site: Site) -> list[Finding] | None:
    token = site.token
    if token.form is not Form.POINTS or "拉动" not in site.left:
        return None
    match = PULL_WORDS.search(site.left)
    if match is None:
        return None
    stated = Stated.of(token)
    subject = subject_before(site.sentence, site.index)
    inputs = _inputs(site, subject, match.group("what") or "")
    if subject is None or inputs is None:
        return [site.unverifiable(Kind.PULL, stated, "个百分点", Reason.of(AuditWord.NO_TOTAL), subject)]
    change, (_, total_base), source = inputs
    pull = percent(change, total_base)
    reason = Reason.of(AuditWord.PULL, change=change, base=total_base, source=source)
    return [site.finding(Kind.PULL, stated, "个百分点", judge(stated, pull, site.rounding), reason, subject, value=pull)]


def judge_contribution(site: Site) -> list[Finding] | None:
    token = site.token
    if token.form is not Form.PERCENT or "贡献率" not in site.left:
        return None
    match = CONTRIBUTION_WORDS.search(site.left)
    if match is None:
        return None
    what = match.group("what") or ""
    if not what:
        before = site.text[max(site.sentence.start, token.lead - WINDOW) : token.lead]
        pulled = PULLED.search(before)  # …拉动全镇税收增长25个百分点，贡献率100%: the same total
        what = pulled.group("what") if pulled else ""
    items = site.following(site.index, (Form.PERCENT,)) if "分别" in site.left[match.start() :] else [site.index]
    subjects = _listed_subjects(site, len(items))
    found = []
    for position, index in enumerate(items):
        stated = Stated.of(site.sentence.tokens[index])
        subject = subjects[position] if subjects is not None else None
        inputs = _inputs(site, subject, what)
        if subject is None or inputs is None:
            found.append(site.unverifiable(Kind.CONTRIBUTION, stated, "%", Reason.of(AuditWord.NO_TOTAL), subject, index=index))
            continue
        change, (total, total_base), source = inputs
        total_change = total - total_base
        if total_change.low <= 0 <= total_change.high:
            found.append(site.unverifiable(Kind.CONTRIBUTION, stated, "%", Reason.of(AuditWord.NO_TOTAL), subject, index=index))
            continue
        share = percent(change, total_change)
        reason = Reason.of(AuditWord.CONTRIBUTION, change=change, total_change=total_change, source=source)
        judged = judge(stated, share, site.rounding)
        found.append(site.finding(Kind.CONTRIBUTION, stated, "%", judged, reason, subject, index=index, value=share))
    return found


def _listed_subjects(site: Site, count: int) -> list[Mention] | None:
    found: list[Mention] = []
    for position in range(site.index - 1, max(-1, site.index - 16), -1):
        mention = site.sentence.mentions[position]
        if mention is not None and mention.role is Role.ACTUAL:
            found.append(mention)
            if len(found) == count:
                break
    found.reverse()
    return found if len(found) == count else None


def _inputs(site: Site, subject: Mention | None, what: str) -> tuple[Num, tuple[Num, Num], AuditWord] | None:
    """(the part's change, (the total, the total a year earlier), source) when all are printed."""
    if subject is None:
        return None
    part = _with_base(site, subject)
    total = _total(site, what, subject)
    if part is None or total is None:
        return None
    current, base = part
    total_now, total_base, source = total
    if not total_base.positive:
        return None
    return current - base, (total_now, total_base), source


def _with_base(site: Site, mention: Mention) -> tuple[Num, Num] | None:
    """A figure and its value a year earlier: from its base or change, else from its stated growth."""
    found, _ = base_for(site.auditor, mention, mention.index + 1) if mention.sentence is site.sentence else (None, None)
    if found is None and mention.sentence is not site.sentence:
        found = _base_in_own_sentence(site, mention)
    current = Num.of(mention)
    if found is not None:
        return current, found[0]
    if mention.growth_token is not None and mention.growth is not None:
        growth = Num.printed(mention.growth_token)
        if mention.growth != mention.growth_token.number:  # the sign is the wording's (下降4.2%)
            growth = growth.scaled(Decimal(-1))
        factor = growth.scaled(PER_CENT) + ONE
        if factor.positive:
            return current, current / factor
    return None


def _base_in_own_sentence(site: Site, mention: Mention) -> Found | None:
    found, _ = base_for(site.auditor, mention, min(len(mention.sentence.tokens) - 1, mention.index + 2))
    return found


def _total(site: Site, what: str, part: Mention) -> tuple[Num, Num, AuditWord] | None:
    """The total named after 拉动/对: a figure of that name said before in the paragraph, with its
    value a year earlier (from its base, its change or its stated growth)."""
    name = read_name(what.replace(AMOUNT_MARK, "").replace(STATED_MARK, "")).name
    if not name:
        return None
    key = matching_key(name)
    candidates = [m for m in site.auditor.reader.recent if m is not part and m.key and related(m.key, key) and m.role is Role.ACTUAL]
    near = site.sentence.mentions[max(0, site.index - NEAR) : site.index]
    candidates += [m for m in near if m is not None and m is not part and m.key and related(m.key, key) and m.role is Role.ACTUAL]
    unique = len({m.key for m in candidates}) == 1
    for mention in reversed(candidates):
        value = mention.token.in_unit(part.token.unit)
        found = _with_base(site, mention) if value is not None else None
        if found is None or value is None:
            continue
        # 拉动全镇税收 of 全镇税收收入: the one figure of the paragraph whose name begins so
        certain = mention.key == key or (unique and mention.key.startswith(key))
        scale = value / mention.token.number if mention.token.number else Decimal(1)
        now, base = found
        source = AuditWord.FROM_SENTENCE if mention.sentence is site.sentence else AuditWord.FROM_TEXT
        return _scaled(now, scale, certain), _scaled(base, scale, certain), source
    return None


def _scaled(value: Num, factor: Decimal, certain: bool) -> Num:
    scaled = value.scaled(factor)
    return Num(scaled.exact, scaled.low, scaled.high, scaled.shown, scaled.certain and certain)
