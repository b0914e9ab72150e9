"""Persons a rule once lost (review of round zb, 2026-12-03): realistic People's Daily inputs
(1946–2003 shapes) where a person's string is also written right before a word of place or of
people (县, 市, 区, 省, 人): a county or a city named after the person (左权县, 高尔基市, 乔巴山市,
达尔文市, 江华县), a verb or a clause going on (省吃俭用, 区分了, 人老心红, 人小志气大, 人缘好,
人在病床), the last syllable of a transliteration (巴亚·阿拉乌奇区 of 1949). The names pass finds
each of these persons (code-zb did; a rule dropping a person's readings for such a neighbour,
``zh_placed``, lost all of them and was taken back): these tests keep any later rule from losing
them again. Names are read by the names pass's finder at medium (:func:`.test_names_crf.names_in`).
"""

from __future__ import annotations

import pytest

from encoder.model import PhraseKind

from .test_names_crf import CRF, names_in
from .test_zh_titles import texts_of

pytestmark = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")


def _persons(texts: list[str]) -> list[str]:
    return [surface for surface, kind, _ in names_in(texts) if kind is PhraseKind.PERSON]


# A person written once before a word of place or people, found in the whole article.
PERSONS = [
    pytest.param(
        [
            "本报太原五月二十四日电　山西省左权县各界人民今天集会，纪念左权将军牺牲四十周年。",
            "左权同志是我军优秀的高级指挥员，一九四二年五月在辽县十字岭反“扫荡”战斗中壮烈牺牲。"
            "为了纪念他，当时的边区政府决定将辽县改名为左权县。",
            "朱德同志曾写诗悼念左权同志。",
        ],
        "左权",
        3,
        id="zuoquan-county-named-after-the-general",
    ),
    pytest.param(
        [
            "中国共产党的优秀党员，久经考验的忠诚的共产主义战士，无产阶级革命家，原最高人民法院院长"
            "江华同志，因病医治无效，于1999年12月24日在杭州逝世，享年92岁。",
            "江华同志是湖南省江华县人，1926年参加中国共产党。",
            "江华同志的一生，是革命的一生。",
        ],
        "江华",
        2,
        id="jianghua-obituary-home-county",
    ),
    pytest.param(
        [
            "新华社莫斯科二十八日电　苏联各地今天纪念伟大的无产阶级作家高尔基诞生九十周年。",
            "在高尔基的故乡高尔基市，举行了隆重的纪念大会。",
            "高尔基的作品在苏联和全世界广为流传。",
        ],
        "高尔基",
        3,
        id="gorky-city",
    ),
    pytest.param(
        [
            "新华社乌兰巴托十日电　蒙古人民共和国部长会议主席乔巴山元帅今天视察了东方省首府乔巴山市的一些工厂。",
            "乔巴山元帅对工人们说，要努力完成国家计划。",
        ],
        "乔巴山",
        2,
        id="choibalsan-city",
    ),
    pytest.param(
        [
            "达尔文市是澳大利亚北部地区的首府，以英国生物学家达尔文的名字命名。",
            "一八三九年，达尔文乘坐的“贝格尔”号船的船员发现了这个港湾。",
        ],
        "达尔文",
        2,
        id="darwin-city",
    ),
    pytest.param(
        [
            "老贫农王德山省吃俭用，把积攒下来的一百元钱全部交给了生产队。",
            "王德山说：“集体富了，大家才能富。”",
            "在王德山的带动下，全队社员纷纷投资。",
        ],
        "王德山",
        3,
        id="sheng-chi-jian-yong",
    ),
    pytest.param(
        [
            "饲养员李长发人老心红，一心扑在集体的牲口上。",
            "李长发今年六十八岁，当了二十年饲养员。",
            "社员们都说，李长发是咱们队的好当家。",
        ],
        "李长发",
        3,
        id="ren-lao-xin-hong",
    ),
    pytest.param(
        ["女民兵赵金英人小志气大，第一次打靶就五发五中。", "赵金英说：“我要为保卫祖国练好本领。”"],
        "赵金英",
        2,
        id="ren-xiao-zhi-qi-da",
    ),
    pytest.param(
        ["张海迪人在病床，心向四化，自学了四门外语。", "张海迪说，我要做一个对社会有用的人。"],
        "张海迪",
        2,
        id="ren-zai-bing-chuang",
    ),
    pytest.param(
        ["张秉贵人缘好，顾客们都愿意到他的柜台来买糖果。", "张秉贵在百货大楼站了三十年柜台。"],
        "张秉贵",
        2,
        id="ren-yuan",
    ),
    pytest.param(
        ["李明人很好，大家都愿意同他商量事情。", "李明是去年复员回村的。"],
        "李明",
        2,
        id="ren-hen-hao",
    ),
    pytest.param(
        ["艾思奇区分了两种不同的认识方法。", "艾思奇同志指出，必须坚持唯物辩证法。"],
        "艾思奇",
        2,
        id="qu-fen",
    ),
]


@pytest.mark.parametrize(("texts", "person", "mentions"), PERSONS)
def test_a_person_written_before_a_word_of_place_stays_a_person(texts: list[str], person: str, mentions: int) -> None:
    assert _persons(texts).count(person) == mentions


def test_a_transliteration_ending_in_qu_is_a_person() -> None:
    texts = texts_of("1949-12-05_参加亚洲妇女代表会议")  # in no gold
    assert [p for p in _persons(texts) if p.startswith("巴亚·阿拉乌奇")]
