"""Stored text: no control character and no text beyond its length is kept, typed or read from the file;
aliases that are empty, repeated or the indicator's own name are refused. Each refusal is one line
naming the field and its key, exit 1, and the data file byte for byte as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from jctrack import store
from jctrack.errors import DataFileError
from jctrack.model import NAME_LIMIT, TEXT_LIMIT

from .conftest import refused

# ESC clear-screen, an OSC 8 link, an OSC 0 title, BEL, a carriage return that overwrites, a C1 CSI,
# DEL, the line separator and the bidi overrides and isolates.
CONTROLS = {
    "esc-clear-screen": ("\x1b[2J\x1b[H", "U+001B"),
    "osc8-link": ("\x1b]8;;http://x.example/\x1b\\click\x1b]8;;\x1b\\", "U+001B"),
    "osc0-title": ("\x1b]0;pwned\x07", "U+001B"),
    "bell": ("a\x07", "U+0007"),
    "carriage-return": ("真\r假", "U+000D"),
    "line-feed": ("a\nb", "U+000A"),
    "tab": ("a\tb", "U+0009"),
    "c1-csi": ("a\x9b2J", "U+009B"),
    "delete": ("a\x7f", "U+007F"),
    "line-separator": ("a\u2028b", "U+2028"),
    "right-to-left-override": ("增长\u202e%5.4", "U+202E"),
    "first-strong-isolate": ("a\u2068b", "U+2068"),
}


def typed_with(text: str) -> list[list[str]]:
    """Every command that stores a text a person types, with `text` in it."""
    return [
        ["add-indicator", "new", "--name", text, "--unit", "亿元"],
        ["add-indicator", "new", "--name", "新指标", "--unit", "亿元", "--alias", text],
        ["add-indicator", "new", "--name", "新指标", "--unit", "亿元", "--name-en", text],
        ["add-indicator", "new", "--name", "新指标", "--unit", "亿元", "--owner", text],
        ["add-indicator", "new", "--name", "新指标", "--unit", "亿元", "--contributor", text],
        ["add-actual", "sales", "2019-07", "130", "--note", text],
        ["add-actual", "sales", "2019-07", "130", "--source", text],
        ["set-target", "sales", "2020", "250", "--note", text],
        ["set-target", "sales", "2020", "250", "--source", text],
    ]


@pytest.mark.parametrize(("text", "shown"), CONTROLS.values(), ids=list(CONTROLS))
def test_a_control_character_is_refused_in_a_typed_text(jc: Any, sample: Path, text: str, shown: str) -> None:
    before = sample.read_bytes()
    commands = typed_with(text)
    for args in (commands[len(shown) % len(commands)], commands[list(CONTROLS.values()).index((text, shown)) % len(commands)]):
        result = jc(*args, lang="en")
        refused(result, sample, before, f"contains the control character {shown}")
        # The message names the character; it never carries it.
        assert "\x1b" not in result.stderr and "\r" not in result.stderr and "\u202e" not in result.stderr


def test_every_typed_text_refuses_a_control_character(jc: Any, sample: Path) -> None:
    before = sample.read_bytes()
    for args in typed_with("\x1b]0;pwned\x07"):
        refused(jc(*args, lang="en"), sample, before, "contains the control character U+001B")


def test_the_refusal_names_the_field_and_the_key(jc: Any, sample: Path) -> None:
    before = sample.read_bytes()
    refused(jc("add-actual", "sales", "2019-07", "130", "--note", "a\x1bb", lang="en"), sample, before, "note of sales 2019-07")
    refused(jc("set-target", "sales", "2020", "1", "--source", "a\x07", lang="en"), sample, before, "source of sales 2020")
    refused(jc("add-indicator", "new", "--name", "a\rb", "--unit", "亿元", lang="en"), sample, before, "name of new")
    refused(jc("add-indicator", "new", "--name", "x", "--unit", "亿元", "--alias", "\x1b", lang="en"), sample, before, "alias of new")
    chinese = jc("add-actual", "sales", "2019-07", "130", "--note", "a\x1bb")
    assert "sales 2019-07 的备注含有控制字符 U+001B" in chinese.stderr


def test_a_control_character_in_the_entity_is_refused_by_init(jc: Any, tmp_path: Path) -> None:
    path = tmp_path / "new.toml"
    result = jc("init", "--entity", "镇\x1b[2J", file=path, lang="en")
    assert result.exit_code == 1 and "entity contains the control character U+001B" in result.stderr
    assert not path.exists() and not (tmp_path / "new.toml.lock").exists()


# Each stored text field, as it is written in the file, with a control character (as TOML writes one).
IN_THE_FILE = {
    "entity": ('entity = "测试镇"', 'entity = "测试镇\\u001b[2J"', "entity contains"),
    "name": ('name = "工业开票销售"', 'name = "工业\\r开票销售"', "indicators.sales.name contains"),
    "alias": ('aliases = ["开票"]', 'aliases = ["开\\u0007票"]', "indicators.sales.aliases contains"),
    "name_en": ('name = "工业开票销售"', 'name = "工业开票销售"\nname_en = "Sales\u202e"', "indicators.sales.name_en contains"),
    "note": ("2019-06 = 120", '2019-06 = { value = 120, note = "快报\\u001b]0;x\\u0007" }', "indicators.sales.actuals.2019-06: note"),
    "source": ("2019 = 230", '2019 = { value = 230, source = "a\u2028b" }', "indicators.sales.targets.2019: source"),
}


@pytest.mark.parametrize(("old", "new", "says"), IN_THE_FILE.values(), ids=list(IN_THE_FILE))
def test_a_control_character_in_the_file_is_refused_on_load_naming_its_key(jc: Any, sample: Path, old: str, new: str, says: str) -> None:
    text = sample.read_text(encoding="utf-8")
    assert old in text
    sample.write_text(text.replace(old, new, 1), encoding="utf-8")
    before = sample.read_bytes()
    for command in (["status"], ["status", "--format", "csv"], ["add-actual", "sales", "2019-08", "1"], ["export"], ["check"]):
        refused(jc(*command, lang="en"), sample, before, says, "the control character")


def test_a_control_character_in_a_revision_is_refused_on_load(sample: Path, english: None) -> None:
    text = sample.read_text(encoding="utf-8") + '\n[[revisions]]\nat = "2019-07-01"\naction = "add"\nold_source = "x\\u001b"\n'
    with pytest.raises(DataFileError, match=r"revisions\[0\]\.old_source contains the control character U\+001B"):
        store.parse(text)


# --- lengths -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "limit", "says"),
    [("--name", NAME_LIMIT, "name of new"), ("--alias", NAME_LIMIT, "alias of new"), ("--name-en", NAME_LIMIT, "English name of new")],
)
def test_a_name_or_alias_over_its_limit_is_refused(jc: Any, sample: Path, option: str, limit: int, says: str) -> None:
    before = sample.read_bytes()
    named = [] if option == "--name" else ["--name", "新指标"]
    result = jc("add-indicator", "new", "--unit", "亿元", *named, option, "名" * (limit + 1), lang="en")
    refused(result, sample, before, f"{says} is {limit + 1} characters long, over the limit of {limit}")
    assert jc("add-indicator", "new", "--unit", "亿元", *named, option, "名" * limit, lang="en").exit_code == 0


@pytest.mark.parametrize("option", ["--note", "--source"])
def test_a_note_or_source_over_its_limit_is_refused(jc: Any, sample: Path, option: str) -> None:
    before = sample.read_bytes()
    result = jc("add-actual", "sales", "2019-07", "130", option, "注" * (TEXT_LIMIT + 1), lang="en")
    refused(result, sample, before, f"{option[2:]} of sales 2019-07 is {TEXT_LIMIT + 1} characters long, over the limit of {TEXT_LIMIT}")
    assert jc("add-actual", "sales", "2019-07", "130", option, "注" * TEXT_LIMIT, lang="en").exit_code == 0


def test_an_entity_over_its_limit_is_refused_by_init(jc: Any, tmp_path: Path) -> None:
    path = tmp_path / "new.toml"
    result = jc("init", "--entity", "镇" * (NAME_LIMIT + 1), file=path, lang="en")
    assert result.exit_code == 1 and f"entity is {NAME_LIMIT + 1} characters long" in result.stderr
    assert not path.exists()


def test_an_id_over_its_limit_is_refused(jc: Any, sample: Path) -> None:
    before = sample.read_bytes()
    result = jc("add-indicator", "x" * (NAME_LIMIT + 1), "--name", "新指标", "--unit", "亿元", lang="en")
    refused(result, sample, before, f"indicator id is {NAME_LIMIT + 1} characters long")


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        ('name = "工业开票销售"', f'name = "{"名" * (NAME_LIMIT + 1)}"', "indicators.sales.name is 201 characters long"),
        ('aliases = ["开票"]', f'aliases = ["{"名" * (NAME_LIMIT + 1)}"]', "indicators.sales.aliases is 201 characters long"),
        ('entity = "测试镇"', f'entity = "{"镇" * (NAME_LIMIT + 1)}"', "entity is 201 characters long"),
        ("2019-06 = 120", f'2019-06 = {{ value = 120, note = "{"注" * (TEXT_LIMIT + 1)}" }}', "note is 2001 characters long"),
        ("2019 = 230", f'2019 = {{ value = 230, source = "{"源" * (TEXT_LIMIT + 1)}" }}', "source is 2001 characters long"),
    ],
    ids=["name", "alias", "entity", "note", "source"],
)
def test_a_text_over_its_limit_in_the_file_is_refused_on_load(jc: Any, sample: Path, old: str, new: str, says: str) -> None:
    sample.write_text(sample.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    before = sample.read_bytes()
    for command in (["status"], ["add-actual", "sales", "2019-08", "1"]):
        refused(jc(*command, lang="en"), sample, before, says)


# --- aliases -------------------------------------------------------------------------------------------

BAD_ALIASES = {
    "empty": (["--alias", ""], "indicator new has an empty alias"),
    "blank": (["--alias", "  "], "indicator new has an empty alias"),
    "twice": (["--alias", "别名", "--alias", "别名"], "alias '别名' is given twice for indicator new"),
    "the-name": (["--alias", "新指标"], "alias '新指标' is the name or the id of indicator new itself"),
    "the-id": (["--alias", "new"], "alias 'new' is the name or the id of indicator new itself"),
    "spaces": (["--alias", " 别名"], "alias ' 别名' of indicator new begins or ends with a space"),
    "separator": (["--alias", "甲;乙"], "alias '甲;乙' of indicator new contains ;"),
}


@pytest.mark.parametrize(("options", "says"), BAD_ALIASES.values(), ids=list(BAD_ALIASES))
def test_a_bad_alias_is_refused_on_input(jc: Any, sample: Path, options: list[str], says: str) -> None:
    before = sample.read_bytes()
    refused(jc("add-indicator", "new", "--name", "新指标", "--unit", "亿元", *options, lang="en"), sample, before, says)


@pytest.mark.parametrize(
    ("aliases", "says"),
    [
        ('[""]', "indicator sales has an empty alias"),
        ('["开票", "开票"]', "alias '开票' is given twice for indicator sales"),
        ('["工业开票销售"]', "alias '工业开票销售' is the name or the id of indicator sales itself"),
        ('["sales"]', "alias 'sales' is the name or the id of indicator sales itself"),
    ],
    ids=["empty", "twice", "the-name", "the-id"],
)
def test_a_bad_alias_is_refused_on_load(jc: Any, sample: Path, aliases: str, says: str) -> None:
    sample.write_text(sample.read_text(encoding="utf-8").replace('aliases = ["开票"]', f"aliases = {aliases}"), encoding="utf-8")
    before = sample.read_bytes()
    refused(jc("status", lang="en"), sample, before, "indicators.sales: " + says)
