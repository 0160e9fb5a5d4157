"""A column added to the office table is one definition, and then appears in every format."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest

from jctrack import store
from jctrack.calc import StatusRow, build_status
from jctrack.model import Period
from jctrack.render import Document, Format, Options, office, renderer_for
from jctrack.render.office import Column, Style
from jctrack.report import build_report

LONG = Path(__file__).resolve().parent / "fixtures" / "long_name.toml"


def _twice(row: StatusRow) -> Decimal | None:
    return None if row.actual is None else row.actual * 2


# What another engineer's new status field would be: a figure, dropped early on a screen.
# (A real column's header is a word of words/labels.py, in both languages.)
DOUBLED = Column("doubled", lambda context: "加倍试算", value=_twice, style=lambda row: Style.AMOUNT, drop=3)


@pytest.fixture
def with_doubled(monkeypatch: pytest.MonkeyPatch) -> None:
    columns = list(office.COLUMNS)
    columns.insert([c.key for c in columns].index("actual") + 1, DOUBLED)
    monkeypatch.setattr(office, "COLUMNS", tuple(columns))


def render(document: Document, fmt: Format, thing: object, **options: object) -> bytes:
    out = io.BytesIO()
    renderer_for(document, fmt)(thing, out, Options(**options))  # type: ignore[arg-type]
    return out.getvalue()


@pytest.mark.usefixtures("with_doubled")
def test_a_new_column_appears_in_every_format() -> None:
    report = build_status(store.load(LONG), Period(2019, 6))
    assert "加倍试算" in render(Document.STATUS, Format.TERMINAL, report, width=200).decode()
    assert "47781.5" in render(Document.STATUS, Format.TEXT, report, width=200).decode()
    assert "| 加倍试算 |" in render(Document.STATUS, Format.MARKDOWN, report).decode()
    built = build_report(store.load(LONG), report)
    assert "加倍试算" in render(Document.REPORT, Format.HTML, built).decode()
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(io.BytesIO(render(Document.REPORT, Format.XLSX, built)))
    assert "加倍试算" in [cell.value for cell in book.active[3]]
    docx = pytest.importorskip("docx")
    document = docx.Document(io.BytesIO(render(Document.REPORT, Format.DOCX, built)))
    assert "加倍试算" in [cell.text for cell in document.tables[0].rows[0].cells]


@pytest.mark.usefixtures("with_doubled")
def test_a_new_column_gives_way_by_its_drop_priority() -> None:
    report = build_status(store.load(LONG), Period(2019, 6))
    at_80 = render(Document.STATUS, Format.TERMINAL, report, width=80).decode()
    assert "加倍试算" not in at_80 and "23890.75" in at_80  # dropped with 目标增幅 (priority 3), nothing cut
