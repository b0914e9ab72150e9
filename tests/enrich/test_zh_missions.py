"""Groups sent on a mission (:mod:`encoder.enrich.zh_missions`): a delegation named by where it
comes from and what its members are is descriptive (the policy), no organisation; on articles
of ``tests/fixtures/rmrb-json-dev/`` (two of the dev name gold, one in no gold) and on made-up
bodies that end as a group does and are named; what a dropped delegation names before its
mission word, the body that sends it or the place it comes from, is given back
(:func:`.zh_missions.given_back`), on articles in no gold and on made-up boundaries."""

from __future__ import annotations

import pytest

from encoder.enrich.zh_conventions import plausible
from encoder.enrich.zh_missions import given_back, mission
from encoder.model import PhraseKind

from .test_names_crf import CRF, names_in
from .test_zh_conventions import LOC, ORG, at
from .test_zh_titles import texts_of

needs_crf = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")


@needs_crf
@pytest.mark.parametrize(
    ("article", "phrase"),
    [
        ("1994-08-02_旅游不仅有经济", "访华团"),  # 日本社会党友好之翼访华团, 日本商工会议所百人访华团
        ("1963-10-02_陈毅副总理接见外国工会代表", "代表团"),  # 工会代表团, …工会总评议会代表团
        ("1966-08-04_缅科学家代表团", "代表团"),  # 缅科学家代表团 (in no gold)
    ],
)
def test_a_delegation_of_a_real_article_is_no_organisation(article: str, phrase: str) -> None:
    texts = texts_of(article)
    assert any(phrase in text for text in texts)
    orgs = [surface for surface, kind, _ in names_in(texts) if kind is PhraseKind.ORG]
    assert not [surface for surface in orgs if surface.endswith(phrase)]


@needs_crf
def test_the_body_written_before_a_visit_stays() -> None:
    found = names_in(texts_of("1994-08-02_旅游不仅有经济"))
    assert ("日本社会党", ORG) in {name[:2] for name in found}


@pytest.mark.parametrize(
    "surface",
    ["国会议员代表团", "中国妇女访华团", "贸易考察团", "特别调查团", "吉林省政府法律顾问团", "马尔加什代表团"],
)
def test_a_tagger_s_delegation_is_a_mission(surface: str) -> None:
    assert mission(at(surface, surface, ORG))
    assert not plausible(surface, at(surface, surface, ORG))


@pytest.mark.parametrize(
    "surface",
    # a party centre's delegation (the dev gold's), a presidium, troupes, groups of firms, a regiment
    ["印尼共产党中央代表团", "越南祖国战线中央委员会主席团", "中央芭蕾舞团", "东方歌舞团", "利库德集团", "第五兵团"],
)
def test_a_body_ending_as_a_group_does_is_no_mission(surface: str) -> None:
    assert not mission(at(surface, surface, ORG))


def test_only_a_tagger_s_organisation_is_judged() -> None:
    text = "中国妇女访华团"
    assert not mission(at(text, text, ORG, None))  # the authority file's
    assert not mission(at(text, text, LOC))


@needs_crf
@pytest.mark.parametrize(
    ("article", "name", "kind"),
    [  # articles in no gold
        ("1957-07-03_有朋自远方来", "北海道", PhraseKind.PLACE),  # 北海道农业访华团
        ("1976-09-05_中国人民解放军友好参观", "中国人民解放军", PhraseKind.ORG),  # …友好参观团
        ("1950-09-02_李维汉等组成招待委员会", "中央人民政府", PhraseKind.ORG),  # …西北访问团
    ],
)
def test_what_a_real_delegation_names_is_given_back(article: str, name: str, kind: PhraseKind) -> None:
    assert (name, kind) in {found[:2] for found in names_in(texts_of(article))}


@needs_crf
@pytest.mark.parametrize(
    ("surface", "name", "kind"),
    [
        ("中苏友好协会访苏代表团", "中苏友好协会", ORG),  # a visit between the body and the delegation
        ("中国人民保卫世界和平委员会赴朝慰问团", "中国人民保卫世界和平委员会", ORG),
        ("王国民族团结政府代表团", "王国民族团结政府", ORG),  # a government's own name
        ("冲绳县民访华团", "冲绳县", LOC),  # the people of a place of a level
        ("平津区代表团", "平津区", LOC),
        ("马来亚联合邦工商业贸易考察团", "马来亚联合邦", LOC),  # a place and its form of state
        ("北海道农业访华团", "北海道", LOC),  # the place before a word that names nothing
        ("马尔加什代表团", "马尔加什", LOC),  # a transliteration alone
    ],
)
def test_a_delegation_gives_back_what_it_names(surface: str, name: str, kind: PhraseKind) -> None:
    _, _, phrase = given_back(surface, at(surface, surface, ORG), [])
    assert (phrase.text, phrase.kind) == (name, kind)


@needs_crf
@pytest.mark.parametrize(
    "surface",
    [
        "美国政府代表团",  # a country's government: descriptive, the country only (the authority file's)
        "蒙苏两国代表团",  # a count of countries, no place's name
        "阿昌庞请代表团",  # a name going on (阿昌庞 + 请): no place
        "国会议员代表团",  # what its members are, no name
        "人民公社工作组代表团",  # a body named by its kind
        "印尼共产党中央代表团",  # a party centre's delegation stays whole
    ],
)
def test_a_delegation_naming_nothing_is_left_as_it_is(surface: str) -> None:
    found = at(surface, surface, ORG)
    assert given_back(surface, found, []) == found


def test_a_delegation_holding_a_known_name_is_left_as_it_is() -> None:
    surface = "日本商工会议所百人访华团"  # 日本, the authority file's, stands when the delegation goes
    found = at(surface, surface, ORG)
    assert given_back(surface, found, [at(surface, "日本", LOC, None)]) == found


@needs_crf
@pytest.mark.parametrize(
    "surface",
    [
        "外国代表团",  # a generic word of states (the lead's fresh text: 外国代表团)
        "各国代表团",
        "王国政府代表团",  # the Royal Government, named after its country once
        "共和国政府代表团",
        "亚非国家代表团",  # two one-character abbreviations joined
        "中苏代表团",
        "自治区人民政府代表团",  # a people's government named by its level alone
    ],
)
def test_a_generic_word_of_state_is_not_given_back(surface: str) -> None:
    found = at(surface, surface, ORG)
    assert given_back(surface, found, []) == found


@needs_crf
@pytest.mark.parametrize(
    ("surface", "name", "kind"),
    [
        ("马来亚代表团", "马来亚", LOC),  # 来亚 is no visit: the whole stem is a place
        ("马来亚访华团", "马来亚", LOC),  # a visit after the place is read off
        ("苏州市人民政府代表团", "苏州市人民政府", ORG),  # a people's government with its place
    ],
)
def test_a_visit_is_read_off_only_where_the_stem_is_no_place(surface: str, name: str, kind: PhraseKind) -> None:
    _, _, phrase = given_back(surface, at(surface, surface, ORG), [])
    assert (phrase.text, phrase.kind) == (name, kind)


@needs_crf
def test_a_span_opening_inside_a_word_gives_nothing_back() -> None:
    text = "接见桑给巴尔青年访华团"
    found = at(text, "巴尔青年访华团", ORG)  # the CRF's span, 桑给 cut off
    assert given_back(text, found, []) == found
    whole = at(text, "桑给巴尔青年访华团", ORG)  # opening at the word: its place comes back
    assert given_back(text, whole, [])[2].text == "桑给巴尔"


@needs_crf
@pytest.mark.parametrize(
    ("article", "word"),
    [  # articles in no gold
        ("1966-11-03_霍查同志接见外国代表团", "外国"),  # 外国代表团和观察员
    ],
)
def test_no_generic_word_of_state_is_a_place_of_a_real_article(article: str, word: str) -> None:
    texts = texts_of(article)
    assert any(word in text for text in texts)
    assert (word, PhraseKind.PLACE) not in {found[:2] for found in names_in(texts)}
