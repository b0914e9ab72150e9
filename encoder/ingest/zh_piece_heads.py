"""The headings of a page's pieces that the line rules of :mod:`.zh_lines` miss: the line over a heading's deck line
is the heading's first line (中共团结着全中国人民与朝鲜人民并肩抗击侵略者 / ——朝鲜《劳动新闻》的社论:
:func:`headings_over_decks`), and in a digest of news items under their headings the one line read as the title's deck
is the first item's heading (有朋自远方来 / 苏联科技合作代表团抵京 / 新华社1日讯…: :func:`first_item_heading`). Both run
after the letters' rules (round zd)."""

from __future__ import annotations

import re

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import TOP_KINDS, Block, BlockKind
from .zh_ends import SENTENCE_END

#: The dash opening a heading's deck line (——苏联文学报的社论, ——读者张明治来信).
_DECK_DASH = "——"
#: The longest first line of a heading over its deck line, and the fewest characters of the deck after its dash
#: (a shorter one may be a quotation's author: ——鲁迅).
_OVER_DECK_LENGTH, _DECK_WORDS = 30, 5
#: A dash line attributing the quotation or slogan over it, no piece's source (——摘自《人民日报》元旦社论,
#: ——毛泽东同志为雷锋同志题词): the line over it is no heading (坚决把无产阶级文化大革命进行到底！, 向雷锋同志学习！).
_ATTRIBUTION = lazy(r"^(?:摘自|选自|引自|转引自|录自)|(?:题词|题字|语录|诗词|诗句|名言|格言|手迹)$")
#: What the first line of a heading over its deck holds none of (an exclamation may close it: 感谢人民解放军！).
_NOT_OVER_DECK = frozenset("。？；：，、…?;:,“”「」")


def headings_over_decks(blocks: list[Block]) -> None:
    """The line over a deck line read as a heading (``——朝鲜《劳动新闻》的社论``, ``——读者张明治来信``: a dash, then
    the source of the piece under it, five characters or more and no name alone: ``——鲁迅`` under a quotation is its
    author) is the heading's first line, though too long to be read as one by itself
    (``中共团结着全中国人民与朝鲜人民并肩抗击侵略者``, 22 characters) or closed by an exclamation
    (``感谢人民解放军！``): one phrase of 30 characters at most, with no other mark, standing under a paragraph that
    ends its sentence or under the title where another heading with its deck follows (a page of letters, not one
    piece's two decks: :func:`_more_pieces`). The dash line itself never opens a heading, and one attributing a
    quotation or a slogan (``——摘自《人民日报》元旦社论``, ``——毛泽东同志为雷锋同志题词``:
    :data:`_ATTRIBUTION`) heads none."""
    for index in range(1, len(blocks) - 1):
        block, deck, above = blocks[index], blocks[index + 1], blocks[index - 1]
        text, words = block.text.strip(), deck.text.strip().removeprefix(_DECK_DASH)
        if deck.kind is not BlockKind.INTERTITLE or not deck.text.strip().startswith(_DECK_DASH):
            continue
        if len(words) < _DECK_WORDS or words.startswith("—") or pt.ZH_PLACE_DATE.match(words):
            continue
        if _ATTRIBUTION.search(words):
            continue  # (a quotation's or a slogan's source: ——摘自…, ——…题词)
        if block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1 or not 2 <= len(text) <= _OVER_DECK_LENGTH:
            continue
        if set(text) & _NOT_OVER_DECK or text.startswith(_DECK_DASH) or "！" in text.rstrip("！!"):
            continue
        ended = above.kind is BlockKind.PARAGRAPH and above.text.rstrip().endswith(SENTENCE_END)
        if ended or (above.kind in TOP_KINDS and _more_pieces(blocks, index + 2)):
            block.kind, block.lines = BlockKind.INTERTITLE, [[block.text]]


def _more_pieces(blocks: list[Block], start: int) -> bool:
    """Whether a heading with its deck line (保卫我们的幸福　——东北图们铁路工人来信) stands among the blocks from
    ``start``: a page of pieces, each under its heading and source, where the first's stands right under the title.
    Under the title of one piece, a line over ``——记…`` and that line are the title's two decks."""
    return any(block.kind is BlockKind.INTERTITLE and _DECK_DASH in block.text for block in blocks[start:])


#: The fewest news items of a digest, each under a heading read as one, that show its first item's heading.
_ITEM_HEADINGS = 2


def _over_news(blocks: list[Block], index: int) -> bool:
    """Whether the line at ``index`` stands over a news item: a paragraph opening with its dateline lead
    (新华社1日讯…), or a heading's deck line (——苏联文学报的社论) over one."""
    under = index + 1
    if under < len(blocks) and blocks[under].kind is BlockKind.INTERTITLE and blocks[under].text.startswith("——"):
        under += 1
    return (
        under < len(blocks)
        and blocks[under].kind is BlockKind.PARAGRAPH
        and pt.ZH_LEAD.match(blocks[under].text.strip()) is not None
    )


#: What a deck summing up the page says, no item's heading (各地抓紧时机积极播种, 北方各省春播进度很快, 外宾纷纷来访).
#: (Not 各国, 各界, 全国: an item's heading may name them, 各国驻华使节参观首钢, 全国妇联举行座谈会.)
_PAGE_WIDE = lazy(r"各(?:地|省|市|县|区|方面|条战线)|纷纷|普遍|广大|许多|不少")
#: What opens a news item telling of the whole country, a page's opening summary (全国各地农民…, 各地…), not one
#: item (河北省各地农民…, 全国人大常委会副委员长…).
_ALL_OVER = lazy(r"^(?:全国各|我国各|各(?:地|省|市|县|区))")


def _first_clause(text: str) -> str:
    """The first clause of a news item after its dateline lead (全国各地农民在今年春耕生产中 of
    ``新华社北京十日电　全国各地农民在今年春耕生产中，…``)."""
    lead = pt.ZH_LEAD.match(text)
    rest = (text[lead.end() :] if lead else text).lstrip()
    return re.split(r"[，。！？；,]", rest, maxsplit=1)[0]


#: What the first item's heading holds none of (a deck's marks: ——记…, （摘要）, a clause's comma).
_NOT_IN_ITEM_HEADING = frozenset("。！？；：…!?;:，、—（）()“”《》")


def first_item_heading(blocks: list[Block]) -> None:
    """In a digest of news items, each under its heading (``日本气象学家抵京`` / ``新华社1日讯　应…``, two or
    more read as headings), the one line under the title read as its deck and standing as they do, over a
    news item that opens with its lead (``有朋自远方来`` / ``苏联科技合作代表团抵京`` / ``新华社1日讯　由…``), is
    the first item's heading: at most half as long again as the longest of them (a longer line sums the
    page up). Not where the title has two decks or more, nor a deck with punctuation (``——记…``,
    ``（摘要）``), nor one speaking of many or standing over an item that does (``各地抓紧时机积极播种``,
    ``华北平原抢墒播种`` over ``新华社北京十日电　全国各地农民…``, the page's opening summary: :data:`_PAGE_WIDE`)."""
    subtitles = [index for index, block in enumerate(blocks) if block.kind is BlockKind.SUBTITLE]
    if len(subtitles) != 1:
        return
    index = subtitles[0]
    block = blocks[index]
    text = block.text.strip()
    if len(block.lines) != 1 or set(text) & _NOT_IN_ITEM_HEADING or not _over_news(blocks, index):
        return
    if _PAGE_WIDE.search(text) or _ALL_OVER.match(_first_clause(blocks[index + 1].text.strip())):
        return  # (the page's deck over its opening summary: 各地抓紧时机积极播种 / 新华社北京十日电　全国各地…)
    items = [
        len(other.text.strip())
        for at, other in enumerate(blocks)
        if at > index
        and other.kind is BlockKind.INTERTITLE
        and len(other.lines) == 1
        and not other.text.startswith("——")
        and _over_news(blocks, at)
    ]
    if len(items) >= _ITEM_HEADINGS and 2 * len(text) <= 3 * max(items):
        block.kind, block.lines = BlockKind.INTERTITLE, [[block.text]]
