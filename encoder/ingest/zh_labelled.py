"""Lists whose items open with a label (fact boxes), and headings set letterspaced, in a Chinese text.

* **fact boxes**: two or more short lines next to each other, each a fact labelled with a different word of
  a fact box (``时间：…`` / ``地点：…`` / ``人物：…``), are a list.
* **letterspaced headings**: a line of four characters or more set apart by spaces (``初　经　考　验``,
  ``“吐　故　纳　新”``, ``网　球　代　表　队``) is a heading, on its own or glued after the last sentence of
  the paragraph above it (the export lost the line break: ``…越来越近了。冲　锋　陷　阵``), which is cut off.
  Not three characters (``毛　泽　东``, a name spaced out to the width of a longer one).
"""

from __future__ import annotations

from ..lazy_re import lazy
from ..model import Block, BlockKind
from .zh_rules import split_block

_CJK = r"[\u4e00-\u9fff]"
_SPACED = rf"[“‘「]?(?:{_CJK}[　 ]{{1,3}}){{3,}}{_CJK}[”’」]?"
#: A line set letterspaced, four characters or more (初　经　考　验).
_LETTERSPACED = lazy(rf"^{_SPACED}$")
#: Such a line glued after a paragraph's last sentence (…越来越近了。冲　锋　陷　阵).
_GLUED_LETTERSPACED = lazy(rf"(?<=[。！？”])[　 ]*{_SPACED}$")


#: A fact box's labels: 时间：, 地点：, 人物： (not a speaker's: 主持人：…, 嘉宾：… are an interview's turns).
_FACT_LABEL = lazy(r"^(时间|日期|地点|地址|人物|主办单位|承办单位|电话|对象)[：:]")
#: What a fact holds none of: a clause's or a sentence's end (时间：一九五〇年冬天，正是最冷的时候。 is narration).
_NARRATION = frozenset("，,。！？；")
#: The longest line of a fact box.
FACT_LENGTH = 40


def _fact_boxes(blocks: list[Block]) -> None:
    """Make LIST_ITEM the runs of two or more short labelled facts, each label different (see the module)."""
    index = 0
    while index < len(blocks):
        run: list[Block] = []
        labels: set[str] = set()
        for block in blocks[index:]:
            text = block.text.strip()
            label = _FACT_LABEL.match(text) if block.kind is BlockKind.PARAGRAPH else None
            if label is None or len(text) > FACT_LENGTH or label.group(1) in labels or set(text) & _NARRATION:
                break
            run.append(block)
            labels.add(label.group(1))
        if len(run) >= 2:
            for block in run:
                block.kind = BlockKind.LIST_ITEM
        index += max(len(run), 1)


def labelled_lists(blocks: list[Block]) -> None:
    """Make LIST_ITEM the fact boxes (see the module)."""
    _fact_boxes(blocks)


def letterspaced_headings(blocks: list[Block]) -> None:
    """Make INTERTITLE the letterspaced lines, cutting off those glued to a paragraph's end (see the module)."""
    for index in reversed(range(len(blocks))):
        block = blocks[index]
        if block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1:
            continue
        if _LETTERSPACED.match(block.text.strip()):
            block.kind, block.lines = BlockKind.INTERTITLE, [[block.text]]
        elif glued := _GLUED_LETTERSPACED.search(block.text):
            blocks.insert(index + 1, split_block(block, glued.start(), BlockKind.PARAGRAPH, BlockKind.INTERTITLE))
