"""The name policy's rule of a list closed as bodies are: its items are bodies (firms, shops,
schools, papers: 微软、ＩＢＭ、苹果、惠普等公司; 武钢、重钢、石钢、太钢等厂; 五和等两花店), run
by :func:`.zh_lists.places_listed` before the lists of places."""

from __future__ import annotations

import re

from ..model import Phrase, PhraseKind
from . import zh_crf, zh_words
from .naming import local_key, made_name, name_phrase
from .spans import Found
from .zh_conventions import NOT_NAMES
from .zh_names import DETERMINERS

#: What closes a list of bodies after its last item: 等, maybe a number of them (两, 15家), and the
#: bodies' kind (等公司, 等两花店, 等校, 等15家网站); the kind ends a word of the cut (not 等报告).
_CLOSING = re.compile(
    r"等(?:[0-9０-９一二两三四五六七八九十几数百]+[家个所座]?)?"
    r"(?:公司|工厂|[花商书饭酒]?店|学校|中学|大学|院校|校|银行|网站|企业|报纸|报社|报|商号|银号|钱庄|货栈|厂)"
)
#: What bounds a list before its first item: marks of a sentence or clause.
_BEFORE = re.compile(r"[，。；：！？,;:!?（）()\s]")
#: A list's item: a quoted word, or two to ten Han characters, Latin letters or digits.
_QUOTED = re.compile(r"^[“‘「『\"](.{1,12})[”’」』\"]$")
#: A name written in Latin letters (with maybe two Han characters after them) that ends a text.
_LATIN_END = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ0-9０-９&＆]+([\u4e00-\u9fff]{0,2})$")
_SHAPE = re.compile(r"^(?:[\u4e00-\u9fff]{2,10}|[A-Za-zＡ-Ｚａ-ｚ0-9０-９&＆]{2,10}[\u4e00-\u9fff]{0,2})$")


def closed(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with the items of a list closed as bodies are (:data:`_CLOSING`)
    as bodies: an item found whole as a person by the tagger, or as a place the dictionary does
    not know as one, is made a body; an item with no name found in it, of a name's shape
    (:data:`_SHAPE`) and no common word (纺织、机械等工厂 stay as they are), is added as one."""
    bounds = zh_words.bounds(text)
    out = list(found)
    added: list[Found] = []
    for match in _CLOSING.finditer(text):
        if match.start() not in bounds or match.end() not in bounds:
            continue
        for start, end, quoted in _items(text, match.start(), found, bounds):
            whole = [i for i, (s, e, _) in enumerate(out) if s == start and e == end]
            inside = [i for i, (s, e, _) in enumerate(out) if s < end and start < e]
            if whole:
                i = whole[0]
                if _retyped(out[i][2]):
                    s, e, phrase = out[i]
                    key = local_key(phrase.text, "zh") or phrase.entity or ""
                    out[i] = (s, e, name_phrase(PhraseKind.ORG, phrase.text, key, phrase.tagger, "medium"))
            elif not inside and _maybe(text[start:end], quoted):
                added.append((start, end, made_name(PhraseKind.ORG, text[start:end])))
    return sorted([*out, *added], key=lambda f: f[0]) if added else out


def _retyped(phrase: Phrase) -> bool:
    """Whether a name found whole as a list's item is made a body: a person the tagger found (not
    the authority file's), or a place the tagger found that the dictionary does not know as one."""
    if phrase.tagger is None:
        return False
    if phrase.kind is PhraseKind.PERSON:
        return True
    words = zh_words.words()
    return (
        phrase.kind is PhraseKind.PLACE
        and words is not None
        and not (words.place(phrase.text) or words.named(phrase.text))
    )


def _maybe(surface: str, quoted: bool) -> bool:
    """Whether an item with no name found in it may be a body's name: of a name's shape, opening
    with no determiner; unless quoted (“笑合”、“水利振兴会”等公司), no kind of body (a body's head
    after one or two characters: 焦化厂、电器厂等企业), neither a common word nor made of common
    words only, nor one word of the dictionary that names nothing (医疗器械、制药机械等企业)."""
    words = zh_words.words()
    if not _SHAPE.match(surface) or surface[0] in DETERMINERS or surface in NOT_NAMES:
        return False
    if words is None or quoted:
        return True
    if surface[-1] in _HEADS and len(surface) <= 3:
        return False
    cut = list(words.cut(surface))
    if len(cut) == 1 and len(surface) >= 3 and zh_words.han(surface) and not words.named(surface):
        return False
    return not all(_common(words, word) for word in cut)


#: The last characters of a body's name (厂, 店, 社…): what follows a common word in a kind of body.
_HEADS = zh_crf.ORG_ENDINGS | frozenset("店场矿")


def _common(words: zh_words.Words, word: str) -> bool:
    """Whether the dictionary knows ``word`` as a word that names nothing."""
    return words.known(word) or words.common(word) or words.functional(word)


def _items(text: str, end: int, found: list[Found], bounds: frozenset[int]) -> list[tuple[int, int, bool]]:
    """The spans of the items of the list marked by 、 that ends at ``end``, back to the mark
    that opens its clause, and whether each is quoted (without its quotes); the first item cut (:func:`_first`)."""
    opening = max((m.end() for m in _BEFORE.finditer(text, max(0, end - 120), end)), default=max(0, end - 120))
    pieces, at = [], opening
    for piece in text[opening:end].split("、"):
        pieces.append((at, at + len(piece)))
        at += len(piece) + 1
    items = []
    for index, (start, stop) in enumerate(pieces):
        if index == 0:
            start = _first(text, start, stop, found, bounds)
        quoted = _QUOTED.match(text[start:stop])
        if quoted:
            start, stop = start + 1, stop - 1
        if stop - start >= 2:
            items.append((start, stop, bool(quoted)))
    return items


def _first(text: str, start: int, end: int, found: list[Found], bounds: frozenset[int]) -> int:
    """Where the first item of a list begins in ``start``-``end`` (what is written from the
    clause's opening to the first 、): a quoted item's opening quote, else the longest name found
    that ends there, else the shortest end of two to four characters opening a word of the cut."""
    piece = text[start:end]
    if piece.endswith(("”", "’", "」", "』")):
        opening = max(piece.rfind(q) for q in "“‘「『")
        return start + opening if opening >= 0 else end
    names = [s for s, e, _ in found if e == end and s >= start]
    if names:
        return min(names)
    latin = _LATIN_END.search(piece)
    if latin and latin.start(1) - latin.start() >= 2:
        return start + latin.start()
    return next((end - n for n in range(2, min(4, end - start) + 1) if end - n in bounds), end)
