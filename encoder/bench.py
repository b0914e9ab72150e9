"""Benchmark of corpus runs: ``python -m encoder.bench [--articles N] [--skip-jobs]``.

Synthesises an N-article corpus from the seed and the sample corpus (each copy dated a
different day, so every article gets its own id), then prints:

* articles/s and MB/s per stage (read and parse, enrich, write, fidelity, validate), in one
  process, through the pipeline as a run calls it (chunks of files, stage by stage);
* the floor: lxml parse + serialize + RELAX NG validation of the same outputs, and the ratio
  of the whole pipeline to it (``--rounds`` rounds over the same articles, each timing the
  pipeline and the floor chunk by chunk in turn; the median of the rounds' ratios is the figure,
  which takes most of a shared machine's noise out);
* the wall time of a real run (``encoder convert --jobs 1`` and ``--jobs 2``), the speed-up,
  and the peak memory (largest resident set of the run's processes).

It asserts nothing: the machine is shared, so read the ratios of one run.
"""

from __future__ import annotations

import argparse
import datetime
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

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


def stages(files: list[Path]) -> tuple[dict[str, float], float, list[bytes]]:
    """Seconds per stage over ``files`` (one process, chunks of a run), seconds of the floor
    over the same outputs (each chunk's right after it, so that both meet the same spells of a
    shared machine's load), and the TEI written."""
    from .check.validate import Validation
    from .run.batch import CHUNK_SIZE
    from .run.pipeline import STAGES, encode_files

    validation = Validation("project", engine="lxml")
    spent = dict.fromkeys(STAGES, 0.0)
    base = 0.0
    outputs: list[bytes] = []
    for start in range(0, len(files), CHUNK_SIZE):
        # the pipeline without statistical NER, as `encoder convert` runs it
        chunk = []
        for result in encode_files(
            files[start : start + CHUNK_SIZE], version="0.0.0", validation=validation, ner=False, timings=spent
        ):
            if result.tei is None:
                raise SystemExit(f"benchmark input failed: {[str(d) for d in result.diagnostics][-3:]}")
            chunk.append(result.tei)
        base += floor(chunk, validation.schema)
        outputs.extend(chunk)
    return spent, base, outputs


def floor(outputs: list[bytes], schema: etree.RelaxNG | None = None) -> float:
    """Seconds to parse, serialize and RELAX NG-validate ``outputs`` with lxml."""
    schema = schema or etree.RelaxNG(etree.parse(str(ROOT / "schema" / "encoder.rng")))
    start = time.perf_counter()
    for data in outputs:
        tree = etree.ElementTree(etree.fromstring(data))
        etree.tostring(tree, xml_declaration=True, encoding="UTF-8")
        schema.validate(tree)
    return time.perf_counter() - start


#: Runs ``encoder`` in the child and prints its peak resident set and its workers' last. The
#: main process's peak is read from /proc (VmHWM): its ``ru_maxrss`` would include the pages
#: of the benchmark process it was forked from before ``exec``. The workers are forked from it
#: without ``exec``, so their ``ru_maxrss`` is their own.
_MEASURED = (
    "import re, resource, sys\n"
    "from encoder.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "with open('/proc/self/status') as status:\n"
    "    hwm = int(re.search(r'VmHWM:\\s+(\\d+)', status.read()).group(1))\n"
    "print('peak-kib', hwm, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def corpus_run(corpus: Path, output: Path, jobs: int) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (KiB; the largest of the main process and its workers) and the
    summary line of ``encoder convert --jobs`` in a child process."""
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
    return seconds, max(int(main_peak), int(worker_peak)), summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m encoder.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="size of the synthetic corpus (default 2000)")
    parser.add_argument(
        "--stage-articles", type=int, default=400, help="how many of them the per-stage timing reads (default 400)"
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=5,
        help="measure the stages and the floor this many times; the median ratio counts (default 5)",
    )
    parser.add_argument("--skip-jobs", action="store_true", help="skip the --jobs 1 / --jobs 2 runs")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="encoder-bench-") as folder:
        corpus = Path(folder) / "corpus"
        size = synthesize(args.articles, corpus)
        print(f"corpus: {args.articles} articles, {size / 1e6:.1f} MB (from {len(samples())} samples)")
        files = sorted(corpus.rglob("*.*"))[: args.stage_articles]
        measured = sum(p.stat().st_size for p in files)
        # Each round times the pipeline and the floor chunk by chunk in turn, so that both meet
        # the same spells of a shared machine's load (a round's own ratio compares like with
        # like; the median of the rounds' ratios is the figure), then the floor alone in one
        # tight loop (its best case: libxml2's code stays in the caches), for a stricter ratio.
        rounds, alone = [], []
        for _ in range(args.rounds):
            spent, base, outputs = stages(files)
            rounds.append((spent, base))
            alone.append(floor(outputs))
        spent = min((run for run, _ in rounds), key=lambda run: sum(run.values()))
        total = sum(spent.values())
        base = min(seconds for _, seconds in rounds)
        ratios = sorted(sum(run.values()) / seconds for run, seconds in rounds)
        strict = sorted(sum(run.values()) / seconds for (run, _), seconds in zip(rounds, alone, strict=True))
        print(
            f"\nstages, one process, {len(files)} articles ({measured / 1e6:.2f} MB), fastest of {args.rounds} rounds:"
        )
        for stage, seconds in spent.items():
            print(
                f"  {stage:<15} {len(files) / seconds:9.0f} articles/s  {measured / seconds / 1e6:7.2f} MB/s  "
                f"{seconds / total * 100:5.1f} %"
            )
        print(f"  {'whole pipeline':<15} {len(files) / total:9.0f} articles/s  {measured / total / 1e6:7.2f} MB/s")
        print(f"floor (lxml parse + serialize + RELAX NG of the outputs): {len(files) / base:.0f} articles/s")
        print(
            f"ratio of the whole pipeline to the floor: {statistics.median(ratios):.2f}x (median of the rounds; "
            f"their ratios {', '.join(f'{ratio:.2f}' for ratio in ratios)}; fastest of each {total / base:.2f}x)"
        )
        print(
            f"floor alone in one tight loop: {len(files) / min(alone):.0f} articles/s; the ratio to it: "
            f"{statistics.median(strict):.2f}x (median of the rounds; their ratios "
            f"{', '.join(f'{ratio:.2f}' for ratio in strict)})"
        )
        if not args.skip_jobs:
            one, peak_one, line_one = corpus_run(corpus, Path(folder) / "out1", 1)
            two, peak_two, line_two = corpus_run(corpus, Path(folder) / "out2", 2)
            print(f"\nencoder convert --jobs 1: {one:.2f} s, {args.articles / one:.0f} articles/s ({line_one})")
            print(f"encoder convert --jobs 2: {two:.2f} s, {args.articles / two:.0f} articles/s ({line_two})")
            print(f"speed-up from 1 to 2 jobs: {one / two:.2f}x")
            print(f"peak memory (largest process of the runs): {max(peak_one, peak_two) / 1024:.0f} MB")
        print(
            f"peak memory of this benchmark process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
