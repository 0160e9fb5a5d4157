"""The figures a report has said so far, by name, role and period: a target or last year's figure said elsewhere."""

from __future__ import annotations

from jctrack.textread.document import Mention, Role

AFFIXES = 8  # names sharing a part kept for lookups by a similar name; a part shared by more is too common
PER_SLOT = 3  # different figures kept for one name, role and period

Slot = tuple[str, int | None, int | None]  # ("target" or "actual", year, month)


def same_indicator(first: str, second: str) -> bool:
    return first == second or (min(len(first), len(second)) >= 3 and (first in second or second in first))


def related(first: str, second: str) -> bool:
    """Names close enough within one sentence: 开工 and 开工项目."""
    return first == second or (min(len(first), len(second)) >= 2 and (first in second or second in first))


class NameIndex:
    """Figures said so far, by name, role and period, each slot holding at most PER_SLOT different figures."""

    def __init__(self) -> None:
        self.slots: dict[str, dict[Slot, list[Mention]]] = {}
        self.affixes: dict[str, set[str]] = {}

    def add(self, mention: Mention) -> None:
        key = mention.key
        if len(key) < 2 or mention.year is None:
            return
        if mention.role is Role.TARGET:
            slot: Slot = ("target", mention.year, None)
        elif mention.role in (Role.ACTUAL, Role.TO, Role.BASE):
            period = mention.when.period
            if period is None:
                return
            slot = ("actual", mention.year, period.month)
        else:
            return
        slots = self.slots.get(key)
        if slots is None:
            slots = self.slots[key] = {}
            for size in range(3, len(key)):
                for part in (key[:size], key[-size:]):
                    names = self.affixes.setdefault(part, set())
                    if len(names) <= AFFIXES:
                        names.add(key)
        found = slots.setdefault(slot, [])
        if len(found) < PER_SLOT and all(
            other.token.number != mention.token.number or other.token.unit != mention.token.unit for other in found
        ):
            found.append(mention)

    def find(self, key: str, slot: Slot) -> tuple[list[Mention], bool]:
        """The figures of a name in a slot: by the same name (certain), else a name containing or
        contained in it (not certain)."""
        if len(key) < 2:
            return [], False
        exact = self.slots.get(key, {}).get(slot, [])
        if exact:
            return exact, True
        similar: list[Mention] = []
        names = set(self.affixes.get(key, set()))
        if len(names) > AFFIXES:
            names = set()  # too common a name to say which is meant
        names.update(key[:size] for size in range(3, len(key)) if key[:size] in self.slots)
        names.update(key[-size:] for size in range(3, len(key)) if key[-size:] in self.slots)
        for name in sorted(names):
            similar.extend(self.slots[name].get(slot, []))
        return similar, False
