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

``--pku`` (off by default) adds the PKU segmented and tagged People's Daily of January 1998
(``pku_199801/199801.utf8.txt``, see the data's README for its source) converted to BIO by
:func:`read_pku`: consecutive ``nr`` words are one person (江/nr 泽民/nr), ``ns`` a place, ``nt``
an organisation, a ``[...]nt`` or ``[...]ns`` bracket one entity, other brackets their words. The
People's Daily NER set shares text with MSRA's and follows its conventions, not PKU's: it tags
中国 alone in 中国政府 (so brackets ending in 政府, 地区, 流域 give their words), 邓小平 in
邓小平理论, and the abbreviations PKU tags ``j`` (中美: two places; 十五大, 政协: organisations),
so a PKU sentence with an abbreviation MSRA tags as an entity twice or more is dropped (2,878),
as are those sharing 12 characters with dev or test (582, mostly set phrases such as
以江泽民同志为核心的党中央: the dev text is not from January 1998); 41,082 of 44,542 are kept.
Tried on 2026-12-01 with the shipped parameters (1,108 s on a loaded machine, 10.0 MB model) and
not shipped: People's Daily NER dev F1 0.895 against 0.905 (PER 0.936 / 0.930, LOC 0.904 / 0.919,
ORG 0.837 / 0.854; precision 0.931 / 0.922, recall 0.862 / 0.889); the names pass on the hand-made
dev gold 0.822 against 0.812 on the 31 files of the third held-out set, 0.880 against 0.897 on the
64 others; held out, People's Daily NER test 0.887 against 0.899, SIGHAN 2006 0.800 against 0.831.
What it loses are MSRA conventions PKU's tags do not carry: 京, 华 (访华), 中华, 东北 as places;
市委, 县委, 海军, 解放军 as organisations; 地球, 太阳 as places; and it takes longer places
(北京人民大会堂). Mapping those would be the next thing to try.

``--gold DIR`` (off by default) adds the hand-made name gold of the corpus's own articles
(``tests/fixtures/gold/names/``, its sources in ``--gold-sources``, by default the folder
``rmrb-json-dev`` two levels above DIR, as the fixtures lie): only the files marked
``"split": "dev"``, never a held-out one. Each article's parts are labelled from its mentions
(person ``PER``, place ``LOC``, organisation ``ORG``, as MSRA's labels) and cut into sentences
after 。！？ (and the closing marks after them) and at each line break, white space at either end
dropped (:func:`gold_sentences`); each sentence is given twice (weight 2, fixed before any run).
``--gold-years even`` or ``odd`` takes only the articles of the years of that parity (the file
name's year), for cross-fitting: a model trained on one half is scored on the other with
``python -m encoder.evaluate_ner --gold --years``. The sentences sharing a 12-character stretch
with the People's Daily NER dev or test split (test only, ``--with-dev``) are dropped, as MSRA's.
Tried by cross-fitting on 2026-12-01 and not shipped (``models/PROVENANCE.md``).
"""

from __future__ import annotations

import argparse
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import name_gold
from .enrich.zh_crf import sentence_features, spans

TRAIN = Path("msra_ner") / "msra_train_bio.txt"
PKU = Path("pku_199801") / "199801.utf8.txt"
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


#: The PKU tags that name an entity, and the entity: persons, places, organisations.
PKU_KINDS = {"nr": "PER", "ns": "LOC", "nt": "ORG"}
#: Brackets the People's Daily NER set does not take whole: it tags 中国政府 and 中东地区 as the
#: place alone (中国, 中东), as the words' own tags give them (in MSRA train and dev, none of the
#: 400 writings of a country's 政府 nor of the 100 of a 地区 or 流域 is one entity).
GENERIC_ENDS = frozenset({"政府", "地区", "流域"})
#: Words PKU tags as common nouns in which the NER set tags the person (邓小平 of 邓小平理论).
DOCTRINES = {"邓小平理论": "邓小平", "毛泽东思想": "毛泽东"}
#: Where a PKU paragraph is cut into sentences (as the MSRA lines are): after these words, and
#: after the closing marks that follow them.
SENTENCE_ENDS = frozenset("。！？")
CLOSING = frozenset("”’」』）)")
_CLOSING = "".join(sorted(CLOSING))

Word = tuple[str, str, str]  # text, entity type ("" for none), PKU tag
PkuToken = tuple[str, str, bool, str | None]  # word, tag, a bracket opens, the closing bracket's tag
PkuSentence = tuple[str, list[str], list[str]]  # text, BIO labels, the abbreviations (``j``) in it


def pku_tokens(line: str) -> list[PkuToken]:
    """The tokens of a line of the PKU corpus, the line id dropped (``19980101-01-001-001/m``):
    each word, its tag, whether a bracket opens at it (``[中央/n``) and the bracket's tag where
    one closes (``电视台/n]nt``), else None."""
    tokens = line.split()
    if tokens and tokens[0][:8].isdigit() and "-" in tokens[0]:
        tokens = tokens[1:]
    out: list[PkuToken] = []
    for token in tokens:
        opens = token.startswith("[") and "/" in token[2:]
        word, _, tag = (token[1:] if opens else token).rpartition("/")
        tag, mark, closing = tag.partition("]")
        out.append((word, tag, opens, closing if mark else None))
    return out


def pku_words(line: str) -> list[Word]:
    """The words of a line of the PKU corpus with their entity type (``PER``, ``LOC``, ``ORG`` or
    ``""``) and tag, the line id dropped: a bracket tagged ``nt`` or ``ns`` (``[中央/n 电视台/n]nt``)
    is one word of its type; other brackets (``nz``, ``i``, ``l``) and those ending in one of
    :data:`GENERIC_ENDS` (``[中国/ns 政府/n]nt``) give their words with their own tags."""
    words: list[Word] = []
    bracket: list[Word] | None = None
    for word, tag, opens, closing in pku_tokens(line):
        if opens:
            bracket = []
        item = (word, PKU_KINDS.get(tag, ""), tag)
        if bracket is None:
            words.append(item)
            continue
        bracket.append(item)
        if closing is not None:
            kind = PKU_KINDS.get(closing, "") if closing != "nr" and bracket[-1][0] not in GENERIC_ENDS else ""
            words.extend([("".join(w for w, _, _ in bracket), kind, closing)] if kind else bracket)
            bracket = None
    if bracket is not None:
        words.extend(bracket)
    return words


def _labels(word: str, kind: str, previous: str) -> list[str]:
    if word in DOCTRINES:
        name = DOCTRINES[word]
        return ["B-PER"] + ["I-PER"] * (len(name) - 1) + ["O"] * (len(word) - len(name))
    if not kind:
        return ["O"] * len(word)
    first = "I-" if kind == previous == "PER" else "B-"
    return [first + kind] + ["I-" + kind] * (len(word) - 1)


def pku_sentences(words: list[Word]) -> Iterator[PkuSentence]:
    """The BIO sentences of a PKU paragraph's words, with the abbreviations in each: consecutive
    person words are one person (江/nr 泽民/nr: 江泽民), the paragraph cut after 。！？ and the
    closing marks after them."""
    chars: list[str] = []
    labels: list[str] = []
    abbreviations: list[str] = []
    previous = last = ""  # the type of the word before; the last character not a closing mark
    for index, (word, kind, tag) in enumerate(words):
        chars.append(word)
        labels.extend(_labels(word, kind, previous))
        if tag == "j":
            abbreviations.append(word)
        previous = kind
        stripped = word.rstrip(_CLOSING)
        last = stripped[-1] if stripped else last
        following = words[index + 1][0][:1] if index + 1 < len(words) else ""
        if last in SENTENCE_ENDS and following not in CLOSING:
            yield "".join(chars), labels, abbreviations
            chars, labels, abbreviations, previous, last = [], [], [], "", ""
    if chars:
        yield "".join(chars), labels, abbreviations


def read_pku(path: Path) -> Iterator[PkuSentence]:
    """The sentences of the PKU segmented and tagged corpus (``pku_199801/199801.utf8.txt``) in BIO,
    characters as they are (full-width digits and letters kept, as in MSRA's text)."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield from pku_sentences(pku_words(line))


def entity_texts(sentences: Iterable[Sentence], least: int = 2) -> set[str]:
    """The texts tagged as a whole entity ``least`` times or more in ``sentences``."""
    counts: Counter[str] = Counter(text[start:end] for text, labels in sentences for start, end, _ in spans(labels))
    return {text for text, count in counts.items() if count >= least}


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


def pku_training(
    data: Path, known: Iterable[Sentence], with_dev: bool = False, limit: int | None = None
) -> tuple[list[Sentence], int, int]:
    """The PKU corpus's sentences to train on, how many were dropped because they share a
    12-character stretch with dev or test (test only, ``with_dev``), and how many because an
    abbreviation in them is tagged as an entity in the ``known`` sentences (MSRA's: 中美 is two
    places there, 十五大 an organisation; PKU tags them ``j``, which says no type)."""
    held_out = HELD_OUT[1:] if with_dev else HELD_OUT
    shingles, _ = held_out_filter(data / path for path in held_out if (data / path).is_file())
    entities = entity_texts(known)
    kept: list[Sentence] = []
    held = unsure = 0
    for text, labels, abbreviations in read_pku(data / PKU):
        if any(shingle in shingles for shingle in _shingles(text)):
            held += 1
        elif any(word in entities for word in abbreviations):
            unsure += 1
        else:
            kept.append((text, labels))
            if limit is not None and len(kept) >= limit:
                break
    return kept, held, unsure


#: How many times each gold sentence is given (fixed before any run).
GOLD_WEIGHT = 2
#: ``--gold-years``: the parity of the years taken (``None``: all).
YEARS = {"even": 0, "odd": 1, "all": None}


def cut_sentences(text: str, labels: list[str]) -> Iterator[Sentence]:
    """``text`` and its labels cut after 。！？ (and the closing marks that follow them) and at each
    line break, white space at either end of a sentence dropped, empty sentences skipped."""
    start, last = 0, ""  # where the sentence opens; the last character not a closing mark
    for index, char in enumerate(text):
        last = last if char in CLOSING else char
        if char == "\n" or (last in SENTENCE_ENDS and text[index + 1 : index + 2] not in CLOSING):
            yield from _stripped(text, labels, start, index + 1)
            start, last = index + 1, ""
    yield from _stripped(text, labels, start, len(text))


def _stripped(text: str, labels: list[str], start: int, end: int) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield text[start:end], labels[start:end]


def gold_sentences(gold: Path, sources: Path, years: int | None = None) -> Iterator[Sentence]:
    """The BIO sentences of the hand-made name gold's dev files in ``gold`` (of the years of
    parity ``years``, 0 or 1, when given), their texts read from ``sources``, each once."""
    for parts, names in name_gold.articles(gold, sources, "dev", years):  # held-out files train nothing
        rows = [["O"] * len(text) for text in parts]
        for part, start, end, kind in names:
            rows[part][start:end] = [f"B-{kind}"] + [f"I-{kind}"] * (end - start - 1)
        for text, row in zip(parts, rows, strict=True):
            yield from cut_sentences(text, row)


def gold_training(
    data: Path, gold: Path, sources: Path, years: int | None = None, with_dev: bool = False
) -> tuple[list[Sentence], int]:
    """The gold sentences to train on, each :data:`GOLD_WEIGHT` times, and how many (once each)
    were dropped because they share a 12-character stretch with dev or test (test only, ``with_dev``)."""
    held_out = HELD_OUT[1:] if with_dev else HELD_OUT
    shingles, _ = held_out_filter(data / path for path in held_out if (data / path).is_file())
    kept: list[Sentence] = []
    dropped = 0
    for text, labels in gold_sentences(gold, sources, years):
        if any(shingle in shingles for shingle in _shingles(text)):
            dropped += 1
        else:
            kept.extend([(text, labels)] * GOLD_WEIGHT)
    return kept, dropped


def train(sentences: list[Sentence], output: Path, parameters: dict) -> str:
    """Train the CRF on ``sentences``, write it to ``output``, and say how L-BFGS stopped: the
    iterations it ran and CRFsuite's own words (convergence, the stopping criterion or the cap)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for text, labels in sentences:
        trainer.append(sentence_features(text), labels)
    trainer.set_params(parameters)
    output.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(output))
    log = trainer.logparser
    stopped = [line.strip() for line in log.log if "L-BFGS" in line or "maximum number of iterations" in line]
    return f"{len(log.iterations)} iterations; {stopped[-1] if stopped else 'no stopping message'}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m encoder.train_ner", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/ner-data"), help="the ner-data folder")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the model file to write")
    parser.add_argument("--quick", action="store_true", help="a small run: 300 sentences, 10 iterations")
    parser.add_argument("--iterations", type=int, help="L-BFGS iterations (default: the shipped model's)")
    parser.add_argument("--c1", type=float, help="L1 regularisation (default: the shipped model's)")
    parser.add_argument("--c2", type=float, help="L2 regularisation (default: the shipped model's)")
    parser.add_argument("--with-dev", action="store_true", help="train on the dev split too (the final model)")
    parser.add_argument("--pku", action="store_true", help="train on the PKU January 1998 corpus too")
    parser.add_argument("--gold", type=Path, help="the hand-made name gold's folder: train on its dev files too")
    parser.add_argument(
        "--gold-sources", type=Path, help="the gold's source articles (default: DIR/../../rmrb-json-dev)"
    )
    parser.add_argument("--gold-years", choices=tuple(YEARS), default="all", help="the gold's years: even, odd or all")
    args = parser.parse_args(argv)
    if not (args.data / TRAIN).is_file():
        print(f"{args.data / TRAIN}: no training data there", file=sys.stderr)
        return 2
    parameters = dict(PARAMETERS)
    if args.quick:
        parameters.update({"max_iterations": 10, "feature.minfreq": 1})
    if args.iterations:
        parameters["max_iterations"] = args.iterations
    for name in ("c1", "c2"):
        if getattr(args, name) is not None:
            parameters[name] = getattr(args, name)
    began = time.perf_counter()
    sentences, dropped = training_sentences(args.data, 300 if args.quick else None, args.with_dev)
    held = "test" if args.with_dev else "dev or test"
    print(f"training on {len(sentences)} sentences ({dropped} dropped: they occur in {held})")
    if args.pku:
        if not (args.data / PKU).is_file():
            print(f"{args.data / PKU}: no PKU corpus there", file=sys.stderr)
            return 2
        added, held_pku, unsure = pku_training(args.data, sentences, args.with_dev, 300 if args.quick else None)
        sentences += added
        print(
            f"and on {len(added)} sentences of the PKU corpus ({held_pku} dropped: they occur in {held}; "
            f"{unsure} dropped: an abbreviation in them is an entity in MSRA)"
        )
    if args.gold is not None:
        sources = args.gold_sources or args.gold.parent.parent / "rmrb-json-dev"
        if not args.gold.is_dir() or not sources.is_dir():
            print(f"{args.gold} or {sources}: no gold or no sources there", file=sys.stderr)
            return 2
        added, held_gold = gold_training(args.data, args.gold, sources, YEARS[args.gold_years], args.with_dev)
        sentences += added
        print(
            f"and on {len(added) // GOLD_WEIGHT} sentences of the hand-made gold ({args.gold_years} years), "
            f"each {GOLD_WEIGHT} times ({held_gold} dropped: they occur in {held})"
        )
    stopped = train(sentences, args.output, parameters)
    size = args.output.stat().st_size
    print(f"wrote {args.output} ({size / 1e6:.1f} MB) in {time.perf_counter() - began:.0f} s; parameters {parameters}")
    print(f"L-BFGS: {stopped}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
