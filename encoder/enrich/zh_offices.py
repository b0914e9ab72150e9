"""Offices a state or a body keeps in a place (issue 14): 美国驻中国联络处, 中国国际航空公司驻罗马
办事处, 日中备忘录贸易办事处驻北京联络处. Such an office is named by description, as an embassy
is (the policy, ``tests/fixtures/gold/names/POLICY.md``: "X驻Y大使馆" is descriptive): it is no
organisation of its own; who keeps it is tagged (a state a place, a body an organisation) and the
place it is kept in is a place. The tagger reads the whole as one organisation.

Only a place the dictionary knows is tagged here after 驻 (驻华, 驻京 are abbreviations;
东北特派员 of 驻东北特派员办事处 is no place), or a body of the authority file (日本常驻联合国
代表处); the authority file's places there (卢萨卡) are its own, no longer covered by the office.
A place opening with 驻 keeps it (郑州铁路局驻马店办事处), and 常 of 常驻 (kept for good) is no
part of the keeper (联合国难民署常驻北京办事处). A keeper is a place only where it is a known
one (the authority file's or the dictionary's: 美国, 苏联); any other is left as the tagger read
it, an organisation (中国民航, 三菱商事, 欧共体).
"""

from __future__ import annotations

from ..model import PhraseKind
from . import authority, zh_words
from .naming import renamed
from .spans import Found

#: Offices kept in a place (the liaison office, the representative office).
STATIONS = ("联络处", "办事处", "代表处")


def stationed(found: Found) -> list[Found] | None:
    """The keeper and the place of an organisation ``found`` that is an office kept in a place
    (美国驻中国联络处 → 美国, 中国: places); None where ``found`` is none."""
    start, _, phrase = found
    surface = phrase.text
    office = next((o for o in STATIONS if surface.endswith(o)), "")
    at = surface.find("驻", 1)
    if phrase.kind is not PhraseKind.ORG or at < 0 or not office:
        return None
    words = zh_words.words()
    keeper, place = surface[:at], surface[at + 1 : -len(office)]
    if words is not None and words.place(surface[at : at + 3]):
        place = surface[at : -len(office)]  # 驻马店: the place's own 驻
    elif keeper.endswith("常"):
        keeper = keeper[:-1]  # 常驻, kept for good
    out: list[Found] = []
    if len(keeper) >= 2:
        known = keeper in authority.chinese_forms(PhraseKind.PLACE) or (words is not None and words.place(keeper))
        out.append((start, start + len(keeper), renamed(phrase, keeper, PhraseKind.PLACE if known else None)))
    opening = start + len(surface) - len(office) - len(place)
    kind = _kind(place, words)
    if len(place) >= 2 and kind is not None:
        out.append((opening, opening + len(place), renamed(phrase, place, kind)))
    return out


def _kind(place: str, words: zh_words.Words | None) -> PhraseKind | None:
    """The kind of the name an office is kept at: a place the dictionary knows, or a body of the
    authority file (常驻联合国代表处); None for any other."""
    if words is not None and words.place(place):
        return PhraseKind.PLACE
    return PhraseKind.ORG if place in authority.chinese_forms(PhraseKind.ORG) else None
