"""A reader's signature inside a page of letters and answers (a rule of the Chinese blocks).

* **signed inside**: a reader's place or unit and name padded apart on a line of their own (a
  TAB, U+3000, two spaces or more, as the JSON pads), between a reader's letter or question and
  its answer (``河北三河市  李东升`` under 问：…, above 答：…), sign the letter: a signature, not a
  heading (``signed_inside``, run last of the block rules, after the headings' series);
* **dated inside**: in a page of messages (a salutation above), a date alone on its line under a
  message's last sentence, before the next message, closes it: a place-date, and the short lines
  between that sentence and the date (``中国民主同盟总部`` / ``一九四九年十月一日``, ``东北人民政府`` /
  ``主席　高岗`` / ``副主席　李富春、林枫、高崇民`` / ``十月一日``) are its signatures, not headings;
* **an editors' note of paragraphs**: the paragraphs under an opening ``编者按`` that run on to
  the letter's salutation (编者按…。 / 值得注意的是…。 / 编辑同志：), or under a closing one to the
  end of the text (…的威信。 / 一军人 / 编者按：这封信… / 何洛丰同志是共产党员，…), are the note's;
  so are those under a note heading a report, up to its dateline lead; a note's label (编辑点评,
  点评：, 按：, 注： after a speech) heading or closing the text makes the note (``labelled_notes``), and so
  does a label alone on its line (编者的话, 开篇的话, 编后) with the paragraphs under it (``label_lines``);
* **the writer's workplace**: closing a text that is no letter, glued to its last sentence with an
  author's name padded after it (…积极作用。中国五金机械公司唐山批发站　郭恩庆), it is the byline too
  (alone above the writers' byline, 湖北丹江口市凉水河镇高湾小学 / 赵一才: ``zh_tails.signed_remarks``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import TOP_KINDS, Block, BlockKind
from . import zh_ends
from .zh_ends import NAME, SENTENCE_END, WORKPLACE_END, last_words
from .zh_rules import signer_shaped, split_block
from .zh_tails import ADDRESSEE, CREDITED_AUTHOR, PLACE_OR_UNIT

#: A reader's place or unit and name padded apart (a TAB, U+3000 or two spaces or more, as the
#: JSON pads), as one signs a letter or a question: 河北三河市  李东升.
_SIGNER_LINE = lazy(rf"^{PLACE_OR_UNIT}(?:\t|　|[ ]{{2}})[\t 　]*({NAME})$")
#: A reader's question (问：…) or letter: a salutation opening it (编辑同志：), or the reader
#: addressing the paper (我是贵报的一名忠实读者).
_ASKED = lazy(rf"^问[：:]|^{ADDRESSEE}|贵报|贵刊|贵版")
#: The answer below it (答：…) or the editors' reply (…是本版的宗旨。根据读者朋友的建议，我们…).
_ANSWERED = lazy(r"^答[：:]|本版|本刊|编者|编辑部|读者")


def signed_inside(blocks: list[Block]) -> None:
    """A line of a place or unit and a person's name padded apart, between the last sentence of
    a reader's letter or question and the text that answers it (河北三河市  李东升 under 问：…,
    above 答：…), signs what is above it: a signature, not a heading. The text above must be a
    letter or a question (``_ASKED``) and the text below its answer (``_ANSWERED``): a report on
    several people (鞍钢炼铁厂　王崇伦 over his section) has neither. Where two such lines or more
    stand apart, each over its text, they head the sections of a text: left as they are."""
    found = [
        index
        for index in range(1, len(blocks) - 1)
        if blocks[index].kind in (BlockKind.INTERTITLE, BlockKind.PARAGRAPH)
        and len(blocks[index].lines) == 1
        and (signer := _SIGNER_LINE.match(blocks[index].text.strip()))
        and pt.zh_surnamed(signer.group(1))  # a person's (李东升), not any characters (英雄的人)
        and not CREDITED_AUTHOR.search(blocks[index].text)
    ]
    if len(found) != 1:
        return
    (index,) = found
    before, block, after = blocks[index - 1], blocks[index], blocks[index + 1]
    if before.kind is not BlockKind.PARAGRAPH or not before.text.rstrip().endswith(SENTENCE_END):
        return
    asked = any(
        b.kind is BlockKind.SALUTATION or (b.kind is BlockKind.PARAGRAPH and _ASKED.search(b.text.strip()))
        for b in blocks[:index]
    )
    if asked and after.kind is BlockKind.PARAGRAPH and _ANSWERED.search(after.text.strip()):
        block.kind, block.lines = BlockKind.SIGNATURE, [[block.text]]


#: The most signatory lines above a message's date.
_SIGNERS_ABOVE_DATE = 3
#: What may follow a message's date: the next message's title or address, or nothing.
_AFTER_DATE = (BlockKind.INTERTITLE, BlockKind.SALUTATION)
#: What a signer line above the date was read as.
_SIGNER_KINDS = (BlockKind.INTERTITLE, BlockKind.PARAGRAPH)


def dated_inside(blocks: list[Block]) -> None:
    """A date under a message's last sentence, in a page of messages, and the signers above it (see the module)."""
    saluted = False
    for index, block in enumerate(blocks):
        saluted = saluted or block.kind is BlockKind.SALUTATION
        text = block.text.strip()
        if (
            not saluted
            or block.kind not in _SIGNER_KINDS
            or not pt.ZH_PLACE_DATE.match(text)
            or set(text) & pt.ZH_SENTENCE_PUNCT
            or (index + 1 < len(blocks) and blocks[index + 1].kind not in _AFTER_DATE)
        ):
            continue
        top = index
        while index - top < _SIGNERS_ABOVE_DATE and _signer_line(blocks[top - 1]):
            top -= 1
        above = blocks[top - 1]
        if above.kind is not BlockKind.PARAGRAPH or not above.text.rstrip().endswith(SENTENCE_END):
            continue
        for signer in blocks[top:index]:
            signer.kind, signer.lines = BlockKind.SIGNATURE, [[signer.text]]
        block.kind, block.lines = BlockKind.PLACE_DATE, [[block.text]]


def _signer_line(block: Block) -> bool:
    """A short line with no sentence punctuation, read as a heading or a paragraph."""
    return len(block.lines) == 1 and bool(block.text.strip()) and signer_shaped(block, kinds=_SIGNER_KINDS)


#: The opening of an editors' note (编者按, 编者按语), or a note's label (see :func:`labelled_notes`): 注：,
#: 点评：, 编后：, 按： (its bracket maybe opening before it: （按：这是作者为…写的序文。本报有删节））.
_NOTE_OPENING = lazy(r"^编者按|^[（(]?按[：:]|^(?:附?注|(?:编辑)?点评|编后语?)(?:[：:]|(?<=[评语])[　 ]+(?=\S))")
#: A note's label alone on its line: 编者的话, 编辑部的话, 开篇的话 (a series' opening note), 编后, 编后语,
#: 编后记, 编辑点评, 点评, 编者按, 编者按语 (a colon after it allowed).
_LABEL_LINE = lazy(r"^(?:编者的话|编辑部的话|开篇的话|编后(?:语|记)?|(?:编辑)?点评|编者按语?)[：:]?$")
#: What a label alone was read as before (a heading, a byline under the title, a paragraph, the editors').
_LABEL_KINDS = (BlockKind.PARAGRAPH, BlockKind.INTERTITLE, BlockKind.BYLINE, BlockKind.EDITORIAL)
#: A note's label that is no editors' own: a document may note its own words (注：公报中全国人口数字…).
_PLAIN_NOTE = lazy(r"^附?注[：:]")
#: What may close a text below a note closing it: notes, bylines, credits, pictures (no body paragraph).
_BELOW_NOTE = (BlockKind.CREDIT, BlockKind.EDITORIAL, BlockKind.BYLINE, BlockKind.CAPTION)
#: A paragraph going on a closing note: a gloss of a term (“五讲四美”为“讲友好、…”).
_GLOSS = lazy(r"^(?:“[^”]{1,16}”|[^，。：；“”！？]{2,12})(?:为|是|指)[“：:]")
#: A speech's or a letter's salutation calling persons (亲爱的日本青年朋友们！, 同志们：), not organs (…党委：).
_PERSONS_SALUTED = lazy(r"(?:们|同志|代表|先生|女士|朋友|来宾)[：:！!]$")
#: A report's dateline lead, with its place and day (本报福州8月2日电, 【新华社莫斯科一日电】), or 本报讯.
_DATELINE = (
    r"[【（(]?(?:新华社|本报|中新社|中国新闻社)[^　 ，。：、（】]{1,16}?"
    r"(?:\d{1,2}|[〇○零一二三四五六七八九十]{1,3})日专?[电讯]"
    r"|[【（(]?(?:据)?本报讯"
)
_REPORT_LEAD = lazy(rf"^(?:{_DATELINE})")
#: A report's dateline lead glued after a note's sentence in one paragraph (…做了些什么？本报福州8月2日电).
_GLUED_LEAD = lazy(rf"[。！？!?”](?:{_DATELINE})")
#: The longest line that may be a letter's title rather than a paragraph of the note.
_TITLE_LENGTH = 30
#: A paragraph giving another's letter or answer (商业局来信说：…), no words of the editors; not a
#: sentence about letters (各地党委应当重视群众来信，…).
_REPLY = lazy(r"^[^，。：]{2,20}?(?:来信|来函|复信|回信|答复)[^，。：]{0,4}?[说称][：:]")
#: The line signing a note closing the text, its own closing: 编者, ——编者, 本报编辑部.
_NOTE_SIGNER = lazy(r"^[—－-]*(?:本报|本刊|本版)?(?:编者|编辑部)$")
#: A salutation addressed to the paper or its editors (编辑同志：, 编者同志：, 人民日报编辑部：), a letter's.
_TO_THE_PAPER = lazy(r"编辑|编者|报社|日报|本报|报馆|贵报|刊")
#: The most paragraphs that may go on a note.
_NOTE_PARAGRAPHS = 3


def labelled_notes(blocks: list[Block]) -> None:
    """A paragraph opening with a note's label (``注：``, ``附注：``, ``点评：``, ``编辑点评``, ``编后：``,
    ``按：``, ``（按：``) is the paper's note, as an editors' note opening with 编者按 is, where it stands
    as such notes do: heading the text, right under its title's decks (``编辑点评  如果你是机关干部，…``,
    above the report's dateline lead), or closing it, in the second half of its body (or as its last
    block under a body paragraph: 点评：… under a short item's one paragraph) with nothing after it but
    glosses going on it (“五讲四美”为“…”), notes, bylines, credits and pictures. A note (注：,
    附注：) may be a document's own (注：公报中全国人口数字…, closing a communiqué; 注：此件发至县团级。,
    a circular's; 注：表中…, a table's in a report): it is the paper's only where it closes a speech
    or a letter saluting persons (亲爱的日本青年朋友们！ … / 注：四项原则为…), not organs (…党委：).
    Not a label opening more than one paragraph (a series of 点评： after cases: the text's own),
    nor one in the middle of the text, nor a word run on (注意：, 注释, 点评家), nor a note with a
    report's dateline lead glued in it (its words are the report's too)."""
    for index, block in enumerate(blocks):
        text = block.text.strip()
        label = _NOTE_OPENING.match(text) if block.kind is BlockKind.PARAGRAPH and index else None
        if label is None or text.startswith("编者按") or len(block.lines) != 1 or _GLUED_LEAD.search(text):
            continue
        if sum(other.text.strip().startswith(label.group().strip()) for other in blocks) > 1:
            continue
        glosses = index + 1
        while (
            glosses < len(blocks) and blocks[glosses].kind is BlockKind.PARAGRAPH and _GLOSS.match(blocks[glosses].text)
        ):
            glosses += 1
        top = all(above.kind in TOP_KINDS for above in blocks[:index])
        last = glosses == index + 1 and any(b.kind is BlockKind.PARAGRAPH for b in blocks[:index])  # (its body's end)
        closing = (_in_second_half(blocks, index) or last) and all(b.kind in _BELOW_NOTE for b in blocks[glosses:])
        if _PLAIN_NOTE.match(text):
            saluted = any(b.kind is BlockKind.SALUTATION and _PERSONS_SALUTED.search(b.text) for b in blocks[:index])
            top, closing = False, closing and saluted
        if top or closing:
            for note in blocks[index : glosses if closing else index + 1]:
                note.kind = BlockKind.EDITORIAL
    label_lines(blocks)


class NoteCues(NamedTuple):
    """How a language prints a note under its label alone (see :func:`label_lines`): the label's
    line, a salutation to the paper (a letter's, not the note's), the note's signer, a report's
    dateline lead and a note's paragraph."""

    label: re.Pattern[str]
    to_the_paper: re.Pattern[str]
    signer: re.Pattern[str]
    report_opens: Callable[[Block], bool]
    note_paragraph: Callable[[Block], bool]


def label_lines(blocks: list[Block], cues: NoteCues | None = None) -> None:
    """A note's label alone on its line (``编者的话``, ``开篇的话``, ``编后``, ``编辑点评``, ``编者按``), once in
    the text, heads the paper's note under it, where such notes stand: heading the text (nothing
    but its title's decks and bylines above) or closing it (in the second half of its body). The
    label is the note's, and so is the paragraph under it (after the note's own salutation to the
    readers, if it has one: 编者按 / 农民们： / 我们报纸，欢迎…; not a letter's to the paper, 编辑同志：);
    closing the text, so are all the paragraphs under it to the end (notes, bylines and pictures after
    them), the note's signer closing it included (编者, 本报编辑部); heading a report, those down to the
    report's dateline lead (three at most). Not a label heading more than one note (the text's own
    series of 点评), nor one in the middle of the text, nor one over no note's paragraph (a short line,
    a letter's title, a sentence left open). The English side reads its own label (``Editor's Note``,
    ``Afterword``) with its own ``cues`` (``en_rules``), so the two languages mirror each other."""
    cues = cues or _ZH_CUES
    found = [n for n, block in enumerate(blocks) if len(block.lines) == 1 and cues.label.match(block.text.strip())]
    if len(found) != 1 or found[0] == 0 or blocks[found[0]].kind not in _LABEL_KINDS:
        return
    (index,) = found
    first = index + 1
    while (
        first < len(blocks)
        and blocks[first].kind is BlockKind.SALUTATION
        and not cues.to_the_paper.search(blocks[first].text)
    ):
        first += 1  # (the note's own salutation, to the readers: 农民们：; not a letter's to the paper: 编辑同志：)
    end = first
    while end < len(blocks) and blocks[end].kind is BlockKind.PARAGRAPH and not cues.report_opens(blocks[end]):
        end += 1
    notes = blocks[first:end]
    if not notes or not cues.note_paragraph(notes[0]):
        return
    if end < len(blocks) and len(blocks[end].lines) == 1 and cues.signer.match(blocks[end].text.strip()):
        end += 1  # (the note's signer read as a signature or a byline: The Editors)
    top = all(above.kind in TOP_KINDS for above in blocks[:index])
    closing = _in_second_half(blocks, index) and all(b.kind in _BELOW_NOTE for b in blocks[end:])
    if not (top or closing):
        return
    notes = blocks[first:end]
    if closing and len(notes) > 1 and cues.signer.match(notes[-1].text.strip()):
        notes = notes[:-1]  # (编后 / … / 编者: the note's own signer closes it, the editors' too)
    ends = end < len(blocks) and (blocks[end].kind is BlockKind.SALUTATION or cues.report_opens(blocks[end]))
    short = len(notes) <= _NOTE_PARAGRAPHS and ends
    if not all(map(cues.note_paragraph, notes)) or not (closing or short):
        end = first + 1  # (where the note ends is unknown: it keeps its first paragraph)
    for note in [blocks[index], *blocks[first:end]]:
        note.kind = BlockKind.EDITORIAL


def note_paragraphs(blocks: list[Block]) -> None:
    """The paragraphs that go on an editors' note opening with 编者按 or a note's label heading the
    text (see the module's notes; run after :func:`labelled_notes`): above a letter, those between the
    note and the letter's salutation; above a report, those between the note and the paragraph
    opening with the report's dateline lead (a place and a day, 本报讯: no 【相关链接】, no 又讯);
    closing the text (编者按 only), those between the note, in the second half of the text's body,
    and its end (nothing but paragraphs after it): three at most, each ending its sentences, longer
    than a title. (A note over an article with no salutation nor lead: where it ends is unknown; it
    keeps its first paragraph.)"""
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.EDITORIAL or not _NOTE_OPENING.match(block.text.strip()):
            continue
        follows = index + 1
        while (
            follows < len(blocks) and blocks[follows].kind is BlockKind.PARAGRAPH and not _report_opens(blocks[follows])
        ):
            follows += 1
        if follows == index + 1:
            continue
        notes = blocks[index + 1 : follows]
        if any(
            _REPLY.match(note.text.strip())
            or len(note.text.strip()) <= _TITLE_LENGTH
            or not note.text.rstrip().endswith(SENTENCE_END)
            for note in notes
        ):
            continue  # (a letter's title over its salutation: “修行在个人”吗？ / 编辑同志：)
        if follows == len(blocks):  # (the note closing the text, not heading it; a label's: its glosses only)
            ends = _in_second_half(blocks, index) and block.text.strip().startswith("编者按")
        else:
            ends = blocks[follows].kind is BlockKind.SALUTATION or _report_opens(blocks[follows])
        if ends and len(notes) <= _NOTE_PARAGRAPHS:
            for note in notes:
                note.kind = BlockKind.EDITORIAL


def _note_paragraph(block: Block) -> bool:
    """Whether ``block`` may be a paragraph of a note: longer than a title, ending its sentences, no
    one's letter quoted (see :func:`note_paragraphs`)."""
    text = block.text.strip()
    return len(text) > _TITLE_LENGTH and text.endswith(SENTENCE_END) and not _REPLY.match(text)


def _report_opens(block: Block) -> bool:
    """Whether ``block`` is a paragraph opening with a report's dateline lead (本报福州8月2日电…)."""
    return block.kind is BlockKind.PARAGRAPH and _REPORT_LEAD.match(block.text.strip()) is not None


def _in_second_half(blocks: list[Block], index: int) -> bool:
    """Whether the block at ``index`` comes after a body paragraph and in the second half of the
    blocks from the first one (the title's blocks, a kicker, a subtitle, a byline, do not count)."""
    first = next((n for n, block in enumerate(blocks) if block.kind is BlockKind.PARAGRAPH), len(blocks))
    return first < index and index - first > (len(blocks) - first) // 2


_ZH_CUES = NoteCues(_LABEL_LINE, _TO_THE_PAPER, _NOTE_SIGNER, _report_opens, _note_paragraph)

#: The writer's workplace glued to the last sentence, then padding and a name.
_GLUED_WORKPLACE = lazy(rf"(?<=[。！？”])[^，。！？；：“”\s]{{2,20}}(?:{WORKPLACE_END})[　 ]+({NAME})$")
#: The kinds that make a text a letter (its closing lines a signer's, not a writer's).
_LETTER_KINDS = (BlockKind.SALUTATION, BlockKind.VALEDICTION, BlockKind.PLACE_DATE, BlockKind.SIGNATURE)


def writers_workplace(blocks: list[Block], authors: set[str]) -> None:
    """The writer's workplace closing a text that is no letter (see the module's notes): glued with
    an author's name, cut off as the byline (alone above the author's byline: ``zh_tails.signed_remarks``)."""
    if not blocks or any(block.kind in _LETTER_KINDS for block in blocks):
        return
    last = last_words(blocks)
    block = blocks[last]
    glued = _GLUED_WORKPLACE.search(block.text.rstrip()) if block.kind is BlockKind.PARAGRAPH else None
    if glued and glued.group(1) in authors and len(block.lines) == 1:  # (…。此致敬礼！北京第一机床厂　张三: a signer)
        kind = BlockKind.SIGNATURE if zh_ends.letter(blocks, ()) else BlockKind.BYLINE
        blocks.insert(last + 1, split_block(block, glued.start(), BlockKind.PARAGRAPH, kind))
