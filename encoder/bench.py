"""Benchmark of conversions: ``python -m encoder.bench [--articles N] [--ner-articles N] [--skip-jobs]
[--sizes MB,...] [--sizes-only] [--default-only] [--one-file-runs N]``.

Synthesises an N-article corpus from the seed and the sample corpus (each copy dated a
different day, so every article gets its own id), then measures, in this process and the way
``encoder convert --jobs 1`` runs (chunks of files through the pipeline stage by stage,
validated, each output written and let go):

* the default path (the statistical taggers: the Chinese name CRF, spaCy, projection), over
  ``--ner-articles`` articles, since the taggers are slow;
* the ``--no-ner`` path (names from the authority file only), over ``--fast-articles``;

for each: articles/s and characters/s, CPU seconds (``time.process_time``; wall beside it),
the share of each stage (wall), and the ratio of the pipeline's CPU time to the floor's: lxml
parse + serialise + RELAX NG of the same outputs, read back from disk after each chunk (so
that both meet the same spells of a shared machine's load). Each path runs ``--rounds``
times; the round with the median CPU time gives the figures.

Then the default path at corpus scale: its rate over the real articles of
``tests/fixtures/rmrb-json-dev`` (1946–2003) and the projected time for the whole corpus
(about 1.3 million articles) on 16 cores at that rate; the Chinese tagger alone, characters
per CPU second on one core; and one file converted alone by ``encoder convert FILE -o OUT`` in
a fresh process, start-up included (CPU seconds; a Chinese-only article and two bilingual
ones, each path). ``--default-only`` runs that section alone.

Then the wall time of a real run (``encoder convert --no-ner --jobs 1`` and ``--jobs 2`` over
the N articles), its CPU time from the run report, the speed-up, and the peak memory (largest
resident set of the run's processes).

Then, with ``--sizes`` (default 1, 10 and 100 MB), inputs of growing size generated at run
time (:mod:`encoder.bench_sizes`: many paragraphs, one paragraph of the whole size, one English
line of the whole size, a bilingual article), each converted alone in a fresh process on both
paths, with its CPU seconds per MB and their ratio to the smallest size's (flat: linear) and
the peak memory of the conversion. ``--sizes-only`` runs that section alone. It asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import xmlsafe
from .bench_sizes import KINDS, size_figures

ROOT = Path(__file__).resolve().parent.parent
_ISO = re.compile(r"^(Date: |)(\d{4}-\d{2}-\d{2})(\r?)$", re.MULTILINE)


def samples() -> list[Path]:
    """The seed and the sample corpus."""
    return [ROOT / "source" / "000_770e009bb3385bcc.txt", *sorted((ROOT / "source" / "rmrb").glob("*.md"))]


def synthesize(count: int, folder: Path) -> int:
    """Write ``count`` articles below ``folder`` (YYYY/MM/DD/name); return their total size in bytes."""
    templates = [(path.name, path.read_bytes().decode("utf-8")) for path in samples()]
    start = datetime.date(1950, 1, 1)
    size = 0
    for index in range(count):
        name, text = templates[index % len(templates)]
        day = start + datetime.timedelta(days=index // len(templates))
        dated = _ISO.sub(rf"\g<1>{day.isoformat()}\g<3>", text)
        target = folder / f"{day:%Y/%m/%d}" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        data = dated.encode("utf-8")
        target.write_bytes(data)
        size += len(data)
    return size


@dataclass
class Round:
    """One pass of a path over its articles: the pipeline's wall and CPU seconds, the floor's
    CPU seconds over the same outputs, and the wall seconds per stage."""

    wall: float = 0.0
    cpu: float = 0.0
    floor_cpu: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)


def measure(files: list[Path], ner: bool, out: Path) -> Round:
    """Convert ``files`` as ``encoder convert --jobs 1`` does (chunks of a run, validated,
    written to ``out``; nothing kept once written), and after each chunk time the floor over
    the chunk's outputs read back from disk (so that both meet the same spells of a shared
    machine's load)."""
    from .check.validate import relaxng, resolve_schema
    from .run.batch import CHUNK_SIZE, Options, convert_entries
    from .run.paths import Task

    options = Options(ner=ner)
    schema = relaxng(resolve_schema("project")[0])
    measured = Round()
    for start in range(0, len(files), CHUNK_SIZE):
        chunk = [
            Task(str(files[index]), str(out / f"{index}.xml"))
            for index in range(start, min(start + CHUNK_SIZE, len(files)))
        ]
        wall, cpu = time.perf_counter(), time.process_time()
        for entry in convert_entries(chunk, options, measured.stages):
            if entry["status"] != "converted":
                raise SystemExit(f"benchmark input failed: {entry['diagnostics']}")
        measured.wall += time.perf_counter() - wall
        measured.cpu += time.process_time() - cpu
        measured.floor_cpu += floor([Path(task.target).read_bytes() for task in chunk], schema)
    return measured


def floor(outputs: list[bytes], schema: etree.RelaxNG | None = None) -> float:
    """CPU seconds to parse, serialise and RELAX NG-validate ``outputs`` with lxml."""
    schema = schema or etree.RelaxNG(xmlsafe.parse_file(ROOT / "schema" / "encoder.rng"))
    start = time.process_time()
    for data in outputs:
        tree = etree.ElementTree(etree.fromstring(data, xmlsafe.parser(huge=True)))
        etree.tostring(tree, xml_declaration=True, encoding="UTF-8")
        schema.validate(tree)
    return time.process_time() - start


def path_figures(label: str, files: list[Path], ner: bool, rounds: int, folder: Path) -> None:
    """Measure one path ``rounds`` times and print its figures (the median round's)."""
    warm = time.perf_counter()
    measure(files[:1], ner, folder / "warm-up")  # load the schema (and the taggers) once, as a run does
    started = time.perf_counter() - warm
    runs = sorted((measure(files, ner, folder / f"round-{number}") for number in range(rounds)), key=lambda r: r.cpu)
    middle = runs[len(runs) // 2]
    count, chars = len(files), sum(len(path.read_text(encoding="utf-8")) for path in files)
    ratios = sorted(run.cpu / run.floor_cpu for run in runs)
    print(f"\n{label}: {count} articles ({chars:,} characters), median of {rounds} rounds by CPU time:")
    print(f"  start-up (schema, taggers; once per process): {started:.2f} s wall")
    for stage, seconds in middle.stages.items():
        print(f"  {stage:<15} {count / seconds:9.0f} articles/s  {seconds / middle.wall * 100:5.1f} % (wall)")
    print(
        f"  {'whole pipeline':<15} {count / middle.cpu:9.1f} articles/s  {chars / middle.cpu:9.0f} characters/s "
        f"(per CPU second)  CPU {middle.cpu:.2f} s (wall {middle.wall:.2f} s)"
    )
    print(f"  {'floor':<15} {count / middle.floor_cpu:9.1f} articles/s (per CPU second)  CPU {middle.floor_cpu:.2f} s")
    print(
        f"  ratio to the floor (CPU): {statistics.median(ratios):.2f}x "
        f"(rounds {', '.join(f'{ratio:.2f}' for ratio in ratios)})"
    )


#: Runs ``encoder`` in the child (by the command's entry, :func:`encoder.__main__.run`) and
#: prints its peak resident set and its workers' last. The main process's peak is read from
#: /proc (VmHWM): its ``ru_maxrss`` would include the pages of the benchmark process it was
#: forked from before ``exec``. The workers are forked from it without ``exec``, so their
#: ``ru_maxrss`` is their own.
_MEASURED = (
    "import re, resource, sys\n"
    "from encoder.__main__ import run\n"
    "code = run()\n"
    "with open('/proc/self/status') as status:\n"
    "    hwm = int(re.search(r'VmHWM:\\s+(\\d+)', status.read()).group(1))\n"
    "print('peak-kib', hwm, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def corpus_run(corpus: Path, output: Path, jobs: int) -> tuple[float, int, str, float]:
    """Wall seconds, peak RSS (KiB; the largest of the main process and its workers), the
    summary line of ``encoder convert --no-ner --jobs`` in a child process, and the CPU
    seconds of its conversions (from its run report)."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURED, "convert", str(corpus), "-o", str(output), "--jobs", str(jobs), "--no-ner"],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"encoder convert failed ({done.returncode}): {done.stderr[-2000:]}")
    lines = done.stderr.strip().splitlines()
    _, main_peak, worker_peak = lines[-1].split()
    summary = next((line for line in reversed(lines[:-1]) if line.startswith("encoder:")), "(no summary)")
    report = json.loads((output / "encoder-report.json").read_text(encoding="utf-8"))
    return (
        seconds,
        max(int(main_peak), int(worker_peak)),
        summary,
        float(report["summary"]["cpu_seconds_in_conversions"]),
    )


def run_figures(corpus: Path, count: int, folder: Path) -> None:
    """Time ``encoder convert --no-ner`` over the corpus with one and two jobs, and print."""
    one, peak_one, line_one, cpu_one = corpus_run(corpus, folder / "out1", 1)
    two, peak_two, line_two, cpu_two = corpus_run(corpus, folder / "out2", 2)
    print(f"\nencoder convert --no-ner --jobs 1: {one:.2f} s, {count / one:.0f} articles/s, CPU in conversions")
    print(f"  {cpu_one:.2f} s ({line_one})")
    print(f"encoder convert --no-ner --jobs 2: {two:.2f} s, {count / two:.0f} articles/s, CPU in conversions")
    print(f"  {cpu_two:.2f} s ({line_two})")
    print(f"speed-up from 1 to 2 jobs: {one / two:.2f}x")
    print(f"peak memory (largest process of the runs): {max(peak_one, peak_two) / 1024:.0f} MB")


# ------------------------------------------------------------------ the default path at corpus scale

#: The articles of the People's Daily 1946–2003 (about), for the projection to the whole corpus.
CORPUS_ARTICLES = 1_300_000
#: Cores of the machine the projection is for.
CORES = 16
#: Real articles of the corpus across the years (JSON, Chinese-only): the default path's rate
#: on them gives the projection.
DEV = ROOT / "tests" / "fixtures" / "rmrb-json-dev"


def one_files() -> dict[str, Path]:
    """The files of the one-file rows: the longest Chinese-only article of the real sample, a
    short bilingual fixture and the seed (bilingual, the longest)."""
    longest = max(sorted(DEV.glob("*.json")), key=lambda path: path.stat().st_size)
    return {
        f"Chinese-only {longest.name[:10]} ({longest.stat().st_size / 1000:.0f} kB)": longest,
        "bilingual fixture 09 (5 kB)": ROOT / "tests" / "fixtures" / "bilingual" / "09-news-lead-reporter.txt",
        "bilingual seed (41 kB)": samples()[0],
    }


def one_file_cpu(path: Path, ner: bool, out: Path) -> float:
    """CPU seconds (user + system) of ``encoder convert FILE -o OUT`` in a fresh process,
    start-up included, bytecode cached as in an installed package."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-m", "encoder", "convert", str(path), "-o", str(out / f"{path.stem}.xml")]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([*command, *([] if ner else ["--no-ner"])], capture_output=True, env=env, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"encoder convert {path} failed ({done.returncode}): {done.stderr[-2000:]!r}")
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def one_file_figures(runs: int, folder: Path) -> None:
    """One file converted alone by ``encoder convert`` ``runs`` times on each path: the median
    and the lowest CPU seconds."""
    folder.mkdir(parents=True, exist_ok=True)
    one_file_cpu(samples()[0], True, folder)  # bytecode written once, caches (the word table) made
    print(f"\none file, encoder convert FILE -o OUT in a fresh process, CPU seconds (median, lowest of {runs}):")
    for label, path in one_files().items():
        cells = []
        for ner in (True, False):
            seconds = sorted(one_file_cpu(path, ner, folder) for _ in range(runs))
            cells.append(f"{statistics.median(seconds):5.2f} s ({seconds[0]:.2f})")
        print(f"  {label:<36} default {cells[0]}   --no-ner {cells[1]}")


def tagger_figures(rounds: int) -> None:
    """The Chinese tagger alone (:func:`.enrich.zh_crf.entities`: word cut, features, CRF) over
    the Chinese lines of the real articles of ``DEV``, the median of ``rounds``: characters per
    CPU second (one core)."""
    from .diagnostics import Reporter
    from .enrich import zh_crf
    from .enrich.spans import positions
    from .ingest.parser import parse
    from .ingest.reader import read_source

    lines = []
    for path in sorted(DEV.glob("*.json")):
        reporter = Reporter(str(path))
        article = parse(read_source(str(path), None, reporter), reporter)
        lines += [positions(line)[1] for text in article.texts for block in text.blocks for line in block.lines]
    zh_crf.entities(lines[:1])  # the model and the word table loaded, as once per process
    seconds = []
    for _ in range(rounds):
        start = time.process_time()
        zh_crf.entities(lines)
        seconds.append(time.process_time() - start)
    chars = sum(map(len, lines))
    print(f"\nthe Chinese tagger alone over {len(lines)} lines ({chars:,} characters) of {DEV.name}:")
    print(f"  {chars / statistics.median(seconds):9.0f} characters per CPU second, one core (median of {rounds})")


def projection(rounds: int, folder: Path) -> None:
    """The default path over the real articles of ``DEV`` (as ``encoder convert --jobs 1``
    runs), and the projected time for the whole corpus on ``CORES`` cores at that rate."""
    files = sorted(DEV.glob("*.json"))
    measure(files[:1], True, folder / "warm-up")
    runs = sorted((measure(files, True, folder / f"dev-{number}") for number in range(rounds)), key=lambda r: r.cpu)
    middle = runs[len(runs) // 2]
    chars = sum(len(path.read_text(encoding="utf-8")) for path in files)
    rate = len(files) / middle.cpu
    hours = CORPUS_ARTICLES / (rate * CORES) / 3600
    print(f"\ndefault path over the {len(files)} real articles of {DEV.name} (median of {rounds} rounds):")
    print(f"  {rate:.1f} articles/s  {chars / middle.cpu:9.0f} characters/s (per CPU second)  CPU {middle.cpu:.2f} s")
    print(
        f"  projected: {CORPUS_ARTICLES:,} articles on {CORES} cores at this rate: {hours:.2f} h ({hours * 60:.0f} min)"
    )


def _megabytes(value: str) -> list[float]:
    """``1,10,100`` → [1.0, 10.0, 100.0] (an empty value: no sizes)."""
    try:
        sizes = [float(part) for part in value.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of sizes in MB: {value!r}") from None
    if any(size <= 0 for size in sizes):
        raise argparse.ArgumentTypeError(f"sizes must be positive: {value!r}")
    return sizes


def _default_figures(args: argparse.Namespace, folder: Path) -> None:
    """The default path's corpus-scale sections."""
    projection(args.rounds, folder / "dev")
    tagger_figures(args.rounds)
    if args.one_file_runs > 0:
        one_file_figures(args.one_file_runs, folder / "one")


def _parser() -> argparse.ArgumentParser:
    """The benchmark's options."""
    parser = argparse.ArgumentParser(prog="python -m encoder.bench", description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="size of the synthetic corpus (default 2000)")
    parser.add_argument(
        "--fast-articles", type=int, default=400, help="how many of them the --no-ner path converts (default 400)"
    )
    parser.add_argument(
        "--ner-articles", type=int, default=64, help="how many of them the default path converts (default 64)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="measure each path this many times (default 3)")
    parser.add_argument("--skip-jobs", action="store_true", help="skip the --jobs 1 / --jobs 2 runs")
    parser.add_argument(
        "--sizes",
        type=_megabytes,
        default=[1.0, 10.0, 100.0],
        metavar="MB,...",
        help="sizes of the generated inputs of the growing-size section, in MB (default 1,10,100; '' skips it)",
    )
    parser.add_argument(
        "--kinds",
        type=lambda value: [kind for kind in value.split(",") if kind],
        default=list(KINDS),
        metavar="KIND,...",
        help=f"kinds of generated inputs (default {','.join(KINDS)})",
    )
    parser.add_argument(
        "--size-paths",
        choices=("both", "default", "no-ner"),
        default="both",
        help="the paths the growing-size section measures (default both)",
    )
    parser.add_argument("--sizes-only", action="store_true", help="run the growing-size section only")
    parser.add_argument(
        "--default-only",
        action="store_true",
        help="run the default path's corpus-scale sections only (one file, the Chinese tagger, the projection)",
    )
    parser.add_argument(
        "--one-file-runs", type=int, default=5, help="conversions of each file in the one-file rows (default 5)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not set(args.kinds) <= set(KINDS):
        parser.error(f"--kinds: choose among {', '.join(KINDS)}")
    from .run.paths import INPUT_SUFFIXES, files_below

    with tempfile.TemporaryDirectory(prefix="encoder-bench-") as name:
        folder = Path(name)
        paths = {"both": [True, False], "default": [True], "no-ner": [False]}[args.size_paths]
        if args.sizes_only:
            size_figures(args.sizes, args.kinds, paths, folder / "sizes")
            return 0
        if args.default_only:
            _default_figures(args, folder)
            return 0
        size = synthesize(args.articles, folder / "corpus")
        print(f"corpus: {args.articles} articles, {size / 1e6:.1f} MB (from {len(samples())} samples)")
        files = list(files_below(folder / "corpus", INPUT_SUFFIXES))
        path_figures("default path (statistical taggers)", files[: args.ner_articles], True, args.rounds, folder)
        path_figures("--no-ner path (authority file only)", files[: args.fast_articles], False, args.rounds, folder)
        _default_figures(args, folder)
        if not args.skip_jobs:
            run_figures(folder / "corpus", args.articles, folder)
        if args.sizes:
            size_figures(args.sizes, args.kinds, paths, folder / "sizes")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of this benchmark process: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
