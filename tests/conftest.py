"""Shared fixtures: paths, the TEI-all schema (compiled once), the --update-goldens switch, the
listener that records network requests, and how headless Chromium is run."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from lxml import etree

from encoder import lazy_re
from encoder.check.validate import relaxng

if TYPE_CHECKING:
    from .check.hostile import Listener

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source"
SEED = SOURCE / "000_770e009bb3385bcc.txt"
RMRB = SOURCE / "rmrb"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"
TEI_ALL = ROOT / "schema" / "tei_all.rng"
#: The version written into golden files, so that a release does not change them.
GOLDEN_VERSION = "0.0.0"
CHROMIUM = shutil.which("chromium")
#: Headless Chromium with nothing of its own on the network (no updates, sync or QUIC).
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def write_json_article(
    path: Path,
    title: str,
    parts: list[str],
    date: tuple[int, int, int],
    page: int = 1,
    authors: list[str] | None = None,
    title_part: bool = True,
) -> Path:
    """Write to ``path`` an article in the public JSON distribution's form: ``title`` (also its
    first part, unless not ``title_part``), then ``parts`` as paragraphs, of ``date`` (year, month,
    day) on ``page``."""
    year, month, day = date
    source = {
        "title": title,
        "authors": authors or [],
        "dates": [{"year": year, "month": month, "day": day}],
        "parts": [{"type": "paragraph", "text": text} for text in ([title] if title_part else []) + parts],
        "comments": [],
        "comment_pivots": [],
        "description": "",
        "page_start": page,
        "page_end": page,
    }
    path.write_text(json.dumps(source, ensure_ascii=False), encoding="utf-8")
    return path


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


@pytest.fixture
def listener() -> Iterator[Listener]:
    """A local server that records every connection and never answers."""
    from .check.hostile import Listener  # imported here: tests/check/hostile.py reads this module

    server = Listener()
    yield server
    server.close()


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The code cache in ``tmp_path``, as a process that has not read it yet sees it."""
    cache = tmp_path / "patterns.marshal"
    monkeypatch.setattr(lazy_re, "CODE_CACHE", cache)
    monkeypatch.setattr(lazy_re, "_table", None)
    monkeypatch.setattr(lazy_re, "_made", {})
    return cache
