"""What a change or a rate is measured against: a change against 年初, 上月, another year or the whole
of last year is never the base of a 同比 rate; a rate that names no reference shares the change's."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from jctrack import store
from jctrack.audit import Kind, Verdict, audit
from jctrack.words import Lang

DATA = Path(__file__).parent / "fixtures" / "audit" / "draft-2019-10.toml"


def only(text: str) -> tuple[D | None, Verdict, str]:
    (finding,) = [f for f in audit(text) if f.kind is Kind.GROWTH]
    return finding.computed, finding.verdict, finding.reason.say(Lang.ZH)


def test_a_change_since_the_start_of_the_year_is_not_the_base_of_a_year_on_year_rate() -> None:
    computed, verdict, _ = only("2020年末，全镇金融机构各项存款余额86.2亿元，比年初增加8.1亿元，同比增长12.3%。")
    assert (computed, verdict) == (None, Verdict.UNVERIFIABLE)
    # without 同比 the rate shares the change's reference, and is checked against it
    assert only("2020年末，全镇金融机构各项存款余额86.2亿元，比年初增加8.1亿元，增长10.4%。")[:2] == (D("10.4"), Verdict.CONSISTENT)
    assert only("2020年末，全镇金融机构各项存款余额86.2亿元，比年初增加8.1亿元，增长12.3%。")[:2] == (D("10.4"), Verdict.INCONSISTENT)


def test_a_change_on_last_month_is_not_the_base_of_a_year_on_year_rate() -> None:
    computed, verdict, _ = only("2020年10月，全镇工业用电量1.52亿千瓦时，比上月增加0.12亿千瓦时，同比增长6.5%。")
    assert (computed, verdict) == (None, Verdict.UNVERIFIABLE)
    computed, verdict, reason = only("2020年10月，全镇工业用电量1.52亿千瓦时，同比增加0.09亿千瓦时，环比增长8.6%。")
    assert (computed, verdict) == (None, Verdict.UNVERIFIABLE) and "上期" in reason


def test_a_change_on_another_year_serves_only_a_rate_on_that_year() -> None:
    text = "2020年，全镇完成工业开票销售215.6亿元，比2015年增加85.1亿元，{}。"
    assert only(text.format("比上年增长13.9%"))[:2] == (None, Verdict.UNVERIFIABLE)
    computed, verdict, reason = only(text.format("比2015年增长65.2%"))
    assert (computed, verdict) == (D("65.2"), Verdict.CONSISTENT) and "2015年" in reason
    assert only(text.format("比2015年增长60.2%"))[:2] == (D("65.2"), Verdict.INCONSISTENT)


def test_a_change_on_the_whole_of_last_year_is_not_the_base_of_a_year_to_date_rate() -> None:
    text = "2019年1-10月经济运行情况\n\n全镇完成一般公共预算收入3.3亿元，比去年全年少0.32亿元，同比增长10%。"
    (finding,) = audit(text, store.load(DATA))
    # 去年全年 does not make the paragraph's period the whole year: it stays 1-10月, against the file's 2018年1-10月
    assert (finding.computed, finding.verdict, str(finding.period)) == (D(10), Verdict.CONSISTENT, "2019-10")
    assert "2018年1-10月" in finding.reason.say(Lang.ZH)
    (alone,) = audit(text)
    assert alone.verdict is Verdict.UNVERIFIABLE
    # for a whole year, the whole of last year is last year
    assert only("2019年，全镇完成一般公共预算收入3.3亿元，比去年全年少0.32亿元，同比下降8.8%。")[:2] == (D("-8.8"), Verdict.CONSISTENT)


def test_a_basis_opening_the_sentence_or_a_clause_holds_for_what_follows() -> None:
    for opening in ("2020年，按同口径计算，", "按可比价格计算，2020年", "2020年，扣除价格因素，"):
        computed, verdict, reason = only(f"{opening}营业收入12.2亿元，上年11.0亿元，增长8.4%。")
        assert (computed, verdict) == (None, Verdict.UNVERIFIABLE) and "计算的增速" in reason
    # said after the figure's own rate, it is not that rate's basis
    text = "2020年，营业收入12.2亿元，上年11.0亿元，增长10.9%，按同口径计算增长8.4%。"
    assert [(f.printed, f.verdict) for f in audit(text)] == [("10.9%", Verdict.CONSISTENT), ("8.4%", Verdict.UNVERIFIABLE)]


def test_a_range_is_paired_end_with_end() -> None:
    text = "2020年，预计全镇固定资产投资32亿元至34亿元，上年为28.4亿元，增长{}。"
    findings = audit(text.format("12%-20%"))
    assert [(f.printed, f.computed, f.verdict) for f in findings] == [
        ("12%", D(13), Verdict.ROUNDING),  # 32 ÷ 28.4: 12.7%, and 31.5 ÷ 28.45 gives 10.7%
        ("20%", D(20), Verdict.CONSISTENT),  # 34 ÷ 28.4
    ]
    assert [f.verdict for f in audit(text.format("13%至25%"))] == [Verdict.CONSISTENT, Verdict.INCONSISTENT]
    # a single rate against a range, or a range of rates against one figure: which end is meant is not said
    assert [(f.computed, f.verdict) for f in audit(text.format("15%"))] == [(None, Verdict.UNVERIFIABLE)]
    one = "2020年，预计全镇固定资产投资33亿元，上年为28.4亿元，增长12%~20%。"
    assert [(f.printed, f.verdict) for f in audit(one)] == [("12%", Verdict.UNVERIFIABLE), ("20%", Verdict.UNVERIFIABLE)]
