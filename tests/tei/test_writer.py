"""Writer: the seed's TEI carries every part the profile asks for, in both languages."""

from __future__ import annotations

import pytest
from lxml import etree

from encoder.run.pipeline import encode
from encoder.tei import XML_ID

from .conftest import SEED

NS = {"t": "http://www.tei-c.org/ns/1.0"}


@pytest.fixture(scope="module")
def seed_tei() -> etree._Element:
    result = encode(SEED)
    assert result.tei is not None
    return etree.fromstring(result.tei)


def division(root: etree._Element, lang: str) -> etree._Element:
    (div,) = root.xpath(f"//t:body/t:div[@xml:lang='{lang}']", namespaces=NS)
    return div


@pytest.mark.parametrize("lang,kind", [("zh-Hans", "original"), ("en", "translation")])
def test_seed_division_parts(seed_tei, lang, kind) -> None:
    div = division(seed_tei, lang)
    assert div.get("type") == kind
    q = lambda path: div.xpath(path, namespaces=NS)  # noqa: E731
    assert len(q("t:div[@type='letter']/t:div[@type='section']/t:head")) == 8
    assert len(q("t:div[@type='letter']/t:div[@type='section']/t:head/t:lb")) == 8
    assert len(q("t:div[@type='letter']/t:opener/t:salute")) == 1
    assert len(q("t:div[@type='letter']/t:closer/t:salute")) == 1
    assert len(q("t:div[@type='letter']/t:closer/t:signed")) == 1
    assert len(q("t:div[@type='letter']/t:closer/t:dateline")) == 1
    assert len(q("t:note[@type='source']")) == 1
    (note,) = q("t:note[@type='editorial']")
    assert seed_tei.xpath(f"//*[@xml:id='{note.get('resp')[1:]}']", namespaces=NS)
    assert len(q("t:head")) == 1


def test_ids_are_prefixed_and_unique(seed_tei) -> None:
    root_id = seed_tei.get(XML_ID)
    ids = [e.get(XML_ID) for e in seed_tei.iter() if e.get(XML_ID)]
    assert len(ids) == len(set(ids)) > 100
    assert all(i.startswith(root_id) for i in ids)


def test_header(seed_tei) -> None:
    q = lambda path: seed_tei.xpath(path, namespaces=NS)  # noqa: E731
    assert q("string(//t:titleStmt/t:title[@xml:lang='zh-Hans'])") == "赫鲁晓夫9月19日给艾森豪威尔的信"
    assert q("string(//t:titleStmt/t:title[@xml:lang='en'])") == "Khrushchev's Letter to Eisenhower, September 19"
    assert q("string(//t:monogr/t:title[@level='j'][@xml:lang='zh-Hans'])") == "人民日报"
    assert q("string(//t:imprint/t:date/@when)") == "1958-09-21"
    assert q("string(//t:biblScope[@unit='page']/@n)") == "2"
    assert q("string(//t:application/@ident)") == "encoder"
    assert sorted(q("//t:langUsage/t:language/@ident")) == ["en", "mul", "zh-Hans"]
    assert q("string(//t:correspDesc/t:correspAction/t:date/@when)") == "1958-09-19"
    assert q("string(//t:correspDesc/t:correspAction/t:placeName)") == "莫斯科"
    assert seed_tei.get("{http://www.w3.org/XML/1998/namespace}lang") == "mul"


def test_every_lang_is_declared_and_every_pointer_resolves(seed_tei) -> None:
    declared = set(seed_tei.xpath("//t:langUsage/t:language/@ident", namespaces=NS))
    used = set(seed_tei.xpath("//@xml:lang"))
    assert used <= declared
    ids = set(seed_tei.xpath("//@xml:id"))
    pointers = [
        token
        for value in seed_tei.xpath("//@ref | //@resp | //@target | //@corresp | //@domains")
        for token in value.split()
    ]
    assert len(pointers) > 100
    assert all(p.startswith("#") and p[1:] in ids for p in pointers)


def _articles():
    from encoder.diagnostics import Reporter
    from encoder.ingest.reader import read_source
    from encoder.run.pipeline import build_article

    from .conftest import RMRB

    for path in [SEED, *sorted(RMRB.glob("*.md"))[:12]]:
        reporter = Reporter(str(path))
        yield path, build_article(read_source(path, reporter=reporter), reporter, ner=False)


def test_written_text_is_what_lxml_serializes() -> None:
    """The writer writes text; lxml, given the parsed tree, writes the very same bytes."""
    from encoder.tei.writer import parse_tei, serialize, write

    for path, article in _articles():
        data = write(article, "0.0.0")
        assert serialize(parse_tei(data)) == data, path


def test_markup_characters_are_escaped_in_text_and_attributes() -> None:
    from encoder.tei.writer import parse_tei, serialize, write

    _path, article = next(_articles())
    article.header.title_en.value = "A <b> & \"c\" 'd'"
    article.header.extra['a"b\tc\nd'] = article.header.title_en  # written as note/@n
    article.path = 'dir/a&b "c".txt'
    data = write(article, '1.0 "rc" <&>')
    tree = parse_tei(data)
    assert serialize(tree) == data
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert tree.find(".//t:titleStmt/t:title[2]", ns).text == "A <b> & \"c\" 'd'"
    assert tree.find(".//t:application", ns).get("version") == '1.0 "rc" <&>'
    assert tree.find(".//t:note[@type='source-field']", ns).get("n") == 'a"b\tc\nd'
    assert tree.findtext(".//t:change", namespaces=ns) == (
        'Converted from a&b "c".txt by encoder 1.0 "rc" <&>; no person has reviewed this file.'
    )


def test_correspondence_is_mapped_from_the_model_only() -> None:
    """The writer decides nothing about letters: it writes what the correspondence pass stored."""
    from encoder.model import Correspondence
    from encoder.tei.writer import parse_tei, write

    _path, article = next(_articles())
    article.correspondence = []
    assert b"correspDesc" not in write(article, "0")
    article.correspondence = [Correspondence("x.let1", "zh-Hans", ["甲", "乙"], "1958-09-19", "北京 & 上海")]
    tree = parse_tei(write(article, "0"))
    action, received = tree.getroot().iterfind(".//t:correspDesc/t:correspAction", NS)
    assert action.getparent().get("ref") == "#x.let1"
    assert action.xpath("t:name/text()", namespaces=NS) == ["甲", "乙"]
    assert action.xpath("t:date/@when", namespaces=NS) == ["1958-09-19"]
    assert action.xpath("t:placeName/text()", namespaces=NS) == ["北京 & 上海"]
    # no addressee in the model: the received action says so instead of inventing one
    assert received.get("type") == "received"
    assert received.findtext("t:note", namespaces=NS) == "The letter does not name its addressee in a salutation."
