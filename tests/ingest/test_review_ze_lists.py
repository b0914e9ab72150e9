"""Review of round ze's list rules (``encoder/ingest/lists.py``): the heavenly stems and letters as enumerator
families, and a numbered paragraph after the paragraph holding the items before it.

Items counted 甲、乙、丙 (a 1949 directive), （甲）（乙） under an item (a 1952 rule), Ａ、Ｂ、 under an item, and
an item glued to the paragraph announcing a decision (…一致决定：一、…) or a report's points (…。1．…) are
list items. Not the stems and letters of prose: a crosstalk's 甲、乙两位演员, teams 甲、乙、丙三个队, masters
丙、丁两位 and 丁、马两位, youths A、B两个青年, initials Ａ．Ｂ．Ｃ．; nor the phrases 一、二月份 and 二、三车间 (the
first and the second), which count no items."""

from __future__ import annotations

from pathlib import Path

from encoder.model import Block, BlockKind

from .conftest import json_blocks


def _kinds(found: list[Block], texts: list[str]) -> list[BlockKind]:
    """The kinds of the blocks that are ``texts``."""
    return [next(block.kind for block in found if block.text.strip() == text) for text in texts]


def test_items_counted_by_the_stems_are_list_items(tmp_path: Path) -> None:
    parts = [
        "各县应做好以下工作：",
        "甲、组织劳动互助，解决劳力畜力不足的困难。",
        "乙、发放农贷，帮助贫苦农民解决种子和肥料问题。",
        "丙、兴修水利，防止春旱。",
    ]
    found = json_blocks(tmp_path, "关于春耕工作的指示", parts, (1949, 3, 5))
    assert _kinds(found, parts[1:]) == [BlockKind.LIST_ITEM] * 3


def test_sub_points_counted_by_bracketed_stems_and_by_letters_are_list_items(tmp_path: Path) -> None:
    wages = [
        "一、工资标准：",
        "（甲）技术工人按八级工资制评定工资，由工厂评级委员会评定后报上级批准执行。",
        "（乙）学徒工在学徒期间发给生活津贴，学徒期满经考试合格后按等级评定工资。",
        "二、奖励办法：超额完成生产定额的工人，按超额部分发给奖金，具体办法由各厂自行规定。",
    ]
    found = json_blocks(tmp_path, "关于工资问题的规定", wages, (1952, 6, 3))
    assert _kinds(found, wages[1:3]) == [BlockKind.LIST_ITEM] * 2
    plague = [
        "一、宣传工作：",
        "Ａ、各群众团体应进行街头宣传。",
        "Ｂ、各机关学校可召开防疫动员大会。",
        "二、预防注射：各地应普遍进行预防注射，注射的对象首先是儿童和老人。",
    ]
    found = json_blocks(tmp_path, "防疫工作要点", plague, (1950, 4, 2))
    assert _kinds(found, plague[1:3]) == [BlockKind.LIST_ITEM] * 2


def test_stems_and_letters_naming_parties_in_prose_count_no_items(tmp_path: Path) -> None:
    cases = [
        (
            "相声：新事新办",
            (1964, 2, 3),
            [
                "甲、乙两位演员上场。",
                "甲：今天咱们说段新相声，说说我们村里的新事新办，你看怎么样，大家喜欢不喜欢听啊？",
                "乙：好啊，你先说说你们村里有什么新鲜事，让大家都听听，也好学习学习，开开眼界嘛。",
            ],
        ),
        (
            "两位老工人",
            (1956, 5, 2),
            [
                "丙、丁两位老师傅都是厂里的老工人，他们在旧社会受尽了资本家的剥削和压迫，解放后翻了身，当了工厂的主人。",
                "丁、马两位师傅带了十几个徒弟，手把手地教他们技术，徒弟们进步很快，有的已经能够独立操作了。",
                "戊班的工人们也向他们学习，开展了师徒合同活动。",
            ],
        ),
        (
            "评比",
            (1958, 9, 2),
            [
                "甲、乙、丙三个队进行了劳动竞赛，结果甲队第一，乙队第二，丙队第三，各队都超额完成了任务。",
                "乙、丙两队表示，下一次竞赛一定要赶上甲队，争取夺得流动红旗，为全社的生产作出更大的贡献。",
            ],
        ),
        (
            "一场误会",
            (1988, 3, 4),
            [
                "A、B两个青年在同一个车间工作，平时关系很好。",
                "B、C两个车间为了争夺原料发生了争执，车间主任出面进行了调解，问题才得到解决。",
            ],
        ),
        (
            "外语学习",
            (1980, 3, 2),
            [
                "Ａ．Ｂ．Ｃ．是英语字母表中的头三个字母，学习英语首先要学好字母的读音和书写，打好基础。",
                "Ｂ．Ｃ．两个字母的读音容易混淆，初学的人要特别注意，多听多练，才能读准。",
            ],
        ),
    ]
    for index, (title, date, parts) in enumerate(cases):
        folder = tmp_path / str(index)
        folder.mkdir()
        found = json_blocks(folder, title, parts, date)
        assert BlockKind.LIST_ITEM not in _kinds(found, parts), title


def test_an_item_after_the_paragraph_announcing_the_list_is_a_list_item(tmp_path: Path) -> None:
    decision = [
        "县委经过讨论，一致决定：一、在全县党员中开展一次整风学习，时间为两个月。",
        "二、整风学习以毛主席的著作为主要文件，结合检查工作中的官僚主义、主观主义和宗派主义。",
        "三、各区委应于本月二十日以前制定整风学习计划，报县委审查批准。",
    ]
    found = json_blocks(tmp_path, "中共某县委关于整风的决定", decision, (1957, 5, 10))
    assert _kinds(found, decision) == [BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM]
    wheat = [
        "这个社今年小麦平均亩产四百斤。1．深翻土地是增产的关键，他们把土地深翻了一尺以上，增加了土壤的蓄水能力。",
        "2．合理密植。他们根据土地的肥瘦和品种的特性，确定了适当的播种量，每亩播种量比过去增加了五斤。",
        "这些经验值得各地参考。",
    ]
    folder = tmp_path / "wheat"
    folder.mkdir()
    assert _kinds(json_blocks(folder, "小麦丰产经验", wheat, (1958, 7, 2)), wheat[1:2]) == [BlockKind.LIST_ITEM]


def test_the_first_and_the_second_count_no_items(tmp_path: Path) -> None:
    parts = [
        "这个厂去年超额完成了国家计划。一、二月份全厂又比去年同期增产棉纱百分之十五，棉布百分之十二。",
        "二、三车间的工人在技术革新中作出了很大贡献，他们改装了四百多台细纱机，使细纱的断头率下降了一半。",
        "全厂职工决心在今年取得更大的成绩。",
    ]
    found = json_blocks(tmp_path, "纺织厂超额完成计划", parts, (1959, 4, 3))
    assert _kinds(found, parts) == [BlockKind.PARAGRAPH] * 3


def test_items_that_do_not_follow_the_ones_glued_before_them_are_no_items(tmp_path: Path) -> None:
    parts = [
        "会议经过讨论，决定：一、加强领导。",
        "三、今年秋后在全县范围内普遍开展一次检查评比，检查评比的结果要在全县范围内公布。",
    ]
    found = json_blocks(tmp_path, "会议决定", parts, (1956, 9, 1))
    assert _kinds(found, parts) == [BlockKind.PARAGRAPH] * 2
