"""Lists whose items open with a label, and headings set letterspaced, in a Chinese text.

* **fact boxes**: two or more short lines next to each other, each a fact labelled with a different word of
  a fact box (``时间：…`` / ``地点：…`` / ``人物：…``), are a list; labelled lines going on under them are its
  next facts (``内容：…`` / ``票价：…``, as below).
* **labelled lists**: three or more paragraphs in a row, each opening with a short label and its mark,
  the rest no sentence (no question, exclamation or semicolon; one full stop only closing a digest's item or
  an enumeration with no clause, ``团员：张三、李四等十五人。``), are the items of a list: a roster (``领队：徐寅生`` /
  ``教练员：李富荣、李赫男（女）`` / ``女运动员：…``, its labels spaced to one width, ``团　长：`` / ``副团长：``, or
  counted, ``北京市（三十名）：``), a gazetteer (``河北省：邢台市、廊坊市…`` / ``山西省：…``), a digest of other papers
  (``《大众日报》△山东省…`` / ``《江西日报》△金溪县…``). A heading standing over items of such a list, under an
  item or under the line announcing the list (``网　球　代　表　队``, see below), does not part it. Not the turns
  of an interview or of a dialogue: a label that comes back with no heading between (``甲：`` / ``乙：`` /
  ``甲：``, ``记者：`` / ``老农：`` / ``记者：``), a label of one character (``男：``, ``问：``), a speaker's
  (``记者：``, ``主持人：``) or one ending in a verb of speech (``工人王师傅说：``), or a sentence
  (``记者：你们是怎么做的？``); nor a picture's caption (``上图：…``, ``图一：…``: lists.py's); nor a
  single labelled line or two.
* **letterspaced headings**: a line of four characters or more set apart by one even gap (``初　经　考　验``,
  ``“吐　故　纳　新”``, ``网　球　代　表　队``) is a heading, on its own or glued after the last sentence of
  the paragraph above it (the export lost the line break: ``…越来越近了。冲　锋　陷　阵``), which is cut off,
  where body text stands right under it and no other spaced line beside it. Not three characters
  (``毛　泽　东``, a name spaced out to the width of a longer one), nor names padded to a column (``李　杰　　戴　鹏``:
  the gap doubles between them), nor a poem's verses or a table's header and rows (spaced lines one under
  another: ``春　风　杨　柳`` / ``万　千　条``, ``国　家　金　银　铜`` / ``日　本　７５…``), nor the text's last line
  (a heading over nothing: a signer spaced out, ``北　京　大　学``).
"""

from __future__ import annotations

from ..lazy_re import lazy
from ..model import Block, BlockKind
from .zh_rules import split_block

#: A label and its mark opening an item: a short word and a colon (领队：, 女运动员：, 河北省：), or a paper's
#: name in title marks and a bullet (《大众日报》△).
_LABEL = lazy(
    r"^(?:([\u4e00-\u9fff][\u4e00-\u9fff　]{0,7}(?:（[^（）：]{1,8}）)?)[：:](?=\S)|《[^《》]{1,12}》[△▲●◆■★☆])"
)
#: A label that is a speaker's, not an item's: one character (甲：, 男：, 问：), a reporter, a host or a guest, or
#: one ending in a verb of speech (工人王师傅说：, as zh_lines' _SPOKEN_OR_FIELD), or a picture's (上图：, 图一：).
_SPEAKER = lazy(r"^(?:.|(?:本报)?记者|主持人?|嘉宾|编者|读者|旁白|.*(?:说|问|道|讲|答|喊|叫|称|表示|指出)|.*图.*)$")
#: What parts an item's clauses (an enumeration has none: 教练员：王文教、陈福寿).
_CLAUSE = frozenset("，,")
#: What an item holds none of: a sentence's end or a semicolon (记者：你们是怎么做的？ is a turn).
_SENTENCE = frozenset("。！？；!?;")
#: The longest item of a labelled list holding a clause (a digest's sentence), and one that only enumerates
#: (names or places, parted by 、: 湖南省：常德市、津市市、…, a long line).
ITEM_LENGTH, ENUMERATION_LENGTH = 100, 400
#: The fewest items of a labelled list.
MIN_ITEMS = 3
#: The longest heading of a group of items.
GROUP_HEADING = 12
#: What a group's heading holds none of: any punctuation.
_PUNCTUATION = frozenset("，。！？；：、,.!?;:“”‘’《》（）()—…·")
_CJK = r"[\u4e00-\u9fff]"
#: Four characters or more, one even gap between each two (李　杰　　戴　鹏, two names padded, is not).
_SPACED = rf"[“‘「]?{_CJK}(?P<gap>[　 ]{{1,3}})(?:{_CJK}(?P=gap)){{2,}}{_CJK}[”’」]?"
#: A line set letterspaced (初　经　考　验).
_LETTERSPACED = lazy(rf"^{_SPACED}$")
#: Such a line glued after a paragraph's last sentence (…越来越近了。冲　锋　陷　阵).
_GLUED_LETTERSPACED = lazy(rf"(?<=[。！？”])[　 ]*{_SPACED}$")
#: The longest piece of a line set with spaces between short pieces (a verse's, a table row's cells).
PIECE = 4


def _label(block: Block) -> str | None:
    """The label of ``block`` if it is a paragraph read as a labelled item (see the module), else None."""
    text = block.text.strip()
    label = _LABEL.match(text)
    if (
        block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
        or label is None
        or len(text) > (ITEM_LENGTH if set(text) & _CLAUSE else ENUMERATION_LENGTH)
        or set(text.removesuffix("。") if _closes(text, label.group(1)) else text) & _SENTENCE
    ):
        return None
    word = "".join((label.group(1) or label.group(0)).split())
    return None if _SPEAKER.match(word) else word


def _closes(text: str, word: str | None) -> bool:
    """Whether the one full stop ``text`` may end with is an item's close: a digest's (《大众日报》△…。), or an
    enumeration's with no clause (团员：张三、李四等十五人。; 米卢蒂诺维奇：我喜欢站起来讲话，…。 is a turn)."""
    return word is None or not set(text) & _CLAUSE


def _item(block: Block) -> bool:
    """Whether ``block`` is a paragraph read as a labelled item (see the module)."""
    return _label(block) is not None


def _group_heading(block: Block) -> bool:
    """Whether ``block`` may head a group of items: a short heading with no punctuation."""
    text = block.text.strip()
    return block.kind is BlockKind.INTERTITLE and 0 < len(text) <= GROUP_HEADING and not set(text) & _PUNCTUATION


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
    """Make LIST_ITEM the fact boxes and the runs of labelled items (see the module)."""
    _fact_boxes(blocks)
    index = 0
    while index < len(blocks):
        items: list[int] = []
        labels: set[str] = set()
        end, turns = index, False
        while end < len(blocks):
            if (label := _label(blocks[end])) is not None:
                turns = turns or label in labels
                items.append(end)
                labels.add(label)
            elif _heads_group(blocks, end):
                labels = set()  # (a roster's teams: each has its 领队：)
            else:
                break
            end += 1
        if len(items) >= MIN_ITEMS and not turns:
            for at in items:
                blocks[at].kind = BlockKind.LIST_ITEM
        index = max(end, index + 1)


def _heads_group(blocks: list[Block], at: int) -> bool:
    """Whether the line at ``at`` heads a group of items: a short heading over an item, under an item or
    under a line announcing the list (…如下：)."""
    if at == 0 or at + 1 >= len(blocks) or not _group_heading(blocks[at]) or not _item(blocks[at + 1]):
        return False
    above = blocks[at - 1]
    return _item(above) or above.kind is BlockKind.LIST_ITEM or above.text.rstrip().endswith(("：", ":"))


def _spaced_line(block: Block) -> bool:
    """Whether ``block`` is a line of short pieces parted by spaces (a spaced verse, a table's row)."""
    pieces = block.text.split()
    return len(pieces) >= 2 and all(len(piece) <= PIECE for piece in pieces)


def _over_body(blocks: list[Block], index: int) -> bool:
    """Whether body text stands right under the block at ``index`` and no spaced line above it."""
    above = blocks[index - 1] if index > 0 else None
    under = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        under is not None
        and under.kind is BlockKind.PARAGRAPH
        and not _spaced_line(under)
        and (above is None or not _spaced_line(above))
    )


def letterspaced_headings(blocks: list[Block]) -> None:
    """Make INTERTITLE the letterspaced lines, cutting off those glued to a paragraph's end (see the module)."""
    for index in reversed(range(len(blocks))):
        block = blocks[index]
        if block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1:
            continue
        if _LETTERSPACED.match(block.text.strip()):
            if _over_body(blocks, index):
                block.kind, block.lines = BlockKind.INTERTITLE, [[block.text]]
        elif (glued := _GLUED_LETTERSPACED.search(block.text)) and _over_body(blocks, index):
            blocks.insert(index + 1, split_block(block, glued.start(), BlockKind.PARAGRAPH, BlockKind.INTERTITLE))
