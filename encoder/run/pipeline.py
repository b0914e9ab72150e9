"""The pipeline: read → parse → enrich (structure, ids, alignment, dates, names) → write → fidelity gate → validate.

An article whose source was parsed and that a gate refused goes through the stages again,
alone, with an inference dropped (:mod:`.fallback`): it is written degraded, not lost. The
articles every gate passes at the first attempt never meet the fallback.

Several articles go through it together, stage by stage (every article parsed, then every
article through each enrich pass, then written…), so that the interpreter and libxml2 run one
stage's code many times in a row (``python -m encoder.bench`` measures it). Each article still
succeeds or fails on its own: a stage takes the values the stage before made of the articles
still going, and returns its own for those that went through it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, TypeVar

from lxml import etree

from ..check import fidelity
from ..check.validate import Validation
from ..config import Project
from ..diagnostics import Diagnostic, EncodeError, Level, Reporter
from ..enrich import AUTHORITY_ONLY, PASSES, Pass, enrich
from ..ingest.parser import parse
from ..ingest.reader import Source, read_source
from ..model import Article
from ..tei.writer import parse_tei, write
from ..version import __version__
from . import fallback

#: The stages as timed (``timings`` of :func:`encode_sources`).
STAGES = ("read and parse", "enrich", "write", "fidelity", "validate")


@dataclass(slots=True)
class Result:
    """What converting one file gave: the TEI bytes (``None`` on error) and the diagnostics."""

    path: str
    tei: bytes | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    article: Article | None = None
    seconds: float = 0.0  # wall time spent converting it (reading included when the pipeline read it)
    cpu_seconds: float = 0.0  # the CPU time of the same (``time.process_time``)

    @property
    def ok(self) -> bool:
        return self.tei is not None

    @property
    def degraded(self) -> bool:
        """Written, but only once the fallback dropped an inference a gate refused (a D code)."""
        return self.tei is not None and any(d.code.startswith("D") for d in self.diagnostics)


def build_article(source: Source, reporter: Reporter, ner: bool = True) -> Article:
    """Parse, structure and enrich ``source`` (raises ``EncodeError`` on fatal input errors);
    ``ner=False`` tags names from the authority file only."""
    article = parse(source, reporter)
    return enrich(article, reporter, PASSES if ner else AUTHORITY_ONLY)


@dataclass(slots=True, eq=False)
class _Work:
    """One article on its way through the stages: who reports on it, and what it has cost.
    What each stage makes of it travels beside it (see :func:`_stage`)."""

    reporter: Reporter
    seconds: float = 0.0
    cpu_seconds: float = 0.0


class _Parsed(NamedTuple):
    source: Source
    article: Article


class _Written(NamedTuple):
    source: Source
    article: Article
    data: bytes


class _Checked(NamedTuple):
    """The TEI written, and the tree parsed back from its bytes: fidelity and validation check
    what is written, byte for byte (and its line numbers are real)."""

    source: Source
    article: Article
    data: bytes
    tree: etree._ElementTree


_In = TypeVar("_In")
_Out = TypeVar("_Out")


def _stage(
    items: list[tuple[_Work, _In]],
    name: str,
    step: Callable[[_Work, _In], _Out],
    timings: dict[str, float] | None,
) -> list[tuple[_Work, _Out]]:
    """Run ``step`` on every article still going; what it returns goes on to the next stage.
    An error stops that article only: it is left out of what this stage returns."""
    clock, cpu_clock = time.perf_counter, time.process_time
    spent = 0.0
    going: list[tuple[_Work, _Out]] = []
    for work, value in items:
        start, cpu = clock(), cpu_clock()
        try:
            going.append((work, step(work, value)))
        except EncodeError:
            pass
        except Exception as exc:  # a bug must not cost the user the rest of a batch
            work.reporter.error(
                "E001", f"internal error ({type(exc).__name__}: {exc}); please report it with this file"
            )
        seconds = clock() - start
        work.seconds += seconds
        work.cpu_seconds += cpu_clock() - cpu
        spent += seconds
    if timings is not None:
        timings[name] = timings.get(name, 0.0) + spent
    return going


def _parse(work: _Work, source: Source) -> _Parsed:
    return _Parsed(source, parse(source, work.reporter))


def _written(version: str, project: Project | None) -> Callable[[_Work, _Parsed], _Written]:
    def step(work: _Work, parsed: _Parsed) -> _Written:
        return _Written(parsed.source, parsed.article, write(parsed.article, version, project))

    return step


def _parsed_back(work: _Work, written: _Written) -> _Checked:
    return _Checked(*written, parse_tei(written.data))


def _faithful(work: _Work, checked: _Checked) -> _Checked:
    fidelity.check(checked.source, checked.article, checked.tree, work.reporter)
    return checked


def _enrich_step(step: Pass) -> Callable[[_Work, _Parsed], _Parsed]:
    def run(work: _Work, parsed: _Parsed) -> _Parsed:
        step.run(parsed.article, work.reporter)
        return parsed

    return run


def _validate(
    items: list[tuple[_Work, _Checked]], validation: Validation, timings: dict[str, float] | None
) -> list[tuple[_Work, _Checked]]:
    """RELAX NG over every article, then the profile's rules (two loops: each keeps its own
    code running); an invalid article gets the full messages."""

    def schema_valid(work: _Work, checked: _Checked) -> tuple[_Checked, bool]:
        return checked, bool(validation.schema.validate(checked.tree))

    def rules_valid(work: _Work, judged: tuple[_Checked, bool]) -> _Checked:
        checked, valid = judged
        if not (valid and validation.quick_rules(checked.tree)):
            shown = str(Path(work.reporter.path).with_suffix(".xml"))
            work.reporter.diagnostics.extend(validation.tree(checked.tree, checked.data, shown))
        return checked

    return _stage(_stage(items, "validate", schema_valid, timings), "validate", rules_valid, timings)


def _attempt(
    sources: list[tuple[_Work, Source]],
    version: str,
    validation: Validation | None,
    passes: Sequence[Pass],
    timings: dict[str, float] | None,
    project: Project | None = None,
) -> tuple[dict[int, _Parsed], dict[int, _Checked]]:
    """Take the articles read (``sources``) through the stages together: the articles parsed
    and the articles written and checked, each by the id of its work."""
    parsed = _stage(sources, "read and parse", _parse, timings)
    models = {id(work): value for work, value in parsed}
    for step in passes:
        parsed = _stage(parsed, "enrich", _enrich_step(step), timings)
    written = _stage(parsed, "write", _written(version, project), timings)
    checked = _stage(written, "write", _parsed_back, timings)
    checked = _stage(checked, "fidelity", _faithful, timings)
    if validation is not None:
        checked = _validate(checked, validation, timings)
    return models, {id(work): value for work, value in checked}


def _fall_back(
    work: _Work,
    parsed: _Parsed,
    version: str,
    validation: Validation | None,
    ner: bool,
    timings: dict[str, float] | None,
    project: Project | None = None,
) -> _Checked | None:
    """Convert a parsed article a gate refused again, dropping one inference more each time
    (:mod:`.fallback`), until a document passes; its diagnostics then replace the refused
    attempt's, with a warning per thing dropped. None when every step was tried in vain."""
    plan, warnings = fallback.Plan(ner), Reporter(work.reporter.path)
    refused, article = fallback.refusals(work.reporter.diagnostics), parsed.article
    while plan.advance(article, refused, warnings):
        retry = _Work(Reporter(work.reporter.path))
        models, finished = _attempt([(retry, parsed.source)], version, validation, plan.passes(), timings, project)
        work.seconds += retry.seconds
        work.cpu_seconds += retry.cpu_seconds
        value = finished.get(id(retry))
        if value is not None and retry.reporter.max_level is not Level.ERROR:
            work.reporter.diagnostics[:] = [*retry.reporter.diagnostics, *warnings.diagnostics]
            return value
        refused = fallback.refusals(retry.reporter.diagnostics)
        if id(retry) in models:
            article = models[id(retry)].article
    return None


def _run(
    works: list[_Work],
    sources: list[tuple[_Work, Source]],
    version: str,
    validation: Validation | None,
    ner: bool,
    timings: dict[str, float] | None,
    project: Project | None = None,
) -> list[Result]:
    """Take the articles read (``sources``) through the stages together, and each parsed
    article a gate refused through the fallback; one result per article of ``works``, in order."""
    models, finished = _attempt(sources, version, validation, PASSES if ner else AUTHORITY_ONLY, timings, project)
    for work in works:
        if id(work) in models and (id(work) not in finished or work.reporter.max_level is Level.ERROR):
            rescued = _fall_back(work, models[id(work)], version, validation, ner, timings, project)
            if rescued is not None:
                finished[id(work)] = rescued
    results = []
    for work in works:
        value = finished.get(id(work))
        ok = value is not None and work.reporter.max_level is not Level.ERROR
        results.append(
            Result(
                work.reporter.path,
                value.data if value is not None and ok else None,
                work.reporter.diagnostics,
                value.article if value is not None else None,
                work.seconds,
                work.cpu_seconds,
            )
        )
    return results


def encode_sources(
    sources: Sequence[Source],
    version: str = __version__,
    validation: Validation | None = None,
    ner: bool = True,
    reporters: Sequence[Reporter] | None = None,
    timings: dict[str, float] | None = None,
    project: Project | None = None,
) -> list[Result]:
    """Convert decoded sources to TEI bytes, stage by stage, checking that no text was lost
    (and validity); one result per source, in order. ``timings`` (if given) gains the seconds
    spent in each of :data:`STAGES`."""
    reporters = reporters or [Reporter(source.path) for source in sources]
    works = [_Work(reporter) for reporter in reporters]
    return _run(works, list(zip(works, sources, strict=True)), version, validation, ner, timings, project)


def encode_files(
    paths: Sequence[str | Path],
    encoding: str | None = None,
    version: str = __version__,
    validation: Validation | None = None,
    ner: bool = True,
    timings: dict[str, float] | None = None,
    names: Sequence[str] | None = None,
    max_bytes: int | None = None,
    project: Project | None = None,
) -> list[Result]:
    """Read the files at ``paths`` and convert them as :func:`encode_sources` does (a file that
    cannot be read fails alone); ``names``: each file's path relative to the input named on the
    command line, which its header records (default: the file's name); a file over
    ``max_bytes`` fails with R007 (None: no limit)."""
    works = [_Work(Reporter(str(path))) for path in paths]
    named = list(names) if names is not None else [""] * len(works)

    def read(work: _Work, name: str) -> Source:
        return read_source(work.reporter.path, encoding, work.reporter, name, max_bytes)

    sources = _stage(list(zip(works, named, strict=True)), "read and parse", read, timings)
    return _run(works, sources, version, validation, ner, timings, project)


def encode_source(
    source: Source,
    version: str = __version__,
    reporter: Reporter | None = None,
    validation: Validation | None = None,
    ner: bool = True,
    project: Project | None = None,
) -> Result:
    """Convert one decoded source (see :func:`encode_sources`)."""
    reporters = [reporter or Reporter(source.path)]
    return encode_sources([source], version, validation, ner, reporters, project=project)[0]


def encode(
    path: str | Path,
    encoding: str | None = None,
    version: str = __version__,
    validation: Validation | None = None,
    ner: bool = True,
    max_bytes: int | None = None,
    project: Project | None = None,
) -> Result:
    """Read the file at ``path`` and convert it (validating the TEI if ``validation`` is given;
    a file over ``max_bytes`` fails with R007; ``project``: the configuration the header's
    publication and provenance come from)."""
    return encode_files([path], encoding, version, validation, ner, max_bytes=max_bytes, project=project)[0]
