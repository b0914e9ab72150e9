"""The deposit check: every file of tei/ and every golden file passes the README's checklist;
one mutation per checklist item fails it with that item's code; a header without a
configuration fails it; a reviewer's change is accepted."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from encoder.check.deposit import check_file, check_tree
from encoder.cli import main
from encoder.run.pipeline import encode

from .conftest import GOLDEN, ROOT, SEED

T = "{http://www.tei-c.org/ns/1.0}"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
TEI_DIR = ROOT / "tei"
ARTICLES = sorted(p for p in TEI_DIR.rglob("*.xml") if "xslt" not in p.parts and "corpus" not in p.parts)
GOLDENS = sorted(GOLDEN.glob("*.xml"))


def test_there_are_files_to_check() -> None:
    assert len(ARTICLES) == 38 and len(GOLDENS) >= 9


@pytest.mark.parametrize("path", [*ARTICLES, *GOLDENS], ids=lambda p: str(p.relative_to(ROOT)))
def test_every_converted_and_golden_file_passes_the_checklist(path: Path) -> None:
    assert [str(d) for d in check_file(path)] == []


def _one(tree: etree._ElementTree, xpath: str) -> etree._Element:
    (found,) = tree.xpath(xpath, namespaces=NS)
    return found


def _set_text(xpath: str, value: str) -> Callable[[etree._ElementTree], None]:
    def mutate(tree: etree._ElementTree) -> None:
        _one(tree, xpath).text = value

    return mutate


def _remove(xpath: str) -> Callable[[etree._ElementTree], None]:
    def mutate(tree: etree._ElementTree) -> None:
        for element in tree.xpath(xpath, namespaces=NS):
            element.getparent().remove(element)

    return mutate


def _drop_attribute(xpath: str, name: str) -> Callable[[etree._ElementTree], None]:
    def mutate(tree: etree._ElementTree) -> None:
        del _one(tree, xpath).attrib[name]

    return mutate


def _add_alignment_claim(tree: etree._ElementTree) -> None:
    decl = _one(tree, "//t:editorialDecl")
    etree.SubElement(decl, f"{T}p").text = "The two languages are aligned block by block in standOff."


def _declare_translation(tree: etree._ElementTree) -> None:
    _one(tree, "//t:langUsage/t:language[@ident='en']").text = "English: the translation and the header"


def _count_wrong(tree: etree._ElementTree) -> None:
    _one(tree, "//t:tagUsage[@gi='p']").set("occurs", "999")


def _extent_wrong(tree: etree._ElementTree) -> None:
    _one(tree, "//t:extent/t:measure[@xml:lang='zh-Hans']").set("quantity", "1")


#: One mutation per checklist item, on the telegrams golden (Chinese-only, two signed
#: telegrams) or the seed golden (bilingual letter): (golden, mutation, code).
MUTATIONS = {
    "1-placeholder-publisher": ("telegrams", _set_text("//t:publisher", "encoder project"), "V201"),
    "1-unset-licence": ("telegrams", _set_text("//t:licence", "unset: no licence configured"), "V201"),
    "2-no-licence-uri": ("telegrams", _drop_attribute("//t:licence", "target"), "V202"),
    "2-no-publisher": ("telegrams", _remove("//t:publicationStmt/t:publisher"), "V202"),
    "3-no-sha256": ("telegrams", _remove("//t:bibl[@type='source-file']/t:idno[@type='sha256']"), "V203"),
    "3-no-corpus": ("telegrams", _remove("//t:bibl[@type='source-file']/t:idno[@type='corpus']"), "V203"),
    "3-no-commit-nor-note": ("telegrams", _remove("//t:bibl[@type='source-file']/t:idno[@type='commit']"), "V203"),
    "4-no-translator-statement": (
        "seed",
        _remove("//t:titleStmt/t:respStmt[contains(@xml:id, 'translation')]"),
        "V204",
    ),
    "4-english-title-as-main": (
        "seed",
        lambda tree: _one(tree, "//t:titleStmt/t:title[@xml:lang='en']").set("type", "main"),
        "V204",
    ),
    "5-change-undated": ("telegrams", _drop_attribute("//t:change", "when"), "V205"),
    "5-change-without-agent": ("telegrams", _drop_attribute("//t:change", "who"), "V205"),
    "6-translation-claimed": ("telegrams", _declare_translation, "V206"),
    "6-alignment-claimed": ("telegrams", _add_alignment_claim, "V206"),
    "6-tag-count-wrong": ("telegrams", _count_wrong, "V206"),
    "6-extent-wrong": ("telegrams", _extent_wrong, "V206"),
    "6-language-not-used": (
        "telegrams",
        lambda tree: etree.SubElement(_one(tree, "//t:langUsage"), f"{T}language", ident="mul"),
        "V206",
    ),
    "7-no-correspDesc": ("telegrams", _remove("//t:correspDesc[1]"), "V207"),
    "7-no-addressee": ("seed", _remove("//t:correspAction[@type='received']"), "V207"),
    "7-no-sender": ("seed", _remove("//t:correspAction[@type='sent']/t:persName"), "V207"),
}


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_each_checklist_item_fails_on_its_mutation(name: str) -> None:
    golden, mutate, code = MUTATIONS[name]
    tree = etree.parse(str(GOLDEN / f"{golden}.xml"))
    assert check_tree(copy.deepcopy(tree), "x.xml") == []
    mutate(tree)
    codes = {d.code for d in check_tree(tree, "x.xml")}
    assert code in codes, (name, codes)


def test_a_reviewers_change_is_accepted_when_dated_and_pointing_to_a_respStmt() -> None:
    """How a reviewer records a review (README): a respStmt with an id in titleStmt, and a change
    with @when and @who pointing to it."""
    tree = etree.parse(str(GOLDEN / "seed.xml"))
    root_id = tree.getroot().get("{http://www.w3.org/XML/1998/namespace}id")
    titles = _one(tree, "//t:titleStmt")
    resp = etree.SubElement(
        titles, f"{T}respStmt", {"{http://www.w3.org/XML/1998/namespace}id": f"{root_id}.resp.review1"}
    )
    etree.SubElement(resp, f"{T}resp").text = "review of names and alignment"
    etree.SubElement(resp, f"{T}name").text = "A. Reviewer"
    change = etree.SubElement(
        _one(tree, "//t:revisionDesc"), f"{T}change", when="2026-12-01", who=f"#{root_id}.resp.review1"
    )
    change.text = "Names and links checked against the printed page."
    assert check_tree(tree, "x.xml") == []
    change.set("who", "#nobody")
    assert {d.code for d in check_tree(tree, "x.xml")} == {"V205"}


def test_a_file_converted_without_configuration_fails_with_the_unset_values() -> None:
    from encoder.config import Project

    result = encode(SEED, project=Project())
    assert result.tei is not None
    problems = check_tree(etree.ElementTree(etree.fromstring(result.tei)), "seed.xml")
    assert {d.code for d in problems} == {"V201", "V202"}
    assert any("publisher is unset" in d.message for d in problems)


def test_validate_deposit_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--deposit", str(GOLDEN / "seed.xml")]) == 0
    bad = tmp_path / "seed.xml"
    tree = etree.parse(str(GOLDEN / "seed.xml"))
    _one(tree, "//t:publisher").text = "encoder project"
    tree.write(str(bad), xml_declaration=True, encoding="UTF-8")
    assert main(["validate", str(bad)]) == 0  # schema-valid …
    assert main(["validate", "--deposit", str(bad)]) == 1  # … but not deposit-ready
    assert "error V201: publisher holds a placeholder: 'encoder project'" in capsys.readouterr().out


def test_a_tei_corpus_is_checked_header_and_every_member(tmp_path: Path) -> None:
    """tei/corpus/*.xml (encoder corpus tei --by month) pass; a member's fault is found inside
    the corpus; a corpus assembled without configuration fails on its unset publisher."""
    corpora = sorted((TEI_DIR / "corpus").glob("*.xml"))
    assert len(corpora) == 2
    for path in corpora:
        assert [str(d) for d in check_file(path)] == []
    tree = etree.parse(str(TEI_DIR / "corpus" / "rmrb-1958-09.xml"))
    _one(tree, "//t:TEI//t:change").attrib.pop("when")
    assert {d.code for d in check_tree(tree, "c.xml")} == {"V205"}
    out = tmp_path / "corpus"
    assert main(["corpus", str(TEI_DIR), "--by", "year", "-o", str(out), "--config", str(tmp_path / "none.toml")]) == 2
    (tmp_path / "empty.toml").write_text("", encoding="utf-8")
    assert main(["corpus", str(TEI_DIR), "--by", "year", "-o", str(out), "--config", str(tmp_path / "empty.toml")]) == 0
    problems = check_file(out / "rmrb-1946.xml")
    assert {d.code for d in problems} == {"V201", "V202"}
    assert any("publisher is unset" in d.message for d in problems)
