"""The check of a teiCorpus written by ``encoder corpus``: valid as written, or (for a corpus
that references its members with XInclude) valid once the XIncludes are resolved.

XIncludes are resolved here, by this module, never by libxml2 or Jing: only ``href`` of a
whole XML file (``parse="xml"``, no ``xpointer``, no fallback), only files under the
articles' folder (``root``; symbolic links followed), each read under :mod:`encoder.xmlsafe`
(so a member with an ``xi:include`` of its own is refused, V022). Anything else (an absolute
path, a URL, ``..`` leading out, ``parse="text"``) is V023 and the corpus is not kept.
"""

from __future__ import annotations

import os
from pathlib import Path

from lxml import etree

from .. import xmlsafe
from ..config import Project
from ..diagnostics import Diagnostic, Level
from ..tei import corpus
from .validate import Validation

_WHOLE_FILE = {"href", "parse"}


def check_corpus(
    path: Path, validation: Validation, xinclude: bool = False, root: Path | None = None, shown: str = ""
) -> list[Diagnostic]:
    """Diagnostics for the corpus at ``path`` (empty when it is valid), shown as ``shown`` (or
    ``path``); with ``xinclude``, its XIncludes resolved under ``root`` (or ``path``'s folder)."""
    shown = shown or str(path)
    if not xinclude:
        try:
            return validation.data(path.read_bytes(), shown)
        except OSError as exc:
            return [Diagnostic(Level.ERROR, "V001", f"cannot read the file: {exc.strerror or exc}", shown)]
    try:
        data = path.read_bytes()
        tree = xmlsafe.parse_bytes(data, shown, huge=True, xinclude=True, base_url=str(path))
    except xmlsafe.Refused as refused:
        return refused.diagnostics
    except (OSError, etree.XMLSyntaxError) as exc:
        return [Diagnostic(Level.ERROR, "V001", f"cannot read the corpus: {exc}", shown)]
    problems = resolve_xincludes(tree, xmlsafe.Positions(data), path.parent, root or path.parent, shown)
    if problems:
        return problems
    return validation.data(etree.tostring(tree, encoding="UTF-8"), f"{shown} (XIncludes resolved)")


def resolve_xincludes(
    tree: etree._ElementTree, positions: xmlsafe.Positions, base: Path, root: Path, shown: str
) -> list[Diagnostic]:
    """Replace each ``xi:include`` of ``tree`` (whose relative hrefs start from ``base``) by the
    file it names, when that is allowed; the refusals (V023, or the member's own) otherwise."""
    found: list[Diagnostic] = []
    for element in list(tree.iter(xmlsafe.XI_INCLUDE)):
        href = element.get("href", "")
        local = xmlsafe.local_path(href) if href else None
        target = None if local is None else xmlsafe.inside(base / local, root)
        whole = set(element.attrib) <= _WHOLE_FILE and element.get("parse", "xml") == "xml" and not len(element)
        if target is None or not whole:
            why = f"is outside {root}" if whole else "is not a whole XML file (href and parse='xml' only)"
            message = f"XInclude href={href!r} {why}; refused (only files under the articles' folder are included)"
            found.append(Diagnostic(Level.ERROR, "V023", message, shown, *positions.of(element)))
            continue
        try:
            member = xmlsafe.parse_file(target, huge=True).getroot()
        except xmlsafe.Refused as refused:
            found.extend(refused.diagnostics)
            continue
        except (OSError, etree.XMLSyntaxError) as exc:
            message = f"the XInclude href={href!r} cannot be read as XML: {exc}"
            found.append(Diagnostic(Level.ERROR, "V023", message, shown, *positions.of(element)))
            continue
        member.tail = element.tail
        parent = element.getparent()
        if parent is not None:
            parent.replace(element, member)
    return found


def write_corpus(
    entry: corpus.Group,
    target: Path,
    validation: Validation | None,
    xinclude: bool,
    root: Path,
    project: Project | None = None,
) -> list[Diagnostic]:
    """Write the teiCorpus of ``entry`` to ``target`` and check it: it replaces ``target`` only
    when it was written whole and (unless ``validation`` is None) is valid, else nothing does;
    the problems (empty when it was written)."""
    temporary = target.with_name(f".{target.name}.unchecked")  # beside it: hrefs resolve the same
    try:
        corpus.write(entry, temporary, xinclude, project)
    except xmlsafe.Refused as refused:
        return refused.diagnostics
    except (OSError, etree.XMLSyntaxError) as exc:
        return [Diagnostic(Level.ERROR, "C001", f"the corpus could not be written: {exc}", str(target))]
    problems = [] if validation is None else check_corpus(temporary, validation, xinclude, root, str(target))
    if problems:
        temporary.unlink(missing_ok=True)
    else:
        os.replace(temporary, target)
    return problems
