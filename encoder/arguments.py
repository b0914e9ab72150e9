"""The arguments of the command line (:mod:`encoder.cli` runs the commands)."""

from __future__ import annotations

import argparse
import codecs
import sys
from collections.abc import Callable, Mapping
from typing import Any, NoReturn

from .check.validate import ENGINES
from .ingest.reader import MAX_ARTICLE_BYTES
from .tei import corpus
from .transform import OUTPUTS, PROCESSORS
from .version import __version__

EXIT_USAGE = 2

#: A command: takes the parsed arguments, returns the exit code.
Run = Callable[[argparse.Namespace], int]
#: What ``add_subparsers`` returns (argparse does not name the type publicly).
_Commands = Any


class Parser(argparse.ArgumentParser):
    """Usage errors exit with :data:`EXIT_USAGE`."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _encoding(name: str) -> str:
    """An ``--encoding`` value Python knows (a usage error otherwise, before any file is read)."""
    try:
        codecs.lookup(name)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {name!r} (e.g. utf-8, gb18030, big5)") from None
    return name


def _add_project(command: argparse.ArgumentParser) -> None:
    """The project configuration (encoder.toml) and the few values the command line may override."""
    group = command.add_argument_group("project configuration (publisher, licence, identifiers, sources)")
    group.add_argument("--config", metavar="PATH", help="the project file (default: ./encoder.toml if present)")
    group.add_argument("--publisher", help="override [publication] publisher")
    group.add_argument("--licence-uri", metavar="URI", help="override [publication] licence-uri")
    group.add_argument("--licence-text", metavar="TEXT", help="override [publication] licence-text")
    group.add_argument("--conversion-date", metavar="YYYY-MM-DD", help="override [conversion] date")


def _add_convert(commands: _Commands, run: Run) -> None:
    """``encoder convert``: articles to TEI, one file or a run."""
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
    convert.add_argument(
        "--encoding", type=_encoding, help="decode inputs with this encoding instead of UTF-8 (e.g. gb18030)"
    )
    convert.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    convert.add_argument("-v", "--verbose", action="store_true", help="print informational diagnostics too")
    convert.add_argument(
        "--no-validate",
        action="store_true",
        help="do not validate the TEI against the project schema before writing it",
    )
    convert.add_argument(
        "--no-ner",
        action="store_true",
        help="tag names from the authority file only (no Chinese CRF, spaCy or projection)",
    )
    _add_run_options(convert)
    _add_project(convert)
    convert.set_defaults(run=run)


def _add_run_options(convert: argparse.ArgumentParser) -> None:
    """The options of a run over many files: workers, executor, resume, size limit, report."""
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
        "--max-article-bytes",
        type=_size,
        default=MAX_ARTICLE_BYTES,
        metavar="N",
        help="refuse (R007) an input file larger than N bytes (suffixes K, M, G; default 50M; 0: no limit)",
    )
    convert.add_argument(
        "--report", metavar="FILE", help="run report (JSON) for directory runs; default OUT/encoder-report.json"
    )


def _size(value: str) -> int:
    """A size in bytes: digits, with an optional K, M or G (powers of 1000)."""
    number, unit = value.strip().upper(), 1
    if number[-1:] in _UNITS:
        number, unit = number[:-1], _UNITS[number[-1]]
    if not number.isdigit():
        raise argparse.ArgumentTypeError(f"not a size in bytes: {value!r} (e.g. 50000000, 50M, 1G)")
    return int(number) * unit


_UNITS = {"K": 1000, "M": 1000**2, "G": 1000**3}


def _add_validate(commands: _Commands, run: Run) -> None:
    """``encoder validate``: TEI files against a schema."""
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
    check.add_argument(
        "--deposit",
        action="store_true",
        help="also check each article's header against the deposit checklist of the README (V2xx)",
    )
    check.set_defaults(run=run)


def _add_align_report(commands: _Commands, run: Run) -> None:
    """``encoder align-report``: how the languages of articles are aligned."""
    aligned = commands.add_parser(
        "align-report",
        help="report how the two languages of articles are aligned",
        description="Report unmatched blocks, n:m links, length-ratio outliers and numbers that differ "
        "inside linked pairs, for article sources (aligned now) or TEI files written by encoder.",
    )
    aligned.add_argument("inputs", nargs="+", metavar="FILE", help="article sources (.txt, .md) or TEI files (.xml)")
    aligned.add_argument("--encoding", type=_encoding, help="decode sources with this encoding instead of UTF-8")
    aligned.set_defaults(run=run)


def _add_transform(commands: _Commands, run: Run) -> None:
    """``encoder transform``: TEI through the stylesheets."""
    change = commands.add_parser(
        "transform",
        help="transform TEI files with the stylesheets of tei/xslt/",
        description="Transform TEI files (or directories of them) into an HTML reading edition, plain "
        "text, entity and alignment tables (TSV), or a static site of the corpus (--to site -o SITE).",
    )
    change.add_argument("inputs", nargs="+", metavar="INPUT", help="TEI files or directories (*.xml)")
    change.add_argument(
        "--to", required=True, choices=sorted([*OUTPUTS, "site"]), help="what to produce (site: a static corpus site)"
    )
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
    change.set_defaults(run=run)


def _add_corpus(commands: _Commands, run: Run) -> None:
    """``encoder corpus``: teiCorpus files from converted articles."""
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
    _add_project(assemble)
    assemble.set_defaults(run=run)


def _add_entities(commands: _Commands, run: Run) -> None:
    """``encoder entities suggest``: candidate authority entries."""
    entities = commands.add_parser("entities", help="work with the names of articles")
    entity_commands = entities.add_subparsers(dest="entities_command", required=True, parser_class=Parser)
    suggest = entity_commands.add_parser(
        "suggest",
        help="candidate authority entries found by the taggers, as TSV",
        description="Convert the articles in memory and list the entities the authority file does not hold yet, "
        "with their Chinese and English forms, counts and an example context per language (TSV).",
    )
    suggest.add_argument("inputs", nargs="+", metavar="INPUT", help="article sources or directories of them")
    suggest.add_argument("-o", "--output", metavar="FILE", help="write the TSV here (default: stdout)")
    suggest.add_argument("--encoding", type=_encoding, help="decode inputs with this encoding instead of UTF-8")
    suggest.set_defaults(run=run)


def _add_dump(commands: _Commands, run: Run) -> None:
    """``encoder dump``: the parsed model of articles."""
    show = commands.add_parser(
        "dump",
        help="print the parsed model of an article as indented text",
        description="Print the parsed model of each article as pseudo-XML.",
    )
    show.add_argument("inputs", nargs="+", metavar="INPUT", help="article files")
    show.add_argument("--encoding", type=_encoding, help="decode inputs with this encoding instead of UTF-8")
    show.set_defaults(run=run)


def parser(runs: Mapping[str, Run]) -> argparse.ArgumentParser:
    """The parser of the command line; each command's namespace gets ``run``: the function of
    ``runs`` named after the command (``entities suggest``: ``suggest``)."""
    parser = Parser(prog="encoder", description="Convert People's Daily articles to TEI P5.")
    parser.add_argument("--version", action="version", version=f"encoder {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    _add_convert(commands, runs["convert"])
    _add_validate(commands, runs["validate"])
    _add_align_report(commands, runs["align-report"])
    _add_transform(commands, runs["transform"])
    _add_corpus(commands, runs["corpus"])
    _add_entities(commands, runs["suggest"])
    _add_dump(commands, runs["dump"])
    return parser
