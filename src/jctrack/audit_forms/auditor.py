"""The audit run: each stated figure of each sentence offered to the judges in turn, and the findings kept."""

from __future__ import annotations

import decimal
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from jctrack.audit_forms.datafile import DataFile
from jctrack.audit_forms.finding import Finding
from jctrack.audit_forms.interval import Num
from jctrack.audit_forms.site import Site
from jctrack.decimals import WORKING
from jctrack.model import Period, Store
from jctrack.textread.document import Mention, Sentence
from jctrack.textread.numbers import Form
from jctrack.textread.reader import Reader


@dataclass(slots=True)
class Judged:
    finding: Finding
    value: Num | None  # the recomputed figure (exact and interval), for a later judge to use
    subject: Mention | None


class Auditor:
    """Reads a report and judges each stated figure with the first judge that recognises its form."""

    def __init__(self, reader: Reader, data: Store | None = None) -> None:
        self.reader = reader
        self.text = reader.text
        self.data = DataFile(data) if data is not None else None
        self.rounding = data.rounding if data is not None else "half-up"
        self.sentence: Sentence = Sentence(0, 0, 0, 0)
        self.results: dict[int, Judged] = {}
        self.consumed: set[int] = set()
        self.shares: dict[tuple[str, Period], Num] = {}  # shares stated so far, by name and year: last year's for 比上年提高

    def sentences(self, judges: list[Callable[[Site], list[Finding] | None]]) -> Iterator[tuple[Sentence, list[Finding]]]:
        """Each sentence with the findings on its stated figures (its amounts then know their stated growth)."""
        for sentence in self.reader.sentences():
            self.sentence, self.results, self.consumed = sentence, {}, set()
            with decimal.localcontext(WORKING):  # exact arithmetic for every judge (not across the yield)
                for index, token in enumerate(sentence.tokens):
                    if token.form is Form.AMOUNT or index in self.results or index in self.consumed:
                        continue
                    site = Site(self, sentence, index)
                    for judge in judges:
                        if judge(site) is not None:
                            break
            yield sentence, [self.results[index].finding for index in sorted(self.results)]
        self.results = {}

    def record(self, index: int, finding: Finding, value: Num | None = None, subject: Mention | None = None) -> Finding:
        self.results[index] = Judged(finding, value, subject)
        return finding

    def consume(self, index: int) -> None:
        """A stated figure used as an input of another (the reference rate, last year's share): it is
        not judged on its own."""
        self.results.pop(index, None)
        self.consumed.add(index)
