"""Signs against the Chinese CRF's names, on sentences of the articles of ``source/`` and of the
sample corpus (``../shared/corpus/rmrb-json-dev/``) where the CRF tagged them."""

from __future__ import annotations

import importlib.util

import pytest

from encoder.enrich.names import with_crf
from encoder.enrich.zh_signs import completed, demoted, lengthened, signs, trimmed
from encoder.model import Phrase, PhraseKind

from .test_names_crf import names_in

CRF = importlib.util.find_spec("jieba") is not None and importlib.util.find_spec("pycrfsuite") is not None
needs_crf = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")

PER, LOC, ORG = PhraseKind.PERSON, PhraseKind.PLACE, PhraseKind.ORG


def at(text: str, surface: str, kind: PhraseKind, certainty: str = "medium"):
    start = text.index(surface)
    return start, start + len(surface), Phrase(kind, [surface], entity="k", tagger="zh_ner", certainty=certainty)


def test_an_organisation_must_end_as_bodies_end() -> None:
    text = "今天中国还是法西斯横行、大敌当前、八年抗战的创伤尚待医治"
    assert signs(text, at(text, "法西斯横行", ORG)) == ["ends_unlike_body"]
    text = "但在佃户却是件天大的喜事。"
    assert signs(text, at(text, "天大", ORG)) == ["ends_unlike_body"]
    text = "冀南银行邯郸市营业简章"
    assert signs(text, at(text, "冀南银行", ORG)) == []  # 行 of a bank
    text = "当场成立了淮安县石塘区农会"
    assert signs(text, at(text, "淮安县石塘区农会", ORG)) == []


@needs_crf
def test_a_name_opens_with_no_particle_standing_alone() -> None:
    text = "由于佃户多，来不及一一细算，当场成立下算帐委员会，进行算细帐。"
    assert signs(text, at(text, "下算帐委员会", ORG)) == ["opens_with_particle"]
    text = "又由本乡群众推选产生了算帐委员会"
    assert "opens_with_particle" not in signs(text, at(text, "算帐委员会", ORG))
    text = "对外友协副会长、中柬友协常务理事丁西林"
    assert signs(text, at(text, "中柬友协", ORG)) == []  # 中: China's abbreviation
    text = "中国人民外交学会会长于右任、"
    assert signs(text, at(text, "于右任", PER)) == []  # 于 is a surname too


def test_a_person_opens_with_a_surname_or_is_written_as_a_foreign_or_familiar_name() -> None:
    text = "天快亮的时候，有人在院子里喊："
    assert signs(text, at(text, "天快亮", PER)) == ["unlike_person"]
    text = "你看你头上，汗珠子一直在流。”"
    assert signs(text, at(text, "汗珠子", PER)) == ["unlike_person"]
    for text, name in (
        ("实验生物学家贝时璋、动物学家朱冼、", "贝时璋"),  # a surname of the table
        ("苏联科学院院长湼斯米扬诺夫院士，", "湼斯米扬诺夫"),  # transliteration
        ("巴布亚新几内亚总理朱利叶斯·陈说，", "朱利叶斯·陈"),
        ("不讲话的小磊也讲话啦。", "小磊"),  # familiar
        ("磐石同志再三要求大家多帮助", "磐石"),  # where a reader sees a person
        ("“凤英，走，我上你家去", "凤英"),
        ("鲁迅、郭沫若、巴金、茅盾、丁玲这些文学家", "茅盾"),  # an item of a list
        ("德意志民主共和国总理格罗提渥（团长）、副总理", "格罗提渥"),  # after an office
        ("共产党代表团团长波诺马廖夫在大会作了定调发言。", "波诺马廖夫"),
        ("缅甸驻中国大使信瓦瑙和使馆外交官员也出席了招待会。", "信瓦瑙"),
        ("缅甸驻华大使信瓦瑙和使馆外交官员也出席了招待会。", "信瓦瑙"),  # 华 is inside 驻华大使
        ("民主德国新任总理格罗提渥今天", "格罗提渥"),  # 任 is inside 新任
    ):
        assert signs(text, at(text, name, PER)) == [], name
    text = "正如毛主席所英明指出的：“在非洲"  # 毛主席 is the person: no office before 所英明
    assert signs(text, at(text, "所英明", PER)) == ["unlike_person"]
    text = "刘主席所英明指出的"  # 刘 alone in the cut: 刘主席 is the person
    assert signs(text, at(text, "所英明", PER)) == ["unlike_person"]
    for text, word in (("部长会见了代表团全体成员。", "会见"), ("总统宣布全国进入紧急状态。", "宣布")):
        # a common word after an office keeps that sign
        assert "common_word" in signs(text, at(text, word, PER)), word


def test_each_sign_lowers_cert_one_level() -> None:
    text = "今天中国还是法西斯横行、大敌当前"
    (_, _, phrase), against = demoted(text, at(text, "法西斯横行", ORG))
    assert (phrase.certainty, against) == ("low", 1)
    text = "民革副主席蔡廷锴等负责人"
    (_, _, phrase), against = demoted(text, at(text, "民革", ORG, "high"))
    assert (phrase.certainty, against) == ("medium", 1)  # kept, less sure
    (_, _, phrase), against = demoted(text, at(text, "蔡廷锴", PER, "high"))
    assert (phrase.certainty, against) == ("high", 0)


@needs_crf
def test_a_four_character_person_stops_at_three_when_the_last_stands_alone() -> None:
    text = "有一天，杨小玉伏在小书桌上，忽然问他父亲说"
    assert trimmed(text, at(text, "杨小玉伏", PER, "high"))[2].text == "杨小玉"
    text = "司令员欧阳文光说"
    assert trimmed(text, at(text, "欧阳文光", PER))[2].text == "欧阳文光"  # a compound surname


def test_a_two_character_person_of_a_list_is_made_the_whole_item() -> None:
    text = "冀鲁豫三省沿河六百万居民代表谷子惠、胡隅平、申集磐等，为国民党反动派阴谋水淹冀鲁解放区"
    assert completed(text, at(text, "申集", PER))[2].text == "申集磐"
    text = "本月十五日冀鲁豫人民代表吴哲卿、张化夷、申集磐、裴毓明、胡阳平"
    assert completed(text, at(text, "申集", PER))[2].text == "申集磐"
    text = "代表谷子惠、胡隅平等，为国民党"
    assert completed(text, at(text, "胡隅平", PER))[2].text == "胡隅平"  # three already
    text = "参加的有李强、王明说，这是"
    assert completed(text, at(text, "王明", PER))[2].text == "王明"  # 说 is a verb


@needs_crf
def test_the_names_pass_leaves_the_junk_out_of_real_sentences() -> None:
    found = {name for name, _, _ in names_in(["今天中国还是法西斯横行、大敌当前、八年抗战的创伤尚待医治"])}
    assert "法西斯横行" not in found
    found = {name for name, _, _ in names_in(["天快亮的时候，有人在院子里喊："])}
    assert "天快亮" not in found
    found = {name for name, _, _ in names_in(["有一天，杨小玉伏在小书桌上，忽然问他父亲说"])}
    assert "杨小玉伏" not in found and "杨小玉" in found
    found = {name for name, _, _ in names_in(["本月十五日冀鲁豫人民代表吴哲卿、张化夷、申集磐、裴毓明、胡阳平"])}
    assert "申集磐" in found and "申集" not in found


def test_a_person_at_either_end_of_the_text_is_judged_as_in_the_middle() -> None:
    """(review of 2026-12-01) no character before or after a name is no opening quote nor comma."""
    for text in ("汗珠子，一直在流。", "他擦着汗珠子", "汗珠子"):
        assert signs(text, at(text, "汗珠子", PER)) == ["unlike_person"], text


# The sentences below are from tei/rmrb/ (source/rmrb/), where the review of issue 14 found the
# names they test (tests/fixtures/names/tei_reviewed.tsv).


@needs_crf
def test_an_idiom_a_glued_verb_and_a_common_word_are_signs_against_a_name() -> None:
    text = "保卫者屹然不动，稳如泰山，新一军伤亡及被俘者"
    assert signs(text, at(text, "泰山", LOC)) == ["in_idiom"]
    text = "攻盘山，攻辽中、攻台安、攻抚顺、攻辽阳、攻铁岭、攻海城、攻鞍山"
    assert signs(text, at(text, "攻铁岭", LOC)) == ["opens_with_verb"]
    assert signs(text, at(text, "台安", LOC)) == []  # two characters: no verb taken off
    text = "劳动在各处的，尽都是长胡须的老汉。"
    assert signs(text, at(text, "胡须", PER)) == ["common_word"]
    text = "磐石同志再三要求大家多帮助"
    assert signs(text, at(text, "磐石", PER)) == []  # a word, but where a reader sees a person
    text = "是地主的法宝，是镇压东南乡种田人的，叫佃户不得翻身"
    assert signs(text, at(text, "种田", LOC)) == ["word_cut_short"]
    text = "由军委主席邓小平签署的"
    assert signs(text, at(text, "军委", ORG)) == []  # a body: 军委 of 军委主席 is one


def test_an_army_and_a_kind_of_people_listed_with_bodies_are_signs_against_a_person() -> None:
    text = "经过八年敌伪的摧残以及阎军的屠杀抓丁后"
    assert signs(text, at(text, "阎军", PER)) == ["army"]
    (_, _, phrase), _ = demoted(text, at(text, "阎军", PER, "high"))
    assert phrase.certainty == "medium"  # a sure 谢军 stays (lower: 阎军 is dropped)
    text = "积极吸收产销公司、银行、联委会、劳英参加"
    assert signs(text, at(text, "劳英", PER)) == ["listed_with_bodies"]
    text = "代表吴哲卿、张化夷、申集磐"
    assert "listed_with_bodies" not in signs(text, at(text, "张化夷", PER))


@needs_crf
def test_a_two_character_person_before_a_lone_character_and_a_stop_is_made_whole() -> None:
    text = "交通部长俞飞鹏及经济部长翁夕灏，辞职照准"
    assert completed(text, at(text, "翁夕", PER, "high"))[2].text == "翁夕灏"
    text = "佃户王鼎三，种三亩地"
    assert completed(text, at(text, "王鼎", PER))[2].text == "王鼎三"
    for text, name in (("他们住在王芳家，天天开会", "王芳"), ("就在李明处，谈了一夜", "李明")):
        assert completed(text, at(text, name, PER))[2].text == name  # whose place, not a name's end
    text = "他对李强说，这是"
    assert completed(text, at(text, "李强", PER))[2].text == "李强"  # 说 is a verb


def test_a_person_written_longer_in_the_same_text_is_the_longer_person() -> None:
    text = "终于给地主刘鸿如垫价买去了。刘鸿如对他说"
    second = text.rindex("刘鸿如")
    short = (second, second + 2, Phrase(PER, ["刘鸿"], entity="k", tagger="zh_ner", certainty="high"))
    found = lengthened(text, [at(text, "刘鸿如", PER), short])
    assert [(s, phrase.text) for s, _, phrase in found] == [(text.index("刘鸿如"), "刘鸿如"), (second, "刘鸿如")]
    assert found[1][2].certainty == "high"


@needs_crf
def test_the_names_pass_leaves_the_reviewed_junk_of_tei_out() -> None:
    cases = {
        "保卫者屹然不动，稳如泰山，新一军伤亡": "泰山",
        "攻抚顺、攻辽阳、攻铁岭、攻海城": "攻铁岭",
        "劳动在各处的，尽都是长胡须的老汉。": "胡须",
        "在为驱逐日寇，挽救全中华民族危亡的八年过程中": "中华",
        "说他那“神圣”的日耳曼民族在那里如何遭受了": "日耳曼",
    }
    for text, junk in cases.items():
        assert junk not in {name for name, _, _ in names_in([text])}, junk


@needs_crf
def test_a_place_cut_inside_a_place_s_word_is_made_that_word() -> None:
    text = "哈比亚利马纳是在桑给巴尔同坦桑尼亚总统姆维尼和乌"
    assert completed(text, at(text, "巴尔", LOC))[2].text == "桑给巴尔"
    text = "马村区为护林模范姜化川立碑"
    assert completed(text, at(text, "马村", LOC))[2].text == "马村区"
    text = "每年达五六次之多。洞庭湖畔、江汉平原、武陵山区"
    assert completed(text, at(text, "洞庭湖", LOC))[2].text == "洞庭湖"  # 畔: the lake's shore
    assert completed(text, at(text, "江汉", LOC))[2].text == "江汉平原"
    for text, place in (  # a tail that is no geographic head: the word is the place and more
        ("喀什噶尔是南疆重镇，天山南北一片繁荣。", "天山"),
        ("西非各国领导人举行会晤。", "西非"),
        ("桂林山水甲天下。", "桂林"),
        ("西汉刘安主持编写了《淮南子》。", "淮南"),
        ("南美国家纷纷表示支持。", "南美"),
        ("签订了马关条约。", "马关"),
        ("中东国家的人民", "中东"),
        ("欧美各国的报纸", "欧美"),
        ("一百瑞典克朗", "瑞典"),
        ("办了一张长城卡", "长城"),
        ("用黄河水灌溉", "黄河"),
        ("反对越南化", "越南"),
    ):
        assert completed(text, at(text, place, LOC))[2].text == place, text
    text = "许多坦桑尼亚桑给巴尔朋友怀着十分喜悦的心情"
    assert completed(text, at(text, "桑给", PER))[2].text == "桑给"  # a person is not grown so


@needs_crf
def test_a_place_is_not_grown_over_another_name_the_crf_found() -> None:
    text = "许多坦桑尼亚桑给巴尔朋友怀着十分喜悦的心情"
    person, place = at(text, "桑给", PER), at(text, "巴尔", LOC)
    assert completed(text, place, [person, place]) == place
    assert completed(text, place)[2].text == "桑给巴尔"  # alone, it is grown
    finder = with_crf(lambda _: [], lambda _: [person, place], "medium")
    assert [phrase.text for _, _, phrase in finder(text)] == ["桑给", "巴尔"]  # not 桑给 and 桑给巴尔


def test_a_name_crosses_no_bracket_it_holds_one_of() -> None:
    """The CRF reads 湘西（州 in 湘西（州） (the TEI would put the name across the bracket): the name is the
    longest stretch between the lone brackets; a namesake's tag in its pair stays (刚果（利）)."""
    text = "湘西（州）的苗族"
    assert trimmed(text, at(text, "湘西（州", LOC))[2].text == "湘西"
    text = "《人民日报》社论"
    assert trimmed(text, at(text, "《人民日报", ORG))[2].text == "人民日报"
    assert trimmed(text, at(text, "人民日报》", ORG))[:2] == (1, 5)
    text = "刚果（利）政府"
    assert trimmed(text, at(text, "刚果（利）", LOC))[2].text == "刚果（利）"
    text = "州）湘西"
    assert trimmed(text, at(text, "州）湘西", LOC))[2].text == "湘西"
