"""China's divisions from the official list: the short forms the CRF misses, taken where they stand
alone and where a reader sees a place. The sentences are from the People's Daily articles of the
sample corpus (``../shared/corpus/rmrb-json/``) and the dev gold's sources; the table's rows are
built from lines of cpca's data files (``tests/fixtures/cpca/``)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from encoder import train_places
from encoder.diagnostics import Reporter
from encoder.enrich import enrich, pipeline, zh_divisions
from encoder.enrich.zh_divisions import added, raised
from encoder.evaluate_ner import names_pass_spans
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import Phrase
from encoder.tei.writer import to_tei

from .test_zh_conventions import LOC, PER, at, needs_crf, surfaces

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "cpca"


def test_the_shipped_table_holds_the_rows_the_command_builds() -> None:
    built = train_places.build(FIXTURE, None)["divisions"]
    shipped = json.loads(zh_divisions.TABLE.read_text(encoding="utf-8"))["divisions"]
    assert built == [
        ["东乡族自治县", "", "county"],  # 东乡 is a people: ethnic names are no places
        ["伊犁哈萨克自治州", "伊犁", "prefecture"],
        ["和平县", "和平", "county"],
        ["山西省", "山西", "province"],
        ["平遥县", "平遥", "county"],
        ["延边朝鲜族自治州", "延边", "prefecture"],
        ["新疆维吾尔自治区", "新疆", "province"],
        ["沁县", "", "county"],  # one character left: no short form
        ["长治市", "长治", "prefecture"],
        ["长阳土家族自治县", "长阳", "county"],
    ]  # no district (和平区) nor heading (市辖区)
    names = {name for name, _, _ in built}
    assert [row for row in shipped if row[0] in names] == built


def test_a_people_s_name_is_no_short_form() -> None:
    nations = (FIXTURE / "56_nations.csv").read_text(encoding="utf-8").split()
    assert train_places.short_form("鄂温克族自治旗", nations) == ""
    assert train_places.short_form("东乡县", nations) == ""
    assert not any(map(zh_divisions.usable, ("东乡", "鄂温克", "鄂伦春")))


def test_a_short_form_that_is_mostly_a_word_is_not_taken() -> None:
    assert all(map(zh_divisions.usable, ("平遥", "长治", "信阳", "清丰", "天峨")))
    assert not any(map(zh_divisions.usable, ("和平", "东方", "互助", "共和", "合作", "三台")))


@needs_crf
def test_a_division_standing_alone_where_a_reader_sees_a_place_is_a_place() -> None:
    for text, place in (
        ("该麦种自一九四五年在清丰发现，行署农业试验场便着手试", "清丰"),  # 1948-07-26
        ("浙赣线仅上饶以西就发生水害事故十一处", "上饶"),  # 1950-07-18
        ("其他襄垣、高平二县偷盗犯亦经查获", "襄垣"),  # 1950-04-04
        ("不料，分配去天峨的同学不肯去。", "天峨"),  # 1988-04-28
    ):
        assert (place, LOC) in surfaces(added(text, [])), text


@needs_crf
def test_a_division_inside_a_longer_name_or_a_word_is_not_taken() -> None:
    for text in (
        "参议会驻会委员丁一，晋城基督教会泰永和，河南",  # 1946-06-10: a church, a person
        "樟树是常绿乔木，品种和变种很多",  # 1959-03-29: the tree
        "直插云霄的峭崖扑面而来",  # 1990-05-02: the sky
        "当其进至金乡以西大田集附近时",  # 1947-02-04: 大田集, a market town
        "并安装好了三台苏式的空气压缩机",  # 1954-04-07: three machines
        "竭力向当涂火车站集中矿石",  # 1956-06-06: a station
    ):
        assert all(
            phrase.text not in ("晋城", "樟树", "云霄", "大田", "三台", "当涂") for _, _, phrase in added(text, [])
        )
    text = "黄鼎臣、康永和、彭友今"  # 1991-01-02: a person the pass found first
    person = at(text, "康永和", PER)
    assert surfaces(added(text, [person])) == [("康永和", PER)]


def test_a_crf_place_below_medium_that_the_list_holds_is_raised() -> None:
    text = "破坏平汉铁路南段许昌、信阳间铁道"  # 1948-01-16
    start, end, phrase = at(text, "信阳", LOC)
    low = Phrase(LOC, ["信阳"], entity="k", tagger="zh_ner", certainty="low")
    assert raised((start, end, low))[2].certainty == "medium"
    assert raised((start, end, phrase)) == (start, end, phrase)
    other = Phrase(LOC, ["大石头"], entity="k", tagger="zh_ner", certainty="low")
    assert raised((0, 3, other))[2].certainty == "low"
    text = "老牌汉奸伪冀南靖安独立旅长铁磨头"  # 1946-05-18: a puppet brigade (靖安独立旅) and its commander
    start, end, _ = at(text, "靖安", LOC)
    low = Phrase(LOC, ["靖安"], entity="k", tagger="zh_ner", certainty="low")
    assert raised((start, end, low), text)[2].certainty == "low"


#: Words of a list marked by 、 that no place stands next to: common nouns, persons, ships
#: (the reviewer's sentences, written as the paper writes).
NOT_PLACES_LISTED = (
    ("三民主义就是民族、民权、民生三大主义。", "民权"),
    ("要多办便民、惠民、利民的实事。", "惠民"),
    ("这里蕴藏着石棉、云母、石墨等矿产。", "石棉"),
    ("沿海盛产海盐、海带、紫菜。", "海盐"),
    ("池塘里开满了荷花、莲花、睡莲。", "莲花"),
    ("他们敲起铜鼓、吹起芦笙，欢度节日。", "铜鼓"),
    ("陈列着玛瑙、白玉、翡翠等工艺品。", "白玉"),
    ("墓室四壁画着青龙、白虎、朱雀、玄武。", "青龙"),
    ("道路两旁种植了樟树、松树、杉树。", "樟树"),
    ("门前蹲着石狮、石象。", "石狮"),
    ("冰川融水、雨水是这条河的主要水源。", "融水"),
    ("北洋舰队的致远、镇远、经远等舰奋勇作战。", "镇远"),
    ("小金、小王和小李都是新来的工人。", "小金"),
    ("要把大田、菜园都管好。", "大田"),
    ("丁玲、白朗、草明等女作家到工厂体验生活。", "白朗"),
    ("藏族干部尼玛、扎西、次仁等在会上发言。", "尼玛"),
    ("我们要学习左权、彭雪枫等烈士的精神。", "左权"),
    ("清朝咸丰、同治年间，这里曾是商埠。", "咸丰"),
)
#: Words after a preposition that are no places: a verb's object, an era's year, a farm's work,
#: a likeness; and the known wrongs of a unit's conjunction, a school, a word glued to another.
NOT_PLACES_AFTER = (
    ("在平定叛乱的斗争中，解放军指战员立了大功。", "平定"),
    ("从平定西藏叛乱以来，西藏人民翻了身。", "平定"),
    ("王羲之写于永和九年的《兰亭集序》。", "永和"),
    ("在大田生产中推广良种。", "大田"),
    ("他在白玉般的雪地上留下了脚印。", "白玉"),
    ("各省、自治区和县、市人民政府都要重视这项工作。", "和县"),
    ("他们在玉田一中读书。", "玉田"),
    ("这里是大东港的码头。", "东港"),
)


@needs_crf
def test_a_word_of_a_list_or_after_a_preposition_that_is_no_place_is_not_taken() -> None:
    for text, word in (*NOT_PLACES_LISTED, *NOT_PLACES_AFTER):
        assert zh_divisions.usable(word), word
        assert (word, LOC) not in surfaces(added(text, [])), text


@needs_crf
def test_a_list_s_item_next_to_a_place_is_a_place() -> None:
    text = "破坏平汉铁路南段许昌、信阳、驻马店铁道"
    assert ("信阳", LOC) in surfaces(added(text, [at(text, "许昌", LOC)]))
    assert ("信阳", LOC) not in surfaces(added(text, []))
    text = "（甘肃省）：兰州、平凉、天水。"  # a dev gold article: the list's items one after another
    assert {("平凉", LOC), ("天水", LOC)} <= set(surfaces(added(text, [at(text, "兰州", LOC)])))
    text = "平遥县、长治"
    assert ("长治", LOC) in surfaces(added(text, []))
    text = "我们要学习左权、彭雪枫等烈士的精神。"  # a list of persons, though a place were found
    assert ("左权", LOC) not in surfaces(added(text, [at(text, "彭雪枫", LOC)]))


@needs_crf
def test_the_last_item_of_a_list_closed_as_places_are_is_a_place() -> None:
    """A merge review's examples (2026-12-01): 等县 / 三县 right after a county closes a list of
    places; it is no continuation of the county's name (as 县 after 信阳 would be)."""
    text = "他先后在临清、高唐、茌平等县工作过"
    assert {("临清", LOC), ("高唐", LOC), ("茌平", LOC)} <= set(surfaces(added(text, [])))
    text = "长治、晋城、阳城三县"
    assert ("阳城", LOC) in surfaces(added(text, [at(text, "长治", LOC), at(text, "晋城", LOC)]))


@needs_crf
def test_a_division_before_its_walled_town_or_a_numbered_district_is_the_place() -> None:
    for text, place in (
        ("长治一区", "长治"),  # 1947-08-05: a title
        ("如平山一区胜佛、东关、", "平山"),  # 1949-03-03
        ("并常活动到离汶上城二三里的地方", "汶上"),  # 1948-06-10
    ):
        assert (place, LOC) in surfaces(added(text, [])), text
    text = "冀南地方武装继收复汤阴城，上月二十九日"  # 1948-04-05: the CRF's 汤阴城 is cut to the county
    assert surfaces(added(text, [at(text, "汤阴城", LOC)])) == [("汤阴", LOC)]
    text = "元塘师的部分队伍赶回会理城，让山下边的红军"  # 1985-06-16
    assert surfaces(added(text, [at(text, "会理城", LOC)])) == [("会理", LOC)]


@needs_crf
def test_a_tagger_s_place_cut_to_its_division_keeps_a_key_and_an_entry_of_its_own(tmp_path: Path) -> None:
    """Two walled towns of one article are two places of the register, each with its own key
    (written as the paper writes: 沁阳城, 长治城, 石家庄城)."""
    sentences = ("我军攻入沁阳城，全歼守敌。", "我军收复了长治城。", "我军攻克石家庄城。")
    source = {
        "title": "测试",
        "authors": [],
        "dates": [{"year": 1985, "month": 1, "day": 2}],
        "parts": [{"type": "paragraph", "text": sentence} for sentence in sentences],
        "comments": [],
        "comment_pivots": [],
        "description": "",
        "page_start": 1,
        "page_end": 1,
    }
    path = tmp_path / "1985-01-02_测试.json"
    path.write_text(json.dumps(source, ensure_ascii=False), encoding="utf-8")
    reporter = Reporter(str(path))
    article = parse(read_source(path, reporter=reporter), reporter)
    enrich(article, reporter, pipeline())
    tei = "{http://www.tei-c.org/ns/1.0}"
    root = to_tei(article, "0.0.0").getroot()
    body = next(root.iter(f"{tei}text"))
    refs = {"".join(e.itertext()): e.get("ref", "") for e in body.iter(f"{tei}placeName")}
    assert {"沁阳", "长治"} <= refs.keys()
    assert len({refs[place] for place in ("沁阳", "长治")}) == 2
    assert not any(ref.endswith(".") for ref in refs.values())  # no empty key
    entries = {e.get("{http://www.w3.org/XML/1998/namespace}id"): e for e in root.iter(f"{tei}place")}
    for place in ("沁阳", "长治"):
        names = ["".join(n.itertext()) for n in entries[refs[place][1:]].iter(f"{tei}placeName")]
        assert names == [place], place


@needs_crf
def test_a_place_s_part_is_read_on_the_text_after_the_name() -> None:
    text = "清河城镇的农民"  # the CRF's 清河城 before 镇: 城镇 is no walled town of 清河
    assert surfaces(added(text, [at(text, "清河城", LOC)])) == [("清河城", LOC)]


@needs_crf
def test_a_division_s_own_name_ending_in_town_or_a_town_s_word_is_kept() -> None:
    text = "晋城贺洼村组织运输"  # 晋城 is a division's name of its own
    assert surfaces(added(text, [at(text, "晋城", LOC)])) == [("晋城", LOC)]
    for text in ("长治城市建设", "平山城关镇"):  # 城市, 城关 are no part of the division
        assert ("长治", LOC) not in surfaces(added(text, [])) and ("平山", LOC) not in surfaces(added(text, []))
    text = "在永年城里人民过着"  # 1946-05-18: the authority file's 永年城 is its own choice
    assert surfaces(added(text, [at(text, "永年城", LOC, tagger=None)])) == [("永年城", LOC)]


@needs_crf
def test_a_division_written_in_full_is_a_place_where_it_stands_as_words_of_its_own() -> None:
    for text, place in (
        ("——湖南常宁县办好县社工业的调查", "常宁县"),  # 1972-08-06: a city now, a county then
        ("江苏省仪征县县级机关坚持精兵简政", "仪征县"),  # 1973-12-06
        ("物价，月来普遍下跌。烟台市包米每斤由北币五十四元", "烟台市"),  # 1947-04-10
        ("嘉定嘉丰纱厂陈企敏。海阳县第十一区埠南村农民", "海阳县"),  # 1951-08-07: a district follows
        ("烟台市举行群众大会", "烟台市"),  # a verb ending as a bank does (举行) continues no name
    ):
        assert (place, LOC) in surfaces(added(text, [])), text
    for text, place in (
        ("烟台市场物价稳定", "烟台市"),  # no word of the cut closes it
        ("宁波市民踊跃购买公债", "宁波市"),
        ("常宁县一中的学生", "常宁县"),  # a school's name
        ("常宁县二中", "常宁县"),
        ("常宁县独立营", "常宁县"),  # a unit's name
        ("在常宁县独立旅长王明", "常宁县"),  # a unit's commander: the unit is named
        ("经过“双反”运动，常德县农林水利局打破保守思想", "常德县"),  # a body follows: the bodies' rules read it
        ("贞丰县长、海阳县长出席", "贞丰县"),  # the level and 长 are an office (the merge's review)
        ("【邢台消息】邢台市师范学生，于五月十七日", "邢台市"),  # a normal school's name (source/ 1946-05-31)
    ):
        assert (place, LOC) not in surfaces(added(text, [])), text


#: Pieces to build texts of: names written in full, nested (马鞍山市 holds 鞍山市) and overlapping
#: (延津市 and 津市县), one of the longest, their parts, levels and other characters.
_PIECES = [
    *("仪征县", "常宁县", "常宁市", "马鞍山市", "鞍山市", "马鞍", "延津", "延津市", "津市县", "津市"),
    *("积石山保安族东乡族撒拉族自治县", "积石山", "县", "市", "长", "场", "，", "的"),
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_the_names_written_in_full_are_found_as_the_plain_pattern_finds_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert zh_divisions.full_name_spans(text) == zh_divisions.full_name_spans_plain(text)


def test_the_plain_and_the_fast_names_written_in_full_agree_on_the_dev_articles() -> None:
    dev = Path(__file__).parents[1] / "fixtures" / "rmrb-json-dev"
    parts = (p["text"] for f in sorted(dev.glob("19[5-7]*.json")) for p in json.loads(f.read_text("utf-8"))["parts"])
    texts = [text for text in parts if "县" in text][:300]
    assert sum(map(len, map(zh_divisions.full_name_spans, texts))) > 20
    assert [zh_divisions.full_name_spans(t) for t in texts] == [zh_divisions.full_name_spans_plain(t) for t in texts]


@needs_crf
def test_a_county_of_one_character_written_with_its_level_as_one_word_is_a_place() -> None:
    for text, place in (
        ("点苦有啥关系。”盂县民工十四连四十八", "盂县"),  # 1948-12-02: the list gives 盂县 no short form
        ("数百分之三十二。孟县一区西吉村支部开", "孟县"),  # 1948-07-04: a city (孟州) now
        ("顷，房屋五十间。朔县解放后，群众纷纷", "朔县"),  # 1946-10-28: 朔州 now
        ("沿洞庭湖一带。如南县在七月二十七日收", "南县"),  # 1953-08-08
    ):
        assert surfaces(added(text, [])) == [(place, LOC)], text
    for text in (
        "全省各市和县都要",  # a conjunction before 县 (和县 is a county too)
        "五县联防",  # a count of counties
        "到外县去",  # 外县: another county
        "新县长到任",  # an adjective and an office
        "大县小县",
        "全县人民",  # no place in jieba's dictionary
        "盂县长",  # the level and 长 are an office
        "盂县中学",  # a school's name: the bodies' rules read it
    ):
        assert surfaces(added(text, [])) == [], text


@needs_crf
def test_the_names_pass_finds_a_one_character_county_in_a_dev_article() -> None:
    dev = Path(__file__).parents[1] / "fixtures" / "rmrb-json-dev"
    for name, county in (
        ("1948-12-02_晋中一分区广大劳动群众冒着炮火奋勇参战", "盂县"),
        ("1946-10-28_阎锡山夺地八万亩朔县群众全部收回", "朔县"),
    ):
        (source,) = sorted(dev.glob(name + "*.json"))
        parts = [part["text"] for part in json.loads(source.read_text(encoding="utf-8"))["parts"]]
        found = {(parts[i][s:e], kind) for i, s, e, kind in names_pass_spans(parts, "crf", "medium")}
        assert (county, "LOC") in found, name
