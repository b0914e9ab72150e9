"""Enrich stage: passes that add ids (and later names, dates, alignment) to the model.

Each pass is ``fn(article, reporter) -> None``; it changes the model in place, never its
text, and running it twice gives the same result as running it once.
"""

from __future__ import annotations

from collections.abc import Callable

from ..diagnostics import Reporter
from ..model import Article
from .align import align
from .dates import tag_dates
from .ids import assign_ids
from .names import Config, names_pass

Pass = Callable[[Article, Reporter], None]


def passes(names: Config | None = None) -> tuple[tuple[str, Pass], ...]:
    """The passes in the order they run; ``names`` configures the names pass."""
    names = names or Config()
    return (
        ("ids", assign_ids),
        ("align", align),
        ("dates", tag_dates),
        ("names", names_pass(names)),
    )


#: The default passes (every installed tagger).
PASSES = passes()


def enrich(article: Article, reporter: Reporter, passes: tuple[tuple[str, Pass], ...] = PASSES) -> Article:
    """Run ``passes`` over ``article`` in order and return it."""
    for _name, run in passes:
        run(article, reporter)
    return article
