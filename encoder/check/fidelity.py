"""Fidelity gate: the text of each language division must equal that language's source text.

Normalisation (documented in the TEI's editorialDecl): Chinese is compared with all white
space removed (indentation and alignment padding are layout, not text); English is compared
as the sequence of its white-space separated words. Everything else must match exactly.
"""

from __future__ import annotations

from lxml import etree

from ..diagnostics import Diagnostic, Reporter
from ..ingest.reader import Source
from ..model import Article
from ..tei import TEI_NS, XML_ID


def _units(text: str, lang: str) -> list[str] | str:
    """What is compared: English words, or Chinese text without white space."""
    return text.split() if lang == "en" else "".join(text.split())


def _source_units(source: Source, lines: range, lang: str) -> list[tuple[str, int, int]]:
    """The comparison units of the source lines, each with its line and column."""
    units: list[tuple[str, int, int]] = []
    for number in lines:
        line = source.line(number)
        if lang == "en":
            column = 0
            for word in line.split():
                column = line.index(word, column)
                units.append((word, number, column + 1))
                column += len(word)
        else:
            units.extend((char, number, column) for column, char in enumerate(line, 1) if not char.isspace())
    return units


#: The text nodes and line breaks of an element, in document order (one query, run in C).
_TEXT_AND_BREAKS = etree.XPath(".//text() | .//t:lb", namespaces={"t": TEI_NS}, smart_strings=False)
_HAS_BREAK = etree.XPath("boolean(.//t:lb)", namespaces={"t": TEI_NS})


_LB = f"{{{TEI_NS}}}lb"


def text_reference(element: etree._Element, line_break: str) -> str:
    """The plain form of :func:`_all_text` (``line_break=""``) and :func:`division_text`
    (``line_break=" "``), the reference their fast forms are tested against: the text of the
    element and of every element below it in document order, ``line_break`` for each ``lb``;
    comments and processing instructions add nothing but the text after them."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(line_break if child.tag == _LB else "")
            parts.append(text_reference(child, line_break))
        parts.append(child.tail or "")
    return "".join(parts)


def _all_text(element: etree._Element) -> str:
    """All text inside an element: libxml2's text output (fast form of :func:`text_reference`)."""
    return etree.tostring(element, method="text", encoding=str, with_tail=False)


def division_text(element: etree._Element) -> str:
    """All text inside an element; ``lb`` counts as a space, other markup adds nothing (fast
    form of :func:`text_reference`: one XPath query)."""
    if not _HAS_BREAK(element):
        return _all_text(element)
    return "".join(node if node.__class__ is str else " " for node in _TEXT_AND_BREAKS(element))


def check(source: Source, article: Article, tree: etree._ElementTree, reporter: Reporter) -> list[Diagnostic]:
    """Compare every language division of ``tree`` with ``source``; report each mismatch as F001."""
    found: list[Diagnostic] = []
    root = tree.getroot()
    divisions = {d.get(XML_ID): d for d in root.iterfind("{*}text/{*}body/{*}div")}
    for text in article.texts:
        division = divisions.get(text.id)
        lang = text.short
        # Chinese is compared without white space, so a line break's space does not count there
        text_of = _all_text if lang == "zh" else division_text
        actual = _units(text_of(division), lang) if division is not None else []
        lines = "\n".join(source.lines[number - 1] for number in text.source_lines)
        if actual == _units(lines, lang):  # the usual case: no positions needed
            continue
        actual = list(actual)
        expected = _source_units(source, text.source_lines, lang)
        index = next(
            (i for i, (a, (b, _, _)) in enumerate(zip(actual, expected, strict=False)) if a != b),
            min(len(actual), len(expected)),
        )
        line, column = (
            (expected[index][1], expected[index][2])
            if index < len(expected)
            else (text.source_lines[-1] if text.source_lines else 0, 1)
        )
        joiner = " " if lang == "en" else ""
        have = joiner.join(u for u, _, _ in expected[index : index + 8]) or "(end of text)"
        got = joiner.join(actual[index : index + 8]) or "(end of text)"
        found.append(
            reporter.error(
                "F001",
                f"the {text.lang} text of the TEI differs from the source here: source has {have!r}, "
                f"TEI has {got!r} ({len(expected)} units in the source, {len(actual)} in the TEI)",
                line,
                column,
            )
        )
    return found
