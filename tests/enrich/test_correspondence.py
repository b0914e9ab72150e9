"""The correspondence pass: senders, date and place of signed letters, which the writer only maps."""

from __future__ import annotations

import copy

from lxml import etree

from encoder.diagnostics import Reporter
from encoder.enrich.correspondence import correspondence
from encoder.model import Correspondence
from encoder.run.pipeline import encode

from ..ingest.test_later_decades import JSON_FILES, convert
from .conftest import FIXTURES, RMRB, SEED

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _sent(tei: bytes) -> list[tuple[list[str], list[str], list[str]]]:
    """(names, dates, places) of each correspAction of a TEI document."""
    root = etree.fromstring(tei)
    return [
        (
            action.xpath("t:name/text()", namespaces=NS),
            action.xpath("t:date/@when", namespaces=NS),
            action.xpath("t:placeName/text()", namespaces=NS),
        )
        for action in root.iterfind(".//t:correspDesc/t:correspAction", NS)
    ]


def test_seed_letter_is_dated_and_placed() -> None:
    result = encode(SEED)
    assert result.article.correspondence == [
        Correspondence("rmrb-1958-09-21-p2-a4c02de8.zh.let1", "zh-Hans", ["尼·赫鲁晓夫"], "1958-09-19", "莫斯科")
    ]
    assert _sent(result.tei) == [(["尼·赫鲁晓夫"], ["1958-09-19"], ["莫斯科"])]


def test_telegram_of_1976_dated_in_chinese_numerals() -> None:
    """The dates pass reads 一九七六年九月三十日: the telegram gets its date and place (the
    writer's own figures-only pattern used to miss both)."""
    (path,) = [p for p in JSON_FILES if p.name.startswith("1976-10-05")]
    result = convert(path)
    (found,) = result.article.correspondence
    assert found.senders == ["苏联最高苏维埃主席团", "苏联部长会议"]
    assert (found.date, found.place) == ("1976-09-30", "莫斯科克里姆林宫")
    assert _sent(result.tei) == [(["苏联最高苏维埃主席团", "苏联部长会议"], ["1976-09-30"], ["莫斯科克里姆林宫"])]


def test_a_date_completed_from_the_issue_date_is_not_a_sending_date() -> None:
    result = encode(RMRB / "1946-05-15_人民日报发刊志祝.md")  # the dateline says 五月十五日
    assert [(c.date, c.place) for c in result.article.correspondence] == [(None, None)]


def test_english_letter_gets_its_senders_only() -> None:
    result = encode(FIXTURES / "english_only.txt")
    assert [(c.lang, c.senders, c.date) for c in result.article.correspondence] == [("en", ["N. Khrushchev"], None)]


def test_pass_is_idempotent() -> None:
    article = encode(SEED).article
    before = copy.deepcopy(article.correspondence)
    correspondence(article, Reporter("seed"))
    correspondence(article, Reporter("seed"))
    assert article.correspondence == before


def test_letters_of_sections_are_found_in_document_order() -> None:
    result = encode(RMRB / "1946-05-15_新闻界的祝贺.md")  # sections holding signed messages
    ids = [c.letter for c in result.article.correspondence]
    assert len(ids) == 5
    assert ids == sorted(ids, key=lambda i: int(i.rsplit("let", 1)[1]))
