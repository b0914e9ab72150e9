"""Names: ``persName``, ``placeName``, ``orgName`` in both languages, with one register entry
per entity and one ``@ref`` for both languages.

1. The authority file, longest match first (:mod:`.matcher`).
2. Statistical taggers, where installed, for what the authority file does not know
   (:mod:`.statistical`): the character CRF of :mod:`.zh_crf` for Chinese (all of an
   article's Chinese text in one batch; jieba with rules on request), spaCy
   ``en_core_web_sm`` for English.
3. Projection across the alignment (:mod:`.projection`): a Chinese name found by a tagger
   is sought, in pinyin, in the linked English block; then (:mod:`.crossing`) a Chinese body
   among the English block's capitalised words, an English name in the Chinese block (by the
   pinyin it spells, a body by its head and first part), a Chinese person as an English word
   that sounds like it; last, entities of one link that are one are merged.

Entities not in the authority file get a local key (:func:`.naming.local_key`), one ``@ref`` in both languages,
``resp`` and ``cert`` on their tags. Registers: :mod:`.registers`; linked blocks naming different entities: A005.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from ..diagnostics import Reporter
from ..model import NAME_KINDS, Article, Block, BlockKind, Link, Phrase, PhraseKind
from . import (
    registers,
    zh_bodies,
    zh_bylines,
    zh_communes,
    zh_conventions,
    zh_crf,
    zh_divisions,
    zh_firms,
    zh_foreign,
    zh_labels,
    zh_lists,
    zh_missions,
    zh_names,
    zh_orgs,
    zh_places,
    zh_quoted,
    zh_runs,
    zh_signs,
    zh_states,
    zh_villages,
    zh_word_bodies,
    zh_words,
)
from .authority import DEFAULT, load
from .bodies import Clues, clues
from .crossing import extend_cut, project_back, project_bodies, project_short_forms, project_sounds, project_tails
from .matcher import matcher
from .naming import CERT_LEVELS, key_of, local_key, name_phrase, renamed
from .projection import Named, merge_linked, merge_short_forms, project, unify, why_apart
from .spans import Finder, Found, phrases, positions, tag_block
from .statistical import spacy_model, tag_en, tag_zh, zh_crf_finder

#: English blocks spaCy does not read: headings, where it finds names in capitalised words.
_NOT_FOR_SPACY = (BlockKind.HEADLINE, BlockKind.INTERTITLE)


@dataclass(frozen=True, slots=True)
class Config:
    """What the names pass uses: the authority file, whether statistical taggers run, and which
    one tags Chinese (``crf``: :mod:`.zh_crf`; ``jieba``: jieba with the rules of :mod:`.zh_names`)."""

    authority: str = str(DEFAULT)
    statistical: bool = True
    chinese: str = "crf"
    #: The CRF's names below this certainty are not tagged (on the hand-made dev gold they are
    #: right less than half the time; dropping them kept F1 and raised precision).
    crf_floor: str = "medium"


def tag_names(article: Article, reporter: Reporter, config: Config = Config()) -> None:
    """Tag the names of ``article`` and build its registers (idempotent)."""
    _tag(article, config)
    named = _name_phrases(article)
    records, known = load(config.authority), matcher(config.authority)
    if article.links and any(phrase.tagger is not None for _, _, phrase in named):
        project(article.links)
        project_bodies(article.links, known, records)
        project_back(article.links, known, records)
        project_sounds(article.links)
        project_tails(article.links, records)
        extend_cut(article.links)
        project_short_forms(article.links)
        named = _name_phrases(article)  # projection added names
    unify(named)
    # a body's clues read once per name of the article, for the merging and for its report
    read = functools.lru_cache(maxsize=None)(lambda text: clues(text, known, records))
    if article.links:
        merge_short_forms(named)
        merge_linked(article.links, named, read)
    registers.build(article, records, named)
    if article.links:
        _report_differences(article.links, named, reporter, read)


def _tag(article: Article, config: Config) -> None:
    """Tag the names of each block: the authority file's, then the statistical taggers'."""
    match = matcher(config.authority)
    chinese = config.chinese if config.statistical else None
    crf = chinese == "crf" and zh_crf.available()
    jieba = chinese == "jieba" and zh_names.available()
    nlp = spacy_model() if config.statistical and any(t.short == "en" for t in article.texts) else None
    for text in article.texts:
        authority = finder = match.finder("en" if text.short == "en" else "zh-Hans")
        if text.short == "zh" and crf:
            whole = [positions(line)[1] for block in text.blocks for line in block.lines]
            crf_finder = zh_crf_finder(whole, match.zh_forms, named=functools.partial(match.zh_persons, whole))
            finder = with_crf(authority, crf_finder, config.crf_floor)
        for block in text.blocks:
            # a table cell alone is no context for the CRF (it took 一○七○○·○○ for an org)
            tag_block(block, authority if block.kind is BlockKind.TABLE_ROW else finder)
            if text.short == "zh" and jieba:
                block.lines = [tag_zh(line, match.zh_forms) for line in block.lines]
        if text.short == "en" and nlp is not None:  # what the authority file left, in one batch
            tag_en([block for block in text.blocks if block.kind not in _NOT_FOR_SPACY], nlp)


def with_crf(authority: Finder, crf: Finder, floor: str = "low") -> Finder:
    """One finder of the authority file's names and the CRF's in what they leave.

    The authority file's names win, but where the CRF finds a longer name holding some whole and
    cutting none (中共中央书记处 over 中共中央, 陈云林 over 陈云): the one a reader means. The CRF's
    names below ``floor`` are left out, but for a person where a reader sees one (:func:`.zh_lists.vouched`),
    a body's name where a name opens (:func:`.zh_bodies.vouched`) and a division's (:mod:`.zh_divisions`,
    which adds those standing alone); the policy's conventions are applied (:mod:`.zh_conventions`)."""

    def find(text: str) -> list[Found]:
        known = zh_states.organs_apart(whole := authority(text), authority)
        organs = [f for f in known if f not in whole and f[2].kind is PhraseKind.ORG]  # split off: kept, with its key
        raw = [zh_divisions.raised(f, text) for f in crf(text)]
        proposed = [
            part
            for found, against in (
                zh_signs.demoted(text, zh_signs.completed(text, zh_signs.trimmed(text, f), raw)) for f in raw
            )
            if CERT_LEVELS.index(found[2].certainty or "high") >= CERT_LEVELS.index(floor)
            or (not against and zh_lists.vouched(text, found))
            or zh_bodies.vouched(text, found, known)
            for clean in zh_conventions.cleaned(zh_states.regime_apart(_as_body(_trimmed(_unspaced(found)))), text)
            for part in zh_orgs.place_apart(zh_missions.given_back(text, zh_orgs.sectioned(clean), known), known)
        ]
        proposed = zh_signs.lengthened(text, proposed)
        known = zh_foreign.offices_kept_out(zh_orgs.directions_kept_out(known, proposed, text), proposed, text)
        persons = {s: e for s, e, p in [*known, *proposed] if p.kind is PhraseKind.PERSON}
        known = [
            zh_places.extended(text, f) for f in known if zh_conventions.plausible(text, f, persons) or f in organs
        ]
        plausible = [zh_places.peopled(text, f) for f in proposed if zh_conventions.plausible(text, f, persons)]
        return zh_villages.villages(text, zh_divisions.added(text, _conventions(text, _merged(text, known, plausible))))

    return find


def _merged(text: str, known: list[Found], proposed: list[Found]) -> list[Found]:
    """The CRF's names ``proposed`` and the authority file's ``known`` of ``text`` as one list,
    in text order: the authority file's names win, but where the CRF's name holds some of them
    whole and cuts none, and :func:`_holds` says the longer name is meant."""
    out: list[Found] = []
    covered: set[int] = set()
    for start, end, phrase in proposed:
        start, phrase = _country_apart(start, end, phrase, known)
        inside = [i for i, (s, e, _) in enumerate(known) if start <= s and e <= end]
        cut = any(s < end and start < e and not (start <= s and e <= end) for s, e, _ in known)
        if cut or (inside and not _held(text, start, end, phrase, [known[i] for i in inside])):
            continue  # a clash with the authority file, or a longer name it should not make
        covered.update(inside)
        if len(inside) == 1 and phrase.kind is PhraseKind.PERSON and "·" in phrase.text and known[inside[0]][1] == end:
            # 朱利叶斯·克·尼雷尔 is 尼雷尔: the authority file's entry, on the CRF's span (its resp, cert)
            phrase = Phrase(
                phrase.kind, phrase.content, known[inside[0]][2].entity, None, phrase.tagger, phrase.certainty
            )
        out.append((start, end, phrase))
    out.extend(found for i, found in enumerate(known) if i not in covered)
    return sorted(out, key=lambda f: f[0])


def _held(text: str, start: int, end: int, phrase: Phrase, inside: list[Found]) -> bool:
    """Whether the CRF's ``phrase`` on ``text[start:end]`` may replace the authority file's names ``inside`` it."""
    item, kind_read = zh_lists.list_item(text, start, end), zh_bodies.plural(text, start, end)
    return _holds(text[start:end], phrase.kind, phrase.certainty, inside, start, item, kind_read)


def _conventions(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with the policy's conventions applied: places with their
    administrative unit, parties, bodies named by a place and a body's words (:mod:`.zh_bodies`),
    bodies' spans, joined names, datelines, list items, lists of places, bylines, persons' runs,
    labels (朗诺集团: :mod:`.zh_labels`); a commune's units (:mod:`.zh_communes`) after bodies' spans."""
    found = zh_word_bodies.bodies(text, zh_places.suffixed(text, zh_places.directed(text, found)))
    found = zh_bodies.periodicals(text, zh_bodies.named(text, zh_orgs.parties(text, found)))
    out = zh_orgs.spans(text, zh_conventions.joined(text, zh_quoted.quoted_bodies(text, found)))
    out = zh_lists.placed(text, zh_lists.listed(text, zh_conventions.datelines(text, zh_communes.communes(text, out))))
    out = zh_places.fields(text, zh_lists.places_listed(text, zh_firms.closed(text, out)))
    return zh_labels.labelled(text, zh_runs.tagged(text, zh_bylines.bylined(text, out)))


def _country_apart(start: int, end: int, phrase: Phrase, known: list[Found]) -> tuple[int, Phrase]:
    """A CRF organisation that opens with a place of the authority file and goes on with one of
    its organisations starts at the organisation: the place stays itself (中国 +
    国务院台湾事务办公室, the gold's policy); any other name comes back as it is."""
    if phrase.kind is not PhraseKind.ORG:
        return start, phrase
    place = next((f for f in known if f[0] == start and f[1] < end and f[2].kind is PhraseKind.PLACE), None)
    body = place and next((f for f in known if f[0] == place[1] and f[1] <= end and f[2].kind is PhraseKind.ORG), None)
    ministry = place is not None and zh_states.state_organ(place[2].text, phrase.text[place[1] - start :])
    if place is None or (body is None and not ministry) or place[2].text.endswith(zh_orgs.STATE_FORMS):
        return start, phrase  # a state's full name is part of its body's (中华人民共和国第五机械工业部)
    surface = phrase.text[place[1] - start :]
    return place[1], renamed(phrase, surface)


#: Ends of a phrase that names a body by its place and a common noun (阿根廷男子排球队, 波兰议会,
#: 澳大利亚工党代表团): descriptive, so the place inside stays the name (the gold's policy).
_DESCRIPTIVE_ENDS = (
    "代表团",
    "队",
    "议会",
    "国会",
    "议院",
    "参院",
    "众院",
    "部队",
    "军",
    "执委",
    "政府",
    "使馆",
    "集团",
)


#: Loose generic ends of a place the CRF takes into the name (潮汕地区 → 潮汕, 粤东老根据地 → 粤东).
_LOOSE_PLACE_ENDS = ("老根据地", "根据地", "地区", "边镇")


def _as_body(found: Found) -> Found:
    """A CRF place whose name ends with a body's head (:func:`.zh_bodies.body_named`: 华东军区,
    北京图书馆) as an organisation; any other name as it is."""
    start, end, phrase = found
    if phrase.kind is not PhraseKind.PLACE or not zh_bodies.body_named(phrase.text):
        return found
    cert = phrase.certainty or "medium"
    return start, end, name_phrase(PhraseKind.ORG, phrase.text, phrase.entity or "", phrase.tagger or "zh_ner", cert)


def _unspaced(found: Found) -> Found:
    """A CRF name without the white space it took in at either end (丁波 in ●撰文：丁波  ●摄影：蒋铎)."""
    start, _, phrase = found
    surface = phrase.text.strip()
    if surface == phrase.text or not surface:
        return found
    start += phrase.text.index(surface)
    return start, start + len(surface), renamed(phrase, surface)


def _trimmed(found: Found) -> Found:
    """A CRF place name without a loose generic end (the name before it has two characters or more)."""
    start, end, phrase = found
    surface = phrase.text
    loose = next((e for e in _LOOSE_PLACE_ENDS if surface.endswith(e)), "")
    if phrase.kind is not PhraseKind.PLACE or not loose or len(surface) - len(loose) < 2:
        return found
    return start, end - len(loose), renamed(phrase, surface[: -len(loose)])


#: The last characters of bodies' names (:data:`.zh_crf.BODY_ENDS`).
_BODY_ENDS = zh_crf.BODY_ENDS


def _holds(
    surface: str,
    kind: PhraseKind,
    certainty: str | None,
    inside: list[Found],
    start: int,
    item: bool = False,
    kind_read: bool = False,
) -> bool:
    """Whether a CRF name ``surface`` (at ``start``) may replace the authority file's names
    ``inside`` it: it is longer than each, is one run of text, is not descriptive, and is not
    a place followed by an organisation the authority file knows whole (中国 + 全国政协); a
    person or place opens with the known name (a place may hold it where jieba's dictionary
    holds the place as a name: 马鞍山 over 鞍山) and is ``high``, or is a person that is a whole
    ``item`` of a list marked by 、 (王任重 over 王任 in 刘澜涛、彭冲、王任重、); a body ends with a
    body's end, or with a counted head where the text does not read it as a kind (``kind_read``:
    许多美国大学, :func:`.zh_bodies.plural`)."""
    if any(s == start and e - s == len(surface) for s, e, _ in inside):
        return False
    if kind is PhraseKind.PERSON and (over := zh_foreign.over_known(surface, certainty, inside, start)) is not None:
        return over  # a foreign person's full name over the known surname or places inside it
    sure = certainty == "high" or (kind is PhraseKind.PERSON and item)
    opens = inside[0][0] == start or (kind is PhraseKind.PLACE and _dictionary_place(surface))
    if kind is not PhraseKind.ORG and (not sure or not opens):
        return False  # a person or place that goes on from a known name, the CRF sure (not 黄河咸丰, 攻鞍山)
    between = "".join(c for i, c in enumerate(surface) if not any(s <= start + i < e for s, e, _ in inside))
    headed = not kind_read and (_headed(surface, inside, start) or _organisation(surface, inside, start))
    body_end = surface[-1] in _BODY_ENDS or headed
    if kind is PhraseKind.ORG and (not body_end or any(c in between for c in "与和及、")):
        return False  # a body ends as bodies do, and one name joins no two (北平解放报与新华分社; 埃及 is no 及)
    if kind is not PhraseKind.PERSON and any(p.kind is PhraseKind.PERSON for _, _, p in inside):
        return False  # a person named in a descriptor stays the name (蒋介石集团)
    if any(not char.isalnum() and char != "·" for char in surface) or surface.endswith(_DESCRIPTIVE_ENDS):
        return False
    last = inside[-1]
    return not (last[2].kind is PhraseKind.ORG and last[1] - start == len(surface))


def _dictionary_place(surface: str) -> bool:
    """Whether jieba's dictionary holds ``surface`` as a name (马鞍山, which holds 鞍山)."""
    words = zh_words.words()
    return words is not None and words.named(surface)


def _headed(surface: str, inside: list[Found], start: int) -> bool:
    """Whether a CRF name that holds the authority file's names ``inside`` ends with a body's head
    (:func:`.zh_bodies.body_named`: 台湾 + 大学), but for a place and a body of a name of its own
    after it, which keep apart (台湾 + 东吴大学, :func:`.zh_orgs.own_name`)."""
    if not zh_bodies.body_named(surface):
        return False
    place = _opening_place(inside, start)
    return place is None or not zh_orgs.own_name(surface[place[1] - start :])


def _organisation(surface: str, inside: list[Found], start: int) -> bool:
    """Whether a CRF name that holds the authority file's names ``inside`` ends as an international
    organisation (联合国 + 粮农组织): in 组织 written after a word of its own, not right after a
    body (阿尔及利亚民族解放阵线 + 组织: "organised"; 党组织: a party's organisation), nor after a
    place, which keeps apart from the body (美国 + 特务组织)."""
    if not surface.endswith("组织") or len(surface) < 5 or surface[-3] in _BODY_ENDS | {"线"}:
        return False
    if _opening_place(inside, start) is not None:
        return False
    return not any(e - start == len(surface) - 2 and p.kind is PhraseKind.ORG for _, e, p in inside)


def _opening_place(inside: list[Found], start: int) -> Found | None:
    """The first of the known names ``inside`` a CRF name at ``start``, where it is a place opening it."""
    return inside[0] if inside[0][0] == start and inside[0][2].kind is PhraseKind.PLACE else None


def _name_phrases(article: Article) -> Named:
    """Every name of ``article`` with its language and block (collected once, used by each step)."""
    found: Named = []
    for text in article.texts:
        lang = text.lang
        for block in text.blocks:
            for line in block.lines:
                if len(line) > 1 or (line and not isinstance(line[0], str)):  # (most lines: one string)
                    found.extend((lang, block, phrase) for phrase in phrases(line) if phrase.kind in NAME_KINDS)
    return found


def _report_differences(
    links: list[Link], named: Named, reporter: Reporter, read: Callable[[str], Clues | None]
) -> None:
    """A005 for each link whose two sides name different entities, and why they stayed apart."""
    keys: dict[int, set[str]] = {}
    for _, block, phrase in named:
        keys.setdefault(id(block), set()).add(key_of(phrase))

    def named_in(blocks: list[Block]) -> set[str]:
        return set().union(*(keys.get(id(block), set()) for block in blocks))

    for link in links:
        chinese, english = named_in(link.zh), named_in(link.en)
        if chinese != english:
            ids = " ".join(b.id or "?" for b in [*link.zh, *link.en])
            reporter.info(
                "A005",
                f"linked blocks name different entities ({ids}): Chinese only "
                f"{', '.join(sorted(chinese - english)) or '-'}; English only "
                f"{', '.join(sorted(english - chinese)) or '-'}; apart because {'; '.join(why_apart(link, read))}",
                link.zh[0].span.line,
                link.zh[0].span.column,
            )


def preload(config: Config = Config()) -> None:
    """Load what tagging Chinese text with ``config`` needs (the authority file's matcher, the
    CRF's model and word table, pinyin), as the first article would: a process that forks
    workers afterwards gives them these already loaded. spaCy is left to load in the process
    that first meets an English text."""
    matcher(config.authority)
    if config.statistical and config.chinese == "crf" and zh_crf.available():
        zh_crf.preload()
        local_key("中国", "zh")


def names_pass(config: Config = Config()) -> Callable[[Article, Reporter], None]:
    """The names pass with ``config``, in the enrich passes' signature."""

    def run(article: Article, reporter: Reporter) -> None:
        tag_names(article, reporter, config)

    return run
