"""Transform stage: the XSLT 1.0 stylesheets of tei/xslt/, run with lxml (or Saxon).

Each stylesheet is compiled once per process. ``xsl:message`` output becomes diagnostics
(X001; X002 when the stylesheet stops the transformation).

Untrusted documents (README, "Threat model"): the input is read under :mod:`encoder.xmlsafe`
(refused: V020-V022) and both processors get the tree lxml read, never the file. libxslt runs
under an ``XSLTAccessControl`` that forbids writing files, creating folders and any network
access, and a resolver that lets ``document()``, ``xsl:import`` and ``xsl:include`` read files
under the stylesheets' folder only (X003 otherwise). Saxon compiles every stylesheet at once
(their modules checked to lie in that folder) with only ``file:`` URIs allowed, then has
``allowedProtocols`` set to nothing: no ``document()``, ``doc()``, ``unparsed-text()``, DTD or
entity reaches outside after that, and the input it parses is lxml's serialisation;
``xsl:result-document`` is refused when compiling (external functions off), and its output
would be captured in memory and refused (X003), never written.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from . import xmlsafe
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
_ACCESS = etree.XSLTAccessControl(
    read_file=True, write_file=False, create_dir=False, read_network=False, write_network=False
)
_XSL = "{http://www.w3.org/1999/XSL/Transform}"
#: Saxon's feature for the URI schemes it may read ("" = none).
_ALLOWED_PROTOCOLS = "http://saxon.sf.net/feature/allowedProtocols"
#: Saxon features off (they are off by default; said here so that no default can turn them on).
_SAXON_OFF = (
    "http://saxon.sf.net/feature/xinclude-aware",  # XINCLUDE
    "http://saxon.sf.net/feature/validation",  # DTD_VALIDATION
    "http://saxon.sf.net/feature/allow-external-functions",  # ALLOW_EXTERNAL_FUNCTIONS
)


class TransformError(ValueError):
    """A stylesheet that cannot be compiled, or a transformation that failed."""


def modules_inside(path: Path, root: Path, seen: set[Path] | None = None) -> None:
    """Check that the stylesheet at ``path`` and every module it imports or includes are files
    under ``root`` that the reading policy accepts (raises :class:`encoder.xmlsafe.Refused`)."""
    seen = set() if seen is None else seen
    real = xmlsafe.inside(path, root)
    if real is None:
        raise _outside(str(path), root)
    if real in seen:
        return
    seen.add(real)
    for module in xmlsafe.parse_file(real).getroot().iterchildren(f"{_XSL}import", f"{_XSL}include"):
        target = xmlsafe.local_path(module.get("href", ""))
        if target is None:  # a URL
            raise _outside(module.get("href", ""), root)
        modules_inside(real.parent / target, root, seen)


def _outside(module: str, root: Path) -> xmlsafe.Refused:
    message = f"the stylesheet module {module} is outside the stylesheets' folder {root}; refused"
    return xmlsafe.Refused([Diagnostic(Level.ERROR, "X003", message, module)])


@functools.lru_cache(maxsize=16)
def _compiled(folder: str, name: str) -> etree.XSLT:
    path = Path(folder) / OUTPUTS[name].stylesheet
    parser = xmlsafe.parser()
    parser.resolvers.add(xmlsafe.FolderResolver(Path(folder)))
    try:
        tree = xmlsafe.parse_bytes(path.read_bytes(), str(path), base_url=str(path), using=parser)
        return etree.XSLT(tree, access_control=_ACCESS)
    except (OSError, etree.XMLSyntaxError, etree.XSLTParseError) as exc:
        raise TransformError(f"cannot compile {path}: {exc}") from None


def stylesheet(name: str) -> etree.XSLT:
    """The compiled stylesheet for output ``name`` (cached for the process); raises
    :class:`TransformError`, or :class:`encoder.xmlsafe.Refused` (X003) for a module it may not read."""
    return _compiled(str(XSLT_DIR), name)


def _messages(log: etree._ListErrorLog, path: str, code: str = "X001") -> list[Diagnostic]:
    return [
        Diagnostic(
            Level.WARNING if code == "X001" else Level.ERROR,
            "X003" if code == "X002" and _DENIED in entry.message else code,
            entry.message.strip(),
            path,
            entry.line,
            entry.column,
        )
        for entry in log
        if entry.message.strip()
    ]


#: What libxslt says when the access control refuses a read or a write ("read rights for … denied").
_DENIED = " rights for "


def _placed(found: list[Diagnostic], path: str) -> list[Diagnostic]:
    """``found`` shown at ``path`` (the document transformed, not the file a stylesheet asked for)."""
    return [dataclasses.replace(d, path=path) for d in found]


def transform(
    document: etree._ElementTree, name: str, params: dict[str, str] | None = None, path: str = "-"
) -> tuple[bytes, list[Diagnostic]]:
    """Run output ``name`` on ``document``; return the serialized result and the diagnostics."""
    xslt = stylesheet(name)
    quoted = {key: etree.XSLT.strparam(value) for key, value in (params or {}).items()}
    try:
        result = xslt(document, **quoted)
    except xmlsafe.Refused as refused:  # the resolver: document() outside the stylesheets' folder
        return b"", _placed(refused.diagnostics, path)
    except etree.XSLTApplyError as exc:
        found = _messages(xslt.error_log, path, "X002") or [Diagnostic(Level.ERROR, "X002", str(exc), path)]
        denied = [d for d in found if d.code == "X003"]  # libxslt's "runtime error" beside it says no more
        return b"", denied or found
    return bytes(result), _messages(xslt.error_log, path)


@functools.lru_cache(maxsize=4)
def _saxon(folder: str) -> tuple[Any, dict[str, Any]]:  # pragma: no cover - needs saxonche
    """A Saxon processor and every output's stylesheet compiled (or why it could not be), after
    which the processor may read no URI at all (``allowedProtocols`` cannot be widened again)."""
    from saxonche import PySaxonApiError, PySaxonProcessor

    processor = PySaxonProcessor(license=False)
    for feature in _SAXON_OFF:
        processor.set_configuration_property(feature, "false")
    processor.set_configuration_property(_ALLOWED_PROTOCOLS, "file")  # stylesheet modules, no network
    xslt = processor.new_xslt30_processor()
    compiled: dict[str, Any] = {}
    for name, output in OUTPUTS.items():
        path = Path(folder) / output.stylesheet
        try:
            modules_inside(path, Path(folder))
            compiled[name] = xslt.compile_stylesheet(stylesheet_file=str(path))
            compiled[name].set_capture_result_documents(True)  # xsl:result-document: kept, never written
        except PySaxonApiError as exc:
            compiled[name] = _saxon_error(exc, str(path), f"cannot compile {path}")
        except (OSError, etree.XMLSyntaxError) as exc:
            compiled[name] = TransformError(f"cannot compile {path}: {exc}")
        except xmlsafe.Refused as refused:
            compiled[name] = refused
    processor.set_configuration_property(_ALLOWED_PROTOCOLS, "")
    return processor, compiled


#: What Saxon says when the configuration refuses a read (allowedProtocols) or a write
#: (xsl:result-document, off with the external functions).
_SAXON_REFUSALS = ("has been prohibited", "is disabled when extension functions are disabled")


def _saxon_error(exc: Exception, path: str, what: str) -> Exception:
    """A Saxon error as :class:`encoder.xmlsafe.Refused` (X003) or :class:`TransformError`."""
    message = " ".join(str(exc).split())
    if any(refusal in message for refusal in _SAXON_REFUSALS):
        return xmlsafe.Refused([Diagnostic(Level.ERROR, "X003", f"refused: {message}", path)])
    return TransformError(f"{what}: {message}")


def transform_saxon(source: str | Path, name: str, params: dict[str, str] | None = None) -> bytes:
    """Run output ``name`` on the file ``source`` with Saxon (``pip install '.[saxon]'``): the
    document lxml read under the reading policy, serialised, is what Saxon parses."""
    try:
        from saxonche import PySaxonApiError

        processor, compiled = _saxon(str(XSLT_DIR))
    except ImportError:
        raise TransformError("the Saxon processor needs saxonche (pip install 'encoder[saxon]')") from None
    executable = compiled[name]
    if isinstance(executable, Exception):
        raise executable
    document = etree.tostring(xmlsafe.parse_file(source, huge=True).getroot(), encoding="unicode")
    try:
        executable.clear_parameters()
        for key, value in (params or {}).items():
            executable.set_parameter(key, processor.make_string_value(value))
        text = executable.transform_to_string(xdm_node=processor.parse_xml(xml_text=document))
        written = sorted(executable.get_result_documents() or {})
    except PySaxonApiError as exc:
        raise _saxon_error(exc, str(source), "Saxon") from None
    if written:
        message = f"the stylesheet writes {', '.join(written)} (xsl:result-document); refused, nothing written"
        raise xmlsafe.Refused([Diagnostic(Level.ERROR, "X003", message, str(source))])
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
            document = xmlsafe.parse_file(source, huge=True)
            data, found = transform(document, name, params, str(source))
    except xmlsafe.Refused as refused:  # V020-V022 (the input), X003 (what a stylesheet asked for)
        return None, _placed(refused.diagnostics, str(source))
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
        root = xmlsafe.parse_file(path).getroot()
        found.update(str(child.get("name")) for child in root.iterchildren(f"{_XSL}param"))
        todo.extend(
            path.parent / str(child.get("href")) for child in root.iterchildren(f"{_XSL}include", f"{_XSL}import")
        )
    return frozenset(found)
