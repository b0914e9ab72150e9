"""Articles of 1949–2003 from the lossy JSON re-export, rebuilt in rmrb markdown form.

The re-export dropped indentation and the page/column lines (see ``source/SOURCES``), so each
article is written back with 4-space paragraphs: what it tests is the content conventions of
later decades (unbracketed leads, credits, letters, decks), not the layout.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from encoder.ingest.reader import decode
from encoder.model import BlockKind, Letter, Section
from encoder.run.pipeline import encode_source

from .conftest import FIXTURES

JSON_FILES = sorted((FIXTURES / "rmrb-json").glob("*.json"))


def rebuild(path: Path) -> bytes:
    data = json.loads(path.read_text(encoding="utf-8"))
    date = "{year:04d}-{month:02d}-{day:02d}".format(**data["dates"][0])
    lines = [f"### {data['title']}", " ".join(data["authors"]), date, f"第{data['page_start']}版()", "专栏：", ""]
    lines += ["    " + part["text"] for part in data["parts"]]
    return ("\r\n".join(lines[:3]) + "\r\n" + "\n".join(lines[3:]) + "\r\n").encode("utf-8")


def convert(path: Path):
    result = encode_source(decode(rebuild(path), path.with_suffix(".md").name))
    assert result.tei is not None, [str(d) for d in result.diagnostics]
    return result


def test_there_are_13_articles() -> None:
    assert len(JSON_FILES) == 13


@pytest.mark.parametrize("path", JSON_FILES, ids=lambda p: p.stem[:10])
def test_converts_with_its_text_intact(path: Path) -> None:
    result = convert(path)
    assert not [d for d in result.diagnostics if d.level >= 2], [str(d) for d in result.diagnostics]


def test_unbracketed_lead_1966() -> None:
    (path,) = [p for p in JSON_FILES if p.name.startswith("1966")]
    zh = convert(path).article.texts[0]
    assert zh.headline.text == "缅科学家代表团举行招待会"
    assert [deck.text for deck in zh.subtitles] == ["招待中柬锡澳等国科学家"]
    assert zh.blocks[2].lines[0][0].text == "新华社三日讯"


def test_seed_article_without_its_layout_keeps_its_structure() -> None:
    (path,) = [p for p in JSON_FILES if p.name.startswith("1958-09-21")]
    zh = convert(path).article.texts[0]
    (letter,) = zh.content
    assert isinstance(letter, Letter)
    assert len([n for n in letter.content if isinstance(n, Section)]) == 8
    assert [b.kind for b in letter.closer] == [BlockKind.VALEDICTION, BlockKind.SIGNATURE, BlockKind.PLACE_DATE]
    assert [b.kind for b in zh.back] == [BlockKind.CREDIT, BlockKind.EDITORIAL]


def test_telegram_closing_without_layout_1976() -> None:
    (path,) = [p for p in JSON_FILES if p.name.startswith("1976")]
    (letter,) = convert(path).article.texts[0].content
    assert [b.text for b in letter.closer] == [
        "苏联最高苏维埃主席团",
        "苏联部长会议",
        "一九七六年九月三十日于莫斯科克里姆林宫",
    ]


def test_byline_ending_in_the_author_2003() -> None:
    (path,) = [p for p in JSON_FILES if p.name.startswith("2003")]
    zh = convert(path).article.texts[0]
    assert [(b.kind, b.text) for b in zh.front] == [(BlockKind.BYLINE, "教育部党组书记、部长  周济")]
