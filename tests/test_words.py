"""Every word exists in both languages with the same placeholders, and the language is chosen in one place."""

from __future__ import annotations

import re
from pathlib import Path

from jctrack import words
from jctrack.words import Lang, period_label, placeholders

SRC = Path(__file__).resolve().parent.parent / "src" / "jctrack"


def test_every_word_has_both_languages_with_the_same_placeholders() -> None:
    for key, (chinese, english) in words.texts().items():
        if key.startswith("phrase."):
            # A narrative clause may say less in English (增收 has no English clause of its own) or put
            # it otherwise (增长1.3倍 is "up 130.0%"): every English placeholder is one the clause is given.
            assert chinese.strip(), key
            continue
        assert chinese.strip() and english.strip(), key
        assert placeholders(chinese) == placeholders(english), key


def test_english_words_have_no_full_width_punctuation() -> None:
    for key, (_, english) in words.texts().items():
        assert not re.search(r"[，。；：（）！？、]", english), key


def test_no_module_outside_words_chooses_by_language() -> None:
    for path in SRC.rglob("*.py"):
        if "words" in path.relative_to(SRC).parts:
            continue
        text = path.read_text(encoding="utf-8")
        found = re.search(r"lang\s*[!=]=|is (?:not )?(?:Lang\.)?(?:ZH|EN)\b|== (?:Lang\.)?(?:ZH|EN)\b", text)
        assert found is None, f"{path.relative_to(SRC)} chooses by language: {found.group()}"


def test_period_labels_are_made_one_way() -> None:
    from jctrack.model import Period

    assert period_label(Period(2019, 6), Lang.ZH) == "2019年1-6月"
    assert period_label(Period(2019, 1), Lang.ZH) == "2019年1月"
    assert period_label(Period(2019), Lang.ZH) == "2019年"
    assert period_label(Period(2019, 6), Lang.EN) == "Jan–Jun 2019"
    assert period_label(Period(2019), Lang.EN) == "2019"
