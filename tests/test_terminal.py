"""The status table on a terminal of 60, 80, 100, 120 and 160 columns: nothing cut, ever.

Exact output for the shipped file and for a file whose longest name has 17 characters, rendered with
Options(width=N) and no colour into a buffer (tests/golden/terminal_*.txt, reviewed); then the rules
every width keeps: no line wider than the terminal, every name and every number whole, columns left
out only in the documented order, blocks only where no table fits.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from jctrack import store
from jctrack.calc import StatusReport, build_status
from jctrack.decimals import plain
from jctrack.model import Period
from jctrack.render import Document, Format, Options, renderer_for
from jctrack.render.layout import Col, fit, wrap_cells
from jctrack.render.office import SCREEN_STEPS, Medium, office_table, screen_variants
from jctrack.textwidth import width

from .conftest import SHIPPED, matches_golden

LONG = Path(__file__).resolve().parent / "fixtures" / "long_name.toml"
WIDTHS = [60, 80, 100, 120, 160]


def shipped() -> StatusReport:
    return build_status(store.load(SHIPPED))


def long_names() -> StatusReport:
    return build_status(store.load(LONG), Period(2019, 6))


def terminal(report: StatusReport, columns: int, **options: object) -> str:
    out = io.BytesIO()
    renderer_for(Document.STATUS, Format.TERMINAL)(report, out, Options(width=columns, **options))  # type: ignore[arg-type]
    return out.getvalue().decode("utf-8")


@pytest.mark.parametrize("columns", WIDTHS)
def test_shipped_file_at_each_width(columns: int) -> None:
    matches_golden(f"terminal_shipped_{columns}.txt", terminal(shipped(), columns))


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_17_character_name_at_each_width(columns: int) -> None:
    matches_golden(f"terminal_long_name_{columns}.txt", terminal(long_names(), columns))


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_name_of_the_shipped_file_stays_on_one_line_at_80_columns(lang: str) -> None:
    """序号 gives way before a name is wrapped: at 80 columns no name of the shipped file is split."""
    from jctrack.words import Lang

    text = terminal(shipped(), 80, lang=Lang(lang))
    names = [ind.name if lang == "zh" else ind.name_en or ind.name for ind in store.load(SHIPPED).indicators.values()]
    assert [name for name in names if not any(name in line for line in text.splitlines())] == []
    assert "…" not in text


def shown_whole(name: str, lines: list[str]) -> bool:
    """Whether a name is on one line, or its start ends one line's cell and the rest starts the next
    line's at the same column (a name wrapped onto two lines)."""
    for number, line in enumerate(lines):
        if name in line:
            return True
        for cut in range(len(name) - 1, 0, -1):
            head = name[:cut]
            at = line.find(head + " ") if (head + " ") in line else (len(line) - len(head) if line.endswith(head) else -1)
            if at < 0 or number + 1 == len(lines):
                continue
            column = width(line[:at])
            below = lines[number + 1]
            rest = name[cut:]
            taken, index = 0, 0
            while index < len(below) and taken < column:
                taken += width(below[index])
                index += 1
            if below[index:].startswith(rest):
                return True
    return False


@pytest.mark.parametrize("columns", [*WIDTHS, 40, 66, 72, 90])
@pytest.mark.parametrize("which", ["shipped", "long"])
def test_nothing_is_cut_at_any_width(columns: int, which: str) -> None:
    report = shipped() if which == "shipped" else long_names()
    text = terminal(report, columns)
    lines = text.splitlines()
    assert max(width(line) for line in lines) <= columns
    assert not any(line != line.rstrip() for line in lines), "no trailing space"
    assert "…" not in text
    for row in report.rows:
        if row.actual is None:
            continue
        assert shown_whole(row.name, lines), row.name  # whole, or wrapped onto the next line of its cell
        shown_completion = row.completion_pct if row.accumulates else None  # a share or stock: by its difference
        for figure in (row.actual, row.target, shown_completion, row.ceiling_used_pct, row.schedule_gap_pp):
            if figure is not None:
                assert re.search(rf"(?<![\d.]){re.escape(plain(abs(figure)))}(?![\d.])", text), (row.name, figure)


def test_a_name_wraps_onto_two_lines_at_most_and_never_inside_a_bracket() -> None:
    text = terminal(long_names(), 80)
    assert "规模以上工业企业研究与试\n" not in text
    table = text.split("\n\n")[1]
    name_lines = [line for line in table.splitlines() if "规模以上" in line or "发展经费" in line]
    assert len(name_lines) == 2
    assert "（万元）" in name_lines[1]  # the unit joined the name at 80 columns, and stays whole


def test_columns_give_way_in_the_documented_order() -> None:
    table = office_table(long_names(), Options().lang, Medium.SCREEN)
    keys = [[column.key for column in variant.columns] for variant, _ in screen_variants(table)]
    assert "bar" in keys[0] and "bar" not in keys[2]
    # 序号 goes first of the table's own columns, so that names stay whole; it comes back while names may
    # wrap, and goes for good after 单位.
    order = ["bar", "target_growth", "seq", "unit", "base"]
    gone = [next(i for i, k in enumerate(keys) if key not in k) for key in order]
    assert gone == sorted(gone)
    wraps = [w for _, w in screen_variants(table)]
    first_wrapping = wraps.index(True)
    assert "seq" not in keys[first_wrapping - 1] and "seq" in keys[first_wrapping]
    assert [step[0] for step in SCREEN_STEPS] == sorted(step[0] for step in SCREEN_STEPS)
    assert {"name", "target", "actual", "growth", "completion", "schedule_gap", "status"} <= set(keys[-1])


def test_the_unit_moves_into_the_name_once_its_column_goes() -> None:
    text = terminal(long_names(), 100)
    assert "工业开票销售（亿元）" in text and "单位" not in text.splitlines()[3]


def test_the_narrowest_screen_shows_one_block_per_indicator() -> None:
    text = terminal(long_names(), 50)
    assert "─" not in text
    office = text.split("全年预测与进度要求")[0]  # the office's table, before the outlook beside it
    blocks = [block for block in office.split("\n\n") if block.startswith(("工业开票销售", "规模以上", "综合能耗"))]
    assert len(blocks) == 3
    assert "52000" in text and "23890.75" in text and "落后序时" in text


def test_colour_only_when_asked_and_nothing_else_changes() -> None:
    plain_text = terminal(long_names(), 120)
    coloured = terminal(long_names(), 120, color=True)
    assert "\x1b[" not in plain_text and "\x1b[" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain_text


@pytest.mark.parametrize("columns", [80, 160])
def test_ascii_draws_nothing_of_ambiguous_width(columns: int) -> None:
    text = terminal(long_names(), columns, ascii=True)
    ambiguous = [char for char in text if not char.isascii() and width(char) == 1]
    assert ambiguous == []
    if columns == 160:
        assert "#####....." in text  # the bar in ASCII
    assert "1-6月" in text.splitlines()[0]


def test_fit_never_narrows_a_number() -> None:
    cols = [Col("指标", ["一个很长很长的指标名称"], wrap=True, max_lines=2), Col("完成", ["23890.75"], numeric=True)]
    widths = fit(cols, 26)
    assert widths is not None and widths[1] == 8
    assert fit(cols, 10) is None


def test_wrapping_keeps_numbers_units_and_brackets_whole() -> None:
    assert wrap_cells("完成工业开票销售120亿元，同比增长26.3%", 14) == ["完成工业开票销", "售120亿元，同", "比增长26.3%"]
    assert all("（亿元）" in line or "（" not in line for line in wrap_cells("工业开票销售（亿元）", 13))
    assert wrap_cells("General public budget revenue: 2.2 (CNY 100m), down", 36)[1].startswith("2.2 (CNY 100m)")
    assert wrap_cells("比上年同期提高1.4个百分点", 16) == ["比上年同期提高", "1.4个百分点"]
    assert wrap_cells("单位为亿元的指标", 5)[2] == "亿元"  # a unit without a number is still a word
    assert wrap_cells("1-10月累计", 6)[0] == "1-10月"  # a period too
