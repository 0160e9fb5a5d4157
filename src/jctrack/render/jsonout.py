"""JSON of every document, for scripts: Decimals written as exact number literals (json.dumps would need floats)."""

from __future__ import annotations

import json
import os
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any, BinaryIO

from jctrack.audit import summary
from jctrack.calc import IndicatorHistory, MonthlyHistory, StatusReport
from jctrack.checks import CheckResult
from jctrack.contract import row_fields
from jctrack.decimals import plain
from jctrack.render import Options
from jctrack.render.findings import AuditResult, ExtractResult, Listing
from jctrack.report import Report

if TYPE_CHECKING:  # the district's modules load only when a district command runs
    from jctrack.district import DistrictCheck, DistrictMatrix, DistrictReport, IndicatorStatus


def encode(value: Any) -> str:
    """Serialise dicts, lists, strings, Decimals, ints, bools and None, indented; Decimals stay exact.

    json.dumps would turn a Decimal into a float, so each one goes in as a unique placeholder string
    and its exact text replaces the quoted placeholder afterwards (the C encoder does the rest fast).
    """
    token = f"jctrack-decimal-{os.urandom(8).hex()}-"
    numbers: list[str] = []

    def prepare(item: Any) -> Any:
        if isinstance(item, Decimal):
            numbers.append(plain(item))
            return f"{token}{len(numbers) - 1}"
        if isinstance(item, dict):
            return {key: prepare(inner) for key, inner in item.items()}
        if isinstance(item, (list, tuple)):
            return [prepare(inner) for inner in item]
        return item

    text = json.dumps(prepare(value), ensure_ascii=False, indent=2)
    return re.sub(f'"{token}(\\d+)"', lambda match: numbers[int(match.group(1))], text)


def report_fields(report: StatusReport) -> dict[str, Any]:
    return {
        "entity": report.entity,
        "period": None if report.period is None else str(report.period),
        "time_progress_pct": report.time_progress_pct,
        "rows": [row_fields(row) for row in report.rows],
        "missing": [row.id for row in report.missing],
    }


def _write(out: BinaryIO, document: Any) -> None:
    out.write((encode(document) + "\n").encode("utf-8"))


def render_status(report: StatusReport, out: BinaryIO, options: Options) -> None:
    _write(out, report_fields(report))


def render_monthly(history: MonthlyHistory, out: BinaryIO, options: Options) -> None:
    rows = [{"period": str(line.period), "month_value": line.month_value, **row_fields(line.row)} for line in history.lines]
    _write(out, {"id": history.id, "name": history.name, "unit": history.unit, "year": history.year, "rows": rows})


def render_history(history: IndicatorHistory, out: BinaryIO, options: Options) -> None:
    rows = [{"period": str(line.period), **row_fields(line.row)} for line in history.lines]
    _write(out, {"id": history.id, "name": history.name, "unit": history.unit, "rows": rows})


def render_report(report: Report, out: BinaryIO, options: Options) -> None:
    fields = report_fields(report.status)
    document = {key: fields[key] for key in ("entity", "period", "time_progress_pct")}
    document["narrative"] = report.narrative
    document["focus"] = report.focus
    document["supervision"] = [{"owner": owner, "sentences": sentences} for owner, sentences in report.supervision]
    document["rows"] = fields["rows"]
    document["missing"] = fields["missing"]
    _write(out, document)


def render_check(result: CheckResult, out: BinaryIO, options: Options) -> None:
    document = {
        "ok": result.ok,
        "comparisons": [
            {
                "id": c.indicator_id,
                "name": c.indicator_name,
                "period": c.period,
                "type": c.type,
                "unit": "pp" if c.kind_is_points else "%",
                "stated": c.stated,
                "computed": c.computed,
                "verdict": c.verdict,
            }
            for c in result.comparisons
        ],
        "problems": [{"id": p.indicator_id, "period": p.period, "message": p.message.in_(options.lang)} for p in result.problems],
    }
    _write(out, document)


def render_audit(result: AuditResult, out: BinaryIO, options: Options) -> None:
    findings = [
        {
            "sentence": f.sentence,
            "indicator": f.indicator,
            "kind": f.kind,
            "stated": f.stated,
            "unit": f.unit,
            "computed": f.computed,
            "verdict": f.verdict,
            "reason": f.reason.say(options.lang),
            "period": None if f.period is None else str(f.period),
            "printed": f.printed,
        }
        for f in result.findings
    ]
    _write(out, {"findings": findings, "summary": summary(result.findings)})


def render_listing(listing: Listing, out: BinaryIO, options: Options) -> None:
    _write(out, listing.records)


def render_district_indicator(status: IndicatorStatus, out: BinaryIO, options: Options) -> None:
    from jctrack.district import indicator_status_document

    _write(out, indicator_status_document(status))


def render_district_matrix(matrix: DistrictMatrix, out: BinaryIO, options: Options) -> None:
    from jctrack.district import matrix_document

    _write(out, matrix_document(matrix))


def render_district_check(result: DistrictCheck, out: BinaryIO, options: Options) -> None:
    from jctrack.district import check_document

    _write(out, check_document(result, options.lang))


def render_district_report(report: DistrictReport, out: BinaryIO, options: Options) -> None:
    from jctrack.district import report_document

    _write(out, report_document(report))


def render_extract(result: ExtractResult, out: BinaryIO, options: Options) -> None:
    figures = [
        {
            "name": figure.name,
            "indicator": figure.indicator.id if figure.indicator else None,
            "new": figure.indicator is None,
            "period": str(figure.period),
            "type": figure.type,
            "value": figure.value,
            "unit": figure.unit,
            "printed": figure.printed,
            "approximate": figure.approximate,
            "stated_growth": figure.stated_growth,
            "stated_status": figure.stated_status,
        }
        for figure in result.figures
    ]
    _write(out, {"figures": figures})
