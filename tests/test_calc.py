"""The pure calculations, by value: growth, completion, 序时进度, rounding and the no-value cases."""

from __future__ import annotations

import decimal
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jctrack.calc import (
    Status,
    build_status,
    completion_pct,
    figures,
    growth_pct,
    status_row,
    time_progress_pct,
)
from jctrack.decimals import round_to
from jctrack.model import Direction, Entry, Indicator, Kind, Period, Store


def indicator(**kwargs: object) -> Indicator:
    defaults: dict[str, object] = {"id": "sales", "name": "工业开票销售", "unit": "亿元"}
    defaults.update(kwargs)
    return Indicator(**defaults)  # type: ignore[arg-type]


def rounded(value: D | None, places: int = 1, rounding: str = "half-up") -> D:
    assert value is not None
    return round_to(value, places, rounding)


def test_target_growth_of_the_report_is_14_4_percent() -> None:
    assert rounded(growth_pct(D(230), D(201)), 1) == D("14.4")


def test_rounding_is_half_up_at_the_end_only() -> None:
    # 200.5 against 200 is 0.25% exactly: 四舍五入 gives 0.3, banker's rounding 0.2.
    assert growth_pct(D("200.5"), D(200)) == D("0.25")
    assert rounded(growth_pct(D("200.5"), D(200)), 1) == D("0.3")
    assert rounded(growth_pct(D("200.5"), D(200)), 1, "half-even") == D("0.2")
    assert round_to(D("-0.25"), 1) == D("-0.3")


def test_round_to_handles_huge_values() -> None:
    assert round_to(D("1E+40"), 1) == D("1E+40")
    assert round_to(D("1E+120") + D("0.05"), 1) == D("1E+120") + D("0.1")  # past the fast context's precision


@given(
    st.builds(lambda digits, exponent: D(digits).scaleb(exponent), st.integers(-(10**40), 10**40), st.integers(-60, 100)),
    st.integers(0, 15),
    st.sampled_from(["half-up", "half-even"]),
)
def test_round_to_is_the_exact_rounding(value: D, places: int, rounding: str) -> None:
    reference = {"half-up": decimal.ROUND_HALF_UP, "half-even": decimal.ROUND_HALF_EVEN}[rounding]
    with decimal.localcontext(prec=max(28, value.adjusted() + places + 2)):
        expected = value.quantize(D(1).scaleb(-places), rounding=reference)
    assert round_to(value, places, rounding) == expected
    assert str(round_to(value, places, rounding)) == str(expected)


@pytest.mark.parametrize("base", [None, D(0), D(-5)])
def test_no_growth_for_missing_zero_or_negative_base(base: D | None) -> None:
    assert growth_pct(D(10), base) is None


def test_completion_and_direction_down() -> None:
    assert rounded(completion_pct(D(120), D(230), Direction.UP), 1) == D("52.2")
    assert completion_pct(D(80), D(100), Direction.DOWN) is None  # a ceiling is not "completed"
    assert completion_pct(D(5), D(0), Direction.UP) is None


def test_time_progress() -> None:
    assert time_progress_pct(Period(2019, 6)) == D(50)
    assert round_to(time_progress_pct(Period(2019, 1)), 1) == D("8.3")
    assert time_progress_pct(Period(2019)) == D(100)


def test_half_year_row_matches_the_office_example() -> None:
    ind = indicator(targets={2019: Entry(D(230))}, actuals={Period(2018, 6): Entry(D(100)), Period(2019, 6): Entry(D(120))})
    row = status_row(figures(ind, Period(2019, 6)), "half-up")
    assert row.completion_pct == D("52.2")
    assert row.schedule_gap_pp == D("2.2")
    assert row.growth_pct == D("20.0")
    assert row.growth_source == "computed"
    assert row.change == D(20)
    assert row.remaining == D(110)
    assert row.status is Status.AHEAD


def test_behind_schedule() -> None:
    ind = indicator(targets={2019: Entry(D(240))}, actuals={Period(2019, 9): Entry(D(150))})
    row = status_row(figures(ind, Period(2019, 9)), "half-up")
    assert row.schedule_gap_pp == D("-12.5")
    assert row.status is Status.BEHIND


def test_comparable_base_wins_over_last_years_figure() -> None:
    ind = indicator(actuals={Period(2018): Entry(D(100)), Period(2019): Entry(D(120), base=D(96))})
    row = status_row(figures(ind, Period(2019)), "half-up")
    assert row.base == D(96)
    assert row.growth_pct == D(25)


def test_stated_growth_shown_only_without_a_base() -> None:
    stated = indicator(actuals={Period(2018): Entry(D(201), stated_growth=D("16.9"))})
    row = status_row(figures(stated, Period(2018)), "half-up")
    assert (row.growth_pct, row.growth_source) == (D("16.9"), "stated")

    zero_base = indicator(actuals={Period(2018): Entry(D(201), stated_growth=D("16.9"), base=D(0))})
    row = status_row(figures(zero_base, Period(2018)), "half-up")
    assert (row.growth_pct, row.growth_source) == (None, None)


def test_year_actual_falls_back_to_december_year_to_date() -> None:
    ind = indicator(targets={2019: Entry(D(100))}, actuals={Period(2019, 12): Entry(D(100))})
    row = status_row(figures(ind, Period(2019)), "half-up")
    assert row.actual == D(100)
    assert row.status is Status.MET


@pytest.mark.parametrize(
    ("direction", "actual", "expected"),
    [
        (Direction.UP, "231", Status.EXCEEDED),
        (Direction.UP, "230", Status.MET),
        (Direction.UP, "229.9", Status.MET),  # 99.96% is printed 100.0%: met at the precision shown
        (Direction.UP, "229.8", Status.NOT_MET),  # 99.9%
        (Direction.UP, "230.2", Status.EXCEEDED),  # 100.1%
        (Direction.UP, "230.1", Status.MET),  # 100.04% is printed 100.0%
        (Direction.DOWN, "229", Status.MET),  # a ceiling kept: 控制在目标以内
        (Direction.DOWN, "230", Status.MET),
        (Direction.DOWN, "230.01", Status.NOT_MET),  # a ceiling broken by any amount
    ],
)
def test_year_status(direction: Direction, actual: str, expected: Status) -> None:
    ind = indicator(direction=direction, targets={2019: Entry(D(230))}, actuals={Period(2019): Entry(D(actual))})
    assert figures(ind, Period(2019)).status is expected


def test_no_target_and_no_data() -> None:
    ind = indicator(actuals={Period(2019): Entry(D(5))})
    assert figures(ind, Period(2019)).status is Status.NO_TARGET
    assert figures(ind, Period(2020)).status is Status.NO_DATA


def test_stated_status_used_when_no_target() -> None:
    ind = indicator(actuals={Period(2018): Entry(D(6), stated_status="exceeded")})
    fig = figures(ind, Period(2018))
    assert (fig.status, fig.status_source) == (Status.EXCEEDED, "stated")


def test_ratio_change_is_in_percentage_points() -> None:
    ind = indicator(kind=Kind.RATIO, unit="%", actuals={Period(2017): Entry(D("90.7")), Period(2018): Entry(D("91.9"))})
    row = status_row(figures(ind, Period(2018)), "half-up")
    assert row.growth_pct is None
    assert row.growth_pp == D("1.2")


def test_ratio_month_has_no_schedule() -> None:
    ind = indicator(kind=Kind.RATIO, unit="%", targets={2019: Entry(D(92))}, actuals={Period(2019, 6): Entry(D(93))})
    row = status_row(figures(ind, Period(2019, 6)), "half-up")
    assert row.schedule_gap_pp is None
    assert row.status is Status.AHEAD


def test_lower_is_better_flow_is_ahead_when_spending_slower_than_time() -> None:
    ind = indicator(direction=Direction.DOWN, targets={2019: Entry(D(100))}, actuals={Period(2019, 6): Entry(D(40))})
    row = status_row(figures(ind, Period(2019, 6)), "half-up")
    assert row.schedule_gap_pp == D(10)
    assert row.status is Status.AHEAD
    assert row.remaining is None


def test_build_status_defaults_to_latest_period() -> None:
    store = Store(entity="镇")
    store.indicators["sales"] = indicator(actuals={Period(2018): Entry(D(1)), Period(2019, 3): Entry(D(1))})
    report = build_status(store)
    assert report.period == Period(2019, 3)
    assert report.time_progress_pct == D("25.0")


def test_build_status_of_empty_store() -> None:
    report = build_status(Store())
    assert report.period is None and report.rows == []


def test_half_even_setting_applies_to_rows() -> None:
    ind = indicator(actuals={Period(2018): Entry(D(200)), Period(2019): Entry(D("200.5"))})
    assert status_row(figures(ind, Period(2019)), "half-up").growth_pct == D("0.3")
    assert status_row(figures(ind, Period(2019)), "half-even").growth_pct == D("0.2")
