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


Renderer = Callable[[StatusReport, TextIO], None]


def renderer_for(output_format: Format) -> Renderer:
    """The renderer of a format; imported on demand so `status` loads only the one it prints."""
    if output_format is Format.TABLE:
        from jctrack.render import table

        return table.render
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
