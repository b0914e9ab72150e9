"""Bilingual fixtures of other kinds than the seed (tests/fixtures/bilingual, see its SOURCES.md).

Each is a real People's Daily article of 1946–2003 with an English translation made for it, in
the seed's format. Every one must convert with both languages' text intact and valid against
the project schema, and give what its kind must give (sections, letters, notes, lists, tables,
leads, credits) in both languages alike. Where the converter cannot do that yet the test is
marked ``xfail`` (strict) with the diagnostic or the missing structure it shows today, so the
mark has to come off when the fix lands.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from encoder.check.validate import Validation
from encoder.cli import main
from encoder.diagnostics import Level
from encoder.run.pipeline import Result, encode

from .conftest import FIXTURES, RMRB

BILINGUAL = FIXTURES / "bilingual"
SOURCES = BILINGUAL / "SOURCES.md"
#: Where the repository keeps byte-for-byte copies of the corpus files the fixtures were made from.
CORPUS_COPIES = (FIXTURES / "rmrb-json-dev", FIXTURES / "rmrb-json", RMRB, BILINGUAL / "sources")
TEI = "{http://www.tei-c.org/ns/1.0}"
NS = {"t": TEI[1:-1]}
Divisions = dict[str, etree._Element]


@functools.cache
def converted(name: str) -> Result:
    return encode(BILINGUAL / f"{name}.txt", validation=Validation("project", engine="lxml"))


def divisions(name: str) -> Divisions:
    result = converted(name)
    assert result.tei is not None, [str(d) for d in result.diagnostics]
    body = etree.fromstring(result.tei).find(f"{TEI}text/{TEI}body")
    return {div.get("{http://www.w3.org/XML/1998/namespace}lang"): div for div in body.findall(f"{TEI}div")}


def texts(root: etree._Element, path: str) -> list[str]:
    """The text of each element ``path`` finds under ``root``, a line break as a space, white space collapsed."""
    found = []
    for element in root.xpath(path, namespaces=NS):
        element = copy.deepcopy(element)
        for lb in element.iter(f"{TEI}lb"):
            lb.text = " "
        found.append(" ".join("".join(element.itertext()).split()))
    return found


def source_halves(name: str) -> tuple[str, str]:
    """The English body (after the header) and the Chinese body (after the 专栏： line)."""
    english, chinese = (BILINGUAL / f"{name}.txt").read_text(encoding="utf-8").split("<hr />")
    english_body = english.split("\nPage:", 1)[1].split("\n", 1)[1]
    chinese_body = chinese.split("专栏：", 1)[1]
    return english_body, chinese_body


# ---- what each kind must give, in both languages ---------------------------------------------


def numbered_sections(d: Divisions) -> None:
    zh, en = (texts(d[lang], "t:div[@type='section']/t:head") for lang in ("zh-Hans", "en"))
    assert [h[:2] for h in zh] == ["一、", "二、", "三、", "四、"]
    assert [h[:2] for h in en] == ["1.", "2.", "3.", "4."]


def telegram_with_signatories(d: Divisions) -> None:
    for lang, place in (("zh-Hans", "北京"), ("en", "Beijing")):
        (letter,) = d[lang].xpath(".//t:div[@type='letter']", namespaces=NS)
        assert len(letter.xpath("t:closer/t:signed", namespaces=NS)) == 2
        assert len(letter.xpath("t:closer/t:dateline", namespaces=NS)) == 1
        assert place in " ".join(texts(letter, "t:opener"))  # the letter's place line, not a heading
        assert not d[lang].xpath(".//t:div[@type='section']", namespaces=NS)


def telegram_with_address(d: Divisions) -> None:
    for lang, place, sender in (("zh-Hans", "北京", "胡韦达"), ("en", "Beijing", "Hoveyda")):
        (letter,) = d[lang].xpath(".//t:div[@type='letter']", namespaces=NS)
        assert place in " ".join(texts(letter, "t:opener"))
        assert sender in " ".join(texts(letter, "t:closer/t:signed"))
        assert not d[lang].xpath(".//t:div[@type='section']", namespaces=NS)


def editors_note(d: Divisions) -> None:
    for lang, start in (("zh-Hans", "编者按："), ("en", "Editor's note:")):
        (note,) = texts(d[lang], ".//t:note[@type='editorial']")
        assert note.startswith(start)
        assert len(d[lang].xpath(".//t:div[@type='section']", namespaces=NS)) == 3
        assert not d[lang].xpath(".//t:div[@type='letter']", namespaces=NS)


def numbered_list(d: Divisions) -> None:
    for lang in ("zh-Hans", "en"):
        (items,) = [texts(lst, "t:item") for lst in d[lang].xpath(".//t:list", namespaces=NS)]
        assert len(items) == 7


def price_table(d: Divisions) -> None:
    for lang, title in (("zh-Hans", "本市物价表（五月廿六日）"), ("en", "Prices in This City (May 26)")):
        assert texts(d[lang], "t:head") == [title]
        (table,) = d[lang].xpath(".//t:table", namespaces=NS)
        rows = table.xpath("t:row", namespaces=NS)
        assert [len(row.xpath("t:cell", namespaces=NS)) for row in rows] == [3] * 8


def interview(d: Divisions) -> None:
    zh, en = d["zh-Hans"], d["en"]
    assert (
        " ".join(texts(zh, "t:head")) == "今年招收研究生的有关问题 教育部有关负责人答记者问"
    )  # (main title, subtitle)
    assert " ".join(texts(en, "t:head")).endswith("Answers a Reporter's Questions")
    assert texts(zh, ".//t:seg[@type='lead']") == ["新华社北京三月三日电"]
    assert " ".join(texts(en, ".//t:seg[@type='lead']")).startswith("Xinhua News Agency, Beijing, March 3")
    questions = [len([p for p in texts(div, ".//t:p") if re.match(r"问：|Question:", p)]) for div in (zh, en)]
    assert questions == [6, 6]
    assert not zh.xpath(".//t:div", namespaces=NS) and not en.xpath(".//t:div", namespaces=NS)


def letter_to_the_editor(d: Divisions) -> None:
    for lang, salute, signed in (
        ("zh-Hans", "编辑同志：", "山西农学院庶务科"),
        ("en", "Comrade Editor:", "General Affairs Section, Shanxi Agricultural College"),
    ):
        (letter,) = d[lang].xpath("t:div[@type='letter']", namespaces=NS)
        assert texts(letter, "t:opener/t:salute") == [salute]
        assert texts(letter, "t:closer/t:signed") == [signed]


def lead_with_reporter(d: Divisions) -> None:
    for lang, deck, reporter in (
        ("zh-Hans", "重申中国将继续为中东和平尽力", "（记者周树春）"),
        ("en", "Reaffirms That China Will Continue", "(reporter Zhou Shuchun)"),
    ):
        assert deck in " ".join(texts(d[lang], "t:head"))
        assert reporter in " ".join(texts(d[lang], ".//t:seg[@type='lead']"))
        assert not d[lang].xpath(".//t:div", namespaces=NS)


CREDITED = ".//t:byline | .//t:seg[@type='credit'] | .//t:note[@type='source']"


def closing_byline_and_dateline(d: Divisions) -> None:
    for lang, byline, credit in (
        ("zh-Hans", "本报记者王芳", "（本报巴黎6月25日电）"),
        ("en", "Our reporter Wang Fang", "(This paper, Paris, June 25)"),
    ):
        assert len(d[lang].xpath("t:div[@type='section']", namespaces=NS)) == 2
        assert not d[lang].xpath(".//t:div[@type='letter']", namespaces=NS)
        assert {byline, credit} <= set(texts(d[lang], CREDITED))


def glued_lead_and_credit(d: Divisions) -> None:
    for lang, lead, credit in (("zh-Hans", "本报讯", "（李克信）"), ("en", "Report of this paper", "(Li Kexin)")):
        assert " ".join(texts(d[lang], ".//t:seg[@type='lead']")).startswith(lead)
        assert credit in texts(d[lang], CREDITED)


def xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


#: fixture, what its kind must give, and why it fails today (None: it passes).
CASES: list[tuple[str, Callable[[Divisions], None], str | None, str | None]] = [
    # name, kind check, why the conversion fails today, why only the kind check fails today
    ("01-numbered-intertitles", numbered_sections, None, None),
    ("02-telegram-signatories", telegram_with_signatories, None, None),
    ("03-telegram-address", telegram_with_address, None, None),
    ("04-editors-note", editors_note, None, None),
    ("05-list", numbered_list, None, None),
    ("06-price-table", price_table, None, None),
    ("07-interview", interview, None, None),
    ("08-letter-to-the-editor", letter_to_the_editor, None, None),
    ("09-news-lead-reporter", lead_with_reporter, None, None),
    ("10-closing-byline-dateline", closing_byline_and_dateline, None, None),
    ("11-glued-lead-and-credit", glued_lead_and_credit, None, None),
]


def test_every_fixture_is_listed() -> None:
    assert sorted(p.stem for p in BILINGUAL.glob("*.txt")) == [name for name, *_ in CASES]
    sources = SOURCES.read_text(encoding="utf-8")
    assert all(f"`{name}.txt`" in sources for name, *_ in CASES)


def conversion_cases() -> list:
    return [pytest.param(name, id=name, marks=[xfail(fails)] if fails else []) for name, _, fails, _ in CASES]


def kind_cases() -> list:
    return [
        pytest.param(name, check, id=name, marks=[xfail(fails or lacks)] if fails or lacks else [])
        for name, check, fails, lacks in CASES
    ]


@pytest.mark.parametrize("name", conversion_cases())
def test_converts_valid_with_both_texts_intact(name: str) -> None:
    result = converted(name)
    assert result.tei is not None and not [d for d in result.diagnostics if d.level >= Level.ERROR], [
        str(d) for d in result.diagnostics
    ]
    d = divisions(name)
    english, chinese = source_halves(name)
    assert "".join("".join(d["zh-Hans"].itertext()).split()) == "".join(chinese.split())
    assert "".join(d["en"].itertext()).split() == english.split()


@pytest.mark.parametrize(("name", "check"), kind_cases())
def test_gives_what_its_kind_must_give(name: str, check: Callable[[Divisions], None]) -> None:
    check(divisions(name))


def test_the_chinese_half_is_the_source_article_untouched() -> None:
    """Every character of the corpus article, in order, and nothing else (only the layout is ours)."""
    rows = [
        re.match(r"\| `([^`]+)\.txt` \| `[^`]*?([^/`]+)` \|", row)
        for row in SOURCES.read_text(encoding="utf-8").splitlines()
    ]
    found = {m[1]: m[2] for m in rows if m}
    assert sorted(found) == [name for name, *_ in CASES]
    for name, file in found.items():
        (source,) = [folder / file for folder in CORPUS_COPIES if (folder / file).exists()]
        if source.suffix == ".json":
            original = "".join(part["text"] for part in json.loads(source.read_text(encoding="utf-8"))["parts"])
        else:
            original = source.read_text(encoding="utf-8").split("专栏：", 1)[1]
        assert "".join(source_halves(name)[1].split()) == "".join(original.split()), name


_BILINGUAL = """Title: I Am Determined to Take the Road of Integrating with the Poor and Lower-Middle Peasants
Author:
Date: 1969-07-05
Page: 3

I Am Determined to Take the Road of Integrating with the Poor and Lower-Middle Peasants

I came to the village three years ago. The road is right: the further I go the wider it grows.

First Test

In the first winter the brigade built a reservoir. I carried earth with the commune members every day.

Getting Rid of the Stale, Taking in the Fresh

The orchard was enlarged to one hundred and fifty mu, and the output rose greatly.

<hr />

Original:

### 和贫下中农结合的道路我走定了

1969-07-05
第3版()
专栏：

    和贫下中农结合的道路我走定了
    我到农村已经三年了。这条路，我走对了，越走路子越宽广。初　经　考　验
    第一个冬天，大队修水库。我每天和社员们一起挑土，肩膀压肿了，也没有停下来。
    “吐　故　纳　新”
    果园扩大到了一百五十亩，产量大增。
"""


def test_letterspaced_headings_alone_and_glued_mirror_in_a_bilingual_text(tmp_path: Path) -> None:
    """Made up on 1969-07-05's shape: a letterspaced heading glued to a paragraph's end, one alone."""
    # both languages must get the same sections (V104) and the TEI must validate (convert returns 0)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "12.txt").write_text(_BILINGUAL, encoding="utf-8")
    assert main(["convert", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--no-ner"]) == 0
    (xml,) = (tmp_path / "out").rglob("*.xml")
    heads = {
        lang: [
            "".join(div.find(f"{TEI}head").itertext())
            for div in etree.parse(str(xml)).getroot().iter(f"{TEI}div")
            if div.get("type") == "section" and f".{lang}." in div.get("{http://www.w3.org/XML/1998/namespace}id", "")
        ]
        for lang in ("zh", "en")
    }
    assert heads["zh"] == ["初　经　考　验", "“吐　故　纳　新”"]
    assert heads["en"] == ["First Test", "Getting Rid of the Stale, Taking in the Fresh"]
