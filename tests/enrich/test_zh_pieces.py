"""Bylines closing a piece in the middle of a page of short pieces (encoder/enrich/zh_pieces.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.diagnostics import Reporter
from encoder.enrich import AUTHORITY_ONLY, enrich
from encoder.enrich.zh_pieces import person_in_brackets, writers_pair
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import Block, BlockKind

from ..conftest import write_json_article
from .conftest import FIXTURES


def _blocks(path: Path) -> list[Block]:
    """The Chinese blocks of the article at ``path`` once the structure pass has read them."""
    reporter = Reporter(str(path))
    return enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY).texts[0].blocks


def blocks(prefix: str) -> list[Block]:
    """The blocks of the dev article whose name starts with ``prefix``."""
    (path,) = sorted((FIXTURES / "rmrb-json-dev").glob(f"{prefix}*.json"))
    return _blocks(path)


def article(folder: Path, title: str, parts: list[str]) -> list[Block]:
    """The blocks of an article of 1960-10-01 written to ``folder``: its title, then ``parts``."""
    return _blocks(write_json_article(folder / "1960-10-01_x.json", title, parts, (1960, 10, 1)))


def kind_of(found: list[Block], text: str) -> BlockKind:
    """The kind of the block whose text is ``text`` (white space at its edges aside)."""
    (kind,) = [block.kind for block in found if block.text.strip() == text]
    return kind


def test_a_name_in_brackets_alone_between_two_items_closes_the_first() -> None:
    """1991-09-03 简讯: ▲… / （王志） / ▲…（王然）; 1982-08-01 出版动态: △… / （晓江） / △…."""
    assert kind_of(blocks("1991-09-03_简讯"), "（王志）") is BlockKind.BYLINE
    assert kind_of(blocks("1982-08-01_出版动态"), "（晓江）") is BlockKind.BYLINE


def test_a_name_in_brackets_glued_before_the_next_reports_lead_closes_the_report() -> None:
    """1947-06-09: …可修滩二百亩。（萧簧） / 【本报讯】为了帮助群众…; 1947-07-01: …（培义） / 又讯：…."""
    found = blocks("1947-06-09_村干带头")
    assert kind_of(found, "（萧簧）") is BlockKind.BYLINE
    assert found[[b.text.strip() for b in found].index("（萧簧）") - 1].text.rstrip().endswith("二百亩。")
    assert kind_of(blocks("1947-07-01_自觉"), "（培义）") is BlockKind.BYLINE


def test_a_persons_name_in_brackets_is_a_writers_and_nothing_else_is() -> None:
    """Names (a pen name, a reporter's) pass; applause, notes, jump notes, agencies, papers and their
    branches, places, positions, quoted speakers' titles, words jieba's dictionary knows do not."""
    for name in (
        "（王志）",
        "（晓江）",
        "（萧簧）",
        "（培义）",
        "（张继东）",
        "（本报记者　王志）",
        "（通讯员　李明）",
    ):
        assert person_in_brackets(name), name
    others = (
        "热烈鼓掌 鼓掌 长时间热烈鼓掌 笑 众笑 掌声 见第二版 转第二版 左 右 女 美 苏联 诗 小说 外一首 说明 照片 漫画 "
        "同上 下略 来稿 连载 译者 美联社 共同社 合众社 中新社 据法新社 美联社电 路透 光明日报 冀南分社 太岳分社 "
        "太行讯 晋察冀电 专电 新华社 附图片 节选 一 湖南 河北 湖南民歌 李大娘 本报资料室 王志、李明"
    )
    for word in others.split():
        assert not person_in_brackets(f"（{word}）"), word


#: The reviewer's inputs (a title, the parts), each with the brackets in it that close no piece.
_NO_PIECES = [
    (
        "在庆祝大会上的讲话",
        [
            "同志们：",
            "我们今天在这里开会，庆祝伟大的胜利。（热烈鼓掌）",
            "一、形势",
            "当前国内外形势很好。（鼓掌）",
            "二、任务",
            "我们的任务是光荣而艰巨的。",
        ],
        ["（热烈鼓掌）", "（鼓掌）"],
    ),
    (
        "在庆祝大会上的讲话",
        [
            "我们今天在这里开会，庆祝伟大的胜利。我们的事业是正义的。（热烈鼓掌）",
            "一、形势",
            "当前国内外形势很好，人民生活不断改善。（鼓掌）",
            "二、任务",
            "我们的任务是光荣而艰巨的。",
        ],
        ["（热烈鼓掌）", "（鼓掌）"],
    ),
    (
        "论某某问题",
        ["一", "这个问题在当时引起了很大的争论。这里指的是一九五六年的事件。（译者）", "二", "后来情况有了变化。"],
        ["（译者）"],
    ),
    (
        "某某报告",
        ["一、形势", "当前形势很好，生产不断发展。（转第二版）", "二、任务", "我们的任务很重。"],
        ["（转第二版）"],
    ),
    (
        "国际简讯",
        [
            "▲美国国务卿杜勒斯昨天同英国外交大臣举行会谈。（美联社）",
            "▲日本首相今天发表谈话，主张改善对华关系。（共同社）",
            "▲法国议会今天继续辩论预算问题。",
        ],
        ["（美联社）", "（共同社）"],
    ),
    (
        "冀南简讯",
        ["▲各村正在抢种。（冀南分社）", "▲各区都在修渠。（太行讯）", "▲部队帮助群众。"],
        ["（冀南分社）", "（太行讯）"],
    ),
    (
        "某某说",
        ["▲“我们一定要把水库修好！”（王师傅）", "▲“大寨人能做到的，我们也能做到。”（李大娘）", "▲“学大寨，赶大寨。”"],
        ["（王师傅）", "（李大娘）"],
    ),
    ("某某说", ["▲“我们一定要把水库修好！”", "（王师傅）", "▲“学大寨，赶大寨。”"], ["（王师傅）"]),
    (
        "工人阶级必须领导一切",
        [
            "“工人阶级必须领导一切。”",
            "（毛泽东）",
            "【新华社北京十日电】首都工人阶级在毛主席的伟大号召下，开进了上层建筑各个领域。",
            "广大革命群众热烈欢迎。",
        ],
        ["（毛泽东）"],
    ),
    (
        "学习心得",
        ["毛主席教导我们说：“为人民服务。”", "（毛主席）", "一、提高认识", "我们认真学习了。"],
        ["（毛主席）"],
    ),
    (
        "两地见闻",
        [
            "甲地今年粮食丰收，群众生活改善。",
            "（本报记者　王志）",
            "【本报讯】乙地今年也获得丰收。",
            "乙地群众很高兴。",
        ],
        ["（本报记者　王志）"],
    ),
    (
        "两地见闻",
        [
            "本报记者　李明",
            "【本报讯】甲地今年粮食丰收，群众生活改善。",
            "（本报记者　王志）",
            "【本报讯】乙地今年也获得丰收。",
            "乙地群众很高兴。",
        ],
        ["（本报记者　王志）"],
    ),
    (
        "民歌选",
        ["▲山歌唱得满山红，社员干劲冲天空。", "（湖南）", "▲一座水库一面镜，照得人人笑盈盈。", "（河北）"],
        ["（湖南）"],
    ),
    (
        "民歌选",
        ["▲山歌唱得满山红，社员干劲冲天空。", "（湖南民歌）", "▲一座水库一面镜，照得人人笑盈盈。", "（河北民歌）"],
        ["（湖南民歌）"],
    ),
    (
        "某地见闻",
        [
            "这是前言，说明情况。",
            "（王志）",
            "一、甲地",
            "甲地生产很好。（李明）",
            "二、乙地",
            "▲乙地某厂投产。",
            "▲乙地某校开学。",
            "（附图片）",
        ],
        ["（王志）", "（李明）"],
    ),
    (
        "某地见闻",
        [
            "一、甲地",
            "甲地生产很好。",
            "（李明）",
            "▲乙地某厂投产。",
            "▲乙地某校开学。",
            "（张三）",
            "二、乙地",
            "乙地也很好。",
            "（王五）",
            "（新华社）",
        ],
        ["（李明）", "（张三）"],
    ),
    (
        "读者来信",
        [
            "某厂浪费严重",
            "我厂浪费现象很严重，希望领导注意。",
            "（王志）",
            "某社工作作风不好",
            "我社干部作风不好，群众意见很大。",
            "（李明）",
            "（新华社）",
        ],
        ["（王志）"],
    ),
    ("简讯", ["▲第一件事情已经办好了", "（晓江）", "▲第二件事情也办好了。"], ["（晓江）"]),
    ("简讯", ["▲他对（晓江）说了这件事。", "▲第二件事情也办好了。"], ["（晓江）"]),
    ("简讯", ["▲第一件事情已经办好了。（鼓掌）", "（晓江）", "▲第二件事情也办好了。"], ["（晓江）"]),
]


@pytest.mark.parametrize(("title", "parts", "brackets"), _NO_PIECES)
def test_a_bracket_that_closes_no_piece_stays_in_its_paragraph(
    tmp_path: Path, title: str, parts: list[str], brackets: list[str]
) -> None:
    """No applause, note, jump note, agency, place, quoted speaker or epigraph's author; none before
    an intertitle or a piece of another kind, nor on a page signed at its top; none after a piece
    whose sentence does not end (a bracket ends none): each bracket stays where it was printed."""
    found = article(tmp_path, title, parts)
    for bracket in brackets:
        alone = [block for block in found if block.text.strip() == bracket]
        if bracket in parts:
            assert [block.kind for block in alone] == [BlockKind.PARAGRAPH], bracket
        else:
            assert not alone, bracket  # (not cut off the paragraph it ends)


def test_the_same_names_close_pieces_of_a_page_of_short_pieces(tmp_path: Path) -> None:
    """The twins of the inputs above that do close a piece: the sentence ends, the next item has
    the same bullet, the name glued after a sentence's end, the next report opens with its lead."""
    cases = [
        ["▲第一件事情已经办好了。", "（晓江）", "▲第二件事情也办好了。"],
        ["▲他说了这件事。（晓江）", "▲第二件事情也办好了。"],
        [
            "【本报讯】甲地今年粮食丰收，群众生活改善。",
            "（本报记者　王志）",
            "【本报讯】乙地今年也获得丰收。",
            "完了。",
        ],
    ]
    for parts in cases:
        found = article(tmp_path, "简讯", parts)
        closing = [block for block in found if block.kind is BlockKind.BYLINE]
        assert [block.text.strip() for block in closing][:1] in (["（晓江）"], ["（本报记者　王志）"])
        assert found.index(closing[0]) < len(found) - 1


def test_a_group_of_writers_in_brackets_closes_a_piece() -> None:
    """Three names or more (1947-10-09: 经文 is a word the dictionary knows, the others names); a
    group of common words is none, nor are two names."""
    assert person_in_brackets("（连相、经文、麦生、本成、富录、次孟）")
    assert person_in_brackets("（晋祥、凤俊、文辉、建德）")
    for text in ("（热烈鼓掌、掌声、欢呼）", "（新华社、美联社、共同社）", "（王志、李明）"):
        assert not person_in_brackets(text), text


def test_two_writers_in_brackets_close_a_report_before_the_next_reports_lead() -> None:
    """1947-05-06: …勉励英雄， / （吴锐、任大卫） / 【本报豫北前线四日电】…; 1992-01-02: …占90％… /
    （董志智　李绪珍） / 又讯　…: the first report's two reporters."""
    assert kind_of(blocks("1947-05-06_一○三九部队"), "（吴锐、任大卫）") is BlockKind.BYLINE
    assert kind_of(blocks("1992-01-02_山西省武乡"), "（董志智\u3000李绪珍）") is BlockKind.BYLINE


def test_a_pair_of_writers_opens_with_surnames_and_names_no_place_nor_a_person_in_the_story() -> None:
    """Two names, each opening with a surname; not two counties (左权、和顺; 武乡、黎城), a person the
    text calls by trade, kin or post (王师傅、李大娘, 赵队长), words, one name, three names, a list (等)."""
    for text in ("（吴锐、任大卫）", "（董志智　李绪珍）", "（王志、李明）", "（梁尚敏、吴锐）。"):
        assert writers_pair(text), text
    for text in (
        "（左权、和顺）",
        "（武乡、黎城）",
        "（太原、长治）",
        "（王师傅、李大娘）",
        "（王家峪、李家坪）",
        "（马家河、刘家峡）",
        "（柳树屯、石岭峪）",
        "（张大爷、刘老汉）",
        "（赵队长、孙书记）",
        "（鼓掌、欢呼）",
        "（上、下）",
        "（王志）",
        "（王志、李明、张三）",
        "（王志、李明等）",
        "（新华社、美联社）",
        "（北京、天津）",
    ):
        assert not writers_pair(text), text


#: Two names in brackets that close no report: two counties, people in the story, after a quotation,
#: before no new report's lead, under a sentence that does not end.
_NO_PAIRS = [
    ["【本报讯】两县今年粮食丰收，群众生活改善。", "（左权、和顺）", "【本报讯】乙地今年也获得丰收。", "完了。"],
    ["【本报讯】“我们一定要把水库修好！”", "（王师傅、李大娘）", "【本报讯】乙地今年也获得丰收。", "完了。"],
    ["【本报讯】大家都说：“我们一定要修好水库。”", "（王志、李明）", "【本报讯】乙地今年也获得丰收。", "完了。"],
    ["【本报讯】甲地今年粮食丰收，群众生活改善。", "（王志、李明）", "乙地今年也获得丰收。", "完了。"],
    ["【本报讯】甲地今年粮食丰收，群众生活改善", "（王志、李明）", "【本报讯】乙地今年也获得丰收。", "完了。"],
    ["【本报讯】两县今年粮食丰收。（左权、和顺）", "【本报讯】乙地今年也获得丰收。", "完了。"],
]


@pytest.mark.parametrize("parts", _NO_PAIRS)
def test_two_names_that_close_no_report_stay_in_the_text(tmp_path: Path, parts: list[str]) -> None:
    """No pair of places, of people in the story, after a quotation, nor one the next report's lead
    does not follow, nor under an unfinished sentence: the bracket stays where it was printed."""
    found = article(tmp_path, "两地见闻", parts)
    assert not [block for block in found if block.kind is BlockKind.BYLINE], [b.text for b in found]


def test_two_writers_glued_to_a_reports_end_before_the_next_lead_close_it(tmp_path: Path) -> None:
    """The near misses' twin: two names glued after the sentence's end, the next report's lead under it."""
    parts = ["【本报讯】甲地今年粮食丰收。（王志、李明）", "【本报讯】乙地今年也获得丰收。", "完了。"]
    found = article(tmp_path, "两地见闻", parts)
    assert kind_of(found, "（王志、李明）") is BlockKind.BYLINE


_BODY = "这是本文的正文，说明了很多情况，写得相当长。"


def test_many_writers_in_brackets_under_the_last_sentence_sign_the_text(tmp_path: Path) -> None:
    """Five writers or more, most read as names and none a place's or a body's, under the last
    sentence: the text's byline. 1950-07-18's seven stay a paragraph: 南田 is a place the
    dictionary knows."""
    for names, kind in (
        ("（陈璜、蔡泛、卢志成、冀春、杨岱华）", BlockKind.BYLINE),
        ("（陈璜、南田、蔡泛、卢志成、冀春、张四维、杨岱华）", BlockKind.PARAGRAPH),
    ):
        found = article(tmp_path, "随笔", [_BODY, "这是最后一段话，说完了。", names])
        assert found[-1].kind is kind and found[-1].text.strip() == names, names


@pytest.mark.parametrize(
    "parts",
    [
        [
            "▲苏联部长会议决定扩大同各国的贸易关系。",
            "▲法国工人举行罢工，要求提高工资。",
            "（塔斯社、美联社、法新社、路透社、合众社）",
        ],
        [_BODY, "今天晴到多云的城市有：", "（北京、天津、石家庄、太原、济南、郑州）"],
        [_BODY, "他们种的作物有以下几种。", "（小麦、玉米、高粱、谷子、大豆）"],
        ["春风吹遍山和水，", "人民公社放光辉。", "（一、二、三、四、五）"],
        [_BODY, _BODY + "\u3000（北京、天津、上海、广州、武汉）"],
    ],
)
def test_agencies_places_crops_or_numerals_in_brackets_are_no_byline(tmp_path: Path, parts: list[str]) -> None:
    """The review's inputs (r1a, r1b, r1c, r1h, r1i): five or more items in brackets closing the
    text, none of them writers, are no byline, alone on their line or padded after the sentence."""
    found = article(tmp_path, "国际简讯", parts)
    assert not [block.text for block in found if block.kind is BlockKind.BYLINE]


def test_a_list_ending_in_deng_closes_no_piece(tmp_path: Path) -> None:
    """（张三、李四、王五等） (the review's r1e): 等 ends a list, not a group of writers; the next
    piece's （李明） still closes it."""
    parts = [
        "本报讯\u3000红星公社召开大会，表彰了一批先进社员。",
        "（张三、李四、王五等）",
        "又讯\u3000东风公社社员积极积肥。",
        "（李明）",
    ]
    found = article(tmp_path, "各地简讯", parts)
    assert kind_of(found, "（张三、李四、王五等）") is BlockKind.PARAGRAPH
    assert kind_of(found, "（李明）") is BlockKind.BYLINE


def test_writers_in_brackets_close_the_titled_pieces_of_a_page_of_brief_news() -> None:
    """1950-07-02 各地简讯: each piece under its title, closed by its writers on a line of their own:
    one name, two (one 郭万泉, whose given name names a county), a correspondents' group, a full stop after."""
    found = blocks("1950-07-02_各地简讯")
    for text in ("（仪光、郭万泉）", "（王建俊）", "（中国人民大学通讯组）", "（王化洲）", "（梁尚敏、律宗宪）。"):
        assert kind_of(found, text) is BlockKind.BYLINE


#: Pieces of a page of brief news of 1950-07-02 (各地简讯), each under its title, as the review wrote them.
_TITLED = [
    ("唐山纪念七一", "唐山市为纪念“七一”，一日召开全市党员干部大会，传达市委下半年工作计划。"),
    ("武川农训班", "绥远省武川县第一期农训班已于六月二十五日毕业，此次参加学习学员共一○二名。"),
    ("南大簿记班", "南开大学财经学院会计统计系同学，利用暑假期间举办了“临时簿记班”。"),
    ("人大检查身体", "中国人民大学为保证全校学工身体健康，特建立每半年一次的体格检查制度。"),
]


def _titled(closings: list[str]) -> list[str]:
    """The parts of a page of the titled pieces of :data:`_TITLED`, the first ones closed by ``closings``."""
    parts: list[str] = []
    for index, (title, text) in enumerate(_TITLED):
        parts += [title, text, *closings[index : index + 1]]
    return parts


def test_one_name_in_brackets_before_a_title_closes_no_piece(tmp_path: Path) -> None:
    """A page shows titled pieces closed by writers only with two of them: one alone is a paragraph
    (the titles intertitles, the page's two closings bylines)."""
    found = article(tmp_path, "各地简讯", _titled(["（王建俊）"]))
    assert kind_of(found, "武川农训班") is BlockKind.INTERTITLE
    assert kind_of(found, "（王建俊）") is BlockKind.PARAGRAPH
    found = article(tmp_path, "各地简讯", _titled(["（王建俊）", "（李明）"]))
    assert kind_of(found, "（王建俊）") is BlockKind.BYLINE and kind_of(found, "（李明）") is BlockKind.BYLINE


@pytest.mark.parametrize(
    "closings",
    [
        ["（合众）", "（美联）", "（塔斯）"],  # agencies' short names
        ["（冀中）", "（太岳）", "（晋绥）"],  # regions
        ["（初稿）", "（草案）", "（修正）"],  # words
        ["（工人、农民）", "（胜利、光明）", "（高兴、方向）"],
    ],
)
def test_no_names_closing_titled_pieces_are_no_writers(tmp_path: Path, closings: list[str]) -> None:
    """A page of international brief news credits agencies under its pieces, another regions, a
    draft its stages: none is a writer's name, none a byline."""
    found = article(tmp_path, "各地简讯", _titled(closings))
    assert [kind_of(found, closing) for closing in closings] == [BlockKind.PARAGRAPH] * 3


def test_titled_pieces_signed_at_the_top_keep_no_writers_in_the_middle(tmp_path: Path) -> None:
    """本报记者　李明 under the headline, read with the first title as one intertitle: the page is
    signed at its top, the names in brackets closing its pieces stay paragraphs."""
    found = article(tmp_path, "各地简讯", ["本报记者\u3000李明", *_titled(["（王建俊）", "（张三）"])])
    assert kind_of(found, "（王建俊）") is BlockKind.PARAGRAPH and kind_of(found, "（张三）") is BlockKind.PARAGRAPH
