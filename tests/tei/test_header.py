"""The header: publication and provenance from the configuration (or said to be unset), the
translation's provenance, the English title typed as a translation, a dated change with its
agent, and the source's own words for the editors."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from encoder import config
from encoder.run.pipeline import encode

from .conftest import FIXTURES, RMRB, ROOT, SEED

NS = {"t": "http://www.tei-c.org/ns/1.0"}
PROJECT = config.load(ROOT / "encoder.toml", environ={})


def _tei(path: Path, project: config.Project | None = PROJECT) -> etree._Element:
    result = encode(path, project=project)
    assert result.tei is not None, [str(d) for d in result.diagnostics]
    return etree.fromstring(result.tei)


def _q(root: etree._Element, xpath: str) -> list:
    return root.xpath(xpath, namespaces=NS)


def test_publication_and_provenance_come_from_the_configuration() -> None:
    root = _tei(RMRB / "1946-05-16_致本报贺电一束.md")
    assert _q(root, "string(//t:publisher)") == PROJECT.publisher
    assert _q(root, "string(//t:licence/@target)") == PROJECT.licence_uri
    assert _q(root, "string(//t:publicationStmt/t:date/@when)") == "2026-11-30"
    bibl = {i.get("type"): i.text for i in _q(root, "//t:bibl[@type='source-file']/t:idno")}
    assert bibl["corpus"] == "fangj/rmrb (example/1946年05月/)"
    assert bibl["commit"] == "362bda34396c9c0ea15df763352d80d06f5dc5fa"
    assert bibl["path"] == "1946-05-16_致本报贺电一束.md"
    assert len(bibl["sha256"]) == 64
    # a Chinese-only article: no translation to speak of
    assert _q(root, "string(//t:availability/t:p)") == "The rights in the article are not cleared by this file."
    assert not _q(root, "//t:respStmt[contains(@xml:id, 'translation')]")


def test_without_configuration_the_header_says_unset_and_invents_nothing() -> None:
    root = _tei(SEED, project=None)
    assert _q(root, "string(//t:publisher)").startswith("unset: no publisher configured")
    assert _q(root, "string(//t:licence)").startswith("unset: no licence configured")
    assert _q(root, "//t:publicationStmt/t:idno[@type='unset']")
    assert _q(root, "string(//t:idno[@type='corpus'])").startswith("unset: no corpus for bilingual-markdown")
    assert (
        _q(root, "string(//t:note[@type='commit'])")
        == "The commit of the corpus this file was taken from is not recorded."
    )
    assert b"encoder project" not in etree.tostring(root)


def test_a_doi_scheme_gives_each_file_its_doi(tmp_path: Path) -> None:
    path = tmp_path / "encoder.toml"
    path.write_text('[identifier]\nscheme = "DOI"\nprefix = "10.5281/rmrb"\n', encoding="utf-8")
    root = _tei(SEED, project=config.load(path, environ={}))
    assert _q(root, "string(//t:publicationStmt/t:idno[@type='DOI'])") == "10.5281/rmrb/rmrb-1958-09-21-p2-a4c02de8"


def test_the_english_title_is_a_translation_and_its_translator_unknown() -> None:
    root = _tei(SEED)
    titles = {
        t.get("xml:lang") or t.get("{http://www.w3.org/XML/1998/namespace}lang"): t.get("type")
        for t in _q(root, "//t:titleStmt/t:title")
    }
    assert titles == {"zh-Hans": "main", "en": "translated"}
    assert _q(root, "string(//t:analytic/t:title[@xml:lang='en']/@type)") == "translated"
    (resp,) = _q(root, "//t:titleStmt/t:respStmt[contains(@xml:id, 'translation')]")
    assert resp.findtext("t:name", namespaces=NS) == "unknown"
    assert "unknown" in resp.findtext("t:resp", namespaces=NS)


def test_a_translator_the_source_names_is_written(tmp_path: Path) -> None:
    source = tmp_path / "named.txt"
    text = (FIXTURES / "english_only.txt").read_text(encoding="utf-8")
    source.write_text(text.replace("Page: 2\n", "Page: 2\nTranslator: Li Ming\n", 1), encoding="utf-8")
    root = _tei(source)
    (resp,) = _q(root, "//t:titleStmt/t:respStmt[contains(@xml:id, 'translation')]")
    assert resp.findtext("t:name", namespaces=NS) == "Li Ming"


def test_the_conversion_change_is_dated_and_points_to_the_converter() -> None:
    root = _tei(SEED)
    (change,) = _q(root, "//t:revisionDesc/t:change")
    assert change.get("when") == "2026-11-30"
    (agent,) = _q(root, f"//t:application[@xml:id='{change.get('who')[1:]}']")
    assert agent.get("ident") == "encoder"


def test_the_conversion_date_is_deterministic_without_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    dated = config.load(ROOT / "encoder.toml")  # the file's date wins over the environment
    assert dated.date == "2026-11-30"
    bare = config.Project(date=config.default_date()[0])
    assert _q(_tei(SEED, bare), "string(//t:change/@when)") == "2023-11-14"


def test_the_editors_are_named_in_the_sources_words() -> None:
    """（文内插题是本报编者加的）: the editors are 本报编者, not an invented 人民日报编辑部."""
    root = _tei(SEED)
    (resp,) = _q(root, "//t:monogr/t:respStmt")
    assert resp.findtext("t:name", namespaces=NS) == "本报编者"
    assert (
        b"\xe4\xba\xba\xe6\xb0\x91\xe6\x97\xa5\xe6\x8a\xa5\xe7\xbc\x96\xe8\xbe\x91\xe9\x83\xa8"
        not in etree.tostring(root, encoding="utf-8")
    )  # 人民日报编辑部
    note = _q(root, "//t:note[@type='editorial']")[0]
    assert note.get("resp") == f"#{resp.get('{http://www.w3.org/XML/1998/namespace}id')}"
