"""Labelled lists (rosters, gazetteers, digests) and letterspaced headings, in real articles and at their edges."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from encoder.cli import main
from encoder.diagnostics import Reporter
from encoder.enrich import AUTHORITY_ONLY, enrich
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.ingest.zh_labelled import labelled_lists, letterspaced_headings
from encoder.model import Article, Block, BlockKind, BlockList, Span, walk
from encoder.tei.writer import write

from ..conftest import write_json_article

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
    blocks = _paragraphs("这是一句话。冲\u3000锋\u3000陷\u3000阵", "这是正文。")
    letterspaced_headings(blocks)
    assert [(block.kind, block.text) for block in blocks] == [
        (BlockKind.PARAGRAPH, "这是一句话。"),
        (BlockKind.INTERTITLE, "冲\u3000锋\u3000陷\u3000阵"),
        (BlockKind.PARAGRAPH, "这是正文。"),
    ]
    blocks = _paragraphs("这是一句话。冲\u3000锋\u3000陷\u3000阵")  # nothing under it: no heading, no cut
    letterspaced_headings(blocks)
    assert [(block.kind, block.text) for block in blocks] == [
        (BlockKind.PARAGRAPH, "这是一句话。冲\u3000锋\u3000陷\u3000阵")
    ]


# --- made-up texts at the rules' edges (from the second reading of lists-v) ---------------------------------

TEI = "{http://www.tei-c.org/ns/1.0}"
B = (
    "这是一段很长的正文，讲述了这个公社的社员们在党的领导下，"
    "如何战胜了严重的自然灾害，夺取了农业的大丰收，大家都很高兴。"
)


def _blocks(tmp_path: Path, title: str, parts: list[str], date: tuple[int, int, int] = (1960, 10, 1)) -> list[Block]:
    path = write_json_article(tmp_path / f"{date[0]}-{date[1]:02d}-{date[2]:02d}_x.json", title, parts, date)
    reporter = Reporter(str(path))
    return parse(read_source(path, reporter=reporter), reporter).texts[0].blocks


def _kind(found: list[Block], text: str) -> BlockKind:
    (kind,) = [block.kind for block in found if block.text.strip() == text]
    return kind


def _items(found: list[Block]) -> list[str]:
    return [block.text for block in found if block.kind is BlockKind.LIST_ITEM]


def _intertitles(found: list[Block]) -> list[str]:
    return [block.text for block in found if block.kind is BlockKind.INTERTITLE]


@pytest.mark.parametrize(
    "parts",
    [
        ["李季", "春　风　杨　柳", "绿　水　青　山", "红　雨　随　心"],  # verse lines one under another
        ["李季", "春　风　杨　柳", "万　千　条", "六　亿　神　州", "尽　舜　尧"],  # a stanza, long and short lines
    ],
)
def test_a_poem_s_letterspaced_lines_are_no_headings(tmp_path: Path, parts: list[str]) -> None:
    # a heading stands over body text, not over (or under) another spaced line
    assert not _intertitles(_blocks(tmp_path, "春歌", parts))


@pytest.mark.parametrize(
    "parts",
    [
        [B, B, "李　杰　　戴　鹏"],  # two reporters' names, each padded to three, closing the report
        [B, B, "新华社记者摄", "李　杰　　戴　鹏"],  # the photographers under the credit
        ["李　杰　　戴　鹏", B, B],  # the reporters under the title (authors field empty, as often)
    ],
)
def test_padded_two_character_names_are_no_letterspaced_heading(tmp_path: Path, parts: list[str]) -> None:
    # 李　杰　　戴　鹏 is two names padded to a column (the gap doubles between them), not one spaced heading
    found = _blocks(tmp_path, "大寨人", parts, (1975, 3, 1))
    assert _kind(found, "李　杰　　戴　鹏") is not BlockKind.INTERTITLE


def test_a_list_of_padded_names_is_no_heading(tmp_path: Path) -> None:
    # the names under 出席座谈会的有： are the people present, not a section heading
    parts = [B, "出席座谈会的有：", "丁　玲　　艾　青　　田　间　　周　扬", B]
    found = _blocks(tmp_path, "全国文联举行座谈会", parts, (1956, 3, 1))
    assert _kind(found, "丁　玲　　艾　青　　田　间　　周　扬") is not BlockKind.INTERTITLE


def test_a_letterspaced_line_with_nothing_under_it_is_no_heading(tmp_path: Path) -> None:
    # a heading heads a section: the last line of a text, with no body under it, would make an empty div
    found = _blocks(tmp_path, "声明", [B, B, "北　京　大　学"], (1950, 10, 2))
    assert found[-1].kind is not BlockKind.INTERTITLE


def test_a_medal_table_s_spaced_header_is_no_heading(tmp_path: Path) -> None:
    # 国　家　金　银　铜 is the header row of the table under it (cells of one character), not a section heading
    parts = [
        "新华社德黑兰十六日电　第七届亚运会各国奖牌情况如下：",
        "国　家　金　银　铜",
        "日　本　７５　４９　５１",
        "中　国　３３　４６　２７",
        "伊　朗　３６　２８　１７",
    ]
    found = _blocks(tmp_path, "第七届亚运会奖牌统计", parts, (1974, 9, 17))
    assert _kind(found, "国　家　金　银　铜") is not BlockKind.INTERTITLE


def test_a_spaced_organisation_closing_a_statement_stays_its_signature(tmp_path: Path) -> None:
    # closings run before the letterspaced rule: a spaced signer is a signature
    found = _blocks(tmp_path, "声明", [B, B, "中　国　红　十　字　会", "一九五〇年十月一日"], (1950, 10, 2))
    assert _kind(found, "中　国　红　十　字　会") is BlockKind.SIGNATURE


def test_the_glued_cut_keeps_every_character_and_validates(tmp_path: Path) -> None:
    # the cut (…越走心里越亮堂。初　经　考　验) must lose no text and the TEI (section, list) must validate
    source = tmp_path / "in"
    source.mkdir()
    names = [
        "1969-07-05_和贫下中农结合的道路我走定了.json",
        ROSTER,
        DIGEST,
        "1986-12-01_我国又有192个市县对外国人开放.json",
    ]
    for name in names:
        (source / name).write_bytes((DEV / name).read_bytes())
    out = tmp_path / "out"
    assert main(["convert", str(source), "-o", str(out), "--no-ner"]) == 0
    for name in names:
        (xml,) = out.rglob(f"{name[:10]}*.xml")
        body = etree.parse(str(xml)).getroot().find(f"{TEI}text")
        assert body is not None
        text = "".join("".join(body.itertext()).split())
        for part in json.loads((source / name).read_text(encoding="utf-8"))["parts"]:
            assert "".join(part["text"].split()) in text, part["text"]


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        # 对口词: 男：/女：/合： are voices taking turns in a poem (verses have no full stop)
        (
            "歌唱大寨田",
            [
                "田间",
                "男：太行山高，高不过大寨人的志气",
                "女：漳河水长，长不过大寨人的干劲",
                "男：虎头山上，梯田一层层",
                "女：狼窝掌里，庄稼一片片",
                "合：学大寨，赶大寨，大寨红旗遍地插",
            ],
        ),
        # 记者：/老农： alternating are an interview's turns (the same label comes back), whatever their end marks
        (
            "访问老农",
            [
                "本报记者",
                B,
                "记者：老大爷，今年收成怎么样……",
                "老农：好哇，比去年多打了两成",
                "记者：那明年呢",
                "老农：明年还要多打",
                B,
            ],
        ),
        # 甲：/乙： lines of a 相声 are a dialogue
        (
            "相声：新事新办",
            [
                "马季　唐杰忠",
                "甲：今天咱们说段相声",
                "乙：好啊",
                "甲：说说新事新办",
                "乙：怎么个新办法",
                "甲：您听我慢慢说",
            ],
        ),
        # …说： opens reported speech (zh_lines treats a verb of speech before a colon so), not a label
        (
            "群众议论纷纷",
            [B, "工人王师傅说：这个办法好，大家都赞成", "社员李大娘说：这下可方便了", "学生小张说：我们也要学习", B],
        ),
        # a speaker's label: 记者： (each turn different here, and still no list)
        ("访问", [B, "主持人：今天请来了三位嘉宾", "记者：我先问一个问题", "嘉宾：请讲", B]),
    ],
)
def test_turns_of_a_dialogue_or_an_interview_are_no_list(tmp_path: Path, title: str, parts: list[str]) -> None:
    assert not _items(_blocks(tmp_path, title, parts, (1965, 1, 3)))


@pytest.mark.parametrize(
    "parts",
    [
        [
            "上图：社员们在晒场上翻晒新打下的稻谷",
            "中图：公社拖拉机站的拖拉机手在检修机器",
            "下图：社员们把公粮送到国家粮库",
        ],
        [
            B,
            "图一：社员们在晒场上翻晒新打下的稻谷",
            "图二：公社拖拉机站的拖拉机手在检修机器",
            "图三：社员们把公粮送到国家粮库",
        ],
    ],
)
def test_picture_captions_stay_captions(tmp_path: Path, parts: list[str]) -> None:
    # 上图：… / 图一：… are captions (POLICY; code-v: caption), not a labelled list
    found = _blocks(tmp_path, "丰收的喜悦", parts, (1965, 10, 1))
    assert [_kind(found, part) for part in parts if "图" in part[:3]] == [BlockKind.CAPTION] * 3


def test_a_fact_box_goes_on_with_other_labels(tmp_path: Path) -> None:
    # 时间/地点 open a notice's fact box; 内容/票价 are its next facts, one list (not two items and two paragraphs)
    parts = [B, "时间：三月五日上午九时", "地点：北京科学会堂", "内容：农作物病虫害的防治", "票价：每张五角", B]
    assert _items(_blocks(tmp_path, "首都举办科普讲座", parts, (1992, 3, 1))) == parts[1:5]


@pytest.mark.parametrize(
    "parts",
    [
        # 团　长： is spaced to the width of 副团长：, a roster's usual setting
        [
            "新华社北京五日电　中国访日友好代表团名单如下：",
            "团　长：廖承志",
            "副团长：赵朴初、楚图南",
            "秘书长：孙平化",
            "团　员：王晓云、肖向前、吴学文",
        ],
        # 《报名》△… is the digest's item mark; its items often end with 。
        [
            "本报讯",
            "《大众日报》△山东省交流县级党政领导干部工作进展顺利。",
            "《江西日报》△金溪县“冬瓜大王”黄富民向全国菜农提出挑战。",
            "《湖北日报》△武汉市成立人才交流服务中心，为求贤单位推荐所需人才。",
            "《北京日报》△北京市已有28个内部浴池对外开放。",
        ],
        # a roster's last line closing with 等十五人。 is still its item
        ["新华社北京二日讯　代表团名单如下：", "团长：王震", "副团长：李四、王五", "团员：张三、李四等十五人。"],
        # 北京市（三十名）：… is a deputies' roster by province, one item per province
        [
            "新华社北京十日电　第三届全国人民代表大会代表名单如下：",
            "北京市（三十名）：王震、李四、张三、刘五",
            "天津市（二十名）：赵六、钱七、孙八",
            "河北省（八十名）：周九、吴十、郑一",
        ],
    ],
)
def test_rosters_and_digests_in_their_usual_settings_are_lists(tmp_path: Path, parts: list[str]) -> None:
    assert _items(_blocks(tmp_path, "名单", parts, (1974, 8, 3))) == parts[1:]


def test_a_full_stop_after_a_clause_makes_a_turn_not_an_item(tmp_path: Path) -> None:
    """2000-03-01 (dev): the fact box 时间/地点/人物 is followed by the coach's answer, a sentence with its clauses."""
    found = _article("2000-03-01_洋帅妙答记者问.json").texts[0].blocks
    assert [item[:3] for item in _items(found)] == ["时间：", "地点：", "人物："]
    parts = [B, "北京市：今年粮食丰收，增产一成。", "天津市：棉花丰收，增产两成。", "河北省：油料丰收，增产三成。"]
    assert not _items(_blocks(tmp_path, "各地丰收", parts))
