"""What reaches an output is shown, never obeyed: control characters written out on a terminal, in plain
text, in Markdown and on stderr; no formula in a CSV a spreadsheet opens; no raw HTML in Markdown; an
XLSX cell for any text at all."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from jctrack.calc import build_status
from jctrack.model import Entry, Indicator, Period, Store
from jctrack.render import Document, Format, Options, renderer_for
from jctrack.report import build_report
from jctrack.safety import FORBIDDEN, from_spreadsheet_cell, markdown_text, spreadsheet_cell, visible
from jctrack.words import Lang

# What a hostile name or note could carry, had it got past the checks (text from elsewhere, an old file):
# clear-screen, an OSC 8 link, an OSC 0 window title, a bell, a carriage return that overwrites the line,
# a C1 CSI, a line break, the bidi override that shows 5.4% as %4.5.
HOSTILE = "工业\x1b[2J\x1b]8;;http://x.example/\x1b\\链接\x1b]8;;\x1b\\\x1b]0;pwned\x07\r假\x9b2J\n换行\u202e%5.4"
RAW = ("\x1b", "\x07", "\r", "\x9b", "\u202e")


def hostile_store(name: str = HOSTILE, note: str = HOSTILE) -> Store:
    """A store holding `name` and `note` as they are, past every check (as text from elsewhere would be)."""
    data = Store(entity="测试镇")
    indicator = Indicator("sales", name, "亿元", name_en=name)
    indicator.targets[2019] = Entry(Decimal(230), note=note, source=note)
    indicator.actuals[Period(2018, 6)] = Entry(Decimal(95))
    indicator.actuals[Period(2019, 6)] = Entry(Decimal(120), note=note, source=note)
    data.indicators["sales"] = indicator
    return data


def rendered(document: Document, fmt: Format, thing: object, **options: Any) -> str:
    out = io.BytesIO()
    renderer_for(document, fmt)(thing, out, Options(**options))
    return out.getvalue().decode("utf-8")


@pytest.mark.parametrize("color", [False, True], ids=["plain", "colour"])
def test_the_terminal_shows_control_characters_and_obeys_none(color: bool) -> None:
    data = hostile_store()
    status = build_status(data, Period(2019, 6))
    from jctrack.calc import build_history

    for text in (
        rendered(Document.STATUS, Format.TERMINAL, status, width=400, color=color),
        rendered(Document.HISTORY, Format.TERMINAL, build_history(data.indicators["sales"], "half-up"), width=400, color=color),
    ):
        assert "\\x1b]0;pwned\\x07" in text and "\\x1b[2J" in text and "\\u202e" in text
        assert "\x1b]" not in text and "\x07" not in text and "\r" not in text and "\x9b" not in text and "\u202e" not in text
        assert "\x1b[2J" not in text
        if not color:
            assert "\x1b" not in text


@pytest.mark.parametrize("document", [Document.STATUS, Document.REPORT])
def test_plain_text_shows_control_characters_and_a_line_break_ends_no_row(document: Document) -> None:
    data = hostile_store()
    thing = build_status(data, Period(2019, 6)) if document is Document.STATUS else build_report(data, Period(2019, 6))
    text = rendered(document, Format.TEXT, thing)
    assert not any(raw in text for raw in RAW)
    assert "\\x0d假" in text and "\\x0a换行" in text
    if document is Document.STATUS:
        table = text.split("\n\n")[1].splitlines()
        row = next(index for index, line in enumerate(table) if line.startswith("工业\\x1b[2J"))
        assert table[row].endswith("超序时") and table[row - 1].startswith("---")  # the name's row, whole


def test_markdown_carries_no_html_and_no_broken_row() -> None:
    name = "<script>alert(1)</script><img src=x onerror=alert(1)>a|b\r\n[点我](javascript:alert(1))"
    data = hostile_store(name=name, note="n")
    for document, thing in (
        (Document.STATUS, build_status(data, Period(2019, 6))),
        (Document.REPORT, build_report(data, Period(2019, 6))),
    ):
        text = rendered(document, Format.MARKDOWN, thing)
        assert "<script" not in text and "<img" not in text and "[点我](" not in text
        assert "&lt;script&gt;" in text and "a\\|b" in text and "\\[点我\\]" in text and "\r" not in text
        tables = [block.splitlines() for block in text.split("\n\n") if block.startswith("| 序号")]
        rows = [(table[0], line) for table in tables for line in table if "&lt;script" in line]
        assert rows and all(line.endswith(" |") and line.count(" | ") == header.count(" | ") for header, line in rows), rows


def test_markdown_text_escapes_each_thing_once() -> None:
    assert markdown_text("a|b<c>&d\\e[f]\r\ng\u2028h\x1b") == "a\\|b&lt;c&gt;&amp;d\\\\e\\[f\\] g h\\x1b"


FORMULAS = ['=HYPERLINK("http://x.example/","点我")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-1+1", "\t=1+1", "\r=1+1", "=1+1"]


@pytest.mark.parametrize("formula", FORMULAS)
def test_status_and_report_csv_carry_no_formula(formula: str) -> None:
    data = hostile_store(name=formula, note=formula)
    data.indicators["sales"].allow_negative = True
    data.indicators["sales"].actuals[Period(2019, 6)] = Entry(Decimal("-5"), base=Decimal("-0.3"))
    for document, thing in (
        (Document.STATUS, build_status(data, Period(2019, 6))),
        (Document.REPORT, build_report(data, Period(2019, 6))),
    ):
        text = rendered(document, Format.CSV, thing)
        for row in csv.reader(io.StringIO(text)):
            for cell in row:
                assert not cell.startswith(("=", "+", "@", "\t", "\r")), (document, cell)
                assert not cell.startswith("-") or cell in ("-5", "-0.3", "-4.7") or cell[1:].replace(".", "").isdigit(), cell
        assert "-5" in text.split(",")  # a negative number stays a number


def test_spreadsheet_cells_are_guarded_and_given_back_exactly() -> None:
    for text in [*FORMULAS[:4], "'=x", "''=x", "'", "''", "'a", "-", "-5", "-0.3", "+2", "1e5", "12.5%", "", "工业"]:
        cell = spreadsheet_cell(text)
        assert not cell.startswith(("=", "+", "@", "\t", "\r")) or text in ("+2",)
        assert from_spreadsheet_cell(cell) == text, text
    assert spreadsheet_cell("-5") == "-5" and spreadsheet_cell("-0.3") == "-0.3"
    assert spreadsheet_cell("-1+1") == "'-1+1" and spreadsheet_cell("\t=1") == "\\x09=1"


def test_xlsx_report_writes_any_text(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    data = hostile_store(name="a\x00b\x1bc\x0bd\ufffe", note="=1+1\x07")
    out = io.BytesIO()
    renderer_for(Document.REPORT, Format.XLSX)(build_report(data, Period(2019, 6)), out, Options())
    path = tmp_path / "r.xlsx"
    path.write_bytes(out.getvalue())
    book = openpyxl.load_workbook(path)
    texts = [str(cell.value) for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert any("a\\x00b\\x1bc\\x0bd" in text for text in texts)
    assert all(FORBIDDEN.search(text.replace("\n", "")) is None for text in texts)  # a header may wrap
    assert all(cell.data_type != "f" for sheet in book.worksheets for row in sheet.iter_rows() for cell in row)


def test_stderr_shows_a_carriage_return_and_obeys_none(jc: Any, sample: Path) -> None:
    before = sample.read_bytes()
    result = jc("add-actual", "假\r真\x1b]0;pwned\x07", "2019-07", "1", lang="en")
    assert result.exit_code == 1
    assert "unknown indicator '假\\x0d真\\x1b]0;pwned\\x07'" in result.stderr
    assert not any(raw in result.stderr for raw in RAW) and result.stderr.count("\n") == 1
    assert sample.read_bytes() == before


def test_an_imported_cell_with_a_control_character_is_refused_and_shown(jc: Any, sample: Path, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text('indicator,period,value,note\nsales,2019-07,130,"快报\x1b]0;x\x07"\n', encoding="utf-8")
    before = sample.read_bytes()
    result = jc("import", str(source), lang="en")
    assert result.exit_code == 1
    assert "line 2: note of sales 2019-07 contains the control character U+001B" in result.stderr
    assert not any(raw in result.stderr for raw in RAW)
    assert sample.read_bytes() == before


def test_audit_shows_the_control_characters_of_its_text(jc: Any, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    # (A carriage return would end the sentence: audit reads it as a line break.)
    draft.write_text("工业开票销售\x1b]0;pwned\x07\x9b完成120亿元,比去年同期的100亿元增长20.0%。\n", encoding="utf-8")
    result = jc("audit", str(draft), lang="en")
    assert "pwned\\x07\\x9b完成" in result.stdout
    assert not any(raw in result.output for raw in RAW)


def test_visible_writes_out_every_forbidden_character() -> None:
    every = "".join(
        chr(code) for code in [*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
    )
    shown = visible(every)
    assert FORBIDDEN.search(shown) is None and shown.count("\\") == len(every)
    assert visible("a\nb\rc", keep="\n") == "a\nb\\x0dc"
    assert visible("工业开票销售 120亿元") == "工业开票销售 120亿元"


@pytest.mark.parametrize("lang", list(Lang))
def test_the_hostile_store_renders_in_every_text_format_without_raw_controls(lang: Lang) -> None:
    data = hostile_store()
    status = build_status(data, Period(2019, 6))
    report = build_report(data, Period(2019, 6), lang)
    for document, fmt, thing in (
        (Document.STATUS, Format.TEXT, status),
        (Document.STATUS, Format.MARKDOWN, status),
        (Document.STATUS, Format.CSV, status),
        (Document.REPORT, Format.TEXT, report),
        (Document.REPORT, Format.MARKDOWN, report),
        (Document.REPORT, Format.CSV, report),
    ):
        text = rendered(document, fmt, thing, lang=lang)
        assert not any(raw in text for raw in RAW), (document, fmt)
