"""The schema sources: the committed RELAX NG equals a fresh build from the compact syntax."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from .conftest import ROOT

SCHEMA = ROOT / "schema"


@pytest.mark.skipif(shutil.which("trang") is None, reason="trang is not installed (CI installs it)")
def test_committed_rng_equals_a_fresh_build(tmp_path) -> None:
    built = tmp_path / "encoder.rng"
    subprocess.run(["trang", "-I", "rnc", "-O", "rng", str(SCHEMA / "encoder.rnc"), str(built)], check=True)
    assert built.read_bytes() == (SCHEMA / "encoder.rng").read_bytes(), (
        "schema/encoder.rng is stale: run  trang -I rnc -O rng schema/encoder.rnc schema/encoder.rng"
    )


def test_vendored_tei_all_keeps_its_licence_header() -> None:
    head = (SCHEMA / "tei_all.rng").read_bytes()[:4000].decode("utf-8")
    assert "TEI Edition: P5 Version" in head and "4.12.0" in head
    assert "BSD-2" in head and "CC+BY" in head


def test_the_schema_has_no_interleave_libxml2_would_validate_in_quadratic_time() -> None:
    """Text with phrases is ``(text | …)*``, not ``mixed { … }`` (an interleave): libxml2 takes
    time quadratic in an element's children on an interleave (2.7 s for a paragraph of 42,000
    names and dates, 0.07 s as a choice), and a paragraph of a long input has that many."""
    from lxml import etree

    rng = etree.parse(str(SCHEMA / "encoder.rng"))
    ns = {"rng": "http://relaxng.org/ns/structure/1.0"}
    assert rng.xpath("//rng:mixed | //rng:interleave", namespaces=ns) == []
    assert rng.xpath("//rng:define[@name='phrase.content']/rng:zeroOrMore/rng:choice/rng:text", namespaces=ns)
