"""Bodies named by description after a person or a place (issue 14): the name is the person's
or the place's alone (``tests/fixtures/gold/names/POLICY.md``: a team or delegation named by
its place and a descriptor is descriptive, only the place is tagged; a faction's label is no
organisation). The tagger reads the whole as one organisation:

* a person's clique, cabinet, regime or troops (朗诺集团, 中曾根新内阁, 蒙博托伪军, 蒙博托伪
  警察局): the person, where the article names that person elsewhere (朗诺; 中曾根 of
  中曾根康弘: a name opening a person's found name, the surname a Japanese premier goes by;
  before 集团 only a whole name, and no firm's: 丰田集团 beside 丰田章一郎 and 丰田汽车公司 is a
  business, an organisation by the policy). :func:`read` looks for the person over the CRF's
  readings of all the article's lines (中曾根内阁 a paragraph after 日本首相中曾根康弘),
  :func:`labelled` over the names of one text (the authority file's too);
* a person named by a label that denounces a person's clique or troops (朗诺卖国集团, 巴博卖国集团,
  朗诺伪军: :data:`DENOUNCING`, never a firm's): the transliterated name before it is the person
  even where the article names him nowhere else, and names him for the article (朗诺集团 then),
  :func:`denounced`; before 伪军, which a town's troops are called too (海拉尔伪军), only a name
  the CRF reads as a person and the article reads nowhere as a place or a body's (dev unchanged
  by that). Dev gold: odd years all F1 0.8980 → 0.8983 (persons R 0.9247 → 0.9260, P 0.9581
  kept), even unchanged;
* a place's team or troupe (英格兰队, 上海杂技团, 韩国艺术团): the place, where the article or
  the dictionary has it as a place; a troupe in a list of bodies (中国戏曲研究院、中国杂技团) is a
  standing body there, no troupe on tour. Heads naming a body of its own (舰队 of 黑海舰队, 采煤队,
  人民军艺术团, 利库德集团 after no person) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from ..lazy_re import lazy
from ..model import PhraseKind
from . import zh_words
from .naming import made_name
from .spans import Found
from .zh_crf import MEDIUM, Entity
from .zh_discourse import FIRM_AFTER
from .zh_foreign import known_place
from .zh_signs import TRANSLITERATION

#: Heads of a person's clique, government or troops, read as a label of the person.
PERSON_HEADS = lazy(r"(?:新|伪|反动|傀儡|卖国)?(?:集团|内阁|政权|政府|军|军队|部队|匪帮|警察局)$")
#: Heads that label a person's clique or troops and never a firm's nor a place's bodies (朗诺卖国集团,
#: 巴博卖国集团, 朗诺伪军): a transliterated name before one is the person's (:func:`denounced`).
DENOUNCING = ("卖国集团", "傀儡集团", "反动集团", "伪军", "傀儡政权")
#: The labels of :data:`DENOUNCING` that name a clique, never a town's or a country's troops.
CLIQUES = tuple(h for h in DENOUNCING if h != "伪军")
#: Heads of a place's team or troupe (队 right after the place: 英格兰队, 中国队).
PLACE_HEADS = lazy(r"(?:队|男队|女队|代表队|国家队|(?P<troupe>杂技团|艺术团))$")


def read(found: Mapping[str, list[Entity]]) -> dict[str, list[Entity]]:
    """``found`` (each line's CRF entities) with each organisation named by a person and a head
    of :data:`PERSON_HEADS` (中曾根内阁) as that person, where a line of the article reads the
    person at ``medium`` or above (中曾根康弘) or names the person in a label (:func:`denounced`)."""
    persons = {line[s:e] for line, ents in found.items() for s, e, kind, p in ents if kind == "PER" and p >= MEDIUM}
    labelled = denounced(found)
    persons |= labelled
    bodies = {line[s:e] for line, ents in found.items() for s, e, kind, _ in ents if kind == "ORG"}
    out: dict[str, list[Entity]] = {}
    for line, entities in found.items():
        out[line] = []
        for start, end, kind, probability in entities:
            head = PERSON_HEADS.search(line[start:end]) if kind == "ORG" else None
            stem = line[start : start + head.start()] if head else ""
            if head and (stem in labelled or _person(stem, head.group(), persons, bodies)):  # no firm's (朗诺集团)
                end, kind = start + head.start(), "PER"
            if kind == "PER" and line[start:end] in labelled:
                probability = max(probability, MEDIUM)  # 朗诺 (0.67) of 朗诺伪军
            out[line].append((start, end, kind, probability))
    return out


def denounced(found: Mapping[str, list[Entity]]) -> set[str]:
    """The persons the CRF reads in a label of :data:`DENOUNCING`: a name of two to four transliteration
    characters (:data:`.zh_signs.TRANSLITERATION`), no known place (:func:`.zh_foreign.known_place`:
    not 越南伪军), whether or not the article names the person elsewhere. A clique's head names him
    where the CRF reads the label as a body (朗诺卖国集团, 巴博卖国集团); 伪军, which a town's or a
    country's puppet troops are called too (海拉尔伪军, 贡布伪军), only where the CRF reads the name
    as a person right before it (朗诺 of 朗诺伪军, unsure) and no line of the article reads it as a
    place or in a body (海拉尔伪军 read as an organisation)."""
    out, troops = set(), set()
    for line, entities in found.items():
        for start, end, kind, _ in entities:
            surface = line[start:end]
            head = next((h for h in CLIQUES if kind == "ORG" and surface.endswith(h)), "")
            if head:
                out.add(surface[: len(surface) - len(head)])
            elif kind == "PER" and line.startswith(DENOUNCING, end):
                troops.add(surface)
    places = {line[s:e] for line, ents in found.items() for s, e, kind, _ in ents if kind == "LOC"}
    bodies = {line[s:e] for line, ents in found.items() for s, e, kind, _ in ents if kind == "ORG"}
    troops = {t for t in troops if not any(t in p for p in places) and not any(_holding(b, t) for b in bodies)}
    return {s for s in out | troops if 2 <= len(s) <= 4 and set(s) <= TRANSLITERATION and not known_place(s)}


def _holding(body: str, stem: str) -> bool:
    """Whether a body the CRF reads holds ``stem`` as a place: its troops (海拉尔伪军) or its end (…解放海拉尔)."""
    return body.startswith(stem + "伪军") or body.endswith(stem)


def labelled(text: str, found: list[Found]) -> list[Found]:
    """``found`` with each organisation named by a person or place and a descriptive head
    (朗诺集团, 英格兰队) as that person or place."""
    persons = {phrase.text for _, _, phrase in found if phrase.kind is PhraseKind.PERSON}
    places = {phrase.text for _, _, phrase in found if phrase.kind is PhraseKind.PLACE}
    bodies = {phrase.text for _, _, phrase in found if phrase.kind is PhraseKind.ORG}
    words = zh_words.words()
    out: list[Found] = []
    for start, end, phrase in found:
        surface = phrase.text
        kind = None
        if phrase.kind is PhraseKind.ORG:
            person = PERSON_HEADS.search(surface)
            team = PLACE_HEADS.search(surface)
            if person and _person(surface[: person.start()], person.group(), persons, bodies):
                kind, cut = PhraseKind.PERSON, person.start()
            elif team and _place(surface[: team.start()], places, words) and not _listed(text, start, end, team, found):
                kind, cut = PhraseKind.PLACE, team.start()
        if kind is None:
            out.append((start, end, phrase))
            continue
        out.append((start, start + cut, made_name(kind, surface[:cut], phrase.entity or "")))
    return out


def _person(stem: str, head: str, persons: Collection[str], bodies: Collection[str]) -> bool:
    """Whether ``stem`` names one of the ``persons`` (or opens such a name: 中曾根). Before 集团,
    which may name a firm after its founder's family (丰田集团 beside 丰田章一郎), only the
    person's whole name, and not where one of the ``bodies`` is a firm opening with it
    (丰田汽车公司; firms end as :data:`.zh_discourse.FIRM_AFTER`)."""
    if len(stem) < 2:
        return False
    if head.endswith("集团"):
        firm = any(b.startswith(stem) and b.endswith(FIRM_AFTER) and b != stem + head for b in bodies)
        return stem in persons and not firm
    return any(name == stem or name.startswith(stem) for name in persons)


def _place(stem: str, places: set[str], words: zh_words.Words | None) -> bool:
    """Whether ``stem`` is a place the article or the dictionary has."""
    return len(stem) >= 2 and (stem in places or (words is not None and words.place(stem)))


def _listed(text: str, start: int, end: int, head: re.Match[str], found: list[Found]) -> bool:
    """Whether a troupe (``head``) stands in a list of bodies, an organisation next to it across a
    、 (1953-07-05: 中国戏曲研究院、中国杂技团、东北人民艺术剧院): a standing body of its own there,
    not a place's troupe on tour (上海杂技团结束在东京演出)."""
    return head.group("troupe") is not None and any(
        p.kind is PhraseKind.ORG and ((e == start - 1 and text[e] == "、") or (s == end + 1 and text[end] == "、"))
        for s, e, p in found
    )
