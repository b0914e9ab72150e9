"""The corpus a site shows: articles by date, entities merged across articles by key, every
tagged person with the articles that name it (read here from the TEI files on their own)."""

from __future__ import annotations

import shutil
from collections import defaultdict
from pathlib import Path

from lxml import etree

from encoder.enrich.authority import load
from encoder.run.paths import tei_files
from encoder.site.collect import collect

from .conftest import INPUTS, TEI

TEI_NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def tagged(kind: str) -> dict[str, set[str]]:
    """Each key of a name tagged in the text of an article (persName, placeName, orgName) with
    the ids of the articles naming it, read straight from the TEI files."""
    found: dict[str, set[str]] = defaultdict(set)
    for path in tei_files(INPUTS):
        root = etree.parse(str(path)).getroot()
        if etree.QName(root).localname != "TEI":
            continue
        ident = root.get(XML_ID)
        for ref in root.xpath(f"t:text//t:{kind}Name/@ref", namespaces=TEI_NS):
            found[ref.strip().removeprefix(f"#{ident}.")].add(ident)
    return found


def test_articles_are_read_with_dates_titles_and_languages(built) -> None:
    site, _ = built
    articles = site.corpus.articles
    assert len(articles) == 39 and [a.date for a in articles] == sorted(a.date for a in articles)
    seed = next(a for a in articles if a.ident == "rmrb-1958-09-21-p2-a4c02de8")
    assert seed.languages == ["zh-Hans", "en"] and seed.titles["zh-Hans"] == "赫鲁晓夫9月19日给艾森豪威尔的信"
    assert {tuple(a.languages) for a in articles} == {("zh-Hans",), ("en",), ("zh-Hans", "en")}
    assert site.diagnostics == []  # tei/corpus/ holds teiCorpus files: left out without a word


def test_every_tagged_person_place_and_org_with_the_articles_naming_it(built) -> None:
    site, _ = built
    for kind, tag in (("person", "pers"), ("place", "place"), ("org", "org")):
        expected = tagged(tag)
        found = {e.key: {m.article.ident for m in e.mentions} for e in site.corpus.of_kind(kind)}
        assert found == expected, kind
    assert len(tagged("pers")) > 90  # the sample corpus names about a hundred persons


def test_entities_merge_by_key_with_the_authority_forms(built) -> None:
    site, _ = built
    mao = site.corpus.entities[("person", "mao-zedong")]
    assert mao.in_authority and mao.names["zh-Hans"][0] == "毛泽东" and mao.names["en"][0] == "Mao Zedong"
    assert len(mao.mentions) == len(tagged("pers")["mao-zedong"]) > 3
    assert "毛主席" in mao.names["zh-Hans"]  # a form an article's register holds
    counts = {m.article.ident: m.count for m in mao.mentions}
    text = (TEI / "rmrb" / "1946-05-15_发刊词.xml").read_text(encoding="utf-8")
    assert counts["rmrb-1946-05-15-p1-44d75d42"] == text.count('ref="#rmrb-1946-05-15-p1-44d75d42.mao-zedong"') == 1
    local = [e for e in site.corpus.entities.values() if e.key.startswith("local-")]
    assert local and not any(e.in_authority for e in local)


def test_bad_inputs_are_reported_and_left_out(tmp_path) -> None:
    good = TEI / "rmrb" / "1946-05-15_发刊词.xml"
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(good, tmp_path / folder / "x.xml")
    (tmp_path / "broken.xml").write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'>", encoding="utf-8")
    (tmp_path / "other.xml").write_text("<html/>", encoding="utf-8")
    shutil.copy(TEI / "corpus" / "rmrb-1958-09.xml", tmp_path / "corpus.xml")
    corpus = collect(tei_files([str(tmp_path)]), load())
    assert [a.slug for a in corpus.articles] == ["rmrb-1946-05-15-p1-44d75d42", "rmrb-1946-05-15-p1-44d75d42-2"]
    codes = [(Path(d.path).name, d.code, d.level.name) for d in corpus.diagnostics]
    assert codes == [("x.xml", "C003", "WARNING"), ("broken.xml", "X002", "ERROR"), ("other.xml", "C002", "WARNING")]


def test_drop_leaves_out_an_article_and_what_only_it_names(built) -> None:
    corpus = collect(
        tei_files([str(TEI / "000_770e009bb3385bcc.xml"), str(TEI / "rmrb" / "1946-05-15_发刊词.xml")]), load()
    )
    corpus.drop({"rmrb-1958-09-21-p2-a4c02de8"})
    assert [a.ident for a in corpus.articles] == ["rmrb-1946-05-15-p1-44d75d42"]
    assert ("person", "eisenhower") not in corpus.entities and ("person", "mao-zedong") in corpus.entities


def test_an_id_that_is_no_plain_name_names_no_page(tmp_path) -> None:
    tree = etree.parse(str(TEI / "rmrb" / "1946-05-15_发刊词.xml"))
    for ident, code in (("../../escape", "X002"), ("a·b", "C002")):  # libxml2 refuses the first
        tree.getroot().set(XML_ID, ident)
        tree.write(str(tmp_path / "x.xml"), encoding="utf-8")
        corpus = collect([tmp_path / "x.xml"], load())
        assert corpus.articles == [] and [d.code for d in corpus.diagnostics] == [code]
