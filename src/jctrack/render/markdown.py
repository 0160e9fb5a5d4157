"""GitHub-flavoured Markdown table of the status rows."""

from __future__ import annotations

from typing import TextIO

from jctrack.calc import StatusReport
from jctrack.render.cells import NUMERIC_COLUMNS, ZH, Labels, cells, has_stated, title


def escape(text: str) -> str:
    """Keep a name with | or a line break from breaking the table."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def table(headers: tuple[str, ...] | list[str], body: list[list[str]], numeric: frozenset[int]) -> str:
    align = ["---:" if i in numeric else "---" for i in range(len(headers))]
    lines = ["| " + " | ".join(escape(h) for h in headers) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(escape(c) for c in row) + " |" for row in body]
    return "\n".join(lines) + "\n"


def status_section(report: StatusReport, labels: Labels = ZH, heading: str = "##") -> str:
    text = f"{heading} {escape(title(report, labels))}\n\n"
    text += table(labels.headers, [cells(row, labels) for row in report.rows], NUMERIC_COLUMNS)
    if has_stated(report):
        # A leading "* " would start a Markdown list.
        text += "\n" + escape(labels.stated_footnote).replace("*", "\\*", 1) + "\n"
    return text


def render(report: StatusReport, stream: TextIO) -> None:
    stream.write(status_section(report))
