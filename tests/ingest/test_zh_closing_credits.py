"""A date in brackets closing a Chinese text (:mod:`encoder.ingest.zh_closing_credits`): alone, perhaps a span of
days, or glued to the text's last sentence."""

from __future__ import annotations

from pathlib import Path

from encoder.model import BlockKind

from .test_zh_lines import blocks
from .test_zh_tails import article

_BODY = "美国政府武装干涉中国的政策，已使中国内战空前扩大，使世界和平感受严重威胁。"


def test_a_closing_date_in_brackets_glued_or_a_span_of_days_is_the_place_date() -> None:
    """1946-10-02: …重蹈日本法西斯的覆辙。（九月二十九日） (glued to the commentary's last sentence, cut off);
    1947-08-01: （七月二十三日——二十九日） alone under a week's review."""
    found = blocks("1946-10-02_响应")
    assert found[-1].kind is BlockKind.PLACE_DATE and found[-1].text == "（九月二十九日）"
    assert found[-2].kind is BlockKind.PARAGRAPH and found[-2].text.endswith("的覆辙。")
    found = blocks("1947-08-01_美单独召开对日和会")
    assert found[-1].kind is BlockKind.PLACE_DATE and found[-1].text == "（七月二十三日——二十九日）"


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
