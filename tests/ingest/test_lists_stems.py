"""Items counted by the heavenly stems (（甲）…, 甲、…) or by letters (Ａ、…): families of enumerators in
``encoder/ingest/lists.py``, read as sub-point families (like （1）…): paired among themselves, and one
standing between two items of another family does not part them.

From dev sources: 1947-01-01 (（甲）野战兵团所获战果：… / （乙）…), 1949-11-02 (５、群众性宣传： / Ａ、… / Ｂ、…);
in no gold, 1958-01-03 (a resolution's 三、…保证： / 甲、… … 庚、…, and 二、甲、… / 乙、… / 三、…). The near
misses: a phrase (甲、乙双方…, Ａ、Ｂ两种…), a lone stem, letters out of sequence, initials, a dialogue's turns
(甲：… / 乙：…)."""

from __future__ import annotations

from pathlib import Path

from encoder.model import Block, BlockKind

from .conftest import json_blocks


def _kind(found: list[Block], opening: str) -> BlockKind:
    """The kind of the block opening with ``opening``."""
    (kind,) = [block.kind for block in found if block.text.strip().startswith(opening)]
    return kind


_CLOSE = "晋冀鲁豫军区司令部号召全区军民继续努力，争取自卫战争的更大胜利，彻底粉碎蒋军的进攻。"


def test_items_counted_by_bracketed_stems_are_a_list(tmp_path: Path) -> None:
    """1947-01-01, cut."""
    parts = [
        "【本报冀鲁豫前线三十日电】晋冀鲁豫军区司令部顷公布冀鲁豫前线四个半月自卫作战五战五捷的辉煌战果：",
        "（甲）野战兵团所获战果：（一）毙伤俘虏蒋军官兵：计毙伤一万七千一百五十七名，放下武器三万一千九百三十四名。"
        "（二）缴获坦克十八辆，美造榴弹炮八门，山炮二十二门，火箭筒五个，战防炮十六门。",
        "（乙）冀鲁豫区地方游击兵团暨民兵游击队配合野战兵团，于蒋军侵占区前后方展开游击战，所获战果如下："
        "（一）毙伤俘蒋军官兵：计毙伤五千一百四十七名，放下武器三千七百零九名。",
        _CLOSE,
    ]
    found = json_blocks(tmp_path, "冀鲁豫前线四个半月自卫战", parts, (1947, 1, 1))
    assert _kind(found, "（甲）") is BlockKind.LIST_ITEM
    assert _kind(found, "（乙）") is BlockKind.LIST_ITEM
    assert _kind(found, "晋冀鲁豫军区司令部号召") is BlockKind.PARAGRAPH


def test_items_counted_by_letters_are_a_list(tmp_path: Path) -> None:
    """1949-11-02, cut."""
    parts = [
        "【北京讯】中央防疫委员会顷发出“关于防治鼠疫的宣传工作指示”，全文如下：",
        "４、出版：可将防疫的专门性著作及防疫的各种知识、经验和生动例子编印通俗小册子（文字的和图画的）。",
        "５、群众性宣传：",
        "Ａ、各群众性的组织（如学联，工会、妇联的宣传部门）及文工团应进行街头防疫宣传（如讲话活报等形式）。",
        "Ｂ、各大机关、学校、企业可召开防疫动员大会或请人报告防疫常识。",
        "【又讯】内蒙防疫队已于今天由张家口开赴察北病疫发源区，进行深入检查工作。",
    ]
    found = json_blocks(tmp_path, "开展防治鼠疫宣传", parts, (1949, 11, 2))
    assert _kind(found, "Ａ、") is BlockKind.LIST_ITEM
    assert _kind(found, "Ｂ、") is BlockKind.LIST_ITEM


def test_a_stemmed_sub_point_between_two_items_does_not_part_them(tmp_path: Path) -> None:
    """1958-01-03 (in no gold), cut: 二、甲、… / 乙、… / 三、…, then 甲、… 丙、… under 三、."""
    parts = [
        "为此，我们在这里集会的亚非各国人民通过决议：",
        "一、谴责不论以何种形式存在的种族歧视政策；",
        "二、甲、对南非不断藐视联合国决议的态度感到非常遗憾；",
        "乙、要求南非履行它作为联合国正式会员国而对联合国宪章所承担的义务；",
        "三、向世界各国政府建议，凡实行种族歧视的每一个国家都采取步骤来保证：",
        "甲、取消使种族歧视或各种隔离合法化的一切法律和条例；",
        "乙、不加歧视地给所有的人以言论自由和结社权利；",
        "丙、实行男女同工同酬，废除强迫劳动。",
        "我们要求联合国各会员国和各国人民不遗余力地采取措施来消灭种族歧视，同时我们要求所有国际机构继续努力。",
    ]
    found = json_blocks(tmp_path, "亚非人民团结大会决议", parts, (1958, 1, 3))
    for opening in ("二、甲、", "乙、要求南非", "三、向世界", "甲、取消", "乙、不加歧视", "丙、实行"):
        assert _kind(found, opening) is BlockKind.LIST_ITEM, opening


def test_a_phrase_opening_with_stems_or_letters_is_no_item(tmp_path: Path) -> None:
    parts = [
        "甲、乙双方经过友好协商，就扩大两国之间的贸易问题达成了协议，协议自签字之日起生效，有效期为一年。",
        "乙、丙两厂的工人也派代表参加了这次会议，他们介绍了开展技术革新的经验，受到与会代表的欢迎。",
        "Ａ、Ｂ两种型号的拖拉机都已经试制成功，性能良好，今年下半年就可以成批生产，供应农村的需要。",
        "Ｂ、Ｃ两个车间的工人表示，一定要在明年把产量再提高一倍，为国家多作贡献。",
    ]
    found = json_blocks(tmp_path, "友好协商", parts, (1956, 4, 2))
    for opening in ("甲、乙双方", "乙、丙两厂", "Ａ、Ｂ两种", "Ｂ、Ｃ两个"):
        assert _kind(found, opening) is BlockKind.PARAGRAPH, opening


def test_a_lone_stem_and_letters_out_of_sequence_are_no_list(tmp_path: Path) -> None:
    parts = [
        "甲、这个问题需要进一步研究，目前各地的做法不一，经验也还不多，希望大家多提意见，以便修改补充。",
        "各地在执行中遇到的问题，请随时报告，以便及时研究解决，把这项工作做得更好。",
        "Ａ．各地要加强对这项工作的领导，指定专人负责，定期检查，发现问题及时解决。",
        "Ｃ．各地要把执行的情况按月上报，以便了解全面的情况，总结经验，推动工作。",
    ]
    found = json_blocks(tmp_path, "关于几个问题的说明", parts, (1955, 7, 3))
    for opening in ("甲、这个问题", "Ａ．各地", "Ｃ．各地"):
        assert _kind(found, opening) is BlockKind.PARAGRAPH, opening


def test_a_dialogues_turns_are_no_stemmed_items(tmp_path: Path) -> None:
    parts = [
        "下面是两位老农在田头的一段对话。",
        "甲：今年的麦子长得真好，比去年强多了，这都是大搞积肥的结果。",
        "乙：是啊，咱们队今年每亩多上了二十担肥，麦苗一冬都没有受冻。",
        "甲：明年还要多积肥，争取更大的丰收，让大家的日子过得更好。",
        "两位老农的话，说出了广大社员的心里话。",
    ]
    found = json_blocks(tmp_path, "田头对话", parts, (1964, 3, 5))
    for opening in ("甲：今年", "乙：是啊", "甲：明年"):
        assert _kind(found, opening) is not BlockKind.LIST_ITEM, opening
