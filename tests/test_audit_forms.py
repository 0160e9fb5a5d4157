"""Each form a report states a figure in, with sentences of that form: right figures that must not be
flagged, and deliberate slips that must be. One table (and test) per form, as there is one judge."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jctrack.audit import Finding, Kind, Verdict, audit
from jctrack.words import Lang

C, R, X, U = Verdict.CONSISTENT, Verdict.ROUNDING, Verdict.INCONSISTENT, Verdict.UNVERIFIABLE

# (text, kind, figure as printed, recomputed, verdict)
Case = tuple[str, Kind, str, str | None, Verdict]


def check(case: Case) -> Finding:
    text, kind, printed, computed, verdict = case
    found = [f for f in audit(text) if f.kind == kind and f.printed == printed]
    assert len(found) == 1, [(f.kind, f.printed, f.verdict) for f in audit(text)]
    finding = found[0]
    assert (finding.computed, finding.verdict) == (None if computed is None else D(computed), verdict), finding.reason.say(Lang.EN)
    assert finding.reason.say(Lang.ZH) and finding.reason.say(Lang.EN)
    return finding


def ids(cases: list[Case]) -> list[str]:
    return [f"{case[1]}-{case[2]}-{case[4]}-{case[0][:12]}" for case in cases]


GROWTH: list[Case] = [
    ("1-9月，全县规上工业企业实现营业收入312.6亿元，同比增长8.4%，上年同期288.4亿元。", Kind.GROWTH, "8.4%", "8.4", C),
    ("1-9月，全县规上工业企业实现营业收入312.6亿元，同比增长8.7%，上年同期288.4亿元。", Kind.GROWTH, "8.7%", "8.4", X),
    ("全年完成固定资产投资45.6亿元，同比增长12%，增加4.9亿元。", Kind.GROWTH, "12%", "12", C),
    ("一般公共预算收入完成2.86亿元，同比下降6.2%，减收0.19亿元。", Kind.GROWTH, "6.2%", "-6.2", C),
    ("完成工业开票销售210亿元，负增长2.3%，去年同期215亿元。", Kind.GROWTH, "2.3%", "-2.3", C),
    ("完成工业开票销售210亿元，增长-2.3%，去年同期215亿元。", Kind.GROWTH, "-2.3%", "-2.3", C),
    ("实现旅游收入5.5亿元，增加10%，去年同期5亿元。", Kind.GROWTH, "10%", "10", C),
    ("实现服务业营业收入60.5亿元，同比增长 21 %，去年同期50亿元。", Kind.GROWTH, "21 %", "21", C),
    ("实现营业收入33亿元，增长10.0，去年同期30亿元。", Kind.GROWTH, "10.0", "10.0", C),
    ("实际利用外资2360万美元，同比增长18%，上年同期2000万美元。", Kind.GROWTH, "18%", "18", C),
    ("粮食总产量3.6亿斤，比上年增加0.2亿斤，增长5.9%。", Kind.GROWTH, "5.9%", "5.9", C),
    ("城镇新增就业1.26万人，同比增长5%，上年同期12000人。", Kind.GROWTH, "5%", "5", C),
    ("完成外贸出口4680万元，比2018年的0.39亿元增长20%。", Kind.GROWTH, "20%", "20", C),
    ("实现外贸进出口1.78亿美元，增长8.3%，上年同期1.65亿美元。", Kind.GROWTH, "8.3%", "7.9", R),
    ("实现外贸进出口1.78亿美元，增长9.3%，上年同期1.65亿美元。", Kind.GROWTH, "9.3%", "7.9", X),
    ("完成技改投资46亿元，增长1.3倍，去年同期20亿元。", Kind.GROWTH, "1.3倍", "1.3", C),
    ("粮食播种面积12.6万亩，比上年增加3000亩，增长2.4%。", Kind.GROWTH, "2.4%", "2.4", C),
    ("货物吞吐量86.5万吨，同比增长4.2%，上年同期830000吨。", Kind.GROWTH, "4.2%", "4.2", C),
    ("接待游客326.8万人次，同比增长15%，增加42.6万人次。", Kind.GROWTH, "15%", "15", C),
    ("完成外贸出口4680万美元，比上年增长5.2%，上年同期0.445亿美元。", Kind.GROWTH, "5.2%", "5.2", C),
    ("完成工业开票销售120亿元，增长超15%，去年同期100亿元。", Kind.GROWTH, "超15%", "20.0", C),
    ("完成工业开票销售120亿元，增长超25%，去年同期100亿元。", Kind.GROWTH, "超25%", "20.0", X),
    ("完成工业开票销售117亿元，增长近20%，去年同期100亿元。", Kind.GROWTH, "近20%", "17.0", C),
    ("全镇城镇居民人均可支配收入42800元，名义增长12.6%，扣除价格因素实际增长6.1%，上年38000元。", Kind.GROWTH, "12.6%", "12.6", C),
]
GROWTH_LISTS: list[Case] = [
    # the changes or bases listed between the amounts and the rates
    ("2020年，全镇发生火灾42起、死亡3人，同比分别减少6起、2人，分别下降12.5%和40%。", Kind.GROWTH, "40%", "-40", C),
    ("2020年，全镇发生火灾42起、死亡3人，同比分别减少6起、2人，分别下降12.5%和20%。", Kind.GROWTH, "20%", "-40", X),
    ("2020年，农业、工业税收分别完成0.62亿元、2.18亿元，比上年分别增加0.03亿元、0.25亿元，分别增长5.1%和13%。",
     Kind.GROWTH, "13%", "13", C),
    ("2020年，农业、工业税收分别完成0.62亿元、2.18亿元，上年分别为0.59亿元、1.93亿元，分别增长5.1%和15.1%。",
     Kind.GROWTH, "15.1%", "13.0", X),
    # a growth rate of a target: the target printed to whole 亿元 is [49.5, 50.5)
    ("2020年主要目标：工业实际投入50亿元，增长47%，上年34.15亿元。", Kind.GROWTH, "47%", "46", R),
    ("2020年主要目标：工业实际投入50亿元，增长49%，上年34.15亿元。", Kind.GROWTH, "49%", "46", X),
    # a rate opening the next sentence, of the amount that closed the one before
    ("2020年，全镇完成工业开票销售215.6亿元，比上年增加26.3亿元。增幅达13.9%，总量居全区第一。", Kind.GROWTH, "13.9%", "13.9", C),
    ("2020年，全镇完成工业开票销售215.6亿元，比上年增加26.3亿元。增幅达15.9%，总量居全区第一。", Kind.GROWTH, "15.9%", "13.9", X),
    ("农业、工业和服务业税收分别完成0.62亿元、2.18亿元和1.04亿元，分别增长5.1%、12.9%和-3.7%，分别增加0.03亿元、0.25亿元和减少0.04亿元。",
     Kind.GROWTH, "-3.7%", "-3.7", C),
    ("农业、工业和服务业税收分别完成0.62亿元、2.18亿元和1.04亿元，分别增长5.1%、12.9%和-3.7%，分别增加0.03亿元、0.25亿元和减少0.04亿元。",
     Kind.GROWTH, "5.1%", "5.1", C),
    ("发生火灾42起、死亡3人，分别下降12.5%和40%，同比减少6起、2人。", Kind.GROWTH, "12.5%", "-12.5", C),
    ("发生火灾42起、死亡3人，分别下降12.5%和40%，同比减少6起、2人。", Kind.GROWTH, "40%", "-40", C),
    ("发生火灾42起、死亡3人，分别下降12.5%和25%，同比减少6起、2人。", Kind.GROWTH, "25%", "-40", X),
]  # fmt: skip
# Growth on another basis, or of value added (at comparable prices): never recomputed from nominal amounts.
OTHER_BASIS: list[Case] = [
    ("全镇城镇居民人均可支配收入42800元，名义增长12.6%，扣除价格因素实际增长6.1%，上年38000元。", Kind.GROWTH, "6.1%", None, U),
    ("全县地区生产总值320亿元，按可比价格计算，增长7.5%，上年300亿元。", Kind.GROWTH, "7.5%", None, U),
    ("实现规上工业营业收入500亿元，按可比口径计算增长12%，上年同期480亿元。", Kind.GROWTH, "12%", None, U),
    ("实现规上工业营业收入500亿元，同口径增长12%，上年同期480亿元。", Kind.GROWTH, "12%", None, U),
    ("全镇规上工业增加值48亿元，同比增长7.1%，上年同期40亿元。", Kind.GROWTH, "7.1%", None, U),
    (
        "一二三产业增加值分别完成6.5亿元、38.8亿元和27.2亿元，分别增长3.1%、8.2%和7.7%，分别增加0.3亿元、3.1亿元和2.2亿元。",
        Kind.GROWTH,
        "8.2%",
        None,
        U,
    ),
]


@pytest.mark.parametrize("case", GROWTH + GROWTH_LISTS + OTHER_BASIS, ids=ids(GROWTH + GROWTH_LISTS + OTHER_BASIS))
def test_growth(case: Case) -> None:
    check(case)


def test_growth_on_another_basis_says_which() -> None:
    finding = check(OTHER_BASIS[0])
    assert "扣除价格因素" in finding.reason.say(Lang.ZH)
    assert "comparable prices" in check(OTHER_BASIS[4]).reason.say(Lang.EN)


def test_a_rate_after_two_amounts_is_never_called_wrong() -> None:
    # The base printed fits 营业收入; the rate follows 利润总额: which one it speaks of is not certain.
    finding = audit("实现营业收入120亿元，利润总额8亿元，同比增长20%，去年同期100亿元。")[0]
    assert finding.verdict is U and finding.computed == D(-92)
    assert audit("实现营业收入120亿元，利润总额8亿元，同比增长-92%，去年同期100亿元。")[0].verdict is C


def test_a_base_named_for_another_figure_is_not_used() -> None:
    finding = audit("完成工业投资52亿元，同比增长4%，技改投资去年同期20亿元。")[0]
    assert finding.verdict is U


def test_a_rate_of_something_else_is_not_the_subjects() -> None:
    # 其中B增长3%: B has no amount here, so the rate cannot be recomputed from A's figures.
    findings = audit("全镇完成工业投资40亿元，同比增长10%，去年同期36.4亿元，其中技改投资增长3%。")
    assert [(f.printed, f.verdict) for f in findings] == [("10%", C), ("3%", U)]
    # 全市增长9.4%: the rate of the city, not of the town's figure before it.
    findings = audit("全镇工业开票销售120亿元，增长20%，去年同期100亿元，全市增长9.4%。")
    assert [(f.printed, f.verdict) for f in findings] == [("20%", C), ("9.4%", U)]


COMPLETION: list[Case] = [
    ("全镇一般公共预算收入2.35亿元，占全年预算3.1亿元的75.8%。", Kind.COMPLETION, "75.8%", "75.8", C),
    ("一般公共预算收入完成8.3亿元，完成年初预算数(9.5亿元)的87.4%。", Kind.COMPLETION, "87.4%", "87.4", C),
    ("一般公共预算收入完成8.3亿元，完成年初预算数(9.5亿元)的89.4%。", Kind.COMPLETION, "89.4%", "87.4", X),
    ("1-6月，引进亿元以上项目资金162.5亿元，完成年度目标任务430亿元的37.8%。", Kind.COMPLETION, "37.8%", "37.8", C),
    ("1-10月，项目累计完成投资629亿元，占年度投资计划670亿元的93.9%。", Kind.COMPLETION, "93.9%", "93.9", C),
    ("本年度计划开工项目120项，目前已开工97项，完成年度计划开工的80.8%。", Kind.COMPLETION, "80.8%", "80.8", C),
    ("本年度计划开工项目120项，目前已开工97项，完成年度计划开工的84.8%。", Kind.COMPLETION, "84.8%", "80.8", X),
    ("1-6月，完成工业投资23.4亿元，完成同期计划的104.5%，超同期计划1亿元。", Kind.COMPLETION, "104.5%", "104.5", C),
    ("2019年全镇工业开票销售目标230亿元。1-6月，完成工业开票销售120亿元，完成全年目标的52.2%。", Kind.COMPLETION, "52.2%", "52.2", C),
    ("全年计划投资50亿元，1-11月完成投资47.8亿元，完成全年计划的95%以上。", Kind.COMPLETION, "95%以上", "96", C),
    ("全年计划投资50亿元，1-11月完成投资45亿元，完成全年计划的九成以上。", Kind.COMPLETION, "九成以上", "90.0", C),
    ("全年计划投资50亿元，1-11月完成投资43.5亿元，完成全年计划的九成以上。", Kind.COMPLETION, "九成以上", "87.0", X),
    ("1-6月，完成工业投资23.4亿元，完成同期计划的104.5%。", Kind.COMPLETION, "104.5%", None, U),
]


@pytest.mark.parametrize("case", COMPLETION, ids=ids(COMPLETION))
def test_completion(case: Case) -> None:
    check(case)


def test_the_plan_to_date_is_never_the_years_target() -> None:
    finding = check(COMPLETION[-1])
    assert "全年目标" in finding.reason.say(Lang.ZH)


SHARES: list[Case] = [
    ("2020年，全镇完成工业开票销售215.6亿元，其中高新技术产业开票销售102.2亿元，占全镇比重的47.4%。", Kind.SHARE, "47.4%", "47.4", C),
    ("2020年，全镇完成工业开票销售215.6亿元，其中高新技术产业开票销售102.2亿元，占全镇比重的44.7%。", Kind.SHARE, "44.7%", "47.4", X),
    ("2020年末，全镇常住人口8.6万人，其中60岁以上老年人2.1万人，占总人口的24.4%。", Kind.SHARE, "24.4%", "24.4", C),
    ("2020年末，全镇常住人口8.6万人，其中60岁以上老年人2.1万人，占总人口的26.4%。", Kind.SHARE, "26.4%", "24.4", X),
    # two kinds of population: which is the total is not said
    ("2020年末，全镇常住人口8.6万人，户籍人口7.9万人，其中60岁以上老年人2.1万人，占总人口的26.4%。", Kind.SHARE, "26.4%", None, U),
    ("全市税收收入18.4亿元，其中工业税收11.2亿元，占60.9%。", Kind.SHARE, "60.9%", "60.9", C),
    ("全区规上工业增加值120亿元。其中，高新技术产业增加值54亿元，占规上工业增加值的45%。", Kind.SHARE, "45%", "45", C),
    ("全区规上工业增加值120亿元。其中，高新技术产业增加值54亿元，占规上工业增加值的54%。", Kind.SHARE, "54%", "45", X),
    ("高新技术产业产值318亿元，占规上工业总产值(820亿元)的比重为38.8%。", Kind.SHARE, "38.8%", "38.8", C),
    ("民营企业、外资企业和国有企业分别完成产值52亿元、31亿元和17亿元，分别占全镇工业总产值100亿元的52%、31%和17%。",
     Kind.SHARE, "31%", "31", C),
    ("全镇现有规上企业120家，其中高新技术企业48家，占40%；民营企业96家，占80%。", Kind.SHARE, "80%", "80", C),
    ("全镇税收收入10.0亿元，其中工业税收6.3亿元，占比超六成。", Kind.SHARE, "超六成", "63.0", C),
    ("全镇税收收入10.0亿元，其中工业税收5.8亿元，占比超六成。", Kind.SHARE, "超六成", "58.0", X),
    ("全镇税收收入10.0亿元，其中工业税收6.8亿元，占近七成。", Kind.SHARE, "近七成", "68.0", C),
    ("全镇税收收入10.0亿元，其中工业税收7.3亿元，占近七成。", Kind.SHARE, "近七成", "73.0", X),
    ("全镇税收收入10.0亿元，其中工业税收6.85亿元，占近7成。", Kind.SHARE, "近7成", "68.5", C),
    ("全区项目协议总投资600亿元，其中金城镇150.9亿元，占全区项目协议总投资四分之一强。", Kind.SHARE, "四分之一强", "25.2", C),
    ("全区项目协议总投资600亿元，其中金城镇140亿元，占全区项目协议总投资四分之一强。", Kind.SHARE, "四分之一强", "23.3", X),
    ("全镇实际到位资金25.6亿元，其中省外资金12.2亿元，占比为47.7%。", Kind.SHARE, "47.7%", "47.7", C),
    ("全镇一般公共预算支出5.6亿元，其中民生支出4.2亿元、教育支出1.1亿元，合计占全镇一般公共预算支出的94.6%。",
     Kind.SHARE, "94.6%", "94.6", C),
    ("全镇规上工业产值320亿元，新材料产业产值124.8亿元，占规上工业产值比重达39%。", Kind.SHARE, "39%", "39", C),
    ("全市实际到位资金375亿元，城区到位217.2亿元，占总数的57.9%。", Kind.SHARE, "57.9%", "57.9", C),
    ("全市实际到位资金375亿元，城区到位217.2亿元，占总数的75.9%。", Kind.SHARE, "75.9%", "57.9", U),
    ("完成项目协议总投资150.89亿元，占全区项目协议总投资四分之一强。", Kind.SHARE, "四分之一强", None, U),
    ("服务业增加值占比45.5%。", Kind.SHARE, "45.5%", None, U),
    ("全县生产总值中，一二三产业分别占8.2%、45.6%和46.2%。", Kind.SHARE, "45.6%", None, U),
]  # fmt: skip


@pytest.mark.parametrize("case", SHARES, ids=ids(SHARES))
def test_share(case: Case) -> None:
    check(case)


def test_shares_of_overlapping_groups_need_not_add_up() -> None:
    # 高新技术企业 and 民营企业 overlap: 40% + 80% is more than 100, and both are right.
    findings = audit("全镇现有规上企业120家，其中高新技术企业48家，占40%；民营企业96家，占80%。")
    assert [f.verdict for f in findings] == [C, C]


def test_a_share_cannot_exceed_what_its_whole_allows() -> None:
    finding = check(("全镇税收收入8.2亿元，其中工业税收5.1亿元，占72.2%。", Kind.SHARE, "72.2%", "62.2", X))
    assert "8.2亿元" in finding.reason.say(Lang.ZH)


SHARE_CHANGES: list[Case] = [
    # the earlier rate printed after the change; last year's share said in an earlier paragraph
    (
        "2020年1-10月，全镇规上工业增加值同比增长9.5%，增速比上年同期提高2.7个百分点，上年同期增速为6.8%。",
        Kind.RATE_CHANGE,
        "2.7个百分点",
        "2.7",
        C,
    ),
    (
        "2020年1-10月，全镇工业开票销售同比增长9.5%，增速比上年同期提高3.7个百分点，上年同期增速为6.8%。",
        Kind.RATE_CHANGE,
        "3.7个百分点",
        "2.7",
        X,
    ),
    (
        "2019年，全镇服务业增加值占地区生产总值的比重为52.4%。\n2020年，全镇服务业增加值占地区生产总值比重56.7%，比上年提高4.3百分点。",
        Kind.SHARE_CHANGE,
        "4.3百分点",
        "4.3",
        C,
    ),
    (
        "2019年，全镇服务业增加值占地区生产总值的比重为52.4%。\n2020年，全镇服务业增加值占地区生产总值比重56.7%，比上年提高3.3百分点。",
        Kind.SHARE_CHANGE,
        "3.3百分点",
        "4.3",
        X,
    ),
    ("支柱产业占全镇工业经济比重达91.9%，比上年提高1.2个百分点，上年为90.7%。", Kind.SHARE_CHANGE, "1.2个百分点", "1.2", C),
    ("服务业占比45.5%，比上年的43.0%提高3.5个百分点。", Kind.SHARE_CHANGE, "3.5个百分点", "2.5", X),
    ("服务业比重40.0%，下降1.0个百分点，上年为41.0%。", Kind.SHARE_CHANGE, "1.0个百分点", "-1.0", C),
    ("民营经济占比由61.2%提高到63.5%，提高2.3百分点。", Kind.SHARE_CHANGE, "2.3百分点", "2.3", C),
    ("规上工业增加值增长7.1%，增速比1-9月份加快0.5个百分点。", Kind.RATE_CHANGE, "0.5个百分点", None, U),
]


@pytest.mark.parametrize("case", SHARE_CHANGES, ids=ids(SHARE_CHANGES))
def test_share_change(case: Case) -> None:
    check(case)


def test_last_years_rate_printed_after_the_change_is_an_input_not_a_finding() -> None:
    findings = audit(SHARE_CHANGES[0][0])
    assert [f.printed for f in findings] == ["9.5%", "2.7个百分点"]


SCHEDULE: list[Case] = [
    (
        "2020年1-11月，完成一般公共预算收入5.4亿元，完成年度目标6.1亿元的88.5%，低于序时进度（91.7%）3.2个百分点。",
        Kind.SCHEDULE_GAP,
        "3.2个百分点",
        "-3.2",
        C,
    ),
    (
        "2020年1-11月，完成一般公共预算收入5.4亿元，完成年度目标6.1亿元的88.5%，低于序时进度（91.7%）5.2个百分点。",
        Kind.SCHEDULE_GAP,
        "5.2个百分点",
        "-3.2",
        X,
    ),
    (
        "1-10月，项目累计完成投资629亿元，占年度投资计划670亿元的93.9%，超过时间进度10.6个百分点。",
        Kind.SCHEDULE_GAP,
        "10.6个百分点",
        "10.6",
        C,
    ),
    (
        "1-10月，项目累计完成投资629亿元，占年度投资计划670亿元的93.9%，超过时间进度11.6个百分点。",
        Kind.SCHEDULE_GAP,
        "11.6个百分点",
        "10.5",
        X,
    ),
    ("1-10月，累计完成投资629亿元，占年度计划670亿元的93.9%，超过时间进度10.6个百分点(序时进度83.3%)。", Kind.SCHEDULE, "83.3%", "83.3", C),
    ("1-10月，完成全年目标的85%，序时进度为91.7%。", Kind.SCHEDULE, "91.7%", "83.3", X),
    ("1-10月，完成全年目标的85%，序时进度为82.7%。", Kind.SCHEDULE, "82.7%", "83.3", U),
    ("截至10月20日，累计完成投资80亿元，完成年度目标100亿元的80%，落后序时进度0.3个百分点。", Kind.SCHEDULE_GAP, "0.3个百分点", "-0.3", C),
    ("上半年，完成全年目标的45%，落后序时进度10个百分点。", Kind.SCHEDULE_GAP, "10个百分点", "-5", X),
    ("1—3月份，完成全年目标的30%，超序时进度5个百分点。", Kind.SCHEDULE_GAP, "5个百分点", "5", C),
    ("前三季度，完成全年目标的80%，快于时间进度5个百分点。", Kind.SCHEDULE_GAP, "5个百分点", "5", C),
    ("截至9月底，到位资金48亿元，完成全年任务60亿元的80%，超进度5%。", Kind.SCHEDULE_GAP, "5%", "5", C),
    ("完成全年目标的45%，落后序时进度5个百分点。", Kind.SCHEDULE_GAP, "5个百分点", None, U),
]


@pytest.mark.parametrize("case", SCHEDULE, ids=ids(SCHEDULE))
def test_schedule(case: Case) -> None:
    check(case)


REFERENCE: list[Case] = [
    ("规上工业增加值同比增长7.2%(全市6.1%)，高于全市1.1个百分点。", Kind.REFERENCE_GAP, "1.1个百分点", "1.1", C),
    ("规上工业增加值同比增长7.2%(全市6.1%)，高于全市1.4个百分点。", Kind.REFERENCE_GAP, "1.4个百分点", "1.1", X),
    ("社会消费品零售总额增长4.6%，全省平均为5.3%，低于全省平均水平0.7个百分点。", Kind.REFERENCE_GAP, "0.7个百分点", "-0.7", C),
    ("固定资产投资增长10.24%(全市9.36%)，快于全市0.9个百分点。", Kind.REFERENCE_GAP, "0.9个百分点", "0.9", C),
    ("固定资产投资增长10.2%(全市9.4%)，快于全市0.9个百分点。", Kind.REFERENCE_GAP, "0.9个百分点", "0.8", R),
    ("高新技术产业增加值同比增长8.5%，快于全市平均水平5.1个百分点。", Kind.REFERENCE_GAP, "5.1个百分点", None, U),
]


@pytest.mark.parametrize("case", REFERENCE, ids=ids(REFERENCE))
def test_reference_gap(case: Case) -> None:
    check(case)


MULTI_YEAR: list[Case] = [
    ("2021年，全镇工业开票销售215.6亿元，2019年为150.2亿元，两年平均增长19.8%。", Kind.TWO_YEAR_AVERAGE, "19.8%", "19.8", C),
    ("2021年，全镇工业开票销售215.6亿元，2019年为150.2亿元，两年平均增长21.8%。", Kind.TWO_YEAR_AVERAGE, "21.8%", "19.8", X),
    ("工业开票销售由2015年的120亿元增加到2019年的168亿元，年均增长8.8%。", Kind.AVERAGE_GROWTH, "8.8%", "8.8", C),
    ("工业开票销售由2015年的120亿元增加到2019年的168亿元，年均增长7.0%。", Kind.AVERAGE_GROWTH, "7.0%", "8.8", X),
    ("地区生产总值由2015年的120亿元增加到2019年的168亿元，年均增长7.0%。", Kind.AVERAGE_GROWTH, "7.0%", None, U),
    ("五年来，一般公共预算收入从6.5亿元增加到10.2亿元，年均增长9.4%。", Kind.AVERAGE_GROWTH, "9.4%", "9.4", C),
    ("2015年全县一般公共预算收入12.1亿元，2020年达到19.8亿元，年均增长10.4%。", Kind.AVERAGE_GROWTH, "10.4%", "10.4", C),
    ("2015年全县一般公共预算收入12.1亿元，2020年达到19.8亿元，年均增长12.4%。", Kind.AVERAGE_GROWTH, "12.4%", "10.4", X),
    ("2019年实现一般公共预算收入12.6亿元，是2015年的1.8倍，年均增长15.8%。", Kind.AVERAGE_GROWTH, "15.8%", "15.8", C),
    ("2019年实现一般公共预算收入12.6亿元，是2015年的1.8倍，年均增长17.0%。", Kind.AVERAGE_GROWTH, "17.0%", "15.8", X),
    ("2015年全镇一般公共预算收入7亿元。2019年实现一般公共预算收入12.6亿元，是2015年的1.8倍。", Kind.MULTIPLE, "1.8倍", "1.8", C),
    ("2015年全镇一般公共预算收入7亿元。2019年实现一般公共预算收入12.6亿元，是2015年的2.1倍。", Kind.MULTIPLE, "2.1倍", "1.8", X),
    ("规上工业营业收入56亿元，两年平均增长6.8%，比2019年同期增长14%。", Kind.TWO_YEAR_AVERAGE, "6.8%", "6.8", C),
    ("规上工业营业收入56亿元，两年平均增长7.8%，比2019年同期增长14%。", Kind.TWO_YEAR_AVERAGE, "7.8%", "6.8", X),
    ("2019年全镇工业开票销售200亿元。2021年完成工业开票销售242亿元，两年平均增长10%。", Kind.TWO_YEAR_AVERAGE, "10%", "10", C),
    ("一般公共预算收入12.6亿元，年均增长15.8%。", Kind.AVERAGE_GROWTH, "15.8%", None, U),
]


@pytest.mark.parametrize("case", MULTI_YEAR, ids=ids(MULTI_YEAR))
def test_multi_year(case: Case) -> None:
    check(case)


def test_average_growth_counts_the_years_between_not_the_years_named() -> None:
    # 2015 … 2019 names five years but spans four: (168/120)^(1/4) − 1 = 8.8%, not (168/120)^(1/5) − 1 = 7.0%.
    assert "4" in check(MULTI_YEAR[2]).reason.say(Lang.EN)


TAXES = "全镇税收收入10亿元，比上年增长25%。其中，工业税收6亿元，增长50%，拉动全镇税收增长25个百分点，贡献率100%。"
PULL_AND_CONTRIBUTION: list[Case] = [
    ("2020年，全镇税收收入32.6亿元，上年为28.4亿元；其中工业税收17.8亿元，上年为15.1亿元，拉动全镇税收增长9.5个百分点，贡献率64.3%。",
     Kind.PULL, "9.5个百分点", "9.5", C),
    ("2020年，全镇税收收入32.6亿元，上年为28.4亿元；其中工业税收17.8亿元，上年为15.1亿元，拉动全镇税收增长9.5个百分点，贡献率46.3%。",
     Kind.CONTRIBUTION, "46.3%", "64.3", X),
    ("2020年，全镇税收收入32.6亿元，比上年增加3.2亿元。其中工业税收17.8亿元，增加3.1亿元，拉动全镇税收增长10.5个百分点，贡献率为96.9%。",
     Kind.CONTRIBUTION, "96.9%", "96.9", C),
    ("2020年，全镇税收收入32.6亿元，比上年增加3.2亿元。其中工业税收17.8亿元，增加3.1亿元，拉动全镇税收增长12.5个百分点，贡献率为96.9%。",
     Kind.PULL, "12.5个百分点", "10.5", X),
    (TAXES, Kind.PULL, "25个百分点", "25", C),
    (TAXES, Kind.CONTRIBUTION, "100%", "100", C),
    ("全镇税收收入10.0亿元，比上年增长25.0%。其中，工业税收3.0亿元，增长50.0%，拉动全镇税收增长20.0个百分点。",
     Kind.PULL, "20.0个百分点", "12.5", X),
    ("全镇工业开票销售240亿元，增长20%。其中新能源产业开票销售90亿元，增长50%，对全镇工业开票销售增长的贡献率为75%。",
     Kind.CONTRIBUTION, "75%", "75", C),
    ("其中，电力行业增加值增长6.5%，拉动全区规上工业增长4个百分点。", Kind.PULL, "4个百分点", None, U),
]  # fmt: skip


@pytest.mark.parametrize("case", PULL_AND_CONTRIBUTION, ids=ids(PULL_AND_CONTRIBUTION))
def test_pull_and_contribution(case: Case) -> None:
    check(case)


RATES: list[Case] = [
    ("新签约项目30个，已开工24个，开工率80%。", Kind.RATE, "80%", "80", C),
    ("新签约项目30个，已开工24个，开工率85%。", Kind.RATE, "85%", "80", X),
    ("签约项目40个，履约项目38个，开工项目33个，项目履约率、开工率分别为95%和82.5%。", Kind.RATE, "82.5%", "82.5", C),
    ("协议引进资金120亿元，实际到位资金42亿元，资金到位率35%。", Kind.RATE, "35%", "35", C),
    ("签约项目50个，已落地项目41个，落地率82%。", Kind.RATE, "82%", "82", C),
    ("项目履约率、开工率与资金到位率分别为98.8%、90%和34%。", Kind.RATE, "90%", None, U),
]


@pytest.mark.parametrize("case", RATES, ids=ids(RATES))
def test_rates(case: Case) -> None:
    check(case)


@pytest.mark.parametrize(
    "text",
    [
        "北京某科技公司已于12月28日进场打桩。",
        "咨询电话0519-88888888，传真0519-86666666。",
        "积极完成政府政务热线、12345平台交办的各类事项735件。",
        "根据〔2018〕30号文件要求，召开第十八届职工运动会。",
        "以党的十九大精神为指引，全面贯彻落实区委十三届四次、五次全会精神。",
        "扎实推进“263”专项行动，第3名、第12名分获表彰。",
        "一是抓项目，二是抓招商；(1)加快进度，(2)强化服务。",
        "全年新增4个村标准化居家养老服务站，覆盖率达100%。",
        "农村自来水普及率达99.5%，垃圾分类覆盖率达100%。",
        "完成343户745人的脱贫工作，增长15。",
        "2018年全年签约引进项目32个，其中50亿元以上项目1个，10亿元以上项目7个。",
        "2019年1-10月经济运行情况",
    ],
)
def test_what_yields_nothing(text: str) -> None:
    assert audit(text) == []


# A table pasted from a spreadsheet: columns split by tabs or runs of spaces, the unit above it or in its header.
TABLE = (
    "2020年1-10月主要经济指标\n单位：亿元\n"
    "指标\t1-10月\t上年同期\t增长%\n工业开票销售\t186.4\t166.0\t12.3\n固定资产投资  38.6  33.5  16.2\n"
)


def test_a_pasted_tables_rows_are_checked() -> None:
    findings = audit(TABLE)
    assert [(f.indicator, f.printed, f.computed, f.verdict, str(f.period)) for f in findings] == [
        ("工业开票销售", "12.3%", D("12.3"), C, "2020-10"),
        ("固定资产投资", "16.2%", D("15.2"), X, "2020-10"),
    ]


def test_a_tables_unit_may_be_in_its_header_or_a_column() -> None:
    header = "指标    本期(万元)    上年同期(万元)    增长(%)\n税收收入    5120    4670    9.6\n"
    assert [(f.computed, f.verdict) for f in audit("2020年全年\n" + header)] == [(D("9.6"), C)]
    column = "项目\t单位\t本期\t上年同期\t增幅\n新增就业\t人\t1260\t1200\t5.0\n粮食产量\t吨\t3600\t3500\t-2.9\n"
    assert [(f.computed, f.verdict) for f in audit("2020年全年\n" + column)] == [(D("5.0"), C), (D("2.9"), X)]


def test_a_table_whose_unit_is_not_said_is_not_read_in_a_made_up_one() -> None:
    assert audit("指标\t本期\t上年同期\t增长%\n工业开票销售\t186.4\t166.0\t12.3\n") == []
