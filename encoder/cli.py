"""Command line: ``encoder convert``, ``validate``, ``align-report``, ``transform``, ``corpus``,
``entities suggest``, ``dump``, ``--version``.

This module parses arguments, calls the library, and prints; what the commands do lives in
the library (:mod:`encoder.run`, :mod:`encoder.check`, :mod:`encoder.transform`, ...).

Exit codes: 0 all good (warnings allowed), 1 some input failed (the others are still
converted), 2 usage error.
"""

from __future__ import annotations

import argparse
import errno
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from . import config
from .arguments import EXIT_USAGE, Run, parser
from .check.validate import SchemaError, Validation
from .diagnostics import Diagnostic, Level
from .files import drop_stdout, write_atomic
from .run import batch
from .run.executors import terminate_as_interrupt
from .run.paths import count_tasks, replaced_input, same_file, single_target, tasks, tei_files, transform_targets
from .run.pipeline import encode
from .run.report import Entry
from .tei import corpus
from .transform import OUTPUTS, parameters, parse_params, transform_file

EXIT_OK, EXIT_FAILED = 0, 1
#: The exit code of a run stopped by a signal: 128 + its number, as a shell reports it.
_SIGNALLED = {"SIGINT": 130, "SIGTERM": 143}


def _usage(message: str, code: str = "", path: str = "") -> int:
    """Print a usage error (coded as ``path:0:0: error CODE: message`` when ``code`` is given)."""
    if code and path:
        print(Diagnostic(Level.ERROR, code, message, path), file=sys.stderr)
    elif code:
        print(f"encoder: error {code}: {message}", file=sys.stderr)
    else:
        print(f"encoder: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _refused(failed: list[Diagnostic]) -> Callable[[Path, str, str], None]:
    """A walker's ``refused``: prints the folder not entered and keeps it among ``failed``."""

    def refuse(folder: Path, code: str, message: str) -> None:
        failed.append(Diagnostic(Level.ERROR, code, message, str(folder)))
        print(failed[-1], file=sys.stderr)

    return refuse


def _unwritable(target: Path, exc: OSError, source: str) -> Diagnostic:
    return Diagnostic(Level.ERROR, "C001", f"cannot write {target}: {exc.strerror or exc}", source)


def _print(diagnostics: Sequence[Diagnostic], threshold: Level, stream: TextIO) -> None:
    for diagnostic in diagnostics:
        if diagnostic.level >= threshold:
            print(diagnostic, file=stream)


def _threshold(args: argparse.Namespace) -> Level:
    return Level.ERROR if args.quiet else Level.INFO if args.verbose else Level.WARNING


def _convert(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        return _usage("--jobs must be at least 1")
    if args.scheduler and args.executor != "dask":
        return _usage("--scheduler has no effect without --executor dask", "C007")
    try:
        args.project = config.from_arguments(args)
    except config.ConfigError as exc:
        print(exc.diagnostic, file=sys.stderr)
        return EXIT_USAGE
    output = Path(args.output) if args.output else None
    inputs_are_files = all(not Path(name).is_dir() for name in args.inputs)
    if output is None or (len(args.inputs) == 1 and inputs_are_files and single_target(1, args.inputs, args.output)):
        return _convert_one(args, output)
    if output.exists() and not output.is_dir():
        return _usage(f"several inputs or a directory need -o OUTDIR, and {output} is a file", "C004", str(output))
    if not output.exists() and output.suffix == ".xml":
        return _usage("several inputs or a directory need -o OUTDIR, not a .xml file")
    report = Path(args.report) if args.report else output / "encoder-report.json"
    total, clash = count_tasks(args.inputs, output, report)
    if clash:
        return _usage(clash, "C004", str(output))
    if not total:
        return _usage("no input files (.txt, .md or .json) found")
    return _convert_run(args, output, total)


def _convert_run(args: argparse.Namespace, output: Path, total: int) -> int:
    """Many files to a directory, with progress and a run report."""
    threshold = _threshold(args)
    options = batch.Options(
        args.encoding,
        not args.no_validate,
        args.resume,
        not args.no_ner,
        args.max_article_bytes or None,
        args.project,
    )
    settings = batch.Settings(options, args.jobs, args.executor, args.scheduler)
    report_path = Path(args.report) if args.report else output / "encoder-report.json"
    try:
        report = batch.Report(report_path)
    except OSError as exc:
        print(_unwritable(report_path, exc, str(output)), file=sys.stderr)
        return EXIT_FAILED
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
    except OSError as exc:  # the report itself: what is in the .lines file is what was done
        print(_unwritable(report.path, exc, str(output)), file=sys.stderr)
        print(f"encoder: the entries written so far are in {report.lines_path}", file=sys.stderr)
        return EXIT_FAILED
    if not args.quiet:
        degraded = report.counts["degraded"]
        why = " (written without an inference a gate refused: see the D warnings)" if degraded else ""
        print(
            f"encoder: converted {report.counts['converted'] + degraded} of {total} files, "
            f"{summary['failed']} failed, {summary['skipped']} skipped (up to date), {degraded} of "
            f"the converted degraded{why}; report: {report.path}",
            file=sys.stderr,
        )
    stopped = str(summary["stopped_by"])
    if stopped in _SIGNALLED:
        print(f"encoder: interrupted ({stopped}); the report lists what was done", file=sys.stderr)
        return _SIGNALLED[stopped]
    if summary["interrupted"]:
        print("encoder: stopped: the device is full (C005); the report lists what was done", file=sys.stderr)
    return EXIT_FAILED if summary["failed"] else EXIT_OK


def _convert_one(args: argparse.Namespace, output: Path | None) -> int:
    """One file to one file (or to stdout): no report, no pool."""
    if len(args.inputs) != 1 or Path(args.inputs[0]).is_dir():
        return _usage("several inputs or a directory need -o OUTDIR")
    if output is not None and same_file(output, args.inputs[0]):
        return _usage(f"the output {output} is the input; name another -o", "C004", args.inputs[0])
    try:
        validation = None if args.no_validate else Validation("project")
    except SchemaError as exc:
        return _usage(str(exc))
    result = encode(
        args.inputs[0],
        args.encoding,
        validation=validation,
        ner=not args.no_ner,
        max_bytes=args.max_article_bytes or None,
        project=args.project,
    )
    _print(result.diagnostics, _threshold(args), sys.stderr)
    if result.tei is None:
        return EXIT_FAILED
    if output is None:
        sys.stdout.buffer.write(result.tei)
        return EXIT_OK
    try:
        write_atomic(output, result.tei)
    except OSError as exc:
        print(_unwritable(output, exc, args.inputs[0]), file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from .check.deposit import check_file
    from .check.report import validate_files

    refused: list[Diagnostic] = []
    files = tei_files(args.inputs, _refused(refused))
    if not files:
        return EXIT_FAILED if refused else _usage("no .xml files found")
    schematron: str | bool = args.schematron or not args.no_schematron
    try:
        validation = Validation(
            args.schema,
            schematron if args.schema == "project" or args.schematron else None,
            args.engine,
            native=not args.full_schematron,
        )
        deposit = check_file if args.deposit else None
        report = validate_files(files, validation, print if args.format == "text" else None, deposit)
    except SchemaError as exc:  # also where the project's Schematron, compiled when first run, fails
        return _usage(str(exc))
    if args.format == "json":
        json.dump(report.as_json(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for line in report.text_summary():
            print(line, file=sys.stderr)
    return EXIT_FAILED if report.invalid or refused else EXIT_OK


def _align_report(args: argparse.Namespace) -> int:
    from .check.report import alignment_line
    from .run.articles import any_article

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
    useless = sorted(set(params) - parameters(args.to))
    if useless:
        takes = ", ".join(sorted(parameters(args.to))) or "none"
        return _usage(f"--param {useless[0]} has no effect on --to {args.to} (it takes: {takes})", "C007")
    refused: list[Diagnostic] = []
    targets = transform_targets(args.inputs, OUTPUTS[args.to].suffix, _refused(refused))
    if not targets:
        return EXIT_FAILED if refused else _usage("no .xml files found")
    output = Path(args.output) if args.output else None
    if output is None and len(targets) > 1:
        return _usage("several inputs need -o OUTDIR")
    single = single_target(len(targets), args.inputs, args.output)
    if output is not None and not single and output.exists() and not output.is_dir():
        return _usage(f"several inputs or a directory need -o OUTDIR, and {output} is a file", "C004", str(output))
    if output is not None and (clash := replaced_input(args.inputs, targets, output, single)):
        return _usage(f"the output {clash[1]} would replace an input; name another -o", "C004", str(clash[0]))
    failed = len(refused)
    for source, relative in targets:
        data, diagnostics = transform_file(source, args.to, params, args.processor)
        _print(diagnostics, Level.INFO, sys.stderr)
        if data is None:
            failed += 1
        elif output is None:
            sys.stdout.buffer.write(data)
        elif not _write(output if single else output / relative, data, str(source)):
            failed += 1
    return EXIT_FAILED if failed else EXIT_OK


def _write(target: Path, data: bytes, source: str) -> bool:
    """Write ``target`` atomically; False (and C001 printed) when it cannot be written."""
    try:
        write_atomic(target, data)
    except OSError as exc:
        print(_unwritable(target, exc, source), file=sys.stderr)
        return False
    return True


def _site(args: argparse.Namespace, params: dict[str, str]) -> int:
    """``transform --to site``: the static site of the TEI articles named (encoder.site)."""
    from .site import build as build_site

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
    from .check.corpus import write_corpus

    folder = Path(args.folder)
    if not folder.is_dir():
        return _usage(f"{folder} is not a directory")
    target = Path(args.output) if args.output else folder / "corpus"
    groups, left_out = corpus.group(folder, args.by, skip=target)
    if not groups:
        return _usage(f"no TEI articles written by encoder below {folder}")
    try:
        project = config.from_arguments(args)
    except config.ConfigError as exc:
        print(exc.diagnostic, file=sys.stderr)
        return EXIT_USAGE
    validation = None if args.no_validate else Validation("project")
    failed = 0
    for entry in groups:
        path = target / f"rmrb-{entry.key}.xml"
        try:
            problems = write_corpus(entry, path, validation, args.xinclude, folder, project)
        except OSError as exc:
            print(_unwritable(path, exc, str(folder)), file=sys.stderr)
            failed += 1
            continue
        if problems:
            failed += 1
            _print(problems, Level.ERROR, sys.stderr)
            continue
        print(f"{path}: {len(entry.members)} articles ({entry.first} to {entry.last})")
    for path in left_out:
        print(f"{path}:0:0: warning C002: not a TEI article written by encoder; left out", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def _suggest(args: argparse.Namespace) -> int:
    from .enrich.authority import load
    from .run.articles import source_article
    from .suggest import collect, tsv

    articles = []
    failed = 0
    for task in tasks(args.inputs, Path("."), skip_output=False):  # no output folder: "." is a placeholder
        if task.refused:  # a folder not entered
            code, _, message = task.refused.partition(" ")
            print(Diagnostic(Level.ERROR, code, message, task.source), file=sys.stderr)
            failed += 1
            continue
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
        if not _write(Path(args.output), table.encode("utf-8"), args.inputs[0]):
            return EXIT_FAILED
    else:
        sys.stdout.write(table)
    return EXIT_FAILED if failed else EXIT_OK


def _dump(args: argparse.Namespace) -> int:
    """``dump``: the article model of a source, as a tree (encoder.dump)."""
    from .dump import dump_command

    return dump_command(args)


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
    with terminate_as_interrupt() as signals:
        try:
            code: int = args.run(args)
            sys.stdout.flush()  # so that a full stdout is met here, not at exit
        except KeyboardInterrupt:  # outside a run (which handles its own): outputs are atomic
            print("encoder: interrupted; no partial file is left", file=sys.stderr)
            return _SIGNALLED["SIGTERM" if signals else "SIGINT"]
        except BrokenPipeError:  # the reader of stdout went away (``encoder dump ... | head``)
            drop_stdout()
            return EXIT_FAILED
        except OSError as exc:  # files are written through write_atomic, which is guarded: stdout
            if exc.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
                raise
            drop_stdout()
            print(f"encoder: error C001: cannot write the standard output: {exc.strerror}", file=sys.stderr)
            return EXIT_FAILED
    return code
