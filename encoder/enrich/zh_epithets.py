"""Epithets the CRF reads as persons: a person's one-character surname standing for him, glued
to a regime, an area or a gang (蒋政府, 蒋管区, 蒋帮, 汪伪). The policy tags none of them:
"epithets (蒋匪, 蒋贼, 蒋军 — the Kuomintang army, not Chiang himself)", and a one-character
surname alone is no name either (美蒋, 反蒋).

The CRF reads 蒋帮 as a person at 0.6–0.9 (a surname and one character is how most Chinese
names are written); the one-sense spread (:func:`.statistical.recurring`) then tags it at
``high`` wherever the article writes it. The same two characters can be a person's name, so
the reading is dropped only where the article shows the surname standing for someone else:
another person of that surname, whose name is no such epithet, is read in the article (蒋介石
beside 蒋帮) by the CRF at ``medium`` or above, by the authority file or by jieba's dictionary;
and the epithet is written nowhere a reader sees a person (before 同志 or 说, after a role, in a
byline). 军 and 方 are no tails: 李军, 梁军, 谢军, 李方 are given names written beside 李鹏,
梁秀英, 谢思明, 李永波 where no cue shows a person, and nothing in the article tells them from 蒋军
beside 蒋介石. :func:`dropped` removes the epithets from each line's entities before the
article's persons are read as one (:func:`.zh_discourse.read`), so the spread does not carry
them either.

Measured on the dev gold (2026-12-02, names pass at medium): 10 spurious persons gone in three
articles of 1946–1970 (蒋管区 ×5, 蒋帮 ×3, 蒋政府 ×2), none lost; all names' F1 0.8875 → 0.8882
on even years, 0.8961 → 0.8963 on odd years. On the Chinese articles of ``../shared/corpus`` in
no gold it changes no name; on PKU's January 1998 corpus (``../shared/ner-data``) it drops one
string, 蒋管区 (tagged n there), and no person (the rule with 军 and 方 dropped 李军, 杨军, 周方).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from . import zh_bylines, zh_lists, zh_words
from .zh_crf import MEDIUM, Entity
from .zh_names import COMPOUND_SURNAMES, SURNAMES
from .zh_signs import TRANSLITERATION, cued_as_person

#: What follows a surname that stands for a person in an epithet: regimes and sides (政府, 政权,
#: 当局, 伪), armies as a body (军队, 部队), areas they rule (区, 管区, 统区, 占区), gangs and
#: cliques (帮, 匪帮, 集团, 特务), besides 匪 and 贼 (:func:`.zh_conventions.plausible`). Not 军
#: nor 方: 李军, 梁军, 谢军, 李方, 陈方 are common given names, often written where no cue shows a
#: person (梁军是新中国第一位女拖拉机手), and 蒋军 beside 蒋介石 cannot be told from 李军 beside
#: 李永波 by the article's other persons. A surname and 军 is :func:`.zh_signs.army`'s: it lowers
#: every such person one level, in every article, with no guard; this rule drops the strings of
#: the other tails, beside another person of the surname only. The two share no string.
TAILS = frozenset(
    {"军队", "部队", "政府", "政权", "当局", "伪", "区", "管区", "统区", "占区"}
    | {"帮", "匪", "贼", "匪帮", "集团", "特务"}
)


def epithet(surface: str) -> bool:
    """Whether ``surface`` is written as an epithet: a one-character surname and a :data:`TAILS` word."""
    return len(surface) >= 2 and surface[0] in SURNAMES and surface[1:] in TAILS


def seen_as_person(line: str, start: int, end: int) -> bool:
    """Whether ``start``-``end`` of ``line`` is written where a reader sees a person: before 同志,
    说…, addressed or an item of a list (:func:`.zh_signs.cued_as_person`), after a role or an
    office (:data:`.zh_lists.ROLES`: 队长李军) or in a byline (:func:`.zh_bylines.byline_names`)."""
    if cued_as_person(line, start, end) or line[:start].endswith(zh_lists.ROLES):
        return True
    return any(s <= start and end <= e for s, e in zh_bylines.byline_names(line))


#: The persons another reader finds in the article (the authority file's), asked for only when
#: the CRF read an epithet there: most articles hold none, and the search costs a pass over them.
Named = Callable[[], Iterable[str]]


def dropped(found: Mapping[str, Sequence[Entity]], named: Named = tuple) -> dict[str, list[Entity]]:
    """``found`` (each line's CRF entities, the lines of one article) without the persons that
    are epithets (:func:`epithet`) of a surname the article gives another person, and without
    the other readings of those strings (蒋管区 read as a place in one line). The other person is
    one the CRF reads at ``medium`` or above, one of ``named()`` (the authority file's persons found
    in the article) or a word of jieba's cut its dictionary tags as a person (汪精卫 beside 汪伪,
    read by no other; 阎锡山, read by the CRF inside 阎锡山匪帮), whose name is no epithet nor
    opens with a tail word (蒋介石 beside 蒋帮; not 蒋帮分子). An epithet the article writes once
    where a reader sees a person (:func:`seen_as_person`: 蒋帮同志) stays wherever it is written.
    A person that is a run of four surnames (:func:`surname_run`: 蒋宋孔陈) goes too, with every
    reading of it."""
    persons = {line[s:e] for line, entities in found.items() for s, e, kind, p in entities if kind == "PER"}
    epithets = {name for name in persons if epithet(name)}
    runs = {name for name in persons if surname_run(name)}
    if not epithets:
        return {line: [e for e in entities if line[e[0] : e[1]] not in runs] for line, entities in found.items()}
    others = {
        line[s:e] for line, entities in found.items() for s, e, kind, p in entities if kind == "PER" and p >= MEDIUM
    }
    others |= set(named())
    surnames = {name[0] for name in others if not epithet(name) and not any(name[1:].startswith(t) for t in TAILS)}
    surnames |= _in_dictionary(found, {name[0] for name in epithets} - surnames)
    epithets = {name for name in epithets if name[0] in surnames}
    for line in found:
        for name in list(epithets):
            at = line.find(name)
            while at >= 0 and name in epithets:
                if seen_as_person(line, at, at + len(name)):
                    epithets.discard(name)
                at = line.find(name, at + 1)
    # every reading of the string goes: 蒋管区, read as a place where not as a person, is no place either
    gone = epithets | runs
    return {line: [e for e in entities if line[e[0] : e[1]] not in gone] for line, entities in found.items()}


def surname_run(surface: str) -> bool:
    """Whether ``surface`` is four one-character surnames standing for four persons or families
    (蒋宋孔陈 of 蒋宋孔陈四大家, 王张江姚 for the four): the policy's "one-character surname
    abbreviations" are no name. Not a name opening with a compound surname (欧阳, 司马), nor a
    transliteration (葛罗米柯: 罗, 米, 柯 are the paper's transliteration characters; a run
    holds two at most: 彭罗陆杨, 彭 and 罗 common surnames too). On the 642 dev articles of the
    name gold it drops four spurious persons in two articles (1946, 1976) and no person; outside
    the gold (1,210 articles) none."""
    return (
        len(surface) == 4
        and all(char in SURNAMES for char in surface)
        and surface[:2] not in COMPOUND_SURNAMES
        and sum(char in TRANSLITERATION for char in surface) <= 2
    )


def _in_dictionary(found: Mapping[str, Sequence[Entity]], surnames: set[str]) -> set[str]:
    """Those of ``surnames`` opening a word of jieba's cut of a line of ``found`` that its
    dictionary tags as a person's name and that is no epithet (汪精卫)."""
    words = zh_words.words()
    if not surnames or words is None:
        return set()
    return {
        word[0]
        for line in found
        if surnames.intersection(line)
        for _, _, word in zh_words.spans(line)
        if word[0] in surnames and words.person(word) and not epithet(word)
    }
