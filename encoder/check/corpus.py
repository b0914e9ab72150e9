"""The check of a teiCorpus written by ``encoder corpus``: valid as written, or (for a corpus
that references its members with XInclude) valid once the XIncludes are resolved."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..diagnostics import Diagnostic
from .validate import Validation


def check_corpus(path: Path, validation: Validation, xinclude: bool = False) -> list[Diagnostic]:
    """Diagnostics for the corpus at ``path`` (empty when it is valid)."""
    if not xinclude:
        return validation.file(path)
    tree = etree.parse(str(path))
    tree.xinclude()
    return validation.data(etree.tostring(tree, encoding="UTF-8"), f"{path} (XIncludes resolved)")
