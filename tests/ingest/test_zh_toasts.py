"""A speech's toasts before the call to drink (encoder/ingest/zh_toasts.py): on real articles of
``tests/fixtures/rmrb-json-dev/`` and on made-up near-misses (a poem's lines opening with 为, one toast,
a line closed by a full stop, no call to drink)."""

from __future__ import annotations

from pathlib import Path

from encoder.model import BlockKind

from .test_zh_lines import blocks, kind_of
from .test_zh_tails import article


def test_the_toasts_of_a_premiers_speech_are_list_items() -> None:
    """1988-10-01: 最后，我提议： / four toasts 为…， / 干杯！ (the call stays a paragraph)."""
    found = blocks("1988-10-01_在庆祝中华人民共和国成立三十九周年")
    for toast in ("为庆祝中华人民共和国成立39周年，", "为祖国的统一和振兴，", "为世界的和平与发展，"):
        assert kind_of(found, toast) is BlockKind.LIST_ITEM, toast
    assert kind_of(found, "最后，我提议：") is BlockKind.PARAGRAPH
    (call,) = [block for block in found if block.text.startswith("干杯")]
    assert call.kind is BlockKind.PARAGRAPH


def test_the_toasts_after_raising_the_glass_are_list_items() -> None:
    """1962-01-03: 最后，让我们举杯， / six toasts / 干杯！."""
    found = blocks("1962-01-03_支持古巴人民")
    for toast in (
        "为古巴人民革命的伟大胜利，",
        "为世界和平，",
        "为皮诺·桑托斯大使暨夫人以及古巴驻华使馆全体朋友们的健康，",
    ):
        assert kind_of(found, toast) is BlockKind.LIST_ITEM, toast
    assert kind_of(found, "干杯！") is BlockKind.PARAGRAPH


def test_a_poems_lines_opening_with_wei_are_no_toasts() -> None:
    """1968-10-09: 为毛主席架大桥， / 为毛主席铺铁道， / 为毛主席开好车， in a poem: no call to drink under them."""
    found = blocks("1968-10-09_守桥战士唱大桥")
    for line in ("为毛主席架大桥，", "为毛主席铺铁道，", "为毛主席开好车，"):
        assert kind_of(found, line) is BlockKind.PARAGRAPH, line


_SPEECH = "我们两国人民的友谊源远流长，在新的形势下必将得到进一步的发展。现在我提议："


def test_toasts_need_two_lines_each_closed_by_a_comma_right_above_the_call(tmp_path: Path) -> None:
    two = article(tmp_path, "在宴会上的讲话", [_SPEECH, "为两国人民的友谊，", "为主人的健康，", "干杯！"])
    assert [b.kind for b in two[-3:]] == [BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH]
    one = article(tmp_path, "在宴会上的讲话", [_SPEECH, "为两国人民的友谊，", "干杯！"])
    assert kind_of(one, "为两国人民的友谊，") is BlockKind.PARAGRAPH  # (one line: a sentence the export broke)
    stopped = article(tmp_path, "在宴会上的讲话", [_SPEECH, "为两国人民的友谊而奋斗。", "为主人的健康，", "干杯！"])
    assert kind_of(stopped, "为两国人民的友谊而奋斗。") is BlockKind.PARAGRAPH
    assert kind_of(stopped, "为主人的健康，") is BlockKind.PARAGRAPH  # (the run above the call is one line)
    parted = article(
        tmp_path, "在宴会上的讲话", [_SPEECH, "为两国人民的友谊，", "为主人的健康，", "大家举杯。", "干杯！"]
    )
    assert kind_of(parted, "为主人的健康，") is BlockKind.PARAGRAPH  # (not right above the call)
    no_call = article(tmp_path, "在宴会上的讲话", [_SPEECH, "为两国人民的友谊，", "为主人的健康，", "我们共同努力。"])
    assert kind_of(no_call, "为两国人民的友谊，") is BlockKind.PARAGRAPH


def test_the_last_toast_may_carry_the_call(tmp_path: Path) -> None:
    # 为…，/为…，/为…干杯！ are the same toasts, the last glued to the call: all three are items
    found = article(
        tmp_path, "在宴会上的讲话", [_SPEECH, "为两国人民的友谊，", "为主人的健康，", "为在座各位朋友的健康干杯！"]
    )
    assert [b.kind for b in found[-3:]] == [BlockKind.LIST_ITEM] * 3
    alone = article(tmp_path, "在宴会上的讲话", [_SPEECH, "为在座各位朋友的健康干杯！"])
    assert kind_of(alone, "为在座各位朋友的健康干杯！") is BlockKind.PARAGRAPH  # (one toast: no list)


def test_a_songs_lines_opening_with_weile_are_no_toasts(tmp_path: Path) -> None:
    # 为了 is "in order to": a drinking song's lines, though 干杯！ ends them, are verse
    found = article(tmp_path, "祝酒歌", ["举起杯来，朋友们，", "为了今天的胜利，", "为了明天的幸福，", "干杯！"])
    assert kind_of(found, "为了今天的胜利，") is BlockKind.PARAGRAPH
