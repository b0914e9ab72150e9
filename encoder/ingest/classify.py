"""Classify the body lines of each language into blocks (headline, paragraph, intertitle…).

Chinese (rmrb markdown): one line is one block; indentation says much (12 spaces: an
intertitle; 16 or more: a right-aligned signature, date or credit). English: blocks are
separated by blank lines and carry no indentation, so the closing run is found from the
valediction and from the end of the text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .. import patterns as pt
from ..diagnostics import Reporter
from ..lazy_re import lazy
from ..model import Block, BlockKind, Header, Line, Span, Text
from . import decks, tables, zh_block_rules, zh_writers
from .en_rules import en_block_rules, en_deck
from .lines import RawLine
from .title_repeat import locate, repeated_title, salutation
from .zh_addresses import colon_address
from .zh_ends import authors_line, bracketed_pen_name
from .zh_lines import (
    EXCELLENCY,
    closing_at_end,
    glued_headings,
    is_candidate,
    merge_intertitles,
    resolve_candidates,
)
from .zh_rules import CJK_NAME, heading_under_headline, headings

RIGHT_ALIGNED = 16  # display columns of indentation from which a line counts as right-aligned
_WS = lazy(r"\s+")
_ZH_BYLINE = lazy(r"^[（(](?:新华社|本报)?[^（）()]{0,12}记者[^（）()]{1,12}[）)]$")
#: A line under the title ending in a colon that tells what follows: a narrative clause (…发生了这样
#: 一件事情：), an announcement (…全文如下：, 塔斯社声明：, …指出：, …写道：, …说：).
_TELLING_COLON = lazy(r"了|这样|如下|声明|指出|表示|写道|[说称][：:]$")
#: An editor's note that the text has intertitles: 插题, 小标题, intertitle.
_INSERT_NOTE = lazy(r"插题|小标题|intertitle", re.IGNORECASE)


def _line(kind: BlockKind, text: str, lang: str) -> Line:
    return pt.split_phrases(text, lang) if kind is BlockKind.PARAGRAPH else [text]


def _block(path: str, kind: BlockKind, raw: RawLine, lang: str, text: str | None = None, offset: int = 0) -> Block:
    text = raw.text if text is None else text
    return Block(
        kind,
        [_line(kind, text, lang)],
        Span(path, raw.number, raw.column + offset),
        raw.indent,
        raw.indent >= RIGHT_ALIGNED,
    )


def _merge(first: Block, others: list[Block]) -> Block:
    for other in others:
        first.lines.extend(other.lines)
    return first


# --------------------------------------------------------------------------- Chinese


def _match_headline(title: str, body: list[RawLine]) -> tuple[int, int | None]:
    """How many body lines repeat ``title``; and, if the last is glued, where its remainder starts."""
    rest = _WS.sub("", title)
    used = 0
    for raw in body:
        compact = _WS.sub("", raw.text)
        if rest.startswith(compact):
            rest, used = rest[len(compact) :], used + 1
            if not rest:
                return used, None
            continue
        if compact.startswith(rest) and rest:
            # Glued: find the character offset in raw.text after len(rest) non-space characters.
            seen = 0
            for offset, char in enumerate(raw.text):
                if not char.isspace():
                    seen += 1
                if seen == len(rest):
                    return used + 1, offset + 1
        break
    return used, None


@dataclass(frozen=True, slots=True)
class _ZhContext:
    """What the kind of a Chinese line depends on besides the line itself."""

    base: int  # the indentation of most lines: the paragraphs'
    header: Header
    signers: set[str]  # the signers named in the author line (several bodies joined by U+3000)
    reprinted: bool  # the first line under the title names a reprinted editorial's source


def classify_zh(path: str, lines: list[RawLine], header: Header, reporter: Reporter) -> Text | None:
    """Blocks of a Chinese rmrb body (``above``: kicker lines above the title); ``None`` if it has no text."""
    body = [raw for raw in lines if raw.text]
    if not body:
        return None
    title = header.title_zh.value if header.title_zh else ""
    used, glued_at, above = locate(title, body, _match_headline, header.author_zh) if title else (0, None, 0)
    if used:
        heads = _zh_headline(path, body[above : above + used], glued_at)
        lead = decks.lead_of(body[above + used :])
        blocks = [*decks.split_headline(path, body[:above], heads[0], body[above : above + used], lead), *heads[1:]]
        used += above
        repeat = repeated_title(path, title, body[used:] if glued_at is None else [], _match_headline)
        blocks, used = [*blocks, *repeat], used + bool(repeat)  # the title again, under its dateline
    else:
        blocks = []
        if title:
            reporter.info(
                "P005",
                f"the headline {title!r} is not repeated at the start of the body",
                body[0].number,
                body[0].column,
            )
    rest = body[used:]
    has_insert_note = _INSERT_NOTE.search("\n".join(raw.text for raw in rest)) is not None
    context = _ZhContext(
        Counter(raw.indent for raw in body).most_common(1)[0][0],
        header,
        set(header.author_zh.value.split()) if header.author_zh else set(),
        bool(used) and glued_at is None and _reprint_source(rest),
    )
    candidates: set[int] = set()  # indexes into ``blocks`` of same-indent intertitle candidates
    if glued_at is not None and blocks[-1].kind is BlockKind.PARAGRAPH and is_candidate(blocks[-1].text):
        candidates.add(len(blocks) - 1)  # a short line the title runs into: 期刊头条中国社会科学
    for position, raw in enumerate(rest):
        after_head = bool(position == 0 and used and glued_at is None)
        kind = _zh_kind(raw, context, after_head, blocks)
        if kind is BlockKind.VALEDICTION:
            blocks.extend(_zh_valediction(path, raw))
            continue
        if kind is None:  # a paragraph, or a same-indent intertitle
            kind = BlockKind.PARAGRAPH
            if is_candidate(raw.text):
                candidates.add(len(blocks))
            elif raw.indent != context.base and not (position == 0 and glued_at is None and not used):
                reporter.info(
                    "P006",
                    f"a line indented {raw.indent} columns (paragraphs here: {context.base}) is kept as a paragraph",
                    raw.number,
                    raw.column,
                )
        blocks.append(_block(path, kind, raw, "zh"))
    _lines_rules(blocks, candidates, has_insert_note, header)
    zh_block_rules.apply(blocks, context.signers)
    return Text(
        "zh-Hans",
        merge_intertitles(blocks),
        Span(path, body[0].number, body[0].column),
        range(lines[0].number, lines[-1].number + 1),
    )


def _lines_rules(blocks: list[Block], candidates: set[int], has_insert_note: bool, header: Header) -> None:
    """The rules that decide short lines from their neighbours: headings glued to a paragraph's
    end, the candidate headings, numbered headings, a closing place-date line, the writers' lines
    of a page of short pieces (:func:`.zh_writers.writers_lines`), a pen name."""
    candidates = glued_headings(blocks, candidates)
    resolve_candidates(blocks, candidates, has_insert_note)
    heading_under_headline(blocks, candidates, bool(header.author_zh))
    headings(blocks)
    closing_at_end(blocks)
    zh_writers.writers_lines(blocks)
    bracketed_pen_name(blocks)  # writers in brackets closing the article: （文儒）


def _reprint_source(rest: list[RawLine]) -> bool:
    """Whether the first of the lines ``rest`` under the title names a reprinted editorial's
    source (解放日报二日社论): not when a dateline lead opens the next line (《真理报》社论 above
    【新华社莫斯科三日电】… is the report's deck) nor when a like line stands lower down (in a
    digest of several papers' editorials, 解放日报社论 … 文汇报社论, the lines are intertitles)."""
    if not rest or not pt.ZH_REPRINTED_FROM.match(rest[0].text):
        return False
    if len(rest) > 1 and pt.ZH_LEAD.match(rest[1].text):
        return False
    return not any(pt.ZH_REPRINTED_FROM.match(raw.text) for raw in rest[1:])


def _zh_headline(path: str, head_lines: list[RawLine], glued_at: int | None) -> list[Block]:
    """The headline block of the lines repeating the title; when the last one goes on after
    the title (``glued_at``), the block of what follows it too (a salutation or a paragraph)."""
    first = head_lines[0]
    head = Block(
        BlockKind.HEADLINE, [[raw.text] for raw in head_lines], Span(path, first.number, first.column), first.indent
    )
    if glued_at is None:
        return [head]
    last = head_lines[-1]
    head.lines[-1] = [last.text[:glued_at]]
    remainder = last.text[glued_at:].lstrip(" \u3000")
    offset = len(last.text) - len(remainder)
    kind = BlockKind.SALUTATION if salutation(remainder) else BlockKind.PARAGRAPH
    return [head, _block(path, kind, last, "zh", remainder, offset)]


def _zh_kind(raw: RawLine, context: _ZhContext, after_head: bool, blocks: list[Block]) -> BlockKind | None:
    """The kind of a Chinese line, from its indentation, its formulas and where it stands;
    VALEDICTION for a closing formula (perhaps with its signer: see :func:`_zh_valediction`);
    None for a paragraph (or a same-indent intertitle, which the context decides later)."""
    text, header = raw.text, context.header
    if raw.indent >= RIGHT_ALIGNED and raw.indent >= context.base + 10:
        return _zh_right_aligned(text)
    if pt.editorial(text, "zh"):
        return BlockKind.EDITORIAL
    if pt.ZH_CREDIT.match(text) or pt.ZH_SOURCE_CREDIT.match(text) or pt.ZH_BARE_CREDIT.match(text):
        return BlockKind.CREDIT
    if len(text) <= 40 and pt.ZH_VALEDICTION.match(text):
        return BlockKind.VALEDICTION
    if after_head and context.reprinted:
        return BlockKind.CREDIT  # the source of a reprinted editorial: 解放日报二日社论
    if after_head and header.author_zh and authors_line(text, header.author_zh.value):
        return BlockKind.BYLINE
    if after_head and (_ZH_BYLINE.match(text) or CJK_NAME.match(text)):
        return BlockKind.BYLINE
    if after_head and decks.adoption_note(text):
        return BlockKind.SUBTITLE
    if after_head and pt.ZH_SALUTATION.match(text) and len(text) <= 30 and not _telling(text):
        return BlockKind.SALUTATION  # (longer: a sentence announcing a list)
    if EXCELLENCY.match(text):
        return BlockKind.SALUTATION  # an addressee line with no colon: …总理周恩来先生阁下
    if not after_head and (text in context.signers or (len(text) <= 43 and pt.ZH_SIGNED_FORMULA.match(text))):
        return BlockKind.SIGNATURE  # (the formula regex matches 43 characters at most)
    if blocks and blocks[-1].kind in (BlockKind.VALEDICTION, BlockKind.SIGNATURE) and pt.ZH_PLACE_DATE.match(text):
        return BlockKind.PLACE_DATE
    if raw.indent >= context.base + 6 and len(text) <= 30:
        return BlockKind.INTERTITLE
    return None


def _telling(text: str) -> bool:
    """Whether ``text``, a line under the title ending in a colon, tells what follows rather than addresses
    anyone: a report's dateline opens it (``新华社31日讯　塔斯社莫斯科30日电：塔斯社声明：``), or it is a
    narrative clause or an announcement (:data:`_TELLING_COLON`: ``抗战期间，…发生了这样一件事情：``) that is no
    address closed by a colon (``zh_addresses.colon_address``: a clause with 了 describing the addressees,
    ``参加了抗美援朝的志愿军同志们：``, addresses them)."""
    return bool(pt.ZH_LEAD.match(text) or (_TELLING_COLON.search(text) and not colon_address(text)))


def _zh_right_aligned(text: str) -> BlockKind:
    """The kind of a right-aligned Chinese line: it closes something."""
    if text.startswith("——"):
        return BlockKind.ATTRIBUTION
    if pt.editorial(text, "zh"):
        return BlockKind.EDITORIAL
    if pt.ZH_CREDIT.match(text):
        return BlockKind.CREDIT
    if pt.ZH_PLACE_DATE.match(text):
        return BlockKind.PLACE_DATE
    return BlockKind.SIGNATURE


def _zh_valediction(path: str, raw: RawLine) -> list[Block]:
    """A closing formula (此致敬礼) and the signer that follows it on the same line, if any."""
    text = raw.text
    match = pt.ZH_VALEDICTION.match(text)
    assert match is not None  # (the line's kind says so)
    signer = text[match.end() :].lstrip(" \u3000")
    blocks = [_block(path, BlockKind.VALEDICTION, raw, "zh", match.group())]
    if signer:
        blocks.append(_block(path, BlockKind.SIGNATURE, raw, "zh", signer, len(text) - len(signer)))
    return blocks


# --------------------------------------------------------------------------- English

_EN_TERMINAL = (".", ",", ";", ":")


def _en_title_like(lines: list[str]) -> bool:
    return 1 <= len(lines) <= 3 and all(
        len(line) <= 120
        and len(line.split()) <= 20
        and not line.endswith(_EN_TERMINAL)
        and (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘")
        and pt.title_case(line)
        for line in lines
    )


def _en_closing_line(line: str) -> bool:
    """A short line that may sign or date a message: no sentence end, title case or a formula."""
    return (
        len(line) <= 120
        and not line.endswith((".", ";", ":", "?", "!"))
        and bool(pt.EN_SIGNED_FORMULA.search(line) or pt.title_case(line))
    )


def classify_en(path: str, lines: list[RawLine], header: Header, reporter: Reporter) -> Text | None:
    """Blocks of an English translation (blank-line separated); ``None`` if it has no text."""
    groups = _en_groups(lines)
    if not groups:
        return None
    blocks: list[Block] = []
    closing = False
    title = header.title_en.value if header.title_en else None
    for position, group in enumerate(groups):
        texts = [raw.text for raw in group]
        single = texts[0] if len(texts) == 1 else None
        noted = position == 1 and blocks[0].kind is BlockKind.EDITORIAL and single == title  # (note above title)
        if noted or (
            position == 0 and single and (single == title or (len(single) <= 200 and not single.endswith(_EN_TERMINAL)))
        ):
            kind = BlockKind.HEADLINE
        elif (
            position == 1 and single and blocks[0].kind is BlockKind.HEADLINE and en_deck(title, blocks[0].text, single)
        ):
            kind = BlockKind.SUBTITLE
        elif (
            position == 1
            and blocks[0].kind is BlockKind.HEADLINE
            and single
            and len(single) <= 200
            and (single.endswith(":") or (single.startswith("Dear") and single.endswith(",")))
        ):
            kind = BlockKind.SALUTATION
        elif pt.EN_TRANSLATOR_NOTE.match(texts[0]):
            kind = BlockKind.TRANSLATOR_NOTE
        elif single and pt.editorial(single, "en"):
            kind = BlockKind.EDITORIAL
        elif single and pt.EN_CREDIT.match(single):
            kind = BlockKind.CREDIT
        elif single and pt.EN_VALEDICTION.match(single):
            kind, closing = BlockKind.VALEDICTION, True
        elif closing and single and len(single) <= 120:
            kind = BlockKind.PLACE_DATE if pt.EN_DATE.search(single) else BlockKind.SIGNATURE
        elif single and _en_closing_line(single) and (closing_kind := pt.en_closing_kind(single)):
            kind = BlockKind.PLACE_DATE if closing_kind == "place-date" else BlockKind.SIGNATURE
        elif _en_title_like(texts):
            kind = BlockKind.INTERTITLE
        else:
            kind, closing = BlockKind.PARAGRAPH, False
        first = group[0]
        block = Block(kind, [_line(kind, t, "en") for t in texts], Span(path, first.number, first.column), first.indent)
        blocks.append(block)
    _en_closing_at_end(blocks)
    en_block_rules(blocks, title)
    tables.mark_tables(blocks)
    return Text(
        "en", blocks, Span(path, groups[0][0].number, groups[0][0].column), range(lines[0].number, lines[-1].number + 1)
    )


def _en_groups(lines: list[RawLine]) -> list[list[RawLine]]:
    """The lines of each block: runs of lines between blank lines."""
    groups: list[list[RawLine]] = []
    for raw in lines:
        if not raw.text:
            if groups and groups[-1]:
                groups.append([])
            continue
        if not groups:
            groups.append([])
        groups[-1].append(raw)
    return [group for group in groups if group]


def _en_closing_at_end(blocks: list[Block]) -> None:
    """An intertitle cannot end the text: trailing short lines are signatures and dates."""
    for block in reversed(blocks):
        if block.kind in (
            BlockKind.CREDIT,
            BlockKind.EDITORIAL,
            BlockKind.TRANSLATOR_NOTE,
            BlockKind.SIGNATURE,
            BlockKind.PLACE_DATE,
        ):
            continue
        if block.kind is not BlockKind.INTERTITLE or len(block.lines) != 1:
            break
        block.kind = BlockKind.PLACE_DATE if pt.EN_DATE.search(block.text) else BlockKind.SIGNATURE
