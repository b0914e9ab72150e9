"""Names: ``persName``, ``placeName``, ``orgName`` in both languages, with one register entry
per entity and one ``@ref`` for both languages.

1. The authority file, longest match first (:mod:`.matcher`).
2. Statistical taggers, where installed, for what the authority file does not know
   (:mod:`.statistical`): the character CRF of :mod:`.zh_crf` for Chinese (all of an
   article's Chinese text in one batch; jieba with rules on request), spaCy
   ``en_core_web_sm`` for English.
3. Projection across the alignment (:mod:`.projection`): a Chinese name found by a tagger
   is sought, in pinyin, in the linked English block.

Entities not in the authority file get a local key (:func:`.naming.local_key`), so the two
languages of one entity share one ``@ref``; their tags carry ``resp`` and ``cert``. The
registers are built from the names found (:mod:`.registers`). Linked blocks that name
different entities are reported (A005).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..diagnostics import Reporter
from ..model import NAME_KINDS, Article, Block, BlockKind, Link
from . import registers, zh_crf, zh_names
from .authority import DEFAULT, load
from .matcher import matcher
from .naming import CHINESE_TAGGERS, key_of
from .projection import Named, project, unify
from .spans import phrases, positions, tag_block
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
    if article.links and any(phrase.tagger in CHINESE_TAGGERS for _, _, phrase in named):
        project(article.links)
        named = _name_phrases(article)  # projection added names
    unify(named)
    registers.build(article, load(config.authority), named)
    if article.links:
        _report_differences(article.links, named, reporter)


def _tag(article: Article, config: Config) -> None:
    """Tag the names of each block: the authority file's, then the statistical taggers'."""
    match = matcher(config.authority)
    chinese = config.chinese if config.statistical else None
    crf = chinese == "crf" and zh_crf.available()
    jieba = chinese == "jieba" and zh_names.available()
    nlp = spacy_model() if config.statistical and any(t.short == "en" for t in article.texts) else None
    for text in article.texts:
        finder = match.finder("en" if text.short == "en" else "zh-Hans")
        for block in text.blocks:
            tag_block(block, finder)
            if text.short == "zh" and jieba:
                block.lines = [tag_zh(line, match.zh_forms) for line in block.lines]
            elif text.short == "en" and nlp is not None and block.kind not in _NOT_FOR_SPACY:
                tag_en(block, nlp)
        if text.short == "zh" and crf:
            whole = [positions(line)[1] for block in text.blocks for line in block.lines]
            crf_finder = zh_crf_finder(whole, match.zh_forms, config.crf_floor)
            for block in text.blocks:
                if block.kind is not BlockKind.TABLE_ROW:  # a cell alone is no context (it took 一○七○○·○○ for an org)
                    tag_block(block, crf_finder)


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


def _report_differences(links: list[Link], named: Named, reporter: Reporter) -> None:
    """A005 for each link whose two sides name different entities."""
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
                f"{', '.join(sorted(english - chinese)) or '-'}",
                link.zh[0].span.line,
                link.zh[0].span.column,
            )


def names_pass(config: Config = Config()) -> Callable[[Article, Reporter], None]:
    """The names pass with ``config``, in the enrich passes' signature."""

    def run(article: Article, reporter: Reporter) -> None:
        tag_names(article, reporter, config)

    return run
