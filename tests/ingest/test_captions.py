"""Picture captions found in real articles of the JSON distribution."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder import patterns as pt
from encoder.model import BlockKind

from .test_lists import _LONG, _article, _kinds_of, _paragraphs
from .test_zh_tails import article


def test_picture_note_and_its_caption() -> None:
    blocks = _article("1977-04-30_湖上浮岛.json").texts[0].blocks
    captions = [b.text for b in blocks if b.kind is BlockKind.CAPTION]
    assert captions and captions[-1].startswith("图为缅甸")


def test_a_picture_note_glued_to_the_last_paragraph_is_cut_off_with_the_captions_below_it() -> None:
    blocks = _article("1953-06-14_访中国科学院访苏代表团.json").texts[0].blocks
    captions = [b.text for b in blocks if b.kind is BlockKind.CAPTION]
    assert captions == [
        "（附图片）",
        "苏联科学院院长涅斯米扬诺夫等在莫斯科车站欢迎中国科学院访苏代表团",
        "（前排：右为涅斯米扬诺夫左为钱三强）",
    ]
    paragraph = blocks[blocks.index(next(b for b in blocks if b.text == "（附图片）")) - 1]
    assert paragraph.kind is BlockKind.PARAGRAPH and not paragraph.text.endswith("（附图片）")


def test_the_titles_of_works_of_art_with_their_medium_are_captions() -> None:
    """1986-05-02, a picture page with no picture note: 贡嘎雪峰（油画）, 嘤其鸣矣（书法）, …（中国画); as
    天山之乐（中国画）刘大为 under the picture note of 1993-05-13."""
    blocks = _article("1986-05-02_吴作人作品选（图片）.json").texts[0].blocks
    captions = [block.text for block in blocks if block.kind is BlockKind.CAPTION]
    assert captions[:2] == ["贡嘎雪峰（油画）", "嘤其鸣矣（书法）"] and len(captions) == 5
    blocks = _article("1993-05-13_刘大为的艺术世界.json").texts[0].blocks
    assert "天山之乐（中国画）刘大为" in [block.text for block in blocks if block.kind is BlockKind.CAPTION]


def test_the_picture_s_maker_among_its_captions_is_a_byline() -> None:
    """1975-11-02: （附图片） / 右图：… / 新华社记者摄（传真照片）; 1977-04-08: …参观全国农业学大寨展览。新华社记者摄
    (glued to the caption: cut off); 1959-07-02: （附图片） / 蒋文彬插图; 1952-05-05: … / 瓦西里耶夫绘."""
    for name, maker in [
        (
            "1975-11-02_施密特总理和夫人访问南京后到达乌鲁木齐_乌兰夫副委员长陪同访问_江苏省革委会、新疆维吾尔自治区革委会先后设宴欢迎.json",
            "新华社记者摄（传真照片）",
        ),
        (
            "1977-04-08_达达赫总统应邀出席文艺晚会_乌兰夫副委员长等陪同贵宾观看演出_毛里塔尼亚贵宾参观全国农业学大寨展览.json",
            "新华社记者摄",
        ),
        ("1959-07-02_当干部十年一直参加劳动有一点时间挤一点时间_有一分钟挤一分钟.json", "蒋文彬插图"),
        ("1952-05-05_建设新生活的强大力量.json", "瓦西里耶夫绘"),
    ]:
        blocks = _article(name).texts[0].blocks
        assert [block.kind for block in blocks if block.text == maker] == [BlockKind.BYLINE], name
    blocks = (
        _article(
            "1977-04-08_达达赫总统应邀出席文艺晚会_乌兰夫副委员长等陪同贵宾观看演出_毛里塔尼亚贵宾参观全国农业学大寨展览.json"
        )
        .texts[0]
        .blocks
    )
    assert any(block.kind is BlockKind.CAPTION and block.text.endswith("大寨展览。") for block in blocks)


def test_a_picture_of_a_book_s_is_no_maker() -> None:
    """../shared/corpus/rmrb-json-dev/ 1977-11-15: （附图片） / 《本草纲目》插图: a caption."""
    from encoder.ingest.captions import mark_captions

    blocks = _paragraphs("李时珍…写成了《本草纲目》。", "（附图片）", "《本草纲目》插图")
    mark_captions(blocks)
    assert [block.kind for block in blocks][1:] == [BlockKind.CAPTION] * 2


def test_a_caption_ending_with_a_verb_is_no_maker_two_reporters_are() -> None:
    """Review: （附图片） / 图为景德镇瓷厂的新产品。老艺人正在精心彩绘: one caption; …。 / 新华社记者　李刚、王新庆摄:
    a byline."""
    from encoder.ingest.captions import mark_captions

    blocks = _paragraphs("景德镇瓷厂的工人们大搞技术革新。", "（附图片）", "图为景德镇瓷厂的新产品。老艺人正在精心彩绘")
    mark_captions(blocks)
    assert [block.kind for block in blocks][1:] == [BlockKind.CAPTION] * 2
    blocks = _paragraphs(
        "景德镇瓷厂的工人们大搞技术革新。", "（附图片）", "图为景德镇瓷厂的新产品。", "新华社记者　李刚、王新庆摄"
    )
    mark_captions(blocks)
    assert [block.kind for block in blocks][1:] == [BlockKind.CAPTION] * 2 + [BlockKind.BYLINE]


def test_the_papers_remark_on_its_cuts_is_editorial_alone_or_glued_to_a_picture_note() -> None:
    """1982-05-03: （本报有删节） on its own line under the last paragraph; 1970-09-05: the same
    remark glued before （附图片）: the paper's editorial remark both times, the note a caption,
    and every character kept."""
    alone = _article("1982-05-03_西宁一条新商业街.json").texts[0].blocks
    assert [b.kind for b in alone if b.text.strip() == "（本报有删节）"] == [BlockKind.EDITORIAL]
    glued = _article("1970-09-05_愚公移山换新天_乱石窝里造良田——记下黑岩坪生产队移山造田的事迹.json").texts[0].blocks
    at = next(i for i, b in enumerate(glued) if b.text.strip() == "（本报有删节）")
    assert glued[at].kind is BlockKind.EDITORIAL
    assert glued[at + 1].kind is BlockKind.CAPTION and glued[at + 1].text.strip() == "（附图片）"


def test_a_cut_remark_is_read_only_alone_in_brackets() -> None:
    """（节选） says what the piece is, and 删节 inside a sentence is text: neither is the paper's
    remark on its cuts."""
    assert pt.editorial("（本报有删节）", "zh") and pt.editorial("（发表时略有删节）", "zh")
    assert not pt.editorial("（节选）", "zh")
    assert not pt.editorial("这篇文章有删节。", "zh")
    assert pt.editorial("（本报有删节，标题另加）", "zh")  # (the paper's remark on its title too)


_LAST_PARAGRAPH = (
    "在西宁市的中心地区西门口，有一条长不过三四百米、宽不过十来米的小巷，名叫水井巷。"
    "走进这条巷子，只见路两旁货摊遍地，人来人往，十分热闹。"
)


def test_the_papers_remark_on_its_cuts_glued_to_the_last_paragraph_is_cut_off(tmp_path: Path) -> None:
    """…十分热闹。（本报有删节） and …十分热闹。（本报有删节）（附图片）: the remark becomes an editorial
    block of its own (before the picture note's caption), the paragraph keeps every other character;
    alone on its line, （本报有删节，标题另加） is the paper's remark too."""
    opening = ["新华社记者\u3000张万象", _LAST_PARAGRAPH]
    found = article(tmp_path, "西宁一条新商业街", [*opening, _LAST_PARAGRAPH + "（本报有删节）"])
    assert [(b.kind, b.text) for b in found[-2:]] == [
        (BlockKind.PARAGRAPH, _LAST_PARAGRAPH),
        (BlockKind.EDITORIAL, "（本报有删节）"),
    ]
    found = article(tmp_path, "西宁一条新商业街", [*opening, _LAST_PARAGRAPH + "（本报有删节）（附图片）"])
    assert [(b.kind, b.text) for b in found[-3:]] == [
        (BlockKind.PARAGRAPH, _LAST_PARAGRAPH),
        (BlockKind.EDITORIAL, "（本报有删节）"),
        (BlockKind.CAPTION, "（附图片）"),
    ]
    found = article(tmp_path, "西宁一条新商业街", [*opening, _LAST_PARAGRAPH, "（本报有删节，标题另加）"])
    assert found[-1].kind is BlockKind.EDITORIAL


def test_numbered_captions_after_a_picture_note_are_captions() -> None:
    """Review: （附图片） / （1）大庆油田的采油工人… / （2）大庆的家属们… / 新华社记者摄: captions, a byline."""
    parts = ["大庆新貌（图片）", "（附图片）", "（1）大庆油田的采油工人在井场上战天斗地，夺取原油高产。"]
    parts += ["（2）大庆的家属们组织起来参加农业生产，建设新型矿区。", "新华社记者摄"]
    assert _kinds_of(parts) == [BlockKind.CAPTION] * 3 + [BlockKind.BYLINE]
    assert _kinds_of([parts[0], *parts[2:]]) == [BlockKind.CAPTION] * 2 + [BlockKind.BYLINE]


def test_the_paragraph_over_a_picture_s_maker_on_a_page_of_pictures_is_its_caption() -> None:
    """1962-12-01: （附图片） / 李顺达和他的三个老伙伴  　新华社记者　花皑摄 / … / 乱石成堆的干河滩下游，… /
    新华社记者　花皑摄 / 西沟村南赛生产队的社员们正在收玉米 / 新华社记者　花皑摄: captions, each over its maker."""
    blocks = _article("1962-12-01_集体化道路使穷山沟变成了富裕山村.json").texts[0].blocks
    kinds = {block.text.strip(): block.kind for block in blocks}
    for caption in [
        "李顺达和他的三个老伙伴",
        "乱石成堆的干河滩下游，自从修起了水库以后，已经变成了良田",
        "西沟村南赛生产队的社员们正在收玉米",
    ]:
        assert kinds[caption] is BlockKind.CAPTION, caption
    makers = [block.kind for block in blocks if block.text.strip().startswith("新华社记者")]
    assert makers == [BlockKind.BYLINE] * 4


def test_a_picture_alone_its_caption_over_its_maker() -> None:
    """A picture printed alone (图片): its caption over its maker's line, under the title or opening the text."""
    caption = "陕西省米脂县苗圃职工正在为油松等苗木进行喷灌。"
    assert _kinds_of(["苗圃喷灌（图片）", caption, "陈宝生摄"]) == [BlockKind.CAPTION, BlockKind.BYLINE]
    blocks = _paragraphs(caption, "新华社记者　陈炜华摄", "上：首都人民在天安门广场欢乐歌舞。", "新华社记者　吕厚民摄")
    from encoder.ingest.captions import mark_captions

    mark_captions(blocks)
    assert [block.kind for block in blocks] == [BlockKind.CAPTION, BlockKind.BYLINE] * 2


def test_an_article_s_last_paragraph_over_a_picture_s_maker_stays_the_text_s() -> None:
    """1965-02-02: an editorial's last paragraph (its picture's caption glued to its end) / 新华社记者　王传国摄: the
    paragraph stays the text's; so does a made-up one."""
    blocks = _article("1965-02-02_有所创造_有所前进.json").texts[0].blocks
    assert blocks[-2].kind is BlockKind.PARAGRAPH and blocks[-2].text.startswith("新春是")
    assert _kinds_of(["春耕", _LONG, _LONG, "新华社记者摄"])[:2] == [BlockKind.PARAGRAPH] * 2


_FIRST = (
    "初冬时节，我们来到了大庆油田。这里到处是一片繁忙的景象，钻机林立，油井遍布，"
    "工人们正在为完成今年的生产任务而奋战。油田党委的同志告诉我们，今年的原油产量将比去年增长百分之二十。"
)
_MORE = ["工人们说：“我们要为祖国多出油，出好油。”", "大家决心明年争取更大的丰收。"]


@pytest.mark.parametrize("byline", [["本报记者　王力"], []], ids=["under-its-byline", "under-the-title"])
def test_a_reports_first_paragraph_over_a_makers_line_stays_the_texts(tmp_path: Path, byline: list[str]) -> None:
    """(The round's review.) 访大庆油田 / (本报记者　王力) / 初冬时节，… / 新华社记者　李刚摄 / two more paragraphs: the
    report goes on under its picture, so its first paragraph is no caption; nor is a dateline's paragraph."""
    found = article(tmp_path, "访大庆油田", [*byline, _FIRST, "新华社记者　李刚摄", *_MORE])
    assert _kinds_of_texts(found, _FIRST) == [BlockKind.PARAGRAPH]
    opening = "新华社上海二十二日电　我国自己设计、自己制造的第一台一万二千吨水压机，最近在上海江南造船厂试制成功。"
    found = article(tmp_path, "我国第一台万吨水压机试制成功", [opening, "新华社记者　夏道陵摄"])
    assert _kinds_of_texts(found, opening) == [BlockKind.PARAGRAPH]


@pytest.mark.parametrize("poet", [["李季"], []], ids=["under-the-poet", "under-the-title"])
def test_a_verse_ending_in_miaohui_is_no_picture_makers_line(tmp_path: Path, poet: list[str]) -> None:
    """(The round's review.) 祖国处处换新装 / 李季 / 祖国处处换新装， / 万里江山　任我描绘 / …: the 描绘 verse matches
    the maker's shape, but verses go on under it: no picture, its first verse no caption."""
    verses = ["祖国处处换新装，", "万里江山\u3000任我描绘", "千里江山一片红，", "人民歌唱新时代。"]
    found = article(tmp_path, "祖国处处换新装", [*poet, *verses])
    assert _kinds_of_texts(found, "祖国处处换新装，") == [BlockKind.PARAGRAPH]


def _kinds_of_texts(found: list, text: str) -> list[BlockKind]:
    return [block.kind for block in found if block.text.strip() == text]


def test_the_agencys_credit_glued_after_a_caption_is_a_credit() -> None:
    """1988-10-01: （附图片） / …成功地施放一颗通信卫星。新华社发（传真照片）; 2000-11-01: 图为3名宇航员…招手致意。
    新华社发（美联社照片）: the caption, then the picture's credit cut off it."""
    for name, caption, credit in (
        ("1988-10-01_“发现”号重返蓝天目击记_.json", "成功地施放一颗通信卫星。", "新华社发（传真照片）"),
        ("2000-11-01_三名宇航员飞向空间站.json", "向送行的人招手致意。", "新华社发（美联社照片）"),
    ):
        blocks = _article(name).texts[0].blocks
        (found,) = [b for b in blocks if b.text == credit]
        assert found.kind is BlockKind.CREDIT
        above = blocks[blocks.index(found) - 1]
        assert above.kind is BlockKind.CAPTION and above.text.endswith(caption)


def test_the_agencys_credit_after_a_caption_with_no_final_stop_needs_the_pictures_source(tmp_path: Path) -> None:
    """…在训练新华社发（资料照片） (the caption with no final stop): the bracket saying where the picture comes
    from makes it a credit; 新华社发 alone run on to words with no stop is the caption's."""
    found = article(tmp_path, "图片", ["图为我国运动员在训练新华社发（资料照片）"])
    assert [b.kind for b in found if b.text == "新华社发（资料照片）"] == [BlockKind.CREDIT]
    assert [b.kind for b in found if b.text == "图为我国运动员在训练"] == [BlockKind.CAPTION]


@pytest.mark.parametrize(
    "caption",
    [
        "图为这个消息由新华社发",  # 新华社发 the caption's words, no stop, no picture's source
        "图为记者在阅读新华社发出的电讯。",  # 新华社发出: a verb inside the sentence
        "图为各报刊登了新华社发表的评论。",
        "图为代表们在会上听取报告，新华社发（资料照片）",  # after a comma: the caption goes on
    ],
)
def test_no_agencys_credit_from_the_captions_own_words(tmp_path: Path, caption: str) -> None:
    """新华社发 as the caption's words (新华社发出, 新华社发表, no stop and no source in brackets, after a
    comma) is cut off nothing."""
    found = article(tmp_path, "图片", [caption])
    assert not [b for b in found if b.kind is BlockKind.CREDIT], [b.text for b in found]


def test_a_pictures_source_and_the_agencys_credit_on_their_line_are_no_names(tmp_path: Path) -> None:
    """1987-07-01: （附图片） / …部分共同体成员国首脑。 / 传真照片（新华社发）: a credit, not 传真照片 as a name
    and a credit; two names before a credit stay a byline (张敏　王立　（新华社发））."""
    body = "今天晚上，各国首脑在晚餐桌上进行了非正式磋商。本届会议预定明天晚间闭幕。"
    found = article(tmp_path, "会议", [body, body, "传真照片（新华社发）"])
    assert [b.kind for b in found if "传真照片" in b.text] == [BlockKind.CREDIT]
    found = article(tmp_path, "会议", [body, body, "张敏　王立　（新华社发）"])
    assert BlockKind.BYLINE in [b.kind for b in found if "张敏" in b.text]


def test_a_credit_line_among_the_captions_or_glued_to_one_is_a_credit() -> None:
    """1958-08-01: （附图片） / “调解人”墨菲在工作　阿布拉莫夫（原载苏联“真理报”）: the cartoon's caption, then
    where it was first printed, cut off as a credit."""
    blocks = (
        _article("1958-08-01_在美国侵略军占领下_墨菲导演黎巴嫩选举剧_黎陆军总司令谢哈布当选下届总统.json")
        .texts[0]
        .blocks
    )
    assert [b.kind for b in blocks[-2:]] == [BlockKind.CAPTION, BlockKind.CREDIT]
    assert blocks[-1].text == "（原载苏联“真理报”）"


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("（附图片）|越南通讯社传真照片（新华社发）", "越南通讯社传真照片（新华社发）"),
        ("（附图片）|人民公社的新气象（原载《大众日报》）", "（原载《大众日报》）"),
        ("（附图片）|社员们在田间劳动|（新华社发）", "（新华社发）"),
    ],
)
def test_credits_among_a_pictures_lines(tmp_path: Path, caption: str, credit: str) -> None:
    """A picture's source and the agency (alone, or after the source of the picture), a source glued to the
    caption, the agency alone under the caption: credits, the caption's words staying a caption."""
    body = "今天晚上，各国首脑在晚餐桌上进行了非正式磋商。本届会议预定明天晚间闭幕。"
    found = article(tmp_path, "会议", [body, body, *caption.split("|")])
    assert [b.kind for b in found if b.text == credit] == [BlockKind.CREDIT]


@pytest.mark.parametrize(
    "line",
    [
        "社员们在学习原载重物的办法",  # 原载 in words
        "图为群众推选自己的代表",
        "图为大家阅读（转自第一版）的消息",  # a bracket inside the line
        "图为他们在辗转自延安去的路上（资料）",
        "文章（节选）",
    ],
)
def test_no_credit_from_a_captions_words(tmp_path: Path, line: str) -> None:
    """原载, 推选自, 辗转自 inside words, a bracket inside the line, a bracket not opening with the source
    word: the caption stays whole."""
    body = "今天晚上，各国首脑在晚餐桌上进行了非正式磋商。本届会议预定明天晚间闭幕。"
    found = article(tmp_path, "会议", [body, body, "（附图片）", line])
    assert not [b for b in found if b.kind is BlockKind.CREDIT], [b.text for b in found]


def test_a_long_paragraph_under_a_picture_note_is_the_texts(tmp_path: Path) -> None:
    """Past the longest a caption may be (150 characters), the paragraph under a picture note is the text's, not a
    caption."""
    body = "今天晚上，各国首脑在晚餐桌上进行了非正式磋商。本届会议预定明天晚间闭幕。"
    long = "这是一段很长的正文，" * 15 + "完了。\u3000新华社稿"
    found = article(tmp_path, "会议", [body, "（附图片）", long])
    assert [b.kind for b in found if b.text.startswith("这是一段")] == [BlockKind.PARAGRAPH]
    # under a longer text, saying what the picture shows past its first sentence (。这是…), only the length
    # tells it from a caption
    long = "工人们在车间里劳动。" + "这是一段很长的正文，" * 14 + "完了。"
    assert len(long) > 150 >= len(long) - 10
    found = article(tmp_path, "会议", [body, body, body, "（附图片）", long])
    assert [b.kind for b in found if b.text.startswith("工人们")] == [BlockKind.PARAGRAPH]
    found = article(tmp_path, "会议", [body, body, body, "（附图片）", long[10:].replace("，", "。这是", 1)])
    assert [b.kind for b in found if b.text.startswith("这是一段")] == [BlockKind.CAPTION]


def test_a_two_sentence_caption_under_a_picture_note_is_a_caption() -> None:
    """1969-11-03: under the picture note glued to the last paragraph, the caption says what the picture shows and
    who is in it in two sentences (122 characters: 沈阳储运公司革委会，…。这是公司革委会主任…); 1970-09-05: its
    caption closed by the agency's credit (…学习《毛主席语录》。　新华社稿, 101 characters)."""
    blocks = (
        _article(
            "1969-11-03_以带头人的思想革命化带动群众的思想革命化_怀德县革委会成员活学活用毛泽东思想，"
            "严格要求自己，带动全县革命群众团结战斗，上.json"
        )
        .texts[0]
        .blocks
    )
    assert [b.kind for b in blocks if b.text.startswith("沈阳储运公司革委会")] == [BlockKind.CAPTION]
    blocks = _article("1970-09-05_愚公移山换新天_乱石窝里造良田——记下黑岩坪生产队移山造田的事迹.json").texts[0].blocks
    assert [b.kind for b in blocks if b.text.startswith("云南省迪庆藏族自治州")] == [BlockKind.CAPTION]


def test_a_photo_reports_seven_captions_under_its_picture_note_are_captions() -> None:
    """1980-07-02 (no gold: an unlabelled article of the fixtures), a photo report: under 时盘棋  摄影报道 and the
    picture note, seven short captions end the text (考察队制做的部分海藻标本。 … 这是他们捉到的九斑刺鲀。…)."""
    blocks = _article("1980-07-02_西沙海藻考察记.json").texts[0].blocks
    note = next(index for index, block in enumerate(blocks) if block.text.strip() == "（附图片）")
    assert [block.kind for block in blocks[note:]] == [BlockKind.CAPTION] * 8
    assert blocks[note + 1].text.strip() == "考察队制做的部分海藻标本。"


def test_more_short_paragraphs_under_a_picture_note_than_a_page_of_pictures_holds_are_the_texts(
    tmp_path: Path,
) -> None:
    """Near miss: a report whose picture note was glued to its first paragraph, eleven short paragraphs under it:
    more than ten paragraphs are the text's own, not captions."""
    lead = "新华社北京十日电　首都工人今天在劳动人民文化宫举行技术表演大会。（附图片）"
    lines = [f"第{n}车间的工人表演了新的操作方法，受到大家的欢迎。" for n in "一二三四五六七八九十"] + [
        "大会一直开到晚上。"
    ]
    found = article(tmp_path, "技术表演", [lead, *lines])
    assert {b.kind for b in found if b.text.endswith("欢迎。") or b.text == "大会一直开到晚上。"} == {
        BlockKind.PARAGRAPH
    }
    # under a photo report's maker, where ten short captions are its series, only their number tells
    maker = "新华社记者　唐师曾摄影报道（附图片）"
    found = article(tmp_path, "技术表演", ["首都工人今天举行技术表演大会。", maker, *lines])
    assert {b.kind for b in found if b.text.endswith("欢迎。") or b.text == "大会一直开到晚上。"} == {
        BlockKind.PARAGRAPH
    }
    found = article(tmp_path, "技术表演", ["首都工人今天举行技术表演大会。", maker, *lines[:10]])
    assert {b.kind for b in found if b.text.endswith("欢迎。")} == {BlockKind.CAPTION}


def test_the_maker_padded_after_a_work_of_art_or_alone_under_it_is_a_byline() -> None:
    """1991-08-01, a page of eight professors' works: 蔡元培（雕塑）　　　　刘开渠, 人体（雕塑）　滑天友
    (the padding sets the name on a line of its own, read as a signer), 延安人（油画）　　　　　罗工柳 (read
    whole as a heading for its length), 人不犯我　我不犯人（雕塑） / 王合内 (the maker alone on the next
    part); 1957-08-01:
    艰苦岁月（雕塑）（八一美展作品）　潘鹤 under the picture note."""
    found = _article("1991-08-01_名师的足迹_中央美术学院八位教授作品选（图片）.json").texts[0].blocks
    kinds = {block.text.strip(): block.kind for block in found}
    for caption in ("蔡元培（雕塑）", "人体（雕塑）", "延安人（油画）", "湖（油画）", "人不犯我　我不犯人（雕塑）"):
        assert kinds[caption] is BlockKind.CAPTION, caption
    for maker in ("曾竹韶", "滑天友", "王合内"):
        assert kinds[maker] is BlockKind.BYLINE, maker
    blocks = _article("1957-08-01_两条半枪闹革命——红十军初创时期的片断.json").texts[0].blocks
    assert [block.kind for block in blocks if block.text.strip() == "潘鹤"] == [BlockKind.BYLINE]


def test_no_maker_cut_off_a_caption_glued_to_a_name_nor_read_under_a_caption_of_no_work(tmp_path: Path) -> None:
    """Near-misses: a work's maker glued with no padding stays in its caption (天山之乐（中国画）刘大为, 1993-05-13);
    a name under a picture's caption that names no medium (a report's person), a sentence under a work's
    title, a heading with padding and a name but no medium in brackets, a medium in brackets inside a sentence."""
    blocks = _article("1993-05-13_刘大为的艺术世界.json").texts[0].blocks
    assert "天山之乐（中国画）刘大为" in [block.text for block in blocks if block.kind is BlockKind.CAPTION]
    found = article(
        tmp_path,
        "画展开幕",
        ["新华社北京一日电　画展今天开幕。", "（附图片）", "图为观众在参观画展", "王明", "画展将展出一个月。"],
    )
    assert [block.kind for block in found if block.text == "王明"] not in ([], [BlockKind.BYLINE])
    found = article(tmp_path, "画展", [_LONG, "奔马（中国画）", "这幅画作于一九四一年。", _LONG])
    assert [block.kind for block in found if block.text == "这幅画作于一九四一年。"] == [BlockKind.PARAGRAPH]
    found = article(tmp_path, "画展", [_LONG, "延安的早晨　　　　　罗工柳", _LONG])
    assert BlockKind.BYLINE not in {block.kind for block in found if "罗工柳" in block.text}
    found = article(tmp_path, "画展", [_LONG, "他画的马（中国画）曾经在巴黎展出　　王明", _LONG])
    assert BlockKind.BYLINE not in {block.kind for block in found if "王明" in block.text}


def test_a_maker_s_line_padded_before_its_word_is_a_byline() -> None:
    """1962-01-03: （附图片） / 文铎　插图 (padding before 插图); outside the gold, 1975-12-04: a picture's caption
    over 新华社记者 摄 (a space before 摄), twice, and 1976-05-07 the same under a caption."""
    from encoder.ingest.captions import mark_captions

    found = _article("1962-01-03_密林里的修鞋人.json").texts[0].blocks
    assert [block.kind for block in found if block.text.strip() == "文铎　插图"] == [BlockKind.BYLINE]
    blocks = _paragraphs("福特总统参观了故宫博物院。", "（附图片）", "福特总统参观农业学大寨展览。", "新华社记者 摄")
    mark_captions(blocks)
    assert [block.kind for block in blocks][1:] == [BlockKind.CAPTION] * 2 + [BlockKind.BYLINE]


def test_no_maker_of_a_caption_s_words_padded_before_a_verb_or_a_book_s_picture(tmp_path: Path) -> None:
    """Near-misses: a book's picture padded (《本草纲目》　插图), a maker's word inside a sentence
    (新华社记者摄下了这个镜头。), a caption's words padded before a verb ending in 摄 (工人们正在车间里　拍摄)."""
    from encoder.ingest.captions import mark_captions

    for line in ("《本草纲目》　插图", "新华社记者摄下了这个镜头。", "工人们正在车间里　拍摄"):
        blocks = _paragraphs("景德镇瓷厂的工人们大搞技术革新。", "（附图片）", "图为景德镇瓷厂的新产品。", line)
        mark_captions(blocks)
        assert blocks[-1].kind is not BlockKind.BYLINE, line


def test_a_makers_name_in_brackets_glued_to_a_short_paragraph_is_cut_off_its_caption() -> None:
    """1952-09-03: …这是他们在跳红军舞。（本报记者朱波摄）: the caption, then the maker's byline; outside the gold,
    1951-01-05: （四）西康活佛段象贤在大会上发言（王普林摄）."""
    from encoder.ingest.captions import mark_captions

    blocks = _article("1952-09-03_让孩子们永远在和平幸福中生活（图片）.json").texts[0].blocks
    kinds = {block.text.strip(): block.kind for block in blocks}
    assert kinds["晚饭后，孩子们在院子里愉快地唱歌、跳舞。这是他们在跳红军舞。"] is BlockKind.CAPTION
    assert kinds["（本报记者朱波摄）"] is BlockKind.BYLINE
    found = _paragraphs("各族代表热烈发言。", "（四）西康活佛段象贤在大会上发言（王普林摄）")
    mark_captions(found)
    assert [(b.kind, b.text) for b in found[1:]] == [
        (BlockKind.CAPTION, "（四）西康活佛段象贤在大会上发言"),
        (BlockKind.BYLINE, "（王普林摄）"),
    ]


def test_no_maker_cut_off_a_long_paragraph_a_reference_or_a_bracket_alone() -> None:
    """Near-misses: a report's long paragraph ending with a maker in brackets stays whole (no caption), a
    reference to a picture glued (…（见第三版插图））, a caption in brackets (…（图为李明摄））, a maker alone."""
    from encoder.ingest.captions import mark_captions

    for text in (_LONG * 3 + "（王普林摄）", "各族代表热烈发言。（见第三版插图）", "各族代表热烈发言。（图为李明摄）"):
        found = _paragraphs("各族代表热烈发言。", text)
        mark_captions(found)
        assert [b.text for b in found] == ["各族代表热烈发言。", text], text
    found = _paragraphs("各族代表热烈发言。", "（王普林摄）")
    mark_captions(found)
    assert [b.text for b in found][-1] == "（王普林摄）"
