"""Every wrong segment of the block gold, for the old dev set and the fourth held-out set apart.

    python scripts/block_errors.py [--set old|e|all]

OLD DEV: the dev articles whose ``history`` does not mention the fourth held-out set; SET E:
those whose ``history`` does. Prints, per set, each wrong segment (file, gold → predicted, text)
and the accuracy.
"""

from __future__ import annotations

import argparse
import json
import sys

from encoder.evaluate_blocks import GOLD, SOURCES, judge


def set_of(gold: dict) -> str:
    """'e' for an article of the fourth held-out set, 'old' for the rest."""
    return "e" if "fourth held-out set" in json.dumps(gold.get("history", ""), ensure_ascii=False) else "old"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("old", "e", "all"), default="all")
    args = parser.parse_args(argv)
    totals: dict[str, list[int]] = {"old": [0, 0], "e": [0, 0]}
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        which = set_of(gold)
        segments = [seg for part in gold["parts"] for seg in part["segments"]]
        judged = judge(gold, SOURCES / gold["file"])
        totals[which][0] += sum(j.right for j in judged)
        totals[which][1] += len(judged)
        if args.set not in ("all", which):
            continue
        for segment, verdict in zip(segments, judged, strict=True):
            if not verdict.right:
                text = segment["text"].strip().replace("\n", " ")[:70]
                print(f"{which:3} {gold['file'][:40]:40} {verdict.gold:>11} → {verdict.predicted:<11} {text}")
    for which, (right, total) in totals.items():
        print(f"{which}: {right}/{total} = {100 * right / total:.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
