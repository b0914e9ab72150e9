"""Fidelity gate: the text of each language division must equal that language's source text.

The source text is the body's lines for markdown, and every part's text for a JSON article
(read again from the file, apart from what ingest made of it).

Normalisation (documented in the TEI's editorialDecl): Chinese is compared with all white
space removed (indentation and alignment padding are layout, not text); English is compared
as the sequence of its white-space separated words. Everything else must match exactly.
"""

from __future__ import annotations

from lxml import etree

from ..diagnostics import Diagnostic, Reporter
from ..ingest.reader import Source
from ..ingest.rmrb_json import is_json, part_texts, part_units
from ..model import Article
from ..tei import XML_ID
from ..tei.text import all_text, division_text


def _units(text: str, lang: str) -> list[str] | str:
    """What is compared: English words, or Chinese text without white space."""
    return text.split() if lang == "en" else "".join(text.split())


def _source_units(source: Source, lines: range, lang: str) -> list[tuple[str, int, int]]:
    """The comparison units of the source lines, each with its line and column."""
    units: list[tuple[str, int, int]] = []
    for number in lines:
        line = source.line(number)
        if lang == "en":
            column = 0
            for word in line.split():
                column = line.index(word, column)
                units.append((word, number, column + 1))
                column += len(word)
        else:
            units.extend((char, number, column) for column, char in enumerate(line, 1) if not char.isspace())
    return units


def check(source: Source, article: Article, tree: etree._ElementTree, reporter: Reporter) -> list[Diagnostic]:
    """Compare every language division of ``tree`` with ``source``; report each mismatch as F001."""
    found: list[Diagnostic] = []
    root = tree.getroot()
    divisions = {d.get(XML_ID): d for d in root.iterfind("{*}text/{*}body/{*}div")}
    for text in article.texts:
        division = divisions.get(text.id)
        lang = text.short
        # Chinese is compared without white space, so a line break's space does not count there
        text_of = all_text if lang == "zh" else division_text
        actual = _units(text_of(division), lang) if division is not None else []
        from_json = is_json(source)  # its text is the parts', not the file's lines
        lines = "\n".join(
            part_texts(source) if from_json else (source.lines[number - 1] for number in text.source_lines)
        )
        if actual == _units(lines, lang):  # the usual case: no positions needed
            continue
        actual = list(actual)
        expected = part_units(source) if from_json else _source_units(source, text.source_lines, lang)
        index = next(
            (i for i, (a, (b, _, _)) in enumerate(zip(actual, expected, strict=False)) if a != b),
            min(len(actual), len(expected)),
        )
        line, column = (
            (expected[index][1], expected[index][2])
            if index < len(expected)
            else (text.source_lines[-1] if text.source_lines else 0, 1)
        )
        joiner = " " if lang == "en" else ""
        have = joiner.join(u for u, _, _ in expected[index : index + 8]) or "(end of text)"
        got = joiner.join(actual[index : index + 8]) or "(end of text)"
        found.append(
            reporter.error(
                "F001",
                f"the {text.lang} text of the TEI differs from the source here: source has {have!r}, "
                f"TEI has {got!r} ({len(expected)} units in the source, {len(actual)} in the TEI)",
                line,
                column,
            )
        )
    return found
