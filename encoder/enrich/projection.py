"""Projection across the alignment: one key for the two languages of one entity.

A Chinese name a statistical tagger found is sought in the linked English blocks: an English name a tagger
found there that spells it (in pinyin, or as 鄜县 Fu County) takes its key; otherwise its
first untagged romanisation in the English text is tagged. Then any English name a tagger
found that spells a Chinese one of the article takes that one's key (:func:`unify`). Last, a person named by the
last part of a longer name takes its key (:func:`merge_short_forms`), and the entities a link
names on one side only are merged where a Chinese and an English one are one entity
(:func:`merge_linked`: transliterations that sound alike, a body's generic head translated).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import NAME_KINDS, Block, Link, Phrase, PhraseKind
from .bodies import ORG_HEADS, Clues
from .bodies import score as body_score
from .naming import CHINESE_TAGGERS, key_of, letters, name_phrase, pinyin, romanisations, sounds_alike, spelling
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


def same_entity(chinese: Phrase, english: Phrase, read: Clues | None = None) -> int:
    """How surely a Chinese name and an English one of linked blocks name one entity (0: not):
    2 for a person or place whose transliterations sound alike, a person written by the
    romanised surname of a Chinese name (毛主席 / Mao), a body whose generic head the English
    translates and whose stem it spells (燎原化工厂 / Liaoyuan Chemical Plant); 1 for a body
    whose head alone is translated (教育部 / Ministry of Education). With the Chinese body's
    ``read`` (:func:`.bodies.clues`), a body is weighed by :func:`.bodies.score` instead: its
    first part spelled or translated, no known place of it missing (内蒙古农电局 is not the
    Tongliao Rural Power Bureau)."""
    if chinese.kind is not english.kind and english.tagger != "spacy":
        return 0
    if chinese.kind is PhraseKind.ORG and read is not None:
        return min(body_score(read, english.text), 2)
    if chinese.kind is PhraseKind.ORG:
        found = next(((head, words) for head, words in ORG_HEADS if chinese.text.endswith(head)), None)
        text = english.text.lower()
        if found is None or not any(word in text for word in found[1]):
            return 0
        stem = spelling(pinyin(chinese.text[: -len(found[0])]))
        return 2 if len(stem) >= 4 and stem in letters(english.text)[0] else 1
    syllables = pinyin(chinese.text).split()
    surname = chinese.kind is PhraseKind.PERSON and bool(syllables) and spelling(english.text) == syllables[0]
    return 2 if surname or sounds_alike(chinese.text, english.text) else 0


def merge_linked(links: list[Link], named: Named, read: Callable[[str], Clues | None] | None = None) -> None:
    """Merge the entities a link names on one side only, where a Chinese one and an English
    one of the link are one entity (:func:`same_entity`, bodies weighed with ``read``; of the
    pairs a name is in, the surest) and neither could be another's there: the English entity's
    names take the Chinese key, in the whole article. An English key that a Chinese name
    carries somewhere is not merged away (two Chinese entities would become one)."""
    in_chinese = {key_of(phrase) for lang, _, phrase in named if lang.startswith("zh")}
    for link in links:
        chinese, english = _names(link.zh), _names(link.en)
        lonely = [
            (k, p) for k, p in english.items() if k not in chinese and k.startswith("local-") and k not in in_chinese
        ]
        scored = [
            (same_entity(zh_phrase, en_phrase, _read(read, zh_phrase)), zh_key, en_key, zh_phrase)
            for zh_key, zh_phrase in chinese.items()
            if zh_key not in english
            for en_key, en_phrase in lonely
        ]
        best: dict[str, int] = {}
        for score, zh_key, en_key, _ in scored:
            best[zh_key] = max(best.get(zh_key, 0), score)
            best[en_key] = max(best.get(en_key, 0), score)
        pairs = [(z, e, p) for score, z, e, p in scored if score and score == best[z] == best[e]]
        for zh_key, en_key, zh_phrase in pairs:
            if sum(p[0] == zh_key for p in pairs) == 1 and sum(p[1] == en_key for p in pairs) == 1:
                for _, _, phrase in named:
                    if phrase.entity == en_key:
                        phrase.entity, phrase.kind = zh_key, zh_phrase.kind


def _read(read: Callable[[str], Clues | None] | None, phrase: Phrase) -> Clues | None:
    return read(phrase.text) if read is not None and phrase.kind is PhraseKind.ORG else None


def merge_short_forms(named: Named) -> None:
    """A person the article names by the last part of a longer name of one language (拉宾 after
    伊扎克·拉宾, Rabin after Yitzhak Rabin) takes the longer name's key, where only one fits."""
    long_names: dict[tuple[str, str], set[str]] = {}
    for lang, _, phrase in named:
        if phrase.kind is PhraseKind.PERSON and phrase.tagger is not None:
            parts = re.split(r"[·\s]+", phrase.text)
            if len(parts) > 1:
                long_names.setdefault((lang[:2], parts[-1]), set()).add(key_of(phrase))
    for lang, _, phrase in named:
        if phrase.kind is PhraseKind.PERSON and phrase.tagger is not None:
            keys = long_names.get((lang[:2], phrase.text), set())
            if len(keys) == 1:
                phrase.entity = next(iter(keys))


def why_apart(link: Link, read: Callable[[str], Clues | None] | None = None) -> list[str]:
    """Why each entity named on one side of ``link`` only was not merged with one of the other
    side: no name there is like it, more than one is (which), or the one that is was another's
    likelier match (:func:`same_entity`)."""
    chinese, english = _names(link.zh), _names(link.en)
    zh_only = {k: p for k, p in chinese.items() if k not in english}
    en_only = {k: p for k, p in english.items() if k not in chinese}
    scores = {(z, e): same_entity(zp, ep, _read(read, zp)) for z, zp in zh_only.items() for e, ep in en_only.items()}
    reasons = []
    for key, side in [(z, 0) for z in zh_only] + [(e, 1) for e in en_only]:
        like = sorted(pair[1 - side] for pair, value in scores.items() if value and pair[side] == key)
        if not like:
            other = "English" if side == 0 else "Chinese"
            reasons.append(f"{key}: no {other} name of the link spells, sounds like or translates it")
        elif len(like) > 1:
            reasons.append(f"{key}: more than one could be it ({', '.join(like)})")
        else:
            reasons.append(f"{key}: its one likely match {like[0]} is as likely another's")
    return reasons
