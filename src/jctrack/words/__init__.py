"""Every word jctrack shows a person, in Chinese and English: look one up by its key with `say`.

Each module of this package holds the words of one area as an enum of keys and a table of
(Chinese, English) pairs; this module merges them and is the only place that chooses by language.
Messages on stderr are in the process's language (Chinese unless `--lang en` or JCTRACK_LANG=en);
documents are rendered in the language they are asked for.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import string
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple, Protocol


class Lang(StrEnum):
    ZH = "zh"
    EN = "en"


class _PeriodLike(Protocol):
    @property
    def year(self) -> int: ...

    @property
    def month(self) -> int | None: ...


Pair = tuple[str, str]  # (Chinese, English)
_texts: dict[str, Pair] | None = None
_language = Lang.ZH


def _load() -> dict[str, Pair]:
    """Every area's table, merged; a key may be defined once only."""
    merged: dict[str, Pair] = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        table: Mapping[StrEnum, Pair] = getattr(module, "TEXTS", {})
        for key, pair in table.items():
            if key.value in merged:
                raise RuntimeError(f"word key {key.value!r} is defined twice")
            merged[key.value] = pair
    return merged


def texts() -> dict[str, Pair]:
    global _texts
    if _texts is None:
        _texts = _load()
    return _texts


def set_language(lang: Lang | str) -> None:
    """The language of messages on stderr, for the rest of the process."""
    global _language
    _language = Lang(lang)


def language() -> Lang:
    return _language


def language_from_environment() -> Lang:
    value = os.environ.get("JCTRACK_LANG", "").strip().lower()
    return Lang.EN if value.startswith("en") else Lang.ZH


class Bilingual(NamedTuple):
    """A name that has a form in each language (an indicator's name and its name_en)."""

    zh: str
    en: str

    def in_(self, lang: Lang) -> str:
        return self.zh if lang is Lang.ZH else self.en


class Phrase:
    """Words to be said later, in whatever language is asked for then: a key and its parameters."""

    __slots__ = ("key", "params")

    def __init__(self, key: StrEnum, /, **params: object) -> None:
        self.key = key
        self.params = params

    def in_(self, lang: Lang | None = None) -> str:
        return say(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.in_()

    def __repr__(self) -> str:
        return f"Phrase({self.key.value!r}, {self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and (self.key, self.params) == (other.key, other.params)

    def __hash__(self) -> int:
        return hash(self.key)


class Amount(NamedTuple):
    """A figure with its unit, as a sentence says it: 201亿元, or "201 (100 million yuan)"."""

    value: Decimal
    unit: str
    counted: bool = False  # things counted (家, 个): English says the number alone

    def in_(self, lang: Lang) -> str:
        from jctrack.decimals import plain  # here: decimals itself imports this package's messages

        number = plain(self.value)
        if lang is Lang.ZH or self.unit == "%":
            return number + self.unit
        if self.counted:
            return number
        english = unit_name(self.unit, lang)
        return number if english == self.unit else f"{number} ({english})"


def sentence(clauses: Iterable[Phrase], lang: Lang) -> str:
    """Clauses joined as a sentence of the language: 完成…，同比增长…。 / …, up … year on year."""
    said = [text for text in (clause.in_(lang) for clause in clauses) if text]
    if lang is Lang.ZH:
        return "，".join(said) + "。"
    return ", ".join(said) + "."


def join_sentences(sentences: Iterable[str], lang: Lang) -> str:
    """Whole sentences, each with its full stop, as one paragraph: 。 needs no space after it, "." does."""
    return ("" if lang is Lang.ZH else " ").join(sentences)


# A clause said again in the same paragraph: the plan's "2019年目标：" once, then each name and figure.
_CONTINUED = {"phrase.plan": "phrase.plan_more"}


def paragraph(sentences: Iterable[Sequence[Phrase]], lang: Lang) -> str:
    """Sentences as one paragraph of the office's prose.

    Chinese: each sentence's clauses joined with "，", the sentences with "；", one "。" at the end, and
    the time ("1-6月，", "全年") said once, at the start: a later sentence of the same period leaves it
    out. A quarterly figure's own "1-9月，" stays, and the sentence after it says its own time again
    (…；1-9月，完成地区生产总值58亿元…；1-10月，完成规上工业增加值…), so no figure is read as of another
    period. English: sentences one after the other.
    """
    groups = [list(clauses) for clauses in sentences if clauses]
    if lang is not Lang.ZH:
        return " ".join(sentence(clauses, lang) for clauses in groups)
    lead = groups[0][0] if groups else None
    said = []
    for number, clauses in enumerate(groups):
        if number and lead is not None:
            clauses = [_continued(clauses[0], lead), *clauses[1:]]
        if "when" in groups[number][0].params and lead is not None:
            # The time last said is the one the next sentence continues in.
            lead = Phrase(lead.key, **{**lead.params, "when": groups[number][0].params["when"]})
        text = "，".join(part for part in (clause.in_(lang) for clause in clauses) if part)
        if text:
            said.append(text)
    return "；".join(said) + "。" if said else ""


def _continued(clause: Phrase, lead: Phrase) -> Phrase:
    """A sentence's first clause after the paragraph's first: without the time or the plan's year said before."""
    if "when" in clause.params and clause.params.get("when") == lead.params.get("when"):
        return Phrase(clause.key, **{**clause.params, "when": ""})
    continued = _CONTINUED.get(clause.key.value)
    if continued is not None and clause.key == lead.key and clause.params.get("year") == lead.params.get("year"):
        key = next(k for k in _phrase_keys() if k.value == continued)
        return Phrase(key, **clause.params)
    return clause


def _phrase_keys() -> Iterable[StrEnum]:
    from jctrack.words.phrases import Said

    return Said


def unit_name(unit: str, lang: Lang) -> str:
    """A unit as a report in `lang` writes it: 亿元 in Chinese, "100 million yuan" in English."""
    if lang is Lang.ZH:
        return unit
    pair = texts().get(f"unit.{unit}")
    return unit if pair is None else pair[1]


def say(key: StrEnum, lang: Lang | None = None, /, **params: object) -> str:
    """The text of `key` in `lang` (default: the message language), its {placeholders} filled."""
    chosen = _language if lang is None else lang
    text = texts()[key.value][0 if chosen is Lang.ZH else 1]
    if not params:
        return text
    return text.format(**{name: shown(value, chosen) for name, value in params.items()})


def shown(value: object, lang: Lang) -> str:
    """A placeholder's value as text: numbers plainly, keys and errors in the language, lists joined."""
    if isinstance(value, Decimal):
        from jctrack.decimals import plain  # here: decimals itself imports this package's messages

        return plain(value)
    if isinstance(value, (Bilingual, Phrase, Amount, Months)):
        return value.in_(lang)
    if isinstance(value, StrEnum) and value.value in texts():
        return say(value, lang)
    if isinstance(value, Exception) and hasattr(value, "key"):
        return say(value.key, lang, **getattr(value, "params", {}))
    if isinstance(value, list):
        return list_separator(lang).join(shown(item, lang) for item in value)
    return str(value)


def list_separator(lang: Lang) -> str:
    return "、" if lang is Lang.ZH else ", "


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def join(items: Iterable[str], lang: Lang) -> str:
    return list_separator(lang).join(items)


def join_and(items: Sequence[str], lang: Lang) -> str:
    """A closed list: 甲镇和乙镇, 甲镇、乙镇和丙镇 / A and B, A, B and C."""
    if len(items) < 2:
        return "".join(items)
    return join(items[:-1], lang) + ("和" if lang is Lang.ZH else " and ") + items[-1]


def join_clauses(clauses: Iterable[str], lang: Lang) -> str:
    """Clauses of one message: 已将…改为…，原名称…保留为别名 / renamed …; the old name … is kept."""
    return ("，" if lang is Lang.ZH else "; ").join(clauses)


# --- periods ------------------------------------------------------------------------------------

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class PeriodWords(NamedTuple):
    full: str  # 2019年1-6月 / Jan–Jun 2019
    short: str  # 1-6月 / Jan–Jun (the year said elsewhere)
    formal: str = ""  # 2019年1—6月: a document's title, with the range dash of printed Chinese


def period_words(period: _PeriodLike, lang: Lang) -> PeriodWords:
    """The one way a period is named: a whole year, or the year-to-date months 1–N."""
    year, month = period.year, period.month
    if lang is Lang.ZH:
        if month is None:
            return PeriodWords(f"{year}年", "全年", f"{year}年")
        months = "1月" if month == 1 else f"1-{month}月"
        return PeriodWords(f"{year}年{months}", months, f"{year}年{months.replace('-', '—')}")
    if month is None:
        return PeriodWords(str(year), "full year", str(year))
    months = "Jan" if month == 1 else f"Jan–{_MONTHS_EN[month - 1]}"
    return PeriodWords(f"{months} {year}", months, f"{months} {year}")


def period_label(period: _PeriodLike, lang: Lang) -> str:
    return period_words(period, lang).full


def period_title(period: _PeriodLike, lang: Lang) -> str:
    """A period as a document's title names it: 2019年1—6月, Jan–Jun 2019."""
    return period_words(period, lang).formal


_MONTH_NAMES_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def month_name(month: int) -> Bilingual:
    """A month as a date names it: 7 in 2019年7月10日, July in 10 July 2019."""
    return Bilingual(str(month), _MONTH_NAMES_EN[month - 1])


class Months(NamedTuple):
    """A year-to-date period named by its months alone (1-6月, Jan–Jun), for a sentence that says the year elsewhere."""

    period: _PeriodLike

    def in_(self, lang: Lang) -> str:
        return period_words(self.period, lang).short
