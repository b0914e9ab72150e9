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


def test_a_document_title_over_two_lines_is_one_headline() -> None:
    """1997-03-09: …财经委员会关于一九九六年国民经济和社会发展计划 / 执行情况与…的审查报告."""
    text = _article(
        "1997-03-09_八届全国人大财经委员会关于一九九六年国民经济和社会发展计划执行情况与一九九七年国民经济和"
        "社会发展计划草案的审查报告.json"
    ).texts[0]
    assert text.headline is not None and len(text.headline.lines) == 2
    assert text.headline.text.endswith("计划草案的审查报告") and not text.subtitles
    assert deck_kinds(["关于甲乙的", "丙丁的决定"]) == [BlockKind.HEADLINE, BlockKind.HEADLINE]
    assert deck_kinds(["美墨签署贷款协议", "墨称援助无任何政治条件"]) == [BlockKind.HEADLINE, BlockKind.SUBTITLE]
