"""Where a Chinese text's words end and names in brackets (encoder/ingest/zh_ends.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.ingest.zh_ends import REPORTER_LINE, bracketed_names
from encoder.model import BlockKind, Phrase, PhraseKind

from .test_zh_tails import article

_TEXT = ["这是第一段话，说了一些事情。", "这是最后一段话，说完了。"]
#: Editors' remarks, a place and parts of a series in brackets: none is a name.
_NO_NAMES = [
    "（节选）",
    "（摘要）",
    "（有删节）",
    "（未完待续）",
    "（全文完）",
    "（附表）",
    "（草案）",
    "（北京）",
    "（上）",
    "（下）",
    # a final review's: a reprint, a translation, a note, an omission
    "（节录）",
    "（选载）",
    "（转载）",
    "（译文）",
    "（有改动）",
    "（全文）",
    "（注）",
    "（略）",
    "（译）",
]


def test_names_in_brackets_are_names_not_remarks_places_or_numbers() -> None:
    for names in (
        "（晓江）",
        "（林）",
        "（周义、罗彦）",
        "（汤苏文　许星）",
        "（洪胜平  杨国平）",
        "（史长城  杜志宏  陈宝全）",
    ):
        assert bracketed_names(names), names
    for text in [*_NO_NAMES, "（附图片）", "（待续）", "（完）", "（一）", "（十二）"]:
        assert not bracketed_names(text), text


@pytest.mark.parametrize("note", _NO_NAMES)
def test_an_editors_remark_in_brackets_closing_the_text_is_no_byline(tmp_path: Path, note: str) -> None:
    """Above （附图片）, as the last line, or glued to the last sentence: the remark is no byline."""
    for parts in ([*_TEXT, note, "（附图片）"], [*_TEXT, note], [_TEXT[0], _TEXT[1] + note]):
        found = article(tmp_path, "随笔", parts)
        assert BlockKind.BYLINE not in {block.kind for block in found}, parts
    found = article(tmp_path, "随笔", [*_TEXT, "（晓江）", "（附图片）"])
    assert [b.kind for b in found[-2:]] == [BlockKind.BYLINE, BlockKind.CAPTION]


def test_a_number_in_brackets_closing_the_text_is_no_byline(tmp_path: Path) -> None:
    """（一） after the last sentence (the first part of a series), alone or above （附图片）."""
    for parts in ([*_TEXT, "（一）"], [*_TEXT, "（一）", "（附图片）"]):
        found = article(tmp_path, "随笔", parts)
        assert [b.kind for b in found if b.text == "（一）"] not in ([], [BlockKind.BYLINE])


def test_an_agencys_credit_in_brackets_is_no_name(tmp_path: Path) -> None:
    """（新华社） glued to the last sentence (1953-09-07) credits the agency: it stays a credit phrase
    of the paragraph (for every agency a credit line names), not a byline cut off it."""
    for credit in ("（新华社）", "（本报）", "（塔斯社）", "（中央社）"):
        assert not bracketed_names(credit), credit
        found = article(tmp_path, "随笔", [_TEXT[0], _TEXT[1] + credit])
        assert [b.kind for b in found[1:]] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH], credit
        last = found[-1].lines[-1][-1]
        assert isinstance(last, Phrase) and last.kind is PhraseKind.CREDIT and last.text == credit, credit


@pytest.mark.parametrize(
    "writers",
    [
        "北京市南苑区红星社下放干部  董卜一",  # 1958-05-03: a cadre sent down to a co-operative, his name
        "江西省革命委员会　精简领导小组办事组",  # 1969-09-02: a provincial committee, its office
    ],
)
def test_the_writers_unit_and_name_closing_the_text_are_its_byline(tmp_path: Path, writers: str) -> None:
    """The writers' unit or role and a name (or the unit's office), words alone, under a paragraph
    that ends its sentence, as the last line: the byline."""
    found = article(tmp_path, "来信", [*_TEXT, writers])
    assert found[-1].kind is BlockKind.BYLINE


def test_slogans_and_a_poems_lines_closing_the_text_are_no_byline(tmp_path: Path) -> None:
    """Slogans set apart (人民公社万岁, …好) and a poem's last line under another are no writers."""
    for parts in (
        [*_TEXT, "社会主义好　人民公社好"],
        [*_TEXT, "伟大的人民公社　万岁"],  # (only the 万岁 guard keeps it)
        [_TEXT[0], "高山见了要低头　河水见了要让路", "人民公社的社员　个个力大无边"],
    ):
        found = article(tmp_path, "诗", parts)
        assert found[-1].kind is not BlockKind.BYLINE, parts


@pytest.mark.parametrize(
    "lines",
    [
        "中国共产党中央委员会　一九七六年十月七日",
        "北京市革命委员会　一九六九年九月二日",
        "中华人民共和国国务院　一九五四年十月",
        "上海市　一九五八年五月一日",
        "解放军某部　全体战士",
    ],
)
def test_a_unit_over_a_date_or_all_of_a_unit_is_no_byline(tmp_path: Path, lines: str) -> None:
    """A unit and a date (a signature and its place-date), all of a unit (a letter's signers), and
    no second part longer than a name but the unit's office: no byline."""
    found = article(tmp_path, "来信", [*_TEXT, lines])
    assert found[-1].kind is not BlockKind.BYLINE


def test_names_padded_wide_in_brackets_close_the_text(tmp_path: Path) -> None:
    """（洪胜平  杨国平） (2003-07-02) under the last sentence signs it (seven writers, read as names
    one by one, are the structure pass's: ``tests/enrich/test_zh_pieces.py``)."""
    found = article(tmp_path, "随笔", [*_TEXT, "（洪胜平  杨国平）"])
    assert found[-1].kind is BlockKind.BYLINE and found[-1].text == "（洪胜平  杨国平）"


def test_more_names_than_their_shape_tells_numerals_or_a_list_are_no_names() -> None:
    """Past four items the shape alone tells no names (a list of agencies, cities, crops); numerals
    parted by 、 are none; a trailing 等 ends a list, not writers (the review's inputs)."""
    for text in (
        "（塔斯社、美联社、法新社、路透社、合众社）",
        "（北京、天津、石家庄、太原、济南、郑州）",
        "（小麦、玉米、高粱、谷子、大豆）",
        "（一、二、三、四、五）",
        "（一、二）",
        "（张三、李四、王五等）",
    ):
        assert not bracketed_names(text), text
    assert bracketed_names("（陈璜、南田、蔡泛、卢志成、冀春、张四维、杨岱华）", most=8)


def test_several_reporters_unnamed_slashed_or_run_together_are_a_byline(tmp_path: Path) -> None:
    """Roles alone padded or slashed apart at the end (1971-07-09, 1972-12-06) and two papers'
    reporters run together under the title (1996-07-02) are a reporter's line; a sentence that
    runs a reporter into words that are no paper's (…张宿堂县里的通讯员张苹) is none."""
    for line in ("新华社通讯员\u3000新华社记者", "本报通讯员/本报记者", "新华社记者张宿堂黑龙江日报记者张苹"):
        assert REPORTER_LINE.match(line), line
        found = article(tmp_path, "随笔", [*_TEXT, line])
        assert found[-1].kind is BlockKind.BYLINE and found[-1].text == line, line
    assert not REPORTER_LINE.match("新华社记者张宿堂县里的通讯员张苹")


def test_one_role_and_several_names_are_a_reporters_line() -> None:
    """One role, then the names it covers, padded or paused apart (review of blocks-t); not a role
    and a sentence after it."""
    for line in ("本报记者\u3000张维\u3000李明", "新华社记者　张维　李明　王强", "本报记者　张维、李明"):
        assert REPORTER_LINE.match(line), line
    assert not REPORTER_LINE.match("本报记者　张维　今天到达了北京市")


_BODY = "这是本文的正文，说明了很多情况，写得相当长。"


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        (
            "通讯员之歌",
            [
                "手握钢笔当武器，",
                "满腔热情写英雄；",
                "工农兵的好故事，",
                "篇篇写进报纸中。",
                "我是人民的通讯员\u3000我是党的好记者",
            ],
        ),
        ("一篇文章", [_BODY, _BODY, "美联社记者采访新华社记者"]),
        ("采访札记", ["一位老记者和他的报社通讯员", _BODY, _BODY]),
    ],
)
def test_roles_of_any_words_or_with_words_between_are_no_byline(tmp_path: Path, title: str, parts: list[str]) -> None:
    """The review's r2k, r2n, r2i: a poem's line of two roles, a sentence of two agencies' reporters
    (采访 between them), a title's deck of two roles (和他的 between them) are no reporters' line."""
    assert not [block.text for block in article(tmp_path, title, parts) if block.kind is BlockKind.BYLINE]
    for line in ("我是人民的通讯员\u3000我是党的好记者", "美联社记者采访新华社记者", "一位老记者和他的报社通讯员"):
        assert not REPORTER_LINE.match(line), line


#: The last sentences of a report of 1950-07-02 (各地简讯), as the review's probes wrote them.
_NEWS = [
    "唐山市为纪念“七一”，一日召开全市党员干部大会，传达市委下半年工作计划。",
    "绥远省武川县第一期农训班已于六月二十五日毕业，此次参加学习学员共一○二名。",
]


def test_a_source_or_a_remark_naming_a_unit_is_no_unit_of_writers(tmp_path: Path) -> None:
    """（据县委报道组） closing the text is a credit (as （据新华社讯） is), alone or glued; （摘自…）,
    （即…）, （简称…） naming a unit are no writers, alone or glued to the last sentence."""
    for parts in ([*_NEWS, "（据县委报道组）"], [_NEWS[0], _NEWS[1] + "（据县委报道组）"]):
        found = article(tmp_path, "某村工作经验", parts)
        assert [b.kind for b in found[1:]] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.CREDIT], parts
    for remark in ("（摘自武乡联合办公室）", "（即县委通讯报道组）", "（简称通讯组）"):
        for parts in ([*_NEWS, remark], [_NEWS[0], _NEWS[1] + remark]):
            found = article(tmp_path, "某村工作经验", parts)
            assert BlockKind.BYLINE not in {b.kind for b in found}, parts


@pytest.mark.parametrize(
    "remark", ["（热烈鼓掌）", "（笑声）", "（掌声）", "（全场起立）", "（欢呼）", "（五月）", "（下午）", "（同上）"]
)
def test_the_audience_a_month_or_a_repeat_closing_the_text_is_no_byline(tmp_path: Path, remark: str) -> None:
    """A speech's last line in brackets, applause or laughter, a month or 同上, a full stop after it
    or not, is no byline: no writers' names."""
    assert not bracketed_names(remark), remark
    for last in (remark, remark + "。"):
        found = article(tmp_path, "在大会上的讲话", [*_NEWS, last])
        assert found[-1].kind is not BlockKind.BYLINE, last  # (a paragraph; （五月） a date)


def test_writers_in_brackets_close_the_text_above_its_notes_by_one_rule(tmp_path: Path) -> None:
    """A pen name or a unit of writers, a full stop after it or not, alone under the last sentence or
    glued to it, above （附图片） or （新华社）: the byline, as at the very end."""
    for writers in ("（白金贵）", "（白金贵）。", "（武乡联合办公室）"):
        for note in ("（附图片）", "（新华社）"):
            found = article(tmp_path, "某村", [*_NEWS, writers, note])
            assert (found[-2].kind, found[-2].text) == (BlockKind.BYLINE, writers), note
    for writers in ("（白金贵）", "（武乡联合办公室）"):
        found = article(tmp_path, "某村", [_NEWS[0], _NEWS[1] + writers + "（附图片）"])
        assert [(b.kind, b.text) for b in found[-2:]] == [
            (BlockKind.BYLINE, writers),
            (BlockKind.CAPTION, "（附图片）"),
        ]


def test_a_reporter_padded_before_the_word_of_his_picture_is_a_reporters_line() -> None:
    """Outside the gold, 1975-12-04 and 1976-05-07: 新华社记者 摄 under a picture's caption; padded names too
    (新华社记者  刘建国  摄, 2000-01-02); not a sentence after the role or the name (新华社记者　今天摄下了)."""
    for line in ("新华社记者 摄", "新华社记者  刘建国  摄", "本报记者　张维　李明　摄"):
        assert REPORTER_LINE.match(line), line
    for line in ("新华社记者　今天摄下了这个镜头", "新华社记者　刘建国　摄下了这个镜头", "新华社记者，摄"):
        assert not REPORTER_LINE.match(line), line
