"""The verb lexicon of the title decks: shipped as built from jieba's dictionary, its provenance true."""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path

import pytest

from encoder.ingest import title_verbs
from encoder.ingest.deck_verbs import LEXICON

ROOT = Path(__file__).resolve().parent.parent.parent


def _header(text: str) -> dict[str, str]:
    fields = {}
    for line in text.splitlines():
        if line.startswith("# ") and ": " in line:
            key, value = line[2:].split(": ", 1)
            fields[key] = value
    return fields


def test_the_shipped_lexicon_is_what_the_build_makes() -> None:
    dictionary = title_verbs.jieba_dictionary()
    if dictionary is None:
        pytest.skip(f"jieba {title_verbs.JIEBA} is not installed")
    assert LEXICON.read_text(encoding="utf-8") == title_verbs.build(dictionary)


def test_its_header_says_what_it_holds() -> None:
    text = LEXICON.read_text(encoding="utf-8")
    body = "".join(line + "\n" for line in text.splitlines() if not line.startswith("#"))
    header = _header(text)
    assert header["sha256 of the lines below"] == hashlib.sha256(body.encode("utf-8")).hexdigest()
    kinds = [line.split(" ")[0] for line in body.splitlines()]
    counts = ", ".join(f"{kind} {kinds.count(kind)}" for kind in ("verb", "rare", "adverb", "noun"))
    assert header["counts"] == counts
    assert header["source"].startswith(f"jieba {title_verbs.JIEBA} ")
    assert all(len(line.split(" ")[1]) >= 2 for line in body.splitlines())


def test_it_is_in_the_package_data() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert LEXICON.name in pyproject["tool"]["setuptools"]["package-data"]["encoder.ingest"]


def test_its_floors() -> None:
    text = LEXICON.read_text(encoding="utf-8")
    assert f"verb: tag v, frequency {title_verbs.VERB_FLOOR} or more" in _header(text)["filter"]
    words = {tuple(line.split(" ")) for line in text.splitlines() if not line.startswith("#")}
    # jieba's rarer words tagged v are often names or nouns (以军 104, 超市 534): no verbs that open a kicker
    assert ("verb", "缓解") in words and ("verb", "以军") not in words and ("rare", "超市") in words
    # the nouns and names a verb opens, however rare (下岗职工 3, 互助组 52, 联合公报 71 nt)
    assert {("noun", "下岗职工"), ("noun", "互助组"), ("noun", "联合公报")} <= words
