"""XML as text: the fast escapers agree with their reference forms and with lxml; the emitter
indents by nesting."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from encoder.tei.xmltext import Emitter, attr, attr_plain, text, text_plain

# Characters XML 1.0 allows (lxml refuses the others), with the escaped ones made frequent.
_XML_CHARS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
_VALUES = st.text(alphabet=_XML_CHARS | st.sampled_from("&<>\"'\t\n\r ;#"), max_size=40)


@settings(max_examples=400, deadline=None)
@given(_VALUES)
def test_text_escaping_is_the_reference_and_what_lxml_writes(value: str) -> None:
    element = etree.Element("a")
    element.text = value
    assert text(value) == text_plain(value)
    assert etree.tostring(element, encoding="unicode") == f"<a>{text(value)}</a>"


@settings(max_examples=400, deadline=None)
@given(_VALUES)
def test_attribute_escaping_is_the_reference_and_what_lxml_writes(value: str) -> None:
    element = etree.Element("a", b=value)
    assert attr(value) == attr_plain(value)
    assert etree.tostring(element, encoding="unicode") == f'<a b="{attr(value)}"/>'


@given(st.from_regex(r"[A-Za-z_][A-Za-z0-9._-]*", fullmatch=True))
def test_ncnames_need_no_escaping(value: str) -> None:
    """Ids and keys are NCNames: every escaper returns them as they are."""
    assert attr(value) == attr_plain(value) == text(value) == value


def test_emitter_indents_by_nesting_and_writes_empty_containers_empty() -> None:
    em = Emitter()
    em.open("a", {"n": "1"})
    em.open("b")
    em.leaf("c", "x & y")
    em.close()
    em.open("d")
    em.close()
    em.leaf("e", None, {"t": '"'})
    em.close()
    assert em.text() == '<a n="1">\n  <b>\n    <c>x & y</c>\n  </b>\n  <d/>\n  <e t="&quot;"/>\n</a>\n'


def test_emitter_refuses_unclosed_elements() -> None:
    em = Emitter()
    em.open("a")
    with pytest.raises(ValueError, match="unclosed elements: a"):
        em.text()
