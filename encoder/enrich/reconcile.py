"""Reconcile: one structure for both languages of a bilingual article.

Ingest classifies each language on its own cues (indentation in the Chinese markdown, blank
lines and capitals in the English), so one side may see an intertitle, a salutation or a
signature where the other sees a paragraph. The structure decides sections and letters from
those kinds, and the two languages must mirror each other (the Schematron's V104, V108).
This pass decides the structure of both languages together:

1. a trial alignment of the two block sequences (the aligner of :mod:`.align`, with blocks
   of different kinds allowed to pair at a small cost) says which block translates which;
2. for each 1:1 pair whose kinds differ, the evidence of either side decides for both
   (:func:`agreed_kind`): an intertitle, salutation, valediction, signature or place-date
   line on one side makes its short counterpart the same; two numbered heading lines
   (``一、…`` and ``1. …``) are one intertitle; a long block is no heading;
3. a short place line standing just above a letter's salutation (``河内`` / ``Hanoi``) is the
   letter's dateline, in its opener, not a byline or an intertitle;
4. the part tree and the ids of both languages are rebuilt from the agreed kinds;
5. when sections or letters still do not mirror (a part with no counterpart), the odd ones
   are made plain blocks, with a warning (S003) that names each block changed and where.

Every change of a kind is reported: S002 (information) when the other side's evidence
decided, S003 (warning) when a part was given up because the two sides could not agree.
The pass runs before the alignment proper, so that the links and their reports are made on
the structure that is written. It never changes text, and running it twice changes nothing
more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ..diagnostics import Reporter
from ..lazy_re import lazy
from ..model import CLOSING_KINDS, Article, Block, BlockKind, Letter, Section, Text, inline_text, walk
from ..patterns import EN_LEAD, ZH_LEAD, ZH_NUMBERING, split_phrases
from . import decks
from .align import Aligner
from .ids import assign_ids
from .structure import build

#: Kinds that make sections and letters: the ones the two languages must agree on.
STRUCTURAL = frozenset({BlockKind.INTERTITLE, BlockKind.SALUTATION, *CLOSING_KINDS})
#: The cost of pairing blocks whose kinds differ, in the trial alignment (the alignment
#: proper charges 12: there, kinds are taken as decided; here, they are being decided).
DISAGREE = 1.0
#: The most characters a block may have to take a heading or letter kind from its counterpart.
SHORT = {"zh": 40, "en": 200}
_EN_NUMBERING = lazy(r"^(?:\d+|[IVXLC]+|[A-Z])\.\s")
_ZH_END = ("。", "！", "？", "；", "：", "!", "?", ";", ":")
_EN_END = (".", ";", ":", "!", "?")


class _Trial(Aligner):
    """The aligner with kinds taken as evidence, not as decided: a 1:1 pair of different kinds
    costs :data:`DISAGREE` when neither kind anchors the alignment (as many on both sides);
    a short numbered line (``一、…``, ``1. …``) counts as an intertitle, so that numbered
    headings anchor the alignment when both sides have as many."""

    def __init__(self, zh: Sequence[Block], en: Sequence[Block]) -> None:
        super().__init__(zh, en)
        for side in (self.zh, self.en):
            for index, block in enumerate(side.blocks):
                if block.kind is BlockKind.PARAGRAPH and _numbered_line(block, side.lang):
                    side.roles[index] = "intertitle"
            side.count_roles()
        self.anchored = self.agreed_anchors()

    def _role_cost(self, zs: range, es: range) -> float:
        if len(zs) == 1 and len(es) == 1:
            role_zh, role_en = self.zh.roles[zs[0]], self.en.roles[es[0]]
            if role_zh != role_en and not {role_zh, role_en} & (self.anchored | {"headline"}):
                return DISAGREE
        return super()._role_cost(zs, es)


def trial_pairs(zh: Text, en: Text) -> list[tuple[Block, Block]]:
    """The 1:1 pairs of a trial alignment of the two languages' blocks."""
    steps = _Trial(zh.blocks, en.blocks).align_or_relax()
    return [(zh.blocks[zs[0]], en.blocks[es[0]]) for zs, es, _cost in steps if len(zs) == 1 and len(es) == 1]


def _numbered_line(block: Block, lang: str) -> bool:
    """A short line that opens with a heading's number: ``一、``, ``（一）``, ``1. ``."""
    pattern = ZH_NUMBERING if lang == "zh" else _EN_NUMBERING
    return len(block.lines) == 1 and pattern.match(block.text) is not None and _short(block, lang)


def _short(block: Block, lang: str) -> bool:
    """Short enough to be a heading or a letter's line: at most three lines, no sentence end."""
    text = block.text
    ends = _ZH_END if lang == "zh" else _EN_END
    return len(block.lines) <= 3 and len(text) <= SHORT[lang] and not text.rstrip().endswith(ends)


def _numbered(zh: Block, en: Block) -> bool:
    """Two short lines that both open with a number: ``一、…`` or ``（一）…`` and ``1. …``."""
    return _numbered_line(zh, "zh") and _numbered_line(en, "en")


def agreed_kind(zh: Block, en: Block) -> BlockKind | None:
    """The kind both blocks of a 1:1 pair take, or None when there is nothing to decide.

    Only the kinds that make sections and letters are decided here. A structural kind on one
    side wins over a paragraph on the other if that paragraph is short; a long paragraph
    wins over a heading (a long block is no heading). Of two structural kinds, the
    original's wins (its layout is the evidence); two closing kinds both close the letter
    and are left as they are. A byline, credit or note beside a structural kind stays what
    its own rules found (they are specific: an author's name, a news agency's credit). A news
    lead (``新华社莫斯科一日电…如下：`` / ``Xinhua News Agency, Moscow, 1st: …:``) is never the
    salutation: where one side took it as such, both are paragraphs."""
    kinds = {zh.kind, en.kind}
    if BlockKind.SALUTATION in kinds and _lead_saluting(zh, en):
        return BlockKind.PARAGRAPH
    if kinds == {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM}:
        return BlockKind.LIST_ITEM  # one side's enumeration is the other's too
    if kinds == {BlockKind.PARAGRAPH}:
        return BlockKind.INTERTITLE if _numbered(zh, en) else None
    if zh.kind is en.kind or not kinds & STRUCTURAL:
        return None
    if kinds <= CLOSING_KINDS:
        return None
    if kinds <= STRUCTURAL:
        return zh.kind
    plain, decided = (zh, en) if zh.kind not in STRUCTURAL else (en, zh)
    if plain.kind is not BlockKind.PARAGRAPH:
        return plain.kind
    lang = "zh" if plain is zh else "en"
    return decided.kind if _short(plain, lang) else BlockKind.PARAGRAPH


def _lead_saluting(zh: Block, en: Block) -> bool:
    """Whether a salutation of the pair opens with a news lead (its announcement, not its address)."""
    return (zh.kind is BlockKind.SALUTATION and ZH_LEAD.match(zh.text.strip()) is not None) or (
        en.kind is BlockKind.SALUTATION and EN_LEAD.match(en.text.strip()) is not None
    )


def addresses(pairs: list[tuple[Block, Block]], article: Article) -> list[tuple[Block, list[Block], str]]:
    """A telegram's address in each language: a pair of short place lines (``河内`` /
    ``Hanoi``) followed, on both sides, by short lines (the addressees) and then the body of a
    message that is signed. Each as (place line, addressee lines, language)."""
    zh, en = article.text("zh"), article.text("en")
    author = article.header.author_zh.value if article.header.author_zh else None
    found: list[tuple[Block, list[Block], str]] = []
    if zh is None or en is None:
        return found
    for z, e in pairs:
        if z.text == author or not (_place_like(z, "zh") and _place_like(e, "en")):
            continue
        run_zh, run_en = _addressees(zh, z), _addressees(en, e)
        if run_zh and run_en:
            found += [(z, run_zh, "zh"), (e, run_en, "en")]
    return found


def _addressees(text: Text, place: Block) -> list[Block]:
    """The short lines after ``place`` and before the body of a signed message; [] if none."""
    blocks = text.blocks
    start = next(i for i, block in enumerate(blocks) if block is place) + 1
    end = start
    while end < len(blocks) and blocks[end].kind in _ADDRESSEE_KINDS and _short(blocks[end], text.short):
        end += 1
    body = end < len(blocks) and blocks[end].kind is BlockKind.PARAGRAPH
    signed = any(block.kind in (BlockKind.SIGNATURE, BlockKind.VALEDICTION) for block in blocks[end:])
    return blocks[start:end] if body and signed else []


#: The kinds a telegram's addressee line may have been given on its own.
_ADDRESSEE_KINDS = frozenset({BlockKind.SALUTATION, BlockKind.INTERTITLE, BlockKind.PARAGRAPH})


def _place_like(block: Block, lang: str) -> bool:
    """A one-line name of a place: a few characters or words, no punctuation."""
    text = block.text
    if len(block.lines) != 1 or block.kind in (BlockKind.HEADLINE, BlockKind.SALUTATION):
        return False
    if lang == "zh":
        return 2 <= len(text) <= 8 and re.fullmatch(r"[\u4e00-\u9fff·]+", text) is not None
    return len(text.split()) <= 4 and re.fullmatch(r"[A-Z][\w'’. -]*", text) is not None and not text.endswith(".")


class _Change(NamedTuple):
    """A block whose kind this pass changed, reported once the ids are rebuilt."""

    block: Block
    lang: str
    old: BlockKind
    reason: str  # "{other}" stands for the counterpart's id
    other: Block | None = None


def _set(
    changes: list[_Change], block: Block, kind: BlockKind, lang: str, reason: str, other: Block | None = None
) -> None:
    """Give ``block`` ``kind`` (its text unchanged), noting the change in ``changes``."""
    if block.kind is kind:
        return
    texts = [inline_text(line) for line in block.lines]
    # A paragraph's lines hold its phrases (leads, credits); the other kinds' lines are plain.
    block.lines = [split_phrases(t, lang) if kind is BlockKind.PARAGRAPH else [t] for t in texts]
    changes.append(_Change(block, lang, block.kind, reason, other))
    block.kind = kind


def _report(changes: list[_Change], reporter: Reporter, code: str) -> None:
    """Report ``changes`` with the ids the blocks now have: S002 as information, S003 as a warning."""
    for change in changes:
        block = change.block
        side, other_side = ("Chinese", "English") if change.lang == "zh" else ("English", "Chinese")
        reason = change.reason.format(other=change.other.id if change.other else "?", side=other_side)
        message = f"the {side} block {block.id} is taken as {block.kind}, not {change.old}: {reason}"
        if code == "S003":
            reporter.warning(code, message, block.span.line, block.span.column)
        else:
            reporter.info(code, message, block.span.line, block.span.column)


def reconcile(article: Article, reporter: Reporter) -> None:
    """Decide the kinds that make sections and letters for both languages together, rebuild
    the structure and ids of both, and make them mirror (bilingual articles only)."""
    zh, en = article.text("zh"), article.text("en")
    if zh is None or en is None:
        return
    if decks.agree(zh, en, reporter):
        _rebuild(article, reporter)
    pairs = trial_pairs(zh, en)
    changes: list[_Change] = []
    decided: set[int] = set()
    for place, run, lang in addresses(pairs, article):
        _set(changes, place, BlockKind.PLACE_DATE, lang, "a place line above a telegram's addressees")
        for block in run:
            _set(changes, block, BlockKind.SALUTATION, lang, "a telegram's addressee, below its place line")
        decided |= {id(place), *map(id, run)}
    for z, e in pairs:
        kind = agreed_kind(z, e)
        if kind is None or id(z) in decided or id(e) in decided:
            continue
        reasons = [(z, "zh", e, _why(kind, e)), (e, "en", z, _why(kind, z))]  # before either changes
        for block, lang, other, reason in reasons:
            _set(changes, block, kind, lang, reason, other)
    if changes:
        _rebuild(article, reporter)
        _report(changes, reporter, "S002")
    _mirror(article, reporter, pairs)


def _why(kind: BlockKind, other: Block) -> str:
    """Why a block of a pair takes ``kind``, for the message ({other}: the counterpart's id)."""
    if kind is BlockKind.PARAGRAPH:
        return "its {side} counterpart {other} is a paragraph too long for a heading or a letter's line"
    if kind is other.kind:
        return "its {side} counterpart {other} is one"
    return "it and its {side} counterpart {other} both open with a heading's number"


def _rebuild(article: Article, reporter: Reporter) -> None:
    for text in article.texts:
        build(text, reporter)
    assign_ids(article, reporter)


def shape(text: Text) -> tuple[int, int, int]:
    """Sections, letters and sections inside letters: what V104 and V108 compare."""
    sections = letters = inside = 0
    letter_depths: list[int] = []  # the depths of the letters the walk is inside
    for part, depth in walk(text):
        while letter_depths and depth <= letter_depths[-1]:
            letter_depths.pop()
        if isinstance(part, Section):
            sections += 1
            inside += bool(letter_depths)
        elif isinstance(part, Letter):
            letters += 1
            letter_depths.append(depth)
    return sections, letters, inside


#: The kinds that make sections, and those that make letters.
SECTION_KINDS = frozenset({BlockKind.INTERTITLE})
LETTER_KINDS = frozenset({BlockKind.SALUTATION, *CLOSING_KINDS})


def _mirror(article: Article, reporter: Reporter, pairs: list[tuple[Block, Block]]) -> None:
    """Make sections and letters mirror when the agreed kinds left them different: first the
    parts whose blocks have no counterpart of their kind become plain blocks; if that is not
    enough, the kind that differs is given up in both languages. Each change is an S003."""
    counterpart = {id(z): e for z, e in pairs} | {id(e): z for z, e in pairs}
    for everything in (False, True):
        kinds = _differing(article)
        if not kinds:
            return
        changes: list[_Change] = []
        for text in article.texts:
            for block in text.blocks:
                other = counterpart.get(id(block))
                matched = other is not None and (other.kind is block.kind or {other.kind, block.kind} <= CLOSING_KINDS)
                if block.kind in kinds and (everything or not matched):
                    reason = _GIVEN_UP["everything" if everything else "paired" if other else "unpaired"]
                    _set(changes, block, BlockKind.PARAGRAPH, text.short, reason, other)
        if changes:
            _rebuild(article, reporter)
            _report(changes, reporter, "S003")


#: Why a part was given up: its block has no counterpart of its kind; or nothing else worked.
_GIVEN_UP = {
    "unpaired": "no single block of the {side} text translates it, so none can be one with it",
    "paired": "its {side} counterpart {other} is not one",
    "everything": "the sections or letters of the two languages could not be made to mirror otherwise",
}


def _differing(article: Article) -> frozenset[BlockKind]:
    """The kinds whose parts do not mirror: intertitles (sections), letters' lines (letters)."""
    zh, en = article.text("zh"), article.text("en")
    if zh is None or en is None:
        return frozenset()
    (sections_zh, letters_zh, inside_zh), (sections_en, letters_en, inside_en) = shape(zh), shape(en)
    kinds: frozenset[BlockKind] = frozenset()
    if sections_zh != sections_en:
        kinds |= SECTION_KINDS
    if letters_zh != letters_en or inside_zh != inside_en:
        kinds |= LETTER_KINDS
    return kinds
