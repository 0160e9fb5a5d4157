"""GitHub-flavoured Markdown table of the status rows."""

from __future__ import annotations

from typing import TextIO

from jctrack.calc import StatusReport
from jctrack.render.cells import HEADERS, NUMERIC_COLUMNS, STATED_FOOTNOTE, cells, has_stated, title


def escape(text: str) -> str:
    """Keep a name with | or a line break from breaking the table."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def table(headers: tuple[str, ...] | list[str], body: list[list[str]], numeric: frozenset[int]) -> str:
    align = ["---:" if i in numeric else "---" for i in range(len(headers))]
    lines = ["| " + " | ".join(escape(h) for h in headers) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(escape(c) for c in row) + " |" for row in body]
    return "\n".join(lines) + "\n"


def render(report: StatusReport, stream: TextIO) -> None:
    stream.write(f"## {escape(title(report))}\n\n")
    stream.write(table(HEADERS, [cells(row) for row in report.rows], NUMERIC_COLUMNS))
    if has_stated(report):
        stream.write(f"\n{STATED_FOOTNOTE}\n")
