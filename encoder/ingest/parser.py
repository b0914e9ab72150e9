"""Parse stage: a :class:`Source` to an :class:`Article` with classified blocks.

Three input shapes are recognised by their first lines:

* bilingual: an English header (``Title:``…), the translation, ``<hr />``, ``Original:``
  and the Chinese original in rmrb markdown form;
* English-only: the English header and the translation;
* Chinese-only: rmrb markdown (``### title``, author, date, ``第N版()``, ``专栏：``);
* the JSON distribution (one object per article: ``title``, ``authors``, ``dates``,
  ``parts``…), read by :mod:`.rmrb_json`.

Each article's header records which of these forms it came from (:class:`~encoder.model.SourceForm`).
"""

from __future__ import annotations

import datetime
import re

from ..diagnostics import Reporter
from ..lazy_re import lazy
from ..model import Article, Field, Header, SourceForm, Span, Text
from .classify import classify_en, classify_zh
from .lines import RawLine, raw_lines
from .reader import Source
from .rmrb_json import is_json, parse_json
from .sanity import check_languages, check_one_article

_EN_FIELD = lazy(r"^([A-Z][A-Za-z ]{0,20}):(.*)$")
_ISO_DATE = lazy(r"^\d{4}-\d{2}-\d{2}$")
_ZH_PAGE = lazy(r"^第\s*(\d+)\s*版\s*[（(](.*)[)）]$")
_ZH_COLUMN = lazy(r"^专栏[：:](.*)$")
_HR = lazy(r"^<hr\s*/?>$", re.IGNORECASE)
_ORIGINAL = lazy(r"^Original\s*[:：]$")


def parse(source: Source, reporter: Reporter | None = None) -> Article:
    """Recognise the shape of ``source`` and parse it; raise ``EncodeError`` if it has none."""
    reporter = reporter or Reporter(source.path)
    if is_json(source):
        return parse_json(source, reporter)
    lines = raw_lines(source.lines)
    first = next((ln for ln in lines if ln.text), None)
    if first is None:
        raise reporter.fail("R003", "the file holds only white space", 1, 1)
    check_one_article(lines, reporter)
    header = Header()
    texts: list[Text] = []
    if _EN_FIELD.match(first.text) and first.text.startswith("Title"):
        body_start = _parse_en_header(lines, first.number - 1, header, reporter)
        hr = next((i for i in range(body_start, len(lines)) if _HR.match(lines[i].text)), None)
        en_lines = lines[body_start : hr if hr is not None else len(lines)]
        if hr is not None:
            zh_start = _after_original(lines, hr, reporter)
            zh_text = _parse_zh(source, lines, zh_start, header, reporter)
            texts.append(zh_text)
        en_text = classify_en(source.path, en_lines, header, reporter)
        if en_text is None:
            raise reporter.fail("P003", "the English part has no text after its header", body_start + 1, 1)
        texts.append(en_text)
        header.provenance = source.provenance(SourceForm.BILINGUAL if hr is not None else SourceForm.ENGLISH)
    elif first.text.startswith("###"):
        texts.append(_parse_zh(source, lines, first.number - 1, header, reporter))
        header.provenance = source.provenance(SourceForm.RMRB_MARKDOWN)
    else:
        raise reporter.fail(
            "P001",
            "unrecognised input: expected a 'Title:' header (English or bilingual article) "
            "or a '### title' line (rmrb markdown)",
            first.number,
            first.column,
        )
    if header.date is None:
        raise reporter.fail("P002", "the article has no date (YYYY-MM-DD) in its header", first.number, 1)
    check_languages(texts, reporter)
    return Article(source.path, header, texts)


def _parse_en_header(lines: list[RawLine], start: int, header: Header, reporter: Reporter) -> int:
    """Read ``Key: value`` lines from ``start`` up to a blank line; return the body's index."""
    index = start
    while index < len(lines) and lines[index].text:
        line = lines[index]
        match = _EN_FIELD.match(line.text)
        if not match:
            break
        key, value = match.group(1).strip(), match.group(2).strip()
        span = Span(reporter.path, line.number, line.column)
        if key == "Title":
            header.title_en = Field(value, span) if value else None
        elif key == "Author":
            header.author_en = Field(value, span) if value else None
        elif key == "Date":
            if not _ISO_DATE.match(value):
                raise reporter.fail("P002", f"Date must be YYYY-MM-DD, not {value!r}", line.number, line.column)
            _calendar(value, line.number, line.column, reporter)
            header.date = Field(value, span)
        elif key == "Page":
            if value and not value.isdigit():
                reporter.warning("P002", f"Page should be a number, not {value!r}; kept as given", line.number)
            header.page = Field(value, span) if value else None
        else:
            reporter.warning("P007", f"unknown header field {key!r} kept in the header", line.number, line.column)
            header.extra[key] = Field(value, span)
        index += 1
    if header.title_en is None:
        raise reporter.fail("P002", "the 'Title:' header field is empty", start + 1, 1)
    return index


def _after_original(lines: list[RawLine], hr: int, reporter: Reporter) -> int:
    """Index of the first line of the Chinese original after ``<hr />`` and ``Original:``."""
    index = hr + 1
    while index < len(lines) and not lines[index].text:
        index += 1
    if index < len(lines) and _ORIGINAL.match(lines[index].text):
        index += 1
    else:
        reporter.warning("P002", "'<hr />' is not followed by an 'Original:' line", lines[hr].number, 1)
    while index < len(lines) and not lines[index].text:
        index += 1
    if index >= len(lines):
        raise reporter.fail(
            "P004", "the file has '<hr />' but no Chinese original after it", lines[hr].number, lines[hr].column
        )
    return index


def _parse_zh(source: Source, lines: list[RawLine], start: int, header: Header, reporter: Reporter) -> Text:
    """Parse an rmrb markdown article starting at ``lines[start]`` (the ``###`` line)."""
    title_line = lines[start]
    if not title_line.text.startswith("###"):
        raise reporter.fail(
            "P001", "the Chinese original must start with a '### title' line", title_line.number, title_line.column
        )
    path = source.path
    title = title_line.text[3:].strip()
    if not title:
        raise reporter.fail("P002", "the '###' title line is empty", title_line.number, title_line.column)
    header.title_zh = Field(title, Span(path, title_line.number, title_line.column + 4))
    index = start + 1
    # The author line (often empty) comes before the date; allow it to be missing.
    date_index = next((i for i in range(index, min(index + 3, len(lines))) if _ISO_DATE.match(lines[i].text)), None)
    if date_index is None:
        raise reporter.fail("P002", "no date line (YYYY-MM-DD) after the '###' title", title_line.number + 1, 1)
    author = " ".join(ln.text for ln in lines[index:date_index] if ln.text)
    if author:
        author_line = next(ln for ln in lines[index:date_index] if ln.text)
        header.author_zh = Field(author, Span(path, author_line.number, author_line.column))
    date_line = lines[date_index]
    _calendar(date_line.text, date_line.number, date_line.column, reporter)
    date = Field(date_line.text, Span(path, date_line.number, date_line.column))
    if header.date is not None and header.date.value != date.value:
        reporter.warning(
            "P002",
            f"the Chinese date {date.value} differs from the English header's "
            f"{header.date.value}; the English one is kept",
            date_line.number,
            date_line.column,
        )
    else:
        header.date = date
    index = _zh_page_and_column(path, lines, date_index, header, reporter)
    text = classify_zh(path, lines[index:], header, reporter)
    if text is None:
        raise reporter.fail(
            "P003",
            "the Chinese article has no body text after its header",
            lines[index - 1].number + 1 if index < len(lines) + 1 else index,
            1,
        )
    return text


def _calendar(value: str, line: int, column: int, reporter: Reporter) -> None:
    """Stop on a header date of the YYYY-MM-DD form that no calendar has (``1946-13-45``)."""
    try:
        datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise reporter.fail("P002", f"the date {value} is not a date of the calendar ({exc})", line, column) from None


def _zh_page_and_column(path: str, lines: list[RawLine], date_index: int, header: Header, reporter: Reporter) -> int:
    """Read the page line (第N版()) and the column line (专栏：) after the date line, either
    missing; return the index of the line after them."""
    date_line = lines[date_index]
    index = date_index + 1
    if index < len(lines) and (match := _ZH_PAGE.match(lines[index].text)):
        if header.page is not None and header.page.value != match.group(1):
            reporter.warning(
                "P002",
                f"page 第{match.group(1)}版 differs from the English header's Page {header.page.value}",
                lines[index].number,
                lines[index].column,
            )
        header.page = header.page or Field(match.group(1), Span(path, lines[index].number, lines[index].column))
        if match.group(2).strip():
            header.extra["版"] = Field(match.group(2).strip(), Span(path, lines[index].number, 1))
        index += 1
    else:
        reporter.warning("P002", "no page line (第N版()) after the date", date_line.number + 1, 1)
    if index < len(lines) and (match := _ZH_COLUMN.match(lines[index].text)):
        if match.group(1).strip():
            header.column = Field(match.group(1).strip(), Span(path, lines[index].number, lines[index].column + 3))
        index += 1
    return index
