"""Rules on the English blocks: a byline glued to the end of the last paragraph; a headline's second
deck, or a headline glued to a table; a speech's date glued before its address; a date after a
signer on his line (the twin of ``zh_closers``' padded date: ``Southern Hebei District Party
Committee, May 9`` / ``冀南区党委  五月九日``); numbered items; an
address called out with "!" under the paragraph announcing its message; the paragraphs going on an
editor's note heading a report, up to its dateline lead, or under its label alone (the twin of
``zh_signed.label_lines``: ``Editor's Note`` / ``Afterword`` closing the text over its paragraphs).

The translations follow the Chinese layout, so a reporter's name run into the last paragraph
(…登台表演。本报记者王芳 / … take the stage. Our reporter Wang Fang) or a pen name in brackets
there (…（李克信） / … (Li Kexin)) is split off as a byline, as on the Chinese side.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import TOP_KINDS, Block, BlockKind, Span
from . import zh_signed
from .zh_rules import split_block

_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}"
#: A reporter or names in brackets after the last sentence: … stage. Our reporter Wang Fang
_GLUED_BYLINE = lazy(
    rf"(?<=[.!?\"”’])\s+(?:(?:Our|Xinhua|Staff) (?:reporter|correspondent)s? {_NAME}"
    rf"|\({_NAME}(?:(?:,| and) {_NAME})*\))$"
)


def glued_byline(blocks: list[Block]) -> None:
    """Split off a byline glued to the end of the last paragraph (before the closing notes)."""
    last = len(blocks) - 1
    while last > 0 and blocks[last].kind in (BlockKind.CREDIT, BlockKind.EDITORIAL, BlockKind.TRANSLATOR_NOTE):
        last -= 1
    block = blocks[last] if last > 0 else None
    if block is None or block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1:
        return
    text = block.text
    match = _GLUED_BYLINE.search(text)
    if match is None or pt.EN_CREDIT.match(match.group().strip()):
        return
    byline = match.group().lstrip()
    block.lines = [pt.split_phrases(text[: match.start()], "en")]
    span = Span(block.span.path, block.span.line, block.span.column + len(text) - len(byline))
    blocks.insert(last + 1, replace(block, kind=BlockKind.BYLINE, lines=[[byline]], span=span))


#: What joins the decks of an English headline in the header's title: Main: Deck, Main, Deck.
_EN_DECK_JOINERS = (": ", ", ", "; ", " - ", " — ", " ")


def en_deck(title: str | None, headline: str, line: str) -> bool:
    """Whether ``line``, after the headline, is its second deck: the header's title is the two
    joined (the English body sets each deck of a two-deck headline on a line of its own)."""
    return title is not None and any(" ".join(title.split()) == headline + joiner + line for joiner in _EN_DECK_JOINERS)


#: An item's number: 1. , 2) , (3) .
_EN_ITEM = lazy(r"^(?:\(?(\d{1,2})[.)])\s")
#: What closes an item's sentence (a numbered intertitle has none of it).
_EN_ITEM_END = (".", ";", "!", "?", ".)", ".”", '."')


def _en_item_number(block: Block) -> int | None:
    match = _EN_ITEM.match(block.text) if block.kind is BlockKind.PARAGRAPH else None
    return int(match.group(1)) if match and block.text.rstrip().endswith(_EN_ITEM_END) else None


def en_lists(blocks: list[Block]) -> None:
    """Paragraphs numbered in sequence (1. 2. 3.), each a sentence (closed by its punctuation, as
    an intertitle is not), with at most one unnumbered paragraph between two, are list items."""
    numbered = [(index, number) for index, block in enumerate(blocks) if (number := _en_item_number(block))]
    for (first, number), (second, following) in itertools.pairwise(numbered):
        gap = blocks[first + 1 : second]
        if following == number + 1 and len(gap) <= 1 and all(b.kind is BlockKind.PARAGRAPH for b in gap):
            for block in (blocks[first], *gap, blocks[second]):
                block.kind = BlockKind.LIST_ITEM


#: A speech's date in brackets glued before its address: (September 30, 1988) Distinguished guests, …:
_DATED_ADDRESS = lazy(r"^\(([^()]{6,40})\)\s+(?=\S)")


def en_block_rules(blocks: list[Block], title: str | None) -> None:
    """The rules of this module on an English text's blocks once they are grouped, in their order:
    the byline glued to the last paragraph, numbered items, the addresses called out under their
    announcement, the note under its label alone (Editor's Note, Afterword), the note over a report,
    the date glued before the address under the headline, the date after a signer, and the headline
    glued to what follows it."""
    glued_byline(blocks)
    en_lists(blocks)
    en_addresses(blocks)
    zh_signed.label_lines(blocks, _EN_NOTE_CUES)
    en_note_paragraphs(blocks)
    _dated_address(blocks)
    _dated_signers(blocks)
    glued_headline(blocks, title)


def glued_headline(blocks: list[Block], title: str | None) -> None:
    """Split off the headline that opens the first block, padded from what follows it (a
    table's cells: ``Prices in This City (May 26)    Millet    1 jin    25.00 …``)."""
    block = blocks[0] if blocks else None
    if block is None or title is None or block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1:
        return
    text = block.text
    if not text.startswith(title) or not text[len(title) : len(title) + 2].isspace():
        return
    rest = text[len(title) :].lstrip()
    span = Span(block.span.path, block.span.line, block.span.column + len(text) - len(rest))
    block.kind, block.lines = BlockKind.HEADLINE, [[title]]
    blocks.insert(1, replace(block, kind=BlockKind.PARAGRAPH, lines=[pt.split_phrases(rest, "en")], span=span))


def _dated_address(blocks: list[Block]) -> None:
    """A speech's date in brackets glued before the address under its headline (``(September 30,
    1988) Distinguished guests, comrades:``) is its place-date, as the Chinese side reads
    ``（一九八八年九月三十日）各位来宾，各位同志：`` (``zh_dated``); not a date run into a sentence (no
    address after it: the line is no salutation)."""
    block = blocks[1] if len(blocks) > 1 and blocks[0].kind is BlockKind.HEADLINE else None
    if block is None or block.kind is not BlockKind.SALUTATION or len(block.lines) != 1:
        return
    text = block.text
    match = _DATED_ADDRESS.match(text)
    if match is None or not pt.EN_DATE.fullmatch(match.group(1).strip()):
        return
    span = Span(block.span.path, block.span.line, block.span.column + match.end())
    block.kind, block.lines = BlockKind.PLACE_DATE, [[text[: match.end()].rstrip()]]
    blocks.insert(2, replace(block, kind=BlockKind.SALUTATION, lines=[[text[match.end() :]]], span=span))


#: A date closing a signer's line after a comma: …Committee, May 9 / …, September 19, 1958.
_SIGNERS_DATE = lazy(rf"(?<=\S),\s+(?P<date>{pt.EN_DATE.pattern})$")


def _dated_signers(blocks: list[Block]) -> None:
    """A date after a comma at a signer's line's end (``Southern Hebei District Party Committee, May
    9``) is cut off as the place-date, as the Chinese side cuts the date padded after its signer
    (``冀南区党委  五月九日``, ``zh_closers``): the signer alone is signed, the date its dateline."""
    for index in reversed(range(len(blocks))):
        block = blocks[index]
        dated = _SIGNERS_DATE.search(block.text) if block.kind is BlockKind.SIGNATURE else None
        if dated is not None and len(block.lines) == 1 and pt.EN_DATE.search(block.text[: dated.start()]) is None:
            blocks.insert(index + 1, split_block(block, dated.start() + 1, BlockKind.SIGNATURE, BlockKind.PLACE_DATE))


#: A paragraph's end announcing the message printed under it: …issued the following order …:,
#: …sent a telegram, which reads:, …said in his message:.
_EN_ANNOUNCING = lazy(
    r"\b(?:order|telegram|cable|message|letter|speech|address|statement|greetings?|following|as follows"
    r"|reads?|said|says|stated?)\b[^.!?:;]*:$",
    re.IGNORECASE,
)
#: An address's opening word: Comrades, Dear, Friends, Fellow ….
_EN_OPENING = (
    r"(?:(?:My )?(?:Dear|Beloved|Respected|Esteemed|Distinguished) )?"
    r"(?:Comrades?|Friends|Fellow|Ladies|Gentlemen|Brothers|Sisters|Compatriots|Countrymen|Delegates"
    r"|Mr\.|Madam|Your Excellency|Soldiers|Officers|Commanders)\b"
)
#: One addressee called out: an address's opening word and no sentence's mark before its "!".
_EN_ADDRESSEE = _EN_OPENING + r"[^.!?:;\"“”]{0,160}!"
#: A whole address line: one to three addressees called out.
_EN_ADDRESS = lazy(rf"^{_EN_ADDRESSEE}(?:\s+{_EN_ADDRESSEE}){{0,2}}$")
#: An address closed by a colon, the twin of ``zh_addresses.colon_address``: an address's opening word,
#: its addressees listed (Commanders and fighters of the regular army, local forces …:), no sentence's mark.
_EN_COLON_ADDRESS = lazy(rf"^{_EN_OPENING}[^.!?:;\"“”]{{0,300}}:$")
#: What an address closed by a colon never holds: a pronoun or a verb of telling (Comrades, I tell you:).
_EN_TELLING = lazy(r"\b(?:I|we|you|us|me|tell|told|teach|taught|warn|warned|say|said|on behalf)\b", re.IGNORECASE)


def en_addresses(blocks: list[Block]) -> None:
    """The English twin of ``zh_addresses``: a line of one to three addressees each called out with
    "!" (``Comrades soldiers and sergeants! Comrades officers and generals!``) under a paragraph
    announcing the message with a colon (``…issued the following order in celebration of May
    Day:``) is the salutation, and so is an address closed by a colon listing its addressees (``Commanders
    and fighters of the regular army, …:``, no pronoun nor verb of telling); the announcement, read as a
    salutation for its colon, is a paragraph."""
    for index in range(1, len(blocks)):
        block, above = blocks[index], blocks[index - 1]
        if block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1 or len(above.lines) != 1:
            continue
        if above.kind not in (BlockKind.PARAGRAPH, BlockKind.SALUTATION) or not _EN_ANNOUNCING.search(above.text):
            continue
        text = block.text.strip()
        colon = _EN_COLON_ADDRESS.match(text) is not None and _EN_TELLING.search(text) is None
        if len(block.text) <= 300 and (_EN_ADDRESS.match(text) or colon):
            block.kind, block.lines = BlockKind.SALUTATION, [[block.text]]
            if above.kind is BlockKind.SALUTATION:
                above.kind, above.lines = BlockKind.PARAGRAPH, [pt.split_phrases(above.text, "en")]


#: A report's dateline lead with its place and day: Fuzhou, August 2 (People's Daily):, Xinhua News
#: Agency, Moscow, 1st:, [Xinhua, Yan'an, 16th], Report of this paper: (no [Related link]).
_EN_DATELINE = lazy(
    rf"^(?:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{0,3}}, {pt.EN_MONTH} \d{{1,2}}(?:st|nd|rd|th)?"
    r" \((?:People's Daily|Xinhua)\)\s*[:—–]"
    r"|(?:By )?(?:Xinhua|New China) News Agency,[^:—\]]{1,60}?\d{1,2}(?:st|nd|rd|th)?\s*[:—–]"
    r"|\[(?:Xinhua|New China)[^\]]{1,60}?\d{1,2}(?:st|nd|rd|th)?\]"
    r"|(?:Report of this paper|This paper's report)\s*[:—–])"
)
#: The most paragraphs that may go on a note heading the text.
_EN_NOTE_PARAGRAPHS = 3


def en_note_paragraphs(blocks: list[Block]) -> None:
    """The English twin of ``zh_signed.note_paragraphs`` above a report: the paragraphs between an
    editor's note heading the text (``Editor's note: If you are a cadre …``) and the paragraph
    opening with the report's dateline lead (``Fuzhou, August 2 (People's Daily): …``) go on the
    note: three at most, each ending its sentences."""
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.EDITORIAL or not pt.EN_EDITORIAL.match(block.text.strip()):
            continue
        if not all(above.kind in TOP_KINDS for above in blocks[:index]):
            return
        follows = index + 1
        while follows < len(blocks) and blocks[follows].kind is BlockKind.PARAGRAPH:
            if _en_report_opens(blocks[follows]):
                notes = blocks[index + 1 : follows]
                if len(notes) <= _EN_NOTE_PARAGRAPHS and all(n.text.rstrip().endswith(_EN_ITEM_END) for n in notes):
                    for note in notes:
                        note.kind = BlockKind.EDITORIAL
                return
            follows += 1
        return


#: A note's label alone on its line, the twin of 编者的话, 编后, 开篇的话, 编辑点评: Editor's Note, Afterword.
_EN_LABEL_LINE = lazy(
    r"^(?:(?:The )?Editors?'?s?'? (?:Notes?|Words?|Afterword|Postscript|Comments?|Remarks)|Afterword|Postscript"
    r"|Opening (?:Words|Remarks)|A Word (?:from|of) the Editors?|Editorial (?:Note|Comment))[:.]?$",
    re.IGNORECASE,
)
#: A salutation addressed to the paper or its editors (Dear Editor:, Comrade Editors:), a letter's.
_EN_TO_THE_PAPER = lazy(r"\b(?:Editors?|Editorial|People's Daily|paper)\b", re.IGNORECASE)
#: The line signing a note closing the text: Editor, — The Editors, Editorial Department of this paper.
_EN_NOTE_SIGNER = lazy(
    r"^[—–-]*\s*(?:The )?(?:Editors?|Editorial (?:Department|Board)(?: of (?:this|the) paper)?)\.?$", re.IGNORECASE
)
#: The shortest paragraph of a note (shorter: a title or a line).
_EN_NOTE_LENGTH = 60


def _en_report_opens(block: Block) -> bool:
    return block.kind is BlockKind.PARAGRAPH and _EN_DATELINE.match(block.text.strip()) is not None


def _en_note_paragraph(block: Block) -> bool:
    text = block.text.strip()
    return len(text) > _EN_NOTE_LENGTH and text.endswith(_EN_ITEM_END)


_EN_NOTE_CUES = zh_signed.NoteCues(
    _EN_LABEL_LINE, _EN_TO_THE_PAPER, _EN_NOTE_SIGNER, _en_report_opens, _en_note_paragraph
)
