"""Numbered points that head the paragraphs explaining them (a rule of the Chinese blocks, run
after the lists' rules).

An article that argues by points prints each point as one short sentence, numbered (``一、…``,
``第一，…``), and explains it in the paragraphs under it: the points are the article's headings,
not the items of a list (``一、整顿社会治安秩序，确保台商生命财产安全。`` / ``一段时间以来，…`` /
``二、强化服务意识，…`` …; ``第一，毛主席的话，在群众中威信最高，威力最大。`` / ``从去年春天开始，…``).
The JSON may run a point into the first paragraph explaining it (``二、强化服务意识，提高办事效率，
为台商排忧解难。为确保台资企业…``): its first sentence is cut off as the heading.

Only where every point of the run (two or more, numbered one, two… in one way) is one short
sentence and has its explanation under it (a long paragraph before the next point, or after the
last one); a list whose items follow each other (``三、…`` / ``四、…``), or whose items say more
than one sentence (``四、租赁车辆搞运输。这种形式占总数的21％。``), is left as the lists' rules read it.
Nor where a line ending in ``：`` announces the points (``提出以下要求：`` / ``第一，增加工资。`` / why, in
one sentence …): they are the items of what it announces, whatever their explanations' length, unless
each heads a paragraph of several sentences (an argument's sections: ``我们体会最深的是：`` /
``第一，…`` / ``从去年春天开始，…。这次下去，…。``); nor inside a speech, where a speaker's name and a
colon open a paragraph above the points (``王同志：我讲两点。`` / ``第一，…`` …): they are his points,
what follows (``李同志：…``) is no part of them.
"""

from __future__ import annotations

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import Block, BlockKind
from .zh_rules import split_block

#: A point's number: 一、 or 第一， (group 1 or 2: the numeral).
_NUMBER = lazy(r"^(?:([一二三四五六七八九十]{1,3})、|第([一二三四五六七八九十]{1,3})[，,])")
#: The longest point, and the shortest paragraph that explains one.
_POINT_LENGTH, _EXPLANATION = 50, 60
#: The kinds a point or its explanation was read as before.
_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
#: What ends a point's one sentence; what ends a sentence of an explanation.
_STOPS, _ENDS = "。！？；", "。！？"
#: A speaker's name and a colon opening what he says: his title (王同志：…, 主持人：…) or a name of two or
#: three characters (老王：…), not a clause (过去县委也提出：…, 他说：…).
_SPEAKER = lazy(
    r"^(?:[^，。！？；：、“”「」（）()\s]{0,6}(?:同志|先生|女士|代表|主任|书记|委员|主持人|老师|同学|师傅)"
    r"|[\u4e00-\u9fff]{1,2}[\u4e00-\u9fff](?<![说道问答]))[：:](?=\S)"
)


def _number(block: Block) -> tuple[int, int] | None:
    """(the way it is numbered, its number) of a paragraph opening with a point's number."""
    match = _NUMBER.match(block.text.strip()) if block.kind in _KINDS and len(block.lines) == 1 else None
    if match is None:
        return None
    number = pt.zh_numeral(match.group(1) or match.group(2))
    return (0 if match.group(1) else 1, number) if number else None


def _sentence_end(text: str) -> int:
    """Where the first sentence of ``text`` ends (after its stop), or 0 when it ends with none."""
    return next((at + 1 for at, char in enumerate(text) if char in _STOPS), 0)


def _explained(blocks: list[Block], index: int, end: int) -> int | None:
    """Where the point at ``index`` ends (its length, the whole line when it stands alone) if it is one
    short sentence explained under it (a long paragraph among those before ``end``) or after it on its
    line; None otherwise."""
    text = blocks[index].text.strip()
    stop = _sentence_end(text)
    if not stop or stop > _POINT_LENGTH:
        return None
    if stop < len(text):
        return stop if len(text) - stop >= _EXPLANATION else None
    under = blocks[index + 1 : end]
    return stop if under and all(_explanation(block) for block in under) else None


def _explanation(block: Block) -> bool:
    text = block.text.strip()
    return block.kind in _KINDS and _NUMBER.match(text) is None and len(text) >= _EXPLANATION


def _sentences(text: str) -> int:
    """How many sentences ``text`` says (its stops inside it, plus one)."""
    return sum(char in _ENDS for char in text.rstrip(_ENDS + "”")) + 1


def _in_speech(blocks: list[Block], first: int) -> bool:
    """Whether a speaker's name and a colon open a paragraph above the point at ``first`` (back to
    the previous heading)."""
    for block in reversed(blocks[:first]):
        if block.kind is BlockKind.INTERTITLE:
            return False
        if block.kind in _KINDS and _SPEAKER.match(block.text.strip()):
            return True
    return False


def _announced(blocks: list[Block], run: list[int], ends: list[int]) -> bool:
    """Whether a line ending in a colon announces the points as its list (none heading paragraphs of
    several sentences)."""
    if run[0] == 0 or not blocks[run[0] - 1].text.rstrip().endswith(("：", ":")):
        return False
    parts = [
        [block.text.strip() for block in blocks[index + 1 : end]]
        or [blocks[index].text.strip()[_sentence_end(blocks[index].text.strip()) :]]
        for index, end in zip(run, ends, strict=True)
    ]
    return not all(any(_sentences(text) > 1 for text in part) for part in parts)


def numbered_points(blocks: list[Block]) -> None:
    """The points heading their explanations (see the module)."""
    numbered = [(index, found) for index, block in enumerate(blocks) if (found := _number(block))]
    if len(numbered) < 2 or len({way for _, (way, _) in numbered}) > 1:
        return  # (points numbered two ways: a list inside the argument, or sub-points)
    if [number for _, (_, number) in numbered] != list(range(1, len(numbered) + 1)):
        return
    run = [index for index, _ in numbered]
    last = next((n for n in range(run[-1] + 1, len(blocks)) if not _explanation(blocks[n])), len(blocks))
    ends = [*run[1:], max(last, run[-1] + 1)]
    if _in_speech(blocks, run[0]) or _announced(blocks, run, ends):
        return
    explained = [_explained(blocks, index, end) for index, end in zip(run, ends, strict=True)]
    stops = [stop for stop in explained if stop is not None]
    if len(stops) < len(run):
        return
    alone = sum(stop == len(blocks[index].text.strip()) for index, stop in zip(run, stops, strict=True))
    if 2 * alone < len(run):
        return  # (points run into their explanations mostly: the items of a list, each saying its piece)
    for index, stop in reversed(list(zip(run, stops, strict=True))):
        block = blocks[index]
        at = stop + len(block.text) - len(block.text.lstrip())
        if at < len(block.text.rstrip()):
            blocks.insert(index + 1, split_block(block, at, BlockKind.INTERTITLE, BlockKind.PARAGRAPH))
        else:
            block.kind, block.lines = BlockKind.INTERTITLE, [[block.text]]
