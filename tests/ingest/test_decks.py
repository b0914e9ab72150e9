"""Kickers and subtitles found in real articles: the JSON distribution and a bilingual fixture."""

from __future__ import annotations

from pathlib import Path

from encoder.diagnostics import Reporter
from encoder.enrich import AUTHORITY_ONLY, enrich
from encoder.ingest.decks import deck_kinds
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import BlockKind

DEV = Path(__file__).resolve().parent.parent / "fixtures" / "rmrb-json-dev"
BILINGUAL = DEV.parent / "bilingual"


def _article(name: str):
    return _article_at(DEV / name)


def _article_at(path: Path):
    reporter = Reporter(str(path))
    return enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY)


def test_kickers_above_a_title_that_leaves_them_out_and_a_subtitle_below() -> None:
    text = _article("1958-08-07_泽登巴尔说_爱好和平的人都赞成中苏公报_阿尔巴尼亚报纸赞颂社会主义国家的团结.json").texts[
        0
    ]
    assert [b.text for b in text.kickers] == ["捍卫和平的历史文献", "各国公众和舆论继续评论中苏公报", "泽登巴尔说"]
    assert text.headline is not None and text.headline.text == "爱好和平的人都赞成中苏公报"
    assert [b.text for b in text.subtitles] == ["阿尔巴尼亚报纸赞颂社会主义国家的团结"]


def test_deck_rules() -> None:
    assert deck_kinds(["站到人民方面来", "——记石头疙瘩罢战蒋军李排副谈话"]) == [BlockKind.HEADLINE, BlockKind.SUBTITLE]
    assert deck_kinds(["管好晚秋\u3000收好早秋", "吉林安徽河北开展超产运动保证丰产丰收"]) == [
        BlockKind.KICKER,
        BlockKind.HEADLINE,
    ]


def test_a_kicker_ending_with_a_speakers_verb() -> None:
    text = _article("1980-12-01_中国乒乓球队教练谈_世界乒坛新动向.json").texts[0]
    assert [b.text for b in text.kickers] == ["中国乒乓球队教练谈"]
    assert text.headline is not None and text.headline.text == "世界乒坛新动向"


def test_the_english_second_deck_is_a_subtitle_when_the_title_joins_the_two() -> None:
    """07: Title: "Questions about …: A Responsible Official … Answers a Reporter's Questions";
    the body sets the two decks on two lines, as the Chinese does."""
    article = _article_at(BILINGUAL / "07-interview.txt")
    for text in article.texts:
        assert text.headline is not None and len(text.subtitles) == 1, text.lang
    (en,) = [text for text in article.texts if text.lang == "en"]
    assert en.subtitles[0].text == "A Responsible Official of the Ministry of Education Answers a Reporter's Questions"
