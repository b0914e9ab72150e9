"""Dates: ``date @when`` (ISO 8601) for English and Chinese forms, ``@cert`` when inferred.

Forms: ``September 19, 1958``, ``September 12``, ``19 September 1958``, ``September 1958``,
``1958-09-21``, a year (``1943``); ``1958年9月19日``, ``9月12日``, ``一九五四年``,
``四月二十日``, ``元月十五日`` (January), ``上月十四日``, ``本月二十日`` (a day of the issue's month, the month
before or the next), ``去年十一月五日``, ``明年一月`` (a month of the issue's year, the year before or the
next); the last day of a span in one month is dated in its first day's month (``五月一日至十日``: ``十日``). A
year or month missing from a date is taken from the issue date (the month before when the day is later than the
issue's, the year before likewise) and the date gets ``cert="medium"``, as does a date counted from the issue's
month or year. A bare day (``20th``, ``20日``, ``十六日``) counts only in a
credit line or a paragraph opened by a lead (``（新华社20日讯）``, ``【新华社延安十六日电】``), and not right after
a month no form reads (``正月二十三日``) nor as a count of days (``第四日``, ``三日内``). A date of the lunar
calendar (``阴历八月十五日``, ``即农历三月三十日``, ``旧历三月三十日``) is no date of the Gregorian
calendar ``@when`` holds: it is left as text.
"""

from __future__ import annotations

import datetime
import re

from ..diagnostics import Reporter
from ..lazy_re import lazy
from ..model import Article, Block, BlockKind, Phrase, PhraseKind
from ..patterns import EN_MONTH, ZH_NUMERAL, has_digit, zh_numeral
from .spans import OPEN, tag_block

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan."),
            ("february", "feb."),
            ("march", "mar."),
            ("april", "apr."),
            ("may",),
            ("june",),
            ("july",),
            ("august", "aug."),
            ("september", "sept.", "sep."),
            ("october", "oct."),
            ("november", "nov."),
            ("december", "dec."),
        ),
        1,
    )
    for name in names
}
_N = rf"(?:\d{{1,4}}|[{ZH_NUMERAL}]{{1,4}})"
EN_DATES = lazy(
    rf"(?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)"
    rf"|(?P<mdy>\b{EN_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?\b)"
    rf"|(?P<dmy>\b\d{{1,2}}\s+{EN_MONTH}(?:\s+\d{{4}})?\b)"
    rf"|(?P<my>\b{EN_MONTH}\s+\d{{4}}\b)"
    rf"|(?P<year>(?<![\d,.-])\b1[89]\d\d\b(?!\d|,\d|-\d))"
    rf"|(?P<day>\b\d{{1,2}}(?:st|nd|rd|th)\b)"
)
#: A month: a number, or 元 (元月, January).
_M = rf"(?:{_N}|元)"
#: The Republic's era before a year of its calendar (民国三十七年, 中华民国三十七年).
_ERA = "(?:(?:中华)?民国)"
ZH_DATES = lazy(
    rf"(?P<ymd>{_ERA}?{_N}年{_M}月{_N}[日号])|(?P<ym>{_ERA}?{_N}年{_M}月)|(?P<md>{_M}月{_N}[日号])"
    rf"|(?P<rel>(?:上|本|下)个?月{_N}[日号])|(?P<rely>(?:前|去|今|明|后)年{_M}月(?:{_N}[日号])?)"
    rf"|(?P<y>(?:\d{{4}}|[{ZH_NUMERAL}]{{4}})年)|(?P<d>{_N}日)"
)
#: The month a day of the issue's month, the month before or the next is in, by the word before it.
_RELATIVE_MONTH = {"上": -1, "本": 0, "下": 1}
#: The year a month of the issue's year, the year before or the next is in (前年 two years back, 后年 two on).
_RELATIVE_YEAR = {"前": -2, "去": -1, "今": 0, "明": 1, "后": 2}
_PARTS = lazy(rf"(\d+|[{ZH_NUMERAL}]+)")
#: The words that say a date is of the lunar calendar, written right before it.
_LUNAR = ("阴历", "农历", "旧历", "夏历")
#: The fields of each form of ZH_DATES, in the order of its numbers.
_FIELDS = {
    "ymd": ("y", "m", "d"),
    "ym": ("y", "m"),
    "md": ("m", "d"),
    "rel": ("d",),
    "rely": ("m", "d"),
    "y": ("y",),
    "d": ("d",),
}


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else zh_numeral(text)


def _resolve(year: int | None, month: int | None, day: int | None, issue: datetime.date) -> tuple[str, bool] | None:
    """ISO value and whether anything was inferred; None for an impossible date."""
    inferred = False
    if day is not None and month is None:
        month, inferred = issue.month, True
        if day > issue.day:
            month -= 1
            if month == 0:
                month, year = 12, (year or issue.year) - 1
    if month is not None and year is None:
        year, inferred = issue.year, True
        if (month, day or 1) > (issue.month, issue.day):
            year -= 1
    if year is None:  # (a day or a month has been given one above)
        return None
    if month is None:  # (so is a day)
        return (f"{year:04d}", inferred) if 1000 <= year <= 2999 else None
    try:
        if day is None:
            datetime.date(year, month, 1)  # a possible month
            return f"{year:04d}-{month:02d}", inferred
        return datetime.date(year, month, day).isoformat(), inferred
    except ValueError:
        return None


def _counted(value: tuple[str, bool] | None) -> tuple[str, bool] | None:
    """A date :func:`_resolve` read, counted from the issue's month or year (上月, 去年): inferred, as sure as that."""
    return (value[0], True) if value else None


def _phrase(text: str, value: tuple[str, bool] | None) -> Phrase | None:
    if value is None:
        return None
    return Phrase(PhraseKind.DATE, [text], value=value[0], certainty="medium" if value[1] else None)


def _english(text: str, issue: datetime.date, days: bool) -> list[tuple[int, int, Phrase]]:
    found: list[tuple[int, int, Phrase]] = []
    if not has_digit(text):  # every English form holds a figure
        return found
    for match in EN_DATES.finditer(text):
        surface = match.group()
        phrase = _phrase(surface, _english_value(match.lastgroup, surface, issue, days))
        if phrase is not None:
            found.append((match.start(), match.end(), phrase))
    return found


def _english_value(kind: str | None, surface: str, issue: datetime.date, days: bool) -> tuple[str, bool] | None:
    """The value of an English date of form ``kind`` (a group of EN_DATES), as :func:`_resolve`."""
    if kind == "iso":
        iso_year, iso_month, iso_day = map(int, surface.split("-"))
        return _resolve(iso_year, iso_month, iso_day, issue)
    if kind in ("mdy", "dmy", "my"):
        words = re.findall(r"[A-Za-z]+\.?|\d+", surface)
        month = next(_MONTHS[w.lower()] for w in words if w.lower() in _MONTHS)
        numbers = [int(w) for w in words if w.isdigit()]
        year = next((n for n in numbers if n > 31), None)
        return _resolve(year, month, next((n for n in numbers if n <= 31), None), issue)
    if kind == "year":
        return _resolve(int(surface), None, None, issue)
    if kind == "day" and days:
        return _resolve(None, None, int(surface[:-2]), issue)  # 20th
    return None


def _chinese(text: str, issue: datetime.date, days: bool) -> list[tuple[int, int, Phrase]]:
    found: list[tuple[int, int, Phrase]] = []
    if "年" not in text and "月" not in text and "日" not in text and "号" not in text:  # in every date
        return found
    for match in ZH_DATES.finditer(text):
        kind, surface = match.lastgroup, match.group()
        parts = [_number(p) for p in _PARTS.findall(surface.replace("元月", "一月"))]
        if None in parts:
            continue
        spanned = kind == "d" and _span_end(found, text, match.start())
        after_month = text[match.start() - 1 : match.start()] == "月"  # (正月, 腊月, 闰月: not the issue's month)
        if (
            kind == "d"
            and not spanned
            and (not days or after_month or _count_of_days(text, match.start(), match.end()))
        ):
            continue
        if kind == "y" and surface[0] in ZH_NUMERAL and len(surface) != 5:
            continue
        if text[max(0, match.start() - 2) : match.start()] in _LUNAR:
            continue
        values = dict(zip(_FIELDS[kind or ""], parts, strict=False))
        if kind in ("ymd", "ym"):
            values["y"] = _year(surface[: surface.index("年")], values["y"], issue)
            if values["y"] is None:
                continue
        if spanned:  # (五月一日至十日: the span's last day, in its first day's month)
            value = _in_month_of(found[-1][2], values["d"], issue)
        elif kind == "rel":  # (上月十四日: a day of the month before the issue's, whatever the day)
            months = issue.year * 12 + issue.month - 1 + _RELATIVE_MONTH[surface[0]]
            value = _counted(_resolve(months // 12, months % 12 + 1, values["d"], issue))
        elif kind == "rely":  # (去年十一月五日: the year before the issue's, whatever the month)
            value = _counted(_resolve(issue.year + _RELATIVE_YEAR[surface[0]], values["m"], values.get("d"), issue))
        else:
            value = _resolve(values.get("y"), values.get("m"), values.get("d"), issue)
        phrase = _phrase(surface, value)
        if phrase is not None:
            found.append((match.start(), match.end(), phrase))
    return found


#: What makes a bare day a count of days, not a date: an ordinal or a measure before it (第四日, 近十日, 每月十日), a
#: span after it (三日内, 十日之内, 七日后; not 二十九日以后, after the 29th).
_DAYS_BEFORE = ("第", "近", "数", "每", "逐")
_DAYS_AFTER = lazy(r"^(?:之?内|以内|后(?!来))")


def _count_of_days(text: str, start: int, end: int) -> bool:
    """Whether the bare day ``text[start:end]`` counts days (:data:`_DAYS_BEFORE`, :data:`_DAYS_AFTER`); never a
    dispatch's day (新华社拉瓦尔品第十四日电: a place ending in 第)."""
    if text[end : end + 1] in ("电", "讯") or text[end : end + 2] == "专电":
        return False
    return text[start - 1 : start] in _DAYS_BEFORE or _DAYS_AFTER.match(text[end:]) is not None


#: A year of the Republic's calendar (民国三十七年) is this many years before the Gregorian one.
_MINGUO = 1911
#: How far after the issue's year a year written with two digits may be (五八年 in 1958 is 1958, 98年 in 2001 1998).
_AHEAD = 20


def _year(written: str, number: int | None, issue: datetime.date) -> int | None:
    """The Gregorian year of a date whose year is ``written`` (``number``): as written from 1000 on; a year of the
    Republic after 民国 (民国三十七年: 1948); two digits alone, the century left out (四六年, 八一年: 1946, 1981 in the
    issue's century, or the one before where that is more than :data:`_AHEAD` years on); else none (八年十月 of
    another calendar, 这一年4月: no year)."""
    if number is None or number >= 1000:
        return number
    if written.startswith(("民国", "中华民国")):
        return number + _MINGUO
    if len(written) != 2 or "十" in written:
        return None
    year = issue.year // 100 * 100 + number
    return year - 100 if year > issue.year + _AHEAD else year


#: What joins the first and the last day of a span of days in one month (五月一日至十日, 5月29日—30日).
_SPAN = frozenset("至到—－-～~")


def _span_end(found: list[tuple[int, int, Phrase]], text: str, start: int) -> bool:
    """Whether the bare day at ``start`` ends a span whose first day is the date just found (a day of a month:
    五月一日至十日), joined to it by one of :data:`_SPAN`."""
    if not found or found[-1][1] != start - 1 or text[start - 1] not in _SPAN:
        return False
    value = found[-1][2].value
    return value is not None and len(value) == len("1958-05-01")


def _in_month_of(first: Phrase, day: int | None, issue: datetime.date) -> tuple[str, bool] | None:
    """The span's last ``day`` in the month of its first day ``first`` (no earlier day), as sure as that."""
    assert first.value is not None
    year, month, start = map(int, first.value.split("-"))
    last = _resolve(year, month, day, issue) if day is not None and day > start else None
    return (last[0], first.certainty == "medium") if last else None


def tag_dates(article: Article, reporter: Reporter) -> None:
    """Wrap the dates of every block in date phrases (idempotent: tagged text is not retagged)."""
    if article.header.date is None:
        return
    try:
        issue = datetime.date.fromisoformat(article.header.date.value)
    except ValueError:  # the parser refuses such a header; a model built otherwise gets no dates
        return
    for text in article.texts:
        finder = _english if text.lang == "en" else _chinese

        def with_days(segment: str, finder=finder) -> list[tuple[int, int, Phrase]]:
            return finder(segment, issue, True)

        def without_days(segment: str, finder=finder) -> list[tuple[int, int, Phrase]]:
            return finder(segment, issue, False)

        for block in text.blocks:
            # a bare day counts in a credit line, or in a block with a lead or credit phrase
            tag_block(block, with_days if block.kind is BlockKind.CREDIT or _has_open(block) else without_days)


def _has_open(block: Block) -> bool:
    for line in block.lines:
        for item in line:
            if not isinstance(item, str) and item.kind in OPEN:
                return True
    return False
