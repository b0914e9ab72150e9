"""A surname and an honorific that name a person (颜教授, 左老, 贺老总), on real articles: the
names pass tags them wherever the article writes them, and not where the honorific is part of
another word (丁老板) or the CRF reads no person (这位老作家, 驻华大使)."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from encoder.enrich import zh_crf
from encoder.enrich.zh_titles import _APPOINTED, ADDRESSED_PROBABILITY, addressed, appointed, interposed, titled
from encoder.model import PhraseKind

from .test_names_crf import names_in

ROOT = Path(__file__).resolve().parents[2]
JSON_DEV = ROOT / "tests" / "fixtures" / "rmrb-json-dev"
CRF = importlib.util.find_spec("jieba") is not None and importlib.util.find_spec("pycrfsuite") is not None
pytestmark = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")


def texts_of(name: str) -> list[str]:
    (path,) = sorted(JSON_DEV.glob(name + "*.json"))
    return [part["text"] for part in json.loads(path.read_text(encoding="utf-8"))["parts"]]


def persons(texts: list[str]) -> list[str]:
    return [surface for surface, kind, _ in names_in(texts) if kind is PhraseKind.PERSON]


@pytest.mark.parametrize(
    ("article", "name"),
    [
        ("1991-05-20_颜教授", "颜教授"),
        ("1998-09-24_情系故土", "左老"),
        ("1978-12-03_贺龙", "贺老总"),
        ("1949-03-06_密切干部与工人阶级联系", "孙区长"),  # 六区孙区长在民国九年 … 孙区长说
    ],
)
def test_a_surname_and_honorific_is_a_person_wherever_the_article_writes_it(article: str, name: str) -> None:
    texts = texts_of(article)
    written = sum(text.count(name) for text in texts)
    assert written >= 2
    assert persons(texts).count(name) == written


@pytest.mark.parametrize(
    ("article", "name"),
    [
        ("1959-01-02_新年看喜剧影片", "张大妈"),  # forms of address of an elder
        ("1959-01-02_新年看喜剧影片", "李大娘"),
        ("1992-12-01_海协会建议", "汪会长"),  # 促进汪会长与辜董事长会晤
        ("1995-04-02_向模范自治州", "江总书记"),
        ("2001-12-01_学习钱学森", "江总书记"),
        ("2003-04-01_现实精神", "丁秘书"),  # 徐大地、华乡长、丁秘书
    ],
)
def test_a_surname_and_a_body_s_head_or_an_elder_s_form_of_address_is_a_person(article: str, name: str) -> None:
    texts = texts_of(article)
    assert persons(texts).count(name) == sum(text.count(name) for text in texts) >= 1


@pytest.mark.parametrize(
    "sentence",
    [
        "广场上的大妈们跳起舞来。",  # no surname: no person
        "村里的大爷大娘都来了。",
        "老大娘笑着说。",
        "他是党的总书记。",
        "记者采访了商会会长。",
    ],
)
def test_no_person_of_a_head_or_a_form_of_address_without_a_surname_or_inside_a_word(sentence: str) -> None:
    assert persons([sentence]) == []


def test_no_person_where_the_honorific_is_part_of_a_word_or_the_crf_reads_none() -> None:
    found = persons(texts_of("1949-01-03_农民的孩子朱德"))
    assert "丁老" not in found and "丁老板" not in found  # 老板 is a word: 丁老板 is "boss Ding"
    assert "朱总司令" in found
    sentence = "以色列驻华大使本·沙龙和这位老作家"
    assert not [s for s in persons([sentence]) if s in ("华大使", "位老")]


@pytest.mark.parametrize(
    "texts",
    [
        ["解放军女战斗英雄谢氏娇代表南方妇女在大会上讲话。"],  # a Vietnamese woman's name: not 谢氏
        ["华氏九十度的高温"],  # Fahrenheit
        ["刘氏宗祠已经修复"],
        ["建陈氏宗祠的旧习"],
        ["宋氏三姐妹的故事广为流传", "宋氏三姐妹的故事广为流传"],
        ["汪洋乡林罗氏母女二人"],
        ["西蜀孟氏令学士题桃符"],  # a ruling house
        ["蒋氏父子"],  # two persons
    ],
)
def test_no_person_of_a_surname_and_shi(texts: list[str]) -> None:
    assert not [s for s in persons(texts) if "氏" in s and s != "谢氏娇"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("“铁环”也不错，老陈分外高兴的说：", "老陈"),  # 1949-03-06
        ("群众的赞扬引起了老严的深思。他想：老肖和自己同样都是国家干部", "老肖"),  # 1973-08-01
        ("饭店业务，老杨样样在行。", "老杨"),  # 1983-03-01
        ("十月的一天中午，小蒋从县妇联开会回公司", "小蒋"),  # 1980-07-03
    ],
)
def test_lao_or_xiao_before_a_surname_the_crf_reads_is_one_person(line: str, name: str) -> None:
    made = titled(line, zh_crf.entities([line])[0])
    assert name in [line[s:e] for s, e, k, _ in made if k == "PER"]


def test_no_familiar_person_inside_a_word() -> None:
    for line in ("他在市场上买了两斤小黄鱼。", "这是一座古老陈旧的房子。"):
        made = titled(line, zh_crf.entities([line])[0])
        assert not [line[s:e] for s, e, k, _ in made if k == "PER" and line[s] in "老小"]


def test_no_familiar_person_of_a_nickname_going_on() -> None:
    line = "老孙头笑着说：好啊。"
    made = titled(line, zh_crf.entities([line])[0])
    assert "老孙" not in [line[s:e] for s, e, k, _ in made if k == "PER"]


def test_the_surname_read_alone_by_the_crf_becomes_the_whole_title_at_its_probability() -> None:
    line = "颜教授的阅历、造诣和一向的见解"
    entities = zh_crf.entities([line])[0]
    assert (0, 1, "PER") in [(s, e, k) for s, e, k, _ in entities]  # the CRF reads 颜 alone
    made = titled(line, entities)
    assert [(s, e, k) for s, e, k, _ in made if k == "PER"] == [(0, 3, "PER")]
    assert [p for s, _, _, p in made if s == 0] == [p for s, _, _, p in entities if s == 0]


def test_a_title_between_surname_and_given_name_makes_one_person() -> None:
    found = persons(texts_of("1947-03-11_保卫陕甘宁"))  # the old style of the 1940s
    for name in ("林主席伯渠", "李副主席鼎铭", "谢副议长觉哉", "王副司令员维舟", "谢市长怀德", "王会长克温"):
        assert name in found
    assert "林主席" in found  # 即由林主席致开会词: the surname and title alone
    assert not [name for name in found if name in ("伯渠", "克温", "李副主席")]


def test_no_title_of_a_function_character_between_two_names() -> None:
    line = "老张和处长李明谈话。"  # 张 and 李明: two persons, 和 between them
    entities = [(1, 2, "PER", 0.9), (5, 7, "PER", 0.9)]
    assert interposed(line, entities) == entities
    assert "张和处长李明" not in persons([line])


def test_no_given_name_where_the_next_person_has_a_title_of_its_own() -> None:
    line = "毛主席朱总司令"  # written as the paper does: two persons
    entities = [(0, 1, "PER", 0.97), (3, 4, "PER", 0.76)]
    assert interposed(line, entities) == entities


def test_a_name_appointed_to_a_title_is_a_person_wherever_the_article_writes_it() -> None:
    texts = texts_of("1956-03-13")  # 推选苟敬为护林组长: the CRF reads 苟敬 nowhere
    assert persons(texts).count("苟敬") == sum(text.count("苟敬") for text in texts)
    line = "牛佩琮等十五人组成委员会，并推时逸之为办事处主任、高延柳为副主任。"  # 1946-06-10
    assert [line[s:e] for s, e, k, _ in appointed(line, []) if k == "PER"] == ["时逸之"]


def test_no_appointment_of_a_body_or_a_group() -> None:
    line = "以美商上海电力公司为中心之长"  # (1948-08-28, a clause) no surname, no foreign name's shape
    assert appointed(line, []) == []
    line = "以苏联新领导为首"  # (1966-07-03: 以苏联新领导为代表) a group: no name's shape
    assert _APPOINTED.search(line) is not None  # read as an appointment, refused by the name's shape
    assert appointed(line, []) == []
    assert appointed("以苏联为首的", []) == []  # a place the dictionary knows


def test_no_appointment_of_a_common_word_nor_at_a_word_opening_with_first() -> None:
    for line in ("坚持以和平为首要目标。", "以农业为首要任务。", "以高产为目标的增长", "以党委为首"):
        assert appointed(line, []) == [], line
    assert [line[s:e] for line in ["以金日成为首"] for s, e, _, _ in appointed(line, [])] == [
        "金日成"
    ]  # a person's name


def test_the_names_pass_tags_no_person_at_a_common_word_after_yi() -> None:
    assert "和平" not in persons(["坚持以和平为首要目标。", "和平是人民的愿望。"])


def test_a_title_of_one_word_holding_a_function_character_is_a_title() -> None:
    """外长 (foreign minister) holds 外, a function character alone: the word is a title all the same."""
    assert interposed("钱外长其琛说", [(0, 1, "PER", 0.9), (3, 5, "PER", 0.9)]) == [(0, 5, "PER", 0.9)]
    assert interposed("李副外长明说", [(0, 1, "PER", 0.9), (4, 5, "PER", 0.9)]) == [(0, 5, "PER", 0.9)]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("军区刘副司令员及农妇青代表郭英同志", "刘副司令员"),  # 1947-02-08: the CRF reads 刘 alone
        ("续由朱总司令、彭副总司令、周恩来同志讲话", "彭副总司令"),  # 1947-03-11: the CRF reads nothing
        ("愿意麻烦一点，用彭科长的话说，就是不怕麻烦", "彭科长"),  # 1956-06-06
    ],
)
def test_a_surname_and_an_office_or_a_deputy_s_office_is_a_person(line: str, name: str) -> None:
    made = titled(line, zh_crf.entities([line])[0])
    assert name in [line[s:e] for s, e, k, _ in made if k == "PER"]


@pytest.mark.parametrize(
    ("article", "name", "unit"),
    [
        ("1947-02-08_冀鲁豫各界集会", "王县长", "张秋县"),  # the CRF reads 张秋县王
        ("1956-06-06_马鞍山铁厂", "彭科长", "运输科"),  # the CRF reads 科彭; 科 is cut alone
        ("1957-07-06_请看僮族自治地区", "王副院长", "广西师院"),  # the CRF reads the body 广西师院王
    ],
)
def test_the_head_of_a_unit_is_a_person_after_the_unit(article: str, name: str, unit: str) -> None:
    texts = texts_of(article)
    (line,) = [text for text in texts if unit + name in text][:1]
    found = [surface for surface, _, _ in names_in([line])]
    assert name in found
    assert not [s for s in found if s.endswith(unit + name[0])]  # the name read across ends before it


def test_a_name_the_crf_read_across_a_unit_and_a_surname_ends_before_the_surname() -> None:
    line = "张秋县王县长"  # 张秋县 is a county, no person; the dictionary knows no place 张秋: nothing
    assert addressed(line, [(0, 4, "PER", 0.96)]) == [(3, 6, "PER", ADDRESSED_PROBABILITY)]
    # 科 alone is left of 科彭: dropped
    assert addressed("运输科彭科长", [(2, 4, "PER", 0.44)]) == [(3, 6, "PER", ADDRESSED_PROBABILITY)]


@pytest.mark.parametrize(
    "line",
    [
        "李强部长说。",  # the name ends in a surname, after no unit: 李强 (the policy's 李强部长 → 李强)
        "本县县长说。",  # no surname after the unit
        "该区区长说。",
        "工业部部长说。",
        "这个县长期以来如此。",
        "全市长江沿岸。",
        "中央书记处书记说。",
    ],
)
def test_no_head_after_a_unit_without_a_surname_nor_after_a_name(line: str) -> None:
    made = addressed(line, zh_crf.entities([line])[0])
    assert not [line[s:e] for s, e, k, p in made if k == "PER" and p == ADDRESSED_PROBABILITY]
    assert "强部长" not in persons([line])


@pytest.mark.parametrize(
    "line",
    [
        "他把情况向厂长汇报了。",  # 向: a preposition
        "由于不同意13名原部长留任",  # 原: former
        "商日龙大尉等到达国境线畹町",  # the end of a name, not 龙大尉
        "全厂长期坚持技术革新。",
        "运输公司车队长李明说。",  # 李明's office (李强部长 → 李强)
        "南区长王明说。",
        "地方党书记。",
        "支书记。",
        "车队长说，这趟任务很重。",
        "他对路局长说。",
    ],
)
def test_no_person_of_a_function_word_a_qualifier_or_a_name_s_end_before_an_office(line: str) -> None:
    made = addressed(line, zh_crf.entities([line])[0])
    assert not [line[s:e] for s, e, k, p in made if k == "PER" and p == ADDRESSED_PROBABILITY]


@pytest.mark.parametrize(
    "sentence",
    [
        "村里的大爷大娘都来了。房东大娘给战士们烧水。",
        "各位大娘，各位大爷，请坐。",
        "老大娘笑着说，大爷们也笑了。军属大娘送来鸡蛋。",
        "联合国秘书处发表公报。",
        "中央书记处总书记处理日常工作。",
        "名誉会长宋庆龄出席。副会长赵朴初讲话。",
        "记者采访了商会会长和协会秘书。",
        "联合国秘书长说。",
        "他担任了国务院副秘书长。",
    ],
)
def test_no_person_of_a_form_of_address_or_an_office_without_a_surname(sentence: str) -> None:
    assert set(persons([sentence])) <= {"宋庆龄", "赵朴初"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("乡里的孙大娘和赵大爷来看望战士。", "孙大娘"),
        ("乡里的孙大娘和赵大爷来看望战士。", "赵大爷"),
        ("中共中央总书记胡耀邦会见了他们。胡总书记说，两党关系很好。", "胡总书记"),
        ("张大妈们正在扭秧歌。", "张大妈"),
        ("王秘书长在会上讲话。", "王秘书长"),  # 秘书长 is a title as 秘书 is (毛主席, 周总理)
        ("他给刘秘书长打了电话。", "刘秘书长"),
    ],
)
def test_a_surname_and_a_new_honorific_is_a_person(sentence: str, name: str) -> None:
    assert name in persons([sentence])


def converted(tmp_path: Path, source: Path, pattern: str) -> list[str]:
    out = tmp_path / "out.xml"
    subprocess.run(
        [sys.executable, "-m", "encoder", "convert", "-q", str(source), "-o", str(out)], check=True, cwd=ROOT
    )
    return re.findall(pattern, out.read_text(encoding="utf-8"))


def made_article(tmp_path: Path, date: str, paras: list[str]) -> Path:
    y, m, d = (int(x) for x in date.split("-"))
    doc = {
        "title": paras[0],
        "authors": [],
        "dates": [{"year": y, "month": m, "day": d}],
        "parts": [{"type": "paragraph", "text": p} for p in paras],
    }
    source = tmp_path / f"{date}_{paras[0][:4]}.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return source


def test_jiang_zongshuji_is_the_authority_s_jiang_zemin(tmp_path: Path) -> None:
    # as 毛主席 → mao-zedong, 周总理 → zhou-enlai: the form is the authority entry's (no other 江 held it)
    paras = ["江泽民总书记在会上讲话。", "江总书记指出，要加强党的建设。", "江总书记还说，要团结。"]
    refs = converted(tmp_path, made_article(tmp_path, "1995-04-02", paras), r'ref="#[^"]*?\.([^".]+)"[^>]*>江总书记<')
    assert refs and set(refs) == {"jiang-zemin"}
    (source,) = sorted(JSON_DEV.glob("1997-01-02_江泽民会见*.json"))  # 江泽民 eight times, 江总书记 once
    refs = converted(tmp_path, source, r'ref="#[^"]*?\.([^".]+)"[^>]*>江总书记<')
    assert refs and set(refs) == {"jiang-zemin"}


def test_hu_zongshuji_is_no_authority_person(tmp_path: Path) -> None:
    # 胡耀邦 (1982-87) and 胡锦涛 (2002-12) both held the title: the form names no authority entry
    paras = ["中共中央总书记胡耀邦会见了他们。", "胡总书记说，两党关系很好。"]
    refs = converted(tmp_path, made_article(tmp_path, "1984-04-02", paras), r'ref="#[^"]*?\.([^".]+)"[^>]*>胡总书记<')
    assert refs and all(ref.startswith("local-") for ref in refs)


def test_no_person_ending_in_the_county_of_a_head_after_it() -> None:
    made = addressed("张秋县王县长", [(0, 4, "PER", 0.96)])
    assert [(s, e) for s, e, k, _ in made if k == "PER"] == [(3, 6)]
    assert "张秋县" not in persons(texts_of("1947-02-08_冀鲁豫各界集会"))  # the gold: a place


def test_a_section_cut_before_its_head_is_no_body() -> None:
    # the policy tags no sub-unit named relative to a unit (干部科): 运输 | 科 left of 运输科彭 is none
    found = names_in(["运输科彭科长说，工作要抓紧。"])
    assert ("彭科长", PhraseKind.PERSON) in [(s, k) for s, k, _ in found]
    assert "运输科" not in [s for s, _, _ in found]
    # a body named by its place or its own word stays one (广西 | 师院, 财经 | 办事处)
    assert addressed("财经办事处罗主任谈", [(0, 6, "ORG", 0.8)])[0] == (0, 5, "ORG", 0.8)


def test_the_head_of_a_bureau_the_crf_read_into_the_office() -> None:
    # the CRF reads 公安局马局 across the surname into the office 局长
    found = [(s, k) for s, k, _ in names_in(["他是教育局的人。公安局马局长来了。"])]
    assert ("马局长", PhraseKind.PERSON) in found
    assert ("公安局马局", PhraseKind.ORG) not in found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("运输科彭科长说，工作要抓紧。", "彭科长"),
        ("广西师院王副院长陪同参观。", "王副院长"),
        ("张秋县王县长主持了大会。", "王县长"),
    ],
)
def test_a_head_after_a_unit_is_read(sentence: str, name: str) -> None:
    assert name in persons([sentence])


@pytest.mark.parametrize(
    "sentence",
    [
        "湖北省黄石市长到会讲话。",
        "校团委书记说。",
        "中央书记处书记说。",
        "这个县长期以来如此。",
        "他调到县里当了秘书。",
    ],
)
def test_no_head_where_no_surname_follows_the_unit(sentence: str) -> None:
    assert persons([sentence]) == []
