"""The `jctrack` command line: parses arguments, calls the store and the calculations, hands results to a renderer."""

from __future__ import annotations

import contextlib
import errno
import gc
import io
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Protocol

import typer
from typer.core import TyperGroup

from jctrack import edits, store, words
from jctrack.calc import Status, StatusReport, StatusRow, build_status, has_figures
from jctrack.decimals import Rounding, plain
from jctrack.errors import InputError, JctrackError
from jctrack.model import Direction, Frequency, GrowthBasis, Indicator, Kind, Period, Schedule, Store, ValueType
from jctrack.outlook import Level
from jctrack.render import SUFFIXES, Document, Format, Options, renderer_for
from jctrack.safety import visible
from jctrack.units import known_units
from jctrack.words import Bilingual, Lang, period_label, say

if TYPE_CHECKING:
    from jctrack.district import SkippedTown
from jctrack.words.labels import Label
from jctrack.words.messages import Msg


def _say(message: str) -> None:
    """Messages go to stderr, so stdout carries only data."""
    sys.stderr.write(visible(message) + "\n")  # a control character in a message is shown, never obeyed
    sys.stderr.flush()


# Typer vendors Click and exports only BadParameter; its base is Click's usage error.
UsageError: type[Exception] = typer.BadParameter.__mro__[1]


class Boundary(TyperGroup):
    """The one error boundary: a JctrackError becomes one line on stderr and exit status 1, a usage
    error one line and exit status 2, an output that cannot be written one line and exit status 1."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        standalone = kwargs.pop("standalone_mode", True)
        kwargs["standalone_mode"] = False
        if not standalone:
            return super().main(*args, **kwargs)
        _language_before_parsing(kwargs.get("args", args[0] if args else None))
        try:
            code = super().main(*args, **kwargs)
            sys.stdout.flush()  # a full disk behind a redirect shows here, not at exit
        except UsageError as exc:
            format_message = getattr(exc, "format_message", None)
            message = str(format_message() if format_message is not None else exc)
            if "\n" in message:  # `jctrack` alone: the message is the help itself
                sys.stderr.write(message + "\n")
                sys.exit(2)
            context = getattr(exc, "ctx", None)
            command = context.command_path if context is not None else "jctrack"
            _say(say(Msg.USAGE, message=_one_clause(message), command=command))
            sys.exit(2)
        except typer.Abort:
            _say(say(Msg.INTERRUPTED))
            sys.exit(1)
        except OSError as exc:
            reason = say(Msg.DISK_FULL) if exc.errno == errno.ENOSPC else exc.strerror or str(exc)
            with contextlib.suppress(OSError):
                sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - nothing more can reach the lost output
            _say(say(Msg.OUTPUT_FAILED, reason=reason))
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except JctrackError as exc:
            # One line: a line feed in what the user typed is shown written out (\x0a) by _say, never obeyed.
            _say(say(Msg.ERROR, message=str(exc)))
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            _say(say(Msg.INTERRUPTED))
            raise typer.Exit(130) from None


def _language_before_parsing(args: Sequence[str] | None) -> None:
    """The language of a usage error Click finds before the --lang option is applied."""
    words.set_language(words.language_from_environment())
    given = list(sys.argv[1:] if args is None else args)
    for index, arg in enumerate(given):
        value = given[index + 1] if arg == "--lang" and index + 1 < len(given) else arg.removeprefix("--lang=")
        if (arg == "--lang" or arg.startswith("--lang=")) and value in tuple(Lang):
            words.set_language(value)


def _one_clause(message: str) -> str:
    """Click's message as a clause of ours: without its closing full stop or the enum check's preamble."""
    return message.replace("Value error, ", "").rstrip(".")


app = typer.Typer(
    name="jctrack",
    cls=Boundary,
    help="Track a town's yearly targets (目标) and actuals (完成值): exact 同比增长, 完成率 and 序时进度.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(show: bool) -> None:
    if show:
        import jctrack

        print(f"jctrack {jctrack.__version__}")
        raise typer.Exit()


class Settings:
    """What the options before the command set: the data file, the language and the character set."""

    def __init__(self, file: Path, lang: Lang, ascii_only: bool = False) -> None:
        self.file = file
        self.lang = lang
        self.ascii_only = ascii_only


LangOpt = Annotated[
    Lang | None,
    typer.Option("--lang", help="Language of messages and documents: zh (default) or en; or set JCTRACK_LANG.", show_default=False),
]


@app.callback()
def options(
    ctx: typer.Context,
    file: Annotated[
        Path,
        # readable=False: Click's own test of a file it cannot read is a usage error (exit 2); the store
        # says what is wrong in one line, exit 1, as for every other file that cannot be had.
        typer.Option("--file", "-f", envvar="JCTRACK_FILE", help="The data file.", show_default=True, readable=False),
    ] = Path(store.DEFAULT_FILE),
    lang: LangOpt = None,
    ascii_only: Annotated[
        bool,
        typer.Option(
            "--ascii",
            envvar="JCTRACK_ASCII",
            help="Tables and bars in ASCII only, for terminals that draw ambiguous-width characters wide; or set JCTRACK_ASCII=1.",
        ),
    ] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    chosen = lang or words.language_from_environment()
    words.set_language(chosen)
    ctx.obj = Settings(file, chosen, ascii_only)


def _settings(ctx: typer.Context) -> Settings:
    settings = ctx.obj
    assert isinstance(settings, Settings)
    return settings


def _file(ctx: typer.Context) -> Path:
    return _settings(ctx).file


PIPE_WIDTH = 100  # piped or redirected, no line is wider (nor wider than COLUMNS, when it says less)


def _options(ctx: typer.Context, lang: Lang | None = None) -> Options:
    """How to render for this run: a terminal's width and colour only when stdout is one."""
    settings = _settings(ctx)
    chosen = lang or settings.lang
    if not sys.stdout.isatty():
        columns = os.environ.get("COLUMNS", "")
        width = min(PIPE_WIDTH, int(columns)) if columns.isdigit() and int(columns) > 0 else PIPE_WIDTH
        return Options(lang=chosen, width=width, ascii=settings.ascii_only)
    color = not os.environ.get("NO_COLOR")
    return Options(lang=chosen, width=_terminal_width(), color=color, ascii=settings.ascii_only)


def _terminal_width() -> int:
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns
    except (OSError, ValueError, io.UnsupportedOperation):
        return 80


# --- shared argument types -------------------------------------------------------------------------

IndicatorArg = Annotated[str, typer.Argument(metavar="INDICATOR", help="Indicator id, Chinese name or alias.", show_default=False)]
ValueArg = Annotated[
    str, typer.Argument(metavar="VALUE", help="The figure, optionally with its unit: 201, 4800万元 (a negative one after --).")
]
StatedGrowthOpt = Annotated[str | None, typer.Option("--stated-growth", help="Growth the source stated, as written: 14.4 or 15%.")]
NoteOpt = Annotated[str | None, typer.Option("--note", help="A remark, e.g. 全口径.")]
SourceOpt = Annotated[str | None, typer.Option("--source", help="Document and date the figure comes from.")]
ReplaceOpt = Annotated[bool, typer.Option("--replace", help="Replace an existing value (kept in the history).")]
OutputOpt = Annotated[str | None, typer.Option("--output", "-o", help="Write to FILE (atomically); - for stdout.")]


class TableFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


class HistoryFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"
    HTML = "html"  # with --monthly: the months as a line chart


class FindingsFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


class ReportFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    XLSX = "xlsx"
    DOCX = "docx"
    CSV = "csv"
    JSON = "json"


def _report_bytes(content: bytes, fmt: Format, output: str | None) -> bytes:
    """A CSV written to a file starts with a byte-order mark, so that Excel and WPS read it as UTF-8; a pipe gets none."""
    if fmt is Format.CSV and output not in (None, "-"):
        return "\ufeff".encode() + content
    return content


def _concrete(chosen: StrEnum) -> Format:
    """`table` is a Rich table on a terminal and plain text anywhere else."""
    if chosen.value == "table":
        return Format.TERMINAL if sys.stdout.isatty() else Format.TEXT
    return Format(chosen.value)


def _show(ctx: typer.Context, document: Document, thing: object, chosen: StrEnum, lang: Lang | None = None) -> None:
    """Render a document to stdout in the chosen format."""
    fmt = _concrete(chosen)
    out = sys.stdout.buffer
    sys.stdout.flush()
    renderer_for(document, fmt)(thing, out, _options(ctx, lang))
    out.flush()


class Listed(Protocol):
    """A row of a listing command: its cells for a table, its fields for JSON and CSV."""

    def cells(self, lang: Lang) -> list[str]: ...

    def as_dict(self) -> dict[str, Any]: ...


def _show_listing(ctx: typer.Context, title: str, columns: list[str], rows: Sequence[Listed], chosen: StrEnum) -> None:
    from jctrack.render.findings import CellTable, Listing  # it reads audit's words: not for status

    lang = _settings(ctx).lang
    listing = Listing(title, CellTable(columns, [row.cells(lang) for row in rows], frozenset()), [row.as_dict() for row in rows])
    _show(ctx, Document.LISTING, listing, chosen)


def _emit(content: bytes, output: str | None, binary: bool, protected: Sequence[Path] = ()) -> None:
    """Write to stdout (no --output, or -) or atomically to a file, never onto a protected file (the data
    file; a district's town files and district.toml) or its lock."""
    if output is None or output == "-":
        if binary and sys.stdout.isatty():
            raise InputError(Msg.BINARY_NEEDS_FILE)
        sys.stdout.flush()
        sys.stdout.buffer.write(content)
        sys.stdout.buffer.flush()
        return
    store.write_output(Path(output), content, protected)
    _say(say(Msg.WROTE, path=output))


def _infer_format(chosen: StrEnum | None, output: str | None, offered: type[StrEnum], default: StrEnum) -> StrEnum:
    """An explicit --format wins; else the output file's suffix; else the default."""
    if chosen is not None:
        return chosen
    if output and output != "-":
        suffix = Path(output).suffix.lower()
        names = [member.value for member in offered]
        if suffix in SUFFIXES and SUFFIXES[suffix].value in names:
            return offered(SUFFIXES[suffix].value)
        raise InputError(Msg.FORMAT_FROM_SUFFIX, output=output, formats=", ".join(names))
    return default


# --- commands --------------------------------------------------------------------------------------


@app.command()
def init(
    ctx: typer.Context,
    entity: Annotated[str, typer.Option("--entity", help="Whose targets these are, e.g. 金城镇.")] = "",
    rounding: Annotated[
        Rounding, typer.Option("--rounding", help="half-up (四舍五入, the default) or half-even (GB/T 8170 四舍六入五成双).")
    ] = Rounding.HALF_UP,
) -> None:
    """Create an empty data file (never overwrites one)."""
    path = _file(ctx)
    store.create(path, Store(entity=entity, rounding=rounding.value))
    _say(say(Msg.CREATED, path=path))


@app.command("add-indicator")
def add_indicator(
    ctx: typer.Context,
    indicator_id: Annotated[str, typer.Argument(metavar="ID", help="ASCII id for scripts, e.g. industrial_sales.")],
    name: Annotated[str, typer.Option("--name", help="Chinese name, e.g. 工业开票销售.")],
    unit: Annotated[str, typer.Option("--unit", help="Unit, e.g. " + ", ".join(known_units()) + "; any word with 万, 亿… before it.")],
    kind: Annotated[Kind, typer.Option("--kind", help="flow, count, ratio (a share in %) or level.")] = Kind.FLOW,
    direction: Annotated[Direction, typer.Option("--direction", help="up: higher is better; down: lower.")] = Direction.UP,
    alias: Annotated[list[str] | None, typer.Option("--alias", help="Another name it goes by (repeatable).")] = None,
    name_en: Annotated[str | None, typer.Option("--name-en", help="English name for English reports.")] = None,
    allow_negative: Annotated[bool, typer.Option("--allow-negative", help="Values may be below zero.")] = False,
    growth: Annotated[
        GrowthBasis, typer.Option("--growth", help="computed from amounts, or stated: the official rate of each value (按可比价, 同口径).")
    ] = GrowthBasis.COMPUTED,
    frequency: Annotated[
        Frequency, typer.Option("--frequency", help="monthly, quarterly or yearly: when a figure is due.")
    ] = Frequency.MONTHLY,
    owner: Annotated[str | None, typer.Option("--owner", help="牵头单位, the department that leads it.")] = None,
    contributor: Annotated[list[str] | None, typer.Option("--contributor", help="配合单位 (repeatable).")] = None,
    part_of: Annotated[
        str | None, typer.Option("--part-of", metavar="INDICATOR", help="The total it is a part of (税收收入 of 一般公共预算收入).")
    ] = None,
    schedule: ScheduleOpt = None,
) -> None:
    """Define an indicator."""
    indicator = Indicator(
        id=indicator_id,
        name=name,
        unit=unit,
        kind=kind,
        direction=direction,
        aliases=list(alias or []),
        name_en=name_en,
        allow_negative=allow_negative,
        growth=growth,
        frequency=frequency,
        owner=owner,
        contributors=list(contributor or []),
        schedule=None if schedule is None else Schedule(schedule.value),
    )
    from jctrack import manage

    with store.transaction(_file(ctx)) as data:
        if part_of is not None:
            indicator.part_of = data.store.find(part_of).id
        manage.add_indicator(data.store, indicator)
        data.changed()
    _say(say(Msg.INDICATOR_ADDED, id=indicator_id, name=name, unit=unit))


@app.command("set-target")
def set_target(
    ctx: typer.Context,
    indicator_ref: IndicatorArg,
    year: Annotated[str, typer.Argument(metavar="YEAR", help="The target's year, e.g. 2019.")],
    value: ValueArg,
    stated_growth: StatedGrowthOpt = None,
    base: Annotated[str | None, typer.Option("--base", help="Comparable base the growth is measured on.")] = None,
    note: NoteOpt = None,
    source: SourceOpt = None,
    replace: ReplaceOpt = False,
) -> None:
    """Set a year's target."""
    target_year = edits.parse_target_year(year)
    with store.transaction(_file(ctx)) as data:
        indicator = data.store.find(indicator_ref)
        entry = edits.make_entry(indicator, value, stated_growth=stated_growth, base=base, note=note, source=source)
        change = edits.put(data.store, indicator, ValueType.TARGET, target_year, entry, replace)
        if change.action is not edits.Action.UNCHANGED:
            data.changed()
    _say(change.describe())


@app.command("add-actual")
def add_actual(
    ctx: typer.Context,
    indicator_ref: IndicatorArg,
    period_text: Annotated[str, typer.Argument(metavar="PERIOD", help="A year (2018) or year-to-date month (2019-06).")],
    value: ValueArg,
    stated_growth: StatedGrowthOpt = None,
    base: Annotated[str | None, typer.Option("--base", help="上年同期可比数: last year's comparable figure for this period.")] = None,
    note: NoteOpt = None,
    source: SourceOpt = None,
    stated_status: Annotated[
        str | None,
        typer.Option("--stated-status", help="Outcome the source stated without a target: exceeded, met, not_met."),
    ] = None,
    replace: ReplaceOpt = False,
    force: Annotated[bool, typer.Option("--force", help="Keep a year-to-date figure below the month before's.")] = False,
) -> None:
    """Record an actual (完成值) for a year or a year-to-date month."""
    period = Period.parse(period_text)
    with store.transaction(_file(ctx)) as data:
        indicator = data.store.find(indicator_ref)
        entry = edits.make_entry(
            indicator, value, stated_growth=stated_growth, base=base, note=note, source=source, stated_status=stated_status
        )
        change = edits.put(data.store, indicator, ValueType.ACTUAL, period, entry, replace, force)
        if change.action is not edits.Action.UNCHANGED:
            data.changed()
    _say(change.describe())
    _cautions(change)


def _cautions(change: edits.Change) -> None:
    for caution in change.warnings:
        _say(say(Msg.WARNING, message=caution.message))


def _period_option(year: int | None, period: str | None) -> Period | None:
    """--year and --period are alternatives; neither means the latest period with data."""
    if year is not None and period is not None:
        raise typer.BadParameter(say(Msg.YEAR_OR_PERIOD))
    if year is not None:
        return Period.parse(str(year))
    return None if period is None else Period.parse(period)


class FailOn(StrEnum):
    BEHIND = "behind"
    NOT_MET = "not-met"
    INCOMPLETE = "incomplete"
    RED = "red"
    AMBER = "amber"


# What makes `--fail-on` exit 3: falling short of a target is worse than behind schedule; amber includes red.
FAILING_STATUSES = {FailOn.BEHIND: {Status.BEHIND, Status.NOT_MET}, FailOn.NOT_MET: {Status.NOT_MET}}
FAILING_LEVELS = {FailOn.RED: {Level.RED}, FailOn.AMBER: {Level.RED, Level.AMBER}}
FAILING_WORDS = {
    FailOn.BEHIND: Msg.ALERT_BEHIND,
    FailOn.NOT_MET: Msg.ALERT_NOT_MET,
    FailOn.RED: Msg.ALERT_RED,
    FailOn.AMBER: Msg.ALERT_AMBER,
}


class ScheduleChoice(StrEnum):
    CALENDAR = "calendar"
    LAST_YEAR = "last-year"


class GroupBy(StrEnum):
    OWNER = "owner"


ScheduleOpt = Annotated[
    ScheduleChoice | None,
    typer.Option(
        "--schedule", help="序时进度: calendar (month/12) or last-year (last year's pace); default each indicator's, else the file's."
    ),
]
AgainstOpt = Annotated[
    int | None, typer.Option("--against", metavar="YEAR", help="Growth on that year's same period, and the 年均增长 since.")
]
ALERT_EXIT = 3

YearOpt = Annotated[int | None, typer.Option("--year", help="A whole year, e.g. 2018.")]
PeriodOpt = Annotated[str | None, typer.Option("--period", help="A year-to-date month, e.g. 2019-06.")]


@app.command()
def status(
    ctx: typer.Context,
    year: YearOpt = None,
    period: PeriodOpt = None,
    output_format: Annotated[TableFormat, typer.Option("--format", help="Output format.")] = TableFormat.TABLE,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on",
            help=f"Exit {ALERT_EXIT} after printing if any indicator is behind / not met / has no figure yet / is red / amber or red.",
        ),
    ] = None,
    schedule: ScheduleOpt = None,
    owner: Annotated[str | None, typer.Option("--owner", help="Only the indicators this 牵头单位 leads.")] = None,
    by: Annotated[GroupBy | None, typer.Option("--by", help="owner: one table per 牵头单位.")] = None,
    parts: Annotated[str | None, typer.Option("--parts", metavar="INDICATOR", help="A total with its declared parts (part_of).")] = None,
    against_year: AgainstOpt = None,
) -> None:
    """Show targets, actuals, 完成率, 同比 and 序时进度 for a period (default: the latest complete one)."""
    report = _status_of(ctx, _period_option(year, period), schedule, against_year)
    if parts is not None:
        total = store.load(_file(ctx)).find(parts)
        report = _only(report, [row for row in report.rows if row.id == total.id or row.part_of == total.id])
    if owner is not None:
        report = _only(report, [row for row in report.rows if row.owner == owner or owner in row.contributors])
    if by is GroupBy.OWNER:
        owners = list(dict.fromkeys(row.owner or "" for row in report.rows))
        groups = [_only(report, [row for row in report.rows if (row.owner or "") == name]) for name in owners]
        if _concrete(output_format) in (Format.JSON, Format.CSV):
            # One document for a machine: the rows grouped by owner, each row saying its own.
            _show(ctx, Document.STATUS, _only(report, [row for group in groups for row in group.rows]), output_format)
        else:
            for number, (name, group) in enumerate(zip(owners, groups, strict=True)):
                heading = say(Label.SUPERVISION_OWNER, _settings(ctx).lang, owner=name or say(Label.NO_OWNER, _settings(ctx).lang))
                sys.stdout.write(("\n" if number else "") + heading + "\n\n")
                _show(ctx, Document.STATUS, group, output_format)
    else:
        _show(ctx, Document.STATUS, report, output_format)
    if fail_on is FailOn.INCOMPLETE:
        # Without --period the table shows the latest complete month; a cron job asks about the month being
        # filled in, so a later month partly entered is what it is told of.
        checked = report
        if report.later_partial is not None and year is None and period is None:
            checked = _status_of(ctx, report.later_partial, schedule, against_year, quiet=True)
        if checked.missing:
            names = [row.name for row in checked.missing]
            _say(say(Msg.ALERT_INCOMPLETE, count=len(checked.missing), period=_said_period(checked.period), names=names))
            raise typer.Exit(ALERT_EXIT)
    if fail_on in FAILING_STATUSES or fail_on in FAILING_LEVELS:
        assert fail_on is not None
        failing = [
            row for row in report.rows if row.status in FAILING_STATUSES.get(fail_on, ()) or row.level in FAILING_LEVELS.get(fail_on, ())
        ]
        if failing:
            from jctrack.render.cells import status_word
            from jctrack.render.office import LEVEL_WORDS

            def marked(row: StatusRow) -> str:
                word = LEVEL_WORDS[row.level] if fail_on in FAILING_LEVELS and row.level is not None else status_word(row)
                return say(Label.WITH_UNIT, name=row.name, unit=say(word))  # 工业开票销售（预警）

            flagged = [marked(row) for row in failing]
            _say(say(Msg.ALERT, count=len(failing), condition=FAILING_WORDS[fail_on], period=_said_period(report.period), names=flagged))
            raise typer.Exit(ALERT_EXIT)


def _said_period(period: Period | None) -> Bilingual | str:
    """A period as a message says it, in the message's language: 2019年1-10月, Jan–Oct 2019."""
    return "" if period is None else Bilingual(period_label(period, Lang.ZH), period_label(period, Lang.EN))


def _only(report: StatusReport, rows: list[StatusRow]) -> StatusReport:
    """The report with only these rows (and their figures, and what of them is missing)."""
    kept = {row.id for row in rows}
    return replace(
        report,
        rows=rows,
        figures=[fig for fig in report.figures if fig.indicator.id in kept],
        missing=[row for row in report.missing if row.id in kept],
        expected_count=sum(1 for fig in report.figures if fig.indicator.id in kept and fig.expected),
    )


def _status_of(
    ctx: typer.Context,
    chosen: Period | None,
    schedule: ScheduleChoice | None = None,
    against_year: int | None = None,
    quiet: bool = False,
    data: Store | None = None,
) -> StatusReport:
    """The status for a chosen period, which must have figures; or the default, saying what it passed over.
    `data` is the store when the caller has loaded it already (a report: loaded once)."""
    data = store.load(_file(ctx)) if data is None else data
    if chosen is not None and not has_figures(data, chosen):
        raise InputError(Msg.NO_FIGURES, period=words.period_label(chosen, words.language()))
    report = build_status(data, chosen, None if schedule is None else Schedule(schedule.value), against_year)
    if report.period is None:
        _say(say(Msg.EMPTY_FILE))
    if report.later_partial is not None and report.period is not None and not quiet:
        lang = words.language()
        later, shown = report.later_partial, report.period
        _say(say(Msg.LATER_PARTIAL, later=words.period_label(later, lang), shown=words.period_label(shown, lang), later_key=later))
    return report


@app.command()
def check(
    ctx: typer.Context,
    output_format: Annotated[FindingsFormat, typer.Option("--format", help="table or json.")] = FindingsFormat.TABLE,
) -> None:
    """Validate the file and compare every stated growth rate with the stored figures; exit 1 on any disagreement."""
    from jctrack.checks import Verdict, check_store

    result = check_store(store.load(_file(ctx)))
    _show(ctx, Document.CHECK, result, output_format)
    disagreeing = [c for c in result.comparisons if c.verdict is Verdict.DISAGREES]
    if result.ok:
        unverifiable = sum(1 for c in result.comparisons if c.verdict is Verdict.UNVERIFIABLE)
        if not result.comparisons:
            _say(say(Msg.CHECK_PASSED_NOTHING_STATED))
        elif unverifiable:
            count = len(result.comparisons)
            _say(say(Msg.CHECK_PASSED_SOME_UNVERIFIABLE, count=count, compared=count - unverifiable, unverifiable=unverifiable))
        else:
            _say(say(Msg.CHECK_PASSED, count=len(result.comparisons)))
        return
    from jctrack.render.findings import CHECK_KINDS

    lang = _settings(ctx).lang

    def rate(value: Decimal | None, points: bool) -> str:
        return "—" if value is None else plain(value) + (say(Label.POINTS, lang) if points else "%")

    details = [
        say(
            Msg.CHECK_DISAGREES,
            name=c.indicator_name,
            period=period_label(Period.parse(c.period), lang),
            kind=CHECK_KINDS[c.type],
            stated=rate(c.stated, c.kind_is_points),
            computed=rate(c.computed, c.kind_is_points),
        )
        for c in disagreeing
    ]
    if disagreeing and result.problems:
        summary = say(Msg.CHECK_FAILED, disagreeing=len(disagreeing), problems=len(result.problems))
    elif disagreeing:
        summary = say(Msg.CHECK_FAILED_RATES, disagreeing=len(disagreeing))
    else:
        summary = say(Msg.CHECK_FAILED_PROBLEMS, problems=len(result.problems))
    _say(say(Msg.CHECK_FAILED_DETAILS, summary=summary, details=details) if details else summary)
    raise typer.Exit(1)


@app.command()
def report(
    ctx: typer.Context,
    year: YearOpt = None,
    period: PeriodOpt = None,
    output_format: Annotated[
        ReportFormat | None,
        typer.Option("--format", help="text, markdown, html, xlsx, docx, csv or json (default: from --output, else text)."),
    ] = None,
    output: OutputOpt = None,
    lang: LangOpt = None,
    schedule: ScheduleOpt = None,
    by: Annotated[
        GroupBy | None, typer.Option("--by", help="owner: add the 督查 section, each 牵头单位's amber and red indicators.")
    ] = None,
    against_year: AgainstOpt = None,
) -> None:
    """The progress report: what needs attention, the narrative, the office's table, and each indicator's history."""
    from jctrack.report import build_report

    fmt = Format(_infer_format(output_format, output, ReportFormat, ReportFormat.TEXT).value)
    document_lang = lang or _settings(ctx).lang
    data = store.load(_file(ctx))
    status = _status_of(ctx, _period_option(year, period), schedule, against_year, data=data)
    built = build_report(data, status, document_lang, by_owner=by is GroupBy.OWNER)
    buffer = io.BytesIO()
    renderer_for(Document.REPORT, fmt)(built, buffer, Options(lang=document_lang, ascii=_settings(ctx).ascii_only))
    _emit(_report_bytes(buffer.getvalue(), fmt, output), output, fmt.binary, [_file(ctx)])


@app.command()
def history(
    ctx: typer.Context,
    indicator_ref: IndicatorArg,
    from_year: Annotated[int | None, typer.Option("--from", help="First year to show.")] = None,
    output_format: Annotated[
        HistoryFormat, typer.Option("--format", help="table, json, csv, markdown; html with --monthly (a line chart).")
    ] = HistoryFormat.TABLE,
    monthly: Annotated[bool, typer.Option("--monthly", help="Month by month: 累计, 当月, 同比, 完成率, 序时进度差.")] = False,
    year: Annotated[int | None, typer.Option("--year", help="With --monthly: the year (default: the latest with months).")] = None,
) -> None:
    """Every year of one indicator: target, actual, 同比, 完成率 and status, with a bar per year; or one year month by month."""
    from jctrack.calc import build_history, build_monthly_history

    data = store.load(_file(ctx))
    indicator = data.find(indicator_ref)
    if monthly:
        months = [period for period in indicator.actuals if period.month is not None]
        chosen = year if year is not None else max((period.year for period in months), default=None)
        if chosen is None:
            raise InputError(Msg.NO_MONTHS, name=indicator.name)
        built_monthly = build_monthly_history(indicator, chosen, data.rounding, data.schedule_of(indicator))
        _show(ctx, Document.MONTHLY, built_monthly, output_format)
        return
    if output_format is HistoryFormat.HTML:
        raise typer.BadParameter(say(Msg.HTML_NEEDS_MONTHLY), param_hint="--format")
    built = build_history(indicator, data.rounding, from_year)
    _show(ctx, Document.HISTORY, built, output_format)


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


@app.command()
def export(
    ctx: typer.Context,
    output_format: Annotated[ExportFormat | None, typer.Option("--format", help="csv or xlsx (default: from --output, else csv).")] = None,
    output: OutputOpt = None,
    headers: Annotated[
        Lang, typer.Option("--lang", help="Column headers and coded words: en (indicator, period…; the default) or zh (指标, 期间…).")
    ] = Lang.EN,
) -> None:
    """Every indicator and value in long form, for a spreadsheet or `jctrack import`."""
    from jctrack import longform, tabular

    fmt = _infer_format(output_format, output, ExportFormat, ExportFormat.CSV)
    data = store.load(_file(ctx))
    definitions, values, settings = longform.definition_rows(data), longform.value_rows(data), longform.setting_rows(data)
    if fmt is ExportFormat.XLSX:
        _emit(tabular.xlsx_bytes(definitions, values, lang=headers, settings=settings), output, True, [_file(ctx)])
        return
    text = tabular.csv_text(definitions, values, lang=headers, settings=settings)
    # Excel and WPS read a CSV file as UTF-8 only with a byte-order mark; a pipe gets none.
    _emit((text if output in (None, "-") else "\ufeff" + text).encode("utf-8"), output, False, [_file(ctx)])


@app.command("import")
def import_(
    ctx: typer.Context,
    source: Annotated[
        str,
        typer.Argument(metavar="FILE|-", help="The long form of `export`, or a bureau's table (.xlsx .csv .tsv); - reads pasted text."),
    ],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would change; write nothing.")] = False,
    replace: ReplaceOpt = False,
    period: Annotated[str | None, typer.Option("--period", help="The period where the title names none: 2019-06, 2019年1-6月.")] = None,
    year: Annotated[int | None, typer.Option("--year", help="The year of a table whose title names months only.")] = None,
    add_unknown: Annotated[
        str | None, typer.Option("--add-unknown", metavar="UNIT", help="Create the indicators a bureau's table has and the file lacks.")
    ] = None,
    refuse_unknown: Annotated[bool, typer.Option("--refuse-unknown", help="Refuse a bureau's row no indicator matches.")] = False,
    source_label: Annotated[str | None, typer.Option("--source", help="Each value's source (default: the table's title).")] = None,
    sheet: Annotated[str | None, typer.Option("--sheet", help="Only this sheet of a workbook (default: every sheet with a table).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Keep a year-to-date figure that falls below an earlier month's.")] = False,
) -> None:
    """Import from CSV, XLSX or pasted text, long form or a bureau's wide table: any bad row refuses all."""
    from jctrack import tabular

    path = None if source == "-" else Path(source)
    if path is not None and tabular.form_of(path) == "long":
        _import_long(ctx, path, dry_run, replace, force)
        return
    from jctrack import wide

    options: dict[str, Any] = {
        "period": period,
        "year": year,
        "replace": replace,
        "add_unknown": add_unknown,
        "refuse_unknown": refuse_unknown,
        "source": source_label,
        "force": force,
    }
    # Pasted text is decoded exactly as a file is (UTF-8, else GB18030), never by the locale's codec.
    text = tabular.decode_text(sys.stdin.buffer.read(), "stdin") if path is None else None
    lang = _settings(ctx).lang
    with store.transaction(_file(ctx)) as data:
        try:
            if path is None:
                assert text is not None
                result = wide.import_text(data.store, text, **options)
            else:
                result = wide.import_path(data.store, path, sheet=sheet, **options)
        except wide.WideImportRefused as refused:
            for note in refused.notes:
                _say(note.line(lang))
            raise
        if result.changed and not dry_run:
            data.changed()
    title = say(Msg.IMPORT_PLAN_TITLE, periods=", ".join(dict.fromkeys(str(p) for p in result.periods.values())))
    _show_listing(ctx, title, wide.plan_headers(lang), result.plan, TableFormat.TABLE)
    for note in result.warnings:
        _say(say(Msg.WARNING, message=note.line(lang)))
    _say((say(Msg.DRY_RUN_PREFIX) if dry_run else "") + result.summary(lang))


def _import_long(ctx: typer.Context, source: Path, dry_run: bool, replace: bool, force: bool = False) -> None:
    from jctrack import longform, tabular

    definitions, values, settings = tabular.read_long_form(source)
    if not definitions and not values and not settings:
        raise InputError(Msg.NO_ROWS, source=source)
    with store.transaction(_file(ctx)) as data:
        try:
            plan = longform.apply_import(data.store, definitions, values, replace, settings=settings, force=force)
        except longform.ImportRefused as refused:
            for label, reason in refused.problems:
                _say(say(Msg.AT, where=label, problem=reason))
            raise
        for setting, value in plan.settings:
            print(say(Msg.WOULD_TAKE_SETTING if dry_run else Msg.SETTING_TAKEN, setting=setting, value=value))
        for indicator in plan.new_indicators:
            print(
                say(Msg.WOULD_ADD_INDICATOR if dry_run else Msg.INDICATOR_ADDED, id=indicator.id, name=indicator.name, unit=indicator.unit)
            )
        for change in plan.changes:
            if change.action is not edits.Action.UNCHANGED:
                print(change.describe(dry_run))
        counts = plan.counts()
        if not dry_run and (plan.settings or any(count for what, count in counts.items() if what != edits.Action.UNCHANGED)):
            data.changed()
    _say(say(Msg.IMPORT_DRY_RUN if dry_run else Msg.IMPORT_DONE, counts=say(Msg.IMPORT_COUNTS, **counts)))


@app.command()
def indicators(
    ctx: typer.Context,
    output_format: Annotated[TableFormat, typer.Option("--format", help="Output format.")] = TableFormat.TABLE,
) -> None:
    """Every indicator: id, name, unit, kind, direction, aliases, latest period, owner and the rest where set."""
    from jctrack import manage

    lang = _settings(ctx).lang
    rows = manage.indicator_rows(store.load(_file(ctx)))
    columns = rows[0].columns if rows else manage.INDICATOR_COLUMNS
    _show_listing(ctx, say(Msg.INDICATORS_TITLE, count=len(rows)), manage.indicator_headers(lang, columns), rows, output_format)


@app.command()
def rename(
    ctx: typer.Context,
    indicator_ref: IndicatorArg,
    new_name: Annotated[str | None, typer.Option("--name", help="The new Chinese name.")] = None,
    new_id: Annotated[str | None, typer.Option("--id", help="The new id (every reference is rewritten).")] = None,
    keep_old_name: Annotated[bool, typer.Option("--keep-old-name/--no-keep-old-name", help="Keep the old name as an alias.")] = True,
) -> None:
    """Rename an indicator, or change its id; the old name stays an alias, and the change is recorded."""
    from jctrack import manage

    with store.transaction(_file(ctx)) as data:
        renamed = manage.rename(data.store, indicator_ref, new_name, new_id, keep_old_name)
        data.changed()
    _say(renamed.describe())


@app.command("remove-value")
def remove_value(
    ctx: typer.Context,
    indicator_ref: IndicatorArg,
    period_text: Annotated[str, typer.Argument(metavar="PERIOD", help="The period (or, with --target, the year).")],
    target: Annotated[bool, typer.Option("--target", help="Remove the year's target, not an actual.")] = False,
) -> None:
    """Remove one value; it is kept in the file's revisions, so `undo` brings it back."""
    from jctrack import manage

    with store.transaction(_file(ctx)) as data:
        removed = manage.remove_value(data.store, indicator_ref, period_text, target)
        data.changed()
    _say(removed.describe())


@app.command("remove-indicator")
def remove_indicator(
    ctx: typer.Context,
    indicator_ref: IndicatorArg,
    with_values: Annotated[bool, typer.Option("--with-values", help="Remove it with its targets and actuals.")] = False,
) -> None:
    """Remove an indicator (refused while it has values, unless --with-values); kept in the revisions."""
    from jctrack import manage

    with store.transaction(_file(ctx)) as data:
        removed = manage.remove_indicator(data.store, indicator_ref, with_values)
        data.changed()
    _say(removed.describe())


@app.command()
def revisions(
    ctx: typer.Context,
    indicator_ref: Annotated[str | None, typer.Option("--indicator", help="Only the changes of this indicator.")] = None,
    output_format: Annotated[TableFormat, typer.Option("--format", help="Output format.")] = TableFormat.TABLE,
) -> None:
    """Every recorded change: what, when, before and after."""
    from jctrack import manage

    lang = _settings(ctx).lang
    rows = manage.revision_rows(store.load(_file(ctx)), indicator_ref)
    _show_listing(ctx, say(Msg.REVISIONS_TITLE, count=len(rows)), manage.revision_headers(lang), rows, output_format)


@app.command()
def undo(ctx: typer.Context) -> None:
    """Revert the last recorded change (a whole import at once); the undo is recorded too."""
    from jctrack import manage

    with store.transaction(_file(ctx)) as data:
        undone = manage.undo(data.store)
        data.changed()
    for line in undone.describe():
        _say(line)


def _report_text(source: str) -> tuple[str, str]:
    """The text of FILE, or of stdin for -, decoded the same way (UTF-8, else GB18030; garbage refused), and a name for it."""
    from jctrack.textread.decode import read_stream, read_text

    if source == "-":
        return read_stream(sys.stdin.buffer), "stdin"
    return read_text(Path(source)), Path(source).name


USAGE_EXIT = 2
TextYearOpt = Annotated[int | None, typer.Option("--year", help="The year figures are for where the text names none.")]
TextPeriodOpt = Annotated[
    str | None, typer.Option("--period", help="The period figures are for where the text names none: 2019-10, 2019年1-10月.")
]


def _text_period(year: int | None, period: str | None) -> tuple[int | None, Period | None]:
    chosen = None if period is None else Period.parse(period)
    return (year if year is not None else (chosen.year if chosen else None)), chosen


@app.command()
def audit(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(metavar="FILE|-", help="Report text (UTF-8 or GB18030); - reads stdin.")],
    output_format: Annotated[FindingsFormat, typer.Option("--format", help="table or json.")] = FindingsFormat.TABLE,
    use_data: Annotated[bool, typer.Option("--data", help="Also take bases and targets from the data file.")] = False,
    year: TextYearOpt = None,
    period: TextPeriodOpt = None,
) -> None:
    """Recompute every percentage a report states; exit 1 if any is inconsistent, 2 if a long text has no figure at all."""
    from jctrack import audit as auditing
    from jctrack.render.findings import AuditResult, audit_summary
    from jctrack.words.audit import AuditWord

    text, name = _report_text(source)
    data = store.load(_file(ctx)) if use_data else None
    chosen_year, chosen_period = _text_period(year, period)
    findings = auditing.audit(text, data, year=chosen_year, period=chosen_period)
    if not findings and auditing.finds_nothing(text):
        # A gate must never pass a text it could not read: say so, and exit as a usage error would.
        _say(say(AuditWord.NO_FIGURES, path=name, chars=sum(1 for c in text if not c.isspace())))
        raise typer.Exit(USAGE_EXIT)
    _show(ctx, Document.AUDIT, AuditResult(findings), output_format)
    _say(audit_summary(findings, _settings(ctx).lang))
    if any(finding.verdict is auditing.Verdict.INCONSISTENT for finding in findings):
        raise typer.Exit(1)


@app.command()
def extract(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(metavar="FILE|-", help="Report text (UTF-8 or GB18030); - reads stdin.")],
    year: TextYearOpt = None,
    period: TextPeriodOpt = None,
    apply: Annotated[bool, typer.Option("--apply", help="Store the figures of known indicators.")] = False,
    source_label: Annotated[str | None, typer.Option("--source", help="Recorded as each value's source (default: FILE).")] = None,
    replace: ReplaceOpt = False,
    output_format: Annotated[FindingsFormat, typer.Option("--format", help="table or json.")] = FindingsFormat.TABLE,
    force: Annotated[bool, typer.Option("--force", help="Keep a year-to-date figure below the month before's.")] = False,
) -> None:
    """List the figures a report states, matched to the file's indicators; --apply stores them (one undo takes them back)."""
    from jctrack import extract as extracting
    from jctrack.render.findings import ExtractResult, left_out
    from jctrack.words.audit import AuditWord

    text, name = _report_text(source)
    path = _file(ctx)
    chosen_year, chosen_period = _text_period(year, period)
    found = extracting.read_figures(text, store.load(path), year=chosen_year, period=chosen_period)
    figures = found.figures
    _show(ctx, Document.EXTRACT, ExtractResult(figures), output_format)
    new = [figure.name for figure in figures if figure.indicator is None]
    if new:
        _say(say(Msg.UNMATCHED_FIGURES, count=len(new), names=list(dict.fromkeys(new))))
    for line in left_out(found, _settings(ctx).lang):
        _say(line)
    if not apply:
        return
    if not any(figure.indicator is not None and figure.certain for figure in figures):
        # nothing to store: say so and why, never that everything was stored already
        _say(say(AuditWord.NOTHING_STORED_BECAUSE, why=AuditWord.NO_KNOWN_INDICATOR) if figures else say(AuditWord.NOTHING_STORED))
        return
    with store.transaction(path) as data:
        # Resolve again against the locked copy, so nothing written in between is overwritten.
        again = extracting.extract(text, data.store, year=chosen_year, period=chosen_period)
        changes = extracting.apply(data.store, again, source_label or name, replace, force)
        if any(change.action is not edits.Action.UNCHANGED for change in changes):
            data.changed()
    said = [change.describe() for change in changes if change.action is not edits.Action.UNCHANGED or change.kept]
    for line in said or [say(Msg.NOTHING_NEW)]:
        _say(line)


# --- a district of towns ---------------------------------------------------------------------------

district_app = typer.Typer(
    name="district",
    cls=Boundary,
    help="A district of towns: a folder of town files (and an optional district.toml) as one table.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
app.add_typer(district_app)


class RankBy(StrEnum):
    GROWTH = "growth"
    COMPLETION = "completion"
    GAP = "gap"
    ACTUAL = "actual"


DistrictPathArg = Annotated[
    Path | None,
    typer.Argument(
        metavar="[FOLDER]",
        help="The district's folder or its district.toml (default: --file's, else this folder).",
        show_default=False,
        readable=False,  # a folder or district.toml that cannot be read is a data error, as a town file's is
    ),
]
RankByOpt = Annotated[RankBy | None, typer.Option("--rank-by", help="What 位次 ranks by (default: district.toml's, else growth).")]
SkipBadOpt = Annotated[bool, typer.Option("--skip-bad", help="Leave out a town file that cannot be read, and say so.")]


def _district_path(ctx: typer.Context, given: Path | None) -> Path:
    """The folder named on the command line, else --file/JCTRACK_FILE when it names a folder or a district.toml, else here."""
    if given is not None:
        return given
    configured = _file(ctx)
    if configured.is_dir() or configured.name == "district.toml":
        return configured
    return Path(".")


def _skipped_note(skipped: tuple[SkippedTown, ...]) -> None:
    if skipped:
        from jctrack.words.district import DistrictWord

        _say(say(DistrictWord.SKIPPED, files=[town.file for town in skipped]))


@district_app.command("status")
def district_status_command(
    ctx: typer.Context,
    folder: DistrictPathArg = None,
    indicator_ref: Annotated[str | None, typer.Option("--indicator", help="One indicator by town; without it, the matrix of all.")] = None,
    year: YearOpt = None,
    period: PeriodOpt = None,
    rank_by: RankByOpt = None,
    skip_bad: SkipBadOpt = False,
    output_format: Annotated[TableFormat, typer.Option("--format", help="Output format.")] = TableFormat.TABLE,
) -> None:
    """One indicator by town with 位次, 位次变化, the gap to the district and the 全区合计; or the matrix of towns × indicators."""
    from jctrack.district import district_matrix, indicator_status, load_district

    district = load_district(_district_path(ctx, folder), skip_bad=skip_bad)
    chosen = _period_option(year, period)
    measure = None if rank_by is None else rank_by.value
    if indicator_ref is not None:
        spec = district.indicator(indicator_ref)
        _show(ctx, Document.DISTRICT_INDICATOR, indicator_status(district, spec, chosen, measure), output_format)
    else:
        _show(ctx, Document.DISTRICT_MATRIX, district_matrix(district, chosen, measure), output_format)
    _skipped_note(district.skipped)


@district_app.command("report")
def district_report_command(
    ctx: typer.Context,
    folder: DistrictPathArg = None,
    year: YearOpt = None,
    period: PeriodOpt = None,
    rank_by: RankByOpt = None,
    skip_bad: SkipBadOpt = False,
    output_format: Annotated[
        ReportFormat | None,
        typer.Option("--format", help="text, markdown, html, xlsx, docx, csv or json (default: from --output, else text)."),
    ] = None,
    output: OutputOpt = None,
    lang: LangOpt = None,
) -> None:
    """The district's 经济运行情况: narrative, the matrix, and each indicator by town."""
    from jctrack.district import build_district_report, load_district

    fmt = Format(_infer_format(output_format, output, ReportFormat, ReportFormat.TEXT).value)
    district = load_district(_district_path(ctx, folder), skip_bad=skip_bad)
    if output not in (None, "-"):
        district.refuse_as_output(Path(output))  # before the report is built: a town file is never overwritten
    document_lang = lang or _settings(ctx).lang
    measure = None if rank_by is None else rank_by.value
    built = build_district_report(district, _period_option(year, period), document_lang, measure)
    buffer = io.BytesIO()
    renderer_for(Document.DISTRICT_REPORT, fmt)(built, buffer, Options(lang=document_lang, ascii=_settings(ctx).ascii_only))
    _emit(_report_bytes(buffer.getvalue(), fmt, output), output, fmt.binary, district.files())
    _skipped_note(district.skipped)


@district_app.command("check")
def district_check_command(
    ctx: typer.Context,
    folder: DistrictPathArg = None,
    skip_bad: SkipBadOpt = False,
    output_format: Annotated[FindingsFormat, typer.Option("--format", help="table or json.")] = FindingsFormat.TABLE,
) -> None:
    """Town targets that do not add up, towns missing from a period, units that cannot convert; exit 1 on any."""
    from jctrack.district import check_district, load_district

    result = check_district(load_district(_district_path(ctx, folder), skip_bad=skip_bad))
    _show(ctx, Document.DISTRICT_CHECK, result, output_format)
    _say(result.summary())
    if not result.ok:
        raise typer.Exit(1)


def _run_editor(path: Path) -> None:
    import shlex
    import subprocess

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        if not sys.stdin.isatty():
            raise InputError(Msg.NO_EDITOR)
        editor = "vi"
    try:
        completed = subprocess.run([*shlex.split(editor), str(path)], check=False)
    except FileNotFoundError:
        raise InputError(Msg.EDITOR_NOT_FOUND, editor=editor) from None
    if completed.returncode != 0:
        raise InputError(Msg.EDITOR_FAILED, editor=editor, status=completed.returncode)


@app.command()
def edit(ctx: typer.Context) -> None:
    """Edit the data file in $EDITOR under the lock; it is saved only if it is valid."""
    saved = store.edit(_file(ctx), _run_editor)
    _say(say(Msg.EDIT_SAVED if saved else Msg.EDIT_UNCHANGED, path=_file(ctx)))


def _utf8_streams() -> None:
    # Under cron (`env -i`, LANG=C) Python may pick ASCII; Chinese output must still print.
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def main() -> None:
    # A command is a short-lived process whose large data (a district's file) has no reference cycles:
    # the cyclic collector would only rescan it over and over, a fifth of the load time. Refcounting still frees.
    gc.disable()
    _utf8_streams()
    app()
