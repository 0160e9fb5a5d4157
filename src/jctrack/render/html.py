"""The report as one self-contained HTML page: inline CSS and inline SVG charts whose text the browser draws; no network."""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import BinaryIO

from jctrack.calc import IndicatorHistory, Status
from jctrack.decimals import plain
from jctrack.render import Options
from jctrack.render.cells import (
    BAD_STATUSES,
    HISTORY_HEADERS,
    HISTORY_NUMERIC,
    NUMERIC_COLUMNS,
    STATUS_HEADERS,
    cells,
    completeness,
    has_stated,
    headers,
    history_cells,
    history_heading,
    report_title,
    status_title,
    tone,
)
from jctrack.report import Report
from jctrack.textwidth import width
from jctrack.words import Lang, period_label, say
from jctrack.words.labels import Label

# The browser picks the first family it has; every one is a local font, none is downloaded.
FONTS = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei','SimHei',sans-serif"
FONT_SIZE = 13
HALF_EM = FONT_SIZE / 2  # layout estimate: a CJK character is one em, other characters half

CSS = f"""
body {{ font-family: {FONTS}; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #222; line-height: 1.6; }}
h1 {{ font-size: 1.5rem; border-bottom: 2px solid #b22; padding-bottom: .3rem; }}
h2 {{ font-size: 1.2rem; margin-top: 2rem; }}
h3 {{ font-size: 1rem; margin-bottom: .3rem; }}
.narrative p {{ margin: .3rem 0; text-indent: 2em; }}
.scroll {{ overflow-x: auto; }}
table {{ border-collapse: collapse; font-size: .9rem; margin: .5rem 0; }}
th, td {{ border: 1px solid #bbb; padding: .2rem .5rem; white-space: nowrap; }}
th {{ background: #f3f3f3; }}
td.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
td.good {{ color: #176f2c; }}
td.bad {{ color: #b22; font-weight: bold; }}
.note {{ font-size: .85rem; color: #555; }}
svg {{ max-width: 100%; height: auto; }}
svg text {{ font-family: {FONTS}; font-size: {FONT_SIZE}px; }}
@media print {{
  @page {{ size: A4; margin: 15mm; }}
  body {{ max-width: none; padding: 0; }}
  h2, h3, table, svg {{ break-inside: avoid; }}
  .scroll {{ overflow: visible; }}
}}
"""


def text_width(text: str) -> float:
    return width(text) * HALF_EM


def _status_class(status: Status) -> str:
    return f' class="{tone(status)}"'


def html_table(columns: list[str], body: list[list[str]], numeric: frozenset[int], statuses: list[Status]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in columns)
    rows = []
    for cells_of_row, status in zip(body, statuses, strict=True):
        tds = []
        for index, cell in enumerate(cells_of_row):
            attrs = ' class="num"' if index in numeric else (_status_class(status) if index == len(cells_of_row) - 1 else "")
            tds.append(f"<td{attrs}>{escape(cell)}</td>")
        rows.append("<tr>" + "".join(tds) + "</tr>")
    return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'


def _num(value: float) -> str:
    return f"{value:.1f}"


def completion_chart(report: Report) -> str:
    """完成率 per indicator as horizontal bars, with 序时进度 as a dashed line."""
    period = report.status.period
    # A share or a stock has no pace through the year: beside 序时进度 only flows and counts, except for a whole year.
    rows = [row for row in report.status.rows if row.completion_pct is not None and (period is None or period.is_year or row.accumulates)]
    if not rows:
        return ""
    progress = report.status.time_progress_pct or Decimal(100)
    scale_max = max([Decimal(120), progress, *(row.completion_pct for row in rows if row.completion_pct is not None)])
    label_width = max(text_width(row.name) for row in rows) + 10
    bar_area, row_height, top = 360.0, 26.0, 24.0
    width = label_width + bar_area + 70
    height = top + row_height * len(rows) + 10

    def x_of(percent: Decimal) -> float:
        # Chart geometry only: positions are drawn, not reported, so binary floats are fine here.
        return label_width + float(percent / scale_max) * bar_area

    legend = say(Label.TIME_ELAPSED, report.lang)
    parts = [
        f'<svg viewBox="0 0 {_num(width)} {_num(height)}" width="{_num(width)}" '
        f'height="{_num(height)}" role="img" aria-label="{escape(legend)}">'
    ]
    for index, row in enumerate(rows):
        assert row.completion_pct is not None
        y = top + index * row_height
        colour = "#b22" if row.status in BAD_STATUSES else "#2a7ab8"
        parts.append(f'<text x="{_num(label_width - 8)}" y="{_num(y + 15)}" text-anchor="end">{escape(row.name)}</text>')
        bar_end = x_of(row.completion_pct)
        parts.append(f'<rect x="{_num(label_width)}" y="{_num(y + 3)}" width="{_num(bar_end - label_width)}" height="16" fill="{colour}"/>')
        parts.append(f'<text x="{_num(bar_end + 4)}" y="{_num(y + 15)}">{escape(plain(row.completion_pct))}%</text>')
    line_x = x_of(progress)
    parts.append(
        f'<line x1="{_num(line_x)}" y1="{_num(top - 4)}" x2="{_num(line_x)}" y2="{_num(height - 6)}" '
        'stroke="#e08a00" stroke-width="2" stroke-dasharray="5,3"/>'
    )
    parts.append(
        f'<text x="{_num(line_x)}" y="{_num(top - 8)}" text-anchor="middle" fill="#b06a00">'
        f"{escape(legend)} {escape(format(progress, 'f'))}%</text>"
    )
    parts.append("</svg>")
    return "".join(parts)


def history_chart(history: IndicatorHistory, lang: Lang) -> str:
    """Yearly actuals as columns, each year's target marked by a line across its column."""
    lines = [line for line in history.lines if line.row.actual is not None or line.row.target is not None]
    if not lines:
        return ""
    figures = [v for line in lines for v in (line.row.actual, line.row.target) if v is not None]
    top_value = max([*figures, Decimal(0)])
    bottom_value = min([*figures, Decimal(0)])
    span = (top_value - bottom_value) or Decimal(1)
    labels = [period_label(line.period, lang) for line in lines]
    column, plot_height, top, left = 46.0, 160.0, 22.0, 10.0
    gap = max(28.0, max(text_width(label) for label in labels) + 12 - column)  # room for the longest period label
    width = left * 2 + len(lines) * (column + gap)
    height = top + plot_height + 40

    def y_of(value: Decimal) -> float:
        return top + float((top_value - value) / span) * plot_height

    zero_y = y_of(Decimal(0))
    target_label = say(Label.TARGET, lang)
    parts = [
        f'<svg viewBox="0 0 {_num(width)} {_num(height)}" width="{_num(width)}" '
        f'height="{_num(height)}" role="img" aria-label="{escape(history.name)}">',
        f'<line x1="0" y1="{_num(zero_y)}" x2="{_num(width)}" y2="{_num(zero_y)}" stroke="#999"/>',
    ]
    for index, line in enumerate(lines):
        x = left + gap / 2 + index * (column + gap)
        actual, target = line.row.actual, line.row.target
        if actual is not None:
            y = y_of(actual)
            parts.append(
                f'<rect x="{_num(x)}" y="{_num(min(y, zero_y))}" width="{_num(column)}" height="{_num(abs(zero_y - y))}" fill="#2a7ab8"/>'
            )
            parts.append(
                f'<text x="{_num(x + column / 2)}" y="{_num(min(y, zero_y) - 4)}" text-anchor="middle">{escape(plain(actual))}</text>'
            )
        if target is not None:
            y = y_of(target)
            parts.append(
                f'<line x1="{_num(x - 6)}" y1="{_num(y)}" x2="{_num(x + column + 6)}" y2="{_num(y)}" stroke="#b22" stroke-width="3">'
                f"<title>{escape(target_label)} {escape(format(target, 'f'))}</title></line>"
            )
        label = labels[index]
        parts.append(f'<text x="{_num(x + column / 2)}" y="{_num(top + plot_height + 22)}" text-anchor="middle">{escape(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def page(report: Report) -> str:
    lang = report.lang
    status = report.status
    title = report_title(status, lang)
    body = [f"<h1>{escape(title)}</h1>"]
    if report.focus:
        body.append(f"<h2>{escape(say(Label.SECTION_FOCUS, lang))}</h2>")
        body.append("<ul>" + "".join(f"<li>{escape(sentence)}</li>" for sentence in report.focus) + "</ul>")
    body += [f"<h2>{escape(say(Label.SECTION_SUMMARY, lang))}</h2>", '<div class="narrative">']
    body += [f"<p>{escape(sentence)}</p>" for sentence in report.narrative]
    body.append("</div>")
    for owner, sentences in report.supervision:
        body.append(f"<h3>{escape(say(Label.SUPERVISION_OWNER, lang, owner=owner))}</h3>")
        body.append("<ul>" + "".join(f"<li>{escape(sentence)}</li>" for sentence in sentences) + "</ul>")
    body.append(f"<h2>{escape(say(Label.SECTION_INDICATORS, lang))}</h2>")
    body.append(f"<h3>{escape(status_title(status, lang))}</h3>")
    chart = completion_chart(report)
    if chart:
        body.append(f"<figure>{chart}</figure>")
    body.append(
        html_table(
            headers(STATUS_HEADERS, lang), [cells(row, lang) for row in status.rows], NUMERIC_COLUMNS, [row.status for row in status.rows]
        )
    )
    missing = completeness(status, lang)
    if missing:
        body.append(f'<p class="note">{escape(missing)}</p>')
    if has_stated(status):
        body.append(f'<p class="note">{escape(say(Label.STATED_FOOTNOTE, lang))}</p>')
    body.append(f"<h2>{escape(say(Label.SECTION_HISTORY, lang))}</h2>")
    history_columns = headers(HISTORY_HEADERS, lang)
    caption = say(Label.HISTORY_CAPTION, lang)
    for history in report.histories:
        if not history.lines:
            continue
        body.append(f"<h3>{escape(history_heading(history, lang))}</h3>")
        body.append(f'<figure>{history_chart(history, lang)}<figcaption class="note">{escape(caption)}</figcaption></figure>')
        table_rows = [history_cells(line.period, line.row, lang) for line in history.lines]
        body.append(html_table(history_columns, table_rows, HISTORY_NUMERIC, [line.row.status for line in history.lines]))
    return (
        f'<!DOCTYPE html>\n<html lang="{say(Label.HTML_LANG, lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


def render_report(report: Report, out: BinaryIO, options: Options) -> None:
    out.write(page(report).encode("utf-8"))
