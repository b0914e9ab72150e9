"""Fidelity gate: every corpus file keeps its text; a TEI that lost text is caught with a position."""

from __future__ import annotations

import pytest
from lxml import etree

from encoder.check.fidelity import check
from encoder.diagnostics import Reporter
from encoder.ingest.reader import read_source
from encoder.run.pipeline import build_article, encode
from encoder.tei.writer import serialize, to_tei

from .conftest import RMRB, SEED

CORPUS = sorted(RMRB.glob("*.md"))


def test_corpus_has_all_37_files() -> None:
    assert len(CORPUS) == 37


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem[:20])
def test_corpus_file_converts_and_keeps_its_text(path) -> None:
    result = encode(path)
    errors = [str(d) for d in result.diagnostics if d.level >= 2]
    assert result.tei is not None and not errors, errors


@pytest.mark.parametrize("path", [SEED, *CORPUS[:5]], ids=lambda p: p.stem[:20])
def test_output_is_byte_identical_when_run_twice(path) -> None:
    assert encode(path).tei == encode(path).tei


def tampered(edit) -> list[str]:
    reporter = Reporter(str(SEED))
    source = read_source(SEED, reporter=reporter)
    article = build_article(source, reporter)
    tree = etree.ElementTree(etree.fromstring(serialize(to_tei(article, "0.0.0"))))
    edit(tree.getroot())
    return [str(d) for d in check(source, article, tree, reporter)]


NS = {"t": "http://www.tei-c.org/ns/1.0"}


def test_lost_chinese_character_is_reported_at_its_source_position() -> None:
    def edit(root):
        p = root.xpath("//t:div[@xml:lang='zh-Hans']//t:p", namespaces=NS)[2]
        p.text = p.text.replace("冷静", "冷", 1)

    (message,) = tampered(edit)
    assert message.startswith(f"{SEED}:136:")
    assert "error F001: the zh-Hans text" in message


def test_dropped_english_block_is_reported() -> None:
    def edit(root):
        note = root.xpath("//t:div[@xml:lang='en']/t:note[@type='editorial']", namespaces=NS)[0]
        note.getparent().remove(note)

    (message,) = tampered(edit)
    assert message.startswith(f"{SEED}:116:1: error F001: the en text")


def test_changed_word_is_reported() -> None:
    def edit(root):
        salute = root.xpath("//t:div[@xml:lang='en']//t:opener/t:salute", namespaces=NS)[0]
        salute.text = salute.text.replace("Excellency", "Majesty")

    (message,) = tampered(edit)
    assert ":8:" in message and "'Excellency" in message


def test_division_text_is_all_text_with_line_breaks_as_spaces() -> None:
    from lxml import etree

    from encoder.tei.text import division_text

    ns = 'xmlns="http://www.tei-c.org/ns/1.0"'
    plain = etree.fromstring(f"<div {ns}>a<!-- c -->b<?pi x?>c<p>d<![CDATA[e&]]></p>f&amp;<pb/>g</div>")
    assert division_text(plain) == "".join(plain.itertext()) == "abcde&f&g"
    broken = etree.fromstring(f"<div {ns}><p>one<lb/>two</p><p>three</p></div>")
    assert division_text(broken) == "one twothree"
    tailed = etree.fromstring(f"<body {ns}><div>inside</div>tail</body>")[0]
    assert division_text(tailed) == "inside"


_NODE_TAGS = ["p", "hi", "lb", "seg", "comment"]


def _build(node, parent) -> None:
    from lxml import etree

    tag, text, tail, children = node
    child = (
        etree.Comment(text) if tag == "comment" else etree.SubElement(parent, f"{{http://www.tei-c.org/ns/1.0}}{tag}")
    )
    if tag == "comment":
        parent.append(child)
    else:
        child.text = text
        for grandchild in children:
            _build(grandchild, child)
    child.tail = tail


def _trees():
    from hypothesis import strategies as st

    text = st.text(alphabet="ab 中文&<\n", max_size=4)
    leaf = st.tuples(st.sampled_from(_NODE_TAGS), text, text, st.just([]))
    return st.recursive(
        leaf,
        lambda children: st.tuples(st.sampled_from(_NODE_TAGS[:-1]), text, text, st.lists(children, max_size=4)),
        max_leaves=20,
    )


def test_fast_text_forms_equal_the_reference() -> None:
    from hypothesis import given, settings
    from lxml import etree

    from encoder.tei.text import all_text, division_text, text_reference

    @settings(max_examples=300, deadline=None)
    @given(_trees(), _trees())
    def agree(first, second) -> None:
        root = etree.Element("{http://www.tei-c.org/ns/1.0}div")
        root.text = "x"
        _build(first, root)
        _build(second, root)
        assert division_text(root) == text_reference(root, " ")
        assert all_text(root) == text_reference(root, "")

    agree()
