"""The reading edition (tei/xslt/html.xsl) on any screen: a viewport and a stacking layout (the
browser test of tests/site/ measures it), no empty tooltips, no grey cell beside a block without
a counterpart, signatures as signatures, links to the TEI file and the corpus when given, the
same page under Saxon with those parameters."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import html5lib
import pytest
from lxml import etree

from encoder.run.pipeline import encode
from encoder.transform import transform_saxon

from .conftest import FIXTURES, GOLDEN
from .test_transform import NAMES, _canonical_html, cli

SAXON = importlib.util.find_spec("saxonche") is not None
TEI = "{http://www.tei-c.org/ns/1.0}"
SITE_PARAMS = {"tei-href": "seed.xml", "index-href": "../index.html", "site-href": "../"}


def page(source: Path, tmp_path: Path, *extra: str):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    document = parser.parse(cli(source, "html", tmp_path, *extra))
    assert parser.errors == []
    return document


def test_viewport_stacking_rule_and_serif_stacks(tmp_path) -> None:
    document = page(NAMES, tmp_path)
    assert document.find(".//head/meta[@name='viewport']").get("content") == "width=device-width, initial-scale=1"
    style = document.find(".//head/style").text
    assert "@media (max-width: 700px)" in style and "td:empty { display: none; }" in style
    chinese = style.split(":lang(zh-Hans) { font-family:")[1].split(";")[0]
    assert chinese.split(",")[0].strip() == '"Noto Serif CJK SC"' and chinese.rstrip().endswith("serif")
    assert '"Source Han Serif SC"' in chinese and "SimSun" in chinese and "sans" not in chinese.replace("Sans", "")


def test_no_empty_tooltip_on_a_name_with_nothing_to_say(tmp_path) -> None:
    tree = etree.parse(str(NAMES))
    entry = tree.find(f".//{TEI}person")  # Eisenhower: give him no English name, no certainty
    for name in entry.findall(f"{TEI}persName[@{{http://www.w3.org/XML/1998/namespace}}lang='en']"):
        entry.remove(name)
    source = tmp_path / "chinese-only-name.xml"
    tree.write(str(source), encoding="utf-8")
    ref = "#" + entry.get("{http://www.w3.org/XML/1998/namespace}id")
    names = page(source, tmp_path).findall(f".//a[@href='{ref}']")
    assert names and all("title" not in a.attrib for a in names)
    places = page(NAMES, tmp_path).findall(".//a[@class='name place']")
    assert {a.get("title") for a in places} == {"Beijing (http://www.wikidata.org/entity/Q956)"}


def test_machine_tags_say_so_without_a_leading_space(tmp_path) -> None:
    document = page(GOLDEN / "captions.xml", tmp_path)
    titles = [a.get("title") for a in document.findall(".//a[@class]") if "name" in a.get("class", "").split()]
    assert "[machine tag, certainty medium]" in titles
    assert all(title is None or title == title.strip() != "" for title in titles)


def test_a_block_without_counterpart_has_a_blank_cell_not_a_grey_one(tmp_path) -> None:
    tei = tmp_path / "prices.xml"
    tree = etree.fromstring(encode(FIXTURES / "bilingual" / "06-price-table.txt").tei, etree.XMLParser())
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    head = tree.xpath("//t:text//t:div[@xml:lang='zh-Hans']//t:head", namespaces=ns)[0]
    head_id = head.get("{http://www.w3.org/XML/1998/namespace}id")
    for link in tree.xpath("//t:linkGrp/t:link", namespaces=ns):
        if f"#{head_id}" in link.get("target", "").split():
            link.getparent().remove(link)  # the Chinese headline left untranslated
    tei.write_bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))
    document = page(tei, tmp_path)
    rows = document.findall(".//tbody/tr[@class='unmatched']")
    (row,) = [r for r in rows if r.findall("td")[0].find("h2") is not None]
    zh, en = row.findall("td")
    assert zh.find("h2").get("class") == "headline"
    assert en.attrib == {"lang": "en"} and len(en) == 0 and not en.text
    assert "td.empty" not in document.find(".//style").text


def test_signatures_are_right_aligned_paragraphs(tmp_path) -> None:
    document = page(GOLDEN / "crlf-header-signed.xml", tmp_path)
    (signed,) = document.findall(".//p[@class='signed']")
    assert "".join(signed.itertext()) == "杨秀峰"
    style = document.find(".//style").text
    assert (
        "p.signed { font-weight: normal;" in style
        and ".signed, .dateline, .credit, .attribution { text-align: right; }" in style
    )


def test_links_to_the_tei_file_and_the_corpus_only_when_given(tmp_path) -> None:
    bare = page(NAMES, tmp_path)
    assert bare.find(".//nav") is None and bare.find(".//link") is None and bare.find(".//a[@class='corpus']") is None
    params = [f"--param={key}={value}" for key, value in SITE_PARAMS.items()]
    given = page(NAMES, tmp_path, *params)
    assert [a.get("href") for a in given.findall(".//nav/a")] == ["../index.html", "seed.xml"]
    assert given.find(".//head/link[@rel='alternate']").get("href") == "seed.xml"
    assert given.find(".//dl/dd/a[@class='tei']").get("href") == "seed.xml"
    corpus = given.find(".//li[@id='rmrb-1958-09-21-p2-a4c02de8.pl.beijing']/a[@class='corpus']")
    assert corpus.get("href") == "../places.html#e-pl.beijing"  # the key: the entry's id without the article's


@pytest.mark.skipif(not SAXON, reason="saxonche is not installed (pip install '.[saxon]'; CI installs it)")
def test_saxon_gives_the_same_page_with_the_site_parameters(tmp_path) -> None:
    params = [f"--param={key}={value}" for key, value in SITE_PARAMS.items()]
    ours = cli(NAMES, "html", tmp_path, *params)
    assert _canonical_html(ours) == _canonical_html(transform_saxon(NAMES, "html", SITE_PARAMS))


def test_register_ids_link_only_to_web_addresses(tmp_path) -> None:
    tree = etree.parse(str(NAMES))
    idno = tree.find(f".//{TEI}place/{TEI}idno")
    idno.text = "javascript:alert(1)"
    source = tmp_path / "evil.xml"
    tree.write(str(source), encoding="utf-8")
    entry = page(source, tmp_path).find(".//li[@id='rmrb-1958-09-21-p2-a4c02de8.pl.beijing']")
    assert "javascript:alert(1)" in "".join(entry.itertext())
    assert [a.get("href") for a in entry.findall("a")] == ["https://www.geonames.org/1816670"]
