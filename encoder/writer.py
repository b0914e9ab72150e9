"""Write stage: an enriched :class:`Article` to a TEI P5 tree, and the tree to bytes.

TEI element names live here (and in :mod:`encoder.tei`) only. Output is deterministic:
no clock, no randomness; the version of the converter comes from the caller.
"""

from __future__ import annotations

import copy
import functools
import re

from lxml import etree

from .model import (
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
from .patterns import signer_name
from .tei import XML_ID, XML_LANG, E, T

NEWSPAPER = {"zh-Hans": "人民日报", "en": "People's Daily"}
LANGUAGES = {
    "mul": "several languages: the Chinese original and its English translation",
    "zh-Hans": "Chinese in simplified script: the original article and the newspaper's name",
    "en": "English: the translation and the header",
}
EDITORIAL_DECL = (
    "The headline the body repeats is the head of each language division. Intertitles are the "
    "head of a nested div type=\"section\"; a two-line intertitle is one head with lb between its "
    "lines. Letters, telegrams and signed messages are div type=\"letter\" with opener and closer "
    "(salute, signed, dateline); unsigned text after signed messages is div type=\"item\".",
    "The newspaper's editorial remarks are note type=\"editorial\" whose resp points to the "
    "newspaper's editors; credit lines are note type=\"source\"; the translator's notes are "
    "note type=\"translator\"; leads and credits inside a paragraph are seg type=\"lead\" and "
    "seg type=\"credit\".",
    "The two languages are aligned block by block in standOff/linkGrp type=\"translation\": "
    "each link targets the Chinese block(s) then the English block(s) (1:1, 1:2, 2:1); blocks "
    "with no counterpart are in no link; cert marks links that are not certain.",
    "Indentation, alignment padding and line breaks of the source are not kept (right-aligned "
    "paragraphs carry rend=\"align(right)\"); all other characters are kept as in the source. "
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
_LIST = {PhraseKind.PERSON: ("listPerson", "person"), PhraseKind.PLACE: ("listPlace", "place"),
         PhraseKind.ORG: ("listOrg", "org")}
#: The taggers that can leave tags in a document: ident, label, description.
TAGGERS = {
    "authority": ("encoder-authority", "encoder authority matcher",
                  "Names of the authority file (source/authority.xml), longest match, both languages."),
    "jieba": ("jieba", "jieba 0.42.1", "Chinese persons, places and organisations (part-of-speech nr, ns, nt)."),
    "spacy": ("spacy", "spaCy 3.8 with en_core_web_sm 3.8.0", "English PERSON, GPE, LOC and ORG entities."),
    "projection": ("encoder-projection", "encoder name projection",
                   "A name of one language sought in the aligned block of the other (pinyin, authority forms)."),
}
_ZH_ISO = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


@functools.lru_cache(maxsize=4)
def _encoding_desc(version: str) -> etree._Element:
    """The encodingDesc, the same for every article (copied, not rebuilt, per article)."""
    return E.encodingDesc(
        E.appInfo(E.application(
            E.label("encoder"),
            E.desc("Structure, ids and TEI writing of People's Daily articles."),
            ident="encoder", version=version)),
        E.editorialDecl(*(E.p(text) for text in EDITORIAL_DECL)),
    )


@functools.lru_cache(maxsize=2)
def _lang_usage(bilingual: bool) -> etree._Element:
    # The header is English and always names the newspaper in Chinese too.
    used = (["mul"] if bilingual else []) + ["zh-Hans", "en"]
    return E.langUsage(*(E.language(LANGUAGES[code], ident=code) for code in used))


def _el(tag: str, text: str | None = None, attrib: dict[str, str] | None = None) -> etree._Element:
    """A TEI element (built directly: the ElementMaker is slow in the hot path)."""
    element = etree.Element(T + tag, attrib)
    if text is not None:
        element.text = text
    return element


def _sub(parent: etree._Element, tag: str, text: str | None = None,
         attrib: dict[str, str] | None = None) -> etree._Element:
    element = etree.SubElement(parent, T + tag, attrib)
    if text is not None:
        element.text = text
    return element


class _Writer:
    def __init__(self, article: Article, version: str) -> None:
        if article.id is None:
            raise ValueError("the article has no id: run the enrich stage first")
        self.article = article
        self.root_id: str = article.id
        self.version = version
        self.editors_id = f"{self.root_id}.resp.editors"

    # ------------------------------------------------------------------ inline
    def _fill(self, element: etree._Element, lines: list[list[Inline]], joiner: str | None = None) -> None:
        """Append inline content; lines are joined by ``lb`` (or by ``joiner`` text)."""
        last: etree._Element | None = None

        def add_text(text: str) -> None:
            if last is None:
                element.text = (element.text or "") + text
            else:
                last.tail = (last.tail or "") + text

        for number, line in enumerate(lines):
            if number:
                if joiner is None:
                    last = etree.SubElement(element, T + "lb")
                else:
                    add_text(joiner)
            for item in line:
                if isinstance(item, str):
                    add_text(item)
                else:
                    child = self._phrase(item)
                    element.append(child)
                    last = child

    def _phrase(self, phrase: Phrase) -> etree._Element:
        kind = phrase.kind
        if kind is PhraseKind.DATE:
            element = etree.Element(T + "date", {k: phrase.attrs[k] for k in ("when", "cert", "resp")
                                                      if k in phrase.attrs})
        elif kind in (PhraseKind.LEAD, PhraseKind.CREDIT):
            element = etree.Element(T + "seg", {"type": kind.value})
        else:
            attrib = {"ref": f"#{self.root_id}.{phrase.attrs['ref']}"}
            if "resp" in phrase.attrs:
                attrib["resp"] = f"#{self.root_id}.app.{phrase.attrs['resp']}"
                attrib["cert"] = phrase.attrs.get("cert", "medium")
            element = etree.Element(T + _NAME_TAG[kind], attrib)
        self._fill(element, [phrase.content])
        return element

    # ------------------------------------------------------------------ blocks
    def block(self, block: Block) -> etree._Element:
        kind = block.kind
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
            attrib[XML_ID] = block.id
        element = etree.Element(T + _TAG[kind], attrib)
        lines = block.lines
        if len(lines) == 1 and len(lines[0]) == 1 and isinstance(lines[0][0], str):
            element.text = lines[0][0]  # the usual block: one line of plain text
        else:
            self._fill(element, lines, None if kind in (BlockKind.HEADLINE, BlockKind.INTERTITLE) else "\n")
        return element

    def node(self, node: Node) -> etree._Element:
        if isinstance(node, Block):
            return self.block(node)
        if isinstance(node, Section):
            div = E.div(type="section")
            children = [self.block(node.head), *(self.node(n) for n in node.content)]
        elif isinstance(node, Letter):
            div = E.div(type="letter")
            children = []
            if node.opener:
                children.append(E.opener(*(self.block(b) for b in node.opener)))
            children.extend(self.node(n) for n in node.content)
            if node.closer:
                children.append(E.closer(*(self.block(b) for b in node.closer)))
        elif isinstance(node, Item):
            div = E.div(type="item")
            children = [self.node(n) for n in node.content]
        else:  # pragma: no cover - the model has no other node types
            raise TypeError(f"cannot write {type(node).__name__}")
        if node.id:
            div.set(XML_ID, node.id)
        div.extend(children)
        return div

    def text_division(self, text: Text) -> etree._Element:
        div = E.div(type="original" if text.lang.startswith("zh") else "translation")
        div.set(XML_LANG, text.lang)
        if text.id:
            div.set(XML_ID, text.id)
        if text.headline is not None:
            div.append(self.block(text.headline))
        for part in text.front:
            if isinstance(part, Epigraph):
                quote = E.quote()
                if part.quote.id:
                    quote.set(XML_ID, part.quote.id)
                self._fill(quote, part.quote.lines, "\n")
                div.append(E.epigraph(E.cit(quote, self.block(part.attribution))))
            else:
                div.append(self.block(part))
        div.extend(self.node(n) for n in text.content)
        div.extend(self.block(b) for b in text.back)
        return div

    # ------------------------------------------------------------------ header
    def _lang(self, element: etree._Element, lang: str) -> etree._Element:
        element.set(XML_LANG, lang)
        return element

    def header(self) -> etree._Element:
        header = self.article.header
        titles = [(field.value, lang) for field, lang in ((header.title_zh, "zh-Hans"), (header.title_en, "en"))
                  if field is not None]
        tei_header = _el("teiHeader", None, {XML_LANG: "en"})
        file_desc = _sub(tei_header, "fileDesc")
        title_stmt = _sub(file_desc, "titleStmt")
        for value, lang in titles:
            _sub(title_stmt, "title", value, {"type": "main", XML_LANG: lang})
        encoder = _sub(title_stmt, "respStmt")
        _sub(encoder, "resp", "TEI encoding")
        _sub(encoder, "name", f"encoder {self.version}")
        publication = _sub(file_desc, "publicationStmt")
        _sub(publication, "publisher", "encoder project")
        _sub(publication, "idno", self.root_id, {"type": "local"})
        availability = _sub(publication, "availability", None, {"status": "unknown"})
        _sub(availability, "licence", "The TEI encoding is released under CC BY 4.0. The rights in the article "
             "and its translation are not cleared by this file.")
        bibl = _sub(_sub(file_desc, "sourceDesc"), "biblStruct", None, {"type": "newspaperArticle"})
        analytic = _sub(bibl, "analytic")
        for value, lang in titles:
            _sub(analytic, "title", value, {"level": "a", XML_LANG: lang})
        for field, lang in ((header.author_zh, "zh-Hans"), (header.author_en, "en")):
            if field is not None:
                _sub(analytic, "author", field.value, {XML_LANG: lang})
        monogr = _sub(bibl, "monogr")
        _sub(monogr, "title", NEWSPAPER["zh-Hans"], {"level": "j", XML_LANG: "zh-Hans"})
        _sub(monogr, "title", NEWSPAPER["en"], {"level": "j", "type": "alt", XML_LANG: "en"})
        if any(b.kind is BlockKind.EDITORIAL for t in self.article.texts for b in t.blocks):
            responsible = _sub(monogr, "respStmt", None, {XML_ID: self.editors_id})
            _sub(responsible, "resp", "editorial remarks and intertitles")
            _sub(responsible, "orgName", "人民日报编辑部", {XML_LANG: "zh-Hans"})
            _sub(responsible, "orgName", "Editorial Department of the People's Daily", {XML_LANG: "en"})
        date = header.date.value if header.date else ""
        _sub(_sub(monogr, "imprint"), "date", date, {"when": date})
        if header.page is not None:
            scope = {"unit": "page"}
            if header.page.value.isdigit():
                scope["n"] = header.page.value
            scope[XML_LANG] = "zh-Hans"
            _sub(monogr, "biblScope", f"第{header.page.value}版", scope)
        if header.column is not None:
            _sub(bibl, "note", header.column.value, {"type": "column", XML_LANG: "zh-Hans"})
        for key, field in sorted(header.extra.items()):
            _sub(bibl, "note", field.value, {"type": "source-field", "n": key})
        encoding = copy.deepcopy(_encoding_desc(self.version))
        app_info = encoding[0]
        for tagger, version in sorted(self.article.taggers.items()):
            ident, label, description = TAGGERS[tagger]
            application = _sub(app_info, "application", None,
                               {XML_ID: f"{self.root_id}.app.{tagger}", "ident": ident,
                                "version": self.version if tagger in ("authority", "projection") else version})
            _sub(application, "label", label)
            _sub(application, "desc", description)
        tei_header.append(encoding)
        profile = _sub(tei_header, "profileDesc")
        profile.append(copy.deepcopy(_lang_usage(len(self.article.texts) > 1)))
        for corresp in self._corresp_descs():
            profile.append(corresp)
        source_name = self.article.path.replace("\\", "/").rsplit("/", 1)[-1]
        _sub(_sub(tei_header, "revisionDesc"), "change", f"Converted from {source_name} by encoder {self.version}.")
        return tei_header

    def _corresp_descs(self) -> list[etree._Element]:
        """One correspDesc per signed letter of the first language version."""
        text = self.article.texts[0]
        letters: list[Letter] = []

        def walk(nodes: list[Node]) -> None:
            for n in nodes:
                if isinstance(n, Letter) and n.closer:
                    letters.append(n)
                elif isinstance(n, Section | Item):
                    walk(n.content)

        walk(text.content)
        descs = []
        for letter in letters:
            signers = [b for b in letter.closer if b.kind is BlockKind.SIGNATURE]
            if not signers or letter.id is None:
                continue
            action = E.correspAction(type="sent")
            for signer in signers:
                action.append(self._lang(E.name(signer_name(signer.text)), text.lang))
            for dated in (b for b in letter.closer if b.kind is BlockKind.PLACE_DATE):
                match = _ZH_ISO.search(dated.text)
                if match:
                    year, month, day = match.groups()
                    action.append(E.date(when=f"{year}-{int(month):02d}-{int(day):02d}"))
                    place = dated.text[match.end():].lstrip()
                    if place.startswith("于") and len(place) > 1:
                        action.append(self._lang(E.placeName(place[1:]), text.lang))
            descs.append(E.correspDesc(action, ref=f"#{letter.id}"))
        return descs

    # ------------------------------------------------------------------ document
    def stand_off(self) -> etree._Element | None:
        """The registers and the translation links, or None when there is nothing to say."""
        if not self.article.links and not self.article.entities:
            return None
        stand_off = _el("standOff")
        for kind in (PhraseKind.PERSON, PhraseKind.PLACE, PhraseKind.ORG):
            entities = [e for e in self.article.entities.values() if e.kind is kind]
            if not entities:
                continue
            register = _sub(stand_off, _LIST[kind][0])
            for entity in entities:
                attrib = {XML_ID: f"{self.root_id}.{entity.key}"}
                if entity.resp:
                    attrib["resp"] = f"#{self.root_id}.app.{entity.resp}"
                    attrib["cert"] = entity.cert or "medium"
                entry = _sub(register, _LIST[kind][1], None, attrib)
                for lang in ("zh-Hans", "en"):
                    for form in entity.names.get(lang, []):
                        _sub(entry, _NAME_TAG[kind], form, {XML_LANG: lang})
                for subtype, uri in entity.idnos:
                    _sub(entry, "idno", uri, {"type": "URI", "subtype": subtype})
        if self.article.links:
            domains = " ".join(f"#{t.id}" for t in self.article.texts)
            group = _sub(stand_off, "linkGrp", None, {"type": "translation", "domains": domains})
            for link in self.article.links:
                attrib = {"target": " ".join(f"#{b.id}" for b in [*link.zh, *link.en])}
                if link.cert:
                    attrib["cert"] = link.cert
                _sub(group, "link", None, attrib)
        return stand_off

    def document(self) -> etree._ElementTree:
        root = E.TEI(self.header(), E.text(E.body(*(self.text_division(t) for t in self.article.texts))))
        stand_off = self.stand_off()
        if stand_off is not None:
            root.append(stand_off)
        root.set(XML_ID, self.root_id)
        root.set(XML_LANG, "mul" if len(self.article.texts) > 1 else self.article.texts[0].lang)
        return etree.ElementTree(root)


def to_tei(article: Article, version: str) -> etree._ElementTree:
    """The TEI document of an enriched ``article``."""
    return _Writer(article, version).document()


#: Elements that hold only elements in this profile: indented. Every other element holds text
#: (a paragraph, a heading, a name…) and is left exactly as built: indentation inside it would
#: add white space to the text (lxml's indent() does so before a first child element).
CONTAINERS = frozenset(T + name for name in (
    "TEI teiCorpus teiHeader fileDesc titleStmt respStmt publicationStmt availability sourceDesc biblStruct "
    "analytic monogr imprint encodingDesc appInfo application editorialDecl profileDesc langUsage correspDesc "
    "correspAction revisionDesc text body div opener closer epigraph cit standOff listPerson listPlace listOrg "
    "person place org linkGrp").split())


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
    """Indented UTF-8 bytes with an XML declaration and a final newline."""
    root = tree.getroot()
    indent(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"

