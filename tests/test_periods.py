"""Periods as people write them, everywhere a period is typed; errors show the accepted forms."""

from __future__ import annotations

import pytest

from jctrack import periods
from jctrack.errors import InputError
from jctrack.model import Period
from jctrack.words import Lang, say

ACCEPTED = [
    ("2019", Period(2019)),
    ("2019-06", Period(2019, 6)),
    ("2019-6", Period(2019, 6)),
    ("2019年", Period(2019)),
    ("2019年度", Period(2019)),
    ("2019年全年", Period(2019)),
    ("2019年6月", Period(2019, 6)),
    ("2019年6月份", Period(2019, 6)),
    ("2019年1-6月", Period(2019, 6)),
    ("2019年1—6月份", Period(2019, 6)),
    ("2019年1～6月", Period(2019, 6)),
    ("2019年1至6月", Period(2019, 6)),
    ("2019年1-12月", Period(2019, 12)),
    ("2019年1月", Period(2019, 1)),
    ("2019年上半年", Period(2019, 6)),
    ("2019Q2", Period(2019, 6)),
    ("2019q1", Period(2019, 3)),
    ("2019-Q4", Period(2019, 12)),
    ("2019年二季度", Period(2019, 6)),
    ("2019年第二季度", Period(2019, 6)),
    ("2019年一季度", Period(2019, 3)),
    ("2019年前三季度", Period(2019, 9)),
    ("2019年1-3季度", Period(2019, 9)),
    ("2019年六月", Period(2019, 6)),
    ("2019年十二月", Period(2019, 12)),
    ("截至2019年6月底", Period(2019, 6)),
    ("2019年6月末", Period(2019, 6)),
    ("２０１９－０８", Period(2019, 8)),
    ("２０１９年１—６月", Period(2019, 6)),
    (" 2019 年 1 - 6 月 ", Period(2019, 6)),
]


@pytest.mark.parametrize(("text", "period"), ACCEPTED)
def test_every_accepted_form(text: str, period: Period) -> None:
    assert Period.parse(text) == period


REFUSED = [
    ("2019/06", Lang.EN, "accepted forms: 2019, 2019-06, 2019年, 2019年6月, 2019年1-6月, 2019年上半年"),
    ("2019.06", Lang.ZH, "可写作：2019、2019-06、2019年"),
    ("2019-", Lang.EN, "accepted forms"),
    ("二〇一九", Lang.EN, "accepted forms"),
    ("2019-06-30", Lang.EN, "accepted forms"),
    ("", Lang.EN, "accepted forms"),
    ("2019-13", Lang.EN, "month 13 in '2019-13' is outside 1–12"),
    ("2019年13月", Lang.ZH, "月份13不在1–12之内"),
    ("1899", Lang.EN, "year 1899 is out of range"),
    ("3000-01", Lang.EN, "year 3000 is out of range"),
    ("2019年4-6月", Lang.EN, "does not run from January"),
    ("2019年下半年", Lang.ZH, "下半年"),
    ("2019Q5", Lang.EN, "quarter 5"),
]


@pytest.mark.parametrize(("text", "lang", "message"), REFUSED)
def test_refused_forms_say_why(text: str, lang: Lang, message: str) -> None:
    with pytest.raises(InputError) as caught:
        Period.parse(text)
    assert message in say(caught.value.key, lang, **caught.value.params)


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("2019年1-6月主要经济指标", (2019, 6)),
        ("1—6月份全镇主要经济指标完成情况", (None, 6)),
        ("上半年经济运行情况", (None, 6)),
        ("一季度财政收支情况", (None, 3)),
        ("前三季度", (None, 9)),
        ("截至6月底", (None, 6)),
        ("2019年全镇1-6月主要经济指标", (2019, 6)),
        ("2019年主要经济指标", (2019, None)),
        ("二〇一九年1-6月", (None, 6)),
    ],
)
def test_search_finds_the_period_in_a_title(title: str, found: tuple[int | None, int | None]) -> None:
    result = periods.search(title)
    assert result is not None and (result.year, result.month) == found


def test_search_finds_nothing_in_plain_words() -> None:
    assert periods.search("主要经济指标") is None
    assert periods.search("工业开票销售") is None


def test_search_refuses_a_range_not_from_january() -> None:
    with pytest.raises(InputError):
        periods.search("2019年4-6月主要经济指标")
