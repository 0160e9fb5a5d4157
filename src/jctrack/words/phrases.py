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
    FIGURE_NAMED = "phrase.figure_named"
    FIGURE_OCCURRED = "phrase.figure_occurred"
    POINTS_UP = "phrase.points_up"
    POINTS_DOWN = "phrase.points_down"
    POINTS_FLAT = "phrase.points_flat"
    POINTS_UP_SAME_PERIOD = "phrase.points_up_same_period"
    POINTS_DOWN_SAME_PERIOD = "phrase.points_down_same_period"
    POINTS_FLAT_SAME_PERIOD = "phrase.points_flat_same_period"
    TARGET_REACHED = "phrase.target_reached"
    TARGET_BEYOND = "phrase.target_beyond"
    TARGET_BEYOND_POINTS = "phrase.target_beyond_points"
    TARGET_SHORT = "phrase.target_short"
    TARGET_SHORT_POINTS = "phrase.target_short_points"
    LIMIT_KEPT = "phrase.limit_kept"
    LIMIT_OVER = "phrase.limit_over"
    LIMIT_OVER_POINTS = "phrase.limit_over_points"
    CEILING_SHARE = "phrase.ceiling_share"
    CEILING_WITHIN_PACE = "phrase.ceiling_within_pace"
    CEILING_OVER_PACE = "phrase.ceiling_over_pace"
    CEILING_WITHIN_PACE_SEASONAL = "phrase.ceiling_within_pace_seasonal"
    CEILING_OVER_PACE_SEASONAL = "phrase.ceiling_over_pace_seasonal"
    CEILING_KEPT = "phrase.ceiling_kept"
    CEILING_BROKEN = "phrase.ceiling_broken"
    GROWTH_UP = "phrase.growth_up"
    GROWTH_DOWN = "phrase.growth_down"
    GROWTH_FLAT = "phrase.growth_flat"
    GROWTH_NEARLY_FLAT = "phrase.growth_nearly_flat"
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
    AHEAD_SEASONAL = "phrase.ahead_seasonal"
    BEHIND_SEASONAL = "phrase.behind_seasonal"
    ON_SCHEDULE_SEASONAL = "phrase.on_schedule_seasonal"
    TREND_UP = "phrase.trend_up"
    TREND_DOWN = "phrase.trend_down"
    TREND_FALL_WIDER = "phrase.trend_fall_wider"
    TREND_FALL_NARROWER = "phrase.trend_fall_narrower"
    PART_PULL_UP = "phrase.part_pull_up"
    PART_PULL_DOWN = "phrase.part_pull_down"
    FOCUS_BEHIND = "phrase.focus_behind"
    FOCUS_OVER_PACE = "phrase.focus_over_pace"
    FOCUS_WITHIN_PACE = "phrase.focus_within_pace"
    FOCUS_AHEAD = "phrase.focus_ahead"
    FOCUS_AT_PACE = "phrase.focus_at_pace"
    FOCUS_CEILING_BROKEN = "phrase.focus_ceiling_broken"
    FOCUS_YEAR_CEILING_BROKEN = "phrase.focus_year_ceiling_broken"
    FOCUS_PACE_FIRST = "phrase.focus_pace_first"
    FOCUS_PACE_SHARE = "phrase.focus_pace_share"
    PACE_CALENDAR = "phrase.pace_calendar"
    MONTH_END = "phrase.month_end"
    YEAR_END = "phrase.year_end"
    PACE_LAST_YEAR = "phrase.pace_last_year"
    FOCUS_NOT_REACHED = "phrase.focus_not_reached"
    FOCUS_NOT_MET = "phrase.focus_not_met"
    FOCUS_NOT_MET_SHORT = "phrase.focus_not_met_short"
    FOCUS_PACE = "phrase.focus_pace"
    FOCUS_PACE_COUNT = "phrase.focus_pace_count"
    FOCUS_PACE_COUNT_DECEMBER = "phrase.focus_pace_count_december"
    FOCUS_PACE_DECEMBER = "phrase.focus_pace_december"
    FOCUS_PACE_GROWTH = "phrase.focus_pace_growth"
    FOCUS_PROJECTED = "phrase.focus_projected"
    FOCUS_PROJECTED_CEILING = "phrase.focus_projected_ceiling"
    FOCUS_BREAKS_CEILING = "phrase.focus_breaks_ceiling"
    BY_LAST_YEAR = "phrase.by_last_year"
    BY_AVERAGE = "phrase.by_average"
    PLAN = "phrase.plan"
    PLAN_MORE = "phrase.plan_more"
    PLAN_UP = "phrase.plan_up"
    PLAN_DOWN = "phrase.plan_down"


TEXTS: dict[Said, tuple[str, str]] = {
    Said.WHEN_YEAR: ("全年", "for the year"),
    Said.WHEN_MONTHS: ("{months}，", "in {months}"),
    Said.FIGURE_DONE: ("{when}完成{name}{amount}", "{name}: {amount}"),
    Said.FIGURE_NAMED: ("{when}{name}{amount}", "{name}: {amount}"),
    Said.FIGURE_OCCURRED: ("{when}发生{name}{amount}", "{name}: {amount}"),
    Said.POINTS_UP: ("比上年提高{points}个百分点", "up {points} points from last year"),
    Said.POINTS_DOWN: ("比上年下降{points}个百分点", "down {points} points from last year"),
    Said.POINTS_FLAT: ("与上年持平", "unchanged from last year"),
    Said.POINTS_UP_SAME_PERIOD: ("比上年同期提高{points}个百分点", "up {points} points on the same period last year"),
    Said.POINTS_DOWN_SAME_PERIOD: ("比上年同期下降{points}个百分点", "down {points} points on the same period last year"),
    Said.POINTS_FLAT_SAME_PERIOD: ("与上年同期持平", "unchanged on the same period last year"),
    Said.TARGET_REACHED: ("已达到目标", "target reached"),
    Said.TARGET_SHORT: ("目标{target}，尚差{amount}", "target {target}, {amount} short"),
    Said.TARGET_BEYOND: ("目标{target}，超出{amount}", "target {target}, {amount} beyond it"),
    Said.TARGET_BEYOND_POINTS: ("目标{target}，超出{points}个百分点", "target {target}, {points} points beyond it"),
    Said.TARGET_SHORT_POINTS: ("目标{target}，尚差{points}个百分点", "target {target}, {points} points short"),
    Said.LIMIT_KEPT: ("已控制在目标以内", "within the target"),
    Said.LIMIT_OVER: ("高于目标{amount}", "{amount} above the target"),
    Said.LIMIT_OVER_POINTS: ("高于目标{points}个百分点", "{points} points above the target"),
    Said.CEILING_SHARE: ("占全年控制数的{pct}%", "{pct}% of the year's ceiling"),
    Said.CEILING_WITHIN_PACE: ("低于序时进度{points}个百分点", "{points} points within the pace of the year"),
    Said.CEILING_OVER_PACE: ("高于序时进度{points}个百分点", "{points} points over the pace of the year"),
    Said.CEILING_WITHIN_PACE_SEASONAL: ("低于上年同期进度{points}个百分点", "{points} points within last year's pace"),
    Said.CEILING_OVER_PACE_SEASONAL: ("高于上年同期进度{points}个百分点", "{points} points over last year's pace"),
    Said.CEILING_KEPT: ("控制在目标以内", "within the ceiling"),
    Said.CEILING_BROKEN: ("超出控制目标{amount}", "over the ceiling by {amount}"),
    Said.GROWTH_UP: ("同比增长{pct}%", "up {pct}% year on year"),
    Said.GROWTH_DOWN: ("同比下降{pct}%", "down {pct}% year on year"),
    Said.GROWTH_FLAT: ("与上年同期持平", "flat year on year"),
    Said.GROWTH_NEARLY_FLAT: ("与上年同期基本持平", "about level with last year"),
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
    Said.AHEAD_SEASONAL: ("超上年同期进度{points}个百分点", "{points} points ahead of last year's pace"),
    Said.BEHIND_SEASONAL: ("落后上年同期进度{points}个百分点", "{points} points behind last year's pace"),
    Said.ON_SCHEDULE_SEASONAL: ("与上年同期进度持平", "on last year's pace"),
    Said.TREND_UP: ("增幅较{months}提高{points}个百分点", "growth {points} points above {months}"),
    Said.TREND_DOWN: ("增幅较{months}回落{points}个百分点", "growth {points} points below {months}"),
    Said.TREND_FALL_WIDER: ("降幅较{months}扩大{points}个百分点", "the fall {points} points deeper than {months}"),
    Said.TREND_FALL_NARROWER: ("降幅较{months}收窄{points}个百分点", "the fall {points} points smaller than {months}"),
    Said.PART_PULL_UP: ("其中{part}增长{pct}%，拉动{total}增长{points}个百分点", "of which {part} up {pct}%, adding {points} points"),
    Said.PART_PULL_DOWN: (
        "其中{part}下降{pct}%，拉低{total}增幅{points}个百分点",
        "of which {part} down {pct}%, taking off {points} points",
    ),
    Said.FOCUS_BEHIND: ("{name}{months}落后{pace}{points}个百分点", "{name}, {months}: {points} points behind {pace}"),
    Said.FOCUS_AHEAD: ("{name}{months}超{pace}{points}个百分点", "{name}, {months}: {points} points ahead of {pace}"),
    Said.FOCUS_AT_PACE: ("{name}{months}与{pace}持平", "{name}, {months}: on {pace}"),
    Said.FOCUS_OVER_PACE: ("{name}{months}高于{pace}{points}个百分点", "{name}, {months}: {points} points over {pace}"),
    Said.FOCUS_WITHIN_PACE: ("{name}{months}低于{pace}{points}个百分点", "{name}, {months}: {points} points within {pace}"),
    Said.FOCUS_CEILING_BROKEN: ("{name}{months}已超出全年控制目标{amount}", "{name}, {months}: already {amount} over the year's ceiling"),
    Said.FOCUS_YEAR_CEILING_BROKEN: ("{name}全年突破控制目标，超出{amount}", "{name}: over the year's ceiling by {amount}"),
    Said.MONTH_END: ("{month}月末", "at the end of month {month}"),
    Said.YEAR_END: ("年末", "at the year's end"),
    Said.PACE_CALENDAR: ("序时进度", "the pace of the year"),
    Said.PACE_LAST_YEAR: ("上年同期进度", "last year's pace"),
    Said.FOCUS_NOT_REACHED: ("{name}{months}为{amount}", "{name}, {months}: {amount}"),
    Said.FOCUS_NOT_MET: ("{name}未完成全年目标", "{name}: the year's target not met"),
    Said.FOCUS_NOT_MET_SHORT: (
        "{name}未完成全年目标，完成目标的{pct}%，尚差{amount}",
        "{name}: the year's target not met, {pct}% of it, {amount} short",
    ),
    Said.FOCUS_PACE: (
        "后{left}个月需月均完成{amount}，为前{done}个月月均的{ratio}倍",
        "the last {left} months need {amount} a month, {ratio} times the first {done} months' average",
    ),
    Said.FOCUS_PACE_DECEMBER: (
        "12月需完成{amount}，为前{done}个月月均的{ratio}倍",
        "December needs {amount}, {ratio} times the first {done} months' average",
    ),
    Said.FOCUS_PACE_COUNT_DECEMBER: ("12月还需完成{amount}", "{amount} more needed in December"),
    Said.FOCUS_PACE_FIRST: (
        "后{left}个月需月均完成{amount}，为1月的{ratio}倍",
        "the last {left} months need {amount} a month, {ratio} times January's",
    ),
    Said.FOCUS_PACE_COUNT: ("后{left}个月还需完成{amount}", "{amount} more needed in the last {left} months"),
    Said.FOCUS_PACE_SHARE: ("达到上年同期的{pct}%即可", "{pct}% of the same months last year would do"),
    Said.FOCUS_PACE_GROWTH: ("需比上年同期增长{pct}%", "{pct}% more than the same months last year"),
    Said.FOCUS_PROJECTED: (
        "{method}全年{amount}，完成全年目标的{pct}%",
        "projected {method} at {amount} for the year, {pct}% of the target",
    ),
    Said.FOCUS_PROJECTED_CEILING: (
        "{method}全年{amount}，占控制数的{pct}%",
        "projected {method} at {amount} for the year, {pct}% of the ceiling",
    ),
    Said.FOCUS_BREAKS_CEILING: ("将突破控制目标", "which would break the ceiling"),
    Said.BY_LAST_YEAR: ("按上年进度预计", "by last year's pace"),
    Said.BY_AVERAGE: ("按平均进度预计", "by the average month"),
    Said.PLAN: ("{year}年目标：{name}{amount}", "{name}: target {amount} for {year}"),
    Said.PLAN_MORE: ("{name}{amount}", "{name}: target {amount} for {year}"),
    Said.PLAN_UP: ("增长{pct}%", "up {pct}%"),
    Said.PLAN_DOWN: ("下降{pct}%", "down {pct}%"),
}
