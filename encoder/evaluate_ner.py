"""Entity-level scores of the Chinese name taggers on the public People's Daily test sets.

    python -m encoder.evaluate_ner [--data ../shared/ner-data] [--model M] [--split test|dev] [--gold]

Prints precision, recall and F1 per type (PER, LOC, ORG) and overall, strict (same start, end
and type), on the People's Daily NER split and the SIGHAN 2006 MSRA canonical test, for the CRF
(:mod:`encoder.enrich.zh_crf`) and for the jieba tagger with rules (:mod:`encoder.enrich.zh_names`),
next to the published figures (from the data's README); then the CRF's precision per ``cert``
level, and its speed in characters per second (jieba's segmentation and the features included).
``--split dev`` scores the dev split alone (the one the features, parameters and thresholds are
chosen on; the MSRA re-segmented test is the SIGHAN text again, so it is not tuned on either).
``--gold`` scores the hand-made gold of ``tests/fixtures/gold/names/`` (``--heldout`` for its
held-out files): the names pass on each article alone, as it runs (with ``--model``'s CRF), with the even
and odd years apart. ``--distinct`` adds the names pass's scores (cert medium or above) counting each
distinct name of an article once, on both sides (gold and found): (article, type, surface), so a
name an article repeats 24 times weighs as one written once (and a name found at one place of an
article is credited for the same name missed at another). ``--years even`` or ``odd`` scores the
gold of the years of that parity alone (the CRF alone and the names pass as it runs, cert medium
or above, with ``--distinct`` counted once per article too): a model trained with the other half
(``python -m encoder.train_ner --gold DIR --gold-years``) is scored on text it has not seen.

``--calibrate`` applies the calibration rule (:func:`calibrate`) to ``--model``'s entities on the
dev split: the precision of each probability band, per type and for all types, and the ``high``
and ``medium`` thresholds derived from it (for the shipped model, the global ones are
:mod:`encoder.enrich.zh_crf`'s).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from . import name_gold
from .calibrate_ner import TYPES, Span, calibration_table
from .enrich import zh_crf, zh_names
from .enrich.authority import DEFAULT
from .enrich.matcher import matcher
from .enrich.names import with_crf
from .enrich.spans import located, tag_inlines
from .enrich.statistical import tag_zh, zh_crf_finder
from .evaluate import f1
from .model import PhraseKind
from .train_ner import read_bio

ROOT = Path(__file__).resolve().parent.parent
NAMES_GOLD = ROOT / "tests" / "fixtures" / "gold" / "names"
JSON_SOURCES = ROOT / "tests" / "fixtures" / "rmrb-json-dev"
SETS = {
    "test": Path("peoples_daily_ner") / "example.test",
    "dev": Path("peoples_daily_ner") / "example.dev",
    "sighan": Path("msra_ner") / "sighan2006_test_bio.txt",
}
PUBLISHED = {
    "test": "BERT-base + CRF 95.35 (bert4keras); BERT-embedding models 94.46 (Kashgari)",
    "dev": "BERT-base + CRF 96.18 (bert4keras)",
    "sighan": "Lattice LSTM 93.18; character BiLSTM(-CRF) 91.87; BERT / BERT-wwm 95.3 / 95.4",
}
_JIEBA_TYPES = {PhraseKind.PERSON: "PER", PhraseKind.PLACE: "LOC", PhraseKind.ORG: "ORG"}

T = TypeVar("T")
Name = tuple[int, str, str]  # article, surface, type (a distinct name of an article)


def crf_spans(texts: Sequence[str], model: str) -> tuple[set[Span], dict[Span, float]]:
    """The CRF's entities in ``texts`` and each one's probability."""
    probabilities: dict[Span, float] = {}
    for index, found in enumerate(zh_crf.entities(texts, model)):
        for start, end, kind, probability in found:
            probabilities[(index, start, end, kind)] = probability
    return set(probabilities), probabilities


def jieba_spans(texts: Sequence[str]) -> set[Span]:
    """The entities jieba with the rules of :mod:`.zh_names` finds in ``texts``."""
    return {
        (index, start, end, _JIEBA_TYPES[kind])
        for index, text in enumerate(texts)
        for start, end, kind in zh_names.candidates(text)
    }


def _counts(expected: set[Span] | set[Name], found: set[Span] | set[Name]) -> list[tuple[str, int, int, int]]:
    """Per type and for ``all`` (the type is each item's last field): how many gold, how many
    found, how many of those right."""
    out = []
    for kind in (*TYPES, "all"):
        gold = {s for s in expected if kind in ("all", s[-1])}
        made = {s for s in found if kind in ("all", s[-1])}
        out.append((kind, len(gold), len(made), len(gold & made)))
    return out


def score_table(expected: set[Span] | set[Name], found: set[Span] | set[Name]) -> list[str]:
    """Rows of precision, recall and F1 per type and overall (the type is each item's last field)."""
    rows = ["  type    gold  found   tp   precision recall  F1"]
    for kind, gold, made, tp in _counts(expected, found):
        p, r, f = f1(tp, made - tp, gold - tp)
        rows.append(f"  {kind:<6} {gold:5d} {made:6d} {tp:5d}   {p:8.3f} {r:6.3f} {f:6.3f}")
    return rows


def cert_table(expected: set[Span], probabilities: dict[Span, float]) -> list[str]:
    """Precision per ``cert`` level of the CRF's entities."""
    counts: dict[str, Counter] = {}
    for span, probability in probabilities.items():
        counts.setdefault(zh_crf.certainty(probability), Counter())[span in expected] += 1
    rows = [f"  cert (high ≥ {zh_crf.HIGH}, medium ≥ {zh_crf.MEDIUM})  entities  precision"]
    for level in ("high", "medium", "low"):
        right, wrong = counts.get(level, Counter())[True], counts.get(level, Counter())[False]
        total = right + wrong
        rows.append(f"  {level:<40} {total:8d}  {right / total if total else 0:9.3f}")
    return rows


def dev_calibration(data: Path, model: str) -> tuple[set[Span], dict[Span, float]]:
    """The gold entities of the People's Daily NER dev split and ``model``'s entities there with
    their probabilities (what :func:`calibrate` reads)."""
    sentences = list(read_bio(data / SETS["dev"]))
    _, probabilities = crf_spans([text for text, _ in sentences], model)
    return gold_spans(sentences), probabilities


def gold_spans(sentences: Sequence[tuple[str, list[str]]]) -> set[Span]:
    return {(i, s, e, k) for i, (_, labels) in enumerate(sentences) for s, e, k in zh_crf.spans(labels)}


def timed(run: Callable[[], T], chars: int) -> tuple[T, float]:
    """What ``run`` gives, and the characters per second of CPU time it took for ``chars`` characters."""
    began = time.process_time()
    result = run()
    return result, chars / max(time.process_time() - began, 1e-9)


def report_set(name: str, path: Path, model: str, jieba: bool) -> None:
    """Print the scores of both taggers on one BIO file."""
    sentences = list(read_bio(path))
    texts = [text for text, _ in sentences]
    chars = sum(map(len, texts))
    expected = gold_spans(sentences)
    zh_crf.tagger(model)  # (opening the model is not tagging)
    zh_crf.sentence_features("预热")
    (found, probabilities), speed = timed(lambda: crf_spans(texts, model), chars)
    print(f"== {name}: {path.name} ({len(sentences)} sentences, {chars} characters)")
    print(f"CRF ({Path(model).name}), {speed:,.0f} characters/s (CPU, one core, features and jieba included)")
    print("\n".join(score_table(expected, found)))
    print("\n".join(cert_table(expected, probabilities)))
    if jieba:
        jieba_found, speed = timed(lambda: jieba_spans(texts), chars)
        print(f"jieba with rules (encoder.enrich.zh_names), {speed:,.0f} characters/s")
        print("\n".join(score_table(expected, jieba_found)))
    print(f"published (F1): {PUBLISHED[name]}")


def names_pass_spans(texts: Sequence[str], chinese: str, floor: str = "low") -> set[Span]:
    """The names the names pass gives ``texts``: the authority file's, then the ``chinese`` tagger's
    (``crf`` or ``jieba``) in what is left, as in :func:`encoder.enrich.names.tag_names`."""
    match = matcher(str(DEFAULT))
    if chinese == "crf":
        finder = with_crf(
            match.finder("zh-Hans"),
            zh_crf_finder(list(texts), match.zh_forms, named=lambda: match.zh_persons(texts)),
            floor,
        )
        tagged = [tag_inlines([text], finder) for text in texts]
    else:
        tagged = [tag_zh(tag_inlines([text], match.finder("zh-Hans")), match.zh_forms) for text in texts]
    return {
        (index, offset, offset + len(phrase.text), _JIEBA_TYPES[phrase.kind])
        for index, items in enumerate(tagged)
        for offset, phrase in located(items)
        if phrase.kind in _JIEBA_TYPES
    }


def gold_texts(split: str, years: int | None = None) -> tuple[list[str], set[Span]]:
    """The parts' texts of the hand-made name gold's ``split`` files (of the years of parity
    ``years``, 0 or 1, when given), and its names."""
    texts: list[str] = []
    expected: set[Span] = set()
    for parts, names in gold_articles(split, years):
        expected |= {(len(texts) + index, s, e, kind) for index, s, e, kind in names}
        texts.extend(parts)
    return texts, expected


def gold_articles(split: str, years: int | None = None) -> list[tuple[list[str], set[Span]]]:
    """Each file of the hand-made name gold's ``split`` (of the years of parity ``years``, 0 or
    1, when given): its parts' texts and its names (sentence = the part's index)."""
    return name_gold.articles(NAMES_GOLD, JSON_SOURCES, split, years)


def per_article(articles: list[tuple[list[str], set[Span]]], chinese: str, floor: str) -> tuple[set[Span], set[Span]]:
    """The gold names and the names pass's of ``articles``, each article tagged alone (as the
    pass tags it: what one article repeats is not sought in another), numbered as one text."""
    expected: set[Span] = set()
    found: set[Span] = set()
    base = 0
    for parts, names in articles:
        expected |= {(base + index, s, e, kind) for index, s, e, kind in names}
        found |= {(base + index, s, e, kind) for index, s, e, kind in names_pass_spans(parts, chinese, floor)}
        base += len(parts)
    return expected, found


def distinct_names(articles: list[tuple[list[str], set[Span]]], spans: set[Span]) -> set[Name]:
    """Each distinct (article, surface, type) of ``spans``, numbered as :func:`per_article` numbers
    them (the parts of all ``articles`` one after the other): a name written twice in an article
    is one, the same name in two articles two. Positions are not compared: a name found at one
    place of an article counts for the same surface and type the gold holds at another."""
    owners: list[tuple[int, str]] = []  # for each part: its article's number, its text
    for number, (parts, _) in enumerate(articles):
        owners.extend((number, text) for text in parts)
    return {(owners[part][0], owners[part][1][start:end], kind) for part, start, end, kind in spans}


def scores_by_type(
    expected: set[Span] | set[Name], found: set[Span] | set[Name]
) -> dict[str, tuple[float, float, float]]:
    """Precision, recall and F1 per type and for ``all`` (the type is each item's last field)."""
    return {kind: f1(tp, made - tp, gold - tp) for kind, gold, made, tp in _counts(expected, found)}


def dev_gold_scores(distinct: bool = False) -> dict[str, tuple[float, float, float]]:
    """The names pass's scores (as it runs: the CRF at ``medium`` or above) on the dev gold;
    ``distinct``: each distinct name of an article counted once (:func:`distinct_names`)."""
    articles = gold_articles("dev")
    expected, found = per_article(articles, "crf", "medium")
    if distinct:
        return scores_by_type(distinct_names(articles, expected), distinct_names(articles, found))
    return scores_by_type(expected, found)


def report_gold(model: str, split: str, distinct: bool = False, years: int | None = None) -> None:
    """Print the scores on the hand-made name gold of one split: the CRF alone, and the names
    pass (authority file, then the CRF or jieba with rules) on each part's text; ``distinct``: also
    the names pass counting each distinct name of an article once (:func:`distinct_names`);
    ``years`` (0 or 1): the years of that parity alone, the names pass as it runs only (cert medium)."""
    texts, expected = gold_texts(split, years)
    found, probabilities = crf_spans(texts, model)
    found = {span for span in found if span[2] - span[1] > 1}  # one-character names are dropped in use
    half = "" if years is None else f", {('even', 'odd')[years]} years"
    print(f"== hand-made gold, split {split}{half} ({len(texts)} parts, {len(expected)} names)")
    print("CRF alone")
    print("\n".join(score_table(expected, found)))
    print("\n".join(cert_table(expected, {s: p for s, p in probabilities.items() if s in found})))
    articles = gold_articles(split, years)
    passes = (("crf", "low"), ("crf", "medium"), ("jieba", "low")) if years is None else (("crf", "medium"),)
    for chinese, floor in passes:
        print(f"names pass: authority file, then {chinese}" + (f" (cert {floor} or above)" if chinese == "crf" else ""))
        expected, found = per_article(articles, chinese, floor)
        print("\n".join(score_table(expected, found)))
        if distinct and (chinese, floor) == ("crf", "medium"):
            print("names pass, crf (cert medium or above), each distinct (article, type, surface) once")
            print("\n".join(score_table(distinct_names(articles, expected), distinct_names(articles, found))))
    if years is not None:
        return
    for parity, number in (("even", 0), ("odd", 1)):
        print(f"names pass, crf (cert medium or above), {parity} years")
        print("\n".join(score_table(*per_article(gold_articles(split, number), "crf", "medium"))))


SHARED_GOLD = ROOT / "tests" / "fixtures" / "gold" / "shared_refs" / "bilingual.json"
_TEI = "{http://www.tei-c.org/ns/1.0}"
_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def tagged_refs(tei: bytes) -> dict[str, dict[str, set[str]]]:
    """Each name's text in each language of a TEI document (``zh``, ``en``) and the ``@ref``s it carries."""
    from . import xmlsafe

    found: dict[str, dict[str, set[str]]] = {"zh": {}, "en": {}}
    for element in (
        xmlsafe.parse_bytes(tei, "converted TEI", huge=True)
        .getroot()
        .iter(f"{_TEI}persName", f"{_TEI}placeName", f"{_TEI}orgName")
    ):
        if element.get("ref") is None or element.xpath("ancestor::*[local-name()='standOff']"):
            continue
        lang = next((a.get(_LANG) for a in element.iterancestors() if a.get(_LANG)), "")
        short = "zh" if lang.startswith("zh") else "en" if lang.startswith("en") else ""
        if short:
            found[short].setdefault("".join(element.itertext()), set()).add(element.get("ref", ""))
    return found


def shared_refs(gold_path: Path = SHARED_GOLD) -> list[tuple[str, dict, str]]:
    """Each gold entity named in both languages of a fixture, with what the converter made of it:
    ``shared`` (every mention in both languages carries one ``@ref``), ``split`` (more than one),
    ``untagged zh`` / ``untagged en`` (no mention tagged in that language)."""
    from .run.pipeline import encode

    results = []
    for file, entities in json.loads(gold_path.read_text(encoding="utf-8"))["files"].items():
        tei = encode(ROOT / file).tei
        if tei is None:
            raise ValueError(f"{file} was not converted")
        refs = tagged_refs(tei)
        for entity in entities:
            zh = set().union(*(refs["zh"].get(form, set()) for form in entity["zh"]))
            en = set().union(*(refs["en"].get(form, set()) for form in entity["en"]))
            state = "untagged zh" if not zh else "untagged en" if not en else "shared" if len(zh | en) == 1 else "split"
            results.append((file, entity, state if state != "split" else f"split {sorted(zh)} / {sorted(en)}"))
    return results


def report_shared() -> None:
    """Print how many of the entities named in both languages share one ``@ref``, and the others."""
    results = shared_refs()
    shared = sum(state == "shared" for _, _, state in results)
    both = [r for r in results if not r[2].startswith("untagged")]
    print(f"== entities named in both languages ({SHARED_GOLD.name}): {len(results)}")
    print(
        f"  sharing one @ref: {shared} ({shared / len(results):.1%} of all; "
        f"{shared / max(len(both), 1):.1%} of the {len(both)} tagged in both languages)"
    )
    for file, entity, state in results:
        if state != "shared":
            print(f"  {Path(file).name}: {entity['type']} {entity['zh'][0]} / {entity['en'][0]}: {state}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m encoder.evaluate_ner", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "ner-data", help="the ner-data folder")
    parser.add_argument("--model", default=str(zh_crf.MODEL), help="the CRF model file")
    parser.add_argument("--split", choices=("test", "dev"), default="test", help="People's Daily NER split")
    parser.add_argument("--no-jieba", action="store_true", help="score the CRF alone")
    parser.add_argument("--gold", action="store_true", help="score the hand-made gold (dev files) instead")
    parser.add_argument("--heldout", action="store_true", help="with --gold: the held-out files")
    parser.add_argument(
        "--distinct", action="store_true", help="with --gold: also count each distinct name of an article once"
    )
    parser.add_argument(
        "--calibrate", action="store_true", help="the calibration rule on the dev split: bands and thresholds"
    )
    parser.add_argument(
        "--years",
        choices=("even", "odd"),
        help="with --gold: the years of that parity alone (the names pass as it runs)",
    )
    parser.add_argument(
        "--shared-ref",
        action="store_true",
        help="entities named in both languages of the bilingual fixtures: one @ref?",
    )
    args = parser.parse_args(argv)
    zh_crf.MODEL = Path(args.model)  # the names pass of --gold tags with the model scored, too
    if args.shared_ref:
        report_shared()
        return 0
    if args.calibrate:
        expected, probabilities = dev_calibration(args.data, args.model)
        print(f"== calibration on the dev split ({Path(args.model).name})")
        print("\n".join(calibration_table(expected, probabilities)))
        return 0
    if args.gold:
        years = None if args.years is None else ("even", "odd").index(args.years)
        report_gold(args.model, "heldout" if args.heldout else "dev", args.distinct, years)
        return 0
    for name in (args.split, "sighan") if args.split == "test" else (args.split,):  # SIGHAN is held out
        report_set(name, args.data / SETS[name], args.model, not args.no_jieba)
    return 0


if __name__ == "__main__":
    sys.exit(main())
