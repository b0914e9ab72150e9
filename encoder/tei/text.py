"""The text of TEI elements as the fidelity gate and the reader compare it with the source."""

from __future__ import annotations

from lxml import etree

from . import TEI_NS

#: The text nodes and line breaks of an element, in document order (one query).
_TEXT_AND_BREAKS = etree.XPath(".//text() | .//t:lb", namespaces={"t": TEI_NS}, smart_strings=False)
_HAS_BREAK = etree.XPath("boolean(.//t:lb)", namespaces={"t": TEI_NS})
_LB = f"{{{TEI_NS}}}lb"


def text_reference(element: etree._Element, line_break: str) -> str:
    """The plain form of :func:`all_text` (``line_break=""``) and :func:`division_text`
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


def all_text(element: etree._Element) -> str:
    """All text inside an element: libxml2's text output (fast form of :func:`text_reference`)."""
    return etree.tostring(element, method="text", encoding=str, with_tail=False)


def division_text(element: etree._Element) -> str:
    """All text inside an element; ``lb`` counts as a space, other markup adds nothing (fast
    form of :func:`text_reference`: one XPath query)."""
    if not _HAS_BREAK(element):
        return all_text(element)
    return "".join(node if isinstance(node, str) else " " for node in _TEXT_AND_BREAKS(element))
