"""Everything a district report shows, computed once: the status of every indicator, the matrix, the narrative."""

from __future__ import annotations

from dataclasses import dataclass

from jctrack.district.compute import DistrictMatrix, DistrictStatus, district_status, matrix_from_status
from jctrack.district.config import Measure
from jctrack.district.load import District
from jctrack.district.narrative import district_narrative, town_narrative
from jctrack.model import Period
from jctrack.words import Bilingual, Lang, period_title, say
from jctrack.words.district import DistrictWord


@dataclass(frozen=True)
class DistrictReport:
    lang: Lang
    title: str
    status: DistrictStatus
    matrix: DistrictMatrix
    narrative: tuple[str, ...]  # one district sentence per indicator
    town_narrative: dict[str, tuple[str, ...]]  # per town, where it stands in each indicator


def build_district_report(
    district: District, period: Period | None = None, lang: Lang = Lang.ZH, rank_by: Measure | str | None = None
) -> DistrictReport:
    status = district_status(district, period, rank_by)
    name = Bilingual(district.name, district.name_en or district.name).in_(lang)
    title = say(DistrictWord.REPORT_TITLE, lang, district=name, period=period_title(status.period, lang))
    return DistrictReport(
        lang=lang,
        title=title,
        status=status,
        matrix=matrix_from_status(status),
        narrative=tuple(district_narrative(status, lang)),
        town_narrative={town.name: tuple(town_narrative(status, town.name, lang)) for town in district.towns},
    )
