"""The whole a share is of: a total named by the text, one named only generically (占总数的), or the figure before 其中."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jctrack.audit_forms.finding import Found
from jctrack.audit_forms.inputs import NEAR, unique
from jctrack.audit_forms.interval import Num
from jctrack.textread.document import Mention, Role
from jctrack.textread.said import same_indicator
from jctrack.words.audit import AuditWord

if TYPE_CHECKING:
    from jctrack.audit_forms.auditor import Auditor


def total_named(auditor: Auditor, key: str, scope: str, part: Mention) -> Found | None:
    """The whole a share is of, named by the text (占全区项目协议总投资的…): printed in this
    sentence or an earlier one of the paragraph, or said before elsewhere."""
    unit = part.token.unit
    sentence = part.sentence
    same = [m for m in sentence.mentions[max(0, part.index - NEAR) : part.index + NEAR] if m is not None and m is not part]
    for group, certain in ((same, True), (list(reversed(auditor.reader.recent)), True)):
        exact = [m for m in group if m.key == key and _could_be_whole(m, part, scope)]
        if exact:
            return unique(exact[:1], unit, certain, AuditWord.FROM_SENTENCE if group is same else AuditWord.FROM_TEXT)
    for group in (same, list(reversed(auditor.reader.recent))):
        similar = [m for m in group if m.key and same_indicator(m.key, key) and _could_be_whole(m, part, scope)]
        if similar:
            return unique(similar[:1], unit, False, AuditWord.FROM_SENTENCE if group is same else AuditWord.FROM_TEXT)
    if key.startswith("总") and len(key) >= 3:
        return _total_of_its_kind(auditor, key[1:], scope, part)
    return None


def _total_of_its_kind(auditor: Auditor, kind: str, scope: str, part: Mention) -> Found | None:
    """占总人口的X% where the text gives 常住人口 as the whole: the one figure of that kind (a name
    ending 人口) larger than the part; certain when it is the only one, in the same sentence."""
    sentence = part.sentence
    same = [m for m in sentence.mentions[max(0, part.index - NEAR) : part.index] if m is not None]
    for group, source in ((same, AuditWord.FROM_SENTENCE), (list(auditor.reader.recent), AuditWord.FROM_TEXT)):
        found = [m for m in group if m is not part and m.key.endswith(kind) and _could_be_whole(m, part, scope)]
        if len({m.key for m in found}) == 1:
            return unique(found[-1:], part.token.unit, group is same, source)
    return None


def _could_be_whole(mention: Mention, part: Mention, scope: str) -> bool:
    """A whole is larger than its part and, when the whole is named for an area (全区…), named so too."""
    if mention.role in (Role.BASE, Role.DELTA, Role.EXCESS, Role.TARGET, Role.FROM):
        return False
    value = mention.token.in_unit(part.token.unit)
    if value is None or value <= part.token.number:
        return False
    return not scope or mention.scope == scope or mention.key != part.key


def total_said(auditor: Auditor, part: Mention) -> Found | None:
    """The whole of a share named only generically (占总数的, 占全部的): the figure of the whole
    area (全市…, 总…) said before it in the sentence or paragraph — never certain enough to call
    the share wrong."""
    sentence = part.sentence
    before = [m for m in sentence.mentions[max(0, part.index - NEAR) : part.index] if m is not None]
    for mention in reversed([*auditor.reader.recent, *before]):
        if mention.reference or mention is part or not (mention.scope or "总" in mention.name or "合计" in mention.name):
            continue
        value = mention.token.in_unit(part.token.unit)
        if value is not None and value > part.token.number:
            source = AuditWord.FROM_SENTENCE if mention.sentence is sentence else AuditWord.FROM_TEXT
            return Num.of(mention, value, certain=False), source
    return None


def total_before(auditor: Auditor, part: Mention) -> Found | None:
    """The whole of an unnamed share (…18.4亿元，其中工业税收11.2亿元，占60.9%): the figure right
    before 其中 in the sentence."""
    sentence = part.sentence
    lower = max(0, part.index - NEAR)
    where = auditor.text.rfind("其中", max(sentence.start, sentence.tokens[lower].start), part.token.start)
    if where == -1:
        return None
    before = [m for m in sentence.mentions[lower : part.index] if m is not None and m.token.end <= where and not m.reference]
    if not before:
        return None
    value = before[-1].token.in_unit(part.token.unit)
    if value is None or value <= 0:
        return None
    return Num.of(before[-1], value), AuditWord.FROM_SENTENCE
