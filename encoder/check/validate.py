"""Validate stage: well-formedness, RELAX NG and Schematron, as positioned diagnostics.

Validation always runs on serialized bytes, so every message carries a real line number.
Each schema is compiled once per process. lxml (libxml2) decides valid or invalid; when a
document is invalid and Jing is installed, Jing explains why (libxml2 stops at the first
mismatch inside an element and rarely says what it expected; Jing reports every error
with its column and what was allowed). The project's Schematron rules are decided natively
(:mod:`encoder.check.conformance`, at a fraction of the cost); the Schematron itself runs where they find
a problem, for its messages, or on every document with ``native=False``.

Codes: V001 not well-formed, V002 duplicate xml:id, V010 RELAX NG (lxml), V011 RELAX NG
(Jing), V020-V022 refused under the reading policy of :mod:`encoder.xmlsafe`, V101… the
Schematron asserts of schema/encoder.sch (the assert's id up to '-').

Jing is never handed a document lxml has not read under that policy: a document with an
external DTD, an entity declaration or an ``xi:include`` is refused (V020-V022) before any
schema runs, so Jing (whose Debian launcher turns XInclude on, and which would fetch DTDs and
entities) only ever sees documents that name nothing outside themselves.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lxml import etree

from .. import xmlsafe
from ..diagnostics import Diagnostic, Level
from ..lazy_re import lazy
from .conformance import conforms

if TYPE_CHECKING:
    from lxml import isoschematron

SCHEMA_DIR = Path(os.environ.get("ENCODER_SCHEMA_DIR", Path(__file__).resolve().parents[2] / "schema"))
#: The project's Schematron, whose rules :mod:`encoder.check.conformance` decides natively.
PROJECT_SCHEMATRON = "encoder.sch"
#: Named schemas: RELAX NG file and the Schematron that goes with it (if any).
SCHEMAS: dict[str, tuple[str, str | None]] = {
    "project": ("encoder.rng", PROJECT_SCHEMATRON),
    "tei_all": ("tei_all.rng", None),
}
ENGINES = ("auto", "lxml", "jing")
_SVRL = "{http://purl.oclc.org/dsdl/svrl}"
_JING_LINE = lazy(r"^(?P<path>.*?):(?P<line>\d+):(?P<col>\d+): (?P<level>error|fatal|warning): (?P<msg>.*)$")


class SchemaError(ValueError):
    """A schema that cannot be found or compiled."""


@functools.lru_cache(maxsize=8)
def relaxng(path: str) -> etree.RelaxNG:
    """The compiled RELAX NG schema at ``path`` (cached for the process)."""
    try:
        return etree.RelaxNG(xmlsafe.parse_file(path))
    except (OSError, etree.XMLSyntaxError, etree.RelaxNGParseError, xmlsafe.Refused) as exc:
        raise SchemaError(f"cannot use {path} as a RELAX NG schema: {exc}") from None


@functools.lru_cache(maxsize=8)
def schematron(path: str) -> isoschematron.Schematron:
    """The compiled Schematron at ``path`` (cached for the process). lxml's Schematron is imported
    here: a conversion runs it only where the native rules find a fault."""
    from lxml import isoschematron

    try:
        return isoschematron.Schematron(xmlsafe.parse_file(path), store_report=True)
    except (OSError, etree.XMLSyntaxError, etree.SchematronParseError, xmlsafe.Refused) as exc:
        raise SchemaError(f"cannot use {path} as a Schematron schema: {exc}") from None


@functools.lru_cache(maxsize=8)
def schematron_read(path: str) -> None:
    """Whether the Schematron at ``path`` can be read (parsed, not compiled): :class:`SchemaError`
    with :func:`schematron`'s message where it cannot."""
    try:
        xmlsafe.parse_file(path)
    except (OSError, etree.XMLSyntaxError, xmlsafe.Refused) as exc:
        raise SchemaError(f"cannot use {path} as a Schematron schema: {exc}") from None


def resolve_schema(schema: str) -> tuple[str, str | None]:
    """Paths of the RELAX NG schema and its Schematron for a schema name or file."""
    if schema in SCHEMAS:
        rng, sch = SCHEMAS[schema]
        return str(SCHEMA_DIR / rng), (str(SCHEMA_DIR / sch) if sch else None)
    if not Path(schema).is_file():
        raise SchemaError(f"no schema named {schema!r} and no such file (names: {', '.join(SCHEMAS)})")
    return schema, None


def element_xpath(element: etree._Element) -> str:
    """A readable XPath of ``element``: local names with positions among same-named siblings."""
    steps = []
    node: etree._Element | None = element
    while node is not None:
        name = etree.QName(node).localname
        parent = node.getparent()
        if parent is None:
            steps.append(f"/{name}")
            break
        same = [c for c in parent if isinstance(c.tag, str) and etree.QName(c).localname == name]
        steps.append(f"/{name}[{same.index(node) + 1}]" if len(same) > 1 else f"/{name}")
        node = parent
    return "".join(reversed(steps))


def _column(lines: list[bytes], line: int, element: etree._Element | None) -> int:
    """1-based column where ``element`` starts on ``line`` (1 when unknown)."""
    if element is None or not 0 < line <= len(lines):
        return 1
    text = lines[line - 1].decode("utf-8", errors="replace")
    match = re.search(rf"<(?:[\w.-]+:)?{re.escape(etree.QName(element).localname)}(?=[\s/>])", text)
    return match.start() + 1 if match else 1


class Validation:
    """Validate documents against one schema (+ Schematron); compiled once, reused for many files."""

    def __init__(
        self,
        schema: str = "project",
        schematron_path: str | bool | None = True,
        engine: str = "auto",
        native: bool = True,
    ) -> None:
        if engine not in ENGINES:
            raise SchemaError(f"unknown engine {engine!r} (one of {', '.join(ENGINES)})")
        rng, sch = resolve_schema(schema)
        self.rng_path = rng
        self.schema = relaxng(rng)
        if schematron_path is True:
            schematron_path = sch
        self.sch_path = schematron_path or None
        #: The project's rules are decided natively (encoder.check.conformance); the Schematron runs only
        #: where they find a problem, for the messages (``native=False``: on every document), and is
        #: compiled when first run (any other Schematron here, so that a bad one is told at once).
        self.native = native and self.sch_path == str(SCHEMA_DIR / PROJECT_SCHEMATRON)
        if self.sch_path and not self.native:
            schematron(self.sch_path)
        elif self.sch_path:
            schematron_read(self.sch_path)  # a missing or unreadable file told at once
        self.jing = shutil.which("jing") if engine in ("auto", "jing") else None
        if engine == "jing" and self.jing is None:
            raise SchemaError("--engine jing needs the jing command (Debian package jing)")

    @property
    def rules(self) -> isoschematron.Schematron | None:
        """The compiled Schematron (None without one)."""
        return schematron(self.sch_path) if self.sch_path else None

    def _rules(self) -> isoschematron.Schematron:
        """The compiled Schematron, where there is one."""
        assert self.sch_path is not None
        return schematron(self.sch_path)

    def file(self, path: str | Path) -> list[Diagnostic]:
        """Diagnostics for the file at ``path`` (empty when it is valid)."""
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            return [Diagnostic(Level.ERROR, "V001", f"cannot read the file: {exc.strerror or exc}", str(path))]
        return self.data(data, str(path))

    def data(self, data: bytes, path: str) -> list[Diagnostic]:
        """Diagnostics for the document ``data`` shown as ``path`` (refused documents: V020-V022)."""
        parser = xmlsafe.parser(huge=True)
        try:
            tree = xmlsafe.parse_bytes(data, path, using=parser)
        except xmlsafe.Refused as refused:
            return refused.diagnostics
        except etree.XMLSyntaxError as exc:
            found = []
            for entry in parser.error_log:  # this parse only (exc.error_log is the thread's whole log)
                code = "V002" if "already defined" in entry.message else "V001"
                found.append(Diagnostic(Level.ERROR, code, entry.message.strip(), path, entry.line, entry.column))
            return found or [Diagnostic(Level.ERROR, "V001", str(exc), path, *(exc.position or (0, 0)))]
        return self.tree(tree, data, path)

    def quick(self, tree: etree._ElementTree) -> bool:
        """Whether ``tree`` is valid (no messages; works on trees built in memory)."""
        return self.schema.validate(tree) and self.quick_rules(tree)

    def quick_rules(self, tree: etree._ElementTree) -> bool:
        """Whether ``tree``, valid against the RELAX NG schema, keeps the Schematron's rules."""
        if self.sch_path is None:
            return True
        verdict = conforms(tree) if self.native else None
        return self._rules().validate(tree) if verdict is None else verdict

    def tree(self, tree: etree._ElementTree, data: bytes, path: str) -> list[Diagnostic]:
        """Diagnostics for ``tree``, parsed from ``data`` (so that it has line numbers)."""
        schema_ok = self.schema.validate(tree)
        decided = self.native and schema_ok and conforms(tree) is True
        rules_ok = self.sch_path is None or decided or self._rules().validate(tree)
        if schema_ok and rules_ok:
            return []
        lines = data.splitlines()  # only an invalid document needs columns
        found = [] if schema_ok else self._relaxng_errors(tree, data, lines, path)
        if not rules_ok:
            found.extend(self._schematron_errors(tree, lines, path))
        return found

    def _relaxng_errors(self, tree: etree._ElementTree, data: bytes, lines: list[bytes], path: str) -> list[Diagnostic]:
        if self.jing:
            explained = self._jing(data, path)
            if explained:
                return explained
        found: list[Diagnostic] = []
        seen = set()
        for entry in self.schema.error_log:
            element = None
            if entry.path:
                hits = _xpath(tree, entry.path)
                element = hits[0] if hits and isinstance(hits[0], etree._Element) else None
            key = (entry.line, entry.message)
            if key in seen:
                continue
            seen.add(key)
            found.append(
                Diagnostic(
                    Level.ERROR,
                    "V010",
                    entry.message,
                    path,
                    entry.line,
                    _column(lines, entry.line, element),
                    element_xpath(element) if element is not None else "",
                )
            )
        return _without_cascades(found)

    def _jing(self, data: bytes, path: str) -> list[Diagnostic]:
        assert self.jing is not None  # only called when Jing is installed
        try:  # Jing gets nothing the reading policy refuses (data() has refused it already)
            tree = xmlsafe.parse_bytes(data, path, huge=True)
        except (xmlsafe.Refused, etree.XMLSyntaxError):
            return []
        import subprocess  # (here: a validation without Jing does not use it)

        with tempfile.TemporaryDirectory(prefix="encoder-jing-") as folder:
            document = Path(folder) / "document.xml"
            document.write_bytes(data)
            done = subprocess.run(
                [self.jing, self.rng_path, str(document)], capture_output=True, text=True, check=False
            )
        by_line: dict[int, etree._Element] = {}
        for element in tree.iter():
            if isinstance(element.tag, str) and element.sourceline:
                by_line.setdefault(element.sourceline, element)
        found = []
        for raw in done.stdout.splitlines():
            match = _JING_LINE.match(raw)
            if not match:
                continue
            line = int(match["line"])
            element = by_line.get(line)
            found.append(
                Diagnostic(
                    Level.ERROR,
                    "V011",
                    _shorten(match["msg"]),
                    path,
                    line,
                    int(match["col"]),
                    element_xpath(element) if element is not None else "",
                )
            )
        return found

    def _schematron_errors(self, tree: etree._ElementTree, lines: list[bytes], path: str) -> list[Diagnostic]:
        found = []  # only called when the rules failed
        for failed in self._rules().validation_report.iter(f"{_SVRL}failed-assert", f"{_SVRL}successful-report"):
            code = (failed.get("id") or "V100").split("-")[0]
            message = " ".join((failed.findtext(f"{_SVRL}text") or "").split())
            hits = _xpath(tree, failed.get("location") or "/*")
            target = hits[0] if hits else None
            if target is not None and not isinstance(target, etree._Element):
                target = target.getparent()
            line = target.sourceline if target is not None else 0
            found.append(
                Diagnostic(
                    Level.ERROR,
                    code,
                    message,
                    path,
                    line or 0,
                    _column(lines, line or 0, target),
                    element_xpath(target) if target is not None else "",
                )
            )
        return found


def _xpath(tree: etree._ElementTree, path: str) -> list[Any]:
    """What ``path`` (from libxml2 or the SVRL, with the document's own prefixes) selects."""
    namespaces: dict[str, str] = {}
    for element in tree.iter(tag=etree.Element):
        namespaces.update((prefix, uri) for prefix, uri in element.nsmap.items() if prefix)
    try:
        found = tree.xpath(path, namespaces=namespaces)
    except etree.XPathError:
        return []
    return found if isinstance(found, list) else []


_GENERIC = lazy(r"^Element \S+ failed to validate (attributes|content)$")


def _without_cascades(found: list[Diagnostic]) -> list[Diagnostic]:
    """Drop libxml2's follow-on messages: those on an ancestor of another error's element, and
    the generic 'failed to validate' where the same element has a specific message."""
    paths = {d.xpath for d in found if d.xpath}
    specific = {d.xpath for d in found if not _GENERIC.match(d.message)}
    kept = [
        d
        for d in found
        if not any(other != d.xpath and other.startswith(d.xpath + "/") for other in paths)
        and not (_GENERIC.match(d.message) and d.xpath in specific)
    ]
    return kept or found


def _shorten(message: str, limit: int = 400) -> str:
    """Jing lists every allowed name; keep the message readable."""
    return message if len(message) <= limit else message[:limit].rsplit(",", 1)[0] + ", …"
