"""Which indicator of the data file a name in a report means: by name or alias, else by the longest similar one."""

from __future__ import annotations

from jctrack.model import Indicator, Store
from jctrack.textread.document import matching_key


class IndicatorNames:
    """The data file's indicators, looked up by the names a report gives them (each name looked up once)."""

    def __init__(self, data: Store) -> None:
        self.data = data
        self._found: dict[str, tuple[Indicator, bool] | None] = {}

    def find(self, name: str) -> tuple[Indicator, bool] | None:
        """The indicator a name means: by name or alias (certain), else the longest name or alias
        contained in it or containing it (not certain)."""
        if len(name) < 2:
            return None
        if name in self._found:
            return self._found[name]
        key = matching_key(name)
        best: tuple[int, Indicator] | None = None
        found: tuple[Indicator, bool] | None = None
        for indicator in self.data.indicators.values():
            for known in (indicator.name, *indicator.aliases):
                if known == name or matching_key(known) == key:
                    found = (indicator, True)
                    break
                if len(known) >= 3 and (known in name or name in known) and (best is None or len(known) > best[0]):
                    best = (len(known), indicator)
            if found:
                break
        if found is None and best is not None:
            found = (best[1], False)
        self._found[name] = found
        return found
