"""Property tests: any store survives write and read, any text round-trips, calculations never fail."""

from __future__ import annotations

import math
import tomllib
from decimal import Decimal
from fractions import Fraction

import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jctrack import store
from jctrack.calc import build_status, completion_pct, figures, growth_pct, share_pct, status_row
from jctrack.decimals import round_to
from jctrack.model import Direction, Entry, Indicator, Kind, Period, Revision, Store, store_to_toml

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
    data = Store(entity=draw(any_text), rounding=draw(st.sampled_from(["half-up", "half-even"])))
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
