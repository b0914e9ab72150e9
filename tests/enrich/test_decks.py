"""The decks of a bilingual headline, decided for both languages (encoder.enrich.decks)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from encoder.cli import main
from encoder.diagnostics import Level, Reporter
from encoder.enrich.decks import agree, decks, repeated_title
from encoder.model import Block, BlockKind, Phrase, PhraseKind, Span, Text
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


_DECISION_EN = "Decision of the CPC Central Committee on Commending Advanced Grass-roots Party Organizations"
_LETTER_EN = (
    "Letter of Salute to Chairman Mao from the Congress of Red Guards of Universities and Colleges in the Capital"
)
_BI_DECISION = f"""Title: {_DECISION_EN}
Author:
Date: 2001-07-02
Page: 4

{_DECISION_EN}

Xinhua News Agency, Beijing, July 1: {_DECISION_EN}

(July 1, 2001)

The Communist Party of China has traveled an extraordinary and glorious course of 80 years.

The Central Committee calls on Party organizations at all levels to learn from the advanced collectives.

<hr />

Original:

### 中共中央关于表彰全国先进基层党组织的决定

2001-07-02
第4版()
专栏：

    中共中央关于表彰全国先进基层党组织的决定
    新华社北京7月1日电中共中央关于表彰全国先进基层党组织的决定
    （2001年7月1日）
    中国共产党已经走过80年不平凡的光辉历程。
    中央号召，党的各级组织要向受到表彰的先进集体学习。
"""
_BI_LETTER = f"""Title: {_LETTER_EN}
Author:
Date: 1967-03-03
Page: 2

{_LETTER_EN}

Xinhua News Agency, 2nd: {_LETTER_EN} Our most, most respected great leader Chairman Mao:

We, the Red Guards of the universities and colleges of the capital, your most loyal Red Guards, salute you.

Today, with boundless excitement, we report to you the good news of our struggle: the Congress has been founded!

<hr />

Original:

### 首都大专院校红卫兵代表大会给毛主席的致敬信

1967-03-03
第2版()
专栏：

    首都大专院校红卫兵代表大会给毛主席的致敬信
    新华社二日讯　首都大专院校红卫兵代表大会给毛主席的致敬信最最敬爱的伟大领袖毛主席：
    我们首都大专院校红卫兵，您的最忠实的红卫兵，向您致敬。
    今天，我们以无比激动的心情，向您报告我们战斗的喜讯：首都大专院校红卫兵代表大会正式成立了！
"""


def test_the_title_repeated_under_its_dateline_is_no_deck() -> None:
    """A headline opening on its lead below the title (ingest/title_repeat.py) ends the decks."""
    span = Span("t", 1)
    title = Block(BlockKind.HEADLINE, [["中共中央关于表彰的决定"]], span)
    again = Block(
        BlockKind.HEADLINE, [[Phrase(PhraseKind.LEAD, ["新华社北京7月1日电"]), "中共中央关于表彰的决定"]], span
    )
    plain = Block(BlockKind.HEADLINE, [["中共中央关于表彰的决定"]], span)
    body = Block(BlockKind.PARAGRAPH, [["中国共产党已经走过80年不平凡的光辉历程。"]], span)
    assert repeated_title(again) and not repeated_title(title)
    assert decks(Text("zh", [title, again, body], span)) == [title]
    assert decks(Text("zh", [title, plain, body], span)) == [title, plain]  # (no lead: a deck as before)


@pytest.mark.parametrize("source", [_BI_DECISION, _BI_LETTER], ids=["decision", "letter"])
def test_a_bilingual_article_keeps_the_title_head_apart_from_the_repeated_title(tmp_path: Path, source: str) -> None:
    """2001-07-02, 1967-03-03 as bilingual articles: the Chinese title's head holds no dateline (the
    repeated title is not folded into it with the other side's single headline)."""
    src = tmp_path / "bi.txt"
    src.write_text(source, encoding="utf-8")
    out = tmp_path / "bi.xml"
    assert main(["convert", "-q", "--no-ner", str(src), "-o", str(out)]) == 0
    zh = etree.parse(str(out)).find(".//{http://www.tei-c.org/ns/1.0}div[@type='original']")
    assert zh is not None
    first = zh.find("{http://www.tei-c.org/ns/1.0}head")
    assert first is not None and first.find("{http://www.tei-c.org/ns/1.0}lb") is None
    assert first.find(".//{http://www.tei-c.org/ns/1.0}seg[@type='lead']") is None
    assert "电" not in "".join(first.itertext()) and "讯" not in "".join(first.itertext())


def test_a_bilingual_decision_repeating_its_title_stays_mirrored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every block of both languages keeps a counterpart, as before the repeated title was read."""
    src = tmp_path / "bi.txt"
    src.write_text(_BI_DECISION, encoding="utf-8")
    out = tmp_path / "bi.xml"
    assert main(["convert", "-q", "--no-ner", str(src), "-o", str(out)]) == 0
    capsys.readouterr()
    main(["align-report", str(src), str(out)])
    report = capsys.readouterr()
    assert "A001" not in report.out + report.err
