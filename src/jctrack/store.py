"""Reading and writing the data file: TOML in (toml-rs, else tomli or tomllib), canonical TOML out, atomic replace under a lock."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import gc
import glob
import os
import re
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from jctrack import tomlwrite
from jctrack.comments import Comments
from jctrack.comments import extract as extract_comments
from jctrack.errors import DataFileError, LockError
from jctrack.model import Revision, Store, check_entity, read_float, store_from_toml
from jctrack.words.messages import Msg

try:
    # The same parser as the standard library's tomllib (which is vendored from it), compiled where a wheel
    # exists: about twice as fast on a district-sized file. Without it, tomllib does the same job.
    import tomli as toml_reader
except ImportError:  # pragma: no cover - depends on the platform's wheels
    import tomllib as toml_reader  # type: ignore[no-redef]

# toml-rs allocates with mimalloc, which by default keeps freed memory for reuse and commits its arenas
# eagerly: the parser's own tree of a large file (80 MB at 252,000 values) would stay resident under
# everything built after it. mimalloc reads these options when the library loads; with them, that memory
# is given back at once, at no measured cost in time. The variables are removed again, so that no child
# process (an $EDITOR) inherits them; a value the user set is left as it is.
_MIMALLOC_OPTIONS = {"MIMALLOC_PURGE_DELAY": "0", "MIMALLOC_ARENA_EAGER_COMMIT": "0"}
_options_set_here = [name for name in _MIMALLOC_OPTIONS if name not in os.environ]
for _name in _options_set_here:
    os.environ[_name] = _MIMALLOC_OPTIONS[_name]
fast_reader: ModuleType | None
try:
    # A compiled TOML 1.0 parser, five times faster than compiled tomli on a large file. It reads a
    # valid file into the same document (tests/test_district_toml_parsers.py compares both on
    # generated and damaged files); a file it or the model refuses is read again by the reference
    # parser above, so that errors stay exactly as they were (see _parse_fast).
    import toml_rs

    fast_reader = toml_rs
except ImportError:  # pragma: no cover - depends on the platform's wheels
    fast_reader = None
finally:
    for _name in _options_set_here:
        del os.environ[_name]

DEFAULT_FILE = "targets.toml"
LOCK_TIMEOUT_SECONDS = 10.0
# The largest data file read: a district of 250,000 values is under 8 MB, so a file this size is a
# mistake (a disk image, a log) and would only exhaust memory. Checked before a byte is read.
MAX_FILE_MB = 200
MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024
# toml-rs nests as deep as the text's brackets do, on the calling thread's stack, and past a few thousand
# levels (about 2 KB each) it overflows that stack, which kills the process: no Python exception is
# raised. So a text with more than a few brackets is read on a thread whose stack holds one level for
# every bracket the text has, opening or not, in a string or not: however the text is read, it cannot
# nest deeper. A text that would need a stack over the limit (over 131,000 brackets: deep nesting, or a
# file far larger than a district's) is left to the reference parser, which refuses nesting over 400
# levels with a message.
FAST_PARSER_MAIN_THREAD_BRACKETS = 256
FAST_PARSER_STACK_PER_BRACKET = 8 * 1024
FAST_PARSER_STACK_LIMIT = 1024 * 1024 * 1024


def parse(text: str, name: str = DEFAULT_FILE) -> Store:
    """Parse and validate the text of a data file; every float is read as an exact Decimal."""
    # Building a large file makes hundreds of thousands of objects and no cycles; the cyclic
    # garbage collector would only rescan them over and over (a fifth of the load time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        store = _parse_fast(text)
        if store is not None:
            return store
        try:
            document = toml_reader.loads(text, parse_float=read_float)
        except toml_reader.TOMLDecodeError as exc:
            raise DataFileError(Msg.NOT_TOML, name=name, detail=exc) from None
        except ValueError:
            # Python refuses integers of more than 4,300 digits before jctrack sees them.
            raise DataFileError(Msg.HUGE_INTEGER, name=name, line=_huge_integer_line(text)) from None
        except RecursionError:
            raise DataFileError(Msg.TOO_DEEP, name=name) from None
        try:
            return store_from_toml(document)
        except DataFileError as exc:
            raise DataFileError(Msg.AT, where=name, problem=exc) from None
    finally:
        if collecting:
            gc.enable()


def _parse_fast(text: str) -> Store | None:
    """The store read with the fast parser, or None to leave the text to the reference parser.

    The fast parser is used only when it yields a valid store. Anything it or the model refuses (and a
    byte-order mark, which only the fast parser accepts) is read again by the reference parser, so that
    every error is worded, and every edge case decided, exactly as before.
    """
    if fast_reader is None or text.startswith("\ufeff"):
        return None
    try:
        return store_from_toml(_fast_document(fast_reader, text))
    except Exception:
        return None


def _fast_document(reader: ModuleType, text: str) -> Any:
    """The fast parser's document of the text, read where its nesting cannot overflow the stack."""
    brackets = text.count("[") + text.count("{")
    if brackets <= FAST_PARSER_MAIN_THREAD_BRACKETS:
        return reader.loads(text, parse_float=read_float, toml_version="1.0.0")
    stack = (brackets + 64) * FAST_PARSER_STACK_PER_BRACKET
    if stack > FAST_PARSER_STACK_LIMIT:
        raise ValueError("too many brackets for the fast parser")
    outcome: list[object] = []

    def read() -> None:
        try:
            outcome.append(reader.loads(text, parse_float=read_float, toml_version="1.0.0"))
        except BaseException as exc:  # given to the caller, which reads the text again with tomli
            outcome.append(exc)

    previous = threading.stack_size(stack)
    try:
        reading = threading.Thread(target=read, name="jctrack-toml", daemon=True)  # Ctrl-C does not wait for it
        reading.start()
    finally:
        threading.stack_size(previous)
    reading.join()
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _huge_integer_line(text: str) -> DataFileError:
    match = re.search(r"^([^\n=]*)=\s*[+-]?[\d_]{1000,}", text, re.MULTILINE)
    if match is None:
        return DataFileError(Msg.A_VALUE)
    line = text.count("\n", 0, match.start()) + 1
    return DataFileError(Msg.LINE, line=line, key=match.group(1).strip())


def dumps(store: Store, comments: Comments | None = None) -> str:
    """The canonical text: tomli-w's output for store_to_toml(store), produced by the fast writer,
    with the comments a person wrote put back beside what they belong to."""
    return tomlwrite.dumps(store, comments)


def load(path: Path) -> Store:
    return parse(read(path), str(path))


def read(path: Path) -> str:
    """The data file's text, or an error saying why it cannot be had."""
    data = read_bytes(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataFileError(Msg.NOT_UTF8, path=path, byte=exc.start) from None
    # Notepad saves UTF-8 with a byte-order mark, which TOML does not allow; it is read past, never written.
    return text.removeprefix("\ufeff")


def _kind_of(mode: int) -> Msg | None:
    """What a file that is not a regular file is, for a message; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return Msg.KIND_DIRECTORY
    if stat.S_ISFIFO(mode):
        return Msg.KIND_FIFO
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Msg.KIND_DEVICE
    return Msg.KIND_SOCKET if stat.S_ISSOCK(mode) else Msg.KIND_OTHER


def _refuse_unless_regular(path: Path, info: os.stat_result, limit: int) -> None:
    kind = _kind_of(info.st_mode)
    if kind is Msg.KIND_DIRECTORY:
        raise DataFileError(Msg.IS_DIRECTORY, path=path)
    if kind is not None:
        raise DataFileError(Msg.NOT_REGULAR, path=path, kind=kind)
    if info.st_size > limit:
        raise DataFileError(Msg.TOO_LARGE, path=path, size=_megabytes(info.st_size), limit=_megabytes(limit))


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f}"


def check_regular(path: Path, limit: int = MAX_FILE_BYTES) -> None:
    """Refuse, before anything is locked or read, a path that is missing or is not a regular file of at
    most `limit` bytes: a named pipe would block a reader forever, /dev/zero never end, and a lock would
    be made beside /dev/null."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise DataFileError(Msg.NO_FILE, path=path) from None
    except OSError as exc:
        raise DataFileError(Msg.CANNOT_READ, path=path, reason=exc.strerror) from None
    _refuse_unless_regular(path, info, limit)
    try:  # a file we may not read (chmod 000) is refused here too, before a lock is made beside it
        os.close(os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC))
    except OSError as exc:
        raise DataFileError(Msg.CANNOT_READ, path=path, reason=exc.strerror) from None


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, or an error saying why it cannot be had.

    The file is opened without blocking (a named pipe put in its place meanwhile does not hang us),
    checked on the opened descriptor, and read no further than the limit, however it grows.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise DataFileError(Msg.NO_FILE, path=path) from None
    except IsADirectoryError:
        raise DataFileError(Msg.IS_DIRECTORY, path=path) from None
    except OSError as exc:
        raise DataFileError(Msg.CANNOT_READ, path=path, reason=exc.strerror) from None
    try:
        _refuse_unless_regular(path, os.fstat(fd), limit)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise DataFileError(Msg.CANNOT_READ, path=path, reason=exc.strerror) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise DataFileError(Msg.TOO_LARGE, path=path, size=_megabytes(len(data)), limit=_megabytes(limit))
    return data


def _real_path(path: Path) -> Path:
    # Writing to the link's target keeps a symlinked data file a symlink.
    return Path(os.path.realpath(path))


MAX_LOCK_TIMEOUT_SECONDS = 3600.0


def lock_timeout() -> float:
    """JCTRACK_LOCK_TIMEOUT in seconds: a number from 0 to an hour (nan, inf or words are refused)."""
    raw = os.environ.get("JCTRACK_LOCK_TIMEOUT")
    if raw is None or not raw.strip():
        return LOCK_TIMEOUT_SECONDS
    try:
        seconds = float(raw)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= MAX_LOCK_TIMEOUT_SECONDS:  # also false for nan
        raise LockError(Msg.BAD_LOCK_TIMEOUT, value=raw, limit=int(MAX_LOCK_TIMEOUT_SECONDS))
    return seconds


def lock_path(path: Path) -> Path:
    real = _real_path(path)
    return real.with_name(real.name + ".lock")


@contextlib.contextmanager
def locked(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold an exclusive lock beside the data file; give up with LockError after `timeout` seconds."""
    if timeout is None:
        timeout = lock_timeout()
    lock_file = lock_path(path)
    deadline = time.monotonic() + timeout
    while True:
        fd = _open_lock(lock_file)
        try:
            _wait_for(fd, lock_file, deadline, timeout)
        except BaseException:
            os.close(fd)
            raise
        if _still_the_lock(fd, lock_file):
            break
        # The file we locked was deleted (or replaced) while we waited: another writer may hold the
        # lock on the file now at its name. Lock that one instead.
        os.close(fd)
    try:
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _open_lock(lock_file: Path) -> int:
    try:
        # A symlink planted at the lock's name must not make us create or truncate another file.
        return os.open(lock_file, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        raise LockError(Msg.LOCK_CREATE, lock=lock_file, reason=exc.strerror) from None


def _wait_for(fd: int, lock_file: Path, deadline: float, timeout: float) -> None:
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise LockError(Msg.LOCK_HELD, lock=lock_file, seconds=f"{timeout:g}") from None
            time.sleep(0.02)


def _still_the_lock(fd: int, lock_file: Path) -> bool:
    """Whether the file locked through `fd` is still the one at the lock's name."""
    try:
        named = os.lstat(lock_file)
    except OSError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def write_atomic(path: Path, content: str | bytes) -> None:
    """Replace the file's content all at once: a reader or a crash sees the old file or the new, never half."""
    real = _real_path(path)
    try:
        mode = stat.S_IMODE(real.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    if not mode & 0o222:
        raise DataFileError(Msg.READ_ONLY, path=path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent)
    except OSError as exc:
        raise DataFileError(Msg.CANNOT_WRITE_BESIDE, path=path, reason=exc.strerror) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content.encode("utf-8") if isinstance(content, str) else content)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, real)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        if isinstance(exc, OSError):
            reason: object = DataFileError(Msg.DISK_FULL) if exc.errno == errno.ENOSPC else exc.strerror or str(exc)
            raise DataFileError(Msg.CANNOT_WRITE, path=path, reason=reason) from None
        raise
    _fsync_dir(real.parent)


def _fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def save(path: Path, store: Store, comments: Comments | None = None) -> None:
    write_atomic(path, dumps(store, comments))


class Transaction:
    """A store loaded under the lock; it is written back when the caller says it changed."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.is_changed = False

    def changed(self) -> None:
        self.is_changed = True


@contextlib.contextmanager
def transaction(path: Path) -> Iterator[Transaction]:
    """Load under the lock, let the caller change the store, and write it back if it changed and no error was raised."""
    check_regular(path)  # before the lock: no lock is made beside a file that cannot be one
    with locked(path):
        text, identity = _read_with_identity(path)
        current = Transaction(parse(text, str(path)))
        kept = extract_comments(text)  # what a person wrote beside the data, put back when it is written
        recorded = len(current.store.revisions)
        yield current
        if current.is_changed:
            _remove_stale_temporaries(path)
            _verify_unchanged(path, text, identity)
            if kept:
                kept = _follow_renames(kept, current.store.revisions[recorded:])
            save(path, current.store, kept)


def _follow_renames(kept: Comments, revisions: list[Revision]) -> Comments:
    """An indicator's comments under its new id after a rename (or back under the old one after its undo)."""
    for revision in revisions:
        if revision.renamed_from and revision.indicator and revision.renamed_from != revision.indicator:
            kept = kept.moved(("indicators", revision.renamed_from), ("indicators", revision.indicator))
    return kept


Identity = tuple[int, int, int, int]  # device, inode, size, modification time (ns)


def _identity(path: Path) -> Identity:
    info = _real_path(path).stat()
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _read_with_identity(path: Path) -> tuple[str, Identity]:
    text = read(path)
    try:
        return text, _identity(path)
    except OSError:
        raise DataFileError(Msg.NO_FILE, path=path) from None


def _verify_unchanged(path: Path, text: str, identity: Identity) -> None:
    """Refuse to write over a file that changed since it was read: someone wrote it without our lock
    (its lock file was deleted while held, e.g. by `git clean -X`), and that change must not be lost."""
    try:
        if _identity(path) == identity:
            return
        if read(path) == text.removeprefix("\ufeff"):
            return
    except (OSError, DataFileError):
        pass
    raise DataFileError(Msg.CHANGED_MEANWHILE, path=path)


def _remove_stale_temporaries(path: Path) -> None:
    """Remove temporary files a killed writer left; under the lock no live writer can own one."""
    real = _real_path(path)
    for leftover in real.parent.glob(f".{glob.escape(real.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def create(path: Path, store: Store) -> None:
    """Write a new data file, refusing to replace one that exists."""
    check_entity(store.entity)
    _refuse_existing(path)  # before the lock too: /dev/null exists, and no lock is made beside it
    with locked(path):
        _refuse_existing(path)
        save(path, store)


def _refuse_existing(path: Path) -> None:
    if path.exists() or path.is_symlink():
        raise DataFileError(Msg.EXISTS, path=path)


def edit(path: Path, run_editor: Callable[[Path], None]) -> bool:
    """Let a person edit a copy under the lock; install it only if it is a valid data file.

    Returns whether it was saved. An invalid edit leaves the data file as it was and keeps the
    edited copy beside it (as `crontab -e` and `visudo` do), named in the error.
    """
    real = _real_path(path)
    check_regular(path)
    with locked(path):
        before, identity = _read_with_identity(path)
        parse(before, str(path))  # refuse to start from a file that is already broken
        copy = _editable_copy(path, real, before)
        try:
            run_editor(copy)
        except BaseException:
            copy.unlink(missing_ok=True)
            raise
        kept = DataFileError(Msg.EDIT_KEPT, copy=copy)
        try:
            saved = read_bytes(copy)
        except DataFileError as exc:
            if exc.key is Msg.TOO_LARGE:
                raise DataFileError(Msg.EDIT_INVALID, problem=exc, kept=kept) from None
            # The editor removed its copy or put something else (a folder, a pipe, a link) in its place.
            raise DataFileError(Msg.EDIT_COPY_GONE, copy=copy) from None
        if not saved:  # an editor that could not write (a full disk) may leave its copy empty
            copy.unlink(missing_ok=True)
            raise DataFileError(Msg.EDIT_EMPTY)
        try:
            after = saved.decode("utf-8").removeprefix("\ufeff")  # an editor that saves a BOM
        except UnicodeDecodeError:
            raise DataFileError(Msg.EDIT_NOT_UTF8, kept=kept) from None
        if after == before:
            copy.unlink()
            return False
        try:
            parse(after, str(path))
        except DataFileError as exc:
            raise DataFileError(Msg.EDIT_INVALID, problem=exc, kept=kept) from None
        _verify_unchanged(path, before, identity)
        try:
            write_atomic(path, after)
        except DataFileError as exc:
            raise DataFileError(Msg.EDIT_INVALID, problem=exc, kept=kept) from None
        copy.unlink()
        return True


def _editable_copy(path: Path, real: Path, text: str) -> Path:
    """A copy of the data file beside it for the editor, or an error that leaves nothing behind."""
    try:
        fd, copy_name = tempfile.mkstemp(prefix=f"{real.stem}.edit-", suffix=".toml", dir=real.parent)
    except OSError as exc:
        raise DataFileError(Msg.CANNOT_WRITE_BESIDE, path=path, reason=exc.strerror) from None
    copy = Path(copy_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        copy.unlink(missing_ok=True)
        reason: object = DataFileError(Msg.DISK_FULL) if exc.errno == errno.ENOSPC else exc.strerror
        raise DataFileError(Msg.CANNOT_WRITE_BESIDE, path=path, reason=reason) from None
    return copy


def write_output(path: Path, content: bytes, protected: Sequence[Path] = ()) -> None:
    """Write a report or an export atomically, never onto a protected file (the data file; a district's
    town files and its district.toml) or the lock of one.

    A symlink at `path` is replaced by the new file, not written through: an output path that
    happens to be a link must not overwrite whatever the link points at.
    """
    for file in protected:
        for guarded in (file, lock_path(file)):
            if same_file(path, guarded):
                raise DataFileError(Msg.OUTPUT_IS_DATA, path=path)
    try:
        kind = _kind_of(os.lstat(path).st_mode)
    except OSError:
        kind = None  # nothing there yet (or not for us to see): the replace below says what is wrong
    if kind is not None and not path.is_symlink():
        # A device or a pipe would be replaced by a regular file (as root, even /dev/null) or block.
        raise DataFileError(Msg.OUTPUT_NOT_REGULAR, path=path, kind=kind)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise DataFileError(Msg.CANNOT_WRITE, path=path, reason=exc.strerror) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o666 & ~_umask())
        os.replace(tmp_name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        reason: object = DataFileError(Msg.DISK_FULL) if exc.errno == errno.ENOSPC else exc.strerror or str(exc)
        raise DataFileError(Msg.CANNOT_WRITE, path=path, reason=reason) from None


def same_file(first: Path, second: Path) -> bool:
    """Whether two paths name one file (through links too); by their absolute paths where one does not exist."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return os.path.abspath(first) == os.path.abspath(second)
