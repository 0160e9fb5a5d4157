"""Output formats of the status rows: one renderer per format, each writing to a given stream."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TextIO, assert_never

from jctrack.calc import StatusReport


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


class ReportFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    XLSX = "xlsx"
    CSV = "csv"
    JSON = "json"


# `report --output FILE` takes its format from the suffix unless --format says otherwise.
REPORT_SUFFIXES = {
    ".txt": ReportFormat.TEXT,
    ".md": ReportFormat.MARKDOWN,
    ".markdown": ReportFormat.MARKDOWN,
    ".html": ReportFormat.HTML,
    ".htm": ReportFormat.HTML,
    ".xlsx": ReportFormat.XLSX,
    ".csv": ReportFormat.CSV,
    ".json": ReportFormat.JSON,
}

Renderer = Callable[[StatusReport, TextIO], None]


def renderer_for(output_format: Format) -> Renderer:
    """The renderer of a format; imported on demand so `status` loads only the one it prints."""
    if output_format is Format.TABLE:
        return _table
    if output_format is Format.JSON:
        from jctrack.render import jsonout

        return jsonout.render
    if output_format is Format.CSV:
        from jctrack.render import csvout

        return csvout.render
    if output_format is Format.MARKDOWN:
        from jctrack.render import markdown

        return markdown.render
    assert_never(output_format)


def _table(report: StatusReport, stream: TextIO) -> None:
    """Rich on a terminal; plain aligned text when piped or redirected (no box drawing, no colour codes).

    Rich lays out about a thousand rows a second and takes a tenth of `status`'s start-up to import;
    a cron job or a district's 1,800 indicators piped to a file should pay for neither.
    """
    if stream.isatty():
        from jctrack.render import table

        table.render(report, stream)
    else:
        from jctrack.render.plaintext import plain_table

        stream.write(plain_table(report))
