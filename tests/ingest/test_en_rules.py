"""The English rules on real translations: tests/fixtures/bilingual (see its SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder import patterns as pt
from encoder.diagnostics import Reporter
from encoder.ingest.en_rules import en_addresses, en_block_rules, en_note_paragraphs
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import Block, BlockKind, Span

from .conftest import FIXTURES


def english(name: str) -> list[Block]:
    path: Path = FIXTURES / "bilingual" / f"{name}.txt"
    reporter = Reporter(str(path))
    (text,) = [t for t in parse(read_source(path, reporter=reporter), reporter).texts if t.lang == "en"]
    return text.blocks


def test_a_reporter_glued_to_the_last_paragraph_is_a_byline() -> None:
    found = english("10-closing-byline-dateline")
    assert [(b.kind, b.text) for b in found[-2:]] == [
        (BlockKind.BYLINE, "Our reporter Wang Fang"),
        (BlockKind.CREDIT, "(This paper, Paris, June 25)"),
    ]
    assert found[-3].text.endswith("will take the stage.")


def test_a_name_in_brackets_glued_to_the_last_paragraph_is_a_byline() -> None:
    found = english("11-glued-lead-and-credit")
    assert (found[-1].kind, found[-1].text) == (BlockKind.BYLINE, "(Li Kexin)")


def test_the_translated_leads() -> None:
    match = pt.EN_LEAD.match("Report of this paper: Tongliao City in Inner Mongolia raised funds")
    assert match is not None and match.group() == "Report of this paper"
    match = pt.EN_LEAD.match("Xinhua News Agency, Beijing, October 12 (reporter Zhou Shuchun): President")
    assert match is not None and match.group().endswith("(reporter Zhou Shuchun)")
    assert pt.EN_CREDIT.match("(Xinhua)") and not pt.EN_CREDIT.match("(Li Kexin)")


def test_numbered_sentences_in_sequence_are_list_items_and_a_heading_is_not() -> None:
    found = english("05-list")
    items = [b.text for b in found if b.kind is BlockKind.LIST_ITEM]
    assert len(items) == 7 and items[0].startswith("1. The Secretary-General") and items[-1] == "7. Parade."
    assert "Programme of the Ceremony" not in items
    numbered_headings = [b for b in english("01-numbered-intertitles") if b.text[:2] in ("1.", "2.", "3.", "4.")]
    assert numbered_headings and all(b.kind is not BlockKind.LIST_ITEM for b in numbered_headings)


_BILINGUAL = """Title: Premier Li Peng's Toast
Author:
Date: 1988-10-01
Page: 1

Premier Li Peng's Toast

(September 30, 1988) Distinguished guests, comrades:

On the occasion of the 39th anniversary of the founding of the People's Republic of China,
I extend warm congratulations.

<hr />

Original:

### 李鹏总理的祝酒词

1988-10-01
第1版()
专栏：

    李鹏总理的祝酒词
    （一九八八年九月三十日）各位来宾，各位同志：
    在庆祝中华人民共和国成立39周年之际，我代表党中央和国务院，向全国各族人民表示热烈的祝贺。
"""


def test_a_speechs_date_glued_before_its_address_is_read_as_on_the_chinese_side(tmp_path: Path) -> None:
    """Review of blocks-t: (September 30, 1988) Distinguished guests, comrades: is the place-date and
    the salutation, as （一九八八年九月三十日）各位来宾，各位同志： is (zh_dated): both sides alike."""
    path = tmp_path / "1988-10-01-toast.txt"
    path.write_text(_BILINGUAL, encoding="utf-8")
    reporter = Reporter(str(path))
    texts = {t.lang[:2]: t.blocks for t in parse(read_source(path, reporter=reporter), reporter).texts}
    assert [b.kind for b in texts["en"]] == [b.kind for b in texts["zh"]]
    assert [(b.kind, b.text) for b in texts["en"][1:3]] == [
        (BlockKind.PLACE_DATE, "(September 30, 1988)"),
        (BlockKind.SALUTATION, "Distinguished guests, comrades:"),
    ]


def test_a_date_run_into_a_sentence_or_no_date_in_brackets_stays_in_its_line(tmp_path: Path) -> None:
    """Near-misses: a bracketed date opening a sentence (no salutation), a bracket that is no date."""
    for line, kind in (
        ("(September 30, 1988) In the evening, the Great Hall of the People was ablaze with lights.", None),
        ("(Excerpts) Distinguished guests, comrades:", BlockKind.SALUTATION),
    ):
        text = _BILINGUAL.replace("(September 30, 1988) Distinguished guests, comrades:", line)
        path = tmp_path / "1988-10-01-toast.txt"
        path.write_text(text, encoding="utf-8")
        reporter = Reporter(str(path))
        (english_text,) = [t for t in parse(read_source(path, reporter=reporter), reporter).texts if t.lang == "en"]
        assert BlockKind.PLACE_DATE not in {b.kind for b in english_text.blocks}, line
        assert [b.text for b in english_text.blocks if b.text.startswith("(")] == [line]
        if kind is not None:
            assert english_text.blocks[1].kind is kind


def _blocks(*kinds_texts: tuple[BlockKind, str]) -> list[Block]:
    return [Block(kind, [[text]], Span("x.txt", n + 1)) for n, (kind, text) in enumerate(kinds_texts)]


_ORDER = (
    "Xinhua News Agency, Moscow, 1st: Marshal Vasilevsky today issued the following order in celebration of May Day:"
)


@pytest.mark.parametrize(
    ("above", "address", "body"),
    [
        # review of blocks-u, 1951-05-03's order translated: addressees each ended by "!"; the
        # announcement, read as a salutation for its colon, is a paragraph
        (
            (BlockKind.SALUTATION, _ORDER),
            "Comrades soldiers and sergeants! Comrades officers and generals!",
            "Today the working people of the Soviet Union celebrate May Day.",
        ),
        # review of body-w, 1954-09-02's order translated: addressees listed and closed by a colon
        # (the twin of zh_addresses.colon_address)
        (
            (
                BlockKind.PARAGRAPH,
                "Vietnam News Agency, 1st: General Vo Nguyen Giap issued the following order on National Day:",
            ),
            "Commanders and fighters of the regular army, local forces, militia and guerrillas of the whole country:",
            "This is the first time that our people celebrate National Day in peace.",
        ),
    ],
    ids=["exclaimed", "colon"],
)
def test_an_address_under_an_orders_announcement_is_the_salutation(
    above: tuple[BlockKind, str], address: str, body: str
) -> None:
    """The twin of zh_addresses: the addressees under the announcing paragraph are the salutation."""
    found = _blocks(
        (BlockKind.HEADLINE, "Order of the Day"), above, (BlockKind.PARAGRAPH, address), (BlockKind.PARAGRAPH, body)
    )
    en_addresses(found)
    assert [b.kind for b in found[1:]] == [BlockKind.PARAGRAPH, BlockKind.SALUTATION, BlockKind.PARAGRAPH]
    assert found[2].text == address


@pytest.mark.parametrize(
    ("above", "line"),
    [
        (_ORDER, "Long live our great Soviet people and their heroic army!"),  # a cheer
        (_ORDER, "We firmly support you, comrades!"),  # a sentence
        (_ORDER, "Comrades, we have won! Today is a holiday."),  # a sentence after the address
        ("The old soldier stood up and spoke to the crowd at great length:", "Comrades!"),  # no message
    ],
)
def test_no_address_under_an_announcement(above: str, line: str) -> None:
    found = _blocks((BlockKind.HEADLINE, "Order"), (BlockKind.PARAGRAPH, above), (BlockKind.PARAGRAPH, line))
    en_addresses(found)
    assert [b.kind for b in found[1:]] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


_NOTE = "Editor's note: If you are a cadre in a government office, ask yourself what you have done for the people."
_GOES_ON = "The Party and government offices must serve the people wholeheartedly; this is the lesson of Fujian."


def test_the_paragraphs_between_a_note_over_a_report_and_its_lead_are_the_notes() -> None:
    """The twin of zh_signed.note_paragraphs above a report (review of blocks-u, 2000-08-03
    translated): up to the dateline lead Fuzhou, August 2 (People's Daily):, the note's."""
    lead = "Fuzhou, August 2 (People's Daily): The Fujian Provincial Party Committee today held a meeting."
    found = _blocks(
        (BlockKind.HEADLINE, "Build a Diligent and Honest Government"),
        (BlockKind.EDITORIAL, _NOTE),
        (BlockKind.PARAGRAPH, _GOES_ON),
        (BlockKind.PARAGRAPH, lead),
        (BlockKind.PARAGRAPH, "The meeting called on cadres at every level to keep close ties with the masses."),
    )
    en_note_paragraphs(found)
    assert [b.kind for b in found[1:]] == [BlockKind.EDITORIAL] * 2 + [BlockKind.PARAGRAPH] * 2


@pytest.mark.parametrize(
    "below",
    [
        "[Related link] Ningde lies in eastern Fujian, one of the poorest areas of the country.",  # a box
        "The meeting called on cadres at every level to keep close ties with the masses.",  # no lead at all
    ],
)
def test_a_note_over_a_report_ends_at_no_bracketed_label(below: str) -> None:
    found = _blocks(
        (BlockKind.HEADLINE, "Title"),
        (BlockKind.EDITORIAL, _NOTE),
        (BlockKind.PARAGRAPH, _GOES_ON),
        (BlockKind.PARAGRAPH, below),
    )
    en_note_paragraphs(found)
    assert [b.kind for b in found[2:]] == [BlockKind.PARAGRAPH] * 2


@pytest.mark.parametrize(
    "line",
    [
        "Comrades, I want to tell you:",  # a pronoun and a verb of telling: the speaker's sentence
        "Friends of the whole world, on behalf of the Chinese people we say:",
        "The commanders and fighters of the whole army:",  # no address's opening word
        "Comrades. Today we celebrate:",  # a sentence's end inside
    ],
)
def test_no_colon_address_of_a_sentence_under_an_announcement(line: str) -> None:
    found = _blocks((BlockKind.HEADLINE, "Order"), (BlockKind.PARAGRAPH, _ORDER), (BlockKind.PARAGRAPH, line))
    en_addresses(found)
    assert [b.kind for b in found[1:]] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


_BODY = "This is a paragraph of the report, telling at some length what happened at the works this year."
_AFTER = "The method of the works is feasible for many enterprises, or at least worth drawing on by others."


@pytest.mark.parametrize("label", ["Editor's Note", "Afterword", "Editors' Words", "A Word from the Editors"])
def test_a_notes_label_alone_closing_the_text_makes_its_paragraphs_the_note_to_the_end(label: str) -> None:
    """The twin of zh_signed.label_lines (review of body-w, 1981-10-03 translated): the label alone in the
    second half and every paragraph under it to the end, the note's signer included, are the note."""
    found = _blocks(
        (BlockKind.HEADLINE, "Title"),
        *[(BlockKind.PARAGRAPH, _BODY)] * 6,
        (BlockKind.PARAGRAPH, label),
        (BlockKind.PARAGRAPH, _AFTER),
        (BlockKind.PARAGRAPH, _AFTER),
        (BlockKind.PARAGRAPH, _AFTER),
        (BlockKind.PARAGRAPH, "The Editors"),
    )
    en_block_rules(found, "Title")
    assert [b.kind for b in found[1:]] == [BlockKind.PARAGRAPH] * 6 + [BlockKind.EDITORIAL] * 5


def test_no_note_under_a_label_in_the_first_half_or_over_a_letter_to_the_paper() -> None:
    """A label alone high in the text over more text, or heading a letter addressed to the paper (Dear
    Editor:): no note is made of the paragraphs under it."""
    found = _blocks(
        (BlockKind.HEADLINE, "Title"),
        (BlockKind.PARAGRAPH, _BODY),
        (BlockKind.PARAGRAPH, "Afterword"),
        (BlockKind.PARAGRAPH, _AFTER),
        *[(BlockKind.PARAGRAPH, _BODY)] * 4,
        (BlockKind.BYLINE, "Our reporter Wang Fang"),
    )
    en_block_rules(found, "Title")
    assert BlockKind.EDITORIAL not in {b.kind for b in found}
    found = _blocks(
        (BlockKind.HEADLINE, "Title"),
        (BlockKind.EDITORIAL, "Editor's Note"),
        (BlockKind.SALUTATION, "Dear Editor:"),
        *[(BlockKind.PARAGRAPH, _BODY)] * 3,
    )
    en_block_rules(found, "Title")
    assert [b.kind for b in found[2:]] == [BlockKind.SALUTATION] + [BlockKind.PARAGRAPH] * 3


def test_a_date_after_a_signer_is_cut_off_as_the_chinese_side_cuts_it() -> None:
    """The real bilingual telegrams (tests/fixtures/aligned/telegrams-2-1.txt): Southern Hebei District
    Party Committee, May 9 is the signer, then its place-date, as 冀南区党委  五月九日 is (zh_closers);
    a signer with a formula and no date (…of the CCP, with respectful congratulations) stays whole."""
    path = FIXTURES / "aligned" / "telegrams-2-1.txt"
    reporter = Reporter(str(path))
    texts = {t.lang[:2]: t.blocks for t in parse(read_source(path, reporter=reporter), reporter).texts}
    assert [b.kind for b in texts["en"][-4:]] == [b.kind for b in texts["zh"][-4:]]
    assert [(b.kind, b.text) for b in texts["en"] if b.kind in (BlockKind.SIGNATURE, BlockKind.PLACE_DATE)] == [
        (BlockKind.SIGNATURE, "Southern Hebei District Party Committee,"),
        (BlockKind.PLACE_DATE, "May 9"),
        (BlockKind.SIGNATURE, "Hebei-Shandong-Henan District Committee of the CCP, with respectful congratulations"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Zhou Enlai, September 19, 1958",  # (a place-date by its short head: en_closing_kind's, left)
        "Southern Hebei District Party Committee, May",  # (a month with no day)
        "Southern Hebei District Party Committee, May 9, 1946, May 10",  # (two dates)
    ],
)
def test_no_date_is_cut_off_a_line_that_is_no_signer_or_no_single_date(line: str) -> None:
    blocks = [Block(BlockKind.SIGNATURE if "Committee" in line else BlockKind.PLACE_DATE, [[line]], Span("x", 1))]
    en_block_rules(blocks, None)
    assert [b.text for b in blocks] == [line]
