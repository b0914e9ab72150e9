"""Dates of the lunar calendar get no ``@when`` (encoder.enrich.dates): ``@when`` holds a date of
the Gregorian calendar, and a lunar month and day are not one."""

from __future__ import annotations

import datetime

import pytest

from encoder.enrich import dates


def _found(text: str, issue: datetime.date) -> list[tuple[str, str | None]]:
    return [(p.text, p.value) for _, _, p in dates._chinese(text, issue, False)]


@pytest.mark.parametrize(
    "text,issue",
    [
        # real lines: 1947-08-07 (涉县 spinning), 1985-06-16 (金沙江老船工的回忆), a 1947 report of a fair
        ("这个计划到阴历八月十五日即可完成。", datetime.date(1947, 8, 7)),
        ("1935年5月2日（即农历三月三十日）夜间，一方面军干部", datetime.date(1985, 6, 16)),
        ("在旧历三月三十日那天就举行全市", datetime.date(1947, 5, 10)),
        ("夏历五月初五", datetime.date(1980, 6, 1)),
    ],
)
def test_a_lunar_date_gets_no_when(text: str, issue: datetime.date) -> None:
    found = _found(text, issue)
    assert not [surface for surface, _ in found if "月" in surface and "年" not in surface], found


def test_the_gregorian_date_beside_a_lunar_one_keeps_its_when() -> None:
    found = _found("1935年5月2日（即农历三月三十日）夜间", datetime.date(1985, 6, 16))
    assert found == [("1935年5月2日", "1935-05-02")]


def test_a_date_after_other_words_keeps_its_when() -> None:
    """历 closing another word (日历, 学历) or a lunar word further back is no mark of the date."""
    assert _found("日历上写着八月十五日", datetime.date(1958, 9, 21)) == [("八月十五日", "1958-08-15")]
    assert _found("阴历年前，八月十五日", datetime.date(1958, 9, 21)) == [("八月十五日", "1958-08-15")]


def test_yuanyue_is_january() -> None:
    """元月 is the first month of the Gregorian calendar: 1946-06-05's memorandum, 恢复元月十三日亥时位置 (the truce
    line of 13 January); 1996-06-02, 元月２２日; a month with its year, 1950年元月."""
    issue = datetime.date(1946, 6, 5)
    assert _found("恢复元月十三日亥时位置", issue) == [("元月十三日", "1946-01-13")]
    assert _found("元月２２日", datetime.date(1996, 6, 2)) == [("元月２２日", "1996-01-22")]
    assert _found("1950年元月", issue) == [("1950年元月", "1950-01")]


def test_a_bare_day_after_a_month_no_form_reads_gets_no_when_even_in_a_lead() -> None:
    """In a paragraph opened by a lead a bare day is the issue's month's; not after 正月, 腊月 or 闰月 (lunar, or a
    month no form reads): 正月二十三日 is no date of February."""
    issue = datetime.date(1948, 3, 2)
    text = "【新华社东北一日电】正月二十三日夜，腊月初八"
    found = [(p.text, p.value) for _, _, p in dates._chinese(text, issue, True)]
    assert found == [("一日", "1948-03-01")]


def test_a_day_of_last_this_or_next_month_is_dated_from_the_issue() -> None:
    """1946-05-25 国际述评: 已于本月十六日宣告休会，并决定于下月十六日再行召集, …于上月十六日所说的; the month word
    makes the day a date anywhere (not only in a lead), and fixes its month whatever the day (上月 before the issue's
    day too)."""
    issue = datetime.date(1946, 5, 25)
    found = _found("已于本月十六日宣告休会，并决定于下月十六日再行召集，于上月二十九日所说的", issue)
    assert found == [("本月十六日", "1946-05-16"), ("下月十六日", "1946-06-16"), ("上月二十九日", "1946-04-29")]
    assert _found("上个月十日", datetime.date(1946, 1, 20)) == [("上个月十日", "1945-12-10")]
    assert _found("上月三十一日", datetime.date(1946, 3, 5)) == []  # (no 31 February)
    assert [p.certainty for _, _, p in dates._chinese("本月四号", issue, False)] == ["medium"]


def test_a_month_of_last_this_or_next_year_is_dated_from_the_issue_s_year() -> None:
    """去年十一月五日 in an issue of December 1958 is 1957-11-05 (it was read 1958-11-05: a month before the issue's
    taken for this year's); 去年十一月 and 明年一月 are months of 1957 and 1959; 前年 two years back; a Gregorian date
    with its year as before."""
    issue = datetime.date(1958, 12, 20)
    assert _found("去年十一月五日", issue) == [("去年十一月五日", "1957-11-05")]
    assert _found("去年十一月，明年一月", issue) == [("去年十一月", "1957-11"), ("明年一月", "1959-01")]
    found = _found("前年五月三日，今年元月十日", issue)
    assert found == [("前年五月三日", "1956-05-03"), ("今年元月十日", "1958-01-10")]
    assert _found("1957年十一月", issue) == [("1957年十一月", "1957-11")]
    assert _found("去年同期，去年二月三十日", issue) == []


def test_the_last_day_of_a_span_in_one_month_is_dated_in_its_first_days_month() -> None:
    """5月29日至30日, 三月十四日到二十日, 1958年五月一日—十日: the last day takes the first's month and year (and its
    certainty), anywhere in the text; a span across months was two dates already; a day before the first is no
    span's end; a bare day after a date with no day (五月至十日) is none."""
    issue = datetime.date(1958, 6, 2)
    assert _found("5月29日至30日", issue) == [("5月29日", "1958-05-29"), ("30日", "1958-05-30")]
    assert _found("三月十四日到二十日", issue) == [("三月十四日", "1958-03-14"), ("二十日", "1958-03-20")]
    spans = dates._chinese("1958年五月一日—十日", issue, False)
    assert [(p.text, p.value, p.certainty) for _, _, p in spans] == [
        ("1958年五月一日", "1958-05-01", None),
        ("十日", "1958-05-10", None),
    ]
    assert _found("2月27日至3月1日", issue) == [("2月27日", "1958-02-27"), ("3月1日", "1958-03-01")]
    assert _found("五月十日至三日", issue) == [("五月十日", "1958-05-10")]
    in_lead = dates._chinese("五月十日至三日", issue, True)  # (no bare day of the issue's month either)
    assert [(p.text, p.value) for _, _, p in in_lead] == [("五月十日", "1958-05-10")]
    assert _found("1958年五月至十日", issue) == [("1958年五月", "1958-05")]


def test_a_year_of_the_republic_or_of_two_digits_is_a_gregorian_year_and_another_is_none() -> None:
    """1949-01-05 华北人民政府通告, dated 中华民国三十七年十二月二十日 (1948-12-20; it was read 0037-12-20);
    1947-01-07, 从一九四五年底到四六年六月 (1946-06); 98年5月 in 2001 is 1998's; 太平天国八年十月 (another calendar)
    and 这一年4月 (no year) are no dates, where they were 0008-10 and 0001-04."""
    found = _found("中华民国三十七年十二月二十日", datetime.date(1949, 1, 5))
    assert found == [("中华民国三十七年十二月二十日", "1948-12-20")]
    assert _found("到四六年六月这一段时间", datetime.date(1947, 1, 7)) == [("四六年六月", "1946-06")]
    assert _found("98年5月，03年5月", datetime.date(2003, 6, 1)) == [("98年5月", "1998-05"), ("03年5月", "2003-05")]
    assert _found("太平天国八年十月忠王，这一年4月", datetime.date(1957, 2, 4)) == []


@pytest.mark.parametrize(
    "text",
    [
        "【新华社太岳一日电】会议第二日便和群众见面",  # 1948-11-03: an ordinal day
        "【新华社北平一日电】此后三日内，运走物资",  # 1950-07-04: within three days
        "【新华社北平一日电】开会七日后，已有成效",  # 1948-03-04: seven days on
        "【新华社北平一日电】近十日来，各地纷纷",
    ],
)
def test_a_count_of_days_in_a_leads_paragraph_is_no_date(text: str) -> None:
    """In a paragraph opened by a lead a bare day is dated, but not an ordinal (第二日), nor a span of days (三日内,
    七日后, 近十日): the lead's own day stays the only date."""
    found = [(p.text, p.value) for _, _, p in dates._chinese(text, datetime.date(1948, 11, 3), True)]
    assert found == [("一日", "1948-11-01")]


def test_a_day_after_which_something_happens_is_still_a_date() -> None:
    """二十九日以后 (after the 29th) and 二十日晚 are dates of the issue's month or the one before; so is the day of a
    dispatch from a place ending in 第 (1968-07-15: 新华社拉瓦尔品第十四日电)."""
    found = [(p.text, p.value) for _, _, p in dates._chinese("二十九日以后，二十日晚", datetime.date(1946, 6, 7), True)]
    assert found == [("二十九日", "1946-05-29"), ("二十日", "1946-05-20")]
    lead = dates._chinese("新华社拉瓦尔品第十四日电　查谟和克什米尔", datetime.date(1968, 7, 15), True)
    assert [(p.text, p.value) for _, _, p in lead] == [("十四日", "1968-07-14")]
