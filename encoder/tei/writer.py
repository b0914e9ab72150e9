"""Write stage: an enriched :class:`Article` to TEI P5, as indented UTF-8 bytes.

The TEI is written as text, not built as an lxml tree and serialized: over a corpus that is
three times faster, and the pipeline parses the bytes back anyway (fidelity and validation
check exactly what is written, with real line numbers). The output is byte for byte what
lxml would serialize (escaping, empty elements, the XML declaration).

TEI element names live here (and in :mod:`encoder.tei`) only. Output is deterministic:
no clock, no randomness; the version of the converter comes from the caller.
"""

from __future__ import annotations

import functools

from lxml import etree

from ..model import (
    Article,
    Block,
    BlockKind,
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

NEWSPAPER = {"zh-Hans": "人民日报", "en": "People's Daily"}
LANGUAGES = {
    "mul": "several languages: the Chinese original and its English translation",
    "zh-Hans": "Chinese in simplified script: the original article and the newspaper's name",
    "en": "English: the translation and the header",
}
EDITORIAL_DECL = (
    "The headline the body repeats is the head of each language division. Intertitles are the "
    'head of a nested div type="section"; a two-line intertitle is one head with lb between its '
    'lines. Letters, telegrams and signed messages are div type="letter" with opener and closer '
    '(salute, signed, dateline); unsigned text after signed messages is div type="item".',
    'The newspaper\'s editorial remarks are note type="editorial" whose resp points to the '
    "newspaper's editors; credit lines are note type=\"source\"; the translator's notes are "
    'note type="translator"; leads and credits inside a paragraph are seg type="lead" and '
    'seg type="credit".',
    'The two languages are aligned block by block in standOff/linkGrp type="translation": '
    "each link targets the Chinese block(s) then the English block(s) (1:1, 1:2, 2:1); blocks "
    "with no counterpart are in no link; cert marks links that are not certain.",
    "Indentation, alignment padding and line breaks of the source are not kept (right-aligned "
    'paragraphs carry rend="align(right)"); all other characters are kept as in the source. '
    "The text of each language division equals the source text of that language after white "
    "space normalisation: Chinese with all white space removed, English as a sequence of "
    "white-space separated words.",
)

_TAG = {
    BlockKind.HEADLINE: "head",
    BlockKind.INTERTITLE: "head",
    BlockKind.PARAGRAPH: "p",
    BlockKind.BYLINE: "byline",
    BlockKind.EDITORIAL: "note",
    BlockKind.CREDIT: "note",
    BlockKind.SALUTATION: "salute",
    BlockKind.VALEDICTION: "salute",
    BlockKind.SIGNATURE: "signed",
    BlockKind.PLACE_DATE: "dateline",
    BlockKind.ATTRIBUTION: "bibl",
    BlockKind.TRANSLATOR_NOTE: "note",
}
_NAME_TAG = {PhraseKind.PERSON: "persName", PhraseKind.PLACE: "placeName", PhraseKind.ORG: "orgName"}
_LIST = {
    PhraseKind.PERSON: ("listPerson", "person"),
    PhraseKind.PLACE: ("listPlace", "place"),
    PhraseKind.ORG: ("listOrg", "org"),
}
#: The taggers that can leave tags in a document: ident, label, description.
TAGGERS = {
    "authority": (
        "encoder-authority",
        "encoder authority matcher",
        "Names of the authority file (source/authority.xml), longest match, both languages.",
    ),
    "jieba": ("jieba", "jieba 0.42.1", "Chinese persons, places and organisations (part-of-speech nr, ns, nt)."),
    "spacy": ("spacy", "spaCy 3.8 with en_core_web_sm 3.8.0", "English PERSON, GPE, LOC and ORG entities."),
    "projection": (
        "encoder-projection",
        "encoder name projection",
        "A name of one language sought in the aligned block of the other (pinyin, authority forms).",
    ),
}


def _text(value: str) -> str:
    """``value`` escaped as element content (as libxml2 writes it)."""
    # the usual case: nothing to escape (four substring tests are ten times faster than a
    # regex search on a paragraph)
    if "&" not in value and "<" not in value and ">" not in value and "\r" not in value:
        return value
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value.replace("\r", "&#13;")


def _attr(value: str) -> str:
    """``value`` escaped as an attribute value (as libxml2 writes it)."""
    if (
        "&" not in value
        and "<" not in value
        and ">" not in value
        and '"' not in value
        and "\n" not in value
        and "\r" not in value
        and "\t" not in value
    ):
        return value
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return value.replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")


def _attrs(attrib: dict[str, str]) -> str:
    out = ""
    for name, value in attrib.items():  # one to four attributes: faster than a join
        out += f' {name}="{_attr(value)}"'
    return out


def _element(tag: str, attrib: dict[str, str] | None, content: str | None) -> str:
    """One element on one line; ``content`` is escaped markup (None: an empty element)."""
    attributes = _attrs(attrib) if attrib else ""
    return f"<{tag}{attributes}/>" if content is None else f"<{tag}{attributes}>{content}</{tag}>"


@functools.lru_cache(maxsize=4)
def _encoding_desc(version: str) -> tuple[str, str]:
    """The encodingDesc, the same for every article, around the place of the taggers' applications."""
    pad = "  " * 4
    head = (
        f'    <encodingDesc>\n      <appInfo>\n{pad}<application ident="encoder" version="{_attr(version)}">\n'
        f"{pad}  <label>encoder</label>\n"
        f"{pad}  <desc>Structure, ids and TEI writing of People's Daily articles.</desc>\n{pad}</application>\n"
    )
    tail = (
        "      </appInfo>\n      <editorialDecl>\n"
        + "".join(f"{pad}<p>{_text(text)}</p>\n" for text in EDITORIAL_DECL)
        + "      </editorialDecl>\n    </encodingDesc>\n"
    )
    return head, tail


@functools.lru_cache(maxsize=2)
def _lang_usage(bilingual: bool) -> str:
    # The header is English and always names the newspaper in Chinese too.
    used = (["mul"] if bilingual else []) + ["zh-Hans", "en"]
    return (
        "      <langUsage>\n"
        + "".join(f'        <language ident="{code}">{_text(LANGUAGES[code])}</language>\n' for code in used)
        + "      </langUsage>\n"
    )


class _Writer:
    """Writes the TEI of one article as indented XML text (elements that hold only elements are
    indented two spaces a level; elements that hold text are written on one line)."""

    def __init__(self, article: Article, version: str) -> None:
        if article.id is None:
            raise ValueError("the article has no id: run the enrich stage first")
        self.article = article
        self.root_id: str = article.id
        self.version = version
        self.editors_id = f"{self.root_id}.resp.editors"
        self.out: list[str] = []

    # ------------------------------------------------------------------ output
    def _open(self, level: int, tag: str, attrib: dict[str, str] | None = None) -> int:
        self.out.append(f"{'  ' * level}<{tag}{_attrs(attrib) if attrib else ''}>\n")
        return len(self.out)

    def _close(self, level: int, tag: str, mark: int) -> None:
        """Close the element opened at ``mark`` (an element with nothing inside is written empty)."""
        if len(self.out) == mark:
            self.out[-1] = self.out[-1][:-2] + "/>\n"
        else:
            self.out.append(f"{'  ' * level}</{tag}>\n")

    def _leaf(self, level: int, tag: str, content: str | None, attrib: dict[str, str] | None = None) -> None:
        self.out.append(f"{'  ' * level}{_element(tag, attrib, content)}\n")

    # ------------------------------------------------------------------ inline
    def _inline(self, lines: list[list[Inline]], joiner: str | None = None) -> str | None:
        """The markup of inline content; lines are joined by ``lb`` (or by ``joiner`` text).
        None when there is nothing at all (the element is empty)."""
        parts: list[str] = []
        for number, line in enumerate(lines):
            if number:
                parts.append("<lb/>" if joiner is None else _text(joiner))
            for item in line:
                parts.append(_text(item) if isinstance(item, str) else self._phrase(item))
        return "".join(parts) if parts else None

    def _phrase(self, phrase: Phrase) -> str:
        kind = phrase.kind
        if kind is PhraseKind.DATE:
            tag = "date"
            attributes = f' when="{_attr(phrase.value)}"' if phrase.value else ""
            if phrase.certainty:
                attributes += f' cert="{_attr(phrase.certainty)}"'
        elif kind in (PhraseKind.LEAD, PhraseKind.CREDIT):
            tag, attributes = "seg", f' type="{kind.value}"'
        else:  # a name: keys and ids are NCNames, nothing to escape
            tag = _NAME_TAG[kind]
            attributes = f' ref="#{self.root_id}.{phrase.entity}"'
            if phrase.tagger:
                attributes += f' resp="#{self.root_id}.app.{phrase.tagger}" cert="{phrase.certainty or "medium"}"'
        content = phrase.content
        if len(content) == 1 and isinstance(content[0], str):
            return f"<{tag}{attributes}>{_text(content[0])}</{tag}>"
        inner = self._inline([content])
        return f"<{tag}{attributes}/>" if inner is None else f"<{tag}{attributes}>{inner}</{tag}>"

    # ------------------------------------------------------------------ blocks
    def block(self, level: int, block: Block) -> None:
        kind = block.kind
        lines = block.lines
        if kind is BlockKind.PARAGRAPH and not block.right_aligned and block.id and len(lines) == 1 and lines[0]:
            # the usual block: a paragraph of one line (ids are NCNames)
            line = lines[0]
            content = _text(line[0]) if len(line) == 1 and isinstance(line[0], str) else self._inline(lines)
            self.out.append(f'{"  " * level}<p xml:id="{block.id}">{content}</p>\n')
            return
        attrib: dict[str, str] = {}
        if kind is BlockKind.EDITORIAL:
            attrib = {"type": "editorial", "resp": f"#{self.editors_id}"}
        elif kind is BlockKind.CREDIT:
            attrib = {"type": "source"}
        elif kind is BlockKind.TRANSLATOR_NOTE:
            attrib = {"type": "translator"}
        elif kind is BlockKind.PARAGRAPH and block.right_aligned:
            attrib = {"rend": "align(right)"}
        if block.id:
            attrib["xml:id"] = block.id
        if len(lines) == 1 and len(lines[0]) == 1 and isinstance(lines[0][0], str):
            content: str | None = _text(lines[0][0])  # the usual block: one line of plain text
        else:
            content = self._inline(lines, None if kind in (BlockKind.HEADLINE, BlockKind.INTERTITLE) else "\n")
        self._leaf(level, _TAG[kind], content, attrib)

    def node(self, level: int, node: Node) -> None:
        if isinstance(node, Block):
            self.block(level, node)
            return
        kind = "section" if isinstance(node, Section) else "letter" if isinstance(node, Letter) else "item"
        if not isinstance(node, Section | Letter | Item):  # pragma: no cover - the model has no other nodes
            raise TypeError(f"cannot write {type(node).__name__}")
        attrib = {"type": kind}
        if node.id:
            attrib["xml:id"] = node.id
        mark = self._open(level, "div", attrib)
        inner = level + 1
        if isinstance(node, Section):
            self.block(inner, node.head)
        elif isinstance(node, Letter) and node.opener:
            self._blocks(inner, "opener", node.opener)
        for child in node.content:
            self.node(inner, child)
        if isinstance(node, Letter) and node.closer:
            self._blocks(inner, "closer", node.closer)
        self._close(level, "div", mark)

    def _blocks(self, level: int, tag: str, blocks: list[Block]) -> None:
        mark = self._open(level, tag)
        for block in blocks:
            self.block(level + 1, block)
        self._close(level, tag, mark)

    def text_division(self, level: int, text: Text) -> None:
        attrib = {"type": "original" if text.lang.startswith("zh") else "translation", "xml:lang": text.lang}
        if text.id:
            attrib["xml:id"] = text.id
        mark = self._open(level, "div", attrib)
        inner = level + 1
        if text.headline is not None:
            self.block(inner, text.headline)
        for part in text.front:
            if isinstance(part, Epigraph):
                epigraph = self._open(inner, "epigraph")
                cit = self._open(inner + 1, "cit")
                quote = {"xml:id": part.quote.id} if part.quote.id else None
                self._leaf(inner + 2, "quote", self._inline(part.quote.lines, "\n"), quote)
                self.block(inner + 2, part.attribution)
                self._close(inner + 1, "cit", cit)
                self._close(inner, "epigraph", epigraph)
            else:
                self.block(inner, part)
        for node in text.content:
            self.node(inner, node)
        for block in text.back:
            self.block(inner, block)
        self._close(level, "div", mark)

    # ------------------------------------------------------------------ header
    def header(self) -> None:
        header = self.article.header
        leaf = self._leaf
        titles = [
            (field.value, lang)
            for field, lang in ((header.title_zh, "zh-Hans"), (header.title_en, "en"))
            if field is not None
        ]
        self.out.append('  <teiHeader xml:lang="en">\n    <fileDesc>\n')
        title_stmt = self._open(3, "titleStmt")
        for value, lang in titles:
            leaf(4, "title", _text(value), {"type": "main", "xml:lang": lang})
        self.out.append(
            f"        <respStmt>\n          <resp>TEI encoding</resp>\n"
            f"          <name>encoder {_text(self.version)}</name>\n        </respStmt>\n"
        )
        self._close(3, "titleStmt", title_stmt)
        self.out.append("      <publicationStmt>\n        <publisher>encoder project</publisher>\n")
        leaf(4, "idno", _text(self.root_id), {"type": "local"})
        self.out.append(
            '        <availability status="unknown">\n          <licence>The TEI encoding is released '
            "under CC BY 4.0. The rights in the article and its translation are not cleared by this "
            "file.</licence>\n        </availability>\n      </publicationStmt>\n"
            '      <sourceDesc>\n        <biblStruct type="newspaperArticle">\n'
        )
        analytic = self._open(5, "analytic")
        for value, lang in titles:
            leaf(6, "title", _text(value), {"level": "a", "xml:lang": lang})
        for field, lang in ((header.author_zh, "zh-Hans"), (header.author_en, "en")):
            if field is not None:
                leaf(6, "author", _text(field.value), {"xml:lang": lang})
        self._close(5, "analytic", analytic)
        self.out.append(
            f'          <monogr>\n            <title level="j" xml:lang="zh-Hans">{NEWSPAPER["zh-Hans"]}'
            f'</title>\n            <title level="j" type="alt" xml:lang="en">{NEWSPAPER["en"]}</title>\n'
        )
        if any(b.kind is BlockKind.EDITORIAL for t in self.article.texts for b in t.blocks):
            self.out.append(
                f'            <respStmt xml:id="{_attr(self.editors_id)}">\n'
                "              <resp>editorial remarks and intertitles</resp>\n"
                '              <orgName xml:lang="zh-Hans">人民日报编辑部</orgName>\n'
                '              <orgName xml:lang="en">Editorial Department of the People\'s Daily'
                "</orgName>\n            </respStmt>\n"
            )
        date = header.date.value if header.date else ""
        self.out.append("            <imprint>\n")
        leaf(7, "date", _text(date), {"when": date})
        self.out.append("            </imprint>\n")
        if header.page is not None:
            scope = {"unit": "page"}
            if header.page.value.isdigit():
                scope["n"] = header.page.value
            scope["xml:lang"] = "zh-Hans"
            leaf(6, "biblScope", _text(f"第{header.page.value}版"), scope)
        self.out.append("          </monogr>\n")
        if header.column is not None:
            leaf(5, "note", _text(header.column.value), {"type": "column", "xml:lang": "zh-Hans"})
        for key, field in sorted(header.extra.items()):
            leaf(5, "note", _text(field.value), {"type": "source-field", "n": key})
        self.out.append("        </biblStruct>\n      </sourceDesc>\n    </fileDesc>\n")
        head, tail = _encoding_desc(self.version)
        self.out.append(head)
        for tagger, version in sorted(self.article.taggers.items()):
            ident, label, description = TAGGERS[tagger]
            version = self.version if tagger in ("authority", "projection") else version
            self.out.append(
                f"        <application{_attrs({'xml:id': f'{self.root_id}.app.{tagger}'})} "
                f'ident="{ident}" version="{_attr(version)}">\n'
                f"          <label>{_text(label)}</label>\n          <desc>{_text(description)}</desc>\n"
                "        </application>\n"
            )
        self.out.append(tail)
        self.out.append("    <profileDesc>\n")
        self.out.append(_lang_usage(len(self.article.texts) > 1))
        self._corresp_descs()
        self.out.append("    </profileDesc>\n")
        source_name = self.article.path.replace("\\", "/").rsplit("/", 1)[-1]
        self.out.append(
            f"    <revisionDesc>\n      <change>Converted from {_text(source_name)} by encoder "
            f"{_text(self.version)}.</change>\n    </revisionDesc>\n  </teiHeader>\n"
        )

    def _corresp_descs(self) -> None:
        """One correspDesc per letter whose sending the correspondence pass found."""
        for found in self.article.correspondence:
            self.out.append(f'      <correspDesc ref="#{_attr(found.letter)}">\n        <correspAction type="sent">\n')
            for sender in found.senders:
                self._leaf(5, "name", _text(sender), {"xml:lang": found.lang})
            if found.date is not None:
                self._leaf(5, "date", None, {"when": found.date})
                if found.place is not None:
                    self._leaf(5, "placeName", _text(found.place), {"xml:lang": found.lang})
            self.out.append("        </correspAction>\n      </correspDesc>\n")

    # ------------------------------------------------------------------ document
    def stand_off(self) -> None:
        """The registers and the translation links (nothing when there is nothing to say)."""
        if not self.article.links and not self.article.entities:
            return
        self.out.append("  <standOff>\n")
        for kind in (PhraseKind.PERSON, PhraseKind.PLACE, PhraseKind.ORG):
            entities = [e for e in self.article.entities.values() if e.kind is kind]
            if not entities:
                continue
            register, entry_tag = _LIST[kind]
            name_tag = _NAME_TAG[kind]
            self.out.append(f"    <{register}>\n")
            out = self.out
            for entity in entities:  # (keys and ids are NCNames: nothing to escape)
                extra = (
                    f' resp="#{self.root_id}.app.{entity.resp}" cert="{_attr(entity.cert or "medium")}"'
                    if entity.resp
                    else ""
                )
                start = f'      <{entry_tag} xml:id="{self.root_id}.{entity.key}"{extra}'
                inside = [
                    f'        <{name_tag} xml:lang="{lang}">{_text(form)}</{name_tag}>\n'
                    for lang in ("zh-Hans", "en")
                    for form in entity.names.get(lang, ())
                ]
                inside += [
                    f'        <idno type="URI" subtype="{_attr(subtype)}">{_text(uri)}</idno>\n'
                    for subtype, uri in entity.idnos
                ]
                out.append(f"{start}>\n{''.join(inside)}      </{entry_tag}>\n" if inside else f"{start}/>\n")
            self.out.append(f"    </{register}>\n")
        if self.article.links:
            domains = " ".join(f"#{t.id}" for t in self.article.texts)
            self.out.append(f'    <linkGrp type="translation" domains="{_attr(domains)}">\n')
            for link in self.article.links:  # ids are NCNames: nothing to escape
                target = " ".join(f"#{b.id}" for b in [*link.zh, *link.en])
                cert = f' cert="{_attr(link.cert)}"' if link.cert else ""
                self.out.append(f'      <link target="{target}"{cert}/>\n')
            self.out.append("    </linkGrp>\n")
        self.out.append("  </standOff>\n")

    def document(self) -> str:
        lang = "mul" if len(self.article.texts) > 1 else self.article.texts[0].lang
        self.out.append(
            f"<?xml version='1.0' encoding='UTF-8'?>\n<TEI xmlns=\"{TEI_NS}\" "
            f'xml:id="{_attr(self.root_id)}" xml:lang="{lang}">\n'
        )
        self.header()
        self.out.append("  <text>\n    <body>\n")
        for text in self.article.texts:
            self.text_division(3, text)
        self.out.append("    </body>\n  </text>\n")
        self.stand_off()
        self.out.append("</TEI>\n")
        return "".join(self.out)


def write(article: Article, version: str) -> bytes:
    """The TEI document of an enriched ``article``, as indented UTF-8 bytes."""
    return _Writer(article, version).document().encode("utf-8")


def to_tei(article: Article, version: str) -> etree._ElementTree:
    """The TEI document of an enriched ``article``, parsed (so that it has line numbers)."""
    return parse_tei(write(article, version))


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


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
        "correspAction revisionDesc text body div opener closer epigraph cit standOff listPerson listPlace listOrg "
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
