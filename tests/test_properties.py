"""Property tests: any store survives write and read, any text round-trips, calculations never fail."""

from __future__ import annotations

import math
import tomllib
from decimal import Decimal
from fractions import Fraction

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jctrack import store
from jctrack.calc import build_status, completion_pct, figures, growth_pct, share_pct, status_row
from jctrack.decimals import round_to
from jctrack.model import Direction, Entry, Frequency, GrowthBasis, Indicator, Kind, Period, Revision, Schedule, Store, store_to_toml
from jctrack.words import Phrase
from jctrack.words.messages import Msg

KIND_UNITS = {Kind.FLOW: ["亿元", "万元", "亩"], Kind.LEVEL: ["亿元", "吨"], Kind.COUNT: ["家", "个"], Kind.RATIO: ["%"]}

# What a stored text may hold: anything but control characters, line and paragraph separators and
# direction controls (refused on input and on load; see jctrack.safety.FORBIDDEN).
KEEPABLE = st.characters(
    blacklist_categories=("Cc", "Cs"), blacklist_characters="\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
texts = st.text(KEEPABLE, min_size=1, max_size=30).filter(lambda s: s.strip())
any_text = st.text(KEEPABLE, max_size=40)


def as_alias(text: str) -> str:
    """A text as an alias may be: no surrounding space and no ; (which separates aliases in an export)."""
    return text.replace(";", "").strip()


periods = st.builds(Period, st.integers(2000, 2030), st.one_of(st.none(), st.integers(1, 12)))


def bounded_decimals(low: int, high: int) -> st.SearchStrategy[Decimal]:
    """Any number jctrack can store between low and high: up to 20 digits before the point, 15 after."""
    return st.builds(lambda digits, places: Decimal(digits).scaleb(-places), st.integers(low, high), st.integers(0, 15)).filter(
        lambda value: abs(value) < Decimal(10) ** 20
    )


def amounts(kind: Kind) -> st.SearchStrategy[Decimal]:
    if kind is Kind.COUNT:
        return st.integers(0, 10**9).map(Decimal)
    if kind is Kind.RATIO:
        return st.decimals(min_value=0, max_value=100, places=2)
    return st.one_of(st.decimals(min_value=0, max_value=Decimal(10) ** 15, places=6), bounded_decimals(0, 10**20 - 1))


any_decimal = st.one_of(
    bounded_decimals(-(10**20) + 1, 10**20 - 1),
    st.sampled_from([Decimal("-0"), Decimal("-0.0"), Decimal("1E+2"), Decimal("1E-7"), Decimal("0E-3")]),
)


@st.composite
def entries(draw: st.DrawFn, kind: Kind) -> Entry:
    return Entry(
        value=draw(amounts(kind)),
        note=draw(st.one_of(st.none(), any_text)),
        source=draw(st.one_of(st.none(), any_text)),
        stated_growth=draw(st.one_of(st.none(), any_decimal)),
        base=draw(st.one_of(st.none(), amounts(kind))),
        stated_status=draw(st.one_of(st.none(), st.sampled_from(["exceeded", "met", "not_met"]))),
    )


@st.composite
def stores(draw: st.DrawFn) -> Store:
    data = Store(
        entity=draw(any_text), rounding=draw(st.sampled_from(["half-up", "half-even"])), compiled_by=draw(st.one_of(st.none(), any_text))
    )
    data.schedule = draw(st.sampled_from(list(Schedule)))
    data.warning_amber = draw(st.sampled_from([Decimal(0), Decimal("-1.5")]))
    data.warning_red = draw(st.sampled_from([Decimal(-5), Decimal(-10)]))
    ids = draw(st.lists(st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True), unique=True, max_size=4))
    names = draw(st.lists(texts, unique=True, min_size=len(ids) * 2, max_size=len(ids) * 2))
    for number, indicator_id in enumerate(ids):
        kind = draw(st.sampled_from(list(Kind)))
        name, written = names[2 * number], names[2 * number + 1]
        alias = as_alias(written)
        if alias in ids or name in ids or not alias or (alias != written and alias in names):
            continue
        indicator = Indicator(
            id=indicator_id,
            name=name,
            unit=draw(st.sampled_from(KIND_UNITS[kind])),
            kind=kind,
            direction=draw(st.sampled_from(list(Direction))),
            aliases=draw(st.sampled_from([[], [alias]])),
            name_en=draw(st.one_of(st.none(), texts)),
            growth=draw(st.sampled_from(list(GrowthBasis))),
            frequency=draw(st.sampled_from(list(Frequency))),
            schedule=draw(st.one_of(st.none(), st.sampled_from(list(Schedule)))),
            # a department as a code: no surrounding space, and a contributor without the export's ;
            owner=draw(st.one_of(st.none(), texts.map(lambda text: text.strip() or "局"))),
            contributors=draw(st.lists(texts.map(lambda text: as_alias(text) or "局"), max_size=2)),
            part_of=draw(st.one_of(st.none(), st.sampled_from(ids))),
            warning_amber=draw(st.one_of(st.none(), bounded_decimals(-100, 100))),
            warning_red=draw(st.one_of(st.none(), bounded_decimals(-100, 100))),
        )
        indicator.targets = draw(st.dictionaries(st.integers(2000, 2030), entries(kind), max_size=3))
        indicator.actuals = draw(st.dictionaries(periods, entries(kind), max_size=5))
        data.add_indicator(indicator)
    data.revisions = draw(
        st.lists(
            st.builds(Revision, any_text, any_text, any_text, st.sampled_from(["actual", "target"]), any_decimal, any_decimal),
            max_size=2,
        )
    )
    return data


SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(stores())
def test_any_store_survives_write_and_read(data: Store) -> None:
    text = store.dumps(data)
    again = store.parse(text)
    assert again == data
    assert store.dumps(again) == text  # precision as written survives too


@SETTINGS
@given(stores())
def test_fast_writer_is_byte_identical_to_tomli_w(data: Store) -> None:
    assert store.dumps(data) == tomli_w.dumps(store_to_toml(data))
    tomllib.loads(store.dumps(data))


@SETTINGS
@given(name=texts, note=any_text, value=bounded_decimals(0, 10**20 - 1))
def test_any_name_note_and_value_round_trip(name: str, note: str, value: Decimal) -> None:
    data = Store(entity="<script>alert(1)</script>")
    data.add_indicator(Indicator("x", name, "亿元", actuals={Period(2019, 6): Entry(value, note=note)}))
    again = store.parse(store.dumps(data))
    entry = again.indicators["x"].actuals[Period(2019, 6)]
    assert again.indicators["x"].name == name
    assert entry.note == note
    assert str(entry.value) == str(value) or (entry.value == value and value == value.to_integral_value())


finite = st.decimals(allow_nan=False, allow_infinity=False, min_value=-(Decimal(10) ** 100), max_value=Decimal(10) ** 100)
maybe = st.one_of(st.none(), finite, st.sampled_from([Decimal(0), Decimal("-0"), Decimal("1E-90"), Decimal("-1E-90")]))


def sane(value: Decimal | None) -> bool:
    return value is None or value.is_finite()


@settings(max_examples=400, deadline=None)
@given(maybe, maybe, st.sampled_from(list(Direction)))
def test_calculations_never_raise_nor_return_nan(current: Decimal | None, base: Decimal | None, direction: Direction) -> None:
    for result in (growth_pct(current, base), share_pct(current, base), completion_pct(current, base, direction)):
        assert sane(result)
        if result is not None:
            assert sane(round_to(result, 1))


@settings(max_examples=200, deadline=None)
@given(kind=st.sampled_from(list(Kind)), direction=st.sampled_from(list(Direction)), values=st.lists(maybe, min_size=4, max_size=4))
def test_rows_never_fail_for_any_figures(kind: Kind, direction: Direction, values: list[Decimal | None]) -> None:
    target, actual, last_year, base = values
    indicator = Indicator("x", "指标", "%" if kind is Kind.RATIO else "亿元", kind, direction, allow_negative=True)
    if target is not None:
        indicator.targets[2019] = Entry(target, stated_growth=Decimal("1.5"))
    if actual is not None:
        indicator.actuals[Period(2019, 6)] = Entry(actual, base=base)
    if last_year is not None:
        indicator.actuals[Period(2018, 6)] = Entry(last_year)
    for period in (Period(2019, 6), Period(2019)):
        row = status_row(figures(indicator, period), "half-up")
        for field in ("completion_pct", "growth_pct", "growth_pp", "target_growth_pct", "schedule_gap_pp", "change"):
            assert sane(getattr(row, field))
    data = Store()
    data.indicators["x"] = indicator
    build_status(data)


def reference_half_up(value: Decimal) -> Fraction:
    """Round to one decimal, halves away from zero, in exact rational arithmetic."""
    scaled = abs(Fraction(value)) * 10
    rounded = math.floor(scaled + Fraction(1, 2))
    return Fraction(rounded if value >= 0 else -rounded, 10)


@settings(max_examples=500, deadline=None)
@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**12), max_value=10**12, places=3))
def test_half_up_agrees_with_reference(value: Decimal) -> None:
    assert Fraction(round_to(value, 1)) == reference_half_up(value)


@given(st.integers(-(10**6), 10**6))
def test_half_up_on_exact_halves(tenths_and_half: int) -> None:
    value = Decimal(tenths_and_half) / 10 + Decimal("0.05")
    assert Fraction(round_to(value, 1)) == reference_half_up(value)


# --- hostile text through every output and back through import ----------------------------------------

# What a spreadsheet takes for a formula, and what a terminal obeys, at the start of every text field.
FORMULA_STARTS = ["=", "+", "-", "@", "'=", "''", '=HYPERLINK("http://x.example/","点我")', "+cmd|' /C calc'!A0", "-1+1", "@SUM(1+1)"]
hostile_texts = st.builds(lambda start, rest: start + rest, st.sampled_from(FORMULA_STARTS), st.text(KEEPABLE, max_size=12))
CSV_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def formula_like(cell: str) -> bool:
    """A CSV cell a spreadsheet would evaluate: one starting with = + - @ tab or CR that is not a plain number."""
    from jctrack.safety import is_plain_number

    return cell.startswith(CSV_FORMULA) and not is_plain_number(cell)


@st.composite
def hostile_stores(draw: st.DrawFn) -> Store:
    """A valid store whose entity, name, English name, alias, note and source each start like a formula."""
    entity, name, name_en, alias, note, source = (draw(hostile_texts) for _ in range(6))
    alias = as_alias(alias) + "别名"
    data = Store(entity=entity, rounding=draw(st.sampled_from(["half-up", "half-even"])))
    indicator = Indicator("sales", name if name.strip() else name + "名", "亿元", aliases=[alias], name_en=name_en, allow_negative=True)
    if alias in (indicator.name, indicator.id):
        indicator.aliases = []
    indicator.targets[2019] = Entry(Decimal(230), note=note, source=source, stated_growth=Decimal("-0.3"))
    indicator.actuals[Period(2018, 6)] = Entry(Decimal(95))
    indicator.actuals[Period(2019, 6)] = Entry(draw(st.sampled_from([Decimal(-5), Decimal(120)])), note=note, source=source)
    data.add_indicator(indicator)
    return data


def _rendered(document: object, fmt: object, thing: object) -> bytes:
    import io

    from jctrack.render import Document, Format, Options, renderer_for

    assert isinstance(document, Document) and isinstance(fmt, Format)
    out = io.BytesIO()
    renderer_for(document, fmt)(thing, out, Options())
    return out.getvalue()


def _csv_cells(text: str) -> list[str]:
    import csv
    import io

    return [cell for row in csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")) for cell in row]


def _export_import_exact(data: Store, suffix: str) -> None:
    import tempfile
    from pathlib import Path

    from jctrack import longform, tabular

    definitions, values, settings_rows = longform.definition_rows(data), longform.value_rows(data), longform.setting_rows(data)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"export{suffix}"
        if suffix == ".csv":
            text = tabular.csv_text(definitions, values, settings=settings_rows)
            assert not [c for c in _csv_cells(text) if formula_like(c)]
            path.write_text("\ufeff" + text, encoding="utf-8")
        else:
            path.write_bytes(tabular.xlsx_bytes(definitions, values, settings=settings_rows))
        form = tabular.read_long_form(path)
        fresh = Store()
        longform.apply_import(fresh, form.definitions, form.values, False, settings=form.settings)
    fresh.revisions = []
    assert store.dumps(fresh) == store.dumps(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_stores())
def test_text_that_starts_like_a_formula_is_safe_in_every_text_output_and_imports_back_exactly(data: Store) -> None:
    import json

    from jctrack.render import Document, Format
    from jctrack.report import build_report

    status = build_status(data, Period(2019, 6))
    report = build_report(data, Period(2019, 6))
    for document, thing in ((Document.STATUS, status), (Document.REPORT, report)):
        cells = _csv_cells(_rendered(document, Format.CSV, thing).decode("utf-8"))
        assert not [c for c in cells if formula_like(c)], cells
        markdown = _rendered(document, Format.MARKDOWN, thing).decode("utf-8")
        assert "<" not in markdown and tables_keep_their_columns(markdown)
        text = _rendered(document, Format.TEXT, thing).decode("utf-8")
        assert safety_clean(text)
    rows = json.loads(_rendered(Document.STATUS, Format.JSON, status))["rows"]
    assert rows[0]["name"] == data.indicators["sales"].name  # data stays data in JSON
    html = _rendered(Document.REPORT, Format.HTML, report).decode("utf-8")
    assert "<script" not in html
    _export_import_exact(data, ".csv")


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_stores())
def test_text_that_starts_like_a_formula_is_text_in_xlsx_and_imports_back_exactly(data: Store) -> None:
    _xlsx_outputs_hold_no_formula(data)
    _export_import_exact(data, ".xlsx")


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_stores())
def test_text_that_starts_like_a_formula_is_text_in_xlsx_and_imports_back_exactly_long(data: Store) -> None:
    _xlsx_outputs_hold_no_formula(data)
    _export_import_exact(data, ".xlsx")


def _xlsx_outputs_hold_no_formula(data: Store) -> None:
    import io

    from jctrack import longform, tabular
    from jctrack.render import Document, Format
    from jctrack.report import build_report

    books = [
        _rendered(Document.REPORT, Format.XLSX, build_report(data, Period(2019, 6))),
        tabular.xlsx_bytes(longform.definition_rows(data), longform.value_rows(data), settings=longform.setting_rows(data)),
    ]
    openpyxl = pytest.importorskip("openpyxl")
    for content in books:
        book = openpyxl.load_workbook(io.BytesIO(content))
        assert all(cell.data_type != "f" for sheet in book.worksheets for row in sheet.iter_rows() for cell in row)


def tables_keep_their_columns(markdown: str) -> bool:
    """Every row of each Markdown table has as many cell borders as its header (an escaped | is none)."""
    import re

    borders = [len(re.findall(r"(?<!\\)\|", line)) if line.startswith("|") else None for line in markdown.splitlines()]
    tables: list[list[int]] = []
    for count, previous in zip(borders, [None, *borders], strict=False):
        if count is not None:
            if previous is None:
                tables.append([])
            tables[-1].append(count)
    return all(len(set(table)) == 1 for table in tables)


def safety_clean(text: str) -> bool:
    """No control character but line ends in a text output."""
    from jctrack.safety import FORBIDDEN

    return FORBIDDEN.search(text.replace("\n", "")) is None


# Control characters anywhere in any text field: refused when kept, written out when shown.
controls = st.characters(min_codepoint=0, max_codepoint=0x9F).filter(lambda c: ord(c) < 0x20 or ord(c) >= 0x7F) | st.sampled_from(
    list("\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
with_control = st.builds(
    lambda before, char, after: before + char + after, st.text(KEEPABLE, max_size=8), controls, st.text(KEEPABLE, max_size=8)
)


TEXT_FIELDS = ["entity", "name", "name_en", "alias", "note", "source", "unit", "id", "owner", "contributors", "compiled_by"]


@settings(max_examples=300, deadline=None)
@given(with_control, st.sampled_from(TEXT_FIELDS))
def test_a_control_character_in_any_text_field_is_refused_when_typed(text: str, field: str) -> None:
    import pytest as _pytest

    from jctrack import edits, longform
    from jctrack.errors import JctrackError
    from jctrack.model import check_entity

    data = store.parse("schema_version = 1\n[indicators.sales]\nname = '工业开票销售'\nunit = '亿元'\n")
    # A control character is refused by name (U+…); an id, which allows only a-z, 0-9 and _, as not an id.
    with _pytest.raises(JctrackError, match="U\\+" if field != "id" else "指标代码"):
        if field == "entity":
            check_entity(text)
        elif field == "compiled_by":
            try:
                setting = {"setting": "compiled_by", "value": "镇" + text}
                longform.apply_import(data, [], [], False, settings=[(Phrase(Msg.FIELD_COMPILED_BY), setting)])
            except longform.ImportRefused as refused:
                raise JctrackError(Msg.ERROR, message=" ".join(str(problem) for _, problem in refused.problems)) from None
        elif field in ("name", "unit", "owner"):
            # "名" + text: a text of spaces alone is refused as empty before its control character is seen
            fields = {"name": "新指标", "unit": "亿元", field: "名" + text}
            data.add_indicator(Indicator("new", **fields))  # type: ignore[arg-type]
        elif field == "id":
            data.add_indicator(Indicator("new" + text, "新指标", "亿元"))
        elif field == "contributors":
            data.add_indicator(Indicator("new", "新指标", "亿元", contributors=["局" + text]))
        elif field == "name_en":
            data.add_indicator(Indicator("new", "新指标", "亿元", name_en=text))
        elif field == "alias":
            data.add_indicator(Indicator("new", "新指标", "亿元", aliases=[text]))
        else:
            entry = Entry(Decimal(1), note=text) if field == "note" else Entry(Decimal(1), source=text)
            edits.put(data, data.indicators["sales"], "target", 2019, entry, replace=False)


LOADED_FIELDS = {
    "entity": "entity = {text}\n[indicators.sales]\nname = '工业开票销售'\nunit = '亿元'\n",
    "compiled_by": "compiled_by = {text}\n[indicators.sales]\nname = '工业开票销售'\nunit = '亿元'\n",
    "id": "[indicators.{text}]\nname = '工业开票销售'\nunit = '亿元'\n",
    "unit": "[indicators.sales]\nname = '工业开票销售'\nunit = {text}\n",
    "owner": "[indicators.sales]\nname = '工业开票销售'\nunit = '亿元'\nowner = {text}\n",
    "contributors": "[indicators.sales]\nname = '工业开票销售'\nunit = '亿元'\ncontributors = [{text}]\n",
    "alias": "[indicators.sales]\nname = '工业开票销售'\nunit = '亿元'\naliases = [{text}]\n",
}


@settings(max_examples=200, deadline=None)
@given(with_control, st.sampled_from(sorted(LOADED_FIELDS)))
def test_a_control_character_in_any_text_field_is_refused_when_loaded_naming_its_key(text: str, field: str) -> None:
    import pytest as _pytest

    from jctrack.errors import DataFileError
    from jctrack.tomlwrite import string

    quoted = string("名" + text)  # a TOML basic string: every control character escaped
    with _pytest.raises(DataFileError) as refused:
        store.parse("schema_version = 1\n" + LOADED_FIELDS[field].format(text=quoted))
    message = str(refused.value)
    assert "U+" in message or "指标代码" in message, message
    assert field in message or (field == "id" and "indicators." in message) or field[:-1] in message, message


@settings(max_examples=100, deadline=None)
@given(with_control, with_control)
def test_a_control_character_that_reaches_an_output_is_written_out(name: str, note: str) -> None:
    from jctrack.render import Document, Format
    from jctrack.report import build_report

    data = Store(entity=note)
    indicator = Indicator("sales", name, "亿元", name_en=name)
    indicator.targets[2019] = Entry(Decimal(230), note=note)
    indicator.actuals[Period(2019, 6)] = Entry(Decimal(120), note=note, source=note)
    data.indicators["sales"] = indicator  # past every check, as text from elsewhere would be
    status, report = build_status(data, Period(2019, 6)), build_report(data, Period(2019, 6))
    for document, thing in ((Document.STATUS, status), (Document.REPORT, report)):
        for fmt in (Format.TEXT, Format.MARKDOWN, Format.CSV):
            assert safety_clean(_rendered(document, fmt, thing).decode("utf-8")), (document, fmt)
    assert safety_clean(_rendered(Document.STATUS, Format.TERMINAL, status).decode("utf-8"))


# Numbers a file may hold that no figure can be: the loader refuses each in one line, never raises otherwise.
EXTREME_NUMBERS = [
    "1e999999999",
    "-1e-999999999",
    "1.5e400",
    "1e-400",
    "1" + "0" * 5000,
    "-" + "9" * 5000,
    "0." + "0" * 5000 + "1",
    "1e20",
    "1e-16",
]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(EXTREME_NUMBERS),
    st.sampled_from(["value", "base", "stated_growth"]),
    st.sampled_from(["targets.2019", "actuals.2019-06"]),
)
def test_an_extreme_number_in_any_numeric_field_is_refused_in_one_line(number: str, field: str, where: str) -> None:
    from jctrack.errors import DataFileError

    text = f"schema_version = 1\n[indicators.sales]\nname = 'x'\nunit = '亿元'\n[indicators.sales.{where}]\nvalue = 1\n" + (
        f"{field} = {number}\n" if field != "value" else ""
    ).replace("value = 1\n", "")
    if field == "value":
        text = text.replace("value = 1\n", f"value = {number}\n")
    try:
        store.parse(text)
    except DataFileError as exc:
        message = str(exc)
        assert "\n" not in message and message
    else:  # pragma: no cover - every one of these is beyond the bounds
        raise AssertionError(f"{number} as {field} was read")
