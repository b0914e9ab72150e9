"""The text of TEI elements as the fidelity gate and the reader compare it with the source."""

from __future__ import annotations

from lxml import etree

from . import TEI_NS

_TEXT_AND_BREAKS = etree.XPath(".//text() | .//t:lb", namespaces={"t": TEI_NS}, smart_strings=False)
_HAS_BREAK = etree.XPath("boolean(.//t:lb)", namespaces={"t": TEI_NS})


def all_text(element: etree._Element) -> str:
    """All text inside an element, as libxml2's text output gives it."""
    return etree.tostring(element, method="text", encoding=str, with_tail=False)


def division_text(element: etree._Element) -> str:
    """All text inside an element; ``lb`` counts as a space, other markup adds nothing."""
    if not _HAS_BREAK(element):
        return all_text(element)
    return "".join(node if isinstance(node, str) else " " for node in _TEXT_AND_BREAKS(element))
