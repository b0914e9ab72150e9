"""Command line: ``encoder convert``, ``validate``, ``align-report``, ``transform``, ``dump``, ``--version``.

Exit codes: 0 all good (warnings allowed), 1 some input failed (the others are still
converted), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from lxml import etree

from . import __version__
from .check.validate import ENGINES, SchemaError, Validation
from .diagnostics import Diagnostic, EncodeError, Level, Reporter
from .dump import dump
from .enrich.align import report as report_alignment
from .ingest.reader import read_source
from .model import Article
from .run import batch
from .run.files import write_atomic
from .run.pipeline import build_article, encode
from .tei import corpus
from .tei.reader import read_tei
from .transform import OUTPUTS, PROCESSORS, TransformError, transform, transform_saxon

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="encoder", description="Convert People's Daily articles to TEI P5.")
    parser.add_argument("--version", action="version", version=f"encoder {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    convert = commands.add_parser(
        "convert",
        help="convert articles (files or directories) to TEI",
        description="Convert articles to TEI. One file to one file, or files "
        "and directories to a directory (one .xml per input, tree mirrored).",
    )
    convert.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or directories of them")
    convert.add_argument(
        "-o", "--output", metavar="OUT", help="output file (one input) or directory; without it one file goes to stdout"
    )
    convert.add_argument("--encoding", help="decode inputs with this encoding instead of UTF-8 (e.g. gb18030)")
    convert.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    convert.add_argument("-v", "--verbose", action="store_true", help="print informational diagnostics too")
    convert.add_argument(
        "--no-validate",
        action="store_true",
        help="do not validate the TEI against the project schema before writing it",
    )
    convert.add_argument(
        "--no-ner", action="store_true", help="tag names from the authority file only (no jieba, spaCy or projection)"
    )
    convert.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="convert with N worker processes (or N Dask workers for a local cluster)",
    )
    convert.add_argument(
        "--executor",
        choices=("process", "dask"),
        default="process",
        help="process pool on this machine (default) or Dask (needs the dask extra)",
    )
    convert.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --executor dask: the scheduler address, e.g. tcp://10.0.0.5:8786 "
        "(default: a local cluster of --jobs workers)",
    )
    convert.add_argument(
        "--resume", action="store_true", help="skip inputs whose output is newer than the input and valid"
    )
    convert.add_argument(
        "--report", metavar="FILE", help="run report (JSON) for directory runs; default OUT/encoder-report.json"
    )
    check = commands.add_parser(
        "validate",
        help="validate TEI files (well-formedness, RELAX NG, Schematron)",
        description="Validate TEI files or directories of them. One line per problem, then a summary.",
    )
    check.add_argument("inputs", nargs="+", metavar="PATH", help="TEI files or directories (*.xml)")
    check.add_argument(
        "--schema",
        default="project",
        help="'project' (default: schema/encoder.rng + encoder.sch), 'tei_all' (TEI P5 4.12.0), or a RELAX NG file",
    )
    check.add_argument("--schematron", metavar="FILE", help="a Schematron file (XPath 1.0) to run as well")
    check.add_argument("--no-schematron", action="store_true", help="skip the project's Schematron rules")
    check.add_argument(
        "--full-schematron",
        action="store_true",
        help="run the project's Schematron on every document (by default its rules are decided "
        "natively, and the Schematron runs where they find a problem)",
    )
    check.add_argument(
        "--engine",
        choices=ENGINES,
        default="auto",
        help="who explains RELAX NG errors: auto (Jing when installed), lxml or jing",
    )
    check.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    aligned = commands.add_parser(
        "align-report",
        help="report how the two languages of articles are aligned",
        description="Report unmatched blocks, n:m links, length-ratio outliers and numbers that differ "
        "inside linked pairs, for article sources (aligned now) or TEI files written by encoder.",
    )
    aligned.add_argument("inputs", nargs="+", metavar="FILE", help="article sources (.txt, .md) or TEI files (.xml)")
    aligned.add_argument("--encoding", help="decode sources with this encoding instead of UTF-8")
    change = commands.add_parser(
        "transform",
        help="transform TEI files with the stylesheets of tei/xslt/",
        description="Transform TEI files (or directories of them) into an HTML reading edition, plain "
        "text, or entity and alignment tables (TSV).",
    )
    change.add_argument("inputs", nargs="+", metavar="INPUT", help="TEI files or directories (*.xml)")
    change.add_argument("--to", required=True, choices=sorted(OUTPUTS), help="what to produce")
    change.add_argument(
        "-o", "--output", metavar="OUT", help="output file (one input) or directory; without it one file goes to stdout"
    )
    change.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a stylesheet parameter (repeatable), e.g. --param lang=en",
    )
    change.add_argument(
        "--processor",
        choices=PROCESSORS,
        default="lxml",
        help="lxml (libxslt, default) or saxon (needs the saxon extra)",
    )
    assemble = commands.add_parser(
        "corpus",
        help="build teiCorpus files (per issue date, month or year) from converted articles",
        description="Group the TEI articles below OUTDIR by issue date, month or year and write one valid "
        "teiCorpus per group: a corpus header, then the members (embedded, or by XInclude).",
    )
    assemble.add_argument("folder", metavar="OUTDIR", help="a folder of TEI articles written by encoder convert")
    assemble.add_argument("-o", "--output", metavar="CORPUSDIR", help="where to write (default OUTDIR/corpus)")
    assemble.add_argument("--by", choices=corpus.GROUPINGS, default="month", help="one corpus per ... (default month)")
    assemble.add_argument(
        "--xinclude", action="store_true", help="reference the members with XInclude instead of embedding them"
    )
    assemble.add_argument("--no-validate", action="store_true", help="do not validate the corpora written")
    entities = commands.add_parser("entities", help="work with the names of articles")
    entity_commands = entities.add_subparsers(dest="entities_command", required=True, parser_class=_Parser)
    suggest = entity_commands.add_parser(
        "suggest",
        help="candidate authority entries found by the taggers, as TSV",
        description="Convert the articles in memory and list the entities the authority file does not hold yet, "
        "with their Chinese and English forms, counts and an example context per language (TSV).",
    )
    suggest.add_argument("inputs", nargs="+", metavar="INPUT", help="article sources or directories of them")
    suggest.add_argument("-o", "--output", metavar="FILE", help="write the TSV here (default: stdout)")
    suggest.add_argument("--encoding", help="decode inputs with this encoding instead of UTF-8")
    show = commands.add_parser(
        "dump",
        help="print the parsed model of an article as indented text",
        description="Print the parsed model of each article as pseudo-XML.",
    )
    show.add_argument("inputs", nargs="+", metavar="INPUT", help="article files")
    show.add_argument("--encoding", help="decode inputs with this encoding instead of UTF-8")
    for command, run in (
        (convert, _convert),
        (check, _validate),
        (aligned, _align_report),
        (change, _transform),
        (assemble, _corpus),
        (suggest, _suggest),
        (show, _dump),
    ):
        command.set_defaults(run=run)
    return parser


def _single_target(jobs: Sequence[object], inputs: Sequence[str], output: str | None) -> bool:
    """Whether -o names one output file: one input file, and OUT is no directory (nor ends in '/')."""
    return (
        len(jobs) == 1
        and output is not None
        and not Path(inputs[0]).is_dir()
        and not Path(output).is_dir()
        and not output.endswith(("/", os.sep))
    )


def _print(diagnostics: Sequence[Diagnostic], threshold: Level, stream: TextIO) -> None:
    for diagnostic in diagnostics:
        if diagnostic.level >= threshold:
            print(diagnostic, file=stream)


def _convert(args: argparse.Namespace) -> int:
    threshold = Level.ERROR if args.quiet else Level.INFO if args.verbose else Level.WARNING
    if args.jobs < 1:
        print("encoder: error: --jobs must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    output = Path(args.output) if args.output else None
    inputs_are_files = all(not Path(name).is_dir() for name in args.inputs)
    if output is None or (len(args.inputs) == 1 and inputs_are_files and _single_target([0], args.inputs, args.output)):
        return _convert_one(args, output, threshold)
    if not Path(output).exists() and output.suffix == ".xml":
        print("encoder: error: several inputs or a directory need -o OUTDIR, not a .xml file", file=sys.stderr)
        return EXIT_USAGE
    total = sum(1 for _ in batch.walk(args.inputs, output))
    if not total:
        print("encoder: error: no input files (.txt or .md) found", file=sys.stderr)
        return EXIT_USAGE
    options = batch.Options(args.encoding, not args.no_validate, args.resume, not args.no_ner)
    report = batch.Report(Path(args.report) if args.report else output / "encoder-report.json")
    progress = None if args.quiet else batch.Progress(total)

    def show(entry: dict[str, object]) -> None:
        for line in entry["diagnostics"]:  # type: ignore[union-attr]
            if threshold <= Level.WARNING or " error " in line:
                if progress is not None and progress.tty:
                    sys.stderr.write("\r\x1b[K")
                print(line, file=sys.stderr)

    try:
        summary = batch.run(
            batch.walk(args.inputs, output),
            total,
            options,
            report,
            progress,
            args.jobs,
            args.executor,
            args.scheduler,
            show,
        )
    except RuntimeError as exc:
        print(f"encoder: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not args.quiet:
        print(
            f"encoder: converted {summary['converted']} of {total} files, {summary['failed']} failed, "
            f"{summary['skipped']} skipped (up to date); report: {report.path}",
            file=sys.stderr,
        )
    if summary["interrupted"]:
        print("encoder: interrupted; the report lists what was done", file=sys.stderr)
        return 130
    return EXIT_FAILED if summary["failed"] else EXIT_OK


def _convert_one(args: argparse.Namespace, output: Path | None, threshold: Level) -> int:
    """One file to one file (or to stdout): no report, no pool."""
    if len(args.inputs) != 1 or Path(args.inputs[0]).is_dir():
        print("encoder: error: several inputs or a directory need -o OUTDIR", file=sys.stderr)
        return EXIT_USAGE
    try:
        validation = None if args.no_validate else Validation("project")
    except SchemaError as exc:
        print(f"encoder: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    result = encode(args.inputs[0], args.encoding, validation=validation, ner=not args.no_ner)
    _print(result.diagnostics, threshold, sys.stderr)
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


#: Values that make messages differ (ids, pointers, numbers), folded to count messages alike.
_VALUE = re.compile(r"\"[^\"]*[\d#./:][^\"]*\"|'[^']*'|\b\d+\b")


def _validate(args: argparse.Namespace) -> int:
    files: list[Path] = []
    for name in args.inputs:
        path = Path(name)
        files.extend(sorted(p for p in path.rglob("*.xml") if p.is_file()) if path.is_dir() else [path])
    if not files:
        print("encoder: error: no .xml files found", file=sys.stderr)
        return EXIT_USAGE
    schematron: str | bool = args.schematron or not args.no_schematron
    try:
        validation = Validation(
            args.schema,
            schematron if args.schema == "project" or args.schematron else None,
            args.engine,
            native=not args.full_schematron,
        )
    except SchemaError as exc:
        print(f"encoder: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    reports = []
    counts: dict[tuple[str, str], int] = {}
    invalid = 0
    for path in files:
        diagnostics = validation.file(path)
        invalid += bool(diagnostics)
        reports.append({"path": str(path), "valid": not diagnostics, "diagnostics": [d.as_dict() for d in diagnostics]})
        for diagnostic in diagnostics:
            key = (diagnostic.code, _VALUE.sub("…", diagnostic.message))
            counts[key] = counts.get(key, 0) + 1
            if args.format == "text":
                print(diagnostic)
    by_message = [
        {"code": code, "message": message, "count": count}
        for (code, message), count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    summary = {
        "files": len(files),
        "valid": len(files) - invalid,
        "invalid": invalid,
        "errors": sum(counts.values()),
        "by_message": by_message,
    }
    if args.format == "json":
        json.dump(
            {"schema": validation.rng_path, "schematron": validation.sch_path, "files": reports, "summary": summary},
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
    else:
        print(
            f"encoder: {len(files)} files, {summary['valid']} valid, {invalid} invalid, {summary['errors']} errors",
            file=sys.stderr,
        )
        for row in by_message[:20]:
            print(f"{row['count']:7d}  {row['code']}  {row['message']}", file=sys.stderr)
    return EXIT_FAILED if invalid else EXIT_OK


def _article(name: str, encoding: str | None) -> tuple[Article | None, Reporter]:
    """The article of one source file, or None (the reporter says why)."""
    reporter = Reporter(name)
    try:
        return build_article(read_source(name, encoding, reporter), reporter), reporter
    except EncodeError:
        return None, reporter


def _align_report(args: argparse.Namespace) -> int:
    failed = 0
    for name in args.inputs:
        if name.endswith(".xml"):
            reporter = Reporter(name)
            try:
                article: Article | None = read_tei(name)
                report_alignment(article, reporter)
            except (OSError, etree.XMLSyntaxError) as exc:
                reporter.error("V001", f"cannot read the TEI file: {exc}")
                article = None
        else:
            article, reporter = _article(name, args.encoding)
        _print(
            [d for d in reporter.diagnostics if d.code.startswith("A") or d.level >= Level.ERROR],
            Level.INFO,
            sys.stdout,
        )
        if article is None:
            failed += 1
            continue
        shapes: dict[str, int] = {}
        for link in article.links:
            shapes[link.shape] = shapes.get(link.shape, 0) + 1
        if len(article.texts) < 2:
            print(f"{name}: one language only, nothing to align")
            continue
        counted = ", ".join(f"{shape} {count}" for shape, count in sorted(shapes.items()))
        print(f"{name}: {len(article.links)} links ({counted}), {len(article.unaligned)} blocks without counterpart")
    return EXIT_FAILED if failed else EXIT_OK


def _transform(args: argparse.Namespace) -> int:
    params: dict[str, str] = {}
    for item in args.param:
        key, sep, value = item.partition("=")
        if not sep or not key:
            print(f"encoder: error: --param takes KEY=VALUE, not {item!r}", file=sys.stderr)
            return EXIT_USAGE
        params[key] = value
    jobs: list[tuple[Path, Path]] = []
    suffix = OUTPUTS[args.to].suffix
    for name in args.inputs:
        path = Path(name)
        if path.is_dir():
            jobs.extend((p, p.relative_to(path).with_suffix(suffix)) for p in sorted(path.rglob("*.xml")))
        else:
            jobs.append((path, Path(path.name).with_suffix(suffix)))
    if not jobs:
        print("encoder: error: no .xml files found", file=sys.stderr)
        return EXIT_USAGE
    output = Path(args.output) if args.output else None
    if output is None and len(jobs) > 1:
        print("encoder: error: several inputs need -o OUTDIR", file=sys.stderr)
        return EXIT_USAGE
    single = _single_target(jobs, args.inputs, args.output)
    failed = 0
    for source, relative in jobs:
        try:
            if args.processor == "saxon":
                data, diagnostics = transform_saxon(source, args.to, params), []
            else:
                document = etree.parse(str(source), etree.XMLParser(resolve_entities=False, no_network=True))
                data, diagnostics = transform(document, args.to, params, str(source))
        except (OSError, etree.XMLSyntaxError, TransformError) as exc:
            print(Diagnostic(Level.ERROR, "X002", f"cannot transform: {exc}", str(source)), file=sys.stderr)
            failed += 1
            continue
        _print(diagnostics, Level.INFO, sys.stderr)
        if any(d.level >= Level.ERROR for d in diagnostics):
            failed += 1
            continue
        if output is None:
            sys.stdout.buffer.write(data)
        else:
            write_atomic(output if single else output / relative, data)
    return EXIT_FAILED if failed else EXIT_OK


def _corpus(args: argparse.Namespace) -> int:
    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"encoder: error: {folder} is not a directory", file=sys.stderr)
        return EXIT_USAGE
    target = Path(args.output) if args.output else folder / "corpus"
    groups, left_out = corpus.group(folder, args.by, skip=target)
    if not groups:
        print(f"encoder: error: no TEI articles written by encoder below {folder}", file=sys.stderr)
        return EXIT_USAGE
    validation = None if args.no_validate else Validation("project")
    failed = 0
    for entry in groups:
        path = target / f"rmrb-{entry.key}.xml"
        corpus.write(entry, path, args.xinclude)
        if validation is not None:
            if args.xinclude:
                tree = etree.parse(str(path))
                tree.xinclude()
                data = etree.tostring(tree, encoding="UTF-8")
                problems = validation.bytes(data, f"{path} (XIncludes resolved)")
            else:
                problems = validation.file(path)
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
    for job in batch.walk(args.inputs, Path(".")):
        article, reporter = _article(job.source, args.encoding)
        if article is None:
            failed += 1
        else:
            articles.append(article)
        _print(reporter.diagnostics, Level.ERROR, sys.stderr)
    if not articles and not failed:
        print("encoder: error: no input files (.txt or .md) found", file=sys.stderr)
        return EXIT_USAGE
    table = tsv(collect(articles, set(load())))
    if args.output:
        write_atomic(Path(args.output), table.encode("utf-8"))
    else:
        sys.stdout.write(table)
    return EXIT_FAILED if failed else EXIT_OK


def _dump(args: argparse.Namespace) -> int:
    failed = 0
    for name in args.inputs:
        article, reporter = _article(name, args.encoding)
        if article is None:
            failed += 1
        else:
            sys.stdout.write(dump(article))
        _print(reporter.diagnostics, Level.WARNING, sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    return args.run(args)
