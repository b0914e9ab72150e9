"""A title's first deck opening on 在, a place or a circumstance, with no subject of its own: a kicker (round zd)."""

from __future__ import annotations

import pytest

from encoder.ingest.deck_places import opens_in_place
from encoder.ingest.decks import deck_kinds
from encoder.model import BlockKind

from .conftest import dev_decks

K, H, S = BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE


@pytest.mark.parametrize(
    ("name", "kicker", "headline"),
    [
        (
            "1970-06-01_在全国各个战场上连续主动进攻敌人_老挝爱国军民英勇战斗取得新胜利.json",
            "在全国各个战场上连续主动进攻敌人",
            "老挝爱国军民英勇战斗取得新胜利",
        ),
        (
            "1980-10-03_在公社粮站集中烘干稻谷_无锡县基本上解决雨季稻谷霉烂问题.json",
            "在公社粮站集中烘干稻谷",
            "无锡县基本上解决雨季稻谷霉烂问题",
        ),
    ],
)
def test_a_deck_opening_in_a_place_is_a_kicker(name: str, kicker: str, headline: str) -> None:
    assert dev_decks(name) == [("kicker", kicker), ("headline", headline)]


def test_a_deck_opening_in_a_circumstance_over_a_title_of_three() -> None:
    name = "1969-01-03_在战无不胜的毛泽东思想统帅下胜利前进_用实际行动迎接党的第九次全国代表大会.json"
    assert [kind for kind, _ in dev_decks(name)] == ["kicker", "headline", "subtitle"]


@pytest.mark.parametrize(
    "deck",
    [
        "在全国各个战场上连续主动进攻敌人",
        "在公社粮站集中烘干稻谷",
        "在战无不胜的毛泽东思想统帅下胜利前进",
        "在霍查同志领导下高举反帝反修旗帜加强战备巩固国防",
        "在法定会计账册外隐匿经营收入",
        "在上万的劳动模范带动下",
        "在各国人民的声援下坚持斗争",
        # places that open on the characters of a word or an abbreviation
        "在岗位上做出新贡献",
        "在线路上抢修一昼夜",
        "在校园里开展读书活动",
        "在建设中不断改进设计",
        "在世界卫生大会全体会议上",
        "在华盛顿举行示威游行",
        "在华沙街头举行集会",
        "在华北平原上抗旱播种",
    ],
)
def test_opens_in_place(deck: str) -> None:
    assert opens_in_place(deck)


@pytest.mark.parametrize(
    "deck",
    [
        # a word that 在 opens, no coverb
        "在逃犯罪嫌疑人落网",
        "在岗职工收入稳步增长",
        "在线教育发展迅速",
        "在建项目全面复工",
        "在职干部参加业余学习",
        "在校大学生踊跃参军",
        "在野党联合抵制议会",
        "在于坚持群众路线",
        # the people of a place
        "在美华侨集会抗议",
        "在日朝侨庆祝国庆",
        "在美留学生纷纷回国",
        "在古巴的其他拉丁美洲国家的进步组织和人士发表声明和谈话",
        # a place by one character, or 在华: the people there, or the place of the deck's own verb
        "在京全国人大代表视察东城区",
        "在华日侨举行集会",
        "在沪台胞座谈祖国统一",
        "在汉高校师生义务献血",
        "在台美军加紧演习",
        "在京举行的亚运会闭幕",
        # a speech named by its occasion
        "在全国政协新年茶话会上的讲话",
        "在中央工作会议闭幕会上的讲话要点",
        "在欢迎宴会上的祝酒词",
        "在接见外宾时的谈话",
        # a place, then a subject of its own
        "在党的领导下我们取得了伟大胜利",
        "在新的形势下我国外贸继续发展",
        "在前线上我军连战连捷",
        # sentence punctuation, a dash, or too short
        "在这里，人民当家作主",
        "在田野上——",
        "在家",
    ],
)
def test_opens_in_place_not(deck: str) -> None:
    assert not opens_in_place(deck)


@pytest.mark.parametrize(
    ("decks", "kinds"),
    [
        (["在全国各个战场上连续主动进攻敌人", "老挝爱国军民英勇战斗取得新胜利"], [K, H]),
        # the people of a place: the subject of its own report, the headline
        (["在美华侨集会抗议", "要求美国政府停止迫害"], [H, S]),
        # a deck below that is no headline: a summary, or the article's genre
        (["在斗争中成长", "——记一位日本青年活学活用毛泽东思想的事迹"], [H, S]),
        (["在公社粮站集中烘干稻谷", "社员们说：这个办法好，粮食再也不霉烂了。"], [H, S]),
    ],
)
def test_deck_kinds(decks: list[str], kinds: list[BlockKind]) -> None:
    assert deck_kinds(decks) == kinds
