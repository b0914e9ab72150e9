"""The native verdict on the project's rules agrees with the Schematron (schema/encoder.sch)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from lxml import etree

from encoder.check.conformance import conforms
from encoder.check.validate import SCHEMA_DIR, Validation, schematron
from encoder.run.pipeline import encode
from encoder.tei import TEI_NS

from .conftest import GOLDEN, RMRB, SEED

INVALID = Path(__file__).resolve().parents[1] / "schema" / "invalid"
NS = {"t": TEI_NS}
RULES = schematron(str(SCHEMA_DIR / "encoder.sch"))


def parsed(path: Path) -> etree._ElementTree | None:
    try:
        return etree.parse(str(path))
    except etree.XMLSyntaxError:
        return None


DOCUMENTS = [p for p in sorted(INVALID.glob("*.xml")) + sorted(GOLDEN.glob("*.xml")) if parsed(p) is not None]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_same_verdict_on_fixtures_and_goldens(path) -> None:
    tree = parsed(path)
    assert conforms(tree) is RULES.validate(tree)


def test_same_verdict_on_every_converted_sample() -> None:
    for path in [SEED, *sorted(RMRB.glob("*.md"))]:
        result = encode(path, ner=False)
        tree = etree.ElementTree(etree.fromstring(result.tei))
        assert conforms(tree) is True and RULES.validate(tree), path


def _set(xpath: str, name: str, value: str):
    def mutate(tree: etree._ElementTree) -> None:
        tree.xpath(xpath, namespaces=NS)[0].set(name, value)

    return mutate


def _append_link(target: str):
    def mutate(tree: etree._ElementTree) -> None:
        group = tree.find(".//t:linkGrp", NS)
        etree.SubElement(group, f"{{{TEI_NS}}}link", target=target)

    return mutate


def _first_ids(tree: etree._ElementTree, count: int) -> list[str]:
    return ["#" + i for i in tree.xpath("//t:body//t:p/@xml:id", namespaces=NS)[:count]]


def _link_of(count: int):
    def mutate(tree: etree._ElementTree) -> None:
        _append_link(" ".join(_first_ids(tree, count)))(tree)

    return mutate


def _retype(tree: etree._ElementTree) -> None:
    tree.xpath("//t:div[@type='translation']//t:div[@type='section']", namespaces=NS)[0].set("type", "item")


def _rename_idno(tree: etree._ElementTree) -> None:
    tree.find(".//t:publicationStmt/t:idno", NS).text = "rmrb-other"


XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: One mutation per rule (and per way to break it), each applied to the seed's golden file.
MUTATIONS = {
    "V101 dangling ref": _set("//t:persName[@ref]", "ref", "#nowhere"),
    "V101 a pointer twice": lambda tree: _set(
        "//t:persName[@ref]", "ref", 2 * (tree.xpath("//t:persName/@ref", namespaces=NS)[0] + " ")
    )(tree),
    "V101 dangling resp": _set("//t:note[@resp]", "resp", "#nobody"),
    "V101 dangling link target": _append_link("#nowhere"),
    "V101 dangling domains": _set("//t:linkGrp", "domains", "#a #b"),
    "V102 undeclared language": _set("//t:p", XML_LANG, "fr"),
    "V103 id without the prefix": _set("//t:p[@xml:id]", XML_ID, "p-alone"),
    "V104 sections not mirrored": _retype,
    "V105 a block in two links": lambda tree: _append_link(_first_ids(tree, 1)[0])(tree),
    "V106 root id against the date": _set("//t:imprint/t:date", "when", "1999-01-01"),
    "V107 idno differs": _rename_idno,
    "V109 six targets": _link_of(6),
}


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_each_rule_broken_both_ways(name) -> None:
    tree = copy.deepcopy(etree.parse(str(GOLDEN / "seed.xml")))
    assert conforms(tree) is True
    MUTATIONS[name](tree)
    tree = etree.ElementTree(etree.fromstring(etree.tostring(tree)))  # ids registered as in a parsed file
    assert RULES.validate(tree) is False, "the mutation must break a Schematron rule"
    assert conforms(tree) is False


def test_licence_target_is_not_a_pointer() -> None:
    tree = etree.parse(str(GOLDEN / "seed.xml"))
    licence = tree.find(".//t:licence", NS)
    licence.set("target", "https://creativecommons.org/licenses/by/4.0/")
    assert conforms(tree) is True and RULES.validate(tree)


def test_a_tei_corpus_is_left_to_the_schematron() -> None:
    corpus = etree.fromstring(f'<teiCorpus xmlns="{TEI_NS}"/>')
    assert conforms(etree.ElementTree(corpus)) is None


def test_quick_decides_natively_only_for_the_project_rules(tmp_path) -> None:
    other = tmp_path / "other.sch"
    other.write_bytes((SCHEMA_DIR / "encoder.sch").read_bytes())
    assert Validation("project", engine="lxml").native
    assert not Validation("project", schematron_path=str(other), engine="lxml").native
    tree = etree.parse(str(GOLDEN / "seed.xml"))
    _rename_idno(tree)
    assert not Validation("project", engine="lxml").quick(tree)


def test_validate_runs_the_schematron_only_where_the_native_rules_find_a_problem(monkeypatch) -> None:
    calls = []
    real = RULES.validate

    def counted(tree):
        calls.append(tree)
        return real(tree)

    monkeypatch.setattr(RULES, "validate", counted, raising=False)
    validation = Validation("project", engine="lxml")
    assert validation.rules is RULES
    assert validation.file(GOLDEN / "seed.xml") == [] and calls == []
    found = validation.file(INVALID / "id-without-prefix.xml")
    assert [d.code for d in found] == ["V103"] and len(calls) == 1
    full = Validation("project", engine="lxml", native=False)
    assert full.file(GOLDEN / "seed.xml") == [] and len(calls) == 2


def test_full_schematron_option(capsys) -> None:
    from encoder.cli import main

    assert main(["validate", "--full-schematron", str(GOLDEN / "seed.xml")]) == 0
    assert main(["validate", "--full-schematron", str(INVALID / "root-id-date.xml")]) == 1
    assert "error V106" in capsys.readouterr().out
