"""Cross-check with Jing: libxml2 quirks must not hide an error in what encoder writes."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from encoder.cli import main

from .conftest import GOLDEN, ROOT, SOURCE

JING = shutil.which("jing")
pytestmark = pytest.mark.skipif(JING is None, reason="jing is not installed (CI installs it)")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> list[str]:
    out = tmp_path_factory.mktemp("tei")
    assert main(["convert", "-q", str(SOURCE), "-o", str(out)]) == 0
    files = sorted(str(p) for p in out.rglob("*.xml"))
    assert len(files) == 38
    return files + sorted(str(p) for p in GOLDEN.glob("*.xml"))


@pytest.mark.parametrize("schema", ["encoder.rng", "tei_all.rng"])
def test_every_output_and_golden_is_valid_by_jing(outputs, schema) -> None:
    done = subprocess.run([JING, str(ROOT / "schema" / schema), *outputs], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout[:3000]
