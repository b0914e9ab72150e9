"""Credits, a date and the translators' line closing a Chinese text (``zh_tails.tails`` runs :func:`closing_lines`): a
credit in brackets opening with 据 or 均据, alone or glued to the last sentence (…引起的。（据新华社）, a round-up's
（以上均据新华社）), a paper's (…。（东北日报）), a reprint's source glued to the text's end, the source word opening
the brackets (…。（转载自“苏联介绍”月刊第二十期）, …完成了（转自《焦作工人》）。; not a quotation's citation, nor the
source of a text the sentence names), a contributor's line (四川省托幼办公室供稿), a date in brackets ending the text,
the translators' line (〔黄永，张良民译〕)."""

from __future__ import annotations

import re

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import Block, BlockKind
from . import zh_ends
from .zh_ends import last_text, last_words
from .zh_rules import split_block

#: What ends a sentence, so that padding after it sets the rest apart.
_END = "。！？”」…）)"
#: A credit in brackets opening with 据, glued to the last sentence (…引起的。（据新华社）), but a figures remark.
_GLUED_ACCORDING = lazy(rf"(?<=[{_END}])[　 ]*[（(]{zh_ends.ACCORDING}[^（）()，。]{{2,20}}[）)]$")
#: What opens a source in brackets alone on its line: 据, 均据 (（以上均据新华社）).
_OPENS_ACCORDING = lazy(rf"^[（(]{zh_ends.ACCORDING}")
_GLUED_PAPER = lazy(rf"(?<=[。！？])[　 ]*{pt.ZH_PAPER_TEXT}$")  # a paper's: …。（东北日报）, not after ”
#: A source credit in brackets glued to the text's last sentence (…第二十期。（转载自“苏联介绍”月刊第二十期）,
#: …”（原载六月十九日《新华日报》）), or glued before its last full stop (…完成了（转自《焦作工人》）。).
_GLUED_SOURCE = lazy(
    rf"(?:(?<=[。！？”」…])[　 ]*{pt.ZH_SOURCE_BRACKET}|(?<=[\u4e00-\u9fff]){pt.ZH_SOURCE_BRACKET}(?=。$))。?$"
)
#: A quotation's citation, not the text's source: 摘自, 选自, 录自 right after the quotation's end
#: (…”（摘自《毛主席语录》）): it stays with the quotation; a reprint's (原载, 转自) closes the text.
_CITED = lazy(r"^[　 ]*[（(〔](?:摘自|摘录自|摘编自|选自|节选自|录自)")
#: A text the sentence names, right before a source in brackets glued before the last full stop: the source is
#: that text's, inside the sentence (…一文（原载《红旗》杂志第三期）。, …这篇社论（原载《真理报》）。),
#: not the text's own.
_TEXT_NAMED = lazy(
    r"(?:文|文章|社论|评论|短评|论文|讲话|谈话|报告|报道|通讯|消息|诗|诗歌|歌谣|信|作品|小说|故事|书|声明|演说|成册|集)$"
)
#: A contributor's line: 四川省托幼办公室供稿.
_CONTRIBUTED = lazy(r"^[（(]?[^，。！？；：（）()]{2,24}供稿[）)]?。?$")
#: A date alone in brackets: （六月二十七日）.
_BRACKETED_DATE = lazy(rf"^[（(](?:{pt.ZH_DATE.pattern})[）)]$")
#: The translators' line: 〔黄永，张良民译〕, （李文译）; not a remark on the text or its making that ends in 译
#: (（本文…译）, （此文…译）, （删节…）, （审阅…）, （记录…）, （录音…）).
_TRANSLATORS = lazy(r"^[〔（(【\[](?!本文|此文|删节|审阅|记录|录音)[^〔〕（）()【】\[\]。！？]{2,24}译[〕）)】\]]$")


def closing_lines(blocks: list[Block]) -> None:
    """Credits (（据县委报道组）, （东北日报）), a date, the translators' line closing the text (see the module)."""
    last = last_text(blocks)
    closing = (last, last_words(blocks))
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        text = block.text.strip()
        paper = 0 < index == last and blocks[index - 1].text.rstrip()[-1:] in "。！？”" and pt.ZH_PAPER.match(text)
        if _CONTRIBUTED.match(text) or (index in closing and _according(text)) or paper:
            block.kind, block.lines = BlockKind.CREDIT, [[block.text]]
        elif index >= last - 1 and _TRANSLATORS.match(text):
            block.kind, block.lines = BlockKind.BYLINE, [[block.text]]
        elif index == last and _BRACKETED_DATE.match(text):
            block.kind, block.lines = BlockKind.PLACE_DATE, [[block.text]]
    for index in reversed(range(len(blocks))):
        block, last = blocks[index], last_text(blocks)
        paper = _GLUED_PAPER.search(block.text) if index == last else None  # only the last's: …。（东北日报）
        source = _glued_source(block.text) if index in (last, last_words(blocks)) else None
        glued = (_GLUED_ACCORDING.search(block.text) or paper or source) if block.kind is BlockKind.PARAGRAPH else None
        if glued and len(block.lines) == 1 and index >= last - 1 and not zh_ends.figures_remark(glued[0]):
            start = glued.start() + len(glued.group()) - len(glued.group().lstrip("　 "))
            blocks.insert(index + 1, split_block(block, start, BlockKind.PARAGRAPH, BlockKind.CREDIT))


def _glued_source(text: str) -> re.Match[str] | None:
    """A source credit glued to the end of ``text`` (``_GLUED_SOURCE``), not a quotation's citation
    (``_CITED``: …”（摘自《毛主席语录》））."""
    match = _GLUED_SOURCE.search(text)
    if match is None or (text[: match.start()].endswith(("”", "」")) and _CITED.match(match.group())):
        return None
    if match.group().endswith("。") and _TEXT_NAMED.search(text[: match.start()]):
        return None  # 我们读了《论…》一文（原载《红旗》杂志第三期）。: where a text the sentence names came from
    return match


def _according(text: str) -> bool:
    """Whether ``text`` is a source in brackets opening with 据 or 均据 (``zh_ends.source_credit``:
    （据县委报道组）, （以上均据新华社））."""
    return bool(_OPENS_ACCORDING.match(text)) and zh_ends.source_credit(text)
