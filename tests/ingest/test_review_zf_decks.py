"""Review of round zf's title-deck rule (branch zf-decks): realistic titles of every decade, both ways.

A first deck ending on a verb of testifying or pleading (…证明, …陈词), of asking in an instruction (…批示要求), or
of asking, wishing or speaking on an occasion (…时要求, …上希望, …上发言, …时讲话) introduces the next deck: a
kicker (``testimony or wish`` of :data:`.deck_shapes.FIRST_INTRODUCERS`). Guards: not a paper that is issued, handed
in, needed or counted (一些单位乱开证明, …要开几道证明, …滥发各种证明, …要跑五张证明), the deck then the news itself;
nor speaking that is advised or dared (领导干部少在会上讲话 / 多到基层办实事), a saying over two lines.

Each case is a made-up article in the public JSON distribution's form, one deck a part, then its body. K, H, S:
kicker, headline, subtitle.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.ingest.deck_shapes import FIRST_INTRODUCERS

from .conftest import title_letters

TESTIFIES = FIRST_INTRODUCERS["testimony or wish"]


@pytest.mark.parametrize(
    ("year", "decks", "lead"),
    [
        (
            1952,
            ["国际科学委员会调查证明", "美军在朝鲜和中国东北使用细菌武器"],
            "新华社十五日讯　调查在朝鲜和中国的细菌战事实国际科学委员会，已经完成了它的调查工作，并发表了报告书。",
        ),
        (
            1969,
            ["知识青年用行动证明", "在农村大有作为"],
            "新华社哈尔滨电　黑龙江省数万名下乡知识青年，在广阔天地里经风雨、见世面，茁壮成长。",
        ),
        (
            1975,
            ["新发现的历史档案证明", "钓鱼岛自古就是中国领土"],
            "新华社北京电　最近发现的一批明清时期的历史档案，进一步说明钓鱼岛等岛屿自古以来就是中国的领土。",
        ),
        (
            1956,
            ["埃及代表在安理会激昂陈词", "英法侵略者必须立即撤军"],
            "新华社三日讯　联合国安全理事会二日继续讨论英法侵略埃及问题，埃及代表在会上发言，要求英法军队立即撤出。",
        ),
        (
            1996,
            ["李鹏就春运工作作出批示要求", "确保旅客走得了走得好"],
            "本报北京1月15日讯　国务院总理李鹏日前就今年春运工作作出批示，要求各有关部门密切配合，确保春运安全。",
        ),
        (
            1956,
            ["刘少奇同志在视察湖南时要求", "各级干部关心群众生活"],
            "新华社长沙十日电　中共中央副主席刘少奇同志最近在湖南视察工作，要求各级干部切实关心群众的生产和生活。",
        ),
        (
            1979,
            ["邓小平会见日本友人时希望", "中日友好世世代代传下去"],
            "新华社北京十二月六日电　国务院副总理邓小平今天会见了日本日中友好协会代表团，同客人们进行了友好的谈话。",
        ),
        (
            1950,
            ["伍修权在安理会上发言", "控诉美国武装侵略台湾"],
            "【新华社二十九日讯】中华人民共和国特派代表伍修权，于二十八日在联合国安全理事会上发言，控诉美国侵略台湾。",
        ),
        (
            1986,
            ["胡耀邦在接见全国劳动模范时讲话", "改革需要千千万万开拓者"],
            "新华社北京4月30日电　中共中央总书记胡耀邦今天接见了出席全国劳动模范表彰大会的代表，并讲了话。",
        ),
    ],
)
def test_testimony_plea_or_wish_over_what_is_said(tmp_path: Path, year: int, decks: list[str], lead: str) -> None:
    """What is proved, pleaded, asked, wished or said is the main title, under the deck that says who and where."""
    assert title_letters(tmp_path, year, decks, [lead]) == "KH"


@pytest.mark.parametrize(
    ("year", "decks", "lead"),
    [
        (
            1983,
            ["一些单位乱开证明", "给不法分子钻了空子"],
            "本报讯　据读者来信反映，一些机关和生产队不经调查，随意给人开介绍信和证明，给投机倒把分子以可乘之机。",
        ),
        (
            1981,
            ["农民进城办事要开几道证明", "群众盼望简化手续"],
            "编辑同志：我是河南某县的一个社员，前些日子进城买一台手扶拖拉机，先后开了五道证明，跑了十几天。",
        ),
        (
            1986,
            ["有的单位滥发各种证明", "有关部门应当严加管理"],
            "本报讯　最近，一些读者来信反映，有的单位为了拉关系，不顾事实，滥发学历、工龄、收入等各种证明。",
        ),
        (
            1990,
            ["一些村干部为超生户出假证明", "计划生育工作受到干扰"],
            "本报讯　记者最近在某省几个县了解到，一些村干部为超生户出具假证明，使计划生育工作受到严重干扰。",
        ),
        (
            1992,
            ["办个体执照要跑五张证明", "一位个体户的苦恼"],
            "编辑同志：我是一个待业青年，想开一个修理铺，可是办个体执照先要开五张证明，跑了一个多月还没有办成。",
        ),
        (
            1995,
            ["下岗职工再就业不再需要单位证明", "北京简化再就业手续"],
            "本报北京3月8日讯　北京市劳动局最近决定，下岗职工办理再就业手续时，不再需要原单位出具证明。",
        ),
        (
            1980,
            ["社员买自行车还要开证明", "这个规矩该改改了"],
            "编辑同志：我们大队的社员到供销社买自行车，还要先到大队开证明，很不方便。",
        ),
        (
            2002,
            ["大学生求职莫用假证明", "用人单位加强资格审查"],
            "本报北京4月20日讯　记者从北京市人才市场了解到，今年一些应届毕业生求职时使用伪造的获奖证书和证明。",
        ),
    ],
)
def test_a_paper_issued_or_needed_is_the_news(tmp_path: Path, year: int, decks: list[str], lead: str) -> None:
    """Near misses: 证明 the paper a verb of the deck issues, needs or counts; the deck is the headline, a complaint
    or a measure, and the deck below it a detail."""
    assert title_letters(tmp_path, year, decks, [lead]) == "HS"


@pytest.mark.parametrize(
    "line",
    [
        "领导干部少在会上讲话",
        "少在台上讲话",
        "领导干部要敢于在会上讲话",
        "党员不在会上发言",
    ],
)
def test_speaking_advised_is_no_occasion(line: str) -> None:
    """Near misses: speaking that is advised, dared or allowed (an adverb or a modal before 在) is a saying, not a
    speaker on an occasion introducing what is said."""
    assert not TESTIFIES(line)


@pytest.mark.parametrize(
    "line",
    ["朱德副主席在接见少数民族参观团时希望", "我代表在人权委员会上发言", "法医作出证明", "大量事实证明"],
)
def test_the_guards_leave_the_speakers(line: str) -> None:
    """A speaker before 在 (…副主席在, 我代表在), a proof made out (作出证明) and a proof by facts stay the cue."""
    assert TESTIFIES(line)
