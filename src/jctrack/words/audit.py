"""The words of `jctrack audit` and `jctrack extract`: verdicts, kinds of figure, the reason behind
each finding, and the messages about the text read."""

from __future__ import annotations

from enum import StrEnum


class AuditWord(StrEnum):
    # verdicts
    CONSISTENT = "audit.verdict.consistent"
    ROUNDING = "audit.verdict.rounding"
    INCONSISTENT = "audit.verdict.inconsistent"
    UNVERIFIABLE = "audit.verdict.unverifiable"
    SHOULD_READ = "audit.verdict.should_read"
    # kinds of figure
    KIND_GROWTH = "audit.kind.growth"
    KIND_COMPLETION = "audit.kind.completion"
    KIND_SCHEDULE_GAP = "audit.kind.schedule_gap"
    KIND_SCHEDULE = "audit.kind.schedule"
    KIND_SHARE = "audit.kind.share"
    KIND_SHARE_CHANGE = "audit.kind.share_change"
    KIND_RATE_CHANGE = "audit.kind.rate_change"
    KIND_MULTIPLE = "audit.kind.multiple"
    KIND_AVERAGE_GROWTH = "audit.kind.average_growth"
    KIND_TWO_YEAR_AVERAGE = "audit.kind.two_year_average"
    KIND_PULL = "audit.kind.pull"
    KIND_CONTRIBUTION = "audit.kind.contribution"
    KIND_REFERENCE_GAP = "audit.kind.reference_gap"
    KIND_RATE = "audit.kind.rate"
    # where an input came from
    FROM_SENTENCE = "audit.from.sentence"
    FROM_TEXT = "audit.from.text"
    FROM_DATA = "audit.from.data"
    FROM_CHANGE = "audit.from.change"
    FROM_CHANGE_AGAINST = "audit.from.change_against"
    # how a figure was recomputed
    GROWTH = "audit.reason.growth"
    GROWTH_SINCE = "audit.reason.growth_since"
    GROWTH_AGAINST = "audit.reason.growth_against"
    COMPLETION = "audit.reason.completion"
    PERIOD_PLAN = "audit.reason.period_plan"
    SCHEDULE_BY_MONTH = "audit.reason.schedule_by_month"
    SCHEDULE_BY_DAY = "audit.reason.schedule_by_day"
    SCHEDULE_PRINTED = "audit.reason.schedule_printed"
    SCHEDULE_GAP = "audit.reason.schedule_gap"
    SHARE = "audit.reason.share"
    SHARE_CHANGE = "audit.reason.share_change"
    MULTIPLE = "audit.reason.multiple"
    AVERAGE_GROWTH = "audit.reason.average_growth"
    AVERAGE_FROM_MULTIPLE = "audit.reason.average_from_multiple"
    TWO_YEAR_AVERAGE = "audit.reason.two_year_average"
    TWO_YEAR_FROM_GROWTH = "audit.reason.two_year_from_growth"
    PULL = "audit.reason.pull"
    CONTRIBUTION = "audit.reason.contribution"
    REFERENCE_GAP = "audit.reason.reference_gap"
    RATE = "audit.reason.rate"
    INEQUALITY = "audit.reason.inequality"
    APPROXIMATE = "audit.reason.approximate"
    UNIT_MISSING = "audit.reason.unit_missing"
    # why a figure could not be recomputed
    NO_SUBJECT = "audit.unverifiable.no_subject"
    NO_BASE = "audit.unverifiable.no_base"
    BASE_ZERO = "audit.unverifiable.base_zero"
    TARGET_ZERO = "audit.unverifiable.target_zero"
    NO_TARGET = "audit.unverifiable.no_target"
    NO_REFERENCE_BASE = "audit.unverifiable.no_reference_base"
    NO_BASE_IN_DATA = "audit.unverifiable.no_base_in_data"
    NO_TARGET_IN_DATA = "audit.unverifiable.no_target_in_data"
    NO_PERIOD_PLAN = "audit.unverifiable.no_period_plan"
    NO_WHOLE = "audit.unverifiable.no_whole"
    NO_WHOLE_UNNAMED = "audit.unverifiable.no_whole_unnamed"
    NO_COMPLETION = "audit.unverifiable.no_completion"
    NO_PROGRESS = "audit.unverifiable.no_progress"
    NO_PREVIOUS = "audit.unverifiable.no_previous"
    NO_REFERENCE = "audit.unverifiable.no_reference"
    NO_ENDPOINTS = "audit.unverifiable.no_endpoints"
    NO_TOTAL = "audit.unverifiable.no_total"
    NO_PARTS = "audit.unverifiable.no_parts"
    LIST_MISMATCH = "audit.unverifiable.list_mismatch"
    RANGE_UNPAIRED = "audit.unverifiable.range_unpaired"
    OTHER_BASIS = "audit.unverifiable.other_basis"
    REAL_GROWTH = "audit.unverifiable.real_growth"
    PERIOD_UNCERTAIN = "audit.unverifiable.period_uncertain"
    SIMILAR_NAME = "audit.unverifiable.similar_name"
    NOT_ABOUT = "audit.unverifiable.not_about"
    OWN_SCHEDULE = "audit.unverifiable.own_schedule"
    # why a period is uncertain
    PERIOD_NOT_SAID = "audit.period.not_said"
    PERIOD_NO_YEAR = "audit.period.no_year"
    PERIOD_PART = "audit.period.part"
    PERIOD_OPEN = "audit.period.open"
    PERIOD_CARRIED = "audit.period.carried"
    PERIOD_DAY = "audit.period.day"
    # messages
    NOT_ENCODED = "audit.message.not_encoded"
    NOT_TEXT = "audit.message.not_text"
    NO_FIGURES = "audit.message.no_figures"
    STDIN = "audit.message.stdin"
    NOTHING_FOUND = "audit.message.nothing_found"
    NOTHING_STORED = "audit.message.nothing_stored"
    NOTHING_STORED_BECAUSE = "audit.message.nothing_stored_because"
    NO_KNOWN_INDICATOR = "audit.message.no_known_indicator"
    LEFT_OUT_NO_YEAR = "audit.message.left_out_no_year"
    LEFT_OUT_PERIOD = "audit.message.left_out_period"
    UNNAMED = "audit.message.unnamed"


TEXTS: dict[AuditWord, tuple[str, str]] = {
    AuditWord.CONSISTENT: ("一致", "consistent"),
    AuditWord.ROUNDING: ("舍入差异", "rounding difference"),
    AuditWord.INCONSISTENT: ("不一致", "inconsistent"),
    AuditWord.UNVERIFIABLE: ("无法复算", "unverifiable"),
    AuditWord.SHOULD_READ: ("应为{figure}", "should read {figure}"),
    AuditWord.KIND_GROWTH: ("增速", "growth"),
    AuditWord.KIND_COMPLETION: ("完成率", "completion"),
    AuditWord.KIND_SCHEDULE_GAP: ("序时进度差", "gap to schedule"),
    AuditWord.KIND_SCHEDULE: ("序时进度", "time schedule"),
    AuditWord.KIND_SHARE: ("占比", "share"),
    AuditWord.KIND_SHARE_CHANGE: ("占比增减", "change of a share"),
    AuditWord.KIND_RATE_CHANGE: ("增速增减", "change of a rate"),
    AuditWord.KIND_MULTIPLE: ("倍数", "multiple"),
    AuditWord.KIND_AVERAGE_GROWTH: ("年均增速", "average annual growth"),
    AuditWord.KIND_TWO_YEAR_AVERAGE: ("两年平均增速", "two-year average growth"),
    AuditWord.KIND_PULL: ("拉动", "pull"),
    AuditWord.KIND_CONTRIBUTION: ("贡献率", "contribution"),
    AuditWord.KIND_REFERENCE_GAP: ("与参照之差", "gap to a reference"),
    AuditWord.KIND_RATE: ("比率", "rate"),
    AuditWord.FROM_SENTENCE: ("本句", "this sentence"),
    AuditWord.FROM_TEXT: ("上文", "earlier in the text"),
    AuditWord.FROM_DATA: ("数据文件{period}", "the data file, {period}"),
    AuditWord.FROM_CHANGE: ("由增减额{change}推算", "worked back from the change {change}"),
    AuditWord.FROM_CHANGE_AGAINST: ("由比{against}的增减额{change}推算", "worked back from the change {change} against {against}"),
    AuditWord.GROWTH: (
        "本期{current}对上年同期{base}（{source}）：{current}÷{base}−1",
        "{current} against last year's {base} ({source}): {current}/{base} − 1",
    ),
    AuditWord.GROWTH_AGAINST: (
        "本期{current}对基数{base}（{source}）：{current}÷{base}−1",
        "{current} against the base {base} ({source}): {current}/{base} − 1",
    ),
    AuditWord.GROWTH_SINCE: (
        "本期{current}对{year}年的{base}（{source}）：{current}÷{base}−1",
        "{current} against {base} in {year} ({source}): {current}/{base} − 1",
    ),
    AuditWord.COMPLETION: ("完成{current}÷目标{target}（{source}）", "{current} done over the target {target} ({source})"),
    AuditWord.PERIOD_PLAN: (
        "完成{current}，超同期计划{excess}，同期计划为{plan}",
        "{current} done, {excess} over the plan to date, so the plan to date is {plan}",
    ),
    AuditWord.SCHEDULE_BY_MONTH: ("按月：{months}÷12", "by month: {months}/12"),
    AuditWord.SCHEDULE_BY_DAY: ("按天：{days}÷{year_days}", "by day: {days}/{year_days}"),
    AuditWord.SCHEDULE_PRINTED: ("文中所列序时进度{progress}", "the time schedule printed, {progress}"),
    AuditWord.SCHEDULE_GAP: (
        "完成率{completion}减序时进度{progress}（{schedule}）",
        "completion {completion} less the time schedule {progress} ({schedule})",
    ),
    AuditWord.SHARE: ("部分{part}÷总体{whole}（{source}）", "the part {part} over the whole {whole} ({source})"),
    AuditWord.SHARE_CHANGE: ("本期{now}减上期{before}（{source}）", "{now} less the earlier {before} ({source})"),
    AuditWord.MULTIPLE: ("{current}÷{earlier}（{source}）", "{current}/{earlier} ({source})"),
    AuditWord.AVERAGE_GROWTH: (
        "由{first}到{last}，共{years}年：({last}÷{first})^(1/{years})−1",
        "from {first} to {last} over {years} years: ({last}/{first})^(1/{years}) − 1",
    ),
    AuditWord.AVERAGE_FROM_MULTIPLE: (
        "{years}年为{multiple}：{multiple}^(1/{years})−1",
        "{multiple} over {years} years: {multiple}^(1/{years}) − 1",
    ),
    AuditWord.TWO_YEAR_AVERAGE: (
        "本期{current}对两年前{earlier}（{source}）：√({current}÷{earlier})−1",
        "{current} against {earlier} two years before ({source}): √({current}/{earlier}) − 1",
    ),
    AuditWord.TWO_YEAR_FROM_GROWTH: (
        "两年增长{growth}：√(1+{growth})−1",
        "growth of {growth} over two years: √(1 + {growth}) − 1",
    ),
    AuditWord.PULL: (
        "增量{change}÷上年总量{base}（{source}）",
        "the change {change} over last year's total {base} ({source})",
    ),
    AuditWord.CONTRIBUTION: (
        "增量{change}÷总量增量{total_change}（{source}）",
        "the change {change} over the total's change {total_change} ({source})",
    ),
    AuditWord.REFERENCE_GAP: ("本身{own}减参照{reference}", "{own} less the reference {reference}"),
    AuditWord.RATE: ("{part}÷{whole}", "{part}/{whole}"),
    AuditWord.INEQUALITY: (
        "所述为“{printed}”，复算{value}%；{how}",
        "states {printed}; recomputed {value}%; {how}",
    ),
    AuditWord.APPROXIMATE: (
        "所述为约数“{printed}”，复算{value}%与之相差较大，未判为错误；{how}",
        "states the round figure {printed}; recomputed {value}%, too far to call it right, not judged an error; {how}",
    ),
    AuditWord.UNIT_MISSING: ("{how}；所述数字缺少%号", "{how}; the figure lacks its % sign"),
    AuditWord.NO_SUBJECT: ("找不到该百分比所指的数额", "no amount found that the figure speaks of"),
    AuditWord.NO_BASE: ("文中没有上年同期数", "no figure for the same period last year in the text"),
    AuditWord.NO_REFERENCE_BASE: (
        "该增速是与“{against}”相比的，文中没有“{against}”的数或增减额",
        "the rate is against {against}, and neither that figure nor the change against it is printed",
    ),
    AuditWord.NO_BASE_IN_DATA: (
        "文中和数据文件中都没有上年同期数",
        "no figure for the same period last year in the text or the data file",
    ),
    AuditWord.BASE_ZERO: (
        "上年同期数为{base}，不是正数，不能计算增速",
        "last year's figure is {base}, not positive: no rate can be worked out",
    ),
    AuditWord.TARGET_ZERO: (
        "目标数为{target}，不是正数，不能计算完成率",
        "the target is {target}, not positive: no completion rate can be worked out",
    ),
    AuditWord.NO_TARGET: ("文中没有目标（计划、预算）数", "no target (plan, budget) in the text"),
    AuditWord.NO_TARGET_IN_DATA: ("文中和数据文件中都没有目标（计划、预算）数", "no target (plan, budget) in the text or the data file"),
    AuditWord.NO_PERIOD_PLAN: (
        "同期计划数未列出，不能用全年目标代替",
        "the plan to date is not printed; the year's target cannot stand for it",
    ),
    AuditWord.NO_WHOLE: ("文中没有“{whole}”的总数", "no total of {whole} in the text"),
    AuditWord.NO_WHOLE_UNNAMED: (
        "未写明占什么的比重，文中也没有可作总数的数",
        "the share does not say what it is of, and no total is printed",
    ),
    AuditWord.NO_COMPLETION: ("同句没有完成率", "no completion rate in the sentence"),
    AuditWord.NO_PROGRESS: ("不知道截至几月，无法得到序时进度", "the month is not known, so neither is the time schedule"),
    AuditWord.NO_PREVIOUS: ("文中没有上期的比率", "no earlier rate in the text"),
    AuditWord.NO_REFERENCE: ("同句没有所比的参照数", "the reference compared with is not printed in the sentence"),
    AuditWord.NO_ENDPOINTS: (
        "没有起止两年的数额和年份",
        "the amounts and years at both ends are not printed",
    ),
    AuditWord.NO_TOTAL: ("没有总量及其增减", "no total with its change"),
    AuditWord.NO_PARTS: ("找不到分子、分母两个数", "the two figures of the ratio are not found"),
    AuditWord.LIST_MISMATCH: (
        "所列{stated}个百分比与{items}个数额对不上",
        "{stated} figures listed against {items} amounts: they do not pair up",
    ),
    AuditWord.RANGE_UNPAIRED: (
        "区间与单个数相比，不知道该用哪一端",
        "a range set against a single figure: which end is meant is not said",
    ),
    AuditWord.OTHER_BASIS: (
        "按“{basis}”计算的增速，不能由现价数额复算",
        "growth on the basis of {basis} cannot be recomputed from nominal amounts",
    ),
    AuditWord.REAL_GROWTH: (
        "增加值、生产总值的增速按可比价格计算，不能由现价数额复算",
        "growth of value added and GDP is at comparable prices and cannot be recomputed from nominal amounts",
    ),
    AuditWord.PERIOD_UNCERTAIN: (
        "期间不确定（{why}），不与数据文件比较",
        "the period is uncertain ({why}), so it is not compared with the data file",
    ),
    AuditWord.SIMILAR_NAME: (
        "复算为{computed}，但所用的数字不能确定就是该数所指的（名称相近或前面另有数额），未判为错误：{how}",
        "recomputed {computed}, but the figures used are not certainly the ones meant (a similar name, or another amount "
        "before), so it is not judged an error: {how}",
    ),
    AuditWord.NOT_ABOUT: ("所述为约数“{printed}”：{how}", "states the round figure {printed}: {how}"),
    AuditWord.OWN_SCHEDULE: (
        "所列序时进度与按月、按天计算均不同，可能另有口径：{how}",
        "the time schedule printed is neither by month nor by day; it may be the report's own: {how}",
    ),
    AuditWord.PERIOD_NOT_SAID: ("文中未写明期间", "the text does not say the period"),
    AuditWord.PERIOD_NO_YEAR: (
        "“{said}”未写明年份，可用 --year 指定",
        "{said} does not say the year; give it with --year",
    ),
    AuditWord.PERIOD_PART: (
        "“{said}”为当月或当季数，数据文件存的是累计数",
        "{said} is one month or quarter alone; the data file keeps cumulative figures",
    ),
    AuditWord.PERIOD_OPEN: ("“{said}”未写明截至几月", "{said} does not say to which month"),
    AuditWord.PERIOD_CARRIED: (
        "本段未写期间，上段的“{said}”不延续到本段",
        "this paragraph says no period, and {said} of an earlier one does not carry over",
    ),
    AuditWord.PERIOD_DAY: ("“{said}”不是月末", "{said} is not the end of a month"),
    AuditWord.NOT_ENCODED: (
        "{path}既不是UTF-8也不是GB18030文本；请另存为UTF-8",
        "{path} is neither UTF-8 nor GB18030 text; save it as UTF-8",
    ),
    AuditWord.NOT_TEXT: (
        "{path}读出的多为乱码（{share}%的字符罕见或无法识别），可能是繁体BIG5等其他编码；请另存为UTF-8",
        "{path} reads as garbage ({share}% of its characters are rare or unreadable), perhaps Big5; save it as UTF-8",
    ),
    AuditWord.NO_FIGURES: (
        "{path}有{chars}个字符，却找不到一个数字：可能不是报告正文，或编码有误",
        "{path} has {chars} characters but not one figure: it may not be a report, or its encoding is wrong",
    ),
    AuditWord.STDIN: ("标准输入", "standard input"),
    AuditWord.NOTHING_FOUND: ("文中没有找到可存入的数字", "no figure to store was found in the text"),
    AuditWord.NOTHING_STORED: ("未存入任何数字", "nothing stored"),
    AuditWord.NOTHING_STORED_BECAUSE: ("未存入任何数字：{why}", "nothing stored: {why}"),
    AuditWord.NO_KNOWN_INDICATOR: (
        "文中的数字都不属于数据文件中已有的指标（或只是名称相近）",
        "none of the figures is of an indicator in the data file (or only of a similar name)",
    ),
    AuditWord.LEFT_OUT_NO_YEAR: (
        "另有{count}个数字未写明年份，未列出；可用 --year 指定",
        "{count} more figure(s) name no year and are not listed; give it with --year",
    ),
    AuditWord.LEFT_OUT_PERIOD: (
        "另有{count}个数字期间不确定（单月、单季、今年以来或上段所说的月份），未列出；可用 --period 指定",
        "{count} more figure(s) of an uncertain period (one month or quarter, 今年以来, months of another paragraph) "
        "are not listed; give it with --period",
    ),
    AuditWord.UNNAMED: ("“…{near}”处", "at “…{near}”"),
}

# The labels of verdicts and kinds in tables, by their values ("consistent", "growth"…).
VERDICT_WORDS = {
    "consistent": AuditWord.CONSISTENT,
    "rounding": AuditWord.ROUNDING,
    "inconsistent": AuditWord.INCONSISTENT,
    "unverifiable": AuditWord.UNVERIFIABLE,
}
KIND_WORDS = {
    "growth": AuditWord.KIND_GROWTH,
    "completion": AuditWord.KIND_COMPLETION,
    "schedule_gap": AuditWord.KIND_SCHEDULE_GAP,
    "schedule": AuditWord.KIND_SCHEDULE,
    "share": AuditWord.KIND_SHARE,
    "share_change": AuditWord.KIND_SHARE_CHANGE,
    "rate_change": AuditWord.KIND_RATE_CHANGE,
    "multiple": AuditWord.KIND_MULTIPLE,
    "average_growth": AuditWord.KIND_AVERAGE_GROWTH,
    "two_year_average": AuditWord.KIND_TWO_YEAR_AVERAGE,
    "pull": AuditWord.KIND_PULL,
    "contribution": AuditWord.KIND_CONTRIBUTION,
    "reference_gap": AuditWord.KIND_REFERENCE_GAP,
    "rate": AuditWord.KIND_RATE,
}
