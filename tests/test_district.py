"""A district of towns: every figure of the hand-made three-town district checked by hand, and a generated one.

The three towns (tests/fixtures/district/three), 工业开票销售 in 亿元 (前锋镇 keeps it in 万元):

| town | 2019-06 | 2018-06 | 同比 | target | 完成率 | 2019-05 同比 (位次) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| 金城镇 | 120 | 100 | 20.0% | 230 | 52.2% | 12.5% (3) |
| 前锋镇 | 600000万元 = 60 | 50 | 20.0% | 150 | 40.0% | 15.0% (2) |
| 南湖街道 | 42 | 40 | 5.0% | 100 | 42.0% | 20.0% (1) |
| 全区合计 | 222 | 190 | 16.842…% → 16.8% | 500 (district.toml) | 44.4% | |

位次 by growth: 1, 1, 3 (a tie); 位次变化 +2, +1, −2; gaps to the district's 16.842…%: +3.2, +3.2, −11.8.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest

from jctrack.calc import Status
from jctrack.district import (
    Aggregate,
    FindingKind,
    Measure,
    build_district_report,
    check_district,
    check_document,
    competition_ranks,
    district_matrix,
    district_status,
    indicator_narrative,
    indicator_status,
    indicator_status_document,
    load_district,
    matrix_document,
    matrix_from_status,
    previous_period,
    report_document,
    status_document,
    town_narrative,
)
from jctrack.errors import DataFileError, InputError, JctrackError
from jctrack.model import Period
from jctrack.render import Document, Format, Options, renderer_for
from jctrack.render.jsonout import encode
from jctrack.words import Lang
from jctrack.words.district import DistrictWord

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "district"
THREE = FIXTURES / "three"
REPO = Path(__file__).resolve().parent.parent
D = Decimal


@pytest.fixture(scope="module")
def three() -> Any:
    return load_district(THREE)


def column(status: Any, name: str) -> list[Any]:
    return [getattr(row, name) for row in status.rows]


# --- the hand-made district -------------------------------------------------------------------------


def test_the_towns_load_in_the_order_district_toml_gives(three: Any) -> None:
    assert three.name == "金城区"
    assert [t.name for t in three.towns] == ["金城镇", "前锋镇", "南湖街道"]
    assert [t.file for t in three.towns] == ["jincheng.toml", "qianfeng.toml", "nanhu.toml"]
    assert list(three.indicators) == ["industrial_sales", "new_firms", "pillar_share"]
    assert three.indicators["new_firms"].towns == ("金城镇", "前锋镇")  # 南湖街道 does not have it


def test_a_town_in_another_unit_is_converted_exactly(three: Any) -> None:
    qianfeng = three.towns[1].store.indicators["industrial_sales"]
    assert qianfeng.unit == "亿元"
    assert qianfeng.actuals[Period(2019, 6)].value == D(60)
    assert qianfeng.targets[2019].value == D(150)


def test_the_district_total_sums_like_with_like(three: Any) -> None:
    status = indicator_status(three, "industrial_sales", Period(2019, 6))
    total = status.total
    assert total.aggregate is Aggregate.SUM
    assert (total.actual, total.base, total.change) == (D(222), D(190), D(32))
    assert total.growth_pct == D("16.8")  # 222 / 190 − 1, not the mean of the towns' rates (15.0)
    assert (total.target, total.target_source) == (D(500), "district")
    assert total.completion_pct == D("44.4")
    assert total.schedule_gap_pp == D("-5.6")
    assert total.status is Status.BEHIND
    assert total.missing == () and total.comparable == ("金城镇", "前锋镇", "南湖街道")


def test_ranks_share_a_place_on_a_tie_and_change_against_last_month(three: Any) -> None:
    status = indicator_status(three, "industrial_sales", Period(2019, 6))
    assert status.previous_period == Period(2019, 5)
    assert column(status, "measure") == [D("20.0"), D("20.0"), D("5.0")]
    assert column(status, "rank") == [1, 1, 3]
    assert column(status, "previous_rank") == [3, 2, 1]
    assert column(status, "rank_change") == [2, 1, -2]
    assert [row.town for row in status.ranked()] == ["金城镇", "前锋镇", "南湖街道"]


def test_gaps_are_to_the_district_rate(three: Any) -> None:
    status = indicator_status(three, "industrial_sales", Period(2019, 6))
    assert column(status, "growth_gap_pp") == [D("3.2"), D("3.2"), D("-11.8")]  # 20 − 16.842…, 5 − 16.842…
    assert column(status, "completion_gap_pp") == [D("7.8"), D("-4.4"), D("-2.4")]  # 52.17… − 44.4, …
    assert column(status, "share_pct") == [D("54.1"), D("27.0"), D("18.9")]  # 120/222, 60/222, 42/222


def test_each_town_keeps_its_own_figures(three: Any) -> None:
    status = indicator_status(three, "industrial_sales", Period(2019, 6))
    rows = [row.row for row in status.rows if row.row is not None]
    assert [r.completion_pct for r in rows] == [D("52.2"), D("40.0"), D("42.0")]
    assert [r.schedule_gap_pp for r in rows] == [D("2.2"), D("-10.0"), D("-8.0")]
    assert [r.status for r in rows] == [Status.AHEAD, Status.BEHIND, Status.BEHIND]


@pytest.mark.parametrize(
    ("measure", "values", "ranks", "changes"),
    [
        (Measure.COMPLETION, ["52.2", "40.0", "42.0"], [1, 3, 2], [0, 0, 0]),  # May: 39.1, 30.7, 36.0
        (Measure.GAP, ["2.2", "-10.0", "-8.0"], [1, 3, 2], [0, 0, 0]),
        (Measure.ACTUAL, ["120", "60", "42"], [1, 2, 3], [0, 0, 0]),  # May: 90, 46, 36
    ],
)
def test_rank_by_another_measure(three: Any, measure: Measure, values: list[str], ranks: list[int], changes: list[int]) -> None:
    status = indicator_status(three, "industrial_sales", Period(2019, 6), rank_by=measure)
    assert column(status, "measure") == [D(v) for v in values]
    assert column(status, "rank") == ranks
    assert column(status, "rank_change") == changes


def test_a_town_without_last_year_is_left_out_of_the_growth_not_counted_as_zero(three: Any) -> None:
    status = indicator_status(three, "new_firms", Period(2019, 6))
    total = status.total
    assert (total.actual, total.comparable) == (D(8), ("金城镇",))
    assert (total.base, total.growth_pct) == (D(4), D("25.0"))  # 5 / 4 − 1 over 金城镇 only
    assert (total.target, total.target_source, total.completion_pct) == (D(18), "towns", D("44.4"))
    assert column(status, "applicable") == [True, True, False]  # 南湖街道: not applicable, not zero
    assert column(status, "rank") == [1, None, None]
    assert column(status, "growth_gap_pp") == [D("0.0"), None, None]
    assert column(status, "share_pct") == [D("62.5"), D("37.5"), None]


def test_a_ratio_is_never_summed_but_shown_as_the_towns_range(three: Any) -> None:
    status = indicator_status(three, "pillar_share", Period(2019, 6))
    total = status.total
    assert total.aggregate is Aggregate.RANGE
    assert (total.actual, total.low, total.high) == (None, D("60.5"), D("91.9"))
    assert total.status is None and total.growth_pp is None
    assert column(status, "measure") == [D("1.2"), D("-1.0"), D("0.0")]  # percentage points
    assert column(status, "rank") == [1, 3, 2]
    assert column(status, "growth_gap_pp") == [None, None, None]  # no district rate to compare with


def test_the_latest_period_is_the_default(three: Any) -> None:
    assert district_status(three).period == Period(2019, 6)


def test_the_matrix(three: Any) -> None:
    matrix = district_matrix(three, Period(2019, 6))
    assert matrix.towns == ("金城镇", "前锋镇", "南湖街道")
    assert [spec.id for spec in matrix.indicators] == ["industrial_sales", "new_firms", "pillar_share"]
    assert [(c.value, c.rank) for c in matrix.cells[0]] == [(D("20.0"), 1), (D("25.0"), 1), (D("1.2"), 1)]
    assert [(c.value, c.rank, c.applicable) for c in matrix.cells[2]][1] == (None, None, False)
    assert matrix.totals == (D("16.8"), D("25.0"), None)
    by_actual = district_matrix(three, Period(2019, 6), Measure.ACTUAL)
    assert [c.value for c in by_actual.cells[1]] == [D(60), D(3), D("85.0")]
    assert by_actual.totals == (D(222), D(8), None)
    from jctrack.render.districtcells import indicator_table, matrix_table

    assert matrix_table(by_actual, Lang.ZH).rows[-1][1:] == ["222", "8", "60.5–91.9"]  # a ratio's total: the range
    headers = indicator_table(indicator_status(three, "pillar_share", Period(2019, 6)), Lang.ZH).columns
    assert headers[1].replace("\u200b", "") == "1-6月（%）"  # a share is not 累计


def test_the_matrix_alone_is_the_matrix_of_the_full_status(three: Any) -> None:
    # The matrix command leaves out the previous period's ranks (it shows no 位次变化): nothing else may differ.
    for measure in Measure:
        alone = district_matrix(three, Period(2019, 6), measure)
        assert alone == matrix_from_status(district_status(three, Period(2019, 6), measure))


def test_the_narrative_in_both_languages(three: Any) -> None:
    status = indicator_status(three, "industrial_sales", Period(2019, 6))
    assert indicator_narrative(status, Lang.ZH) == [
        "2019年1-6月，全区完成工业开票销售222亿元，同比增长16.8%，完成全年目标的44.4%，落后序时进度5.6个百分点；"
        # three towns: listed in order, not as 前三位 (which would be all of them)
        "各镇(街道)增幅依次为金城镇和前锋镇（并列，均为20.0%）、南湖街道（5.0%）；落后序时进度的有前锋镇、南湖街道。",
        "金城镇工业开票销售增幅居全区第1位，高于全区平均3.2个百分点，位次较上期上升2位。",
        "前锋镇工业开票销售增幅居全区第1位，高于全区平均3.2个百分点，位次较上期上升1位。",
        "南湖街道工业开票销售增幅居全区第3位，低于全区平均11.8个百分点，位次较上期下降2位。",
    ]
    english = indicator_narrative(status, Lang.EN)
    assert english[0].startswith("Jan–Jun 2019: the district's Industrial invoiced sales was 222 CNY 100m, up 16.8% year on year")
    assert english[3] == (
        "南湖街道: Industrial invoiced sales growth ranks no. 3 in the district, 11.8 points below the district average, "
        "rank down 2 on the previous period."
    )
    assert town_narrative(district_status(three, Period(2019, 6)), "前锋镇", Lang.ZH)[0].startswith("前锋镇工业开票销售增幅居全区第1位")


def test_a_growth_over_fewer_towns_than_report_says_its_comparable_scope(three: Any) -> None:
    # 新增企业: 金城镇 5 (last year 4) and 前锋镇 3 (no figure last year): 25.0% is 金城镇's alone.
    status = indicator_status(three, "new_firms", Period(2019, 6))
    assert status.total.reporting == ("金城镇", "前锋镇") and status.total.comparable == ("金城镇",)
    first = indicator_narrative(status, Lang.ZH)[0]
    assert first.startswith("2019年1-6月，全区新增企业8家，可比口径（1个镇(街道)）同比增长25.0%，完成全年目标的44.4%")
    assert "up 25.0% year on year on a comparable basis (1 town(s) with last year's figure)" in indicator_narrative(status, Lang.EN)[0]
    every = indicator_narrative(indicator_status(three, "industrial_sales", Period(2019, 6)), Lang.ZH)[0]
    assert "可比口径" not in every  # all three towns compare: the district's own growth


def test_the_report_brings_it_together(three: Any) -> None:
    report = build_district_report(three, Period(2019, 6), Lang.ZH)
    assert report.title == "金城区2019年1—6月经济运行情况"
    assert report.narrative[0].startswith("2019年1-6月，全区完成工业开票销售222亿元")
    assert report.narrative[2].startswith("各镇(街道)支柱产业占比在60.5%至91.9%之间")  # the period is said once, first
    document = json.loads(encode(report_document(report)))
    assert document["matrix"]["total"] == [16.8, 25.0, None]
    assert document["indicators"][0]["total"]["actual"] == 222


def test_check_finds_targets_that_do_not_add_up_and_missing_figures(three: Any) -> None:
    result = check_district(three)
    assert not result.ok
    found = [(f.kind, f.indicator, f.period, f.towns) for f in result.findings]
    assert found == [
        (FindingKind.TARGETS_DO_NOT_ADD_UP, "industrial_sales", "2019", ("金城镇", "前锋镇", "南湖街道")),
        (FindingKind.MISSING_FIGURE, "new_firms", "2018-06", ("前锋镇",)),
    ]
    assert result.findings[0].details["difference"] == D(-20)
    assert result.findings[0].text(Lang.ZH) == "工业开票销售 2019年：各镇(街道)目标合计480亿元，全区目标500亿元，相差-20亿元"
    document = check_document(result, Lang.EN)
    assert document["findings"][1]["message"] == "新增企业 2018-06: no figure from 前锋镇"


def test_json_documents_hold_exact_decimals_never_floats(three: Any) -> None:
    status = district_status(three, Period(2019, 6))

    def walk(value: Any) -> None:
        assert not isinstance(value, float), value
        if isinstance(value, dict):
            for inner in value.values():
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    for document in (status_document(status), matrix_document(district_matrix(three)), indicator_status_document(status.indicators[0])):
        walk(document)
    first = status_document(status)["indicators"][0]
    assert first["towns"][1]["actual"] == D(60)
    assert first["towns"][0]["rank_change"] == 2
    assert first["total"]["growth_pct"] == D("16.8")
    assert json.loads(encode(first))["towns"][2]["growth_gap_pp"] == -11.8


def test_frames_keep_decimals(three: Any) -> None:
    from jctrack.district.frames import TOTAL_ROW, indicator_frame, matrix_frame

    status = indicator_status(three, "industrial_sales", Period(2019, 6))
    frame = indicator_frame(status)
    assert all(dtype.kind == "O" for dtype in frame.dtypes)
    assert frame.loc["前锋镇", "actual"] == D(60) and isinstance(frame.loc["前锋镇", "actual"], Decimal)
    assert frame.loc[TOTAL_ROW, "actual"] == D(222)
    assert frame.loc["南湖街道", "rank"] == 3 and type(frame.loc["南湖街道", "rank"]) is int
    matrix = matrix_frame(district_matrix(three, Period(2019, 6)))
    assert matrix.loc["金城镇", ("industrial_sales", "value")] == D("20.0")
    assert matrix.loc["南湖街道", ("new_firms", "rank")] is None


def test_the_district_tables_do_not_load_pandas() -> None:
    code = (
        "import sys; from pathlib import Path; from jctrack.district import *;"
        f"d = load_district(Path({str(THREE)!r})); r = build_district_report(d); check_district(d);"
        "status_document(r.status); report_document(r); assert 'pandas' not in sys.modules, 'pandas loaded'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- ranks and periods ------------------------------------------------------------------------------


def test_competition_ranking() -> None:
    values = [D(10), D(20), D(20), D(5), None]
    assert competition_ranks(values) == [3, 1, 1, 4, None]
    assert competition_ranks(values, higher_is_better=False) == [2, 3, 3, 1, None]
    assert competition_ranks([]) == []


def test_previous_period() -> None:
    assert previous_period(Period(2019, 6)) == Period(2019, 5)
    assert previous_period(Period(2019, 1)) is None
    assert previous_period(Period(2019)) == Period(2018)


# --- small districts written by the tests -----------------------------------------------------------


def town_text(entity: str, body: str) -> str:
    return f'schema_version = 1\nentity = "{entity}"\nrounding = "half-up"\n\n{body}'


def flow(indicator: str, unit: str = "亿元", kind: str = "flow", direction: str = "up", **values: str) -> str:
    lines = [f"[indicators.{indicator}]", f'name = "{indicator}名"', f'unit = "{unit}"', f'kind = "{kind}"', f'direction = "{direction}"']
    lines += ["", f"[indicators.{indicator}.actuals]"] + [f"{key.replace('_', '-')[1:]} = {value}" for key, value in values.items()]
    return "\n".join(lines) + "\n\n"


def write_district(folder: Path, towns: dict[str, str], config: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for file, text in towns.items():
        (folder / file).write_text(text, encoding="utf-8")
    if config is not None:
        (folder / "district.toml").write_text(config, encoding="utf-8")
    return folder


def test_a_ratio_with_numerator_and_denominator_is_a_ratio_of_sums(tmp_path: Path) -> None:
    def town(pillar: str, output: str, pillar_ly: str, output_ly: str, share: str) -> str:
        return (
            flow("pillar", y2019_06=pillar, y2018_06=pillar_ly)
            + flow("output", y2019_06=output, y2018_06=output_ly)
            + flow("share", unit="%", kind="ratio", y2019_06=share)
        )

    folder = write_district(
        tmp_path / "d",
        {
            "a.toml": town_text("甲镇", town("90", "100", "80", "100", "90")),
            "b.toml": town_text("乙镇", town("10", "100", "30", "100", "10")),
        },
        '[indicators.share]\nnumerator = "pillar"\ndenominator = "output"\n[indicators.share.targets]\n2019 = 60\n',
    )
    status = indicator_status(load_district(folder), "share", Period(2019, 6))
    total = status.total
    assert total.aggregate is Aggregate.RATIO
    assert total.actual == D(50)  # (90 + 10) / (100 + 100)
    assert total.base == D(55)  # (80 + 30) / 200
    assert total.growth_pp == D("-5.0")
    assert total.completion_pct == D("83.3")  # 50 / 60


def test_a_ratio_of_sums_is_rounded_once_to_one_decimal_in_every_form(tmp_path: Path) -> None:
    # 甲镇 12 of 35, 乙镇 13 of 40 (last year 10 of 32, 11 of 38): 25 / 75 = 33.33…% → 33.3;
    # last year 21 / 70 = 30.0%; the change is 33.3 − 30.0 = 3.3 points.
    def town(part: str, whole: str, part_ly: str, whole_ly: str) -> str:
        return (
            flow("pillar", y2019_06=part, y2018_06=part_ly)
            + flow("output", y2019_06=whole, y2018_06=whole_ly)
            + flow("share", unit="%", kind="ratio", y2019_06="34.3")
        )

    folder = write_district(
        tmp_path / "d",
        {"a.toml": town_text("甲镇", town("12", "35", "10", "32")), "b.toml": town_text("乙镇", town("13", "40", "11", "38"))},
        '[indicators.share]\nnumerator = "pillar"\ndenominator = "output"\n',
    )
    status = indicator_status(load_district(folder), "share", Period(2019, 6))
    assert (status.total.actual, status.total.base, status.total.growth_pp) == (D("33.3"), D("30.0"), D("3.3"))
    document = encode(indicator_status_document(status))
    assert '"actual": 33.3,' in document and '"base": 30.0,' in document
    for fmt in (Format.TEXT, Format.MARKDOWN, Format.CSV):
        out = io.BytesIO()
        renderer_for(Document.DISTRICT_INDICATOR, fmt)(status, out, Options(lang=Lang.ZH))
        text = out.getvalue().decode("utf-8")
        assert "33.3" in text and "33.33" not in text, fmt


def test_an_incomplete_total_is_not_set_against_the_whole_target(tmp_path: Path) -> None:
    folder = write_district(
        tmp_path / "d",
        {"a.toml": town_text("甲镇", flow("sales", y2019_06="10", y2019_05="8")), "b.toml": town_text("乙镇", flow("sales", y2019_05="5"))},
        "[indicators.sales.targets]\n2019 = 100\n",
    )
    total = indicator_status(load_district(folder), "sales", Period(2019, 6)).total
    assert (total.actual, total.missing, total.complete) == (D(10), ("乙镇",), False)
    assert total.completion_pct is None and total.status is Status.NO_DATA
    assert "乙镇未报数" in build_district_report(load_district(folder), Period(2019, 6)).narrative[0]


def test_lower_is_better_ranks_the_lowest_growth_first(tmp_path: Path) -> None:
    towns = {
        f"{name}.toml": town_text(name, flow("energy", unit="吨", direction="down", y2019=now, y2018="100"))
        for name, now in (("甲镇", "90"), ("乙镇", "110"), ("丙镇", "95"))
    }
    status = indicator_status(load_district(write_district(tmp_path / "d", towns)), "energy", Period(2019))
    assert [row.town for row in status.rows] == ["丙镇", "乙镇", "甲镇"]  # files sorted by name
    assert column(status, "measure") == [D("-5.0"), D("10.0"), D("-10.0")]
    assert column(status, "rank") == [2, 3, 1]


def test_a_town_that_kept_its_place_is_said_to_and_differs_from_one_without_a_previous_rank(three: Any) -> None:
    from jctrack.render.districtcells import indicator_table

    status = indicator_status(three, "industrial_sales", Period(2019, 6), rank_by=Measure.COMPLETION)
    assert column(status, "rank_change") == [0, 0, 0]
    assert [row[6] for row in indicator_table(status, Lang.ZH).rows[:3]] == ["持平", "持平", "持平"]
    assert [row[6] for row in indicator_table(status, Lang.EN).rows[:3]] == ["same", "same", "same"]
    firms = indicator_table(indicator_status(three, "new_firms", Period(2019, 6)), Lang.ZH)
    assert firms.rows[0][6] == "—"  # no town was ranked in May: nothing to compare with, not 新 for all


def test_a_town_ranked_now_but_not_last_time_is_new_while_others_were_ranked(three: Any) -> None:
    from dataclasses import replace

    from jctrack.render.districtcells import rank_change

    first = indicator_status(three, "industrial_sales", Period(2019, 6)).rows[0]
    unranked_before = replace(first, previous_rank=None, rank_change=None)
    assert rank_change(unranked_before, Lang.ZH, ranked_before=True) == "新"
    assert rank_change(unranked_before, Lang.ZH, ranked_before=False) == "—"
    assert rank_change(first, Lang.ZH) == "↑2"


def ceiling_district(tmp_path: Path) -> Path:
    # 综合能耗, a ceiling: 甲镇 used 40 of 100, 乙镇 66 of 120 (55.0%), 丙镇 24 of 60 (40.0%).
    def energy(used: str, ceiling: str, last_year: str) -> str:
        body = flow("energy", unit="吨标准煤", direction="down", y2019_06=used, y2018_06=last_year)
        return body + f"[indicators.energy.targets]\n2019 = {ceiling}\n\n"

    towns = {"a.toml": energy("40", "100", "50"), "b.toml": energy("66", "120", "60"), "c.toml": energy("24", "60", "30")}
    return write_district(tmp_path / "d", {f: town_text(n, t) for (f, t), n in zip(towns.items(), ("甲镇", "乙镇", "丙镇"), strict=True)})


def test_ceilings_rank_by_the_share_used_less_first(tmp_path: Path) -> None:
    district = load_district(ceiling_district(tmp_path))
    status = indicator_status(district, "energy", Period(2019, 6), rank_by=Measure.COMPLETION)
    assert column(status, "measure") == [D("40.0"), D("55.0"), D("40.0")]
    assert column(status, "rank") == [1, 3, 1]
    assert (status.total.completion_pct, status.total.ceiling_used_pct) == (None, D("46.4"))  # 130 of 280
    assert column(status, "completion_gap_pp") == [D("-6.4"), D("8.6"), D("-6.4")]
    first = indicator_narrative(status, Lang.ZH)[0]
    assert "全区energy名130吨标准煤，同比下降7.1%，占全年控制数的46.4%，" in first
    assert "；各镇(街道)占控制数依次为甲镇和丙镇（并列，均为40.0%）、乙镇（55.0%）；" in first
    assert encode(indicator_status_document(status)).count('"ceiling_used_pct": 46.4') == 1
    matrix = district_matrix(district, Period(2019, 6), Measure.COMPLETION)
    assert [row[0].rank for row in matrix.cells] == [1, 3, 1] and matrix.totals == (D("46.4"),)


def test_a_limit_has_no_completion_to_rank_by(tmp_path: Path) -> None:
    towns = {
        "a.toml": town_text("甲镇", flow("debt", unit="%", kind="ratio", direction="down", y2019="40")),
        "b.toml": town_text("乙镇", flow("debt", unit="%", kind="ratio", direction="down", y2019="45")),
    }
    district = load_district(write_district(tmp_path / "d", towns))
    with pytest.raises(InputError) as caught:
        indicator_status(district, "debt", Period(2019), rank_by=Measure.COMPLETION)
    assert str(caught.value).startswith("debt名是逆向的比重或存量指标（限值），没有完成率可排位次")
    assert [cell.rank for cell in district_matrix(district, Period(2019), Measure.COMPLETION).cells[0]] == [None]


def test_the_gap_to_the_district_is_the_difference_of_the_printed_rates(tmp_path: Path) -> None:
    # 甲镇 100 → 96.16 (−3.84%, printed −3.8); 乙镇 100 → 95.94 (−4.06%, printed −4.1);
    # the district 200 → 192.1 (−3.95%, printed −4.0). From the table: −3.8 − (−4.0) = +0.2, −4.1 − (−4.0) = −0.1.
    towns = {
        "a.toml": town_text("甲镇", flow("sales", y2019="96.16", y2018="100")),
        "b.toml": town_text("乙镇", flow("sales", y2019="95.94", y2018="100")),
    }
    status = indicator_status(load_district(write_district(tmp_path / "d", towns)), "sales", Period(2019))
    assert column(status, "measure") == [D("-3.8"), D("-4.1")] and status.total.growth_pct == D("-4.0")
    assert column(status, "growth_gap_pp") == [D("0.2"), D("-0.1")]  # the exact rates gave +0.1 and −0.1


def test_units_that_cannot_convert_and_differing_definitions_are_listed(tmp_path: Path) -> None:
    folder = write_district(
        tmp_path / "d",
        {
            "a.toml": town_text("甲镇", flow("sales", y2019="1")),
            "b.toml": town_text("乙镇", flow("sales", unit="家", kind="count", y2019="1")),
            "c.toml": town_text("丙镇", flow("sales", direction="down", y2019="1")),
        },
    )
    district = load_district(folder)
    kinds = [(f.kind, f.towns) for f in check_district(district).findings]
    assert (FindingKind.UNIT_CANNOT_CONVERT, ("乙镇",)) in kinds
    assert (FindingKind.KIND_DIFFERS, ("乙镇",)) in kinds
    assert (FindingKind.DIRECTION_DIFFERS, ("丙镇",)) in kinds
    with pytest.raises(DataFileError) as caught:
        indicator_status(district, "sales")
    assert str(caught.value).startswith("sales：乙镇的种类为计数，全区为流量，不能并列比较")
    without_kind = load_district(
        write_district(
            tmp_path / "e",
            {"a.toml": town_text("甲镇", flow("sales", y2019="1")), "b.toml": town_text("乙镇", flow("sales", unit="吨", y2019="1"))},
        )
    )
    with pytest.raises(DataFileError) as caught:
        indicator_status(without_kind, "sales")
    assert "乙镇" in str(caught.value) and "吨" in str(caught.value)


# --- bad input: one line each, naming the file or key ------------------------------------------------

SALES = town_text("甲镇", flow("sales", y2019="1"))


def refused(path: Path, **options: Any) -> JctrackError:
    with pytest.raises(JctrackError) as caught:
        load_district(path, **options)
    message = str(caught.value)
    assert message and "\n" not in message, message
    return caught.value


def test_a_folder_without_town_files(tmp_path: Path) -> None:
    assert "没有镇(街道)数据文件" in str(refused(write_district(tmp_path / "empty", {})))
    error = refused(write_district(tmp_path / "only", {}, 'name = "区"\n'))
    assert error.key is DistrictWord.NO_TOWNS


def test_a_file_that_is_not_a_town_file(tmp_path: Path) -> None:
    folder = write_district(tmp_path / "d", {"a.toml": SALES, "pyproject.toml": '[project]\nname = "x"\n'})
    error = refused(folder)
    assert "pyproject.toml" in str(error) and "不是镇(街道)数据文件" in str(error)


def test_two_files_of_the_same_town(tmp_path: Path) -> None:
    error = refused(write_district(tmp_path / "d", {"a.toml": SALES, "b.toml": SALES}))
    assert "a.toml" in str(error) and "b.toml" in str(error) and "甲镇" in str(error)


def test_district_toml_naming_a_missing_file(tmp_path: Path) -> None:
    error = refused(write_district(tmp_path / "d", {"a.toml": SALES}, 'towns = ["a.toml", "gone.toml"]\n'))
    assert "gone.toml" in str(error)


def test_one_damaged_town_is_named_and_refuses_the_district_unless_skipped(tmp_path: Path) -> None:
    folder = write_district(
        tmp_path / "d", {"a.toml": SALES, "b.toml": "schema_version = 1\nentity = [\n", "c.toml": SALES.replace("甲镇", "丙镇")}
    )
    error = refused(folder)
    assert "b.toml" in str(error) and "1个镇(街道)文件无法读取" in str(error)
    district = load_district(folder, skip_bad=True)
    assert [t.name for t in district.towns] == ["甲镇", "丙镇"]
    assert [s.file for s in district.skipped] == ["b.toml"]
    assert district_status(district).skipped == ("b.toml",)
    assert not check_district(district).ok


def test_every_town_damaged_is_refused_even_when_skipping(tmp_path: Path) -> None:
    refused(write_district(tmp_path / "d", {"b.toml": "not toml ["}), skip_bad=True)


def test_paths(tmp_path: Path) -> None:
    folder = write_district(tmp_path / "d", {"a.toml": SALES}, 'name = "测试区"\n')
    assert load_district(folder / "district.toml").name == "测试区"
    assert load_district(write_district(tmp_path / "plain", {"a.toml": SALES})).name == "plain"
    assert "不存在" in str(refused(tmp_path / "nowhere"))
    assert "既不是文件夹也不是district.toml" in str(refused(folder / "a.toml"))


def test_a_kept_edit_copy_and_hidden_files_are_not_members(tmp_path: Path) -> None:
    folder = write_district(tmp_path / "d", {"a.toml": SALES, "a.edit-x1y2.toml": "broken [", ".hidden.toml": "broken ["})
    assert [t.file for t in load_district(folder).towns] == ["a.toml"]


@pytest.mark.parametrize(
    ("config", "says"),
    [
        ('nmae = "区"\n', "未知的键nmae"),
        ('[settings]\nrounding = "up"\n', "settings.rounding"),
        ('[settings]\nrank_by = "size"\n', "settings.rank_by"),
        ("[settings]\nthreshold = 1\n", "settings.threshold"),
        ("schema_version = 2\n", "schema_version"),
        ('towns = "a.toml"\n', "towns"),
        ('towns = ["../a.toml"]\n', "../a.toml"),
        ('towns = ["a.toml", "a.toml"]\n', "两次列出a.toml"),
        ("[indicators.nothing]\n", "indicators.nothing"),
        ('[indicators.sales]\nunit = "1斤"\n', "indicators.sales.unit"),
        ('[indicators.sales]\nnumerator = "sales"\n', "numerator和denominator"),
        ('[indicators.sales]\nnumerator = "sales"\ndenominator = "gone"\n', "indicators.sales.denominator"),
        ('[indicators.sales]\naggregate = "mean"\n', "indicators.sales.aggregate"),
        ("[indicators.sales.targets]\n2019-06 = 1\n", "indicators.sales.targets.2019-06"),
        ('[indicators.sales.targets]\n2019 = "many"\n', "indicators.sales.targets.2019"),
        ("[indicators.sales.targets]\n2019 = 1e400\n", "indicators.sales.targets.2019"),
        ('[indicators.sales.targets.2019]\nsource = "x"\n', "indicators.sales.targets.2019.value"),
        ("name = \n", "不是有效的TOML"),
    ],
)
def test_district_toml_is_validated_strictly(tmp_path: Path, config: str, says: str) -> None:
    error = refused(write_district(tmp_path / "d", {"a.toml": SALES}, config))
    assert says in str(error), str(error)


def test_a_ratio_cannot_be_declared_a_sum(tmp_path: Path) -> None:
    folder = write_district(
        tmp_path / "d",
        {"a.toml": town_text("甲镇", flow("share", unit="%", kind="ratio", y2019="5"))},
        '[indicators.share]\naggregate = "sum"\n',
    )
    assert "indicators.share.aggregate" in str(refused(folder))


def test_unknown_rank_measure_and_indicator(three: Any) -> None:
    with pytest.raises(InputError):
        indicator_status(three, "industrial_sales", rank_by="size")
    with pytest.raises(InputError):
        indicator_status(three, "no_such_indicator")
    assert indicator_status(three, "工业开票销售").indicator.id == "industrial_sales"  # by name, too


# An English phrase inside a Chinese message: two Latin words in a row ("district check", a command, aside).
ENGLISH_PHRASE = re.compile(r"[A-Za-z]{2,}[ :,;]+[A-Za-z]{2,}")


@pytest.mark.parametrize(
    ("towns", "config", "chinese", "english"),
    [
        (
            {"a.toml": town_text("甲镇", flow("stock", kind="level", y2019="1")), "b.toml": town_text("乙镇", flow("stock", y2019="1"))},
            None,
            "stock名：乙镇的种类为流量，全区为存量",
            "stock名: 乙镇 has kind flow, the district level",
        ),
        (
            {"a.toml": town_text("甲镇", flow("cost", direction="down", y2019="1")), "b.toml": town_text("乙镇", flow("cost", y2019="1"))},
            None,
            "cost名：乙镇的方向为正向，全区为逆向",
            "cost名: 乙镇 has direction up, the district down",
        ),
        (
            {"a.toml": town_text("甲镇", flow("share", unit="%", kind="ratio", y2019="5"))},
            '[indicators.share]\naggregate = "sum"\n',
            "district.toml：indicators.share.aggregate不能为sum：比重指标从不相加",
            "district.toml: indicators.share.aggregate cannot be sum: a ratio is never added up",
        ),
        (
            {"a.toml": SALES},
            "[indicators.sales.targets]\nplan = 1\n",
            "district.toml：indicators.sales.targets.plan不是2019这样的年份",
            "district.toml: indicators.sales.targets.plan is not a year like 2019",
        ),
        (
            {"a.toml": SALES},
            "[indicators.sales.targets]\n2019 = 123456789012345678901\n",
            "district.toml：indicators.sales.targets.2019为123456789012345678901，小数点前超过 20 位",
            "district.toml: indicators.sales.targets.2019 is 123456789012345678901, which has more than 20 digits before the decimal point",
        ),
    ],
)
def test_district_messages_are_worded_in_each_language(
    tmp_path: Path, towns: dict[str, str], config: str | None, chinese: str, english: str
) -> None:
    from jctrack.words import say

    folder = write_district(tmp_path / "d", towns, config)
    try:
        district = load_district(folder)
        said = [(f.text(Lang.ZH), f.text(Lang.EN)) for f in check_district(district).findings]
        said += [(say(f.key, Lang.ZH, **f.params), say(f.key, Lang.EN, **f.params)) for f in _errors(district)]
    except JctrackError as error:
        said = [(say(error.key, Lang.ZH, **error.params), say(error.key, Lang.EN, **error.params))]
    assert any(zh.startswith(chinese) and en.startswith(english) for zh, en in said), said
    for zh, _ in said:
        assert not ENGLISH_PHRASE.search(zh.replace("district check", "")), zh


def test_no_district_word_has_english_inside_its_chinese() -> None:
    from jctrack.words.district import TEXTS

    for key, (chinese, _) in TEXTS.items():
        bare = re.sub(r"\{[a-z_]+\}|--[a-z-]+ [a-z]+", "", chinese).replace("district check", "")  # commands as typed
        assert not ENGLISH_PHRASE.search(bare), key
        assert not re.search(r"[\u4e00-\u9fff]:|[^.a-z]:[^ \\]", chinese), key  # a Chinese clause ends with "：", not ":"


def _errors(district: Any) -> list[JctrackError]:
    found = []
    for spec in district.indicators.values():
        try:
            indicator_status(district, spec, Period(2019))
        except JctrackError as error:
            found.append(error)
    return found


def test_errors_are_worded_in_english_too(tmp_path: Path) -> None:
    from jctrack.words import say

    error = refused(write_district(tmp_path / "d", {"a.toml": SALES, "b.toml": SALES}))
    assert isinstance(error.key, StrEnum)
    assert say(error.key, Lang.EN, **error.params).startswith("a.toml and b.toml both have entity 甲镇")


# --- a generated district of ten towns ---------------------------------------------------------------


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import generate  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    folder = tmp_path_factory.mktemp("generated") / "district"
    generate.build_district(10, 8, 3, folder)
    return folder


def test_a_generated_district_adds_up(generated: Path) -> None:
    district = load_district(generated)
    assert len(district.towns) == 10 and len(district.indicators) == 8
    result = check_district(district)
    assert result.ok, [f.text(Lang.EN) for f in result.findings[:3]]
    period = district.latest_period()
    assert period == Period(2017, 12)
    status = district_status(district, period)
    for indicator in status.indicators:
        stores = [town.store.indicators[indicator.indicator.id] for town in district.towns]
        now = sum((s.actuals[period].value for s in stores), D(0))
        before = sum((s.actuals[Period(2016, 12)].value for s in stores), D(0))
        target = sum((s.targets[2017].value for s in stores), D(0))
        total = indicator.total
        assert (total.actual, total.base, total.target) == (now, before, target)
        expected = ((now / before - 1) * 100).quantize(D("0.1"), rounding="ROUND_HALF_UP")
        assert total.growth_pct == expected
        ranked = sorted((row.measure for row in indicator.rows if row.measure is not None), reverse=True)
        assert [row.measure for row in indicator.ranked()] == ranked
        assert indicator.ranked()[0].rank == 1
    matrix = district_matrix(district, period)
    assert len(matrix.cells) == 10 and all(len(row) == 8 for row in matrix.cells)


def test_parallel_and_serial_loads_agree(generated: Path) -> None:
    serial = district_status(load_district(generated, workers=1))
    parallel = district_status(load_district(generated, workers=2))
    assert status_document(serial) == status_document(parallel)
