"""Flatten: the fallback's last resort for a language whose structure a gate refused.

The intertitles and the lines that open or close a letter (salutation, valediction,
signature, place and date) of the languages named become paragraphs before the structure
pass runs, so that language has no sections and no letters: its blocks stand in order, as
plain blocks. The headline, bylines and notes stay what they are. Used only when a gate
refused the structured document (:mod:`encoder.run.fallback`), never on the default path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..diagnostics import Reporter
from ..model import CLOSING_KINDS, Article, BlockKind

#: The block kinds that make sections and letters.
STRUCTURING = frozenset({BlockKind.INTERTITLE, BlockKind.SALUTATION, *CLOSING_KINDS})


def flatten(langs: Iterable[str]) -> Callable[[Article, Reporter], None]:
    """A pass making the structuring blocks of the texts in ``langs`` ("zh", "en") paragraphs."""
    chosen = frozenset(langs)

    def run(article: Article, reporter: Reporter) -> None:
        for text in article.texts:
            if text.short in chosen:
                for block in text.blocks:
                    if block.kind in STRUCTURING:
                        block.kind = BlockKind.PARAGRAPH

    return run
