"""The rules of ``schema/encoder.sch``, decided natively for one TEI article.

The Schematron stays the statement of the rules and the source of the messages. But running
it through XSLT costs more than parsing and RELAX NG validation together, and
``encoder convert`` validates every article it writes (``encoder validate`` every file it is
given). This module gives the same verdict from one walk over the attributes, a few XPath
queries and set operations (``bench/validate.py`` measures both); where it finds a problem the caller
runs the Schematron for the messages. ``tests/check/test_conformance.py`` checks that both agree on
every fixture, golden file and converted sample, and on one mutation per rule.
"""

from __future__ import annotations

from collections import Counter

from lxml import etree

from ..tei import TEI_NS, XML_ID, XML_LANG, T

_NS = {"t": TEI_NS}


def _xpath(expression: str) -> etree.XPath:
    return etree.XPath(expression, namespaces=_NS, smart_strings=False)


_BODY_IDS = _xpath("//t:body//*/@xml:id")
_DECLARED = _xpath("t:teiHeader/t:profileDesc/t:langUsage/t:language/@ident")
#: Pointer attributes (V101); a licence's @target is a web address, not a pointer.
_POINTERS = frozenset({"ref", "resp", "target", "corresp", "who", "domains"})
#: What each attribute the rules look at is (one dictionary look-up an attribute).
_ID, _LANG, _POINTER, _TARGET = "id", "lang", "pointer", "target"
_KINDS = {XML_ID: _ID, XML_LANG: _LANG, **{name: _POINTER for name in _POINTERS - {"target"}}, "target": _TARGET}
_LICENCE, _LINK, _BODY, _DIV = T + "licence", T + "link", T + "body", T + "div"
#: V106 and V107, as the Schematron states them.
_ROOT_ID_AGREES = _xpath(
    "starts-with(@xml:id, concat('rmrb-', "
    "t:teiHeader/t:fileDesc/t:sourceDesc/t:biblStruct/t:monogr/t:imprint/t:date/@when))"
    " and t:teiHeader/t:fileDesc/t:publicationStmt/t:idno[@type='local'] = @xml:id"
)


def _shape(divisions: list[etree._Element]) -> tuple[int, int, int]:
    """The sections, letters and sections inside letters below ``divisions`` (V104, V108)."""
    sections: set[etree._Element] = set()
    letters: set[etree._Element] = set()
    inside: set[etree._Element] = set()
    for division in divisions:
        for div in division.iter(_DIV):
            kind = div.get("type")
            if div is division or kind not in ("section", "letter"):
                continue
            (sections if kind == "section" else letters).add(div)
            if kind == "letter":
                inside.update(d for d in div.iter(_DIV) if d is not div and d.get("type") == "section")
    return len(sections), len(letters), len(inside)


def conforms(tree: etree._ElementTree) -> bool | None:
    """Whether a ``TEI`` document keeps every rule of ``encoder.sch``; None when the root is not
    ``TEI`` (a teiCorpus: ask the Schematron)."""
    root = tree.getroot()
    if root.tag != T + "TEI":
        return None
    root_id = root.get(XML_ID)
    if root_id is None or not _ROOT_ID_AGREES(root):  # V106, V107
        return False
    # One walk over the attributes (a dozen XPath queries would cost twice as much).
    below, langs, pointers, targets = [], set(), [], []
    kinds = _KINDS
    for element in root.iter(etree.Element):
        for name, value in element.items():
            kind = kinds.get(name)
            if kind is None:
                continue
            if kind is _ID:
                below.append(value)
            elif kind is _LANG:
                langs.add(value)
            elif kind is _POINTER:
                pointers.append(value)
            else:  # a target: of a link (V105, V109), not of a licence
                tag = element.tag
                if tag != _LICENCE:
                    pointers.append(value)
                    if tag == _LINK:
                        targets.append(value.split())
    ids = set(below)
    below.remove(root_id)
    # V101: as many pointers (#) as distinct ids they reach
    for value in pointers:
        if value[:1] == "#" and value[1:] in ids:  # the usual pointer: one id
            continue
        if value.count("#") != len({token for token in value.replace("#", "").split() if token in ids}):
            return False
    # V102: every xml:lang declared in langUsage
    if not langs <= set(_DECLARED(root)):
        return False
    # V103: every other id starts with the root id and a full stop
    prefix = root_id + "."
    if any(not value.startswith(prefix) for value in below):
        return False
    # V104, V108: mirrored sections and letters
    for body in root.iter(_BODY):
        zh = [d for d in body if d.tag == _DIV and d.get("type") == "original"]
        en = [d for d in body if d.tag == _DIV and d.get("type") == "translation"]
        if zh and en and _shape(zh) != _shape(en):
            return False
    # V109: at most five targets a link; V105: a block of the body in one link at most
    if any(len(tokens) > 5 for tokens in targets):
        return False
    uses = Counter(token for tokens in targets for token in set(tokens[:5]))
    shared = {token for token, count in uses.items() if count > 1}
    return not shared or not shared & {"#" + value for value in _BODY_IDS(root)}
