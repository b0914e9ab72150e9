"""Finding the forms of the authority file in a text, longest form first.

English forms stand on word boundaries (so "Chinese" is not China, and "anti-Hitler" still
gives Hitler); Chinese forms of two characters or more match anywhere except inside one of
the entry's stop contexts. Titles are not part of any form.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from ..model import Phrase, PhraseKind
from .authority import Record, load
from .spans import Finder

#: A pattern that matches nothing, for an authority file without forms of a language.
_NOTHING = r"(?!x)x"


def trie(forms: Iterable[str]) -> str:
    """One regex for ``forms`` as a trie: 中(?:国(?:共产党)?|央), not 中国共产党|中国|中央.

    It finds what the alternation of the forms, longest first, finds (the reference, which a
    property test compares): at a position the engine follows the text down one branch
    instead of trying every form in turn, and, the optional tails being greedy, takes the
    longest form that fits. The cost does not grow with the size of the authority file."""
    root: dict[str, dict] = {}
    for form in forms:
        node = root
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, dict]) -> str:
        tails = [re.escape(char) + branch(node[char]) for char in sorted(c for c in node if c)]
        if not tails:
            return ""
        body = tails[0] if len(tails) == 1 else "(?:" + "|".join(tails) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(root)


def alternation(forms: Iterable[str]) -> str:
    """The readable reference for :func:`trie`: the forms, longest first."""
    return "|".join(re.escape(form) for form in sorted(forms, key=lambda form: (-len(form), form)))


def word_bounded(pattern: str) -> str:
    r"""``pattern`` on word boundaries: not after nor before a word character (``\w``)."""
    return rf"(?<![\w])(?:{pattern})(?![\w])"


def _word(char: str) -> bool:
    r"""Whether ``char`` is a word character as the regexes' ``\w`` has it (a letter, a digit or ``_``)."""
    return char.isalnum() or char == "_"


class Forms:
    """The fast form of a :func:`trie` regex: the forms and their prefixes in two sets, the
    longest form at each position found by walking the text down the prefixes (as jieba looks
    words up). :meth:`spans` gives the spans that ``re.compile(trie(forms)).finditer`` gives (or,
    ``bounded``, that of :func:`word_bounded`'s regex), which a property test holds it to; it
    needs no regex built from the whole authority file before the first text is searched."""

    def __init__(self, forms: Iterable[str], bounded: bool = False) -> None:
        self.forms = frozenset(forms)
        self.prefixes = frozenset(form[:end] for form in self.forms for end in range(1, len(form)))
        self.firsts = frozenset(form[0] for form in self.forms if form)
        self.bounded = bounded

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) of each form found in ``text``, left to right, the longest at a
        position (bounded: the longest that ends before a non-word character or the end)."""
        found = []
        size, forms, prefixes, firsts, bounded = len(text), self.forms, self.prefixes, self.firsts, self.bounded
        start = 0
        while start < size:
            if text[start] not in firsts or (bounded and start > 0 and _word(text[start - 1])):
                start += 1
                continue
            best, end = 0, start + 1
            while end <= size:
                piece = text[start:end]
                if piece in forms and not (bounded and end < size and _word(text[end])):
                    best = end
                if piece not in prefixes:
                    break
                end += 1
            if best:
                found.append((start, best))
                start = best
            else:
                start += 1
        return found


class Matcher:
    """Longest-match finder for the forms of an authority file."""

    def __init__(self, records: dict[str, Record]) -> None:
        en: list[tuple[str, str]] = []
        zh: list[tuple[str, str]] = []
        self.stops: dict[str, dict[str, list[str]]] = {}
        for record in records.values():
            en.extend((form, record.key) for form in record.names.get("en", []))
            zh.extend((form, record.key) for form in record.names.get("zh-Hans", []) if len(form) >= 2)
            if record.stops:
                self.stops[record.key] = record.stops
        # (where two entries share a form, the last one listed keeps it)
        self.zh_keys = dict(zh)
        self.zh_forms = frozenset(self.zh_keys)
        self.en_keys = dict(en)
        self.kinds = {key: record.kind for key, record in records.items()}
        # the finders search with the fast forms (an empty form, which only the regexes can
        # match, leaves a language to its regex)
        self.zh_fast = Forms(self.zh_keys) if "" not in self.zh_keys else None
        self.en_fast = Forms(self.en_keys, bounded=True) if "" not in self.en_keys else None

    # The two regexes are the reference of the fast forms (:class:`Forms`), compiled when first
    # asked for.
    @functools.cached_property
    def zh_regex(self) -> re.Pattern[str]:
        """The Chinese forms as one regex (:func:`trie`)."""
        return re.compile(trie(self.zh_keys) or _NOTHING)

    @functools.cached_property
    def en_regex(self) -> re.Pattern[str]:
        """The English forms as one regex (:func:`trie`), on word boundaries."""
        return re.compile(word_bounded(trie(self.en_keys)) if self.en_keys else _NOTHING)

    def _stopped(self, key: str, lang: str, text: str, start: int, end: int) -> bool:
        """Whether a stop context of entry ``key`` covers ``text[start:end]``."""
        for context in self.stops.get(key, {}).get(lang, []):
            position = text.find(context)
            while position >= 0:
                if position <= start and end <= position + len(context):
                    return True
                position = text.find(context, position + 1)
        return False

    def finder(self, lang: str) -> Finder:
        """A finder of authority names in ``lang`` ("en" or "zh-Hans"): each form found that no
        stop context covers, as a name phrase with its key."""
        fast = self.en_fast if lang == "en" else self.zh_fast
        spans = fast.spans if fast is not None else self._regex_spans(lang)
        keys = self.en_keys if lang == "en" else self.zh_keys
        stops, stopped, kinds = self.stops, self._stopped, self.kinds

        def find(text: str) -> list[tuple[int, int, Phrase]]:
            found = []
            for start, end in spans(text):
                surface = text[start:end]
                key = keys[surface]
                if key in stops and stopped(key, lang, text, start, end):
                    continue
                found.append((start, end, Phrase(kinds[key], [surface], entity=key)))
            return found

        return find

    def _regex_spans(self, lang: str) -> Callable[[str], list[tuple[int, int]]]:
        """The spans of the forms of ``lang`` in a text, as the regex finds them (the reference)."""
        regex = self.en_regex if lang == "en" else self.zh_regex
        return lambda text: [match.span() for match in regex.finditer(text)]

    def zh_persons(self, lines: Iterable[str]) -> frozenset[str]:
        """The Chinese forms of persons found in ``lines`` (as :meth:`finder` finds them)."""
        find = self.finder("zh-Hans")
        return frozenset(p.text for line in lines for _, _, p in find(line) if p.kind is PhraseKind.PERSON)


@functools.lru_cache(maxsize=4)
def matcher(path: str) -> Matcher:
    """The matcher of the authority file at ``path`` (built once per file)."""
    return Matcher(load(path))
