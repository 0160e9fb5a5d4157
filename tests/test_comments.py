"""Nothing a person wrote is lost: comments survive jctrack's rewrites, and a byte-order mark is read past."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from jctrack import comments, manage, store
from jctrack.model import Entry, Period, Store, store_to_toml

HAND_WRITTEN = """\
# 金城镇 targets, kept by the 经发办
schema_version = 1
entity = "测试镇"   # 全称见批文
rounding = "half-up"

# 工业
[indicators.sales]
name = "工业开票销售" # 统计口径: 全口径
unit = "亿元"
aliases = [
    "开票",  # 老叫法
]

[indicators.sales.targets]
2019 = 230 # 镇人代会通过

[indicators.sales.actuals]
2018-6 = 95
# 年报数
2018 = 201
2019-06 = 120  # 快报 "#1"

[indicators.gone]
name = "将被删除"
unit = "亿元"

[indicators.gone.actuals]
# 这个会被删掉
2019 = 3

# end of file
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "targets.toml"
    path.write_text(text, encoding="utf-8")
    return path


def add(path: Path, period: Period, entry: Entry, indicator: str = "sales") -> None:
    with store.transaction(path) as data:
        data.store.indicators[indicator].actuals[period] = entry
        data.changed()


def test_every_comment_survives_a_write(tmp_path: Path) -> None:
    path = write(tmp_path, HAND_WRITTEN)
    add(path, Period(2019, 7), Entry(Decimal(130)))
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# 金城镇 targets, kept by the 经发办\nschema_version = 1\n")
    assert 'entity = "测试镇"  # 全称见批文\n' in text
    assert '# 工业\n[indicators.sales]\nname = "工业开票销售"  # 统计口径: 全口径\n' in text
    assert "aliases = [  # 老叫法\n" in text
    assert "2019 = 230  # 镇人代会通过\n" in text
    assert "2018-06 = 95\n# 年报数\n2018 = 201\n" in text  # a hand-written 2018-6 is the same key
    assert '2019-06 = 120  # 快报 "#1"\n2019-07 = 130\n' in text
    assert "# 这个会被删掉\n2019 = 3\n" in text
    assert text.endswith("\n# end of file\n")
    store.parse(text)  # still a valid data file
    # Writing again changes nothing: the comments are where the writer puts them.
    with store.transaction(path) as data:
        data.changed()  # written again, canonically
    assert path.read_text(encoding="utf-8") == text


def test_a_value_that_becomes_a_table_keeps_its_comment(tmp_path: Path) -> None:
    path = write(tmp_path, HAND_WRITTEN)
    add(path, Period(2019, 6), Entry(Decimal(120), note="快报"))
    text = path.read_text(encoding="utf-8")
    assert '[indicators.sales.actuals.2019-06]  # 快报 "#1"\nvalue = 120\nnote = "快报"\n' in text


def test_comments_of_what_is_gone_are_kept_and_say_where_they_were(tmp_path: Path) -> None:
    path = write(tmp_path, HAND_WRITTEN)
    with store.transaction(path) as data:
        del data.store.indicators["gone"]
        del data.store.indicators["sales"].actuals[Period(2019, 6)]
        data.changed()
    text = path.read_text(encoding="utf-8")
    assert "# 这个会被删掉" in text and '# 快报 "#1"' in text
    assert "indicators.gone.actuals.2019" in text and "indicators.sales.actuals.2019-06" in text
    assert text.count("#") == HAND_WRITTEN.count("#") + 2  # two lines saying where they were
    store.parse(text)


def canonical(tmp_path: Path) -> Path:
    """The hand-written file once written by jctrack: what every later write must give back."""
    path = write(tmp_path, HAND_WRITTEN)
    with store.transaction(path) as data:
        data.changed()
    return path


def without_revisions(path: Path) -> str:
    """The file less its [[revisions]] (history, which each change adds to), everything else as written."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"\n\[\[revisions\]\]\n.*?(?=\n\n(?!\[\[?revisions)|\n*\Z)", "", text, flags=re.S)
    return re.sub(r"\n{3,}", "\n\n", text)


def change(path: Path, act: Callable[[Store], object]) -> str:
    with store.transaction(path) as data:
        act(data.store)
        data.changed()
    return path.read_text(encoding="utf-8")


def test_comments_follow_an_indicator_given_a_new_id_and_come_back_with_undo(tmp_path: Path) -> None:
    path = canonical(tmp_path)
    before = path.read_text(encoding="utf-8")
    renamed = change(path, lambda data: manage.rename(data, "sales", new_id="ind_sales"))
    assert without_revisions(path) == before.replace("[indicators.sales", "[indicators.ind_sales")  # every comment in place
    assert "已不在文件中" not in renamed and "no longer in the file" not in renamed
    change(path, manage.undo)
    assert without_revisions(path) == before


def test_a_removed_values_comments_come_back_with_undo(tmp_path: Path) -> None:
    path = canonical(tmp_path)
    before = path.read_text(encoding="utf-8")
    removed = change(path, lambda data: manage.remove_value(data, "sales", "2018"))
    assert "# 以下注释原在 indicators.sales.actuals.2018（该项已不在文件中）\n# 年报数\n" in removed
    removed = change(path, lambda data: manage.remove_value(data, "sales", "2019-06"))  # and a comment at a line's end
    assert '# 以下注释原在 indicators.sales.actuals.2019-06 的行末（该项已不在文件中）\n# 快报 "#1"\n' in removed
    change(path, manage.undo)
    change(path, manage.undo)
    assert without_revisions(path) == before  # byte for byte, each comment where it was


def test_a_removed_indicators_comments_come_back_with_undo(tmp_path: Path) -> None:
    path = canonical(tmp_path)
    before = path.read_text(encoding="utf-8")
    change(path, lambda data: manage.remove_indicator(data, "gone", with_values=True))
    change(path, manage.undo)
    assert without_revisions(path) == before


def test_hash_inside_strings_is_no_comment(tmp_path: Path) -> None:
    text = 'schema_version = 1\nentity = "1#厂房"\nrounding = "half-up"\n\n[indicators]\n'
    assert comments.extract(text) is None
    path = write(tmp_path, text)
    with store.transaction(path) as data:
        data.changed()  # written again, canonically
    assert path.read_text(encoding="utf-8") == text


def test_a_file_without_comments_is_written_as_tomli_w_writes_it(tmp_path: Path) -> None:
    from tests.conftest import SAMPLE

    path = write(tmp_path, SAMPLE)
    add(path, Period(2019, 7), Entry(Decimal(130)))
    data = store.load(path)
    assert path.read_text(encoding="utf-8") == tomli_w.dumps(store_to_toml(data))


def test_comments_in_revisions_stay_with_their_revision(tmp_path: Path) -> None:
    from jctrack import edits

    path = write(tmp_path, HAND_WRITTEN)
    with store.transaction(path) as data:
        sales = data.store.indicators["sales"]
        edits.put(data.store, sales, "actual", Period(2019, 6), Entry(Decimal(121), note="年报"), replace=True)
        data.changed()
    text = path.read_text(encoding="utf-8")
    assert "\n[[revisions]]\n" in text
    path.write_text(text.replace("\n[[revisions]]\n", "\n# 人工核对过\n[[revisions]]\n"), encoding="utf-8")
    add(path, Period(2019, 8), Entry(Decimal(140)))
    assert "\n# 人工核对过\n[[revisions]]\n" in path.read_text(encoding="utf-8")


def test_a_byte_order_mark_is_read_past_and_not_written_back(tmp_path: Path) -> None:
    from tests.conftest import SAMPLE

    path = tmp_path / "targets.toml"
    path.write_bytes(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"))
    assert store.load(path).indicators["sales"].name == "工业开票销售"
    add(path, Period(2019, 7), Entry(Decimal(130)))
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "2019-07 = 130" in path.read_text(encoding="utf-8")


def test_a_commented_district_file_is_written_in_one_pass() -> None:
    """The writer puts comments back in a single pass over the text, not one per comment."""
    lines = ["schema_version = 1", 'entity = ""', 'rounding = "half-up"', ""]
    for number in range(300):
        lines += [f"# 第{number}个指标", f"[indicators.i{number}]", f'name = "指标{number}"', 'unit = "亿元"', ""]
        lines += [f"[indicators.i{number}.actuals]", "2019-06 = 1  # 快报", ""]
    text = "\n".join(lines)
    data = store.parse(text)
    found = comments.extract(text)
    assert found is not None and found.count() == 600
    written = store.dumps(data, found)
    assert written.count("# 第") == 300 and written.count("  # 快报") == 300


def full_scan(text: str) -> comments.Comments:
    found = comments.Comments()
    comments._scan(text.splitlines(), found, comments._Tables(), at_end=True)
    return found


@settings(max_examples=120, deadline=None)
@given(st.data())
def test_comments_anywhere_are_kept_and_found_as_a_full_read_finds_them(data: st.DataObject) -> None:
    from jctrack import edits

    base = store.dumps(store.parse(HAND_WRITTEN))
    base_store = store.parse(base)
    edits.put(base_store, base_store.indicators["sales"], "actual", Period(2019, 6), Entry(Decimal(121)), replace=True)
    lines = store.dumps(base_store).split("\n")
    marks = data.draw(st.lists(st.tuples(st.integers(0, len(lines) - 1), st.booleans()), max_size=8, unique_by=lambda m: m[0]))
    for number, (index, inline) in enumerate(sorted(marks, reverse=True)):
        line = lines[index]
        if inline and line and not line.startswith(" ") and not line.endswith("["):
            lines[index] = f"{line}  # 注{number}"
        else:
            lines.insert(index, f"# 注{number}")
    text = "\n".join(lines)
    found = comments.extract(text)
    assert (found or comments.Comments()) == full_scan(text)
    canonical = store.dumps(store.parse(text))
    paths = [path for path in [*(found or comments.Comments()).before, *(found or comments.Comments()).inline] if "[" not in "".join(path)]
    assert comments._lines_by_spelling(canonical, paths) == comments._lines_by_path(canonical, paths)  # the quick way finds the same lines
    written = store.dumps(store.parse(text), found)
    store.parse(written)
    for number in range(len(marks)):
        assert f"# 注{number}" in written
    assert store.dumps(store.parse(written), comments.extract(written)) == written
