"""Projection across the alignment: one key for the two languages of one entity.

A Chinese name a statistical tagger found is sought in the linked English blocks: an English name a tagger
found there that spells it (in pinyin, or as 鄜县 Fu County) takes its key; otherwise its
first untagged romanisation in the English text is tagged. Then any English name a tagger
found that spells a Chinese one of the article takes that one's key (:func:`unify`).
"""

from __future__ import annotations

from ..model import NAME_KINDS, Block, Link, Phrase, PhraseKind
from .naming import CHINESE_TAGGERS, key_of, letters, name_phrase, romanisations, spelling
from .spans import phrases, tag_block

#: Every name of an article with its language and block.
Named = list[tuple[str, Block, Phrase]]


def project(links: list[Link]) -> None:
    """Give the English side of each link the Chinese names a statistical tagger found on its Chinese side."""
    for link in links:
        english = _names(link.en)
        for key, phrase in _names(link.zh).items():
            if key in english or phrase.tagger not in CHINESE_TAGGERS:
                continue
            forms = romanisations(phrase.text)
            spelled = {spelling(form) for form in forms}
            # an English name a tagger found is the same entity when it spells the Chinese one
            same = [p for k, p in english.items() if k.startswith("local-") and letters(p.text)[0] in spelled]
            for other in same:
                _rekey(link.en, other, key, phrase.kind)
            if same:
                continue
            for form in forms:
                if any(_project(block, phrase.kind, key, form) for block in link.en):
                    break


def unify(named: Named) -> None:
    """An English name found by a tagger that spells a Chinese one of the article takes its key."""
    spellings: dict[str, tuple[str, PhraseKind]] = {}
    for lang, _, phrase in named:
        key = key_of(phrase)
        if lang.startswith("zh") and key.startswith("local-"):
            for form in romanisations(phrase.text):
                spellings.setdefault(spelling(form), (key, phrase.kind))
    if not spellings:
        return
    for lang, _, phrase in named:
        if lang == "en" and key_of(phrase).startswith("local-"):
            match = spellings.get(letters(phrase.text)[0])
            if match is not None:
                phrase.entity, phrase.kind = match


def _names(blocks: list[Block]) -> dict[str, Phrase]:
    """The first name phrase of each key in ``blocks``."""
    found: dict[str, Phrase] = {}
    for block in blocks:
        for line in block.lines:
            for phrase in phrases(line):
                if phrase.kind in NAME_KINDS:
                    found.setdefault(key_of(phrase), phrase)
    return found


def _rekey(blocks: list[Block], other: Phrase, key: str, kind: PhraseKind) -> None:
    """The names of ``blocks`` keyed as ``other`` take ``key`` and ``kind``. ``other`` is compared
    as it is when each name is reached: once ``other`` itself has taken ``key``, the names after
    it that kept its old key stay as they are (:func:`unify` sees to those that spell it)."""
    for block in blocks:
        for line in block.lines:
            for candidate in phrases(line):
                if candidate.entity == other.entity:
                    candidate.entity, candidate.kind = key, kind


def _project(block: Block, kind: PhraseKind, key: str, romanised: str) -> bool:
    """Tag the first untagged occurrence of ``romanised`` (letters only) in an English block."""
    wanted = spelling(romanised)
    if len(wanted) < 4:
        return False
    done = False

    def finder(text: str) -> list[tuple[int, int, Phrase]]:
        nonlocal done
        if done:
            return []
        found, index = letters(text)
        at = found.find(wanted)
        while at >= 0:
            start, end = index[at], index[at + len(wanted) - 1] + 1
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if not before.isalpha() and not after.isalpha():
                done = True
                return [(start, end, name_phrase(kind, text[start:end], key, "projection"))]
            at = found.find(wanted, at + 1)
        return []

    tag_block(block, finder)
    return done
