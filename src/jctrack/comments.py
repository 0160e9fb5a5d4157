"""Comments a person wrote in the data file, kept across jctrack's canonical rewrites.

jctrack rewrites the whole file in one canonical form at every change. A comment is attached to what
it was written beside: a comment line (or block) to the key or table that follows it, a comment at the
end of a line to that line's key or table, and comments after the last line to the end of the file.
The writer puts each back before (or at the end of) the same key or table in the new text.

Keys are compared by their path, not their spelling: `2019-6 = 120` under `[indicators.x.actuals]` and a
later `[indicators.x.actuals.2019-06]` table are the same value, so its comment follows it. A comment
whose key or table is gone from the new text (a value removed, an indicator renamed) is put before the
nearest related line still there — or at the end of the file — under a line saying where it was. No
comment is ever dropped.

A file without comments costs nothing: `extract` returns None at the first test, and the writer's output
is then byte for byte what it was.
"""

from __future__ import annotations

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
    """The table a line belongs to, with arrays of tables ([[revisions]]) numbered."""

    def __init__(self) -> None:
        self.current: Path = ()
        self.arrays: dict[Path, int] = {}

    def header(self, line: str) -> Path | None:
        """The path of a table header line, which becomes the current table; None if it is none."""
        stripped = line.strip()
        is_array = stripped.startswith("[[")
        close = stripped.find("]]" if is_array else "]")
        if close < 0:
            return None
        segments = key_path(stripped[2 if is_array else 1 : close])
        if is_array:
            self.arrays[segments] = self.arrays.get(segments, -1) + 1
        self.current = self._numbered(segments)
        return self.current

    def _numbered(self, segments: Path) -> Path:
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
    """The comments of a data file's text, attached to what they stand beside; None when there are none."""
    if "#" not in text:
        return None
    found = Comments()
    tables = _Tables()
    pending: list[str] = []
    open_value: Path | None = None  # the key whose multi-line array or string is being read
    depth = 0
    in_string = ""

    def attach_inline(path: Path, comment: str) -> None:
        path = _canonical(path)
        found.inline[path] = f"{found.inline[path]} {comment}" if path in found.inline else comment

    for line in text.splitlines():
        if in_string:
            if in_string in line:
                in_string = ""
            continue
        stripped = line.strip()
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
        if stripped.startswith("["):
            path = tables.header(code)
            if path is None:
                continue
        else:
            equals = code.find("=")
            if equals < 0:
                continue
            path = tables.current + key_path(code[:equals])
            value = code[equals + 1 :]
            for delimiter in ('"""', "'''"):
                if value.count(delimiter) == 1:
                    in_string = delimiter
            balance = _bracket_balance(value)
            if balance > 0:
                open_value, depth = path, balance
        if pending:
            found.before.setdefault(_canonical(path), []).extend(pending)
            pending = []
        if start >= 0:
            attach_inline(path, line[start:].strip())
    found.end.extend(pending)
    return found if found else None


# --- writing ----------------------------------------------------------------------------------------


def reinsert(text: str, comments: Comments | None) -> str:
    """The canonical `text` with `comments` put back beside the keys and tables they belong to."""
    if not comments:
        return text
    lines = text.split("\n")
    ending = lines.pop() if lines and lines[-1] == "" else None
    wanted = set(comments.before) | set(comments.inline)
    wanted_tables = {path[:-1] for path in wanted}
    tables = _Tables()
    out: list[str] = []
    used: set[Path] = set()
    seen: list[tuple[Path, int]] = []  # the tables (and keys looked at) of the text, with where they went in `out`
    for line in lines:
        path: Path | None = None
        if line.startswith("["):
            path = tables.header(line)
        elif line and line[0] not in " ]" and " = " in line:
            if tables.current in wanted_tables:  # a key's path is made only where a comment may belong
                path = tables.current + key_path(line[: line.index(" = ")])
        if path is not None:
            seen.append((path, len(out)))
            if path in wanted:
                used.add(path)
                out.extend(comments.before.get(path, ()))
                if path in comments.inline:
                    line = f"{line}  {comments.inline[path]}"
        out.append(line)
    orphans = [path for path in list(comments.before) + list(comments.inline) if path not in used]
    if orphans:
        out = _place_orphans(out, dict.fromkeys(orphans), comments, seen)
    if comments.end:
        if out and out[-1].strip():
            out.append("")
        out.extend(comments.end)
    if ending is not None:
        out.append(ending)
    return "\n".join(out)


def _place_orphans(out: list[str], orphans: dict[Path, None], comments: Comments, seen: list[tuple[Path, int]]) -> list[str]:
    """Put comments whose key is gone before the first line below that key, else its nearest parent, else at the end."""
    from jctrack.words import say
    from jctrack.words.intake import IntakeWord

    inserts: dict[int, list[str]] = {}
    tail: list[str] = []
    for path in orphans:
        lines = [say(IntakeWord.COMMENT_WAS_AT, path=".".join(path))]
        lines += comments.before.get(path, [])
        if path in comments.inline:
            lines.append(comments.inline[path])
        position = _position_for(path, seen)
        if position is None:
            tail.extend(lines)
        else:
            inserts.setdefault(position, []).extend(lines)
    placed: list[str] = []
    for index, line in enumerate(out):
        placed.extend(inserts.get(index, ()))
        placed.append(line)
    return placed + tail


def _position_for(path: Path, seen: list[tuple[Path, int]]) -> int | None:
    for candidate, position in seen:
        if candidate[: len(path)] == path:
            return position
    for length in range(len(path) - 1, 1, -1):
        for candidate, position in seen:
            if candidate == path[:length]:
                return position
    return None
