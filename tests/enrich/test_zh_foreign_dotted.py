"""Foreign persons written in parts joined by · (zh_foreign.stretched, zh_foreign.over_known): a
reading the CRF cut one or two syllables short is the whole name, and the whole name wins over
the authority file's places that are its syllables or its known surname; on sentences of the dev
fixtures, and where nothing changes: titles, verbs, words and things named after a person."""

from __future__ import annotations

import pytest

from encoder.enrich.naming import name_phrase
from encoder.enrich.zh_foreign import CUT, confirmed, over_known, stretched
from encoder.model import PhraseKind

from .test_names_crf import names_in, part_text
from .test_zh_foreign import needs_crf, persons


def _sentence(name: str, part: int, person: str) -> str:
    """The clause of a dev fixture's part that holds ``person``."""
    text = part_text(name, part)
    at = text.index(person)
    start = max(text.rfind(mark, 0, at) for mark in "，。：；") + 1
    return text[start : text.index("，", at + len(person)) if "，" in text[at:] else len(text)]


def _part(name: str, person: str) -> int:
    return next(i for i in range(40) if person in part_text(name, i))


@needs_crf
@pytest.mark.parametrize(
    ("fixture", "person", "cut"),
    [
        ("1963-10-02_陈毅副总理接见外国工会代表", "本贾明·安南·本顿姆", "贾明·安南·本顿姆"),
        ("1965-02-17_尼雷尔总统到上海", "姆布塔·米兰多", "布塔·米兰多"),
        ("1965-05-03_加纳政府代表团团长", "科佐·博齐约", "科佐·博齐"),
        ("1969-10-09_我驻苏丹使馆", "曼苏尔·马哈古卜", "曼苏尔·马哈古"),
        ("1962-08-05_班禅额尔德尼回到拉萨", "班禅额尔德尼·却吉坚赞", "班禅额尔德尼·却吉"),
        ("1991-01-02_畅谈国内外形势", "艾买提·瓦吉地", "艾买提·瓦吉"),
    ],
)
def test_a_dotted_name_the_crf_cut_short_is_read_whole(fixture: str, person: str, cut: str) -> None:
    found = persons(part_text(fixture, _part(fixture, person)))
    assert person in found
    assert cut not in found


@needs_crf
@pytest.mark.parametrize(
    ("fixture", "person", "place"),
    [
        ("1955-08-04_尼泊尔国王设宴", "阿努鲁达·普拉萨德·辛格", "拉萨"),
        ("1972-05-02_我驻尼泊尔大使", "兰加纳特·夏尔马", "加纳"),
        ("1972-05-02_我驻尼泊尔大使", "帕拉亚格·拉杰·苏瓦尔·辛格", "苏瓦"),
        ("1999-03-02_友好往来", "阿沙妮·苏瓦帕", "苏瓦"),
    ],
)
def test_a_dotted_name_wins_over_places_that_are_its_syllables(fixture: str, person: str, place: str) -> None:
    found = names_in([_sentence(fixture, _part(fixture, person), person)])
    assert (person, PhraseKind.PERSON) in {(surface, kind) for surface, kind, _ in found}
    assert place not in {surface for surface, _, _ in found}


@needs_crf
@pytest.mark.parametrize(
    ("fixture", "person", "known"),
    [
        ("1953-05-05_用马克思主义理论", "卡尔·马克思", "马克思"),  # the CRF at 0.75
        ("1954-03-07_“争取持久和平", "约·维·斯大林", "斯大林"),  # initials; at 0.77 and 0.88
    ],
)
def test_a_dotted_name_read_at_medium_wins_over_the_known_surname_ending_it(
    fixture: str, person: str, known: str
) -> None:
    found = persons(_sentence(fixture, _part(fixture, person), person))
    assert person in found
    assert known not in found


def _place(start: int, end: int, text: str) -> tuple[int, int, object]:
    return (start, end, name_phrase(PhraseKind.PLACE, text, "", "authority", None))


def test_places_that_are_no_syllables_of_a_dotted_name_stay_the_general_rule_s() -> None:
    # a place that is a whole part, or ends the name, or a name not written as transliterations
    assert over_known("苏瓦·辛格", "medium", [_place(0, 2, "苏瓦")], 0) is None
    assert over_known("辛格·普拉萨", "medium", [_place(4, 6, "拉萨")], 0) is False  # the general rule: high
    assert over_known("中国·北京", "high", [_place(0, 2, "中国"), _place(3, 5, "北京")], 0) is None
    assert over_known("普拉萨德·辛格", "low", [_place(1, 3, "拉萨")], 0) is False  # unsure
    assert over_known("普拉萨德·辛格", "medium", [_place(1, 3, "拉萨")], 0) is True
    assert over_known("普拉萨德辛格", "high", [_place(1, 3, "拉萨")], 0) is None  # no dot: the general rule


@pytest.mark.parametrize(
    ("line", "reading"),
    [
        ("（威廉·格雷作）", "威廉·格雷"),  # a credit's verb
        ("前外交国务大臣朱利安·艾默里指出，西方", "朱利安·艾默里"),  # a word of the cut after the name
        ("中小企业部长泰奥菲勒·阿胡瓦·恩多利一行。", "泰奥菲勒·阿胡瓦·恩多利"),
        ("出席宴会的还有希马拉雅·比尔·沙阿·德夫亲王，", "希马拉雅·比尔·沙阿·德夫"),  # a rank
        ("克鲁吉获马可·波罗奖。", "马可·波罗"),  # a thing named after a person
        ("科佐·博齐约的讲话", "科佐·博齐"),  # no mark closes the syllable
        ("会见巴布·巴哈杜尔时说", "巴布·巴哈杜尔"),  # 时
        ("他会见了杜·阿卜杜拉夫人，", "杜·阿卜杜拉"),
    ],
)
def test_no_stretch_past_a_title_a_verb_or_a_word(line: str, reading: str) -> None:
    start = line.index(reading)
    assert stretched(line, start, start + len(reading)) == (start, start + len(reading))


@pytest.mark.parametrize(
    ("line", "reading", "whole"),
    [
        ("总统私人秘书姆布塔·米兰多等。", "布塔·米兰多", "姆布塔·米兰多"),  # an office before
        ("以本贾明·安南·本顿姆为首", "贾明·安南·本顿姆", "本贾明·安南·本顿姆"),  # a grammatical word
        ("还有：希马拉雅·德夫亲王", "马拉雅·德夫", "希马拉雅·德夫"),  # a mark
    ],
)
def test_a_syllable_left_out_before_a_dotted_name_is_taken_in(line: str, reading: str, whole: str) -> None:
    start = line.index(reading)
    wider = stretched(line, start, start + len(reading))
    assert line[slice(*wider)] == whole


def test_no_stretch_before_a_dotted_name_after_a_word_or_onto_a_reading() -> None:
    assert stretched("会见萨杜·阿卜杜拉", 3, 9) == (3, 9)  # 见 is no office nor grammatical word
    entities = [(1, 2, "LOC", 0.99), (2, 6, "PER", 0.9)]  # the syllable is another reading's
    assert confirmed({"，希卡·德夫，": entities})["，希卡·德夫，"] == entities
    assert stretched("中国·北京", 0, 5) == (0, 5)


def _found(text: str) -> set[tuple[str, PhraseKind]]:
    return {(surface, kind) for surface, kind, _ in names_in([text])}


@pytest.mark.parametrize(
    ("line", "reading"),
    [
        ("代表团访问了民主德国的卡尔·马克思城，", "卡尔·马克思"),  # Karl-Marx-Stadt: a city
        ("他翻译了梅林的《卡尔·马克思传》。", "卡尔·马克思"),  # a biography's title
        ("卢沟桥被西方人称为马可·波罗桥。", "马可·波罗"),  # a bridge
        ("这次比赛是争夺约翰·肯尼迪杯。", "约翰·肯尼迪"),  # a cup named after a person
        ("美国纽约的乔治·华盛顿桥，", "乔治·华盛顿"),
        ("他们参观了列夫·托尔斯泰馆。", "列夫·托尔斯泰"),  # a hall named after a person
        ("访问了伊万·彼得罗夫城，", "伊万·彼得罗夫"),  # made up: an unknown last part, the head guards
    ],
)
def test_no_stretch_onto_a_thing_named_after_a_person(line: str, reading: str) -> None:
    # a known last part (马克思, 波罗, 华盛顿) ends the name; a head of a place, work or prize is no syllable
    start = line.index(reading)
    assert stretched(line, start, start + len(reading)) == (start, start + len(reading))


def test_a_cut_last_part_that_is_no_known_word_is_still_stretched() -> None:
    line = "外交部长科佐·博齐约，今晚"  # 1965-05-03: 博齐 is no word, 约 its syllable
    start = line.index("科佐")
    assert stretched(line, start, start + len("科佐·博齐")) == (start, start + len("科佐·博齐约"))


@needs_crf
def test_marco_polo_bridge_is_no_person_and_a_cup_keeps_its_person() -> None:
    assert ("马可·波罗桥", PhraseKind.PERSON) not in _found("卢沟桥被西方人称为马可·波罗桥。")
    assert ("约翰·肯尼迪", PhraseKind.PERSON) in _found("这次比赛是争夺约翰·肯尼迪杯。")


@needs_crf
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("苏联部长会议主席尼·亚·布尔加宁同志和尼·谢·赫鲁晓夫同志今天到达仰光。", ["尼·亚·布尔加宁", "尼·谢·赫鲁晓夫"]),
        ("出席的有：伊·谢·科涅夫元帅、罗·雅·马利诺夫斯基元帅。", ["伊·谢·科涅夫", "罗·雅·马利诺夫斯基"]),
        ("毛泽东主席致电约瑟夫·布罗兹·铁托总统，祝贺南斯拉夫国庆。", ["约瑟夫·布罗兹·铁托"]),
        ("他们瞻仰了卡尔·马克思墓。", ["卡尔·马克思"]),
        ("他的母亲南希·里根夫人也出席了。", ["南希·里根"]),
    ],
)
def test_dotted_names_after_titles_and_in_lists_are_whole(text: str, names: list[str]) -> None:
    found = _found(text)
    assert all((name, PhraseKind.PERSON) in found for name in names)


@needs_crf
def test_a_reading_that_starts_right_after_a_dot_does_not_win_over_the_known_surname() -> None:
    # 谢·赫鲁晓夫 starts after 尼· (of 尼·谢·赫鲁晓夫): a cut reading, below medium; 赫鲁晓夫 stays
    found = _found("出席大会的有苏联尼·谢·赫鲁晓夫、古巴菲德尔·卡斯特罗等各国领导人。")
    assert ("谢·赫鲁晓夫", PhraseKind.PERSON) not in found
    assert ("赫鲁晓夫", PhraseKind.PERSON) in found


def test_a_reading_after_a_dot_is_lowered_and_one_after_a_mark_is_not() -> None:
    line = "苏联尼·谢·赫鲁晓夫、约·维·斯大林"
    cut, whole = (line.index("谢"), line.index("、"), "PER", 0.8), (line.index("约"), len(line), "PER", 0.8)
    assert confirmed({line: [cut, whole]})[line] == [(*cut[:3], CUT), whole]


def test_no_stretch_back_onto_a_country_before_a_dotted_name() -> None:
    # 古巴 of 和古巴菲德尔·卡斯特罗 is the country (a list of country and leader), no cut syllable
    line = "和古巴菲德尔·卡斯特罗会谈。"
    start = line.index("菲德尔")
    assert stretched(line, start, start + len("菲德尔·卡斯特罗")) == (start, start + len("菲德尔·卡斯特罗"))
