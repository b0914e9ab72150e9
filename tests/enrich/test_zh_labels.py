"""Bodies labelled by a person or a place: the person or the place alone (zh_labels)."""

from __future__ import annotations

import pytest

from encoder.enrich.zh_crf import MEDIUM
from encoder.enrich.zh_labels import denounced, labelled, read

from .test_names_crf import names_in, part_text
from .test_zh_conventions import LOC, ORG, PER, at, needs_crf, surfaces


def test_a_person_s_clique_or_troops_is_the_person_the_article_names() -> None:
    text = "朗诺在金边。四月二十五日，朗诺集团从磅清扬派出"  # 1973-05-06
    found = [at(text, "朗诺", PER), at(text, "金边", LOC), at(text, "朗诺集团", ORG)]
    assert surfaces(labelled(text, found)) == [("朗诺", PER), ("金边", LOC), ("朗诺", PER)]
    text = "中曾根康弘首相。在中曾根新内阁继续担任外相"  # 1984-11-03: the name opens the found one
    found = [at(text, "中曾根康弘", PER), at(text, "中曾根新内阁", ORG)]
    assert surfaces(labelled(text, found)) == [("中曾根康弘", PER), ("中曾根", PER)]
    text = "蒙博托伪军和雇佣军"  # the person named nowhere else: left as it is
    assert surfaces(labelled(text, [at(text, "蒙博托伪军", ORG)])) == [("蒙博托伪军", ORG)]
    text = "执政党利库德集团内部权力之争"  # 1983-09-01: a party, no person
    assert surfaces(labelled(text, [at(text, "利库德集团", ORG)])) == [("利库德集团", ORG)]


def test_a_firm_named_after_a_family_is_no_person_s_clique() -> None:
    text = "丰田汽车公司董事长丰田章一郎今天会见了中国代表团。他说，丰田集团愿意扩大对华合作。"
    found = [at(text, "丰田汽车公司", ORG), at(text, "丰田章一郎", PER), at(text, "丰田集团", ORG)]
    assert surfaces(labelled(text, found))[-1] == ("丰田集团", ORG)  # 集团 after a part of the name
    text = "丰田汽车公司的丰田说，丰田集团愿意扩大对华合作。"  # the whole name, but a firm opens with it
    found = [at(text, "丰田汽车公司", ORG), at(text, "丰田", PER, nth=1), at(text, "丰田集团", ORG)]
    assert surfaces(labelled(text, found))[-1] == ("丰田集团", ORG)
    text = "蒋介石在南京。蒋介石集团正在策划"  # the whole name, no firm: the person
    found = [at(text, "蒋介石", PER), at(text, "南京", LOC), at(text, "蒋介石集团", ORG)]
    assert surfaces(labelled(text, found))[-1] == ("蒋介石", PER)


def test_the_person_named_in_another_line_of_the_article() -> None:
    """Review: 日本首相中曾根康弘今天发表讲话。, then a paragraph 中曾根内阁的政策受到批评。: the person
    named elsewhere in the article (the CRF's readings of all its lines), not only in the same text."""
    first, second = "日本首相中曾根康弘今天发表讲话。", "中曾根内阁的政策受到批评。"
    found = read({first: [(0, 2, "LOC", 0.93), (4, 9, "PER", 0.87)], second: [(0, 5, "ORG", 0.99)]})
    assert found[second] == [(0, 3, "PER", 0.99)]
    unsure = read({first: [(4, 9, "PER", 0.5)], second: [(0, 5, "ORG", 0.99)]})  # the person below medium
    assert unsure[second] == [(0, 5, "ORG", 0.99)]
    firm = {
        "丰田汽车公司的丰田说。": [(0, 6, "ORG", 0.9), (7, 9, "PER", 0.9)],
        "丰田集团愿意合作。": [(0, 4, "ORG", 0.9)],
    }
    assert read(firm)["丰田集团愿意合作。"] == [(0, 4, "ORG", 0.9)]


@needs_crf
def test_the_names_pass_reads_a_cabinet_as_the_person_of_another_paragraph() -> None:
    found = names_in(["日本首相中曾根康弘今天发表讲话。", "中曾根内阁的政策受到批评。"])
    assert ("中曾根", PER, "zh_ner") in found and not any(surface == "中曾根内阁" for surface, _, _ in found)


@needs_crf
def test_a_place_s_team_or_troupe_is_the_place() -> None:
    text = "尤其对有阿根廷和英格兰队在内的第六小组议论"  # 2001-12-03
    found = [at(text, "阿根廷", LOC), at(text, "英格兰队", ORG)]
    assert surfaces(labelled(text, found)) == [("阿根廷", LOC), ("英格兰", LOC)]
    text = "上海杂技团结束在东京演出"  # 1974-08-21: a place of the dictionary
    assert surfaces(labelled(text, [at(text, "上海杂技团", ORG)])) == [("上海", LOC)]
    for text, body in (  # a body of its own after a place, or no place
        ("科兹洛夫指出，由于黑海舰队的分割问题尚未最终解决", "黑海舰队"),  # 1995-11-02
        ("会后由朝鲜人民军艺术团表演庆祝节目", "朝鲜人民军艺术团"),  # 1953-02-10
        ("红旗采煤队和胜利采煤队，七一采煤队", "胜利采煤队"),  # 1960-03-03
    ):
        assert surfaces(labelled(text, [at(text, body, ORG)])) == [(body, ORG)]
    text = "如中央歌舞团、中国戏曲研究院、中国杂技团、东北人民艺术剧院、上海乐团等单位挑选而来"  # 1953-07-05
    found = [at(text, body, ORG) for body in ("中央歌舞团", "中国戏曲研究院", "中国杂技团", "东北人民艺术剧院")]
    assert surfaces(labelled(text, found))[2] == ("中国杂技团", ORG)  # a standing body in a list of bodies


@needs_crf
def test_the_names_pass_reads_a_troupe_as_its_place() -> None:
    names = names_in(["演唱会、明星韩国艺术团大型晚会"])  # 2002-06-02
    assert ("韩国", LOC) in [(surface, kind) for surface, kind, _ in names]


def _part_or_none(fixture: str, part: int) -> str | None:
    try:
        return part_text(fixture, part)
    except IndexError:
        return None


@needs_crf
@pytest.mark.parametrize(
    ("fixture", "label", "person"),
    [
        ("1969-09-09_美帝在泰国犯下新的滔天罪行", "巴博卖国集团", "巴博"),
        ("1971-04-08_响应苏发努冯亲王的号召", "朗诺伪军", "朗诺"),
        ("1973-05-06_柬埔寨人民武装歼敌大批有生力量", "朗诺卖国集团", "朗诺"),
        ("1973-05-06_柬埔寨人民武装歼敌大批有生力量", "朗诺集团从", "朗诺"),  # the label names him for the article
    ],
)
def test_a_person_denounced_by_a_label_is_the_person_named_nowhere_else(fixture: str, label: str, person: str) -> None:
    parts = [text for text in (_part_or_none(fixture, i) for i in range(40)) if text]
    assert any(label in text for text in parts)
    found = [(surface, kind) for surface, kind, _ in names_in(parts)]  # the article's parts, as the pass reads them
    assert (person, PER) in found
    assert not any(surface.startswith(person) and kind is ORG for surface, kind in found)


def test_no_person_of_a_label_after_a_place_a_chinese_name_or_a_long_run() -> None:
    lines = {
        "越南伪军多名": [(0, 4, "ORG", 0.9)],  # a known place
        "华北伪军多名": [(0, 4, "ORG", 0.9)],
        "阮文绍伪军多名": [(0, 5, "ORG", 0.9)],  # characters of no transliteration: left to the article
        "阿巴斯卡拉巴伪军": [(0, 8, "ORG", 0.9)],  # six characters: no name of a label
        "美伪军": [(0, 3, "ORG", 0.9)],  # one character
        "朗诺集团从磅清扬派出": [(0, 4, "ORG", 0.99)],  # 集团 alone labels no one by itself
        "朗诺先生说": [(0, 2, "PER", 0.6)],  # no label after the unsure person
    }
    assert denounced(lines) == set()
    assert read(lines) == lines


def test_a_label_names_the_person_for_the_article_and_raises_the_unsure_reading() -> None:
    lines = {"走狗朗诺卖国集团": [(2, 8, "ORG", 0.85)], "朗诺集团从磅清扬派出": [(0, 4, "ORG", 0.99)]}
    assert read(lines) == {"走狗朗诺卖国集团": [(2, 4, "PER", 0.85)], "朗诺集团从磅清扬派出": [(0, 2, "PER", 0.99)]}
    lines = {"朗诺伪军多名": [(0, 2, "PER", 0.67)]}
    assert read(lines) == {"朗诺伪军多名": [(0, 2, "PER", MEDIUM)]}


@pytest.mark.parametrize("place", ["海拉尔", "贡布"])
def test_no_person_of_a_place_s_puppet_troops(place: str) -> None:
    # 海拉尔 (Hailar) and 贡布 (Kampot) are places, unknown to the gazetteers: the article reads their
    # troops as a body, so the person reading before 伪军 elsewhere is no person's
    lines = {place + "伪军多名": [(0, len(place) + 2, "ORG", 0.9)], place + "伪军投降": [(0, len(place), "PER", 0.5)]}
    assert denounced(lines) == set()
    lines = {"解放" + place: [(2, 2 + len(place), "LOC", 0.9)], place + "伪军投降": [(0, len(place), "PER", 0.5)]}
    assert denounced(lines) == set()  # read as a place in another line


def test_puppet_troops_read_as_a_body_name_no_one_a_clique_read_so_does() -> None:
    assert denounced({"戈兰伪军投降": [(0, 4, "ORG", 0.9)]}) == set()
    assert denounced({"巴博卖国集团": [(0, 6, "ORG", 0.9)]}) == {"巴博"}


@needs_crf
def test_hailar_puppet_troops_are_no_person() -> None:
    found = [(s, k) for s, k, _ in names_in(["东北民主联军解放海拉尔，海拉尔伪军全部投降。"])]
    assert ("海拉尔", PER) not in found


@needs_crf
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("柬埔寨人民武装力量在磅湛省歼灭金边伪军一千多名。", "金边"),
        ("老挝爱国武装力量击退了万象伪军的进攻。", "万象"),
        ("南越解放武装力量重创西贡伪军。", "西贡"),
        ("柬埔寨民族团结政府严厉谴责金边卖国集团。", "金边"),
        ("冀中平原上的八路军打垮了定县伪军的进攻。", "定县"),
    ],
)
def test_a_place_s_puppet_troops_or_clique_stay_the_place(text: str, place: str) -> None:
    found = [(s, k) for s, k, _ in names_in([text])]
    assert (place, LOC) in found and (place, PER) not in found


@needs_crf
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("柬埔寨人民武装力量痛击朗诺伪军。", "朗诺"),
        ("苏哈托反动集团屠杀印度尼西亚共产党人。", "苏哈托"),
        ("吴庭艳傀儡集团在南越推行法西斯统治。", "吴庭艳"),
    ],
)
def test_a_denounced_person_is_the_person(text: str, person: str) -> None:
    assert (person, PER) in [(s, k) for s, k, _ in names_in([text])]


@needs_crf
@pytest.mark.parametrize(
    ("text", "firm"),
    [("印度塔塔集团和比尔拉集团在加尔各答开设新厂。", "比尔拉"), ("意大利菲亚特集团总裁阿涅利访华。", "菲亚特")],
)
def test_a_firm_s_group_is_no_person(text: str, firm: str) -> None:
    assert (firm, PER) not in [(s, k) for s, k, _ in names_in([text])]
