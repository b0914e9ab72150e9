"""A learned deck labeller against the rules, trained on one half of the dev block gold and scored on the other.

    python scripts/decks_model_halves.py [--extra] [--combined | --combined-free] [--configs] [--show] [--outside]

Issue 13, round t (the figures: ``encoder/ingest/DECKS-MODEL.md``). The titles are those of the dev
block gold (tests/fixtures/gold/blocks/) whose lines reach :func:`encoder.ingest.decks.deck_kinds`
(a headline printed over two lines or more); the halves are the articles of even and of odd years.
The model, a linear-chain CRF over a title's decks with the features of ``scripts/decks_model_cv.py``
(position, count, length and the neighbours' lengths, punctuation, an opening dash, brackets,
parallel phrases, digits, a verb of news, first and last characters, each of the rules' cues, what
the lead repeats, the neighbours' features, the rules' kinds), is trained on one half's titles, each
line labelled with the gold kind of the segment of the same text, and scored on the other half
through the whole pipeline (:func:`encoder.evaluate_blocks.judge`, ``deck_kinds`` replaced by the
model): block segments right on that half, against the rules on the same articles. The
configuration is chosen on the training half alone (leave one decade out inside it).

``--extra`` adds to the training half the deck gold's titles in no block gold of the same year
parity; ``--combined`` keeps the rules' kinds unless the model's likeliest labelling differs and is
at least 0.6/0.8/0.9 likely (the threshold chosen with the rest); ``--combined-free`` the same without
the rules' kinds among the features; ``--show`` prints the titles of the scored half the model moves;
``--outside`` trains on all dev titles and prints what it moves in the files in no gold.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import decks_model_cv as cv

from encoder.evaluate_blocks import GOLD, SOURCES, judge
from encoder.ingest import decks
from encoder.model import BlockKind

RULES = decks.deck_kinds
KINDS = ("kicker", "headline", "subtitle")


@dataclass
class Title:
    gold: dict
    calls: list[tuple[list[str], str]] = field(default_factory=list)
    labels: list[list[str] | None] = field(default_factory=list)

    @property
    def year(self) -> int:
        return int(self.gold["file"][:4])

    @property
    def decade(self) -> str:
        return self.gold["file"][:3]


@contextmanager
def recorded() -> Iterator[list[tuple[list[str], str]]]:
    """The calls the pipeline makes to ``deck_kinds`` meanwhile (the rules still answer them)."""
    current: list[tuple[list[str], str]] = []

    def recording(lines: list[str], lead: str = "") -> list[BlockKind]:
        current.append((list(lines), lead))
        return RULES(lines, lead)

    setattr(decks, "deck_kinds", recording)  # noqa: B010
    try:
        yield current
    finally:
        setattr(decks, "deck_kinds", RULES)  # noqa: B010


def labelled(gold: dict, calls: list[tuple[list[str], str]], kinds: dict[str, str]) -> Title:
    """A title of ``calls``, each call's lines labelled with the gold ``kinds`` of their texts (None
    where a line is no deck of the gold)."""
    title = Title(gold, list(calls))
    for lines, _ in title.calls:
        labels = [kinds.get(line.strip()) for line in lines]
        title.labels.append([str(label) for label in labels] if all(label in KINDS for label in labels) else None)
    return title


def load() -> list[Title]:
    """Every dev gold article, with the calls the pipeline makes to ``deck_kinds`` while judging it."""
    found: list[Title] = []
    with recorded() as current:
        for path in sorted(GOLD.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            if gold["split"] != "dev":
                continue
            current.clear()
            judge(gold, SOURCES / gold["file"])
            kinds: dict[str, str] = {}
            for part in gold["parts"]:
                for segment in part["segments"]:
                    kinds.setdefault(segment["text"].strip(), segment["kind"])
            found.append(labelled(gold, current, kinds))
    return found


@dataclass(frozen=True)
class Config(cv.Config):
    #: None: the model decides every title; a share: the rules decide unless the model's likeliest
    #: labelling differs from theirs and has at least this probability.
    override: float | None = None

    def __str__(self) -> str:
        return f"{super().__str__()} override={self.override}"


#: Fixed before the first run.
GRID = [
    Config(frozenset(groups), c1, c2)
    for groups in (
        ("cues",),
        ("cues", "lead"),
        ("chars", "cues", "lead"),
        ("cues", "rules"),
        ("cues", "lead", "rules"),
        ("chars", "cues", "lead", "rules"),
        ("cues", "lead", "neighbours", "rules"),
    )
    for c1, c2 in ((0.1, 0.01), (0.5, 0.01), (0.0, 1.0))
]
#: The combination: the rules unless the model is sure (fixed before its first run).
COMBINED = [
    Config(frozenset(groups), c1, c2, override)
    for groups in (("cues", "rules"), ("cues", "lead", "rules"), ("chars", "cues", "lead", "rules"))
    for c1, c2 in ((0.1, 0.01), (0.0, 1.0))
    for override in (0.6, 0.8, 0.9)
]
#: The same without the rules' kinds among the features (``--combined-free``; a later run).
COMBINED_FREE = [
    Config(frozenset(groups), c1, c2, override)
    for groups in (("cues", "lead"), ("chars", "cues", "lead"))
    for c1, c2 in ((0.1, 0.01), (0.0, 1.0))
    for override in (0.6, 0.8, 0.9)
]


def extra() -> list[Title]:
    """The deck gold's titles of articles in no block gold (``--extra``): training lines only, labelled
    with the deck gold's kinds (the majority of three readings)."""
    from encoder import evaluate_decks

    in_gold = {path.name for path in GOLD.glob("*.json")}
    found: list[Title] = []
    with recorded() as current:
        for gold in evaluate_decks.titles(json.loads(evaluate_decks.DECKS.read_text(encoding="utf-8"))):
            if gold.file in in_gold:
                continue
            current.clear()
            evaluate_decks.predicted(gold)
            kinds = {deck["text"].strip(): deck["kind"] for deck in gold.decks}
            found.append(labelled({"file": gold.file, "split": "extra", "parts": []}, current, kinds))
    return found


def samples(titles: list[Title]) -> list[tuple[list[str], str, list[str]]]:
    return [
        (lines, lead, labels)
        for t in titles
        for (lines, lead), labels in zip(t.calls, t.labels, strict=True)
        if labels is not None
    ]


class Model:
    def __init__(self, training: list[Title], config: Config, folder: str) -> None:
        import pycrfsuite

        trainer = pycrfsuite.Trainer(verbose=False)
        for lines, lead, labels in samples(training):
            trainer.append(cv.title_features(lines, lead, config.groups), labels)
        trainer.set_params(config.parameters())
        path = str(Path(folder) / f"m{abs(hash((str(config), len(training), training[0].gold['file'])))}.crfsuite")
        trainer.train(path)
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(path)
        self.groups = config.groups
        self.override = config.override

    def kinds(self, lines: list[str], lead: str = "") -> list[BlockKind]:
        self.tagger.set(cv.title_features(lines, lead, self.groups))
        if self.override is not None:
            rules = RULES(lines, lead)
            best = self.tagger.tag()
            if best != [k.value for k in rules] and self.tagger.probability(best) >= self.override:
                return [BlockKind(label) for label in best]
            return rules
        labels = set(self.tagger.labels())
        headline = [self.tagger.marginal("headline", i) if "headline" in labels else 0.0 for i in range(len(lines))]
        return cv.kinds_from_headline(headline)

    def lines_right(self, test: list[Title]) -> int:
        return sum(
            kind.value == label
            for lines, lead, labels in samples(test)
            for kind, label in zip(self.kinds(lines, lead), labels, strict=True)
        )


def segments_right(test: list[Title], deck_kinds: Any) -> Counter[str]:
    """Segments right per decade and overall on ``test``, the pipeline's ``deck_kinds`` replaced."""
    found: Counter[str] = Counter()
    setattr(decks, "deck_kinds", deck_kinds)  # noqa: B010
    try:
        for t in test:
            for j in judge(t.gold, SOURCES / t.gold["file"]):
                found[j.decade] += j.right
                found["all"] += j.right
    finally:
        setattr(decks, "deck_kinds", RULES)  # noqa: B010
    return found


def choose(training: list[Title], folder: str, grid: list[Config]) -> tuple[Config, dict[str, int]]:
    """The configuration best by leave-one-decade-out inside ``training`` (lines right), and each one's score."""
    decades = sorted({t.decade for t in training})
    scores = {}
    for config in grid:
        scores[str(config)] = sum(
            Model([t for t in training if t.decade != d], config, folder).lines_right(
                [t for t in training if t.decade == d]
            )
            for d in decades
        )
    best = max(grid, key=lambda c: scores[str(c)])
    return best, scores


def main() -> None:
    titles = load()
    halves = {p: [t for t in titles if t.year % 2 == p] for p in (0, 1)}
    more = extra() if "--extra" in sys.argv else []
    print(f"extra: {len(samples(more))} deck gold titles in no block gold")
    for p, name in ((0, "even"), (1, "odd")):
        s = samples(halves[p])
        print(
            f"{name}: {len(halves[p])} articles, {len(s)} titles reaching deck_kinds, {sum(len(x[2]) for x in s)} lines"
        )
    with tempfile.TemporaryDirectory() as folder:
        if "--outside" in sys.argv:
            outside(titles + more, folder)
            return
        grid = COMBINED_FREE if "--combined-free" in sys.argv else COMBINED if "--combined" in sys.argv else GRID
        for train_p, test_p, name in ((0, 1, "train even, score odd"), (1, 0, "train odd, score even")):
            training, test = halves[train_p], halves[test_p]
            if "--extra" in sys.argv:
                training = training + [t for t in more if t.year % 2 == train_p]
            config, scores = choose(training, folder, grid)
            if "--configs" in sys.argv:
                for key, value in sorted(scores.items(), key=lambda kv: -kv[1]):
                    print(f"    {value:5d}  {key}")
            model = Model(training, config, folder)
            rules_lines = sum(
                kind.value == label
                for lines, lead, labels in samples(test)
                for kind, label in zip(RULES(lines, lead), labels, strict=True)
            )
            rules, learned = segments_right(test, RULES), segments_right(test, model.kinds)
            print(f"{name}: chosen {config}")
            if "--show" in sys.argv:
                changes(test, model)
            print(f"  deck lines right: rules {rules_lines}, model {model.lines_right(test)}")
            for key in sorted(rules):
                print(
                    f"  {key:4} segments right: rules {rules[key]:5d}, model {learned[key]:5d}"
                    f" ({learned[key] - rules[key]:+d})"
                )


def changes(test: list[Title], model: Model) -> None:
    """Print each title of ``test`` the model labels otherwise than the rules (``--show``)."""
    for lines, lead, labels in samples(test):
        ours, theirs = model.kinds(lines, lead), RULES(lines, lead)
        if ours != theirs:
            print(
                "   ",
                " / ".join(lines),
                "| gold",
                labels,
                "| rules",
                [k.value for k in theirs],
                "| model",
                [k.value for k in ours],
            )


def outside(titles: list[Title], folder: str) -> None:
    """Train on all dev titles (and the deck gold's others), the configuration chosen inside them, and
    print every title of the files in no gold (the dev fixtures', the shared corpus's, ``source/``) the
    model labels otherwise than the rules (``--outside``)."""
    from encoder.diagnostics import Reporter
    from encoder.ingest.parser import parse
    from encoder.ingest.reader import read_source

    grid = COMBINED if "--combined" in sys.argv else GRID
    config, _ = choose(titles, folder, grid)
    model = Model(titles, config, folder)
    print(f"all dev: chosen {config}")
    in_gold = {path.name for path in GOLD.glob("*.json")}
    root = GOLD.parent.parent.parent.parent
    files = [f for f in sorted(SOURCES.glob("*.json")) if f.name not in in_gold]
    files += sorted(p for p in (root.parent / "shared" / "corpus").rglob("*") if p.suffix in (".json", ".md"))
    files += sorted((root / "source").glob("*.txt"))
    moved = asked = 0

    def comparing(lines: list[str], lead: str = "") -> list[BlockKind]:
        nonlocal moved, asked
        asked += 1
        theirs, ours = RULES(lines, lead), model.kinds(lines, lead)
        if ours != theirs:
            moved += 1
            print("   ", " / ".join(lines), "| rules", [k.value for k in theirs], "| model", [k.value for k in ours])
        return theirs

    setattr(decks, "deck_kinds", comparing)  # noqa: B010
    try:
        for path in files:
            try:
                reporter = Reporter(str(path))
                parse(read_source(path, reporter=reporter), reporter)
            except Exception:
                continue
    finally:
        setattr(decks, "deck_kinds", RULES)  # noqa: B010
    print(f"{len(files)} files outside the gold, {asked} titles reaching deck_kinds, {moved} moved")


if __name__ == "__main__":
    main()
