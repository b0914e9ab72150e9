"""Chinese words as jieba cuts them with its dictionary and without its HMM, for the CRF's
word-boundary features, without loading jieba's whole dictionary into every process.

jieba builds a table of its 350,000 words and their prefixes (half a million entries) before
the first cut, which costs more than tagging an article. Here the same table is split by a
word's first character, and each character's part by the word's second character, and kept in
a cache file (built once from jieba's ``dict.txt``, in the temporary folder, like jieba's own
cache); a cut reads, when first met, the part of the table for each first character the text
holds and, within it, the words for each pair of characters it holds (:mod:`.word_pairs`). The
cut itself is jieba's ``cut(text, HMM=False)``: the same blocks, the same graph of dictionary
words, the same best route by the words' frequencies; :func:`reference_cut` (jieba itself) is
the reference a property test holds it to.
"""

from __future__ import annotations

import functools
import importlib.util
import marshal
import math
from collections.abc import Iterator, Mapping
from pathlib import Path

from ..lazy_re import lazy
from . import word_pairs
from .cache_files import cache_path, load_or_build_parts

#: jieba's blocks: runs of Han characters, letters, digits and +#&._%- are cut by the
#: dictionary; anything else is one word a character, a line break or space one word each.
_HAN = lazy("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
_SKIP = lazy("(\r\n|\\s)")
_ENG = lazy("[a-zA-Z0-9]")
_VERSION = "7.2"  # of the cache file's layout (and of what it marks)
#: Grammatical words, one character each, that no name holds alone: particles, prepositions,
#: conjunctions and adverbs (的 了 在 和 把 被 对 从 于 也 都 就…); :mod:`.zh_signs` and
#: :mod:`.zh_japanese` each add their own.
GRAMMATICAL = frozenset("的了着过在和与及同跟把被将对向从自于给让为以而又也都就还再并即")
#: jieba's part-of-speech tags of words that are no names: adjectives, directions, numerals,
#: pronouns, idioms… (粗鲁 a, 两岸 f). Not verbs nor adverbs: 保定 and 开封 are tagged v, 大同 d.
COMMON_TAGS = frozenset("a ad an ag f i l m q r p c u z b y e o".split())
#: A common word is marked under this prefix (text never holds it), in its first character's
#: table of marks: the word cut reads only the tables of words (:func:`_part_key`).
_COMMON = "\x00"
#: jieba's tags of names (persons, places, bodies, other proper nouns): a word so tagged may name.
NAME_TAGS = ("nr", "ns", "nt", "nz")
#: Marks, like :data:`_COMMON`: a word said 100 times or more that is no name (:meth:`Words.known`),
#: an idiom or set phrase (:meth:`Words.idiom`), a one-character verb (:meth:`Words.verb`), a
#: word tagged as a name (:meth:`Words.named`), as a person's name (:meth:`Words.person`), a verb
#: or function word (:meth:`Words.functional`), as a place's name (:meth:`Words.place`).
_KNOWN, _IDIOM, _VERB, _NAMED, _PERSON, _FUNCTION = "\x01", "\x02", "\x03", "\x04", "\x05", "\x06"
_PLACE = "\x07"
#: Marks, like :data:`_COMMON`: a word of two characters or more tagged as a verbal noun or an
#: adjective (:meth:`Words.predicative`), a word of a class that may follow a place after a
#: preposition (:meth:`Words.closing`), a one-character adjective (:meth:`Words.modifier`).
_PREDICATIVE, _CLOSING, _MODIFIER = "\x0e", "\x0f", "\x10"
#: The marks only the division rule asks for, about few words: kept in tables of their own (read
#: when first asked), apart from the other marks.
_LATER = (_PREDICATIVE, _CLOSING, _MODIFIER)
_MARKS = (_COMMON, _KNOWN, _IDIOM, _VERB, _NAMED, _PERSON, _FUNCTION, _PLACE, _PREDICATIVE, _CLOSING, _MODIFIER)
#: jieba's tags of verbs and function words: adverbs, prepositions, conjunctions, particles,
#: pronouns, interjections, onomatopoeia, modal particles, numerals and measures, directions,
#: idioms and set phrases (发出, 在, 和, 的, 这个, 一些, 三个, 附近, 乱成一团); a one-character
#: adjective (近, 新) is marked with them.
FUNCTION_TAGS = frozenset("v vd vg vi vq d dg p c u ud ug uj ul uv uz r rg rr rz e o y m mq q f i l".split())
#: jieba's tags of the words after which a word written after a preposition (在, 从, 于…) is a
#: place at least as often as any word so written is, in the MSRA training text (18 %; met 20
#: times or more): verbs, adverbs, conjunctions, prepositions, names, place words, 的 (16 %, the
#: phrase's close). Not nouns (14 %), verbal nouns (13 %), directions (8 %), numerals or times
#: (12 %, 11 %), adjectives, pronouns, measures, idioms, nor particles other than 的 (般).
CLOSING_TAGS = frozenset("v vd vi d ad c p s ns nr nrt nz nt j zg uj".split())


def _marks(word: str, count: int, tag: str) -> list[str]:
    """The marks of one word of jieba's dictionary (see :data:`_MARKS`)."""
    out = []
    if tag and tag[0] in COMMON_TAGS and count >= 100 and 2 <= len(word) <= 4:
        out.append(_COMMON)
    if tag and not tag.startswith(NAME_TAGS) and count >= 100 and 2 <= len(word) <= 4:
        out.append(_KNOWN)
    if tag in ("i", "l"):
        out.append(_IDIOM)
    if tag == "v" and len(word) == 1:
        out.append(_VERB)
    if tag.startswith(NAME_TAGS) and 2 <= len(word) <= 4:
        out.append(_NAMED)
    if tag.startswith("nr") and 2 <= len(word) <= 4:
        out.append(_PERSON)
    if tag == "ns" and 2 <= len(word) <= 4:
        out.append(_PLACE)
    if tag in FUNCTION_TAGS or (tag == "a" and len(word) == 1):
        out.append(_FUNCTION)
    if tag in ("vn", "a") and len(word) >= 2:
        out.append(_PREDICATIVE)
    if tag in CLOSING_TAGS:
        out.append(_CLOSING)
    if tag == "a" and len(word) == 1:
        out.append(_MODIFIER)
    return out


def dictionary_file() -> Path | None:
    """jieba's main dictionary (found without importing jieba), or None without jieba."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    return path if path.is_file() else None


def build(dictionary: Path) -> tuple[dict[str, bytes], int]:
    """jieba's table (each word's frequency, each prefix of a word at 0, as ``gen_pfdict``
    makes it; a common word also marked, see :meth:`Words.common`) as one part per first
    character (:func:`.word_pairs.pairs`), the marks in two marshalled tables per first character
    (:func:`_part_key`), and the total."""
    table: dict[str, int] = {}
    total = 0
    with dictionary.open(encoding="utf-8") as lines:
        for line in lines:
            word, count, *tag = line.strip().split(" ")
            table[word] = int(count)
            total += int(count)
            for end in range(1, len(word)):
                table.setdefault(word[:end], 0)
            for mark in _marks(word, int(count), tag[0] if tag else ""):
                table[mark + word] = 1
    parts: dict[str, dict[str, int]] = {}
    for word, frequency in table.items():
        parts.setdefault(_part_key(word), {})[word] = frequency
    return {
        key: marshal.dumps(part if key[0] in _MARKS else word_pairs.pairs(key, part)) for key, part in parts.items()
    }, total


def _part_key(word: str) -> str:
    """The key of the part of :func:`build`'s table that holds ``word`` (a word, a prefix or a
    marked word): a word's first character; for a mark of :data:`_LATER`, ``_LATER[0]`` and the
    marked word's first character; for any other mark, ``_COMMON`` and that character. The word
    cut reads only the words' parts; the marks are read when a rule first asks for them."""
    if word[0] in _LATER:
        return _LATER[0] + word[1]
    return _COMMON + word[1] if word[0] in _MARKS else word[0]


def _cache_path(dictionary: Path) -> Path:
    stat = dictionary.stat()
    return cache_path("zh-words", f"{_VERSION} {dictionary} {stat.st_size} {stat.st_mtime_ns}")


def load(dictionary: Path) -> tuple[Mapping[str, bytes], int]:
    """:func:`build`'s result, from the cache file when there is one (written atomically when
    not), its parts read from the file when first asked for."""
    parts, total = load_or_build_parts(_cache_path(dictionary), lambda: build(dictionary))
    return parts, total


class Words:
    """jieba's dictionary cut (no HMM) over the table of :func:`build`, read per first character."""

    def __init__(self, parts: Mapping[str, bytes], total: int) -> None:
        self._parts = parts
        self._tables: dict[str, dict[str, int]] = {}
        self._heads: dict[str, word_pairs.Head] = {}
        self._log_total = math.log(total)

    def _table(self, key: str) -> dict[str, int]:
        """The marshalled table of ``key`` (marks: see :func:`_part_key`; a pair of characters:
        the words and prefixes opening with it)."""
        table = self._tables.get(key)
        if table is None:
            if key[0] in _MARKS:
                part = self._parts.get(key)
                table = marshal.loads(part) if part is not None else {}
            else:
                table = word_pairs.table(self._head(key[0]), key[1])
            self._tables[key] = table
        return table

    def _head(self, char: str) -> word_pairs.Head:
        """The part of the table for ``char`` (:mod:`.word_pairs`)."""
        head = self._heads.get(char)
        if head is None:
            head = self._heads[char] = word_pairs.head(self._parts.get(char))
        return head

    def frequency(self, word: str) -> int | None:
        """The frequency of ``word`` in jieba's table (0: only a prefix of words), None if not in it."""
        if word[0] in _MARKS:  # no word opens with a mark
            return None
        if len(word) == 1:
            found = self._head(word)[0]
            return found if found >= 0 else None
        return self._table(word[:2]).get(word)

    def common(self, word: str) -> bool:
        """Whether jieba's dictionary knows ``word`` (two to four characters, said 100 times or
        more) as a word of a class that names nothing (:data:`COMMON_TAGS`)."""
        return bool(word) and _COMMON + word in self._table(_COMMON + word[0])

    def listed(self, word: str) -> bool:
        """Whether jieba's dictionary holds ``word`` at all, however rarely said (风雅, 97 times)."""
        return bool(word) and (self.frequency(word) or 0) > 0

    def known(self, word: str) -> bool:
        """Whether jieba's dictionary knows ``word`` (two to four characters, said 100 times or
        more) with a tag that is no name's (胡须; not 毛泽东, 中国, 新华社)."""
        return bool(word) and _KNOWN + word in self._table(_COMMON + word[0])

    def idiom(self, word: str) -> bool:
        """Whether jieba's dictionary knows ``word`` as an idiom or set phrase (稳如泰山)."""
        return bool(word) and _IDIOM + word in self._table(_COMMON + word[0])

    def named(self, word: str) -> bool:
        """Whether jieba's dictionary tags ``word`` (two to four characters) as a name (珍珠泉, 贾汪)."""
        return bool(word) and _NAMED + word in self._table(_COMMON + word[0])

    def person(self, word: str) -> bool:
        """Whether jieba's dictionary tags ``word`` (two to four characters) as a person's name (金日成)."""
        return bool(word) and _PERSON + word in self._table(_COMMON + word[0])

    def place(self, word: str) -> bool:
        """Whether jieba's dictionary tags ``word`` (two to four characters) as a place's name (桑给巴尔)."""
        return bool(word) and _PLACE + word in self._table(_COMMON + word[0])

    def functional(self, word: str) -> bool:
        """Whether jieba's dictionary tags ``word`` as a verb, function word, numeral, measure,
        direction or idiom (:data:`FUNCTION_TAGS`), or a one-character adjective (近, 新)."""
        return bool(word) and _FUNCTION + word in self._table(_COMMON + word[0])

    def names_nothing(self, word: str) -> bool:
        """Whether jieba's dictionary knows ``word`` as a word that names nothing: :meth:`known`,
        :meth:`common` or :meth:`functional` (医疗, 机械; 鼓掌)."""
        return self.known(word) or self.common(word) or self.functional(word)

    def predicative(self, word: str) -> bool:
        """Whether jieba's dictionary tags ``word`` (two characters or more) as a verbal noun or an
        adjective (生产, 平定)."""
        return bool(word) and _PREDICATIVE + word in self._table(_LATER[0] + word[0])

    def closing(self, word: str) -> bool:
        """Whether jieba's dictionary tags ``word`` with one of :data:`CLOSING_TAGS` (发现, 的)."""
        return bool(word) and _CLOSING + word in self._table(_LATER[0] + word[0])

    def modifier(self, char: str) -> bool:
        """Whether jieba's dictionary knows the one character ``char`` as an adjective (大, 新)."""
        return len(char) == 1 and _MODIFIER + char in self._table(_LATER[0] + char)

    def verb(self, char: str) -> bool:
        """Whether jieba's dictionary knows the one character ``char`` as a verb (攻, 打)."""
        return len(char) == 1 and _VERB + char in self._table(_COMMON + char)

    def cut(self, text: str) -> Iterator[str]:
        """The words of ``text`` as ``jieba.cut(text, HMM=False)`` gives them."""
        for block in _HAN.split(text):
            if not block:
                continue
            if _HAN.match(block):
                yield from self._cut_block(block)
            else:
                for piece in _SKIP.split(block):
                    if _SKIP.match(piece):
                        yield piece
                    else:
                        yield from piece

    def _cut_block(self, sentence: str) -> Iterator[str]:
        route = self._route(sentence)
        x, size, buffer = 0, len(sentence), ""
        while x < size:
            y = route[x] + 1
            word = sentence[x:y]
            if len(word) == 1 and _ENG.match(word):
                buffer += word
            else:
                if buffer:
                    yield buffer
                    buffer = ""
                yield word
            x = y
        if buffer:
            yield buffer

    def _route(self, sentence: str) -> list[int]:
        """For each position, where the best route's word from it ends (inclusive), as jieba's
        ``get_DAG`` and ``calc``: the most probable path of dictionary words, ties to the longer.
        One pass from the end: each position's words are scored as they are found (the same sums
        in the same order as :meth:`_route_plain`, so the same floats and the same route)."""
        size = len(sentence)
        scores = [0.0] * (size + 1)
        best = [0] * (size + 1)
        log, log_total, tables, heads = math.log, self._log_total, self._tables, self._heads
        for k in range(size - 1, -1, -1):
            char = sentence[k]
            head = heads.get(char) or self._head(char)
            top, end = -math.inf, k
            frequency = head[0]
            if frequency > 0:  # the character is a word (0: only a prefix; -1: not in the table)
                top = log(frequency) - log_total + scores[k + 1]
            if frequency >= 0 and k + 1 < size:  # the longer words, in the table of the pair
                i, fragment = k + 1, sentence[k : k + 2]
                table = tables.get(fragment)
                if table is None:
                    table = self._table(fragment)
                while i < size and fragment in table:
                    frequency = table[fragment]
                    if frequency:
                        score = log(frequency) - log_total + scores[i + 1]
                        if score >= top:  # a tie goes to the longer word, as max() of (score, end) pairs
                            top, end = score, i
                    i += 1
                    fragment = sentence[k : i + 1]
            if top == -math.inf:  # no word: the character alone, at frequency 1 (jieba's ``or 1``)
                top = log(1) - log_total + scores[k + 1]
            scores[k], best[k] = top, end
        return best

    def _route_plain(self, sentence: str) -> list[int]:
        """:meth:`_route` as jieba writes it (``get_DAG``, then ``calc``): the reference a property
        test holds the faster form to."""
        size = len(sentence)
        ends: list[list[int]] = []
        for k in range(size):
            found, i, fragment = [], k, sentence[k]
            while i < size and (frequency := self.frequency(fragment)) is not None:
                if frequency:
                    found.append(i)
                i += 1
                fragment = sentence[k : i + 1]
            ends.append(found or [k])
        scores = [0.0] * (size + 1)
        best = [0] * (size + 1)
        log, log_total = math.log, self._log_total
        for index in range(size - 1, -1, -1):
            scores[index], best[index] = max(
                (log(self.frequency(sentence[index : x + 1]) or 1) - log_total + scores[x + 1], x) for x in ends[index]
            )
        return best


@functools.lru_cache(maxsize=1)
def words() -> Words | None:
    """The cutter over jieba's dictionary (loaded once per process), or None without jieba."""
    dictionary = dictionary_file()
    return Words(*load(dictionary)) if dictionary is not None else None


def reference_cut(text: str) -> list[str]:
    """jieba's own cut, the reference for :meth:`Words.cut`."""
    import jieba

    jieba.setLogLevel(60)
    return list(jieba.cut(text, HMM=False))


@functools.lru_cache(maxsize=64)
def han(text: str) -> bool:
    """Whether every character of ``text`` is a Han character (of the CJK Unified Ideographs)."""
    return all("\u4e00" <= char <= "\u9fff" for char in text)


@functools.lru_cache(maxsize=1024)
def spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """The words of the dictionary cut of ``text`` with their offsets (none without jieba): cut
    once for the CRF's features (:func:`.zh_crf.sentence_features`) and all the names of one
    text (kept for the texts last asked: all the lines of a long article, which the CRF reads
    before the name rules ask again)."""
    cutter = words()
    if cutter is None:
        return ()
    out, position = [], 0
    for word in cutter.cut(text):
        out.append((position, position + len(word), word))
        position += len(word)
    return tuple(out)


@functools.lru_cache(maxsize=64)
def bounds(text: str) -> frozenset[int]:
    """The word boundaries (offsets) of the dictionary cut of ``text``; every offset without jieba."""
    if words() is None:
        return frozenset(range(len(text) + 1))
    return frozenset({0} | {end for _, end, _ in spans(text)})


def phrased(name: str) -> bool:
    """Whether ``name``, three Han characters read as a surname and a given name, is a word and a
    character instead: its first two characters a word of the dictionary that names nothing
    (:meth:`Words.names_nothing`) or a place (许多人, 王家庄, 高兴地, 古巴和: the surname's
    character opens a word), or its last two a word said 100 times or more that names nothing
    (:meth:`Words.common`, :meth:`Words.known`: 曾多次, 向读者, 于上月). No other tag is asked of,
    so a name stays one where its first two are tagged a person's (余辉 of 余辉音) or its last
    two a name (维兰 of 吕维兰) or only a verb (迎新 of 赵迎新). False for any other length, or
    without jieba."""
    cutter = words()
    if cutter is None or len(name) != 3:
        return False
    first, last = name[:2], name[1:]
    return cutter.names_nothing(first) or cutter.place(first) or cutter.common(last) or cutter.known(last)
