"""Reading and writing the data file: TOML in (tomli or tomllib), canonical TOML out, atomic replace under a lock."""

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
import time
from collections.abc import Callable, Iterator
from pathlib import Path

try:
    # The same parser as the standard library's tomllib (which is vendored from it), compiled where a wheel
    # exists: about twice as fast on a district-sized file. Without it, tomllib does the same job.
    import tomli as toml_reader
except ImportError:  # pragma: no cover - depends on the platform's wheels
    import tomllib as toml_reader  # type: ignore[no-redef]

from jctrack import tomlwrite
from jctrack.comments import Comments
from jctrack.comments import extract as extract_comments
from jctrack.errors import DataFileError, LockError
from jctrack.model import Store, read_float, store_from_toml

DEFAULT_FILE = "targets.toml"
LOCK_TIMEOUT_SECONDS = 10.0


def parse(text: str, name: str = DEFAULT_FILE) -> Store:
    """Parse and validate the text of a data file; every float is read as an exact Decimal."""
    # Building a large file makes hundreds of thousands of objects and no cycles; the cyclic
    # garbage collector would only rescan them over and over (a fifth of the load time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        try:
            document = toml_reader.loads(text, parse_float=read_float)
        except toml_reader.TOMLDecodeError as exc:
            raise DataFileError(f"{name} is not valid TOML: {exc}; fix that line or restore the file from git") from None
        except ValueError:
            # Python refuses integers of more than 4,300 digits before jctrack sees them.
            raise DataFileError(f"{name}: {_huge_integer_line(text)} has an integer too long to read; fix that line") from None
        except RecursionError:
            raise DataFileError(f"{name} nests arrays or tables too deeply for a data file; fix it or restore it from git") from None
        try:
            return store_from_toml(document)
        except DataFileError as exc:
            raise DataFileError(f"{name}: {exc}") from None
    finally:
        # The loaded store holds no cycles: later collections need not rescan it (refcounting still frees it).
        gc.freeze()
        if collecting:
            gc.enable()


def _huge_integer_line(text: str) -> str:
    match = re.search(r"^([^\n=]*)=\s*[+-]?[\d_]{1000,}", text, re.MULTILINE)
    if match is None:
        return "a value"
    line = text.count("\n", 0, match.start()) + 1
    return f"line {line} ({match.group(1).strip()})"


def dumps(store: Store, comments: Comments | None = None) -> str:
    """The canonical text: tomli-w's output for store_to_toml(store), produced by the fast writer,
    with the comments a person wrote put back beside what they belong to."""
    return tomlwrite.dumps(store, comments)


def load(path: Path) -> Store:
    return parse(read(path), str(path))


def read(path: Path) -> str:
    """The data file's text, or an error saying why it cannot be had."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DataFileError(f"{path} does not exist; create it with `jctrack init`, or choose a file with --file or JCTRACK_FILE") from None
    except IsADirectoryError:
        raise DataFileError(f"{path} is a directory; give the path of a .toml data file") from None
    except OSError as exc:
        raise DataFileError(f"cannot read {path}: {exc.strerror}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataFileError(f"{path} is not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    # Notepad saves UTF-8 with a byte-order mark, which TOML does not allow; it is read past, never written.
    return text.removeprefix("\ufeff")


def _real_path(path: Path) -> Path:
    # Writing to the link's target keeps a symlinked data file a symlink.
    return Path(os.path.realpath(path))


def lock_path(path: Path) -> Path:
    real = _real_path(path)
    return real.with_name(real.name + ".lock")


@contextlib.contextmanager
def locked(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold an exclusive lock beside the data file; give up with LockError after `timeout` seconds."""
    if timeout is None:
        timeout = float(os.environ.get("JCTRACK_LOCK_TIMEOUT", LOCK_TIMEOUT_SECONDS))
    lock_file = lock_path(path)
    try:
        fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise LockError(f"cannot create the lock file {lock_file}: {exc.strerror}; check the folder's permissions") from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockError(
                        f"{lock_file} is held by another process (waited {timeout:g} s); "
                        "try again when it has finished, or find the process with `fuser` on that file"
                    ) from None
                time.sleep(0.02)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def write_atomic(path: Path, content: str | bytes) -> None:
    """Replace the file's content all at once: a reader or a crash sees the old file or the new, never half."""
    real = _real_path(path)
    try:
        mode = stat.S_IMODE(real.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    if not mode & 0o222:
        raise DataFileError(f"{path} is read-only; make it writable (chmod u+w) to change it")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent)
    except OSError as exc:
        raise DataFileError(f"cannot write beside {path}: {exc.strerror}; the file is unchanged") from None
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
            reason = "the disk is full" if exc.errno == errno.ENOSPC else exc.strerror or str(exc)
            raise DataFileError(f"cannot write {path}: {reason}; the file is unchanged") from None
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


class Unchanged(Exception):
    """Raised inside a transaction to end it without writing: the request changes nothing."""


@contextlib.contextmanager
def transaction(path: Path) -> Iterator[Store]:
    """Load under the lock, let the caller change the store, and write it back only if no error was raised."""
    with locked(path):
        text = read(path)
        store = parse(text, str(path))
        kept = extract_comments(text)  # what a person wrote beside the data, put back when it is written
        del text  # a district's file is millions of characters: not held through the command
        try:
            yield store
        except Unchanged:
            return
        _remove_stale_temporaries(path)
        save(path, store, kept)


def _remove_stale_temporaries(path: Path) -> None:
    """Remove temporary files a killed writer left; under the lock no live writer can own one."""
    real = _real_path(path)
    for leftover in real.parent.glob(f".{glob.escape(real.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def create(path: Path, store: Store) -> None:
    """Write a new data file, refusing to replace one that exists."""
    with locked(path):
        if path.exists() or path.is_symlink():
            raise DataFileError(f"{path} already exists; it is left as it is (edit it, or choose another --file)")
        save(path, store)


def edit(path: Path, run_editor: Callable[[Path], None]) -> str:
    """Let a person edit a copy under the lock; install it only if it is a valid data file.

    Returns "unchanged" or "saved". An invalid edit leaves the data file as it was and keeps the
    edited copy beside it (as `crontab -e` and `visudo` do), named in the error.
    """
    real = _real_path(path)
    with locked(path):
        before = read(path)
        parse(before, str(path))  # refuse to start from a file that is already broken
        fd, copy_name = tempfile.mkstemp(prefix=f"{real.stem}.edit-", suffix=".toml", dir=real.parent)
        copy = Path(copy_name)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(before)
        try:
            run_editor(copy)
        except BaseException:
            copy.unlink(missing_ok=True)
            raise
        kept = f"nothing was saved; your edit is kept in {copy}"
        try:
            after = copy.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            raise DataFileError(f"the edited file is not UTF-8 text; {kept}") from None
        if after == before:
            copy.unlink()
            return "unchanged"
        try:
            parse(after, str(path))
        except DataFileError as exc:
            raise DataFileError(f"{exc} — {kept}") from None
        write_atomic(path, after)
        copy.unlink()
        return "saved"
