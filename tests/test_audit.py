"""The report auditor on sentences of every form, the verdicts, and text that must yield nothing."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jctrack import store
from jctrack.audit import Finding, audit, summary
from jctrack.model import Store
from jctrack.textread.decode import read_text
from jctrack.textread.normal import normalize
from jctrack.textread.numbers import Form, Token
from jctrack.textread.numbers import figures as all_figures
from jctrack.textread.periods import markers

from .conftest import SHIPPED


def quantities(sentence: str) -> list[Token]:
    """Every amount (a number with a unit) in a normalized sentence."""
    return [token for token in all_figures(sentence, 0, len(sentence)) if token.form is Form.AMOUNT]


def month_in(text: str) -> int | None:
    """The month a year-to-date period said in `text` runs to."""
    return next((marker.when.month for marker in markers(text, 0, len(text)) if marker.when.month is not None), None)


SOURCE = (SHIPPED.parent / "seeds" / "jincheng-2018-work-report.txt").read_text(encoding="utf-8")


def only(text: str, data: Store | None = None) -> Finding:
    findings = audit(text, data)
    assert len(findings) == 1, findings
    return findings[0]


# (sentence, kind, stated as printed, computed, verdict)
CASES = [
    # growth, with the base given every way a report gives it
    ("1-6月,完成工业开票销售120亿元,同比增长20.0%,去年同期100亿元。", "growth", "20.0", "20.0", "consistent"),
    ("完成一般公共预算收入3.8亿元,比2022年的4亿元下降5%。", "growth", "-5", "-5", "consistent"),
    ("实现税收收入2.2亿元,较去年同期的2亿元增长10%。", "growth", "10", "10", "consistent"),
    ("完成工业投资52亿元,同比增长4%,增加2亿元。", "growth", "4", "4", "consistent"),
    ("一般公共预算收入完成1.14亿元,同比下降4.2%,减收0.05亿元。", "growth", "-4.2", "-4.2", "consistent"),
    ("实现税收1.2亿元,同比增长20%,增收2000万元。", "growth", "20", "20", "consistent"),
    ("完成工业投资5.5亿元,同比增长10%,去年同期50000万元。", "growth", "10", "10", "consistent"),
    ("完成工业投资46亿元,增长1.3倍,去年同期20亿元。", "growth", "1.3", "1.3", "consistent"),
    ("实现销售收入1,392,476万元,同比增长10.0%,去年同期1,265,887万元。", "growth", "10.0", "10.0", "consistent"),
    ("完成工业开票销售１２０亿元，同比增长２０．０％，去年同期１００亿元。", "growth", "20.0", "20.0", "consistent"),
    ("完成营业收入1.14亿元,同比增长13.6%,去年同期1.0亿元。", "growth", "13.6", "14.0", "rounding"),
    ("完成工业开票销售120亿元,同比增长25%,去年同期100亿元。", "growth", "25", "20", "inconsistent"),
    ("完成工业开票销售201亿元,同比增长16.9%。", "growth", "16.9", None, "unverifiable"),
    ("完成进出口总额3亿元,同比减少25%,去年同期4亿元。", "growth", "-25", "-25", "consistent"),
    ("全年比上一年度增收400多万元,增长5%。", "growth", "5", None, "unverifiable"),
    ("完成货运量1.2万吨,同比增长20%,去年同期10000吨。", "growth", "20", "20", "consistent"),
    ("新增入库企业12家,同比增长33.3%,增加3家。", "growth", "33.3", "33.3", "consistent"),
    ("完成土地整理1500亩,比增25%,去年同期1200亩。", "growth", "25", "25", "consistent"),
    ("实现外贸出口8.8亿元,增幅达10%,去年同期8亿元。", "growth", "10", "10", "consistent"),
    ("完成服务业营业收入240万元,同比下降4%,减收10万元。", "growth", "-4", "-4", "consistent"),
    ("实现农业总产值4.2亿元,同比增长5%,增收2000万元。", "growth", "5", "5", "consistent"),
    ("完成工业投资2.1亿元,同比增长5%,去年同期2亿元,上年为2亿元。", "growth", "5", "5", "consistent"),
    ("400多万元,同比增长5%,去年同期400万元。", "growth", "5", "0", "rounding"),
    ("实现村级收入400多万元,同比增长10%,去年同期400万元。", "growth", "10", "0", "rounding"),
    # completion
    ("1-10月,完成一般公共预算收入3.6亿元,完成年初预算数4.5亿元的80%。", "completion", "80", "80", "consistent"),
    ("完成工业投资40亿元,占年度计划50亿元的80%。", "completion", "80", "80", "consistent"),
    ("完成工业投资40亿元,占年度计划50亿元的85%。", "completion", "85", "80", "inconsistent"),
    ("完成工业投资40亿元,占年度计划50亿元的80.4%。", "completion", "80.4", "80.0", "rounding"),
    ("完成工业投资40亿元,完成全年目标的80%。", "completion", "80", None, "unverifiable"),
    # schedule gap, with the period said every way
    ("上半年,完成全年目标的45%,落后序时进度10个百分点。", "schedule_gap", "-10", "-5", "inconsistent"),
    ("1—3月份,完成全年目标的30%,超序时进度5个百分点。", "schedule_gap", "5", "5", "consistent"),
    ("一季度,完成全年目标的20%,落后时序进度5个百分点。", "schedule_gap", "-5", "-5", "consistent"),
    ("前三季度,完成全年目标的80%,快于时间进度5个百分点。", "schedule_gap", "5", "5", "consistent"),
    ("1-11月,完成全年目标的90%,高于均衡进度1.3个百分点。", "schedule_gap", "1.3", "-1.7", "inconsistent"),
    ("完成全年目标的45%,落后序时进度5个百分点。", "schedule_gap", "-5", None, "unverifiable"),
    # shares
    ("高新技术产业产值120亿元,占规上工业产值300亿元的比重为40%。", "share", "40", "40", "consistent"),
    ("服务业增加值占比45.5%。", "share", "45.5", None, "unverifiable"),
]


@pytest.mark.parametrize(("sentence", "kind", "stated", "computed", "verdict"), CASES, ids=[c[0][:24] for c in CASES])
def test_forms_and_verdicts(sentence: str, kind: str, stated: str, computed: str | None, verdict: str) -> None:
    findings = [f for f in audit(sentence) if f.kind == kind]
    assert len(findings) == 1, audit(sentence)
    finding = findings[0]
    assert finding.stated == stated
    assert finding.computed == (None if computed is None else D(computed))
    assert finding.verdict == verdict


def test_schedule_gap_from_exact_completion_is_a_rounding_difference() -> None:
    # 3/4.5 is 66.67%, and 8 months are 66.67% of the year: the gap is 0.0, though 66.7 − 66.6 reads 0.1.
    findings = audit("截至8月底,完成一般公共预算收入3亿元,完成年初预算数4.5亿元的66.7%,快于序时进度0.1个百分点。")
    completion, gap = findings
    assert (completion.kind, completion.verdict) == ("completion", "consistent")
    assert (gap.kind, gap.computed, gap.verdict) == ("schedule_gap", D("0.0"), "rounding")


def test_share_change_with_last_years_share() -> None:
    share, change = audit("支柱产业占比91.9%,比上年提高1.2个百分点,上年为90.7%。")
    assert (share.kind, share.verdict) == ("share", "unverifiable")
    assert (change.kind, change.stated, change.computed, change.verdict) == ("share_change", "1.2", D("1.2"), "consistent")
    wrong = audit("服务业占比45.5%,比上年的43.0%提高3.5个百分点。")[1]
    assert (wrong.kind, wrong.computed, wrong.verdict) == ("share_change", D("2.5"), "inconsistent")
    falling = audit("服务业比重40.0%,下降1.0个百分点,上年为41.0%。")[1]
    assert (falling.stated, falling.verdict) == ("-1.0", "consistent")


def test_target_from_another_sentence() -> None:
    text = "2019年工业开票销售目标230亿元。1-6月,完成工业开票销售120亿元,完成全年目标的52.2%,超序时进度2.2个百分点。"
    completion, gap = audit(text)
    assert (completion.computed, completion.verdict) == (D("52.2"), "consistent")
    assert (gap.computed, gap.verdict) == (D("2.2"), "consistent")


@pytest.mark.parametrize(
    "text",
    [
        "北京当升科技已于12月28日进场打桩。",
        "咨询电话0519-88888888,传真0519-86666666。",
        "积极完成政府政务热线、12345平台交办的各类事项735件。",
        "以党的十九大精神为指引,全面贯彻落实区委十三届四次、五次全会精神。",
        "扎实推进“263”专项行动。",
        "全年新增培丰等4个村标准化居家养老服务站,覆盖率达100%。",
        "四产业增长势头较强。",
        "完成343户745人的脱贫工作,增长15。",
        "2018年全年签约引进项目32个,其中50亿元以上项目1个,10亿元以上项目7个。",
    ],
)
def test_text_that_states_no_percentage_yields_nothing(text: str) -> None:
    assert audit(text) == []


def test_source_report_without_data() -> None:
    findings = audit(SOURCE)
    # 工业实际投入50亿元,增长47% against 34.2亿元: 46.2%, but 50 printed to units is [49.5, 50.5), which gives 44.5–47.9%
    near = [f for f in findings if f.verdict == "rounding"]
    assert [(f.indicator, f.stated, f.computed) for f in near] == [("工业实际投入", "47", D("46"))]
    consistent = {(f.indicator, f.stated) for f in findings if f.verdict == "consistent"}
    assert consistent == {("工业开票销售收入", "14.4"), ("一般公共预算收入", "15")}
    unverifiable = {f.stated for f in findings if f.verdict == "unverifiable"}
    assert {"16.9", "71.2", "28.5"} <= unverifiable
    assert summary(findings) == {"consistent": 2, "rounding": 1, "inconsistent": 0, "unverifiable": 6}


def test_source_report_with_data() -> None:
    findings = audit(SOURCE, store.load(SHIPPED))
    near = [f for f in findings if f.verdict == "rounding"]
    assert [(f.indicator, f.stated, f.computed) for f in near] == [("工业实际投入", "47", D("46"))]
    assert summary(findings)["consistent"] == 2


def test_data_supplies_a_base_the_text_lacks() -> None:
    data = store.load(SHIPPED)
    finding = only("2019年,完成工业开票销售收入221.1亿元,同比增长10%。", data)
    assert (finding.computed, finding.verdict) == (D("10"), "consistent")
    assert only("2019年,完成工业开票销售收入221.1亿元,同比增长10%。").verdict == "unverifiable"


def test_approximate_and_unit_parsing() -> None:
    found = quantities(normalize("发放两项补贴6200人次480万余元,增收400多万元,面积66,619.57平方米"))
    assert [(q.number, q.unit, q.approximate) for q in found] == [
        (D(6200), "人次", False),
        (D(480), "万元", True),
        (D(400), "万元", True),
        (D("66619.57"), "平方米", False),
    ]


@pytest.mark.parametrize(
    ("text", "month"),
    [("1-10月", 10), ("1—3月份", 3), ("截止8月底", 8), ("截至11月末", 11), ("一季度", 3), ("上半年", 6), ("前三季度", 9), ("全年", None)],
)
def test_periods(text: str, month: int | None) -> None:
    assert month_in(normalize(text)) == month


def test_gb18030_file(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "report.txt"
    path.write_bytes("完成工业开票销售120亿元,同比增长20.0%,去年同期100亿元。".encode("gb18030"))
    assert only(read_text(path)).verdict == "consistent"


# --- through the command line ------------------------------------------------------------------

SEED = SHIPPED.parent / "seeds" / "jincheng-2018-work-report.txt"


@pytest.mark.parametrize("with_data", [False, True])
def test_audit_command_on_the_source_report(jc: object, shipped: object, with_data: bool) -> None:
    import json

    args = ["audit", str(SEED), "--format", "json", *(["--data"] if with_data else [])]
    result = jc(*args)  # type: ignore[operator]
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    near = [f for f in document["findings"] if f["verdict"] == "rounding"]
    assert len(near) == 1 and near[0]["stated"] == "47" and near[0]["computed"] == 46
    assert "工业实际投入50亿元,增长47%" in near[0]["sentence"]
    assert document["summary"] == {"consistent": 2, "rounding": 1, "inconsistent": 0, "unverifiable": 6}
    assert "应为" not in result.stderr


def test_audit_table_shows_what_it_should_read(jc: object, tmp_path: object) -> None:
    from pathlib import Path

    report = Path(str(tmp_path)) / "draft.txt"
    report.write_text("2019年，完成工业开票销售120亿元，同比增长25%，去年同期100亿元。", encoding="utf-8")
    result = jc("audit", str(report))  # type: ignore[operator]
    assert result.exit_code == 1 and "不一致，应为20%" in result.stdout
    assert "工业开票销售 增速 25% 应为 20%" in result.stderr


def test_audit_stdin_and_clean_exit(jc: object, shipped: object) -> None:
    result = jc("audit", "-", input="完成工业开票销售120亿元,同比增长20.0%,去年同期100亿元。")  # type: ignore[operator]
    assert result.exit_code == 0, result.output
    assert "一致1个" in result.stderr


def test_audit_missing_file(jc: object, shipped: object, tmp_path: object) -> None:
    result = jc("audit", "/nonexistent/report.txt")  # type: ignore[operator]
    assert result.exit_code == 1 and "/nonexistent/report.txt 不存在" in result.stderr


def test_extract_lists_the_source_reports_figures(jc: object, shipped: object) -> None:
    import json

    result = jc("extract", str(SEED), "--format", "json")  # type: ignore[operator]
    assert result.exit_code == 0, result.output
    figures = {(f["indicator"], f["period"], f["type"]): f for f in json.loads(result.stdout)["figures"]}
    expected = {
        ("industrial_sales", "2018", "actual"): (201, 16.9),
        ("industrial_investment", "2018", "actual"): (34.2, 71.2),
        ("public_budget_revenue", "2018", "actual"): (4.1, 28.5),
        ("industrial_sales", "2019", "target"): (230, 14.4),
        ("industrial_investment", "2019", "target"): (50, 47),
        ("public_budget_revenue", "2019", "target"): (4.7, 15),
        ("project_agreement_investment", "2018", "actual"): (150.89, None),
        ("new_high_tech_enterprises", "2018", "actual"): (6, None),
        ("new_shareholding_reform_enterprises", "2018", "actual"): (3, None),
        ("signed_projects", "2018", "actual"): (32, None),
    }
    for key, (value, growth) in expected.items():
        assert (figures[key]["value"], figures[key]["stated_growth"]) == (value, growth), key
    approximate = [f for f in json.loads(result.stdout)["figures"] if f["approximate"]]
    assert [(f["printed"], f["value"]) for f in approximate] == [("480万余元", 480)]


def test_extract_apply_reproduces_the_shipped_figures(jc: object, tmp_path: object) -> None:
    from pathlib import Path

    data = store.load(SHIPPED)
    for indicator in data.indicators.values():
        indicator.actuals.clear()
        indicator.targets.clear()
    fresh = Path(str(tmp_path)) / "fresh.toml"
    store.create(fresh, data)
    result = jc("extract", str(SEED), "--apply", file=fresh)  # type: ignore[operator]
    assert result.exit_code == 0, result.output
    rebuilt, shipped = store.load(fresh), store.load(SHIPPED)
    for indicator_id in (
        "industrial_sales",
        "industrial_investment",
        "public_budget_revenue",
        "project_agreement_investment",
        "new_high_tech_enterprises",
        "new_shareholding_reform_enterprises",
        "signed_projects",
    ):
        ours, theirs = rebuilt.indicators[indicator_id], shipped.indicators[indicator_id]
        assert {p: (e.value, e.stated_growth, e.stated_status) for p, e in ours.actuals.items()} == {
            p: (e.value, e.stated_growth, e.stated_status) for p, e in theirs.actuals.items()
        }, indicator_id
        assert {y: (e.value, e.stated_growth) for y, e in ours.targets.items()} == {
            y: (e.value, e.stated_growth) for y, e in theirs.targets.items()
        }, indicator_id
        assert all(e.source == SEED.name for e in ours.actuals.values())
    again = jc("extract", str(SEED), "--apply", file=fresh)  # type: ignore[operator]
    assert again.exit_code == 0  # the same figures again change nothing


def test_extract_apply_never_overwrites(jc: object, shipped: object) -> None:
    from pathlib import Path

    path = Path(str(shipped))
    text = "2018年,完成工业开票销售205亿元。"
    before = path.read_bytes()
    result = jc("extract", "-", "--apply", input=text)  # type: ignore[operator]
    assert result.exit_code == 1 and "完成值已是 201 亿元" in result.stderr and "--replace" in result.stderr
    assert path.read_bytes() == before
    replaced = jc("extract", "-", "--apply", "--replace", "--source", "快报", input=text)  # type: ignore[operator]
    assert replaced.exit_code == 0, replaced.output
    assert "old = 201" in path.read_text(encoding="utf-8")


def test_every_verdict_and_kind_has_a_label_in_both_languages() -> None:
    from jctrack.audit import Kind, Verdict
    from jctrack.words import Lang, say
    from jctrack.words.audit import KIND_WORDS, VERDICT_WORDS

    assert set(VERDICT_WORDS) == {v.value for v in Verdict} and set(KIND_WORDS) == {k.value for k in Kind}
    assert say(VERDICT_WORDS[Verdict.ROUNDING], Lang.ZH) == "舍入差异"
    assert say(KIND_WORDS[Kind.GROWTH], Lang.EN) == "growth"
