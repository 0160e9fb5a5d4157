"""Reading figures out of Chinese report text: numbers with units, who they belong to, and when."""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from jctrack.errors import InputError
from jctrack.units import UNIT_FAMILIES, family_of

# Longest first, so 万元 wins over 万 and 人次 over 人.
_UNITS = sorted(
    [unit for family in UNIT_FAMILIES.values() for unit in family if unit != "%"]
    + ["家", "个", "户", "人次", "人", "项", "件", "辆", "处", "所", "套", "台", "亿", "万"],
    key=len,
    reverse=True,
)
_SHORT_UNITS = {"亿": "亿元", "万": "万元"}
NUMBER = r"(?<![\d.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_NUMBER = re.compile(NUMBER)
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_SENTENCE_END = re.compile(r"[。;!?\n]+")

# Words before a figure that say what was done, not what was counted.
_LEADING = re.compile(
    r"^(?:(?:19|20)\d\d年|全年|年内|全镇|全区|全县|全市|其中|共计|合计|累计|共|预计|力争|"
    r"1-\d{1,2}月(?:份)?|\d{1,2}月(?:份)?|上半年|一季度|前三季度|"
    r"完成|实现|达到|达|为|是)+"
)
_TRAILING = re.compile(r"(?:达到|达|为|是|共|约|总计)+$")
_NOT_A_NAME = ("以上", "以下", "其中", "左右", "超过", "不足", "去年", "上年", "同期")
# Words that make the figures after them targets; 预算 alone would catch 一般公共预算收入 itself.
_TARGET_WORDS = ("目标", "计划", "预期", "年初预算", "预算数", "任务数")


def normalize(text: str) -> str:
    """NFKC (full-width digits and punctuation to ASCII), with the dashes reports use for ranges unified."""
    return unicodedata.normalize("NFKC", text).replace("—", "-").replace("–", "-")


def read_text(path: Path) -> str:
    """A text file as Chinese offices save it: UTF-8 (with or without BOM), else GB18030 (Chinese Windows)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path} does not exist") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{path} is neither UTF-8 nor GB18030 text; save it as UTF-8")


@dataclass(frozen=True)
class Quantity:
    """A number as printed with its unit: `480万余元` is 480 万元, approximate."""

    text: str  # as printed, e.g. "34.2亿元"
    number: Decimal
    unit: str
    approximate: bool
    start: int  # position in the sentence
    end: int

    @property
    def places(self) -> int:
        exponent = self.number.as_tuple().exponent
        return -exponent if isinstance(exponent, int) and exponent < 0 else 0

    def in_unit(self, unit: str) -> Decimal | None:
        """The number converted to `unit` of the same family, or None if it cannot convert."""
        if self.unit == unit:
            return self.number
        family = family_of(self.unit)
        if family is None or family != family_of(unit) or family.startswith("count:"):
            return None
        members = UNIT_FAMILIES[family]
        return self.number * members[self.unit] / members[unit]

    def half_unit(self) -> Decimal:
        """Half a unit of the last printed digit: 1.14亿 stands for 1.135–1.145亿."""
        return Decimal(5).scaleb(-self.places - 1)


def parse_number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def quantities(sentence: str) -> list[Quantity]:
    """Every number followed by a unit (not %, not 个百分点) in a normalized sentence."""
    found = []
    for match in _NUMBER.finditer(sentence):
        position = match.end()
        approximate = False
        if sentence.startswith(("多", "余"), position):
            approximate, position = True, position + 1
        unit = next((u for u in _UNITS if sentence.startswith(u, position)), None)
        if unit is None:
            continue
        position += len(unit)
        if unit in _SHORT_UNITS:
            # 480万余元, 400多万元, 3亿元: the short unit may be followed by 余 and the base unit.
            if sentence.startswith("余", position):
                approximate, position = True, position + 1
            for base in ("元", "吨", "亩", "千瓦时"):
                if sentence.startswith(base, position):
                    unit, position = unit + base, position + len(base)
                    break
            else:
                unit = _SHORT_UNITS[unit]
        if unit == "个" and sentence.startswith("百分点", position):
            continue
        found.append(Quantity(sentence[match.start() : position], parse_number(match.group()), unit, approximate, match.start(), position))
    return found


_TRAILING_QUANTITY = re.compile(rf"{NUMBER}\s*(?:多|余)?\s*[\u4e00-\u9fff]{{1,3}}$")
_CHANGE_WORDS = ("增收", "减收", "增加", "减少", "增长", "下降", "净增", "减支")


def name_before(sentence: str, start: int) -> str | None:
    """The indicator a figure belongs to: the words right before it, without verbs and time words.

    A second figure of the same thing (发放两项补贴6200人次480万余元) takes the name before the first.
    """
    head = _TRAILING_QUANTITY.sub("", sentence[:start])
    cut = max(head.rfind(mark) for mark in ",:、()(")
    candidate = head[cut + 1 :].strip()
    candidate = _LEADING.sub("", candidate)
    candidate = _TRAILING.sub("", candidate)
    if len(candidate) < 2 or candidate.endswith(("的", "等", *_CHANGE_WORDS)) or any(word in candidate for word in _NOT_A_NAME):
        return None
    if not re.fullmatch(r"[\u4e00-\u9fff]+", candidate) or candidate[0] in "亿万元个家":
        return None
    return candidate


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs of normalized text, split at 。;!? and line ends."""
    found, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if text[start : match.start()].strip():
            found.append((start, text[start : match.start()].strip()))
        start = match.end()
    if text[start:].strip():
        found.append((start, text[start:].strip()))
    return found


class YearContext:
    """The year a text is speaking of at any point: the last 'YYYY年' before it (found once, then bisected)."""

    def __init__(self, text: str):
        matches = list(_YEAR.finditer(text))
        self.starts = [match.start() for match in matches]
        self.years = [int(match.group(1)) for match in matches]

    def at(self, offset: int) -> int | None:
        index = bisect.bisect_left(self.starts, offset) - 1
        return self.years[index] if index >= 0 else None


def in_target_context(sentence: str, position: int) -> bool:
    """Whether a figure is a target (目标/计划/预期/年初预算) by the words before it in its sentence.

    `position` is where the figure's name starts, so that a name's own words do not count.
    """
    return any(word in sentence[:position] for word in _TARGET_WORDS)


_MONTH_RANGE = re.compile(r"1\s*[-~至到]\s*(\d{1,2})\s*月")
_MONTH_END = re.compile(r"(?:截止|截至|至)\s*(\d{1,2})\s*月(?:底|末)")
_QUARTERS = {"一季度": 3, "第一季度": 3, "上半年": 6, "二季度": 6, "前三季度": 9, "三季度": 9}


def month_in(text: str) -> int | None:
    """The year-to-date month a sentence speaks of: 1-10月, 1—3月份, 截止8月底, 一季度, 上半年, 前三季度."""
    for pattern in (_MONTH_RANGE, _MONTH_END):
        match = pattern.search(text)
        if match and 1 <= int(match.group(1)) <= 12:
            return int(match.group(1))
    for word, month in sorted(_QUARTERS.items(), key=lambda item: -len(item[0])):
        if word in text:
            return month
    return None
