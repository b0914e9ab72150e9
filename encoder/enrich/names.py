"""Names: ``persName``, ``placeName``, ``orgName`` in both languages, with one register entry
per entity and one ``@ref`` for both languages.

1. The authority file, longest match first (:mod:`.matcher`).
2. Statistical taggers, where installed, for what the authority file does not know
   (:mod:`.statistical`): jieba for Chinese, spaCy ``en_core_web_sm`` for English.
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
from . import registers, zh_names
from .authority import DEFAULT, load
from .matcher import matcher
from .naming import key_of
from .projection import Named, project, unify
from .spans import phrases, tag_block
from .statistical import spacy_model, tag_en, tag_zh

#: English blocks spaCy does not read: headings, where it finds names in capitalised words.
_NOT_FOR_SPACY = (BlockKind.HEADLINE, BlockKind.INTERTITLE)


@dataclass(frozen=True, slots=True)
class Config:
    """What the names pass uses: the authority file and whether statistical taggers run."""

    authority: str = str(DEFAULT)
    statistical: bool = True


def tag_names(article: Article, reporter: Reporter, config: Config = Config()) -> None:
    """Tag the names of ``article`` and build its registers (idempotent)."""
    _tag(article, config)
    named = _name_phrases(article)
    if article.links and any(phrase.tagger == "jieba" for _, _, phrase in named):
        project(article.links)
        named = _name_phrases(article)  # projection added names
    unify(named)
    registers.build(article, load(config.authority), named)
    if article.links:
        _report_differences(article.links, named, reporter)


def _tag(article: Article, config: Config) -> None:
    """Tag the names of each block: the authority file's, then the statistical taggers'."""
    match = matcher(config.authority)
    jieba = config.statistical and zh_names.available()
    nlp = spacy_model() if config.statistical else None
    for text in article.texts:
        finder = match.finder("en" if text.short == "en" else "zh-Hans")
        for block in text.blocks:
            tag_block(block, finder)
            if text.short == "zh" and jieba:
                block.lines = [tag_zh(line, match.zh_forms) for line in block.lines]
            elif text.short == "en" and nlp is not None and block.kind not in _NOT_FOR_SPACY:
                tag_en(block, nlp)


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
