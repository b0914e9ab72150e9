"""The pipeline: read → parse → structure → enrich → write → fidelity gate."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import __version__, fidelity
from .diagnostics import Diagnostic, EncodeError, Level, Reporter
from .enrich import PASSES, enrich, passes
from .enrich.names import Config
from .model import Article
from .parser import parse
from .reader import Source, read_source
from .structure import structure
from .validate import Validation
from .writer import parse_tei, write


@dataclass(slots=True)
class Result:
    """What converting one file gave: the TEI bytes (``None`` on error) and the diagnostics."""

    path: str
    tei: bytes | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    article: Article | None = None

    @property
    def ok(self) -> bool:
        return self.tei is not None


#: The passes with names from the authority file only (built once, not per article).
_AUTHORITY_ONLY = passes(Config(statistical=False))


def build_article(source: Source, reporter: Reporter, ner: bool = True) -> Article:
    """Parse, structure and enrich ``source`` (raises ``EncodeError`` on fatal input errors);
    ``ner=False`` tags names from the authority file only."""
    article = parse(source, reporter)
    structure(article, reporter)
    return enrich(article, reporter, PASSES if ner else _AUTHORITY_ONLY)


def encode_source(source: Source, version: str = __version__, reporter: Reporter | None = None,
                  validation: Validation | None = None, ner: bool = True) -> Result:
    """Convert a decoded source to TEI bytes, checking that no text was lost (and validity)."""
    reporter = reporter or Reporter(source.path)
    try:
        article = build_article(source, reporter, ner)
        data = write(article, version)
        tree = parse_tei(data)  # fidelity and validation check what is written, byte for byte
        fidelity.check(source, article, tree, reporter)
        if validation is not None and not validation.quick(tree):
            # Invalid: full messages (the tree was parsed from the bytes, so lines are real).
            shown = str(Path(source.path).with_suffix(".xml"))
            reporter.diagnostics.extend(validation.tree(tree, data, shown))
    except EncodeError:
        return Result(source.path, None, reporter.diagnostics)
    except Exception as exc:  # a bug must not cost the user the rest of a batch
        reporter.error("E001", f"internal error ({type(exc).__name__}: {exc}); please report it with this file")
        return Result(source.path, None, reporter.diagnostics)
    ok = reporter.max_level is not Level.ERROR
    return Result(source.path, data if ok else None, reporter.diagnostics, article)


def encode(path: str | Path, encoding: str | None = None, version: str = __version__,
           validation: Validation | None = None, ner: bool = True) -> Result:
    """Read the file at ``path`` and convert it (validating the TEI if ``validation`` is given)."""
    reporter = Reporter(str(path))
    try:
        source = read_source(path, encoding, reporter)
    except EncodeError:
        return Result(str(path), None, reporter.diagnostics)
    return encode_source(source, version, reporter, validation, ner)
