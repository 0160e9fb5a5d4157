"""Words of data coming in and being managed: periods as typed, the long form's headers, the bureau's wide
table, comments kept in the data file, and renaming, removing and undoing."""

from __future__ import annotations

from enum import StrEnum


class IntakeWord(StrEnum):
    # --- periods ---
    PERIOD_UNKNOWN_FORM = "intake.period_unknown_form"
    PERIOD_BAD_MONTH = "intake.period_bad_month"
    PERIOD_BAD_YEAR = "intake.period_bad_year"
    PERIOD_BAD_QUARTER = "intake.period_bad_quarter"
    PERIOD_NOT_FROM_JANUARY = "intake.period_not_from_january"
    PERIOD_SECOND_HALF = "intake.period_second_half"
    # --- the long form: column headers (English = the column's name in the file) ---
    COL_INDICATOR = "intake.col_indicator"
    COL_PERIOD = "intake.col_period"
    COL_TYPE = "intake.col_type"
    COL_VALUE = "intake.col_value"
    COL_UNIT = "intake.col_unit"
    COL_NOTE = "intake.col_note"
    COL_SOURCE = "intake.col_source"
    COL_STATED_GROWTH = "intake.col_stated_growth"
    COL_BASE = "intake.col_base"
    COL_STATED_STATUS = "intake.col_stated_status"
    COL_ID = "intake.col_id"
    COL_NAME = "intake.col_name"
    COL_NAME_EN = "intake.col_name_en"
    COL_KIND = "intake.col_kind"
    COL_DIRECTION = "intake.col_direction"
    COL_ALIASES = "intake.col_aliases"
    COL_ALLOW_NEGATIVE = "intake.col_allow_negative"
    COL_GROWTH = "intake.col_growth"
    COL_FREQUENCY = "intake.col_frequency"
    COL_SCHEDULE = "intake.col_schedule"
    COL_WARNING_AMBER = "intake.col_warning_amber"
    COL_WARNING_RED = "intake.col_warning_red"
    SETTING_TREND_THRESHOLD = "intake.setting_trend_threshold"
    COL_OWNER = "intake.col_owner"
    COL_CONTRIBUTORS = "intake.col_contributors"
    COL_PART_OF = "intake.col_part_of"
    COL_SETTING = "intake.col_setting"
    COL_SETTING_VALUE = "intake.col_setting_value"
    # --- the long form: coded values (English = the code in the file) ---
    TYPE_ACTUAL = "intake.type_actual"
    TYPE_TARGET = "intake.type_target"
    STATUS_EXCEEDED = "intake.status_exceeded"
    STATUS_MET = "intake.status_met"
    STATUS_NOT_MET = "intake.status_not_met"
    KIND_FLOW = "intake.kind_flow"
    KIND_COUNT = "intake.kind_count"
    KIND_RATIO = "intake.kind_ratio"
    KIND_LEVEL = "intake.kind_level"
    DIRECTION_UP = "intake.direction_up"
    DIRECTION_DOWN = "intake.direction_down"
    YES = "intake.yes"
    SETTING_ENTITY = "intake.setting_entity"
    SETTING_ROUNDING = "intake.setting_rounding"
    SETTING_COMPILED_BY = "intake.setting_compiled_by"
    GROWTH_COMPUTED = "intake.growth_computed"
    GROWTH_STATED = "intake.growth_stated"
    FREQUENCY_MONTHLY = "intake.frequency_monthly"
    FREQUENCY_QUARTERLY = "intake.frequency_quarterly"
    FREQUENCY_YEARLY = "intake.frequency_yearly"
    SCHEDULE_CALENDAR = "intake.schedule_calendar"
    SCHEDULE_LAST_YEAR = "intake.schedule_last_year"
    ROUNDING_HALF_UP = "intake.rounding_half_up"
    ROUNDING_HALF_EVEN = "intake.rounding_half_even"
    SHEET_VALUES = "intake.sheet_values"
    SHEET_INDICATORS = "intake.sheet_indicators"
    SHEET_SETTINGS = "intake.sheet_settings"
    NO_HEADER_ROW = "intake.no_header_row"
    HEADER_NOT_KNOWN = "intake.header_not_known"
    HEADER_LACKS = "intake.header_lacks"
    HEADER_UNKNOWN_NAMES = "intake.header_unknown_names"
    # --- managing what is stored ---
    ACTION_ADD = "intake.action_add"
    ACTION_REPLACE = "intake.action_replace"
    ACTION_UPDATE = "intake.action_update"
    ACTION_REMOVE = "intake.action_remove"
    ACTION_RENAME = "intake.action_rename"
    ACTION_ADD_INDICATOR = "intake.action_add_indicator"
    ACTION_REMOVE_INDICATOR = "intake.action_remove_indicator"
    ACTION_UNDO = "intake.action_undo"
    TYPE_INDICATOR = "intake.type_indicator"
    COL_LATEST = "intake.col_latest"
    COL_TARGETS = "intake.col_targets"
    COL_ACTUALS = "intake.col_actuals"
    COL_INDEX = "intake.col_index"
    COL_AT = "intake.col_at"
    COL_ACTION = "intake.col_action"
    COL_OLD = "intake.col_old"
    COL_NEW = "intake.col_new"
    COL_DETAIL = "intake.col_detail"
    COL_UNDONE = "intake.col_undone"
    DETAIL_ID = "intake.detail_id"
    DETAIL_NAME = "intake.detail_name"
    DETAIL_VALUES = "intake.detail_values"
    DETAIL_UNDOES = "intake.detail_undoes"
    DETAIL_BATCH = "intake.detail_batch"
    NOTHING_TO_RENAME = "intake.nothing_to_rename"
    BAD_ID = "intake.bad_id"
    NAME_TAKEN = "intake.name_taken"
    ID_IN_HISTORY = "intake.id_in_history"
    RENAMED = "intake.renamed"
    NAME_WITH_ID = "intake.name_with_id"
    OLD_NAME_KEPT = "intake.old_name_kept"
    OLD_NAME_NOT_KEPT = "intake.old_name_not_kept"
    NO_SUCH_VALUE = "intake.no_such_value"
    REMOVED_VALUE = "intake.removed_value"
    HAS_VALUES = "intake.has_values"
    REMOVED_INDICATOR = "intake.removed_indicator"
    NOTHING_TO_UNDO = "intake.nothing_to_undo"
    UNDO_CONFLICT = "intake.undo_conflict"
    UNDO_MISSING = "intake.undo_missing"
    UNDO_EXISTS = "intake.undo_exists"
    UNDO_INCOMPLETE = "intake.undo_incomplete"
    UNDO_INVALID = "intake.undo_invalid"
    UNDONE = "intake.undone"
    ABSENT = "intake.absent"
    # --- the bureau's wide table ---
    WIDE_AT_ROW = "intake.wide_at_row"
    WIDE_NO_HEADER = "intake.wide_no_header"
    WIDE_NO_NAME_COLUMN = "intake.wide_no_name_column"
    WIDE_NO_VALUE_COLUMN = "intake.wide_no_value_column"
    WIDE_AMBIGUOUS = "intake.wide_ambiguous"
    WIDE_NO_PERIOD = "intake.wide_no_period"
    WIDE_PERIOD_NEEDS_YEAR = "intake.wide_period_needs_year"
    WIDE_PERIOD_CONFLICT = "intake.wide_period_conflict"
    WIDE_HEADER_PERIOD_CONFLICT = "intake.wide_header_period_conflict"
    WIDE_NO_TABLE = "intake.wide_no_table"
    WIDE_NOT_READABLE = "intake.wide_not_readable"
    WIDE_NO_FILE = "intake.wide_no_file"
    WIDE_FILE_KINDS = "intake.wide_file_kinds"
    WIDE_NO_SHEET = "intake.wide_no_sheet"
    WIDE_UNKNOWN_ROW = "intake.wide_unknown_row"
    WIDE_CLOSEST = "intake.wide_closest"
    WIDE_NO_CLOSE = "intake.wide_no_close"
    WIDE_NO_FIGURES = "intake.wide_no_figures"
    WIDE_BAD_NUMBER = "intake.wide_bad_number"
    WIDE_ERROR = "intake.wide_error"
    WIDE_MONTH_MISMATCH = "intake.wide_month_mismatch"
    WIDE_COMPLETION_MISMATCH = "intake.wide_completion_mismatch"
    WIDE_GROWTH_MISMATCH = "intake.wide_growth_mismatch"
    WIDE_UNIT_NOT_APPLIED = "intake.wide_unit_not_applied"
    WIDE_LAST_YEAR_WITHOUT_ACTUAL = "intake.wide_last_year_without_actual"
    WIDE_UNUSED_COLUMN = "intake.wide_unused_column"
    WIDE_SKIPPED_SHEET = "intake.wide_skipped_sheet"
    WIDE_REFUSED = "intake.wide_refused"
    WIDE_SUMMARY = "intake.wide_summary"
    WIDE_NEW_INDICATOR = "intake.wide_new_indicator"
    WIDE_DUPLICATE_ROW = "intake.wide_duplicate_row"
    WIDE_DUPLICATE_CONFLICT = "intake.wide_duplicate_conflict"
    WIDE_DUPLICATE_FIGURE = "intake.wide_duplicate_figure"
    ITEM_GROWTH = "intake.item_growth"
    WIDE_DETAIL_KEPT = "intake.wide_detail_kept"
    ITEM_ACTUAL = "intake.item_actual"
    ITEM_TARGET = "intake.item_target"
    ITEM_LAST_YEAR = "intake.item_last_year"
    ITEM_BASE = "intake.item_base"
    ITEM_INDICATOR = "intake.item_indicator"
    ITEM_NOTE = "intake.item_note"
    PLAN_ADDED = "intake.plan_added"
    PLAN_REPLACED = "intake.plan_replaced"
    PLAN_UPDATED = "intake.plan_updated"
    PLAN_UNCHANGED = "intake.plan_unchanged"
    PLAN_SKIPPED = "intake.plan_skipped"
    COL_SHEET = "intake.col_sheet"
    COL_ROW = "intake.col_row"
    COL_AS_WRITTEN = "intake.col_as_written"
    COL_ITEM = "intake.col_item"
    COL_REASON = "intake.col_reason"
    ROLE_NAME = "intake.role_name"
    ROLE_UNIT = "intake.role_unit"
    ROLE_NOTE = "intake.role_note"
    ROLE_ACTUAL = "intake.role_actual"
    ROLE_MONTH = "intake.role_month"
    ROLE_LAST_YEAR = "intake.role_last_year"
    ROLE_GROWTH = "intake.role_growth"
    ROLE_TARGET = "intake.role_target"
    ROLE_COMPLETION = "intake.role_completion"
    # --- comments in the data file ---
    COMMENT_WAS_AT = "intake.comment_was_at"
    COMMENT_WAS_AT_LINE_END = "intake.comment_was_at_line_end"


TEXTS: dict[IntakeWord, tuple[str, str]] = {
    IntakeWord.PERIOD_UNKNOWN_FORM: (
        "期间“{text}”无法识别；可写作：{forms}",
        "period {text!r} is not a year like 2019 or a month like 2019-06; accepted forms: {forms}",
    ),
    IntakeWord.PERIOD_BAD_MONTH: (
        "期间“{text}”中的月份{month}不在1–12之内；可写作2019-06或2019年1-6月",
        "month {month} in {text!r} is outside 1–12; give a period like 2019-06 or 2019年1-6月",
    ),
    IntakeWord.PERIOD_BAD_YEAR: (
        "年份{year}超出范围；请写作2019这样的年份",
        "year {year} is out of range; give a year like 2019",
    ),
    IntakeWord.PERIOD_BAD_QUARTER: (
        "期间“{text}”中的季度{quarter}不在一至四季度之内",
        "quarter {quarter} in {text!r} is outside 1–4",
    ),
    IntakeWord.PERIOD_NOT_FROM_JANUARY: (
        "期间“{text}”不是1月起的累计数（{start}-{end}月）；jctrack只记年度和1-N月累计，请写作1-{end}月",
        "period {text!r} does not run from January ({start}–{end}); jctrack keeps years and year-to-date months: write 1-{end}月",
    ),
    IntakeWord.PERIOD_SECOND_HALF: (
        "期间“{text}”（下半年）不是1月起的累计数；全年请写作2019年，1-12月累计请写作2019年1-12月",
        "period {text!r} (the second half) is not a year-to-date figure; write 2019年 for the year or 2019年1-12月",
    ),
    IntakeWord.COL_INDICATOR: ("指标", "indicator"),
    IntakeWord.COL_PERIOD: ("期间", "period"),
    IntakeWord.COL_TYPE: ("类型", "type"),
    IntakeWord.COL_VALUE: ("数值", "value"),
    IntakeWord.COL_UNIT: ("单位", "unit"),
    IntakeWord.COL_NOTE: ("备注", "note"),
    IntakeWord.COL_SOURCE: ("来源", "source"),
    IntakeWord.COL_STATED_GROWTH: ("所述增幅", "stated_growth"),
    IntakeWord.COL_BASE: ("可比基数", "base"),
    IntakeWord.COL_STATED_STATUS: ("所述完成情况", "stated_status"),
    IntakeWord.COL_ID: ("代码", "id"),
    IntakeWord.COL_NAME: ("名称", "name"),
    IntakeWord.COL_NAME_EN: ("英文名称", "name_en"),
    IntakeWord.COL_KIND: ("种类", "kind"),
    IntakeWord.COL_DIRECTION: ("方向", "direction"),
    IntakeWord.COL_ALIASES: ("别名", "aliases"),
    IntakeWord.COL_ALLOW_NEGATIVE: ("允许负值", "allow_negative"),
    IntakeWord.COL_GROWTH: ("增幅口径", "growth"),
    IntakeWord.COL_FREQUENCY: ("报送频率", "frequency"),
    IntakeWord.COL_SCHEDULE: ("序时进度口径", "schedule"),
    IntakeWord.COL_WARNING_AMBER: ("关注线", "warning_amber"),
    IntakeWord.COL_WARNING_RED: ("预警线", "warning_red"),
    IntakeWord.SETTING_TREND_THRESHOLD: ("增幅变化起报点", "trend_threshold"),
    IntakeWord.COL_OWNER: ("牵头单位", "owner"),
    IntakeWord.COL_CONTRIBUTORS: ("配合单位", "contributors"),
    IntakeWord.COL_PART_OF: ("所属总量", "part_of"),
    IntakeWord.COL_SETTING: ("设置", "setting"),
    IntakeWord.COL_SETTING_VALUE: ("设置值", "value"),
    IntakeWord.TYPE_ACTUAL: ("完成", "actual"),
    IntakeWord.TYPE_TARGET: ("目标", "target"),
    IntakeWord.STATUS_EXCEEDED: ("超额完成", "exceeded"),
    IntakeWord.STATUS_MET: ("完成", "met"),
    IntakeWord.STATUS_NOT_MET: ("未完成", "not_met"),
    IntakeWord.KIND_FLOW: ("流量", "flow"),
    IntakeWord.KIND_COUNT: ("计数", "count"),
    IntakeWord.KIND_RATIO: ("比重", "ratio"),
    IntakeWord.KIND_LEVEL: ("存量", "level"),
    IntakeWord.DIRECTION_UP: ("正向", "up"),
    IntakeWord.DIRECTION_DOWN: ("逆向", "down"),
    IntakeWord.YES: ("是", "true"),
    IntakeWord.SETTING_ENTITY: ("填报单位", "entity"),
    IntakeWord.SETTING_ROUNDING: ("修约规则", "rounding"),
    IntakeWord.SETTING_COMPILED_BY: ("编制单位", "compiled_by"),
    IntakeWord.GROWTH_COMPUTED: ("按数据计算", "computed"),
    IntakeWord.GROWTH_STATED: ("采用官方增幅", "stated"),
    IntakeWord.FREQUENCY_MONTHLY: ("月报", "monthly"),
    IntakeWord.FREQUENCY_QUARTERLY: ("季报", "quarterly"),
    IntakeWord.FREQUENCY_YEARLY: ("年报", "yearly"),
    IntakeWord.SCHEDULE_CALENDAR: ("按时间", "calendar"),
    IntakeWord.SCHEDULE_LAST_YEAR: ("按上年同期进度", "last-year"),
    IntakeWord.ROUNDING_HALF_UP: ("四舍五入", "half-up"),
    IntakeWord.ROUNDING_HALF_EVEN: ("四舍六入五成双", "half-even"),
    IntakeWord.SHEET_VALUES: ("数值", "values"),
    IntakeWord.SHEET_INDICATORS: ("指标", "indicators"),
    IntakeWord.SHEET_SETTINGS: ("设置", "settings"),
    IntakeWord.NO_HEADER_ROW: (
        "{where}：前面没有表头行{unknown}。数值表的表头应为 {values}（至少 {minimal}），指标定义表的表头应为 {definitions}；"
        "也可不要表头，每行只写 指标,期间,数值",
        "{where}: no header row before it{unknown}. A table of values is headed {values} (at least {minimal}), a table of "
        "indicator definitions {definitions}; or leave the header out and give only indicator,period,value on each row",
    ),
    IntakeWord.HEADER_NOT_KNOWN: (
        "{where}：表头无法识别{unknown}。数值表的表头应为 {values}（至少 {minimal}），指标定义表的表头应为 {definitions}",
        "{where}: the header is not one jctrack reads{unknown}. A table of values is headed {values} (at least {minimal}), "
        "a table of indicator definitions {definitions}",
    ),
    IntakeWord.HEADER_LACKS: (
        "{where}：表头缺少{missing}列{unknown}。数值表的表头应为 {values}（至少 {minimal}），指标定义表的表头应为 {definitions}",
        "{where}: the header has no {missing} column{unknown}. A table of values is headed {values} (at least {minimal}), "
        "a table of indicator definitions {definitions}",
    ),
    IntakeWord.HEADER_UNKNOWN_NAMES: ("（{names}不是可用的列名）", " ({names}: no column of that name)"),
    IntakeWord.ACTION_ADD: ("新增", "add"),
    IntakeWord.ACTION_REPLACE: ("替换", "replace"),
    IntakeWord.ACTION_UPDATE: ("补充", "update"),
    IntakeWord.ACTION_REMOVE: ("删除", "remove"),
    IntakeWord.ACTION_RENAME: ("改名", "rename"),
    IntakeWord.ACTION_ADD_INDICATOR: ("新增指标", "add indicator"),
    IntakeWord.ACTION_REMOVE_INDICATOR: ("删除指标", "remove indicator"),
    IntakeWord.ACTION_UNDO: ("撤销", "undo"),
    IntakeWord.TYPE_INDICATOR: ("指标", "indicator"),
    IntakeWord.COL_LATEST: ("最新数据期", "latest"),
    IntakeWord.COL_TARGETS: ("目标数", "targets"),
    IntakeWord.COL_ACTUALS: ("完成值数", "actuals"),
    IntakeWord.COL_INDEX: ("序号", "#"),
    IntakeWord.COL_AT: ("时间", "at"),
    IntakeWord.COL_ACTION: ("操作", "action"),
    IntakeWord.COL_OLD: ("原值", "old"),
    IntakeWord.COL_NEW: ("新值", "new"),
    IntakeWord.COL_DETAIL: ("说明", "detail"),
    IntakeWord.COL_UNDONE: ("已撤销", "undone"),
    IntakeWord.DETAIL_ID: ("代码 {old} → {new}", "id {old} → {new}"),
    IntakeWord.DETAIL_NAME: ("名称 {old} → {new}", "name {old} → {new}"),
    IntakeWord.DETAIL_VALUES: ("{count}个数值", "{count} value(s)"),
    IntakeWord.DETAIL_UNDOES: ("撤销第{index}条", "undoes #{index}"),
    IntakeWord.DETAIL_BATCH: ("批次{batch}", "batch {batch}"),
    IntakeWord.NOTHING_TO_RENAME: ("请给出新名称或新代码", "give a new name or a new id"),
    IntakeWord.BAD_ID: (
        "指标代码“{id}”须由小写英文字母、数字和下划线组成，并以字母开头（如 industrial_sales）",
        "indicator id {id!r} must be lower-case ASCII letters, digits and _, starting with a letter (e.g. industrial_sales)",
    ),
    IntakeWord.NAME_TAKEN: ("“{name}”已被指标{owner}使用；请另选", "{name!r} is already used by indicator {owner!r}; choose another"),
    IntakeWord.ID_IN_HISTORY: (
        "代码{id}仍见于已删除指标的修订记录，改用它会混淆历史；请另选代码",
        "id {id!r} is still named in the revisions of a removed indicator, so using it would confuse the history; choose another",
    ),
    IntakeWord.RENAMED: ("已将指标{old}改为{new}", "renamed indicator {old} to {new}"),
    IntakeWord.NAME_WITH_ID: ("{name}（{id}）", "{name} ({id})"),
    IntakeWord.OLD_NAME_KEPT: ("原名称“{name}”保留为别名", "the old name {name!r} is kept as an alias"),
    IntakeWord.OLD_NAME_NOT_KEPT: (
        "原名称“{name}”未保留为别名（{problem}）",
        "the old name {name!r} is not kept as an alias ({problem})",
    ),
    IntakeWord.NO_SUCH_VALUE: ("{name}没有{period}的{type}值；已有：{known}", "{name} has no {type} for {period}; it has: {known}"),
    IntakeWord.REMOVED_VALUE: (
        "已删除{name} {period} {type} {value} {unit}（记入修订记录，可用undo恢复）",
        "removed {name} {period} {type} {value} {unit} (kept in the revisions: undo restores it)",
    ),
    IntakeWord.HAS_VALUES: (
        "指标{name}还有{count}个数值；确要连同数值一起删除，请加 --with-values",
        "indicator {name} still has {count} value(s); to remove it with them, add --with-values",
    ),
    IntakeWord.REMOVED_INDICATOR: (
        "已删除指标{name}（{id}）及其{count}个数值（记入修订记录，可用undo恢复）",
        "removed indicator {name} ({id}) and its {count} value(s) (kept in the revisions: undo restores it)",
    ),
    IntakeWord.NOTHING_TO_UNDO: ("没有可撤销的更改", "there is no change to undo"),
    IntakeWord.UNDO_CONFLICT: (
        "无法撤销：{what}现在是{current}，不是该更改留下的{expected}（此后被手工改过）；数据文件未改动",
        "cannot undo: {what} is now {current}, not {expected} as the change left it (it was edited since); the data file is unchanged",
    ),
    IntakeWord.UNDO_MISSING: (
        "无法撤销：{what}已不在文件中（此后被手工改过）；数据文件未改动",
        "cannot undo: {what} is no longer in the file (it was edited since); the data file is unchanged",
    ),
    IntakeWord.UNDO_EXISTS: (
        "无法撤销：{what}又已存在；数据文件未改动",
        "cannot undo: {what} exists again; the data file is unchanged",
    ),
    IntakeWord.UNDO_INCOMPLETE: (
        "无法撤销第{index}条修订（{at}）：它写于能撤销之前，没有记下更改前的全部内容；请用 jctrack edit 手工恢复",
        "cannot undo revision #{index} ({at}): it was recorded before changes could be undone and lacks what was there "
        "before; restore it by hand with jctrack edit",
    ),
    IntakeWord.UNDO_INVALID: (
        "无法撤销第{index}条修订（{at}）：它记下的内容不能存入文件（{problem}）；数据文件未改动；请用 jctrack edit 改正这条修订",
        "cannot undo revision #{index} ({at}): what it recorded cannot be kept in the file ({problem}); the data file is unchanged; "
        "correct that revision with jctrack edit",
    ),
    IntakeWord.UNDONE: ("已撤销：{what}", "undone: {what}"),
    IntakeWord.ABSENT: ("（无）", "(nothing)"),
    IntakeWord.WIDE_AT_ROW: ("{sheet}第{row}行", "{sheet} row {row}"),
    IntakeWord.WIDE_NO_HEADER: (
        "{sheet}：找不到表头行；表头应有指标名称一列和“1-N月累计”“去年同期”“增长%”“年度目标”之类的数值列",
        "{sheet}: no header row found; it should have a column of indicator names (指标名称) and columns such as "
        "1-N月累计, 去年同期, 增长%, 年度目标",
    ),
    IntakeWord.WIDE_NO_NAME_COLUMN: ("{sheet}：表头中没有指标名称列", "{sheet}: the header has no column of indicator names"),
    IntakeWord.WIDE_NO_VALUE_COLUMN: (
        "{sheet}：表头中没有可导入的数值列（1-N月累计、去年同期、增长%、年度目标）",
        "{sheet}: the header has no column to import (1-N月累计, 去年同期, 增长%, 年度目标)",
    ),
    IntakeWord.WIDE_AMBIGUOUS: (
        "{sheet}：有几列都像是“{role}”：{columns}；请删去不用的列，或指定期间后再试",
        "{sheet}: several columns look like {role}: {columns}; delete the ones not meant, then try again",
    ),
    IntakeWord.WIDE_NO_PERIOD: (
        "{sheet}：标题和表头中都没有期间；请用 --period 指定期间，可写作：{forms}",
        "{sheet}: neither the title nor the header names a period; give it with --period, in one of the forms: {forms}",
    ),
    IntakeWord.WIDE_PERIOD_NEEDS_YEAR: (
        "{sheet}：表中的期间“{text}”没有年份；请加 --year 指定年份（如 --year 2019），或用 --period 给出整个期间",
        "{sheet}: the period {text!r} in the table has no year; give it with --year (e.g. --year 2019), or the whole period with --period",
    ),
    IntakeWord.WIDE_PERIOD_CONFLICT: (
        "{sheet}：标题写的是{found}年，指定的却是{given}年；请核对",
        "{sheet}: the title says {found} but {given} was given; check which is right",
    ),
    IntakeWord.WIDE_HEADER_PERIOD_CONFLICT: (
        "{sheet}：表的期间是“{said}”，而“{header}”列是另一期间；请核对表格，或用--period指定期间",
        "{sheet}: the table's period is {said!r}, but column {header!r} names another; check the table, or give --period",
    ),
    IntakeWord.WIDE_NO_TABLE: (
        "{name}中没有可导入的表：{reasons}",
        "{name} has no table to import: {reasons}",
    ),
    IntakeWord.WIDE_NOT_READABLE: (
        "{name}不是可读的表格文件（{reason}）；请在Excel或WPS中另存为.xlsx或.csv",
        "{name} is not a readable spreadsheet ({reason}); save it again from Excel or WPS as .xlsx or .csv",
    ),
    IntakeWord.WIDE_NO_FILE: ("{path}不存在", "{path} does not exist"),
    IntakeWord.WIDE_NO_SHEET: ("工作簿中没有名为“{sheet}”的工作表；有：{sheets}", "the workbook has no sheet '{sheet}'; it has: {sheets}"),
    IntakeWord.WIDE_FILE_KINDS: ("{name}：只能导入.xlsx、.csv、.tsv或.txt文件", "{name}: import reads .xlsx, .csv, .tsv or .txt files"),
    IntakeWord.WIDE_UNKNOWN_ROW: ("“{name}”不是文件中的指标；{closest}", "{name!r} is no indicator of the file; {closest}"),
    IntakeWord.WIDE_CLOSEST: ("最接近的是：{names}", "the closest: {names}"),
    IntakeWord.WIDE_NO_CLOSE: ("没有相近的名称（可用别名或新建指标）", "none is close (add it as an alias, or as a new indicator)"),
    IntakeWord.WIDE_NO_FIGURES: ("本行没有数值", "no figures on this row"),
    IntakeWord.WIDE_ERROR: ("{message}", "{message}"),
    IntakeWord.WIDE_BAD_NUMBER: ("{column}“{text}”不是数字", "{column} {text!r} is not a number"),
    IntakeWord.WIDE_MONTH_MISMATCH: (
        "{name}：本月{month}与累计之差{computed}不符（{period}累计{actual}减{previous}累计{before}）",
        "{name}: this month's {month} differs from the year-to-date difference {computed} ({period} {actual} less {previous} {before})",
    ),
    IntakeWord.WIDE_COMPLETION_MISMATCH: (
        "{name}：表中完成年度目标{stated}%，按累计{actual}与目标{target}算应为{computed}%",
        "{name}: the table's {stated}% of the year's target should read {computed}% ({actual} of {target})",
    ),
    IntakeWord.WIDE_GROWTH_MISMATCH: (
        "{name}：表中增幅{stated}，按表中累计{actual}与去年同期{base}算应为{computed}",
        "{name}: the table's growth {stated} should read {computed} ({actual} against {base})",
    ),
    IntakeWord.WIDE_UNIT_NOT_APPLIED: (
        "{name}：表的单位{unit}不适用于以{own}计的指标，按{own}读入",
        "{name}: the table's unit {unit} does not fit an indicator kept in {own}; read as {own}",
    ),
    IntakeWord.WIDE_LAST_YEAR_WITHOUT_ACTUAL: (
        "{name}：有去年同期{value}而没有累计数，未作为可比基数记入",
        "{name}: the same period last year ({value}) is given without this year's figure, so it is not kept as a base",
    ),
    IntakeWord.WIDE_UNUSED_COLUMN: ("{sheet}：未使用的列“{header}”", "{sheet}: column {header!r} is not used"),
    IntakeWord.WIDE_SKIPPED_SHEET: ("未导入工作表“{sheet}”：{reason}", "sheet {sheet!r} not imported: {reason}"),
    IntakeWord.WIDE_REFUSED: (
        "导入被拒绝：{count}行有误，未导入任何数据；数据文件未改动",
        "import refused: {count} bad row(s), nothing was imported; the data file is unchanged",
    ),
    IntakeWord.WIDE_SUMMARY: (
        "{period}：新增{added}、替换{replaced}、补充{updated}、不变{unchanged}、跳过{skipped}，新建指标{indicators}个",
        "{period}: {added} added, {replaced} replaced, {updated} updated, {unchanged} unchanged, {skipped} skipped, "
        "{indicators} new indicator(s)",
    ),
    IntakeWord.WIDE_NEW_INDICATOR: (
        "新建指标{id}（{name}，{unit}）；可用rename改代码",
        "new indicator {id} ({name}, {unit}); rename gives it a better id",
    ),
    IntakeWord.WIDE_DUPLICATE_ROW: ("与{other}重复", "the same indicator as {other}"),
    IntakeWord.WIDE_DUPLICATE_CONFLICT: (
        "{name}与{other}重复而数值不同（{figures}）；请删去错的一行后再导入",
        "{name} repeats {other} with other figures ({figures}); delete the wrong row, then import again",
    ),
    IntakeWord.WIDE_DUPLICATE_FIGURE: ("{item}{other}，前者为{one}", "{item} {other} against {one}"),
    IntakeWord.ITEM_GROWTH: ("增幅", "growth"),
    IntakeWord.WIDE_DETAIL_KEPT: ("已存的{fields}与表中不同，保留已存的", "the stored {fields} differs from the table's and is kept"),
    IntakeWord.ITEM_ACTUAL: ("完成", "actual"),
    IntakeWord.ITEM_TARGET: ("目标", "target"),
    IntakeWord.ITEM_LAST_YEAR: ("上年同期", "last year"),
    IntakeWord.ITEM_BASE: ("可比基数", "comparable base"),
    IntakeWord.ITEM_INDICATOR: ("指标", "indicator"),
    IntakeWord.ITEM_NOTE: ("备注", "note"),
    IntakeWord.PLAN_ADDED: ("新增", "add"),
    IntakeWord.PLAN_REPLACED: ("替换", "replace"),
    IntakeWord.PLAN_UPDATED: ("补充", "update"),
    IntakeWord.PLAN_UNCHANGED: ("不变", "unchanged"),
    IntakeWord.PLAN_SKIPPED: ("跳过", "skip"),
    IntakeWord.COL_SHEET: ("表", "sheet"),
    IntakeWord.COL_ROW: ("行", "row"),
    IntakeWord.COL_AS_WRITTEN: ("表中名称", "as written"),
    IntakeWord.COL_ITEM: ("项目", "item"),
    IntakeWord.COL_REASON: ("原因", "reason"),
    IntakeWord.ROLE_NAME: ("指标名称", "indicator name"),
    IntakeWord.ROLE_UNIT: ("单位", "unit"),
    IntakeWord.ROLE_NOTE: ("备注", "note"),
    IntakeWord.ROLE_ACTUAL: ("累计", "year to date"),
    IntakeWord.ROLE_MONTH: ("本月", "this month"),
    IntakeWord.ROLE_LAST_YEAR: ("去年同期", "same period last year"),
    IntakeWord.ROLE_GROWTH: ("增长%", "growth %"),
    IntakeWord.ROLE_TARGET: ("年度目标", "year's target"),
    IntakeWord.ROLE_COMPLETION: ("完成年度目标%", "% of the year's target"),
    IntakeWord.COMMENT_WAS_AT: (
        "# 以下注释原在 {path}（该项已不在文件中）",
        "# the comment below was at {path}, which is no longer in the file",
    ),
    IntakeWord.COMMENT_WAS_AT_LINE_END: (
        "# 以下注释原在 {path} 的行末（该项已不在文件中）",
        "# the comment below was at the end of the line of {path}, which is no longer in the file",
    ),
}
