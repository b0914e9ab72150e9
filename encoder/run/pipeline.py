"""The pipeline: read → parse → enrich (structure, ids, alignment, dates, names) → write → fidelity gate → validate.

Several articles go through it together, stage by stage (every article parsed, then every
article through each enrich pass, then written…): the interpreter and libxml2 then run one
stage's code many times in a row, which measured 5-10 % faster than taking each article
through every stage in turn. Each article still succeeds or fails on its own.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .. import __version__
from ..check import fidelity
from ..check.validate import Validation
from ..diagnostics import Diagnostic, EncodeError, Level, Reporter
from ..enrich import AUTHORITY_ONLY, PASSES, enrich
from ..ingest.parser import parse
from ..ingest.reader import Source, read_source
from ..model import Article
from ..tei.writer import parse_tei, write

#: The stages as timed (``timings`` of :func:`encode_sources`).
STAGES = ("read and parse", "enrich", "write", "fidelity", "validate")


@dataclass(slots=True)
class Result:
    """What converting one file gave: the TEI bytes (``None`` on error) and the diagnostics."""

    path: str
    tei: bytes | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    article: Article | None = None
    seconds: float = 0.0  # spent converting it (reading included when the pipeline read it)

    @property
    def ok(self) -> bool:
        return self.tei is not None


def build_article(source: Source, reporter: Reporter, ner: bool = True) -> Article:
    """Parse, structure and enrich ``source`` (raises ``EncodeError`` on fatal input errors);
    ``ner=False`` tags names from the authority file only."""
    article = parse(source, reporter)
    return enrich(article, reporter, PASSES if ner else AUTHORITY_ONLY)


@dataclass(slots=True, eq=False)
class _Work:
    """One article on its way through the stages."""

    source: Source | None
    reporter: Reporter
    article: Article | None = None
    data: bytes | None = None
    tree: etree._ElementTree | None = None
    failed: bool = False
    valid: bool = False
    seconds: float = 0.0


def _stage(works: list[_Work], name: str, step: Callable[[_Work], object], timings: dict[str, float] | None) -> None:
    """Run ``step`` on every article still going; an error stops that article only."""
    clock = time.perf_counter
    spent = 0.0
    for work in works:
        if work.failed:
            continue
        start = clock()
        try:
            step(work)
        except EncodeError:
            work.failed = True
        except Exception as exc:  # a bug must not cost the user the rest of a batch
            work.reporter.error(
                "E001", f"internal error ({type(exc).__name__}: {exc}); please report it with this file"
            )
            work.failed = True
        seconds = clock() - start
        work.seconds += seconds
        spent += seconds
    if timings is not None:
        timings[name] = timings.get(name, 0.0) + spent


def _run(
    works: list[_Work], version: str, validation: Validation | None, ner: bool, timings: dict[str, float] | None
) -> list[Result]:
    def parsed_source(work: _Work) -> None:
        work.article = parse(work.source, work.reporter)  # type: ignore[arg-type]

    def written(work: _Work) -> None:
        work.data = write(work.article, version)  # type: ignore[arg-type]

    def parsed(work: _Work) -> None:
        work.tree = parse_tei(work.data)  # type: ignore[arg-type]

    def faithful(work: _Work) -> None:
        fidelity.check(work.source, work.article, work.tree, work.reporter)  # type: ignore[arg-type]

    def schema_valid(work: _Work) -> None:
        work.valid = validation.schema.validate(work.tree)  # type: ignore[union-attr]

    def rules_valid(work: _Work) -> None:
        if not (work.valid and validation.quick_rules(work.tree)):  # type: ignore[union-attr, arg-type]
            # Invalid: full messages (the tree was parsed from the bytes, so lines are real).
            shown = str(Path(work.reporter.path).with_suffix(".xml"))
            work.reporter.diagnostics.extend(validation.tree(work.tree, work.data, shown))  # type: ignore

    # Steps that would alternate between two large bodies of code (the writer and libxml2's
    # parser, RELAX NG and the rules) run as separate loops: 10-15 % faster measured.
    _stage(works, "read and parse", parsed_source, timings)
    for step in PASSES if ner else AUTHORITY_ONLY:
        _stage(works, "enrich", lambda work, run=step.run: run(work.article, work.reporter), timings)
    _stage(works, "write", written, timings)
    _stage(works, "write", parsed, timings)  # fidelity and validation check what is written, byte for byte
    _stage(works, "fidelity", faithful, timings)
    if validation is not None:
        _stage(works, "validate", schema_valid, timings)
        _stage(works, "validate", rules_valid, timings)
    results = []
    for work in works:
        ok = not work.failed and work.reporter.max_level is not Level.ERROR
        results.append(
            Result(
                work.reporter.path,
                work.data if ok else None,
                work.reporter.diagnostics,
                work.article if not work.failed else None,
                work.seconds,
            )
        )
        work.tree = None
    return results


def encode_sources(
    sources: Sequence[Source],
    version: str = __version__,
    validation: Validation | None = None,
    ner: bool = True,
    reporters: Sequence[Reporter] | None = None,
    timings: dict[str, float] | None = None,
) -> list[Result]:
    """Convert decoded sources to TEI bytes, stage by stage, checking that no text was lost
    (and validity); one result per source, in order. ``timings`` (if given) gains the seconds
    spent in each of :data:`STAGES`."""
    reporters = reporters or [Reporter(source.path) for source in sources]
    works = [_Work(source, reporter) for source, reporter in zip(sources, reporters, strict=True)]
    return _run(works, version, validation, ner, timings)


def encode_files(
    paths: Sequence[str | Path],
    encoding: str | None = None,
    version: str = __version__,
    validation: Validation | None = None,
    ner: bool = True,
    timings: dict[str, float] | None = None,
) -> list[Result]:
    """Read the files at ``paths`` and convert them as :func:`encode_sources` does (a file that
    cannot be read fails alone)."""
    works = [_Work(None, Reporter(str(path))) for path in paths]

    def read(work: _Work) -> None:
        work.source = read_source(work.reporter.path, encoding, work.reporter)

    _stage(works, "read and parse", read, timings)
    return _run(works, version, validation, ner, timings)


def encode_source(
    source: Source,
    version: str = __version__,
    reporter: Reporter | None = None,
    validation: Validation | None = None,
    ner: bool = True,
) -> Result:
    """Convert one decoded source (see :func:`encode_sources`)."""
    return encode_sources([source], version, validation, ner, [reporter or Reporter(source.path)])[0]


def encode(
    path: str | Path,
    encoding: str | None = None,
    version: str = __version__,
    validation: Validation | None = None,
    ner: bool = True,
) -> Result:
    """Read the file at ``path`` and convert it (validating the TEI if ``validation`` is given)."""
    return encode_files([path], encoding, version, validation, ner)[0]
