"""The one policy for reading XML: nothing fetched, nothing expanded, nothing read but the file.

Every XML document the package reads goes through :func:`parse_bytes` or :func:`parse_file`
(README, "Threat model"). The parser never loads a DTD, never resolves an entity, never uses
the network; a document that would need one of those to be read as its author meant is
refused with a positioned diagnostic before any other processor (Jing, Saxon, libxslt) sees
it, so what those processors might fetch or expand never reaches them:

- ``V020`` a DOCTYPE naming an external DTD (``SYSTEM`` or ``PUBLIC``): never fetched;
- ``V021`` an entity declared in the DTD: external ones (a file, a URL) are never read,
  internal ones never expanded (this is also what stops "billion laughs");
- ``V022`` an ``xi:include``: XInclude is resolved only by ``encoder corpus --xinclude``,
  for the corpora it writes, and only for files under the articles' folder (``V023``
  otherwise: see :func:`inside`).

A bare ``<!DOCTYPE TEI>`` (no identifier, no entity) is harmless and accepted. For
stylesheets, :class:`FolderResolver` keeps libxslt's reads under the stylesheets' folder (X003).
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import etree

from .diagnostics import Diagnostic, Level
from .lazy_re import lazy

XI_NS = "http://www.w3.org/2001/XInclude"
XI_INCLUDE = f"{{{XI_NS}}}include"
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ENTITY = lazy(r"<!ENTITY\s+(?:%\s+)?([^\s>]+)")


class Refused(ValueError):
    """A document (or a file a stylesheet asked for) refused under the policy; its diagnostics."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("; ".join(str(d) for d in diagnostics))
        self.diagnostics = diagnostics


#: The parser options of the policy (lxml's XMLParser and iterparse take the same).
OPTIONS: dict[str, bool] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "attribute_defaults": False,
}


def parser(huge: bool = False) -> etree.XMLParser:
    """A parser under the policy (``huge`` lifts libxml2's size limits, for large articles)."""
    return etree.XMLParser(**OPTIONS, huge_tree=huge)


def iterparse(path: str | Path, events: tuple[str, ...]) -> etree.iterparse:
    """lxml's ``iterparse`` of the file at ``path`` under the policy's parser options (for reading
    the start of a file without parsing all of it; what it yields has not been vetted by
    :func:`unsafe`, so it only serves to decide whether to read the file)."""
    return etree.iterparse(str(path), events=events, huge_tree=True, **OPTIONS)


def _text(data: bytes) -> str:
    """``data`` decoded well enough to find markup positions (only used for line and column)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    return data.decode("utf-8", errors="replace")


def _where(text: str, pattern: str) -> tuple[int, int]:
    """1-based line and column of the first match of ``pattern`` in ``text`` ((1, 1) if none)."""
    match = re.search(pattern, text)
    if match is None:
        return 1, 1
    before = text[: match.start()]
    return before.count("\n") + 1, match.start() - (before.rfind("\n") + 1) + 1


def _refusal(code: str, message: str, path: str, where: tuple[int, int]) -> Diagnostic:
    return Diagnostic(Level.ERROR, code, message, path, *where)


def unsafe(tree: etree._ElementTree, data: bytes, path: str, xinclude: bool = False) -> list[Diagnostic]:
    """What the policy refuses in ``tree`` (parsed from ``data`` under it): V020, V021, V022;
    ``xinclude`` lets ``xi:include`` elements through (for the corpus check, which vets them)."""
    found: list[Diagnostic] = []
    info = tree.docinfo
    if info.system_url or info.public_id:
        text = _text(data)
        named = info.system_url or info.public_id
        found.append(
            _refusal(
                "V020",
                f"the DOCTYPE names an external DTD ({named}); refused: encoder reads no DTD (no file, no network)",
                path,
                _where(text, r"<!DOCTYPE"),
            )
        )
    dtd = info.internalDTD
    for entity in dtd.iterentities() if dtd is not None else ():
        where = _where(_text(data), rf"<!ENTITY\s+(?:%\s+)?{re.escape(entity.name or '')}(?=\s)")
        if entity.system_url:
            message = (
                f"the DTD declares the external entity {entity.name!r} ({entity.system_url}); "
                "refused: encoder reads no entity (no file, no network)"
            )
        else:
            message = (
                f"the DTD declares the entity {entity.name!r}; refused: encoder expands no entity "
                "(write its text, or a character reference, and remove the declaration)"
            )
        found.append(_refusal("V021", message, path, where))
    if not xinclude:
        found.extend(_xincludes(tree, data, path))
    return found


class Positions:
    """Line and column where elements of a document start (its text decoded once, when asked)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._lines: list[str] | None = None

    def of(self, element: etree._Element) -> tuple[int, int]:
        if self._lines is None:
            self._lines = _text(self.data).splitlines()
        line = element.sourceline or 0
        text = self._lines[line - 1] if 0 < line <= len(self._lines) else ""
        name = re.escape(etree.QName(element).localname)
        match = re.search(rf"<(?:[\w.-]+:)?{name}(?=[\s/>])", text)
        return line, match.start() + 1 if match else 1


def _xincludes(tree: etree._ElementTree, data: bytes, path: str) -> list[Diagnostic]:
    found = []
    positions = Positions(data)
    for element in tree.iter(XI_INCLUDE):
        message = (
            f"xi:include (href={element.get('href', '')!r}) is not resolved here; refused: only "
            "`encoder corpus --xinclude` resolves XIncludes, those of the corpora it writes, under the articles' folder"
        )
        found.append(Diagnostic(Level.ERROR, "V022", message, path, *positions.of(element)))
    return found


def parse_bytes(
    data: bytes,
    path: str,
    *,
    huge: bool = False,
    xinclude: bool = False,
    base_url: str | None = None,
    using: etree.XMLParser | None = None,
) -> etree._ElementTree:
    """``data`` parsed under the policy (``path`` names it in diagnostics; ``base_url`` resolves
    its relative references). Raises :class:`Refused`, or ``etree.XMLSyntaxError`` when it is not
    well-formed (``using``: the parser to use, whose ``error_log`` then holds this parse's errors)."""
    try:
        root = etree.fromstring(data, using if using is not None else parser(huge), base_url=base_url)
    except etree.XMLSyntaxError:
        declared = _declared_entity(data)
        if declared is not None:  # e.g. "billion laughs": libxml2 stops the expansion; say why
            name, where = declared
            message = f"the DTD declares the entity {name!r}; refused: encoder expands no entity"
            raise Refused([_refusal("V021", message, path, where)]) from None
        raise
    tree = root.getroottree()
    found = unsafe(tree, data, path, xinclude)
    if found:
        raise Refused(found)
    return tree


def _declared_entity(data: bytes) -> tuple[str, tuple[int, int]] | None:
    """The first entity declared in a DOCTYPE of ``data`` that did not parse, and where."""
    text = _text(data)
    doctype = text.find("<!DOCTYPE")
    match = _ENTITY.search(text, doctype) if doctype >= 0 else None
    return None if match is None else (match[1], _where(text, re.escape(match[0])))


def parse_file(path: str | Path, *, huge: bool = False, xinclude: bool = False) -> etree._ElementTree:
    """The file at ``path`` parsed under the policy (raises OSError, :class:`Refused` or
    ``etree.XMLSyntaxError``); relative references in it resolve against its own place."""
    data = Path(path).read_bytes()
    return parse_bytes(data, str(path), huge=huge, xinclude=xinclude, base_url=str(path))


def local_path(url: str) -> Path | None:
    """The local file a URL or path names (None for any other scheme: http, ftp…)."""
    parts = urlsplit(url)
    if len(parts.scheme) == 1:  # a Windows drive letter, not a scheme
        return Path(url)
    if parts.scheme not in ("", "file") or parts.netloc not in ("", "localhost"):
        return None
    return Path(unquote(parts.path))


def inside(url: str | Path, root: Path) -> Path | None:
    """The real path of the local file ``url`` (a URL or a path) names when it lies under the
    folder ``root`` (symbolic links followed), else None: a URL, an absolute path or ``..``
    leading out."""
    path = url if isinstance(url, Path) else local_path(url)
    if path is None:
        return None
    real = Path(os.path.realpath(path))
    base = Path(os.path.realpath(root))
    return real if real == base or base in real.parents else None


class FolderResolver(etree.Resolver):
    """A resolver for libxslt (``document()``, ``xsl:import``, ``xsl:include``) that lets it read
    files under one folder only: anything else raises :class:`Refused` (code ``X003``)."""

    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root

    def resolve(self, system_url: str, public_id: str, context: object) -> None:
        if inside(system_url, self.root) is None:
            message = (
                f"the stylesheet asked for {system_url}; refused: stylesheets may read files "
                f"under their own folder ({self.root}) only, and nothing from the network"
            )
            raise Refused([Diagnostic(Level.ERROR, "X003", message, system_url)])
        return None  # libxslt reads it, under XSLTAccessControl
