"""The hand-made gold is well formed: it matches its sources byte for byte and character for character.

Checked for every file of ``tests/fixtures/gold/names/`` and ``tests/fixtures/gold/blocks/``
(and every title of ``tests/fixtures/gold/decks/*.json``: its source's SHA-256, each deck's text):
the source fixture exists and has the recorded SHA-256, the split is ``dev`` or ``heldout``,
name mentions are the text they claim (``surface == text[start:end]``) and never overlap, and
block segments concatenate to their part's text exactly, one entry per part, in order (the second
readings of ``blocks/second/`` too).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SOURCES = FIXTURES / "rmrb-json-dev"
NAMES = sorted((FIXTURES / "gold" / "names").glob("*.json"))
BLOCKS = sorted((FIXTURES / "gold" / "blocks").glob("*.json"))
#: second readings of held-out articles, written apart, for the readers' agreement (evaluate blocks --reader)
SECOND = sorted((FIXTURES / "gold" / "blocks" / "second").glob("*.json"))
DECK_FILES = {
    path.name: json.loads(path.read_text(encoding="utf-8"))["titles"]
    for path in sorted((FIXTURES / "gold" / "decks").glob("*.json"))
}
DECKS = [title for titles in DECK_FILES.values() for title in titles]
#: the titles read apart after the block gold was written: their gold deck is the block gold's label
READ_APART = DECK_FILES["read-apart.json"]
TYPES = {"person", "place", "org"}


def _load(path: Path) -> tuple[dict, list[str]]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    source = SOURCES / gold["file"]
    assert source.is_file(), f"{path.name}: no source {source.name}"
    assert hashlib.sha256(source.read_bytes()).hexdigest() == gold["sha256"], path.name
    assert gold["split"] in {"dev", "heldout"}, (path.name, gold["split"])
    parts = [part["text"] for part in json.loads(source.read_text(encoding="utf-8"))["parts"]]
    return gold, parts


@pytest.mark.parametrize("path", NAMES, ids=lambda p: p.stem[:24])
def test_name_mentions_are_the_text_they_claim_and_never_overlap(path: Path) -> None:
    gold, parts = _load(path)
    ends: dict[int, int] = {}
    for mention in sorted(gold["mentions"], key=lambda m: (m["part"], m["start"])):
        text = parts[mention["part"]]
        assert mention["type"] in TYPES, mention
        assert 0 <= mention["start"] < mention["end"] <= len(text), mention
        assert text[mention["start"] : mention["end"]] == mention["surface"], mention
        assert mention["start"] >= ends.get(mention["part"], 0), f"overlap at {mention}"
        ends[mention["part"]] = mention["end"]


@pytest.mark.parametrize("path", BLOCKS + SECOND, ids=lambda p: p.stem[:24])
def test_block_segments_concatenate_to_their_parts(path: Path) -> None:
    gold, parts = _load(path)
    assert [entry["index"] for entry in gold["parts"]] == list(range(len(parts))), path.name
    for entry in gold["parts"]:
        assert entry["segments"], (path.name, entry["index"])
        assert "".join(segment["text"] for segment in entry["segments"]) == parts[entry["index"]], (
            path.name,
            entry["index"],
        )


def test_each_second_reading_reads_a_gold_article() -> None:
    """A second reading is of an article of the block gold: same file name, same source bytes."""
    assert SECOND
    for path in SECOND:
        first = json.loads((FIXTURES / "gold" / "blocks" / path.name).read_text(encoding="utf-8"))
        assert json.loads(path.read_text(encoding="utf-8"))["sha256"] == first["sha256"], path.name


def test_both_golds_hold_articles() -> None:
    assert len(NAMES) >= 30 and len(BLOCKS) >= 60


@pytest.mark.parametrize("title", DECKS, ids=lambda t: t["file"][:24])
def test_deck_gold_texts_are_their_parts(title: dict) -> None:
    source = SOURCES / title["file"]
    assert hashlib.sha256(source.read_bytes()).hexdigest() == title["sha256"], title["file"]
    parts = [part["text"] for part in json.loads(source.read_text(encoding="utf-8"))["parts"]]
    assert [deck["text"] for deck in title["decks"]] == [parts[deck["index"]] for deck in title["decks"]]


@pytest.mark.parametrize("title", READ_APART, ids=lambda t: t["file"][:24])
def test_a_title_read_apart_holds_the_block_gold_s_kinds_and_its_majority(title: dict) -> None:
    """``kind`` is the block gold's label of each deck, and the label two of the three readings give
    (the first, ``third``, where all three differ)."""
    (gold,) = [json.loads(p.read_text(encoding="utf-8")) for p in BLOCKS if p.name == title["file"]]
    kinds = {part["index"]: [s["kind"] for s in part["segments"]] for part in gold["parts"]}
    for deck in title["decks"]:
        assert kinds[deck["index"]] == [deck["kind"]]
        votes = [deck["third"], deck["c"], deck["d"]]
        majority = max(votes, key=votes.count)
        assert deck["kind"] == (majority if votes.count(majority) >= 2 else deck["third"])
