"""The deposit check: an article's header against the deposit checklist of the README.

Each item of the checklist is one function below and one diagnostic code (V201–V207); a
document passes when none reports. The checks read the TEI as written (any encoder output, or
a file edited after conversion, e.g. with a reviewer's ``change``), never the source:

1. V201 no header value is unset (``unset: …``, ``idno type="unset"``) or a placeholder;
2. V202 the publication statement names a publisher, a licence with its URI and text, the
   file's identifier and the date;
3. V203 the source file's provenance is complete: form, corpus, path, SHA-256, and the
   corpus's commit or a note that it is not recorded;
4. V204 a translation's provenance is stated (a translator, or ``unknown``) and its title is
   typed as a translation;
5. V205 every ``change`` is dated (``@when``) and points (``@who``) to its agent in the header:
   the converter's application, or a reviewer's ``respStmt``;
6. V206 ``langUsage``, ``editorialDecl``, ``tagsDecl``, ``extent`` and ``creation`` hold for this
   file: the languages used and only those, no paragraph on a feature the file lacks, the tag
   counts and characters of the text as they are, the issue date;
7. V207 every signed letter has a ``correspDesc`` with its sender and its addressee (or a note
   that the letter names none).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from lxml import etree

from .. import xmlsafe
from ..diagnostics import Diagnostic, Level
from ..tei import TEI_NS

_NS = {"t": TEI_NS}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
#: Words that betray a placeholder rather than a configured value.
_PLACEHOLDERS = re.compile(
    r"^(?:encoder project|todo|tbd|placeholder|xxx+|n/?a|none|example)\b|example\.(?:org|com)", re.I
)
_UNSET = "unset:"
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
_SPACE = re.compile(r"\s+")
#: What each editorialDecl paragraph's opening claims, and the markup of the text that must hold it.
_CLAIMS = (
    ("Intertitles are", './/t:body//t:div[@type="section"]'),
    ("Letters, telegrams", './/t:body//t:div[@type="letter"]'),
    ("Unsigned text after", './/t:body//t:div[@type="item"]'),
    ("The newspaper's editorial remarks", './/t:body//t:note[@type="editorial"]'),
    ("Credit lines are", './/t:body//t:note[@type="source"]'),
    ("The translator's notes", './/t:body//t:note[@type="translator"]'),
    ("Names of persons", ".//t:body//t:persName | .//t:body//t:placeName | .//t:body//t:orgName"),
    ("Dates are date", ".//t:body//t:date"),
    ("The two languages are aligned", './/t:standOff/t:linkGrp[@type="translation"]'),
)


def _at(path: str, element: etree._Element, code: str, message: str) -> Diagnostic:
    return Diagnostic(Level.ERROR, code, message, path, element.sourceline or 0, 1)


def _x(element: etree._Element, expression: str) -> list[etree._Element]:
    return list(element.xpath(expression, namespaces=_NS))


def _text(element: etree._Element) -> str:
    return "".join(element.itertext()).strip()


def check_tree(tree: etree._ElementTree, path: str) -> list[Diagnostic]:
    """The checklist items ``tree`` (a TEI article, or a teiCorpus: its header's publisher and
    licence, then each member embedded) fails, one diagnostic per failure."""
    root = tree.getroot()
    header = root.find("t:teiHeader", _NS)
    if root.tag == f"{{{TEI_NS}}}teiCorpus" and header is not None:
        statement = header.find("t:fileDesc/t:publicationStmt", _NS)
        found = _unset(root, header, path)
        if statement is None or not _x(statement, "t:publisher[normalize-space()]"):
            found.append(_at(path, header, "V202", "the corpus names no publisher"))
        if not _x(header, "t:fileDesc/t:publicationStmt/t:availability/t:licence[starts-with(@target, 'http')]"):
            found.append(_at(path, header, "V202", "the corpus has no licence with a URI (@target)"))
        for member in root.iterfind("t:TEI", _NS):
            found.extend(_article(member, path))
        return found
    return _article(root, path)


def _article(root: etree._Element, path: str) -> list[Diagnostic]:
    header = root.find("t:teiHeader", _NS)
    if root.tag != f"{{{TEI_NS}}}TEI" or header is None:
        return [_at(path, root, "V202", "not a TEI article with a teiHeader")]
    found: list[Diagnostic] = []
    for check in (_unset, _publication, _provenance, _translation, _changes, _profile, _tags, _letters):
        found.extend(check(root, header, path))
    return found


def check_file(path: str | Path) -> list[Diagnostic]:
    """The checklist items the TEI file at ``path`` fails (V202 when it cannot be read)."""
    try:
        tree = xmlsafe.parse_file(path, huge=True)
    except xmlsafe.Refused as refused:
        return refused.diagnostics
    except (OSError, etree.XMLSyntaxError) as exc:
        return [Diagnostic(Level.ERROR, "V202", f"cannot read the file: {exc}", str(path))]
    return check_tree(tree, str(path))


def _unset(root: etree._Element, header: etree._Element, path: str) -> list[Diagnostic]:
    """1. No unset value, no placeholder."""
    found = []
    for element in header.iter("{*}*"):
        own = (element.text or "").strip()
        if own.startswith(_UNSET) or element.get("type") == "unset":
            found.append(_at(path, element, "V201", f"{etree.QName(element).localname} is unset: {own}"))
        elif (
            own
            and _PLACEHOLDERS.search(own)
            and etree.QName(element).localname in ("publisher", "distributor", "licence", "idno", "name")
        ):
            found.append(_at(path, element, "V201", f"{etree.QName(element).localname} holds a placeholder: {own!r}"))
    return found


def _publication(root: etree._Element, header: etree._Element, path: str) -> list[Diagnostic]:
    """2. Publisher, licence (URI and text), identifier, date."""
    statement = header.find("t:fileDesc/t:publicationStmt", _NS)
    if statement is None:
        return [_at(path, header, "V202", "no publicationStmt")]
    found = []
    publisher = statement.find("t:publisher", _NS)
    if publisher is None or not _text(publisher):
        found.append(_at(path, statement, "V202", "no publisher"))
    licence = statement.find("t:availability/t:licence", _NS)
    if licence is None or not _text(licence) or not (licence.get("target") or "").startswith(("http://", "https://")):
        found.append(
            _at(path, statement if licence is None else licence, "V202", "no licence with a URI (@target) and its text")
        )
    if not _x(statement, f't:idno[@type="local"][. = "{root.get(_XML_ID)}"]'):
        found.append(_at(path, statement, "V202", 'no idno type="local" equal to the root id'))
    if not _x(statement, "t:date[@when]"):
        found.append(_at(path, statement, "V202", "no publication date (date @when)"))
    return found


def _provenance(root: etree._Element, header: etree._Element, path: str) -> list[Diagnostic]:
    """3. The source file: form, corpus, path, SHA-256, commit or its absence."""
    bibl = header.find('t:fileDesc/t:sourceDesc/t:bibl[@type="source-file"]', _NS)
    if bibl is None:
        return [_at(path, header, "V203", 'no sourceDesc/bibl type="source-file"')]
    missing = [
        kind
        for kind in ("format", "corpus", "path", "sha256")
        if not _x(bibl, f't:idno[@type="{kind}"][normalize-space()]')
    ]
    sha = _x(bibl, 't:idno[@type="sha256"]')
    if sha and not re.fullmatch(r"[0-9a-f]{64}", _text(sha[0])):
        missing.append("sha256 (64 hex digits)")
    if not _x(bibl, 't:idno[@type="commit"] | t:note[@type="commit"]'):
        missing.append("commit (or a note that it is not recorded)")
    return [_at(path, bibl, "V203", f"the source file's provenance lacks: {', '.join(missing)}")] if missing else []


def _translation(root: etree._Element, header: etree._Element, path: str) -> list[Diagnostic]:
    """4. Who translated (or unknown), and the English title typed as a translation."""
    if not _x(root, 't:text/t:body/t:div[@type="translation"]'):
        return []
    found = []
    stated = _x(header, 't:fileDesc/t:titleStmt/t:respStmt[contains(t:resp, "translation")][t:name[normalize-space()]]')
    if not stated:
        found.append(_at(path, header, "V204", "the translation's provenance (translator or 'unknown') is not stated"))
    for title in _x(header, 't:fileDesc/t:titleStmt/t:title[@xml:lang="en"]'):
        if title.get("type") != "translated" and _x(root, 't:text/t:body/t:div[@type="original"]'):
            found.append(_at(path, title, "V204", 'the English title of a translated article is not type="translated"'))
    return found


def _changes(root: etree._Element, header: etree._Element, path: str) -> list[Diagnostic]:
    """5. Each change dated and pointing to its agent (an application or a respStmt of the header)."""
    changes = _x(header, "t:revisionDesc/t:change")
    if not changes:
        return [_at(path, header, "V205", "no revisionDesc/change")]
    agents = {
        element.get(_XML_ID) for element in _x(header, ".//t:application | .//t:respStmt") if element.get(_XML_ID)
    }
    found = []
    for change in changes:
        when, who = change.get("when") or "", change.get("who") or ""
        if not _ISO_DAY.match(when):
            found.append(_at(path, change, "V205", f"change is not dated with a day (when={when!r})"))
        pointed = [p[1:] for p in who.split() if p.startswith("#")]
        if not pointed or any(p not in agents for p in pointed):
            found.append(
                _at(
                    path,
                    change,
                    "V205",
                    f"change's who={who!r} does not point to an application or respStmt of the header",
                )
            )
    return found


def _characters(division: etree._Element) -> int:
    return len(_SPACE.sub("", "".join(division.itertext())))


def _profile(root: etree._Element, header: etree._Element, path: str) -> list[Diagnostic]:
    """6a. Languages, extent, creation date and editorial declaration of this file."""
    found = []
    used = {element.get(_XML_LANG) for element in root.iter() if element.get(_XML_LANG)}
    declared = {element.get("ident") for element in _x(header, "t:profileDesc/t:langUsage/t:language")}
    if used != declared:
        found.append(
            _at(path, header, "V206", f"langUsage declares {sorted(declared)} but the file uses {sorted(used)}")
        )
    divisions = {d.get(_XML_LANG): d for d in _x(root, "t:text/t:body/t:div")}
    for language in _x(header, "t:profileDesc/t:langUsage/t:language"):
        if "translation" in _text(language) and language.get("ident") != "mul" and "en" not in divisions:
            found.append(_at(path, language, "V206", "langUsage claims a translation the file does not hold"))
    measures = {m.get(_XML_LANG): m for m in _x(header, "t:fileDesc/t:extent/t:measure[@unit='characters']")}
    for lang, division in divisions.items():
        measure = measures.get(lang)
        if measure is None or measure.get("quantity") != str(_characters(division)):
            found.append(
                _at(
                    path,
                    header if measure is None else measure,
                    "V206",
                    f"extent does not give the {_characters(division)} characters of the {lang} text",
                )
            )
    issue = _x(header, "t:fileDesc/t:sourceDesc/t:biblStruct/t:monogr/t:imprint/t:date/@when")
    if issue and issue != _x(header, "t:profileDesc/t:creation/t:date/@when"):
        found.append(_at(path, header, "V206", f"creation/date does not give the issue date {issue[0]}"))
    decl = header.find("t:encodingDesc/t:editorialDecl", _NS)
    paragraphs = [] if decl is None else [_text(p) for p in decl.findall("t:p", _NS)]
    if not paragraphs:
        found.append(_at(path, header, "V206", "no editorialDecl paragraph"))
    for claim, evidence in _CLAIMS:
        if any(claim in paragraph for paragraph in paragraphs) and not _x(root, evidence):
            found.append(
                _at(
                    path,
                    decl if decl is not None else header,
                    "V206",
                    f"editorialDecl says {claim!r}… but the file holds no such markup",
                )
            )
    return found


def _tags(root: etree._Element, header: etree._Element, path: str) -> list[Diagnostic]:
    """6b. tagsDecl counts the elements of the text as they are."""
    text = root.find("t:text", _NS)
    declared = {u.get("gi"): u.get("occurs") for u in _x(header, "t:encodingDesc/t:tagsDecl/t:namespace/t:tagUsage")}
    if text is None:
        return []
    actual = Counter(etree.QName(element).localname for element in text.iter("{*}*"))
    if declared != {gi: str(count) for gi, count in actual.items()}:
        wrong = sorted(set(declared.items()) ^ {(gi, str(count)) for gi, count in actual.items()})
        return [_at(path, header, "V206", f"tagsDecl differs from the text's elements: {wrong[:6]}")]
    return []


def _letters(root: etree._Element, header: etree._Element, path: str) -> list[Diagnostic]:
    """7. Every signed letter of the first division: a correspDesc with sender and addressee."""
    divisions = _x(root, "t:text/t:body/t:div")
    if not divisions:
        return []
    found = []
    described = {
        ref.lstrip("#"): desc
        for desc in _x(header, "t:profileDesc/t:correspDesc")
        for ref in (desc.get("ref") or "").split()
    }
    # a party's name; a placeName after the date is where the letter was sent from, not a party
    names = "*[normalize-space()][self::t:name or self::t:persName or self::t:orgName or "
    names += "(self::t:placeName and not(preceding-sibling::t:date))]"
    for letter in _x(divisions[0], './/t:div[@type="letter"][t:closer/t:signed]'):
        desc = described.get(letter.get(_XML_ID) or "")
        if desc is None:
            found.append(_at(path, letter, "V207", "a signed letter has no correspDesc"))
            continue
        if not _x(desc, f't:correspAction[@type="sent"][{names}]'):
            found.append(_at(path, desc, "V207", "correspDesc names no sender"))
        if not _x(desc, f't:correspAction[@type="received"][{names} or t:note[normalize-space()]]'):
            found.append(_at(path, desc, "V207", "correspDesc names no addressee (nor says the letter names none)"))
    return found
