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
