"""Per-file truth: editorialDecl, langUsage, tagsDecl, extent, place and creation date are
written from what each file holds, never as the same text in every file."""

from __future__ import annotations

from collections import Counter

from lxml import etree

from encoder.run.pipeline import encode
from encoder.tei.profile_desc import PLACES
from encoder.tei.xmltext import Emitter

from .conftest import FIXTURES, RMRB, SEED

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _tei(path) -> etree._Element:
    result = encode(path)
    assert result.tei is not None
    return etree.fromstring(result.tei)


def _decl(root: etree._Element) -> str:
    return " ".join(root.xpath("//t:editorialDecl/t:p/text()", namespaces=NS))


def test_a_chinese_only_article_claims_no_translation_nor_alignment() -> None:
    root = _tei(RMRB / "1946-05-19_简讯.md")
    languages = {lang.get("ident"): lang.text for lang in root.iterfind(".//t:langUsage/t:language", NS)}
    assert set(languages) == {"zh-Hans", "en"}  # no mul
    assert "translation" not in languages["en"] and "header only" in languages["en"]
    assert root.find(".//t:langUsage/t:language[@ident='zh-Hans']", NS).get("usage") == "100"
    decl = _decl(root)
    assert "aligned" not in decl and "Letters" not in decl and "English" not in decl


def test_the_seed_declares_what_it_holds() -> None:
    root = _tei(SEED)
    decl = _decl(root)
    for claim in ("Intertitles are", "two-line intertitle", "Letters, telegrams", "editorial remarks", "aligned"):
        assert claim in decl, claim
    assert "Unsigned text after" not in decl  # the seed has no div type="item"
    usage = {lang.get("ident"): lang.get("usage") for lang in root.iterfind(".//t:langUsage/t:language", NS)}
    assert usage["mul"] is None and int(usage["zh-Hans"]) + int(usage["en"]) == 100


def test_a_letter_paragraph_only_with_a_letter() -> None:
    with_letter, without = _tei(RMRB / "1946-05-16_致本报贺电一束.md"), _tei(RMRB / "1946-05-25_国际述评.md")
    assert "Letters, telegrams" in _decl(with_letter)
    assert "Letters, telegrams" not in _decl(without) and "Intertitles are" in _decl(without)


def test_tags_are_counted_from_the_written_text() -> None:
    for path in (SEED, RMRB / "1946-05-15_劳动的妇女们.md", FIXTURES / "english_only.txt"):
        root = _tei(path)
        declared = {
            u.get("gi"): int(u.get("occurs")) for u in root.iterfind(".//t:tagsDecl/t:namespace/t:tagUsage", NS)
        }
        actual = Counter(etree.QName(e).localname for e in root.find("t:text", NS).iter("{*}*"))
        assert declared == dict(actual), path
    assert declared["p"] > 10


def test_extent_counts_the_characters_of_each_language() -> None:
    root = _tei(SEED)
    for division in root.iterfind(".//t:body/t:div", NS):
        lang = division.get(XML_LANG)
        (measure,) = root.xpath(f"//t:extent/t:measure[@xml:lang='{lang}']", namespaces=NS)
        assert int(measure.get("quantity")) == len("".join("".join(division.itertext()).split()))
    assert root.xpath("string(//t:extent/t:measure[@xml:lang='zh-Hans'])", namespaces=NS).endswith("字")


def test_place_of_publication_only_where_known() -> None:
    def places(date: str) -> list[str]:
        em = Emitter()
        from encoder.tei.profile_desc import pub_place

        pub_place(em, date)
        return [line.strip() for line in em.out]

    assert places("1946-05-15") == [
        '<pubPlace xml:lang="zh-Hans">邯郸</pubPlace>',
        '<pubPlace xml:lang="en">Handan</pubPlace>',
    ]
    assert places("1947-03-01") == []  # Wu'an, then Pingshan or Luquan: not sure enough to write
    assert places("1949-05-01")[0] == '<pubPlace xml:lang="zh-Hans">北平</pubPlace>'
    assert places("1958-09-21")[1] == '<pubPlace xml:lang="en">Beijing</pubPlace>'
    assert all(first <= last for first, last, _zh, _en in PLACES)
    root = _tei(SEED)
    assert root.xpath("string(//t:imprint/t:pubPlace[@xml:lang='zh-Hans'])", namespaces=NS) == "北京"


def test_creation_date_is_the_issue_date() -> None:
    root = _tei(RMRB / "1946-05-19_简讯.md")
    assert root.xpath("string(//t:profileDesc/t:creation/t:date/@when)", namespaces=NS) == "1946-05-19"
