"""The teiHeader of an article, and the text it shares with the header of a corpus.

The header says what the article is (titles, authors, the issue, page and column), who
encoded and published it and under which licence and identifiers (the project configuration,
:mod:`encoder.config`), which file of which corpus it came from, who translated it (or that
this is unknown), how it was encoded (:mod:`encoder.tei.profile_desc`: the converter and the
taggers that left tags, the tags used, the editorial declaration written for what this file
holds), which languages it uses, who sent its letters to whom, and when it was converted.
Everything it says comes from the model, the configuration and the written body; it decides
nothing. What is not configured is written as text starting with ``unset:`` (:data:`UNSET`),
which the deposit check refuses; nothing is invented.
"""

from __future__ import annotations

from ..config import Project
from ..model import Article, Header, Provenance, SourceForm
from .profile_desc import editors, encoder_id, encoding_desc, extent, profile_desc, pub_place
from .xmltext import Emitter, text

#: How an unset value starts (the deposit check looks for it).
UNSET = "unset:"
NEWSPAPER = {"zh-Hans": "人民日报", "en": "People's Daily"}
#: What each source form is, as the header's source-file description names it.
SOURCE_FORMS = {
    SourceForm.BILINGUAL: "Bilingual markdown: the English translation, then the Chinese original in rmrb markdown",
    SourceForm.ENGLISH: "English markdown: the translation with its 'Title:' header",
    SourceForm.RMRB_MARKDOWN: "rmrb markdown: title, author, date, page and column lines, one paragraph a line",
    SourceForm.RMRB_JSON: (
        "The People's Daily JSON distribution (banned-historical-archives/banned-historical-archives10, "
        "json/YEAR/MONTH/N.json): one object per article with title, authors, dates and parts"
    ),
}
#: The header fields of an English source that name its translator.
TRANSLATOR_FIELDS = ("Translator", "Translated by", "Translation")
#: What a translation's provenance says when the source names no translator.
TRANSLATION_UNKNOWN = (
    "translation into English: translator, date and method (human or machine) unknown; the source names none"
)
RIGHTS = "The rights in {} are not cleared by this file."


def encoder_name(version: str) -> str:
    """Who did the encoding, as the respStmt names it."""
    return f"encoder {version}"


def unset(what: str, key: str) -> str:
    """The text of a value the configuration does not give."""
    return f"{UNSET} no {what} configured (encoder.toml: {key})"


def publisher(project: Project) -> str:
    """The publisher of the TEI, or that it is unset."""
    return project.publisher or unset("publisher", "[publication] publisher")


def licence_text(project: Project) -> str:
    """The licence of the TEI, or that it is unset."""
    return project.licence_text or unset("licence", "[publication] licence-uri and licence-text")


def editors_id(article_id: str) -> str:
    """The id of the newspaper's editors, whom editorial notes point to."""
    return f"{article_id}.resp.editors"


def header(em: Emitter, article: Article, article_id: str, version: str, project: Project, body: str) -> None:
    """Write the teiHeader of ``article`` (whose id is ``article_id``); ``body`` is the markup
    of its ``text`` element as written (the tags are counted from it)."""
    em.open("teiHeader", {"xml:lang": "en"})
    em.open("fileDesc")
    _title_stmt(em, article, article_id, version)
    extent(em, article)
    _publication_stmt(em, article, article_id, project)
    _source_desc(em, article, article_id, project)
    em.close()
    encoding_desc(em, article, article_id, version, body)
    profile_desc(em, article, article_id)
    _revision_desc(em, article, article_id, version, project)
    em.close()


def _titles(header: Header) -> list[tuple[str, str]]:
    """(title, language) of the article, Chinese first."""
    fields = ((header.title_zh, "zh-Hans"), (header.title_en, "en"))
    return [(field.value, lang) for field, lang in fields if field is not None]


def translator(header: Header) -> str | None:
    """The translator the source's header names, if it names one."""
    for key in TRANSLATOR_FIELDS:
        field = header.extra.get(key)
        if field is not None and field.value.strip():
            return field.value.strip()
    return None


def _title_stmt(em: Emitter, article: Article, article_id: str, version: str) -> None:
    """The titles (the English one typed as a translation: the newspaper printed the Chinese),
    the encoder, and who translated the English, or that it is unknown."""
    em.open("titleStmt")
    for value, lang in _titles(article.header):
        em.leaf("title", text(value), {"type": "main" if lang == "zh-Hans" else "translated", "xml:lang": lang})
    em.open("respStmt")
    em.leaf("resp", "TEI encoding")
    em.leaf("name", text(encoder_name(version)))
    em.close()
    if article.text("en") is not None:
        em.open("respStmt", {"xml:id": f"{article_id}.resp.translation"})
        named = translator(article.header)
        if named is None:
            em.leaf("resp", text(TRANSLATION_UNKNOWN))
            em.leaf("name", "unknown")
        else:
            em.leaf("resp", "translation into English, as the source's header names it")
            em.leaf("name", text(named))
        em.close()
    em.close()


def _publication_stmt(em: Emitter, article: Article, article_id: str, project: Project) -> None:
    """Publisher, distributor, identifiers, licence and date of the TEI, from the configuration."""
    em.open("publicationStmt")
    em.leaf("publisher", text(publisher(project)))
    if project.distributor:
        em.leaf("distributor", text(project.distributor))
    em.leaf("idno", text(article_id), {"type": "local"})
    pid = project.identifier(article_id)
    if pid is not None and project.scheme is not None:
        em.leaf("idno", text(pid), {"type": project.scheme})
    elif project.scheme is None:
        em.leaf("idno", text(unset("identifier scheme", "[identifier] scheme")), {"type": "unset"})
    em.open("availability", {"status": project.availability})
    licence = {"target": project.licence_uri} if project.licence_uri else None
    em.leaf("licence", text(licence_text(project)), licence)
    translated = " and its translation" if article.text("en") is not None else ""
    em.leaf("p", text(RIGHTS.format(f"the article{translated}")))
    em.close()
    em.leaf("date", text(project.date), {"when": project.date})
    em.close()


def _source_desc(em: Emitter, article: Article, article_id: str, project: Project) -> None:
    header = article.header
    em.open("sourceDesc")
    em.open("biblStruct", {"type": "newspaperArticle"})
    em.open("analytic")
    for value, lang in _titles(header):
        attrib = {"level": "a", "xml:lang": lang} | ({"type": "translated"} if lang == "en" else {})
        em.leaf("title", text(value), attrib)
    for field, lang in ((header.author_zh, "zh-Hans"), (header.author_en, "en")):
        if field is not None:
            em.leaf("author", text(field.value), {"xml:lang": lang})
    em.close()
    _monogr(em, article, article_id)
    if header.column is not None:
        em.leaf("note", text(header.column.value), {"type": "column", "xml:lang": "zh-Hans"})
    for key, field in sorted(header.extra.items()):
        em.leaf("note", text(field.value), {"type": "source-field", "n": key})
    em.close()
    if header.provenance is not None:
        _source_file(em, header.provenance, project)
    em.close()


def _source_file(em: Emitter, provenance: Provenance, project: Project) -> None:
    """The file the article was converted from: its form, the corpus it belongs to (and the
    corpus's commit when the configuration knows it), its path relative to the input named on
    the command line, and the SHA-256 of its bytes (so a reader can find and check it)."""
    em.open("bibl", {"type": "source-file"})
    em.leaf("title", text(SOURCE_FORMS[provenance.form]))
    em.leaf("idno", text(provenance.form.value), {"type": "format"})
    corpus = project.corpus(provenance.form.value)
    key = f"[sources.{provenance.form.value}] corpus"
    em.leaf(
        "idno",
        text(corpus.name if corpus else unset(f"corpus for {provenance.form.value} files", key)),
        {"type": "corpus"},
    )
    if corpus is not None and corpus.url:
        em.leaf("idno", text(corpus.url), {"type": "corpus-url"})
    em.leaf("idno", text(provenance.path), {"type": "path"})
    if corpus is not None and corpus.commit:
        em.leaf("idno", text(corpus.commit), {"type": "commit"})
    em.leaf("idno", text(provenance.sha256), {"type": "sha256"})
    if corpus is None or not corpus.commit:
        em.leaf("note", "The commit of the corpus this file was taken from is not recorded.", {"type": "commit"})
    em.close()


def _monogr(em: Emitter, article: Article, article_id: str) -> None:
    """The newspaper: its name, its editors in the source's words when they speak in the
    article, the issue (place of publication when known, date) and page."""
    header = article.header
    em.open("monogr")
    em.leaf("title", text(NEWSPAPER["zh-Hans"]), {"level": "j", "xml:lang": "zh-Hans"})
    em.leaf("title", text(NEWSPAPER["en"]), {"level": "j", "type": "alt", "xml:lang": "en"})
    words = editors(article)
    if words is not None:
        em.open("respStmt", {"xml:id": editors_id(article_id)})
        em.leaf("resp", "editorial remarks (named as the source names them)")
        em.leaf("name", text(words[0]), {"xml:lang": words[1]})
        em.close()
    date = header.date.value if header.date else ""
    em.open("imprint")
    pub_place(em, date)
    em.leaf("date", text(date), {"when": date})
    em.close()
    if header.page is not None:
        scope = {"unit": "page"}
        if header.page.value.isdigit():
            scope["n"] = header.page.value
        scope["xml:lang"] = "zh-Hans"
        em.leaf("biblScope", text(f"第{header.page.value}版"), scope)
    em.close()


def _revision_desc(em: Emitter, article: Article, article_id: str, version: str, project: Project) -> None:
    """The conversion, dated (configuration, SOURCE_DATE_EPOCH or the release date: never the
    clock) and pointing to the converter. A reviewer's change goes after it (README, deposit)."""
    source_name = article.path.replace("\\", "/").rsplit("/", 1)[-1]
    em.open("revisionDesc")
    attrib = {"when": project.date, "who": f"#{encoder_id(article_id)}"}
    em.leaf(
        "change",
        text(f"Converted from {source_name} by {encoder_name(version)}; no person has reviewed this file."),
        attrib,
    )
    em.close()
