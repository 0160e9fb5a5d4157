"""The `jctrack` command line: parses arguments, calls the store and the calculations, prints results."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from jctrack import __version__, edits, store
from jctrack.calc import build_status
from jctrack.errors import InputError, JctrackError
from jctrack.model import Direction, Indicator, Kind, Period, Store
from jctrack.render import REPORT_SUFFIXES, Format, ReportFormat, renderer_for
from jctrack.units import known_units

app = typer.Typer(
    name="jctrack",
    help="Track a town's yearly targets (目标) and actuals (完成值): exact 同比增长, 完成率 and 序时进度.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

F = TypeVar("F", bound=Callable[..., Any])


def _say(message: str) -> None:
    """Messages go to stderr, so stdout carries only data."""
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def handles_errors(command: F) -> F:
    """The boundary: a JctrackError becomes one line on stderr and exit status 1."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except JctrackError as exc:
            _say("error: " + " ".join(str(exc).split("\n")))
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            _say("interrupted; the data file is unchanged")
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def _version(show: bool) -> None:
    if show:
        print(f"jctrack {__version__}")
        raise typer.Exit()


@app.callback()
def options(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Option("--file", "-f", envvar="JCTRACK_FILE", help="The data file.", show_default=True),
    ] = Path(store.DEFAULT_FILE),
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    ctx.obj = file


def _file(ctx: typer.Context) -> Path:
    path = ctx.obj
    assert isinstance(path, Path)
    return path


# --- shared argument types -------------------------------------------------------------------------

IndicatorArg = Annotated[str, typer.Argument(metavar="INDICATOR", help="Indicator id, Chinese name or alias.", show_default=False)]
ValueArg = Annotated[
    str, typer.Argument(metavar="VALUE", help="The figure, optionally with its unit: 201, 4800万元 (a negative one after --).")
]
StatedGrowthOpt = Annotated[str | None, typer.Option("--stated-growth", help="Growth the source stated, as written: 14.4 or 15%.")]
NoteOpt = Annotated[str | None, typer.Option("--note", help="A remark, e.g. 全口径.")]
SourceOpt = Annotated[str | None, typer.Option("--source", help="Document and date the figure comes from.")]
ReplaceOpt = Annotated[bool, typer.Option("--replace", help="Replace an existing value (kept in the history).")]


# --- commands --------------------------------------------------------------------------------------


@app.command()
@handles_errors
def init(
    ctx: typer.Context,
    entity: Annotated[str, typer.Option("--entity", help="Whose targets these are, e.g. 金城镇.")] = "",
) -> None:
    """Create an empty data file (never overwrites one)."""
    path = _file(ctx)
    store.create(path, Store(entity=entity))
    _say(f"created {path}")


@app.command("add-indicator")
@handles_errors
def add_indicator(
    ctx: typer.Context,
    indicator_id: Annotated[str, typer.Argument(metavar="ID", help="ASCII id for scripts, e.g. industrial_sales.")],
    name: Annotated[str, typer.Option("--name", help="Chinese name, e.g. 工业开票销售.")],
    unit: Annotated[str, typer.Option("--unit", help="Unit: " + ", ".join(known_units()) + ".")],
    kind: Annotated[Kind, typer.Option("--kind", help="flow, count, ratio (a share in %) or level.")] = Kind.FLOW,
    direction: Annotated[Direction, typer.Option("--direction", help="up: higher is better; down: lower.")] = Direction.UP,
    alias: Annotated[list[str] | None, typer.Option("--alias", help="Another name it goes by (repeatable).")] = None,
    name_en: Annotated[str | None, typer.Option("--name-en", help="English name for English reports.")] = None,
    allow_negative: Annotated[bool, typer.Option("--allow-negative", help="Values may be below zero.")] = False,
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
    )
    with store.transaction(_file(ctx)) as data:
        try:
            data.add_indicator(indicator)
        except JctrackError as exc:
            raise InputError(str(exc).removeprefix(f"indicators.{indicator_id}: ")) from None
    _say(f"added indicator {indicator_id} ({name}, {unit})")


@app.command("set-target")
@handles_errors
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
        indicator = data.find(indicator_ref)
        entry = edits.make_entry(indicator, value, stated_growth=stated_growth, base=base, note=note, source=source)
        change = edits.put(data, indicator, "target", target_year, entry, replace)
        if change.action == "unchanged":
            raise store.Unchanged
    _say(change.describe())


@app.command("add-actual")
@handles_errors
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
) -> None:
    """Record an actual (完成值) for a year or a year-to-date month."""
    period = Period.parse(period_text)
    with store.transaction(_file(ctx)) as data:
        indicator = data.find(indicator_ref)
        entry = edits.make_entry(
            indicator, value, stated_growth=stated_growth, base=base, note=note, source=source, stated_status=stated_status
        )
        change = edits.put(data, indicator, "actual", period, entry, replace)
        if change.action == "unchanged":
            raise store.Unchanged
    _say(change.describe())


def _period_option(year: int | None, period: str | None) -> Period | None:
    """--year and --period are alternatives; neither means the latest period with data."""
    if year is not None and period is not None:
        raise typer.BadParameter("give --year or --period, not both")
    if year is not None:
        return Period.parse(str(year))
    return None if period is None else Period.parse(period)


class FailOn(StrEnum):
    BEHIND = "behind"
    NOT_MET = "not-met"


# Statuses that make `--fail-on` exit 3: falling short of a target is worse than behind schedule.
FAILING_STATUSES = {FailOn.BEHIND: {"behind", "not_met"}, FailOn.NOT_MET: {"not_met"}}
ALERT_EXIT = 3

YearOpt = Annotated[int | None, typer.Option("--year", help="A whole year, e.g. 2018.")]
PeriodOpt = Annotated[str | None, typer.Option("--period", help="A year-to-date month, e.g. 2019-06.")]


@app.command()
@handles_errors
def status(
    ctx: typer.Context,
    year: YearOpt = None,
    period: PeriodOpt = None,
    output_format: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.TABLE,
    fail_on: Annotated[
        FailOn | None,
        typer.Option("--fail-on", help=f"Exit {ALERT_EXIT} after printing if any indicator is behind / has not met its target."),
    ] = None,
) -> None:
    """Show targets, actuals, 完成率, 同比 and 序时进度 for a period (default: the latest with data)."""
    chosen = _period_option(year, period)
    data = store.load(_file(ctx))
    report = build_status(data, chosen)
    if report.period is None:
        _say("the file has no targets or actuals yet; add them with `jctrack set-target` and `jctrack add-actual`")
    renderer_for(output_format)(report, sys.stdout)
    if fail_on is not None:
        failing = [row for row in report.rows if row.status in FAILING_STATUSES[fail_on]]
        if failing:
            sys.stdout.flush()
            names = ", ".join(f"{row.name} ({row.status})" for row in failing)
            _say(f"alert: {len(failing)} indicator(s) {fail_on.value} in {report.period}: {names}")
            raise typer.Exit(ALERT_EXIT)


@app.command()
@handles_errors
def check(
    ctx: typer.Context,
    output_format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """Validate the file and compare every stated growth rate with the stored figures; exit 1 on any disagreement."""
    from jctrack.checks import check_store
    from jctrack.render import checkout

    if output_format not in ("table", "json"):
        raise typer.BadParameter("--format must be table or json")
    result = check_store(store.load(_file(ctx)))
    if output_format == "json":
        checkout.render_json(result, sys.stdout)
    else:
        checkout.render_table(result, sys.stdout)
    _say(checkout.summary(result))
    if not result.ok:
        raise typer.Exit(1)


def _emit(content: str | bytes, output: str | None) -> None:
    """Write to stdout (no --output, or -) or atomically to a file."""
    if output is None or output == "-":
        if isinstance(content, bytes):
            if sys.stdout.isatty():
                raise InputError("that format is binary; write it to a file with --output FILE")
            sys.stdout.flush()
            sys.stdout.buffer.write(content)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(content)
        return
    store.write_atomic(Path(output), content)
    _say(f"wrote {output}")


def _infer_format(chosen: Any, output: str | None, suffixes: dict[str, Any], default: Any) -> Any:
    """An explicit --format wins; else the output file's suffix; else the default."""
    if chosen is not None:
        return chosen
    if output and output != "-":
        suffix = Path(output).suffix.lower()
        if suffix in suffixes:
            return suffixes[suffix]
        raise InputError(f"cannot tell the format from {output!r}; add --format ({', '.join(str(v) for v in set(suffixes.values()))})")
    return default


class Lang(StrEnum):
    ZH = "zh"
    EN = "en"


OutputOpt = Annotated[str | None, typer.Option("--output", "-o", help="Write to FILE (atomically); - for stdout.")]


@app.command()
@handles_errors
def report(
    ctx: typer.Context,
    year: YearOpt = None,
    period: PeriodOpt = None,
    output_format: Annotated[
        ReportFormat | None, typer.Option("--format", help="text, markdown, html, xlsx, csv or json (default: from --output, else text).")
    ] = None,
    output: OutputOpt = None,
    lang: Annotated[Lang, typer.Option("--lang", help="Language of labels and sentences.")] = Lang.ZH,
) -> None:
    """The progress report: narrative sentences, the status table, and each indicator's history."""
    from jctrack.render import reporting
    from jctrack.report import build_report

    chosen = _period_option(year, period)
    fmt = _infer_format(output_format, output, REPORT_SUFFIXES, ReportFormat.TEXT)
    built = build_report(store.load(_file(ctx)), chosen, lang.value)
    _emit(reporting.render(built, fmt), output)


@app.command()
@handles_errors
def history(
    ctx: typer.Context,
    indicator_ref: IndicatorArg,
    from_year: Annotated[int | None, typer.Option("--from", help="First year to show.")] = None,
    output_format: Annotated[Format, typer.Option("--format", help="Output format.")] = Format.TABLE,
) -> None:
    """Every year of one indicator: target, actual, 同比, 完成率 and status, with a bar per year."""
    from jctrack.calc import build_history
    from jctrack.render import history as history_render
    from jctrack.report import IndicatorHistory

    data = store.load(_file(ctx))
    ind = data.find(indicator_ref)
    lines = build_history(ind, data.rounding, from_year)
    built = IndicatorHistory(ind.id, ind.name, ind.name_en, ind.unit, ind.kind.value, lines)
    history_render.renderer_for(output_format)(built, sys.stdout)


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


@app.command()
@handles_errors
def export(
    ctx: typer.Context,
    output_format: Annotated[ExportFormat | None, typer.Option("--format", help="csv or xlsx (default: from --output, else csv).")] = None,
    output: OutputOpt = None,
) -> None:
    """Every indicator and value in long form, for a spreadsheet or `jctrack import`."""
    from jctrack import longform, tabular

    fmt = _infer_format(output_format, output, {".csv": ExportFormat.CSV, ".xlsx": ExportFormat.XLSX}, ExportFormat.CSV)
    data = store.load(_file(ctx))
    definitions, values = longform.definition_rows(data), longform.value_rows(data)
    if fmt is ExportFormat.XLSX:
        _emit(tabular.xlsx_bytes(definitions, values), output)
        return
    text = tabular.csv_text(definitions, values)
    # Excel and WPS read a CSV file as UTF-8 only with a byte-order mark; a pipe gets none.
    _emit(text if output in (None, "-") else "\ufeff" + text, output)


@app.command("import")
@handles_errors
def import_(
    ctx: typer.Context,
    source: Annotated[Path, typer.Argument(metavar="FILE", help="A .csv or .xlsx file in the long form of `export`.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would change; write nothing.")] = False,
    replace: ReplaceOpt = False,
) -> None:
    """Import indicators and values from CSV or XLSX: every row is checked first, and any bad row refuses all."""
    from jctrack import longform, tabular

    definitions, values = tabular.read_table(source)
    if not definitions and not values:
        raise InputError(f"{source} has no rows to import; see `jctrack export` for the columns")
    with store.transaction(_file(ctx)) as data:
        try:
            plan = longform.apply_import(data, definitions, values, replace)
        except longform.ImportRefused as refused:
            for label, reason in refused.problems:
                _say(f"{label}: {reason}")
            raise
        for indicator in plan.new_indicators:
            print(f"{'would add' if dry_run else 'added'} indicator {indicator.id} ({indicator.name}, {indicator.unit})")
        for change in plan.changes:
            if change.action != "unchanged":
                print(change.describe(dry_run))
        counts = plan.counts()
        if dry_run or counts["indicators"] + counts["added"] + counts["replaced"] + counts["updated"] == 0:
            raise store.Unchanged
    summary = ", ".join(f"{count} {what}" for what, count in counts.items())
    _say(f"{'dry run, nothing written: ' if dry_run else 'imported: '}{summary}")


class AuditFormat(StrEnum):
    TABLE = "table"
    JSON = "json"


def _report_text(source: str) -> tuple[str, str]:
    """The text of FILE, or of stdin for -, and a name for it."""
    from jctrack.textfigures import read_text

    if source == "-":
        return sys.stdin.read(), "stdin"
    return read_text(Path(source)), Path(source).name


@app.command()
@handles_errors
def audit(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(metavar="FILE|-", help="Report text (UTF-8 or GB18030); - reads stdin.")],
    output_format: Annotated[AuditFormat, typer.Option("--format", help="table or json.")] = AuditFormat.TABLE,
    use_data: Annotated[bool, typer.Option("--data", help="Also take bases and targets from the data file.")] = False,
) -> None:
    """Recompute every percentage a report states; exit 1 if any is inconsistent."""
    from jctrack import audit as auditing
    from jctrack.render import auditout

    text, _ = _report_text(source)
    data = store.load(_file(ctx)) if use_data else None
    findings = auditing.audit(text, data)
    if output_format is AuditFormat.JSON:
        auditout.render_findings_json(findings, sys.stdout)
    else:
        auditout.render_findings_table(findings, sys.stdout)
    _say(auditout.summary_line(findings))
    if any(finding.verdict == "inconsistent" for finding in findings):
        raise typer.Exit(1)


@app.command()
@handles_errors
def extract(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(metavar="FILE|-", help="Report text (UTF-8 or GB18030); - reads stdin.")],
    year: Annotated[int | None, typer.Option("--year", help="The year figures are for where the text names none.")] = None,
    apply: Annotated[bool, typer.Option("--apply", help="Store the figures of known indicators.")] = False,
    source_label: Annotated[str | None, typer.Option("--source", help="Recorded as each value's source (default: FILE).")] = None,
    replace: ReplaceOpt = False,
    output_format: Annotated[AuditFormat, typer.Option("--format", help="table or json.")] = AuditFormat.TABLE,
) -> None:
    """List the figures a report states, matched to the file's indicators; --apply stores them."""
    from jctrack import extract as extracting
    from jctrack.render import auditout

    text, name = _report_text(source)
    path = _file(ctx)
    figures = extracting.extract(text, store.load(path), year)
    if output_format is AuditFormat.JSON:
        auditout.render_figures_json(figures, sys.stdout)
    else:
        auditout.render_figures_table(figures, sys.stdout)
    new = [figure.name for figure in figures if figure.indicator is None]
    if new:
        _say(f"{len(new)} figure(s) match no indicator (add them with `jctrack add-indicator`): {', '.join(dict.fromkeys(new))}")
    if not apply:
        return
    with store.transaction(path) as data:
        # Resolve again against the locked copy, so nothing written in between is overwritten.
        changes = extracting.apply(data, extracting.extract(text, data, year), source_label or name, replace)
        if not any(change.action != "unchanged" for change in changes):
            raise store.Unchanged
    for change in changes:
        if change.action != "unchanged":
            _say(change.describe())


def _run_editor(path: Path) -> None:
    import shlex
    import subprocess

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        if not sys.stdin.isatty():
            raise InputError("no editor: set EDITOR (e.g. EDITOR=nano) to use `jctrack edit`")
        editor = "vi"
    try:
        completed = subprocess.run([*shlex.split(editor), str(path)], check=False)
    except FileNotFoundError:
        raise InputError(f"the editor {editor!r} was not found; set EDITOR to one that is installed") from None
    if completed.returncode != 0:
        raise InputError(f"the editor {editor!r} exited with status {completed.returncode}; nothing was saved")


@app.command()
@handles_errors
def edit(ctx: typer.Context) -> None:
    """Edit the data file in $EDITOR under the lock; it is saved only if it is valid."""
    outcome = store.edit(_file(ctx), _run_editor)
    _say(f"{_file(ctx)}: {'no changes' if outcome == 'unchanged' else 'saved'}")


def _utf8_streams() -> None:
    # Under cron (`env -i`, LANG=C) Python may pick ASCII; Chinese output must still print.
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def main() -> None:
    _utf8_streams()
    app()
