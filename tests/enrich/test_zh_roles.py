"""Characters of films and plays found by the word that casts them (zh_roles), on real sentences
of the paper and of the MSRA data; and where nothing is read: a noun, an office, the actor."""

from __future__ import annotations

import importlib.util

import pytest

from encoder.enrich.zh_roles import cast, readings
from encoder.model import PhraseKind

from .test_names_crf import names_in

CRF = importlib.util.find_spec("jieba") is not None and importlib.util.find_spec("pycrfsuite") is not None
needs_crf = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")

CREDITS = (
    "特别值得提出的是肖驰（饰兰英）、杨威（饰社主任）、杨静（饰大金子）、刘季云（饰羊官老九）、纯绵（饰满仓）等同志。"
)


def read(line: str) -> list[str]:
    return [line[start:end] for start, end in readings(line)]


@needs_crf
@pytest.mark.parametrize(
    ("line", "names"),
    [
        (CREDITS, ["兰英", "大金子", "满仓"]),  # not 社主任 (an office), nor 羊官老九 (four characters)
        ("由著名导演阿哥里导演，扮演鲁妈和周朴园的演员都是阿尔巴尼亚的著名演员。", ["鲁妈"]),
        ("它显示了影片主人公满仓、兰英这一对青年男女的成长。", ["满仓"]),
        ("他在电影中扮演潘汉年，时时处处感到", ["潘汉年"]),
        ("扮演潘汉年，时时处处感到", []),  # no play nor film in the line: 扮演 is rhetoric more often
        ("他在影片中扮演角色，", []),  # a noun of the dictionary
        ("“装饰门面”借以扮演风雅，但那毕竟是", []),  # a rare noun of the dictionary
        ("《雷锋的日子》中雷锋的扮演者吴军。", []),  # the actor, not a part
        ("美国在这场冲突中扮演了不光彩的角色。", []),
        ("在革命现代京剧《红灯记》中，钱浩梁扮演李玉和，高玉倩扮演李奶奶。", ["李玉和"]),  # not 李玉
        ("浩亮饰演李玉和的形象", ["李玉和"]),  # a person's name of the dictionary
        ("服饰演变史，装饰演出大厅，首饰演变，", []),  # 饰 ends a word: no cue
    ],
)
def test_a_character_is_read_after_the_word_that_casts_it(line: str, names: list[str]) -> None:
    assert read(line) == names


@needs_crf
@pytest.mark.parametrize(
    "line",
    [  # the paper's rhetoric: 扮演 casts no part in a line about no play nor film
        "在这场侵略战争中，日本反动派扮演帮凶，为美国提供基地。",
        "他们在国际舞台上扮演小丑，到处招摇撞骗。",
        "以色列在中东扮演马前卒，美帝国主义则在幕后操纵。",
        "林彪在这场斗争中扮演卫道士，妄图复辟。",
        "美国企图在中东扮演仲裁人，苏联则扮演保护人，都是为了争夺霸权。",
        "这位特使在两国之间扮演说客，频繁往来。",
        "南朝鲜傀儡集团在越南战场上扮演打手，充当美帝的马前卒。",
    ],
)
def test_rhetoric_casts_no_part(line: str) -> None:
    assert read(line) == []


ROLED = "老村长 新书记 小战士 老贫农 老母亲 新角色 日本兵 美国兵 敌军官 三叔 大伯 老队长 小丑 太后 阿姨 老汉".split()
WORDS = "好角色 两角 帮凶 马前卒 卫道士 仲裁人 警察 打手 恶霸 说客 连长 反派 红卫兵 解放军".split()


@needs_crf
@pytest.mark.parametrize("part", [*ROLED, *WORDS])
def test_a_part_named_by_a_role_or_a_word_is_no_name(part: str) -> None:
    assert read(f"青年演员王建国在剧中扮演{part}，演得很有分寸。") == []
    if part in ROLED:  # in a credit a verb of the dictionary may be a name (饰满仓), a role never
        assert read(f"王建国（饰{part}）") == []


@needs_crf
def test_a_person_read_with_the_cue_gives_way_to_the_name() -> None:
    start = CREDITS.index("饰兰英")
    found = cast({CREDITS: [(start, start + 3, "PER", 0.90)]})
    assert (start + 1, start + 3, "PER", 0.5) in [(s, e, k, 0.5) for s, e, k, _ in found[CREDITS]]
    assert all(s != start for s, _, _, _ in found[CREDITS])


@needs_crf
def test_the_character_is_found_again_where_the_article_names_it() -> None:
    texts = [
        CREDITS,
        "影片更好地体现公社化之前，大跃进初期的人们的精神面貌还有些不足；对满仓这样一个正面人物还用力不够。",
        "大金子正害怕见人，兰英闯进家里看到自己一直羡慕的大金子如此狼狈的归来，更增加了自己的悔恨和委屈情绪。",
    ]
    persons = [surface for surface, kind, _ in names_in(texts) if kind is PhraseKind.PERSON]
    assert persons.count("满仓") == 2 and persons.count("大金子") == 3 and persons.count("兰英") == 2


@needs_crf
@pytest.mark.parametrize(
    ("texts", "word"),
    [
        (["在这场侵略战争中，日本反动派扮演帮凶，为美国提供基地。", "这个帮凶的下场是可耻的。"], "帮凶"),
        (["他们在国际舞台上扮演小丑，到处招摇撞骗。", "这些小丑的表演是拙劣的。"], "小丑"),
        (["以色列在中东扮演马前卒，美帝国主义则在幕后操纵。", "马前卒终究是马前卒。"], "马前卒"),
        (["林彪在这场斗争中扮演卫道士，妄图复辟。", "这个卫道士的嘴脸暴露无遗。"], "卫道士"),
        (["美国企图在中东扮演仲裁人，苏联则扮演保护人。", "所谓仲裁人，不过是侵略者的代名词。"], "仲裁人"),
        (["李炳淑扮演江水英，某某扮演老队长，都很出色。", "老队长的形象真实可信。"], "老队长"),
        (["剧场内部装饰演出大厅，富丽堂皇。", "出大厅后，观众纷纷赞叹。"], "出大厅"),
    ],
)
def test_no_role_is_found_again_through_the_article(texts: list[str], word: str) -> None:
    assert all(word not in surface for surface, kind, _ in names_in(texts) if kind is PhraseKind.PERSON)
