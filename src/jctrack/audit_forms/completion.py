"""完成率: 完成/为/是/占 …(年度/年初/全年)(目标/计划/预算/任务)(数)(Y)的X%, 完成率X%, 完成同期计划的X%
with 超同期计划Δ, and counts (计划开工255项，已开工206项，完成年度计划开工的80.8%)."""

from __future__ import annotations

from jctrack.audit_forms.datafile import missing
from jctrack.audit_forms.finding import Finding, Found, Kind, Reason
from jctrack.audit_forms.inputs import subject_before, target_for
from jctrack.audit_forms.interval import Num, percent
from jctrack.audit_forms.site import Site
from jctrack.audit_forms.verdict import Stated, judge
from jctrack.textread.document import AMOUNT_MARK, Mention, Role
from jctrack.textread.numbers import Form
from jctrack.textread.patterns import WINDOW, TextPattern
from jctrack.textread.said import related
from jctrack.words.audit import AuditWord

_WORDS = ("目标", "计划", "预算", "任务", "完成率")
COMPLETION_WORDS = TextPattern(
    "completion words",
    r"(?P<verb>完成|为|是|占|达到|达|相当于|实现)了?(?P<body>[^,，;:。]{0,16}?)(?P<what>目标|计划|预算|任务)"
    r"(?P<tail>[^,，;:。]{0,8}?)的(?:比例|比重)?(?:为|是|达到|达)?$"
    r"|(?P<rate>完成率)(?:为|是|达到|达)?$",
    window=WINDOW,
)


def judge_completion(site: Site) -> list[Finding] | None:
    token = site.token
    if token.form not in (Form.PERCENT, Form.TENTHS, Form.FRACTION) or not any(word in site.left for word in _WORDS):
        return None
    match = COMPLETION_WORDS.search(site.left)
    if match is None:
        return None
    if match.group("what") == "预算" and match.group("tail").startswith(("收", "支")):
        return None  # 占一般公共预算支出的80%: a share of the budget's spending, not of a budget figure
    stated = Stated.of(token) if token.form is Form.PERCENT else Stated.share(token)
    subject = subject_before(site.sentence, site.index, site.rate_name(site.left[: match.start()]), targets=False)
    named = (match.group("tail") or "").replace(AMOUNT_MARK, "").strip("()")
    for word in ("任务", "数", "额"):
        named = named.removesuffix(word)
    if subject is not None and len(named) >= 2 and not (subject.key and related(named, subject.key)):
        subject = subject_before(site.sentence, site.index, named, targets=False)  # 完成年度计划投资的: of 投资, not of 开工34项
    if subject is None:
        return [site.unverifiable(Kind.COMPLETION, stated, "%", Reason.of(AuditWord.NO_SUBJECT))]
    to_date = "同期" in (match.group("body") or "") or "序时" in (match.group("body") or "")
    if to_date:
        return [_against_plan_to_date(site, stated, subject)]
    inline = _inline_target(site, subject)
    target = target_for(site.auditor, subject, site.index, inline)
    if target is None:
        return [site.unverifiable(Kind.COMPLETION, stated, "%", missing(site.auditor.data, AuditWord.NO_TARGET), subject)]
    return [_completion(site, stated, subject, target)]


def _inline_target(site: Site, subject: Mention) -> Mention | None:
    """The target printed in the phrase itself: 完成年初预算数4.5亿元的80%, 完成目标任务(1237.6亿元)的X%."""
    clause = site.sentence.clause_start(site.token.lead)
    for position in range(site.index - 1, subject.index, -1):
        mention = site.sentence.mentions[position]
        if mention is not None and mention.token.start >= clause and mention.role in (Role.TARGET, Role.WHOLE):
            return mention
    return None


def _completion(site: Site, stated: Stated, subject: Mention, target: Found) -> Finding:
    value, source = target
    if not value.positive:
        return site.unverifiable(Kind.COMPLETION, stated, "%", Reason.of(AuditWord.TARGET_ZERO, target=value), subject)
    current = Num.of(subject)
    completion = percent(current, value)
    reason = Reason.of(AuditWord.COMPLETION, current=current, target=value, source=source)
    return site.finding(Kind.COMPLETION, stated, "%", judge(stated, completion, site.rounding), reason, subject, value=completion)


def _against_plan_to_date(site: Site, stated: Stated, subject: Mention) -> Finding:
    """完成同期计划的X%，超同期计划Δ: the plan to date is what was done less Δ — never the year's target."""
    sentence = site.sentence
    for position in range(site.index + 1, min(len(sentence.tokens), site.index + 4)):
        mention = sentence.mentions[position]
        if mention is None:
            continue
        if mention.role is not Role.EXCESS:
            break
        excess = mention.token.in_unit(subject.token.unit)
        if excess is None:
            break
        current = Num.of(subject)
        plan = current - Num.of(mention, excess)
        if not plan.positive:
            break
        completion = percent(current, plan)
        reason = Reason.of(AuditWord.PERIOD_PLAN, current=current, excess=mention.token.printed, plan=plan.exact)
        return site.finding(Kind.COMPLETION, stated, "%", judge(stated, completion, site.rounding), reason, subject, value=completion)
    return site.unverifiable(Kind.COMPLETION, stated, "%", Reason.of(AuditWord.NO_PERIOD_PLAN), subject)
