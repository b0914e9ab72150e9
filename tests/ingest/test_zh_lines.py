"""Chinese lines decided from their neighbours (encoder/ingest/zh_lines.py), and the rules of
the other Chinese modules, on real articles of the JSON distribution
(``tests/fixtures/rmrb-json-dev/``): each test names the article and what it shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.diagnostics import Reporter
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.ingest.zh_lines import EXCELLENCY, bare_intertitles
from encoder.model import Block, BlockKind, Span

from .conftest import FIXTURES

DEV = FIXTURES / "rmrb-json-dev"


def blocks(prefix: str) -> list[Block]:
    """The Chinese blocks the classifier makes of the dev article whose name starts with ``prefix``."""
    (path,) = sorted(DEV.glob(f"{prefix}*.json"))
    reporter = Reporter(str(path))
    return parse(read_source(path, reporter=reporter), reporter).texts[0].blocks


def kind_of(found: list[Block], text: str) -> BlockKind:
    """The kind of the block whose text is ``text`` (white space at its edges aside)."""
    (kind,) = [block.kind for block in found if block.text.strip() == text]
    return kind


def test_an_addressee_ending_in_excellency_needs_no_colon() -> None:
    assert EXCELLENCY.match("中华人民共和国国务院总理周恩来先生阁下")
    assert not EXCELLENCY.match("在向阁下祝贺贵国的成功的时候，我非常希望")  # (a sentence addressing him)


def test_an_editors_note_above_the_title_leaves_the_headline_below_it() -> None:
    """1973-10-20: 编者按 printed above 积极开展综合利用工作; the signing committee under it."""
    found = blocks("1973-10-20")
    assert [b.kind for b in found[:3]] == [BlockKind.EDITORIAL, BlockKind.HEADLINE, BlockKind.BYLINE]
    assert found[1].text == "积极开展综合利用工作"


def test_headings_without_a_final_mark_between_ended_paragraphs() -> None:
    """2000-02-16: three section heads with commas; 1953-07-05: the heads of readers' letters,
    longer than the same-indent rule takes; 1988-09-20: a quoted head."""
    found = blocks("2000-02-16")
    for head in (
        "降低阻力，减小震动，平稳推进改革",
        "公开操作，公平竞争，让职工参与改革",
        "尽量减少下岗职工，尽量减少下岗痛苦",
    ):
        assert kind_of(found, head) is BlockKind.INTERTITLE
    assert (
        kind_of(blocks("1953-07-05_读者来信"), "淮南盐务管理局所属各机关人浮于事的现象十分严重") is BlockKind.INTERTITLE
    )
    assert kind_of(blocks("1988-09-20"), "“我们是好朋友”") is BlockKind.INTERTITLE


def test_a_paragraph_the_export_broke_is_no_heading() -> None:
    """1963-02-22: under the heading 省一分钱就多一分积累 the export broke the paragraph after
    黄浦区废品商店有个老管家，他有几个出名的 (its sentence goes on in the next part): a paragraph."""
    assert kind_of(blocks("1963-02-22"), "黄浦区废品商店有个老管家，他有几个出名的") is BlockKind.PARAGRAPH


def test_one_line_with_commas_alone_is_no_heading() -> None:
    """The opening of a paragraph broken in mid-sentence (1951-12-14, 批判我的反动的改良主义思想:
    一九四八年，曾经陆续透过特务检查网寄到我手里 / 一些进步刊物…) has the form of a head with
    commas; one alone in a text is left a paragraph, two or more are a series of heads. (The
    three parts as they stand there, the last cut at its first sentence.)"""
    texts = [
        "解放军的节节胜利，国民党反动派在政治上和经济上的日趋紊乱和崩溃，使我对它的幻想破碎了。",
        "一九四八年，曾经陆续透过特务检查网寄到我手里",
        "一些进步刊物和通过进步朋友的关系借到的毛主席的少数著作，使我初步地了解了共产党的一些政策，思想上起了一些波动。",
    ]
    found = [Block(BlockKind.PARAGRAPH, [[text]], Span("x", number, 1)) for number, text in enumerate(texts, 1)]
    bare_intertitles(found)
    assert [block.kind for block in found] == [BlockKind.PARAGRAPH] * 3
    doubled = found + [Block(block.kind, [[block.text]], Span("x", 9, 1)) for block in found]
    bare_intertitles(doubled)
    assert [block.kind for block in doubled][1::3] == [BlockKind.INTERTITLE] * 2


def test_a_heading_over_a_news_item_that_opens_with_its_lead() -> None:
    """1951-09-06: 京天主教北堂区革新委员会代表三千教徒拥护政府措施 stands over 【本报讯】…书面意见如下：
    (the item ends in a colon, announcing the statement): a heading, as the two above it are."""
    found = blocks("1951-09-06")
    assert kind_of(found, "京天主教北堂区革新委员会代表三千教徒拥护政府措施") is BlockKind.INTERTITLE
    assert kind_of(found, "上海宗教界认为驱逐黎培里对教徒爱国运动是一大鼓励") is BlockKind.INTERTITLE


def test_the_opening_words_of_a_quoted_document_are_no_heading() -> None:
    """1979-11-04: the resolution quoted in full opens with the part “大会 (its quotation closes
    parts later): a paragraph, not a short heading."""
    found = blocks("1979-11-04")
    assert kind_of(found, "“大会") is BlockKind.PARAGRAPH
    assert not [block for block in found if block.kind is BlockKind.INTERTITLE]


def test_a_heading_glued_to_the_end_of_the_paragraph_before_it() -> None:
    """1961-01-18 (要闻快报): …提高生产水平。一年节约用煤二十一万多吨 — the next item's heading, the
    others standing alone; 1999-02-13 (期刊头条): …根本途径。文史哲, and the title run into the
    first heading (期刊头条中国社会科学)."""
    found = blocks("1961-01-18")
    assert kind_of(found, "一年节约用煤二十一万多吨") is BlockKind.INTERTITLE
    before = found[[block.text for block in found].index("一年节约用煤二十一万多吨") - 1]
    assert before.kind is BlockKind.PARAGRAPH and before.text.endswith("并迅速提高生产水平。")
    found = blocks("1999-02-13")
    assert [(block.kind, block.text[:6]) for block in found] == [
        (BlockKind.HEADLINE, "期刊头条"),
        (BlockKind.INTERTITLE, "中国社会科学"),
        (BlockKind.PARAGRAPH, "1998年第"),
        (BlockKind.INTERTITLE, "文史哲"),
        (BlockKind.PARAGRAPH, "1998年第"),
    ]


def test_a_reporter_glued_to_a_paragraph_is_no_heading() -> None:
    """1998-06-26 (法兰西集萃): …。本报记者王芳 ends an item as the heading tails do; not a heading."""
    found = blocks("1998-06-26")
    assert not [block for block in found if block.kind is BlockKind.INTERTITLE and "记者" in block.text]


def test_a_series_of_one_word_headings_and_their_decks() -> None:
    """2003-01-03: 目击 (under the byline), 倾听, 回望 head the three parts, each with a deck line
    under it (特价套餐卖素菜，…10种每份2.5元; …操死心了！; …巨变源于新机制的运行)."""
    found = blocks("2003-01-03_大学生")
    heads = [block.lines for block in found if block.kind is BlockKind.INTERTITLE]
    assert [lines[0][0] for lines in heads] == ["目击", "倾听", "回望"]
    assert [lines[1][0][:8] for lines in heads] == ["特价套餐卖素菜，", "每日就餐者数以万", "校内餐饮2002"]
    assert kind_of(found, "本报记者  刘毅") is BlockKind.BYLINE


def test_a_photographers_line_between_captions_is_no_heading() -> None:
    """1966-01-06: 上图：… / 新华社记者　董荣贵摄 / 下图：… / 新华社记者　周树铭摄, after the text;
    the photographer credits the picture above him (a byline), whatever stands around him."""
    found = blocks("1966-01-06")
    assert kind_of(found, "新华社记者\u3000董荣贵摄") is BlockKind.BYLINE
    assert kind_of(found, "新华社记者\u3000周树铭摄") is BlockKind.BYLINE
    # a heading that names a reporter is no photographer's line (1986-09-01, a column of news items)
    assert kind_of(blocks("1986-09-01_国际要闻简报"), "苏联拘留美驻苏记者丹尼洛夫") is BlockKind.INTERTITLE


def test_a_line_of_the_form_of_a_texts_other_headings_is_one() -> None:
    """Where a text already has two bare headings, a line of their form between ended paragraphs is
    one too: 1962-05-03 (在新奥尔良 … 在阿拉巴马州) 在密士失必州, though the paragraph under it is
    short (格里芬决定到密士失必州去。); 1977-07-04 (要按唯物辩证法办事, 要有创造条件大上的雄心)
    要敢于领导，又善于领导, its only line with a comma."""
    assert kind_of(blocks("1962-05-03_“我就像黑人一样”"), "在密士失必州") is BlockKind.INTERTITLE
    assert kind_of(blocks("1977-07-04_棉花要大上"), "要敢于领导，又善于领导") is BlockKind.INTERTITLE


def test_a_line_twice_as_long_as_the_texts_headings_is_none() -> None:
    """A line longer than twice the text's longest heading stays a paragraph (the export broke it)."""
    texts = [
        "在新奥尔良",
        "他来到了这里。",
        "在阿拉巴马州",
        "他又来到了那里。",
        "一九四八年，曾经陆续透过特务检查网寄到我手里",
        "一些进步刊物。",
    ]
    found = [Block(BlockKind.PARAGRAPH, [[text]], Span("x", number, 1)) for number, text in enumerate(texts, 1)]
    found[0].kind = found[2].kind = BlockKind.INTERTITLE
    bare_intertitles(found)
    assert found[4].kind is BlockKind.PARAGRAPH
    found[4].lines = [["在密士失必州"]]
    bare_intertitles(found)
    assert found[4].kind is BlockKind.INTERTITLE


def test_a_broken_sentence_or_a_couplet_between_headings_that_open_each_their_way_is_none(
    tmp_path: Path,
) -> None:
    """Headings that do not open alike (坚持… / 发扬…, 依靠… / 发扬…) show no form: a sentence the
    export broke (一九六三年，大寨遭到了特大的洪水 / 灾害，…) and a couplet between ended paragraphs
    (山高挡不住愚公志，水深难不倒大寨人) stay paragraphs."""
    from .test_zh_tails import article  # (that module reads this one's helpers)

    long = "大寨人从来不向困难低头。他们在七沟八梁一面坡上修起了层层梯田，把荒山变成了良田。"
    found = article(
        tmp_path,
        "大寨人的革命精神",
        [
            "坚持自力更生的方针",
            long,
            "发扬艰苦奋斗的作风",
            long,
            "一九六三年，大寨遭到了特大的洪水",
            "灾害，" + long,
            long,
        ],
    )
    assert kind_of(found, "一九六三年，大寨遭到了特大的洪水") is BlockKind.PARAGRAPH
    found = article(
        tmp_path,
        "山区人民学大寨",
        ["依靠集体力量改变山河面貌", long, "发扬自力更生的革命精神", long, "山高挡不住愚公志，水深难不倒大寨人", long],
    )
    assert kind_of(found, "山高挡不住愚公志，水深难不倒大寨人") is BlockKind.PARAGRAPH


_BODY = "这是一段足够长的正文，讲述了工厂里的工人们如何克服困难、改进技术、提高产量，并取得了显著的成绩。"


def test_a_question_in_a_text_with_headings_stays_a_paragraph(tmp_path: Path) -> None:
    """A question alone between paragraphs, in a text with headings, is no heading: a line of dialogue
    (“你们是哪个部队的？” over the reply “我们是人民解放军，…”他笑着说), a rhetorical question under a
    numbered heading (这难道不是事实吗？), an interviewer's question with no 记者： (农业生产情况怎么样？)."""
    from .test_zh_tails import article  # (that module reads this one's helpers)

    reply = "“我们是人民解放军，是来帮助老乡们的。”他笑着说，一边放下背包，帮着老大娘挑起水来。"
    dialogue = ["村里来了新书记", "一天夜里，有人敲响了老大娘家的门。", "“你们是哪个部队的？”", reply]
    found = article(tmp_path, "老区新貌", [*dialogue, "山沟里办起了工厂", _BODY])
    assert kind_of(found, "“你们是哪个部队的？”") is BlockKind.PARAGRAPH
    numbered = ["一、必须坚持实事求是", _BODY, "这难道不是事实吗？", _BODY, "二、必须依靠群众", _BODY]
    found = article(tmp_path, "社论", ["坚持真理修正错误", _BODY, *numbered])
    assert kind_of(found, "这难道不是事实吗？") is BlockKind.PARAGRAPH
    interview = ["本报记者\u3000张三", _BODY, "改革开放二十年", _BODY, "您怎样看待今年的经济形势？", _BODY]
    found = article(tmp_path, "访某部长", [*interview, "农业生产情况怎么样？", _BODY])
    assert kind_of(found, "农业生产情况怎么样？") is BlockKind.PARAGRAPH


def test_a_speechs_address_over_numbered_headings_is_no_heading(tmp_path: Path) -> None:
    """各位代表，同志们 right under the title, over the speech's first paragraph, with 一、/二、 headings
    below: the address, no first item's heading."""
    from .test_zh_tails import article  # (that module reads this one's helpers)

    parts = ["各位代表，同志们", _BODY, "一、关于国民经济", _BODY, "二、关于文化教育", _BODY]
    found = article(tmp_path, "在全国人民代表大会上的讲话", parts)
    assert kind_of(found, "各位代表，同志们") is not BlockKind.INTERTITLE


def test_a_question_or_a_colon_line_set_as_the_texts_bare_headings_is_one() -> None:
    """Where a text sets a heading as a bare line, a line of that size between an ended paragraph and
    body text is one though it asks or holds a colon: 1960-04-09 这次运动说明了什么？ (beside
    学习是胜利的根本保证), 2001-12-03 “召回”：从制度做起 (beside 有缺陷就应召回), 2002-01-04
    “别让他们走了，行吗？” (beside 带着感情做事在实践中成长, its comma inside the quotation)."""
    assert kind_of(blocks("1960-04-09_技术革命"), "这次运动说明了什么？") is BlockKind.INTERTITLE
    assert kind_of(blocks("2001-12-03_缺陷产品"), "“召回”：从制度做起") is BlockKind.INTERTITLE
    assert kind_of(blocks("2002-01-04_干部受教育"), "“别让他们走了，行吗？”") is BlockKind.INTERTITLE


def test_a_marked_line_is_no_heading_without_a_bare_one_or_out_of_its_shape(tmp_path: Path) -> None:
    """Near-misses: the same question in a text with no bare heading; a cry (…！), a line announcing
    (…如下：), a line longer than twice the bare heading, a question whose paragraph above runs on
    (…，), a question over a short line, in a text that has one."""
    from .test_zh_tails import article  # (that module reads this one's helpers)

    question = "这次运动说明了什么？"
    found = article(tmp_path, "技术革命向前进", [_BODY, question, _BODY, _BODY])
    assert kind_of(found, question) is BlockKind.PARAGRAPH
    heading = ["学习是胜利的根本保证", _BODY]
    for line in ("我们一定要胜利！", "主要的经验如下：", "这次运动究竟说明了一些什么样的重要问题呢？"):
        found = article(tmp_path, "技术革命向前进", [_BODY, line, _BODY, *heading])
        assert kind_of(found, line) is BlockKind.PARAGRAPH, line
    found = article(tmp_path, "技术革命向前进", ["运动开展以来，", question, _BODY, *heading])
    assert kind_of(found, question) is BlockKind.PARAGRAPH
    found = article(tmp_path, "技术革命向前进", [_BODY, question, "是什么呢？", *heading])
    assert kind_of(found, question) is BlockKind.PARAGRAPH


_STORY_BODY = "这是一段足够长的正文，讲述了工厂里的工人们如何克服困难、改进技术、提高产量，并取得了显著的成绩。"
_ANSWER = "我们主要是抓了技术革新，发动群众想办法，提高了劳动效率，节约了原材料，今年的产量翻了一番。"


def _story(line: str, under: str = _ANSWER) -> list[str]:
    """A story with bare headings, ``line`` alone between an ended paragraph and body text."""
    return [_STORY_BODY, "一心为集体", _STORY_BODY, line, under, "艰苦奋斗的作风", _STORY_BODY]


@pytest.mark.parametrize(
    ("line", "under"),
    [
        ("老队长说：不行", "他这一句话，把大家都说服了，会场上顿时安静下来，谁也不再说什么了。"),
        ("有人问：为什么？", "老队长笑了笑，没有回答，扛起锄头就下地去了。大家跟在后面，谁也不再说什么了。"),
        ("记者：你们是怎么做的？", _ANSWER),
        ("问：今年的打算怎样？", _ANSWER),
        ("时间：1960年5月", _ANSWER),
        ("难道这就是命运吗？", _ANSWER),
    ],
)
def test_speech_a_field_or_a_rhetorical_question_beside_bare_headings_stays_body(
    tmp_path: Path, line: str, under: str
) -> None:
    """Near-misses of marked_siblings (review of blocks-t): reported speech (a colon after a verb of
    speech), a speaker's turn or an interview's single question (a short label before the colon), a
    record's field line (label: value), a rhetorical question (难道…吗？): body, not headings."""
    from .test_zh_tails import article  # (that module reads this one's helpers)

    found = article(tmp_path, "老队长的故事", _story(line, under))
    assert [b.kind for b in found if b.text.strip() == line] == [BlockKind.PARAGRAPH]


def test_a_question_heading_beside_bare_ones_is_taken(tmp_path: Path) -> None:
    """The rule's own case, made up: a question the size of the bare headings, between sections."""
    from .test_zh_tails import article  # (that module reads this one's helpers)

    found = article(tmp_path, "技术革命向前进", _story("经验在哪里？"))
    assert kind_of(found, "经验在哪里？") is BlockKind.INTERTITLE


def test_the_first_heading_of_a_text_with_bare_headings_stands_under_its_title() -> None:
    """1957-01-02: 苏联新电影 / “静静的顿河” / …（body） / “第四十一” / …; 1996-08-01: the editors' note under the
    title, then “温柔的一刀” over the first section (服务价格影响大 and 管住乱收费、乱提价 head the next ones)."""
    assert kind_of(blocks("1957-01-02_苏联新电影"), "“静静的顿河”") is BlockKind.INTERTITLE
    assert kind_of(blocks("1996-08-01_服务收费"), "“温柔的一刀”") is BlockKind.INTERTITLE


def test_a_short_line_is_no_first_heading_without_bare_headings_or_below_the_body(tmp_path: Path) -> None:
    """Made up: under the title, a short line stays body where the text has no bare heading; below the
    body's first paragraph the rule does not reach; over body, in a text with a bare heading, it is the
    first heading."""
    from .test_zh_tails import article  # (that module reads this one's helpers)

    heading = ["艰苦奋斗的作风", _STORY_BODY]
    found = article(tmp_path, "技术革命向前进", ["一心为集体", _STORY_BODY, _STORY_BODY])
    assert kind_of(found, "一心为集体") is BlockKind.PARAGRAPH
    found = article(tmp_path, "技术革命向前进", [_STORY_BODY, "“大家好”", "这件事要从头说起", *heading])
    assert kind_of(found, "“大家好”") is BlockKind.PARAGRAPH  # (body above it, a short line under it)
    found = article(tmp_path, "技术革命向前进", ["一心为集体", _STORY_BODY, *heading])
    assert kind_of(found, "一心为集体") is BlockKind.INTERTITLE


@pytest.mark.parametrize("line", ["（摘要）", "（节录）", "（一九五七年一月一日）", "（上接第一版）", "（续完）"])
def test_a_bracketed_note_under_the_byline_is_no_first_heading(tmp_path: Path, line: str) -> None:
    """Made up: a note or date in brackets under the title is the piece's note or place-date, not its first
    section's heading (the text has bare headings, so the rule of the first heading applies)."""
    from .test_zh_tails import article

    parts = ["本报记者　龚雯", line, _STORY_BODY, _STORY_BODY, "一心为集体", _STORY_BODY, _STORY_BODY]
    found = article(tmp_path, "技术革命向前进", [*parts, "艰苦奋斗的作风", _STORY_BODY], authors=["龚雯"])
    assert kind_of(found, "一心为集体") is BlockKind.INTERTITLE
    assert kind_of(found, line) is not BlockKind.INTERTITLE


def test_a_poem_in_free_verse_is_no_series_of_headings() -> None:
    """2000-03-02, 为了正义: fifty short lines with no punctuation, the poem's lines (not seventeen
    sections headed by three lines each); 1957-10-03, 爱尼人的歌, the same; no text lost."""
    found = blocks("2000-03-02_为了正义")
    assert not [block for block in found if block.kind is BlockKind.INTERTITLE]
    for line in ("有谁不热爱自己的祖国", "你有罪", "你的良心不能安宁", "于是你成了一面伸张正义的"):
        assert kind_of(found, line) is BlockKind.PARAGRAPH
    assert [block.text.strip() for block in found].count("反省昨天") == 2
    assert kind_of(blocks("1957-10-03_爱尼人的歌"), "统统给我滚开") is BlockKind.PARAGRAPH


def test_three_short_lines_are_a_heading_and_a_dated_run_the_signers(tmp_path: Path) -> None:
    """A run of three short lines over a paragraph is still one heading over three lines; four short
    lines ending on a date close a message: its signers and their date, no verse."""
    from .test_zh_tails import article  # (that module reads this one's helpers)

    heading = ["团结起来", "争取更大的胜利", "迎接新的一年"]
    found = article(tmp_path, "新年献词", [_BODY, *heading, _BODY, "再接再厉", _BODY])
    assert kind_of(found, "\n".join(heading)) is BlockKind.INTERTITLE
    signers = ["中华人民共和国", "国务院副总理兼国防部长", "中华人民共和国元帅", "林彪", "一九六五年二月二十七日"]
    found = article(
        tmp_path, "贺电", ["河内", "越南人民军总司令武元甲大将：", _BODY, "祝越南人民取得更大胜利！", *signers]
    )
    assert BlockKind.INTERTITLE not in [block.kind for block in found]
    assert kind_of(found, "林彪") is BlockKind.SIGNATURE


def test_a_dash_line_is_never_a_headings_first_line_nor_joined_to_the_numeral_under_it(tmp_path: Path) -> None:
    """A guard from an earlier round's review: an epigraph's attribution (——鲁迅) above a bare numeral heading
    (一): the dash line heads nothing, and the numeral is not joined to it."""
    from .test_zh_tails import article

    story = "那一年的冬天特别冷，村里的人们都在屋里烤火，没有人愿意出门，只有老张一个人在田里干活。"
    parts = ["不是在沉默中爆发，就是在沉默中灭亡。", "——鲁迅", "一", story, "二", story]
    found = article(tmp_path, "沉默", parts)
    (dash,) = [block for block in found if block.text.strip().startswith("——")]
    assert dash.kind is not BlockKind.INTERTITLE and len(dash.lines) == 1
    assert kind_of(found, "一") is BlockKind.INTERTITLE


def test_the_line_over_a_deck_line_is_the_headings_first_line() -> None:
    """1951-07-03: 中共团结着全中国人民与朝鲜人民并肩抗击侵略者 (22 characters, too long to be read as a heading by
    itself) over ——朝鲜《劳动新闻》的社论; 1951-01-03: 感谢人民解放军！ over ——读者张明治来信 (cut off its letter's
    salutation): headings of two lines."""
    found = blocks("1951-07-03_庆祝")
    for heading in ("中共团结着全中国人民与朝鲜人民并肩抗击侵略者", "毛主席是中国人民的领袖也是亚洲进步人民的领袖"):
        (block,) = [block for block in found if block.text.strip().startswith(heading)]
        assert block.kind is BlockKind.INTERTITLE and block.lines[1][0].startswith("——"), heading
    (letter,) = [block for block in blocks("1951-01-03_读者") if block.text.startswith("感谢人民解放军！")]
    assert letter.kind is BlockKind.INTERTITLE and letter.lines[1] == ["——读者张明治来信"]


_STORY = "苏联文学报于六月三十日以《光荣的三十年》为题发表社论，社论说，中国共产党领导中国人民取得了伟大的胜利。"


#: A line too long (22 characters) to be read as a heading by itself: only the deck under it may make it one.
_OVER = "中共团结着全中国人民与朝鲜人民并肩抗击侵略者"


def _heading_kind(tmp_path: Path, parts: list[str], over: str) -> BlockKind:
    """The kind of the block opening with ``over`` in an article of ``parts``."""
    from .test_zh_tails import article

    (kind,) = [block.kind for block in article(tmp_path, "庆祝", parts) if block.text.strip().startswith(over)]
    return kind


_OPENING = "各国报纸纷纷发表文章，纪念中国共产党成立三十周年。"


@pytest.mark.parametrize(
    ("over", "deck"),
    [
        ("中共团结着全中国人民与朝鲜人民并肩抗击侵略者。", "——朝鲜《劳动新闻》的社论"),  # (a sentence)
        ("中共团结着全中国人民，与朝鲜人民并肩抗击侵略者", "——朝鲜《劳动新闻》的社论"),  # (a clause)
        ("“中共团结着全中国人民与朝鲜人民并肩抗击侵略者”", "——朝鲜《劳动新闻》的社论"),  # (a quotation)
        ("中共团结着全中国人民与朝鲜人民并肩抗击侵略者并且取得了伟大胜利", "——朝鲜《劳动新闻》的社论"),  # (31)
        (_OVER, "——鲁迅"),  # (a name: the author of a quotation)
        (_OVER, "——1951年7月1日"),  # (a date)
    ],
)
def test_no_heading_over_a_deck_line_unshaped_or_under_an_author(tmp_path: Path, over: str, deck: str) -> None:
    assert _heading_kind(tmp_path, [_OPENING, over, deck, _STORY], over) is not BlockKind.INTERTITLE


def test_no_heading_over_a_deck_line_under_a_broken_sentence(tmp_path: Path) -> None:
    parts = ["各国报纸纷纷发表文章，纪念中国共产党成立三十周年，其中", _OVER, "——朝鲜《劳动新闻》的社论", _STORY]
    assert _heading_kind(tmp_path, parts, _OVER) is not BlockKind.INTERTITLE


def test_a_dash_line_read_as_no_heading_makes_none_over_it(tmp_path: Path) -> None:
    # (a dialogue's turns, long: no deck)
    turns = ["——同志，这是你们报社的报纸吗？我想买一份带回去给大家看看。", "——是的，这是今天的报纸。"]
    assert _heading_kind(tmp_path, [_OPENING, _OVER, *turns, _STORY], _OVER) is not BlockKind.INTERTITLE


def test_a_heading_over_a_deck_line_in_a_made_up_article(tmp_path: Path) -> None:
    from .test_zh_tails import article

    over = "中共团结着全中国人民与朝鲜人民并肩抗击侵略者"
    found = article(
        tmp_path,
        "庆祝",
        ["各国报纸纷纷发表文章，纪念中国共产党成立三十周年。", over, "——朝鲜《劳动新闻》的社论", _STORY],
    )
    (block,) = [block for block in found if block.text.startswith(over)]
    assert block.kind is BlockKind.INTERTITLE


@pytest.mark.parametrize(
    ("prefix", "heading"), [("1957-07-03_有朋", "苏联科技合作代表团抵京"), ("1977-02-03_利用", "尼泊尔发展钢材加工业")]
)
def test_the_first_news_items_heading_under_the_title_is_no_deck(prefix: str, heading: str) -> None:
    """1957-07-03: 有朋自远方来 / 苏联科技合作代表团抵京 / 新华社1日讯… / 日本气象学家抵京 / 新华社1日讯…;
    1977-02-03: 尼泊尔发展钢材加工业 / 据新华社加德满都电… / 巴基斯坦勘探动力资源 / …: the first item's heading."""
    assert kind_of(blocks(prefix), heading) is BlockKind.INTERTITLE


_ITEM = "新华社1日讯　由西露扬洛夫率领的苏联科学技术合作代表团一行十人，今天下午乘飞机到达北京。"


def _digest(tmp_path: Path, title: str, parts: list[str]) -> list[Block]:
    from .test_zh_tails import article

    return article(tmp_path, title, parts)


def test_a_digests_first_heading_in_a_made_up_article(tmp_path: Path) -> None:
    parts = ["苏联科技合作代表团抵京", _ITEM, "日本气象学家抵京", _ITEM, "北海道农业访华团到京", _ITEM]
    assert kind_of(_digest(tmp_path, "有朋自远方来", parts), "苏联科技合作代表团抵京") is BlockKind.INTERTITLE


@pytest.mark.parametrize(
    "parts",
    [
        # (one item heading below only)
        ["苏联科技合作代表团抵京", _ITEM, "日本气象学家抵京", _ITEM],
        # (a deck half as long again as the longest item heading: it sums the page up)
        [
            "各国科学技术和农业代表团以及外国朋友纷纷来我国访问",
            _ITEM,
            "日本气象学家抵京",
            _ITEM,
            "北海道农业访华团到京",
            _ITEM,
        ],
        # (a deck with punctuation)
        ["——记外宾来访", _ITEM, "日本气象学家抵京", _ITEM, "北海道农业访华团到京", _ITEM],
    ],
)
def test_a_deck_over_news_items_stays_unless_shaped_as_their_headings(tmp_path: Path, parts: list[str]) -> None:
    found = _digest(tmp_path, "有朋自远方来", parts)
    assert kind_of(found, parts[0]) is not BlockKind.INTERTITLE, parts[0]


def test_two_decks_under_the_title_stay_its_own(tmp_path: Path) -> None:
    parts = [
        "来自五大洲的朋友",
        "苏联科技合作代表团抵京",
        _ITEM,
        "日本气象学家抵京",
        _ITEM,
        "北海道农业访华团到京",
        _ITEM,
    ]
    found = _digest(tmp_path, "有朋自远方来", parts)
    assert kind_of(found, "来自五大洲的朋友") is BlockKind.SUBTITLE
    assert kind_of(found, "苏联科技合作代表团抵京") is BlockKind.SUBTITLE
