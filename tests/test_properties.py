"""Property tests: any article of Chinese lines keeps its text, is valid TEI and is deterministic."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from encoder.ingest.reader import decode
from encoder.run.pipeline import encode_source
from encoder.tei import XML_ID

cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
punct = st.sampled_from(list("，。！？：“”——、（）&<>]]>"))
sentence = st.text(alphabet=st.one_of(cjk, punct), min_size=1, max_size=60).map(str.strip).filter(bool)
indent = st.sampled_from(["    ", "　　", "            ", "                          "])
title = st.text(alphabet=cjk, min_size=2, max_size=12)


@st.composite
def articles(draw) -> bytes:
    head = draw(title)
    lines = [f"### {head}", draw(st.sampled_from(["", "方德"])), "1946-05-15", "第2版()", "专栏：", ""]
    lines.append(f"　　{head}")
    for _ in range(draw(st.integers(1, 8))):
        lines.append(draw(indent) + draw(sentence))
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    return ending.join(lines).encode("utf-8") + b"\r\n"


@settings(max_examples=60, deadline=None)
@given(data=articles())
def test_any_article_keeps_its_text_is_valid_and_deterministic(data: bytes, tei_all: etree.RelaxNG) -> None:
    source = decode(data, "gen.md")
    first = encode_source(source)
    assert first.tei is not None, [str(d) for d in first.diagnostics]
    assert encode_source(decode(data, "gen.md")).tei == first.tei
    root = etree.fromstring(first.tei)
    assert tei_all.validate(etree.ElementTree(root)), [e.message for e in tei_all.error_log]
    ids = [e.get(XML_ID) for e in root.iter() if e.get(XML_ID)]
    assert len(ids) == len(set(ids))
    assert all(i.startswith(root.get(XML_ID)) for i in ids)


@given(st.text(alphabet=st.sampled_from("ab 09５٣\u3000中x"), max_size=20) | st.text(max_size=20))
@settings(max_examples=300, deadline=None)
def test_has_digit_is_what_backslash_d_finds(text) -> None:
    import re

    from encoder.patterns import has_digit

    assert has_digit(text) == (re.search(r"\d", text) is not None)
