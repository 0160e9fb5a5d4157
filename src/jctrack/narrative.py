"""The report's opening sentences, one per indicator, in the office's own wording (Chinese or English)."""

from __future__ import annotations

from decimal import Decimal

from jctrack.calc import Figures, StatusReport, StatusRow
from jctrack.decimals import HUNDRED, exact, plain, round_to
from jctrack.model import Period
from jctrack.units import family_of

# Count indicators whose name already says what happened (新增…, 签约…) need no verb before them.
_SELF_DESCRIBING = ("新增", "签约", "引进", "培育", "招引")

UNITS_EN = {
    "元": "yuan",
    "千元": "thousand yuan",
    "万元": "10,000 yuan",
    "百万元": "million yuan",
    "千万元": "10 million yuan",
    "亿元": "100 million yuan",
    "吨": "tonnes",
    "万吨": "10,000 tonnes",
    "平方米": "square metres",
    "万平方米": "10,000 square metres",
    "亩": "mu",
    "万亩": "10,000 mu",
    "千瓦时": "kWh",
    "万千瓦时": "10,000 kWh",
    "亿千瓦时": "100 million kWh",
}


def _is_amount(row: StatusRow) -> bool:
    return row.kind in ("flow", "level") and family_of(row.unit) not in (None, "percent")


def _is_money(row: StatusRow) -> bool:
    return family_of(row.unit) == "money"


def period_prefix_zh(period: Period) -> str:
    if period.is_year:
        return "全年"
    return "1月," if period.month == 1 else f"1-{period.month}月,"


# --- Chinese -------------------------------------------------------------------------------------


def _growth_zh(row: StatusRow, fig: Figures, rounding: str) -> list[str]:
    if row.growth_pp is not None:
        if row.growth_pp > 0:
            return [f"比上年提高{plain(row.growth_pp)}个百分点"]
        if row.growth_pp < 0:
            return [f"比上年下降{plain(-row.growth_pp)}个百分点"]
        return ["与上年持平"]
    if row.growth_pct is None:
        return []
    parts = []
    if fig.growth is not None and fig.growth >= HUNDRED:
        parts.append(f"同比增长{plain(round_to(fig.growth / HUNDRED, 1, rounding))}倍")
    elif row.growth_pct > 0:
        parts.append(f"同比增长{plain(row.growth_pct)}%")
    elif row.growth_pct < 0:
        parts.append(f"同比下降{plain(-row.growth_pct)}%")
    else:
        parts.append("与上年同期持平")
    if row.change and _is_amount(row):
        income = _is_money(row) and "收入" in row.name
        verb = ("增收" if income else "增加") if row.change > 0 else ("减收" if income else "减少")
        parts.append(f"{verb}{plain(abs(row.change))}{row.unit}")
    return parts


# How a period's outcome is said: a finished year by its result, a month by 完成率 and its pace.
OUTCOME_PHRASES = {
    "zh": {
        "exceeded": "超额完成全年目标任务",
        "met": "完成全年目标任务",
        "share_of_target": "完成全年目标的{}%",
        "ahead": "超序时进度{}个百分点",
        "behind": "落后序时进度{}个百分点",
        "on_schedule": "与序时进度持平",
    },
    "en": {
        "exceeded": "exceeding the annual target",
        "met": "meeting the annual target",
        "share_of_target": "{}% of the annual target",
        "ahead": "{} points ahead of schedule",
        "behind": "{} points behind schedule",
        "on_schedule": "on schedule",
    },
}


def outcome(row: StatusRow, period: Period, lang: str) -> list[str]:
    """The completion clauses of a sentence, in either language from the same decisions."""
    decided: list[tuple[str, Decimal | None]] = []
    if period.is_year:
        if row.status in ("exceeded", "met"):
            decided.append((str(row.status), None))
        elif row.status == "not_met" and row.completion_pct is not None:
            decided.append(("share_of_target", row.completion_pct))
    else:
        if row.completion_pct is not None and row.kind in ("flow", "count"):
            decided.append(("share_of_target", row.completion_pct))
        gap = row.schedule_gap_pp
        if gap is not None and gap > 0:
            decided.append(("ahead", gap))
        elif gap is not None and gap < 0:
            decided.append(("behind", -gap))
        elif gap is not None:
            decided.append(("on_schedule", None))
    phrases = OUTCOME_PHRASES[lang]
    return [phrases[key].format("" if value is None else plain(value)) for key, value in decided]


def _figure_zh(row: StatusRow, value: Decimal) -> str:
    if row.kind == "ratio":
        return f"{row.name}{plain(value)}%" if ("比重" in row.name or "占比" in row.name) else f"{row.name}占比{plain(value)}%"
    if row.kind == "count" and row.name.startswith(_SELF_DESCRIBING):
        return f"{row.name}{plain(value)}{row.unit}"
    return f"完成{row.name}{plain(value)}{row.unit}"


@exact
def sentence_zh(row: StatusRow, fig: Figures, period: Period, rounding: str) -> str | None:
    if row.actual is None:
        if row.target is None:
            return None
        plan = [f"{period.year}年目标:{row.name}{plain(row.target)}{'%' if row.kind == 'ratio' else row.unit}"]
        if row.target_growth_pct is not None:
            growth = row.target_growth_pct
            plan.append(f"增长{plain(growth)}%" if growth >= 0 else f"下降{plain(-growth)}%")
        return ",".join(plan) + "。"
    figure = _figure_zh(row, row.actual)
    prefix = period_prefix_zh(period)
    parts = [prefix + figure]
    parts += _growth_zh(row, fig, rounding)
    parts += outcome(row, period, "zh")
    return ",".join(parts) + "。"


# --- English -------------------------------------------------------------------------------------


def _value_en(row: StatusRow, value: Decimal) -> str:
    if row.kind == "ratio" or row.unit == "%":
        return f"{plain(value)}%"
    if row.kind == "count":
        return plain(value)
    unit = UNITS_EN.get(row.unit)
    return f"{plain(value)} ({unit})" if unit else plain(value)


def _growth_en(row: StatusRow) -> list[str]:
    if row.growth_pp is not None:
        if row.growth_pp == 0:
            return ["unchanged from last year"]
        direction = "up" if row.growth_pp > 0 else "down"
        return [f"{direction} {plain(abs(row.growth_pp))} points from last year"]
    if row.growth_pct is None:
        return []
    if row.growth_pct == 0:
        return ["flat year on year"]
    direction = "up" if row.growth_pct > 0 else "down"
    return [f"{direction} {plain(abs(row.growth_pct))}% year on year"]


def sentence_en(row: StatusRow, period: Period) -> str | None:
    name = row.name_en or row.name
    if row.actual is None:
        if row.target is None:
            return None
        plan = f"{name}: target {_value_en(row, row.target)} for {period.year}"
        if row.target_growth_pct is not None:
            plan += f", {'up' if row.target_growth_pct >= 0 else 'down'} {plain(abs(row.target_growth_pct))}%"
        return plan + "."
    parts = [f"{name}: {_value_en(row, row.actual)}", *_growth_en(row), *outcome(row, period, "en")]
    return ", ".join(parts) + "."


def narrative(report: StatusReport, lang: str = "zh") -> list[str]:
    """One sentence per indicator that has something to say; a missing figure is left out, not shown as —."""
    if report.period is None:
        return []
    sentences = []
    for row, fig in zip(report.rows, report.figures, strict=True):
        if lang == "en":
            sentence = sentence_en(row, report.period)
        else:
            sentence = sentence_zh(row, fig, report.period, report.rounding)
        if sentence:
            sentences.append(sentence)
    return sentences
