"""The data file's canonical TOML text, written directly for our schema, byte for byte as tomli-w writes it.

tomli-w is the reference (the tests compare both on every kind of store); this writer exists because
tomli-w's general recursion takes over a second for a district's 250,000 values, and every
`add-actual` rewrites the whole file.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import tomli_w

from jctrack.comments import Comments, reinsert
from jctrack.model import Entry, Frequency, GrowthBasis, Indicator, Store, revision_to_toml, store_to_toml

_ESCAPES = {"\b": "\\b", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}
_NEEDS_ESCAPE = frozenset(chr(i) for i in range(32) if chr(i) != "\t") | {chr(127), '"', "\\"}


def string(text: str) -> str:
    """A TOML basic string, escaped as tomli-w escapes it."""
    if _NEEDS_ESCAPE.isdisjoint(text):
        return f'"{text}"'
    parts = []
    for char in text:
        if char in _NEEDS_ESCAPE:
            parts.append(_ESCAPES.get(char) or "\\u" + hex(ord(char))[2:].rjust(4, "0"))
        else:
            parts.append(char)
    return '"' + "".join(parts) + '"'


def number(value: Decimal) -> str:
    """A Decimal as tomli-w writes it, except that an integral one with no decimals is a TOML integer."""
    text = str(value)
    if "E" in text:  # exponent form is rare: 1E+2 is written 100, 1E-7 as 1e-7
        exponent = value.as_tuple().exponent
        return str(int(value)) if isinstance(exponent, int) and exponent >= 0 else text.lower()
    if text == "-0":
        return "0"  # as int(Decimal("-0")) writes it
    return text  # 14.4, 0.48 and 230 are already TOML as they stand


def _entry_lines(entry: Entry) -> list[str]:
    lines = [f"value = {number(entry.value)}"]
    if entry.note is not None:
        lines.append(f"note = {string(entry.note)}")
    if entry.source is not None:
        lines.append(f"source = {string(entry.source)}")
    if entry.stated_growth is not None:
        lines.append(f"stated_growth = {number(entry.stated_growth)}")
    if entry.base is not None:
        lines.append(f"base = {number(entry.base)}")
    if entry.stated_status is not None:
        lines.append(f"stated_status = {string(entry.stated_status)}")
    return lines


def _entries(name: str, items: list[tuple[str, Entry]], out: list[str]) -> None:
    # tomli-w writes a table's plain values under its header first, then each sub-table.
    bare, detailed = [], []
    for key, entry in items:
        if (
            entry.note is None
            and entry.source is None
            and entry.stated_growth is None
            and entry.base is None
            and entry.stated_status is None
        ):
            bare.append(f"{key} = {number(entry.value)}\n")
        else:
            detailed.append(f"\n[{name}.{key}]\n" + "".join(line + "\n" for line in _entry_lines(entry)))
    if bare:
        out.append(f"\n[{name}]\n")
        out.extend(bare)
    out.extend(detailed)


def _indicator(indicator: Indicator, out: list[str]) -> None:
    name = f"indicators.{indicator.id}"
    lines = [f"name = {string(indicator.name)}"]
    if indicator.name_en:
        lines.append(f"name_en = {string(indicator.name_en)}")
    lines += [f"unit = {string(indicator.unit)}", f"kind = {string(indicator.kind.value)}"]
    lines.append(f"direction = {string(indicator.direction.value)}")
    if indicator.growth is not GrowthBasis.COMPUTED:
        lines.append(f"growth = {string(indicator.growth.value)}")
    if indicator.frequency is not Frequency.MONTHLY:
        lines.append(f"frequency = {string(indicator.frequency.value)}")
    if indicator.aliases:
        lines.append("aliases = [\n" + "".join(f"    {string(alias)},\n" for alias in indicator.aliases) + "]")
    if indicator.allow_negative:
        lines.append("allow_negative = true")
    out.append(f"\n[{name}]\n" + "".join(line + "\n" for line in lines))
    if indicator.targets:
        _entries(f"{name}.targets", [(str(year), entry) for year, entry in sorted(indicator.targets.items())], out)
    if indicator.actuals:
        ordered = sorted(indicator.actuals.items(), key=lambda item: item[0].sort_key)
        _entries(f"{name}.actuals", [(str(period), entry) for period, entry in ordered], out)


def dumps(store: Store, comments: Comments | None = None) -> str:
    """The canonical text of a store; equal to tomli_w.dumps(store_to_toml(store)) when there are no comments.

    `comments` (from comments.extract of the text the store was read from) are put back beside the keys
    and tables they were written at.
    """
    if comments:
        return reinsert(dumps(store), comments)
    top: dict[str, Any] = store_to_toml(Store(store.entity, store.rounding, {}, [], compiled_by=store.compiled_by))
    top.pop("indicators")
    out = [tomli_w.dumps(top)]
    records = [revision_to_toml(revision) for revision in store.revisions]
    revisions = ""
    if records and all(_inline_ok(record) for record in records):
        out.append(tomli_w.dumps({"revisions": records}))  # short records only: an inline array at the top
    elif records:
        revisions = "\n".join(_revision_chunk(record) for record in records)
    for indicator in store.indicators.values():
        _indicator(indicator, out)
    if not store.indicators:
        out.append("\n[indicators]\n")  # tomli-w writes an empty table's header
    if revisions:
        out.append("\n" + revisions)
    return "".join(out)


# --- revisions: every change adds one, so they are written here too, as tomli-w writes them ----------

_MAX_LINE_LENGTH = 100  # tomli-w's limit for writing a table inline


def _literal(value: Any) -> str | None:
    """A value as tomli-w writes it, for the kinds a revision holds; None for any other kind."""
    if isinstance(value, str):
        return string(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        text = str(value).lower()
        return text if "." in text or "e" in text else text + ".0"
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return "[\n" + ",\n".join(f"    {string(item)}" for item in value) + ",\n]" if value else "[]"
    return None


def _inline(table: dict[str, Any]) -> str | None:
    parts = []
    for key, value in table.items():
        text = _inline(value) if isinstance(value, dict) else _literal(value)
        if text is None:
            return None
        parts.append(f"{key} = {text}")
    return "{ " + ", ".join(parts) + " }" if parts else "{}"


def _inline_ok(record: dict[str, Any]) -> bool:
    """tomli-w's test: a table goes inline when it fits on one line of 100 characters."""
    text = _inline(record)
    if text is None:
        text = tomli_w.dumps({"x": [record]})
        return text.startswith("x = ")
    rendered = f"    {text},"
    return len(rendered) <= _MAX_LINE_LENGTH and "\n" not in rendered


def _revision_chunk(record: dict[str, Any]) -> str:
    """One [[revisions]] table with its sub-tables; unusual shapes are left to tomli-w."""
    lines = ["[[revisions]]\n"]
    tables = []
    for key, value in record.items():
        if isinstance(value, dict):
            tables.append((key, value))
            continue
        text = _literal(value)
        if text is None:
            return _fallback(record)
        lines.append(f"{key} = {text}\n")
    for key, table in tables:
        lines.append(f"\n[revisions.{key}]\n")
        for name, value in table.items():
            text = None if isinstance(value, dict) else _literal(value)
            if text is None:
                return _fallback(record)
            lines.append(f"{name} = {text}\n")
    return "".join(lines)


def _fallback(record: dict[str, Any]) -> str:
    return tomli_w.dumps({"revisions": [record]})
