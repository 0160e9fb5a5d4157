"""Managing what is stored: listing, renaming, removing, the revisions, and undo of every kind of change."""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jctrack import edits, longform, manage, store, tabular
from jctrack.errors import InputError
from jctrack.model import Entry, Frequency, Indicator, Period, Revision, Schedule, Store, store_to_toml
from jctrack.words import Lang, say

from .conftest import SAMPLE
from .test_properties import KEEPABLE


def sample() -> Store:
    return store.parse(SAMPLE)


def round_trip(data: Store) -> Store:
    """What a later command sees: the store written and read back."""
    text = store.dumps(data)
    assert text == tomli_w.dumps(store_to_toml(data))
    return store.parse(text)


def data_text(data: Store) -> str:
    copy = store.parse(store.dumps(data))
    copy.revisions = []
    return store.dumps(copy)


def message(error: pytest.ExceptionInfo[InputError], lang: Lang = Lang.EN) -> str:
    return say(error.value.key, lang, **error.value.params)


# --- listing ---------------------------------------------------------------------------------------


def test_indicator_rows() -> None:
    rows = manage.indicator_rows(sample())
    sales = rows[0]
    assert (sales.id, sales.name, sales.unit, sales.kind, sales.direction) == ("sales", "工业开票销售", "亿元", "flow", "up")
    assert sales.aliases == ("开票",)
    assert (sales.latest, sales.targets, sales.actuals) == ("2019-06", 1, 3)
    assert sales.as_dict()["aliases"] == ["开票"]
    assert manage.indicator_headers(Lang.ZH)[:3] == ["代码", "名称", "单位"]
    assert sales.cells(Lang.ZH)[3:6] == ["流量", "正向", "开票"]


# --- rename ----------------------------------------------------------------------------------------


def test_rename_id_rewrites_every_reference_and_keeps_the_old_name_as_alias() -> None:
    data = sample()
    edits.put(data, data.indicators["sales"], "actual", Period(2019, 6), Entry(Decimal(121)), replace=True)
    renamed = manage.rename(data, "开票", new_name="工业应税销售", new_id="taxable_sales")
    assert (renamed.old_id, renamed.new_id, renamed.alias_kept) == ("sales", "taxable_sales", "工业开票销售")
    assert renamed.revisions_rewritten == 1
    assert list(data.indicators) == ["taxable_sales", "share", "firms"]  # where it stood
    indicator = data.find("工业开票销售")
    assert (indicator.id, indicator.name, indicator.aliases) == ("taxable_sales", "工业应税销售", ["开票", "工业开票销售"])
    assert {revision.indicator for revision in data.revisions} == {"taxable_sales"}
    assert renamed.describe(Lang.EN) == (
        "renamed indicator 工业开票销售 (sales) to 工业应税销售 (taxable_sales); the old name '工业开票销售' is kept as an alias"
    )
    assert renamed.describe(Lang.ZH) == "已将指标工业开票销售（sales）改为工业应税销售（taxable_sales），原名称“工业开票销售”保留为别名"
    round_trip(data)


def test_rename_id_points_every_part_of_at_the_new_id_and_undo_points_them_back() -> None:
    data = sample()
    manage.add_indicator(data, Indicator("revenue", "一般公共预算收入", "亿元"))
    manage.add_indicator(data, Indicator("tax", "税收收入", "亿元", part_of="revenue"))
    manage.add_indicator(data, Indicator("fees", "非税收入", "亿元", part_of="revenue"))
    manage.remove_indicator(data, "fees")  # kept in the revisions, part_of and all, for undo
    before = data_text(data)
    manage.rename(data, "revenue", new_id="budget_revenue")
    data = round_trip(data)
    assert data.indicators["tax"].part_of == "budget_revenue"
    kept = [revision.definition for revision in data.revisions if revision.definition is not None and revision.definition.id == "fees"]
    assert [definition.part_of for definition in kept] == ["budget_revenue"]
    manage.undo(data)
    data = round_trip(data)
    assert data_text(data) == before and data.indicators["tax"].part_of == "revenue"
    manage.undo(data)  # the removal of 非税收入: it comes back a part of the total as it is named now
    assert data.indicators["fees"].part_of == "revenue"


def test_undo_of_a_removed_indicator_brings_back_every_field() -> None:
    data = sample()
    full = Indicator(
        "investment", "工业投入", "亿元", owner="经发局", contributors=["财政所"], part_of="sales", warning_amber=Decimal(-1),
        warning_red=Decimal(-8), schedule=Schedule.LAST_YEAR, frequency=Frequency.QUARTERLY, name_en="Industrial investment",
    )  # fmt: skip
    manage.add_indicator(data, full)
    before = data_text(data)
    manage.remove_indicator(data, "investment")
    data = round_trip(data)  # as the next command reads it
    manage.undo(data)
    data = round_trip(data)
    assert data_text(data) == before
    restored = data.indicators["investment"]
    assert (restored.owner, restored.contributors, restored.part_of, restored.schedule) == (
        "经发局",
        ["财政所"],
        "sales",
        Schedule.LAST_YEAR,
    )


def test_rename_to_an_alias_promotes_it() -> None:
    data = sample()
    manage.rename(data, "sales", new_name="开票")
    assert (data.indicators["sales"].name, data.indicators["sales"].aliases) == ("开票", ["工业开票销售"])


@pytest.mark.parametrize(
    ("kwargs", "text"),
    [
        ({"new_id": "Bad-Id"}, "must be lower-case ASCII"),
        ({"new_id": "share"}, "'share' is already used by indicator 'share'"),
        ({"new_name": "支柱产业占比"}, "already used by indicator 'share'"),
        ({}, "give a new name or a new id"),
        ({"new_name": "工业开票销售"}, "give a new name or a new id"),
    ],
)
def test_rename_refusals(kwargs: dict[str, Any], text: str) -> None:
    data = sample()
    before = store.dumps(data)
    with pytest.raises(InputError) as caught:
        manage.rename(data, "sales", **kwargs)
    assert text in message(caught)
    assert store.dumps(data) == before


def test_rename_to_the_id_of_a_removed_indicator_is_refused() -> None:
    data = sample()
    manage.remove_indicator(data, "firms", with_values=True)
    with pytest.raises(InputError) as caught:
        manage.rename(data, "sales", new_id="firms")
    assert "still named in the revisions" in message(caught)


# --- remove ----------------------------------------------------------------------------------------


def test_remove_value_records_all_of_it() -> None:
    data = sample()
    edits.put(data, data.indicators["sales"], "actual", Period(2019, 7), Entry(Decimal(130), note="快报", source="统计局"), replace=False)
    removed = manage.remove_value(data, "sales", "2019年1-7月")
    assert Period(2019, 7) not in data.indicators["sales"].actuals
    assert removed.describe(Lang.ZH).startswith("已删除工业开票销售 2019-07 完成 130 亿元")
    last = round_trip(data).revisions[-1]
    assert (last.action, last.old, last.before) == ("remove", Decimal(130), Entry(Decimal(130), note="快报", source="统计局"))


def test_remove_target_and_missing_value() -> None:
    data = sample()
    assert manage.remove_value(data, "sales", "2019", target=True).type == "target"
    with pytest.raises(InputError) as caught:
        manage.remove_value(data, "sales", "2019-05")
    assert "has no actual for 2019-05; it has: 2018-06, 2018, 2019-06" in message(caught)


def test_remove_indicator_refused_while_it_has_values() -> None:
    data = sample()
    with pytest.raises(InputError) as caught:
        manage.remove_indicator(data, "firms")
    assert "still has 2 value(s)" in message(caught) and "--with-values" in message(caught)
    removed = manage.remove_indicator(data, "新增高新技术企业", with_values=True)
    assert "firms" not in data.indicators and removed.values == 2
    last = round_trip(data).revisions[-1]
    assert last.action == "remove-indicator" and last.definition is not None and last.position == 2
    assert last.definition.actuals == {Period(2019, 6): Entry(Decimal(3))}


# --- revisions listing -----------------------------------------------------------------------------


def test_revision_rows_for_one_indicator() -> None:
    data = sample()
    edits.put(data, data.indicators["sales"], "actual", Period(2019, 7), Entry(Decimal(130)), replace=False)
    edits.put(data, data.indicators["share"], "actual", Period(2019, 7), Entry(Decimal(92)), replace=False)
    edits.put(data, data.indicators["sales"], "actual", Period(2019, 7), Entry(Decimal(131)), replace=True)
    rows = manage.revision_rows(data, "开票")
    assert [(row.index, row.action, row.old, row.new) for row in rows] == [
        (0, "add", None, Decimal(130)),
        (2, "replace", Decimal(130), Decimal(131)),
    ]
    assert rows[1].cells(Lang.ZH)[2] == "替换" and rows[1].describe(Lang.EN) == "replace sales 2019-07 actual 130 → 131"
    assert manage.revision_headers(Lang.EN)[:3] == ["#", "at", "action"]
    assert rows[0].as_dict()["new"] == Decimal(130)


# --- undo ------------------------------------------------------------------------------------------


def test_undo_of_every_kind_of_change_restores_the_data_exactly() -> None:
    data = sample()
    states = [data_text(data)]

    def step(change: object) -> None:
        nonlocal data
        data = round_trip(data)
        states.append(data_text(data))

    sales = data.indicators["sales"]
    edits.put(data, sales, "actual", Period(2019, 7), Entry(Decimal(130), note="快报"), replace=False)
    step(None)
    edits.put(data, data.indicators["sales"], "actual", Period(2019, 7), Entry(Decimal(131), source="月报"), replace=True)
    step(None)
    edits.put(data, data.indicators["sales"], "target", 2020, Entry(Decimal(250)), replace=False)
    step(None)
    manage.remove_value(data, "sales", "2018")
    step(None)
    manage.rename(data, "sales", new_name="工业应税销售", new_id="taxable")
    step(None)
    manage.remove_indicator(data, "share", with_values=True)
    step(None)
    manage.add_indicator(data, Indicator("land", "平整土地", "亩"))
    step(None)
    edits.put(data, data.indicators["land"], "actual", Period(2019), Entry(Decimal("296.32")), replace=False)
    step(None)
    undos = []
    while len(states) > 1:
        states.pop()
        undone = manage.undo(data)
        undos.append(undone.describe(Lang.EN)[0])
        data = round_trip(data)
        assert data_text(data) == states[-1], undos[-1]
    assert undos[0] == "undone: add land 2019 actual 296.32"
    assert undos[3].startswith("undone: rename taxable") and "id sales → taxable" in undos[3]
    with pytest.raises(InputError) as caught:
        manage.undo(data)
    assert message(caught) == "there is no change to undo"
    assert [row.undone for row in manage.revision_rows(data) if row.action != "undo"] == [True] * 8


def test_undo_of_an_import_reverts_the_whole_batch(tmp_path: Path) -> None:
    data = sample()
    source = tmp_path / "in.csv"
    source.write_text(
        "代码,名称,单位\nland,平整土地,亩\n\n指标,期间,数值\nland,2019,296.32\nsales,2019-07,130\nsales,2019-06,125\nshare,2019-07,92\n",
        encoding="utf-8",
    )
    before = data_text(data)
    edits.put(data, data.indicators["firms"], "actual", Period(2019, 7), Entry(Decimal(4)), replace=False)
    after_one = data_text(data)
    longform.apply_import(data, *tabular.read_table(source), replace=True)
    data = round_trip(data)
    batch = [revision for revision in data.revisions if revision.batch is not None]
    assert [(revision.action, revision.indicator, revision.period) for revision in batch] == [
        ("add-indicator", "land", ""),
        ("add", "land", "2019"),
        ("add", "sales", "2019-07"),
        ("replace", "sales", "2019-06"),
        ("add", "share", "2019-07"),
    ]
    undone = manage.undo(data)
    assert len(undone.reverted) == 5
    data = round_trip(data)
    assert data_text(data) == after_one
    manage.undo(data)
    assert data_text(data) == before


def test_undo_refuses_what_was_edited_by_hand_since() -> None:
    data = sample()
    edits.put(data, data.indicators["sales"], "actual", Period(2019, 7), Entry(Decimal(130)), replace=False)
    data.indicators["sales"].actuals[Period(2019, 7)] = Entry(Decimal(131))  # as `jctrack edit` might
    with pytest.raises(InputError) as caught:
        manage.undo(data)
    assert "is now 131, not 130 as the change left it" in message(caught)
    del data.indicators["sales"].actuals[Period(2019, 7)]
    with pytest.raises(InputError) as caught:
        manage.undo(data)
    assert "is no longer in the file" in message(caught)


def test_undo_of_a_revision_recorded_before_undo_existed() -> None:
    text = SAMPLE + '\n[[revisions]]\nat = "2019-07-01"\nindicator = "sales"\nperiod = "2019-06"\ntype = "actual"\nold = 100\nnew = 120\n'
    data = store.parse(text)
    with pytest.raises(InputError) as caught:
        manage.undo(data)
    assert "recorded before changes could be undone" in message(caught)
    assert manage.revision_rows(data)[0].action == "replace"


def test_a_single_add_is_one_short_record() -> None:
    data = sample()
    edits.put(data, data.indicators["sales"], "actual", Period(2019, 7), Entry(Decimal(130)), replace=False)
    text = store.dumps(data)
    record = text[text.index("[[revisions]]") :]
    assert record.endswith('indicator = "sales"\nperiod = "2019-07"\ntype = "actual"\nnew = 130\naction = "add"\n')


# --- the writer keeps up with revisions of every shape ----------------------------------------------

texts = st.text(KEEPABLE, max_size=12)
numbers = st.one_of(st.none(), st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-(10**6), max_value=10**6))
entries = st.one_of(st.none(), st.builds(Entry, st.decimals(min_value=0, max_value=10**6, places=3), st.one_of(st.none(), texts)))
revisions = st.builds(
    Revision,
    st.text(KEEPABLE, min_size=1, max_size=30),
    st.from_regex(r"[a-z]{1,8}", fullmatch=True),
    st.sampled_from(["2019", "2019-06", ""]),
    st.sampled_from(["actual", "target", "indicator"]),
    numbers,
    numbers,
    st.one_of(st.none(), texts),
    entries,
    entries,
    st.sampled_from(list(manage.ACTION_WORDS)),
    st.one_of(st.none(), st.integers(0, 99)),
    st.one_of(st.none(), st.from_regex(r"[a-z]{1,8}", fullmatch=True)),
    st.one_of(st.none(), st.lists(texts, max_size=3)),
    st.one_of(st.none(), st.builds(lambda name: Indicator("x", name or "名", "亿元", aliases=["别名"]), texts)),
    st.one_of(st.none(), st.integers(0, 9)),
    st.one_of(st.none(), st.integers(0, 99)),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(revisions, max_size=4))
def test_fast_writer_writes_revisions_as_tomli_w_does(records: list[Revision]) -> None:
    data = sample()
    data.revisions = records
    text = store.dumps(data)
    assert text == tomli_w.dumps(store_to_toml(data))
    tomllib.loads(text)
    again = store.parse(text)
    assert store.dumps(again) == text


def test_renaming_back_and_undoing_both_renames() -> None:
    data = sample()
    before = data_text(data)
    edits.put(data, data.indicators["sales"], "actual", Period(2019, 7), Entry(Decimal(130)), replace=False)
    manage.rename(data, "sales", new_id="taxable")
    manage.rename(data, "taxable", new_id="sales", keep_old_name=False)
    assert list(data.indicators) == ["sales", "share", "firms"]
    for _ in range(3):
        manage.undo(data)
        data = round_trip(data)
    assert data_text(data) == before
