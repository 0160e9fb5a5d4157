"""The words of a district of towns: table headers, the district narrative, `district check` findings and errors."""

from __future__ import annotations

from enum import StrEnum


class DistrictWord(StrEnum):
    # --- table headers and labels ---
    TOWN = "district.town"
    RANK = "district.rank"
    RANK_CHANGE = "district.rank_change"
    DISTRICT_TOTAL = "district.district_total"
    SHARE_OF_DISTRICT = "district.share_of_district"
    GAP_TO_DISTRICT = "district.gap_to_district"
    NOT_APPLICABLE = "district.not_applicable"
    TOWNS_RANGE = "district.towns_range"
    MEASURE_GROWTH = "district.measure.growth"
    MEASURE_COMPLETION = "district.measure.completion"
    MEASURE_GAP = "district.measure.gap"
    MEASURE_ACTUAL = "district.measure.actual"
    MEASURE_CEILING_USED = "district.measure.ceiling_used"
    RANK_UP = "district.rank_up"
    RANK_DOWN = "district.rank_down"
    RANK_SAME = "district.rank_same"
    RANK_NEW = "district.rank_new"
    MATRIX_TITLE = "district.matrix_title"
    STATUS_TITLE = "district.status_title"
    REPORT_TITLE = "district.report_title"
    SKIPPED = "district.skipped"
    INCOMPLETE_TOTAL = "district.incomplete_total"
    COMPARABLE_TOWNS = "district.comparable_towns"
    TARGET_FROM_TOWNS = "district.target_from_towns"

    # --- narrative ---
    SAY_DISTRICT_AMOUNT = "district.say.district_amount"
    SAY_DISTRICT_RATIO = "district.say.district_ratio"
    SAY_DISTRICT_RANGE = "district.say.district_range"
    SAY_DISTRICT_NAMED = "district.say.district_named"
    SAY_DISTRICT_SAME = "district.say.district_same"
    SAY_PERIOD_OPENING = "district.say.period_opening"
    SAY_ALL_RANKED = "district.say.all_ranked"
    SAY_OVER_PACE_TOWNS = "district.say.over_pace_towns"
    SAY_WITHIN_PACE = "district.say.within_pace"
    SAY_OVER_PACE = "district.say.over_pace"
    SAY_GROWTH_UP = "district.say.growth_up"
    SAY_GROWTH_DOWN = "district.say.growth_down"
    SAY_GROWTH_FLAT = "district.say.growth_flat"
    SAY_GROWTH_TIMES = "district.say.growth_times"
    SAY_POINTS_UP = "district.say.points_up"
    SAY_POINTS_DOWN = "district.say.points_down"
    SAY_POINTS_FLAT = "district.say.points_flat"
    SAY_COMPLETION = "district.say.completion"
    SAY_CEILING_USED = "district.say.ceiling_used"
    SAY_AHEAD = "district.say.ahead"
    SAY_BEHIND = "district.say.behind"
    SAY_ON_SCHEDULE = "district.say.on_schedule"
    SAY_TOP = "district.say.top"
    SAY_BEHIND_SCHEDULE_TOWNS = "district.say.behind_schedule_towns"
    SAY_NOT_MET_TOWNS = "district.say.not_met_towns"
    SAY_TOWN_RANK = "district.say.town_rank"
    SAY_ABOVE_AVERAGE = "district.say.above_average"
    SAY_BELOW_AVERAGE = "district.say.below_average"
    SAY_AT_AVERAGE = "district.say.at_average"
    SAY_RANK_MOVED_UP = "district.say.rank_moved_up"
    SAY_RANK_MOVED_DOWN = "district.say.rank_moved_down"
    SAY_SHARE = "district.say.share"
    SAY_MISSING_TOWNS = "district.say.missing_towns"
    SAY_SKIPPED_FILES = "district.say.skipped_files"
    SAY_COMPARABLE_SCOPE = "district.say.comparable_scope"
    SAY_CLAUSE_SEPARATOR = "district.say.clause_separator"
    SAY_PART_SEPARATOR = "district.say.part_separator"
    SAY_END = "district.say.end"
    SAY_TOP_ITEM = "district.say.top_item"
    SAY_TOP_TIED = "district.say.top_tied"
    VALUE_PCT = "district.value.pct"
    VALUE_PP = "district.value.pp"
    VALUE_AMOUNT = "district.value.amount"

    # --- `district check` findings ---
    FINDING_TARGETS_DO_NOT_ADD_UP = "district.finding.targets_do_not_add_up"
    FINDING_TOWN_TARGETS_MISSING = "district.finding.town_targets_missing"
    FINDING_MISSING_FIGURE = "district.finding.missing_figure"
    FINDING_UNIT_CANNOT_CONVERT = "district.finding.unit_cannot_convert"
    FINDING_KIND_DIFFERS = "district.finding.kind_differs"
    FINDING_DIRECTION_DIFFERS = "district.finding.direction_differs"
    CHECK_OK = "district.check_ok"
    CHECK_SUMMARY = "district.check_summary"

    # --- errors ---
    NO_SUCH_PATH = "district.error.no_such_path"
    NOT_A_DISTRICT_PATH = "district.error.not_a_district_path"
    NO_TOWNS = "district.error.no_towns"
    NOT_A_TOWN = "district.error.not_a_town"
    BAD_TOWNS = "district.error.bad_towns"
    DUPLICATE_TOWN = "district.error.duplicate_town"
    OUTPUT_IS_MEMBER = "district.error.output_is_member"
    OUTPUT_WOULD_BE_MEMBER = "district.error.output_would_be_member"
    MISSING_MEMBER = "district.error.missing_member"
    DUPLICATE_MEMBER = "district.error.duplicate_member"
    MEMBER_NOT_TOML = "district.error.member_not_toml"
    CONFIG_INVALID = "district.error.config_invalid"
    CONFIG_UNKNOWN_KEY = "district.error.config_unknown_key"
    CONFIG_BAD_VALUE = "district.error.config_bad_value"
    CONFIG_UNKNOWN_INDICATOR = "district.error.config_unknown_indicator"
    CONFIG_RATIO_PARTS = "district.error.config_ratio_parts"
    UNKNOWN_INDICATOR = "district.error.unknown_indicator"
    UNIT_CONFLICT = "district.error.unit_conflict"
    DEFINITION_CONFLICT = "district.error.definition_conflict"
    NO_DATA = "district.error.no_data"
    BAD_RANK_BY = "district.error.bad_rank_by"
    NO_COMPLETION_TO_RANK = "district.error.no_completion_to_rank"
    # --- what is wrong with a key of district.toml (the {problem} of CONFIG_BAD_VALUE) ---
    PROBLEM_NOT_A_TABLE = "district.problem.not_a_table"
    PROBLEM_NOT_TEXT = "district.problem.not_text"
    PROBLEM_OUT_OF_BOUNDS = "district.problem.out_of_bounds"
    PROBLEM_NOT_A_NUMBER = "district.problem.not_a_number"
    PROBLEM_NOT_ONE_OF = "district.problem.not_one_of"
    PROBLEM_MISSING = "district.problem.missing"
    PROBLEM_NOT_A_UNIT = "district.problem.not_a_unit"
    PROBLEM_RATIO_AGGREGATE = "district.problem.ratio_aggregate"
    PROBLEM_RATIO_UNIT = "district.problem.ratio_unit"
    PROBLEM_RATIO_NOT_SUMMED = "district.problem.ratio_not_summed"
    PROBLEM_NOT_YEARS = "district.problem.not_years"
    PROBLEM_NOT_A_YEAR = "district.problem.not_a_year"
    PROBLEM_NOT_YEARLY = "district.problem.not_yearly"
    PROBLEM_SCHEMA_VERSION = "district.problem.schema_version"
    PROBLEM_NOT_FILE_NAMES = "district.problem.not_file_names"
    PROBLEM_NOT_INDICATOR_TABLES = "district.problem.not_indicator_tables"
    PROBLEM_NOT_UTF8 = "district.problem.not_utf8"


TEXTS: dict[DistrictWord, tuple[str, str]] = {
    DistrictWord.TOWN: ("镇(街道)", "Town"),
    DistrictWord.RANK: ("位次", "Rank"),
    DistrictWord.RANK_CHANGE: ("位次变化", "Rank change"),
    DistrictWord.DISTRICT_TOTAL: ("全区合计", "District total"),
    DistrictWord.SHARE_OF_DISTRICT: ("占全区", "Share of district"),
    DistrictWord.GAP_TO_DISTRICT: ("与全区平均比", "Against district"),
    DistrictWord.NOT_APPLICABLE: ("不适用", "n/a"),
    DistrictWord.TOWNS_RANGE: ("{low}–{high}", "{low}–{high}"),
    DistrictWord.MEASURE_GROWTH: ("增幅", "growth"),
    DistrictWord.MEASURE_COMPLETION: ("完成率", "completion"),
    DistrictWord.MEASURE_GAP: ("序时进度", "schedule"),
    DistrictWord.MEASURE_ACTUAL: ("总量", "volume"),
    DistrictWord.MEASURE_CEILING_USED: ("占控制数", "share of the ceiling used"),
    DistrictWord.RANK_UP: ("↑{places}", "↑{places}"),
    DistrictWord.RANK_DOWN: ("↓{places}", "↓{places}"),
    DistrictWord.RANK_SAME: ("持平", "same"),
    DistrictWord.RANK_NEW: ("新", "new"),
    DistrictWord.MATRIX_TITLE: ("{district}{period}各镇(街道){measure}及位次", "{district} {period}: {measure} and rank by town"),
    DistrictWord.STATUS_TITLE: ("{district}{period}{indicator}分镇(街道)情况", "{district} {period}: {indicator} by town"),
    DistrictWord.REPORT_TITLE: ("{district}{period}经济运行情况", "{district} economic report, {period}"),
    DistrictWord.SKIPPED: ("未计入（文件无法读取）：{files}", "left out (file cannot be read): {files}"),
    DistrictWord.INCOMPLETE_TOTAL: ("未报数：{towns}", "not reported: {towns}"),
    DistrictWord.COMPARABLE_TOWNS: (
        "同比按可比口径计算（{count}个镇(街道)有上年同期数）",
        "growth on a comparable basis ({count} towns with last year's figure)",
    ),
    DistrictWord.TARGET_FROM_TOWNS: ("全区目标为各镇(街道)目标之和", "district target is the sum of the towns' targets"),
    # Narrative. Clauses are joined with SAY_PART_SEPARATOR, the parts of a sentence with SAY_CLAUSE_SEPARATOR.
    DistrictWord.SAY_DISTRICT_AMOUNT: ("{period}全区完成{indicator}{amount}", "{period}the district's {indicator} was {amount}"),
    DistrictWord.SAY_DISTRICT_NAMED: ("{period}全区{indicator}{amount}", "{period}the district's {indicator} was {amount}"),
    DistrictWord.SAY_DISTRICT_RATIO: ("{period}全区{indicator}{amount}", "{period}the district's {indicator} was {amount}"),
    DistrictWord.SAY_DISTRICT_RANGE: (
        "{period}各镇(街道){indicator}在{low}至{high}之间",
        "{period}{indicator} ranged from {low} to {high} across the towns",
    ),
    DistrictWord.SAY_DISTRICT_SAME: ("{period}各镇(街道){indicator}均为{value}", "{period}{indicator} was {value} in every town"),
    DistrictWord.SAY_PERIOD_OPENING: ("{period}，", "{period}: "),
    DistrictWord.SAY_GROWTH_UP: ("同比增长{pct}%", "up {pct}% year on year"),
    DistrictWord.SAY_GROWTH_DOWN: ("同比下降{pct}%", "down {pct}% year on year"),
    DistrictWord.SAY_GROWTH_FLAT: ("与上年同期持平", "flat year on year"),
    DistrictWord.SAY_GROWTH_TIMES: ("同比增长{times}倍", "up {times}-fold year on year"),
    DistrictWord.SAY_POINTS_UP: ("比上年提高{pp}个百分点", "up {pp} points from last year"),
    DistrictWord.SAY_POINTS_DOWN: ("比上年下降{pp}个百分点", "down {pp} points from last year"),
    DistrictWord.SAY_POINTS_FLAT: ("与上年持平", "unchanged from last year"),
    DistrictWord.SAY_COMPLETION: ("完成全年目标的{pct}%", "{pct}% of the annual target"),
    DistrictWord.SAY_CEILING_USED: ("占全年控制数的{pct}%", "{pct}% of the year's ceiling used"),
    DistrictWord.SAY_AHEAD: ("超序时进度{pp}个百分点", "{pp} points ahead of schedule"),
    DistrictWord.SAY_BEHIND: ("落后序时进度{pp}个百分点", "{pp} points behind schedule"),
    DistrictWord.SAY_ON_SCHEDULE: ("与序时进度持平", "on schedule"),
    DistrictWord.SAY_TOP: ("{measure}前三位为{towns}", "highest {measure}: {towns}"),
    DistrictWord.SAY_ALL_RANKED: ("各镇(街道){measure}依次为{towns}", "{measure} by town, highest first: {towns}"),
    DistrictWord.SAY_TOP_ITEM: ("{town}（{value}）", "{town} ({value})"),
    DistrictWord.SAY_TOP_TIED: ("{towns}（并列，均为{value}）", "{towns} (tied, {value} each)"),
    DistrictWord.VALUE_PCT: ("{value}%", "{value}%"),
    DistrictWord.VALUE_PP: ("{value}个百分点", "{value} points"),
    DistrictWord.VALUE_AMOUNT: ("{value}{unit}", "{value} {unit}"),
    DistrictWord.SAY_BEHIND_SCHEDULE_TOWNS: ("落后序时进度的有{towns}", "behind schedule: {towns}"),
    DistrictWord.SAY_OVER_PACE_TOWNS: ("高于序时进度的有{towns}", "over the pace of the ceiling: {towns}"),
    DistrictWord.SAY_WITHIN_PACE: ("低于序时进度{pp}个百分点", "{pp} points within the pace of the year"),
    DistrictWord.SAY_OVER_PACE: ("高于序时进度{pp}个百分点", "{pp} points over the pace of the year"),
    DistrictWord.SAY_NOT_MET_TOWNS: ("未完成全年目标的有{towns}", "annual target not met: {towns}"),
    DistrictWord.SAY_MISSING_TOWNS: ("{towns}未报数", "not reported: {towns}"),
    DistrictWord.SAY_COMPARABLE_SCOPE: (
        "可比口径（{count}个镇(街道)）{clause}",
        "{clause} on a comparable basis ({count} town(s) with last year's figure)",
    ),
    DistrictWord.SAY_SKIPPED_FILES: (
        "本报告未计入无法读取的文件{files}，全区合计不含其数据",
        "Left out of this report as unreadable: {files}; the district totals exclude them",
    ),
    DistrictWord.SAY_TOWN_RANK: (
        "{town}{indicator}{measure}居全区第{rank}位",
        "{town}: {indicator} {measure} ranks no. {rank} in the district",
    ),
    DistrictWord.SAY_ABOVE_AVERAGE: ("高于全区平均{pp}个百分点", "{pp} points above the district average"),
    DistrictWord.SAY_BELOW_AVERAGE: ("低于全区平均{pp}个百分点", "{pp} points below the district average"),
    DistrictWord.SAY_AT_AVERAGE: ("与全区平均持平", "level with the district average"),
    DistrictWord.SAY_RANK_MOVED_UP: ("位次较上期上升{places}位", "rank up {places} on the previous period"),
    DistrictWord.SAY_RANK_MOVED_DOWN: ("位次较上期下降{places}位", "rank down {places} on the previous period"),
    DistrictWord.SAY_SHARE: ("占全区的{pct}%", "{pct}% of the district"),
    DistrictWord.SAY_CLAUSE_SEPARATOR: ("，", ", "),
    DistrictWord.SAY_PART_SEPARATOR: ("；", "; "),
    DistrictWord.SAY_END: ("。", "."),
    # `district check`
    DistrictWord.FINDING_TARGETS_DO_NOT_ADD_UP: (
        "{indicator} {year}年：各镇(街道)目标合计{towns_total}{unit}，全区目标{district_total}{unit}，相差{difference}{unit}",
        "{indicator} {year}: the towns' targets add up to {towns_total}{unit}, the district target is {district_total}{unit} "
        "(difference {difference}{unit})",
    ),
    DistrictWord.FINDING_TOWN_TARGETS_MISSING: (
        "{indicator} {year}年：全区有目标，{towns}没有目标",
        "{indicator} {year}: the district has a target, {towns} have none",
    ),
    DistrictWord.FINDING_MISSING_FIGURE: ("{indicator} {period}：{towns}缺少完成值", "{indicator} {period}: no figure from {towns}"),
    DistrictWord.FINDING_UNIT_CANNOT_CONVERT: (
        "{indicator}：{town}的单位{unit}不能换算为全区单位{district_unit}",
        "{indicator}: {town}'s unit {unit} cannot be converted into the district's {district_unit}",
    ),
    DistrictWord.FINDING_KIND_DIFFERS: (
        "{indicator}：{town}的种类为{kind}，全区为{district_kind}",
        "{indicator}: {town} has kind {kind}, the district {district_kind}",
    ),
    DistrictWord.FINDING_DIRECTION_DIFFERS: (
        "{indicator}：{town}的方向为{direction}，全区为{district_direction}",
        "{indicator}: {town} has direction {direction}, the district {district_direction}",
    ),
    DistrictWord.CHECK_OK: (
        "{towns}个镇(街道)、{indicators}项指标，未发现问题",
        "{towns} towns, {indicators} indicators: no problems found",
    ),
    DistrictWord.CHECK_SUMMARY: ("发现{count}个问题", "{count} problem(s) found"),
    # errors: one line each, naming the file or key
    DistrictWord.NO_SUCH_PATH: (
        "{path}不存在；请给出区的文件夹或其district.toml",
        "{path} does not exist; give a district's folder or its district.toml",
    ),
    DistrictWord.NOT_A_DISTRICT_PATH: (
        "{path}既不是文件夹也不是district.toml；请给出区的文件夹或其district.toml",
        "{path} is neither a folder nor a district.toml; give a district's folder or its district.toml",
    ),
    DistrictWord.NO_TOWNS: ("{folder}中没有镇(街道)数据文件(*.toml)", "{folder} has no town files (*.toml)"),
    DistrictWord.NOT_A_TOWN: (
        "{file}不是镇(街道)数据文件（缺少schema_version和indicators）",
        "{file} is not a town file (it has no schema_version and no indicators)",
    ),
    DistrictWord.BAD_TOWNS: (
        "{count}个镇(街道)文件无法读取，未生成全区数据：{problems}",
        "{count} town file(s) cannot be read, so there is no district table: {problems}",
    ),
    DistrictWord.OUTPUT_IS_MEMBER: (
        "{path} 是本区的镇(街道)数据文件、district.toml 或其锁文件；请把输出写到别的文件",
        "{path} is one of the district's town files, its district.toml or the lock of one; write the output to another file",
    ),
    DistrictWord.OUTPUT_WOULD_BE_MEMBER: (
        "{path} 在区文件夹 {folder} 中、以 .toml 结尾，下次会被当作镇(街道)数据文件读入；请换个文件名或文件夹",
        "{path} ends in .toml in the district's folder {folder}, so it would be read as a town file next time; "
        "choose another name or folder",
    ),
    DistrictWord.DUPLICATE_TOWN: (
        "{first}和{second}的entity都是{entity}；每个镇(街道)只能有一个文件",
        "{first} and {second} both have entity {entity}; keep one file per town",
    ),
    DistrictWord.MISSING_MEMBER: ("district.toml的towns列出的{file}不存在", "district.toml: towns names {file}, which does not exist"),
    DistrictWord.DUPLICATE_MEMBER: ("district.toml的towns两次列出{file}", "district.toml: towns names {file} twice"),
    DistrictWord.MEMBER_NOT_TOML: (
        "district.toml的towns中{file}不是同一文件夹中的.toml文件名",
        "district.toml: towns entry {file} is not the name of a .toml file in the folder",
    ),
    DistrictWord.CONFIG_INVALID: ("{file}不是有效的TOML：{reason}", "{file} is not valid TOML: {reason}"),
    DistrictWord.CONFIG_UNKNOWN_KEY: (
        "district.toml：未知的键{key}；可用的键为{allowed}",
        "district.toml: unknown key {key}; allowed keys are {allowed}",
    ),
    DistrictWord.CONFIG_BAD_VALUE: ("district.toml：{key}{problem}", "district.toml: {key} {problem}"),
    DistrictWord.CONFIG_UNKNOWN_INDICATOR: (
        "district.toml：{key}指向的指标{indicator}在所有镇(街道)文件中都不存在",
        "district.toml: {key} names indicator {indicator}, which no town file has",
    ),
    DistrictWord.CONFIG_RATIO_PARTS: (
        "district.toml：indicators.{indicator}需要同时给出numerator和denominator",
        "district.toml: indicators.{indicator} needs both numerator and denominator",
    ),
    DistrictWord.UNKNOWN_INDICATOR: ("全区没有指标{indicator}", "no town in the district has indicator {indicator}"),
    DistrictWord.UNIT_CONFLICT: (
        "{indicator}：{town}的单位{unit}不能换算为全区单位{district_unit}；运行district check查看全部问题",
        "{indicator}: {town}'s unit {unit} cannot be converted into the district's {district_unit}; run district check for every problem",
    ),
    DistrictWord.DEFINITION_CONFLICT: (
        "{indicator}：{town}的{field}为{value}，全区为{district_value}，不能并列比较；运行district check查看全部问题",
        "{indicator}: {town} has {field} {value}, the district {district_value}, so they cannot be compared; "
        "run district check for every problem",
    ),
    DistrictWord.NO_DATA: ("全区尚无任何目标或完成值", "the district has no targets or actuals yet"),
    DistrictWord.BAD_RANK_BY: ("位次依据{value}无效；可用{allowed}", "rank-by {value} is not known; use one of {allowed}"),
    DistrictWord.NO_COMPLETION_TO_RANK: (
        "{indicator}是逆向的比重或存量指标（限值），没有完成率可排位次；请用--rank-by growth或actual",
        "{indicator} is a lower-is-better share or stock (a limit), which has no completion to rank by; use --rank-by growth or actual",
    ),
    DistrictWord.PROBLEM_NOT_A_TABLE: ("应为表", "must be a table"),
    DistrictWord.PROBLEM_NOT_TEXT: ("应为加引号的非空文字", "must be a non-empty string in quotes"),
    DistrictWord.PROBLEM_OUT_OF_BOUNDS: ("为{value}，{reason}", "is {value}, which {reason}"),
    DistrictWord.PROBLEM_NOT_A_NUMBER: ("应为数字", "must be a number"),
    DistrictWord.PROBLEM_NOT_ONE_OF: ("应为{choices}之一", "must be one of {choices}"),
    DistrictWord.PROBLEM_MISSING: ("未给出", "is missing"),
    DistrictWord.PROBLEM_NOT_A_UNIT: ("为{unit}，不是jctrack认识的单位", "is {unit}, not a unit jctrack knows"),
    DistrictWord.PROBLEM_RATIO_AGGREGATE: (
        "在给出numerator和denominator时应为ratio",
        "must be ratio when numerator and denominator are given",
    ),
    DistrictWord.PROBLEM_RATIO_UNIT: ("在给出numerator和denominator时应为%", "must be % for a ratio of numerator and denominator"),
    DistrictWord.PROBLEM_RATIO_NOT_SUMMED: ("不能为sum：比重指标从不相加", "cannot be sum: a ratio is never added up"),
    DistrictWord.PROBLEM_NOT_YEARS: ("应为以年份为键的表", "must be a table of years"),
    DistrictWord.PROBLEM_NOT_A_YEAR: ("不是2019这样的年份", "is not a year like 2019"),
    DistrictWord.PROBLEM_NOT_YEARLY: ("不是年份：目标按年设定", "is not a year: targets are yearly"),
    DistrictWord.PROBLEM_SCHEMA_VERSION: ("为{value}；本版jctrack读取的是{version}", "is {value}; this jctrack reads {version}"),
    DistrictWord.PROBLEM_NOT_FILE_NAMES: ("应为非空的文件名列表", "must be a non-empty list of file names"),
    DistrictWord.PROBLEM_NOT_INDICATOR_TABLES: ("应为[indicators.ID]表", "must be a table of [indicators.ID] tables"),
    DistrictWord.PROBLEM_NOT_UTF8: ("不是UTF-8文本", "not UTF-8 text"),
}
