"""The decks of a bilingual article's headline, decided for both languages together.

Ingest reads the decks of each language on its own: the Chinese body sets each deck on a
line (kicker 引题, main title, subtitle 副题: :mod:`encoder.ingest.decks`), the English one
sets a two-deck headline on two lines when its header's title joins them. The two must agree,
one deck for one deck:

* as many decks on both sides: the Chinese kinds (read from the original's wording) are
  the kinds of both;
* one side has a single headline where the other has several decks: the translation (or the
  original) printed the title as one line, so the decks of the other side are one headline too,
  its lines the decks' lines (``抗议！！`` / ``国民党飞机窜扰延安`` under one English line);
* both have several, but not as many: both are made one headline, with a warning.

Each change is reported (S002 when the other side decided, S003 when both were given up).

The title repeated under its dateline (a headline opening on its lead:
:mod:`encoder.ingest.title_repeat`) is no deck: the decks end above it (round t).
"""

from __future__ import annotations

from ..diagnostics import Reporter
from ..model import Block, BlockKind, Phrase, PhraseKind, Text

#: The kinds of a headline's decks.
DECK_KINDS = frozenset({BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE})


def decks(text: Text) -> list[Block]:
    """The blocks that open ``text`` as the decks of its headline (none without a headline)."""
    found: list[Block] = []
    for block in text.blocks:
        if block.kind not in DECK_KINDS or (found and repeated_title(block)):
            break
        found.append(block)
    return found if any(block.kind is BlockKind.HEADLINE for block in found) else []


def repeated_title(block: Block) -> bool:
    """Whether ``block`` is the title repeated under its dateline (a headline opening on its
    lead: :mod:`encoder.ingest.title_repeat`), no deck of the title above it."""
    first = block.lines[0][:1] if block.lines else []
    lead = bool(first) and isinstance(first[0], Phrase) and first[0].kind is PhraseKind.LEAD
    return block.kind is BlockKind.HEADLINE and lead


def fold(text: Text, found: list[Block]) -> None:
    """Make the decks ``found`` (the first blocks of ``text``) one headline of their lines."""
    head = found[0]
    head.kind, head.lines = BlockKind.HEADLINE, [line for block in found for line in block.lines]
    del text.blocks[1 : len(found)]


def agree(zh: Text, en: Text, reporter: Reporter) -> bool:
    """Make the decks of the two languages agree (see the module); whether anything changed."""
    zh_decks, en_decks = decks(zh), decks(en)
    if not zh_decks or not en_decks or [b.kind for b in zh_decks] == [b.kind for b in en_decks]:
        return False
    head = zh_decks[0]
    if len(zh_decks) == len(en_decks):
        for z, e in zip(zh_decks, en_decks, strict=True):
            e.kind = z.kind
        message = "the English headline's decks take the kinds of the Chinese decks (as many on both sides)"
        reporter.info("S002", message, en_decks[0].span.line, en_decks[0].span.column)
        return True
    if len(en_decks) == 1 or len(zh_decks) == 1:
        side, other, name = (zh, zh_decks, "Chinese") if len(en_decks) == 1 else (en, en_decks, "English")
        fold(side, other)
        message = f"the {len(other)} decks of the {name} headline are one headline, as in the other language"
        reporter.info("S002", message, other[0].span.line, other[0].span.column)
        return True
    fold(zh, zh_decks)
    fold(en, en_decks)
    message = (
        f"the Chinese headline has {len(zh_decks)} decks and the English {len(en_decks)}: "
        "each is made one headline, so that both mirror"
    )
    reporter.warning("S003", message, head.span.line, head.span.column)
    return True
