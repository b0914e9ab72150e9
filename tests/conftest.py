"""Shared fixtures: paths, the TEI-all schema (compiled once), the --update-goldens switch."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from encoder.check.validate import relaxng

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source"
SEED = SOURCE / "000_770e009bb3385bcc.txt"
RMRB = SOURCE / "rmrb"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"
TEI_ALL = ROOT / "schema" / "tei_all.rng"
#: The version written into golden files, so that a release does not change them.
GOLDEN_VERSION = "0.0.0"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite the golden files from the current output")


@pytest.fixture(scope="session")
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture(scope="session")
def tei_all() -> etree.RelaxNG:
    """The official TEI P5 4.12.0 tei_all schema, compiled once (it takes seconds).

    It comes from the library's per-process cache, which ``Validation("tei_all")`` and
    ``encoder validate --schema tei_all`` use too, so the session compiles it only once."""
    return relaxng(str(TEI_ALL))
