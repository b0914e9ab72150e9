"""Train the Chinese name CRF (:mod:`encoder.enrich.zh_crf`) on the public People's Daily data.

    python -m encoder.train_ner --data ../shared/ner-data -o encoder/enrich/models/zh_ner.crfsuite

Reads the MSRA NER training set (``msra_ner/msra_train_bio.txt``, People's Daily text, character
per line, BIO) under ``--data``. The People's Daily NER dev and test splits
(``peoples_daily_ner/example.dev``, ``example.test``) are cut from the same text: every training
sentence that shares a stretch of 12 characters with one of their sentences is dropped, so the
test figures stay held out. ``--quick`` trains on the first few hundred sentences for a few
iterations (for tests); the data never goes into the package, only the model. ``--with-dev``
adds the dev split to the training data once the features, parameters and thresholds have been
chosen on it (only the sentences sharing text with test are dropped then): the final model.
"""

from __future__ import annotations

import argparse
import sys
import time
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from .enrich.zh_crf import sentence_features

TRAIN = Path("msra_ner") / "msra_train_bio.txt"
HELD_OUT = (Path("peoples_daily_ner") / "example.dev", Path("peoples_daily_ner") / "example.test")
#: The length of the stretches of text compared to find training sentences that occur in dev or test.
SHINGLE = 12
#: The training parameters of the shipped model (L1 keeps the model small).
PARAMETERS = {"c1": 0.1, "c2": 0.01, "max_iterations": 100, "feature.minfreq": 2, "feature.possible_transitions": True}

Sentence = tuple[str, list[str]]  # text, one BIO label per character


def read_bio(path: Path) -> Iterator[Sentence]:
    """The sentences of a character-per-line BIO file (character, white space, label; blank line between)."""
    chars: list[str] = []
    labels: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) >= 2:
                chars.append(parts[0])
                labels.append(parts[-1])
            elif not line.strip() and chars:
                yield "".join(chars), labels
                chars, labels = [], []
    if chars:
        yield "".join(chars), labels


def _shingles(text: str) -> Iterator[str]:
    text = unicodedata.normalize("NFKC", text)
    for start in range(max(1, len(text) - SHINGLE + 1)):
        yield text[start : start + SHINGLE]


def held_out_filter(paths: Iterable[Path]) -> tuple[set[str], int]:
    """The 12-character stretches of the held-out sentences, and how many sentences they come from."""
    shingles: set[str] = set()
    count = 0
    for path in paths:
        for text, _ in read_bio(path):
            shingles.update(_shingles(text))
            count += 1
    return shingles, count


def training_sentences(data: Path, limit: int | None = None, with_dev: bool = False) -> tuple[list[Sentence], int]:
    """The training sentences that share no 12-character stretch with dev or test, and how many were
    dropped; ``with_dev``: the dev split's sentences too, and only those sharing text with test dropped."""
    held_out = HELD_OUT[1:] if with_dev else HELD_OUT
    shingles, _ = held_out_filter(data / path for path in held_out if (data / path).is_file())
    kept: list[Sentence] = []
    dropped = 0
    for text, labels in read_bio(data / TRAIN):
        if any(shingle in shingles for shingle in _shingles(text)):
            dropped += 1
            continue
        kept.append((text, labels))
        if limit is not None and len(kept) >= limit:
            break
    if with_dev and (data / HELD_OUT[0]).is_file():
        for text, labels in read_bio(data / HELD_OUT[0]):
            if any(shingle in shingles for shingle in _shingles(text)):
                dropped += 1
            else:
                kept.append((text, labels))
    return kept, dropped


def train(sentences: list[Sentence], output: Path, parameters: dict) -> None:
    """Train the CRF on ``sentences`` and write it to ``output``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for text, labels in sentences:
        trainer.append(sentence_features(text), labels)
    trainer.set_params(parameters)
    output.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(output))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m encoder.train_ner", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/ner-data"), help="the ner-data folder")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the model file to write")
    parser.add_argument("--quick", action="store_true", help="a small run: 300 sentences, 10 iterations")
    parser.add_argument("--iterations", type=int, help="L-BFGS iterations (default: the shipped model's)")
    parser.add_argument("--with-dev", action="store_true", help="train on the dev split too (the final model)")
    args = parser.parse_args(argv)
    if not (args.data / TRAIN).is_file():
        print(f"{args.data / TRAIN}: no training data there", file=sys.stderr)
        return 2
    parameters = dict(PARAMETERS)
    if args.quick:
        parameters.update({"max_iterations": 10, "feature.minfreq": 1})
    if args.iterations:
        parameters["max_iterations"] = args.iterations
    began = time.perf_counter()
    sentences, dropped = training_sentences(args.data, 300 if args.quick else None, args.with_dev)
    held = "test" if args.with_dev else "dev or test"
    print(f"training on {len(sentences)} sentences ({dropped} dropped: they occur in {held})")
    train(sentences, args.output, parameters)
    size = args.output.stat().st_size
    print(f"wrote {args.output} ({size / 1e6:.1f} MB) in {time.perf_counter() - began:.0f} s; parameters {parameters}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
