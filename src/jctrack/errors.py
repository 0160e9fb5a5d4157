"""The one exception family of jctrack: every message says what is wrong and what to do."""


class JctrackError(Exception):
    """A problem the user can act on; the CLI prints it on one line and exits 1."""


class DataFileError(JctrackError):
    """The data file is missing, unreadable, malformed or fails validation."""


class InputError(JctrackError):
    """A value, period, unit or name given on the command line is not acceptable."""


class LockError(JctrackError):
    """Another process holds the data file's lock for longer than we wait."""
