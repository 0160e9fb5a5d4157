"""The one exception family of jctrack: every message says what is wrong and what to do, in the user's language."""

from __future__ import annotations

from enum import StrEnum


class JctrackError(Exception):
    """A problem the user can act on; the CLI prints it on one line and exits 1.

    It carries a message key and its parameters, so that the text is made in the language of the
    process when it is shown, not when it is raised.
    """

    def __init__(self, key: StrEnum, /, **params: object) -> None:
        super().__init__(key.value)
        self.key = key
        self.params = params

    def __str__(self) -> str:
        from jctrack.words import say

        return say(self.key, **self.params)


class DataFileError(JctrackError):
    """The data file is missing, unreadable, malformed or fails validation."""


class InputError(JctrackError):
    """A value, period, unit or name given on the command line is not acceptable."""


class LockError(JctrackError):
    """Another process holds the data file's lock for longer than we wait."""
