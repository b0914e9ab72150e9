"""Write stage: an enriched :class:`Article` to TEI P5, as indented UTF-8 bytes.

The TEI is written as text (:mod:`encoder.tei.xmltext`), not built as an lxml tree and
serialized: the pipeline parses the bytes back anyway (fidelity and validation check exactly
what is written, with real line numbers). The output is byte for byte what lxml would
serialize (escaping, empty elements, the XML declaration); :func:`serialize` is the reference.

The writer decides nothing: every fact comes from the model (the enrich passes found it), and
every element name from the profile (:mod:`encoder.tei.profile`). Output is deterministic: no
clock, no randomness; the version of the converter comes from the caller.
"""

from __future__ import annotations

from lxml import etree

from .. import xmlsafe
from ..config import Project
from ..model import (
    Article,
    Block,
    BlockKind,
    BlockList,
    Epigraph,
    Inline,
    Item,
    Letter,
    Node,
    Phrase,
    PhraseKind,
    Section,
    Text,
)
from . import TEI_NS, T
from .header import editors_id, header
from .profile import BLOCKS, CELL, LIST, NAMES, TABLE
from .xmltext import Emitter, element, text

#: The headings, whose lines are joined by lb; the lines of other blocks are joined by a newline.
_HEADINGS = frozenset({BlockKind.HEADLINE, BlockKind.INTERTITLE, BlockKind.KICKER, BlockKind.SUBTITLE})


class _Writer:
    """Writes the TEI of one article as indented XML text."""

    def __init__(self, article: Article, version: str, project: Project | None = None) -> None:
        if article.id is None:
            raise ValueError("the article has no id: run the enrich stage first")
        self.article = article
        self.root_id: str = article.id
        self.version = version
        self.project = project or Project()
        self.editors_id = editors_id(self.root_id)
        self.em = Emitter()

    # ------------------------------------------------------------------ inline
    def _inline(self, lines: list[list[Inline]], joiner: str | None = None) -> str | None:
        """The markup of inline content; lines are joined by ``lb`` (or by ``joiner`` text).
        None when there is nothing at all (the element is empty)."""
        parts: list[str] = []
        for number, line in enumerate(lines):
            if number:
                parts.append("<lb/>" if joiner is None else text(joiner))
            for item in line:
                parts.append(text(item) if isinstance(item, str) else self._phrase(item))
        return "".join(parts) if parts else None

    def _phrase(self, phrase: Phrase) -> str:
        kind = phrase.kind
        attrib: dict[str, str] = {}
        if kind is PhraseKind.DATE:
            tag = "date"
            if phrase.value:
                attrib["when"] = phrase.value
            if phrase.certainty:
                attrib["cert"] = phrase.certainty
        elif kind in (PhraseKind.LEAD, PhraseKind.CREDIT):
            tag, attrib["type"] = "seg", kind.value
        else:
            tag, attrib["ref"] = NAMES[kind].element, f"#{self.root_id}.{phrase.entity}"
            if phrase.tagger:
                attrib["resp"] = f"#{self.root_id}.app.{phrase.tagger}"
                attrib["cert"] = phrase.certainty or "medium"
        content = phrase.content
        if len(content) == 1 and isinstance(content[0], str):
            return element(tag, attrib, text(content[0]))
        return element(tag, attrib, self._inline([content]))

    # ------------------------------------------------------------------ blocks
    def block(self, block: Block) -> None:
        kind = block.kind
        name = BLOCKS[kind]
        attrib: dict[str, str] = {}
        if name.type is not None:
            attrib["type"] = name.type
        if kind is BlockKind.EDITORIAL:
            attrib["resp"] = f"#{self.editors_id}"
        elif kind is BlockKind.PARAGRAPH and block.right_aligned:
            attrib["rend"] = "align(right)"
        if block.id:
            attrib["xml:id"] = block.id
        lines = block.lines
        if kind is BlockKind.TABLE_ROW:  # a row: each line is a cell
            self.em.open(name.element, attrib)
            for line in lines:
                self.em.leaf(CELL, self._inline([line]))
            self.em.close()
            return
        if len(lines) == 1 and len(lines[0]) == 1 and isinstance(lines[0][0], str):
            content: str | None = text(lines[0][0])  # the usual block: one line of plain text
        else:
            content = self._inline(lines, None if kind in _HEADINGS else "\n")
        self.em.leaf(name.element, content, attrib)

    def node(self, node: Node) -> None:
        if isinstance(node, Block):
            self.block(node)
            return
        if isinstance(node, BlockList):
            self._blocks(TABLE if node.table else LIST, node.items, {"xml:id": node.id} if node.id else None)
            return
        kind = "section" if isinstance(node, Section) else "letter" if isinstance(node, Letter) else "item"
        if not isinstance(node, Section | Letter | Item):  # pragma: no cover - the model has no other nodes
            raise TypeError(f"cannot write {type(node).__name__}")
        attrib = {"type": kind}
        if node.id:
            attrib["xml:id"] = node.id
        self.em.open("div", attrib)
        if isinstance(node, Section):
            self.block(node.head)
        elif isinstance(node, Letter) and node.opener:
            self._blocks("opener", node.opener)
        for child in node.content:
            self.node(child)
        if isinstance(node, Letter) and node.closer:
            self._blocks("closer", node.closer)
        self.em.close()

    def _blocks(self, tag: str, blocks: list[Block], attrib: dict[str, str] | None = None) -> None:
        self.em.open(tag, attrib)
        for block in blocks:
            self.block(block)
        self.em.close()

    def epigraph(self, epigraph: Epigraph) -> None:
        self.em.open("epigraph")
        self.em.open("cit")
        quote = {"xml:id": epigraph.quote.id} if epigraph.quote.id else None
        self.em.leaf("quote", self._inline(epigraph.quote.lines, "\n"), quote)
        self.block(epigraph.attribution)
        self.em.close()
        self.em.close()

    def text_division(self, division: Text) -> None:
        attrib = {"type": "original" if division.lang.startswith("zh") else "translation", "xml:lang": division.lang}
        if division.id:
            attrib["xml:id"] = division.id
        self.em.open("div", attrib)
        for kicker in division.kickers:
            self.block(kicker)
        if division.headline is not None:
            self.block(division.headline)
        for subtitle in division.subtitles:
            self.block(subtitle)
        for part in division.front:
            if isinstance(part, Epigraph):
                self.epigraph(part)
            else:
                self.block(part)
        for node in division.content:
            self.node(node)
        for block in division.back:
            self.block(block)
        self.em.close()

    # ------------------------------------------------------------------ document
    def registers(self) -> None:
        """A list of persons, places and organisations, each entry with its names and idnos."""
        for kind, name in NAMES.items():
            entities = [e for e in self.article.entities.values() if e.kind is kind]
            if not entities:
                continue
            self.em.open(name.register)
            for entity in entities:
                attrib = {"xml:id": f"{self.root_id}.{entity.key}"}
                if entity.resp:
                    attrib["resp"] = f"#{self.root_id}.app.{entity.resp}"
                    attrib["cert"] = entity.cert or "medium"
                self.em.open(name.entry, attrib)
                for lang in ("zh-Hans", "en"):
                    for form in entity.names.get(lang, ()):
                        self.em.leaf(name.element, text(form), {"xml:lang": lang})
                for subtype, uri in entity.idnos:
                    self.em.leaf("idno", text(uri), {"type": "URI", "subtype": subtype})
                self.em.close()
            self.em.close()

    def stand_off(self) -> None:
        """The registers and the translation links (nothing when there is nothing to say)."""
        if not self.article.links and not self.article.entities:
            return
        self.em.open("standOff")
        self.registers()
        if self.article.links:
            self.em.open(
                "linkGrp", {"type": "translation", "domains": " ".join(f"#{t.id}" for t in self.article.texts)}
            )
            for link in self.article.links:
                attrib = {"target": " ".join(f"#{b.id}" for b in [*link.zh, *link.en])}
                if link.cert:
                    attrib["cert"] = link.cert
                self.em.leaf("link", None, attrib)
            self.em.close()
        self.em.close()

    def document(self) -> str:
        lang = "mul" if len(self.article.texts) > 1 else self.article.texts[0].lang
        self.em.line("<?xml version='1.0' encoding='UTF-8'?>")
        self.em.open("TEI", {"xmlns": TEI_NS, "xml:id": self.root_id, "xml:lang": lang})
        at = len(self.em.out)
        self.em.open("text")
        self.em.open("body")
        for division in self.article.texts:
            self.text_division(division)
        self.em.close()
        self.em.close()
        body = "".join(self.em.out[at:])
        self.stand_off()
        self.em.close()
        # the header counts the tags of the written text, so it is written after it, then put first
        head = Emitter()
        header(head, self.article, self.root_id, self.version, self.project, body)
        self.em.out.insert(at, "".join(f"  {line}" for line in head.out))
        return self.em.text()


def write(article: Article, version: str, project: Project | None = None) -> bytes:
    """The TEI document of an enriched ``article``, as indented UTF-8 bytes; ``project`` is the
    configuration the header's publication statement and provenance come from (None: unset)."""
    return _Writer(article, version, project).document().encode("utf-8")


def to_tei(article: Article, version: str, project: Project | None = None) -> etree._ElementTree:
    """The TEI document of an enriched ``article``, parsed (so that it has line numbers)."""
    return parse_tei(write(article, version, project))


_PARSER = xmlsafe.parser(huge=True)


def parse_tei(data: bytes) -> etree._ElementTree:
    """The tree of TEI bytes written by :func:`write`."""
    return etree.ElementTree(etree.fromstring(data, _PARSER))


#: Elements that hold only elements in this profile: indented. Every other element holds text
#: (a paragraph, a heading, a name…) and is left exactly as built: indentation inside it would
#: add white space to the text (lxml's indent() does so before a first child element).
CONTAINERS = frozenset(
    T + name
    for name in (
        "TEI teiCorpus teiHeader fileDesc titleStmt respStmt publicationStmt availability sourceDesc biblStruct "
        "analytic monogr imprint encodingDesc appInfo application editorialDecl profileDesc langUsage correspDesc "
        "extent tagsDecl namespace creation "
        "correspAction revisionDesc text body div opener closer epigraph cit list table row standOff listPerson "
        "listPlace listOrg "
        "person place org linkGrp"
    ).split()
)


def indent(element: etree._Element, level: int = 0) -> None:
    """Indent the element-only parts of a TEI tree with two spaces a level."""
    if element.tag not in CONTAINERS or not len(element):
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in element:
        indent(child, level + 1)
        child.tail = inner
    element[-1].tail = "\n" + "  " * level


def serialize(tree: etree._ElementTree) -> bytes:
    """Indented UTF-8 bytes with an XML declaration and a final newline: for a TEI tree changed
    after parsing, the bytes :func:`write` would give (the tests hold the two to each other)."""
    root = tree.getroot()
    indent(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"
