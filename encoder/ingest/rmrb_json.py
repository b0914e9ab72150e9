"""The JSON distribution of the People's Daily: one object per article, read directly.

The whole 1946–2003 corpus is public in this form (banned-historical-archives/
banned-historical-archives10, ``json/YEAR/MONTH/N.json``)::

    {"title": "…", "authors": ["…"], "dates": [{"year": 1951, "month": 8, "day": 7}],
     "parts": [{"type": "paragraph", "text": "…"}, …], "page_start": 1, "page_end": 1,
     "comments": [], "comment_pivots": [], "description": ""}

The header comes from the fields (title, authors, the first date, the page); the Chinese
text's blocks come from ``parts``, one part a paragraph, through the same classifier as rmrb
markdown (each part as a paragraph line: the JSON has no indentation, so the classifier sees
what a rebuilt markdown file would show it). Diagnostics point into the JSON file itself: a
syntax error at its line and column, a schema error at the field, a block at the character of
its part where it starts (:class:`Locator` maps decoded text back to the file, escapes and
all). The fidelity gate compares the TEI with the parts' text (:func:`part_units`).
"""

from __future__ import annotations

import bisect
import datetime
import json
from json.decoder import scanstring  # type: ignore[attr-defined]  # (public, but not in typeshed)
from typing import Any

from ..diagnostics import EncodeError, Reporter
from ..lazy_re import lazy
from ..model import Article, Field, Header, SourceForm, Span, Text
from .classify import classify_zh
from .lines import raw_lines
from .reader import _XML_ILLEGAL, Source

#: The keys of the distribution's schema; any other is kept as a note (P010).
KNOWN_FIELDS = ("title", "authors", "dates", "parts", "comments", "comment_pivots", "description", "page_start")
_ALSO_KNOWN = ("page_end",)
_NUMBER = lazy(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
#: What each part becomes for the classifier: a paragraph line of rmrb markdown.
_INDENT = "    "

Path_ = tuple[str | int, ...]


def is_json(source: Source) -> bool:
    """Whether ``source`` is a JSON article: named ``.json``, or starting with ``{``."""
    if source.path.lower().endswith(".json"):
        return True
    first = next((line.lstrip() for line in source.lines if line.strip()), "")
    return first.startswith("{")


class Locator:
    """Positions in the JSON text: where each value starts, and where a character of a
    string value is in the file (line and column, 1-based, as the reader counts them)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
        self.offsets: dict[Path_, int] = {}
        _scan_value(text, 0, (), self.offsets)

    def position(self, offset: int) -> tuple[int, int]:
        """Line and column of a character offset into the text."""
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def at(self, path: Path_) -> tuple[int, int]:
        """Line and column where the value at ``path`` starts (its field's parent when absent)."""
        while path not in self.offsets and path:
            path = path[:-1]
        return self.position(self.offsets.get(path, 0))

    def in_string(self, path: Path_, index: int) -> tuple[int, int]:
        """Line and column of character ``index`` of the decoded string at ``path``."""
        return self.position(self.characters(path)[index])

    def characters(self, path: Path_) -> list[int]:
        """The offset of each character of the string at ``path`` (see :func:`raw_offsets`)."""
        return raw_offsets(self.text, self.offsets[path])

    def span(self, path: Path_, index: int, shown: str) -> Span:
        return Span(shown, *self.in_string(path, index))


def raw_offsets(text: str, quote: int) -> list[int]:
    """The offset in ``text`` of each character of the JSON string whose opening quote is at
    ``quote`` (an escape such as ``\\n``, ``\\u4e00`` or a surrogate pair is one character),
    and last the offset of its closing quote."""
    offsets, at = [], quote + 1
    while text[at] != '"':
        offsets.append(at)
        if text[at] != "\\":
            at += 1
        elif text[at + 1] != "u":
            at += 2
        else:
            high = int(text[at + 2 : at + 6], 16)
            at += 6
            if (
                0xD800 <= high < 0xDC00
                and text.startswith("\\u", at)
                and 0xDC00 <= int(text[at + 2 : at + 6], 16) < 0xE000
            ):
                at += 6
    offsets.append(at)
    return offsets


def _skip(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\n\r":
        at += 1
    return at


def _scan_value(text: str, at: int, path: Path_, offsets: dict[Path_, int]) -> int:
    """Record where the value at ``at`` (and every value inside it) starts; return its end.
    Only called on text that ``json.loads`` accepted."""
    at = _skip(text, at)
    offsets[path] = at
    char = text[at]
    if char == '"':
        return scanstring(text, at + 1)[1]
    if char in "{[":
        closing, index = ("}" if char == "{" else "]"), 0
        at = _skip(text, at + 1)
        while text[at] != closing:
            key: str | int = index
            if char == "{":
                key, at = scanstring(text, at + 1)
                at = _skip(text, at) + 1  # the colon
            at = _skip(text, _scan_value(text, at, (*path, key), offsets))
            index += 1
            if text[at] == ",":
                at = _skip(text, at + 1)
        return at + 1
    for literal in ("true", "false", "null"):
        if text.startswith(literal, at):
            return at + len(literal)
    match = _NUMBER.match(text, at)
    return match.end() if match else at + 1


def load(source: Source, reporter: Reporter) -> tuple[dict[str, Any], Locator]:
    """The JSON object of ``source`` and its positions; P008 at the syntax error's place."""
    text = "\n".join(source.lines)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise reporter.fail("P008", f"not valid JSON: {exc.msg}", exc.lineno, exc.colno) from None
    except RecursionError:
        raise reporter.fail("P008", "not valid JSON for an article: nested too deeply", 1, 1) from None
    if not isinstance(data, dict):
        raise reporter.fail("P009", f"the JSON holds a {type(data).__name__}, not an article object", 1, 1)
    return data, Locator(text)


def _fail(reporter: Reporter, locator: Locator, path: Path_, message: str) -> EncodeError:
    shown = "".join(f"[{key}]" if isinstance(key, int) else f".{key}" for key in path).lstrip(".")
    return reporter.fail("P009", f"{shown}: {message}", *locator.at(path))


def check_schema(data: dict[str, Any], locator: Locator, reporter: Reporter) -> None:
    """Refuse (P009) what the article cannot be read without; warn (P010) of the unexpected."""
    if not isinstance(data.get("title"), str):
        raise _fail(reporter, locator, ("title",), "the title must be a string")
    authors = data.get("authors", [])
    if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
        raise _fail(reporter, locator, ("authors",), "the authors must be a list of strings")
    dates = data.get("dates")
    if not isinstance(dates, list) or not dates:
        raise _fail(reporter, locator, ("dates",), "the dates must be a list of one {year, month, day}")
    for key in ("year", "month", "day"):
        value = dates[0].get(key) if isinstance(dates[0], dict) else None
        if not isinstance(value, int) or isinstance(value, bool):
            raise _fail(reporter, locator, ("dates", 0, key), f"the date's {key} must be a whole number")
    parts = data.get("parts")
    if not isinstance(parts, list):
        raise _fail(reporter, locator, ("parts",), "the parts must be a list of {type, text}")
    for index, part in enumerate(parts):
        if not isinstance(part, dict) or not isinstance(part.get("text"), str):
            raise _fail(reporter, locator, ("parts", index), "a part must be an object with a text string")
        if part.get("type", "paragraph") != "paragraph" or set(part) - {"type", "text"}:
            line, column = locator.at(("parts", index))
            reporter.warning("P010", "a part other than {type: paragraph, text} is read as a paragraph", line, column)
    page = data.get("page_start")
    if page is not None and (isinstance(page, bool) or not isinstance(page, int | str)):
        raise _fail(reporter, locator, ("page_start",), "the page must be a number")
    for key, value in data.items():
        line, column = locator.at((key,))
        if key not in KNOWN_FIELDS + _ALSO_KNOWN:
            kept = isinstance(value, str | int | float) and not isinstance(value, bool)
            what = "kept in the header as a note" if kept else "ignored: it holds no text of the article"
            reporter.warning("P010", f"unexpected field {key!r} {what}", line, column)
        elif key in ("comments", "comment_pivots") and value:
            reporter.warning(
                "P010", f"the field {key!r} is not empty; it is no text of the article and is ignored", line, column
            )


def _header(data: dict[str, Any], locator: Locator, source: Source, reporter: Reporter) -> Header:
    """The header from the fields: title, authors, the issue date, the page, other notes."""
    path = source.path
    header = Header(provenance=source.provenance(SourceForm.RMRB_JSON))
    title = data["title"].strip()
    if title:
        header.title_zh = Field(title, Span(path, *locator.at(("title",))))
    authors = " ".join(a for a in data.get("authors", []) if a.strip())
    if authors:
        header.author_zh = Field(authors, Span(path, *locator.at(("authors",))))
    first = data["dates"][0]
    try:
        date = datetime.date(first["year"], first["month"], first["day"]).isoformat()
    except ValueError as exc:
        raise _fail(reporter, locator, ("dates", 0), f"not a date ({exc})") from None
    header.date = Field(date, Span(path, *locator.at(("dates", 0))))
    if len(data["dates"]) > 1:
        reporter.warning(
            "P010", f"{len(data['dates'])} dates; the first ({date}) is the issue's", *locator.at(("dates",))
        )
    page = str(data.get("page_start", "")).strip()
    if page:
        header.page = Field(page, Span(path, *locator.at(("page_start",))))
    for key, value in data.items():
        noted = key in ("page_end", "description") or key not in KNOWN_FIELDS + _ALSO_KNOWN
        scalar = isinstance(value, str | int | float) and not isinstance(value, bool)
        if noted and scalar and str(value).strip() and not (key == "page_end" and str(value).strip() == page):
            header.extra[key] = Field(str(value).strip(), Span(path, *locator.at((key,))))
    return header


def _refuse_illegal(data: dict[str, Any], locator: Locator, reporter: Reporter) -> None:
    """R002 at the place of a character XML forbids (a JSON escape can write one)."""
    strings: list[tuple[Path_, str]] = [(("title",), data["title"])]
    strings += [(("authors", i), author) for i, author in enumerate(data.get("authors", []))]
    strings += [(("parts", i, "text"), part["text"]) for i, part in enumerate(data["parts"])]
    for path, value in strings:
        bad = _XML_ILLEGAL.search(value)
        if bad:
            where = locator.in_string(path, bad.start())
            raise reporter.fail("R002", f"character U+{ord(bad.group()):04X} is not allowed in XML", *where)


def parse_json(source: Source, reporter: Reporter) -> Article:
    """The article of a JSON file of the distribution; raise ``EncodeError`` when it cannot be read."""
    data, locator = load(source, reporter)
    check_schema(data, locator, reporter)
    _refuse_illegal(data, locator, reporter)
    header = _header(data, locator, source, reporter)
    parts: list[str] = [part["text"] for part in data["parts"]]
    if header.title_zh is None:
        first = next((i for i, text in enumerate(parts) if text.strip()), None)
        if first is not None:
            reporter.warning("P002", "the title is empty; the first part stands as the title", *locator.at(("title",)))
            header.title_zh = Field(parts[first].strip(), Span(source.path, *locator.at(("parts", first, "text"))))
    lines = raw_lines([_INDENT + text for text in parts])
    text = classify_zh(source.path, lines, header, reporter) if parts else None
    if text is None:
        raise reporter.fail("P003", "the article has no text: its parts are empty", *locator.at(("parts",)))
    _relocate(text, locator, source.path)
    return Article(source.path, header, [text])


def _relocate(text: Text, locator: Locator, shown: str) -> None:
    """Point each block (numbered by part while classified) at its part's text in the file."""

    def span(old: Span) -> Span:
        return locator.span(("parts", old.line - 1, "text"), old.column - 1 - len(_INDENT), shown)

    for block in text.blocks:
        block.span = span(block.span)
    text.span = span(text.span)


def part_texts(source: Source) -> list[str]:
    """The text of each part of a JSON article (what its Chinese division must hold)."""
    return [part["text"] for part in json.loads("\n".join(source.lines))["parts"]]


def part_units(source: Source) -> list[tuple[str, int, int]]:
    """Every non-space character of the parts' text with its line and column in the file."""
    locator = Locator("\n".join(source.lines))
    units: list[tuple[str, int, int]] = []
    for index, text in enumerate(part_texts(source)):
        offsets = locator.characters(("parts", index, "text"))
        units.extend((char, *locator.position(offsets[at])) for at, char in enumerate(text) if not char.isspace())
    return units


def part_index(locator: Locator, count: int, line: int, column: int) -> tuple[int, int] | None:
    """The part and character of a block's span (the inverse of :meth:`Locator.in_string`)."""
    offset = locator.starts[line - 1] + column - 1
    for index in range(count):
        offsets = locator.characters(("parts", index, "text"))
        if offsets[0] <= offset <= offsets[-1]:
            return index, bisect.bisect_left(offsets, offset)
    return None
