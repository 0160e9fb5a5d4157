"""A report read once, in order: paragraphs, sentences, figures, and for each amount its name, its role
(an actual, a target, last year's base, a change…) and its period.

Everything here is linear in the length of the text: stream patterns run once over each paragraph or
sentence, and every look at the words around a figure is bounded by a window.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from jctrack.model import Period
from jctrack.textread import numbers, tables
from jctrack.textread.normal import normalize, unwrap
from jctrack.textread.numbers import Form, Token
from jctrack.textread.patterns import WINDOW, TextPattern
from jctrack.textread.periods import Marker, Span, When, Why, carried, given, markers


class Role(StrEnum):
    ACTUAL = "actual"  # what was done: 完成工业开票销售201亿元
    TARGET = "target"  # 目标230亿元, 计划开工255项, 年初预算数4.5亿元
    BASE = "base"  # 去年同期100亿元, 比2022年的4亿元
    DELTA = "delta"  # 增收2000万元, 减少5起
    EXCESS = "excess"  # 超同期计划2亿元
    WHOLE = "whole"  # 占规上工业产值300亿元(的比重)
    FROM = "from"  # 由A…
    TO = "to"  # …增加到B


AMOUNT_MARK = "\ue000"  # an amount, in the words around a stated figure
STATED_MARK = "\ue001"  # another stated figure
SCOPES = ("全国", "全省", "全市", "全州", "全区", "全县", "全镇", "全乡", "全街道", "全园区", "全园", "面上")


@dataclass(slots=True, eq=False)
class Mention:
    """An amount the text states, with what it is of and what it is."""

    token: Token
    name: str  # without scope words, verbs and target words ("" when the text names none)
    key: str  # the name as matched: 规模以上 → 规上
    scope: str  # 全区, 全市… when the name had one
    role: Role
    sign: int  # a change: +1 for 增加/增收, −1 for 减少/减收
    when: When
    year: int | None  # the year the figure is of (a base: the year before, unless it names one)
    forecast: bool  # 预计…
    sentence: Sentence
    index: int  # in sentence.tokens
    measure: bool = False  # used as what another figure is measured against (a completion's target)
    same_period: bool = True  # a base said to be of the same period (去年同期), not just of last year (上年)
    against: str = ""  # a change: what it is measured against when not the same period last year (年初, 上月, 2015年, 上年全年)
    growth: Decimal | None = None  # the growth rate (%) stated of it, signed, once judged
    growth_token: Token | None = None  # …and as printed

    @property
    def reference(self) -> bool:
        """A figure something is measured against, not a subject of its own."""
        return self.role not in (Role.ACTUAL, Role.TO)


@dataclass(slots=True, eq=False)
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)  # amounts and stated figures, in order
    whens: list[When] = field(default_factory=list)  # the period at each token
    mentions: list[Mention | None] = field(default_factory=list)  # aligned with tokens: None for a stated figure
    marks: list[int] = field(default_factory=list)  # positions of , ， : ;
    heading: bool = False
    basis: tuple[int, str] | None = None  # a basis opening a clause (按同口径计算，…): where, and its words

    def amounts(self) -> Iterator[Mention]:
        return (m for m in self.mentions if m is not None)

    def clause_start(self, position: int) -> int:
        index = bisect.bisect_left(self.marks, position) - 1
        return self.marks[index] + 1 if index >= 0 else self.start

    def clause_end(self, position: int) -> int:
        index = bisect.bisect_left(self.marks, position)
        return self.marks[index] if index < len(self.marks) else self.end


# --- patterns -----------------------------------------------------------------------------------

SENTENCE_END = TextPattern("sentence end", r"[。!?]++")
CLAUSE_MARK = TextPattern("clause mark", r"[,，:;]")
# A basis that opens a clause (2020年，按同口径计算，…) holds for the rest of the sentence.
OPENING_BASIS = TextPattern(
    "basis opening a clause",
    r"(?<![^,，:;。!?\n ])[按以据]?(?P<basis>同口径|可比口径|可比价格?|扣除价格因素|剔除价格因素|扣除物价因素|不变价)",
)
TARGET_MODE = TextPattern("target heading", r"(?=[目计预])(?:目标|计划|预期)[^,，;:。]{0,8}?:")
# Targets listed after a heading (…预期目标设定为:A…，B…) run to the end of the list (;) or sentence.
_YEAR_WORDS = TextPattern(
    "dates in a name", r"(?:19|20)\d\d年(?:度|的|底|末|同期)?|\d{1,2}[-~]\d{1,2}月份?|\d{1,2}月份?(?:\d{1,2}日|底|末)?|\d+", window=WINDOW
)
_NON_NAME = TextPattern("end of a name", r"[^\u3400-\u9fffA-Za-z]", window=WINDOW)
_LEADING = TextPattern(
    "words before a name",
    r"(?:今年以来|年初以来|以来|截至目前|目前|全年|年内|年初|今年|当年|本年度|本年|上半年|下半年|前三季度|一季度|二季度|三季度|四季度|季度|"
    r"月份|年度|年|月|份|日|底|末|至|其中|另外|此外|共计|合计|累计|总计|共|预计|力争|已经|已|完成了|完成|实现了|实现|"
    r"达到|达|为|是|有|分别|同比|我省|我市|我区|我县|我镇|本市|本区|本县|本镇|该镇|该区|该县|该市|" + "|".join(SCOPES) + r")++",
    window=WINDOW,
)
_TRAILING_WORDS = tuple(
    sorted(
        ("完成了", "完成", "实现了", "实现", "达到了", "达到", "达", "为", "是", "共", "约", "总计", "累计", "合计", "共计",
         "分别为", "分别", "总额为", "共有", "有", "由", "从", "到", "增加到", "增长到", "提高到", "的", "已", "近", "超", "超过"),
        key=len,
        reverse=True,
    )
)  # fmt: skip
# The words above, reversed, so that they are stripped from the end of a name with one match.
_TRAILING = TextPattern("words after a name", "(?:" + "|".join(word[::-1] for word in _TRAILING_WORDS) + ")++", window=WINDOW)
_TARGET_PREFIXES = ("年初预算数", "年初预算", "预算数", "任务数", "计划", "目标", "预期")
_TARGET_SUFFIXES = ("预期目标", "年度目标", "全年目标", "目标任务", "年度计划", "全年计划", "调整预算", "目标", "计划", "任务", "预算")
_TARGET_WORDS = TextPattern("target words", r"目标|计划|预期|年初预算|预算数|任务数", window=WINDOW)
_BASE_WORDS = ("去年同期", "上年同期", "去年", "上年", "同期")
_NOT_A_NAME = ("以上", "以下", "左右", "超过", "不足", "去年", "上年", "同期", "以内")
_CHANGE_ENDINGS = ("增收", "减收", "增加", "减少", "增长", "下降", "净增", "减支", "提高", "降低")

_YEAR = r"(?:19|20)\d\d"
_ROLE = TextPattern(
    "role of an amount",
    rf"(?P<to>(?:增加|增长|提高|提升|上升|扩大|下降|减少|降低|达|发展|升|降)?(?:到|至)(?:(?P<ty>{_YEAR})年(?:的|底|末)?)?)$"
    rf"|(?P<from>(?:由|从)(?:(?P<fy>{_YEAR})年(?:的|底|末)?)?)$"
    rf"|(?P<base>(?:(?:去年|上年)(?:同期)?|同期|比(?:(?P<by>{_YEAR})年|上年|去年)(?:同期)?|较(?:(?P<cy>{_YEAR})年|上年|去年)(?:同期)?)"
    r"(?:分别)?(?:的|为|是|完成|实现)?)$"
    r"|(?P<excess>超(?:同期|序时|年度|全年)?(?:计划|目标|进度|序时进度))$"
    r"|(?P<delta>(?:增收|减收|增加|减少|增支|减支|多收|少收|增长|下降|提高|降低|多|少)了?)$",
    window=20,
)
# What a change is measured against, said right before it (比年初增加, 环比减少, 比2015年增加).
AGAINST = TextPattern(
    "what a change is against",
    rf"(?:(?:比|较|与)(?P<ref>年初|上年初|(?:上|前)(?:一个?)?(?:月|季度?|期|周)|(?P<year>{_YEAR})年(?:同期|底|末)?|(?:去年|上年)(?:全年|年底|年末|底|末)?"
    r"|同期)(?:相比)?|(?P<chain>环比)|(?P<yoy>同比))(?:分别)?(?:累计)?$",
    window=WINDOW,
)
_NEGATIVE_CHANGE = ("减收", "减少", "减支", "少收", "下降", "降低", "少")
_YEAR_TAG = TextPattern("year of an amount", rf"(?P<y>{_YEAR})年(?:的|底|末|同期)?[\u3400-\u9fff]{{0,10}}$", window=WINDOW)
_LIST_GAP = ("、", "和", "及", "与", ",", "，", "以及")
_GROWTH_BEFORE_BARE = TextPattern("growth without %", r"(?:增长|下降|增幅|增速|比增|同比增长|同比下降)(?:为|达)?$", window=12)


# --- names --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Name:
    name: str
    key: str
    scope: str
    target: bool
    whole: bool
    forecast: bool


@functools.lru_cache(maxsize=8192)
def matching_key(name: str) -> str:
    """A name as compared: scope words dropped, 规模以上/限额以上 shortened as reports also write them."""
    key = name.replace("规模以上", "规上").replace("限额以上", "限上")
    for scope in SCOPES:
        if key.startswith(scope):
            key = key[len(scope) :]
            break
    return key


@functools.lru_cache(maxsize=8192)
def read_name(words: str) -> Name:
    """The indicator a figure belongs to, from the words right before it (without digits)."""
    cleaned = _strip_dates(words).rstrip(" (")
    if "分别" in cleaned[-16:]:
        cleaned = ""  # A、B和C分别完成…: a list, not one indicator
    cut = _NON_NAME.search(cleaned[::-1])
    run = cleaned[len(cleaned) - cut.start() :] if cut else cleaned
    forecast = "预计" in run
    whole = run.startswith("占")
    if whole:
        run = run[1:]
    scope = next((scope for scope in SCOPES if scope in run), "")
    lead = _LEADING.match(run)
    if lead:
        run = run[lead.end() :]
    target = False
    for prefix in _TARGET_PREFIXES:
        if run.startswith(prefix):
            run, target = run[len(prefix) :], True
            break
    trailing = _TRAILING.match(run[::-1])
    if trailing:
        run = run[: len(run) - trailing.end()]
    for suffix in _TARGET_SUFFIXES:
        if run.endswith(suffix):
            run, target = run[: -len(suffix)], True
            break
    if run.startswith("占"):
        run, whole = run[1:], True
    for words in _BASE_WORDS:  # 技改投资去年同期20亿元: last year's figure of 技改投资
        if run.endswith(words) and len(run) > len(words) + 1:
            run = run[: -len(words)]
            break
    plain_words = run.replace("规模以上", "规上").replace("限额以上", "限上").replace("元以上", "元")  # 亿元以上项目
    if len(run) < 2 or any(word in plain_words for word in _NOT_A_NAME) or run.endswith(("等", *_CHANGE_ENDINGS)):
        run = ""
    if run and run[0] in "亿万元个家":
        run = ""
    return Name(run, matching_key(run), scope, target, whole, forecast)


def _strip_dates(words: str) -> str:
    """The words with years, months and other numbers taken out: 由2015年的 → 由, 2018年全年签约 → 全年签约."""
    return _YEAR_WORDS.sub("", words)


# --- the document --------------------------------------------------------------------------------


class Document:
    """A report, normalized, read sentence by sentence with what each figure is."""

    def __init__(self, text: str, *, year: int | None = None, period: Period | None = None) -> None:
        self.text = unwrap(tables.as_sentences(normalize(text)))
        self.given = given(year, period)

    def paragraphs(self) -> Iterator[tuple[int, int]]:
        text, start = self.text, 0
        while start <= len(text):
            end = text.find("\n", start)
            if end == -1:
                end = len(text)
            if text[start:end].strip():
                yield start, end
            start = end + 1

    def sentences(self) -> Iterator[Sentence]:
        text = self.text
        default = self.given
        state = default
        index = 0
        for number, (start, end) in enumerate(self.paragraphs()):
            found = markers(text, start, end)
            state = carried(state, default)
            heading = end - start <= 40 and bool(found) and text.find("%", start, end) == -1
            if heading:
                for marker in found:
                    state = marker.apply(state)
                default = state = _as_heading(state)
            sentence_start = start
            pointer = 0
            bounds = [(m.start(), m.end()) for m in SENTENCE_END.finditer(text, start, end)]
            bounds.append((end, end))
            for stop, after in bounds:
                if stop > sentence_start and text[sentence_start:stop].strip():
                    sentence = Sentence(index, number, sentence_start, stop, heading=heading)
                    state, pointer = self._read(sentence, found, pointer, state)
                    index += 1
                    yield sentence
                sentence_start = after
            while pointer < len(found):  # periods said after the last figure still hold for what follows
                state = found[pointer].apply(state)
                pointer += 1

    def _read(self, sentence: Sentence, found: list[Marker], pointer: int, state: When) -> tuple[When, int]:
        text = self.text
        start, end = sentence.start, sentence.end
        figures = numbers.figures(text, start, end)
        if text.find("成", start, end) != -1 or text.find("分之", start, end) != -1:
            figures = sorted(figures + numbers.chinese_shares(text, start, end), key=lambda token: token.start)
        sentence.marks = [m.start() for m in CLAUSE_MARK.finditer(text, start, end) if not _thousands(text, m.start())]
        if text.find("口径", start, end) != -1 or text.find("价", start, end) != -1:
            basis = next(OPENING_BASIS.finditer(text, start, end), None)
            sentence.basis = None if basis is None else (basis.start(), basis.group("basis"))
        target_mode, target_end = end, end
        if text.find(":", start, end) != -1:
            target_mode = next((m.end() for m in TARGET_MODE.finditer(text, start, end)), end)
            if target_mode < end:
                stop = text.find(";", target_mode, end)
                target_end = end if stop == -1 else stop
        _adopt_list_units(text, figures)
        _mark_ranges(text, figures)
        previous_end = start
        previous_figure: Token | None = None
        for token in figures:
            while pointer < len(found) and found[pointer].start < token.start:
                state = found[pointer].apply(state)
                pointer += 1
            if token.form is Form.BARE and not self._growth_without_unit(sentence, token):
                continue  # a year, a date, a number: names are read across it (由2015年的…)
            sentence.tokens.append(token)
            sentence.whens.append(state)
            if token.form is Form.AMOUNT:
                in_targets = target_mode <= token.start < target_end
                sentence.mentions.append(self._mention(sentence, token, state, previous_end, previous_figure, in_targets))
            else:
                sentence.mentions.append(None)
            previous_end, previous_figure = token.tail, token
        return state, pointer

    def _growth_without_unit(self, sentence: Sentence, token: Token) -> bool:
        """增长26.8 with no %: a decimal after a growth word, at the end of its clause, is a percentage."""
        text = self.text
        if "." not in token.text or (token.end < sentence.end and text[token.end] not in ",，;。 "):
            return False
        if not _GROWTH_BEFORE_BARE.search(text[max(sentence.start, token.start - 12) : token.start]):
            return False
        token.form, token.unit, token.unit_missing = Form.PERCENT, "%", True
        token.lead, token.tail, token.printed = token.start, token.end, token.text
        return True

    def _mention(
        self, sentence: Sentence, token: Token, when: When, previous_end: int, previous: Token | None, in_targets: bool
    ) -> Mention:
        text = self.text
        clause = max(sentence.clause_start(token.start), token.start - WINDOW)  # the clause, or its last words
        raw = text[max(clause, token.start - 20) : token.start]
        gap = text[max(previous_end, clause, token.start - 32) : token.start]
        name = read_name(gap)
        earlier = sentence.mentions[-1] if sentence.mentions and previous is not None and previous.form is Form.AMOUNT else None
        role, sign, same_period, against = Role.ACTUAL, 1, True, ""
        year = when.year
        tag = _YEAR_TAG.search(raw)
        if tag:
            year = int(tag.group("y"))
        match = _ROLE.search(raw)
        if match is not None:
            kind = match.lastgroup
            if kind == "to":
                role = Role.TO
                year = int(match.group("ty")) if match.group("ty") else year
            elif kind == "from":
                role = Role.FROM
                year = int(match.group("fy")) if match.group("fy") else (int(tag.group("y")) if tag else None)
            elif kind == "base":
                role = Role.BASE
                same_period = "同期" in match.group("base")
                named = match.group("by") or match.group("cy")
                year = int(named) if named else (None if when.year is None else when.year - 1)
            elif kind == "excess":
                role = Role.EXCESS
            elif kind == "delta":
                role = Role.DELTA
                sign = -1 if match.group("delta").startswith(_NEGATIVE_CHANGE) else 1
                against = reference_said(text[max(clause, token.start - WINDOW) : token.start - len(match.group())], when) or ""
        elif earlier is not None and _between(text, previous_end, token.start) in _LIST_GAP and earlier.role is not Role.ACTUAL:
            role, sign, year, against = earlier.role, earlier.sign, earlier.year, earlier.against  # 减少5起、2人: the list goes on
        elif name.target or in_targets or _TARGET_WORDS.search(text[clause : max(clause, token.start - len(gap))]):
            role = Role.TARGET
        elif name.whole or "占" in text[clause : token.start]:
            role = Role.WHOLE
        if earlier is not None and (not _between(text, previous_end, token.start) or token.range_end == 1):
            # 发放补贴6200人次480万余元, 32亿元至34亿元: a second figure of the same thing takes its name and role
            return Mention(token, earlier.name, earlier.key, earlier.scope, earlier.role, earlier.sign, when, earlier.year,
                           earlier.forecast, sentence, len(sentence.tokens) - 1)  # fmt: skip
        label, key = name.name, name.key
        if not label and role in (Role.TO, Role.BASE, Role.DELTA, Role.EXCESS, Role.TARGET):
            subject = _last_named(sentence)  # 由A增加到B, 去年同期X, 年初预算数Y: of the figure before
            if subject is not None:
                label, key = subject.name, subject.key
        forecast = name.forecast or "预计" in text[clause : token.start]
        index = len(sentence.tokens) - 1
        return Mention(
            token,
            label,
            key,
            name.scope,
            role,
            sign,
            when,
            year,
            forecast,
            sentence,
            index,
            same_period=same_period,
            against=against,
        )


def reference_said(words: str, when: When) -> str | None:
    """What a change or rate said right after `words` is measured against: "" for the same period last
    year (同比, 比上年), the reference as said (年初, 上月, 2015年, 上年全年), or None when nothing is said."""
    match = AGAINST.search(words)
    if match is None:
        return None
    if match.group("yoy") is not None:
        return ""
    if match.group("chain") is not None:
        return "上期"  # 环比: against the period before
    reference = match.group("ref")
    named = match.group("year")
    if named is not None and when.year is not None and int(named) == when.year - 1 and reference == named + "年":
        return ""  # 2020年比2019年增加: last year, named
    if reference in ("去年", "上年", "同期", "上年同期", "去年同期"):
        return ""
    if reference in ("去年全年", "上年全年") and when.span is Span.YEAR:
        return ""  # a whole year against the whole of last year
    return reference


def _between(text: str, start: int, end: int) -> str:
    """The words between two figures, if few (else a marker that matches nothing)."""
    return text[start:end].strip() if end - start <= 8 else "…"


def _last_named(sentence: Sentence) -> Mention | None:
    for mention in reversed(sentence.mentions[-6:]):
        if mention is not None and mention.name:
            return mention
    return None


def _as_heading(state: When) -> When:
    return replace(state, why=Why.HEADING) if state.why is not Why.NOTHING else state


def _thousands(text: str, position: int) -> bool:
    return 0 < position < len(text) - 1 and text[position] == "," and text[position - 1].isdigit() and text[position + 1].isdigit()


def _adopt_list_units(text: str, figures: list[Token]) -> None:
    """分别提高0.1和1.2个百分点: numbers listed before a stated figure take its unit."""
    for index in range(len(figures) - 2, -1, -1):
        token, following = figures[index], figures[index + 1]
        if token.form is not Form.BARE or not following.stated or following.form not in (Form.PERCENT, Form.POINTS):
            continue
        if text[token.end : following.start].strip() not in ("、", "和", "及", "与", *RANGE_GAPS):
            continue
        token.form, token.unit = following.form, following.unit
        token.lead, token.tail, token.printed = token.start, token.end, token.text


RANGE_GAPS = ("至", "到", "~", "-")


def _mark_ranges(text: str, figures: list[Token]) -> None:
    """32亿元至34亿元, 12%-20%: two figures of one kind joined by 至 or a dash are a range's two ends
    (the dash is not a minus sign)."""
    for token, following in zip(figures, figures[1:], strict=False):
        if token.form is Form.BARE or following.form is not token.form or following.unit != token.unit or token.range_end:
            continue
        gap = text[token.tail : following.lead].strip()
        if not gap and following.text.startswith("-") and following.lead == following.start:
            following.text, following.number = following.text[1:], -following.number
            following.start = following.lead = following.start + 1
            following.printed = following.printed.removeprefix("-")
            gap = "-"
        if gap in RANGE_GAPS and following.number > token.number:
            token.range_end, following.range_end = -1, 1


def words_before(text: str, sentence: Sentence, index: int, limit: int = 40) -> str:
    """The words of a stated figure's clause before it, other figures shown as marks (bounded)."""
    token = sentence.tokens[index]
    start = max(sentence.clause_start(token.lead), token.lead - limit)
    pieces: list[str] = []
    position = token.lead
    for other in reversed(sentence.tokens[max(0, index - 6) : index]):
        if other.tail <= start:
            break
        pieces.append(text[max(other.tail, start) : position])
        pieces.append(AMOUNT_MARK if other.form is Form.AMOUNT else STATED_MARK)
        position = max(other.lead, start)
    pieces.append(text[start:position])
    return "".join(reversed(pieces))


__all__ = [
    "AGAINST",
    "AMOUNT_MARK",
    "STATED_MARK",
    "Document",
    "Mention",
    "Role",
    "Sentence",
    "Span",
    "When",
    "Why",
    "reference_said",
    "words_before",
]
