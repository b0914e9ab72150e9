"""One sense per article, on real articles: a person the CRF reads short once is read whole
where the article always writes it so (库烈聘, 月敏貌), and tagged wherever it is written; not
with the first character of a following word (德奎利亚尔 + 今天), nor a name inside a longer one
(茵莱 of 茵莱湖)."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.enrich import statistical, zh_crf, zh_discourse
from encoder.model import PhraseKind

from .test_names_crf import CRF, names_in
from .test_zh_titles import texts_of

pytestmark = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")


def persons(texts: list[str]) -> list[str]:
    return [surface for surface, kind, _ in names_in(texts) if kind is PhraseKind.PERSON]


@pytest.mark.parametrize(
    ("article", "name"),
    [("1953-01-07", "库烈聘"), ("1962-01-06", "月敏貌"), ("1993-05-13", "刘大为")],  # 刘大为: read whole once
)
def test_a_person_read_short_is_read_whole_wherever_the_article_writes_it(article: str, name: str) -> None:
    texts = texts_of(article)
    written = sum(text.count(name) for text in texts)
    found = persons(texts)
    assert written >= 4
    assert found.count(name) == written
    assert not [s for s in found if s != name and name.startswith(s)]  # 库烈, 月敏


@pytest.mark.parametrize(
    ("name", "lines", "char"),
    [("马尔", ["意大利人马尔科说", "马尔科还说"], "科"), ("李正", ["厂长李正科说", "李正科还说"], "科")],
)
def test_a_name_ending_with_the_first_character_of_an_office_head_is_completed(
    name: str, lines: list[str], char: str
) -> None:
    # 科 (科长), 经 (经理), 区 (区长)… are no followers: they end given names (马尔科, 李正科)
    assert zh_discourse._next_character(name, lines) == char
    assert not set("经厂区乡村科局处社氏") & zh_discourse.FOLLOWERS


def test_the_crf_alone_reads_the_name_short_and_the_article_completes_it() -> None:
    texts = texts_of("1953-01-07")
    found = dict(zip(texts, zh_crf.entities(texts), strict=True))
    read = {line[s:e] for line, entities in found.items() for s, e, kind, _ in entities if kind == "PER"}
    assert "库烈" in read and "库烈聘" not in read
    completed = zh_discourse.completed(found)
    read = {line[s:e] for line, entities in completed.items() for s, e, kind, _ in entities if kind == "PER"}
    assert "库烈聘" in read and "库烈" not in read


def test_no_character_of_a_following_word_and_no_name_inside_a_longer_one() -> None:
    found = persons(texts_of("1985-02-23"))
    assert "佩雷斯·德奎利亚尔" in found  # written twice before 今天
    assert not [s for s in found if s.endswith("今")]
    found = names_in(texts_of("1977-04-30"))
    assert ("茵莱", PhraseKind.PERSON) not in [(s, k) for s, k, _ in found]
    assert ("茵莱湖", PhraseKind.PLACE) in [(s, k) for s, k, _ in found]


def test_a_person_read_short_is_not_made_sure_by_its_repetition_alone() -> None:
    """库烈, read once by the CRF and written 24 times, always before 聘: written often, but read
    short, so it stays below ``high`` when the article's writing does not complete it."""
    texts = texts_of("1953-01-07")
    found = dict(zip(texts, zh_crf.entities(texts), strict=True))
    assert zh_discourse.read_short("库烈", texts) and not zh_discourse.read_short("库烈聘", texts)
    lifted = statistical.recurring(found)
    assert {p for line, entities in lifted.items() for s, e, _, p in entities if line[s:e] == "库烈"} == {zh_crf.MEDIUM}
    lifted = statistical.recurring(zh_discourse.completed(found))
    assert {p for line, entities in lifted.items() for s, e, _, p in entities if line[s:e] == "库烈聘"} == {zh_crf.HIGH}


def test_a_person_read_longer_than_a_surer_reading_of_the_article_is_cut_to_it() -> None:
    found = persons(texts_of("1975-04-03"))
    assert "李关金刚" not in found and found.count("李关金") >= 10  # 李关金刚任队长: 刚 is "just"
    assert "金登杜·约瑟夫" in persons(texts_of("1961-06-30"))  # a foreign full name stays whole


def test_a_sure_reading_is_not_cut_to_a_shorter_name_of_the_article() -> None:
    short, whole = ("刘华同志", [(0, 2, "PER", 0.9999)]), ("刘华清说", [(0, 3, "PER", 0.9998)])
    cut = zh_discourse._cut_to_surer(dict([short, whole]))
    assert cut["刘华清说"] == [(0, 3, "PER", 0.9998)]  # 刘华清 is someone else, read surely
    unsure = zh_discourse._cut_to_surer({"刘华同志": [(0, 2, "PER", 0.9999)], "刘华清说": [(0, 3, "PER", 0.8)]})
    assert unsure["刘华清说"] == [(0, 2, "PER", 0.8)]  # an unsure longer reading is cut to the sure one


def test_a_person_inside_a_place_the_article_names_is_not_made_sure_by_its_repetition() -> None:
    """梁峪 (a village, 梁峪村 in one line) is read as a person three times: written often, but
    a place too, so it stays below ``high``."""
    source = Path(__file__).resolve().parents[2] / "source" / "rmrb" / "1946-05-15_劳动的妇女们.md"
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = statistical.recurring(zh_discourse.completed(dict(zip(lines, zh_crf.entities(lines), strict=True))))
    read = {
        (line[s:e], kind, p) for line, entities in found.items() for s, e, kind, p in entities if "梁峪" in line[s:e]
    }
    assert ("梁峪村", "LOC") in {(surface, kind) for surface, kind, _ in read}
    assert all(p < zh_crf.HIGH for surface, kind, p in read if (surface, kind) == ("梁峪", "PER"))


def test_a_foreign_place_written_where_only_a_person_stands_is_a_person_in_the_article() -> None:
    texts = texts_of("1967-04-07")  # 卖国贼蒙博托, 蒙博托上台, 蒙博托这个傀儡: the CRF reads a place
    found = names_in(texts)
    assert sum(1 for name, kind, _ in found if name == "蒙博托" and kind is PhraseKind.PERSON) >= 20
    assert not [name for name, kind, _ in found if name == "蒙博托" and kind is PhraseKind.PLACE]


def test_one_sign_alone_or_a_han_place_does_not_make_a_person() -> None:
    line = "卖国贼蒙博托对人民则采取了野蛮镇压。"  # one sign: the CRF's reading stays
    entities = {line: [(3, 6, "LOC", 0.81)]}
    assert zh_discourse.actors(entities) == entities
    line = "叛徒上海上台，叛徒上海上台"  # written to test: no foreign name's shape
    entities = {line: [(2, 4, "LOC", 0.9), (9, 11, "LOC", 0.9)]}
    assert zh_discourse.actors(entities) == entities


def test_no_person_of_a_place_in_apposition_on_stage_or_qualified_as_a_body() -> None:
    line = "基桑加尼——这个美丽的城市，基桑加尼——这个英雄的城市"  # an apposition that is no person noun
    entities = {line: [(0, 4, "LOC", 0.9), (14, 18, "LOC", 0.9)]}
    assert zh_discourse.actors(entities) == entities
    line = "乐团在莫斯科上台演出，又在莫斯科上台表演"  # going on stage
    entities = {line: [(3, 6, "LOC", 0.9), (13, 16, "LOC", 0.9)]}
    assert zh_discourse.actors(entities) == entities
    line = "傀儡西贡政权和傀儡西贡政权"  # an epithet of a body
    entities = {line: [(2, 4, "LOC", 0.9), (9, 11, "LOC", 0.9)]}
    assert zh_discourse.actors(entities) == entities
    line = "蒙博托——这个叛徒，卖国贼蒙博托"  # the signs of a person still hold
    entities = {line: [(0, 3, "LOC", 0.9), (13, 16, "LOC", 0.9)]}
    assert [k for _, _, k, _ in zh_discourse.actors(entities)[line]] == ["PER", "PER"]


def test_an_epithet_before_a_verb_and_coming_to_power_after_zai_are_signs_of_a_person() -> None:
    """派 and 帮 open verbs (派兵, 帮助) as well as bodies (派系, 帮派); 在…上台以后 is a time, a person's."""
    assert zh_discourse._acting("卖国贼蒙博托派兵入侵扎伊尔", 3, 6)
    assert zh_discourse._acting("走狗蒙博托帮助美帝", 2, 5)
    assert zh_discourse._acting("在尼克松上台以后", 1, 4)
    assert not zh_discourse._acting("乐团在莫斯科上台演出", 3, 6)
    assert not zh_discourse._acting("走狗蒙博托帮派", 2, 5)


def test_the_short_form_of_a_long_name_the_article_writes_whole_is_a_person() -> None:
    texts = texts_of("1984-11-03_中曾根谈新内阁")  # 中曾根康弘 … 中曾根强调说; 安倍晋太郎 … 安倍说
    found = persons(texts)
    assert found.count("安倍") >= 5
    assert "中曾根康弘" in found and "安倍晋太郎" in found
    # the CRF is surer of the body 中曾根新内阁 (0.96) than of 中曾根康弘 (0.92), so the article's
    # reading keeps it a body; the premier's cabinet is then the premier (:mod:`.zh_labels`), as
    # the name gold reads it (中曾根新内阁 → 中曾根)
    named = names_in(texts)
    assert ("中曾根", PhraseKind.PERSON, "zh_ner") in named
    assert not [n for n in named if n[0] == "中曾根新内阁"]


def test_a_cabinet_named_by_its_premier_gives_way_to_his_short_name() -> None:
    lines = ["日本首相中曾根康弘今天下午举行记者招待会", "中曾根新内阁全体成员今天上午接受任命"]
    found = {
        lines[0]: [(4, 9, "PER", 0.92)],
        lines[1]: [(0, 6, "ORG", 0.80)],
    }
    assert zh_discourse.shortened(found)[lines[1]] == [(0, 3, "PER", 0.92)]
    surer = {**found, lines[1]: [(0, 6, "ORG", 0.96)]}  # the CRF surer of the body than of the name
    assert zh_discourse.shortened(surer) == surer


@pytest.mark.parametrize(
    "texts",
    [
        ["日本本田技研工业公司最高顾问本田宗一郎今天抵京。", "本田宗一郎说，", "本田公司生产的摩托车很受欢迎。"],
        ["日本首相铃木善幸今天说。", "铃木说，", "据报道，铃木公司今年的汽车出口比去年增加一成。"],
    ],
)
def test_a_firm_named_after_the_family_is_no_person(texts: list[str]) -> None:
    found = dict(zip(texts, zh_crf.entities(texts), strict=True))
    last = texts[-1]
    shortened = zh_discourse.shortened(found)[last]
    assert not [t for t in shortened if t[2] == "PER"]
    assert shortened == found[last]  # 铃木公司 keeps its org


def test_a_place_the_crf_reads_as_a_person_gives_no_short_form() -> None:
    lines = ["西德汉诺威市长今天说", "西德乒乓球协会主席到达西德的时候"]  # the CRF reads 西德汉诺威 as a person
    found = {lines[0]: [(0, 5, "PER", 0.75)], lines[1]: [(0, 7, "ORG", 0.98), (11, 13, "LOC", 0.99)]}
    assert zh_discourse.shortened(found) == found


@pytest.mark.parametrize(
    "texts",
    [["布尔加宁今天说。", "布尔加宁回顾了英国在南非发动布尔战争的历史"], ["阿拉法特今天说。", "阿拉是上海话"]],
)
def test_no_short_form_of_a_transliterated_name(texts: list[str]) -> None:
    found = dict(zip(texts, zh_crf.entities(texts), strict=True))
    assert zh_discourse.shortened(found) == found
    assert not [s for s in persons(texts) if s in ("布尔", "阿拉")]


def test_no_short_form_inside_a_word_of_the_cut() -> None:
    lines = ["巴勒斯坦民族权力机构主席阿拉法特今天说", "为得到阿拉伯国家的支持"]
    found = {lines[0]: [(12, 16, "PER", 0.99)], lines[1]: [(3, 6, "LOC", 0.99)]}
    assert zh_discourse.shortened(found) == found


def test_no_short_form_of_a_chinese_name_of_four_characters() -> None:
    lines = ["欧阳成潮先生说", "欧阳是复姓"]
    found = {lines[0]: [(0, 4, "PER", 0.99)], lines[1]: []}
    assert zh_discourse.shortened(found) == found


@pytest.mark.parametrize("tail", ["曾表示", "则认为", "亦"])
def test_the_short_form_followed_by_a_character_cut_alone_is_a_person(tail: str) -> None:
    """中曾根曾表示: the rule of 谢氏娇 (X氏's alone) takes nothing from the short forms."""
    lines = ["日本首相中曾根康弘今天抵京。", f"中曾根{tail}这个问题。"]
    found = {lines[0]: [(4, 9, "PER", 0.95)], lines[1]: []}
    assert zh_discourse.shortened(found)[lines[1]] == [(0, 3, "PER", 0.95)]


def test_a_surname_and_shi_names_again_a_person_named_before_in_full() -> None:
    texts = texts_of("1947-02-04_张岚峰被我军俘获")  # 张岚峰 in the title, then 张氏 ten times
    assert persons(texts).count("张氏") >= 6
    texts = texts_of("1948-03-01_捷克政局澄清反动派遭到粉碎")  # 哥特瓦尔德, then 哥氏
    assert persons(texts).count("哥氏") == 2


def test_a_surname_and_shi_before_a_verb_cut_alone_names_the_person_again() -> None:
    """1947-02-04 (与张氏有旧交, 张氏继称) and 1946-08-13 (据张氏谈) dev articles."""
    found = zh_discourse.surnamed(
        {"张岚峰被我军俘获": [(0, 3, "PER", 0.99)], "原在西北军与张氏有旧交，": [], "”张氏继称，": [], "据张氏谈：": []}
    )
    assert found["原在西北军与张氏有旧交，"] == [(6, 8, "PER", 0.99)]
    assert found["”张氏继称，"] == [(1, 3, "PER", 0.99)]
    assert found["据张氏谈："] == [(1, 3, "PER", 0.99)]


def test_a_word_for_chiang_s_side_vouches_for_no_surname_and_shi() -> None:
    """The merge's review: 蒋军, which the names pass drops as Chiang's side, named no person 蒋氏 is of."""
    found = zh_discourse.surnamed({"蒋军同志是县长。": [(0, 2, "PER", 0.99)], "据蒋氏谈，": []})
    assert found["据蒋氏谈，"] == []


@pytest.mark.parametrize(
    "texts",
    [
        ["记者往访时，张氏精神焕发，围炉畅谈。"],  # no 张… named before
        ["蒋介石的统治", "蒋氏父子"],  # a family
        ["刘少奇同志", "刘氏宗祠已经修复"],  # a clan
        ["谢明说", "解放军女战斗英雄谢氏娇代表南方妇女在大会上讲话。"],  # a name going on after 氏
        ["王明同志说。", "王氏宗亲会在香港成立。"],
        ["张学良将军发表谈话。", "张氏一门忠烈。"],
        ["蒋介石发表声明。", "蒋氏一家逃往台湾。"],
        ["宋子文到美国。", "宋氏姊妹。"],
        ["陈立夫和陈果夫。", "陈氏昆仲。"],
        ["赵树理说。", "赵氏孤儿的故事。"],
        ["华国锋同志视察了灾区。", "这里的气温约为华氏九十五度。"],  # a temperature's scale
        ["华国锋同志视察了灾区。", "气温高达华氏95度。"],
    ],
)
def test_no_person_of_a_surname_and_shi_naming_no_one_named_before(texts: list[str]) -> None:
    assert not [s for s in persons(texts) if "氏" in s and s != "谢氏娇"]
