"""The data file as it may be found: a pipe, a device, a folder, a dangling link, unreadable, too large,
nested too deeply for any parser, or changed by an editor in every wrong way. Each is one line on stderr,
exit 1, no lock made beside it, the data file byte for byte as it was, and nothing hangs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from jctrack import store
from jctrack.errors import DataFileError, LockError

from .conftest import SAMPLE, one_line_error

ENV = {"PATH": os.environ.get("PATH", ""), "LANG": "C", "JCTRACK_LANG": "en"}

COMMANDS = [
    ["status"],
    ["check"],
    ["add-actual", "sales", "2019-07", "1"],
    ["set-target", "sales", "2020", "1"],
    ["add-indicator", "new", "--name", "新", "--unit", "亿元"],
    ["export"],
    ["edit"],
]


def run_bounded(args: list[str], seconds: float = 30) -> subprocess.CompletedProcess[str]:
    """The CLI in its own process, which must finish in time (a pipe as the data file once blocked forever)."""
    return subprocess.run([sys.executable, "-m", "jctrack", *args], capture_output=True, text=True, env=ENV, timeout=seconds, check=False)


# --- 11. what is not a regular file is refused before it is locked or read ---------------------------


@pytest.mark.parametrize("command", [COMMANDS[0], COMMANDS[2], COMMANDS[6]], ids=["status", "add-actual", "edit"])
def test_a_named_pipe_as_the_data_file_is_refused_without_blocking(tmp_path: Path, command: list[str]) -> None:
    fifo = tmp_path / "targets.toml"
    os.mkfifo(fifo)
    result = run_bounded(["--file", str(fifo), *command], seconds=20)
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "is a named pipe, not a regular file" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["targets.toml"], "no lock beside a pipe"


@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
@pytest.mark.parametrize("command", COMMANDS[:4], ids=["status", "check", "add-actual", "set-target"])
def test_a_device_as_the_data_file_is_refused_and_gets_no_lock(jc: Any, device: str, command: list[str]) -> None:
    if not Path(device).exists():  # pragma: no cover - every Linux has both
        pytest.skip(f"no {device}")
    had_lock = Path(device + ".lock").exists()
    result = jc(*command, file=Path(device), lang="en")
    one_line_error(result, f"{device} is a device, not a regular file")
    assert Path(device + ".lock").exists() == had_lock


def test_init_on_a_device_makes_no_lock(jc: Any) -> None:
    had_lock = Path("/dev/null.lock").exists()
    one_line_error(jc("init", file=Path("/dev/null"), lang="en"), "/dev/null already exists")
    assert Path("/dev/null.lock").exists() == had_lock


def test_a_data_file_over_the_size_limit_is_refused_before_reading(jc: Any, tmp_path: Path) -> None:
    path = tmp_path / "targets.toml"
    with path.open("wb") as handle:  # sparse: no disk is used, and nothing is read
        handle.truncate(store.MAX_FILE_BYTES + 1024 * 1024)
    for command in (["status"], ["add-actual", "sales", "2019-07", "1"], ["edit"]):
        one_line_error(jc(*command, file=path, lang="en"), "is 201 MB, over the limit of 200 MB")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["targets.toml"]


def test_a_file_that_grows_past_the_limit_while_read_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english: None) -> None:
    path = tmp_path / "targets.toml"
    path.write_text(SAMPLE, encoding="utf-8")
    # As if it had been small when it was checked: the read itself stops at the limit.
    monkeypatch.setattr(store, "_refuse_unless_regular", lambda *args: None)
    with pytest.raises(DataFileError, match="over the limit"):
        store.read_bytes(path, limit=100)


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c[:1]) + str(i) for i, c in enumerate(COMMANDS)])
def test_a_folder_as_the_data_file_is_a_data_error(jc: Any, tmp_path: Path, command: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDITOR", "true")
    folder = tmp_path / "targets.toml"
    folder.mkdir()
    one_line_error(jc(*command, file=folder, lang="en"), "is a directory")
    assert not (tmp_path / "targets.toml.lock").exists()


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c[:1]) + str(i) for i, c in enumerate(COMMANDS)])
def test_a_dangling_link_as_the_data_file_is_a_data_error(
    jc: Any, tmp_path: Path, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITOR", "true")
    link = tmp_path / "targets.toml"
    link.symlink_to(tmp_path / "gone.toml")
    one_line_error(jc(*command, file=link, lang="en"), "does not exist")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["targets.toml"]


def test_an_unreadable_data_file_is_a_data_error(jc: Any, sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def denied(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.fspath(path) == str(sample):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)  # a chmod 000 file, also when the tests run as root
    before = sample.read_bytes()
    for command in (["status"], ["check"], ["add-actual", "sales", "2019-07", "1"], ["export"]):
        one_line_error(jc(*command, lang="en"), "cannot read", "Permission denied")
    assert sample.read_bytes() == before


# Root reads any file: a process of its own without the capabilities that let it (setpriv), so that the test
# exercises the real refusal of the kernel, not a patched call.
DROP_READ_CAPABILITIES = ["--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search"]


def run_without_read_rights(args: list[str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "jctrack", *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:  # pragma: no cover - util-linux is on every Linux this runs on
            pytest.skip("running as root without setpriv, which would drop the right to read any file")
        command = [setpriv, *DROP_READ_CAPABILITIES, *command]
    return subprocess.run(command, capture_output=True, text=True, env=ENV, timeout=60, check=False)


@pytest.mark.parametrize("command", [["status"], ["add-actual", "sales", "2019-07", "1"], ["export"], ["edit"]])
def test_a_data_file_without_read_permission_is_the_one_line_data_error(tmp_path: Path, command: list[str]) -> None:
    path = tmp_path / "targets.toml"
    path.write_text(SAMPLE, encoding="utf-8")
    path.chmod(0)
    result = run_without_read_rights(["--file", str(path), *command])
    assert result.returncode == 1, result.stderr
    assert result.stderr == f"error: cannot read {path}: Permission denied\n"
    path.chmod(0o644)
    assert path.read_text(encoding="utf-8") == SAMPLE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["targets.toml"]


@pytest.mark.parametrize("what", ["folder", "district.toml"])
def test_a_district_that_cannot_be_read_is_the_one_line_data_error(tmp_path: Path, what: str) -> None:
    folder = tmp_path / "district"
    folder.mkdir()
    (folder / "a.toml").write_text(SAMPLE, encoding="utf-8")
    (folder / "district.toml").write_text("name = '区'\n", encoding="utf-8")
    locked = folder if what == "folder" else folder / "district.toml"
    locked.chmod(0)
    try:
        result = run_without_read_rights(["district", "status", str(folder)])
    finally:
        locked.chmod(0o755)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith("error: cannot read ") and result.stderr.endswith(": Permission denied\n"), result.stderr


def test_a_missing_data_file_makes_no_lock(jc: Any, tmp_path: Path) -> None:
    one_line_error(jc("add-actual", "sales", "2019-07", "1", lang="en"), "does not exist; create it with `jctrack init`")
    assert list(tmp_path.iterdir()) == []


# --- nesting beyond any parser ---------------------------------------------------------------------------

# Nesting that overflowed toml-rs's stack and killed the process (a segmentation fault, no message):
# each is read in a process of its own, so that a regression fails this test instead of the test run.
CRASHED = {
    "arrays-20000": "x = " + "[" * 20_000 + "]" * 20_000,
    "arrays-200000": "x = " + "[" * 200_000 + "]" * 200_000,
    "inline-tables-5000": "x = " + "{a=" * 5000 + "1" + "}" * 5000,
    "mixed-3000": "x = [" + "{a=[" * 3000 + "]}" * 3000 + "]",
    "multi-line-arrays-20000": "x = " + "[\n" * 20_000 + "]\n" * 20_000,
    # What toml-rs, reading on past an error, nests although a quote or a backslash comes first:
    "after-a-backslash": '\\" = ' + "{a=" * 5000 + "1" + "}" * 5000,
    "after-a-quote-in-a-key": 'a"""\n' + "x = " + "[" * 20_000 + "]" * 20_000,
    "after-an-open-string": 'x = "abc\ny = ' + "[" * 20_000 + "]" * 20_000,
}
# Nesting that Python's recursion refused (RecursionError from tomli or from a repr of the value).
TOO_DEEP_FOR_PYTHON = {
    "in-a-note-1000": "[indicators.sales.actuals.2019-06]\nvalue = 120\nnote = " + "[" * 1000 + "]" * 1000,
    "dotted-key-5000-parts": ".".join(["a"] * 5000) + " = 1",
    "table-header-5000-parts": "[" + ".".join(["a"] * 5000) + "]",
    "inline-dotted-key-5000-parts": "x = {" + ".".join(["a"] * 5000) + " = 1}",
}


def deep_file(tmp_path: Path, tail: str) -> Path:
    path = tmp_path / "targets.toml"
    text = SAMPLE.replace(
        "[indicators.sales.actuals]\n2018-06 = 95\n2018 = 201\n2019-06 = 120\n", "[indicators.sales.actuals]\n2018 = 201\n"
    )
    path.write_text(text + tail + "\n", encoding="utf-8")
    return path


READ_EACH = """
import sys
from jctrack import store
from jctrack.errors import DataFileError
for name in sys.argv[1:]:
    try:
        store.load(store.Path(name))
        print(name, "loaded")
    except DataFileError as exc:
        print(name, exc.key, exc.params.get("problem", ""))
"""


def test_nesting_that_crashed_the_fast_parser_is_one_error(tmp_path: Path) -> None:
    paths = []
    for number, tail in enumerate(CRASHED.values()):
        folder = tmp_path / str(number)
        folder.mkdir()
        paths.append(deep_file(folder, tail))
    # Every file in one process of its own: a regression kills that process, not the test run.
    read = subprocess.run([sys.executable, "-c", READ_EACH, *map(str, paths)], capture_output=True, text=True, env=ENV, timeout=120)
    assert read.returncode == 0, (read.returncode, read.stderr[-300:])
    # Nesting refused as too deep, or the damage before it as not TOML: a message either way, from tomli.
    said = dict(line.split(" ", 2)[:2] for line in read.stdout.splitlines())
    assert said == {str(path): "msg.not_toml" if "after" in name else "msg.too_deep" for name, path in zip(CRASHED, paths, strict=True)}
    # And through the command line: one line, exit 1, the file as it was.
    path = paths[list(CRASHED).index("arrays-20000")]
    before = path.read_bytes()
    for command in (["status"], ["add-actual", "sales", "2019-07", "1"]):
        result = run_bounded(["--file", str(path), *command])
        assert result.returncode == 1, (result.returncode, result.stderr[-300:])
        assert result.stderr.startswith("error: ") and "nests arrays or tables too deeply" in result.stderr
        assert result.stderr.count("\n") == 1
    assert path.read_bytes() == before


@pytest.mark.parametrize("tail", TOO_DEEP_FOR_PYTHON.values(), ids=list(TOO_DEEP_FOR_PYTHON))
def test_nesting_too_deep_for_python_is_one_error(jc: Any, tmp_path: Path, tail: str) -> None:
    path = deep_file(tmp_path, tail)
    before = path.read_bytes()
    for command in (["status"], ["add-actual", "sales", "2019-07", "1"]):
        one_line_error(jc(*command, lang="en"), "nests arrays or tables too deeply")
    assert path.read_bytes() == before


@pytest.mark.parametrize("use_fast", [True, False], ids=["toml-rs", "tomli"])
def test_deep_nesting_is_too_deep_with_either_parser(monkeypatch: pytest.MonkeyPatch, use_fast: bool, english: None) -> None:
    if not use_fast:
        monkeypatch.setattr(store, "fast_reader", None)
    with pytest.raises(DataFileError, match="nests arrays or tables too deeply"):
        store.parse(SAMPLE + "x = " + "[" * 20_000 + "]" * 20_000 + "\n")
    with pytest.raises(DataFileError, match="nests arrays or tables too deeply"):
        store.parse(SAMPLE + "x = {" + ".".join(["a"] * 2000) + " = 1}\n")


def test_many_brackets_are_read_by_the_fast_parser_on_a_stack_sized_for_them(monkeypatch: pytest.MonkeyPatch) -> None:
    text = SAMPLE + "".join(f'\n[indicators.i{n}]\nname = "指标{n}"\nunit = "亿元"\naliases = ["别名{n}"]\n' for n in range(400))
    assert text.count("[") > store.FAST_PARSER_MAIN_THREAD_BRACKETS
    fast = store.parse(text)
    monkeypatch.setattr(store, "fast_reader", None)
    assert store.dumps(fast) == store.dumps(store.parse(text))


def test_a_text_needing_more_stack_than_the_limit_goes_to_the_reference_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    assert store.fast_reader is not None
    real_loads = store.fast_reader.loads

    class Counting:
        @staticmethod
        def loads(text: str, **options: Any) -> Any:
            calls.append(len(text))
            return real_loads(text, **options)

    monkeypatch.setattr(store, "fast_reader", Counting)
    monkeypatch.setattr(store, "FAST_PARSER_STACK_LIMIT", 1024 * 1024)
    text = SAMPLE + "".join(f"\n[indicators.i{n}]\nname = 'n{n}'\nunit = '亿元'\n" for n in range(400))
    assert store.parse(text).indicators["i399"].name == "n399"
    assert calls == []
    monkeypatch.setattr(store, "FAST_PARSER_STACK_LIMIT", 1024 * 1024 * 1024)
    store.parse(text)
    assert len(calls) == 1


# --- 5. the file is verified before it is replaced; a symlinked lock is never followed ----------------


def test_a_change_made_meanwhile_without_the_lock_is_not_overwritten(sample: Path, english: None) -> None:
    with pytest.raises(DataFileError, match="was changed by another program while this command ran"):
        with store.transaction(sample) as data:
            data.store.entity = "我们的改动"
            sample.write_text(SAMPLE.replace("测试镇", "他们的改动"), encoding="utf-8")
            data.changed()
    assert "他们的改动" in sample.read_text(encoding="utf-8")


def test_a_symlink_planted_at_the_lock_is_not_followed(jc: Any, sample: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    store.lock_path(sample).symlink_to(victim)
    before = sample.read_bytes()
    one_line_error(jc("add-actual", "sales", "2019-07", "1", lang="en"), "cannot create the lock file")
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert sample.read_bytes() == before


def test_a_waiter_whose_lock_file_was_deleted_locks_the_one_now_at_its_name(sample: Path) -> None:
    """`git clean -X` deletes a lock someone holds while another waits on it: when the holder finishes, the
    waiter must not count the deleted file as the lock while a third holds the new one."""
    import threading
    import time

    holder = store.locked(sample)
    holder.__enter__()
    waiter_has_it, let_go = threading.Event(), threading.Event()

    def wait_then_hold() -> None:
        with store.locked(sample, timeout=10):
            waiter_has_it.set()
            let_go.wait(10)

    waiter = threading.Thread(target=wait_then_hold)
    waiter.start()
    time.sleep(0.1)  # the waiter is now waiting on the first lock file
    store.lock_path(sample).unlink()
    with store.locked(sample, timeout=1):  # a third writer makes and holds a new lock file
        holder.__exit__(None, None, None)
        assert not waiter_has_it.wait(0.3)
    assert waiter_has_it.wait(10)
    let_go.set()
    waiter.join()


# --- 6. an output never lands on the data file; a link is replaced, not written through -----------------


@pytest.mark.parametrize("command", [["report", "--format", "text"], ["export", "--format", "csv"]])
def test_an_output_onto_the_data_file_or_its_lock_is_refused(jc: Any, sample: Path, tmp_path: Path, command: list[str]) -> None:
    link = tmp_path / "link.toml"
    link.symlink_to(sample)
    with store.locked(sample):
        pass  # the lock file exists
    before = sample.read_bytes()
    for output in (sample, store.lock_path(sample), link):
        one_line_error(jc(*command, "--output", str(output), lang="en"), "is the data file or its lock")
    assert sample.read_bytes() == before and link.is_symlink()


@pytest.mark.parametrize("command", [["report", "--format", "text"], ["export", "--format", "csv"]])
def test_an_output_that_is_a_link_is_replaced_not_written_through(jc: Any, sample: Path, tmp_path: Path, command: list[str]) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    out = tmp_path / "out.txt"
    out.symlink_to(victim)
    assert jc(*command, "--output", str(out), lang="en").exit_code == 0
    assert not out.is_symlink() and "工业开票销售" in out.read_text(encoding="utf-8-sig")
    assert victim.read_text(encoding="utf-8") == "keep me"


def test_an_output_onto_a_device_or_a_pipe_is_refused(jc: Any, sample: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    for output in (str(fifo), "/dev/null"):
        one_line_error(jc("report", "--format", "text", "--output", output, lang="en"), "not a regular file", "--output -")
    assert Path("/dev/null").is_char_device()


# --- 11. JCTRACK_LOCK_TIMEOUT; the schema version ----------------------------------------------------------


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "3601", "ten", "1e400"])
def test_a_bad_lock_timeout_is_one_error(jc: Any, sample: Path, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("JCTRACK_LOCK_TIMEOUT", value)
    before = sample.read_bytes()
    one_line_error(jc("add-actual", "sales", "2019-07", "1", lang="en"), f"JCTRACK_LOCK_TIMEOUT is '{value}'", "from 0 to 3600")
    assert sample.read_bytes() == before


def test_a_lock_timeout_of_zero_gives_up_at_once(sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JCTRACK_LOCK_TIMEOUT", "0")
    held = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with store.locked(sample, timeout=5):
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert held.wait(5)
        with pytest.raises(LockError):
            with store.transaction(sample):
                pass
    finally:
        release.set()
        holder.join()


@pytest.mark.parametrize("version", ["true", "1.0", '"1"', "2", "0"])
def test_a_schema_version_that_is_not_the_integer_one_is_refused(jc: Any, tmp_path: Path, version: str) -> None:
    path = tmp_path / "targets.toml"
    path.write_text(SAMPLE.replace("schema_version = 1", f"schema_version = {version}"), encoding="utf-8")
    before = path.read_bytes()
    one_line_error(jc("status", lang="en"), "schema_version is")
    one_line_error(jc("add-actual", "sales", "2019-07", "1", lang="en"), "schema_version is")
    assert path.read_bytes() == before


# --- edit: every wrong thing an editor can do to its copy -------------------------------------------------


def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str) -> None:
    path = tmp_path / "editor.sh"
    path.write_text("#!/bin/sh\n" + script + "\n", encoding="utf-8")
    path.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(path))
    monkeypatch.delenv("VISUAL", raising=False)


def copies(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in tmp_path.iterdir() if ".edit-" in p.name)


EDITS = {
    "deletes-its-copy": ('rm "$1"', "the editor removed or replaced its copy", False),
    "puts-a-folder-there": ('rm "$1"; mkdir "$1"', "the editor removed or replaced its copy", True),
    "puts-a-pipe-there": ('rm "$1"; mkfifo "$1"', "the editor removed or replaced its copy", True),
    "puts-a-dangling-link-there": ('rm "$1"; ln -s /nonexistent/x "$1"', "the editor removed or replaced its copy", True),
    "nests-deeply": (
        f"{sys.executable} -c \"import sys; open(sys.argv[1], 'a').write('x = ' + '[' * 30000 + ']' * 30000 + '\\\\n')\" \"$1\"",
        "nests arrays or tables too deeply",
        True,
    ),
    "writes-a-huge-integer": (
        f"{sys.executable} -c \"import sys; open(sys.argv[1], 'a').write('x = 1' + '0' * 5000 + '\\\\n')\" \"$1\"",
        "has an integer too long to read",
        True,
    ),
    "writes-a-control-character": ("sed -i 's/测试镇/测试\\\\u001b镇/' \"$1\"", "entity contains the control character U+001B", True),
    "leaves-it-empty": (': > "$1"', "the edited copy is empty", False),
    "makes-it-too-large": (
        f'{sys.executable} -c "import sys; open(sys.argv[1], \'ab\').truncate(201 * 1024 * 1024)" "$1"',
        "over the limit",
        True,
    ),
}


@pytest.mark.parametrize(("script", "says", "kept"), EDITS.values(), ids=list(EDITS))
def test_edit_refuses_every_wrong_copy_in_one_line(
    jc: Any, sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str, says: str, kept: bool
) -> None:
    editor(tmp_path, monkeypatch, script)
    before = sample.read_bytes()
    result = run_bounded(["--file", str(sample), "edit"], seconds=60) if "pipe" in script else None
    if result is not None:
        assert result.returncode == 1 and says in result.stderr and result.stderr.count("\n") == 1, result.stderr
    else:
        one_line_error(jc("edit", lang="en"), says)
    assert sample.read_bytes() == before
    assert bool(copies(tmp_path)) == kept


def test_edit_on_a_full_disk_leaves_no_copy(jc: Any, sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    editor(tmp_path, monkeypatch, "true")
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def __enter__(self) -> Full:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_fdopen(fd, mode, *args, **kwargs)
        return Full(handle) if mode == "w" else handle

    monkeypatch.setattr(os, "fdopen", fdopen)
    before = sample.read_bytes()
    one_line_error(jc("edit", lang="en"), "the disk is full", "the file is unchanged")
    assert sample.read_bytes() == before and copies(tmp_path) == []


def test_edit_in_a_read_only_folder_is_one_error(jc: Any, sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    editor(tmp_path, monkeypatch, "true")

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    before = sample.read_bytes()
    one_line_error(jc("edit", lang="en"), "cannot write beside", "Permission denied")
    assert sample.read_bytes() == before and copies(tmp_path) == []


def test_edit_whose_install_hits_a_full_disk_keeps_the_edit(jc: Any, sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    editor(tmp_path, monkeypatch, "sed -i 's/测试镇/新镇/' \"$1\"")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    before = sample.read_bytes()
    one_line_error(jc("edit", lang="en"), "the disk is full", "your edit is kept in")
    assert sample.read_bytes() == before
    [kept] = copies(tmp_path)
    assert "新镇" in (tmp_path / kept).read_text(encoding="utf-8")
