"""Builds the table of organisations' heads (``encoder/enrich/models/zh_body_heads.json``, read by
:mod:`encoder.enrich.zh_bodies`) from the MSRA NER training data and the PKU January 1998 corpus,
which are not shipped:

    python -m encoder.train_bodies --data ../shared/ner-data

Where the grammar of :mod:`encoder.enrich.zh_bodies` reads: after each place (an ``LOC`` entity of
MSRA, a PKU ``ns`` word or ``[...]ns`` bracket), each chain of words (jieba's dictionary cut of
MSRA's text, PKU's own words; the links :func:`.zh_bodies.in_chain` takes, at most
``LONGEST_CHAIN`` characters). For each ending of one to three characters of such a chain: how
often it ends one, and how often an organisation (an ``ORG`` entity, a PKU ``nt`` word or
``[...]nt`` bracket, longer than the ending) closes there; and for each chain (written ``=`` and
the chain) how often it is met, and how often an organisation holding the place closes it. Only
PKU's brackets can show that (``[广西/ns 大学/n]nt``, and descriptive phrases too: ``[中国/ns
政府/n]nt``): MSRA's labels are flat, a place is never inside an organisation there, so MSRA
counts only the chains that close none. And for each last character of a title in 《》 of MSRA's
text: how often it ends one, and how often the title whole is an ``ORG`` entity (报 of
《星暹日报》: a periodical).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from .enrich import zh_words
from .enrich.zh_bodies import HEADS_TABLE, LONGEST_CHAIN, in_chain
from .enrich.zh_crf import spans
from .train_ner import pku_tokens, read_bio

#: The longest ending counted.
LONGEST = 3
#: Endings met fewer times than this in both sources together are not written.
LEAST = 5

#: A title in 《》: two to ten characters, no mark inside (the MSRA text, as it is written).
_TITLE = re.compile(r"《([^《》]{2,10})》")

#: A sentence's text, its words, the ends of its places and its organisations' ends → starts.
Sentence = tuple[str, list[str], set[int], dict[int, int]]


def msra_sentences(path: Path) -> Iterator[Sentence]:
    """Each MSRA sentence, its words (jieba's dictionary cut), its places' ends and organisations."""
    cutter = zh_words.words()
    if cutter is None:
        raise SystemExit("jieba is needed to cut MSRA's text into words")
    for text, labels in read_bio(path):
        entities = spans(labels)
        places = {e for _, e, kind in entities if kind == "LOC"}
        yield text, list(cutter.cut(text)), places, {e: s for s, e, kind in entities if kind == "ORG"}


def pku_sentences(path: Path) -> Iterator[Sentence]:
    """Each PKU line, its words, its places' ends (``ns``) and organisations (``nt``), brackets whole."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            text, words, places, bodies = "", [], set(), {}
            opened = -1
            for word, tag, opens, closing in pku_tokens(line):
                if opens:
                    opened = len(text)
                start = len(text)
                text += word
                words.append(word)
                for kind, begun in ((tag, start), (closing or "", opened)):
                    if kind == "ns":
                        places.add(len(text))
                    elif kind == "nt" and begun >= 0:
                        bodies[len(text)] = begun
                if closing:
                    opened = -1
            yield text, words, places, bodies


def count(sentences: Iterable[Sentence]) -> tuple[Counter[str], Counter[str]]:
    """How often each ending closes an organisation, and ends a chain of words after a place."""
    closing: Counter[str] = Counter()
    ending: Counter[str] = Counter()
    for text, words, places, bodies in sentences:
        ends, position = {}, 0
        for word in words:
            ends[position] = word
            position += len(word)
        for place in places:
            position = place
            while position in ends and position - place + len(ends[position]) <= LONGEST_CHAIN:
                word = ends[position]
                if not in_chain(word):
                    break
                position += len(word)
                whole = "=" + text[place:position]  # the chain itself (中国 + 公司, 广西 + 大学)
                ending[whole] += 1
                closing[whole] += position in bodies and bodies[position] <= place
                for size in range(1, min(LONGEST, position - place) + 1):
                    tail = text[position - size : position]
                    ending[tail] += 1
                    closing[tail] += position in bodies and position - bodies[position] > size
    return closing, ending


def titles(sentences: Iterable[Sentence]) -> dict[str, list[int]]:
    """For each last character of a title in 《》 (two to ten characters, no mark inside): how
    often an organisation is the title whole, and how often the character ends a title."""
    closing: Counter[str] = Counter()
    ending: Counter[str] = Counter()
    for text, _, _, bodies in sentences:
        for match in _TITLE.finditer(text):
            start, end = match.span(1)
            ending[text[end - 1]] += 1
            closing[text[end - 1]] += bodies.get(end) == start
    return {char: [closing[char], ending[char]] for char in sorted(ending, key=lambda c: (-ending[c], c))}


def build(data: Path) -> dict:
    """The table: each ending's counts in each source (organisations closed, words ended)."""
    msra_text = list(msra_sentences(data / "msra_ner" / "msra_train_bio.txt"))  # cut once, read twice
    msra = count(msra_text)
    pku = count(pku_sentences(data / "pku_199801" / "199801.utf8.txt"))
    kept = sorted(
        (tail for tail in msra[1] | pku[1] if msra[1][tail] + pku[1][tail] >= LEAST),
        key=lambda tail: (-(msra[1][tail] + pku[1][tail]), tail),
    )
    return {
        "source": "ORG entities of msra_train_bio.txt; nt words and brackets of 199801.utf8.txt",
        "columns": ["MSRA closing", "MSRA ending a chain", "PKU closing", "PKU ending a chain"],
        "heads": {tail: [msra[0][tail], msra[1][tail], pku[0][tail], pku[1][tail]] for tail in kept},
        "titles": titles(msra_text),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m encoder.train_bodies", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/ner-data"), help="the ner-data folder")
    parser.add_argument("-o", "--output", type=Path, default=HEADS_TABLE, help="the table to write")
    args = parser.parse_args(argv)
    table = build(args.data)
    args.output.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
