"""A place and what follows it as one place: its continent or circle, its administrative unit.
The sentences are from the People's Daily articles of ``tests/fixtures/rmrb-json-dev/`` and of the
sample corpus (or written as the paper writes, where marked)."""

from __future__ import annotations

from encoder.enrich.zh_places import directed, extended, fields, peopled, suffixed
from encoder.model import PhraseKind

from .test_zh_conventions import at, needs_crf, surfaces

LOC, ORG = PhraseKind.PLACE, PhraseKind.ORG


def test_a_place_and_its_continent_or_circle_are_one_place() -> None:
    for text, place, whole in (
        ("深入和广泛发展。非洲大陆的巨大变化", "非洲", "非洲大陆"),
        ("长城站建在南极圈外的乔治王岛", "南极", "南极圈"),
    ):
        assert extended(text, at(text, place, LOC, None))[2].text == whole
    text = "北极星"
    assert extended(text, at(text, "北极", LOC, None))[2].text == "北极"


@needs_crf
def test_a_place_takes_its_administrative_unit() -> None:
    text = "（二）恢复柏林市议会；全柏林市政议会"  # 1949-06-05
    found = [at(text, "柏林", LOC, None), at(text, "柏林", LOC, None, 1)]
    assert surfaces(suffixed(text, found)) == [("柏林市", LOC), ("柏林", LOC)]  # not 市政
    text = "大阪府知事岸昌、大阪市长大岛"  # 1982-06-04
    found = [at(text, "大阪", LOC, None), at(text, "大阪", LOC, None, 1)]
    assert surfaces(suffixed(text, found)) == [("大阪府", LOC), ("大阪", LOC)]  # not 市长
    text = "我最近到百色专区去视察，原韶山特区严重违反财经纪律"  # 1957-07-06, 1981-05-03
    found = [at(text, "百色", LOC), at(text, "韶山", LOC, None)]
    assert surfaces(suffixed(text, found)) == [("百色专区", LOC), ("韶山特区", LOC)]
    text = "北京市市长刘淇、大邱庄都会给以"  # a unit already; 都 an adverb
    found = [at(text, "北京市", LOC, None), at(text, "大邱庄", LOC)]
    assert suffixed(text, found) == found
    text = "江西吉安专区（包括吉安、"
    assert surfaces(suffixed(text, [at(text, "吉安", LOC, None)])) == [("吉安专区", LOC)]


@needs_crf
def test_a_unit_opening_a_word_stays_apart_where_the_cut_reads_place_and_unit_as_one() -> None:
    # the review of round i: jieba's cut holds 纽约市, 吉林市, 东京都 as words
    for text, place in (
        ("纽约市面萧条，失业增加。", "纽约"),
        ("整顿吉林市容。", "吉林"),
        ("东京都是日本的首都。", "东京"),
        ("东京都有一千多万人口。", "东京"),
        ("东京都在下雨。", "东京"),
    ):
        found = [at(text, place, LOC)]
        assert suffixed(text, found) == found, text
    for text in ("东京都知事美浓部亮吉", "东京都的人口"):
        assert surfaces(suffixed(text, [at(text, "东京", LOC)])) == [("东京都", LOC)], text


def test_a_place_takes_the_one_character_in_brackets_that_tells_it_from_its_namesake() -> None:
    text = "美帝在刚果（利）加紧推行新殖民主义"  # 1967-04-07
    assert surfaces(suffixed(text, [at(text, "刚果", LOC)])) == [("刚果（利）", LOC)]
    text = "先进县（市）和浙江省小康县（市）。"  # 2001-12-02: a county or a city
    found = [at(text, "小康县", LOC)]
    assert suffixed(text, found) == found
    text = "刚果（布）总统马桑巴-代巴"
    assert surfaces(suffixed(text, [at(text, "刚果", LOC)])) == [("刚果（布）", LOC)]
    for text, places in (  # a part's number, a team, a unit, a character left out: no namesake
        ("漫游日本（一）", ["日本"]),
        ("访问越南（上）", ["越南"]),
        ("中国（甲）队和日本（乙）队比赛", ["中国", "日本"]),
        ("湘西（州）各族人民", ["湘西"]),
        ("伊克昭（盟）的牧民", ["伊克昭"]),
        ("盘踞昌（乐）、潍（县）一带的敌人", ["昌"]),
    ):
        found = [at(text, place, LOC) for place in places]
        assert suffixed(text, found) == found, text
    text = "雅各布·汗在前往非斯（摩洛哥）参加伊斯兰"  # 1986-01-06: a gloss, not a qualifier
    found = [at(text, "非斯", LOC)]
    assert suffixed(text, found) == found


def test_a_country_and_its_full_form_of_state_are_one_place() -> None:
    for text, place, whole in (
        ("以西伦凯维兹为首的波兰人民共和国代表团三日离莫斯科", "波兰", "波兰人民共和国"),  # 1954-12-05
        ("东帝汶民主共和国总理尼科劳·洛巴托", "东帝汶", "东帝汶民主共和国"),  # 1976-03-06
        ("前往匈牙利人民共和国进行友好访问", "匈牙利", "匈牙利人民共和国"),  # 1972-11-11
        ("和罗马尼亚社会主义共和国进行友好访问", "罗马尼亚", "罗马尼亚社会主义共和国"),  # 1972-11-11
        ("朝鲜民主主义人民共和国政府", "朝鲜", "朝鲜民主主义人民共和国"),
        # the review of round k2: a state proposed is named as one founded is (中华人民共和国)
        ("成立中国人民民主共和国", "中国", "中国人民民主共和国"),
        # the round's final review: Albania 1976-91, Sri Lanka
        ("阿尔巴尼亚社会主义人民共和国驻华大使", "阿尔巴尼亚", "阿尔巴尼亚社会主义人民共和国"),
        ("斯里兰卡民主社会主义共和国总统", "斯里兰卡", "斯里兰卡民主社会主义共和国"),
    ):
        found = extended(text, at(text, place, LOC, None))
        assert found[2].text == whole, text
        assert found[2].entity == at(text, place, LOC, None)[2].entity  # the key stays the country's


@needs_crf
def test_a_city_s_shi_opening_a_noun_is_left_out_of_the_city() -> None:
    for text, city in (
        ("4年李兴久被选为遵义市长。能否象搞活", "遵义市"),  # 1987-10-03: the mayor of 遵义
        ("溢彩，数以万计的哈尔滨市民聚集在松花江畔", "哈尔滨市"),  # 2001-10-02: its citizens
        ("魏洛阳故城位于今洛阳市区东约15公里", "洛阳市"),  # 2002-07-01: its urban area
        ("唯利是图，曾造成临清市场一度紊乱", "临清市"),  # 1948-12-08: its market
    ):
        assert surfaces(suffixed(text, [at(text, city, LOC)])) == [(city[:-1], LOC)], text
    for text in ("洛阳市政建设", "遵义市政工程"):  # written: the city's public works, no body
        assert surfaces(suffixed(text, [at(text, text[:3], LOC)])) == [(text[:2], LOC)], text
    text = "魏洛阳故城位于今洛阳市区东约15公里"  # the authority file's city matched across the word
    assert surfaces(suffixed(text, [at(text, "洛阳市", LOC, None)])) == [("洛阳", LOC)]


@needs_crf
def test_a_city_s_shi_before_a_place_word_a_body_or_kept_by_the_cut_stays() -> None:
    for text, city in (
        ("一路首于除夕前于长春市郊杨家店歼灭", "长春市"),  # 1948-01-15: 市郊, a place word
        ("曾于除夕二路进入长春市内，痛歼", "长春市"),  # 1948-01-15: 市内
        ("们村还举办过两次诸暨市长乐杯农民书法", "诸暨市"),  # 2001-12-02: 诸暨市 + 长乐杯
        ("遵义市委书记", "遵义市"),  # a body's word
        ("洛阳市政府门前", "洛阳市"),  # written: the cut reads 洛阳 + 市政府, a body's word
    ):
        found = [at(text, city, LOC)]
        assert suffixed(text, found) == found, text


def test_a_people_that_opens_a_state_s_official_name_is_part_of_it() -> None:
    text = "发表声明说，“阿拉伯叙利亚共和国热烈欢迎恢复"  # 1971-11-04
    assert extended(text, at(text, "叙利亚共和国", LOC, None))[2].text == "阿拉伯叙利亚共和国"
    text = "缅甸乒乓球队和阿拉伯也门共和国乒乓球队比赛"  # 1972-09-06
    assert extended(text, at(text, "也门", LOC, None))[2].text == "阿拉伯也门共和国"
    assert extended(text, at(text, "也门", LOC, None))[:2] == (7, 15)
    text = "阿拉伯国家和叙利亚的人民"  # no form of state: the place as it is
    assert extended(text, at(text, "叙利亚", LOC, None))[2].text == "叙利亚"


def test_a_people_before_the_crf_s_state_and_the_libyan_form_of_state() -> None:
    text = "阿拉伯撒哈拉民主共和国总统"  # review, round o: the CRF's place
    assert peopled(text, at(text, "撒哈拉民主共和国", LOC))[2].text == "阿拉伯撒哈拉民主共和国"
    text = "大阿拉伯利比亚人民社会主义民众国"
    assert extended(text, at(text, "利比亚", LOC, None))[2].text == text


def test_an_oil_field_a_tagger_read_as_a_body_is_a_place() -> None:
    text = "朝霞映红了辽阔的大庆油田的上空。"  # 1972-03-08 (the policy: oil fields are places)
    assert surfaces(fields(text, [at(text, "大庆油田", ORG)])) == [("大庆油田", LOC)]
    text = "能不为长江大桥、葛洲坝、大庆油田、北大荒变北大仓"  # 1991-05-20
    found = [at(text, "长江大桥", LOC), at(text, "葛洲坝", LOC), at(text, "大庆油田", ORG)]
    assert surfaces(fields(text, found)) == [("长江大桥", LOC), ("葛洲坝", LOC), ("大庆油田", LOC)]
    assert fields(text, found)[2][:2] == found[2][:2]  # the span is kept


def test_a_body_after_its_oil_field_the_authority_file_s_bodies_and_a_bare_field_stay() -> None:
    text = "胜利油田管理局局长"  # the body goes on after the field
    found = [at(text, "胜利油田管理局", ORG)]
    assert fields(text, found) == found
    text = "他们学习大庆油田的经验"  # an authority file's body is left to the file (none ends so today)
    found = [at(text, "大庆油田", ORG, None)]
    assert fields(text, found) == found
    text = "这个油田的工人"  # no name before the head
    found = [at(text, "油田", ORG)]
    assert fields(text, found) == found


@needs_crf
def test_a_province_before_an_oil_field_is_a_place_of_its_own() -> None:
    for text, province, field in (  # as the paper writes; places are not joined (dev gold: 湖南|锡矿山)
        ("山东胜利油田是我国第二大油田。", "山东", "胜利油田"),
        ("天津大港油田今年原油产量稳定增长。", "天津", "大港油田"),
        ("河南中原油田的职工", "河南", "中原油田"),
        ("陕西长庆油田的职工", "陕西", "长庆油田"),
    ):
        found = fields(text, [at(text, province + field, ORG)])
        assert surfaces(found) == [(province, LOC), (field, LOC)], text
        assert found[0][1] == found[1][0] and found[1][1] == len(province + field) + text.index(province)


@needs_crf
def test_a_body_going_on_after_its_oil_field_leaves_the_span_as_found() -> None:
    text = "有的当上了队里的干部，有的被选为大庆油田党委委员。"  # 1972-03-08 (gold: 大庆油田党委, a body)
    found = [at(text, "大庆油田", ORG)]
    assert fields(text, found) == found


def test_a_compass_direction_before_a_part_of_an_area_is_no_place() -> None:
    for text in (
        "越南民主共和国首都河内市东北郊区。",  # 1966-12-05
        "半个月中，泰国东北部人民武装对他侬",  # 1967-03-02
        "武装力量又攻打桑通东北面的一个敌军据点",  # 1972-03-04
        "当时地处西西里岛东北角的海滨城市墨西拿",  # 1986-07-02
        "镶嵌在祖国的东北边陲、巍巍长白山下",  # 1995-04-02
        "公路向着西南方向驶去",  # written as the paper writes
    ):
        found = [at(text, next(d for d in ("东北", "西南") if d in text), LOC, None)]
        assert directed(text, found) == [], text
    for text in (
        "他领导的东北抗联在东北坚持",  # the Northeast (2002-04-02)
        "东北人民",
        "部队拂晓出发，向东北挺进",  # nothing of an area after it
        "东北三省",
    ):
        found = [at(text, "东北", LOC, None, nth=text.count("东北") - 1)]
        assert directed(text, found) == found, text
    text = "东北部"  # an organisation of that name is not a place: kept
    assert directed(text, [at(text, "东北", ORG)]) == [at(text, "东北", ORG)]


@needs_crf
def test_a_direction_before_a_word_opening_with_a_part_s_character_stays_a_place() -> None:
    # made up as the paper writes: 部, 面 open a word of the cut (部队, 部分, 部署, 面临), no part of an area
    for text in (
        "我东北部队在辽西一带歼灭国民党军五万余人。",
        "据气象台预报，今天东北部分地区有大到暴雪。",
        "蒋介石企图在东北部署重兵，进攻解放区。",
        "当前东北面临的主要任务是恢复生产。",
        "西南部分地区有雨",
        "西北部队向前推进",
    ):
        found = [at(text, next(d for d in ("东北", "西南", "西北") if d in text), LOC, None)]
        assert directed(text, found) == found, text


@needs_crf
def test_the_names_pass_keeps_the_northeast_before_a_word_opening_with_bu() -> None:
    from .test_names_crf import names_in

    for text in ("我东北部队在辽西一带歼灭国民党军五万余人。", "蒋介石企图在东北部署重兵，进攻解放区。"):
        assert ("东北", LOC) in [(surface, kind) for surface, kind, _ in names_in([text])], text


@needs_crf
def test_the_names_pass_leaves_the_authority_file_s_northeast_out_before_a_part() -> None:
    from .test_names_crf import names_in

    names = [surface for surface, _, _ in names_in(["半个月中，泰国东北部人民武装对他侬集团"])]
    assert "泰国" in names and "东北" not in names
    assert "东北" in [surface for surface, _, _ in names_in(["他领导的东北抗联在东北坚持十四年"])]


def test_a_place_and_its_station_or_port_are_one_place() -> None:
    for text, place, whole in (
        ("上午九时二十分自北京车站开出。", "北京", "北京车站"),  # 1954-06-04
        ("出于无奈，也只好在南京港转运了。", "南京", "南京港"),  # 1956-06-06
        ("第一天，郑州火车站共发送旅客", "郑州", "郑州火车站"),  # 1999-02-03
    ):
        found = extended(text, at(text, place, LOC, None))
        assert (found[2].text, found[2].kind) == (whole, LOC), text
    for text in (
        "指出蒋政府封闭大连港口一事",  # 港口: a word of its own (1947-09-03)
        "大连港务局",  # a body's word
        "北京站在前列",  # 站 alone is not read
    ):
        place = text[text.index("大连") : text.index("大连") + 2] if "大连" in text else "北京"
        assert extended(text, at(text, place, LOC, None))[2].text == place, text


@needs_crf
def test_a_state_before_a_loose_gang_is_the_state_not_a_port() -> None:
    # made up as the paper writes: 港 a word of its own after a state (its government a word of the
    # dictionary) is the state's ports; the state keeps its span and its key
    for text, country in (
        ("一批军火已由美国运往日本港，再转运南朝鲜。", "日本"),
        ("美舰多次闯入朝鲜港内进行挑衅。", "朝鲜"),
    ):
        found = at(text, country, LOC, None)
        assert extended(text, found) == found, text
    # a port that is one word of the cut, or a city's loose 港, is still one place
    for text, place, whole in (
        ("英军轰炸阿根廷港机场", "阿根廷", "阿根廷港"),  # 1982-05-02: Puerto Argentino, one word
        ("货轮驶抵卡拉奇港，", "卡拉奇", "卡拉奇港"),  # corpus
        ("到达磅逊港，", "磅逊", "磅逊港"),  # made up
    ):
        assert extended(text, at(text, place, LOC, None))[2].text == whole, text


@needs_crf
def test_the_names_pass_keeps_the_key_of_a_state_before_a_loose_gang() -> None:
    from .test_zh_states import _keyed

    assert ("日本", LOC, "japan") in _keyed("一批军火已由美国运往日本港，再转运南朝鲜。")
    assert ("朝鲜", LOC, "north-korea") in _keyed("美舰多次闯入朝鲜港内进行挑衅。")


@needs_crf
def test_a_hydropower_station_or_a_reservoir_a_tagger_read_as_a_body_is_a_place() -> None:
    for text, name in (
        ("专家们认为黄河李家峡水电站基础工程", "李家峡水电站"),  # 1991-06-01: dams are places
        ("建成的拥有八万瓩的鲁比达水电站。此外", "鲁比达水电站"),  # 1961-01-04
        ("背靠团泊洼水库，可", "团泊洼水库"),  # 1995-10-04
    ):
        assert surfaces(fields(text, [at(text, name, ORG)])) == [(name, LOC)], text
    for text, name in (
        ("百多人到高井电站参加", "高井电站"),  # a power plant is a works (1975-02-04)
        ("李家峡水电站管理处", "李家峡水电站管理处"),  # a body that goes on after it
        ("这座水电站的工人", "水电站"),  # no name before the head
    ):
        found = [at(text, name, ORG)]
        assert fields(text, found) == found, text
