"""What a corpus site shows, read from TEI articles written by encoder: each article's date,
titles and languages, and every person, place and organisation of its registers
(``standOff/listPerson`` etc.), merged across the corpus by key and completed with the
authority file's forms.

A register entry is named ``ARTICLE-ID.KEY`` where KEY is the authority file's ``xml:id`` (or
a ``local-`` key for a name the authority file does not hold), and the text points at it with
``@ref="#ARTICLE-ID.KEY"``: the key is what two articles share.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .. import xmlsafe
from ..diagnostics import Diagnostic, Level
from ..enrich.authority import Record
from ..tei import XML_ID, XML_LANG, T, local

#: The register lists and their entries, in the order the site shows them.
KINDS = {"person": "listPerson", "place": "listPlace", "org": "listOrg"}
#: Languages in the order they are shown; others follow, sorted.
LANGUAGES = ("zh-Hans", "en")
_ID_DATE = re.compile(r"^rmrb-(\d{4}-\d{2}-\d{2})")
#: An article's xml:id names its page and TEI copy: letters, digits, '_', '.', '-' (no path).
_NAME = re.compile(r"\w[\w.-]*")


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def ordered(languages: set[str] | list[str]) -> list[str]:
    """Languages in display order: Chinese, English, then any other, sorted."""
    return [lang for lang in LANGUAGES if lang in languages] + sorted(set(languages) - set(LANGUAGES))


@dataclass(slots=True)
class Article:
    """One article of the site: where its TEI is, its page's name, its date and titles."""

    source: Path
    ident: str
    slug: str  # the page is articles/SLUG.html, the TEI beside it articles/SLUG.xml
    date: str  # ISO yyyy-mm-dd, '' when the file gives none
    titles: dict[str, str]  # language -> the first title in that language
    languages: list[str]  # of the text's language divisions

    def label(self) -> str:
        """The titles, Chinese first, joined; the identifier when there is no title."""
        return " / ".join(self.titles[lang] for lang in ordered(list(self.titles))) or self.ident


@dataclass(slots=True)
class Mention:
    """An entity in one article: its register entry there, the forms that register holds and
    how many times the text names it."""

    article: Article
    entry: str  # the register entry's xml:id (an anchor of the article's page)
    forms: dict[str, list[str]]
    count: int


@dataclass(slots=True)
class Entity:
    """A person, place or organisation across the corpus."""

    kind: str  # person, place or org
    key: str
    names: dict[str, list[str]] = field(default_factory=dict)  # preferred form first
    idnos: list[tuple[str, str]] = field(default_factory=list)  # (subtype, URI)
    in_authority: bool = False
    machine: bool = False  # some register entry of it was made by a statistical tagger (@resp)
    mentions: list[Mention] = field(default_factory=list)

    def add_names(self, names: dict[str, list[str]]) -> None:
        for lang, forms in names.items():
            known = self.names.setdefault(lang, [])
            known.extend(form for form in forms if form not in known)

    def label(self) -> str:
        """The preferred form of each language, Chinese first."""
        return " · ".join(self.names[lang][0] for lang in ordered(list(self.names)) if self.names[lang])

    def sort_key(self) -> tuple[str, str]:
        """Keys are romanised (``mao-zedong``, ``local-zhong-hua``): their order is alphabetical."""
        return (self.key.removeprefix("local-"), self.key)


@dataclass(slots=True)
class Corpus:
    articles: list[Article] = field(default_factory=list)
    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Entity]:
        return sorted((e for e in self.entities.values() if e.kind == kind), key=Entity.sort_key)

    def drop(self, slugs: set[str]) -> None:
        """Leave out the articles ``slugs`` (whose page could not be made) and what only they name."""
        self.articles = [a for a in self.articles if a.slug not in slugs]
        for key, entity in list(self.entities.items()):
            entity.mentions = [m for m in entity.mentions if m.article.slug not in slugs]
            if not entity.mentions:
                del self.entities[key]


def _names(entry: etree._Element) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for child in entry:
        if isinstance(child.tag, str) and local(child).endswith("Name") and _text(child):
            forms = names.setdefault(child.get(XML_LANG, ""), [])
            if _text(child) not in forms:
                forms.append(_text(child))
    return names


def _article(path: Path, root: etree._Element, slug: str) -> Article:
    ident = root.get(XML_ID, "")
    header = root.find(f"{T}teiHeader/{T}fileDesc")
    titles: dict[str, str] = {}
    dates: list[str] = []
    if header is not None:
        for title in header.iterfind(f"{T}titleStmt/{T}title"):
            if _text(title):
                titles.setdefault(title.get(XML_LANG, ""), _text(title))
        dates = [
            d.get("when", "") for d in header.iterfind(f"{T}sourceDesc/{T}biblStruct/{T}monogr/{T}imprint/{T}date")
        ]
    match = _ID_DATE.match(ident)
    date = next((d for d in dates if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)), match.group(1) if match else "")
    languages = ordered([d.get(XML_LANG, "") for d in root.iterfind(f"{T}text/{T}body/{T}div") if d.get(XML_LANG)])
    return Article(path, ident, slug, date, titles, languages)


def _mentions(corpus: Corpus, root: etree._Element, article: Article, authority: dict[str, Record]) -> None:
    """Add the entities of the article's registers to ``corpus``."""
    counts = Counter(name.get("ref", "").strip() for name in root.iterfind(f"{T}text//*[@ref]"))
    prefix = article.ident + "."
    for kind, listing in KINDS.items():
        for entry in root.iterfind(f"{T}standOff/{T}{listing}/{T}{kind}"):
            ident = entry.get(XML_ID, "")
            if not ident:
                continue
            key = ident.removeprefix(prefix)
            entity = corpus.entities.get((kind, key))
            if entity is None:
                entity = corpus.entities[(kind, key)] = Entity(kind, key)
                record = authority.get(key)
                if record is not None and record.kind == kind:
                    entity.in_authority = True
                    entity.add_names(record.names)
                    entity.idnos = list(record.idnos)
            names = _names(entry)
            entity.add_names(names)
            entity.machine = entity.machine or bool(entry.get("resp"))
            for idno in entry.iterfind(f"{T}idno"):
                pair = (idno.get("subtype", ""), _text(idno))
                if pair[1] and pair not in entity.idnos:
                    entity.idnos.append(pair)
            entity.mentions.append(Mention(article, ident, names, counts[f"#{ident}"]))


def _read(path: Path) -> tuple[etree._Element | None, Diagnostic | None]:
    """The root of a TEI article; None and why not (None, None: a teiCorpus, left out quietly)."""
    try:
        root = xmlsafe.parse_file(path, huge=True).getroot()
    except xmlsafe.Refused as refused:
        return None, refused.diagnostics[0]
    except (OSError, etree.XMLSyntaxError) as exc:
        return None, Diagnostic(Level.ERROR, "X002", f"cannot read the TEI file: {exc}", str(path))
    if root.tag == f"{T}teiCorpus":
        return None, None  # a corpus of articles (encoder corpus): its members are read on their own
    if root.tag != f"{T}TEI" or not _NAME.fullmatch(root.get(XML_ID, "")):
        return None, Diagnostic(Level.WARNING, "C002", "not a TEI article written by encoder; left out", str(path))
    return root, None


def collect(paths: list[Path], authority: dict[str, Record]) -> Corpus:
    """The site's corpus: the articles of ``paths`` by date, their entities merged by key."""
    corpus = Corpus()
    read: list[tuple[Article, etree._Element]] = []
    slugs: set[str] = set()
    for path in paths:
        root, problem = _read(path)
        if problem is not None:
            corpus.diagnostics.append(problem)
        if root is None:
            continue
        slug, count = root.get(XML_ID, ""), 1
        while slug in slugs:
            count += 1
            slug = f"{root.get(XML_ID)}-{count}"
        if count > 1:
            corpus.diagnostics.append(
                Diagnostic(
                    Level.WARNING,
                    "C003",
                    f"an article with this xml:id came earlier; its page is {slug}.html",
                    str(path),
                )
            )
        slugs.add(slug)
        read.append((_article(path, root, slug), root))
    read.sort(key=lambda pair: (pair[0].date or "9999", pair[0].slug))
    for article, root in read:
        corpus.articles.append(article)
        _mentions(corpus, root, article, authority)
    return corpus
