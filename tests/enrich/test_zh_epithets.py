"""Epithets read as persons, on real articles: a one-character surname standing for a person
the article names (蒋介石), glued to a regime, an area or a gang (蒋政府, 蒋管区, 蒋帮), is no
person, nor a place; a real name of a surname and 军 or 方 (谢军, the chess player) stays, as
does one written where a reader sees a person; the review's inputs (round n) are tests."""

from __future__ import annotations

import pytest

from encoder.enrich import zh_epithets
from encoder.model import PhraseKind

from .test_names_crf import CRF, names_in
from .test_zh_titles import texts_of

pytestmark = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")


@pytest.mark.parametrize(
    ("article", "epithet"),
    [("1948-05-02", "蒋管区"), ("1970-02-05_敌视", "蒋帮")],
)
def test_an_epithet_of_a_person_the_article_names_is_no_name(article: str, epithet: str) -> None:
    texts = texts_of(article)
    assert sum(text.count(epithet) for text in texts) >= 3
    found = names_in(texts)
    assert not [name for name in found if name[0] == epithet]
    assert ("蒋介石", PhraseKind.PERSON) in {name[:2] for name in found}


def test_a_real_name_of_that_shape_stays() -> None:
    # the 1996-02-02 report of the chess match (谢军和苏珊第二盘棋速写): no other 谢 in it
    lines = ["谢军果断地将王前兵前进两格。", "很显然谢军不适应这种局面。", "观看谢军的动向。"]
    found = {line: [(line.index("谢军"), line.index("谢军") + 2, "PER", 0.99)] for line in lines}
    assert zh_epithets.dropped(found) == found


def test_the_epithet_goes_in_every_reading_only_beside_another_person_of_its_surname() -> None:
    lines = ["蒋介石的军事系统，因蒋帮在平绥东线遭受打击", "欢迎蒋管区的职工到解放区来"]
    found = {
        lines[0]: [(0, 3, "PER", 0.98), (10, 12, "PER", 0.96)],
        lines[1]: [(2, 5, "LOC", 0.8)],
    }
    assert zh_epithets.dropped(found) == {lines[0]: [(0, 3, "PER", 0.98)], lines[1]: [(2, 5, "LOC", 0.8)]}
    found[lines[1]].append((2, 5, "PER", 0.9))
    assert zh_epithets.dropped(found)[lines[1]] == []


def test_a_low_reading_names_no_other_person_of_the_surname() -> None:
    lines = ["蒋某的军事系统，因蒋帮在平绥东线遭受打击"]
    found = {lines[0]: [(0, 2, "PER", 0.3), (9, 11, "PER", 0.96)]}
    assert zh_epithets.dropped(found) == found
    found[lines[0]][0] = (0, 2, "PER", 0.9)
    assert zh_epithets.dropped(found) == {lines[0]: [(0, 2, "PER", 0.9)]}


def test_an_epithet_written_once_where_a_reader_sees_a_person_stays() -> None:
    lines = ["蒋介石的军事系统，因蒋帮在平绥东线遭受打击", "蒋帮同志说"]
    found = {lines[0]: [(0, 3, "PER", 0.98), (10, 12, "PER", 0.96)], lines[1]: [(0, 2, "PER", 0.9)]}
    assert zh_epithets.dropped(found) == found
    assert zh_epithets.seen_as_person("本报记者王军报道：", 4, 6)  # a byline
    assert zh_epithets.seen_as_person("钻井队长李军同志", 4, 6)
    assert zh_epithets.seen_as_person("队长李军向总理汇报", 2, 4)  # after a role


def test_the_authority_file_and_the_dictionary_name_the_other_person() -> None:
    lines = ["委员长的末日到了。", "蒋帮一个团被全歼，蒋帮残部逃窜。"]
    found = {lines[0]: [], lines[1]: [(0, 2, "PER", 0.86), (9, 11, "PER", 0.6)]}
    assert zh_epithets.dropped(found) == found
    assert zh_epithets.dropped(found, lambda: ["蒋介石"]) == {lines[0]: [], lines[1]: []}
    # 阎锡山, read by the CRF inside a body only, is a person of jieba's dictionary
    lines = ["阎锡山匪帮的末日到了。", "阎伪政权垮台了，阎伪政权的官员逃了。"]
    found = {lines[0]: [(0, 5, "ORG", 0.41)], lines[1]: [(0, 2, "PER", 0.8), (8, 10, "PER", 0.8)]}
    assert zh_epithets.dropped(found) == {lines[0]: [(0, 5, "ORG", 0.41)], lines[1]: []}


#: The review's inputs (round n): persons of a surname and 军 or 方 beside another person of the
#: surname, all persons (军 and 方 are no epithet's tail: :data:`.zh_epithets.TAILS`).
REAL_NAMES = {
    "李军": [
        "李鹏总理接见了全国劳动模范。",
        "来自大庆油田的钻井队长李军同志向李鹏总理汇报了工作。",
        "李军说，一定要多打油，打好油。",
    ],
    "李军 ": [
        "李军在男子十米气步枪比赛中夺得金牌。",
        "教练李永波说，李军发挥得很好。",
        "李军赛后说，这块金牌属于祖国。",
    ],
    "谢军": [
        "谢军在决赛中战胜了对手。",
        "国际象棋协会主席谢思明说，谢军的胜利是中国棋手的骄傲。",
        "谢军说，她要继续努力。",
    ],
    "梁军": ["梁军是新中国第一位女拖拉机手。", "梁军和她的队友梁秀英开着拖拉机下了地。", "人们都说梁军了不起。"],
    "朱军": ["中央电视台主持人朱军主持了晚会。", "朱镕基总理观看了演出。", "朱军说，能主持这台晚会感到光荣。"],
    "胡军": ["演员胡军在剧中扮演萧峰。", "胡军说，他很喜欢这个角色。", "导演胡玫认为胡军演得很好。"],
    "李方": ["李方在女子单打比赛中以二比一取胜。", "李方说，这场比赛打得很艰苦。", "教练李永波对李方的表现很满意。"],
    "陈方": ["陈方同志是一位老党员。", "陈方和陈毅同志是老战友。", "陈方说，要向年轻人学习。"],
    "王军": [
        "本报记者王军报道：",
        "王震同志在会上说，兵团要为新疆各族人民服务。",
        "王军在采访中了解到，王震同志十分关心职工生活。",
    ],
}


@pytest.mark.parametrize("person", list(REAL_NAMES))
def test_a_person_named_with_jun_or_fang_stays_beside_another_of_the_surname(person: str) -> None:
    texts = REAL_NAMES[person]
    name = person.strip()
    found = [surface for surface, kind, _ in names_in(texts) if kind is PhraseKind.PERSON]
    assert found.count(name) == sum(text.count(name) for text in texts)


def test_an_army_of_a_surname_stays_read_as_the_crf_reads_it() -> None:
    # 军 is no tail: 阎军 beside 阎锡山 is left to the CRF and :func:`.zh_signs.army`
    texts = ["阎锡山匪帮的末日到了。", "阎军一个团在汾阳被我全歼。", "阎军残部向太原逃窜，阎军士气低落。"]
    assert ("阎锡山", PhraseKind.PERSON) in {name[:2] for name in names_in(texts)}


def test_the_dictionary_names_the_other_person() -> None:
    # the CRF reads nothing in 汪精卫叛国投敌后: jieba's dictionary tags 汪精卫 a person
    texts = ["汪精卫叛国投敌后，", "汪伪政权的军队配合日寇扫荡。", "汪伪军警到处抓丁，汪伪特务横行。"]
    assert not [name for name in names_in(texts) if name[0] == "汪伪"]


@pytest.mark.parametrize(
    ("article", "run"),
    [("1946-12-05_上海摊贩惨案", "蒋宋孔陈"), ("1976-12-09_大搞结党营私", "王张江姚")],
)
def test_four_one_character_surnames_standing_for_four_families_are_no_person(article: str, run: str) -> None:
    texts = texts_of(article)
    assert sum(text.count(run) for text in texts) >= 1
    assert not [name for name in names_in(texts) if run in name[0]]


@pytest.mark.parametrize("name", ["葛罗米柯", "司马相如", "欧阳文彬", "王张江", "刘王立明", "蒋宋美龄"])
def test_a_transliteration_a_compound_surname_or_a_name_of_three_is_no_run_of_surnames(name: str) -> None:
    assert not zh_epithets.surname_run(name)
    line = f"{name}说"
    kept = zh_epithets.dropped({line: [(0, len(name), "PER", 0.9)]})
    assert kept == {line: [(0, len(name), "PER", 0.9)]}


def test_a_run_of_surnames_read_as_a_person_is_dropped_with_every_reading_of_it() -> None:
    lines = {
        "蒋宋孔陈四大家": [(0, 4, "PER", 0.9)],
        "只许蒋宋孔陈发财": [(2, 6, "LOC", 0.5)],
        "张王李赵": [(0, 4, "LOC", 0.5)],  # read as a place only: not this rule's
    }
    expected = {"蒋宋孔陈四大家": [], "只许蒋宋孔陈发财": [], "张王李赵": [(0, 4, "LOC", 0.5)]}
    assert zh_epithets.dropped(lines) == expected


@pytest.mark.parametrize("line", ["彭罗陆杨反党集团", "王张江姚反党集团"])
def test_a_run_of_common_surnames_with_two_transliteration_characters_is_dropped(line: str) -> None:
    # 彭罗陆杨 (彭真, 罗瑞卿, 陆定一, 杨尚昆): 彭 and 罗 are transliteration characters and surnames
    assert zh_epithets.dropped({line: [(0, 4, "PER", 0.9)]}) == {line: []}


@pytest.mark.parametrize("name", ["范徐丽泰", "陈方安生", "叶刘淑仪", "陈冯富珍", "欧阳修文", "司马光华", "葛罗米柯"])
def test_four_character_names_are_kept(name: str) -> None:
    # married names of Hong Kong, compound surnames, a transliteration of three such characters
    line = f"{name}说"
    assert zh_epithets.dropped({line: [(0, 4, "PER", 0.9)]}) == {line: [(0, 4, "PER", 0.9)]}


def test_the_names_pass_reads_no_person_in_peng_luo_lu_yang() -> None:
    texts = ["彭罗陆杨问题已经平反。", "所谓彭罗陆杨反党集团完全是诬陷。"]
    assert "彭罗陆杨" not in [s for s, kind, _ in names_in(texts) if kind is PhraseKind.PERSON]
