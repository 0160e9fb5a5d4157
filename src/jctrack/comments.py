"""Comments a person wrote in the data file, kept across jctrack's canonical rewrites.

jctrack rewrites the whole file in one canonical form at every change. A comment is attached to what
it was written beside: a comment line (or block) to the key or table that follows it, a comment at the
end of a line to that line's key or table, and comments after the last line to the end of the file.
The writer puts each back before (or at the end of) the same key or table in the new text.

Keys are compared by their path, not their spelling: `2019-6 = 120` under `[indicators.x.actuals]` and a
later `[indicators.x.actuals.2019-06]` table are the same value, so its comment follows it. An indicator
given a new id takes its comments with it (`moved`). A comment whose key or table is gone from the new
text (a value removed) is put before the nearest related line still there — or at the end of the file —
under a line saying where it was; reading the file again attaches it to that place once more, so when
the value comes back (`undo`), so does its comment, where it was. No comment is ever dropped.

A file without comments costs nothing: `extract` returns None at the first test, and the writer's output
is then byte for byte what it was.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

Path = tuple[str, ...]


@dataclass
class Comments:
    before: dict[Path, list[str]] = field(default_factory=dict)  # comment lines preceding a key or table
    inline: dict[Path, str] = field(default_factory=dict)  # the comment at the end of its line
    end: list[str] = field(default_factory=list)  # comments after the last key or table

    def __bool__(self) -> bool:
        return bool(self.before or self.inline or self.end)

    def count(self) -> int:
        return sum(len(lines) for lines in self.before.values()) + len(self.inline) + len(self.end)

    def moved(self, old: Path, new: Path) -> Comments:
        """The comments of everything under `old` (an indicator's table) under `new` instead: a renamed id."""

        def at(path: Path) -> Path:
            return (*new, *path[len(old) :]) if path[: len(old)] == old else path

        return Comments(
            {at(path): lines for path, lines in self.before.items()},
            {at(path): comment for path, comment in self.inline.items()},
            list(self.end),
        )


# --- reading ----------------------------------------------------------------------------------------


def comment_start(line: str) -> int:
    """Where a comment starts in a line (outside quoted strings), or -1."""
    if "#" not in line:
        return -1
    quote = ""
    escaped = False
    for index, char in enumerate(line):
        if quote:
            if escaped:
                escaped = False
            elif char == "\\" and quote == '"':
                escaped = True
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "#":
            return index
    return -1


def key_path(text: str) -> Path:
    """The segments of a dotted TOML key as written: a.b, "a b".c, 'x'.y (spaces around dots allowed)."""
    if '"' not in text and "'" not in text:
        return tuple(part.strip() for part in text.split("."))
    segments: list[str] = []
    current: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char in "\"'":
            end = index + 1
            value: list[str] = []
            while end < len(text) and text[end] != char:
                if char == '"' and text[end] == "\\" and end + 1 < len(text):
                    escape = text[end + 1]
                    value.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(escape, escape))
                    end += 2
                    continue
                value.append(text[end])
                end += 1
            current.append("".join(value))
            index = end + 1
            continue
        if char == ".":
            segments.append("".join(current).strip())
            current = []
        else:
            current.append(char)
        index += 1
    segments.append("".join(current).strip())
    return tuple(segments)


def _canonical(path: Path) -> Path:
    """A period key as the writer spells it (2019-6 → 2019-06), so that hand-written keys match."""
    if len(path) >= 4 and path[0] == "indicators" and path[2] in ("actuals", "targets"):
        from jctrack.errors import JctrackError
        from jctrack.model import Period

        try:
            period = str(Period.parse(path[3]))
        except JctrackError:
            return path
        if period != path[3]:
            return (*path[:3], period, *path[4:])
    return path


class _Tables:
    """The table a line belongs to, with arrays of tables ([[revisions]]) numbered.

    A header's path is worked out only when a comment needs it: a district's file has tens of thousands
    of headers and a handful of comments.
    """

    def __init__(self) -> None:
        self._header = ""
        self._path: Path | None = ()
        self.arrays: dict[Path, int] = {}

    @property
    def current(self) -> Path:
        if self._path is None:
            self._path = self._numbered(key_path(self._header))
        return self._path

    def header(self, line: str) -> bool:
        """Take a table header line as the current table; False if it is none."""
        stripped = line.strip()
        is_array = stripped.startswith("[[")
        close = stripped.find("]]" if is_array else "]")
        if close < 0:
            return False
        inside = stripped[2 if is_array else 1 : close]
        if is_array:
            segments = key_path(inside)
            self.arrays[segments] = self.arrays.get(segments, -1) + 1
            self._header, self._path = inside, self._numbered(segments)
        else:
            self._header, self._path = inside, None
        return True

    def _numbered(self, segments: Path) -> Path:
        if not self.arrays:
            return segments
        for length in range(len(segments), 0, -1):
            prefix = segments[:length]
            if prefix in self.arrays:
                return (*prefix[:-1], f"{prefix[-1]}[{self.arrays[prefix]}]", *segments[length:])
        return segments


def _bracket_balance(value: str) -> int:
    """How many more [ than ] a value opens (outside strings): a multi-line array continues while > 0."""
    if "[" not in value and "{" not in value and "]" not in value and "}" not in value:
        return 0
    balance = 0
    quote = ""
    for char in value:
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char in "[{":
            balance += 1
        elif char in "]}":
            balance -= 1
    return balance


def extract(text: str) -> Comments | None:
    """The comments of a data file's text, attached to what they stand beside; None when there are none.

    Only the tables that hold a comment are read line by line (a district's file has hundreds of
    thousands of lines and a handful of comments); a file with multi-line strings is read whole.
    """
    if "#" not in text:
        return None
    found = Comments()
    if '"""' in text or "'''" in text:
        _scan(text.splitlines(), found, _Tables(), at_end=True)
        return found if found else None
    # Each comment's table starts after the last "\n[" before it; the tables are found from the comments,
    # never by indexing every header of the file.
    sections = sorted({text.rfind("\n[", 0, position) + 1 for position in _hash_positions(text)})
    arrays = [(match.start(), key_path(match.group(1))) for match in _ARRAY_HEADER.finditer(text)] if "[[" in text else []
    runs: list[list[int]] = []  # tables that follow one another, read as one piece
    for start in sections:
        if runs and _next_table(text, runs[-1][-1]) == start:
            runs[-1].append(start)
        else:
            runs.append([start])
    for run in runs:
        begin, following = run[0], _next_table(text, run[-1])
        if following is not None:  # through the next table's header line, which a trailing comment belongs to
            next_line_end = text.find("\n", following)
            end = len(text) if next_line_end < 0 else next_line_end
        else:
            end = len(text)
        tables = _Tables()
        for position, path in arrays:
            if position < begin:
                tables.arrays[path] = tables.arrays.get(path, -1) + 1
        _scan(text[begin:end].splitlines(), found, tables, at_end=following is None)
    return found if found else None


def _next_table(text: str, start: int) -> int | None:
    """Where the table after the one starting at `start` starts (its "["), or None at the end of the file."""
    found = text.find("\n[", start)
    return None if found < 0 else found + 1


_ARRAY_HEADER = re.compile(r"^[ \t]*\[\[([^\]\n]*)\]\]", re.MULTILINE)


def _hash_positions(text: str) -> Iterator[int]:
    position = text.find("#")
    while position >= 0:
        yield position
        position = text.find("#", position + 1)


def _scan(lines: list[str], found: Comments, tables: _Tables, at_end: bool) -> None:
    """Read lines for comments, attaching each to the key or table it stands beside."""
    pending: list[str] = []
    open_value: Path | None = None  # the key whose multi-line array or string is being read
    depth = 0
    in_string = ""

    def attach_inline(path: Path, comment: str) -> None:
        path = _canonical(path)
        found.inline[path] = f"{found.inline[path]} {comment}" if path in found.inline else comment

    for line in lines:
        if in_string:
            if in_string in line:
                in_string = ""
            continue
        stripped = line.strip()
        if not stripped and pending:
            pending.append("")  # a blank line ends what a marker line names (the file's last comments follow)
            continue
        if open_value is not None:
            start = comment_start(line)
            if start >= 0:
                attach_inline(open_value, line[start:].strip())
                line = line[:start]
            depth += _bracket_balance(line)
            if depth <= 0:
                open_value, depth = None, 0
            continue
        if not stripped:
            continue
        if stripped.startswith("#"):
            pending.append(stripped)
            continue
        start = comment_start(line)
        code = line if start < 0 else line[:start]
        wanted = bool(pending) or start >= 0
        if stripped.startswith("["):
            if not tables.header(code):
                continue
            path = tables.current if wanted else ()
        else:
            equals = code.find("=")
            if equals < 0:
                continue
            value = code[equals + 1 :]
            for delimiter in ('"""', "'''"):
                if delimiter in value and value.count(delimiter) == 1:
                    in_string = delimiter
            balance = _bracket_balance(value)
            if not wanted and balance <= 0:
                continue
            path = tables.current + key_path(code[:equals])
            if balance > 0:
                open_value, depth = path, balance
        if pending:
            _attach(found, _canonical(path), pending)
            pending = []
        if start >= 0:
            attach_inline(path, line[start:].strip())
    if at_end:
        _attach(found, None, pending)


@functools.cache
def _markers() -> list[tuple[re.Pattern[str], bool]]:
    """The lines the writer puts above a comment whose place is gone, in either language, and whether the
    comment under it stood at the end of its line."""
    from jctrack.words import texts
    from jctrack.words.intake import IntakeWord

    found = []
    for key, inline in ((IntakeWord.COMMENT_WAS_AT, False), (IntakeWord.COMMENT_WAS_AT_LINE_END, True)):
        for template in texts()[key.value]:
            pattern = re.escape(template).replace(re.escape("{path}"), r"(?P<path>\S+)")
            found.append((re.compile(f"^{pattern}$"), inline))
    return found


def _marked(line: str) -> tuple[Path, bool] | None:
    """The place a marker line names (and whether its comment was at a line's end), or None for a comment."""
    if "#" not in line[1:]:  # a marker holds no other "#": test the patterns only for lines that could be one
        for pattern, inline in _markers():
            match = pattern.match(line)
            if match is not None:
                return _canonical(tuple(match.group("path").split("."))), inline
    return None


def _attach(found: Comments, path: Path | None, lines: list[str]) -> None:
    """Comment lines read before `path` (None: at the end of the file). The lines under a marker the writer
    put there belong to the place it names, so that they go back there when it is in the file again."""
    own: list[str] = []
    place: tuple[Path, bool] | None = None
    for line in lines:
        marked = _marked(line) if line else None
        if not line:
            place = None
        elif marked is not None:
            place = marked
        elif place is None:
            own.append(line)
        elif place[1]:
            found.inline[place[0]] = line
            place = (place[0], False)  # anything more under it was written before its key
        else:
            found.before.setdefault(place[0], []).append(line)
    if not own:
        return
    if path is None:
        found.end.extend(own)
    else:
        found.before.setdefault(path, []).extend(own)


# --- writing ----------------------------------------------------------------------------------------

_BARE = re.compile(r"[A-Za-z0-9_-]+")  # matched whole: a key with a line feed is never bare
_HEADER_LINE = re.compile(r"^\[(\[?)([^\]\n]*)\]\]?", re.MULTILINE)


def reinsert(text: str, comments: Comments | None) -> str:
    """The canonical `text` with `comments` put back beside the keys and tables they belong to.

    The writer's text is indexed by its table headers once; each comment's key is then found within its
    table, so the cost is one pass over the headers, not over every line.
    """
    if not comments:
        return text
    paths = list(dict.fromkeys([*comments.before, *comments.inline]))
    # The common case, keys spelled bare as the writer spells them: each is found by its spelling, and the
    # headers are indexed by their text alone. A quoted key or a table in an array takes the full index.
    spelled = all(_BARE.fullmatch(segment) for path in paths for segment in path)
    located = _lines_by_spelling(text, paths) if spelled else _lines_by_path(text, paths)
    before: dict[int, list[str]] = {}
    after: dict[int, str] = {}  # inline comments, at the end of the line starting there
    orphans: list[Path] = []
    for path in paths:
        line = located.get(path)
        if line is None:
            orphans.append(path)
            continue
        if path in comments.before:
            before.setdefault(line, []).extend(comments.before[path])
        if path in comments.inline:
            after[line] = comments.inline[path]
    tail: list[str] = []  # comments of what is gone with nothing related left: at the end
    if orphans:
        from jctrack.words import say
        from jctrack.words.intake import IntakeWord

        order = _header_index(text)[1]

        for path in orphans:
            lines = []
            if path in comments.before:
                lines += [say(IntakeWord.COMMENT_WAS_AT, path=".".join(path)), *comments.before[path]]
            if path in comments.inline:
                lines += [say(IntakeWord.COMMENT_WAS_AT_LINE_END, path=".".join(path)), comments.inline[path]]
            position = _nearest(path, order)
            if position is None:
                tail.extend(lines)
            else:
                before.setdefault(position, []).extend(lines)
    pieces: list[str] = []
    cursor = 0
    for position in sorted(set(before) | set(after)):
        if position in before:
            pieces.append(text[cursor:position])
            pieces.append("".join(line + "\n" for line in before[position]))
            cursor = position
        if position in after:
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            pieces.append(text[cursor:end] + "  " + after[position])
            cursor = end
    pieces.append(text[cursor:])
    written = "".join(pieces)
    for block in (tail, comments.end):
        if block:
            written += ("" if written.endswith("\n\n") else "\n") + "".join(line + "\n" for line in block)
    return written


def _header_index(text: str) -> tuple[dict[Path, int], list[tuple[Path, int]]]:
    """Every table header of the writer's text by its path (a table in an array numbered: revisions[3]),
    and the headers in order."""
    headers: dict[Path, int] = {}  # each table's path → where its header line starts
    order: list[tuple[Path, int]] = []
    arrays: dict[str, int] = {}
    for match in _HEADER_LINE.finditer(text):
        inside = match.group(2)
        if match.group(1):
            arrays[inside] = arrays.get(inside, -1) + 1
            path: Path = (f"{inside}[{arrays[inside]}]",)
        else:
            path = key_path(inside)
            if arrays and path[0] in arrays:
                path = (f"{path[0]}[{arrays[path[0]]}]", *path[1:])
        headers[path] = match.start()
        order.append((path, match.start()))
    return headers, order


def _lines_by_path(text: str, paths: list[Path]) -> dict[Path, int]:
    """Where each path's line starts, by the full index of the headers."""
    headers, order = _header_index(text)
    ends = {path: order[i + 1][1] if i + 1 < len(order) else len(text) for i, (path, _) in enumerate(order)}
    first = order[0][1] if order else len(text)
    located = {}
    for path in paths:
        if path in headers:
            located[path] = headers[path]
            continue
        table = path[:-1]
        if table and table not in headers:
            continue
        start, end = (headers[table], ends[table]) if table else (0, first)
        line = _key_line(text, path[-1], start, end)
        if line is not None:
            located[path] = line
    return located


def _lines_by_spelling(text: str, paths: list[Path]) -> dict[Path, int]:
    """Where each path's line starts, its table found by the header's text (a path of bare keys only)."""
    headers: dict[str, int] = {}
    for match in _HEADER_LINE.finditer(text):
        if not match.group(1):
            headers.setdefault(match.group(2), match.start())
    first = min(headers.values(), default=len(text))
    located = {}
    for path in paths:
        spelled = ".".join(path)
        if spelled in headers:
            located[path] = headers[spelled]
            continue
        table = ".".join(path[:-1])
        if table and table not in headers:
            continue
        start = headers[table] if table else 0
        end = first if not table else (text.find("\n[", start + 1) + 1 or len(text))
        line = _key_line(text, path[-1], start, end)
        if line is not None:
            located[path] = line
    return located


def _key_line(text: str, key: str, start: int, end: int) -> int | None:
    """Where the line `key = …` starts between `start` and `end` (a table's lines), or None."""
    if not _BARE.fullmatch(key):
        return None
    prefix = f"{key} = "
    if text.startswith(prefix, start):
        return start
    found = text.find("\n" + prefix, start, end)
    return None if found < 0 else found + 1


def _nearest(path: Path, order: list[tuple[Path, int]]) -> int | None:
    """The first table below `path`, else its nearest parent table still there."""
    for candidate, position in order:
        if candidate[: len(path)] == path:
            return position
    for length in range(len(path) - 1, 1, -1):
        for candidate, position in order:
            if candidate == path[:length]:
                return position
    return None
