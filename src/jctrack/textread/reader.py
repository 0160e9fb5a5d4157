"""A report read sentence by sentence, remembering the figures said so far: by name, and the paragraph's last."""

from __future__ import annotations

import contextlib
import gc
from collections import deque
from collections.abc import Iterator

from jctrack.model import Period
from jctrack.textread.document import Document, Mention, Sentence
from jctrack.textread.said import NameIndex

RECENT = 64  # figures of the paragraph kept for a total or a target said in an earlier sentence


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Reading a report makes many small objects, some in cycles (a sentence and its figures); the
    cyclic collector would rescan them over and over while they are still in use."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def period_of(mention: Mention) -> Period | None:
    """The data file's period of a figure, when the text says it for sure."""
    period = mention.when.period
    if period is None or mention.year is None:
        return None
    return Period(mention.year, period.month)


class Reader:
    """Gives each sentence of a report in turn; once the caller moves on, its figures join those said so far.

    Every lookup is bounded — the last RECENT figures of the paragraph, an index of names — so reading
    stays linear in the length of the text.
    """

    def __init__(self, text: str, *, year: int | None = None, period: Period | None = None) -> None:
        self.document = Document(text, year=year, period=period)
        self.text = self.document.text
        self.index = NameIndex()
        self.recent: deque[Mention] = deque(maxlen=RECENT)
        self.previous: Sentence | None = None  # the sentence before, in this paragraph

    def sentences(self) -> Iterator[Sentence]:
        paragraph = -1
        read: list[Sentence] = []
        for sentence in self.document.sentences():
            if sentence.paragraph != paragraph:
                self.recent.clear()
                self.previous = None
                paragraph = sentence.paragraph
                _release(read)
            yield sentence
            for mention in sentence.amounts():
                self.index.add(mention)
                self.recent.append(mention)
            self.previous = sentence
            read.append(sentence)
        _release(read)


def _release(sentences: list[Sentence]) -> None:
    """Sentences of a paragraph read: the figures kept by the index no longer hold them whole, so
    memory stays with the findings and the names said, not with the text."""
    for sentence in sentences:
        sentence.tokens, sentence.whens, sentence.mentions, sentence.marks = [], [], [], []
    sentences.clear()
