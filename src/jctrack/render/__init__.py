"""The render registry: which module renders each document in each format, all with one shape.

Every renderer is `render_<document>(thing, out, options)`: it writes the document to the binary
stream `out` (text formats as UTF-8). One module per format renders every document it supports;
a new format is one module plus its lines here, a new document one function per format plus its
lines here. Modules are imported only when used, so that `status` piped loads neither Rich nor
pandas.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, BinaryIO

from jctrack.words import Lang


class Document(StrEnum):
    STATUS = "status"
    HISTORY = "history"
    MONTHLY = "monthly"  # one indicator's year month by month
    REPORT = "report"
    CHECK = "check"
    AUDIT = "audit"
    EXTRACT = "extract"
    LISTING = "listing"  # indicators, revisions, an import's plan
    DISTRICT_INDICATOR = "district_indicator"
    DISTRICT_MATRIX = "district_matrix"
    DISTRICT_CHECK = "district_check"
    DISTRICT_REPORT = "district_report"


class Format(StrEnum):
    TERMINAL = "terminal"  # Rich, for a person at a terminal (what `--format table` is on a terminal)
    TEXT = "text"  # plain aligned text: piped, redirected, mailed by cron
    MARKDOWN = "markdown"
    CSV = "csv"
    JSON = "json"
    HTML = "html"
    XLSX = "xlsx"
    DOCX = "docx"

    @property
    def binary(self) -> bool:
        return self in (Format.XLSX, Format.DOCX)


@dataclass(frozen=True)
class Options:
    """How to render: the document's language, the line width, colour and the character set."""

    lang: Lang = Lang.ZH
    width: int | None = None  # the columns a line may take: a terminal's; None for a pipe (100)
    color: bool = False
    ascii: bool = False  # tables and bars in ASCII only (--ascii): no box, bar or dash of ambiguous width


Renderer = Callable[[Any, BinaryIO, Options], None]

# (document, format) → the module of render/ that renders it, as render_<document>.
RENDERERS: dict[tuple[Document, Format], str] = {
    (Document.STATUS, Format.TERMINAL): "terminal",
    (Document.STATUS, Format.TEXT): "plaintext",
    (Document.STATUS, Format.MARKDOWN): "markdown",
    (Document.STATUS, Format.CSV): "csvout",
    (Document.STATUS, Format.JSON): "jsonout",
    (Document.HISTORY, Format.TERMINAL): "terminal",
    (Document.HISTORY, Format.TEXT): "plaintext",
    (Document.HISTORY, Format.MARKDOWN): "markdown",
    (Document.HISTORY, Format.CSV): "csvout",
    (Document.HISTORY, Format.JSON): "jsonout",
    (Document.MONTHLY, Format.TERMINAL): "terminal",
    (Document.MONTHLY, Format.TEXT): "plaintext",
    (Document.MONTHLY, Format.MARKDOWN): "markdown",
    (Document.MONTHLY, Format.CSV): "csvout",
    (Document.MONTHLY, Format.JSON): "jsonout",
    (Document.MONTHLY, Format.HTML): "html",
    (Document.REPORT, Format.TEXT): "plaintext",
    (Document.REPORT, Format.MARKDOWN): "markdown",
    (Document.REPORT, Format.CSV): "csvout",
    (Document.REPORT, Format.JSON): "jsonout",
    (Document.REPORT, Format.HTML): "html",
    (Document.REPORT, Format.XLSX): "xlsx",
    (Document.REPORT, Format.DOCX): "docx",
    (Document.CHECK, Format.TERMINAL): "terminal",
    (Document.CHECK, Format.TEXT): "plaintext",
    (Document.CHECK, Format.JSON): "jsonout",
    (Document.AUDIT, Format.TERMINAL): "terminal",
    (Document.AUDIT, Format.TEXT): "plaintext",
    (Document.AUDIT, Format.JSON): "jsonout",
    (Document.EXTRACT, Format.TERMINAL): "terminal",
    (Document.EXTRACT, Format.TEXT): "plaintext",
    (Document.EXTRACT, Format.JSON): "jsonout",
    (Document.LISTING, Format.TERMINAL): "terminal",
    (Document.LISTING, Format.TEXT): "plaintext",
    (Document.LISTING, Format.MARKDOWN): "markdown",
    (Document.LISTING, Format.CSV): "csvout",
    (Document.LISTING, Format.JSON): "jsonout",
    (Document.DISTRICT_INDICATOR, Format.TERMINAL): "terminal",
    (Document.DISTRICT_INDICATOR, Format.TEXT): "plaintext",
    (Document.DISTRICT_INDICATOR, Format.MARKDOWN): "markdown",
    (Document.DISTRICT_INDICATOR, Format.CSV): "csvout",
    (Document.DISTRICT_INDICATOR, Format.JSON): "jsonout",
    (Document.DISTRICT_MATRIX, Format.TERMINAL): "terminal",
    (Document.DISTRICT_MATRIX, Format.TEXT): "plaintext",
    (Document.DISTRICT_MATRIX, Format.MARKDOWN): "markdown",
    (Document.DISTRICT_MATRIX, Format.CSV): "csvout",
    (Document.DISTRICT_MATRIX, Format.JSON): "jsonout",
    (Document.DISTRICT_CHECK, Format.TERMINAL): "terminal",
    (Document.DISTRICT_CHECK, Format.TEXT): "plaintext",
    (Document.DISTRICT_CHECK, Format.JSON): "jsonout",
    (Document.DISTRICT_REPORT, Format.TEXT): "plaintext",
    (Document.DISTRICT_REPORT, Format.MARKDOWN): "markdown",
    (Document.DISTRICT_REPORT, Format.JSON): "jsonout",
    (Document.DISTRICT_REPORT, Format.CSV): "csvout",
    (Document.DISTRICT_REPORT, Format.HTML): "html",
    (Document.DISTRICT_REPORT, Format.XLSX): "xlsx",
    (Document.DISTRICT_REPORT, Format.DOCX): "docx",
}

# `--output FILE` takes its format from the suffix unless --format says otherwise.
SUFFIXES = {
    ".txt": Format.TEXT,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xlsx": Format.XLSX,
    ".docx": Format.DOCX,
    ".csv": Format.CSV,
    ".json": Format.JSON,
}


def renderer_for(document: Document, output_format: Format) -> Renderer:
    """The renderer of a document in a format; its module is imported now, not before."""
    module_name = RENDERERS.get((document, output_format))
    if module_name is None:
        raise KeyError(f"no renderer for {document} as {output_format}")
    module = importlib.import_module(f"{__name__}.{module_name}")
    renderer: Renderer = getattr(module, f"render_{document.value}")
    return renderer


def formats_of(document: Document) -> list[Format]:
    return [fmt for (doc, fmt) in RENDERERS if doc is document]
