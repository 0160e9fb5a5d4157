"""The `jctrack` command line: parses arguments, calls the store and the calculations, hands results to a renderer."""

from __future__ import annotations

import gc
import io
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from jctrack import __version__, edits, store, words
from jctrack.calc import Status, StatusReport, build_status, has_figures
from jctrack.decimals import Rounding
from jctrack.errors import InputError, JctrackError
from jctrack.model import Direction, Frequency, GrowthBasis, Indicator, Kind, Period, Store, ValueType
from jctrack.render import SUFFIXES, Document, Format, Options, renderer_for
from jctrack.safety import visible
from jctrack.units import known_units
from jctrack.words import Lang, say
from jctrack.words.messages import Msg


def _say(message: str) -> None:
    """Messages go to stderr, so stdout carries only data."""
    sys.stderr.write(visible(message) + "\n")  # a control character in a message is shown, never obeyed
    sys.stderr.flush()


class Boundary(TyperGroup):
    """The one error boundary: a JctrackError becomes one line on stderr and exit status 1."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except JctrackError as exc:
            _say(say(Msg.ERROR, message=" ".join(str(exc).split("\n"))))
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            _say(say(Msg.INTERRUPTED))
            raise typer.Exit(130) from None


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
        print(f"jctrack {__version__}")
        raise typer.Exit()


class Settings:
    """What the options before the command set: the data file and the language."""

    def __init__(self, file: Path, lang: Lang) -> None:
        self.file = file
        self.lang = lang


LangOpt = Annotated[
    Lang | None,
    typer.Option("--lang", help="Language of messages and documents: zh (default) or en; or set JCTRACK_LANG.", show_default=False),
]


@app.callback()
def options(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Option("--file", "-f", envvar="JCTRACK_FILE", help="The data file.", show_default=True),
    ] = Path(store.DEFAULT_FILE),
    lang: LangOpt = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    chosen = lang or words.language_from_environment()
    words.set_language(chosen)
    ctx.obj = Settings(file, chosen)


def _settings(ctx: typer.Context) -> Settings:
    settings = ctx.obj
    assert isinstance(settings, Settings)
    return settings


def _file(ctx: typer.Context) -> Path:
    return _settings(ctx).file


def _options(ctx: typer.Context, lang: Lang | None = None) -> Options:
    """How to render for this run: a terminal's width and colour only when stdout is one."""
    chosen = lang or _settings(ctx).lang
    if not sys.stdout.isatty():
        return Options(lang=chosen)
    color = not os.environ.get("NO_COLOR")
    return Options(lang=chosen, width=_terminal_width(), color=color)


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


class FindingsFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


class ReportFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    XLSX = "xlsx"
    CSV = "csv"
    JSON = "json"


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


def _emit(content: bytes, output: str | None, binary: bool, data_file: Path | None = None) -> None:
    """Write to stdout (no --output, or -) or atomically to a file, never onto the data file."""
    if output is None or output == "-":
        if binary and sys.stdout.isatty():
            raise InputError(Msg.BINARY_NEEDS_FILE)
        sys.stdout.flush()
        sys.stdout.buffer.write(content)
        sys.stdout.buffer.flush()
        return
    store.write_output(Path(output), content, data_file)
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
    )
    with store.transaction(_file(ctx)) as data:
        data.store.add_indicator(indicator)
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


# Statuses that make `--fail-on` exit 3: falling short of a target is worse than behind schedule.
FAILING_STATUSES = {FailOn.BEHIND: {Status.BEHIND, Status.NOT_MET}, FailOn.NOT_MET: {Status.NOT_MET}, FailOn.INCOMPLETE: set()}
FAILING_WORDS = {FailOn.BEHIND: Msg.ALERT_BEHIND, FailOn.NOT_MET: Msg.ALERT_NOT_MET}
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
            help=f"Exit {ALERT_EXIT} after printing if any indicator is behind / has not met its target / has no figure yet.",
        ),
    ] = None,
) -> None:
    """Show targets, actuals, 完成率, 同比 and 序时进度 for a period (default: the latest complete one)."""
    report = _status_of(ctx, _period_option(year, period))
    _show(ctx, Document.STATUS, report, output_format)
    if fail_on is FailOn.INCOMPLETE and report.missing:
        names = ", ".join(row.name for row in report.missing)
        _say(say(Msg.ALERT_INCOMPLETE, count=len(report.missing), period=report.period, names=names))
        raise typer.Exit(ALERT_EXIT)
    if fail_on is not None and fail_on is not FailOn.INCOMPLETE:
        failing = [row for row in report.rows if row.status in FAILING_STATUSES[fail_on]]
        if failing:
            names = ", ".join(f"{row.name} ({row.status})" for row in failing)
            _say(say(Msg.ALERT, count=len(failing), condition=FAILING_WORDS[fail_on], period=report.period, names=names))
            raise typer.Exit(ALERT_EXIT)


def _status_of(ctx: typer.Context, chosen: Period | None) -> StatusReport:
    """The status for a chosen period, which must have figures; or the default, saying what it passed over."""
    data = store.load(_file(ctx))
    if chosen is not None and not has_figures(data, chosen):
        raise InputError(Msg.NO_FIGURES, period=words.period_label(chosen, words.language()))
    report = build_status(data, chosen)
    if report.period is None:
        _say(say(Msg.EMPTY_FILE))
    if report.later_partial is not None and report.period is not None:
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
        _say(say(Msg.CHECK_PASSED, count=len(result.comparisons)))
        return
    from jctrack.render.findings import CHECK_KINDS

    details = [
        say(Msg.CHECK_DISAGREES, name=c.indicator_name, period=c.period, kind=CHECK_KINDS[c.type], stated=c.stated, computed=c.computed)
        for c in disagreeing
    ]
    summary = say(Msg.CHECK_FAILED, disagreeing=len(disagreeing), problems=len(result.problems))
    _say(say(Msg.CHECK_FAILED_DETAILS, summary=summary, details=details) if details else summary)
    raise typer.Exit(1)


@app.command()
def report(
    ctx: typer.Context,
    year: YearOpt = None,
    period: PeriodOpt = None,
    output_format: Annotated[
        ReportFormat | None, typer.Option("--format", help="text, markdown, html, xlsx, csv or json (default: from --output, else text).")
    ] = None,
    output: OutputOpt = None,
    lang: LangOpt = None,
) -> None:
    """The progress report: narrative sentences, the status table, and each indicator's history."""
    from jctrack.report import build_report

    fmt = Format(_infer_format(output_format, output, ReportFormat, ReportFormat.TEXT).value)
    document_lang = lang or _settings(ctx).lang
    status = _status_of(ctx, _period_option(year, period))
    built = build_report(store.load(_file(ctx)), status, document_lang)
    buffer = io.BytesIO()
    renderer_for(Document.REPORT, fmt)(built, buffer, Options(lang=document_lang))
    _emit(buffer.getvalue(), output, fmt.binary, _file(ctx))


@app.command()
def history(
    ctx: typer.Context,
    indicator_ref: IndicatorArg,
    from_year: Annotated[int | None, typer.Option("--from", help="First year to show.")] = None,
    output_format: Annotated[TableFormat, typer.Option("--format", help="Output format.")] = TableFormat.TABLE,
) -> None:
    """Every year of one indicator: target, actual, 同比, 完成率 and status, with a bar per year."""
    from jctrack.calc import build_history

    data = store.load(_file(ctx))
    built = build_history(data.find(indicator_ref), data.rounding, from_year)
    _show(ctx, Document.HISTORY, built, output_format)


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


@app.command()
def export(
    ctx: typer.Context,
    output_format: Annotated[ExportFormat | None, typer.Option("--format", help="csv or xlsx (default: from --output, else csv).")] = None,
    output: OutputOpt = None,
) -> None:
    """Every indicator and value in long form, for a spreadsheet or `jctrack import`."""
    from jctrack import longform, tabular

    fmt = _infer_format(output_format, output, ExportFormat, ExportFormat.CSV)
    data = store.load(_file(ctx))
    definitions, values, settings = longform.definition_rows(data), longform.value_rows(data), longform.setting_rows(data)
    if fmt is ExportFormat.XLSX:
        _emit(tabular.xlsx_bytes(definitions, values, settings=settings), output, True, _file(ctx))
        return
    text = tabular.csv_text(definitions, values, settings=settings)
    # Excel and WPS read a CSV file as UTF-8 only with a byte-order mark; a pipe gets none.
    _emit((text if output in (None, "-") else "\ufeff" + text).encode("utf-8"), output, False, _file(ctx))


@app.command("import")
def import_(
    ctx: typer.Context,
    source: Annotated[Path, typer.Argument(metavar="FILE", help="A .csv or .xlsx file in the long form of `export`.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would change; write nothing.")] = False,
    replace: ReplaceOpt = False,
) -> None:
    """Import indicators and values from CSV or XLSX: every row is checked first, and any bad row refuses all."""
    from jctrack import longform, tabular

    definitions, values, settings = tabular.read_long_form(source)
    if not definitions and not values and not settings:
        raise InputError(Msg.NO_ROWS, source=source)
    with store.transaction(_file(ctx)) as data:
        try:
            plan = longform.apply_import(data.store, definitions, values, replace, settings=settings)
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


def _report_text(source: str) -> tuple[str, str]:
    """The text of FILE, or of stdin for -, and a name for it."""
    from jctrack.textfigures import read_text

    if source == "-":
        return sys.stdin.read(), "stdin"
    return read_text(Path(source)), Path(source).name


@app.command()
def audit(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(metavar="FILE|-", help="Report text (UTF-8 or GB18030); - reads stdin.")],
    output_format: Annotated[FindingsFormat, typer.Option("--format", help="table or json.")] = FindingsFormat.TABLE,
    use_data: Annotated[bool, typer.Option("--data", help="Also take bases and targets from the data file.")] = False,
) -> None:
    """Recompute every percentage a report states; exit 1 if any is inconsistent."""
    from jctrack import audit as auditing
    from jctrack.render.findings import AuditResult, audit_summary

    text, _ = _report_text(source)
    data = store.load(_file(ctx)) if use_data else None
    findings = auditing.audit(text, data)
    _show(ctx, Document.AUDIT, AuditResult(findings), output_format)
    _say(audit_summary(findings, _settings(ctx).lang))
    if any(finding.verdict == "inconsistent" for finding in findings):
        raise typer.Exit(1)


@app.command()
def extract(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(metavar="FILE|-", help="Report text (UTF-8 or GB18030); - reads stdin.")],
    year: Annotated[int | None, typer.Option("--year", help="The year figures are for where the text names none.")] = None,
    apply: Annotated[bool, typer.Option("--apply", help="Store the figures of known indicators.")] = False,
    source_label: Annotated[str | None, typer.Option("--source", help="Recorded as each value's source (default: FILE).")] = None,
    replace: ReplaceOpt = False,
    output_format: Annotated[FindingsFormat, typer.Option("--format", help="table or json.")] = FindingsFormat.TABLE,
) -> None:
    """List the figures a report states, matched to the file's indicators; --apply stores them."""
    from jctrack import extract as extracting
    from jctrack.render.findings import ExtractResult

    text, name = _report_text(source)
    path = _file(ctx)
    figures = extracting.extract(text, store.load(path), year)
    _show(ctx, Document.EXTRACT, ExtractResult(figures), output_format)
    new = [figure.name for figure in figures if figure.indicator is None]
    if new:
        _say(say(Msg.UNMATCHED_FIGURES, count=len(new), names=list(dict.fromkeys(new))))
    if not apply:
        return
    with store.transaction(path) as data:
        # Resolve again against the locked copy, so nothing written in between is overwritten.
        changes = extracting.apply(data.store, extracting.extract(text, data.store, year), source_label or name, replace)
        if any(change.action is not edits.Action.UNCHANGED for change in changes):
            data.changed()
    said = [change.describe() for change in changes if change.action is not edits.Action.UNCHANGED or change.kept]
    for line in said or [say(Msg.NOTHING_NEW)]:
        _say(line)


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
