"""TEI namespace constants and the one element builder."""

from __future__ import annotations

from lxml import etree
from lxml.builder import ElementMaker

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
E = ElementMaker(namespace=TEI_NS, nsmap={None: TEI_NS})

XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"


#: The Clark-notation prefix of TEI element names: ``T + "p"`` is ``{http://www.tei-c.org/ns/1.0}p``.
T = f"{{{TEI_NS}}}"


def local(element: etree._Element) -> str:
    """The local name of an element."""
    return etree.QName(element).localname
