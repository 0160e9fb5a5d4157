"""The narrative sentences: golden files for the shipped data, and a constructed case for every wording rule."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jctrack import store
from jctrack.calc import build_status
from jctrack.model import Direction, Entry, Indicator, Kind, Period, Store
from jctrack.narrative import narrative

from .conftest import SHIPPED, matches_golden


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_shipped_2018_narrative_matches_golden(lang: str) -> None:
    sentences = narrative(build_status(store.load(SHIPPED)), lang)
    matches_golden(f"narrative_2018_{lang}.txt", "\n".join(sentences) + "\n")


def test_shipped_2018_sentences_read_like_the_source_report() -> None:
    source = (SHIPPED.parent / "seeds" / "jincheng-2018-work-report.txt").read_text(encoding="utf-8")
    sentences = narrative(build_status(store.load(SHIPPED)), "zh")
    # The report's own clauses, in its own words.
    for clause in [
        "全年完成工业开票销售201亿元，同比增长16.9%，超额完成全年目标任务",
        "完成工业实际投入34.2亿元，同比增长71.2%",
        "完成一般公共预算收入4.1亿元，同比增长28.5%",
        "完成项目协议总投资150.89亿元",
        "新增高新技术企业6家，超额完成全年目标任务",
        "新增股改企业3家，完成全年目标任务",
    ]:
        assert clause.replace("，", ",") in source  # the source as kept is in half-width punctuation
        assert any(clause in sentence for sentence in sentences), clause


def one(indicator: Indicator, period: Period, lang: str = "zh") -> str:
    data = Store(entity="镇")
    data.indicators[indicator.id] = indicator
    sentences = narrative(build_status(data, period), lang)
    assert len(sentences) == 1
    return sentences[0]


def sales(**kwargs: object) -> Indicator:
    settings: dict[str, object] = {"id": "sales", "name": "工业开票销售", "unit": "亿元", "name_en": "Industrial invoiced sales"}
    settings.update(kwargs)
    return Indicator(**settings)  # type: ignore[arg-type]


H1_2019 = Period(2019, 6)


def test_month_sentence_of_the_issue() -> None:
    ind = sales(targets={2019: Entry(D(230))}, actuals={Period(2018, 6): Entry(D(100)), H1_2019: Entry(D(120))})
    assert one(ind, H1_2019) == "1-6月，完成工业开票销售120亿元，同比增长20.0%，增加20亿元，完成全年目标的52.2%，超序时进度2.2个百分点。"
    assert one(ind, H1_2019, "en") == (
        "Industrial invoiced sales: 120 (CNY 100m), up 20.0% year on year, 52.2% of the annual target, 2.2 points ahead of schedule."
    )


def test_decline_is_never_negative_growth() -> None:
    ind = sales(targets={2019: Entry(D(240))}, actuals={Period(2018, 6): Entry(D(100)), H1_2019: Entry(D(95))})
    sentence = one(ind, H1_2019)
    assert "同比下降5.0%，减少5亿元" in sentence
    assert "落后序时进度10.4个百分点" in sentence
    assert "-" not in sentence.replace("1-6月", "")


def test_growth_of_100_percent_or_more_is_in_times() -> None:
    ind = sales(actuals={Period(2018): Entry(D(100)), Period(2019): Entry(D(230))})
    assert "同比增长1.3倍" in one(ind, Period(2019))


def test_times_are_rounded_from_the_exact_growth() -> None:
    # 224.96/100 − 1 = 124.96%: rounding the percentage first (125.0%) would give 1.3倍.
    ind = sales(actuals={Period(2018): Entry(D(100)), Period(2019): Entry(D("224.96"))})
    assert "同比增长1.2倍" in one(ind, Period(2019))


def test_income_uses_zengshou_and_jianshou() -> None:
    ind = sales(name="一般公共预算收入", actuals={Period(2018): Entry(D("4.1")), Period(2019): Entry(D("3.9"))})
    assert "同比下降4.9%，减收0.2亿元" in one(ind, Period(2019))
    ind = sales(name="一般公共预算收入", actuals={Period(2018): Entry(D("4.1")), Period(2019): Entry(D("4.7"))})
    assert "增收0.6亿元" in one(ind, Period(2019))


def test_ratio_in_points() -> None:
    share = sales(id="share", name="支柱产业占比", unit="%", kind=Kind.RATIO)
    share.actuals = {Period(2018): Entry(D("91.9")), Period(2019): Entry(D("90.4"))}
    assert one(share, Period(2019)) == "全年支柱产业占比90.4%，比上年下降1.5个百分点。"
    share.name = "高新产业产值比重"
    assert one(share, Period(2019)).startswith("全年高新产业产值比重90.4%")  # the name as stored, nothing added


@pytest.mark.parametrize(
    ("actual", "expected"),
    [("231", "超额完成全年目标任务"), ("230", "完成全年目标任务"), ("207", "完成全年目标的90.0%")],
)
def test_year_outcomes(actual: str, expected: str) -> None:
    ind = sales(targets={2019: Entry(D(230))}, actuals={Period(2019): Entry(D(actual))})
    assert one(ind, Period(2019)).endswith(expected + "。")


def test_counts_read_as_added() -> None:
    firms = Indicator("firms", "新增高新技术企业", "家", Kind.COUNT, actuals={Period(2018): Entry(D(6))})
    assert one(firms, Period(2018)) == "全年新增高新技术企业6家。"


def test_missing_figures_are_left_out() -> None:
    ind = sales(actuals={H1_2019: Entry(D(120))})
    sentence = one(ind, H1_2019)
    assert sentence == "1-6月，完成工业开票销售120亿元。"
    assert "—" not in sentence


def test_no_actual_no_target_no_sentence() -> None:
    data = Store()
    data.indicators["a"] = sales(actuals={Period(2018): Entry(D(1))})
    data.indicators["b"] = sales(id="b", name="另一个")
    assert len(narrative(build_status(data, Period(2018)))) == 1


def test_plan_sentence_for_a_year_with_targets_only() -> None:
    ind = sales(targets={2019: Entry(D(230))}, actuals={Period(2018): Entry(D(201))})
    assert one(ind, Period(2019)) == "2019年目标：工业开票销售230亿元，增长14.4%。"


def test_lower_is_better_month() -> None:
    energy = Indicator("energy", "综合能耗", "万吨", Kind.FLOW, Direction.DOWN, targets={2019: Entry(D(100))})
    energy.actuals = {H1_2019: Entry(D(40))}
    assert one(energy, H1_2019) == "1-6月，综合能耗40万吨，占全年控制数的40.0%，低于序时进度10.0个百分点。"


def test_a_ceiling_on_last_years_pace_says_so() -> None:
    """schedule = "last-year": 45 of last year's 98 by June is a pace of 45.9%, so 58 of 100 is over it by 12.1."""
    from jctrack.model import Schedule

    energy = Indicator("energy", "综合能耗", "万吨", Kind.FLOW, Direction.DOWN, targets={2019: Entry(D(100))}, schedule=Schedule.LAST_YEAR)
    energy.actuals = {Period(2018, 6): Entry(D(45)), Period(2018): Entry(D(98)), H1_2019: Entry(D(58))}
    assert one(energy, H1_2019) == ("1-6月，综合能耗58万吨，同比增长28.9%，增加13万吨，占全年控制数的58.0%，高于上年同期进度12.1个百分点。")
    assert one(energy, H1_2019, "en").endswith("58.0% of the year's ceiling, 12.1 points over last year's pace.")
    energy.actuals[H1_2019] = Entry(D(30))
    assert one(energy, H1_2019).endswith("占全年控制数的30.0%，低于上年同期进度15.9个百分点。")


def test_flat_growth_and_on_schedule() -> None:
    ind = sales(targets={2019: Entry(D(200))}, actuals={Period(2018, 6): Entry(D(100)), H1_2019: Entry(D(100))})
    sentence = one(ind, H1_2019)
    assert "与上年同期持平" in sentence and "与序时进度持平" in sentence
