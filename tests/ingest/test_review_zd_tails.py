"""Review of round zd's tails (branch zd-tails): made-up articles in People's Daily shapes, for each new rule what
must fire and the near misses that must not.

Guards the review added:

* ``zh_ends.called``: a call word after a surname (王师傅, 周总理), not a writer's post padded before the name
  (（县委书记　王明）, （厂长　李大海）, （公社社长　王明）: bylines on main, no byline on the branch), and the posts of
  leaders (主席, 总理, 总司令, 部长, ...) added to the call words;
* ``zh_pieces.writers_pair``: no dictionary word or thing's name for no person (（方向、路线）, （高粱、谷子）,
  （东方红、解放）, （华北、华东）, （白洋淀、洪泽湖））, as ``person_in_brackets`` reads one name;
* ``zh_closing_bylines._GLUED_PEN_NAME``: no editors' end mark, source word, sex or later stem (（终）, （讫）, （节）,
  （转）, （女）, （戊））;
* ``zh_closing_credits._glued_source``: a source glued before the last full stop right after a text the sentence names
  (…一文（原载《红旗》杂志第三期）。) stays in the sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.enrich.zh_pieces import writers_pair
from encoder.model import Block, BlockKind

from ..enrich.test_zh_pieces import article

_BODY = "这个县今年粮食生产获得了全面丰收，农民群众的生活得到了显著的改善，干部和群众的干劲更足了。"
_END = "全县粮食总产量超过历史水平。"
_LEAD_1 = "【本报讯】太行区各县今年春耕工作进展顺利，全区已有八成土地下种。"
_LEAD_2 = "【本报讯】冀南区各县群众积极开展互助合作，组织起来的农户占全区农户的一半以上。"
_REPORT = "各县干部深入农村，帮助群众解决耕牛、种子等困难，群众生产情绪很高。"


def _kinds_of(found: list[Block], text: str) -> list[BlockKind]:
    return [block.kind for block in found if block.text.strip() == text]


# --- two reporters in brackets between reports (zh_pieces.writers_pair) ---------------------------------------

_PAIRS = ["（吴锐、任大卫）", "（董志智　李绪珍）", "（司马龙、李普）", "（周建军  武卫政）", "（蔡小伟、吴禄）"]
_NO_PAIRS = [
    "（方向、路线）",  # words
    "（高粱、谷子）",  # crops
    "（东方红、解放）",  # two makes of tractors and trucks
    "（华北、华东）",  # regions
    "（白洋淀、洪泽湖）",  # lakes
    "（毛主席、朱总司令）",  # leaders by their posts
    "（周总理、陈毅）",
    "（上海、天津）",  # places
    "（冀南、太行）",  # 1940s regions
    "（合众、美联）",  # agencies' short names
    "（新华社、塔斯社）",
    "（王家峪、李家坪）",  # villages
    "（红旗牌、永久牌）",  # brands
    "（和平号、胜利号）",  # ships
    "（甲队、乙队）",
    "（上图、下图）",  # a picture's parts
    "（左起、右起）",
    "（人大、政协）",  # abbreviations
]


@pytest.mark.parametrize("pair", _PAIRS)
def test_two_reporters_between_reports_are_the_first_reports_byline(tmp_path: Path, pair: str) -> None:
    assert writers_pair(pair)
    for parts in ([_LEAD_1, _REPORT + pair, _LEAD_2, _REPORT], [_LEAD_1, _REPORT, pair, _LEAD_2, _REPORT]):
        assert _kinds_of(article(tmp_path, "各地简讯", parts), pair) == [BlockKind.BYLINE], parts


@pytest.mark.parametrize("pair", _NO_PAIRS)
def test_two_things_in_brackets_between_reports_are_no_byline(tmp_path: Path, pair: str) -> None:
    assert not writers_pair(pair)
    for parts in ([_LEAD_1, _REPORT + pair, _LEAD_2, _REPORT], [_LEAD_1, _REPORT, pair, _LEAD_2, _REPORT]):
        found = article(tmp_path, "各地简讯", parts)
        assert not [b for b in found if b.kind is BlockKind.BYLINE and pair in b.text], parts


# --- names closing the text: people of the story, but a writer's post before the name -------------------------


@pytest.mark.parametrize(
    "writer", ["（县委书记　王明）", "（厂长　李大海）", "（公社社长　王明）", "（中学教师　李芳）"]
)
def test_a_writers_post_before_the_name_closing_the_text_is_the_byline(tmp_path: Path, writer: str) -> None:
    """The post padded before the name is the writer's role (a byline on main); the branch read 书记, 厂长,
    社长 as a person of the story called by a post (guard: ``zh_ends.called`` wants a surname before it)."""
    for parts in ([_BODY, _BODY, _END + writer], [_BODY, _BODY, _END + "　　" + writer], [_BODY, _BODY, _END, writer]):
        assert _kinds_of(article(tmp_path, "丰收", parts), writer) == [BlockKind.BYLINE], parts


@pytest.mark.parametrize("people", ["（王师傅、李大娘）", "（周总理、陈毅）", "（赵队长、孙书记）", "（李明同志）"])
def test_people_called_by_trade_kin_or_post_closing_the_text_are_no_byline(tmp_path: Path, people: str) -> None:
    for parts in ([_BODY, _BODY, _END + people], [_BODY, _BODY, _END + "　　" + people], [_BODY, _BODY, _END, people]):
        found = article(tmp_path, "丰收", parts)
        assert BlockKind.BYLINE not in _kinds_of(found, people), parts


# --- a one-character pen name glued to the last sentence (zh_closing_bylines._GLUED_PEN_NAME) ----------------


@pytest.mark.parametrize("name", ["（恩）", "（志）", "（君）", "（霄）", "（林）", "（文）"])
def test_a_one_character_pen_name_closing_the_text_is_its_byline(tmp_path: Path, name: str) -> None:
    for last in (_END, "全县粮食总产量超过历史水平！", "大家说：“今年的日子好过了。”"):
        found = article(tmp_path, "丰收", [_BODY, _BODY, last + name])
        assert _kinds_of(found, name) == [BlockKind.BYLINE], last
        assert found[-2].text == last


@pytest.mark.parametrize(
    "mark",
    [
        *["（上）", "（下）", "（中）", "（左）", "（右）", "（前）", "（甲）", "（乙）", "（戊）", "（表）"],
        *["（完）", "（续）", "（终）", "（讫）", "（节）", "（转）", "（摘）", "（略）", "（注）", "（附）"],
        *["（笑）", "（一）", "（女）"],
    ],
)
def test_no_pen_name_from_a_side_a_numbering_or_an_editors_mark(tmp_path: Path, mark: str) -> None:
    found = article(tmp_path, "丰收", [_BODY, _BODY, _END + mark])
    assert BlockKind.BYLINE not in [b.kind for b in found], mark


def test_a_one_character_bracket_after_an_ellipsis_or_inside_the_text_stays(tmp_path: Path) -> None:
    for parts in ([_BODY, _BODY, "全县粮食总产量超过历史水平……（恩）"], [_BODY, _END + "（恩）", _BODY, _BODY]):
        found = article(tmp_path, "丰收", parts)
        assert BlockKind.BYLINE not in [b.kind for b in found], parts


# --- source credits glued to the last sentence (zh_closing_credits._glued_source, 均据) -----------------------------


@pytest.mark.parametrize(
    ("last", "credit"),
    [
        ("我们应当认真学习这篇文章。（原载《红旗》杂志一九五八年第三期）", "（原载《红旗》杂志一九五八年第三期）"),
        ("任务总算是完成了（转自《焦作工人》）。", "（转自《焦作工人》）。"),
        (_END + "（转自《焦作工人》）", "（转自《焦作工人》）"),
        (_END + "（译自苏联《消息报》）", "（译自苏联《消息报》）"),
        ("毛主席说：“我们应当谦虚。”（原载《解放日报》）", "（原载《解放日报》）"),
        (_END + "（以上均据新华社）", "（以上均据新华社）"),
        (_END + "（均据新华社电）", "（均据新华社电）"),
    ],
)
def test_a_source_glued_to_the_last_sentence_is_a_credit(tmp_path: Path, last: str, credit: str) -> None:
    found = article(tmp_path, "丰收", [_BODY, _BODY, last])
    assert _kinds_of(found, credit) == [BlockKind.CREDIT]
    assert found[-2].kind is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "last",
    [
        "最近，我们读了《论人民民主专政》一文（原载《红旗》杂志第三期）。",  # guard: a text the sentence names
        "本报今天转载的这篇社论（原载《真理报》）。",
        "这些诗歌已经汇编成册（选自《红旗歌谣》）。",
        "他的这篇文章（转载自《学习》杂志）在干部中引起了热烈的讨论。",  # inside the sentence
        "毛主席说：“我们应当谦虚。”（摘自《毛主席语录》）",  # a quotation's citation
        _END + "（转自第一版）",  # a jump note
        _END + "（均据统计）",  # remarks on the figures
        _END + "（均据不完全统计）",
        _END + "（均据初步统计）",
    ],
)
def test_no_credit_from_a_source_inside_the_sentence_a_citation_or_a_remark(tmp_path: Path, last: str) -> None:
    found = article(tmp_path, "丰收", [_BODY, _BODY, last])
    assert found[-1].text == last and found[-1].kind is BlockKind.PARAGRAPH, [(b.kind, b.text) for b in found[-2:]]


# --- the translators' line and the reporters in brackets on the last line ---------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("〔黄永，张良民译〕", BlockKind.BYLINE),
        ("（李文译）", BlockKind.BYLINE),
        ("（本文由王明译）", BlockKind.PARAGRAPH),
        ("（此文据英文本译）", BlockKind.PARAGRAPH),
        ("（删节后由李文译）", BlockKind.PARAGRAPH),
        ("（本报记者　朱剑红整理）", BlockKind.BYLINE),
        ("（本报记者王志、李明采写）", BlockKind.BYLINE),
        ("（新华社记者　李明摄）", BlockKind.BYLINE),
        ("（本报记者李明报道）", BlockKind.BYLINE),
        ("（本报记者的报道）", BlockKind.PARAGRAPH),
        ("（本报记者对王明的访问）", BlockKind.PARAGRAPH),
        ("（新华社记者问）", BlockKind.PARAGRAPH),
        ("（本报记者李明在北京采访）", BlockKind.PARAGRAPH),
        ("（本报评论员）", BlockKind.PARAGRAPH),
    ],
)
def test_the_last_lines_in_brackets_under_the_text(tmp_path: Path, line: str, kind: BlockKind) -> None:
    found = article(tmp_path, "会议", [_BODY, _BODY, _END, line])
    assert _kinds_of(found, line) == [kind]


# --- a picture's credits ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("图为社员们在田间劳动。新华社发（传真照片）", "新华社发（传真照片）"),
        ("图为社员们在田间劳动。新华社发", "新华社发"),
        ("图为战士们在学习（选自《解放军画报》）", "（选自《解放军画报》）"),
        ("图为会场一角（原载重庆《新华日报》）", "（原载重庆《新华日报》）"),
    ],
)
def test_a_credit_glued_to_a_caption_is_cut_off(tmp_path: Path, caption: str, credit: str) -> None:
    found = article(tmp_path, "会议", [_BODY, _BODY, "（附图片）", caption])
    assert [b.kind for b in found[-2:]] == [BlockKind.CAPTION, BlockKind.CREDIT]
    assert found[-1].text == credit


@pytest.mark.parametrize(
    "caption",
    [
        "刘胡兰烈士生前的照片（右）",
        "这是英雄们生前的照片（左起：王明、李大海）",
        "图为社员们在阅读新华社发的消息。",
        "图为会场一角（转自第一版）",
        "图为展出的照片（原载）",
        "图为工人们在劳动新华社发",
    ],
)
def test_no_credit_from_a_captions_own_words(tmp_path: Path, caption: str) -> None:
    found = article(tmp_path, "会议", [_BODY, _BODY, "（附图片）", caption])
    assert found[-1].text == caption and found[-1].kind is BlockKind.CAPTION
