"""Whole reports written for these tests in the forms real reports use (tests/fixtures/audit): every
stated figure found, right figures never flagged, the deliberate slips caught — with reasons."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from jctrack.audit import Verdict, audit
from jctrack.words import Lang

FIXTURES = Path(__file__).parent / "fixtures" / "audit"
EXPECTED = tomllib.loads((FIXTURES / "expected.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("report", sorted(EXPECTED))
def test_every_figure_of_the_report(report: str) -> None:
    expected = EXPECTED[report]
    findings = audit((FIXTURES / expected["file"]).read_text(encoding="utf-8"))
    assert [[f.printed, f.kind.value, f.verdict.value] for f in findings] == expected["findings"]
    for finding in findings:
        assert finding.reason.say(Lang.ZH) and finding.reason.say(Lang.EN)
        if finding.verdict is Verdict.INCONSISTENT:
            assert finding.computed is not None and finding.indicator


def test_the_corpus_covers_every_kind() -> None:
    kinds = Counter(kind for report in EXPECTED.values() for _, kind, _ in report["findings"])
    assert {"growth", "completion", "schedule_gap", "schedule", "share", "share_change", "average_growth", "multiple", "rate"} <= set(kinds)
