"""The period and year a figure is of: carried through a paragraph, set by a heading or the caller, and
— with a data file — a figure compared only with the file's value for that same period."""

from __future__ import annotations

import shutil
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from jctrack import store
from jctrack.audit import Kind, Verdict, audit
from jctrack.extract import apply, extract
from jctrack.model import Period
from jctrack.textread.document import Document
from jctrack.words import Lang

FIXTURES = Path(__file__).parent / "fixtures" / "audit"
DRAFT = (FIXTURES / "draft-2019-10.txt").read_text(encoding="utf-8")
DATA = FIXTURES / "draft-2019-10.toml"


def periods(text: str, **given: Any) -> list[Period | None]:
    return [sentence.whens[i].period for sentence in Document(text, **given).sentences() for i in range(len(sentence.tokens))]


def test_a_period_carries_through_the_clauses_and_sentences_of_its_paragraph() -> None:
    text = "2019年1-10月，全镇完成工业开票销售198亿元，同比增长10%。完成一般公共预算收入3.3亿元，同比增长10%。"
    assert set(periods(text)) == {Period(2019, 10)}


def test_months_compared_with_are_not_the_period_of_the_sentence() -> None:
    # jctrack's own sentence: 增幅较1-9月 compares with September; the gap is still of 1-10月 (75.0 − 83.3).
    text = (
        "2019年1-10月，完成规上工业增加值30亿元，同比增长7.1%，增幅较1-9月回落0.8个百分点，完成全年目标的75.0%，落后序时进度8.3个百分点。"
    )
    assert set(periods(text)) == {Period(2019, 10)}
    gap = next(f for f in audit(text) if f.kind is Kind.SCHEDULE_GAP)
    assert gap.verdict is Verdict.CONSISTENT
    quarterly = (
        "2019年1-10月，完成工业开票销售180亿元；1-9月，完成地区生产总值58亿元，同比增长7.0%，"
        "增幅较1-6月提高0.1个百分点，完成全年目标的72.5%，落后序时进度2.5个百分点。"
    )
    assert periods(quarterly)[-1] == Period(2019, 9)
    assert not [f for f in audit(quarterly) if f.verdict is Verdict.INCONSISTENT]


def test_a_paragraph_wrapped_at_a_fixed_width_is_read_as_one() -> None:
    """jctrack's own text report (80 columns), an e-mail: 1-9月 said at a line's end holds on the next line."""
    wrapped = (
        "    2019年1-10月，完成工业开票销售180亿元，完成全年目标的78.3%，落后序时进度\n"
        "5.0个百分点；1-9月，完成地区生产总值58亿元，同比增长7.0%，完成全年目标的\n"
        "72.5%，落后序时进度2.5个百分点；1-10月，完成规上工业增加值30亿元。\n"
    )
    assert periods(wrapped)[-3:] == [Period(2019, 9), Period(2019, 9), Period(2019, 10)]
    findings = audit(wrapped)
    assert [f.verdict for f in findings if f.kind is Kind.SCHEDULE_GAP] == [Verdict.CONSISTENT, Verdict.CONSISTENT]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("一、总体情况\n    1-10月，全镇完成工业开票销售180亿元。", 2),  # a heading, then an indented paragraph
        ("全镇完成工业开票销售180亿元，同比增长12.5%，完成全年目标的78.3%。\n完成一般公共预算收入3.3亿元。", 2),
        ("完成工业开票销售180亿元，同比增长12.5%，完成全年目标的78.3%，落后序时\n（一）工业经济", 2),
        ("序号  指标              单位  目标  1-6月  同比±%  完成年度目标%\n   1  工业开票销售      亿元   230    120    26.3    52.2", 2),
        ("完成工业开票销售180亿元，同比增长12.5%，完成全年目标的78.3%，落后序时进度\n5.0个百分点。", 1),
        ("The town's industrial sales reached CNY 18bn in Jan-Oct, 78.3% of the\nyear's target.", 1),
        (
            "2019年1-10月金城镇经济运行情况分析及下一步工作打算\n"
            "1-10月，全镇完成工业开票销售180亿元，同比增长12.5%，完成全年目标的78.3%，落后序时进度5.0个百分点；"
            "完成一般公共预算收入3.3亿元，同比增长10%，完成全年目标的70.2%。",
            2,
        ),
    ],
    ids=["heading", "full-stop", "list-item", "table", "wrapped-figure", "english", "long-heading"],
)
def test_only_lines_broken_mid_paragraph_are_joined(text: str, lines: int) -> None:
    from jctrack.textread.normal import unwrap

    joined = unwrap(text)
    assert len(joined.split("\n")) == lines
    if lines == 1:
        assert "of the year's" in joined or "进度5.0" in joined


def test_a_heading_sets_the_period_for_what_follows() -> None:
    assert set(periods(DRAFT)) == {Period(2019, 10)}


def test_months_of_another_paragraph_do_not_carry_over() -> None:
    text = "2019年1-10月，全镇完成工业开票销售198亿元，同比增长10%。\n完成一般公共预算收入3.3亿元，同比增长10%。"
    assert periods(text) == [Period(2019, 10), Period(2019, 10), None, None]


def test_a_whole_year_carries_over() -> None:
    text = "2018年，全镇完成工业开票销售201亿元。\n新增高新技术企业6家。"
    assert periods(text) == [Period(2018), Period(2018)]


@pytest.mark.parametrize(
    ("words", "period"),
    [
        ("2019年1-10月", Period(2019, 10)),
        ("2019年1—3月份", Period(2019, 3)),
        ("2019年1至6月", Period(2019, 6)),
        ("2019年截至8月底", Period(2019, 8)),
        ("截至2019年11月末", Period(2019, 11)),
        ("2019年一季度", Period(2019, 3)),
        ("2019年上半年", Period(2019, 6)),
        ("2019年前三季度", Period(2019, 9)),
        ("2019年前10个月", Period(2019, 10)),
        ("2019年全年", Period(2019)),
        ("2019年", Period(2019)),
        ("2019年10月份", None),  # one month alone: the file keeps cumulative figures
        ("2019年三季度", None),
        ("2019年今年以来", None),
        ("2019年截至10月20日", None),
    ],
)
def test_period_words(words: str, period: Period | None) -> None:
    assert periods(f"{words}，完成工业开票销售198亿元。") == [period]


def test_comparisons_do_not_change_the_period() -> None:
    text = "2019年1-10月，完成工业开票销售198亿元，比2018年同期增长10%，完成全年目标的86%，较2017年增长21%。"
    assert set(periods(text)) == {Period(2019, 10)}


def test_the_caller_names_the_period_of_a_text_that_names_none() -> None:
    text = "完成工业开票销售198亿元，同比增长10%。"
    assert periods(text) == [None, None]
    assert periods(text, year=2019) == [Period(2019), Period(2019)]
    assert periods(text, period=Period(2019, 10)) == [Period(2019, 10), Period(2019, 10)]
    assert periods("2018年，" + text, period=Period(2019, 10)) == [Period(2018), Period(2018)]


# --- the reported failure: a 1-10月 draft against the data file ---------------------------------


def test_the_draft_is_compared_with_the_same_months_of_last_year_and_no_figure_is_called_wrong() -> None:
    findings = audit(DRAFT, store.load(DATA))
    assert not [f for f in findings if f.verdict is Verdict.INCONSISTENT]
    growth = [f for f in findings if f.kind is Kind.GROWTH]
    assert [(f.indicator, f.computed, f.verdict) for f in growth] == [
        ("工业开票销售", D(10), Verdict.CONSISTENT),
        ("一般公共预算收入", D(10), Verdict.CONSISTENT),
        ("固定资产投资", D(10), Verdict.CONSISTENT),
        ("社会消费品零售总额", D(10), Verdict.CONSISTENT),
    ]
    assert all(f.period == Period(2019, 10) for f in findings)
    assert "2018年1-10月" in growth[0].reason.say(Lang.ZH) and "Jan–Oct 2018" in growth[0].reason.say(Lang.EN)


def test_without_its_heading_the_uncertain_period_is_said_never_corrected() -> None:
    findings = audit(DRAFT.split("\n", 1)[1], store.load(DATA), year=2019)
    assert not [f for f in findings if f.verdict is Verdict.INCONSISTENT]
    first, *rest = [f for f in findings if f.kind is Kind.GROWTH]
    assert first.verdict is Verdict.CONSISTENT
    assert {f.verdict for f in rest} == {Verdict.UNVERIFIABLE}
    assert all("1-10月" in f.reason.say(Lang.ZH) and f.period is None for f in rest)


def test_last_years_figure_in_a_year_to_date_sentence_may_be_the_whole_year() -> None:
    # 上年为221.6亿元 in a 1-10月 sentence: last year's whole, or its first ten months? Never a correction.
    finding = audit("2019年1-10月，全镇完成工业开票销售198亿元，同比增长10%，上年为221.6亿元。")[0]
    assert finding.verdict is Verdict.UNVERIFIABLE and finding.computed == D(-11)
    assert audit("2019年1-10月，全镇完成工业开票销售198亿元，同比增长10%，上年同期为180亿元。")[0].verdict is Verdict.CONSISTENT
    assert audit("2019年，全镇完成工业开票销售198亿元，同比增长10%，上年为180亿元。")[0].verdict is Verdict.CONSISTENT


def test_the_caller_gives_the_period() -> None:
    findings = audit(DRAFT.split("\n", 1)[1], store.load(DATA), period=Period(2019, 10))
    assert [f.verdict for f in findings if f.kind is Kind.GROWTH] == [Verdict.CONSISTENT] * 4


def test_a_month_alone_is_not_compared_with_a_cumulative_figure() -> None:
    finding = audit("2019年10月份，全镇完成工业开票销售20亿元，同比增长5%。", store.load(DATA))[0]
    assert finding.verdict is Verdict.UNVERIFIABLE and "10月份" in finding.reason.say(Lang.ZH)


def test_extract_stores_the_draft_as_year_to_date(tmp_path: Path) -> None:
    path = tmp_path / "data.toml"
    shutil.copyfile(DATA, path)
    data = store.load(path)
    figures = extract(DRAFT, data)
    assert {(f.indicator.id if f.indicator else None, str(f.period), f.type, f.value) for f in figures} == {
        ("sales", "2019-10", "actual", D(198)),
        ("revenue", "2019-10", "actual", D("3.3")),
        ("revenue", "2019", "target", D("4.1")),
        ("investment", "2019-10", "actual", D(44)),
        ("retail", "2019-10", "actual", D("27.5")),
    }
    assert [f.stated_growth for f in figures if f.type == "actual"] == [D(10)] * 4
    with store.transaction(path) as locked:
        apply(locked.store, extract(DRAFT, locked.store), "draft", replace=False)
        locked.changed()
    stored = store.load(path)
    assert stored.indicators["sales"].actuals[Period(2019, 10)].value == D(198)
    assert Period(2019) not in stored.indicators["sales"].actuals
    assert stored.indicators["sales"].actuals[Period(2018)].value == D("221.6")


def test_extract_leaves_out_figures_of_an_uncertain_period() -> None:
    figures = extract(DRAFT.split("\n", 1)[1], store.load(DATA), year=2019)
    assert [(f.indicator.id if f.indicator else None, f.period) for f in figures if f.type == "actual"] == [("sales", Period(2019, 10))]


def test_extract_through_the_command_line(jc: Any, tmp_path: Path) -> None:
    path = tmp_path / "data.toml"
    shutil.copyfile(DATA, path)
    report = tmp_path / "draft.txt"
    report.write_bytes(DRAFT.encode("gb18030"))
    result = jc("extract", str(report), "--apply", file=path)
    assert result.exit_code == 0, result.output
    actuals = store.load(path).indicators["investment"].actuals
    assert actuals[Period(2019, 10)].value == D(44) and actuals[Period(2019, 10)].source == "draft.txt"
    audited = jc("audit", str(report), "--data", file=path)
    assert audited.exit_code == 0, audited.output


def test_the_data_files_rounding_is_used() -> None:
    text = "2019年，全镇完成工业开票销售112.25亿元，同比增长12.2%，去年同期100亿元。"
    assert audit(text)[0].verdict is Verdict.ROUNDING  # half-up: 12.25 reads 12.3
    data = store.load(DATA)
    data.rounding = "half-even"
    assert audit(text, data)[0].verdict is Verdict.CONSISTENT  # 四舍六入五成双: 12.2
