"""One article in memory, from its source or from a TEI file written by encoder (for the
commands that look at articles rather than convert them: ``dump``, ``align-report``,
``entities suggest``)."""

from __future__ import annotations

from lxml import etree

from .. import xmlsafe
from ..diagnostics import EncodeError, Reporter
from ..enrich.align import report as report_alignment
from ..ingest.reader import read_source
from ..model import Article
from ..tei.reader import read_tei
from .pipeline import build_article


def source_article(name: str, encoding: str | None = None) -> tuple[Article | None, Reporter]:
    """The article of one source file, or None (the reporter says why)."""
    reporter = Reporter(name)
    try:
        return build_article(read_source(name, encoding, reporter), reporter), reporter
    except EncodeError:
        return None, reporter


def tei_article(name: str) -> tuple[Article | None, Reporter]:
    """The article of a TEI file written by encoder, its alignment reported (None when the file
    cannot be read: the reporter says why)."""
    reporter = Reporter(name)
    try:
        article = read_tei(name)
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (0, 0)
        reporter.error("V001", f"cannot read the TEI file: {exc.msg}", line, column)
        return None, reporter
    except OSError as exc:
        reporter.error("V001", f"cannot read the TEI file: {exc.strerror or exc}")
        return None, reporter
    except xmlsafe.Refused as refused:  # V020-V022: see encoder.xmlsafe
        reporter.diagnostics.extend(refused.diagnostics)
        return None, reporter
    report_alignment(article, reporter)
    return article, reporter


def any_article(name: str, encoding: str | None = None) -> tuple[Article | None, Reporter]:
    """A TEI file (``.xml``) or an article source, as :func:`tei_article` or :func:`source_article`."""
    return tei_article(name) if name.endswith(".xml") else source_article(name, encoding)
