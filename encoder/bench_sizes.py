"""Inputs of a given size, generated at run time, and the time and peak memory of each stage on them.

Kinds (``KINDS``): ``zh`` an rmrb markdown article of many real paragraphs (those of the
sample corpus, in turn); ``zh-line`` the same header with one paragraph of the whole size;
``en-line`` an English-only article with one line of the whole size; ``bilingual`` the seed's
English and Chinese bodies repeated to the size.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("zh", "zh-line", "en-line", "bilingual")


def _rmrb_paragraphs() -> tuple[str, list[str]]:
    """The header of the first sample article and every body paragraph of the samples."""
    files = sorted((ROOT / "source" / "rmrb").glob("*.md"))
    header = "\n".join(files[0].read_text(encoding="utf-8").splitlines()[:6])
    paragraphs = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines()[6:]:
            if len(line.strip()) > 20:
                paragraphs.append(line.strip())
    return header, paragraphs


def _seed_parts() -> tuple[str, list[str], str, list[str]]:
    """The seed's English header, English body lines, Chinese header and Chinese body lines."""
    text = (ROOT / "source" / "000_770e009bb3385bcc.txt").read_text(encoding="utf-8")
    english, chinese = text.split("Original:", 1)
    en_lines = english.splitlines()
    zh_lines = chinese.splitlines()
    en_body = [line for line in en_lines[5:] if len(line) > 40 and not line.startswith("(")]
    zh_body = [line.strip() for line in zh_lines[7:] if len(line.strip()) > 20]
    return "\n".join(en_lines[:5]), en_body, "Original: \n\n\n" + "\n".join(zh_lines[3:8]), zh_body


def _fill(paragraphs: list[str], size: int, separator: str, indent: str = "") -> str:
    """Paragraphs in turn (``indent`` before each) until ``size`` bytes of UTF-8."""
    out, total, index = [], 0, 0
    while total < size:
        paragraph = indent + paragraphs[index % len(paragraphs)]
        out.append(paragraph)
        total += len(paragraph.encode("utf-8")) + len(separator)
        index += 1
    return separator.join(out)


def generate(kind: str, size: int) -> str:
    """The text of an article of ``kind`` of about ``size`` bytes (UTF-8)."""
    if kind in ("zh", "zh-line"):
        header, paragraphs = _rmrb_paragraphs()
        if kind == "zh":
            return header + "\n" + _fill(paragraphs, size, "\n", "    ") + "\n"
        return header + "\n    " + _fill(paragraphs, size, "") + "\n"
    en_header, en_body, zh_header, zh_body = _seed_parts()
    if kind == "en-line":
        return en_header + "\n\n" + _fill(en_body, size, " ") + "\n"
    if kind == "bilingual":
        english = _fill(en_body, size // 3, "\n\n")
        chinese = _fill(zh_body, size - size // 3, "\n", "    ")
        return en_header + "\n\n" + english + "\n\n" + zh_header + "\n" + chinese + "\n"
    raise ValueError(f"unknown kind {kind!r}")


#: Run in a child process (so that each measure has its own peak memory): warm up (the schema
#: and the taggers loaded, as in a run), then convert one generated file as ``encoder convert
#: FILE -o OUT`` does; print the wall and CPU seconds, the resident set before the conversion
#: and its peak during the conversion (VmHWM, reset first), in KiB, and the conversion's status.
_CHILD = """
import json, re, sys, time
from pathlib import Path
from encoder.bench_sizes import generate, measured_convert
kind, size, ner, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "ner", Path(sys.argv[4])
warm = folder / "warm.md"
warm.write_text(generate(kind, 20_000), encoding="utf-8")
measured_convert(warm, folder / "warm.xml", ner)
path = folder / f"{kind}.md"
path.write_text(generate(kind, size), encoding="utf-8")
def kib(field):
    with open("/proc/self/status") as status:
        return int(re.search(field + r":\\s+(\\d+)", status.read()).group(1))
with open("/proc/self/clear_refs", "w") as refs:
    refs.write("5")  # the peak from here on: the conversion's, not the input's generation
base = kib("VmRSS")
wall, cpu = time.perf_counter(), time.process_time()
status = measured_convert(path, folder / f"{kind}.xml", ner)
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
figures = {"wall": wall, "cpu": cpu, "base": base, "peak": kib("VmHWM"), "bytes": path.stat().st_size}
print(json.dumps({**figures, "status": status}))
"""


def measured_convert(path: Path, target: Path, ner: bool) -> str:
    """Convert ``path`` to ``target`` as ``encoder convert`` does (validated, written
    atomically; no size limit); the diagnostics' codes of an error, else ``converted``."""
    from .check.validate import Validation
    from .files import write_atomic
    from .run.pipeline import encode_files

    (result,) = encode_files([path], validation=Validation("project"), ner=ner)
    if result.tei is None:
        return "failed: " + " ".join(d.code for d in result.diagnostics if d.level.name == "ERROR")
    write_atomic(target, result.tei)
    return "converted"


@dataclass(frozen=True)
class Measure:
    """One conversion of a generated input: seconds (wall, CPU), memory (KiB: before, peak)."""

    kind: str
    megabytes: float
    ner: bool
    wall: float
    cpu: float
    base: int
    peak: int
    status: str


def measure(kind: str, megabytes: float, ner: bool, folder: Path) -> Measure:
    """Generate an input of ``kind`` and ``megabytes`` and convert it in a child process."""
    folder.mkdir(parents=True, exist_ok=True)
    args = [kind, str(int(megabytes * 1_000_000)), "ner" if ner else "no-ner", str(folder)]
    done = subprocess.run([sys.executable, "-c", _CHILD, *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return Measure(kind, megabytes, ner, 0.0, 0.0, 0, 0, f"crashed ({done.returncode}): {done.stderr[-300:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return Measure(
        kind,
        figures["bytes"] / 1e6,
        ner,
        figures["wall"],
        figures["cpu"],
        figures["base"],
        figures["peak"],
        figures["status"],
    )


def size_figures(sizes: list[float], kinds: list[str], paths: list[bool], folder: Path) -> list[Measure]:
    """Measure every kind at every size on each path and print a table: CPU seconds per MB
    (flat when the passes are linear) and its ratio to the smallest size's, peak memory."""
    print("\ninputs of growing size (each converted alone in a fresh process, validated, written):")
    print(
        f"  {'kind':<10} {'path':<7} {'MB':>6} {'CPU s':>8} {'wall s':>8} {'CPU s/MB':>9} {'ratio':>6} "
        f"{'peak MB':>8} {'(base)':>7}  status"
    )
    out = []
    for kind in kinds:
        for ner in paths:
            first = None
            for size in sizes:
                found = measure(kind, size, ner, folder / f"{kind}-{size}-{ner}")
                out.append(found)
                per = found.cpu / found.megabytes if found.megabytes else 0.0
                first = first or per
                print(
                    f"  {kind:<10} {'default' if ner else 'no-ner':<7} {found.megabytes:6.2f} {found.cpu:8.1f} "
                    f"{found.wall:8.1f} {per:9.2f} {per / first if first else 0:6.2f} {found.peak / 1024:8.0f} "
                    f"{found.base / 1024:7.0f}  {found.status}",
                    flush=True,
                )
    return out
