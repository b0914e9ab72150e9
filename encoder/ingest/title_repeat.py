"""The title repeated under its dateline (issue 13, round t).

An official text printed under its title (a decision, a communiqué, a letter of greetings) may
print the title again right after the dateline that opens the body, on the same line:
``新华社北京7月1日电中共中央关于…的决定`` under ``中共中央关于…的决定``, or
``新华社二日讯　首都大专院校红卫兵代表大会给毛主席的致敬信最最敬爱的伟大领袖毛主席：`` under the letter's
title. The dateline stays a lead, the title repeated is a headline of its own (the lead inside it),
and what the line goes on with is the letter's salutation. The line is read so only when the title
ends it or a salutation follows it: when the title is the subject of a sentence the line goes on
with (``新华社北京6月30日电中葡联合联络小组第二十三次会议新闻公报今天在这里发表。``), it is a paragraph.
"""

from __future__ import annotations

from collections.abc import Callable

from .. import patterns as pt
from ..model import Block, BlockKind, Phrase, PhraseKind, Span
from .lines import RawLine

#: The longest line after a title that may be a salutation (a longer one announces a list).
SALUTATION_LENGTH = 40


def salutation(text: str) -> bool:
    """Whether ``text``, what a line goes on with after a title, is a salutation (…同志：, …们！)."""
    return bool(pt.ZH_SALUTATION.match(text) and len(text) <= SALUTATION_LENGTH) or bool(
        pt.ZH_ADDRESSES.fullmatch(text)
    )


def repeated_title(
    path: str, title: str, below: list[RawLine], match: Callable[[str, list[RawLine]], tuple[int, int | None]]
) -> list[Block]:
    """The blocks of the first of the lines ``below`` the title ``title`` when it repeats the title
    under its dateline (see the module): the headline (the lead, then the title), and the
    salutation that follows it, if any; none when the line is no such repetition (or there is
    none). ``match`` finds where a line repeats the title (and where what follows it starts)."""
    raw = below[0] if below else RawLine(0, "", 0, 0)
    lead = pt.ZH_LEAD.match(raw.text)
    if lead is None or not lead.group().strip():
        return []
    after = raw.text[lead.end() :]
    used, glued_at = match(title, [raw._replace(text=after)])
    whole = glued_at is not None or "".join(after.split()) == "".join(title.split())
    if used != 1 or not whole:  # (not the title's first line alone: the whole title)
        return []
    span = Span(path, raw.number, raw.column)
    head = Block(BlockKind.HEADLINE, [[Phrase(PhraseKind.LEAD, [lead.group()]), after]], span, raw.indent)
    if glued_at is None:
        return [head]
    remainder = after[glued_at:].lstrip(" \u3000")
    if not salutation(remainder):
        return []
    head.lines = [[Phrase(PhraseKind.LEAD, [lead.group()]), after[:glued_at]]]
    offset = len(raw.text) - len(remainder)
    return [head, Block(BlockKind.SALUTATION, [[remainder]], Span(path, raw.number, raw.column + offset), raw.indent)]
