"""A date in brackets closing a Chinese text (:mod:`encoder.ingest.zh_closing_credits`): alone on its line, the
place-date; glued to a paragraph or with more words, the text's. (Round ze's glued closing date and span of days,
one dev article each, were taken back at the join; these near misses were written against them.)"""

from __future__ import annotations

from pathlib import Path

from encoder.model import BlockKind

from .test_zh_tails import article

_BODY = "美国政府武装干涉中国的政策，已使中国内战空前扩大，使世界和平感受严重威胁。"


def test_no_closing_date_inside_the_text_after_a_sentence_or_of_more_words(tmp_path: Path) -> None:
    """Near-misses: a bracketed date glued to a paragraph that is not the last (a diary's entry), a date glued
    to words that end no sentence (…会议（九月二十九日）), a date with an event in its brackets
    (（九月二十九日晚）, （九月二十九日通过））, a span with words (（七月二十三日至今））."""
    found = article(tmp_path, "时评", [_BODY + "（九月二十九日）", _BODY])
    assert found[1].text == _BODY + "（九月二十九日）" and found[1].kind is BlockKind.PARAGRAPH
    for last in (
        "各界人民召开了会议（九月二十九日）",
        _BODY + "（九月二十九日晚）",
        _BODY + "（九月二十九日通过）",
        _BODY + "（七月二十三日至今）",
    ):
        found = article(tmp_path, "时评", [_BODY, last])
        assert BlockKind.PLACE_DATE not in {block.kind for block in found}, last
