"""Robustness of reading report text: work linear in the text (counted, not timed), patterns that
cannot backtrack catastrophically, bytes decoded the same from a file and from stdin (or refused),
and no control character reaching the output."""

from __future__ import annotations

import codecs
import io
import re
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any, SupportsIndex

import pytest

from jctrack import audit as auditing
from jctrack.audit import Verdict, audit, finds_nothing
from jctrack.errors import InputError
from jctrack.extract import extract
from jctrack.model import Store
from jctrack.textread import decode, document
from jctrack.textread.patterns import PATTERNS, WORK, TextPattern
from jctrack.words.audit import AuditWord

# --- work is linear in the text ----------------------------------------------------------------

DENSE = "1-6月，完成工业开票销售120亿元，同比增长20.0%，去年同期100亿元，占全镇工业经济的60%，完成全年目标230亿元的52.2%。"


class CountingText(str):
    """The report text, counting every character a slice copies or a search scans."""

    scanned = 0

    def __getitem__(self, key: SupportsIndex | slice) -> str:
        result = str.__getitem__(self, key)
        CountingText.scanned += len(result)
        return result

    def _span(self, start: SupportsIndex | None, end: SupportsIndex | None) -> int:
        low = 0 if start is None else int(start)
        high = len(self) if end is None else int(end)
        return max(0, high - low)

    def find(self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None) -> int:
        CountingText.scanned += self._span(start, end)
        return str.find(self, sub, start, end)

    def rfind(self, sub: str, start: SupportsIndex | None = None, end: SupportsIndex | None = None) -> int:
        CountingText.scanned += self._span(start, end)
        return str.rfind(self, sub, start, end)


def work(text: str, monkeypatch: pytest.MonkeyPatch, data: Store | None = None) -> tuple[int, int, int]:
    """(characters scanned in Python, characters given to patterns, findings) for auditing `text`."""
    normalize = document.normalize  # type: ignore[attr-defined]
    monkeypatch.setattr(document, "normalize", lambda raw: CountingText(normalize(raw)))
    CountingText.scanned = 0
    WORK.reset()
    findings = audit(text, data)
    return CountingText.scanned, WORK.stream_chars + WORK.window_chars, len(findings)


def test_audit_work_is_linear_in_dense_text(monkeypatch: pytest.MonkeyPatch) -> None:
    small = work(DENSE * 500, monkeypatch)
    large = work(DENSE * 2000, monkeypatch)
    assert large[2] == 4 * small[2]
    for before, after in zip(small[:2], large[:2], strict=True):
        assert after <= 4.2 * before  # four times the text: four times the work, not sixteen
    assert large[0] <= 30 * len(DENSE * 2000) and large[1] <= 30 * len(DENSE * 2000)


def test_audit_work_is_linear_on_one_long_line(monkeypatch: pytest.MonkeyPatch) -> None:
    # No sentence ends, no clause marks: one 200 KB sentence of dense figures.
    line = "完成工业开票销售120亿元同比增长20.0%去年同期100亿元" * 6000
    assert len(line.encode()) > 200_000
    short = work(line[: len(line) // 4], monkeypatch)
    long = work(line, monkeypatch)
    assert long[0] <= 4.5 * short[0] and long[1] <= 4.5 * short[1]
    assert long[0] <= 30 * len(line) and long[1] <= 30 * len(line)


def test_each_finding_keeps_a_window_of_its_sentence_not_the_sentence() -> None:
    line = "完成工业开票销售120亿元，同比增长20.0%，去年同期100亿元，" * 3000
    findings = audit(line)
    assert len(findings) == 3000
    assert all(len(f.sentence) <= 2 * 60 + 12 for f in findings)
    assert findings[100].sentence.startswith("…") and findings[100].sentence.endswith("…")
    assert {f.verdict for f in findings} == {Verdict.CONSISTENT}


# --- patterns that cannot backtrack catastrophically -----------------------------------------------

ADVERSARIAL = [
    "工业开票销售1" + ",111" * 25_000 + "x5亿元",  # the input that took the old name pattern 11 s per 40 KB
    "1" * 100_000,
    "1." * 50_000,
    "1-" * 50_000,
    "年" * 100_000,
    "增长" * 50_000,
    "占" + "的" * 100_000 + "%",
    "2019年" * 20_000,
    "分别增长1%、" * 12_000,
    "计划" * 50_000 + ":",
    "超" * 50_000 + "序时进度",
    "\ue000" * 100_000,
]


def _repeats(tree: Any, inside: bool = False) -> Iterator[tuple[str, bool, bool]]:
    """(kind, unbounded, nested in another unbounded repeat) of every repeat in a parsed pattern."""
    from re import _constants as constants  # type: ignore[attr-defined]

    for op, argument in tree:
        if op in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT):
            low, high, sub = argument
            unbounded = high == constants.MAXREPEAT
            yield str(op), unbounded, inside
            yield from _repeats(sub, inside or unbounded)
        elif op in (constants.SUBPATTERN,):
            yield from _repeats(argument[-1], inside)
        elif op in (constants.ATOMIC_GROUP, constants.ASSERT, constants.ASSERT_NOT):
            yield from _repeats(argument[-1] if isinstance(argument, tuple) else argument, inside)
        elif op is constants.BRANCH:
            for branch in argument[1]:
                yield from _repeats(branch, inside)


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.name for p in PATTERNS])
def test_every_text_pattern_is_linear_by_construction(pattern: TextPattern) -> None:
    from re import _parser as parser  # type: ignore[attr-defined]

    repeats = list(_repeats(parser.parse(pattern.regex.pattern)))
    assert not any(unbounded and nested for _, unbounded, nested in repeats), "an unbounded repeat inside another"
    if pattern.stream:
        # Over whole text, every unbounded repeat must be possessive: no backtracking into it.
        assert all(kind == "POSSESSIVE_REPEAT" for kind, unbounded, _ in repeats if unbounded), pattern.regex.pattern
    else:
        assert pattern.window is not None and pattern.window <= 64


@pytest.fixture
def hang_guard() -> Iterator[None]:
    """Not a threshold: a catastrophic pattern would run for hours; this ends the test instead."""

    def stop(*_: Any) -> None:
        raise TimeoutError("a text pattern did not finish")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.name for p in PATTERNS])
def test_every_text_pattern_on_adversarial_input(pattern: TextPattern, hang_guard: None) -> None:
    for text in ADVERSARIAL:
        WORK.reset()
        if pattern.stream:
            matches = sum(1 for _ in pattern.finditer(text))
            assert WORK.stream_chars == len(text) and matches <= len(text)
        else:
            assert pattern.window is not None
            for start in range(0, len(text), len(text) // 50):
                pattern.search(text[start : start + 4 * pattern.window])
            assert WORK.window_chars <= 50 * pattern.window + pattern.window


def test_the_old_backtracking_input_is_audited_in_linear_work(monkeypatch: pytest.MonkeyPatch, hang_guard: None) -> None:
    text = ADVERSARIAL[0]
    scanned, patterns, _ = work(text, monkeypatch)
    assert scanned <= 30 * len(text) and patterns <= 30 * len(text)


def test_no_pattern_outside_the_registry() -> None:
    source = Path(auditing.__file__).parent
    files = [
        *source.joinpath("textread").glob("*.py"),
        *source.joinpath("audit_forms").glob("*.py"),
        source / "audit.py",
        source / "extract.py",
    ]
    for path in files:
        if path.name == "patterns.py":
            continue
        assert not re.search(r"\bre\.(compile|search|match|finditer|findall|sub|fullmatch)\(", path.read_text(encoding="utf-8")), path


# --- bytes to text ----------------------------------------------------------------------------

REPORT = "2019年1-10月，全镇完成工业开票销售198亿元，同比增长10%，去年同期180亿元。"


@pytest.mark.parametrize(
    "encoded",
    [
        REPORT.encode("utf-8"),
        codecs.BOM_UTF8 + REPORT.encode("utf-8"),
        REPORT.encode("gb18030"),
        REPORT.encode("utf-16"),
        REPORT.encode("utf-8")[:-3] + b"\xff" + REPORT.encode("utf-8")[-3:],
    ],
    ids=["utf-8", "utf-8 with BOM", "gb18030", "utf-16 with BOM", "utf-8 with a damaged byte"],
)
def test_a_file_and_stdin_decode_alike(encoded: bytes, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(encoded)
    from_file = decode.read_text(path)
    from_stdin = decode.read_stream(io.BytesIO(encoded))
    assert from_file == from_stdin
    assert [f.verdict for f in audit(from_stdin)] == [Verdict.CONSISTENT]


def test_gb18030_on_stdin_is_not_read_as_utf8_garbage() -> None:
    encoded = (REPORT * 20).encode("gb18030")
    assert len(audit(decode.read_stream(io.BytesIO(encoded)))) == 20


@pytest.mark.parametrize(
    "encoded",
    [
        bytes(range(256)) * 4,
        "完成工业开票销售".encode("utf-16-le") * 10,
        "全镇完成工业开票销售200亿元".encode("gb18030")[:-1] + "ｱｲｳ".encode("shift_jis") * 40,
    ],
    ids=["binary", "utf-16 without BOM", "shift-jis"],
)
def test_text_that_decodes_to_garbage_is_refused(encoded: bytes) -> None:
    with pytest.raises(InputError) as refused:
        decode.decode(encoded, "report.txt")
    assert refused.value.key in (AuditWord.NOT_TEXT, AuditWord.NOT_ENCODED)
    assert "report.txt" in str(refused.value)


TRADITIONAL = "金城鎮1-10月經濟運行情況：全鎮完成工業開票銷售200億元，同比增長12.5%，上年同期為177.8億元；一般公共預算收入3.6億元。"
SIMPLIFIED = "金城镇1-10月经济运行情况：全镇完成工业开票销售200亿元，同比增长12.5%，上年同期为177.8亿元；一般公共预算收入3.6亿元。"


@pytest.mark.parametrize("encoding", ["utf-8", "big5", "gb18030"])
def test_a_report_in_traditional_characters_reads_as_its_simplified_text(encoding: str) -> None:
    """Big5 (Hong Kong, Taiwan) or traditional characters in UTF-8: the same findings as the simplified text."""
    text = decode.decode((TRADITIONAL * 3).encode(encoding), "report.txt")
    assert [(f.kind, f.stated, f.computed, f.verdict) for f in audit(text)] == [
        (f.kind, f.stated, f.computed, f.verdict) for f in audit(SIMPLIFIED * 3)
    ]
    assert len(audit(text)) == 3


def test_the_fold_leaves_simplified_text_alone() -> None:
    from jctrack.textread.normal import normalize
    from jctrack.textread.traditional import FOLD
    from jctrack.textread.traditional import SIMPLIFIED as FOLDED_TO
    from jctrack.textread.traditional import TRADITIONAL as FOLDED

    assert SIMPLIFIED.translate(FOLD) == SIMPLIFIED
    assert normalize(TRADITIONAL) == normalize(SIMPLIFIED)
    assert len(FOLDED) == len(FOLDED_TO) == len(set(FOLDED))
    assert not set(FOLDED) & set(FOLDED_TO)  # no character is both folded and a fold's result


def test_simplified_chinese_with_rare_names_and_symbols_is_plausible() -> None:
    text = "喆堃等同志：面积12㎡，气温25℃，①抓项目——②促消费·“263”行动。" * 20
    assert decode.decode(text.encode("gb18030"), "x") == text


def test_a_long_text_without_one_figure_is_found_out() -> None:
    prose = "坚持稳中求进工作总基调，统筹推进稳增长、促改革、调结构、惠民生、防风险各项工作。" * 12
    assert finds_nothing(prose)
    assert not finds_nothing(prose + REPORT)
    assert not finds_nothing(prose[:200])
    assert auditing.NO_FIGURE_LIMIT == 300


# --- nothing reaches output that a terminal would act on ------------------------------------------


def test_control_characters_in_a_finding_are_shown_not_sent() -> None:
    finding = audit("完成工业开票销售120亿元\x1b[2J，同比增长20.0%\u202e，去年同期100亿元\x07。")[0]
    assert "\x1b" not in finding.sentence and "\\x1b[2J" in finding.sentence
    assert "\u202e" not in finding.sentence and "\\u202e" in finding.sentence
    assert all(character.isprintable() for character in finding.sentence + finding.printed + (finding.indicator or ""))


def test_control_characters_in_an_extracted_figure_are_shown_not_sent() -> None:
    figures = extract("2019年，新增\x1b]0;x\x07企业6家。", Store())
    assert all(character.isprintable() for figure in figures for character in figure.name + figure.printed)
