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

Where the body repeats the title (:func:`locate`, which :mod:`.classify` asks first) is at its top, or under
kicker lines the title leaves out (three at most, each short, or the first an editor's note:
:func:`kicker_lines`). Longer lines stand above it only where the line right under the title, whole on its
lines, names the article's authors (the header's field): an editor's note in two paragraphs (``编者按：今年4月28日…``
/ ``为了进一步加强对新《税收征管法》的宣传，…`` over ``加大对税收征管宣传力度`` / ``人民日报总编辑  王  晨``), a lead-in
printed above the title (``截至11月30日，在俄人民友谊大学宿舍火灾中罹难的中国留学生增至9人，…`` over ``祖国是你们坚强的
后盾`` / ``本报驻俄罗斯记者  吕岩松``): a title and its byline do not open a paragraph of the body, and the lines
above are the note (:mod:`.decks`: a long line under a note is its next paragraph) or the lead-in's kicker.
Without that byline a long line above a line repeating the title keeps the body's start where it was.
"""

from __future__ import annotations

from collections.abc import Callable

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import Block, BlockKind, Field, Phrase, PhraseKind, Span
from .lines import RawLine
from .zh_ends import authors_line

#: How many lines above the repeated title may be kickers the title leaves out (or an editor's note, a lead-in).
MAX_KICKERS = 3
#: The longest line that may stand as a kicker above the repeated title.
KICKER_LENGTH = 80
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


def locate(
    title: str,
    body: list[RawLine],
    match: Callable[[str, list[RawLine]], tuple[int, int | None]],
    authors: Field | None = None,
) -> tuple[int, int | None, int]:
    """Where the body repeats ``title`` (``match`` finds it at the top of a run of lines): the
    number of lines the title takes, where it is glued to what follows (or None), and how many
    kicker lines stand above it that the title leaves out (0, 1 or more; all 0 if not found). Lines
    too long for kickers stand above it too where the line under it names the ``authors`` (see the module)."""
    used, glued_at = match(title, body)
    above = 0
    while not used and above < MAX_KICKERS and above + 1 < len(body):
        above += 1
        used, glued_at = match(title, body[above:])
    if used and above and not kicker_lines([raw.text for raw in body[:above]]):
        under = body[above + used] if above + used < len(body) else None
        signed = (
            glued_at is None and under is not None and authors is not None and authors_line(under.text, authors.value)
        )
        # a letter's or a telegram's addressee above (人民日报编辑部：, 金日成同志：): the title is its closing wish
        signed = signed and not any(addressed(raw.text.strip()) for raw in body[:above])
        return (used, glued_at, above) if signed else (0, None, 0)
    return (used, glued_at, above) if used else (0, None, 0)


def kicker_lines(texts: list[str]) -> bool:
    """Whether ``texts``, printed above the repeated title, may all be kickers of it (or, the
    first, an editor's note printed above the title)."""
    return 0 < len(texts) <= MAX_KICKERS and all(
        0 < len(text.strip()) <= KICKER_LENGTH or (not index and pt.editorial(text, "zh"))
        for index, text in enumerate(texts)
    )
