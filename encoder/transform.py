"""Transform stage: the XSLT 1.0 stylesheets of tei/xslt/, run with lxml (or Saxon).

Each stylesheet is compiled once per process. ``xsl:message`` output becomes diagnostics
(X001; X002 when the stylesheet stops the transformation).
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .diagnostics import Diagnostic, Level

XSLT_DIR = Path(os.environ.get("ENCODER_XSLT_DIR", Path(__file__).resolve().parent.parent / "tei" / "xslt"))


@dataclass(frozen=True, slots=True)
class Output:
    """A named transformation: its stylesheet and the suffix of the files it writes."""

    stylesheet: str
    suffix: str


#: The outputs ``encoder transform --to`` knows.
OUTPUTS: dict[str, Output] = {
    "html": Output("html.xsl", ".html"),
    "text": Output("text.xsl", ".txt"),
    "entities": Output("entities.xsl", ".entities.tsv"),
    "alignment": Output("alignment.xsl", ".alignment.tsv"),
}
PROCESSORS = ("lxml", "saxon")


class TransformError(ValueError):
    """A stylesheet that cannot be compiled, or a transformation that failed."""


@functools.lru_cache(maxsize=16)
def stylesheet(name: str) -> etree.XSLT:
    """The compiled stylesheet for output ``name`` (cached for the process)."""
    path = XSLT_DIR / OUTPUTS[name].stylesheet
    try:
        return etree.XSLT(etree.parse(str(path)))
    except (OSError, etree.XMLSyntaxError, etree.XSLTParseError) as exc:
        raise TransformError(f"cannot compile {path}: {exc}") from None


def _messages(log: etree._ListErrorLog, path: str, code: str = "X001") -> list[Diagnostic]:
    return [
        Diagnostic(
            Level.WARNING if code == "X001" else Level.ERROR,
            code,
            entry.message.strip(),
            path,
            entry.line,
            entry.column,
        )
        for entry in log
        if entry.message.strip()
    ]


def transform(
    document: etree._ElementTree, name: str, params: dict[str, str] | None = None, path: str = "-"
) -> tuple[bytes, list[Diagnostic]]:
    """Run output ``name`` on ``document``; return the serialized result and the diagnostics."""
    xslt = stylesheet(name)
    quoted = {key: etree.XSLT.strparam(value) for key, value in (params or {}).items()}
    try:
        result = xslt(document, **quoted)
    except etree.XSLTApplyError as exc:
        found = _messages(xslt.error_log, path, "X002") or [Diagnostic(Level.ERROR, "X002", str(exc), path)]
        return b"", found
    return bytes(result), _messages(xslt.error_log, path)


@functools.lru_cache(maxsize=1)
def _saxon():  # pragma: no cover - exercised only where saxonche is installed
    from saxonche import PySaxonProcessor

    processor = PySaxonProcessor(license=False)
    return processor, processor.new_xslt30_processor()


@functools.lru_cache(maxsize=16)
def _saxon_executable(name: str):
    _, xslt = _saxon()
    return xslt.compile_stylesheet(stylesheet_file=str(XSLT_DIR / OUTPUTS[name].stylesheet))


def transform_saxon(source: str | Path, name: str, params: dict[str, str] | None = None) -> bytes:
    """Run output ``name`` on the file ``source`` with Saxon (``pip install '.[saxon]'``)."""
    try:
        processor, _ = _saxon()
    except ImportError:
        raise TransformError("the Saxon processor needs saxonche (pip install 'encoder[saxon]')") from None
    executable = _saxon_executable(name)
    executable.clear_parameters()
    for key, value in (params or {}).items():
        executable.set_parameter(key, processor.make_string_value(value))
    text = executable.transform_to_string(source_file=str(Path(source).resolve()))
    return (text or "").encode("utf-8")


def parse_params(items: list[str]) -> dict[str, str]:
    """Stylesheet parameters from ``KEY=VALUE`` strings (``--param``); ValueError names a bad one."""
    params: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise ValueError(f"--param takes KEY=VALUE, not {item!r}")
        params[key] = value
    return params


def transform_file(
    source: Path, name: str, params: dict[str, str] | None = None, processor: str = "lxml"
) -> tuple[bytes | None, list[Diagnostic]]:
    """Run output ``name`` on the TEI file ``source`` with ``processor`` (one of
    :data:`PROCESSORS`); the result (None when it failed) and the diagnostics."""
    try:
        if processor == "saxon":
            data, found = transform_saxon(source, name, params), list[Diagnostic]()
        else:
            document = etree.parse(str(source), etree.XMLParser(resolve_entities=False, no_network=True))
            data, found = transform(document, name, params, str(source))
    except (OSError, etree.XMLSyntaxError, TransformError) as exc:
        return None, [Diagnostic(Level.ERROR, "X002", f"cannot transform: {exc}", str(source))]
    except Exception as exc:  # Saxon's PySaxonApiError (saxonche may not be installed to name it)
        if processor != "saxon":
            raise
        return None, [Diagnostic(Level.ERROR, "X002", f"cannot transform with Saxon: {str(exc).strip()}", str(source))]
    return (None if any(d.level >= Level.ERROR for d in found) else data), found


_XSL = "{http://www.w3.org/1999/XSL/Transform}"


@functools.lru_cache(maxsize=16)
def parameters(name: str) -> frozenset[str]:
    """The top-level parameters of output ``name``'s stylesheet and of those it includes or
    imports: the only ``--param`` names that have an effect."""
    found: set[str] = set()
    todo, seen = [XSLT_DIR / OUTPUTS[name].stylesheet], set[Path]()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
        found.update(str(child.get("name")) for child in root.iterchildren(f"{_XSL}param"))
        todo.extend(
            path.parent / str(child.get("href")) for child in root.iterchildren(f"{_XSL}include", f"{_XSL}import")
        )
    return frozenset(found)
