"""The fast TOML parser (toml-rs) against the reference (tomli/tomllib): the same document, store and errors.

`store.parse` uses the fast parser only when it yields a valid store and leaves everything else to the
reference parser; these tests hold it to that on generated data files and on damaged copies of them.
"""

from __future__ import annotations

import random
import tomllib
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from jctrack import store
from jctrack.errors import JctrackError
from jctrack.model import Store, read_float

from .conftest import SAMPLE, SHIPPED
from .test_properties import stores

toml_rs = pytest.importorskip("toml_rs")


def exact_shape(value: Any) -> Any:
    """A value with every type and order made visible: 1 and Decimal('1.0') and {'a','b'} order all differ."""
    if isinstance(value, dict):
        return ("table", [(key, exact_shape(inner)) for key, inner in value.items()])
    if isinstance(value, list):
        return ("array", [exact_shape(inner) for inner in value])
    if isinstance(value, Decimal):
        return ("decimal", str(value))
    return (type(value).__name__, value)


def fast(text: str) -> Any:
    return toml_rs.loads(text, parse_float=read_float, toml_version="1.0.0")


def reference(text: str) -> Any:
    return tomllib.loads(text, parse_float=read_float)


def outcome(text: str, monkeypatch: pytest.MonkeyPatch, use_fast: bool) -> tuple[str, str]:
    """What `store.parse` makes of the text: the store written back, or the error message."""
    with monkeypatch.context() as patch:
        if not use_fast:
            patch.setattr(store, "fast_reader", None)
        try:
            return "ok", store.dumps(store.parse(text, "f.toml"))
        except JctrackError as exc:
            return "error", str(exc)


def test_the_fast_parser_is_the_one_in_use() -> None:
    assert store.fast_reader is toml_rs


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stores())
def test_both_parsers_read_every_generated_file_into_the_same_document(data: Store) -> None:
    text = store.dumps(data)
    assert exact_shape(fast(text)) == exact_shape(reference(text))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=stores())
def test_a_store_reads_back_the_same_through_either_parser(data: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    text = store.dumps(data)
    with_fast = outcome(text, monkeypatch, use_fast=True)
    assert with_fast == outcome(text, monkeypatch, use_fast=False)
    assert with_fast == ("ok", text)  # and writing it again gives the same bytes


def damaged(text: str, rng: random.Random) -> str:
    """One random injury: a cut, a changed, doubled or removed character, a removed or doubled line."""
    choice = rng.randrange(6)
    at = rng.randrange(len(text))
    if choice == 0:
        return text[:at]
    if choice == 1:
        return text[:at] + rng.choice("=[]{}\".,_-+e:#\n \\'0123456789TZinfa") + text[at + 1 :]
    if choice == 2:
        return text[:at] + text[at] + text[at:]
    if choice == 3:
        return text[:at] + text[at + 1 :]
    lines = text.splitlines(keepends=True)
    line = rng.randrange(len(lines))
    if choice == 4:
        return "".join(lines[:line] + lines[line + 1 :])
    return "".join(lines[: line + 1] + lines[line:])


SPECIAL_CASES = [
    "\ufeff" + SAMPLE,  # a byte-order mark: only the fast parser would accept it
    SAMPLE.replace("2019-06 = 120\n", "2019-06 = 120\n2019-07 = " + "1" * 4400 + "\n", 1),
    SAMPLE.replace("2019-06 = 120\n", "2019-06 = 120\n2019-07 = 12345678901234567890\n", 1),  # beyond 64 bits
    SAMPLE.replace("2019-06 = 120\n", "2019-06 = 1_2_0.5_0\n", 1),
    SAMPLE.replace("2019-06 = 120\n", "2019-06 = 1.2e2\n", 1),
    SAMPLE.replace("2019-06 = 120\n", "2019-06 = nan\n", 1),
    SAMPLE.replace('entity = "测试镇"', 'entity = "测试镇"\nextra = { a = 1, }', 1),  # TOML 1.1 only
    SAMPLE.replace('entity = "测试镇"', 'entity = "测\\e试镇"', 1),  # TOML 1.1 only
    SAMPLE.replace("[indicators.share]", "[indicators.share]\n[indicators.share]", 1),
    SAMPLE + "\n[indicators.sales]\n",
    SAMPLE.replace("\n", "\r\n"),
    SAMPLE.replace("2019-06 = 120\n", "2019-06 = 120\r", 1),
]


@pytest.mark.parametrize("text", SPECIAL_CASES)
def test_edge_cases_are_decided_as_the_reference_parser_decides(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert outcome(text, monkeypatch, use_fast=True) == outcome(text, monkeypatch, use_fast=False)


def _damage_agrees(seed: int, count: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    for original in (SAMPLE, SHIPPED.read_text(encoding="utf-8")):
        for _ in range(count):
            text = damaged(original, rng)
            accepted_fast = accepted_reference = True
            try:
                fast_document = exact_shape(fast(text))
            except Exception:
                accepted_fast = False
            try:
                reference_document = exact_shape(reference(text))
            except Exception:
                accepted_reference = False
            if accepted_fast and accepted_reference:
                assert fast_document == reference_document, text
            # Whatever the fast parser alone accepts or refuses, the store (or error) is the reference's.
            assert outcome(text, monkeypatch, use_fast=True) == outcome(text, monkeypatch, use_fast=False), text


def test_damaged_files_give_the_same_store_or_the_same_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _damage_agrees(seed=8170, count=60, monkeypatch=monkeypatch)


@pytest.mark.slow
def test_many_damaged_files_give_the_same_store_or_the_same_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _damage_agrees(seed=2019, count=3000, monkeypatch=monkeypatch)
