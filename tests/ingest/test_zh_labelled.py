"""Labelled lists (rosters, gazetteers, digests) and letterspaced headings, in real articles and at their edges."""

from __future__ import annotations

from pathlib import Path

from encoder.diagnostics import Reporter
from encoder.enrich import AUTHORITY_ONLY, enrich
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.ingest.zh_labelled import labelled_lists, letterspaced_headings
from encoder.model import Article, Block, BlockKind, BlockList, Span, walk
from encoder.tei.writer import write

DEV = Path(__file__).resolve().parent.parent / "fixtures" / "rmrb-json-dev"
ROSTER = "1974-08-03_参加第七届亚运会我体育代表团的乒乓球羽毛球网球举重摔跤代表队名单.json"
DIGEST = "1984-03-03_干部交流_山东县级领导服从调动_三天到任_菜农挑战_江西冬瓜大王设奖打擂_百元悬赏.json"


def _article(name: str) -> Article:
    path = DEV / name
    reporter = Reporter(str(path))
    return enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY)


def _paragraphs(*texts: str) -> list[Block]:
    return [Block(BlockKind.PARAGRAPH, [[text]], Span("x", number, 1)) for number, text in enumerate(texts, 1)]


def _labelled(*texts: str) -> list[str]:
    blocks = _paragraphs(*texts)
    labelled_lists(blocks)
    return [block.kind.value for block in blocks]


def test_a_roster_s_lines_are_items() -> None:
    """1974-08-03: …名单如下： / 乒乓球代表队 / 领队：徐寅生 / 教练员：李富荣、李赫男（女） / 女运动员：… / …"""
    article = _article(ROSTER)
    blocks = article.texts[0].blocks
    items = [block.text for block in blocks if block.kind is BlockKind.LIST_ITEM]
    assert len(items) == 16 and items[0] == "领队：徐寅生" and items[-1].startswith("运动员：蒋运启")
    assert b"<list" in write(article, "test")


def test_a_digest_of_other_papers_is_a_list() -> None:
    """1984-03-03: 《大众日报》△山东省交流县级党政领导干部… / 《江西日报》△金溪县… / … nineteen papers."""
    article = _article(DIGEST)
    items = [block.text for block in article.texts[0].blocks if block.kind is BlockKind.LIST_ITEM]
    assert len(items) == 19 and all(item.startswith("《") for item in items)
    lists = [part for part, _depth in walk(article.texts[0]) if isinstance(part, BlockList)]
    assert len(lists) == 1


def test_a_gazetteer_s_lines_are_items_however_long_an_enumeration() -> None:
    """1986-12-01 (in no gold): 河北省：邢台市、廊坊市… / 湖南省：常德市、津市市、… (over a hundred characters)."""
    blocks = _article("1986-12-01_我国又有192个市县对外国人开放.json").texts[0].blocks
    items = [block.text for block in blocks if block.kind is BlockKind.LIST_ITEM]
    assert len(items) == 21 and any(item.startswith("湖南省：") for item in items)


def test_turns_sentences_and_short_runs_are_no_labelled_list() -> None:
    assert _labelled("领队：徐寅生", "教练员：李富荣") == ["paragraph"] * 2  # two lines: no list
    assert _labelled("记者：你们是怎么做的？", "张：先搞试点。", "记者：效果呢？") == ["paragraph"] * 3
    assert _labelled("甲：好！", "乙：走！", "甲：来了！") == ["paragraph"] * 3
    assert _labelled("他说：这件事，大家都明白；", "我说：明白。", "他说：那就好。") == ["paragraph"] * 3
    long = "说明：" + "这是一段很长的说明，" * 12
    assert _labelled(long, long, long) == ["paragraph"] * 3  # clauses over a hundred characters: text
    assert (
        _labelled("《人民日报》发表社论说", "《光明日报》发表文章说", "《文汇报》发表评论说") == ["paragraph"] * 3
    )  # no bullet


def test_letterspaced_headings_alone_or_glued_to_a_paragraph_s_end() -> None:
    """1969-07-05: …越走心里越亮堂。初　经　考　验 (glued), …产量大增。“吐　故　纳　新”; 1974-08-03's teams."""
    blocks = _article("1969-07-05_和贫下中农结合的道路我走定了.json").texts[0].blocks
    headings = [block.text for block in blocks if block.kind is BlockKind.INTERTITLE]
    assert headings == ["初\u3000经\u3000考\u3000验", "“吐\u3000故\u3000纳\u3000新”", "冲\u3000锋\u3000陷\u3000阵"]
    before = next(index for index, block in enumerate(blocks) if block.text == headings[0]) - 1
    assert blocks[before].kind is BlockKind.PARAGRAPH and blocks[before].text.endswith("越走心里越亮堂。")


def test_names_and_spaced_words_in_a_sentence_are_no_letterspaced_heading() -> None:
    blocks = _paragraphs(
        "毛\u3000泽\u3000东", "他说：大　家　好", "我们走了。王\u3000兆\u3000文", "这是一句话。初　经　考　验，"
    )
    letterspaced_headings(blocks)
    assert [block.kind for block in blocks] == [BlockKind.PARAGRAPH] * 4
    blocks = _paragraphs("这是一句话。冲\u3000锋\u3000陷\u3000阵")
    letterspaced_headings(blocks)
    assert [(block.kind, block.text) for block in blocks] == [
        (BlockKind.PARAGRAPH, "这是一句话。"),
        (BlockKind.INTERTITLE, "冲\u3000锋\u3000陷\u3000阵"),
    ]
