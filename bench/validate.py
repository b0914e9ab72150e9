"""Benchmark: validating N TEI files against parsing them (prints figures; asserts nothing).

    python bench/validate.py [N]

Converts the seed and the sample corpus once, writes N copies (round robin) to a temporary
folder, then times, over the same files: reading + parsing alone, RELAX NG (project schema),
the Schematron (XSLT), the same rules decided natively (``encoder.check.conformance``), and the
whole ``Validation.file`` (parse + RELAX NG + the rules, natively; ``--full-schematron``:
the Schematron on every file).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from lxml import etree

from encoder.check.conformance import conforms
from encoder.check.validate import Validation
from encoder.run.pipeline import encode

ROOT = Path(__file__).resolve().parent.parent


def main(count: int = 1000) -> None:
    sources = [ROOT / "source" / "000_770e009bb3385bcc.txt", *sorted((ROOT / "source" / "rmrb").glob("*.md"))]
    documents = [encode(path).tei for path in sources]
    validation = Validation("project", engine="lxml")
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for index in range(count):
            path = Path(folder) / f"{index:06d}.xml"
            path.write_bytes(documents[index % len(documents)])
            files.append(path)
        size = sum(p.stat().st_size for p in files)

        def timed(label: str, work) -> float:
            start = time.perf_counter()
            for path in files:
                work(path)
            seconds = time.perf_counter() - start
            print(f"{label:<34} {seconds:7.3f} s  {count / seconds:8.0f} files/s  {size / seconds / 1e6:6.1f} MB/s")
            return seconds

        print(f"{count} files, {size / 1e6:.1f} MB")
        parse = timed("read + parse", lambda p: etree.parse(str(p)))
        trees = {p: etree.parse(str(p)) for p in files}
        rng = timed("RELAX NG (project, parsed)", lambda p: validation.schema.validate(trees[p]))
        sch = timed("Schematron (project, parsed)", lambda p: validation.rules.validate(trees[p]))
        native = timed("the same rules natively (parsed)", lambda p: conforms(trees[p]))
        whole = timed("Validation.file (all of it)", validation.file)
        full = timed("Validation.file, full Schematron", Validation("project", engine="lxml", native=False).file)
        print(
            f"ratio to parsing: RELAX NG {rng / parse:.2f}x, Schematron {sch / parse:.2f}x, natively "
            f"{native / parse:.2f}x, whole validation {whole / parse:.2f}x (full Schematron {full / parse:.2f}x)"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
