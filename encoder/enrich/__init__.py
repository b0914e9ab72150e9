"""Enrich: passes over the article model, each declaring what it requires and provides.

A pass changes the model in place, never its text, and running it twice gives the same
result as running it once. What a pass needs from the model and what it adds to it are
*facts*, plain names:

============== ========================================================================================
fact           meaning
============== ========================================================================================
blocks         each language's blocks, classified (ingest provides it)
structure      headline, front, sections, letters and back of each language
ids            the article's id and every part's and block's id
mirrored       the two languages agree on the kinds that make sections and letters, through a trial
               alignment, and their sections and letters mirror each other (structure and ids rebuilt)
links          the translation links between the two languages (and the blocks left unaligned)
dates          date phrases with their ISO value
names          name phrases (never inside a date), each pointing to an entry of the article's registers
correspondence who sent each signed letter of the first language to whom, and when and where if it says
============== ========================================================================================

:func:`pipeline` checks, when the pipeline is built, that each pass comes after passes (or
ingest) that provide what it requires, so the order is stated once, by the passes
themselves, and a wrong order is an error before any article is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..diagnostics import Reporter
from ..model import Article
from .align import align
from .correspondence import correspondence
from .dates import tag_dates
from .ids import assign_ids
from .names import Config, names_pass
from .reconcile import reconcile
from .structure import structure

#: What ingest provides: every pipeline starts from it.
INGESTED = frozenset({"blocks"})


@dataclass(frozen=True, slots=True)
class Pass:
    """One enrich pass: ``run(article, reporter)`` with its declared contract."""

    name: str
    run: Callable[[Article, Reporter], None]
    requires: frozenset[str]
    provides: frozenset[str]


class PassOrderError(ValueError):
    """A pass requires a fact that no earlier pass (nor ingest) provides."""


def check_order(passes: Sequence[Pass], available: Iterable[str] = INGESTED) -> frozenset[str]:
    """Raise :class:`PassOrderError` unless every pass's requirements are met by what comes
    before it; return every fact the passes leave provided."""
    provided = set(available)
    for step in passes:
        missing = step.requires - provided
        if missing:
            raise PassOrderError(
                f"pass {step.name!r} requires {', '.join(sorted(missing))}, which no earlier pass provides"
            )
        provided |= step.provides
    return frozenset(provided)


def _pass(name: str, run: Callable[[Article, Reporter], None], requires: str, provides: str) -> Pass:
    return Pass(name, run, frozenset(requires.split()), frozenset(provides.split()))


def pipeline(names: Config | None = None) -> tuple[Pass, ...]:
    """The passes in the order they run, checked; ``names`` configures the names pass."""
    passes = (
        _pass("structure", structure, requires="blocks", provides="structure"),
        _pass("ids", assign_ids, requires="structure", provides="ids"),
        _pass("reconcile", reconcile, requires="structure ids", provides="mirrored"),
        _pass("align", align, requires="structure ids mirrored", provides="links"),
        _pass("dates", tag_dates, requires="blocks", provides="dates"),
        _pass("names", names_pass(names or Config()), requires="structure ids links dates", provides="names"),
        _pass("correspondence", correspondence, requires="structure ids dates names", provides="correspondence"),
    )
    check_order(passes)
    return passes


#: The default passes (every installed tagger) and those with names from the authority file only.
PASSES = pipeline()
AUTHORITY_ONLY = pipeline(Config(statistical=False))


def enrich(article: Article, reporter: Reporter, passes: Sequence[Pass] = PASSES) -> Article:
    """Run ``passes`` over ``article`` in order and return it."""
    for step in passes:
        step.run(article, reporter)
    return article
