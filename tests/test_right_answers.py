"""Right answers in the month an office lives through: ceilings, shares, boundaries, partial months, official
growth, quarterly figures and any unit — each case with the exact sentence or field a leader reads."""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from jctrack.calc import Status, build_status, figures, status_row
from jctrack.model import Direction, Entry, Frequency, GrowthBasis, Indicator, Kind, Period, Store
from jctrack.narrative import narrative
from jctrack.report import narrative_paragraphs
from jctrack.words import Lang


def one_sentence(indicator: Indicator, period: Period) -> str:
    data = Store(entity="镇")
    data.indicators[indicator.id] = indicator
    sentences = narrative(build_status(data, period))
    assert len(sentences) == 1, sentences
    return sentences[0]


def energy(**actuals: str) -> Indicator:
    """A lower-is-better flow with a ceiling of 10万吨 for 2019."""
    ind = Indicator("energy", "综合能耗", "万吨", Kind.FLOW, Direction.DOWN, targets={2019: Entry(D(10))})
    ind.actuals = {Period.parse(key.replace("_", "-").removeprefix("p")): Entry(D(value)) for key, value in actuals.items()}
    return ind


def accidents(target: int = 4, **actuals: str) -> Indicator:
    ind = Indicator("accidents", "安全生产事故", "起", Kind.COUNT, Direction.DOWN, targets={2019: Entry(D(target))})
    ind.actuals = {Period.parse(key.replace("_", "-").removeprefix("p")): Entry(D(value)) for key, value in actuals.items()}
    return ind


# --- 1. ceilings --------------------------------------------------------------------------------------


def test_a_ceiling_in_january_reads_as_share_used_never_over_100_percent() -> None:
    ind = energy(p2019_01="0.9")
    row = status_row(figures(ind, Period(2019, 1)), "half-up")
    assert row.completion_pct is None and row.ceiling_used_pct == D("9.0")
    assert row.schedule_gap_pp == D("-0.7") and row.status is Status.BEHIND  # 9.0% used against 8.3% of the year
    assert one_sentence(ind, Period(2019, 1)) == "1月，综合能耗0.9万吨，占全年控制数的9.0%，高于序时进度0.7个百分点。"


def test_one_accident_in_a_quarter_against_four_is_on_schedule_not_ahead() -> None:
    ind = accidents(p2019_03="1")
    row = status_row(figures(ind, Period(2019, 3)), "half-up")
    assert row.status is Status.ON_SCHEDULE and row.schedule_gap_pp == D("0.0")
    assert one_sentence(ind, Period(2019, 3)) == "1-3月，发生安全生产事故1起，占全年控制数的25.0%，与序时进度持平。"


def test_the_issues_half_year_accident_sentence() -> None:
    ind = accidents(p2018_06="2", p2019_06="1")
    assert one_sentence(ind, Period(2019, 6)) == (
        "1-6月，发生安全生产事故1起，同比下降50.0%，占全年控制数的25.0%，低于序时进度25.0个百分点。"
    )
    assert figures(ind, Period(2019, 6)).status is Status.AHEAD


@pytest.mark.parametrize(
    ("actual", "status", "sentence"),
    [
        ("10.5", Status.NOT_MET, "全年综合能耗10.5万吨，超出控制目标0.5万吨。"),
        ("10", Status.MET, "全年综合能耗10万吨，控制在目标以内。"),
        ("9.8", Status.MET, "全年综合能耗9.8万吨，控制在目标以内。"),
    ],
)
def test_a_ceiling_at_year_end(actual: str, status: Status, sentence: str) -> None:
    ind = energy(p2019=actual)
    assert figures(ind, Period(2019)).status is status
    assert one_sentence(ind, Period(2019)) == sentence


def test_lower_is_better_level_and_ratio_are_kept_within_or_above() -> None:
    intensity = Indicator("intensity", "单位GDP能耗", "吨标准煤", Kind.LEVEL, Direction.DOWN, targets={2019: Entry(D("0.5"))})
    intensity.actuals = {Period(2019): Entry(D("0.48"))}
    assert one_sentence(intensity, Period(2019)) == "全年单位GDP能耗0.48吨标准煤，已控制在目标以内。"
    unemployment = Indicator("jobless", "城镇登记失业率", "%", Kind.RATIO, Direction.DOWN, targets={2019: Entry(D("3.5"))})
    unemployment.actuals = {Period(2019, 6): Entry(D("3.8"))}
    assert one_sentence(unemployment, Period(2019, 6)) == "1-6月，城镇登记失业率3.8%，高于目标0.3个百分点。"
    assert figures(unemployment, Period(2019, 6)).status is Status.BEHIND


def test_ceiling_json_fields(jc: Any, tmp_path: Path) -> None:
    path = tmp_path / "targets.toml"
    jc("init", "--entity", "镇")
    jc("add-indicator", "energy", "--name", "综合能耗", "--unit", "万吨", "--direction", "down")
    jc("set-target", "energy", "2019", "10")
    jc("add-actual", "energy", "2019-01", "0.9")
    row = json.loads(jc("status", "--format", "json").stdout)["rows"][0]
    assert row["completion_pct"] is None and row["ceiling_used_pct"] == 9.0 and row["status"] == "behind"
    assert path.exists()


# --- 2. shares read as what they are -----------------------------------------------------------------


def share(**actuals: str) -> Indicator:
    ind = Indicator("share", "支柱产业占比", "%", Kind.RATIO, targets={2019: Entry(D(92))})
    ind.actuals = {Period.parse(key.replace("_", "-").removeprefix("p")): Entry(D(value)) for key, value in actuals.items()}
    return ind


def test_a_share_short_of_its_target_says_by_how_many_points() -> None:
    assert one_sentence(share(p2018_06="90.5", p2019_06="91.6"), Period(2019, 6)) == (
        "1-6月，支柱产业占比91.6%，比上年同期提高1.1个百分点，目标92%，尚差0.4个百分点。"
    )


def test_a_share_that_reached_its_target_for_the_year() -> None:
    # Beyond the target, as the table's 超额完成 says, by how much; exactly on it, 已达到目标.
    assert (
        one_sentence(share(p2018="91.9", p2019="92.3"), Period(2019))
        == "全年支柱产业占比92.3%，比上年提高0.4个百分点，目标92%，超出0.3个百分点。"
    )
    assert one_sentence(share(p2018="91.9", p2019="92"), Period(2019)) == "全年支柱产业占比92%，比上年提高0.1个百分点，已达到目标。"


def test_the_name_is_printed_as_stored() -> None:
    ind = Indicator("r", "单位GDP能耗下降率", "%", Kind.RATIO, actuals={Period(2019): Entry(D("2.1"))})
    assert one_sentence(ind, Period(2019)) == "全年单位GDP能耗下降率2.1%。"


# --- 3. one decision, one word -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("completion", "shown", "status", "clause"),
    [
        ("50", "0.0", Status.ON_SCHEDULE, "与序时进度持平"),
        ("50.04", "0.0", Status.ON_SCHEDULE, "与序时进度持平"),
        ("49.96", "0.0", Status.ON_SCHEDULE, "与序时进度持平"),
        ("50.05", "0.1", Status.AHEAD, "超序时进度0.1个百分点"),
        ("49.95", "0.0", Status.ON_SCHEDULE, "完成全年目标的50.0%，与序时进度持平"),  # 49.95% prints 50.0%
        ("49.94", "-0.1", Status.BEHIND, "完成全年目标的49.9%，落后序时进度0.1个百分点"),
        ("50.06", "0.1", Status.AHEAD, "完成全年目标的50.1%，超序时进度0.1个百分点"),
    ],
)
def test_schedule_boundaries_for_a_flow(completion: str, shown: str, status: Status, clause: str) -> None:
    # A target of 100 makes the year-to-date figure its own 完成率.
    ind = Indicator("sales", "工业开票销售", "亿元", targets={2019: Entry(D(100))}, actuals={Period(2019, 6): Entry(D(completion))})
    row = status_row(figures(ind, Period(2019, 6)), "half-up")
    assert str(row.schedule_gap_pp) == shown and row.status is status
    sentence = one_sentence(ind, Period(2019, 6))
    assert clause in sentence and "-0.0" not in sentence


@pytest.mark.parametrize(
    ("used", "shown", "status", "clause"),
    [
        ("50", "0.0", Status.ON_SCHEDULE, "与序时进度持平"),
        ("50.04", "0.0", Status.ON_SCHEDULE, "与序时进度持平"),
        ("49.96", "0.0", Status.ON_SCHEDULE, "与序时进度持平"),
        ("49.95", "0.0", Status.ON_SCHEDULE, "占全年控制数的50.0%，与序时进度持平"),  # 49.95% prints 50.0%
        ("49.94", "0.1", Status.AHEAD, "占全年控制数的49.9%，低于序时进度0.1个百分点"),
        ("50.05", "-0.1", Status.BEHIND, "占全年控制数的50.1%，高于序时进度0.1个百分点"),
    ],
)
def test_schedule_boundaries_for_a_ceiling(used: str, shown: str, status: Status, clause: str) -> None:
    ind = Indicator("energy", "综合能耗", "万吨", Kind.FLOW, Direction.DOWN, targets={2019: Entry(D(100))})
    ind.actuals = {Period(2019, 6): Entry(D(used))}
    row = status_row(figures(ind, Period(2019, 6)), "half-up")
    assert str(row.schedule_gap_pp) == shown and row.status is status
    assert clause in one_sentence(ind, Period(2019, 6))


def test_the_gap_is_the_difference_of_the_figures_printed_beside_it() -> None:
    # 8.36% done in January prints 8.4% against a 序时进度 of 8.3%: 0.1 ahead, as a reader subtracts them
    # (the exact 8.36 − 8.333… is 0.027, which alone would print 0.0 beside 8.4 and 8.3).
    ind = Indicator("sales", "工业开票销售", "亿元", targets={2019: Entry(D(100))}, actuals={Period(2019, 1): Entry(D("8.36"))})
    row = status_row(figures(ind, Period(2019, 1)), "half-up")
    assert (row.completion_pct, row.schedule_gap_pp, row.status) == (D("8.4"), D("0.1"), Status.AHEAD)
    assert one_sentence(ind, Period(2019, 1)) == "1月，完成工业开票销售8.36亿元，完成全年目标的8.4%，超序时进度0.1个百分点。"


def test_half_even_decides_the_tie_the_way_it_prints() -> None:
    # 0.05 to one decimal: half-up 0.1 (ahead), half-even 0.0 (on schedule).
    ind = Indicator("sales", "工业开票销售", "亿元", targets={2019: Entry(D(100))}, actuals={Period(2019, 6): Entry(D("50.05"))})
    assert figures(ind, Period(2019, 6), "half-up").status is Status.AHEAD
    assert figures(ind, Period(2019, 6), "half-even").status is Status.ON_SCHEDULE


# --- 4. partial and impossible months -------------------------------------------------------------------

NINE = "\n".join(
    f'[indicators.i{n}]\nname = "指标{n}"\nunit = "亿元"\n\n[indicators.i{n}.targets]\n2019 = 120\n\n'
    f"[indicators.i{n}.actuals]\n2019-10 = {100 + n}\n" + ("2019-11 = 111\n" if n == 1 else "")
    for n in range(1, 10)
)


@pytest.fixture
def half_filled(tmp_path: Path) -> Path:
    path = tmp_path / "targets.toml"
    path.write_text('schema_version = 1\nentity = "镇"\n\n' + NINE, encoding="utf-8")
    return path


def test_a_half_entered_month_is_not_the_default_and_is_named(jc: Any, half_filled: Path) -> None:
    result = jc("status", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["period"] == "2019-10"
    assert "2019年1-11月 只报送了部分指标" in result.stderr and "--period 2019-11" in result.stderr


def test_a_half_entered_month_says_what_is_missing(jc: Any, half_filled: Path) -> None:
    document = json.loads(jc("status", "--period", "2019-11", "--format", "json").stdout)
    assert document["missing"] == [f"i{n}" for n in range(2, 10)]
    text = jc("status", "--period", "2019-11").stdout
    assert "2019年1-11月：9项指标中1项已报送，未报送：指标2、指标3、指标4" in text
    alert = jc("status", "--period", "2019-11", "--fail-on", "incomplete")
    assert alert.exit_code == 3 and "2019年1-11月有8项指标尚未报送" in alert.stderr
    assert jc("status", "--period", "2019-10", "--fail-on", "incomplete").exit_code == 0
    # Without --period the table shows 1-10月, but a cron job is told of the month being filled in.
    unasked = jc("status", "--fail-on", "incomplete")
    assert unasked.exit_code == 3 and "2019年1-11月有8项指标尚未报送" in unasked.stderr
    report = jc("report", "--period", "2019-11").stdout
    assert "未报送：指标2" in report


def test_an_actual_for_a_month_not_yet_begun_is_refused(jc: Any, half_filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JCTRACK_TODAY", "2019-11-26")
    before = half_filled.read_bytes()
    result = jc("add-actual", "i1", "2030-11", "210")
    assert result.exit_code == 1 and "尚未开始" in result.stderr
    assert jc("add-actual", "i1", "2019-12", "130").exit_code == 1
    assert jc("add-actual", "i1", "2019", "130").exit_code == 1
    assert half_filled.read_bytes() == before
    assert jc("set-target", "i1", "2030", "500").exit_code == 0  # targets for later years are plans, and welcome


def test_a_period_with_no_figure_is_an_error(jc: Any, half_filled: Path) -> None:
    for command in (["report", "--period", "2020-01"], ["status", "--period", "2020-01"]):
        result = jc(*command)
        assert result.exit_code == 1 and "没有任何完成值或目标" in result.stderr
        assert result.stdout == ""


def test_a_monthly_figure_typed_for_a_year_to_date_is_refused(jc: Any, half_filled: Path) -> None:
    before = half_filled.read_bytes()
    result = jc("add-actual", "i2", "2019-11", "9.5")
    assert result.exit_code == 1 and "是否录入了当月数而非累计数" in result.stderr and "--force" in result.stderr
    assert half_filled.read_bytes() == before
    assert jc("add-actual", "i2", "2019-11", "9.5", "--force").exit_code == 0


def test_import_keeps_a_falling_year_to_date_figure_with_force_as_its_refusal_says(jc: Any, half_filled: Path) -> None:
    long_form = half_filled.parent / "values.csv"
    long_form.write_text("indicator,period,type,value\ni2,2019-11,actual,9.5\n", encoding="utf-8")
    refused = jc("import", str(long_form))
    assert refused.exit_code == 1 and "请加 --force" in refused.stderr
    assert jc("import", str(long_form), "--force").exit_code == 0
    pasted = "指标\t1-11月\n指标3\t9.5\n"
    assert jc("import", "-", "--period", "2019-11", input=pasted).exit_code == 1
    assert jc("import", "-", "--period", "2019-11", "--force", input=pasted).exit_code == 0
    from jctrack import store

    kept = store.load(half_filled).indicators
    assert kept["i2"].actuals[Period(2019, 11)].value == kept["i3"].actuals[Period(2019, 11)].value == D("9.5")


def test_extract_apply_keeps_a_falling_year_to_date_figure_with_force(jc: Any, tmp_path: Path) -> None:
    jc("init")
    jc("add-indicator", "sales", "--name", "工业开票销售", "--unit", "亿元")
    assert jc("add-actual", "sales", "2019-01", "20").exit_code == 0
    report = tmp_path / "report.txt"
    report.write_text("2019年1-2月，全镇完成工业开票销售15亿元，同比增长5%。", encoding="utf-8")
    refused = jc("extract", str(report), "--apply")
    assert refused.exit_code == 1 and "请加 --force" in refused.stderr
    assert jc("extract", str(report), "--apply", "--force").exit_code == 0
    assert json.loads(jc("status", "--period", "2019-02", "--format", "json").stdout)["rows"][0]["actual"] == 15


def test_a_fall_after_january_names_january_as_people_do(jc: Any, half_filled: Path) -> None:
    assert jc("add-actual", "i3", "2019-01", "20").exit_code == 0
    assert jc("add-actual", "i3", "2019-02", "5").stderr == (
        "错误：指标3 2019年1-2月累计 5 低于 1月的 20；是否录入了当月数而非累计数？请录入 1-2月累计数；如确实如此，请加 --force\n"
    )
    assert jc("add-actual", "i3", "2019-01", "200").stderr.startswith("错误：指标3 2019年1月累计 200 高于已录入的 1-10月累计 103；")


def test_a_figure_far_from_last_years_is_kept_with_a_warning(jc: Any, half_filled: Path) -> None:
    assert jc("add-actual", "i4", "2018-12", "100").exit_code == 0
    warned = jc("add-actual", "i4", "2019-12", "600")
    assert warned.exit_code == 0
    assert "注意：指标42019年1-12月为600亿元，是上年同期100亿元的五倍以上，请核对单位和数值" in warned.stderr
    warned = jc("add-actual", "i4", "2019-12", "19", "--replace", "--force")
    assert warned.exit_code == 0
    assert "注意：指标42019年1-12月为19亿元，不足上年同期100亿元的五分之一，请核对单位和数值" in warned.stderr


# --- 5. official growth --------------------------------------------------------------------------------


def test_official_growth_is_never_replaced_by_a_nominal_one(jc: Any, tmp_path: Path) -> None:
    jc("init", "--entity", "镇")
    assert jc("add-indicator", "gdp", "--name", "地区生产总值", "--unit", "亿元", "--growth", "stated").exit_code == 0
    jc("add-actual", "gdp", "2018", "100")
    jc("add-actual", "gdp", "2019", "110", "--stated-growth", "7.2")
    row = json.loads(jc("status", "--year", "2019", "--format", "json").stdout)["rows"][0]
    assert row["growth_pct"] == 7.2 and row["growth_source"] == "official"
    text = jc("report", "--year", "2019").stdout
    assert "同比增长7.2%" in text and "10.0%" not in text and "7.2%*" not in text
    assert jc("check").exit_code == 0
    jc("add-actual", "gdp", "2020", "120")
    row = json.loads(jc("status", "--year", "2020", "--format", "json").stdout)["rows"][0]
    assert row["growth_pct"] is None  # no official rate yet: none, not a computed one


def test_an_official_indicator_shows_no_nominal_rate_worked_out_from_its_amounts(jc: Any, tmp_path: Path) -> None:
    jc("init", "--entity", "镇")
    jc("add-indicator", "gdp", "--name", "地区生产总值", "--unit", "亿元", "--growth", "stated")
    jc("set-target", "gdp", "2019", "80", "--stated-growth", "7")
    for period, value in (("2017-06", "33"), ("2018-06", "36"), ("2018", "75")):
        assert jc("add-actual", "gdp", period, value).exit_code == 0
    assert jc("add-actual", "gdp", "2019-06", "38", "--stated-growth", "6.9").exit_code == 0
    row = json.loads(jc("status", "--period", "2019-06", "--format", "json", "--against", "2017").stdout)["rows"][0]
    assert (row["growth_pct"], row["growth_source"]) == (6.9, "official")
    # 38 × 75 / 36 = 79.2 would be 5.6% and the months left 7.7% over last year's: nominal, not 按可比价.
    assert row["projected"] == 79.2 and row["projected_growth_pct"] is None and row["required_growth_pct"] is None
    assert row["growth_against_pct"] is None and row["average_growth_pct"] is None
    report = jc("report", "--period", "2019-06").stdout
    assert "同比增长6.9%" in report and "需比上年同期增长" not in report and "5.6" not in report


# --- 6. quarterly figures ------------------------------------------------------------------------------


def test_a_quarterly_indicator_shows_its_latest_quarter_in_a_monthly_table() -> None:
    gdp = Indicator("gdp", "地区生产总值", "亿元", frequency=Frequency.QUARTERLY, targets={2019: Entry(D(400))})
    gdp.actuals = {Period(2019, 9): Entry(D(290))}
    sales = Indicator("sales", "工业开票销售", "亿元", targets={2019: Entry(D(230))}, actuals={Period(2019, 10): Entry(D(190))})
    data = Store(entity="镇", indicators={"gdp": gdp, "sales": sales})
    report = build_status(data, Period(2019, 10))
    row = report.rows[0]
    assert row.figure_period == Period(2019, 9) and row.actual == D(290) and row.status is not Status.NO_DATA
    assert not report.missing
    assert narrative(report)[0].startswith("1-9月，完成地区生产总值290亿元")
    assert build_status(data, Period(2019, 10)).rows[0].schedule_gap_pp == D("-2.5")  # 72.5% done against 75% of the year


def test_after_a_quarterly_figure_the_next_sentence_says_its_own_period_again() -> None:
    gdp = Indicator("gdp", "地区生产总值", "亿元", frequency=Frequency.QUARTERLY, targets={2019: Entry(D(80))})
    gdp.actuals = {Period(2019, 9): Entry(D(58))}
    sales = Indicator("sales", "工业开票销售", "亿元", targets={2019: Entry(D(230))}, actuals={Period(2019, 10): Entry(D(180))})
    roads = Indicator("roads", "新建道路", "公里", targets={2019: Entry(D(12))}, actuals={Period(2019, 10): Entry(D(10))})
    data = Store(entity="镇", indicators={"sales": sales, "gdp": gdp, "roads": roads})
    assert narrative_paragraphs(build_status(data, Period(2019, 10)), Lang.ZH) == [
        "1-10月，完成工业开票销售180亿元，完成全年目标的78.3%，落后序时进度5.0个百分点；"
        "1-9月，完成地区生产总值58亿元，完成全年目标的72.5%，落后序时进度2.5个百分点；"
        "1-10月，完成新建道路10公里，完成全年目标的83.3%，与序时进度持平。"
    ]


def test_an_outlook_header_counts_no_months_a_quarterly_row_does_not_share(jc: Any, tmp_path: Path) -> None:
    path = tmp_path / "targets.toml"
    path.write_text(
        'schema_version = 1\nentity = "镇"\n\n[indicators.sales]\nname = "工业开票销售"\nunit = "亿元"\n\n'
        "[indicators.sales.targets]\n2019 = 230\n\n[indicators.sales.actuals]\n2019-10 = 180\n\n"
        '[indicators.gdp]\nname = "地区生产总值"\nunit = "亿元"\nfrequency = "quarterly"\n\n'
        "[indicators.gdp.targets]\n2019 = 80\n\n[indicators.gdp.actuals]\n2019-09 = 58\n",
        encoding="utf-8",
    )
    table = json.loads(jc("report", "--period", "2019-10", "--format", "json").stdout)
    assert [row["months_left"] for row in table["rows"]] == [2, 3]  # 22 of 地区生产总值 over Oct–Dec: 7.33 a month
    markdown = jc("report", "--period", "2019-10", "--format", "markdown").stdout
    outlook = markdown[markdown.index("全年预测与进度要求") :]
    assert "| 需月均 |" in outlook and "后2个月" not in outlook and "前10个月" not in outlook
    path.write_text(path.read_text(encoding="utf-8").replace('frequency = "quarterly"\n', "").replace("2019-09 = 58", "2019-10 = 64"))
    outlook = jc("report", "--period", "2019-10", "--format", "markdown").stdout
    assert "| 后2个月月均需完成 |" in outlook[outlook.index("全年预测与进度要求") :]


def test_a_quarterly_growths_trend_is_on_its_last_quarter() -> None:
    gdp = Indicator("gdp", "地区生产总值", "亿元", frequency=Frequency.QUARTERLY, growth=GrowthBasis.STATED, targets={2019: Entry(D(80))})
    gdp.actuals = {Period(2019, 6): Entry(D(38), stated_growth=D("6.9")), Period(2019, 9): Entry(D(58), stated_growth=D("7.0"))}
    data = Store(entity="镇", indicators={"gdp": gdp})
    row = build_status(data, Period(2019, 10)).rows[0]
    assert (row.growth_change_pp, row.trend_from) == (D("0.1"), Period(2019, 6))
    assert narrative(build_status(data, Period(2019, 10))) == [
        "1-9月，完成地区生产总值58亿元，同比增长7.0%，增幅较1-6月提高0.1个百分点，完成全年目标的72.5%，落后序时进度2.5个百分点。"
    ]


def test_a_quarterly_indicator_is_expected_only_at_a_quarter_end() -> None:
    gdp = Indicator("gdp", "地区生产总值", "亿元", frequency=Frequency.QUARTERLY, targets={2019: Entry(D(400))})
    data = Store(entity="镇", indicators={"gdp": gdp})
    gdp.actuals = {Period(2019, 6): Entry(D(190))}
    assert [row.id for row in build_status(data, Period(2019, 9)).missing] == ["gdp"]
    assert build_status(data, Period(2019, 8)).missing == []


# --- 7. any unit an office uses --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "typed", "stored"),
    [
        ("起", "3", "3"),
        ("万美元", "1.5亿美元", "15000"),
        ("吨标准煤", "2万吨标准煤", "20000"),
        ("公里", "12", "12"),
        ("人次", "1.2万人次", "12000"),
    ],
)
def test_any_unit_works(jc: Any, tmp_path: Path, unit: str, typed: str, stored: str) -> None:
    jc("init")
    assert jc("add-indicator", "x", "--name", "某指标", "--unit", unit).exit_code == 0
    result = jc("add-actual", "x", "2019", typed)
    assert result.exit_code == 0, result.output
    assert f"2019 = {stored}\n" in (tmp_path / "targets.toml").read_text(encoding="utf-8")


def test_different_bases_are_refused(jc: Any, tmp_path: Path) -> None:
    jc("init")
    jc("add-indicator", "x", "--name", "某指标", "--unit", "亿元")
    result = jc("add-actual", "x", "2019", "5家")
    assert result.exit_code == 1 and "家 无法换算为 亿元" in result.stderr


def test_whole_numbers_only_for_counts(jc: Any, tmp_path: Path) -> None:
    jc("init")
    jc("add-indicator", "visits", "--name", "游客人次", "--unit", "万人次")
    assert jc("add-actual", "visits", "2019", "3.5").exit_code == 0  # a flow in 万人次 may have decimals
    jc("add-indicator", "cases", "--name", "事故", "--unit", "起", "--kind", "count")
    assert jc("add-actual", "cases", "2019", "3.5").exit_code == 1


def test_official_growth_and_frequency_survive_the_file(tmp_path: Path) -> None:
    from jctrack import store

    data = Store(entity="镇")
    data.add_indicator(Indicator("gdp", "地区生产总值", "亿元", growth=GrowthBasis.STATED, frequency=Frequency.QUARTERLY))
    path = tmp_path / "t.toml"
    store.save(path, data)
    text = path.read_text(encoding="utf-8")
    assert 'growth = "stated"\nfrequency = "quarterly"\n' in text
    again = store.load(path).indicators["gdp"]
    assert again.growth is GrowthBasis.STATED and again.frequency is Frequency.QUARTERLY


YEAR_END = Path(__file__).parent / "fixtures" / "year_end_limits.toml"


def year_end_report() -> Any:
    from jctrack import store
    from jctrack.report import build_report

    return build_report(store.load(YEAR_END), Period(2019))


def test_a_year_over_its_ceiling_and_a_stock_short_of_its_target_need_attention_in_their_own_words() -> None:
    report = year_end_report()
    assert report.focus == [
        "综合能耗全年突破控制目标，超出0.5万吨。",
        "债务余额年末为10.04亿元，高于目标0.04亿元。",
        "存款余额年末为91.96亿元，目标92亿元，尚差0.04亿元。",
    ]
    # A stock stands at the year's end (年末为), as at a month's (6月末为); it is not a whole year's (全年为).
    # A stock is not 完成: it stands at a figure.
    assert "存款余额91.96亿元，目标92亿元，尚差0.04亿元" in report.paragraphs[0] and "完成存款余额" not in report.paragraphs[0]


def test_a_stock_or_share_shows_no_completion_that_could_read_100_percent_short_of_target() -> None:
    from jctrack.render.cells import completion_of

    stock = next(row for row in year_end_report().status.rows if row.id == "stock")
    # 91.96 / 92 = 99.96% would print 100.0 beside 未完成; the difference says it instead.
    assert stock.completion_pct == D("100.0") and completion_of(stock) is None and stock.status is Status.NOT_MET


def test_a_bare_magnitude_takes_the_indicators_own_unit(jc: Any, tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    assert jc("init", "--entity", "测试镇", file=path).exit_code == 0
    assert jc("add-indicator", "firms", "--name", "新增企业", "--unit", "家", "--kind", "count", file=path).exit_code == 0
    assert jc("add-indicator", "sales", "--name", "销售", "--unit", "亿元", file=path).exit_code == 0
    assert jc("add-actual", "firms", "2019-01", "1.2万", file=path).exit_code == 0  # 12000家, not 万元
    assert jc("add-actual", "sales", "2019-01", "4800万", file=path).exit_code == 0  # 0.48亿元
    text = path.read_text(encoding="utf-8")
    assert "2019-01 = 12000\n" in text and "2019-01 = 0.48\n" in text


def test_a_growth_that_prints_0_0_is_about_level_and_names_no_change() -> None:
    sales = Indicator("sales", "工业开票销售", "亿元")
    sales.actuals = {Period(2018): Entry(D(1000)), Period(2019): Entry(D("1000.4"))}
    # 0.04% prints 0.0%: 增加0.4亿元 beside it would contradict the rate.
    assert one_sentence(sales, Period(2019)) == "全年完成工业开票销售1000.4亿元，与上年同期基本持平。"


def test_a_targets_note_is_shown_beside_the_figures_own(jc: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JCTRACK_TODAY", "2020-02-01")
    path = tmp_path / "t.toml"
    for args in (
        ("init", "--entity", "测试镇"),
        ("add-indicator", "s", "--name", "销售", "--unit", "亿元"),
        ("set-target", "s", "2019", "230", "--note", "同口径"),
        ("add-actual", "s", "2019", "240", "--note", "年报全口径"),
    ):
        assert jc(*args, file=path).exit_code == 0
    assert "| 年报全口径；目标：同口径 |" in jc("status", "--year", "2019", "--format", "markdown", file=path).stdout
    row = json.loads(jc("status", "--year", "2019", "--format", "json", file=path).stdout)["rows"][0]
    assert (row["note"], row["target_note"]) == ("年报全口径", "同口径")
