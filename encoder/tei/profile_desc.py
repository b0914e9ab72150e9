"""The parts of an article's header written from what the file holds: the extent, the place of
publication, the encoding description (applications, the tags used and how often, the
editorial declaration of the features this file has) and the profile (creation date, the
languages used and how much, the correspondence of its letters).

Nothing here is the same text in every file by default: a paragraph of the editorial
declaration, a language or a tag count is written only when the file holds what it describes.
"""

from __future__ import annotations

import re
from collections import Counter

from ..lazy_re import lazy
from ..model import Article, Block, BlockKind, Correspondence, Party, PhraseKind, walk
from . import TEI_NS
from .xmltext import Emitter, text

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

#: Where the People's Daily was published, for the issue dates this module is sure of
#: (first day, last day, Chinese, English). Sources read for these (2026-11-30): the paper was
#: founded in Handan (邯郸火磨街) on 1946-05-15 (handanwenhua.net 2020-07-16 and 2021-06-01;
#: fx361.cc 2018-07-27); it moved to Wu'an (武安) in June 1946, its first Wu'an issue dated
#: 1946-07-01 (a report of the 2011 Wu'an exhibition, bbs.wa8688.com); merged with the
#: Jin-Cha-Ji Daily on 1948-06-15 and made in Lizhuang, Pingshan (平山里庄; another account
#: places the office in Dongjiao, Luquan); moved to Beiping (北平) on 1949-03-15
#: (blackcollegiateintl.com, quoting the paper's history), the city renamed Beijing (北京)
#: on 1949-09-27. Only the Handan and Beiping/Beijing spans are written: the Wu'an date rests
#: on one report and the 1948-49 place is disputed, so those issues get no place.
PLACES = (
    ("1946-05-15", "1946-06-30", "邯郸", "Handan"),
    ("1949-03-15", "1949-09-26", "北平", "Beiping"),
    ("1949-09-27", "9999-12-31", "北京", "Beijing"),
)
#: The newspaper's editors as the source names them in its editorial remarks.
_EDITORS_ZH = lazy(r"本报编辑部|本报编者|编辑部|编者")
_EDITORS_EN = lazy(r"\b(?:[Tt]he )?[Ee]ditors?(?:ial [Dd]epartment)?(?: of (?:this|the) newspaper)?\b")
#: A start tag in the written markup (text is escaped, so "<" starts only tags).
_START_TAG = lazy(r"<([A-Za-z][A-Za-z0-9]*)[\s/>]")
_SPACE = lazy(r"\s+")
_LANG_NAMES = {"zh-Hans": "Chinese", "en": "English"}


def encoder_id(article_id: str) -> str:
    """The id of the converter's application, the agent of the conversion's change."""
    return f"{article_id}.app.encoder"


def editors(article: Article) -> tuple[str, str] | None:
    """The newspaper's editors in the source's own words and their language (None: the article
    has no editorial remark). ``本报编者`` stays ``本报编者``: no department is guessed."""
    remarks = [(t.lang, b.text) for t in article.texts for b in t.blocks if b.kind is BlockKind.EDITORIAL]
    if not remarks:
        return None
    for lang, pattern in (("zh-Hans", _EDITORS_ZH), ("en", _EDITORS_EN)):
        for remark_lang, remark in remarks:
            found = pattern.search(remark) if remark_lang.startswith(lang[:2]) else None
            if found:
                return found.group(0), lang
    return "the newspaper's editors (the remarks do not name them)", "en"


def pub_place(em: Emitter, date: str) -> None:
    """The place of publication of the issue of ``date``, where it is known (see :data:`PLACES`)."""
    for first, last, zh, en in PLACES:
        if first <= date <= last:
            em.leaf("pubPlace", text(zh), {"xml:lang": "zh-Hans"})
            em.leaf("pubPlace", text(en), {"xml:lang": "en"})
            return


def characters(article: Article) -> dict[str, int]:
    """The characters of each language division (white space excluded), as the file holds them."""
    counts: dict[str, int] = {}
    for division in article.texts:
        blocks = [part for part, _ in walk(division) if isinstance(part, Block)]
        counts[division.lang] = sum(len(_SPACE.sub("", block.text)) for block in blocks)
    return counts


def extent(em: Emitter, article: Article) -> None:
    """The size of the file's text: characters per language."""
    em.open("extent")
    for lang, count in characters(article).items():
        shown = f"{count}字" if lang == "zh-Hans" else f"{count} characters"
        em.leaf("measure", text(shown), {"unit": "characters", "quantity": str(count), "xml:lang": lang})
    em.close()


def tag_counts(body: str) -> dict[str, int]:
    """How often each element occurs in the written ``text`` markup."""
    return dict(sorted(Counter(_START_TAG.findall(body)).items()))


def encoding_desc(em: Emitter, article: Article, article_id: str, version: str, body: str) -> None:
    """The converter, the taggers that left tags in this article, the tags used and the
    editorial declaration of what this file holds."""
    em.open("encodingDesc")
    em.open("appInfo")
    em.open("application", {"xml:id": encoder_id(article_id), "ident": "encoder", "version": version})
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
    em.open("tagsDecl")
    em.open("namespace", {"name": TEI_NS})
    for gi, occurs in tag_counts(body).items():
        em.leaf("tagUsage", None, {"gi": gi, "occurs": str(occurs)})
    em.close()
    em.close()
    em.open("editorialDecl")
    for paragraph in editorial_decl(article, body):
        em.leaf("p", text(paragraph))
    em.close()
    em.close()


def _structure(article: Article, body: str) -> str:
    said = []
    if any(t.headline is not None for t in article.texts):
        said.append("The headline the body repeats is the head of each language division.")
    if 'type="section"' in body:
        two = "; a two-line intertitle is one head with lb between its lines" if "<lb/>" in body else ""
        said.append(f'Intertitles are the head of a nested div type="section"{two}.')
        if _SECTION_BYLINE.search(body):
            said.append("A piece's writers printed under its intertitle are the byline after its head.")
    if 'type="letter"' in body:
        said.append(
            'Letters, telegrams and signed messages are div type="letter" with opener and closer '
            "(salute, signed, dateline)."
        )
    if 'type="item"' in body:
        said.append(
            'Unsigned text after signed messages is div type="item"; so is each piece of a page of short '
            "pieces split by its writers' bylines, the byline ending it (inside its section where the "
            "piece has a title)."
        )
    if "<epigraph>" in body:
        said.append("A quotation heading the article is an epigraph (cit: quote and its attribution).")
    return " ".join(said)


#: A section whose head is followed by a byline (the writers of a page's short piece).
_SECTION_BYLINE = lazy(r'type="section"[^>]*>\s*<head\b[^>]*>[^\n]*?</head>\s*<byline\b')


def _notes(body: str) -> str:
    said = []
    if 'type="editorial"' in body:
        said.append(
            'The newspaper\'s editorial remarks are note type="editorial" whose resp points to the '
            "newspaper's editors, named in the source's words."
        )
    if '<note type="source"' in body:
        said.append('Credit lines are note type="source".')
    if 'type="translator"' in body:
        said.append('The translator\'s notes are note type="translator".')
    if '<seg type="lead"' in body or '<seg type="credit"' in body:
        said.append('Leads and credits inside a paragraph are seg type="lead" and seg type="credit".')
    if 'rend="align(right)"' in body:
        said.append('Right-aligned paragraphs carry rend="align(right)".')
    return " ".join(said)


def _names(body: str) -> str:
    said = []
    if re.search(r"<(?:persName|placeName|orgName) ", body):
        said.append(
            "Names of persons, places and organisations are persName, placeName and orgName whose ref "
            "points to an entry of the article's registers in standOff; titles stand outside the name."
        )
        if re.search(r"<(?:persName|placeName|orgName) [^>]*resp=", body):
            said.append("Tags a statistical tagger made and no person reviewed carry resp (the tagger) and cert.")
    if "<date " in body:
        said.append("Dates are date with when in ISO 8601; cert marks a year or month taken from the issue date.")
    return " ".join(said)


def editorial_decl(article: Article, body: str) -> list[str]:
    """The paragraphs of the editorial declaration that hold for this file."""
    paragraphs = [_structure(article, body), _notes(body), _names(body)]
    if article.links:
        paragraphs.append(
            'The two languages are aligned block by block in standOff/linkGrp type="translation": each link '
            "targets the Chinese block(s) then the English block(s) (1:1, 1:2, 2:1); blocks with no "
            "counterpart are in no link; cert marks links that are not certain."
        )
    normalised = {
        "zh-Hans": "Chinese with all white space removed",
        "en": "English as a sequence of white-space separated words",
    }
    kept = "; ".join(normalised[t.lang] for t in article.texts if t.lang in normalised)
    paragraphs.append(
        "Indentation, alignment padding and line breaks of the source are not kept; all other characters "
        "are kept as in the source. The text of each language division equals the source text of that "
        f"language after white space normalisation: {kept}."
    )
    return [p for p in paragraphs if p]


def profile_desc(em: Emitter, article: Article, article_id: str) -> None:
    """The creation date (the issue's), the languages used, the correspondence of the letters."""
    em.open("profileDesc")
    date = article.header.date.value if article.header.date else None
    if date:
        em.open("creation")
        em.leaf("date", text(date), {"when": date})
        em.close()
    _lang_usage(em, article)
    for found in article.correspondence:
        _corresp_desc(em, article_id, found)
    em.close()


def _lang_usage(em: Emitter, article: Article) -> None:
    """The languages used: those of the body, with their share of its characters, and those of
    the header (English; the newspaper's name in Chinese), said as such."""
    counts = characters(article)
    total = sum(counts.values()) or 1
    em.open("langUsage")
    if len(article.texts) > 1:
        em.leaf("language", "several languages: the Chinese original and its English translation", {"ident": "mul"})
    for lang, body_part, header_part in (
        ("zh-Hans", "the original article", "the newspaper's name and page in the header"),
        ("en", "the translation", "the header"),
    ):
        usage = round(100 * counts.get(lang, 0) / total)
        name = _LANG_NAMES[lang] + (" in simplified script" if lang == "zh-Hans" else "")
        if lang in counts:
            said = f"{name}: {body_part} ({counts[lang]} characters) and {header_part}"
        else:
            said = f"{name}: {header_part} only (no {_LANG_NAMES[lang]} text in the body)"
        em.leaf("language", text(said), {"ident": lang, "usage": str(usage)})
    em.close()


_ELEMENTS = {PhraseKind.PERSON: "persName", PhraseKind.PLACE: "placeName", PhraseKind.ORG: "orgName"}


def _party(em: Emitter, article_id: str, party: Party, lang: str) -> None:
    """A party: its title as roleName, then its name (with @ref when it is in a register)."""
    if party.role:
        em.leaf("roleName", text(party.role), {"xml:lang": lang})
    attrib = {"xml:lang": lang}
    if party.entity is not None:
        attrib["ref"] = f"#{article_id}.{party.entity}"
    em.leaf(_ELEMENTS.get(party.kind, "name") if party.kind else "name", text(party.name), attrib)


def _corresp_desc(em: Emitter, article_id: str, found: Correspondence) -> None:
    """Who sent a letter to whom, and when and where when it says so."""
    em.open("correspDesc", {"ref": f"#{found.letter}"})
    em.open("correspAction", {"type": "sent"})
    for party in found.sender_parties or [Party(name) for name in found.senders]:
        _party(em, article_id, party, found.lang)
    if found.date is not None:
        attrib = {"when": found.date} | ({"cert": found.date_cert} if found.date_cert else {})
        em.leaf("date", text(found.date_text or found.date), attrib)
        if found.place is not None:
            em.leaf("placeName", text(found.place), {"xml:lang": found.lang})
    em.close()
    em.open("correspAction", {"type": "received"})
    for party in found.addressees:
        _party(em, article_id, party, found.lang)
    if not found.addressees:
        em.leaf("note", "The letter does not name its addressee in a salutation.")
    em.close()
    em.close()
