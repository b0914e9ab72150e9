"""Epithets the CRF reads as persons: a person's one-character surname standing for him, glued
to an army, a regime, an area or a gang (蒋军, 蒋政府, 蒋管区, 蒋帮, 阎军). The policy tags
none of them: "epithets (蒋匪, 蒋贼, 蒋军 — the Kuomintang army, not Chiang himself)", and a
one-character surname alone is no name either (美蒋, 反蒋).

The CRF reads 蒋军 as a person at 0.8–0.99 (a surname and one character is how most Chinese
names are written); the one-sense spread (:func:`.statistical.recurring`) then tags it at
``high`` wherever the article writes it. The same two characters can be a person's name
(谢军, the chess player; 张军, 王方), so the reading is dropped only where the article shows
the surname standing for someone else: the CRF reads, in the same article, another person of
that surname whose name is no such epithet (蒋介石 beside 蒋军). :func:`dropped` removes the
epithets from each line's entities before the article's persons are read as one
(:func:`.zh_discourse.read`), so the spread does not carry them either.

Measured on the dev gold (2026-12-02, names pass at medium): 36 spurious persons gone in six
articles of 1946–1970 (蒋军 ×26, 蒋管区 ×5, 蒋帮 ×3, 蒋政府 ×2), none lost; all names' F1
0.888 → 0.890 on even years, 0.896 → 0.896 (0.8961 → 0.8963) on odd years. On the Chinese
articles of ``../shared/corpus`` in no gold it changes no name (谢军, 15 times, stays).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .zh_crf import Entity
from .zh_names import SURNAMES

#: What follows a surname that stands for a person in an epithet: armies and forces (军, 军队),
#: regimes and sides (政府, 政权, 当局, 方, 伪), areas they rule (区, 管区, 统区, 占区), gangs
#: and cliques (帮, 匪帮, 集团, 特务), besides 匪 and 贼 (:func:`.zh_conventions.plausible`).
TAILS = frozenset(
    {"军", "军队", "部队", "政府", "政权", "当局", "方", "伪", "区", "管区", "统区", "占区"}
    | {"帮", "匪", "贼", "匪帮", "集团", "特务"}
)


def epithet(surface: str) -> bool:
    """Whether ``surface`` is written as an epithet: a one-character surname and a :data:`TAILS` word."""
    return len(surface) >= 2 and surface[0] in SURNAMES and surface[1:] in TAILS


def dropped(found: Mapping[str, Sequence[Entity]]) -> dict[str, list[Entity]]:
    """``found`` (each line's CRF entities, the lines of one article) without the persons that
    are epithets (:func:`epithet`) of a surname the article gives another person, one whose
    name opens with no epithet (蒋军 beside 蒋介石; not 谢军 alone, nor beside 蒋军一营), and
    without the other readings of those strings (蒋管区 read as a place in one line)."""
    persons = {line[s:e] for line, entities in found.items() for s, e, kind, _ in entities if kind == "PER"}
    named = {name[0] for name in persons if not epithet(name) and not any(name[1:].startswith(tail) for tail in TAILS)}
    epithets = {name for name in persons if epithet(name) and name[0] in named}
    # every reading of the string goes: 蒋管区, read as a place where not as a person, is no place either
    return {line: [e for e in entities if line[e[0] : e[1]] not in epithets] for line, entities in found.items()}
