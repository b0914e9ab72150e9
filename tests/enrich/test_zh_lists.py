"""The rules of lists and roles (:mod:`encoder.enrich.zh_lists`): an item of a list of persons
or places marked by 、, a person after a role, a tagger's person among places. The sentences are
from the People's Daily articles of ``tests/fixtures/rmrb-json-dev/``."""

from __future__ import annotations

import pytest

from encoder.enrich.zh_lists import closed, listed, placed, places_listed, vouched
from encoder.model import PhraseKind

from .test_names_crf import names_in
from .test_zh_conventions import at, needs_crf, surfaces

PER, LOC, ORG = PhraseKind.PERSON, PhraseKind.PLACE, PhraseKind.ORG


def test_an_item_between_persons_or_places_of_a_list_is_one_too() -> None:
    text = "沈慕昌、濮皓农、黄杏珍、狄政、沈洪清、会议"
    found = [at(text, name, PER) for name in ("沈慕昌", "黄杏珍", "沈洪清")]
    assert surfaces(listed(text, found)) == [(n, PER) for n in ("沈慕昌", "濮皓农", "黄杏珍", "狄政", "沈洪清")]
    text = "主要是沁源、安泽、屯留、各县、长治等县"  # (the committed tei/, 1946-05-31)
    found = [at(text, name, LOC, None) for name in ("沁源", "屯留", "长治")]
    assert surfaces(listed(text, found)) == [(n, LOC) for n in ("沁源", "安泽", "屯留", "长治")]  # not 各县
    text = "冀鲁豫三省沿河六百万居民代表谷子惠、胡隅平、申集磐等，为国民党反动派"  # 1946-05-20: not 申集磐等
    assert surfaces(listed(text, [at(text, name, PER) for name in ("谷子惠", "胡隅平")]))[-1] == ("申集磐", PER)
    text = "沈慕昌、会议、黄杏珍"  # no surname: no person
    assert listed(text, [at(text, "沈慕昌", PER), at(text, "黄杏珍", PER)]) == [
        at(text, "沈慕昌", PER),
        at(text, "黄杏珍", PER),
    ]


def test_a_foreign_name_between_persons_and_the_last_item_after_a_person_are_persons() -> None:
    text = "彭冲、王任重、阿沛·阿旺晋美、班禅额尔德尼·确吉坚赞、赛福鼎·艾则孜、杨静仁"  # 1987-10-18
    found = [at(text, name, PER) for name in ("阿沛·阿旺晋美", "赛福鼎·艾则孜")]
    assert ("班禅额尔德尼·确吉坚赞", PER) in surfaces(listed(text, found))
    text = "冯蓓、葛卫、蔡恒茂、史锁全。苏南嘉定嘉丰纱厂陈企敏。"  # 1951-08-07
    assert ("史锁全", PER) in surfaces(listed(text, [at(text, "蔡恒茂", PER)]))
    text = "地方官员萧忠怒、高正南等五人，4日应缅甸联邦钦族步兵"  # 1962-01-06
    assert ("高正南", PER) in surfaces(listed(text, [at(text, "萧忠怒", PER)]))
    text = "外交部礼宾司长姆布万博、总统私人秘书姆布塔·米兰多等。"  # 1965-02-17: a title opens the item
    assert surfaces(listed(text, [at(text, "姆布万博", PER)])) == [("姆布万博", PER)]
    text = "主要是沁源、安泽、屯留、长治。"  # a place is no list's last alone
    assert surfaces(listed(text, [at(text, "屯留", LOC)])) == [("屯留", LOC)]


@needs_crf
def test_a_japanese_name_next_to_a_person_of_a_list_about_japan_is_one_too() -> None:
    text = (  # 1975-02-01: 黑田寿男 makes 渡边登 a person, which makes 竹入义胜 one
        "大平藏相的夫人大平繁子和田中寿美子、松冈洋子、德田球一的夫人以及美浓部亮吉、竹入义胜、渡边登、"
        "黑田寿男等日本各界妇女代表和知名人士三百多人出席了酒会。"
    )
    found = listed(text, [at(text, "黑田寿男", PER)])
    assert surfaces(found) == [(n, PER) for n in ("竹入义胜", "渡边登", "黑田寿男")]
    chinese = text.replace("日本", "各国")  # a line not about Japan: a Chinese list item is of two or three
    assert surfaces(listed(chinese, [at(chinese, "黑田寿男", PER)])) == [("黑田寿男", PER)]
    text = "日本自由党以鸠山被黜后，曾分裂为三派（即鸠山派、芦田派、吉田派）"  # 1946-05-25: 吉田 no whole item
    assert listed(text, [at(text, "吉田", PER)]) == [at(text, "吉田", PER)]
    text = "日本代表团的成员有松本、木村一郎、委员会、会议"  # no name's shape: an office's word
    assert listed(text, [at(text, "木村一郎", PER)]) == [at(text, "木村一郎", PER)]


@needs_crf
@pytest.mark.parametrize(
    "item",  # the review of persons2: places, bodies, factions, firms, titles beside Japanese persons
    (
        "名古屋 北海道 神奈川县 横滨市 富士山 日本海 三菱商事 三井物产 丰田汽车 东芝公司 社会党 公明党 日共中央"
        " 田中派 中曾根派 外务省 通产省 防卫厅 访华团 日本友人 日中友好 日中友协 庆应大学 靖国神社 大平外相"
        " 高碕先生 团长井上靖"
    ).split(),
)
def test_a_place_body_or_title_beside_a_japanese_person_is_no_person(item: str) -> None:
    text = f"出席的有日本的土光敏夫、{item}、稻山嘉宽等。"
    found = [at(text, "土光敏夫", PER), at(text, "稻山嘉宽", PER)]
    assert listed(text, found) == found


@needs_crf
@pytest.mark.parametrize(
    ("texts", "items"),
    [
        (
            ["日本经济界人士土光敏夫、稻山嘉宽、三菱商事、三井物产、住友商事等大公司的负责人参加了代表团。"],
            ("三菱商事", "三井物产", "住友商事"),
        ),
        (
            ["据日本报纸报道，这次竞选的是土光敏夫、稻山嘉宽、中曾根派、田中派、大平派等。"],
            ("中曾根派", "田中派", "大平派"),
        ),
        (["参加集会的有日本社会党人士黑田寿男、土光敏夫、名古屋、北九州、鹿儿岛等地的代表一千多人。"], ("名古屋",)),
        (["今天参观故宫的有日本的土光敏夫、稻山嘉宽、大平外相、田中首相等。"], ("大平外相",)),
    ],
)
def test_no_body_place_or_title_of_a_japanese_list_is_a_person_in_an_article(
    texts: list[str], items: tuple[str, ...]
) -> None:
    persons = {surface for surface, kind, _ in names_in(texts) if kind is PER}
    assert not persons & set(items)


def test_an_unsure_person_is_kept_after_a_role_or_in_a_list() -> None:
    text = "苏州纱厂工人萧小妹。委员会"
    assert vouched(text, at(text, "萧小妹", PER))
    text = "赵序堂、支秀英、赵岐鸣"
    assert vouched(text, at(text, "支秀英", PER))
    text = "他说萧小妹好"
    assert not vouched(text, at(text, "萧小妹", PER))
    assert not vouched("工人大会", at("工人大会", "大会", PER))  # no surname


def test_a_tagger_s_person_in_a_list_of_places_is_a_place() -> None:
    text = "吉林、长春、哈尔滨、牡丹江、佳木斯、齐齐哈尔。"  # 1949-11-04
    found = [at(text, name, LOC, None) for name in ("吉林", "长春", "哈尔滨", "牡丹江")]
    found += [at(text, "佳木斯", PER), at(text, "齐齐哈尔", PER)]
    assert [kind for _, kind in surfaces(placed(text, found))] == [LOC] * 6
    text = "刘澜涛、彭冲、王任重、北京"  # a list of persons stays one
    found = [at(text, "刘澜涛", PER), at(text, "彭冲", PER), at(text, "王任重", PER), at(text, "北京", LOC, None)]
    assert placed(text, found) == found


@needs_crf
def test_the_untagged_items_of_a_list_of_places_are_places() -> None:
    text = "（河北省）：迁安、昌黎、滦县、乐亭、丰润、玉田、宝坻、遵化、石家庄、保定、纱布。"  # 1949-11-04
    found = [at(text, name, LOC) for name in ("昌黎", "滦县", "石家庄", "保定")]
    assert surfaces(places_listed(text, found)) == [
        (n, LOC) for n in ("迁安", "昌黎", "滦县", "乐亭", "丰润", "玉田", "宝坻", "遵化", "石家庄", "保定")
    ]  # not 纱布, a word of the dictionary
    text = "天津、青岛、杭州粮食、纱布、杂货均告上涨"  # 1948-11-08: two places only
    found = [at(text, name, LOC) for name in ("天津", "青岛")]
    assert places_listed(text, found) == found
    text = "北京、上海、天津、王明、刘平"  # a person among the items: no list of places
    found = [*(at(text, n, LOC) for n in ("北京", "上海", "天津")), at(text, "王明", PER)]
    assert places_listed(text, found) == found


@needs_crf
def test_a_common_word_between_two_items_that_may_be_places_does_not_break_the_list() -> None:
    text = "（河南省）：开封、郑州、洛阳、许昌、漯河、商邱、信阳、驻马店、周家口、陕州。"  # 1949-11-04
    found = [at(text, name, LOC) for name in ("开封", "郑州", "洛阳", "周家口", "陕州")]
    added = {surface for surface, _ in surfaces(places_listed(text, found))} - {
        "开封",
        "郑州",
        "洛阳",
        "周家口",
        "陕州",
    }
    assert added == {"许昌", "漯河", "商邱", "驻马店"}  # 信阳, a word of the dictionary, links them
    text = "（江苏省）：上海、南京、浦口、下关、徐州、扬州。"  # 1949-11-04
    found = [at(text, name, LOC) for name in ("上海", "南京", "徐州", "扬州")]
    assert ("浦口", LOC) in surfaces(places_listed(text, found))


@needs_crf
def test_goods_after_a_market_s_places_are_no_places() -> None:
    # the review of round i: mixed market lists
    for text, places in (
        ("本月上旬，天津、北京、济南、青岛玉米、猪鬃、生丝、花椒均告上涨。", ("天津", "北京", "济南")),
        ("天津、北京、济南、青岛粮食、纱布、鸭梨、猪鬃均告上涨。", ("天津", "北京", "济南")),
        ("河北、山东、河南、山西、玉米、高粱、谷子。", ("河北", "山东", "河南", "山西")),
        ("河北、山东、河南、山西、玉米、高粱。", ("河北", "山东", "河南", "山西")),
        ("高粱、玉米、河北、山东、河南、山西。", ("河北", "山东", "河南", "山西")),
    ):
        found = [at(text, name, LOC) for name in places]
        assert places_listed(text, found) == found, text


@needs_crf
def test_a_list_s_closing_is_no_part_of_its_last_place() -> None:
    text = "北京、上海、天津、蚌埠等市"
    found = [at(text, name, LOC) for name in ("北京", "上海", "天津")]
    assert surfaces(places_listed(text, found))[-1] == ("蚌埠", LOC)
    text = "华北、华东、中南、西南各区"
    found = [at(text, name, LOC) for name in ("华北", "华东", "中南")]
    assert surfaces(places_listed(text, found))[-1] == ("西南", LOC)


@needs_crf
def test_the_items_of_a_list_closed_as_places_are_places() -> None:
    text = "我们攻克了承平路上的丰宁、滦平、安匠屯等地，解放了热西广大地区"  # 1948-12-10
    assert surfaces(closed(text, [])) == [(n, LOC) for n in ("丰宁", "滦平", "安匠屯")]
    text = "河洲区盛产席草，就兴办草席厂。洋泉、央田一带竹木多，就开办竹木加工厂"  # 1972-08-06
    assert surfaces(closed(text, [])) == [("洋泉", LOC), ("央田", LOC)]
    text = "企图重新占领汤阴、固县等地，以打通平汉路"  # 1948-04-05: the first item cut from what precedes it
    assert surfaces(closed(text, [])) == [("汤阴", LOC), ("固县", LOC)]
    text = "濮县、观城、筑先各县均试验成功"  # 1948-07-26 (../shared/corpus/rmrb-json-dev/)
    assert surfaces(closed(text, [])) == [(n, LOC) for n in ("濮县", "观城", "筑先")]
    text = "于安阳、许昌间之梨园"  # (1948-04-05's 汤阴间 is cut 汤/阴间: 间 opens no word, as 车间's)
    found = [at(text, "安阳", LOC)]
    assert surfaces(closed(text, found)) == [("安阳", LOC), ("许昌", LOC)]


@needs_crf
def test_a_closed_list_of_common_words_or_names_is_no_list_of_places() -> None:
    for text in ("兄弟、姐妹间的感情", "工人、农民等地都来了", "钢铁、煤炭两省"):
        assert closed(text, []) == [], text
    text = "王明、刘平间的争论"
    found = [at(text, "王明", PER), at(text, "刘平", PER)]
    assert closed(text, found) == found


@needs_crf
def test_a_closing_of_places_begins_at_a_word_of_the_cut() -> None:
    # the review of round k2: 之 of 之间 is no part of the last item; 车间 and 市场 close nothing
    for text, first in (
        ("敌军在冀县、南宫之间调动频繁", "冀县"),
        ("我军在巨野、嘉祥之间歼敌一个团", "巨野"),
        ("我军进至洋泉、央田之间的地区", "洋泉"),
    ):
        found = [at(text, first, LOC)]
        assert [s for s, _ in surfaces(closed(text, found))][-1] in ("南宫", "嘉祥", "央田"), text
        assert not any(s.endswith("之") for s, _ in surfaces(closed(text, found))), text
    for text in ("锻工、装配车间", "冷作、装配车间", "翻砂、机工车间", "机修、铸造车间", "猪鬃、肠衣等市场价格"):
        assert closed(text, []) == [], text
    text = "淮南、蚌埠等地区"
    found = [at(text, "淮南", LOC)]
    assert surfaces(closed(text, found)) == [("淮南", LOC), ("蚌埠", LOC)]


@needs_crf
def test_a_list_closed_by_between_alone_needs_a_place_found() -> None:
    for text in ("婆媳、妯娌之间的关系", "老王、老李之间的矛盾"):
        assert closed(text, []) == [], text


@needs_crf
def test_a_closed_list_s_first_item_is_not_cut_short() -> None:
    text = "我军攻克了山庄窝铺、滦平等地"  # 山庄窝铺 is one place: no 窝铺
    assert "窝铺" not in [s for s, _ in surfaces(closed(text, []))]
