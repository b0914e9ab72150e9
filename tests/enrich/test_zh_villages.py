"""Villages named by a family (a surname, 家, a settlement's head): places, where the CRF read a
person or nothing. The sentences are from the People's Daily articles of ``tests/fixtures/rmrb-json-dev/``
(or written as the paper writes, where marked)."""

from __future__ import annotations

from encoder.enrich.zh_villages import villages
from encoder.model import PhraseKind

from .test_zh_conventions import at, needs_crf, surfaces

PER, LOC, ORG = PhraseKind.PERSON, PhraseKind.PLACE, PhraseKind.ORG


@needs_crf
def test_a_person_written_as_a_family_s_village_is_a_place() -> None:
    text = "晓，沿通如公路大道北进，占领邓家桥，南马塘之线，准备"  # 1946-08-13
    assert surfaces(villages(text, [at(text, "邓家桥", PER)])) == [("邓家桥", LOC)]
    text = "马上攻打敌人戒备很严的刘家桥和国民党军阀盘踞的"  # 1968-04-03
    found = [at(text, "刘家桥", PER), at(text, "国民党", ORG, None)]
    assert surfaces(villages(text, found)) == [("刘家桥", LOC), ("国民党", ORG)]
    assert villages(text, found)[0][:2] == found[0][:2]


@needs_crf
def test_a_family_s_village_written_as_words_of_its_own_is_added() -> None:
    for text, village in (
        ("【察哈尔讯】良乡五区陈家台等十一村，发生瘟疫", "陈家台"),  # 1949-05-05
        ("记者在浙江省诸暨市大唐镇楼家村，亲眼所见的开心场", "楼家村"),  # 2001-12-02
        ("我军一路首于除夕前于长春市郊杨家店歼灭蒋匪一个中队，", "杨家店"),  # 1948-01-15
        ("冉大成马上在余家台街上开了一个米店。", "余家台"),  # 1954-11-01
    ):
        assert (village, LOC) in surfaces(villages(text, [])), text


@needs_crf
def test_a_head_going_on_into_a_word_or_a_name_found_there_leaves_the_text_as_it_is() -> None:
    for text in (
        "全家庄稼都收了",
        "商家店铺很多",
        "国家园林局",
        "他在王家店里买了",
        "王家卫导演",
    ):  # as the paper writes
        assert villages(text, []) == [], text
    text = "省娄烦县最贫穷的范家村小学的19名小学生"  # 2000s dev article: a body found there keeps it
    found = [at(text, "范家村小学", ORG)]
    assert villages(text, found) == found
    text = "经邯郸北上石家庄，"  # the authority file's place stays itself
    found = [at(text, "石家庄", LOC, None)]
    assert villages(text, found) == found
    text = "王家栋同志"  # a person whose name goes on after the head
    found = [at(text, "王家栋", PER)]
    assert villages(text, found) == found


@needs_crf
def test_a_family_s_village_written_with_its_unit_is_one_place() -> None:
    for text, village in (
        ("敌人窜到李家沟村抢粮。", "李家沟村"),  # as the paper writes (the dev gold keeps 村: 陈家台村, 苟家庄村)
        ("刘家集乡的农民今年种了三千亩棉花。", "刘家集乡"),
        ("他们住在周家洼子，离公社二十里。", "周家洼子"),
    ):
        assert surfaces(villages(text, [])) == [(village, LOC)], text
    text = "敌人窜到李家沟村抢粮。"  # a tagger's place without its unit is lengthened
    assert surfaces(villages(text, [at(text, "李家沟", LOC)])) == [("李家沟村", LOC)]


@needs_crf
def test_jiayuan_a_function_word_s_surname_or_a_people_s_village_is_no_village() -> None:
    for text in (
        "巴勒斯坦人民失去了土地和家园，被迫流亡他乡。",  # as the paper writes: 家园 is a common noun
        "洪水退后，灾区群众在解放军帮助下重建学校和家园。",
        "为了保卫祖国和家园，他毅然参了军。",
        "抗洪军民保卫城市和家园。",
        "他是一个苗家寨的姑娘。",  # the Miao people's village, no name
    ):
        assert villages(text, []) == [], text
    text = "七月十四日前集结姚家园、杨家园附近，完"  # 1946-08-13: two villages (姚|家园 cut; 姚 no function word)
    assert surfaces(villages(text, [])) == [("姚家园", LOC), ("杨家园", LOC)]


@needs_crf
def test_a_body_named_after_a_village_gets_no_village_inside_it() -> None:
    for text in (
        "山西省娄烦县最贫穷的范家村小学的19名小学生，穿着新衣服，静",  # 1996-10-02
        "李家沟生产队的社员们在队长带领下，连夜抢修水渠。",  # as the paper writes
        "这个公社的刘家湾生产队，去年粮食亩产超过了八百斤。",
        "郭家庄供销社的售货员送货下乡。",
        "张家湾信用社发放贷款三万元。",
        "在黄家集公社，社员们正忙着秋收。",
    ):
        assert villages(text, []) == [], text
    text = "李家沟生产队的社员们"  # nor is a person there made a place
    found = [at(text, "李家沟", PER)]
    assert villages(text, found) == found
