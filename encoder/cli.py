"""Command line: ``encoder convert``, ``validate``, ``align-report``, ``transform``, ``corpus``,
``entities suggest``, ``dump``, ``--version``.

This module parses arguments, calls the library, and prints; what the commands do lives in
the library (:mod:`encoder.run`, :mod:`encoder.check`, :mod:`encoder.transform`, ...).

Exit codes: 0 all good (warnings allowed), 1 some input failed (the others are still
converted), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from .arguments import EXIT_USAGE, Run, parser
from .check.corpus import check_corpus
from .check.report import alignment_line, validate_files
from .check.validate import SchemaError, Validation
from .diagnostics import Diagnostic, Level
from .dump import dump
from .files import write_atomic
from .run import batch
from .run.articles import any_article, source_article
from .run.paths import single_target, tasks, tei_files, transform_targets
from .run.pipeline import encode
from .run.report import Entry
from .site import build as build_site
from .tei import corpus
from .transform import OUTPUTS, parse_params, transform_file

EXIT_OK, EXIT_FAILED = 0, 1


def _usage(message: str) -> int:
    print(f"encoder: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _print(diagnostics: Sequence[Diagnostic], threshold: Level, stream: TextIO) -> None:
    for diagnostic in diagnostics:
        if diagnostic.level >= threshold:
            print(diagnostic, file=stream)


def _threshold(args: argparse.Namespace) -> Level:
    return Level.ERROR if args.quiet else Level.INFO if args.verbose else Level.WARNING


def _convert(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        return _usage("--jobs must be at least 1")
    output = Path(args.output) if args.output else None
    inputs_are_files = all(not Path(name).is_dir() for name in args.inputs)
    if output is None or (len(args.inputs) == 1 and inputs_are_files and single_target(1, args.inputs, args.output)):
        return _convert_one(args, output)
    if not output.exists() and output.suffix == ".xml":
        return _usage("several inputs or a directory need -o OUTDIR, not a .xml file")
    total = sum(1 for _ in tasks(args.inputs, output))
    if not total:
        return _usage("no input files (.txt, .md or .json) found")
    return _convert_run(args, output, total)


def _convert_run(args: argparse.Namespace, output: Path, total: int) -> int:
    """Many files to a directory, with progress and a run report."""
    threshold = _threshold(args)
    options = batch.Options(args.encoding, not args.no_validate, args.resume, not args.no_ner)
    settings = batch.Settings(options, args.jobs, args.executor, args.scheduler)
    report = batch.Report(Path(args.report) if args.report else output / "encoder-report.json")
    progress = None if args.quiet else batch.Progress(total)

    def show(entry: Entry) -> None:
        lines = entry["diagnostics"]
        for line in lines if isinstance(lines, list) else []:
            if threshold <= Level.WARNING or " error " in line:
                if progress is not None and progress.tty:
                    sys.stderr.write("\r\x1b[K")
                print(line, file=sys.stderr)

    try:
        summary = batch.run(tasks(args.inputs, output), total, settings, report, progress, show)
    except RuntimeError as exc:
        return _usage(str(exc))
    if not args.quiet:
        degraded = report.counts["degraded"]
        why = " (written without an inference a gate refused: see the D warnings)" if degraded else ""
        print(
            f"encoder: converted {report.counts['converted'] + degraded} of {total} files, "
            f"{summary['failed']} failed, {summary['skipped']} skipped (up to date), {degraded} of "
            f"the converted degraded{why}; report: {report.path}",
            file=sys.stderr,
        )
    if summary["interrupted"]:
        print("encoder: interrupted; the report lists what was done", file=sys.stderr)
        return 130
    return EXIT_FAILED if summary["failed"] else EXIT_OK


def _convert_one(args: argparse.Namespace, output: Path | None) -> int:
    """One file to one file (or to stdout): no report, no pool."""
    if len(args.inputs) != 1 or Path(args.inputs[0]).is_dir():
        return _usage("several inputs or a directory need -o OUTDIR")
    try:
        validation = None if args.no_validate else Validation("project")
    except SchemaError as exc:
        return _usage(str(exc))
    result = encode(args.inputs[0], args.encoding, validation=validation, ner=not args.no_ner)
    _print(result.diagnostics, _threshold(args), sys.stderr)
    if result.tei is None:
        return EXIT_FAILED
    if output is None:
        sys.stdout.buffer.write(result.tei)
        return EXIT_OK
    try:
        write_atomic(output, result.tei)
    except OSError as exc:
        print(
            Diagnostic(Level.ERROR, "C001", f"cannot write {output}: {exc.strerror or exc}", args.inputs[0]),
            file=sys.stderr,
        )
        return EXIT_FAILED
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    files = tei_files(args.inputs)
    if not files:
        return _usage("no .xml files found")
    schematron: str | bool = args.schematron or not args.no_schematron
    try:
        validation = Validation(
            args.schema,
            schematron if args.schema == "project" or args.schematron else None,
            args.engine,
            native=not args.full_schematron,
        )
    except SchemaError as exc:
        return _usage(str(exc))
    report = validate_files(files, validation, print if args.format == "text" else None)
    if args.format == "json":
        json.dump(report.as_json(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for line in report.text_summary():
            print(line, file=sys.stderr)
    return EXIT_FAILED if report.invalid else EXIT_OK


def _align_report(args: argparse.Namespace) -> int:
    failed = 0
    for name in args.inputs:
        article, reporter = any_article(name, args.encoding)
        shown = [d for d in reporter.diagnostics if d.code.startswith("A") or d.level >= Level.ERROR]
        _print(shown, Level.INFO, sys.stdout)
        if article is None:
            failed += 1
        else:
            print(alignment_line(name, article))
    return EXIT_FAILED if failed else EXIT_OK


def _transform(args: argparse.Namespace) -> int:
    try:
        params = parse_params(args.param)
    except ValueError as exc:
        return _usage(str(exc))
    if args.to == "site":
        return _site(args, params)
    targets = transform_targets(args.inputs, OUTPUTS[args.to].suffix)
    if not targets:
        return _usage("no .xml files found")
    output = Path(args.output) if args.output else None
    if output is None and len(targets) > 1:
        return _usage("several inputs need -o OUTDIR")
    single = single_target(len(targets), args.inputs, args.output)
    failed = 0
    for source, relative in targets:
        data, diagnostics = transform_file(source, args.to, params, args.processor)
        _print(diagnostics, Level.INFO, sys.stderr)
        if data is None:
            failed += 1
        elif output is None:
            sys.stdout.buffer.write(data)
        else:
            write_atomic(output if single else output / relative, data)
    return EXIT_FAILED if failed else EXIT_OK


def _site(args: argparse.Namespace, params: dict[str, str]) -> int:
    """``transform --to site``: the static site of the TEI articles named (encoder.site)."""
    if not args.output:
        return _usage("--to site needs -o SITE (the folder of the site)")
    paths = tei_files(args.inputs)
    if not paths:
        return _usage("no .xml files found")
    site = build_site(paths, Path(args.output), params, args.processor)
    _print(site.diagnostics, Level.INFO, sys.stderr)
    counts = ", ".join(f"{len(site.corpus.of_kind(kind))} {kind}s" for kind in ("person", "place", "org"))
    print(f"{args.output}: {len(site.corpus.articles)} articles, {counts}; {site.pages} pages")
    return EXIT_FAILED if site.failed else EXIT_OK


def _corpus(args: argparse.Namespace) -> int:
    folder = Path(args.folder)
    if not folder.is_dir():
        return _usage(f"{folder} is not a directory")
    target = Path(args.output) if args.output else folder / "corpus"
    groups, left_out = corpus.group(folder, args.by, skip=target)
    if not groups:
        return _usage(f"no TEI articles written by encoder below {folder}")
    validation = None if args.no_validate else Validation("project")
    failed = 0
    for entry in groups:
        path = target / f"rmrb-{entry.key}.xml"
        corpus.write(entry, path, args.xinclude)
        problems = [] if validation is None else check_corpus(path, validation, args.xinclude)
        if problems:
            failed += 1
            _print(problems, Level.ERROR, sys.stderr)
        print(f"{path}: {len(entry.members)} articles ({entry.first} to {entry.last})")
    for path in left_out:
        print(f"{path}:0:0: warning C002: not a TEI article written by encoder; left out", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def _suggest(args: argparse.Namespace) -> int:
    from .enrich.authority import load
    from .suggest import collect, tsv

    articles = []
    failed = 0
    for task in tasks(args.inputs, Path(".")):
        article, reporter = source_article(task.source, args.encoding)
        if article is None:
            failed += 1
        else:
            articles.append(article)
        _print(reporter.diagnostics, Level.ERROR, sys.stderr)
    if not articles and not failed:
        return _usage("no input files (.txt, .md or .json) found")
    table = tsv(collect(articles, set(load())))
    if args.output:
        write_atomic(Path(args.output), table.encode("utf-8"))
    else:
        sys.stdout.write(table)
    return EXIT_FAILED if failed else EXIT_OK


def _dump(args: argparse.Namespace) -> int:
    failed = 0
    for name in args.inputs:
        article, reporter = source_article(name, args.encoding)
        if article is None:
            failed += 1
        else:
            sys.stdout.write(dump(article))
        _print(reporter.diagnostics, Level.WARNING, sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


_RUNS: dict[str, Run] = {
    "convert": _convert,
    "validate": _validate,
    "align-report": _align_report,
    "transform": _transform,
    "corpus": _corpus,
    "suggest": _suggest,
    "dump": _dump,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    try:
        args = parser(_RUNS).parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    code: int = args.run(args)
    return code
