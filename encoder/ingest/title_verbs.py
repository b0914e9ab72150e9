"""The lexicon of :mod:`.deck_verbs` (``title_verbs.txt``), built from jieba's own dictionary:

    python -m encoder.ingest.title_verbs            # whether the shipped file is what the build makes
    python -m encoder.ingest.title_verbs --rebuild  # rewrite it

jieba :data:`JIEBA` must be installed (its ``dict.txt`` is read as a file; jieba is never imported, and
the converter itself never reads the dictionary, only the file built from it). Kept: the words of two
characters or more tagged ``v``, verbs of a frequency of :data:`VERB_FLOOR` or more and rarer ones of
:data:`FLOOR` or more (``rare``: a verb only for the deck below); tagged ``d``, ``ad`` (adverbs) of :data:`FLOOR`
or more; and the nouns and names (tags ``n…``: ``ns``, ``nt``, ``nz``, ``nr`` too; ``j``, ``s``) of any
frequency that open on one of those verbs (解放军, 开发区, 互助组, 联合公报), which
:func:`.deck_verbs.opens_on_verb` matches first. The verbs' floor was chosen on the dev block gold: any floor
from 3 to 1,000 gives the same figure there (3,000 loses 4 segments); 1,000 drops jieba's rare entries tagged
``v`` that are names or nouns (以军 104, 加纳 255, 超市 534, 展会 166) and keeps 缓解 (1,111) and 制止 (1,048),
at the cost of rare verbs (抓紧, counted 612: ``抓紧冬闲时节`` / ``打好蚕业基础``, one headline in the gold, is
read as a headline and its subtitle, as wrong as the kicker over the headline read at a floor of 100). The
rarer verbs (搞好 751, 办好 258) and the adverbs keep the floor of 100: a deck opening on one has no subject of
its own (the rule then misses a title, the safe direction).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import importlib.util
import sys
from collections.abc import Iterable
from pathlib import Path

from .deck_verbs import LEXICON

#: The jieba release whose dictionary the lexicon is built from.
JIEBA = "0.42.1"
#: The least frequency (jieba's count) of an adverb the lexicon keeps.
FLOOR = 100
#: The least frequency of a verb the lexicon keeps (jieba's rarer words tagged ``v`` are often names or nouns).
VERB_FLOOR = 1000
#: Cities jieba's dictionary tags ``v`` (its verbs' tag on a place's name): a deck opening on one names the
#: place (``开封市…``, ``包头钢铁公司…``), no verb. Counties whose names are verbs first (互助, 延长, 通道, 比如) stay.
_PLACES = frozenset({"保定", "包头", "应城", "开封", "遵义"})
#: The kinds of the lexicon and jieba's tags of each (a noun's tag: ``n…``, or one of these).
_TAGS = {"verb": ("v",), "rare": ("v",), "adverb": ("d", "ad")}
_NOUN_TAGS = ("j", "s")
_KINDS = ("verb", "rare", "adverb", "noun")


def _entries(dictionary: Path) -> Iterable[tuple[str, int, str]]:
    """The words of two characters or more of jieba's dictionary, with their frequency and their tag."""
    with dictionary.open(encoding="utf-8") as lines:
        for line in lines:
            word, count, tag = line.split()
            if len(word) >= 2:
                yield word, int(count), tag


def build(dictionary: Path) -> str:
    """The lexicon's text from jieba's dictionary file ``dictionary`` (see the module)."""
    entries = list(_entries(dictionary))
    floors = {"verb": (VERB_FLOOR, sys.maxsize), "rare": (FLOOR, VERB_FLOOR), "adverb": (FLOOR, sys.maxsize)}
    kinds = {
        kind: sorted(
            {w for w, count, tag in entries if tag in tags and floors[kind][0] <= count < floors[kind][1]} - _PLACES
        )
        for kind, tags in _TAGS.items()
    }
    verbs = {*kinds["verb"], *kinds["rare"]}
    nouns = {
        word
        for word, _, tag in entries
        if (tag.startswith("n") or tag in _NOUN_TAGS) and any(word[:size] in verbs for size in range(2, len(word)))
    }
    kinds["noun"] = sorted(nouns)
    body = "".join(f"{kind} {word}\n" for kind in _KINDS for word in kinds[kind])
    source = hashlib.sha256(dictionary.read_bytes()).hexdigest()
    header = [
        "# The lexicon of encoder/ingest/deck_verbs.py: verbs, adverbs, and nouns that open on a verb.",
        f"# source: jieba {JIEBA} (PyPI, MIT), jieba/dict.txt, sha256 {source}",
        f"# filter: words of two characters or more; verb: tag v, frequency {VERB_FLOOR} or more, not a city's name"
        f" ({', '.join(sorted(_PLACES))});",
        f"#   rare: tag v, frequency {FLOOR} to {VERB_FLOOR - 1}; adverb: tags d, ad, frequency {FLOOR} or more;",
        "#   noun: tags n... (names too), j, s, any frequency, opening on a verb (verb, rare) of this list",
        "# counts: " + ", ".join(f"{kind} {len(kinds[kind])}" for kind in _KINDS),
        f"# sha256 of the lines below: {hashlib.sha256(body.encode('utf-8')).hexdigest()}",
        "# rebuild: python -m encoder.ingest.title_verbs --rebuild",
    ]
    return "\n".join(header) + "\n" + body


def jieba_dictionary() -> Path | None:
    """jieba's dictionary file when jieba :data:`JIEBA` is installed (found without importing it), else None."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations or importlib.metadata.version("jieba") != JIEBA:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    return path if path.is_file() else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m encoder.ingest.title_verbs", description=__doc__.split("\n")[0])
    parser.add_argument("--rebuild", action="store_true", help=f"rewrite {LEXICON.name} from jieba {JIEBA}")
    args = parser.parse_args(argv)
    dictionary = jieba_dictionary()
    if dictionary is None:
        print(f"jieba {JIEBA} is not installed", file=sys.stderr)
        return 1
    text = build(dictionary)
    if args.rebuild:
        LEXICON.write_text(text, encoding="utf-8")
        print(f"wrote {LEXICON}")
        return 0
    same = LEXICON.read_text(encoding="utf-8") == text
    print("the shipped lexicon is what the build makes" if same else "the shipped lexicon differs: --rebuild")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
