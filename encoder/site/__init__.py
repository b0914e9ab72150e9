"""A static site of a converted corpus (``encoder transform DIR --to site -o SITE``).

SITE/index.html lists the articles by year, month and day; persons.html, places.html and
organisations.html list every entity of the articles' registers, merged across the corpus by
the authority file's key, with the articles that name it; articles/ID.html is each article's
reading edition (tei/xslt/html.xsl) beside its TEI file articles/ID.xml; search.js holds the
index of titles and names and the search code, so the search works from files (no server).
Links are relative; pages are serialized by lxml; the output is the same for the same input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import Diagnostic, Level
from ..enrich.authority import DEFAULT, AuthorityError, Record, load
from ..files import write_atomic
from ..transform import transform_file
from .collect import Corpus, collect
from .pages import ENTITY_PAGES, entity_page, index_page, serialize
from .search import script

STYLE = Path(__file__).resolve().parent / "site.css"


@dataclass(slots=True)
class Site:
    """What a build wrote and what it said."""

    corpus: Corpus
    pages: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(d.level >= Level.ERROR for d in self.diagnostics)


def _authority(path: Path, diagnostics: list[Diagnostic]) -> dict[str, Record]:
    try:
        return load(path)
    except AuthorityError as exc:
        diagnostics.append(
            Diagnostic(Level.WARNING, "X004", f"{exc}; the indexes use the articles' registers only", str(path))
        )
        return {}


def _articles(site: Site, output: Path, params: dict[str, str], processor: str) -> None:
    """Each article's page (the reading edition, linked to its TEI copy and the index) and TEI;
    an article whose page cannot be made is left out of the site (its diagnostics say why)."""
    folder = output / "articles"
    failed: set[str] = set()
    for article in site.corpus.articles:
        page_params = {**params, "tei-href": f"{article.slug}.xml", "index-href": "../index.html", "site-href": "../"}
        data, found = transform_file(article.source, "html", page_params, processor)
        site.diagnostics.extend(found)
        if data is None:
            failed.add(article.slug)
            continue
        write_atomic(folder / f"{article.slug}.xml", article.source.read_bytes())
        write_atomic(folder / f"{article.slug}.html", data)
        site.pages += 1
    site.corpus.drop(failed)


def build(
    paths: list[Path],
    output: Path,
    params: dict[str, str] | None = None,
    processor: str = "lxml",
    authority: Path = DEFAULT,
) -> Site:
    """Write the site of the TEI articles ``paths`` into the folder ``output``."""
    diagnostics: list[Diagnostic] = []
    corpus = collect(paths, _authority(authority, diagnostics))
    site = Site(corpus, diagnostics=[*diagnostics, *corpus.diagnostics])
    try:
        _articles(site, output, params or {}, processor)
        write_atomic(output / "index.html", serialize(index_page(corpus)))
        for kind, (name, _, _) in ENTITY_PAGES.items():
            write_atomic(output / name, serialize(entity_page(corpus, kind)))
        write_atomic(output / "search.js", script(corpus))
        write_atomic(output / "site.css", STYLE.read_bytes())
    except OSError as exc:
        site.diagnostics.append(
            Diagnostic(Level.ERROR, "C001", f"cannot write the site: {exc.strerror or exc}", str(output))
        )
        return site
    site.pages += 1 + len(ENTITY_PAGES)
    return site
