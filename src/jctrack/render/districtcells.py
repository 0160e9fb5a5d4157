"""The district's tables as plain cells — one indicator by town, the towns × indicators matrix, the check's
findings — which the terminal, plain-text, Markdown and CSV renderers lay out."""

from __future__ import annotations

from decimal import Decimal

from jctrack.calc import ACCUMULATING
from jctrack.decimals import plain
from jctrack.district import DistrictCheck, DistrictMatrix, DistrictReport, IndicatorStatus, TownRow
from jctrack.district.config import Measure
from jctrack.district.narrative import MEASURE_WORDS
from jctrack.model import Kind, Period
from jctrack.render.cells import MISSING, STATUS_WORDS, percent, signed, tone
from jctrack.render.findings import CellTable
from jctrack.render.layout import BREAK
from jctrack.words import Bilingual, Lang, Months, join_sentences, period_title, say, unit_name
from jctrack.words.district import DistrictWord
from jctrack.words.labels import Label


def _number(value: Decimal | None) -> str:
    return MISSING if value is None else plain(value)


def rank_change(row: TownRow, lang: Lang, ranked_before: bool = True) -> str:
    """位次变化: ↑1, ↓2, 持平; 新 for a town ranked now but not last time while others were; — when no
    town was ranked in the previous period (nothing to compare with)."""
    if row.rank is None or not ranked_before:
        return MISSING
    if row.previous_rank is None:
        return say(DistrictWord.RANK_NEW, lang)
    if not row.rank_change:
        return say(DistrictWord.RANK_SAME, lang)
    key = DistrictWord.RANK_UP if row.rank_change > 0 else DistrictWord.RANK_DOWN
    return say(key, lang, places=abs(row.rank_change))


def actual_header(period: Period, lang: Lang, accumulated: bool = True) -> str:
    """The figures' column is named by their period: 1-6月累计, 2018年完成 (with its soft break); a share
    or a level is not added up, so it is named by the period alone (1-6月)."""
    if period.is_year:
        return say(Label.ACTUAL_YEAR, lang, year=period.year)
    if not accumulated:
        return say(Label.PERIOD_MONTHS, lang, months=Months(period))
    return say(Label.ACTUAL_MONTHS, lang, months=Months(period))


def indicator_title(status: IndicatorStatus, lang: Lang) -> str:
    name = Bilingual(status.indicator.name, status.indicator.name_en or status.indicator.name)
    return say(DistrictWord.STATUS_TITLE, lang, district=status.district, period=period_title(status.period, lang), indicator=name)


def indicator_table(status: IndicatorStatus, lang: Lang) -> CellTable:
    """Rows = towns, then 全区合计: actual, 同比, 完成率, 序时进度差, 位次, 位次变化, gap to the district."""
    columns = [
        say(DistrictWord.TOWN, lang),
        say(
            Label.WITH_UNIT,
            lang,
            name=actual_header(status.period, lang, status.indicator.kind in ACCUMULATING) + BREAK,
            unit=unit_name(status.indicator.unit, lang),
        ),
        say(Label.GROWTH, lang),
        say(Label.COMPLETION, lang),
        say(Label.SCHEDULE_GAP, lang),
        say(DistrictWord.RANK, lang),
        say(DistrictWord.RANK_CHANGE, lang),
        say(DistrictWord.GAP_TO_DISTRICT, lang),
        say(Label.STATUS, lang),
    ]
    gap_of_measure = status.rank_by is Measure.COMPLETION
    ranked_before = any(town.previous_rank is not None for town in status.rows)
    rows, tones = [], []
    for town in status.rows:
        row = town.row
        if not town.applicable or row is None:
            rows.append([town.town, say(DistrictWord.NOT_APPLICABLE, lang), *[""] * 7])
            tones.append("neutral")
            continue
        growth = f"{signed(row.growth_pp)}{say(Label.POINTS, lang)}" if row.growth_pp is not None else percent(row.growth_pct)
        gap = town.completion_gap_pp if gap_of_measure else town.growth_gap_pp
        rows.append(
            [
                town.town,
                _number(row.actual),
                growth,
                percent(row.completion_pct),
                signed(row.schedule_gap_pp),
                MISSING if town.rank is None else str(town.rank),
                rank_change(town, lang, ranked_before),
                signed(gap),
                say(STATUS_WORDS[row.status], lang),
            ]
        )
        tones.append(tone(row.status))
    total = status.total
    actual = _number(total.actual) if total.actual is not None else f"{_number(total.low)}–{_number(total.high)}"
    growth = f"{signed(total.growth_pp)}{say(Label.POINTS, lang)}" if total.growth_pp is not None else percent(total.growth_pct)
    rows.append(
        [
            say(DistrictWord.DISTRICT_TOTAL, lang),
            actual,
            growth,
            percent(total.completion_pct),
            signed(total.schedule_gap_pp),
            "",
            "",
            "",
            "" if total.status is None else say(STATUS_WORDS[total.status], lang),
        ]
    )
    tones.append("neutral" if total.status is None else tone(total.status))
    return CellTable(columns, rows, frozenset(range(1, 8)), tones, 8)


def ranked_table(status: IndicatorStatus, lang: Lang) -> CellTable:
    """The indicator's table by town in rank order (the unranked after, the 全区合计 last): a report's ranking."""
    table = indicator_table(status, lang)
    order = {row.town: place for place, row in enumerate(status.ranked())}
    paired = sorted(zip(table.rows[:-1], table.tones[:-1], strict=True), key=lambda pair: order.get(pair[0][0], len(order)))
    rows = [row for row, _ in paired] + [table.rows[-1]]
    tones = [tone for _, tone in paired] + [table.tones[-1]]
    return CellTable(table.columns, rows, table.numeric, tones, table.tone_column)


def matrix_title(matrix: DistrictMatrix, lang: Lang) -> str:
    return say(
        DistrictWord.MATRIX_TITLE,
        lang,
        district=matrix.district,
        period=period_title(matrix.period, lang),
        measure=MEASURE_WORDS[matrix.measure],
    )


def _measure_cell(value: Decimal | None, measure: Measure, points: bool, lang: Lang) -> str:
    """A matrix cell's figure: an amount, a percentage, or percentage points (a gap; a share's change)."""
    if value is None:
        return MISSING
    if measure is Measure.ACTUAL:
        return plain(value)
    if measure is Measure.GAP or (points and measure is Measure.GROWTH):
        return signed(value) + (say(Label.POINTS, lang) if points else "")
    return f"{plain(value)}%"


def matrix_table(matrix: DistrictMatrix, lang: Lang) -> CellTable:
    """Towns × indicators: each cell the measure with its rank, "12.5%（2）"; the last row the 全区合计."""
    columns = [say(DistrictWord.TOWN, lang)]
    columns += [Bilingual(spec.name, spec.name_en or spec.name).in_(lang) for spec in matrix.indicators]
    points = [spec.kind is Kind.RATIO for spec in matrix.indicators]
    rows = []
    for town, cells in zip(matrix.towns, matrix.cells, strict=True):
        line = [town]
        for cell, in_points in zip(cells, points, strict=True):
            if not cell.applicable:
                line.append(say(DistrictWord.NOT_APPLICABLE, lang))
            elif cell.value is None:
                line.append(MISSING)
            else:
                rank = "" if cell.rank is None else f"({cell.rank})"
                line.append(_measure_cell(cell.value, matrix.measure, in_points, lang) + rank)
        rows.append(line)
    totals = [_measure_cell(total, matrix.measure, in_points, lang) for total, in_points in zip(matrix.totals, points, strict=True)]
    if matrix.measure is Measure.ACTUAL:  # a ratio is never summed: its total is the towns' range, as in its own table
        for index, spread in enumerate(matrix.ranges):
            if spread is not None and matrix.totals[index] is None:
                totals[index] = f"{plain(spread[0])}–{plain(spread[1])}"
    rows.append([say(DistrictWord.DISTRICT_TOTAL, lang), *totals])
    return CellTable(columns, rows, frozenset(range(1, len(columns))))


def check_lines(result: DistrictCheck, lang: Lang) -> list[str]:
    lines = [finding.text(lang) for finding in result.findings]
    lines += [say(DistrictWord.SKIPPED, lang, files=list(result.skipped))] if result.skipped else []
    return lines


def indicator_notes(status: IndicatorStatus, lang: Lang) -> list[str]:
    """What the 全区合计 row rests on: the towns not in it, the towns its 同比 compares, where its target is from."""
    total = status.total
    notes = []
    if total.missing:
        notes.append(say(DistrictWord.INCOMPLETE_TOTAL, lang, towns=list(total.missing)))
    applicable = [row for row in status.rows if row.applicable]
    if total.comparable and len(total.comparable) < len(applicable):
        notes.append(say(DistrictWord.COMPARABLE_TOWNS, lang, count=len(total.comparable)))
    if total.target_source == "towns":
        notes.append(say(DistrictWord.TARGET_FROM_TOWNS, lang))
    return notes


def district_paragraph(report: DistrictReport) -> str:
    """The district's sentences as one paragraph (each already ends with its full stop)."""
    return join_sentences(report.narrative, report.lang)
