"""Recompute every figure a Chinese report states (同比, 完成率, 序时进度, 占比, 年均, 拉动…) and judge each.

`audit(text, data)` reads the text once (see `jctrack.textread`) and asks the judges of
`jctrack.audit_forms` about each stated figure in turn. A figure is called inconsistent only when
the inputs are certainly the right ones — the same period, the same basis, the same indicator — and
no inputs within the printed precision give it; otherwise it is consistent, a rounding difference, or
unverifiable, with the reason.
"""

from __future__ import annotations

from collections import Counter

from jctrack.audit_forms import JUDGES
from jctrack.audit_forms.context import Auditor, collection_paused
from jctrack.audit_forms.core import VERDICTS, Finding, Kind, Reason, Verdict
from jctrack.model import Period, Store
from jctrack.textread.document import Document
from jctrack.textread.numbers import Form

__all__ = ["NO_FIGURE_LIMIT", "VERDICTS", "Finding", "Kind", "Reason", "Verdict", "audit", "finds_nothing", "summary"]

# A text this long (in characters, spaces not counted) with not one figure is not a report that was
# read right: the CLI says so and exits 2 rather than reporting "0 stated figures".
NO_FIGURE_LIMIT = 300


def audit(text: str, data: Store | None = None, *, year: int | None = None, period: Period | None = None) -> list[Finding]:
    """Every stated figure of the text, judged. `year`/`period` hold for a text that names neither."""
    with collection_paused():
        return list(Auditor(text, data, year=year, period=period).findings(JUDGES))


def summary(findings: list[Finding]) -> dict[str, int]:
    counts = Counter(finding.verdict for finding in findings)
    return {verdict.value: counts.get(verdict, 0) for verdict in VERDICTS}


def finds_nothing(text: str) -> bool:
    """True for a text of more than NO_FIGURE_LIMIT characters in which not one figure (an amount or
    a stated percentage) is found: wrongly decoded, or not a report."""
    if sum(1 for character in text if not character.isspace()) <= NO_FIGURE_LIMIT:
        return False
    for sentence in Document(text).sentences():
        if any(token.form is not Form.BARE for token in sentence.tokens):
            return False
    return True
