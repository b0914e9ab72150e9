"""Review of round ze's tails (branch ze-tails): made-up articles in People's Daily shapes, for each new rule what
must fire and the near misses that must not (through the parser and the structure pass, as the evaluation reads).

Guards the review added:

* ``zh_ends.BRACKETED_MAKER_TEXT``: no maker but when or how the picture was made (（一九四五年摄）,
  （三十年代摄）, （航空摄影）, （显微摄影）, （气象卫星摄）, （西汉彩绘）, （木刻插图）, （根据照片绘））, nor a
  pronoun's (（我自己摄））: the branch cut them off a caption or a short paragraph as bylines;
* ``zh_rules.glued_leads``: an outlet in the brackets (not 【毛主席复电】, 【读者来电】, 【国际简讯】), no sentence
  going on after them (…【新华社北京十五日电】的全文…, …【合众社东京十五日电】称…), not inside a quotation (a
  dispatch quoted);
* ``zh_closing_bylines.GLUED_NAMES``: a date in brackets is no names (（十月四日） was a byline on main). (The branch's
  closing date glued to the last sentence or spanning days fixed one dev article for each form and was taken back at
  the join; the near misses written against it stay: a date glued to a text's paragraphs is never cut off);
* ``zh_closing_bylines.roles_above_signers``: bare names closing the text (not （王明）, a reporter's line, a maker's),
  and no praise in the post's line (永远做党的好书记, 甘当人民好教师, 敬爱的老院长);
* ``patterns.ZH_DATED_PLACE``: more verbs after the place (…于北京病逝, …去世, …会见, …签字, …牺牲, ...).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder import patterns as pt
from encoder.model import Block, BlockKind

from ..enrich.test_zh_pieces import article

_BODY = "这个县今年粮食生产获得了全面丰收，农民群众的生活得到了显著的改善，干部和群众的干劲更足了。"
_LEAD = "新华社北京三十日电　全国美术作品展览今天在中国美术馆开幕，展出作品一千多件。"
_NOTE = "（附图片）"


def _kinds_of(found: list[Block], text: str) -> list[BlockKind]:
    return [block.kind for block in found if block.text.strip() == text]


def _kinds_holding(found: list[Block], text: str) -> list[BlockKind]:
    """The kinds of the blocks one of whose lines is ``text`` (a line may be a block's second line)."""
    return [block.kind for block in found if text in (line.strip() for line in block.text.split("\n"))]


def _pairs(found: list[Block]) -> list[tuple[BlockKind, str]]:
    return [(block.kind, block.text.strip()) for block in found]


# --- a work of art's maker (captions._artwork_makers) ------------------------------------------------------------


def test_a_works_maker_padded_after_it_or_alone_under_it_is_a_byline(tmp_path: Path) -> None:
    found = article(tmp_path, "全国美展作品选（图片）", ["春耕（木刻）　　　古元", "山村早晨（中国画）　　　李可染"])
    assert _pairs(found)[1:] == [
        (BlockKind.CAPTION, "春耕（木刻）"),
        (BlockKind.BYLINE, "古元"),
        (BlockKind.CAPTION, "山村早晨（中国画）"),
        (BlockKind.BYLINE, "李可染"),
    ]
    found = article(tmp_path, "全国美展作品选（图片）", ["春耕（木刻）", "古元", "山村早晨（中国画）", "李可染"])
    assert _kinds_of(found, "古元") == _kinds_of(found, "李可染") == [BlockKind.BYLINE]
    found = article(tmp_path, "美展开幕", [_LEAD, _NOTE, "钢铁战士（雕塑）", "潘鹤"])
    assert _kinds_of(found, "潘鹤") == [BlockKind.BYLINE]


def test_no_maker_of_verse_under_a_paintings_title(tmp_path: Path) -> None:
    found = article(tmp_path, "题画诗", [_LEAD, "题《奔马》（国画）", "骏马奔腾", "四蹄生风", "一日千里", "为国立功"])
    assert BlockKind.BYLINE not in {block.kind for block in found}


# --- a full date and its place after 于 (patterns.ZH_DATED_PLACE, zh_closers._dated_places) -----------------------


def test_a_full_date_and_place_above_the_signers_or_under_the_closing_is_a_place_date(tmp_path: Path) -> None:
    communique = ["新华社北京三十日电　中国和几内亚两国政府今天发表联合公报，全文如下：", _BODY]
    signers = ["中华人民共和国政府代表　周恩来", "几内亚共和国政府代表　贝阿沃吉"]
    found = article(tmp_path, "联合公报", [*communique, "一九六八年五月二十五日于北京", *signers])
    assert _kinds_of(found, "一九六八年五月二十五日于北京") == [BlockKind.PLACE_DATE]
    found = article(
        tmp_path, "致电祝贺", ["北京中华人民共和国主席刘少奇同志：", _BODY, "此致", "敬礼", "1962年9月29日于布拉格"]
    )
    assert _kinds_of(found, "1962年9月29日于布拉格") == [BlockKind.PLACE_DATE]


@pytest.mark.parametrize(
    "line",
    [
        "一九七六年一月八日于北京病逝",
        "1976年1月8日于北京去世",
        "1958年5月5日于北京会见",
        "1962年9月30日于北京签字",
        "一九四八年一月十二日于东北牺牲",
        "一九五○年六月二十五日于汉城会谈",
        "1962年9月30日于北京举行会议",  # the event's verb inside, not last (the re-read of the joined change)
        "1958年5月5日于北京会见外宾",
    ],
)
def test_no_place_date_of_an_event_after_the_place(tmp_path: Path, line: str) -> None:
    assert not pt.ZH_DATED_PLACE.match(line)
    found = article(tmp_path, "永远怀念", [_BODY, _NOTE, "周恩来同志的遗容", line, _BODY])
    assert _kinds_holding(found, line) not in ([], [BlockKind.PLACE_DATE])


# --- a picture's maker padded before 摄 (captions._MAKER, zh_ends.REPORTER_LINE) ---------------------------------

_DAZHAI = "新华社北京十日电　大寨大队的社员们今年又夺得了农业大丰收，粮食亩产超过一千斤。（附图片）"


def test_a_makers_line_padded_before_its_word_under_captions_is_a_byline(tmp_path: Path) -> None:
    parts = [_DAZHAI, "图为大寨大队社员在虎头山上劳动。", "新华社记者　王明　摄", "图为大寨的新村。", "新华社记者 摄"]
    found = article(tmp_path, "大寨", parts)
    assert _kinds_of(found, "新华社记者　王明　摄") == _kinds_of(found, "新华社记者 摄") == [BlockKind.BYLINE]
    assert _kinds_of(found, "图为大寨的新村。") == [BlockKind.CAPTION]
    found = article(tmp_path, "密林里的修鞋人", ["他在密林里修了二十年鞋。", _NOTE, "文铎　插图"])
    assert _kinds_of(found, "文铎　插图") == [BlockKind.BYLINE]


@pytest.mark.parametrize("line", ["新华社记者 摄下了这个镜头", "首都夜景　摄", "全国摄影艺术展览　摄"])
def test_no_makers_line_of_a_sentence_or_a_captions_words(tmp_path: Path, line: str) -> None:
    found = article(tmp_path, "大寨", [_DAZHAI, "图为大寨大队社员在虎头山上劳动。", line, _BODY])
    assert _kinds_of(found, line) not in ([], [BlockKind.BYLINE])


# --- another report's lead in square brackets glued after a sentence (zh_rules.glued_leads) ----------------------

_YANAN = "【新华社延安十六日电】晋冀鲁豫解放区各地群众热烈响应保卫和平运动。"


@pytest.mark.parametrize(
    ("before", "lead"),
    [
        ("太行区各县群众纷纷集会，抗议美军暴行。", "【新华社太岳十五日电】太岳区各界人民也举行了集会。"),
        ("大家高呼：“坚决反对美国侵略！”", "【本报讯】冀南各县群众也纷纷集会。"),
    ],
)
def test_a_reports_lead_glued_after_a_sentence_opens_a_paragraph(tmp_path: Path, before: str, lead: str) -> None:
    found = article(tmp_path, "各地群众集会抗议", [_YANAN + before + lead])
    assert [block.text for block in found if block.kind is BlockKind.PARAGRAPH][-2:] == [_YANAN + before, lead]


def test_every_reports_lead_glued_into_one_part_opens_a_paragraph(tmp_path: Path) -> None:
    """A round-up of three reports printed on one part is cut at each lead (the re-read of the joined change: the
    first form cut at the first only)."""
    taiyue, jinan = (
        "【新华社太岳十五日电】太岳区各界人民也举行了集会。",
        "【新华社冀南十五日电】冀南各县群众也纷纷集会。",
    )
    found = article(tmp_path, "各地群众集会抗议", [_YANAN + taiyue + jinan])
    assert [block.text for block in found if block.kind is BlockKind.PARAGRAPH][-3:] == [_YANAN, taiyue, jinan]


@pytest.mark.parametrize(
    "text",
    [
        "合众社的消息说：“美军已在该地登陆。【合众社东京十五日电】称，美军将继续增兵。”",  # a dispatch quoted
        "该报写道：“战争必须停止。【路透社伦敦电】也证实了这一点。”",
        "这个消息已见本报昨日所载。【新华社北京十五日电】的全文如下：美军已经撤走。",  # the sentence goes on
        "全体代表一致通过。【毛主席复电】各位代表：来电收到，甚为感谢。",  # a heading, no outlet
        "这是我们的意见。【读者来电】编辑同志：你们好。",
        "会议开了三天。【国际简讯】英国工人罢工。",
    ],
)
def test_no_paragraph_cut_at_brackets_quoted_going_on_or_of_no_outlet(tmp_path: Path, text: str) -> None:
    found = article(tmp_path, "各地群众集会抗议", [_YANAN + text])
    assert [block.text for block in found if block.kind is BlockKind.PARAGRAPH][-1] == _YANAN + text


# --- a picture's maker in brackets (captions._bracketed_makers, zh_closing_bylines, structure) ----------------------


@pytest.mark.parametrize(
    ("caption", "maker"),
    [
        ("湖北农民在抢收早稻", "（新华社记者李明摄）"),
        ("社员们在田间劳动。", "（本报记者吕相友摄）"),
        ("（四）西康活佛段象贤在大会上发言", "（王普林摄）"),
    ],
)
def test_a_makers_name_in_brackets_glued_to_a_caption_is_its_byline(tmp_path: Path, caption: str, maker: str) -> None:
    found = article(tmp_path, "丰收在望（图片）", [caption + maker, "广东社员在晒谷场上（王普林摄）"])
    assert _pairs(found)[1:3] == [(BlockKind.CAPTION, caption), (BlockKind.BYLINE, maker)]


def test_a_makers_name_in_brackets_alone_between_captions_is_a_byline(tmp_path: Path) -> None:
    found = article(tmp_path, "各地新貌", [_LEAD, _NOTE, "图为新建的工厂", "（本报记者朱波摄）", _BODY])
    assert _kinds_of(found, "（本报记者朱波摄）") == [BlockKind.BYLINE]


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        ("周恩来同志在延安", "（一九四五年摄）"),  # when it was taken
        ("毛主席和周恩来同志在一起", "（一九三七年在延安摄）"),
        ("他画的地图至今还挂在墙上", "（一九五二年绘）"),
        ("图为用电子显微镜观察到的癌细胞的形态", "（显微摄影）"),  # how
        ("图为长沙马王堆出土的彩绘陶俑", "（西汉彩绘）"),
        ("这是阿Q像，作者用木刻刀刻画出了阿Q的神态", "（木刻插图）"),
        ("图为九号台风的云图", "（气象卫星摄）"),
        ("图为密云水库全景", "（航空摄影）"),
        ("刘胡兰烈士像", "（根据照片绘）"),
        ("我寄上一张照片，请你们刊登", "（我自己摄）"),
        ("图为《西游记》中的孙悟空", "（原书插图）"),  # a book's picture
    ],
)
def test_no_makers_byline_of_when_or_how_a_picture_was_made(tmp_path: Path, text: str, aside: str) -> None:
    found = article(tmp_path, "纪念", [_LEAD, _NOTE, text + aside, _BODY])
    assert not [block for block in found if block.kind is BlockKind.BYLINE], text
    found = article(tmp_path, "纪念", [_LEAD, aside, _BODY])
    assert _kinds_of(found, aside) not in ([], [BlockKind.BYLINE]), aside


# --- a date in brackets glued to a paragraph stays in it (zh_closing_bylines.GLUED_NAMES: no names) ------------------

_US = "美国政府武装干涉中国的政策，已使中国内战空前扩大，使世界和平感受严重威胁。"


@pytest.mark.parametrize(
    "parts",
    [
        [_US, "毛主席指出：“人民，只有人民，才是创造世界历史的动力。”（一九四五年四月二十四日）"],  # the quotation's
        [_US, "这本书是作者在狱中写成的。（一九三五年）"],  # a year alone: a note
        [
            "太行区各县春耕工作进展顺利。（三月五日）",
            "冀南区各县组织互助组。（三月六日）",
            "太岳区开展生产竞赛。（三月七日）",
        ],
        ["今天部队休整。（十月三日）", "今天我们进行了一次夜行军。（十月四日）"],  # a diary's entries, each dated
        ["中共中央召开政治局扩大会议。（一月十五日——十七日）", "红军开始长征。（十月十日）"],
    ],
)
def test_no_closing_date_cut_off_a_quotation_a_note_or_the_last_of_dated_items(
    tmp_path: Path, parts: list[str]
) -> None:
    found = article(tmp_path, "各地简讯", parts)
    assert found[-1].text == parts[-1] and found[-1].kind is BlockKind.PARAGRAPH


# --- a post alone above the names closing the text (zh_closing_bylines.roles_above_signers) -------------------------


def test_a_post_above_the_closing_names_is_part_of_their_byline(tmp_path: Path) -> None:
    found = article(tmp_path, "什么是骨髓移植", [_BODY, _BODY, "北京医科大学血液病研究所教授", "郭乃榄　陆道培"])
    assert [kind for kind, _ in _pairs(found)[-2:]] == [BlockKind.BYLINE, BlockKind.BYLINE]
    found = article(tmp_path, "谈谈肝炎的防治", [_BODY, _BODY, "中日友好医院传染科主任医师", "王明　李刚"])
    assert [kind for kind, _ in _pairs(found)[-2:]] == [BlockKind.BYLINE, BlockKind.BYLINE]


@pytest.mark.parametrize(
    "tail",
    [
        ["山村春来早，", "书记带头干！", "永远做党的好书记", "（李明）"],  # a verse's last line, a byline in brackets
        ["三尺讲台育新人，", "辛勤耕耘不言苦。", "甘当人民好教师", "王明　李刚"],
        [_BODY, "他永远活在我们心中！", "敬爱的老院长", "（王明）"],  # a farewell
        [_BODY, "大家都说他是好样的。", "上海第一钢铁厂厂长", "本报记者　王明"],  # the reporter's own line
        [_BODY, "这个厂的产品质量不断提高。", "上海第一钢铁厂厂长", "（本报记者　王明摄）"],  # a picture's maker
    ],
)
def test_no_post_taken_into_a_byline_from_a_verse_a_farewell_or_over_a_reporter(
    tmp_path: Path, tail: list[str]
) -> None:
    found = article(tmp_path, "新风", tail)
    assert _kinds_of(found, tail[-2]) == [BlockKind.PARAGRAPH]
