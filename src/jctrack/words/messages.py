"""Messages on stderr: errors of the data file and of input, and what a command did."""

from __future__ import annotations

from enum import StrEnum


class Msg(StrEnum):
    # the boundary
    ERROR = "msg.error"
    INTERRUPTED = "msg.interrupted"
    USAGE = "msg.usage"
    OUTPUT_FAILED = "msg.output_failed"
    AT = "msg.at"
    WHERE_FILE = "msg.where.file"
    WHERE_ENTRY = "msg.where.entry"
    WHERE_VALUE = "msg.where.value"
    # what a value is called in a message
    VALUE = "msg.what.value"
    BASE = "msg.what.base"
    STATED_GROWTH = "msg.what.stated_growth"
    WARNING_LINE = "msg.what.warning_line"
    # periods
    PERIOD_FORM = "msg.period_form"
    YEAR_RANGE = "msg.year_range"
    MONTH_RANGE = "msg.month_range"
    TARGETS_ARE_YEARLY = "msg.targets_are_yearly"
    TARGET_YEAR = "msg.target_year"
    # indicators
    UNKNOWN_INDICATOR = "msg.unknown_indicator"
    SUGGEST_CLOSE = "msg.suggest_close"
    SUGGEST_EMPTY = "msg.suggest_empty"
    SUGGEST_STATUS = "msg.suggest_status"
    BAD_ID = "msg.bad_id"
    NAME_TAKEN = "msg.name_taken"
    NAME_EMPTY = "msg.name_empty"
    RATIO_UNIT = "msg.ratio_unit"
    ALIAS_EMPTY = "msg.alias_empty"
    ALIAS_SPACES = "msg.alias_spaces"
    ALIAS_SEPARATOR = "msg.alias_separator"
    ALIAS_IS_NAME = "msg.alias_is_name"
    ALIAS_TWICE = "msg.alias_twice"
    # stored text
    TEXT_TOO_LONG = "msg.text_too_long"
    TEXT_CONTROL = "msg.text_control"
    TEXT_NOT_UNICODE = "msg.text_not_unicode"
    FIELD_OF = "msg.field_of"
    FIELD_NAME = "msg.field.name"
    FIELD_NAME_EN = "msg.field.name_en"
    FIELD_ALIAS = "msg.field.alias"
    FIELD_OWNER = "msg.field.owner"
    FIELD_COMPILED_BY = "msg.field.compiled_by"
    FIELD_CONTRIBUTOR = "msg.field.contributor"
    FIELD_ENTITY = "msg.field.entity"
    FIELD_ID = "msg.field.id"
    FIELD_UNIT = "msg.field.unit"
    TEXT_EMPTY = "msg.text_empty"
    TEXT_SPACES = "msg.text_spaces"
    TEXT_SEPARATOR = "msg.text_separator"
    # values
    NOT_FINITE = "msg.not_finite"
    NEGATIVE = "msg.negative"
    NEGATIVE_THRESHOLD = "msg.negative_threshold"
    NOT_WHOLE = "msg.not_whole"
    OVER_100 = "msg.over_100"
    OUT_OF_BOUNDS = "msg.out_of_bounds"
    TOO_MANY_DIGITS = "msg.too_many_digits"
    TOO_MANY_PLACES = "msg.too_many_places"
    NOT_A_NUMBER = "msg.not_a_number"
    NOT_A_QUANTITY = "msg.not_a_quantity"
    UNKNOWN_UNIT = "msg.unknown_unit"
    BAD_UNIT = "msg.bad_unit"
    INEXACT_CONVERSION = "msg.inexact_conversion"
    UNKNOWN_UNIT_IN = "msg.unknown_unit_in"
    CANNOT_CONVERT = "msg.cannot_convert"
    STATED_STATUS_CHOICE = "msg.stated_status_choice"
    # the data file's structure
    MUST_BE_NUMBER = "msg.must_be_number"
    OUT_OF_RANGE_LITERAL = "msg.out_of_range_literal"
    NOT_FINITE_IN_FILE = "msg.not_finite_in_file"
    MUST_BE_STRING = "msg.must_be_string"
    MUST_BE_TABLE = "msg.must_be_table"
    MUST_BE_BOOL = "msg.must_be_bool"
    MUST_BE_STRINGS = "msg.must_be_strings"
    MUST_BE_WHOLE = "msg.must_be_whole"
    UNKNOWN_KEY = "msg.unknown_key"
    MISSING = "msg.missing"
    ONE_OF = "msg.one_of"
    YEAR_TWICE = "msg.year_twice"
    PERIOD_TWICE = "msg.period_twice"
    SCHEMA_VERSION = "msg.schema_version"
    INDICATORS_TABLE = "msg.indicators_table"
    REVISIONS_LIST = "msg.revisions_list"
    NOT_TOML = "msg.not_toml"
    HUGE_INTEGER = "msg.huge_integer"
    LINE = "msg.line"
    A_VALUE = "msg.a_value"
    TOO_DEEP = "msg.too_deep"
    # files and locks
    NO_FILE = "msg.no_file"
    IS_DIRECTORY = "msg.is_directory"
    CANNOT_READ = "msg.cannot_read"
    NOT_UTF8 = "msg.not_utf8"
    NOT_REGULAR = "msg.not_regular"
    KIND_FIFO = "msg.kind.fifo"
    KIND_DEVICE = "msg.kind.device"
    KIND_SOCKET = "msg.kind.socket"
    KIND_OTHER = "msg.kind.other"
    KIND_DIRECTORY = "msg.kind.directory"
    TOO_LARGE = "msg.too_large"
    OUTPUT_NOT_REGULAR = "msg.output_not_regular"
    LOCK_CREATE = "msg.lock_create"
    LOCK_HELD = "msg.lock_held"
    BAD_LOCK_TIMEOUT = "msg.bad_lock_timeout"
    READ_ONLY = "msg.read_only"
    CANNOT_WRITE_BESIDE = "msg.cannot_write_beside"
    CANNOT_WRITE = "msg.cannot_write"
    DISK_FULL = "msg.disk_full"
    EXISTS = "msg.exists"
    EDIT_NOT_UTF8 = "msg.edit_not_utf8"
    EDIT_INVALID = "msg.edit_invalid"
    EDIT_KEPT = "msg.edit_kept"
    EDIT_COPY_GONE = "msg.edit_copy_gone"
    EDIT_EMPTY = "msg.edit_empty"
    CHANGED_MEANWHILE = "msg.changed_meanwhile"
    OUTPUT_IS_DATA = "msg.output_is_data"
    EDIT_UNCHANGED = "msg.edit_unchanged"
    EDIT_SAVED = "msg.edit_saved"
    NO_EDITOR = "msg.no_editor"
    EDITOR_NOT_FOUND = "msg.editor_not_found"
    EDITOR_FAILED = "msg.editor_failed"
    # what a command did
    CREATED = "msg.created"
    INDICATOR_ADDED = "msg.indicator_added"
    WOULD_ADD_INDICATOR = "msg.would_add_indicator"
    ACTUAL = "msg.type.actual"
    TARGET = "msg.type.target"
    ALREADY = "msg.already"
    UNCHANGED = "msg.unchanged"
    UNCHANGED_KEPT = "msg.unchanged_kept"
    UPDATED_KEPT = "msg.updated_kept"
    DETAIL_DIFFERS = "msg.detail_differs"
    DETAIL_PAIR = "msg.detail_pair"
    ADDED = "msg.added"
    WOULD_ADD = "msg.would_add"
    UPDATED = "msg.updated"
    WOULD_UPDATE = "msg.would_update"
    REPLACED = "msg.replaced"
    WOULD_REPLACE = "msg.would_replace"
    FIELD_VALUE = "msg.field.value"
    FIELD_NOTE = "msg.field.note"
    FIELD_SOURCE = "msg.field.source"
    FIELD_STATED_GROWTH = "msg.field.stated_growth"
    FIELD_BASE = "msg.field.base"
    FIELD_STATED_STATUS = "msg.field.stated_status"
    # status, report, check
    YEAR_OR_PERIOD = "msg.year_or_period"
    BAD_TODAY = "msg.bad_today"
    FUTURE_PERIOD = "msg.future_period"
    YTD_FALLS = "msg.ytd_falls"
    YTD_ABOVE_LATER = "msg.ytd_above_later"
    IMPLAUSIBLE = "msg.implausible"
    IMPLAUSIBLE_LOW = "msg.implausible_low"
    NO_FIGURES = "msg.no_figures"
    LATER_PARTIAL = "msg.later_partial"
    ALERT_INCOMPLETE = "msg.alert_incomplete"
    ALERT_RED = "msg.alert_red"
    ALERT_AMBER = "msg.alert_amber"
    NO_MONTHS = "msg.no_months"
    WARNING = "msg.warning"
    EMPTY_FILE = "msg.empty_file"
    ALERT = "msg.alert"
    ALERT_BEHIND = "msg.alert_behind"
    ALERT_NOT_MET = "msg.alert_not_met"
    CHECK_PASSED = "msg.check_passed"
    CHECK_PASSED_NOTHING_STATED = "msg.check_passed_nothing_stated"
    CHECK_PASSED_SOME_UNVERIFIABLE = "msg.check_passed_some_unverifiable"
    CHECK_FAILED = "msg.check_failed"
    HTML_NEEDS_MONTHLY = "msg.html_needs_monthly"
    CHECK_FAILED_RATES = "msg.check_failed_rates"
    CHECK_FAILED_PROBLEMS = "msg.check_failed_problems"
    CHECK_DISAGREES = "msg.check_disagrees"
    CHECK_FAILED_DETAILS = "msg.check_failed_details"
    CHECK_FALLS = "msg.check_falls"
    CHECK_YEAR_DIFFERS = "msg.check_year_differs"
    CHECK_PARTS_EXCEED = "msg.check_parts_exceed"
    CHECK_NO_TOTAL = "msg.check_no_total"
    BINARY_NEEDS_FILE = "msg.binary_needs_file"
    WROTE = "msg.wrote"
    FORMAT_FROM_SUFFIX = "msg.format_from_suffix"
    FORMAT_NOT_OFFERED = "msg.format_not_offered"
    # import and export
    MISSING_MODULE = "msg.missing_module"
    NO_ROWS = "msg.no_rows"
    IMPORT_REFUSED = "msg.import_refused"
    IMPORT_DONE = "msg.import_done"
    IMPORT_DRY_RUN = "msg.import_dry_run"
    IMPORT_COUNTS = "msg.import_counts"
    INDICATOR_DIFFERS = "msg.indicator_differs"
    INDICATOR_EMPTY = "msg.indicator_empty"
    TYPE_CHOICE = "msg.type_choice"
    NO_HEADER = "msg.no_header"
    ROW_LINE = "msg.row_line"
    ROW_SHEET = "msg.row_sheet"
    NOT_XLSX = "msg.not_xlsx"
    XLSX_UNPACKS_TOO_LARGE = "msg.xlsx_unpacks_too_large"
    SHEET_TOO_LARGE = "msg.sheet_too_large"
    NOT_FOUND = "msg.not_found"
    IMPORT_SUFFIX = "msg.import_suffix"
    CSV_BARE_LINE_BREAK = "msg.csv_bare_line_break"
    CSV_CELL_TOO_LONG = "msg.csv_cell_too_long"
    CSV_MALFORMED = "msg.csv_malformed"
    NOT_TEXT = "msg.not_text"
    SETTING_UNKNOWN = "msg.setting_unknown"
    SETTING_DIFFERS = "msg.setting_differs"
    SETTING_TWICE = "msg.setting_twice"
    SETTING_TAKEN = "msg.setting_taken"
    WOULD_TAKE_SETTING = "msg.would_take_setting"
    # extract
    UNMATCHED_FIGURES = "msg.unmatched_figures"
    IMPORT_PLAN_TITLE = "msg.import_plan_title"
    DRY_RUN_PREFIX = "msg.dry_run_prefix"
    INDICATORS_TITLE = "msg.indicators_title"
    REVISIONS_TITLE = "msg.revisions_title"
    NOTHING_NEW = "msg.nothing_new"


TEXTS: dict[Msg, tuple[str, str]] = {
    Msg.ERROR: ("错误：{message}", "error: {message}"),
    Msg.INTERRUPTED: ("已中断；数据文件未改动", "interrupted; the data file is unchanged"),
    Msg.USAGE: ("用法有误：{message}；请看 {command} --help", "usage: {message}; see {command} --help"),
    Msg.OUTPUT_FAILED: (
        "无法写出结果：{reason}；请检查输出去向（磁盘、管道或重定向的文件）",
        "cannot write the output: {reason}; check where it goes (the disk, a pipe or a redirected file)",
    ),
    Msg.AT: ("{where}：{problem}", "{where}: {problem}"),
    Msg.WHERE_FILE: ("文件", "the file"),
    Msg.WHERE_ENTRY: ("该值", "the entry"),
    Msg.WHERE_VALUE: ("该值", "the value"),
    Msg.VALUE: ("数值", "value"),
    Msg.BASE: ("基数", "base"),
    Msg.STATED_GROWTH: ("所述增幅", "stated growth"),
    Msg.WARNING_LINE: ("预警阈值", "warning threshold"),
    Msg.PERIOD_FORM: (
        "期间“{text}”应写成年份（如 2019）或月份（如 2019-06）",
        "period '{text}' is not a year like 2019 or a month like 2019-06",
    ),
    Msg.YEAR_RANGE: ("年份 {year} 超出范围；请写成 2019 这样的年份", "year {year} is out of range; give a year like 2019"),
    Msg.MONTH_RANGE: (
        "“{text}”中的月份 {month} 不在 1–12 之间；请写成 {year}-06 这样",
        "month {month} in '{text}' is outside 1–12; give a period like {year}-06",
    ),
    Msg.TARGETS_ARE_YEARLY: ("目标按年设定；请写年份，如 {year}", "targets are yearly; use a year like {year}"),
    Msg.TARGET_YEAR: ("目标按年设定：请写年份，如 {year}，而不是 {text}", "targets are yearly: give a year like {year}, not {text}"),
    Msg.UNKNOWN_INDICATOR: ("没有指标“{reference}”；{suggestion}", "unknown indicator '{reference}'; {suggestion}"),
    Msg.SUGGEST_CLOSE: ("是否指 {names}？", "did you mean {names}?"),
    Msg.SUGGEST_EMPTY: (
        "文件中还没有指标：请用 `jctrack add-indicator` 添加",
        "the file has no indicators yet: add one with `jctrack add-indicator`",
    ),
    Msg.SUGGEST_STATUS: ("文件中的指标见 `jctrack status`", "see `jctrack status` for the indicators in the file"),
    Msg.BAD_ID: (
        "指标代码“{id}”只能由小写英文字母、数字和 _ 组成，并以字母开头（如 industrial_sales）",
        "indicator id '{id}' must be lower-case ASCII letters, digits and _, starting with a letter (e.g. industrial_sales)",
    ),
    Msg.NAME_TAKEN: ("“{name}”已被指标 {other} 使用；请另取一个", "'{name}' is already used by indicator '{other}'; choose another"),
    Msg.NAME_EMPTY: ("名称为空；请填写指标的中文名称", "name is empty; give the indicator's Chinese name"),
    Msg.RATIO_UNIT: ("比重类指标以 % 计，不能用 {unit}", "a ratio indicator is kept in %, not {unit}"),
    Msg.ALIAS_EMPTY: ("指标 {id} 有一个空别名；请删去", "indicator {id} has an empty alias; remove it"),
    Msg.ALIAS_SPACES: (
        "指标 {id} 的别名“{alias}”首尾有空格；请删去空格",
        "alias '{alias}' of indicator {id} begins or ends with a space; remove it",
    ),
    Msg.ALIAS_SEPARATOR: (
        "指标 {id} 的别名“{alias}”含有 {separator}，而导出文件用 {separator} 分隔别名；请改用其他符号",
        "alias '{alias}' of indicator {id} contains {separator}, which separates aliases in an export; use another character",
    ),
    Msg.ALIAS_IS_NAME: (
        "别名“{alias}”与指标 {id} 的名称或代码相同；请删去该别名",
        "alias '{alias}' is the name or the id of indicator {id} itself; remove it",
    ),
    Msg.ALIAS_TWICE: ("别名“{alias}”在指标 {id} 中出现两次；请保留一个", "alias '{alias}' is given twice for indicator {id}; keep one"),
    Msg.TEXT_TOO_LONG: (
        "{what}长{length}个字符，超过上限{limit}；请缩短",
        "{what} is {length} characters long, over the limit of {limit}; shorten it",
    ),
    Msg.TEXT_CONTROL: (
        "{what}含有控制字符 {char}（如换行、制表符、ESC 或文字方向控制符），不能保存；请删去",
        "{what} contains the control character {char} (a line break, tab, ESC or text-direction control), which cannot be kept; remove it",
    ),
    Msg.TEXT_NOT_UNICODE: (
        "{what}含有 {char}，它不是字符（多半是不属于 UTF-8 的字节）；请重新输入",
        "{what} contains {char}, which is no character (most likely a byte that is not UTF-8); type it again",
    ),
    Msg.FIELD_OF: ("{key} 的{field}", "{field} of {key}"),
    Msg.FIELD_NAME: ("名称", "name"),
    Msg.FIELD_NAME_EN: ("英文名称", "English name"),
    Msg.FIELD_ALIAS: ("别名", "alias"),
    Msg.FIELD_OWNER: ("牵头单位", "lead department"),
    Msg.FIELD_COMPILED_BY: ("编制单位", "compiling office"),
    Msg.FIELD_CONTRIBUTOR: ("配合单位", "contributing department"),
    Msg.FIELD_ENTITY: ("单位名称（entity）", "entity"),
    Msg.FIELD_ID: ("指标代码", "indicator id"),
    Msg.FIELD_UNIT: ("单位", "unit"),
    Msg.TEXT_EMPTY: ("{what}为空；请填写或删去", "{what} is empty; fill it in or remove it"),
    Msg.TEXT_SPACES: ("{what}“{text}”首尾有空格；请删去空格", "{what} '{text}' begins or ends with a space; remove it"),
    Msg.TEXT_SEPARATOR: (
        "{what}“{text}”含有 {separator}，而导出文件用 {separator} 分隔各配合单位；请改用其他符号",
        "{what} '{text}' contains {separator}, which separates contributing departments in an export; use another character",
    ),
    Msg.NOT_FINITE: ("{what} {value} 不是有限的数", "{what} {value} is not a finite number"),
    Msg.NEGATIVE_THRESHOLD: (
        "{where} 为 {found}，不能为负；请设为 0 或以上的百分点数（如 0.1）",
        "{where} is {found}, which cannot be negative; set 0 or more percentage points (e.g. 0.1)",
    ),
    Msg.NEGATIVE: (
        "{what} {value} 为负数，而“{name}”不能为负；如确实可以为负，请在该指标中设 allow_negative = true",
        "{what} {value} is negative, which {name} cannot be; if it really can, set allow_negative = true on the indicator",
    ),
    Msg.NOT_WHOLE: ("{what} {value} 不是整数，而“{name}”以“{unit}”计数", "{what} {value} is not a whole number, but {name} counts {unit}"),
    Msg.OVER_100: ("{what} {value} 超过 100，而“{name}”是百分比", "{what} {value} is over 100, but {name} is a share in %"),
    Msg.OUT_OF_BOUNDS: (
        "{what} {value} {problem}；jctrack 最多保存小数点前 20 位、小数点后 15 位",
        "{what} {value} {problem}; jctrack keeps at most 20 digits before the point and 15 after",
    ),
    Msg.TOO_MANY_DIGITS: ("小数点前超过 20 位", "has more than 20 digits before the decimal point"),
    Msg.TOO_MANY_PLACES: ("小数点后超过 15 位", "has more than 15 decimal places"),
    Msg.NOT_A_NUMBER: (
        "{what}“{text}”不是数字；请写成 201、4.1 或 1,392,476 这样",
        "{what} '{text}' is not a number; write it like 201, 4.1 or 1,392,476",
    ),
    Msg.NOT_A_QUANTITY: (
        "{what}“{text}”不是数字；请写成 201、4.1 或 4800万元 这样",
        "{what} '{text}' is not a number; write it like 201, 4.1 or 4800万元",
    ),
    Msg.UNKNOWN_UNIT: ("未知单位“{unit}”；可用单位：{units}", "unknown unit '{unit}'; use one of: {units}"),
    Msg.BAD_UNIT: (
        "“{unit}”不能作单位：单位是一个词（可带 万、亿 等量级），如 {units}",
        "'{unit}' cannot be a unit: a unit is one word, with a magnitude such as 万 or 亿 if any, e.g. {units}",
    ),
    Msg.INEXACT_CONVERSION: (
        "“{text}”换算为 {target} 不是有限小数；请直接以 {target} 给出",
        "'{text}' in {target} is not a finite decimal; give it in {target}",
    ),
    Msg.UNKNOWN_UNIT_IN: ("“{text}”中的单位“{unit}”未知；可用单位：{units}", "unknown unit '{unit}' in '{text}'; use one of: {units}"),
    Msg.CANNOT_CONVERT: (
        "{unit} 无法换算为 {target}：请以 {target} 给出{what}",
        "cannot convert {unit} into {target}: give the {what} in {target}",
    ),
    Msg.STATED_STATUS_CHOICE: ("所述完成情况“{found}”应为 {choices} 之一", "stated status '{found}' must be one of {choices}"),
    Msg.MUST_BE_NUMBER: ("{where} 应为数值，而不是 {found}", "{where} must be a number, not {found}"),
    Msg.OUT_OF_RANGE_LITERAL: (
        "{where} 为 {found}，{problem}；jctrack 最多保存小数点前 20 位、小数点后 15 位",
        "{where} is {found}, which {problem}; jctrack keeps at most 20 digits before the point and 15 after",
    ),
    Msg.NOT_FINITE_IN_FILE: ("{where} 为 {found}；请给出有限的数", "{where} is {found}; give a finite number"),
    Msg.MUST_BE_STRING: ("{where} 应为带引号的字符串，而不是 {found}", "{where} must be a string in quotes, not {found}"),
    Msg.MUST_BE_TABLE: ("{where} 应为表，而不是 {found}", "{where} must be a table, not {found}"),
    Msg.MUST_BE_BOOL: ("{where} 应为 true 或 false", "{where} must be true or false"),
    Msg.MUST_BE_STRINGS: ("{where} 应为字符串列表", "{where} must be a list of strings"),
    Msg.MUST_BE_WHOLE: ("{where} 应为非负整数，而不是 {found}", "{where} must be a whole number, not {found}"),
    Msg.UNKNOWN_KEY: ("{where}：未知的键“{key}”；可用的键为 {allowed}", "{where}: unknown key '{key}'; allowed keys are {allowed}"),
    Msg.MISSING: ("缺少 {key}", "{key} is missing"),
    Msg.ONE_OF: ("{where} 为“{found}”；应为 {choices} 之一", "{where} is '{found}'; use one of {choices}"),
    Msg.YEAR_TWICE: ("{year} 年出现两次；请保留一个", "year {year} is given twice; keep one"),
    Msg.PERIOD_TWICE: ("期间 {period} 出现两次；请保留一个", "period {period} is given twice; keep one"),
    Msg.SCHEMA_VERSION: (
        "schema_version 为 {found}，而本 jctrack 读取第{version}版；请设 schema_version = {version}，或使用写入该文件的 jctrack",
        "schema_version is {found}, but this jctrack reads version {version}; "
        "set schema_version = {version} or use the jctrack that wrote the file",
    ),
    Msg.INDICATORS_TABLE: ("indicators 应为若干 [indicators.代码] 表", "indicators must be a table of [indicators.ID] tables"),
    Msg.REVISIONS_LIST: ("revisions 应为列表", "revisions must be a list"),
    Msg.NOT_TOML: (
        "{name} 不是有效的 TOML：{detail}；请改正该行，或从 git 恢复文件",
        "{name} is not valid TOML: {detail}; fix that line or restore the file from git",
    ),
    Msg.HUGE_INTEGER: ("{name}：{line} 的整数过长，无法读取；请改正该行", "{name}: {line} has an integer too long to read; fix that line"),
    Msg.LINE: ("第{line}行（{key}）", "line {line} ({key})"),
    Msg.A_VALUE: ("某个值", "a value"),
    Msg.TOO_DEEP: (
        "{name} 中数组或表嵌套过深，不是数据文件；请改正，或从 git 恢复",
        "{name} nests arrays or tables too deeply for a data file; fix it or restore it from git",
    ),
    Msg.NO_FILE: (
        "{path} 不存在；请用 `jctrack init` 创建，或用 --file 或 JCTRACK_FILE 指定文件",
        "{path} does not exist; create it with `jctrack init`, or choose a file with --file or JCTRACK_FILE",
    ),
    Msg.IS_DIRECTORY: ("{path} 是文件夹；请给出 .toml 数据文件的路径", "{path} is a directory; give the path of a .toml data file"),
    Msg.CANNOT_READ: ("无法读取 {path}：{reason}", "cannot read {path}: {reason}"),
    Msg.NOT_UTF8: ("{path} 不是 UTF-8 文本（第{byte}字节）；请另存为 UTF-8", "{path} is not UTF-8 text (byte {byte}); save it as UTF-8"),
    Msg.NOT_REGULAR: (
        "{path} 是{kind}，不是普通文件；请给出文件的路径",
        "{path} is {kind}, not a regular file; give the path of a file",
    ),
    Msg.KIND_FIFO: ("命名管道", "a named pipe"),
    Msg.KIND_DEVICE: ("设备", "a device"),
    Msg.KIND_SOCKET: ("套接字", "a socket"),
    Msg.KIND_OTHER: ("特殊文件", "a special file"),
    Msg.KIND_DIRECTORY: ("文件夹", "a directory"),
    Msg.TOO_LARGE: (
        "{path} 有 {size} MB，超过上限 {limit} MB；请检查是否选错了文件",
        "{path} is {size} MB, over the limit of {limit} MB; check that it is the right file",
    ),
    Msg.OUTPUT_NOT_REGULAR: (
        "{path} 是{kind}，不是普通文件；请把输出写到文件，或用 --output - 写到标准输出",
        "{path} is {kind}, not a regular file; write the output to a file, or to standard output with --output -",
    ),
    Msg.LOCK_CREATE: (
        "无法创建锁文件 {lock}：{reason}；请检查文件夹权限",
        "cannot create the lock file {lock}: {reason}; check the folder's permissions",
    ),
    Msg.LOCK_HELD: (
        "{lock} 被另一进程占用（已等待 {seconds} 秒）；请待其结束后再试，或用 `fuser` 查看是哪个进程",
        "{lock} is held by another process (waited {seconds} s); try again when it has finished, "
        "or find the process with `fuser` on that file",
    ),
    Msg.BAD_LOCK_TIMEOUT: (
        "JCTRACK_LOCK_TIMEOUT 为“{value}”；请设为 0 到 {limit} 之间的秒数",
        "JCTRACK_LOCK_TIMEOUT is '{value}'; set it to a number of seconds from 0 to {limit}",
    ),
    Msg.READ_ONLY: ("{path} 为只读；如需修改，请设为可写（chmod u+w）", "{path} is read-only; make it writable (chmod u+w) to change it"),
    Msg.CANNOT_WRITE_BESIDE: ("无法在 {path} 旁写入：{reason}；文件未改动", "cannot write beside {path}: {reason}; the file is unchanged"),
    Msg.CANNOT_WRITE: ("无法写入 {path}：{reason}；文件未改动", "cannot write {path}: {reason}; the file is unchanged"),
    Msg.DISK_FULL: ("磁盘已满", "the disk is full"),
    Msg.EXISTS: (
        "{path} 已存在，保持原样（请编辑它，或用 --file 另选文件）",
        "{path} already exists; it is left as it is (edit it, or choose another --file)",
    ),
    Msg.EDIT_NOT_UTF8: ("编辑后的文件不是 UTF-8 文本；{kept}", "the edited file is not UTF-8 text; {kept}"),
    Msg.EDIT_INVALID: ("{problem} — {kept}", "{problem} — {kept}"),
    Msg.EDIT_KEPT: ("未保存任何内容；你的编辑保存在 {copy}", "nothing was saved; your edit is kept in {copy}"),
    Msg.EDIT_COPY_GONE: (
        "编辑器删除或替换了副本 {copy}；未保存任何内容，数据文件未改动",
        "the editor removed or replaced its copy {copy}; nothing was saved and the data file is unchanged",
    ),
    Msg.EDIT_EMPTY: (
        "编辑后的副本为空（磁盘已满？）；未保存任何内容，数据文件未改动",
        "the edited copy is empty (is the disk full?); nothing was saved and the data file is unchanged",
    ),
    Msg.CHANGED_MEANWHILE: (
        "{path} 在本命令运行期间被其他程序改动（其锁文件可能被删除了）；为免丢失那次改动，本次未写入，请重新执行",
        "{path} was changed by another program while this command ran (was its lock file deleted?); "
        "nothing was written, so that change is not lost: run the command again",
    ),
    Msg.OUTPUT_IS_DATA: (
        "{path} 是数据文件或其锁文件；请把输出写到别的文件",
        "{path} is the data file or its lock; write the output to another file",
    ),
    Msg.EDIT_UNCHANGED: ("{path}：无改动", "{path}: no changes"),
    Msg.EDIT_SAVED: ("{path}：已保存", "{path}: saved"),
    Msg.NO_EDITOR: (
        "没有编辑器：请设置 EDITOR（如 EDITOR=nano）后再用 `jctrack edit`",
        "no editor: set EDITOR (e.g. EDITOR=nano) to use `jctrack edit`",
    ),
    Msg.EDITOR_NOT_FOUND: (
        "找不到编辑器“{editor}”；请将 EDITOR 设为已安装的编辑器",
        "the editor '{editor}' was not found; set EDITOR to one that is installed",
    ),
    Msg.EDITOR_FAILED: (
        "编辑器“{editor}”以状态 {status} 退出；未保存任何内容",
        "the editor '{editor}' exited with status {status}; nothing was saved",
    ),
    Msg.CREATED: ("已创建 {path}", "created {path}"),
    Msg.INDICATOR_ADDED: ("已添加指标 {id}（{name}，{unit}）", "added indicator {id} ({name}, {unit})"),
    Msg.WOULD_ADD_INDICATOR: ("将添加指标 {id}（{name}，{unit}）", "would add indicator {id} ({name}, {unit})"),
    Msg.ACTUAL: ("完成值", "actual"),
    Msg.TARGET: ("目标", "target"),
    Msg.ALREADY: (
        "{name} {period} {type}已是 {old} {unit}；如要改为 {new}，请加 --replace（旧值记入文件的 revisions）",
        "{name} {period} {type} is already {old} {unit}; add --replace to change it to {new} "
        "(the old value is kept in the file's revisions)",
    ),
    Msg.UNCHANGED: (
        "{name} {period} {type}已是 {value} {unit}；未作改动",
        "{name} {period} {type} is already {value} {unit}; nothing changed",
    ),
    Msg.UNCHANGED_KEPT: (
        "{name} {period} {type}已是 {value} {unit}；未作改动（已存的{fields}与给出的不同，予以保留；如要修改，请加 --replace）",
        "{name} {period} {type} is already {value} {unit}; nothing changed "
        "(the stored {fields} differs from the one given and is kept; add --replace to change it)",
    ),
    Msg.ADDED: ("已添加 {name} {period} {type} = {value} {unit}", "added {name} {period} {type} = {value} {unit}"),
    Msg.WOULD_ADD: ("将添加 {name} {period} {type} = {value} {unit}", "would add {name} {period} {type} = {value} {unit}"),
    Msg.UPDATED_KEPT: (
        "{updated}（已存的{fields}与给出的不同，予以保留；如要修改，请加 --replace）",
        "{updated} (the stored {fields} differs from the one given and is kept; add --replace to change it)",
    ),
    Msg.DETAIL_DIFFERS: (
        "{name} {period} {type}已是 {value} {unit}，但{details}；未作改动。"
        "如要改为给出的，请加 --replace（只改给出的字段，旧值记入文件的 revisions）",
        "{name} {period} {type} is already {value} {unit}, but {details}; nothing changed. To change it to what was given, "
        "add --replace (only the fields given change; the old ones are kept in the file's revisions)",
    ),
    Msg.DETAIL_PAIR: ("已存的{field}为“{old}”，给出的是“{new}”", "the stored {field} is '{old}' and the one given '{new}'"),
    Msg.UPDATED: ("已为 {name} {period} {type} {value} {unit} 补充{fields}", "added {fields} to {name} {period} {type} {value} {unit}"),
    Msg.WOULD_UPDATE: (
        "将为 {name} {period} {type} {value} {unit} 补充{fields}",
        "would add {fields} to {name} {period} {type} {value} {unit}",
    ),
    Msg.REPLACED: ("已替换 {name} {period} {type}：{old} → {new} {unit}", "replaced {name} {period} {type}: {old} → {new} {unit}"),
    Msg.WOULD_REPLACE: (
        "将替换 {name} {period} {type}：{old} → {new} {unit}",
        "would replace {name} {period} {type}: {old} → {new} {unit}",
    ),
    Msg.FIELD_VALUE: ("数值", "value"),
    Msg.FIELD_NOTE: ("备注", "note"),
    Msg.FIELD_SOURCE: ("来源", "source"),
    Msg.FIELD_STATED_GROWTH: ("所述增幅", "stated growth"),
    Msg.FIELD_BASE: ("可比基数", "base"),
    Msg.FIELD_STATED_STATUS: ("所述完成情况", "stated status"),
    Msg.BAD_TODAY: ("JCTRACK_TODAY 为“{value}”；请写成 2019-11-05 这样的日期", "JCTRACK_TODAY is '{value}'; write a date like 2019-11-05"),
    Msg.FUTURE_PERIOD: (
        "期间 {period} 尚未开始（今天是 {today}）；完成值只能录入到本月为止",
        "period {period} has not begun (today is {today}); actuals can be entered up to the current month",
    ),
    Msg.YTD_FALLS: (
        "{name} {year}年{months}累计 {value} 低于 {earlier_months}的 {earlier}；是否录入了当月数而非累计数？"
        "请录入 {months}累计数；如确实如此，请加 --force",
        "{name} year-to-date {value} ({months} {year}) is below {earlier} ({earlier_months}): was the month's own "
        "figure typed instead of the year-to-date one? Enter the year-to-date figure, or add --force if it is right",
    ),
    Msg.YTD_ABOVE_LATER: (
        "{name} {year}年{months}累计 {value} 高于已录入的 {later_months}累计 {later}；累计数不会回落，请核对；如确实如此，请加 --force",
        "{name} year-to-date {value} ({months} {year}) is above {later} already stored ({later_months}); "
        "a year-to-date figure does not fall: check it, or add --force if it is right",
    ),
    Msg.IMPLAUSIBLE: (
        "{name}{period}为{value}{unit}，是上年同期{last}{unit}的五倍以上，请核对单位和数值",
        "{name} {period} is {value} {unit}, more than five times {last} {unit} a year before: check the unit and the figure",
    ),
    Msg.IMPLAUSIBLE_LOW: (
        "{name}{period}为{value}{unit}，不足上年同期{last}{unit}的五分之一，请核对单位和数值",
        "{name} {period} is {value} {unit}, less than a fifth of {last} {unit} a year before: check the unit and the figure",
    ),
    Msg.WARNING: ("注意：{message}", "warning: {message}"),
    Msg.NO_FIGURES: (
        "{period} 没有任何完成值或目标；请选有数据的期间",
        "{period} has no actual or target at all; choose a period with data",
    ),
    Msg.LATER_PARTIAL: (
        "{later} 只报送了部分指标，默认显示已报齐的 {shown}；查看 {later} 请加 --period {later_key}",
        "{later} is only partly filled; showing {shown}, the latest complete period; add --period {later_key} to see {later}",
    ),
    Msg.ALERT_RED: ("处于预警（红色）", "at red"),
    Msg.ALERT_AMBER: ("处于关注（黄色）或预警（红色）", "at amber or red"),
    Msg.NO_MONTHS: (
        "{name}没有月度累计数；去掉 --monthly 查看历年情况",
        "{name} has no year-to-date months; leave out --monthly to see its years",
    ),
    Msg.ALERT_INCOMPLETE: (
        "提示：{period}有{count}项指标尚未报送：{names}",
        "alert: {count} indicator(s) not yet reported for {period}: {names}",
    ),
    Msg.YEAR_OR_PERIOD: ("请给出 --year 或 --period，不要同时给出", "give --year or --period, not both"),
    Msg.EMPTY_FILE: (
        "文件中还没有目标或完成值；请用 `jctrack set-target` 和 `jctrack add-actual` 添加",
        "the file has no targets or actuals yet; add them with `jctrack set-target` and `jctrack add-actual`",
    ),
    Msg.ALERT: ("预警：{period}有{count}项指标{condition}：{names}", "alert: {count} indicator(s) {condition} in {period}: {names}"),
    Msg.ALERT_BEHIND: ("落后序时进度或未完成目标", "behind schedule or short of target"),
    Msg.ALERT_NOT_MET: ("未完成目标", "short of target"),
    Msg.HTML_NEEDS_MONTHLY: ("HTML 只用于 --monthly（逐月走势图）", "html is for --monthly (the months as a line chart)"),
    Msg.CHECK_PASSED: ("核对通过：比较了{count}个所述增幅，没有问题", "check passed: {count} stated rates compared, no problems"),
    Msg.CHECK_PASSED_NOTHING_STATED: ("核对通过：文件中没有所述增幅需要核对", "check passed: the file states no rate to compare"),
    Msg.CHECK_PASSED_SOME_UNVERIFIABLE: (
        "核对通过：{count}个所述增幅中{compared}个与复算一致，{unverifiable}个缺比较的基数、无法复算",
        "check passed: of {count} stated rates, {compared} agree with the recomputed ones and {unverifiable} cannot be "
        "recomputed for want of the figure they compare with",
    ),
    Msg.CHECK_FAILED: (
        "核对未通过：{disagreeing}个所述增幅与复算不一致，另有{problems}个问题",
        "check failed: {disagreeing} stated rate(s) disagree, {problems} other problem(s)",
    ),
    Msg.CHECK_FAILED_RATES: (
        "核对未通过：{disagreeing}个所述增幅与复算不一致",
        "check failed: {disagreeing} stated rate(s) disagree",
    ),
    Msg.CHECK_FAILED_PROBLEMS: ("核对未通过：{problems}个问题", "check failed: {problems} problem(s)"),
    Msg.CHECK_FAILED_DETAILS: ("{summary}：{details}", "{summary}: {details}"),
    Msg.CHECK_DISAGREES: (
        "{name}{period}{kind}所述{stated}，复算为{computed}",
        "{name}, {period}: {kind} stated {stated}, computed {computed}",
    ),
    Msg.CHECK_FALLS: (
        "{months}累计{later}低于{earlier_months}的{earlier}，而{name}是逐月累计的；是否录入了当月数？",
        "the year-to-date {later} for {months} is below {earlier} for {earlier_months}, but {name} only accumulates; "
        "was a month's own figure entered?",
    ),
    Msg.CHECK_YEAR_DIFFERS: (
        "全年数{year_value}与1-12月累计{december}不一致；两者应相同",
        "the year's {year_value} differs from Jan–Dec's {december}; they should agree",
    ),
    Msg.CHECK_PARTS_EXCEED: (
        "{parts}合计{added}，超过总数{total}；分项之和不应大于总数",
        "the parts {parts} add up to {added}, more than the total {total}; parts cannot exceed their total",
    ),
    Msg.CHECK_NO_TOTAL: ("part_of 指向的“{total}”不是文件中的指标", "part_of names '{total}', which is no indicator of the file"),
    Msg.BINARY_NEEDS_FILE: (
        "该格式为二进制文件；请用 --output 文件名 写入文件",
        "that format is binary; write it to a file with --output FILE",
    ),
    Msg.WROTE: ("已写入 {path}", "wrote {path}"),
    Msg.FORMAT_FROM_SUFFIX: (
        "无法从“{output}”判断格式；请加 --format（{formats}）",
        "cannot tell the format from '{output}'; add --format ({formats})",
    ),
    Msg.FORMAT_NOT_OFFERED: ("{command} 不提供 {format} 格式；可用：{formats}", "{command} has no {format} format; use one of {formats}"),
    Msg.MISSING_MODULE: (
        "未安装 {module}；它随 report 附加组件安装：{command}",
        "{module} is not installed; it comes with the report extra: {command}",
    ),
    Msg.NO_ROWS: (
        "{source} 中没有可导入的行；列名见 `jctrack export`",
        "{source} has no rows to import; see `jctrack export` for the columns",
    ),
    Msg.IMPORT_REFUSED: (
        "导入被拒绝：{count}行有误，未导入任何内容；数据文件未改动",
        "import refused: {count} bad row(s), nothing was imported; the data file is unchanged",
    ),
    Msg.IMPORT_DONE: ("已导入：{counts}", "imported: {counts}"),
    Msg.IMPORT_DRY_RUN: ("试运行，未写入：{counts}", "dry run, nothing written: {counts}"),
    Msg.IMPORT_COUNTS: (
        "指标{indicators}个，新增{added}个，替换{replaced}个，补充{updated}个，未变{unchanged}个",
        "{indicators} indicators, {added} added, {replaced} replaced, {updated} updated, {unchanged} unchanged",
    ),
    Msg.INDICATOR_DIFFERS: ("指标“{id}”已存在，但名称、单位或类型不同", "indicator '{id}' exists with a different name, unit or kind"),
    Msg.INDICATOR_EMPTY: ("indicator 为空", "indicator is empty"),
    Msg.TYPE_CHOICE: ("type“{found}”应为 actual 或 target", "type '{found}' must be actual or target"),
    Msg.NO_HEADER: (
        "{label}：之前没有表头行；第一行须为列名（indicator, period, value, …）",
        "{label}: no header row before it; the first row must name the columns (indicator, period, value, …)",
    ),
    Msg.ROW_LINE: ("第{line}行", "line {line}"),
    Msg.ROW_SHEET: ("{sheet}第{row}行", "{sheet} row {row}"),
    Msg.NOT_XLSX: (
        "{path} 不是可读的 .xlsx 工作簿（{kind}）；请用 Excel 或 WPS 重新保存",
        "{path} is not a readable .xlsx workbook ({kind}); save it again from Excel or WPS",
    ),
    Msg.XLSX_UNPACKS_TOO_LARGE: (
        "{path} 解压后有 {size} MB，超过导入上限 {limit} MB；请只保留要导入的表，另存后再导入",
        "{path} unpacks to {size} MB, more than the {limit} MB an import reads; keep only the table to import, save and try again",
    ),
    Msg.SHEET_TOO_LARGE: (
        "{path} 的工作表“{sheet}”超过导入上限{limit}个单元格（用到 {extent}）；请删去表外多余的单元格，或只复制要导入的表",
        "sheet '{sheet}' of {path} has more than the {limit} cells an import reads (it reaches {extent}); "
        "delete the stray cells outside the table, or copy only the table to import",
    ),
    Msg.NOT_FOUND: ("{path} 不存在", "{path} does not exist"),
    Msg.IMPORT_SUFFIX: ("{name}：import 读取 .csv 或 .xlsx 文件", "{name}: import reads .csv or .xlsx files"),
    Msg.IMPORT_PLAN_TITLE: ("导入（{periods}）", "Import ({periods})"),
    Msg.DRY_RUN_PREFIX: ("试运行，未写入：", "dry run, nothing written: "),
    Msg.INDICATORS_TITLE: ("指标（{count}项）", "Indicators ({count})"),
    Msg.REVISIONS_TITLE: ("修改记录（{count}条）", "Revisions ({count})"),
    Msg.CSV_BARE_LINE_BREAK: (
        "{path} 第{line}行：单元格中有换行符却没有加引号；请在表格软件中重新保存为 CSV",
        "{path} line {line}: a cell holds a line break without quotes; save the table as CSV again from the spreadsheet",
    ),
    Msg.CSV_CELL_TOO_LONG: (
        "{path} 第{line}行：单元格超过{limit}个字符（或引号未闭合）；请检查该行",
        "{path} line {line}: a cell is longer than {limit} characters (or a quote is not closed); check that line",
    ),
    Msg.CSV_MALFORMED: ("{path} 第{line}行：不是有效的 CSV；请检查该行", "{path} line {line}: not valid CSV; check that line"),
    Msg.NOT_TEXT: (
        "{path} 既不是 UTF-8 也不是 GB18030 文本；请另存为 UTF-8",
        "{path} is neither UTF-8 nor GB18030 text; save it as UTF-8",
    ),
    Msg.SETTING_UNKNOWN: (
        "未知的设置“{setting}”；可用的设置为 {settings}",
        "unknown setting '{setting}'; the settings are {settings}",
    ),
    Msg.SETTING_DIFFERS: (
        "导入文件的 {setting} 为“{given}”，而数据文件为“{stored}”；请导入到用 `jctrack init` 新建的文件，或先使两者一致",
        "the import's {setting} is '{given}' but the data file's is '{stored}'; import into a file new from `jctrack init`, "
        "or make them agree first",
    ),
    Msg.SETTING_TWICE: ("设置 {setting} 出现两次；请保留一个", "setting {setting} is given twice; keep one"),
    Msg.SETTING_TAKEN: ("已采用导入文件的设置 {setting} = {value}", "took the import's setting {setting} = {value}"),
    Msg.WOULD_TAKE_SETTING: ("将采用导入文件的设置 {setting} = {value}", "would take the import's setting {setting} = {value}"),
    Msg.UNMATCHED_FIGURES: (
        "{count}个数字没有对应的指标（请用 `jctrack add-indicator` 添加）：{names}",
        "{count} figure(s) match no indicator (add them with `jctrack add-indicator`): {names}",
    ),
    Msg.NOTHING_NEW: ("文中的数字均已存入，未作改动", "every figure of the text is stored already; nothing changed"),
}
