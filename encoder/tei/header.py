"""The teiHeader of an article, and the text it shares with the header of a corpus.

The header says what the article is (titles, authors, the issue, page and column), who
encoded it and how (the converter and the taggers that left tags, the editorial
declaration), which languages it uses, who sent its letters, and which file it came from.
Everything it says comes from the model; it decides nothing.
"""

from __future__ import annotations

from ..model import Article, BlockKind, Correspondence, Header, Provenance, SourceForm
from .xmltext import Emitter, text

PUBLISHER = "encoder project"
NEWSPAPER = {"zh-Hans": "人民日报", "en": "People's Daily"}
EDITORS = {"zh-Hans": "人民日报编辑部", "en": "Editorial Department of the People's Daily"}
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
#: The taggers that can leave tags in a document: ident, label, description.
TAGGERS = {
    "authority": (
        "encoder-authority",
        "encoder authority matcher",
        "Names of the authority file (source/authority.xml), longest match, both languages.",
    ),
    "jieba": ("jieba", "jieba 0.42.1", "Chinese persons, places and organisations (part-of-speech nr, ns, nt)."),
    "zh_ner": (
        "zh_ner",
        "zh_ner.crfsuite, a character CRF (python-crfsuite 0.9.12) trained on MSRA NER (People's Daily)",
        "Chinese persons, places and organisations; cert from the CRF's marginal probability of the name.",
    ),
    "spacy": ("spacy", "spaCy 3.8 with en_core_web_sm 3.8.0", "English PERSON, GPE, LOC and ORG entities."),
    "projection": (
        "encoder-projection",
        "encoder name projection",
        "A name of one language sought in the aligned block of the other (pinyin, authority forms).",
    ),
}
#: Taggers that are part of encoder: their version is the converter's.
_OWN_TAGGERS = frozenset({"authority", "projection", "zh_ner"})


def encoder_name(version: str) -> str:
    """Who did the encoding, as the respStmt names it."""
    return f"encoder {version}"


def licence(rights_of: str) -> str:
    """The licence of a file whose rights in ``rights_of`` are not cleared (an article, a corpus)."""
    return f"The TEI encoding is released under CC BY 4.0. The rights in {rights_of} are not cleared by this file."


def editors_id(article_id: str) -> str:
    """The id of the newspaper's editors, whom editorial notes point to."""
    return f"{article_id}.resp.editors"


def header(em: Emitter, article: Article, article_id: str, version: str) -> None:
    """Write the teiHeader of ``article`` (whose id is ``article_id``)."""
    em.open("teiHeader", {"xml:lang": "en"})
    em.open("fileDesc")
    _title_stmt(em, article.header, version)
    _publication_stmt(em, article_id)
    _source_desc(em, article, article_id)
    em.close()
    _encoding_desc(em, article, article_id, version)
    em.open("profileDesc")
    _lang_usage(em, len(article.texts) > 1)
    for found in article.correspondence:
        _corresp_desc(em, found)
    em.close()
    source_name = article.path.replace("\\", "/").rsplit("/", 1)[-1]
    em.open("revisionDesc")
    em.leaf("change", text(f"Converted from {source_name} by {encoder_name(version)}."))
    em.close()
    em.close()


def _titles(header: Header) -> list[tuple[str, str]]:
    """(title, language) of the article, Chinese first."""
    fields = ((header.title_zh, "zh-Hans"), (header.title_en, "en"))
    return [(field.value, lang) for field, lang in fields if field is not None]


def _title_stmt(em: Emitter, header: Header, version: str) -> None:
    em.open("titleStmt")
    for value, lang in _titles(header):
        em.leaf("title", text(value), {"type": "main", "xml:lang": lang})
    em.open("respStmt")
    em.leaf("resp", "TEI encoding")
    em.leaf("name", text(encoder_name(version)))
    em.close()
    em.close()


def _publication_stmt(em: Emitter, article_id: str) -> None:
    em.open("publicationStmt")
    em.leaf("publisher", text(PUBLISHER))
    em.leaf("idno", text(article_id), {"type": "local"})
    em.open("availability", {"status": "unknown"})
    em.leaf("licence", text(licence("the article and its translation")))
    em.close()
    em.close()


def _source_desc(em: Emitter, article: Article, article_id: str) -> None:
    header = article.header
    em.open("sourceDesc")
    em.open("biblStruct", {"type": "newspaperArticle"})
    em.open("analytic")
    for value, lang in _titles(header):
        em.leaf("title", text(value), {"level": "a", "xml:lang": lang})
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
        _source_file(em, header.provenance)
    em.close()


def _source_file(em: Emitter, provenance: Provenance) -> None:
    """The file the article was converted from: its form, its path relative to the input named
    on the command line, and the SHA-256 of its bytes (so a reader can find and check it)."""
    em.open("bibl", {"type": "source-file"})
    em.leaf("title", text(SOURCE_FORMS[provenance.form]))
    em.leaf("idno", text(provenance.form.value), {"type": "format"})
    em.leaf("idno", text(provenance.path), {"type": "path"})
    em.leaf("idno", text(provenance.sha256), {"type": "sha256"})
    em.close()


def _monogr(em: Emitter, article: Article, article_id: str) -> None:
    """The newspaper: its name, its editors when they speak in the article, the issue and page."""
    header = article.header
    em.open("monogr")
    em.leaf("title", text(NEWSPAPER["zh-Hans"]), {"level": "j", "xml:lang": "zh-Hans"})
    em.leaf("title", text(NEWSPAPER["en"]), {"level": "j", "type": "alt", "xml:lang": "en"})
    if any(block.kind is BlockKind.EDITORIAL for t in article.texts for block in t.blocks):
        em.open("respStmt", {"xml:id": editors_id(article_id)})
        em.leaf("resp", "editorial remarks and intertitles")
        for lang, name in EDITORS.items():
            em.leaf("orgName", text(name), {"xml:lang": lang})
        em.close()
    date = header.date.value if header.date else ""
    em.open("imprint")
    em.leaf("date", text(date), {"when": date})
    em.close()
    if header.page is not None:
        scope = {"unit": "page"}
        if header.page.value.isdigit():
            scope["n"] = header.page.value
        scope["xml:lang"] = "zh-Hans"
        em.leaf("biblScope", text(f"第{header.page.value}版"), scope)
    em.close()


def _encoding_desc(em: Emitter, article: Article, article_id: str, version: str) -> None:
    """The converter, the taggers that left tags in this article, the editorial declaration."""
    em.open("encodingDesc")
    em.open("appInfo")
    em.open("application", {"ident": "encoder", "version": version})
    em.leaf("label", "encoder")
    em.leaf("desc", text("Structure, ids and TEI writing of People's Daily articles."))
    em.close()
    for tagger, tagger_version in sorted(article.taggers.items()):
        ident, label, description = TAGGERS[tagger]
        shown = version if tagger in _OWN_TAGGERS else tagger_version
        em.open("application", {"xml:id": f"{article_id}.app.{tagger}", "ident": ident, "version": shown})
        em.leaf("label", text(label))
        em.leaf("desc", text(description))
        em.close()
    em.close()
    em.open("editorialDecl")
    for paragraph in EDITORIAL_DECL:
        em.leaf("p", text(paragraph))
    em.close()
    em.close()


def _lang_usage(em: Emitter, bilingual: bool) -> None:
    """The languages used: the header is English and always names the newspaper in Chinese too."""
    em.open("langUsage")
    for code in (["mul"] if bilingual else []) + ["zh-Hans", "en"]:
        em.leaf("language", text(LANGUAGES[code]), {"ident": code})
    em.close()


def _corresp_desc(em: Emitter, found: Correspondence) -> None:
    """Who sent a letter, and when and where when its closer says so."""
    em.open("correspDesc", {"ref": f"#{found.letter}"})
    em.open("correspAction", {"type": "sent"})
    for sender in found.senders:
        em.leaf("name", text(sender), {"xml:lang": found.lang})
    if found.date is not None:
        em.leaf("date", None, {"when": found.date})
        if found.place is not None:
            em.leaf("placeName", text(found.place), {"xml:lang": found.lang})
    em.close()
    em.close()
