"""Deterministic ids: ``rmrb-<date>-p<page>-<title hash>`` and positional ids below it."""

from __future__ import annotations

import hashlib

from ..diagnostics import Reporter
from ..model import Article, Block, BlockKind, Epigraph, Item, Letter, Node, Section, Text

#: Id prefix of each block kind.
BLOCK_PREFIX: dict[BlockKind, str] = {
    BlockKind.HEADLINE: "hl",
    BlockKind.INTERTITLE: "it",
    BlockKind.PARAGRAPH: "p",
    BlockKind.BYLINE: "by",
    BlockKind.EDITORIAL: "ed",
    BlockKind.CREDIT: "cr",
    BlockKind.SALUTATION: "sa",
    BlockKind.VALEDICTION: "va",
    BlockKind.SIGNATURE: "sg",
    BlockKind.PLACE_DATE: "pd",
    BlockKind.ATTRIBUTION: "at",
    BlockKind.TRANSLATOR_NOTE: "tn",
}


def root_id(article: Article) -> str:
    """The article's id from its date, page and title (Chinese title if there is one)."""
    header = article.header
    title = header.title_zh or header.title_en
    digest = hashlib.sha256((title.value if title else "").encode("utf-8")).hexdigest()[:8]
    page = f"-p{header.page.value}" if header.page and header.page.value.isdigit() else ""
    date = header.date.value if header.date else "undated"
    return f"rmrb-{date}{page}-{digest}"


def assign_ids(article: Article, reporter: Reporter) -> None:
    """Give the article, each language version and every part and block an id."""
    article.id = root_id(article)
    for text in article.texts:
        _assign_text(article.id, text)


def _assign_text(root: str, text: Text) -> None:
    text.id = f"{root}.{text.short}"
    counts: dict[str, int] = {}

    def next_id(prefix: str) -> str:
        number = counts[prefix] = counts.get(prefix, 0) + 1
        return f"{text.id}.{prefix}{number}"

    def block(b: Block) -> None:
        b.id = next_id(BLOCK_PREFIX[b.kind])

    def node(n: Node) -> None:
        if isinstance(n, Block):
            block(n)
        elif isinstance(n, Section):
            n.id = next_id("sec")
            block(n.head)
            for child in n.content:
                node(child)
        elif isinstance(n, Letter):
            n.id = next_id("let")
            for child in [*n.opener, *n.content, *n.closer]:
                node(child)
        elif isinstance(n, Item):
            n.id = next_id("item")
            for child in n.content:
                node(child)

    if text.headline is not None:
        block(text.headline)
    for part in text.front:
        if isinstance(part, Epigraph):
            block(part.quote)
            block(part.attribution)
        else:
            block(part)
    for n in text.content:
        node(n)
    for b in text.back:
        block(b)
