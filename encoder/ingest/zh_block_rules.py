"""The order of the rules that read the Chinese blocks' text (and the authors) once the lines are blocks: closings,
lists, captions, tables, numbered points, bare headings, signed and dated insides, letters, the headings of a page's
pieces. Each rule lives in the module of its kind; this one says only when each runs (:func:`apply`, called by
:func:`.classify.classify_zh`), as the order matters: a later rule reads the kinds an earlier one gave."""

from __future__ import annotations

from ..model import Block
from . import (
    lists,
    tables,
    zh_closers,
    zh_closing_bylines,
    zh_letters,
    zh_piece_heads,
    zh_points,
    zh_rules,
    zh_signed,
    zh_summaries,
    zh_tails,
)
from .captions import mark_captions, split_picture_notes
from .zh_dated import dated_documents
from .zh_lines import bare_intertitles, heading_series, marked_siblings


def apply(blocks: list[Block], authors: set[str]) -> None:
    """Run the rules that read the Chinese blocks' text (and the authors) on ``blocks``, in their order."""
    zh_rules.glued_leads(blocks)
    split_picture_notes(blocks)
    dated_documents(blocks)
    zh_tails.tails(blocks, authors)
    zh_summaries.summary_deck(blocks)
    zh_rules.quoted_source(blocks)
    zh_closing_bylines.closing_lines(blocks)
    zh_rules.letter_closings(blocks)
    zh_tails.authors_signatures(blocks, authors)
    zh_signed.writers_workplace(blocks, authors)
    zh_tails.signed_remarks(blocks)
    zh_tails.glued_numbered_heading(blocks)
    lists.mark_lists(blocks)
    mark_captions(blocks)
    tables.mark_tables(blocks)
    tables.mark_row_paragraphs(blocks)
    zh_points.numbered_points(blocks)
    bare_intertitles(blocks)
    heading_series(blocks)
    zh_signed.signed_inside(blocks)
    zh_signed.dated_inside(blocks)
    zh_signed.labelled_notes(blocks)
    zh_signed.note_paragraphs(blocks)
    zh_letters.letters(blocks)
    zh_piece_heads.headings_over_decks(blocks)  # (after the letters' rules: they cut a deck off its salutation)
    zh_closers.closers(blocks)
    zh_closing_bylines.roles_above_signers(blocks)  # (after the closers: they give the names below theirs)
    marked_siblings(blocks)
    zh_piece_heads.first_item_heading(blocks)
