"""Parser and structure: the three input shapes, the seed's parts, corpus conventions."""

from __future__ import annotations

import pytest

from encoder.diagnostics import EncodeError, Reporter
from encoder.ingest.parser import parse
from encoder.ingest.reader import decode, read_source
from encoder.model import BlockKind, Item, Letter, Section
from encoder.run.pipeline import build_article

from .conftest import FIXTURES, RMRB, SEED


def article_of(path):
    reporter = Reporter(str(path))
    return build_article(read_source(path, reporter=reporter), reporter), reporter


def kinds(text):
    return [b.kind for b in text.blocks]


@pytest.fixture(scope="module")
def seed():
    return article_of(SEED)[0]


def test_seed_header(seed) -> None:
    header = seed.header
    assert header.title_en.value == "Khrushchev's Letter to Eisenhower, September 19"
    assert header.title_zh.value == "赫鲁晓夫9月19日给艾森豪威尔的信"
    assert header.date.value == "1958-09-21"
    assert header.page.value == "2"
    assert header.author_en is None and header.author_zh is None
    assert seed.id.startswith("rmrb-1958-09-21-p2-")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_seed_structure_in_both_languages(seed, lang) -> None:
    text = seed.text(lang)
    assert text.headline is not None
    (letter,) = text.content
    assert isinstance(letter, Letter)
    assert [b.kind for b in letter.opener] == [BlockKind.SALUTATION]
    sections = [n for n in letter.content if isinstance(n, Section)]
    assert len(sections) == 8
    assert all(len(s.head.lines) == 2 for s in sections)
    assert [b.kind for b in letter.closer] == [BlockKind.VALEDICTION, BlockKind.SIGNATURE, BlockKind.PLACE_DATE]
    assert [b.kind for b in text.back] == [BlockKind.CREDIT, BlockKind.EDITORIAL]
    assert kinds(text).count(BlockKind.PARAGRAPH) == 37


def test_seed_glued_headline_and_salutation(seed) -> None:
    zh = seed.text("zh")
    assert zh.headline.text == "赫鲁晓夫9月19日给艾森豪威尔的信"
    salutation = zh.content[0].opener[0]
    assert salutation.text == "美国总统艾森豪威尔先生阁下总统先生："
    assert (salutation.span.line, salutation.span.column) == (131, 22)


def test_seed_valediction_and_signature_on_one_line(seed) -> None:
    closer = seed.text("zh").content[0].closer
    assert [b.text for b in closer] == ["此致敬意", "尼·赫鲁晓夫", "1958年9月19日于莫斯科"]
    assert closer[0].span.line == closer[1].span.line == 185
    en = [b.text for b in seed.text("en").content[0].closer]
    assert en == ["With respects,", "N. Khrushchev", "Moscow, September 19, 1958"]


def test_seed_shallow_intertitle(seed) -> None:
    sections = [n for n in seed.text("zh").content[0].content if isinstance(n, Section)]
    assert sections[6].head.text == "中国一再建议用和平方法解决争端\n美国却始终不采取现实明智的态度"
    assert sections[6].head.indent == 2


def test_english_only() -> None:
    article, _ = article_of(FIXTURES / "english_only.txt")
    assert [t.lang for t in article.texts] == ["en"]
    assert article.header.title_zh is None
    assert len([n for n in article.texts[0].content[0].content if isinstance(n, Section)]) == 8


def test_deep_intertitles_and_byline() -> None:
    article, _ = article_of(RMRB / "1946-05-18_人间地狱_永年城.md")
    zh = article.texts[0]
    assert [b.text for b in zh.front] == ["方德"]
    assert [s.head.text for s in zh.content if isinstance(s, Section)] == [
        "一  放水围困，敲骨吸髓",
        "二  人民肚饥，汉奸猪肥",
        "三  抢救",
        "四  他们需要什么？",
    ]


def test_multi_deck_headline() -> None:
    article, _ = article_of(RMRB / "1946-05-15_国际公谊救护队贺斯金斯_致书杨主席致谢.md")
    zh = article.texts[0]  # the decks below the main title are its subtitles
    assert zh.headline.text == "国际公谊救护队贺斯金斯"
    assert [deck.text for deck in zh.subtitles] == ["致书杨主席致谢"]


def test_bracketed_lead_is_a_phrase() -> None:
    article, _ = article_of(RMRB / "1946-05-19_简讯.md")
    first = article.texts[0].blocks[1].lines[0]
    assert first[0].kind == "lead" and first[0].text == "【新华社延安十六日电】"


def test_telegrams_with_signatures() -> None:
    article, _ = article_of(RMRB / "1946-05-16_致本报贺电一束.md")
    letters = article.texts[0].content
    assert [type(n) for n in letters] == [Letter, Letter]
    # A date is no signer (issue 13, round y): the day padded after the bare signer is the closer's
    # place-date (a dateline in TEI), the signer alone signs, as the dev gold splits that shape.
    assert [[b.text for b in n.closer] for n in letters] == [["冀南区党委", "五月九日"], ["中共冀鲁豫区党委敬贺"]]


def test_signed_message_then_news_item() -> None:
    (path,) = RMRB.glob("1946-05-16_解放区新闻记者联合会通电_*.md")
    article, _ = article_of(path)
    assert [type(n) for n in article.texts[0].content] == [Letter, Item]


def test_epigraph_with_attribution() -> None:
    article, _ = article_of(RMRB / "1946-05-15_劳动的妇女们.md")
    (epigraph,) = article.texts[0].front
    assert epigraph.attribution.text == "——斯大林"


def test_editor_intro_note() -> None:
    article, _ = article_of(RMRB / "1946-05-30_石塘人们的新生_新华社淮安通讯.md")
    front = article.texts[0].front
    assert front[0].kind is BlockKind.EDITORIAL and front[0].text.endswith("——编者")


def test_title_glued_to_table_row() -> None:
    article, _ = article_of(RMRB / "1946-05-28_本市物价表（五月廿六日）.md")
    zh = article.texts[0]
    assert zh.headline.text == "本市物价表（五月廿六日）"
    assert zh.blocks[1].text.startswith("小米")


def test_missing_headline_is_reported_not_fatal() -> None:
    article, reporter = article_of(RMRB / "1946-05-21_本市物价表（五月廿日）.md")
    assert article.texts[0].headline is None
    assert [d.code for d in reporter.diagnostics] == ["P005"]


def bad(text: str) -> str:
    with pytest.raises(EncodeError) as info:
        parse(decode(text.encode(), "bad.txt"))
    return str(info.value.diagnostic)


def test_header_only_english() -> None:
    assert bad("Title: X\nAuthor:\nDate: 1958-09-21\nPage: 2\n").startswith("bad.txt:5:1: error P003")


def test_header_only_chinese() -> None:
    assert "error P003" in bad("### 标题\r\n\r\n1946-05-15\r\n第2版()\n专栏：\n\n")


def test_hr_without_original() -> None:
    message = bad("Title: X\nDate: 1958-09-21\nPage: 2\n\nText.\n\n<hr />\n\nOriginal:\n\n")
    assert message.startswith("bad.txt:7:1: error P004")


def test_unrecognised_shape() -> None:
    assert bad("\n\nJust some text.\n").startswith("bad.txt:3:1: error P001")


def test_bad_english_date() -> None:
    assert bad("Title: X\nDate: 21 Sept 1958\n\nText.\n").startswith("bad.txt:2:1: error P002")


def test_chinese_date_missing() -> None:
    assert "error P002" in bad("### 标题\n作者\n第2版()\n专栏：\n\n    正文。\n")
