"""Read a TEI document written by encoder back into the article model (for reports).

The inverse of the writer, as far as reports need it: the blocks of each language division
(id, kind, text, line) and the translation links. The kind of a block comes from the
profile's one table of names (:mod:`encoder.tei.profile`), which the writer uses too.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from .. import xmlsafe
from ..model import Article, Block, BlockKind, Header, Link, Span, Text, Unaligned
from . import XML_ID, XML_LANG, local
from .profile import block_kind
from .text import division_text


def _kind(element: etree._Element) -> BlockKind | None:
    parent = element.getparent()
    container = None if parent is None else parent.get("type") or local(parent)
    return block_kind(local(element), element.get("type"), container)


def read_tei(path: str | Path) -> Article:
    """The blocks and links of a TEI file written by encoder (raises ``etree.XMLSyntaxError``, or
    :class:`encoder.xmlsafe.Refused` for what the reading policy refuses)."""
    shown = str(path)
    root = xmlsafe.parse_file(path, huge=True).getroot()
    texts: list[Text] = []
    by_id: dict[str, tuple[Block, str]] = {}
    for division in root.iterfind("{*}text/{*}body/{*}div"):
        lang = division.get(XML_LANG, "")
        blocks = []
        for element in division.iter():
            ident = element.get(XML_ID) if isinstance(element.tag, str) else None
            kind = None if ident is None else _kind(element)
            if ident is None or kind is None:
                continue
            block = Block(kind, [[division_text(element)]], Span(shown, element.sourceline or 0, 1), id=ident)
            blocks.append(block)
            by_id[ident] = (block, lang)
        texts.append(Text(lang, blocks, Span(shown, division.sourceline or 0, 1), id=division.get(XML_ID)))
    article = Article(shown, Header(), texts, id=root.get(XML_ID))
    linked: set[str] = set()
    for link in root.iterfind("{*}standOff/{*}linkGrp[@type='translation']/{*}link"):
        pointed = [t[1:] for t in link.get("target", "").split() if t[1:] in by_id]
        targets = [by_id[ident] for ident in pointed]
        linked.update(pointed)
        article.links.append(
            Link(
                [b for b, lang in targets if lang.startswith("zh")],
                [b for b, lang in targets if lang == "en"],
                link.get("cert"),
            )
        )
    if len(texts) > 1:
        for block, lang in by_id.values():
            if block.id not in linked:
                article.unaligned.append(Unaligned(block, lang.split("-")[0], "it is in no translation link"))
    return article
