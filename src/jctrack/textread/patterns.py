"""Every regular expression that reads report text, and a count of the text each one is given.

Two kinds, so that reading stays linear in the length of the text whatever the text is:

- a *stream* pattern runs over a whole paragraph or sentence with `finditer`. Each unbounded repeat in
  it is possessive (no backtracking into it) and a repeat that could start inside the run of an
  earlier attempt is guarded by a look-behind, so every character is looked at a bounded number of
  times. `tests/test_audit_robust.py` checks the structure of every stream pattern.
- a *window* pattern is only ever given a short string (at most `window` characters): the words
  right before or after a figure. Its cost per figure is bounded by the window, whatever it is.

`WORK` counts the characters handed to each kind, so that a test can bound the work on adversarial
input by counting rather than by timing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass
class Work:
    stream_chars: int = 0
    window_chars: int = 0
    calls: int = 0

    def reset(self) -> None:
        self.stream_chars = self.window_chars = self.calls = 0


WORK = Work()
PATTERNS: list[TextPattern] = []


class TextPattern:
    """A compiled pattern that knows whether it reads whole text (stream) or a bounded window."""

    __slots__ = ("name", "regex", "window")

    def __init__(self, name: str, source: str, *, window: int | None = None) -> None:
        self.name = name
        self.regex = re.compile(source)
        self.window = window
        PATTERNS.append(self)

    @property
    def stream(self) -> bool:
        return self.window is None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """Every match in text[start:end]; for stream patterns only."""
        assert self.window is None, f"{self.name} is a window pattern"
        stop = len(text) if end is None else end
        WORK.calls += 1
        WORK.stream_chars += max(0, stop - start)
        return self.regex.finditer(text, start, stop)

    def search(self, text: str) -> re.Match[str] | None:
        """A match in a short string (the last `window` characters of it)."""
        assert self.window is not None, f"{self.name} is a stream pattern"
        if len(text) > self.window:
            text = text[-self.window :]
        WORK.calls += 1
        WORK.window_chars += len(text)
        return self.regex.search(text)

    def all(self, text: str) -> list[re.Match[str]]:
        """Every match in a short string."""
        assert self.window is not None and len(text) <= self.window, f"{self.name}: a window of at most {self.window}"
        WORK.calls += 1
        WORK.window_chars += len(text)
        return list(self.regex.finditer(text))

    def count(self, text: str, start: int = 0, end: int | None = None) -> int:
        """How many matches in text[start:end]; for stream patterns only."""
        return sum(1 for _ in self.finditer(text, start, end))

    def sub(self, replacement: str, text: str) -> str:
        """Every match in a short string replaced."""
        assert self.window is not None and len(text) <= self.window, f"{self.name}: a window of at most {self.window}"
        WORK.calls += 1
        WORK.window_chars += len(text)
        return self.regex.sub(replacement, text)

    def match(self, text: str) -> re.Match[str] | None:
        """A match at the start of a short string (its first `window` characters)."""
        assert self.window is not None, f"{self.name} is a stream pattern"
        if len(text) > self.window:
            text = text[: self.window]
        WORK.calls += 1
        WORK.window_chars += len(text)
        return self.regex.match(text)


# The longest stretch of words a name, a verb phrase or a reference can take before a figure.
WINDOW = 48
