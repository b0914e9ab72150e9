"""The suite's shared paths, so that tests here import them as ``from .conftest import ...``;
:func:`convert_title`, a made-up article's title converted by the command line; and the title decks
the pipeline makes of a dev fixture (:func:`dev_title_kinds`, :func:`dev_decks`).

Fixtures and options live in tests/conftest.py, which pytest applies to this folder too."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from encoder.diagnostics import Reporter
from encoder.enrich import AUTHORITY_ONLY, enrich
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import Article, Block, BlockKind

from ..conftest import FIXTURES, GOLDEN, GOLDEN_VERSION, RMRB, ROOT, SEED, SOURCE, TEI_ALL, write_json_article

__all__ = [
    "DEV",
    "FIXTURES",
    "GOLDEN",
    "GOLDEN_VERSION",
    "RMRB",
    "ROOT",
    "SEED",
    "SOURCE",
    "TEI_ALL",
    "convert_title",
    "dev_article",
    "dev_decks",
    "dev_title_kinds",
    "json_blocks",
    "made_up_json",
]

#: The JSON articles of the development corpus (the block gold's sources among them).
DEV = FIXTURES / "rmrb-json-dev"
_DECK_KINDS = (BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE)


def made_up_json(
    folder: Path, date: tuple[int, int, int], title: str, parts: list[str], authors: list[str], page: int = 1
) -> Path:
    """A made-up article of the JSON distribution whose parts are ``parts`` exactly, written in ``folder``
    and named by its date as the fixtures are; its path."""
    year, month, day = date
    path = folder / f"{year:04d}-{month:02d}-{day:02d}_made_up.json"
    return write_json_article(path, title, parts, date, page, authors, title_part=False)


def json_blocks(folder: Path, title: str, parts: list[str], date: tuple[int, int, int]) -> list[Block]:
    """The Chinese blocks the classifier makes of a made-up article of the JSON distribution: ``title``, then
    ``parts`` (written in ``folder``, named by its date)."""
    year, month, day = date
    path = write_json_article(folder / f"{year}-{month:02d}-{day:02d}_x.json", title, parts, date)
    reporter = Reporter(str(path))
    return parse(read_source(path, reporter=reporter), reporter).texts[0].blocks


def dev_article(name: str) -> Article:
    """The article the pipeline makes of the dev fixture ``name`` (ingest and the enrich passes, names
    from the authority file only: what ``python -m encoder.evaluate blocks`` judges)."""
    path = DEV / name
    reporter = Reporter(str(path))
    return enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY)


def dev_title_kinds(name: str) -> list[BlockKind]:
    """The kinds of the title decks (kicker, headline, subtitle blocks) the pipeline makes of the dev fixture."""
    return [block.kind for block in dev_article(name).texts[0].blocks if block.kind in _DECK_KINDS]


def dev_decks(name: str) -> list[tuple[str, str]]:
    """The kind and text of each deck of the dev fixture ``name``'s title (the structure pass's kickers,
    headline and subtitles), through the whole pipeline."""
    text = dev_article(name).texts[0]
    decks = [*text.kickers, *([text.headline] if text.headline else []), *text.subtitles]
    return [(block.kind.value, block.text) for block in decks]


def convert_title(folder: Path, decks: list[str], lead: str, date: str) -> str:
    """The TEI ``encoder convert`` writes for a made-up JSON article of ``date`` (YYYY-MM-DD) whose
    title is ``decks`` (printed one deck a part, then ``lead``); the command must succeed."""
    year, month, day = (int(field) for field in date.split("-"))
    path = folder / f"{date}_made_up.json"
    parts = [{"type": "paragraph", "text": text} for text in [*decks, lead]]
    data = {
        "title": "　".join(decks),
        "authors": [],
        "dates": [{"year": year, "month": month, "day": day}],
        "parts": parts,
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = folder / "out.xml"
    run = subprocess.run(
        [sys.executable, "-m", "encoder", "convert", str(path), "-o", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    return out.read_text(encoding="utf-8")


_DECK_LETTERS = {BlockKind.KICKER: "K", BlockKind.HEADLINE: "H", BlockKind.SUBTITLE: "S"}


def title_letters(folder: Path, year: int, decks: list[str], body: list[str], repeat: bool = False) -> str:
    """The kinds of the title's blocks of a made-up JSON article of ``year`` whose title is ``decks`` (repeated as
    parts under themselves where ``repeat``), then ``body``, through parsing and enrichment: one letter a deck, K, H
    or S (``HH``: one headline block over two lines)."""
    parts = [*decks, *(decks if repeat else []), *body]
    path = made_up_json(folder, (year, 3, 1), ("" if year >= 1995 else "  ").join(decks), parts, [])
    reporter = Reporter(str(path))
    blocks = enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY).texts[0].blocks
    letters = ""
    for block in blocks:
        if block.kind not in _DECK_LETTERS:
            break
        letters += _DECK_LETTERS[block.kind] * (block.text.count("\n") + 1)
    return letters[: len(decks)]
