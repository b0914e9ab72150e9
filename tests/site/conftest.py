"""The site of the committed corpus (tei/) and of the English-only golden file, built once."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.run.paths import tei_files
from encoder.site import Site, build

from ..conftest import GOLDEN, ROOT

TEI = ROOT / "tei"
#: tei/ holds the bilingual seed and Chinese-only articles; the golden file adds an English-only one.
INPUTS = [str(TEI), str(GOLDEN / "english-only.xml")]


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Site, Path]:
    folder = tmp_path_factory.mktemp("site")
    return build(tei_files(INPUTS), folder), folder
