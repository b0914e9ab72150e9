"""The decks of a bilingual headline, decided for both languages (encoder.enrich.decks)."""

from __future__ import annotations

from encoder.diagnostics import Level, Reporter
from encoder.enrich.decks import agree
from encoder.model import Block, BlockKind, Span, Text
from encoder.run.pipeline import encode

from .conftest import FIXTURES

ALIGNED = FIXTURES / "aligned"
BILINGUAL = FIXTURES / "bilingual"


def test_chinese_decks_under_one_english_line_are_one_headline() -> None:
    """air-intrusion: 抗议！！ / 国民党飞机窜扰延安 above the body, one English headline line."""
    result = encode(ALIGNED / "air-intrusion-0-1.txt")
    assert result.tei is not None
    zh, en = (result.article.text(lang) for lang in ("zh", "en"))
    assert zh is not None and en is not None
    assert zh.headline is not None and zh.headline.text == "抗议！！\n国民党飞机窜扰延安"
    assert not zh.subtitles and not zh.kickers and not en.subtitles
    assert any(d.code == "S002" and "one headline" in d.message for d in result.diagnostics)


def test_two_decks_on_both_sides_stay_two_decks_in_both() -> None:
    result = encode(BILINGUAL / "09-news-lead-reporter.txt")
    zh, en = (result.article.text(lang) for lang in ("zh", "en"))
    assert zh is not None and en is not None
    assert [b.text for b in zh.subtitles] == ["重申中国将继续为中东和平尽力"]
    assert [b.text for b in en.subtitles] == [
        "Reaffirms That China Will Continue to Do Its Best for Peace in the Middle East"
    ]
    assert b'type="sub"' in (result.tei or b"")


def _text(lang: str, kinds: list[BlockKind]) -> Text:
    blocks = [Block(kind, [[f"{lang} {n}"]], Span("t", n + 1)) for n, kind in enumerate(kinds)]
    return Text(lang, [*blocks, Block(BlockKind.PARAGRAPH, [["body"]], Span("t", 9))], Span("t", 1))


def test_as_many_decks_take_the_chinese_kinds() -> None:
    zh = _text("zh-Hans", [BlockKind.KICKER, BlockKind.HEADLINE])
    en = _text("en", [BlockKind.HEADLINE, BlockKind.SUBTITLE])
    reporter = Reporter("t")
    assert agree(zh, en, reporter)
    assert [b.kind for b in en.blocks[:2]] == [BlockKind.KICKER, BlockKind.HEADLINE]
    assert [d.code for d in reporter.diagnostics] == ["S002"]
    assert not agree(zh, en, Reporter("t"))  # idempotent


def test_decks_that_cannot_be_paired_are_folded_on_both_sides_with_a_warning() -> None:
    zh = _text("zh-Hans", [BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE])
    en = _text("en", [BlockKind.HEADLINE, BlockKind.SUBTITLE])
    reporter = Reporter("t")
    assert agree(zh, en, reporter)
    assert [b.kind for b in zh.blocks] == [BlockKind.HEADLINE, BlockKind.PARAGRAPH]
    assert [b.kind for b in en.blocks] == [BlockKind.HEADLINE, BlockKind.PARAGRAPH]
    assert zh.blocks[0].text == "zh-Hans 0\nzh-Hans 1\nzh-Hans 2"
    assert [(d.code, d.level) for d in reporter.diagnostics] == [("S003", Level.WARNING)]
