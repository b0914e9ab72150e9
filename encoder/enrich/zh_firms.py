"""The name policy's rule of a list closed as bodies are: its items are bodies (firms, shops,
schools, papers: 微软、ＩＢＭ、苹果、惠普等公司; 武钢、重钢、石钢、太钢等厂; 五和等两花店), run
by the names pass's conventions (``names._conventions``) just before the lists of places
(:func:`.zh_lists.places_listed`)."""

from __future__ import annotations

import re

from ..lazy_re import lazy
from ..model import Phrase, PhraseKind
from . import zh_crf, zh_words
from .naming import local_key, made_name, name_phrase
from .spans import Found
from .zh_conventions import NOT_NAMES
from .zh_lists import NUMERALS, first_item, kinds_at
from .zh_names import DETERMINERS

#: The bodies' kinds that close a list of them (等公司, 等校); one or more (等公司银行).
_KINDS = r"(?:公司|工厂|[花商书饭酒]?店|学校|中学|大学|院校|校|银行|网站|企业|报纸|报社|报|商号|银号|钱庄|货栈|厂)+"
#: What closes a list of bodies after its last item: 等, maybe a number of them (两, 15家), and the
#: bodies' kind (等公司, 等两花店, 等校, 等15家网站); the kind ends a word of the cut (not 等报告).
_CLOSING = lazy(r"等(?:[0-9０-９一百" + NUMERALS + r"]+[家个所座]?)?" + _KINDS)
#: A list's item marked by 、 (a quoted word, or what is written between two marks), the
#: first one as what is written before the first 、, cut in :func:`~.zh_lists.first_item`.
_LIST = lazy(r"([^、，。；：！？,;:!?（）()\s]{1,40}(?:、[^、，。；：！？,;:!?（）()\s]{1,14}){0,9})$")
#: A quoted item: the word inside its quotes.
_QUOTED = lazy(r"^[“‘「『\"](.{1,12})[”’」』\"]$")
#: An item's shape: two to ten Han characters, or a name in Latin letters (two to ten, with a
#: letter among them, maybe two Han characters after them: Ｃｉｓｃｏ, TOM).
_HAN_SHAPE = lazy(r"^[\u4e00-\u9fff]{2,10}$")
_LATIN_SHAPE = lazy(r"^(?=.*[A-Za-zＡ-Ｚａ-ｚ])[A-Za-zＡ-Ｚａ-ｚ0-9０-９&＆]{2,10}[\u4e00-\u9fff]{0,2}$")


def closed(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with the items of a list closed as bodies are (:data:`_CLOSING`)
    as bodies, where the bodies head their phrase (:func:`_heads`: 等企业职工 is no list of
    bodies, 企业 tells what kind of 职工) and no item is a place (found, or one the dictionary
    knows: 临汾、运城、侯马等十家报社): an item found whole as a person by the tagger is made a
    body; an item with no name found in it that may be a body's name (:func:`_maybe`: 纺织、机械等工厂
    stay as they are) is added as one."""
    bounds = zh_words.bounds(text)
    words = zh_words.words()
    out = list(found)
    added: list[Found] = []
    for match in _CLOSING.finditer(text):
        if match.start() not in bounds or match.end() not in bounds or not _heads(text, match.end()):
            continue
        items = _items(text, match.start(), out, bounds)
        whole = [
            next((i for i, (s, e, _) in enumerate(out) if s == start and e == end), None) for start, end, _ in items
        ]
        if len(items) < 2 or any(
            (i is not None and out[i][2].kind is PhraseKind.PLACE)
            or (words is not None and words.place(text[start:end]))
            for (start, end, _), i in zip(items, whole, strict=True)
        ):
            continue
        latin = _latin_allowed(text, items)
        for (start, end, quoted), i in zip(items, whole, strict=True):
            if i is not None:
                if _retyped(out[i][2]) and not quoted:
                    s, e, phrase = out[i]
                    key = local_key(phrase.text, "zh") or phrase.entity or ""
                    out[i] = (s, e, name_phrase(PhraseKind.ORG, phrase.text, key, phrase.tagger, "medium"))
            elif not any(s < end and start < e for s, e, _ in out) and _maybe(text[start:end], latin, quoted):
                added.append((start, end, made_name(PhraseKind.ORG, text[start:end])))
    return sorted([*out, *added], key=lambda f: f[0]) if added else out


def _heads(text: str, end: int) -> bool:
    """Whether the bodies' kind that ends at ``end`` heads its phrase: what follows is no Han
    word, or 的, or a verb or function word (武钢、石钢等厂需用的煤炭; not 等企业职工, 等公司负责人,
    等企业精神)."""
    words = zh_words.words()
    after = next((word for s, _, word in zh_words.spans(text) if s == end), "")
    if not after or not zh_words.han(after[0]) or after[0] == "的":
        return True
    return words is not None and (words.functional(after) or (len(after) == 1 and words.verb(after)))


def _retyped(phrase: Phrase) -> bool:
    """Whether a name found whole as a list's item is made a body: a person the tagger found (not
    the authority file's)."""
    return phrase.tagger is not None and phrase.kind is PhraseKind.PERSON


def _latin_allowed(text: str, items: list[tuple[int, int, bool]]) -> bool:
    """Whether the list's items written in Latin letters may be bodies' names: none of the list's
    items is a common word (微软、ＩＢＭ、苹果: 苹果 is; ＩＴ、电信、金融: 电信 is)."""
    words = zh_words.words()
    return words is not None and not any(
        words.known(text[s:e]) or words.common(text[s:e]) or text[s:e] in NOT_NAMES for s, e, _ in items
    )


def _maybe(surface: str, latin: bool, quoted: bool) -> bool:
    """Whether an item with no name found in it may be a body's name: of a name's shape (Latin
    letters only where ``latin``; no digits alone: 在１０１、１０２等中学), opening with no
    determiner, no kind of body (a body's head after one or two characters: 焦化厂、电器厂等企业),
    neither a common word nor made of common words only, nor one word of the dictionary that
    names nothing (医疗器械、制药机械等企业). Quoted items are read the same, and none is one word of
    the cut: they are often slogans (“质量第一”、“用户至上”等企业精神) or goods (“万向节”、“齐心”等公司的产品)."""
    words = zh_words.words()
    shaped = _HAN_SHAPE.match(surface) or (latin and _LATIN_SHAPE.match(surface))
    if not shaped or surface[0] in DETERMINERS or surface in NOT_NAMES or words is None:
        return False
    if surface[-1] in _HEADS and len(surface) <= 3:
        return False
    cut = list(words.cut(surface))
    if quoted and len(cut) == 1:
        return False
    if len(cut) == 1 and len(surface) >= 3 and zh_words.han(surface) and not words.named(surface):
        return False
    return not all(words.names_nothing(word) for word in cut)


#: The last characters of a body's name (厂, 店, 社…): what follows a common word in a kind of body.
_HEADS = zh_crf.ORG_ENDINGS | frozenset("店场矿")


def _items(text: str, end: int, found: list[Found], bounds: frozenset[int]) -> list[tuple[int, int, bool]]:
    """The spans of the items of the list marked by 、 that ends at ``end``, back to the mark
    that opens its clause, and whether each is quoted (without its quotes); the first item cut as
    :func:`.zh_lists.first_item` does (a person's, body's or place's name found that ends there,
    else the shortest end opening a word of the cut), or its quotes, or its name in Latin letters."""
    chain = _LIST.search(text, max(0, end - 200), end)
    if not chain or "、" not in chain.group(1):
        return []
    raw = chain.group(1).split("、")
    at = chain.start(1)
    items = []
    for index, piece in enumerate(raw):
        start, stop = at, at + len(piece)
        at = stop + 1
        if index == 0:
            start = stop - len(_first(text, start, piece, found, bounds))
        quoted = _QUOTED.match(text[start:stop])
        if quoted:
            start, stop = start + 1, stop - 1
        if stop - start >= 2:
            items.append((start, stop, bool(quoted)))
    return items


def _first(text: str, start: int, piece: str, found: list[Found], bounds: frozenset[int]) -> str:
    """The first item written at the end of ``piece`` (from ``start``): its quoted word with its
    quotes, a name in Latin letters, else as :func:`.zh_lists.first_item` cuts it."""
    if piece.endswith(("”", "’", "」", "』")):
        opening = max(piece.rfind(q) for q in "“‘「『")
        return piece[opening:] if opening >= 0 else ""
    latin = re.search(r"[A-Za-zＡ-Ｚａ-ｚ0-9０-９&＆]+$", piece)
    if latin and len(latin.group()) >= 2 and not any(e == start + len(piece) for _, e, _ in found):
        return latin.group()
    kinds = frozenset({PhraseKind.PERSON, PhraseKind.ORG, PhraseKind.PLACE})
    return first_item(text, start, piece, kinds_at(found), bounds, kinds)
