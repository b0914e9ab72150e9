"""The title repeated under its dateline (issue 13, round t).

An official text printed under its title (a decision, a communiqué, a letter of greetings) may
print the title again right after the dateline that opens the body, on the same line:
``新华社北京7月1日电中共中央关于…的决定`` under ``中共中央关于…的决定``, or
``新华社二日讯　首都大专院校红卫兵代表大会给毛主席的致敬信最最敬爱的伟大领袖毛主席：`` under the letter's
title. The dateline stays a lead, the title repeated is a headline of its own (the lead inside it),
and what the line goes on with is the letter's salutation. The line is read so only when the title
ends it or a salutation follows it: when the title is the subject of a sentence the line goes on
with (``新华社北京6月30日电中葡联合联络小组第二十三次会议新闻公报今天在这里发表。``), it is a paragraph.
A salutation there names an addressee (:func:`addressed`: …毛主席：, …同志们：, 亲爱的台湾同胞：); a verb
announcing what follows (``中苏联合公报全文如下：``, ``…新闻公报指出：``) makes the title the subject of
that sentence too: the line stays a paragraph, the communiqué no letter.
"""

from __future__ import annotations

from collections.abc import Callable

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import Block, BlockKind, Phrase, PhraseKind, Span
from .lines import RawLine

#: The longest line after a title that may be a salutation (a longer one announces a list).
SALUTATION_LENGTH = 40


#: What ends an addressee before the colon: a person's or a body's title (毛主席, 周恩来总理, 各位代表,
#: 编辑部), a form of address (同志, 先生, 同胞, 阁下), a plural (朋友们, not 我们).
_ADDRESSEE_END = lazy(
    r"(?:同志|先生|女士|夫人|小姐|同胞|朋友|代表|阁下|殿下|陛下|主席|总理|总统|首相|委员长|书记|部长|将军|元帅"
    r"|编辑|编辑部|(?<![我你他她它咱人])们)[：:]$"
)


def addressed(text: str) -> bool:
    """Whether ``text``, what a line goes on with after the title repeated, is a salutation naming
    its addressee (a :func:`salutation` ending on an addressee's word; ``如下：``, ``指出：`` are none)."""
    return pt.ZH_ADDRESSES.fullmatch(text) is not None or (salutation(text) and bool(_ADDRESSEE_END.search(text)))


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
    none); the line as a paragraph when it goes on with a colon after no addressee (…全文如下：), so
    that no rule takes that short line for a salutation. ``match`` finds where a line repeats the
    title (and where what follows it starts)."""
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
    if not addressed(remainder):  # a paragraph: the title its sentence's subject (…全文如下：, …今天发表。)
        return (
            [Block(BlockKind.PARAGRAPH, [pt.split_phrases(raw.text, "zh")], span, raw.indent)]
            if salutation(remainder)
            else []
        )
    head.lines = [[Phrase(PhraseKind.LEAD, [lead.group()]), after[:glued_at]]]
    offset = len(raw.text) - len(remainder)
    return [head, Block(BlockKind.SALUTATION, [[remainder]], Span(path, raw.number, raw.column + offset), raw.indent)]
