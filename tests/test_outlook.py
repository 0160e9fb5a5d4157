"""What leaders ask first, checked by hand: the pace the months left need, the year projected, last year's
schedule, the trend, three-colour levels, owners, and a part's pull on its total."""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from jctrack import store
from jctrack.calc import build_status
from jctrack.model import Period, Schedule
from jctrack.narrative import focus, narrative
from jctrack.outlook import Level, Method, compound_growth, pace, projection, seasonal_progress

YEAR_2019 = """\
schema_version = 1
entity = "测试镇"

[indicators.sales]
name = "工业开票销售"
unit = "亿元"
owner = "经发局"

[indicators.sales.targets]
2019 = 230

[indicators.sales.actuals]
2018-09 = 150
2018-10 = 168
2018-12 = 201
2019-09 = 170
2019-10 = 190

[indicators.revenue]
name = "一般公共预算收入"
unit = "亿元"
owner = "财政所"

[indicators.revenue.actuals]
2018-10 = 3
2019-10 = 3.3

[indicators.tax]
name = "税收收入"
unit = "亿元"
owner = "财政所"
part_of = "revenue"

[indicators.tax.actuals]
2018-10 = 2.4
2019-10 = 2.7

[indicators.energy]
name = "综合能耗"
unit = "万吨"
direction = "down"
owner = "经发局"

[indicators.energy.targets]
2019 = 10

[indicators.energy.actuals]
2019-10 = 9
"""

OCTOBER = Period(2019, 10)


@pytest.fixture
def year_2019(tmp_path: Path) -> Path:
    path = tmp_path / "targets.toml"
    path.write_text(YEAR_2019, encoding="utf-8")
    return path


def rows(schedule: Schedule | None = None) -> dict[str, Any]:
    report = build_status(store.parse(YEAR_2019), OCTOBER, schedule)
    return {row.id: row for row in report.rows}


# --- by value --------------------------------------------------------------------------------------------


def test_required_pace_by_hand() -> None:
    row = rows()["sales"]
    # 230 − 190 = 40 left for 2 months: 20 a month, against 190 / 10 = 19 so far.
    assert (row.months_left, row.required_monthly, row.monthly_average, row.pace_ratio) == (2, D("20.0"), D("19.0"), D("1.05"))
    # Last year's last two months brought 201 − 168 = 33: 40 / 33 − 1 = 21.2% more is needed.
    assert row.required_growth_pct == D("21.2")


def test_projection_by_last_years_pattern_by_hand() -> None:
    row = rows()["sales"]
    # 190 × 201 / 168 = 227.32…; 98.8% of 230; 13.1% over 201.
    assert (row.projected, row.projection_method) == (D("227.3"), Method.LAST_YEAR)
    assert (row.projected_completion_pct, row.projected_growth_pct) == (D("98.8"), D("13.1"))


def test_projection_is_linear_without_last_year() -> None:
    row = rows()["energy"]
    assert (row.projected, row.projection_method, row.projected_ceiling_used_pct) == (D("10.8"), Method.LINEAR, D("108.0"))


def test_the_seasonal_schedule_measures_against_last_years_pace() -> None:
    calendar, seasonal = rows()["sales"], rows(Schedule.LAST_YEAR)["sales"]
    assert (calendar.schedule, calendar.schedule_pct, calendar.schedule_gap_pp) == (Schedule.CALENDAR, D("83.3"), D("-0.7"))
    # Last year 168 of 201 by October: 83.58%; 190 / 230 = 82.61%.
    assert (seasonal.schedule, seasonal.schedule_pct, seasonal.schedule_gap_pp) == (Schedule.LAST_YEAR, D("83.6"), D("-1.0"))
    assert "落后上年同期进度1.0个百分点" in narrative(build_status(store.parse(YEAR_2019), OCTOBER, Schedule.LAST_YEAR))[0]


def test_the_seasonal_schedule_falls_back_to_the_calendar_and_says_so() -> None:
    row = rows(Schedule.LAST_YEAR)["energy"]  # no figure last year
    assert row.schedule is Schedule.CALENDAR


def test_trend_against_last_month() -> None:
    row = rows()["sales"]
    # 190 / 168 − 1 = 13.10% against 170 / 150 − 1 = 13.33%.
    assert row.growth_change_pp == D("-0.2")
    assert "增幅较1-9月回落0.2个百分点" in narrative(build_status(store.parse(YEAR_2019), OCTOBER))[0]


@pytest.mark.parametrize(("threshold", "said"), [("0.2", True), ("0.3", False), ("0", True)])
def test_the_trend_is_said_from_the_files_threshold_up(threshold: str, said: bool) -> None:
    data = store.parse(YEAR_2019.replace('entity = "测试镇"\n', f'entity = "测试镇"\ntrend_threshold = {threshold}\n'))
    assert data.trend_threshold == D(threshold)
    report = build_status(data, OCTOBER)
    assert report.rows[0].growth_change_pp == D("-0.2")  # JSON carries the change whatever the threshold
    assert ("增幅较1-9月回落0.2个百分点" in narrative(report)[0]) is said
    assert "trend_threshold = " + threshold in store.dumps(data)


def test_a_negative_trend_threshold_is_refused_on_load() -> None:
    from jctrack.errors import DataFileError

    with pytest.raises(DataFileError, match="trend_threshold"):
        store.parse(YEAR_2019.replace('entity = "测试镇"\n', 'entity = "测试镇"\ntrend_threshold = -1\n'))


def test_the_trend_threshold_travels_with_an_export(jc: Any, tmp_path: Path) -> None:
    source = tmp_path / "a.toml"
    source.write_text(YEAR_2019.replace('entity = "测试镇"\n', 'entity = "测试镇"\ntrend_threshold = 0.5\n'), encoding="utf-8")
    exported = tmp_path / "e.csv"
    assert jc("export", "-o", str(exported), file=source).exit_code == 0
    fresh = tmp_path / "b.toml"
    assert jc("init", file=fresh).exit_code == 0
    assert jc("import", str(exported), file=fresh).exit_code == 0
    assert store.load(fresh).trend_threshold == D("0.5")


def test_levels() -> None:
    found = rows()
    assert found["sales"].level is Level.AMBER  # −0.7: below 0, above −5
    assert found["energy"].level is Level.RED  # 90% of the ceiling used by 83.3% of the year
    assert found["revenue"].level is None  # no target


def test_parts_share_pull_and_contribution_by_hand() -> None:
    tax = rows()["tax"]
    # 2.7 / 3.3 = 81.8%, was 2.4 / 3 = 80%; pulls (2.7 − 2.4) / 3 = 10 points; all of the rise: 100%.
    assert (tax.share_of_total_pct, tax.share_change_pp, tax.pull_pp, tax.contribution_pct) == (D("81.8"), D("1.8"), D("10.0"), D("100.0"))
    sentence = narrative(build_status(store.parse(YEAR_2019), OCTOBER))[1]
    assert "其中税收收入增长12.5%，拉动一般公共预算收入增长10.0个百分点" in sentence


def test_focus_names_red_first_with_what_the_months_left_need() -> None:
    sentences = focus(build_status(store.parse(YEAR_2019), OCTOBER))
    assert sentences[0].startswith("综合能耗1-10月高于序时进度6.7个百分点")
    assert "将突破控制目标" in sentences[0]
    assert sentences[1] == (
        "工业开票销售1-10月落后序时进度0.7个百分点，后2个月需月均完成20.0亿元，为前10个月月均的1.05倍，"
        "需比上年同期增长21.2%，按上年进度预计全年227.3亿元，完成全年目标的98.8%。"
    )


@pytest.mark.parametrize(
    ("month", "expected"),
    [(1, None), (11, 1)],
)
def test_pace_at_the_boundary_months(month: int, expected: int | None) -> None:
    found = pace(D(10), D(100), month, None, None)
    assert found is not None and found.months_left == 12 - month
    assert pace(D(10), D(100), 12, None, None) is None


def test_pace_with_a_zero_or_missing_base() -> None:
    found = pace(D(50), D(100), 6, D(0), D(0))
    assert found is not None and found.required_growth is None
    assert projection(D(50), D(100), 6, D(0), D(80), False) is not None
    assert seasonal_progress(D(10), D(0)) is None and seasonal_progress(None, D(10)) is None


def test_compound_growth_is_exact_on_a_tie() -> None:
    # 1.0205² = 1.04142025: two years at exactly 2.05% a year.
    assert compound_growth(D("104.142025"), D(100), 2, 1, "half-up") == D("2.1")
    assert compound_growth(D("104.142025"), D(100), 2, 1, "half-even") == D("2.0")
    assert compound_growth(D("104.142026"), D(100), 2, 1, "half-even") == D("2.1")
    assert compound_growth(D("121"), D(100), 2, 1, "half-up") == D("10.0")
    assert compound_growth(D("81"), D(100), 2, 1, "half-up") == D("-10.0")


# --- through the command line -----------------------------------------------------------------------------


def test_json_carries_the_outlook(jc: Any, year_2019: Path) -> None:
    row = json.loads(jc("status", "--period", "2019-10", "--format", "json").stdout)["rows"][0]
    assert row["required_monthly"] == 20.0 and row["pace_ratio"] == 1.05 and row["projection_method"] == "last-year"
    assert row["level"] == "amber" and row["owner"] == "经发局" and row["schedule"] == "calendar"


def test_fail_on_red_and_amber(jc: Any, year_2019: Path) -> None:
    assert jc("status", "--period", "2019-10", "--fail-on", "red").exit_code == 3
    only_sales = jc("status", "--period", "2019-10", "--parts", "revenue", "--fail-on", "amber")
    assert only_sales.exit_code == 0  # the revenue and its tax have no target: no level


def test_owner_filter_and_parts(jc: Any, year_2019: Path) -> None:
    owned = json.loads(jc("status", "--period", "2019-10", "--owner", "财政所", "--format", "json").stdout)
    assert [row["id"] for row in owned["rows"]] == ["revenue", "tax"]
    parts = json.loads(jc("status", "--period", "2019-10", "--parts", "一般公共预算收入", "--format", "json").stdout)
    assert [row["id"] for row in parts["rows"]] == ["revenue", "tax"]
    grouped = jc("status", "--period", "2019-10", "--by", "owner").stdout
    assert "牵头单位：经发局" in grouped and "牵头单位：财政所" in grouped


def test_report_opens_with_what_needs_attention_and_the_supervision(jc: Any, year_2019: Path) -> None:
    text = jc("report", "--period", "2019-10", "--by", "owner").stdout
    assert text.index("需重点关注") < text.index("一、总体情况")
    assert "牵头单位：经发局" in text
    document = json.loads(jc("report", "--period", "2019-10", "--format", "json", "--by", "owner").stdout)
    assert document["focus"][0].startswith("综合能耗") and document["supervision"][0]["owner"] == "经发局"


def test_history_monthly(jc: Any, year_2019: Path) -> None:
    result = jc("history", "sales", "--monthly", "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["year"] == 2019 and [row["period"] for row in document["rows"]] == ["2019-09", "2019-10"]
    assert document["rows"][1]["month_value"] == 20
    table = jc("history", "sales", "--monthly").stdout
    assert "当月" in table and "2019年1-10月" in table


def test_against_an_earlier_year(jc: Any, tmp_path: Path) -> None:
    path = tmp_path / "targets.toml"
    path.write_text(
        'schema_version = 1\n[indicators.sales]\nname = "工业开票销售"\nunit = "亿元"\n\n'
        "[indicators.sales.actuals]\n2019 = 100\n2020 = 96\n2021 = 104.142025\n",
        encoding="utf-8",
    )
    row = json.loads(jc("status", "--year", "2021", "--against", "2019", "--format", "json").stdout)["rows"][0]
    assert (row["against_year"], row["growth_against_pct"], row["average_growth_pct"]) == (2019, 4.1, 2.1)


def test_check_finds_parts_that_exceed_their_total(jc: Any, year_2019: Path) -> None:
    assert jc("add-actual", "tax", "2019-10", "3.4", "--replace").exit_code == 0
    result = jc("check")
    assert result.exit_code == 1
    assert "税收收入合计3.4，超过总数3.3" in result.stdout


EDGES = """\
schema_version = 1
entity = "测试镇"

[indicators.energy]
name = "综合能耗"
unit = "万吨"
direction = "down"

[indicators.energy.targets]
2019 = 12

[indicators.energy.actuals]
2018-10 = 9.45
2018-12 = 11.4
2019-10 = 9.99

[indicators.water]
name = "用水总量"
unit = "万吨"
direction = "down"

[indicators.water.targets]
2019 = 100

[indicators.water.actuals]
2019-10 = 104

[indicators.firms]
name = "新增入库企业"
unit = "家"
kind = "count"

[indicators.firms.targets]
2019 = 12

[indicators.firms.actuals]
2018-10 = 7
2018-12 = 10
2019-10 = 8

[indicators.sales]
name = "工业开票销售"
unit = "亿元"

[indicators.sales.actuals]
2018-09 = 166
2018-10 = 186
2019-09 = 186.35
2019-10 = 208.02

[indicators.fees]
name = "非税收入"
unit = "亿元"

[indicators.fees.actuals]
2018-09 = 30
2018-10 = 32
2019-09 = 28
2019-10 = 28

[indicators.easy]
name = "服务业营业收入"
unit = "亿元"

[indicators.easy.targets]
2019 = 50

[indicators.easy.actuals]
2018-10 = 20
2018-12 = 45
2019-10 = 40

[indicators.invest]
name = "工业实际投入"
unit = "亿元"
schedule = "last-year"

[indicators.invest.targets]
2019 = 60

[indicators.invest.actuals]
2018-10 = 40
2018-12 = 50
2019-10 = 44
"""


def edges() -> dict[str, Any]:
    report = build_status(store.parse(EDGES), OCTOBER)
    return {row.id: row for row in report.rows} | {"_focus": focus(report), "_narrative": narrative(report)}


def test_a_ceiling_within_pace_but_heading_over_it_says_both() -> None:
    found = edges()
    energy = found["energy"]
    # 9.99 / 12 = 83.25% used prints 83.3%, as the year's 83.33% does: at pace, as printed (not 0.1 within).
    # 9.99 × 11.4 / 9.45 = 12.05 → 12.1, 100.8%.
    assert (energy.schedule_gap_pp, energy.projected, energy.projected_ceiling_used_pct, energy.level) == (
        D("0.0"),
        D("12.1"),
        D("100.8"),
        Level.AMBER,
    )
    sentence = next(text for text in found["_focus"] if text.startswith("综合能耗"))
    assert sentence == "综合能耗1-10月与序时进度持平，按上年进度预计全年12.1万吨，占控制数的100.8%，将突破控制目标。"


def test_a_ceiling_already_broken_is_said_in_the_past() -> None:
    sentence = next(text for text in edges()["_focus"] if text.startswith("用水总量"))
    assert sentence.startswith("用水总量1-10月已超出全年控制目标4万吨，") and "将突破" not in sentence


def test_a_counts_projection_and_its_share_agree_as_printed() -> None:
    firms = edges()["firms"]
    # 8 × 10 / 7 = 11.43: 11 firms, and 11 / 12 = 91.7% (not 95.2% of the unrounded figure).
    assert (firms.projected, firms.projected_completion_pct) == (D("11"), D("91.7"))


def test_the_trend_is_the_difference_of_the_printed_rates() -> None:
    found = edges()
    # 186.35 / 166 − 1 = 12.26% → 12.3; 208.02 / 186 − 1 = 11.84% → 11.8: 0.5 down (the exact change is 0.42).
    assert found["sales"].growth_change_pp == D("-0.5")
    assert "增幅较1-9月回落0.5个百分点" in next(text for text in found["_narrative"] if "工业开票销售" in text)


def test_a_deepening_fall_is_said_as_such() -> None:
    # −6.7% in 1-9月, −12.5% in 1-10月: the fall widened by 5.8 points.
    assert "同比下降12.5%，减收4亿元，降幅较1-9月扩大5.8个百分点" in next(text for text in edges()["_narrative"] if "非税收入" in text)


def test_the_seasonal_schedule_is_named_in_the_focus_sentence() -> None:
    invest = edges()["invest"]
    # Last year 40 of 50 by October: 80%; 44 / 60 = 73.3%: 6.7 behind last year's pace.
    assert (invest.schedule, invest.schedule_gap_pp) == (Schedule.LAST_YEAR, D("-6.7"))
    sentence = next(text for text in edges()["_focus"] if text.startswith("工业实际投入"))
    assert sentence.startswith("工业实际投入1-10月落后上年同期进度6.7个百分点")


def test_a_pace_below_last_years_is_not_a_negative_growth() -> None:
    # 10 left for 2 months; last year's last two months brought 25: 40% of them would do (not 增长-60%).
    sentence = next(text for text in edges()["_focus"] if text.startswith("服务业营业收入"))
    assert "达到上年同期的40.0%即可" in sentence and "增长-" not in sentence


def test_the_alert_names_levels_and_statuses_in_words(jc: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JCTRACK_TODAY", "2019-11-20")
    path = tmp_path / "t.toml"
    path.write_text(EDGES, encoding="utf-8")
    result = jc("status", "--period", "2019-10", "--fail-on", "amber", file=path)
    assert result.exit_code == 3
    assert result.stderr.startswith("预警：2019年1-10月有5项指标处于关注（黄色）或预警（红色）：综合能耗（关注）、")


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".csv", ".docx", ".xlsx"])
def test_every_report_format_opens_with_focus_and_carries_supervision(
    jc: Any, year_2019: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    monkeypatch.setenv("JCTRACK_TODAY", "2019-11-20")
    out = tmp_path / f"r{suffix}"
    assert jc("report", "--period", "2019-10", "--by", "owner", "-o", str(out), file=year_2019).exit_code == 0
    if suffix == ".docx":
        docx = pytest.importorskip("docx")
        text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    elif suffix == ".xlsx":
        openpyxl = pytest.importorskip("openpyxl")
        text = "\n".join(str(row[0].value) for row in openpyxl.load_workbook(out)["综述"].iter_rows())
    else:
        text = out.read_text(encoding="utf-8-sig")
    focus_at, supervision_at = text.index("综合能耗1-10月高于序时进度6.7个百分点"), text.index("经发局")
    assert "需重点关注" in text or "focus" in text
    assert focus_at < text.index("工业开票销售1-10月落后序时进度0.7个百分点") and supervision_at > 0
    if suffix != ".csv":
        assert text.index("需重点关注") < text.index("督查通报") < text.index("一、总体情况")


def test_by_owner_is_one_document_for_a_machine_and_a_heading_per_owner_for_a_person(
    jc: Any, year_2019: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JCTRACK_TODAY", "2019-11-20")
    document = json.loads(jc("status", "--period", "2019-10", "--by", "owner", "--format", "json", file=year_2019).stdout)
    assert document["entity"] == "测试镇" and [row["owner"] for row in document["rows"]] == ["经发局", "经发局", "财政所", "财政所"]
    csv_lines = jc("status", "--period", "2019-10", "--by", "owner", "--format", "csv", file=year_2019).stdout.splitlines()
    assert sum(line.startswith("period,") for line in csv_lines) == 1 and len(csv_lines) == 5
    text = jc("status", "--period", "2019-10", "--by", "owner", file=year_2019).stdout
    assert text.startswith("牵头单位：经发局\n\n测试镇2019年1—10月主要经济指标完成情况") and "\n牵头单位：财政所\n" in text


def test_the_tables_beside_the_office_table(jc: Any, year_2019: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JCTRACK_TODAY", "2019-11-20")
    text = jc(
        "report", "--period", "2019-10", "--against", "2018", "--schedule", "last-year", "--format", "markdown", file=year_2019
    ).stdout
    outlook = text[text.index("### 测试镇2019年1—10月全年预测与进度要求") :]
    # 230 − 190 = 40 left; 20.0 a month against 19.0 so far; 227.3 by last year's pace, 98.8% of 230, 13.1% over 201
    assert "| 1 | 工业开票销售 | 亿元 | 40 | 20.0 | 19.0 | 1.05 | 21.2 | 227.3 | 按上年进度 | 98.8 | +13.1 |" in outlook
    # 税收收入 2.7 of 一般公共预算收入 3.3: 81.8%; (2.7 − 2.4) / 3 = 10.0 points of pull, all of the 0.3 rise
    assert "| 1 | 税收收入 | 一般公共预算收入 | 81.8 | +1.8 | +10.0 | 100.0 |" in text
    assert "### 测试镇2019年1—10月与2018年同期比较" in text and "| 1 | 工业开票销售 | 亿元 | +13.1 | +13.1 |" in text
    assert "注：工业开票销售的序时进度按上年同期进度计算" in text and "注：综合能耗缺上年同期或上年全年数，序时进度按时间计算。" in text


def test_history_monthly_as_html_draws_the_months_as_lines(jc: Any, year_2019: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JCTRACK_TODAY", "2019-11-20")
    html = jc("history", "sales", "--monthly", "--format", "html", file=year_2019).stdout
    assert html.startswith("<!DOCTYPE html>") and "工业开票销售（亿元）2019年逐月情况" in html
    assert html.count("<polyline") == 4  # 2019 and 2018 year to date, wide and narrow
    assert "年度目标 230" in html and "<script" not in html
    assert "2019年1-10月" in html and "82.6%" in html  # the table under the chart
    assert jc("history", "sales", "--format", "html", file=year_2019).exit_code == 2  # a line chart is of months


@pytest.mark.parametrize(
    ("value", "counted", "shown"),
    [
        ("20", False, "20.0"),
        ("3.7649", False, "3.76"),
        ("227.349", False, "227.3"),
        ("0.4166", False, "0.42"),
        ("999.94", False, "999.9"),
        ("4684.916", False, "4685"),
        ("53336.2", False, "53336"),
        ("5.6", True, "6"),
        ("0", False, "0.0"),
    ],
)
def test_a_derived_amount_is_written_as_the_office_writes_it(value: str, counted: bool, shown: str) -> None:
    from decimal import Decimal

    from jctrack.calc import _derived_amount

    assert str(_derived_amount(Decimal(value), counted, "half-up")) == shown


FINISHED_YEAR = """\
schema_version = 1
entity = "测试镇"

[indicators.sales]
name = "工业开票销售"
unit = "亿元"

[indicators.sales.targets]
2019 = 230

[indicators.sales.actuals]
2019 = 228

[indicators.firms]
name = "新增入库企业"
unit = "家"
kind = "count"

[indicators.firms.targets]
2019 = 12

[indicators.firms.actuals]
2019 = 9
"""


def test_a_year_not_met_is_focused_with_its_gap() -> None:
    report = build_status(store.parse(FINISHED_YEAR), Period(2019))
    # 228 / 230 = 99.13%: 2亿元 short; 9 / 12 = 75.0%: 3家 short.
    assert focus(report) == [
        "工业开票销售未完成全年目标，完成目标的99.1%，尚差2亿元。",
        "新增入库企业未完成全年目标，完成目标的75.0%，尚差3家。",
    ]


def test_the_line_under_the_title_names_last_years_pace_when_every_row_uses_it(
    jc: Any, year_2019: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JCTRACK_TODAY", "2019-11-20")
    path = tmp_path / "seasonal.toml"
    path.write_text(YEAR_2019.replace("[indicators.energy.targets]\n2019 = 10\n", ""), encoding="utf-8")
    seasonal = jc("status", "--period", "2019-10", "--schedule", "last-year", file=path).stdout
    assert seasonal.splitlines()[1] == "序时进度：按上年同期进度"  # 83.3% is no row's schedule
    assert jc("status", "--period", "2019-10", file=path).stdout.splitlines()[1] == "序时进度：83.3%"
    # One row on the calendar (综合能耗 has no figure last year): the calendar's 83.3% stays, the note names the rest.
    mixed = jc("status", "--period", "2019-10", "--schedule", "last-year", file=year_2019).stdout
    assert mixed.splitlines()[1] == "序时进度：83.3%" and "注：工业开票销售的序时进度按上年同期进度计算" in mixed


REVENUE = """\
schema_version = 1
entity = "测试镇"

[indicators.rev]
name = "一般公共预算收入"
unit = "万元"

[indicators.rev.targets]
2019 = 9000

[indicators.rev.actuals]
2018 = 7600
2018-01 = 500
2018-11 = 7000
2019-01 = 600
2019-11 = 8000
"""


def test_november_says_december_and_january_says_january(jc: Any, tmp_path: Path) -> None:
    """Not 后1个月月均需完成 or 前1个月月均: one month is named by its name."""
    data = store.parse(REVENUE)
    november = build_status(data, Period(2019, 11))
    # (9000 − 8000) in December; 8000 / 11 = 727.27 a month so far: 1000 / 727.27 = 1.375 → 1.38.
    assert "12月需完成1000万元，为前11个月月均的1.38倍" in focus(november)[0]
    path = tmp_path / "rev.toml"
    path.write_text(REVENUE, encoding="utf-8")
    table = jc("status", "--period", "2019-11", file=path).stdout
    assert "12月" in table and "后1个月" not in table
    january = jc("status", "--period", "2019-01", "--format", "markdown", file=path).stdout
    assert "| 1月完成 |" in january
    assert "前1个月" not in january
