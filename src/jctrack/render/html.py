"""The reports as self-contained HTML pages: inline CSS and inline SVG charts whose text the browser draws.

Nothing is fetched (no script, stylesheet, font or image): a page opens offline. Every text from the
data file is escaped. One stylesheet serves a desk, a phone (390 px: charts re-laid, the office table
scrolling sideways with its indicator column fixed) and a printed A4 page (headings kept with what
follows, tables with their heading, the header row on every page, page numbers; landscape when the
office table needs it). One palette, by meaning, colours the table and the charts alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING, BinaryIO

from jctrack.calc import IndicatorHistory, MonthLine, MonthlyHistory, Source, StatusReport, StatusRow
from jctrack.decimals import HUNDRED, plain
from jctrack.model import Period, Schedule
from jctrack.render import Options
from jctrack.render.cells import BAD_STATUSES, GOOD_STATUSES, completion_of, history_heading, monthly_table, monthly_title, name_of
from jctrack.render.charts import Bar, Column, Marker, Series, columns, hbars, month_lines
from jctrack.render.layout import BREAK, unbroken
from jctrack.render.office import (
    Medium,
    Style,
    Table,
    figure_text,
    foot_lines,
    footer_lines,
    growth_tone,
    history_footnote,
    history_table,
    lead_lines,
    lead_sections,
    office_table,
    report_title,
    shown_rows,
    side_foot_lines,
    side_tables,
    status_text,
)
from jctrack.report import Report
from jctrack.textwidth import width
from jctrack.words import Lang, Months, period_label, say, unit_name
from jctrack.words.labels import Label

if TYPE_CHECKING:  # the district's modules load only when a district command runs
    from jctrack.district import DistrictReport, IndicatorStatus

# The browser picks the first family it has; every one is a local font, none is downloaded.
FONTS = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei','SimHei',sans-serif"

# The palette, by meaning: the same in the table, the cards and the charts.
PALETTE = {
    "good": "#1b7a3a",
    "bad": "#c0392b",
    "warn": "#8a5a00",  # 关注: a dark amber, apart from the 序时进度 orange
    "neutral": "#6b7480",
    "target": "#263238",
    "schedule": "#d9730d",
    "ceiling": "#7b3fa0",
    "actual": "#3d6fa8",
    "axis": "#9aa3ad",
}

PORTRAIT_WIDTH = 100  # columns (a CJK character two) an A4 portrait page's table holds at 10.5pt

CSS = """
:root { %(palette)s --ink: #1f2328; --rule: #c8ced6; --head: #edf1f5; --soft: #5b636e; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%%; text-size-adjust: 100%%; }
body { margin: 0; font-family: %(fonts)s; color: var(--ink); line-height: 1.7; font-size: 15px; background: #fff; }
main { max-width: 80rem; margin: 0 auto; padding: 1.5rem 2rem 3rem; }
h1 { font-size: 1.55rem; text-align: center; margin: .4rem 0 1.2rem; line-height: 1.4; }
h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--target); }
h3 { font-size: 1.02rem; margin: 1.4rem 0 .3rem; }
p { margin: .35rem 0; }
.prose p { text-indent: 2em; text-align: justify; }
.lead, .fn { font-size: .875rem; color: var(--soft); }
.lead span + span { margin-left: 1.5em; }
.kpis { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: .75rem; margin: 0 0 1rem; }
.kpi { border: 1px solid var(--rule); border-top: 4px solid var(--neutral); padding: .5rem .75rem .6rem; break-inside: avoid; }
.kpi.k-good { border-top-color: var(--good); }
.kpi.k-bad { border-top-color: var(--bad); }
.kpi.k-ceiling { border-top-color: var(--ceiling); }
.kpi .name { font-size: .875rem; color: var(--soft); }
.kpi .figure { font-size: 1.55rem; font-weight: 700; font-variant-numeric: tabular-nums; line-height: 1.3; }
.kpi .unit { font-size: .875rem; font-weight: 400; margin-left: .2em; }
.kpi .sub { font-size: .875rem; display: flex; flex-wrap: wrap; column-gap: .8em; }
.kpi .sub span { white-space: nowrap; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; font-size: .875rem; margin: .4rem 0; }
table.office { width: 100%%; }
table.compact { width: auto; }
th.seq, th.unit, th.status { white-space: nowrap; }
.office .name { min-width: 8em; }
.matrix .name, .ranking .name, .monthly .name { white-space: nowrap; }
td.note { min-width: 6em; }
.pair { display: flex; flex-wrap: wrap; gap: .5rem 2.5rem; align-items: flex-end; }
.pair > * { margin: 0; }
th, td { border: 1px solid var(--rule); padding: .25rem .5rem; }
th { background: var(--head); font-weight: 600; text-align: center; vertical-align: bottom; line-height: 1.35; }
thead th { word-break: keep-all; }
tbody th { background: none; font-weight: 400; text-align: left; vertical-align: middle; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.name { min-width: 7em; }
td.seq { text-align: center; }
td.status, td.level, td.owner, td.unit, td.period { white-space: nowrap; }
table.dense { font-size: .8125rem; }
table.dense th, table.dense td { padding: .2rem .35rem; }
h1, h2, h3, figcaption, .kpi .sub, .kpi .name { text-wrap: balance; }
.good { color: var(--good); } .bad { color: var(--bad); } .warn { color: var(--warn); } .ceiling { color: var(--ceiling); }
td.bad { font-weight: 600; }
tr.alert td { background: #fcefed; }
figure { margin: .8rem 0 1rem; }
figcaption { font-size: .875rem; color: var(--soft); }
.swatch { display: inline-block; width: .9em; height: .9em; vertical-align: -.1em; margin: 0 .25em 0 .9em; }
.swatch.line { height: 0; border-top: 2px solid; vertical-align: .3em; }
.swatch.dashed { border-top-style: dashed; }
svg { max-width: 100%%; height: auto; display: block; }
svg text { font-family: %(fonts)s; font-size: 13px; fill: var(--ink); }
%(svg_palette)s
.s-axis { stroke: var(--axis); stroke-width: 1; }
.chart-narrow { display: none; }
footer.sign { margin-top: 2rem; text-align: right; font-size: .95rem; }
footer.sign p { margin: .1rem 0; }
@media (max-width: 640px) {
  body { font-size: 14px; }
  main { padding: .75rem .75rem 2rem; }
  h1 { font-size: 1.3rem; }
  .kpis { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: .5rem; }
  .kpi .figure { font-size: 1.3rem; }
  .chart-wide { display: none; }
  .chart-narrow { display: block; }
  table.office { width: auto; }
  .office .name { min-width: 6.5em; max-width: 9em; text-wrap: balance; }
  .office .seq { display: none; }
  .office .name { position: sticky; left: 0; z-index: 1; background: #fff; box-shadow: 1px 0 0 var(--rule); }
  .office tr.alert .name { background: #fcefed; }
  thead th.name, .matrix thead th, .ranking thead th:first-child { background: var(--head); }
  .matrix .name, .ranking .name { position: sticky; left: 0; z-index: 1; background: #fff; box-shadow: 1px 0 0 var(--rule); }
}
@media print {
  @page { size: A4 %(orientation)s; margin: 14mm 12mm 16mm; @bottom-center { content: %(page_of)s; font-size: 9pt; color: #555; } }
  @page wide { size: A4 landscape; }
  .wide { page: wide; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h1 { margin-top: 0; }
  h2, h3, .lead { break-after: avoid; page-break-after: avoid; }
  .keep, figure, .kpi, tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .scroll { overflow: visible; }
  .chart-wide { display: block !important; }
  .chart-narrow { display: none !important; }
  .kpis { grid-template-columns: repeat(4, minmax(0, 1fr)); }
  table { font-size: 9.5pt; }
}
"""


def stylesheet(lang: Lang, landscape: bool) -> str:
    palette = " ".join(f"--{name}: {colour};" for name, colour in PALETTE.items())
    svg_palette = "\n".join(
        f".f-{name} {{ fill: var(--{name}); }} .s-{name} {{ stroke: var(--{name}); }} .t-{name} {{ fill: var(--{name}); }}"
        for name in PALETTE
    )
    return CSS % {
        "palette": palette,
        "fonts": FONTS,
        "svg_palette": svg_palette,
        "orientation": "landscape" if landscape else "portrait",
        "page_of": _page_counter(lang),
    }


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _page_counter(lang: Lang) -> str:
    """The page footer as CSS content: the words' {page} and {pages} become the counters."""
    template = say(Label.PAGE_OF, lang, page="\x00page\x00", pages="\x00pages\x00")
    parts = []
    for index, piece in enumerate(template.split("\x00")):
        if index % 2:
            parts.append(f"counter({piece})")
        elif piece:
            parts.append(_css_string(piece))
    return " ".join(parts)


def page(title: str, lang: Lang, body: list[str], landscape: bool = False) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{say(Label.HTML_LANG, lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{stylesheet(lang, landscape)}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body)
        + "\n</main>\n</body>\n</html>\n"
    )


def header_html(text: str) -> str:
    """A header with its soft breaks kept as break opportunities for the browser."""
    return escape(unbroken(text)) if BREAK not in text else "<wbr>".join(escape(part) for part in text.split(BREAK))


# --- the office table -----------------------------------------------------------------------------


def _cell_class(column_key: str, numeric: bool, tone: str | None) -> str:
    classes = ["num" if numeric else column_key]
    if tone:
        classes.append(tone)
    return " ".join(classes)


def office_html(table: Table, css: str = "office") -> str:
    head = "".join(f'<th class="{column.key}" scope="col">{header_html(table.header(column))}</th>' for column in table.columns)
    rows = []
    for entry in table.entries:
        cells = []
        for column in table.columns:
            tone = column.tone(entry.row) if column.tone else None
            text = column.cell(entry, table.context)
            classes = _cell_class(column.key, column.numeric, tone) + (" seq" if column.key == "seq" else "")
            tag = "th" if column.key == "name" else "td"
            scope = ' scope="row"' if tag == "th" else ""
            cells.append(f'<{tag} class="{classes}"{scope}>{escape(text)}</{tag}>')
        alert = ' class="alert"' if entry.row.status in BAD_STATUSES else ""
        rows.append(f"<tr{alert}>" + "".join(cells) + "</tr>")
    # A table of many columns (the outlook beside the figures) sets a little smaller, so it fits a desktop page.
    dense = " dense" if len(table.columns) > DENSE_COLUMNS else ""
    return f'<div class="scroll"><table class="{css}{dense}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'


DENSE_COLUMNS = 12
WRAPPING = {"name": 16, "note": 12}  # columns whose cells wrap in print, at about this width


def needs_landscape(table: Table) -> bool:
    """Whether the office table is wider than an A4 portrait page holds, estimated in columns (a CJK
    character two): figures and statuses at their widest, names and notes wrapped, headers at their words."""
    total = 0
    for column in table.columns:
        cells = [width(cell) for cell in table.cells(column)]
        header = max((width(part) for part in table.header(column).split(BREAK)), default=0)
        widest = max([header, *cells])
        total += min(widest, WRAPPING.get(column.key, widest)) + 3  # padding and rule
    return total > PORTRAIT_WIDTH


# --- the cards at the top ---------------------------------------------------------------------------


def _tone_of(row: StatusRow) -> str:
    if row.is_ceiling and row.status not in BAD_STATUSES:
        return "ceiling"
    if row.status in GOOD_STATUSES:
        return "good"
    return "bad" if row.status in BAD_STATUSES else "neutral"


def kpi_cards(report: StatusReport, lang: Lang, count: int = 4) -> str:
    """The headline indicators (the first four with a figure, in the file's order): figure, 同比, progress."""
    cards = []
    for row in [row for row in shown_rows(report) if row.actual is not None][:count]:
        assert row.actual is not None
        unit = "" if row.unit == "%" else unit_name(row.unit, lang)
        figure = plain(row.actual) + ("%" if row.unit == "%" else "")
        subs = []
        growth = row.growth_pp if row.growth_pp is not None else row.growth_pct
        if growth is not None:
            style = Style.POINTS if row.growth_pp is not None else Style.SIGNED
            said = figure_text(growth, style, lang) + ("" if row.growth_pp is not None else "%")
            said += "*" if row.growth_source is Source.STATED else ""
            tone = growth_tone(row)
            cls = f' class="{tone}"' if tone else ""
            subs.append(f"<span{cls}>{escape(say(Label.KPI_GROWTH, lang, growth=said))}</span>")
        share = completion_of(row)
        if share is not None:
            label = Label.KPI_OF_CEILING if row.is_ceiling else Label.KPI_OF_TARGET
            subs.append(f"<span>{escape(say(label, lang, pct=share))}</span>")
        status = status_text(row, lang)
        tone = _tone_of(row)
        subs.append(f'<span class="{tone}">{escape(status)}</span>')
        cards.append(
            f'<div class="kpi k-{tone}"><div class="name">{escape(name_of(row, lang))}</div>'
            f'<div class="figure">{escape(figure)}<span class="unit">{escape(unit)}</span></div>'
            f'<div class="sub">{"".join(subs[:-1])}</div><div class="sub">{subs[-1]}</div></div>'
        )
    return f'<section class="kpis">{"".join(cards)}</section>' if cards else ""


# --- charts -----------------------------------------------------------------------------------------


def _legend(items: Sequence[tuple[str, str, str]]) -> str:
    """A caption naming only what the chart draws: (palette name, kind "box"/"line"/"dashed", words)."""
    parts = []
    for colour, kind, words in items:
        shape = "" if kind == "box" else (" line dashed" if kind == "dashed" else " line")
        style = f"background: var(--{colour})" if kind == "box" else f"border-color: var(--{colour})"
        parts.append(f'<span class="swatch{shape}" style="{style}"></span>{escape(words)}')
    return f"<figcaption>{''.join(parts)}</figcaption>"


def completion_chart(report: StatusReport, lang: Lang) -> str:
    """完成率 (a ceiling: its share used) per indicator, against 序时进度 and the whole target."""
    period = report.period
    # A share or a stock has no pace through the year: beside 序时进度 only flows and counts, except for a whole year.
    rows = [row for row in shown_rows(report) if completion_of(row) is not None and (period is None or period.is_year or row.accumulates)]
    if len(rows) < 2 or period is None:
        return ""
    bars = []
    for row in rows:
        share = completion_of(row)
        assert share is not None
        bad = row.status in BAD_STATUSES
        # A row measured against last year's pace has its own 序时进度, marked across its bar, not the calendar's.
        own = row.schedule_pct if not period.is_year and row.schedule is Schedule.LAST_YEAR else None
        if row.is_ceiling:
            fill, stroke, tone = "ceiling", "bad" if bad else "", "bad" if bad else "ceiling"
        else:
            tone = "good" if row.status in GOOD_STATUSES else "bad" if bad else "neutral"
            fill, stroke = tone, ""
        bars.append(Bar(name_of(row, lang), share, f"{plain(share)}%", fill, stroke, tone, own))
    markers = []
    legend = []
    progress = report.time_progress_pct
    if not period.is_year and progress is not None and any(bar.pace is None for bar in bars):
        markers.append(Marker(progress, f"{say(Label.TIME_ELAPSED, lang)} {plain(progress)}%", "schedule", dashed=True))
        legend.append(("schedule", "dashed", say(Label.TIME_ELAPSED, lang)))
    if any(bar.pace is not None for bar in bars):
        legend.append(("schedule", "dashed", say(Label.LEGEND_SEASONAL, lang)))
    markers.append(Marker(HUNDRED, f"{say(Label.LEGEND_TARGET, lang)} 100%", "target"))
    legend.append(("target", "line", say(Label.LEGEND_TARGET, lang)))
    fills = {bar.fill for bar in bars}
    for colour, words in (
        ("good", Label.LEGEND_GOOD),
        ("bad", Label.LEGEND_BAD),
        ("neutral", Label.LEGEND_NEUTRAL),
        ("ceiling", Label.LEGEND_CEILING),
    ):
        if colour in fills:
            legend.append((colour, "box", say(words, lang)))
    title = say(Label.CHART_COMPLETION, lang)
    return f'<figure class="keep"><h3>{escape(title)}</h3>{hbars(bars, markers, title)}{_legend(legend)}</figure>'


def _actuals_by_period(report: Report) -> dict[tuple[str, str], Decimal]:
    found = {}
    for row in report.values:
        if row["type"] == "actual" and row["value"]:
            found[(row["indicator"], row["period"])] = Decimal(row["value"])
    return found


def history_charts(history: IndicatorHistory, report: Report) -> str:
    """Whole years beside whole years (each with its target marked), and a year in progress beside the
    same months of the years before: never a year-to-date beside a whole year."""
    lang = report.lang
    charts = []
    whole = [line for line in history.lines if line.period.is_year and line.row.actual is not None]
    items = []
    for line in whole:
        assert line.row.actual is not None
        tone = "good" if line.row.status in GOOD_STATUSES else "bad" if line.row.status in BAD_STATUSES else "actual"
        items.append(Column(period_label(line.period, lang), line.row.actual, plain(line.row.actual), tone, line.row.target))
    drawn = columns(items, history.name)
    if drawn:
        legend = [("actual", "box", say(Label.LEGEND_ACTUAL, lang))]
        legend += [
            (tone, "box", say(word, lang))
            for tone, word in (("good", Label.LEGEND_GOOD), ("bad", Label.LEGEND_BAD))
            if any(i.fill == tone for i in items)
        ]
        if any(item.target is not None for item in items):
            legend.append(("target", "line", say(Label.LEGEND_TARGET, lang)))
        legend = [entry for entry in legend if entry[0] != "actual" or any(i.fill == "actual" for i in items)]
        title = say(Label.CHART_YEARS, lang)
        charts.append(f'<figure class="keep"><figcaption class="chart-title">{escape(title)}</figcaption>{drawn}{_legend(legend)}</figure>')
    latest = history.lines[-1] if history.lines else None
    if latest is not None and not latest.period.is_year and latest.row.actual is not None:
        month = latest.period.month
        known = _actuals_by_period(report)
        same = []
        for year in range(latest.period.year - 9, latest.period.year + 1):
            period = Period(year, month)
            value = known.get((history.id, str(period)))
            if value is None and year == latest.period.year - 1:
                value = latest.row.base  # the comparable base of last year's same months, where published
            if value is not None:
                same.append(Column(period_label(Period(year), lang), value, plain(value), "actual"))
        drawn = columns(same, history.name)
        if drawn:
            title = say(Label.CHART_SAME_PERIOD, lang, months=Months(latest.period))
            legend = [("actual", "box", say(Label.LEGEND_ACTUAL, lang))]
            charts.append(
                f'<figure class="keep"><figcaption class="chart-title">{escape(title)}</figcaption>{drawn}{_legend(legend)}</figure>'
            )
    return "".join(charts)


# --- the town's report --------------------------------------------------------------------------------


def _paragraphs(lines: Sequence[str], css: str = "fn") -> str:
    return "".join(f'<p class="{css}">{escape(line)}</p>' for line in lines)


def status_block(report: StatusReport, lang: Lang) -> tuple[str, Table]:
    table = office_table(report, lang, Medium.DOCUMENT)
    lead = "".join(f"<span>{escape(line)}</span>" for line in lead_lines(report, table, lang))
    parts = [f'<div class="keep"><h3>{escape(table.title)}</h3>']
    parts.append(f'<p class="lead">{lead}</p>' if lead else "")
    if table.entries:
        parts.append(office_html(table))
    parts.append(_paragraphs(foot_lines(report, table, lang, with_notes=False)))
    parts.append("</div>")
    for side in side_tables(report, lang):
        parts.append(f'<div class="keep"><h3>{escape(side.title)}</h3>{office_html(side)}{_paragraphs(side_foot_lines(side))}</div>')
    return "".join(parts), table


def history_block(history: IndicatorHistory, report: Report) -> str:
    lang = report.lang
    table = history_table([(line.period, line.row) for line in history.lines], lang)
    return (
        f'<section class="history keep"><h3>{escape(history_heading(history, lang))}</h3><div class="pair">'
        + history_charts(history, report)
        + f"<div>{office_html(table, 'compact')}</div></div></section>"
    )


def report_page(report: Report) -> str:
    lang = report.lang
    status = report.status
    title = report_title(status, lang)
    block, table = status_block(status, lang)
    body = [f"<h1>{escape(title)}</h1>", kpi_cards(status, lang)]
    for section in lead_sections(report):
        items = "".join(f"<li>{escape(sentence)}</li>" for sentence in section.sentences)
        listed = f"<ul>{items}</ul>" if items else ""
        tag = f"h{section.level}"
        body.append(f'<section class="prose focus keep"><{tag}>{escape(section.heading)}</{tag}>{listed}</section>')
    if report.paragraphs:
        body.append(
            f'<section class="prose"><h2>{escape(say(Label.SECTION_SUMMARY, lang))}</h2>{_paragraphs(report.paragraphs, "")}</section>'
        )
    # A table wider than a portrait page is printed on landscape pages of its own; the rest stays portrait.
    wide = ' class="wide"' if needs_landscape(table) else ""
    body.append(f"<section{wide}><h2>{escape(say(Label.SECTION_INDICATORS, lang))}</h2>{block}</section>")
    body.append(completion_chart(status, lang))
    histories = [history for history in report.histories if history.lines]
    if histories:
        body.append(f"<h2>{escape(say(Label.SECTION_HISTORY, lang))}</h2>")
        body += [history_block(history, report) for history in histories]
        tables = [history_table([(line.period, line.row) for line in history.lines], lang) for history in histories]
        body.append(_paragraphs(history_footnote(table, tables)))
    body.append(f'<footer class="sign">{_paragraphs(footer_lines(report.compiled_by, lang), "")}</footer>')
    return page(title, lang, body)


def render_report(report: Report, out: BinaryIO, options: Options) -> None:
    out.write(report_page(report).encode("utf-8"))


# --- the district's report -------------------------------------------------------------------------------


def _cell_table_html(
    columns_: Sequence[str],
    rows: Sequence[Sequence[str]],
    numeric: frozenset[int],
    tones: Sequence[str] = (),
    tone_column: int = -1,
    css: str = "",
) -> str:
    head = "".join(f'<th scope="col">{header_html(h)}</th>' for h in columns_)
    body = []
    for number, row in enumerate(rows):
        cells = []
        for index, cell in enumerate(row):
            classes = ["num"] if index in numeric else ["name"] if index == 0 else []
            if index == tone_column and number < len(tones) and tones[number] in ("good", "bad"):
                classes.append(tones[number])
            tag = "th" if index == 0 else "td"
            cells.append(f'<{tag} class="{" ".join(classes)}">{escape(cell)}</{tag}>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f'<div class="scroll"><table class="{css}"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div>'


def district_chart(status: IndicatorStatus, lang: Lang) -> str:
    """The towns' measure (what 位次 ranks by) as bars, the district's own figure marked."""
    from jctrack.district import Measure
    from jctrack.district.narrative import measure_word
    from jctrack.model import Kind
    from jctrack.words.district import DistrictWord

    rows = [row for row in status.ranked() if row.measure is not None]
    if len(rows) < 2:
        return ""
    percent = status.rank_by is not Measure.ACTUAL
    points = status.rank_by is Measure.GAP or (status.rank_by is Measure.GROWTH and status.indicator.kind is Kind.RATIO)

    def said(value: Decimal) -> str:
        if not percent:
            return plain(value)
        return figure_text(value, Style.POINTS if points else Style.PERCENT, lang) + ("" if points else "%")

    bars = []
    for row in rows:
        assert row.measure is not None
        # The same colour as the town's status in the table beside it: ahead or met green, behind red.
        town_status = None if row.row is None else row.row.status
        tone = "bad" if town_status in BAD_STATUSES else "good" if town_status in GOOD_STATUSES else "actual"
        bars.append(Bar(row.town, row.measure, said(row.measure), tone, "", tone if tone == "bad" else ""))
    total = _district_measure(status)
    district = say(DistrictWord.DISTRICT_TOTAL, lang)
    markers = [] if total is None else [Marker(total, f"{district} {said(total)}", "target")]
    legend = [("actual", "box", say(measure_word(status), lang))] if any(b.fill == "actual" for b in bars) else []
    if any(b.fill == "good" for b in bars):
        legend.append(("good", "box", say(Label.LEGEND_GOOD, lang)))
    if any(b.fill == "bad" for b in bars):
        legend.append(("bad", "box", say(Label.LEGEND_BAD, lang)))
    if markers:
        legend.append(("target", "line", district))
    label = name_label(status, lang)
    return f'<figure class="keep">{hbars(bars, markers, label)}{_legend(legend)}</figure>'


def name_label(status: IndicatorStatus, lang: Lang) -> str:
    from jctrack.words import Bilingual

    return Bilingual(status.indicator.name, status.indicator.name_en or status.indicator.name).in_(lang)


def _district_measure(status: IndicatorStatus) -> Decimal | None:
    from jctrack.district import Measure
    from jctrack.district.compute import total_measure

    if status.rank_by is Measure.ACTUAL:
        return None  # a total is not set beside the towns' volumes
    return total_measure(status.total, status.rank_by)


def district_page(report: DistrictReport) -> str:
    from jctrack.render.districtcells import (
        district_paragraph,
        indicator_notes,
        indicator_title,
        matrix_table,
        matrix_title,
        ranked_table,
    )

    lang = report.lang
    body = [f"<h1>{escape(report.title)}</h1>"]
    body.append(
        f'<section class="prose"><h2>{escape(say(Label.SECTION_SUMMARY, lang))}</h2><p>{escape(district_paragraph(report))}</p></section>'
    )
    matrix = matrix_table(report.matrix, lang)
    body.append(
        f"<section><h2>{escape(say(Label.DISTRICT_SECTION_MATRIX, lang))}</h2>"
        f'<div class="keep"><h3>{escape(matrix_title(report.matrix, lang))}</h3>'
        + _cell_table_html(matrix.columns, matrix.rows, matrix.numeric, css="matrix")
        + "</div></section>"
    )
    body.append(f"<h2>{escape(say(Label.DISTRICT_SECTION_TOWNS, lang))}</h2>")
    for status in report.status.indicators:
        ranked = ranked_table(status, lang)
        columns_, rows, numeric, tones, tone_column = ranked.columns, ranked.rows, ranked.numeric, ranked.tones, ranked.tone_column
        body.append(
            f'<section class="history"><h3>{escape(indicator_title(status, lang))}</h3>'
            + district_chart(status, lang)
            + '<div class="keep">'
            + _cell_table_html(columns_, rows, numeric, tones, tone_column, "ranking")
            + _paragraphs(indicator_notes(status, lang))
            + "</div></section>"
        )
    body.append(f'<footer class="sign">{_paragraphs(footer_lines(None, lang), "")}</footer>')
    return page(report.title, lang, body, len(report.matrix.indicators) > 6)


def render_district_report(report: DistrictReport, out: BinaryIO, options: Options) -> None:
    out.write(district_page(report).encode("utf-8"))


def render_monthly(history: MonthlyHistory, out: BinaryIO, options: Options) -> None:
    """One indicator's year month by month: a line of its 累计 beside last year's same months and the year's
    target, then the table (累计, 当月, 同比, 完成率, 序时进度差)."""
    lang = options.lang
    title = monthly_title(history, lang)
    table = monthly_table(history, lang)
    by_month: dict[int, MonthLine] = {line.period.month or 0: line for line in history.lines}
    months = [month_name_of(month, lang) for month in range(1, 13)]
    this_year = Series(str(history.year), [_actual_of(by_month.get(month)) for month in range(1, 13)], "actual")
    last_year = Series(str(history.year - 1), [_base_of(by_month.get(month)) for month in range(1, 13)], "neutral", dashed=True)
    target = next((line.row.target for line in history.lines if line.row.target is not None), None)
    ceiling = any(line.row.is_ceiling for line in history.lines)
    word, colour = (Label.LEGEND_CEILING, "ceiling") if ceiling else (Label.LEGEND_TARGET, "target")
    markers = [] if target is None else [Marker(target, say(word, lang) + " " + plain(target), colour)]
    shown = [line for line in (this_year, last_year) if any(value is not None for value in line.values)]
    chart = month_lines(months, shown, markers, title)
    legend = "".join(
        f'<span class="swatch line{" dashed" if line.dashed else ""}" style="border-color: var(--{line.colour})"></span>'
        + escape(say(Label.LEGEND_YEAR, lang, year=line.label))
        for line in shown
    )
    figure = f'<figure class="keep">{chart}<figcaption>{legend}</figcaption></figure>' if chart else ""
    # The chart draws the months' shape: the terminal's sparkline column (the last) is left out.
    cells = _cell_table_html(table.columns[:-1], [row[:-1] for row in table.rows], table.numeric, table.tones, table.tone_column, "monthly")
    out.write(page(title, lang, [f"<h1>{escape(title)}</h1>", figure, cells]).encode("utf-8"))


def _actual_of(line: MonthLine | None) -> Decimal | None:
    return None if line is None else line.row.actual


def _base_of(line: MonthLine | None) -> Decimal | None:
    return None if line is None else line.row.base


def month_name_of(month: int, lang: Lang) -> str:
    return say(Label.MONTH_TICK, lang, month=month)
