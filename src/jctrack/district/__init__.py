"""A district of towns: one folder of town files (and an optional district.toml) as one table.

    from jctrack.district import load_district, district_status, district_matrix, check_district

`load_district` reads the folder; `indicator_status`/`district_status` give each indicator's rows
per town with 位次, 位次变化, the gap to the district's rate and the 全区合计; `district_matrix` the
towns × indicators table; `check_district` what keeps the files from adding up; `build_district_report`
the narrative with all of it; `documents` their JSON; `frames` (pandas, imported on use) the tables.
"""

from __future__ import annotations

from jctrack.district.checks import DistrictCheck, Finding, FindingKind, check_district
from jctrack.district.compute import (
    DistrictMatrix,
    DistrictStatus,
    DistrictTotal,
    IndicatorStatus,
    MatrixCell,
    TownRow,
    competition_ranks,
    district_matrix,
    district_status,
    indicator_status,
    matrix_from_status,
    previous_period,
)
from jctrack.district.config import CONFIG_NAME, Aggregate, DistrictConfig, IndicatorConfig, Measure, parse_config
from jctrack.district.documents import check_document, indicator_status_document, matrix_document, report_document, status_document
from jctrack.district.load import District, IndicatorSpec, SkippedTown, Town, load_district
from jctrack.district.narrative import district_narrative, district_sentence, indicator_narrative, town_narrative, town_sentence
from jctrack.district.report import DistrictReport, build_district_report

__all__ = [
    "CONFIG_NAME",
    "Aggregate",
    "District",
    "DistrictCheck",
    "DistrictConfig",
    "DistrictMatrix",
    "DistrictReport",
    "DistrictStatus",
    "DistrictTotal",
    "Finding",
    "FindingKind",
    "IndicatorConfig",
    "IndicatorSpec",
    "IndicatorStatus",
    "MatrixCell",
    "Measure",
    "SkippedTown",
    "Town",
    "TownRow",
    "build_district_report",
    "check_district",
    "check_document",
    "competition_ranks",
    "district_matrix",
    "district_narrative",
    "district_sentence",
    "district_status",
    "indicator_narrative",
    "indicator_status",
    "indicator_status_document",
    "load_district",
    "matrix_document",
    "matrix_from_status",
    "parse_config",
    "previous_period",
    "report_document",
    "status_document",
    "town_narrative",
    "town_sentence",
]
