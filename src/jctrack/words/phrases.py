"""The narrative's phrases: the clauses a report sentence is made of, in the office's wording.

A phrase may say less in English than in Chinese (the amount of 增收 has no clause of its own in
English); an empty English text is left out of the sentence.
"""

from __future__ import annotations

from enum import StrEnum


class Said(StrEnum):
    WHEN_YEAR = "phrase.when_year"
    WHEN_MONTHS = "phrase.when_months"
    FIGURE_DONE = "phrase.figure_done"
    FIGURE_COUNT = "phrase.figure_count"
    FIGURE_SHARE = "phrase.figure_share"
    FIGURE_SHARE_OF = "phrase.figure_share_of"
    POINTS_UP = "phrase.points_up"
    POINTS_DOWN = "phrase.points_down"
    POINTS_FLAT = "phrase.points_flat"
    GROWTH_UP = "phrase.growth_up"
    GROWTH_DOWN = "phrase.growth_down"
    GROWTH_FLAT = "phrase.growth_flat"
    GROWTH_TIMES = "phrase.growth_times"
    CHANGE_MORE = "phrase.change_more"
    CHANGE_LESS = "phrase.change_less"
    INCOME_MORE = "phrase.income_more"
    INCOME_LESS = "phrase.income_less"
    EXCEEDED = "phrase.exceeded"
    MET = "phrase.met"
    SHARE_OF_TARGET = "phrase.share_of_target"
    AHEAD = "phrase.ahead"
    BEHIND = "phrase.behind"
    ON_SCHEDULE = "phrase.on_schedule"
    PLAN = "phrase.plan"
    PLAN_UP = "phrase.plan_up"
    PLAN_DOWN = "phrase.plan_down"


TEXTS: dict[Said, tuple[str, str]] = {
    Said.WHEN_YEAR: ("全年", "for the year"),
    Said.WHEN_MONTHS: ("{months},", "in {months}"),
    Said.FIGURE_DONE: ("{when}完成{name}{amount}", "{name}: {amount}"),
    Said.FIGURE_COUNT: ("{when}{name}{amount}", "{name}: {amount}"),
    Said.FIGURE_SHARE: ("{when}{name}{amount}", "{name}: {amount}"),
    Said.FIGURE_SHARE_OF: ("{when}{name}占比{amount}", "{name}: {amount}"),
    Said.POINTS_UP: ("比上年提高{points}个百分点", "up {points} points from last year"),
    Said.POINTS_DOWN: ("比上年下降{points}个百分点", "down {points} points from last year"),
    Said.POINTS_FLAT: ("与上年持平", "unchanged from last year"),
    Said.GROWTH_UP: ("同比增长{pct}%", "up {pct}% year on year"),
    Said.GROWTH_DOWN: ("同比下降{pct}%", "down {pct}% year on year"),
    Said.GROWTH_FLAT: ("与上年同期持平", "flat year on year"),
    Said.GROWTH_TIMES: ("同比增长{times}倍", "up {pct}% year on year"),
    Said.CHANGE_MORE: ("增加{amount}", ""),
    Said.CHANGE_LESS: ("减少{amount}", ""),
    Said.INCOME_MORE: ("增收{amount}", ""),
    Said.INCOME_LESS: ("减收{amount}", ""),
    Said.EXCEEDED: ("超额完成全年目标任务", "exceeding the annual target"),
    Said.MET: ("完成全年目标任务", "meeting the annual target"),
    Said.SHARE_OF_TARGET: ("完成全年目标的{pct}%", "{pct}% of the annual target"),
    Said.AHEAD: ("超序时进度{points}个百分点", "{points} points ahead of schedule"),
    Said.BEHIND: ("落后序时进度{points}个百分点", "{points} points behind schedule"),
    Said.ON_SCHEDULE: ("与序时进度持平", "on schedule"),
    Said.PLAN: ("{year}年目标:{name}{amount}", "{name}: target {amount} for {year}"),
    Said.PLAN_UP: ("增长{pct}%", "up {pct}%"),
    Said.PLAN_DOWN: ("下降{pct}%", "down {pct}%"),
}
