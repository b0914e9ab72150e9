"""Names carried across the alignment where one language's tagger missed them.

Three ways, each only inside one link (blocks that say the same thing) and only where one
reading fits (never two candidates for one name, nor one candidate for two names):

- :func:`project_bodies`: a Chinese body a tagger found is sought among the English stretches
  of capitalised words that translate its head and its first part (:mod:`.bodies`): 石家庄市工商联合会
  is the "Shijiazhuang Federation of Industry and Commerce";
- :func:`project_back`: an English name a tagger found is sought in the Chinese: a person or
  place by the pinyin it spells (Xiliufang: 西六方), a body by its head and first part
  (Yimin Fire Equipment Factory: 益民消火器材厂, Bank of Israel: 以色列银行);
- :func:`project_sounds`: a Chinese person is sought in the English as a capitalised word that
  sounds like it (谢瓦思: Sheves, :func:`.naming.sounds_alike`);
- :func:`project_tails`: a place or body of the authority file the Chinese names is sought in
  the English by the last word of one of its English forms (志愿军: the Volunteers);
- :func:`extend_cut`: an English person a tagger cut short is tagged whole where the whole sounds
  like a Chinese person of the link ("Amir Abbas" Hoveyda: 阿米尔·阿巴斯·胡韦达), and
  :func:`project_short_forms` finds its last word where the Chinese writes the last part (胡韦达).

The name found is tagged with the key of the one it was found from (tagger ``projection``).
It may hold names a tagger found inside it (Shanghai in Shanghai Resin Factory: the Chinese
side tags 上海树脂厂 whole too), never cuts one and is never inside one (:func:`retag`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lazy_re import lazy
from ..model import NAME_KINDS, Block, Inline, Link, Phrase, PhraseKind
from .authority import Record
from .bodies import ORG_HEADS, clues, runs, score
from .matcher import Matcher
from .naming import key_of, letters, name_phrase, sounds_alike, syllables
from .spans import OPEN, phrases, positions, resolve

#: Chooses the spans to tag in a line's text: (start, end, phrase).
Chooser = Callable[[str], list[tuple[int, int, Phrase]]]
_HAN = lazy(r"[\u4e00-\u9fff]+")


def retag(block: Block, chooser: Chooser) -> int:
    """Tag the spans ``chooser`` gives in each line of ``block`` (and in its leads and credits)
    where a span cuts no phrase and holds no phrase but names; the names it holds give way.
    Returns how many were tagged."""
    count = 0

    def line(items: list[Inline]) -> list[Inline]:
        nonlocal count
        for item in items:
            if isinstance(item, Phrase) and item.kind in OPEN:
                item.content = line(item.content)
        spans, text = positions(items)
        chosen = [c for c in resolve(chooser(text), len(text)) if _fits(spans, c[0], c[1])]
        count += len(chosen)
        return _rebuilt(spans, chosen) if chosen else items

    block.lines = [line(items) for items in block.lines]
    return count


def _fits(spans: list[tuple[int, int, Inline]], start: int, end: int) -> bool:
    """Whether ``start``-``end`` cuts no phrase, holds none but names and is not one already."""
    for s, e, item in spans:
        if isinstance(item, Phrase) and s < end and start < e:
            if not (start <= s and e <= end) or item.kind not in NAME_KINDS or (s, e) == (start, end):
                return False
    return True


def _rebuilt(spans: list[tuple[int, int, Inline]], chosen: list[tuple[int, int, Phrase]]) -> list[Inline]:
    """The items of ``spans`` with each chosen span as its phrase (what it held given way)."""
    out: list[Inline] = []
    for s, e, item in spans:
        cursor = s
        while cursor < e:
            inside = next((c for c in chosen if c[0] <= cursor < c[1]), None)
            if inside is not None:
                if cursor == inside[0]:
                    out.append(inside[2])
                cursor = min(inside[1], e)
                continue
            following = min([c[0] for c in chosen if c[0] > cursor] + [e])
            out.append(item[cursor - s : following - s] if isinstance(item, str) else item)
            cursor = following
    return out


def _names(blocks: list[Block], kinds: frozenset[PhraseKind] = NAME_KINDS) -> list[Phrase]:
    return [p for block in blocks for items in block.lines for p in phrases(items) if p.kind in kinds]


def _texts(blocks: list[Block]) -> list[str]:
    """The text of each line of ``blocks`` and of the leads and credits in them."""
    found = []
    for block in blocks:
        for items in block.lines:
            found.append(positions(items)[1])
            found.extend(p.text for p in phrases(items) if p.kind in OPEN)
    return found


def _unique_best(scored: list[tuple[int, str, str]]) -> list[tuple[str, str]]:
    """The (a, b) pairs of ``scored`` (score, a, b) that are the one best of both a and b."""
    best: dict[tuple[int, str], int] = {}
    for value, a, b in scored:
        best[0, a] = max(best.get((0, a), 0), value)
        best[1, b] = max(best.get((1, b), 0), value)
    pairs = sorted({(a, b) for value, a, b in scored if value and value == best[0, a] == best[1, b]})
    return [(a, b) for a, b in pairs if [p[0] for p in pairs].count(a) == 1 and [p[1] for p in pairs].count(b) == 1]


def _tag_everywhere(blocks: list[Block], surface: str, kind: PhraseKind, key: str) -> int:
    """Tag every occurrence of ``surface`` in ``blocks`` (where it fits) as ``key``."""

    def chooser(text: str) -> list[tuple[int, int, Phrase]]:
        found = []
        at = text.find(surface)
        while at >= 0:
            end = at + len(surface)
            if _bounded(text, at, end):
                found.append((at, end, name_phrase(kind, surface, key, "projection")))
            at = text.find(surface, end)
        return found

    return sum(retag(block, chooser) for block in blocks)


def _bounded(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands on word boundaries (always, for Chinese)."""
    if not text[start:end].isascii():
        return True
    return not (start and text[start - 1].isalnum()) and not (end < len(text) and text[end].isalnum())


def project_bodies(links: list[Link], known: Matcher, records: dict[str, Record]) -> int:
    """Tag in each link's English the bodies a tagger found in its Chinese (see the module)."""
    count = 0
    for link in links:
        chinese = {p.text: key_of(p) for p in _names(link.zh, frozenset({PhraseKind.ORG})) if p.tagger}
        candidates = {text[s:e] for text in _texts(link.en) for s, e in runs(text)}
        scored: list[tuple[int, str, str]] = []
        for surface in chinese:
            read = clues(surface, known, records)
            if read is not None:
                scored.extend((score(read, english), surface, english) for english in candidates)
        for surface, english in _unique_best(scored):
            count += _tag_everywhere(link.en, english, PhraseKind.ORG, chinese[surface])
    return count


def project_back(links: list[Link], known: Matcher, records: dict[str, Record]) -> int:
    """Tag in each link's Chinese the names a tagger found in its English (see the module)."""
    count = 0
    for link in links:
        there = {key_of(p) for p in _names(link.zh)}
        english = {p.text: p for p in _names(link.en) if p.tagger and key_of(p) not in there}
        scored: list[tuple[int, str, str]] = []
        for text in _texts(link.zh):
            for surface, phrase in english.items():
                found = _bodies_in(text, surface, known, records) if phrase.kind is PhraseKind.ORG else []
                found += _spelled_in(text, surface)
                scored.extend((value, surface, span) for value, span in found)
        for surface, span in _unique_best(scored):
            phrase = english[surface]
            count += _tag_everywhere(link.zh, span, phrase.kind, key_of(phrase))
    return count


def _bodies_in(text: str, english: str, known: Matcher, records: dict[str, Record]) -> list[tuple[int, str]]:
    """The Chinese bodies' names of ``text`` (Han characters ending in a head ``english``
    translates, ten at most) that ``english`` names, with their :func:`.bodies.score`."""
    lower = english.lower()
    heads = [head for head, words in ORG_HEADS if any(word in lower for word in words)]
    found = []
    for head in heads:
        for match in re.finditer(re.escape(head), text):
            end = match.end()
            for start in range(max(0, end - 10), end - len(head) - 1):
                span = text[start:end]
                read = clues(span, known, records) if _HAN.fullmatch(span) else None
                value = score(read, english) if read is not None else 0
                if value:
                    found.append((value, span))
    return found


def _spelled_in(text: str, english: str) -> list[tuple[int, str]]:
    """The stretches of two to six Han characters of ``text`` whose pinyin ``english`` spells."""
    wanted = letters(english)[0]
    if len(wanted) < 4 or not english[:1].isupper():
        return []
    found = []
    for run in _HAN.finditer(text):
        chars, read = run.group(), syllables(run.group())
        for start in range(len(read)):
            spelled = ""
            for end in range(start + 1, min(len(read), start + 6) + 1):
                spelled += read[end - 1]
                if not wanted.startswith(spelled):
                    break
                if end - start >= 2 and spelled == wanted:
                    found.append((2, chars[start:end]))
    return found


def project_sounds(links: list[Link]) -> int:
    """Tag in each link's English a Chinese person that only a capitalised word sounding like it writes."""
    count = 0
    for link in links:
        there = {key_of(p) for p in _names(link.en)}
        persons = {p.text: key_of(p) for p in _names(link.zh, frozenset({PhraseKind.PERSON})) if p.tagger}
        persons = {text: key for text, key in persons.items() if key not in there}
        words = {
            m.group() for text in _untagged(link.en) for m in re.finditer(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b", text)
        }
        scored = [(2, text, word) for text in persons for word in words if sounds_alike(text, word)]
        for text, word in _unique_best(scored):
            count += _tag_everywhere(link.en, word, PhraseKind.PERSON, persons[text])
    return count


def _untagged(blocks: list[Block]) -> list[str]:
    """The plain strings of ``blocks`` that no phrase covers."""
    return [item for block in blocks for items in block.lines for item in items if isinstance(item, str)]


#: Last words of English forms that say what a thing is rather than which: never a short form.
_GENERIC = frozenset(
    "republic union states kingdom party government army people's islands island congress assembly council "
    "committee front league organization organisation agency city province region county river mountains "
    "mountain sea ocean lake east west north south democratic federal central national united daily news press "
    "station square palace hall area zone district".split()
)


def project_tails(links: list[Link], records: dict[str, Record]) -> int:
    """Tag in each link's English the last word of an English form of a place or body of the
    authority file the link's Chinese names and its English does not (志愿军: the Volunteers of
    "Chinese People's Volunteers"; 朝鲜: Korea), where that word names no other entity of the
    link and is no generic word (Union, Council); a tagger's entity of just that word takes the
    key in the whole article."""
    count = 0
    renamed: dict[str, str] = {}
    for link in links:
        there = {key_of(p) for p in _names(link.en)}
        wanted: dict[str, set[str]] = {}
        for phrase in _names(link.zh, frozenset({PhraseKind.PLACE, PhraseKind.ORG})):
            record = records.get(key_of(phrase))
            if record is None or record.key in there:
                continue
            for form in record.names.get("en", []):
                words = form.split()
                if len(words) > 1 and len(words[-1]) >= 4 and words[-1].lower() not in _GENERIC:
                    wanted.setdefault(words[-1], set()).add(record.key)
        for word, keys in sorted(wanted.items()):
            if len(keys) == 1:
                key = next(iter(keys))
                count += _tag_everywhere(link.en, word, records[key].kind, key)
                for phrase in _names(link.en):
                    if phrase.text == word and phrase.tagger and key_of(phrase).startswith("local-"):
                        renamed[key_of(phrase)] = key
    for phrase in (p for link in links for p in _names(link.en)):  # in the whole article, as merging does
        if phrase.entity in renamed:
            phrase.entity = renamed[phrase.entity]
            phrase.kind = records[phrase.entity].kind
            count += 1
    return count


def extend_cut(links: list[Link]) -> int:
    """An English person a tagger cut short ("Amir Abbas" before Hoveyda) is tagged whole, with the
    key of the Chinese person of the link it then sounds like (阿米尔·阿巴斯·胡韦达), where only one fits."""
    count = 0
    for link in links:
        there = {key_of(p) for p in _names(link.en)}
        persons = {p.text: key_of(p) for p in _names(link.zh, frozenset({PhraseKind.PERSON})) if p.tagger}
        persons = {text: key for text, key in persons.items() if key not in there}
        scored: list[tuple[int, str, str]] = []
        for text in _texts(link.en):
            for phrase in _names(link.en, frozenset({PhraseKind.PERSON})):
                at = text.find(phrase.text)
                tail = re.match(r"(?:\s+[A-Z][a-z]+){1,2}\b", text[at + len(phrase.text) :]) if at >= 0 else None
                if tail is None or not phrase.tagger:
                    continue
                whole = phrase.text + tail.group()
                scored.extend((2, chinese, whole) for chinese in persons if sounds_alike(chinese, whole))
        for chinese, whole in _unique_best(scored):
            count += _tag_everywhere(link.en, whole, PhraseKind.PERSON, persons[chinese])
    return count


def project_short_forms(links: list[Link]) -> int:
    """A Chinese person named by the last part of a longer name (胡韦达 after 阿米尔·阿巴斯·胡韦达)
    is sought in the linked English by the last word of the English name of the longer one
    (Hoveyda after Amir Abbas Hoveyda), and tagged with the longer one's key, where only one fits."""
    zh = [p for link in links for p in _names(link.zh, frozenset({PhraseKind.PERSON}))]
    en = [p for link in links for p in _names(link.en, frozenset({PhraseKind.PERSON}))]
    last: dict[str, set[tuple[str, str]]] = {}
    for long in (p for p in zh if "·" in p.text):
        for english in (p for p in en if key_of(p) == key_of(long) and " " in p.text):
            last.setdefault(long.text.split("·")[-1], set()).add((english.text.split()[-1], key_of(long)))
    count = 0
    for link in links:
        there = {key_of(p) for p in _names(link.en)}
        for short in _names(link.zh, frozenset({PhraseKind.PERSON})):
            found = last.get(short.text, set())
            if len(found) == 1 and key_of(short) not in there:
                word, key = next(iter(found))
                count += _tag_everywhere(link.en, word, PhraseKind.PERSON, key)
    return count
