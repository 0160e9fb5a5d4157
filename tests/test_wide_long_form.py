"""The long form beside the wide table: Chinese headers both ways, a values-only CSV, a header error that helps."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jctrack import longform, store, tabular
from jctrack.errors import DataFileError
from jctrack.model import Period, Store
from jctrack.words import Lang, say
from jctrack.words.messages import Msg

from .conftest import SAMPLE, SHIPPED


def exported() -> tuple[list[longform.Row], list[longform.Row]]:
    data = store.load(SHIPPED)
    return longform.definition_rows(data), longform.value_rows(data)


def test_chinese_export_heads_columns_and_words_codes_in_chinese() -> None:
    text = tabular.csv_text(*exported(), lang=Lang.ZH)
    lines = text.splitlines()
    assert (
        lines[0]
        == "代码,名称,英文名称,单位,种类,方向,别名,允许负值,增幅口径,报送频率,序时进度口径,关注线,预警线,牵头单位,配合单位,所属总量"
    )
    assert "指标,期间,类型,数值,单位,备注,来源,所述增幅,可比基数,所述完成情况" in lines
    assert lines[1].startswith("industrial_sales,工业开票销售,") and ",流量,正向," in lines[1] and ",按数据计算,月报," in lines[1]
    assert any(line.startswith("industrial_sales,2019,目标,230,亿元,") for line in lines)
    assert any(line.startswith("industrial_sales,2018,完成,201,") and line.endswith(",超额完成") for line in lines)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_chinese_export_imports_back_to_the_same_file(tmp_path: Path, suffix: str) -> None:
    source = tmp_path / f"all{suffix}"
    definitions, values = exported()
    if suffix == ".csv":
        source.write_text("\ufeff" + tabular.csv_text(definitions, values, lang=Lang.ZH), encoding="utf-8")
    else:
        source.write_bytes(tabular.xlsx_bytes(definitions, values, lang=Lang.ZH))
    fresh = Store(entity="金城镇(金科园)")
    longform.apply_import(fresh, *tabular.read_table(source), replace=False)
    fresh.revisions = []
    assert store.dumps(fresh) == SHIPPED.read_text(encoding="utf-8")


def sample() -> Store:
    return store.parse(SAMPLE)


def test_chinese_headers_synonyms_and_periods_as_written(tmp_path: Path) -> None:
    source = tmp_path / "中文.csv"
    source.write_text(
        "指标名称,期间,类型,数值,单位,备注,数据来源,增幅\n"
        "工业开票销售,2019年1-7月,完成,130,亿元,快报,统计月报,15.0\n"
        "开票,2020年,目标,2600000,万元,,,\n"
        "新增高新技术企业,2019年上半年,实际,3,家,,,\n",
        encoding="gb18030",
    )
    data = sample()
    plan = longform.apply_import(data, *tabular.read_table(source), replace=False)
    sales = data.indicators["sales"]
    entry = sales.actuals[Period(2019, 7)]
    assert (entry.value, entry.note, entry.source, str(entry.stated_growth)) == (Decimal(130), "快报", "统计月报", "15.0")
    assert sales.targets[2020].value == Decimal(260)
    assert [change.action for change in plan.changes] == ["added", "added", "unchanged"]


@pytest.mark.parametrize(
    "text",
    [
        "indicator,period,value\nsales,2019-07,130\n开票,2019-08,140亿元\n",
        "指标,期间,数值\nsales,2019-07,130\n开票,2019年1-8月,140亿元\n",
        "sales,2019-07,130\n开票,2019-08,1400000,万元\n",
    ],
    ids=["english-header", "chinese-header", "no-header"],
)
def test_values_only(tmp_path: Path, text: str) -> None:
    source = tmp_path / "values.csv"
    source.write_text(text, encoding="utf-8")
    data = sample()
    longform.apply_import(data, *tabular.read_table(source), replace=False)
    actuals = data.indicators["sales"].actuals
    assert (actuals[Period(2019, 7)].value, actuals[Period(2019, 8)].value) == (Decimal(130), Decimal(140))


@pytest.mark.parametrize("lang", list(Lang))
def test_a_missing_header_names_the_headers_expected(tmp_path: Path, lang: Lang) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("工业开票销售 2019-07 130\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        tabular.read_table(source)
    message = say(caught.value.key, lang, **caught.value.params)
    assert message.startswith(say(Msg.ROW_LINE, lang, line=1))
    assert "指标,期间,类型,数值" in message and "indicator,period,type,value" in message
    assert "代码,名称" in message and "id,name" in message


@pytest.mark.parametrize(
    ("text", "chinese", "english"),
    [
        (
            "名称,时间,数\n工业开票销售,2019-06,120.5\n",
            "第1行：表头无法识别（时间、数不是可用的列名）。",
            "line 1: the header is not one jctrack reads (时间, 数: no column of that name).",
        ),
        (
            "指标名称,期间,完成值\n工业开票销售,2019-06,120.5\n",
            "第1行：表头缺少数值列（完成值不是可用的列名）。",
            "line 1: the header has no value column (完成值: no column of that name).",
        ),
        ("代码,名称\nsales,工业开票销售\n", "第1行：表头缺少单位列。", "line 1: the header has no unit column."),
        ("工业开票销售,2019-06\n", "第1行：前面没有表头行。", "line 1: no header row before it."),  # data, too short
    ],
)
def test_a_wrong_header_says_what_is_wrong_with_it(tmp_path: Path, text: str, chinese: str, english: str) -> None:
    source = tmp_path / "values.csv"
    source.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        tabular.read_table(source)
    assert say(caught.value.key, Lang.ZH, **caught.value.params).startswith(chinese)
    assert say(caught.value.key, Lang.EN, **caught.value.params).startswith(english)
    assert "不是数字" not in str(caught.value) and "\n" not in str(caught.value)
