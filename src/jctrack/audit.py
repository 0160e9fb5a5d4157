"""Recompute every figure a Chinese report states (同比, 完成率, 序时进度, 占比, 年均, 拉动…) and judge each.

`audit(text, data)` reads the text once (see `jctrack.textread`) and asks the judges of
`jctrack.audit_forms` about each stated figure in turn. A figure is called inconsistent only when
the inputs are certainly the right ones — the same period, the same basis, the same indicator — and
no inputs within the printed precision give it; otherwise it is consistent, a rounding difference, or
unverifiable, with the reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from jctrack.audit_forms import JUDGES
from jctrack.audit_forms.auditor import Auditor
from jctrack.audit_forms.finding import VERDICTS, Finding, Kind, Reason, Verdict
from jctrack.model import Period, Store
from jctrack.textread.document import Document, Sentence
from jctrack.textread.numbers import Form
from jctrack.textread.reader import Reader, collection_paused

__all__ = ["NO_FIGURE_LIMIT", "VERDICTS", "Finding", "Kind", "Reason", "Verdict", "audit", "finds_nothing", "judged", "summary"]

# A text this long (in characters, spaces not counted) with not one figure is not a report that was
# read right: the CLI says so and exits 2 rather than reporting "0 stated figures".
NO_FIGURE_LIMIT = 300


def audit(text: str, data: Store | None = None, *, year: int | None = None, period: Period | None = None) -> list[Finding]:
    """Every stated figure of the text, judged. `year`/`period` hold for a text that names neither."""
    with collection_paused():
        return [finding for _, found in judged(Reader(text, year=year, period=period), data) for finding in found]


def judged(reader: Reader, data: Store | None = None) -> Iterator[tuple[Sentence, list[Finding]]]:
    """Each sentence of the reader with the findings on its stated figures; its amounts then know the
    growth stated of them (for `extract`)."""
    return Auditor(reader, data).sentences(JUDGES)


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
