"""Offices a state or a body keeps in a place (issue 14): 美国驻中国联络处, 中国国际航空公司驻罗马
办事处, 日中备忘录贸易办事处驻北京联络处. Such an office is named by description, as an embassy
is (the policy, ``tests/fixtures/gold/names/POLICY.md``: "X驻Y大使馆" is descriptive): it is no
organisation of its own; who keeps it is tagged (a state a place, a body an organisation) and the
place it is kept in is a place. The tagger reads the whole as one organisation.

Only a place the dictionary knows is tagged here after 驻 (驻华, 驻京 are abbreviations;
东北特派员 of 驻东北特派员办事处 is no place); the authority file's places there (卢萨卡) are
its own, no longer covered by the office. A keeper is a body only where it ends as bodies do
and is no place the dictionary knows (苏联 ends in 联 and is a state).
"""

from __future__ import annotations

from ..model import Phrase, PhraseKind
from . import zh_words
from .naming import local_key, name_phrase
from .spans import Found
from .zh_signs import BODY_END_CHARS

#: Offices kept in a place (the liaison office, the representative office).
OFFICES = ("联络处", "办事处", "代表处")


def stationed(found: Found) -> list[Found] | None:
    """The keeper and the place of an organisation ``found`` that is an office kept in a place
    (美国驻中国联络处 → 美国, 中国: places); None where ``found`` is none."""
    start, _, phrase = found
    surface = phrase.text
    at = surface.find("驻", 1)
    if phrase.kind is not PhraseKind.ORG or at < 0 or not surface.endswith(OFFICES):
        return None
    words = zh_words.words()
    keeper, place = surface[:at], surface[at + 1 : -len("联络处")]
    out: list[Found] = []
    if len(keeper) >= 2:
        body = keeper[-1] in BODY_END_CHARS and not (words is not None and words.place(keeper))
        out.append((start, start + at, _named(phrase, keeper, PhraseKind.ORG if body else PhraseKind.PLACE)))
    if len(place) >= 2 and words is not None and words.place(place):
        out.append((start + at + 1, start + at + 1 + len(place), _named(phrase, place, PhraseKind.PLACE)))
    return out


def _named(phrase: Phrase, surface: str, kind: PhraseKind) -> Phrase:
    """``phrase`` (a tagger's) as a name of ``kind`` for ``surface``, a part of it."""
    key = local_key(surface, "zh") or phrase.entity or ""
    return name_phrase(kind, surface, key, phrase.tagger or "zh_ner", phrase.certainty or "medium")
