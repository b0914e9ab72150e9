"""Read a TEI document written by encoder back into the article model (for reports).

The inverse of the writer, as far as reports need it: the blocks of each language division
(id, kind, text, line) and the translation links. Like the writer, it knows TEI names.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..check.fidelity import division_text
from ..model import Article, Block, BlockKind, Header, Link, Span, Text, Unaligned
from . import XML_ID, XML_LANG, local

_NOTE_KINDS = {"editorial": BlockKind.EDITORIAL, "source": BlockKind.CREDIT, "translator": BlockKind.TRANSLATOR_NOTE}
_KINDS = {
    "p": BlockKind.PARAGRAPH,
    "signed": BlockKind.SIGNATURE,
    "dateline": BlockKind.PLACE_DATE,
    "byline": BlockKind.BYLINE,
    "quote": BlockKind.PARAGRAPH,
    "bibl": BlockKind.ATTRIBUTION,
}


def _kind(element: etree._Element) -> BlockKind | None:
    name = local(element)
    parent = element.getparent()
    if name == "head":
        return BlockKind.INTERTITLE if parent is not None and parent.get("type") == "section" else BlockKind.HEADLINE
    if name == "salute":
        return BlockKind.SALUTATION if parent is not None and local(parent) == "opener" else BlockKind.VALEDICTION
    if name == "note":
        return _NOTE_KINDS.get(element.get("type", ""))
    return _KINDS.get(name)


def read_tei(path: str | Path) -> Article:
    """The blocks and links of a TEI file written by encoder (raises ``etree.XMLSyntaxError``)."""
    shown = str(path)
    root = etree.parse(str(path)).getroot()
    texts: list[Text] = []
    by_id: dict[str, tuple[Block, str]] = {}
    for division in root.iterfind("{*}text/{*}body/{*}div"):
        lang = division.get(XML_LANG, "")
        blocks = []
        for element in division.iter():
            if not isinstance(element.tag, str) or element.get(XML_ID) is None:
                continue
            kind = _kind(element)
            if kind is None:
                continue
            block = Block(
                kind, [[division_text(element)]], Span(shown, element.sourceline or 0, 1), id=element.get(XML_ID)
            )
            blocks.append(block)
            by_id[block.id] = (block, lang)
        texts.append(Text(lang, blocks, Span(shown, division.sourceline or 0, 1), id=division.get(XML_ID)))
    article = Article(shown, Header(), texts, id=root.get(XML_ID))
    linked: set[str] = set()
    for link in root.iterfind("{*}standOff/{*}linkGrp[@type='translation']/{*}link"):
        targets = [by_id[t[1:]] for t in link.get("target", "").split() if t[1:] in by_id]
        linked.update(b.id for b, _ in targets)
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
