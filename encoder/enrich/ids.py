"""Deterministic ids: ``rmrb-<date>-p<page>-<title hash>`` and positional ids below it."""

from __future__ import annotations

import hashlib

from ..diagnostics import Reporter
from ..model import Article, Block, BlockKind, BlockList, Epigraph, Item, Letter, Section, Text, walk

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
    BlockKind.KICKER: "kk",
    BlockKind.SUBTITLE: "st",
    BlockKind.CAPTION: "cap",
    BlockKind.LIST_ITEM: "li",
    BlockKind.TABLE_ROW: "row",
}

#: Id prefix of each kind of node.
_NODE_PREFIX: dict[type, str] = {Section: "sec", Letter: "let", Item: "item", BlockList: "list"}


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
    """Ids by position: ``<text id>.<prefix><n>``, counted per prefix in document order."""
    text.id = f"{root}.{text.short}"
    counts: dict[str, int] = {}
    for part, _depth in walk(text):
        if isinstance(part, Epigraph):  # no id of its own: its quote and attribution have one
            continue
        if isinstance(part, Block):
            prefix = BLOCK_PREFIX[part.kind]
        else:
            prefix = "tab" if isinstance(part, BlockList) and part.table else _NODE_PREFIX[type(part)]
        number = counts[prefix] = counts.get(prefix, 0) + 1
        part.id = f"{text.id}.{prefix}{number}"
