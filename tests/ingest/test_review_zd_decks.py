"""Review of round zd's title-deck rules (branch zd-decks): realistic titles of the paper's decades, both ways.

1. A host's reception, banquet or meeting is the headline (:mod:`.deck_hosts`). Guard: a press conference
   (…举行记者招待会) is no reception: what is said there, the deck below, is the news.
2. A first deck opening on 在 with no subject of its own is a kicker (:mod:`.deck_places`). Guards: an army or the dead
   of a place or a deed (在越南的美国侵略军…, 在抗美援朝战争中牺牲的烈士…, 在朝中国人民志愿军…, 在日美军…), the
   people of a place after a clause that holds a localizer or before 中国 (在苏联学习的中国留学生), 在位, 在乡军人; and
   below any frame, a deck naming the genre at its end with no dash (…的事迹, …的故事, …综述) is no headline.
3. Round zd's other cues. Guards: 系列 only with a series' number (not 海尔推出节能冰箱系列); 不断, 进一步 not in a
   question or a theory (进一步说明了什么, 不断革命论); a person's office not taken or left (布什当选美国总统).
   (The cues of one dev title each, 秘书长, …时, 在即, a request to a body, a visit ended, were taken back when the
   round's branches were joined, with the cases written against them.)

K, H, S: kicker, headline, subtitle; ``HH``: one headline over two lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.ingest import deck_hosts, deck_places
from encoder.ingest.deck_shapes import FRAMES
from encoder.ingest.decks import CUES, deck_kinds
from encoder.model import BlockKind

from .conftest import title_letters

_LETTERS = {BlockKind.KICKER: "K", BlockKind.HEADLINE: "H", BlockKind.SUBTITLE: "S"}


def _kinds(decks: list[str], lead: str = "") -> str:
    return "".join(_LETTERS[kind] for kind in deck_kinds(decks, lead))


_PRESS = "新华社北京二十日电　外交部发言人今天举行记者招待会，严正驳斥美国国务院对我国的无理指责。"


# 1. hosts


@pytest.mark.parametrize(
    ("decks", "lead", "kinds"),
    [
        (
            ["刘少奇主席举行宴会", "欢迎印度尼西亚总统苏加诺"],
            "新华社十三日讯　刘少奇主席今晚在人民大会堂举行宴会，热烈欢迎印度尼西亚共和国总统苏加诺。",
            "HS",
        ),
        (
            ["我国驻越南大使馆举行招待会", "庆祝中越建交二十周年"],
            "新华社河内十八日电　中国驻越南大使馆今天举行招待会，庆祝中越建交二十周年。",
            "HS",
        ),
        (["罗马尼亚驻华大使举行电影招待会", "庆祝罗马尼亚解放二十周年"], "", "HS"),
        (["彭真市长设宴招待", "参加国际劳动节观礼的各国代表"], "", "HS"),
        (["李鹏同泰国总理会见", "双方就地区形势交换意见"], "", "HS"),
        (
            ["周恩来总理举行宴会", "热烈欢迎柬埔寨国家元首西哈努克亲王", "周总理和西哈努克亲王在宴会上讲话"],
            "新华社十日讯　周恩来总理今晚举行盛大宴会，热烈欢迎柬埔寨国家元首西哈努克亲王。",
            "HSS",
        ),
        (["毛主席接见阿尔巴尼亚代表团", "同他们进行了亲切友好的谈话", "周恩来总理等参加接见"], "", "HSS"),
        (
            ["苏联外长会见美国大使", "递交关于柏林问题的照会"],
            "塔斯社莫斯科十日电　苏联外交部长葛罗米柯今天会见美国驻苏大使，向他递交了关于柏林问题的照会。",
            "HS",
        ),
        # near misses: what the meeting says is the news, the host's deck introduces it
        (["邓小平会见美国客人说", "中国的改革开放政策不会改变"], "", "KH"),
        (["胡耀邦会见日本客人时指出", "中日两国要世世代代友好下去"], "", "KH"),
        (["李鹏会见泰国客人表示", "中国愿同东盟国家加强合作"], "", "KH"),
        (["代表们受到毛主席接见后", "决心把会议精神带回去"], "", "KH"),
        # a press conference, no reception: what is said is the news (guard)
        (["外交部发言人举行记者招待会", "严正驳斥美国国务院的无理指责", "指出美国必须停止干涉中国内政"], _PRESS, "KHS"),
    ],
)
def test_hosts(decks: list[str], lead: str, kinds: str) -> None:
    assert _kinds(decks, lead) == kinds


@pytest.mark.parametrize("deck", ["外交部发言人举行记者招待会", "陈毅副总理兼外长举行中外记者招待会"])
def test_a_press_conference_is_no_reception(deck: str) -> None:
    assert not deck_hosts.hosts(deck)


def test_a_press_conference_through_the_parser(tmp_path: Path) -> None:
    decks = ["外交部发言人举行记者招待会", "严正驳斥美国国务院的无理指责", "指出美国必须停止干涉中国内政"]
    assert title_letters(tmp_path, 1962, decks, [_PRESS + "发言人指出，美国必须停止干涉中国内政。"]) == "KHS"


# 2. a first deck opening on 在


@pytest.mark.parametrize(
    "decks",
    [
        ["在农业学大寨运动中大干快上", "昔阳县粮食亩产超过一千斤"],
        ["在改革开放中迈出新步伐", "深圳特区工业产值比去年翻一番"],
        ["在毛主席革命外交路线指引下发展友好关系", "中国同六十多个国家建立外交关系"],
        ["在国际市场激烈竞争中站稳脚跟", "我国机电产品出口大幅度增长"],
        ["在华北平原上打井抗旱", "河北省今春新打机井三万眼"],
        ["在华盛顿举行秘密会谈", "美英首脑策划新的战争阴谋"],
        ["在苏联军队的帮助下", "朝鲜北部人民建立自己的政权"],
    ],
)
def test_a_first_deck_opening_in_a_place_is_a_kicker(decks: list[str]) -> None:
    assert _kinds(decks) == "KH"


@pytest.mark.parametrize(
    "decks",
    [
        ["在朝中国人民志愿军举行盛大集会", "庆祝中朝人民并肩作战十周年"],
        ["在越南的美国侵略军又遭沉重打击", "南方解放武装力量歼敌三千"],
        ["在日美军基地遭到强烈抗议", "冲绳人民举行大规模示威"],
        ["在抗美援朝战争中牺牲的烈士永垂不朽", "沈阳抗美援朝烈士陵园落成"],
        ["在苏联学习的中国留学生", "热烈庆祝国庆"],
        ["在位三十年的国王被废黜", "阿富汗发生政变"],
        ["在乡军人会又在日本复活", "军国主义势力蠢蠢欲动"],
        ["在京中央委员举行座谈", "纪念党的诞生六十周年"],
        ["在建项目压缩三分之一", "国务院决定控制基本建设规模"],
        ["在社会主义大道上阔步前进", "记河北省遵化县西铺大队"],
        # a genre named at the deck's end below, no dash (guard of the frames' headline shape)
        ["在斗争中成长", "某部三连坚持学习毛主席著作的事迹"],
        ["在那遥远的地方", "一位援藏干部的故事"],
        ["在新的起点上再创辉煌", "某市国民经济和社会发展综述"],
    ],
)
def test_a_first_deck_on_zai_that_is_no_frame_or_over_a_genre_stays_the_headline(decks: list[str]) -> None:
    assert _kinds(decks) == "HS"


@pytest.mark.parametrize(
    "deck",
    ["在战无不胜的毛泽东思想统帅下胜利前进", "在党的领导下", "在上万的劳动模范带动下", "在各国人民的声援下"],
)
def test_a_setting_with_people_before_its_localizer_still_opens_in_a_place(deck: str) -> None:
    assert deck_places.opens_in_place(deck)


def test_an_army_of_a_place_through_the_parser(tmp_path: Path) -> None:
    decks = ["在越南的美国侵略军又遭沉重打击", "南方解放武装力量歼敌三千"]
    body = ["新华社河内十五日电　在越南南方的美国侵略军上月又遭到南方解放武装力量的沉重打击，被歼三千多名。"]
    assert title_letters(tmp_path, 1966, decks, body) == "HS"


# 3. round zd's other cues


@pytest.mark.parametrize(
    ("decks", "kinds"),
    [
        (["国务院采取有力措施", "稳定市场物价"], "KH"),
        (["卫生部提出五项措施", "加强非典型肺炎防治工作"], "KH"),
        (["各地采取措施", "——防汛抗旱工作综述"], "HS"),
        (["西藏纪行", "雪域高原的春天"], "KH"),
        (["改革开放二十年巡礼之三", "珠江三角洲的崛起"], "KH"),
        (["海湾战争纪实", "美英联军发起地面进攻"], "KH"),
        (["长征故事", "——红军老战士的回忆"], "HS"),
        (["海尔推出节能冰箱系列", "年销量突破百万台"], "HS"),  # a product line (guard)
        (["进一步发展中苏友好合作", "中苏两国签订新的经济协定"], "KH"),
        (["不断提高农业劳动生产率", "——江苏省农业机械化的调查"], "HS"),
        (["不断线的风筝", "记一位老侨胞"], "HS"),
        (["进一步说明了什么", "美国对华政策的破产"], "HS"),  # a question (guard)
        (["不断革命论", "学习毛主席著作的体会"], "HS"),  # a theory (guard)
        (["布什当选美国总统", "将于明年一月宣誓就职"], "HS"),
        (["农民负担为何居高不下？", "来自湖北某县的调查"], "HS"),
        (["祖国啊，母亲！", "记一位归国华侨"], "HS"),
    ],
)
def test_round_zd_cues(decks: list[str], kinds: str) -> None:
    assert _kinds(decks) == kinds


def test_guards_by_cue() -> None:
    assert FRAMES["genre above"]("中国名牌系列报道之三")
    assert not FRAMES["genre above"]("海尔推出节能冰箱系列")
    assert not CUES["exhortation"]("进一步说明了什么")
    assert CUES["exhortation"]("进一步发展中苏友好合作")
    assert not CUES["person"]("布什当选美国总统")
    assert CUES["person"]("满城县委副书记何洛丰")


@pytest.mark.parametrize(
    "decks",
    [
        ["在大风大浪中锻炼成长", "上海第一批知识青年下乡十年"],
        ["在党中央领导下", "全国人民抗洪救灾取得决定性胜利"],
    ],
)
def test_a_frame_over_a_report_that_names_no_genre(decks: list[str]) -> None:
    assert _kinds(decks) == "KH"
