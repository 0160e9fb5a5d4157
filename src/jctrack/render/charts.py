"""Inline SVG charts for the HTML documents: text the browser draws, geometry computed here.

Every chart is drawn twice, for a wide page and for a phone (`chart-wide`, `chart-narrow`; the page's CSS
shows one): a phone gets a layout made for its width, not the desktop's shrunk. Lines never cross a
label: reference lines (序时进度, the target, the district's figure) carry their label above or below
the plot, and on a phone are drawn across each bar's band only. Colours are the page's palette, by
meaning: `good`, `bad`, `neutral`, `target`, `schedule`, `ceiling`, `actual`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from html import escape

from jctrack.decimals import plain
from jctrack.render.layout import wrap_cells
from jctrack.textwidth import width

FONT = 13  # px, in both layouts: at a phone's width the narrow chart is drawn about 1:1
WIDE = 700.0  # an A4 page's text width, about
NARROW = 340.0  # a phone's width less the page's margins


def text_px(text: str, size: float = FONT) -> float:
    """Layout estimate: a CJK character one em wide, any other character half."""
    return width(text) * size / 2


def _n(value: float) -> str:
    return f"{value:.1f}"


@dataclass(frozen=True)
class Bar:
    label: str
    value: Decimal
    text: str  # the value as printed beside the bar
    fill: str  # a palette name
    stroke: str = ""  # a palette name for an outline (a ceiling over its pace)
    text_tone: str = ""  # the value label's palette name
    pace: Decimal | None = None  # this bar's own 序时进度 (last year's pace), marked across it alone


@dataclass(frozen=True)
class Marker:
    """A reference line across the bars (序时进度, 100% of the target, the district's figure)."""

    value: Decimal
    text: str
    colour: str
    dashed: bool = False


def _domain(values: Sequence[Decimal], floor_top: Decimal = Decimal(0)) -> tuple[Decimal, Decimal]:
    low = min([Decimal(0), *values])
    high = max([Decimal(0), floor_top, *values])
    if high == low:
        high = low + 1
    pad = (high - low) / 20
    return (low - pad if low < 0 else low), high + pad


def _x(value: Decimal, low: Decimal, high: Decimal, left: float, span: float) -> float:
    # Chart geometry only: positions are drawn, not reported, so binary floats are fine here.
    return left + float((value - low) / (high - low)) * span


def _svg(width_px: float, height_px: float, label: str, body: list[str], css_class: str) -> str:
    return (
        f'<svg class="{css_class}" viewBox="0 0 {_n(width_px)} {_n(height_px)}" width="{_n(width_px)}" height="{_n(height_px)}" '
        f'role="img" aria-label="{escape(label)}">' + "".join(body) + "</svg>"
    )


def _text(x: float, y: float, text: str, anchor: str = "start", tone: str = "", weight: str = "") -> str:
    fill = f' class="t-{tone}"' if tone else ""
    bold = ' font-weight="700"' if weight else ""
    return f'<text x="{_n(x)}" y="{_n(y)}" text-anchor="{anchor}"{fill}{bold}>{escape(text)}</text>'


def _marker_label(marker: Marker, x: float, y: float, left: float, right: float) -> str:
    half = text_px(marker.text) / 2
    x = min(max(x, left + half), right - half)
    return _text(x, y, marker.text, "middle", marker.colour)


def _line(marker: Marker, x: float, top: float, bottom: float) -> str:
    dash = ' stroke-dasharray="5,3"' if marker.dashed else ""
    return f'<line x1="{_n(x)}" y1="{_n(top)}" x2="{_n(x)}" y2="{_n(bottom)}" class="s-{marker.colour}" stroke-width="2"{dash}/>'


def _own_pace(value: Decimal) -> Marker:
    return Marker(value, "", "schedule", dashed=True)


def _rect(x: float, y: float, w: float, h: float, bar: Bar) -> str:
    stroke = f' class="f-{bar.fill} s-{bar.stroke}" stroke-width="2"' if bar.stroke else f' class="f-{bar.fill}"'
    return f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(max(w, 0.0))}" height="{_n(h)}"{stroke}/>'


def hbars(bars: Sequence[Bar], markers: Sequence[Marker], label: str) -> str:
    """Horizontal bars, one per item, with reference lines; both layouts."""
    if not bars:
        return ""
    paces = [bar.pace for bar in bars if bar.pace is not None]
    low, high = _domain([*(bar.value for bar in bars), *(m.value for m in markers), *paces])
    return _hbars_wide(bars, markers, label, low, high) + _hbars_narrow(bars, markers, label, low, high)


def _hbars_wide(bars: Sequence[Bar], markers: Sequence[Marker], label: str, low: Decimal, high: Decimal) -> str:
    name_room = min(300.0, max(text_px(bar.label) for bar in bars) + 12)
    lines_of = [wrap_cells(bar.label, int(name_room * 2 / FONT) - 1) for bar in bars]
    value_room = max(text_px(bar.text) for bar in bars) + 16
    left, right = name_room, WIDE - value_room
    row = 30.0 if all(len(lines) == 1 for lines in lines_of) else 38.0
    top = 24.0
    height = top + row * len(bars) + (22.0 if len(markers) > 1 else 8.0)
    body = []
    zero = _x(Decimal(0), low, high, left, right - left)
    body.append(f'<line x1="{_n(zero)}" y1="{_n(top - 2)}" x2="{_n(zero)}" y2="{_n(top + row * len(bars))}" class="s-axis"/>')
    for index, (bar, lines) in enumerate(zip(bars, lines_of, strict=True)):
        y = top + index * row
        middle = y + row / 2
        for number, text in enumerate(lines):
            offset = (number - (len(lines) - 1) / 2) * (FONT + 2)
            body.append(_text(left - 8, middle + offset + FONT / 3, text, "end"))
        end = _x(bar.value, low, high, left, right - left)
        body.append(_rect(min(zero, end), middle - 8, abs(end - zero), 16, bar))
        if bar.pace is not None:
            body.append(_line(_own_pace(bar.pace), _x(bar.pace, low, high, left, right - left), middle - 11, middle + 11))
        body.append(_text(WIDE - 4, middle + FONT / 3, bar.text, "end", bar.text_tone, "bold"))
    for number, marker in enumerate(markers):
        x = _x(marker.value, low, high, left, right - left)
        body.append(_line(marker, x, top - 4, top + row * len(bars) + 2))
        label_y = top - 10 if number == 0 else top + row * len(bars) + 16
        body.append(_marker_label(marker, x, label_y, left, right))
    return _svg(WIDE, height, label, body, "chart-wide")


def _hbars_narrow(bars: Sequence[Bar], markers: Sequence[Marker], label: str, low: Decimal, high: Decimal) -> str:
    value_room = max(text_px(bar.text) for bar in bars) + 10
    left, right = 2.0, NARROW - value_room
    name_line, bar_line = FONT + 4, 22.0
    row = name_line + bar_line
    top = 22.0
    height = top + row * len(bars) + (22.0 if len(markers) > 1 else 6.0)
    body = []
    zero = _x(Decimal(0), low, high, left, right - left)
    for index, bar in enumerate(bars):
        y = top + index * row
        body.append(_text(left, y + FONT, bar.label))
        band = y + name_line
        end = _x(bar.value, low, high, left, right - left)
        body.append(f'<line x1="{_n(zero)}" y1="{_n(band)}" x2="{_n(zero)}" y2="{_n(band + bar_line - 4)}" class="s-axis"/>')
        body.append(_rect(min(zero, end), band + 3, abs(end - zero), 14, bar))
        body.append(_text(NARROW - 2, band + 10 + FONT / 3, bar.text, "end", bar.text_tone, "bold"))
        # Across the band only, never through a name; a bar with its own pace shows it instead of the calendar's.
        own = [] if bar.pace is None else [_own_pace(bar.pace)]
        for marker in [marker for marker in markers if not (own and marker.colour == "schedule")] + own:
            body.append(_line(marker, _x(marker.value, low, high, left, right - left), band, band + bar_line - 2))
    for number, marker in enumerate(markers):
        x = _x(marker.value, low, high, left, right - left)
        label_y = top - 8 if number == 0 else top + row * len(bars) + 16
        body.append(_marker_label(marker, x, label_y, left, right))
    return _svg(NARROW, height, label, body, "chart-narrow")


@dataclass(frozen=True)
class Column:
    label: str  # under the column: 2018年
    value: Decimal
    text: str  # the figure, printed under the label
    fill: str
    target: Decimal | None = None  # a mark across the column


def columns(items: Sequence[Column], label: str) -> str:
    """Vertical columns (years) with an optional target mark each; a phone gets horizontal bars."""
    if len(items) < 2:
        return ""  # one column compares nothing
    values = [item.value for item in items] + [item.target for item in items if item.target is not None]
    low, high = _domain(values)
    slot = max(64.0, max(text_px(item.label) for item in items) + 16, max(text_px(item.text) for item in items) + 16)
    plot_w = slot * len(items)
    total = min(WIDE, plot_w + 20)
    slot = (total - 20) / len(items)
    top, plot_h = 10.0, 150.0
    height = top + plot_h + 2 * (FONT + 6) + 6
    body = []

    def y_of(value: Decimal) -> float:
        return top + float((high - value) / (high - low)) * plot_h

    zero = y_of(Decimal(0))
    body.append(f'<line x1="6" y1="{_n(zero)}" x2="{_n(total - 6)}" y2="{_n(zero)}" class="s-axis"/>')
    for index, item in enumerate(items):
        x = 10 + index * slot
        bar_w = min(46.0, slot * 0.6)
        bx = x + (slot - bar_w) / 2
        y = y_of(item.value)
        body.append(f'<rect x="{_n(bx)}" y="{_n(min(y, zero))}" width="{_n(bar_w)}" height="{_n(abs(zero - y))}" class="f-{item.fill}"/>')
        if item.target is not None:
            ty = y_of(item.target)
            body.append(
                f'<line x1="{_n(bx - 6)}" y1="{_n(ty)}" x2="{_n(bx + bar_w + 6)}" y2="{_n(ty)}" class="s-target" stroke-width="3"/>'
            )
        body.append(_text(x + slot / 2, top + plot_h + FONT + 4, item.label, "middle"))
        body.append(_text(x + slot / 2, top + plot_h + 2 * FONT + 9, item.text, "middle", "", "bold"))
    wide = _svg(total, height, label, body, "chart-wide")
    bars = [Bar(item.label, item.value, item.text, item.fill) for item in items]
    targets = [item for item in items if item.target is not None]
    narrow = _columns_narrow(bars, targets, label, low, high)
    return wide + narrow


def _columns_narrow(bars: Sequence[Bar], targets: Sequence[Column], label: str, low: Decimal, high: Decimal) -> str:
    """The same years as horizontal bars for a phone: year, bar and figure on one line each."""
    name_room = max(text_px(bar.label) for bar in bars) + 8
    value_room = max(text_px(bar.text) for bar in bars) + 10
    left, right = name_room, NARROW - value_room
    row = 24.0
    height = row * len(bars) + 6
    body = []
    zero = _x(Decimal(0), low, high, left, right - left)
    target_of = {item.label: item.target for item in targets}
    for index, bar in enumerate(bars):
        y = 3 + index * row
        body.append(_text(left - 6, y + row / 2 + FONT / 3, bar.label, "end"))
        end = _x(bar.value, low, high, left, right - left)
        body.append(_rect(min(zero, end), y + 4, abs(end - zero), row - 8, bar))
        target = target_of.get(bar.label)
        if target is not None:
            tx = _x(target, low, high, left, right - left)
            body.append(f'<line x1="{_n(tx)}" y1="{_n(y + 1)}" x2="{_n(tx)}" y2="{_n(y + row - 1)}" class="s-target" stroke-width="3"/>')
        body.append(_text(NARROW - 2, y + row / 2 + FONT / 3, bar.text, "end", "", "bold"))
    return _svg(NARROW, height, label, body, "chart-narrow")


@dataclass(frozen=True)
class Series:
    """A line through the months: this year's 累计, or last year's same months (dashed)."""

    label: str
    values: Sequence[Decimal | None]  # one per month, January first; None where there is no figure
    colour: str
    dashed: bool = False


def month_lines(months: Sequence[str], series: Sequence[Series], markers: Sequence[Marker], label: str) -> str:
    """Lines over the months (年内累计走势), with horizontal reference lines (the year's target); both layouts.
    The last point of each line carries its figure; a marker's label sits at the right, never on a line."""
    values = [value for line in series for value in line.values if value is not None]
    if len(values) < 2:
        return ""  # one point draws no line
    low, high = _domain([*values, *(marker.value for marker in markers)])
    return "".join(_month_lines(months, series, markers, label, low, high, size) for size in ("wide", "narrow"))


def _month_lines(
    months: Sequence[str], series: Sequence[Series], markers: Sequence[Marker], label: str, low: Decimal, high: Decimal, size: str
) -> str:
    wide = size == "wide"
    total = WIDE if wide else NARROW
    marker_room = max([0.0, *(text_px(marker.text) + 10 for marker in markers)])
    left, right = 20.0, total - max(marker_room, 40.0)  # room for half of "1月" left of the first month
    top, plot_h = 14.0, 170.0 if wide else 140.0
    height = top + plot_h + FONT + 12
    step = (right - left) / max(len(months) - 1, 1)
    body = [f'<line x1="{_n(left)}" y1="{_n(top + plot_h)}" x2="{_n(right)}" y2="{_n(top + plot_h)}" class="s-axis"/>']

    def y_of(value: Decimal) -> float:
        return top + float((high - value) / (high - low)) * plot_h

    for marker in markers:
        y = y_of(marker.value)
        dash = ' stroke-dasharray="5,3"' if marker.dashed else ""
        body.append(f'<line x1="{_n(left)}" y1="{_n(y)}" x2="{_n(right)}" y2="{_n(y)}" class="s-{marker.colour}" stroke-width="2"{dash}/>')
        body.append(_text(right + 6, y + FONT / 3, marker.text, "start", marker.colour))
    every = 1 if wide or len(months) <= 6 else 2  # a phone labels every other month
    for index, month in enumerate(months):
        if index % every == 0:
            body.append(_text(left + index * step, top + plot_h + FONT + 6, month, "middle"))
    for line in series:
        points = [(left + index * step, y_of(value)) for index, value in enumerate(line.values) if value is not None]
        dash = ' stroke-dasharray="5,3"' if line.dashed else ""
        path = " ".join(f"{_n(x)},{_n(y)}" for x, y in points)
        body.append(f'<polyline points="{path}" fill="none" class="s-{line.colour}" stroke-width="2.5"{dash}/>')
        body += [f'<circle cx="{_n(x)}" cy="{_n(y)}" r="3" class="f-{line.colour}"/>' for x, y in points]
        if points and not line.dashed:
            last = next(value for value in reversed(line.values) if value is not None)
            x, y = points[-1]
            body.append(_text(min(x, right - text_px(plain(last)) / 2), y - 8, plain(last), "middle", line.colour, "bold"))
    return _svg(total, height, label, body, f"chart-{size}")
