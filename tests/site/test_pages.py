"""The site's pages: valid HTML5 (html5lib, strict), every internal link resolves, the index by
date and the entity pages list what the corpus holds, untrusted text is escaped, the same input
gives the same bytes, and the command line builds it."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import html5lib
import pytest
from lxml import etree

from encoder.cli import main
from encoder.run.paths import tei_files
from encoder.site import build

from ..test_transform import _canonical_html
from .conftest import INPUTS, TEI

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def parse(path: Path):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    document = parser.parse(path.read_bytes())
    assert parser.errors == [], path
    return document


def test_every_page_is_html5_without_a_parse_error(built) -> None:
    _, folder = built
    pages = sorted(folder.rglob("*.html"))
    assert len(pages) == 39 + 4
    for page in pages:
        parse(page)


def test_every_internal_link_resolves_to_a_file_and_an_anchor(built) -> None:
    _, folder = built
    ids: dict[Path, set[str]] = {}

    def anchors(page: Path) -> set[str]:
        if page not in ids:
            ids[page] = {e.get("id") for e in parse(page).iter() if e.get("id")}
        return ids[page]

    checked = 0
    for page in sorted(folder.rglob("*.html")):
        for element in parse(page).iter():
            target = element.get("href") or element.get("src")
            if target is None or urlsplit(target).scheme in ("http", "https"):
                continue
            parts = urlsplit(target)
            assert not parts.scheme and not parts.netloc and not parts.path.startswith("/"), target  # relative
            resolved = (page.parent / unquote(parts.path) if parts.path else page).resolve()
            assert resolved.is_file() and folder.resolve() in resolved.parents, f"{page.name}: {target}"
            if parts.fragment and resolved.suffix == ".html":
                assert unquote(parts.fragment) in anchors(resolved), f"{page.name}: {target}"
            checked += 1
    assert checked > 2500


def test_index_by_year_month_and_day(built) -> None:
    site, folder = built
    document = parse(folder / "index.html")
    years = document.findall(".//section[@class='year']")
    assert [y.get("id") for y in years] == ["y1946", "y1958"]
    days = [t.get("datetime") for t in document.findall(".//section[@class='month']/h4/time")]
    assert days == sorted(set(days)) and days[0] == "1946-05-15" and days[-1] == "1958-09-21"
    links = [a.get("href") for a in document.findall(".//section[@class='month']/ul/li/a")]
    assert links == [f"articles/{a.slug}.html" for a in site.corpus.articles]
    seed = document.find(".//a[@href='articles/rmrb-1958-09-21-p2-a4c02de8.html']")
    assert [s.get("lang") for s in seed.findall("span")] == ["zh-Hans", "en"]


def test_person_page_lists_each_person_with_both_forms_and_every_article(built) -> None:
    site, folder = built
    document = parse(folder / "persons.html")
    sections = document.findall(".//section")
    assert len(sections) == len(site.corpus.of_kind("person")) > 90  # test_collect checks them against the TEI
    mao = document.find(".//section[@id='e-mao-zedong']")
    assert [(s.get("lang"), s.text) for s in mao.find("h2")] == [("zh-Hans", "毛泽东"), ("en", "Mao Zedong")]
    named = {a.get("href").split("#")[0] for a in mao.findall("ul/li/a")}
    expected = {f"articles/{m.article.slug}.html" for m in site.corpus.entities[("person", "mao-zedong")].mentions}
    assert named == expected and len(named) > 3
    # each article's register entry links back to the entity in the corpus
    article = parse(folder / "articles" / "rmrb-1946-05-15-p1-44d75d42.html")
    entry = article.find(".//li[@id='rmrb-1946-05-15-p1-44d75d42.mao-zedong']/a[@class='corpus']")
    assert entry.get("href") == "../persons.html#e-mao-zedong"


def test_article_pages_link_to_their_tei_copy_and_render_all_three_shapes(built) -> None:
    _, folder = built
    shapes = {
        "rmrb-1958-09-21-p2-a4c02de8": ".//table[@class='parallel']",
        "rmrb-1946-05-15-p1-44d75d42": ".//article[@lang='zh-Hans']",
        "rmrb-1958-09-21-p2-5ab03dca": ".//article[@lang='en']",
    }
    for slug, shape in shapes.items():
        document = parse(folder / "articles" / f"{slug}.html")
        assert document.find(shape) is not None, slug
        assert document.find(".//nav/a[@class='tei']").get("href") == f"{slug}.xml"
        copy = etree.parse(str(folder / "articles" / f"{slug}.xml")).getroot()
        assert copy.get(XML_ID) == slug


def test_untrusted_text_is_escaped(tmp_path) -> None:
    tree = etree.parse(str(TEI / "rmrb" / "1946-05-15_发刊词.xml"))
    title = tree.find(".//{*}titleStmt/{*}title")
    evil = "</a><script>alert('x')</script> & \"q\""
    title.text = evil
    (tmp_path / "in").mkdir()
    tree.write(str(tmp_path / "in" / "x.xml"), encoding="utf-8")
    build(tei_files([str(tmp_path / "in")]), tmp_path / "site")
    document = parse(tmp_path / "site" / "index.html")
    (link,) = document.findall(".//section[@class='month']/ul/li/a")
    assert "".join(link.itertext()) == evil and not document.findall(".//main//script")
    page = parse(tmp_path / "site" / "articles" / "rmrb-1946-05-15-p1-44d75d42.html")
    assert page.find(".//title").text == evil and not page.findall(".//script")


def test_the_same_corpus_gives_the_same_site(built, tmp_path) -> None:
    _, folder = built
    build(tei_files(list(reversed(INPUTS))), tmp_path)
    ours = sorted(p.relative_to(folder) for p in folder.rglob("*") if p.is_file())
    assert ours == sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert all((folder / p).read_bytes() == (tmp_path / p).read_bytes() for p in ours)


def test_command_line(tmp_path, capsys) -> None:
    assert main(["transform", str(TEI), "--to", "site"]) == 2
    assert "--to site needs -o SITE" in capsys.readouterr().err
    assert main(["transform", str(TEI), "--to", "site", "-o", str(tmp_path / "site")]) == 0
    persons = len({ref for path in tei_files([str(TEI)]) for ref in _person_keys(path)})
    assert capsys.readouterr().out.startswith(f"{tmp_path / 'site'}: 38 articles, {persons} persons")
    shutil.copy(TEI / "000_770e009bb3385bcc.xml", tmp_path / "a.xml")
    (tmp_path / "b.xml").write_text("<TEI", encoding="utf-8")
    assert (
        main(
            ["transform", str(tmp_path / "a.xml"), str(tmp_path / "b.xml"), "--to", "site", "-o", str(tmp_path / "two")]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert f"{tmp_path / 'b.xml'}:0:0: error X002: cannot read the TEI file" in err and "Traceback" not in err
    assert (tmp_path / "two" / "articles" / "rmrb-1958-09-21-p2-a4c02de8.html").is_file()


@pytest.mark.parametrize("kind", ["person", "place", "org"])
def test_entity_pages_show_whether_a_name_is_in_the_authority_file(built, kind: str) -> None:
    site, folder = built
    page = {"person": "persons.html", "place": "places.html", "org": "organisations.html"}[kind]
    document = parse(folder / page)
    for entity in site.corpus.of_kind(kind):
        source = document.find(f".//section[@id='e-{entity.key}']/p[@class='source']")
        assert ("Authority file" in "".join(source.itertext())) == entity.in_authority


def test_without_the_authority_file_the_registers_alone(tmp_path) -> None:
    site = build([TEI / "rmrb" / "1946-05-15_发刊词.xml"], tmp_path / "site", authority=tmp_path / "missing.xml")
    assert [(d.code, d.level.name) for d in site.diagnostics] == [("X004", "WARNING")] and not site.failed
    mao = site.corpus.entities[("person", "mao-zedong")]
    assert not mao.in_authority and mao.names == {"zh-Hans": ["毛泽东", "毛主席"], "en": ["Mao Zedong"]}
    assert (tmp_path / "site" / "persons.html").is_file()


def test_a_site_that_cannot_be_written_is_an_error(tmp_path) -> None:
    (tmp_path / "taken").write_text("a file, not a folder", encoding="utf-8")
    site = build([TEI / "rmrb" / "1946-05-15_发刊词.xml"], tmp_path / "taken")
    assert [d.code for d in site.diagnostics] == ["C001"] and site.failed


@pytest.mark.skipif(importlib.util.find_spec("saxonche") is None, reason="saxonche is not installed")
def test_saxon_builds_the_same_article_pages(tmp_path) -> None:
    paths = [TEI / "000_770e009bb3385bcc.xml", TEI / "rmrb" / "1946-05-15_发刊词.xml"]
    build(paths, tmp_path / "lxml")
    build(paths, tmp_path / "saxon", processor="saxon")
    for page in sorted((tmp_path / "lxml" / "articles").glob("*.html")):
        theirs = (tmp_path / "saxon" / "articles" / page.name).read_bytes()
        assert _canonical_html(page.read_bytes()) == _canonical_html(theirs)
    assert (tmp_path / "lxml" / "index.html").read_bytes() == (tmp_path / "saxon" / "index.html").read_bytes()


def test_authority_ids_link_only_to_web_addresses_and_tagger_names_say_so(tmp_path) -> None:
    tree = etree.parse(str(TEI / "rmrb" / "1946-05-15_发刊词.xml"))
    tei = "{http://www.tei-c.org/ns/1.0}"
    entry = tree.find(
        f".//{tei}place[@{{http://www.w3.org/XML/1998/namespace}}id='rmrb-1946-05-15-p1-44d75d42.northeast']"
    )
    etree.SubElement(entry, f"{tei}idno", type="URI", subtype="evil").text = "javascript:alert(1)"
    (tmp_path / "in").mkdir()
    tree.write(str(tmp_path / "in" / "x.xml"), encoding="utf-8")
    build(tei_files([str(tmp_path / "in")]), tmp_path / "site")
    document = parse(tmp_path / "site" / "places.html")
    source = document.find(".//section[@id='e-northeast']/p[@class='source']")
    assert "javascript:alert(1)" in "".join(source.itertext()) and not [
        a for a in source if a.get("href", "").startswith("javascript")
    ]
    organisations = parse(tmp_path / "site" / "organisations.html")
    tagged = organisations.find(".//section[@id='e-local-xin-sijunwushi']/p[@class='source']")
    assert tagged.text == "Not in the authority file (found by a statistical tagger)"


def _person_keys(path: Path) -> set[str]:
    """The register keys the persNames of a TEI article point at (none for a teiCorpus)."""
    root = etree.parse(str(path)).getroot()
    if etree.QName(root).localname != "TEI":
        return set()
    ident = root.get("{http://www.w3.org/XML/1998/namespace}id")
    refs = root.xpath("t:text//t:persName/@ref", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    return {ref.strip().removeprefix(f"#{ident}.") for ref in refs}
