"""What a finding and the commands say: where each input came from, why a figure could not be
checked, the summary line, and what extract says when it finds nothing to store."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

from jctrack import store
from jctrack.audit import Finding, Kind, Verdict, audit
from jctrack.model import Period
from jctrack.render.findings import audit_summary
from jctrack.words import Lang

DATA = Path(__file__).parent / "fixtures" / "audit" / "draft-2019-10.toml"


def one(text: str, kind: Kind) -> Finding:
    (finding,) = [f for f in audit(text) if f.kind is kind]
    return finding


def test_an_input_in_the_same_sentence_is_said_to_be_there() -> None:
    same = "2020年，全镇税收收入32.6亿元，比上年增加3.2亿元；其中工业税收17.8亿元，比上年增加3.1亿元，拉动税收增长10.5个百分点。"
    pull = one(same, Kind.PULL)
    assert pull.verdict is Verdict.CONSISTENT and "（本句）" in pull.reason.say(Lang.ZH) and "上文" not in pull.reason.say(Lang.ZH)
    earlier = same.replace("；其中", "。其中")
    assert "（上文）" in one(earlier, Kind.PULL).reason.say(Lang.ZH)


def test_a_share_of_nothing_named_says_so_without_a_placeholder() -> None:
    finding = one("2020年，全镇新增城镇就业1200人，占75%。", Kind.SHARE)
    assert finding.verdict is Verdict.UNVERIFIABLE
    assert "?" not in finding.reason.say(Lang.ZH) and "未写明占什么" in finding.reason.say(Lang.ZH)


def test_a_zero_base_says_no_rate_can_be_worked_out() -> None:
    finding = one("2020年，全镇完成外贸出口1.2亿元，增长12.3%，去年同期0亿元。", Kind.GROWTH)
    assert finding.verdict is Verdict.UNVERIFIABLE
    assert "0亿元，不是正数" in finding.reason.say(Lang.ZH) and "not positive" in finding.reason.say(Lang.EN)


def test_an_approximation_that_holds_at_its_own_precision_is_consistent() -> None:
    finding = one("2020年，全镇参保企业86家，其中已缴费企业69家，占近80%。", Kind.SHARE)  # 80.2%
    assert (finding.computed, finding.verdict) == (Decimal(80), Verdict.CONSISTENT)
    assert one("2020年，全镇参保企业86家，其中已缴费企业72家，占近80%。", Kind.SHARE).verdict is Verdict.INCONSISTENT  # 83.7%


def test_a_period_without_its_year_says_to_give_the_year() -> None:
    text = "1-10月，全镇完成工业开票销售198亿元，同比增长10%。"
    for data in (None, store.load(DATA)):
        reason = one_with(text, data).reason
        assert "未写明年份" in reason.say(Lang.ZH) and "--year" in reason.say(Lang.EN)
    assert one_with(text, store.load(DATA), year=2019).verdict is Verdict.CONSISTENT


def one_with(text: str, data: Any, **given: Any) -> Finding:
    (finding,) = audit(text, data, **given)
    return finding


def test_the_summary_names_where_a_figure_of_no_indicator_is() -> None:
    findings = audit("2020年，同比增长10.2%（全市9.4%），高于全市1.8个百分点。")
    wrong = [f for f in findings if f.verdict is Verdict.INCONSISTENT]
    assert len(wrong) == 1 and wrong[0].indicator is None
    line = audit_summary(findings, Lang.ZH)
    assert "?" not in line and "“…高于全市1.8个百分点”处 与参照之差 1.8个百分点 应为 0.8个百分点" in line


def test_extract_says_why_it_found_nothing(jc: Any, tmp_path: Path) -> None:
    path = tmp_path / "data.toml"
    shutil.copyfile(DATA, path)
    report = tmp_path / "draft.txt"
    report.write_text("1-10月，全镇完成工业开票销售198亿元，同比增长10%。完成一般公共预算收入3.3亿元。", encoding="utf-8")
    before = path.read_text(encoding="utf-8")
    listed = jc("extract", str(report), file=path)
    assert listed.exit_code == 0 and "另有2个数字未写明年份" in listed.stderr and "--year" in listed.stderr
    applied = jc("extract", str(report), "--apply", file=path)
    assert applied.exit_code == 0 and "未存入任何数字" in applied.stderr and "均已存入" not in applied.stderr
    assert path.read_text(encoding="utf-8") == before
    given = jc("extract", str(report), "--apply", "--year", "2019", file=path)
    assert given.exit_code == 0 and "未写明年份" not in given.stderr
    assert store.load(path).indicators["sales"].actuals[Period(2019, 10)].value == 198


def test_extract_on_a_text_with_no_figure(jc: Any, tmp_path: Path) -> None:
    path = tmp_path / "data.toml"
    shutil.copyfile(DATA, path)
    report = tmp_path / "notes.txt"
    report.write_text("会议强调，要坚定信心，攻坚克难。", encoding="utf-8")
    result = jc("extract", str(report), "--apply", file=path, lang="en")
    assert result.exit_code == 0 and "no figure to store was found" in result.stderr and "nothing stored" in result.stderr
