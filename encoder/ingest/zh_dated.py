"""A document's date in brackets under its title (a rule of the Chinese blocks, run before the
tails' rules).

A speech, a decision or a communiqué printed whole carries the day it was given or adopted in
brackets right under its title: ``（一九八八年九月三十日）`` under 李鹏总理的祝酒词, ``（2001年7月1日）``
under 中共中央关于表彰…的决定. The bracketed date (its month at least, perhaps its year, its day and
a place after 于 or 在) opening the first line of the body is the text's place-date:

* under the title's decks or the byline under them, glued before the address that opens the
  speech (``（一九八八年九月三十日）各位来宾，各位同志：``: place-date, then the salutation) or alone
  on its line above that address (the date then opens the speech with it: a date alone over a
  text with no address stays a paragraph, which no closing can hold there);
* alone on its line under the dateline that repeats the document's title
  (``新华社北京7月1日电中共中央关于…的决定`` / ``（2001年7月1日）``: the paragraph above is a dateline,
  …电 or …讯, then the headline's words), which it closes; not under a sentence naming the title (a
  chronicle's ``本报从今天起连载…中国共产党大事记`` / ``（一九二一年七月）``: its first entry's date).

The address is an addressee's (``同志们：``, ``各位来宾，各位同志：``), not any line ending in a colon
(a diary's ``（五月三日）`` / ``连长对我们说：``).

Not a date with more in its brackets (``（1982年12月10日第五届全国人民代表大会第五次会议通过）``,
the text's adoption: a deck), nor a bracketed date lower in the body (a diary's entry, a note),
nor one run into a sentence (``（六月一日）晚上，…``: the rest is no address).
"""

from __future__ import annotations

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import Block, BlockKind, body_start
from .zh_rules import split_block

#: A date in brackets opening a line: （一九八八年九月三十日）, （2001年7月1日）, （六月二十七日于北京）.
_BRACKETED_DATE = lazy(rf"^[（(](?:{pt.ZH_YEAR})?{pt.ZH_MONTH}(?:{pt.ZH_DAY})?(?:[于在][^（）()，。]{{1,20}})?[）)]")
#: The longest address glued after the date.
_ADDRESS_LENGTH = 40
#: An addressee before the colon: 同志们：, 各位来宾，各位同志：, 主席先生： (not speech: 连长对我们说：).
_ADDRESSEE = lazy(r"^[^。！？；]{1,40}(?:们|同志|先生|女士|来宾|朋友|代表|阁下|主席|总理|总统|首相)[：:]$")
#: A dateline before the repeated title: the agency or the paper and its place and day, then 电 or 讯
#: (新华社北京7月1日电, 本报讯); not a sentence (本报从今天起连载…).
_DATELINE = lazy(r"^[^，。！？；：]{1,30}[电讯][　 ]*$")


def dated_documents(blocks: list[Block]) -> None:
    """The bracketed date under a document's title is its place-date (see the module)."""
    start = body_start(blocks)
    headlines = [block for block in blocks[:start] if block.kind is BlockKind.HEADLINE]
    if not headlines or start >= len(blocks):
        return
    index = start + 1 if _repeats_title(blocks[start], headlines[0], BlockKind.PARAGRAPH) else start
    block = blocks[index] if index < len(blocks) else None
    if block is None or block.kind not in (BlockKind.PARAGRAPH, BlockKind.SALUTATION) or len(block.lines) != 1:
        return
    # The dateline repeating the title may already be read as the title's second headline (title_repeat).
    repeated = index == start and _repeats_title(blocks[start - 1], headlines[0], BlockKind.HEADLINE)
    if match := _BRACKETED_DATE.match(block.text.strip()):
        _date_off(blocks, index, block.text.index(match.group()) + match.end(), alone=index > start or repeated)


def _repeats_title(block: Block, headline: Block, kind: BlockKind) -> bool:
    """Whether ``block`` (of ``kind``, not the headline itself) is a dateline followed by the
    headline's words (the dateline repeating the title)."""
    title, text = "".join(headline.text.split()), "".join(block.text.split())
    if block is headline or block.kind is not kind or len(title) < 4 or not text.endswith(title) or text == title:
        return False
    return bool(_DATELINE.match(text[: -len(title)]))


def _date_off(blocks: list[Block], index: int, end: int, *, alone: bool) -> None:
    """The date (up to ``end``) of the block at ``index`` is a place-date where an address follows
    it, glued or on the next line, or (``alone``) where it closes the paragraph repeating the
    title; the address after it is the salutation. Else the line is left as it is."""
    block = blocks[index]
    rest = block.text[end:].strip()
    if rest:
        if _address(rest):
            blocks.insert(index + 1, split_block(block, end, BlockKind.PLACE_DATE, BlockKind.SALUTATION))
        return
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    addressed = (
        following is not None
        and following.kind in (BlockKind.SALUTATION, BlockKind.PARAGRAPH)
        and _address(following.text)
    )
    if alone or addressed:
        block.kind, block.lines = BlockKind.PLACE_DATE, [[block.text]]
    if addressed and following is not None and following.kind is BlockKind.PARAGRAPH:
        following.kind, following.lines = BlockKind.SALUTATION, [[following.text]]


def _address(text: str) -> bool:
    """Whether ``text`` is an address opening a speech or a letter: 各位来宾，各位同志：, 同志们！ (an
    addressee's words before its mark, not any line ending in a colon: 连长对我们说：)."""
    text = text.strip()
    return len(text) <= _ADDRESS_LENGTH and bool(_ADDRESSEE.match(text) or pt.ZH_ADDRESSES.fullmatch(text))
