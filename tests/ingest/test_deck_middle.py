"""Under a kicker, a main title naming its subject alone over its predicate: one headline (round zc)."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.ingest.deck_middle import completes, goes_on
from encoder.ingest.deck_verbs import holds_verb
from encoder.ingest.decks import CUES, _subject_line, deck_kinds
from encoder.model import BlockKind

from .conftest import dev_decks

DEV = Path(__file__).resolve().parent.parent / "fixtures" / "rmrb-json-dev"
K, H, S = BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE


@pytest.mark.parametrize(
    ("name", "kicker", "subject", "predicate", "subtitle"),
    [
        (  # a group of people by their age (…千余老人)
            "1946-12-04_老当益壮争做爱国英雄_阳城五区千余老人_组织保家爱国铁锤队_鸡泽翻身农民连续涌入民兵.json",
            "老当益壮争做爱国英雄",
            "阳城五区千余老人",
            "组织保家爱国铁锤队",
            "鸡泽翻身农民连续涌入民兵",
        ),
        (  # a unit of an army (…架设班)
            "1947-02-01_人民的军队为人民立功_太岳某团架设班_荣获“忠诚业务”奖旗_不顾疲劳坚决完成任务.json",
            "人民的军队为人民立功",
            "太岳某团架设班",
            "荣获“忠诚业务”奖旗",
            "不顾疲劳坚决完成任务",
        ),
        (  # a person by office, named in the line below
            "1949-12-05_参加亚洲妇女代表会议_国际民主妇联总书记_古久里夫人抵京_蒙古朝鲜印度等国代表同来全国妇联邓颖超等赴站欢迎.json",
            "参加亚洲妇女代表会议",
            "国际民主妇联总书记",
            "古久里夫人抵京",
            "蒙古朝鲜印度等国代表同来全国妇联邓颖超等赴站欢迎",
        ),
    ],
)
def test_a_subject_alone_under_a_kicker_and_its_predicate_are_one_headline(
    name: str, kicker: str, subject: str, predicate: str, subtitle: str
) -> None:
    assert dev_decks(name) == [("kicker", kicker), ("headline", f"{subject}\n{predicate}"), ("subtitle", subtitle)]


def _completes(lines: list[str], main: int) -> bool:
    return completes(lines, main, CUES, _subject_line)


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        # a title of three: the full form stays (the outside input 1946-05-15_沁县阎军特务横行…: 殴劫, a verb the
        # lexicon lacks, makes 人员 an object)
        (["沁县阎军特务横行", "殴劫我联络组人员", "我已向东沁线小组提出抗议"], [K, H, S]),
        # a verb in the main title: the person is its object (1966-10-05, dev), and a title of three
        (
            [
                "我驻外使节举行的国庆招待会上洋溢革命气氛",
                "各国朋友热情歌颂我们伟大领袖毛主席",
                "赞扬中国文化大革命对世界革命有非常伟大的意义",
            ],
            [K, H, S],
        ),
    ],
)
def test_near_misses_keep_the_full_form(lines: list[str], kinds: list[BlockKind]) -> None:
    assert deck_kinds(lines) == kinds


@pytest.mark.parametrize(
    ("lines", "main", "expected"),
    [
        (["老当益壮争做爱国英雄", "阳城五区千余老人", "组织保家爱国铁锤队", "鸡泽翻身农民连续涌入民兵"], 1, True),
        # no kicker above the subject: the rule reads the main title under one only
        (["阳城五区千余老人", "组织保家爱国铁锤队", "鸡泽翻身农民连续涌入民兵"], 0, False),
        # the fourth deck ("…") below stands for any subtitle: the rule asks for one
        (["老当益壮争做爱国英雄", "阳城五区千余老人", "组织保家爱国铁锤队"], 1, False),  # nothing below: the full form
        # a verb of the lexicon in the main title (歌颂, 1966-10-05 dev): no subject alone
        (["我驻外使节举行的国庆招待会上洋溢革命气氛", "各国朋友热情歌颂我们伟大领袖毛主席", "赞扬中国", "…"], 1, False),
        # a long deck below, no predicate of a headline's half (1947-12-03 dev)
        (
            ["展开空前规模冬季练兵运动", "东北建强大预备军", "成份都是翻身农民有高度阶级自觉性战士敢于批评干部", "…"],
            1,
            False,
        ),
        # sentence punctuation below
        (["人民的军队为人民立功", "太岳某团架设班", "荣获奖旗，完成任务", "…"], 1, False),
        # the line below is a subtitle by its own marks (a dash) or longer than a headline's half
        (["参加亚洲妇女代表会议", "国际民主妇联总书记", "——古久里夫人抵京", "…"], 1, False),
        (["参加亚洲妇女代表会议", "国际民主妇联总书记", "古久里夫人偕各国代表二十一人乘车抵京", "…"], 1, False),
        # a statement, not a subject: the main title holds a verb of news (…举行…)
        (["庆祝十月革命节", "中苏友好协会总会举行晚会", "招待苏联文化工作者", "…"], 1, False),
    ],
)
def test_completes(lines: list[str], main: int, expected: bool) -> None:
    assert _completes(lines, main) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("各国朋友热情歌颂我们伟大领袖毛主席", True),  # 歌颂, a rare verb of the lexicon
        ("华东财经委员会批准", True),
        ("阳城五区千余老人", False),
        ("国际民主妇联总书记", False),
        ("太岳某团架设班", False),  # 架设 is not in the lexicon: a unit's name
    ],
)
def test_holds_verb(line: str, expected: bool) -> None:
    assert holds_verb(line) is expected


@pytest.mark.parametrize(
    ("name", "decks"),
    [
        (
            "1949-01-03_罗议会讨论今年经济计划_进一步发展重工业_捷克人民胜利完成两年计划.json",
            [
                ("headline", "罗议会讨论今年经济计划"),
                ("subtitle", "进一步发展重工业"),
                ("subtitle", "捷克人民胜利完成两年计划"),
            ],
        ),
        (
            "1950-11-03_朝游击队猛烈展开活动_不断袭击敌后据点_切断敌供应线和交通线.json",
            [
                ("headline", "朝游击队猛烈展开活动"),
                ("subtitle", "不断袭击敌后据点"),
                ("subtitle", "切断敌供应线和交通线"),
            ],
        ),
    ],
)
def test_a_second_deck_going_on_from_the_first_is_its_subtitle(name: str, decks: list[tuple[str, str]]) -> None:
    assert dev_decks(name) == decks


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        # the outside input 1947-11-04: 也是…, a one-character adverb
        (["蒋匪横暴摧残民盟", "也是执行美帝命令", "张澜坚信民主终必胜利"], [H, S, S]),
        # a first deck asking someone to act: what it asks is the main title (the outside input 1984-06-03)
        (["胡耀邦期望电影和全体文艺工作者", "努力再现四化建设沸腾生活", "塑造勇于改革的社会主义新人形象"], [K, H, S]),
        # a first deck issuing a statement (发表声明和谈话, a statement 发表…声明 alone does not name)
        (
            ["在古巴的其他拉丁美洲国家的进步组织和人士发表声明和谈话", "坚决支持美国黑人斗争", "古巴报纸发表评论"],
            [K, H, S],
        ),
        # a first deck with sentence punctuation (the deck gold's 1970-01-06, kicker / headline / subtitle)
        (
            [
                "丽水县革委会去年采取各种措施，防骄傲、防安逸、防腐蚀",
                "进一步用毛泽东思想武装头脑",
                "戒骄戒躁　艰苦奋斗　乘胜前进",
            ],
            [K, H, S],
        ),
    ],
)
def test_a_second_deck_going_on_near_misses(lines: list[str], kinds: list[BlockKind]) -> None:
    assert deck_kinds(lines) == kinds


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("罗议会讨论今年经济计划", "进一步发展重工业", True),
        ("朝游击队猛烈展开活动", "不断袭击敌后据点", True),
        ("蒋匪横暴摧残民盟", "也是执行美帝命令", True),
        # the second deck opens on a verb or a coverb: what the first made or ordered (dev 1987-01-02, the
        # outside 1948-08-01), or a result's detail (dev 1972-05-03)
        ("济南第一机床厂制订搞活企业分配措施", "给第一线工人十八项优惠", False),
        ("北岳财经办事处指示", "开展压肥运动", False),
        ("越南南方人民解放武装力量取得巨大胜利", "解放广治省全部地区歼敌近万", False),
        # no verb in the first deck: a subject alone (the deck gold reads such titles as a kicker over the headline)
        ("中国妇女联谊会北平分会", "坚决斥责美帝白皮书", False),
        # a call at the first deck's end
        ("全国总工会号召全国职工", "进一步开展劳动竞赛", False),
        # a noun phrase below, no predicate
        ("民兵大会在京开幕", "不断壮大的民兵队伍", False),
        # sentence punctuation in the first deck
        ("丽水县革委会采取措施，防骄傲", "进一步用毛泽东思想武装头脑", False),
        # names and nouns opening on an adverb's characters (jieba tags 首都, 大连, 约旦 as adverbs)
        ("社会主义改造的伟大胜利", "首都私营工商业全部公私合营", False),
        ("大连造船厂举行庆祝大会", "大连港今年吞吐量创新高", False),
        ("以军袭击黎巴嫩南部", "约旦河西岸局势紧张", False),
        ("阿拉伯国家首脑会议开幕", "也门总统出席会议", False),
        ("青年技术革新运动蓬勃发展", "才能得到充分发挥", False),
        ("驻军部队大力支援春耕", "将军们下连当兵", False),
    ],
)
def test_goes_on(first: str, second: str, expected: bool) -> None:
    assert goes_on(first, second) is expected
