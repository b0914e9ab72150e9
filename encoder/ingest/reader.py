"""Read stage: bytes on disk to a :class:`Source` of lines, or a positioned error.

UTF-8 is the only encoding accepted without being named (a BOM is allowed). Line endings
LF, CRLF, CR and any mix of them become LF. Characters XML 1.0 forbids are refused with
their line and column: nothing is dropped silently.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..diagnostics import Reporter
from ..lazy_re import lazy
from ..model import Provenance, SourceForm

# Characters XML 1.0 does not allow (TAB, LF and CR are allowed; CR is folded away).
_XML_ILLEGAL = lazy("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_UTF16_32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass(frozen=True, slots=True)
class Source:
    """The decoded text of one input file, split into lines (1-based in diagnostics); ``name``
    is its path relative to the input named on the command line (what the TEI header records,
    nothing machine-specific), ``sha256`` the digest of its bytes as read."""

    path: str
    lines: tuple[str, ...]
    bom: bool = False
    name: str = ""
    sha256: str = ""

    def provenance(self, form: SourceForm) -> Provenance:
        """Where the article came from, for its header: ``form`` is the source form recognised."""
        name = self.name or self.path.replace("\\", "/").rsplit("/", 1)[-1]
        return Provenance(form, name.replace("\\", "/"), self.sha256)

    def line(self, number: int) -> str:
        """The text of line ``number`` (1-based)."""
        return self.lines[number - 1]


def _position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset into UTF-8-ish data."""
    before = data[:offset]
    line = before.count(b"\n") + 1
    start = before.rfind(b"\n") + 1
    column = len(before[start:].decode("utf-8", errors="replace")) + 1
    return line, column


def decode(
    data: bytes, path: str, encoding: str | None = None, reporter: Reporter | None = None, name: str = ""
) -> Source:
    """Decode ``data`` read from ``path`` (named ``name`` relative to its input) into a
    :class:`Source`; raise :class:`EncodeError`."""
    reporter = reporter or Reporter(path)
    digest = hashlib.sha256(data).hexdigest()
    if not data.strip():
        raise reporter.fail("R003", "the file is empty" if not data else "the file holds only white space", 1, 1)
    text, bom = _decode_utf8(data, reporter) if encoding is None else _decode_named(data, encoding, reporter)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = _XML_ILLEGAL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        raise reporter.fail("R002", f"control character U+{ord(bad.group()):04X} is not allowed in XML", line, column)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return Source(path, tuple(lines), bom, name, digest)


def _decode_utf8(data: bytes, reporter: Reporter) -> tuple[str, bool]:
    """The text of UTF-8 ``data`` (a UTF-8 BOM allowed) and whether it had a BOM."""
    bom = False
    if data.startswith(_UTF16_32_BOMS):
        raise reporter.fail(
            "R005", "the file starts with a UTF-16/UTF-32 byte-order mark; pass --encoding utf-16 (or utf-32)", 1, 1
        )
    if data.startswith(codecs.BOM_UTF8):
        data, bom = data[len(codecs.BOM_UTF8) :], True
    nul = data.find(b"\x00")
    if nul >= 0:
        line, column = _position(data, nul)
        if data.count(b"\x00") > 1 and _looks_binary(data):
            raise reporter.fail(
                "R004", "the file looks binary (it holds NUL bytes); is it a text article?", line, column
            )
        raise reporter.fail("R002", "NUL character (U+0000) is not allowed in XML", line, column)
    try:
        return data.decode("utf-8"), bom
    except UnicodeDecodeError as exc:
        line, column = _position(data, exc.start)
        if _looks_binary(data):
            raise reporter.fail("R004", "the file looks binary; is it a text article?", line, column) from None
        hint = (
            "truncated UTF-8 sequence at the end of the file"
            if exc.end >= len(data)
            else (f"byte 0x{data[exc.start]:02X} is not valid UTF-8")
        )
        raise reporter.fail(
            "R001", f"{hint}; if the file is in another encoding (e.g. GB18030), name it with --encoding", line, column
        ) from None


def _decode_named(data: bytes, encoding: str, reporter: Reporter) -> tuple[str, bool]:
    """The text of ``data`` in the encoding the user named, and whether it had a BOM."""
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise reporter.fail("R001", f"unknown encoding {encoding!r}", 0, 0) from None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line, column = _position(data, exc.start)
        raise reporter.fail("R001", f"the file is not valid {encoding}: {exc.reason}", line, column) from None
    if text.startswith("\ufeff"):
        return text[1:], True
    return text, False


def _looks_binary(data: bytes) -> bool:
    """Heuristic: many NULs or control bytes in the first 4 KiB."""
    head = data[:4096]
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > max(4, len(head) // 100)


#: The default size limit of one article's file (``convert --max-article-bytes``): every pass
#: is linear in the input, and this bounds the memory one conversion takes (about 1 GB; the
#: largest article of the 1946–2003 corpus is a few hundred kilobytes).
MAX_ARTICLE_BYTES = 50_000_000


def read_source(
    path: str | Path,
    encoding: str | None = None,
    reporter: Reporter | None = None,
    name: str = "",
    max_bytes: int | None = None,
) -> Source:
    """Read and decode the file at ``path`` (``name``: its path relative to the input named);
    a file over ``max_bytes`` (None: no limit) is refused with R007 before it is read."""
    shown = str(path)
    reporter = reporter or Reporter(shown)
    try:
        # a FIFO or a device named as input would block the read, or never end
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise reporter.fail("R006", "not a regular file (a folder, a named pipe or a device); not read")
        with open(path, "rb", buffering=0) as file:  # unbuffered: half the cost of Path.read_bytes()
            data = file.readall() if max_bytes is None else file.read(max_bytes + 1)
    except OSError as exc:
        raise reporter.fail("R006", f"cannot read the file: {exc.strerror or exc}") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise reporter.fail(
            "R007",
            f"the file is larger than the limit of {max_bytes:,} bytes per article; "
            "raise it with --max-article-bytes (0: no limit) if the file is one article",
        )
    return decode(data, shown, encoding, reporter, name)
