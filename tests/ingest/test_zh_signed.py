"""A reader's signature inside a page of letters and answers (encoder/ingest/zh_signed.py), on real
articles of ``tests/fixtures/rmrb-json-dev/`` and the review's examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.model import BlockKind

from .test_zh_lines import blocks, kind_of
from .test_zh_tails import article


def test_a_readers_place_and_name_between_a_question_and_its_answer_signs_it() -> None:
    """2003-01-03: 河北三河市  李东升 under the question 问：…, above the answer 答：…; 1995-12-01:
    河北威县张营乡政府　张兰生 under a reader's letter, above the page's reply: signatures."""
    found = blocks("2003-01-03_小额")
    assert kind_of(found, "河北三河市  李东升") is BlockKind.SIGNATURE
    assert kind_of(blocks("1995-12-01_向您推荐"), "河北威县张营乡政府\u3000张兰生") is BlockKind.SIGNATURE


def test_place_and_name_lines_heading_several_sections_stay_headings(tmp_path: Path) -> None:
    """Two such lines, each over its own text (a piece on two people): neither is a signature."""
    parts = ["第一段。", "鞍钢炼铁厂　王崇伦", "他是一个工人。", "石景山钢铁厂　李凤恩", "他也是一个工人。"]
    found = article(tmp_path, "两个工人", parts)
    assert BlockKind.SIGNATURE not in {block.kind for block in found}


def test_a_place_and_name_line_in_a_report_is_no_signature(tmp_path: Path) -> None:
    """A review's examples: a report on several people whose one heading ends in a unit (the others
    do not), and a heading of two phrases (英雄的县　英雄的人): no letter nor question above, no
    answer below, no person's name: none is a signature."""
    parts = [
        "今年的劳动模范大会上，有许多动人的事迹。",
        "鞍钢炼铁厂\u3000王崇伦",
        "他是一个青年工人，创造了万能工具胎。",
        "老英雄\u3000孟泰",
        "他把废料堆变成了宝库。",
        "女拖拉机手\u3000梁军",
        "她是新中国第一个女拖拉机手。",
        "他们都是我们学习的榜样。",
    ]
    assert kind_of(article(tmp_path, "三位劳动模范", parts), "鞍钢炼铁厂\u3000王崇伦") is not BlockKind.SIGNATURE
    parts = ["这里是一个英雄的地方。", "英雄的县\u3000英雄的人", "这里的人民在抗日战争中立下了功劳。"]
    assert kind_of(article(tmp_path, "英雄的县", parts), "英雄的县\u3000英雄的人") is not BlockKind.SIGNATURE
    parts = ["问：我想贷款，怎么办？", "英雄的县\u3000英雄的人", "答：可以到信用社去。", "就这样。"]
    assert kind_of(article(tmp_path, "小额贷款", parts), "英雄的县\u3000英雄的人") is not BlockKind.SIGNATURE


def test_a_readers_signature_is_padded_as_the_json_pads(tmp_path: Path) -> None:
    """The place and the name padded apart by a TAB (as U+3000 or two spaces): a signature under the
    question; one ASCII space is no padding."""
    parts = ["问：我想贷款，怎么办？", "河北三河市\t李东升", "答：可以到信用社去。", "就这样。"]
    assert kind_of(article(tmp_path, "小额贷款", parts), "河北三河市\t李东升") is BlockKind.SIGNATURE
    parts = ["问：我想贷款，怎么办？", "河北三河市 李东升", "答：可以到信用社去。", "就这样。"]
    assert kind_of(article(tmp_path, "小额贷款", parts), "河北三河市 李东升") is not BlockKind.SIGNATURE


def test_a_date_under_a_message_in_a_page_of_messages_closes_it_with_the_signers_above() -> None:
    """1949-10-03, three telegrams each under its sender's heading: …的建设！ / 中国民主同盟总部 /
    一九四九年十月一日 / 东北人民政府 (the next heading); …新纪元… / 东北人民政府 / 主席　高岗 /
    副主席　李富春、林枫、高崇民 / 十月一日 / 第二野战军 (the next heading)."""
    found = blocks("1949-10-03_各方电贺")
    assert [block.text for block in found if block.kind is BlockKind.SIGNATURE][:4] == [
        "中国民主同盟总部",
        "东北人民政府",
        "主席\u3000高岗",
        "副主席\u3000李富春、林枫、高崇民",
    ]
    assert kind_of(found, "一九四九年十月一日") is BlockKind.PLACE_DATE
    assert [block.text for block in found if block.kind is BlockKind.INTERTITLE] == [
        "中国民主同盟总部",
        "东北人民政府",
        "第二野战军",
    ]


def test_a_date_heading_a_section_with_no_message_above_stays_a_heading(tmp_path: Path) -> None:
    """A diary's days (no salutation anywhere): 十月一日 over its text is no closing."""
    parts = ["第一段。", "十月一日", "我们出发了。", "十月二日", "我们到了。"]
    found = article(tmp_path, "日记", parts)
    assert BlockKind.PLACE_DATE not in {block.kind for block in found}


def test_a_date_opening_a_sentence_or_heading_a_section_under_a_message_is_no_closing(tmp_path: Path) -> None:
    """Under a telegram (毛主席：): 十月二日在天安门广场举行了盛大的游行。 is a sentence; a letter's diary days
    (十月一日, 8月1日) and a chronicle's years (一九四九年) over their paragraphs head sections, no message closes."""
    telegram = ["电文如下：", "毛主席：", "我们热烈庆祝中华人民共和国的成立。", "首都各界人民"]
    cases = [
        [*telegram, "据悉，各区都组织了游行。", "十月二日在天安门广场举行了盛大的游行。", "十月三日举行了晚会。"],
        ["编辑同志：", "我把日记寄给你们。", "十月一日", "今天是国庆节。", "十月五日", "今天开始秋收。"],
        ["亲爱的读者：", "下面是一位战士的日记。", "8月1日", "今天接到命令。", "8月2日", "大堤上很忙。"],
        [*telegram, "以下是大事记。", "一九四九年", "十月一日，新中国成立。", "一九五〇年", "六月，法律公布。"],
    ]
    for parts in cases:
        assert BlockKind.PLACE_DATE not in {block.kind for block in article(tmp_path, "庆祝", parts)}, parts


def test_the_paragraphs_going_on_an_editors_note_are_the_notes() -> None:
    """1979-12-05: 编者按… / 值得注意的是，… (the note goes on) / 编辑同志： (the letter opens);
    1950-08-04: …一军人 / 编者按：这封信… / 何洛丰同志是共产党员，… (the note goes on to the end)."""
    found = blocks("1979-12-05")
    (after,) = [block for block in found if block.text.startswith("值得注意的是")]
    assert after.kind is BlockKind.EDITORIAL
    found = blocks("1950-08-04")
    assert found[-1].text.startswith("何洛丰同志是共产党员") and found[-1].kind is BlockKind.EDITORIAL


def test_a_letters_title_and_an_article_under_a_note_are_not_the_notes(tmp_path: Path) -> None:
    """1956-12-03: 编者按：… / “修行在个人”吗？ (the first letter's title) / 编辑同志：… stays; a note over
    an article with no salutation keeps its first paragraph (where it ends is unknown)."""
    assert kind_of(blocks("1956-12-03_党员"), "“修行在个人”吗？") is not BlockKind.EDITORIAL
    body = ["这是文章的第一段，说了很多的事情，写得很长很长，一直写到了这里才结束。"] * 3
    found = article(tmp_path, "一篇文章", ["编者按：这篇文章值得一读，我们把它发表出来，请读者们注意。", *body])
    assert [block.kind for block in found[-3:]] == [BlockKind.PARAGRAPH] * 3


def test_a_note_after_the_title_blocks_and_a_departments_reply_are_not_closing_notes(tmp_path: Path) -> None:
    """1964-02-10 (review): kicker, headline, ——记… subtitle, 本报记者 byline, 编者按, two paragraphs
    of the article: the note heads the body, it does not close it; a closing note followed by a
    department's reply (商业局来信说：…): the reply is not the editors'."""
    body = "这是文章的一段，说了很多的事情，写得很长很长，一直写到了这里才结束，大家都说好。"
    found = article(
        tmp_path,
        "学习大寨",
        ["——记大寨大队党支部书记陈永贵", "本报记者　张三", "编者按：这篇通讯值得一读，请读者们注意学习。", body, body],
    )
    assert [block.kind for block in found[-2:]] == [BlockKind.PARAGRAPH] * 2
    reply = "商业局来信说：对于读者反映的问题，我们已经进行了调查，对这个售货员进行了批评教育，本人也作了检讨。"
    found = article(tmp_path, "来信", [body, body, body, "编者按：这封信反映的问题值得重视，我们转给了商业局。", reply])
    assert found[-1].kind is not BlockKind.EDITORIAL


def test_a_sentence_about_letters_after_a_closing_note_is_the_notes(tmp_path: Path) -> None:
    """The round's final review: 各地党委应当重视群众来信，… is the editors' own sentence going on
    from their note (no one's letter quoted), so it is the note's, not a reply."""
    body = "这是文章的一段，说了很多的事情，写得很长很长，一直写到了这里才结束，大家都说好。"
    more = "各地党委应当重视群众来信，认真处理群众反映的问题，不能把来信压下不管，这是党的群众路线。"
    found = article(tmp_path, "来信", [body, body, body, "编者按：这封信反映的问题值得重视，我们转给了商业局。", more])
    assert found[-1].kind is BlockKind.EDITORIAL


def test_the_writers_workplace_closing_an_article_is_its_byline() -> None:
    """1965-04-03: …积极作用。中国五金机械公司唐山批发站\u3000郭恩庆 (the authors field), glued to the last
    sentence; 2000-06-01: 湖北丹江口市凉水河镇高湾小学 alone above 赵一才: the writer's byline."""
    found = blocks("1965-04-03")
    assert kind_of(found, "中国五金机械公司唐山批发站\u3000郭恩庆") is BlockKind.BYLINE
    assert found[-2].text.endswith("积极作用。") and found[-2].kind is BlockKind.PARAGRAPH
    found = blocks("2000-06-01_提高")
    assert kind_of(found, "湖北丹江口市凉水河镇高湾小学") is BlockKind.BYLINE
    assert kind_of(found, "赵一才") is BlockKind.BYLINE


def test_a_workplace_and_author_after_a_glued_closing_formula_sign_the_letter(tmp_path: Path) -> None:
    """Review: …请你们帮助解决这个问题。此致敬礼！ / 北京第一机床厂　张三, and …。此致敬礼！北京第一机床厂　张三 glued:
    the closing formula makes the text a letter, its workplace and author the signer's, no byline."""
    body = "这个厂今年生产获得了全面丰收，工人群众的生活得到了显著的改善，干部和群众的干劲更足了。"
    signer = "北京第一机床厂\u3000张三"
    found = article(tmp_path, "来信", [body, body, "请你们帮助解决这个问题。此致敬礼！", signer], ["张三"])
    assert kind_of(found, signer) is BlockKind.SIGNATURE
    found = article(tmp_path, "来信", [body, body, f"请予解决。此致敬礼！{signer}"], ["张三"])
    assert kind_of(found, signer) is BlockKind.SIGNATURE


def test_no_workplace_byline_from_a_list_of_units_above_the_authors_name(tmp_path: Path) -> None:
    """Review: 受到表彰的先进学校有： / 北京市第一中学 / 上海市育才中学 / 张三 and 本届大会的主办单位是 /
    北京大学 / 张三 (a list's items, no sentence's end above them), 首都钢铁公司 / 鞍山钢铁公司 /
    武汉钢铁公司 / 张三 (a run of units): no unit is a byline; …的素质。 / 湖北丹江口市凉水河镇高湾小学 /
    赵一才 (2000-06-01) is."""
    body = "这个厂今年生产获得了全面丰收，工人群众的生活得到了显著的改善，干部和群众的干劲更足了。"
    for units in (
        ["受到表彰的先进学校有：", "北京市第一中学", "上海市育才中学"],
        ["本届大会的主办单位是", "北京大学"],
        ["首都钢铁公司", "鞍山钢铁公司", "武汉钢铁公司"],
    ):
        found = article(tmp_path, "表彰", [body, body, *units, "张三"], ["张三"])
        assert [kind_of(found, unit) for unit in units[1:]] == [BlockKind.PARAGRAPH] * (len(units) - 1), units
    found = article(tmp_path, "教师", [body, body, "湖北丹江口市凉水河镇高湾小学", "赵一才"], ["赵一才"])
    assert kind_of(found, "湖北丹江口市凉水河镇高湾小学") is BlockKind.BYLINE


def test_a_labelled_note_heading_a_report_or_closing_a_speech_is_the_papers() -> None:
    """2000-08-03: 编辑点评  如果你是机关干部，… and the paragraph going on it, above the report's lead
    本报福州8月2日电…: the paper's note, the report a paragraph; 1984-10-01: 注：四项原则为… and
    “五讲四美”为… after the speech's end (under its salutation 亲爱的日本青年朋友们！): the note."""
    found = blocks("2000-08-03_建设勤政")
    kinds = {block.text.strip()[:6]: block.kind for block in found}
    assert kinds["编辑点评  "] is BlockKind.EDITORIAL
    assert kinds["党政机关和职"] is BlockKind.EDITORIAL
    assert kinds["本报福州8月"] is BlockKind.PARAGRAPH
    found = blocks("1984-10-01_在首都各界青年")
    assert [block.kind for block in found[-2:]] == [BlockKind.EDITORIAL] * 2
    assert found[-2].text.startswith("注：四项原则为")


_BODY = "这是文章的一段，说了很多的事情，写得很长很长，一直写到了这里才结束，大家都说好。"


def test_a_documents_own_note_or_a_label_in_the_middle_is_no_papers_note(tmp_path: Path) -> None:
    """Made up: 注： closing a communiqué (no salutation: the document's own note, as 1979-06-28's
    注：公报中全国人口数字… and 1946-05-24's 附注：… are), a 点评： in the middle of a text, 注意： (a word
    run on), a 点评 label under the body's first paragraph: paragraphs."""
    note = "注：公报中全国人口数字，包括台湾省。"
    found = article(tmp_path, "公报", [_BODY, _BODY, _BODY, note, "（新华社发）"])
    assert kind_of(found, note) is BlockKind.PARAGRAPH
    middle = "点评：这件事做得好，值得各地学习。"
    found = article(tmp_path, "新闻", [_BODY, middle, _BODY, _BODY, _BODY])
    assert kind_of(found, middle) is BlockKind.PARAGRAPH
    care = "注意：这件事做得好，值得各地学习。"
    found = article(tmp_path, "来信", ["编辑同志：", _BODY, _BODY, _BODY, care])
    assert kind_of(found, care) is BlockKind.PARAGRAPH
    spoken = "注：这件事做得好，值得各地学习。"
    found = article(tmp_path, "讲话", ["同志们：", _BODY, _BODY, _BODY, spoken])
    assert kind_of(found, spoken) is BlockKind.EDITORIAL


def test_a_labelled_note_closing_a_short_item_or_a_report_is_the_papers() -> None:
    """2001-02-01: 点评：… under the item's one paragraph (the second of the body's two blocks: its second
    half); 1949-01-03: 按：根据二年计划… set apart after the second report: the paper's notes."""
    found = blocks("2001-02-01_上海将建章立制")
    assert found[-1].text.startswith("点评：") and found[-1].kind is BlockKind.EDITORIAL
    assert found[-2].kind is BlockKind.PARAGRAPH
    found = blocks("1949-01-03_罗议会")
    assert found[-1].text.startswith("按：根据二年计划") and found[-1].kind is BlockKind.EDITORIAL


def test_a_running_remark_in_brackets_in_the_middle_of_a_report_stays_its_paragraph() -> None:
    """1985-01-04: （按：这种说法是极端错误的。）, one more of the report's running remarks, with the account
    going on under it: a paragraph."""
    assert kind_of(blocks("1985-01-04_律师在法庭上"), "（按：这种说法是极端错误的。）") is BlockKind.PARAGRAPH


def test_an_an_remark_is_the_papers_only_closing_the_text(tmp_path: Path) -> None:
    """Made up: （按：…） and 按：… closing a text are the paper's notes; 按：… with a paragraph under it, and
    按照… (no label: a word run on), are not."""
    bracketed = "（按：这是作者为一本诗集写的序文。本报有删节）"
    found = article(tmp_path, "序", [_BODY, _BODY, _BODY, bracketed])
    assert kind_of(found, bracketed) is BlockKind.EDITORIAL
    bare = "按：这个数字是去年的。"
    assert kind_of(article(tmp_path, "新闻", [_BODY, _BODY, bare]), bare) is BlockKind.EDITORIAL
    found = article(tmp_path, "新闻", [_BODY, _BODY, bare, _BODY])
    assert kind_of(found, bare) is BlockKind.PARAGRAPH
    word = "按照这个计划，明年还要增产。"
    assert kind_of(article(tmp_path, "新闻", [_BODY, _BODY, word]), word) is BlockKind.PARAGRAPH


def test_a_labelled_note_in_the_first_half_of_the_body_is_not_closing(tmp_path: Path) -> None:
    """Made up: 点评：… as the second of four body paragraphs, the rest notes' kinds only below it, is in
    the first half of the body: no closing note (the body's second half starts at its middle)."""
    middle = "点评：这件事做得好，值得各地学习。"
    found = article(tmp_path, "新闻", [_BODY, middle, _BODY, _BODY])
    assert kind_of(found, middle) is BlockKind.PARAGRAPH


def test_a_note_over_a_report_ends_at_its_lead(tmp_path: Path) -> None:
    """Made up: 编者按：… / a paragraph going on it / 新华社北京1日电　… (the report opens): the note's
    paragraph is the note's, the report's paragraphs are not; with no lead below, where the note ends
    is unknown and it keeps its first paragraph."""
    note = "编者按：这篇报道值得一读，我们把它发表出来，请读者们注意。"
    report = "新华社北京1日电　" + _BODY
    found = article(tmp_path, "一篇报道", [note, _BODY, report, _BODY])
    assert [block.kind for block in found[-4:]] == [BlockKind.EDITORIAL, BlockKind.EDITORIAL] + [
        BlockKind.PARAGRAPH
    ] * 2
    found = article(tmp_path, "一篇报道", [note, _BODY, _BODY, _BODY])
    assert [block.kind for block in found[-3:]] == [BlockKind.PARAGRAPH] * 3


_LONG = "记者在采访中了解到，这个县的农民今年种植的食用菌获得了大丰收，每户平均收入比去年增加了三百多元。"


def test_a_documents_own_note_closing_a_circular_stays_a_paragraph(tmp_path: Path) -> None:
    """Review of blocks-u: 注：此件发至县团级。 closes a circular printed whole under its salutation to
    organs (…党委：): the document's own note, not the paper's."""
    parts = [
        "各中央局，各省、市、区党委，各大军区、省军区党委：",
        "现将中央关于加强农村人民公社经营管理的几项规定发给你们，望即组织党员干部认真学习，贯彻执行。",
        _LONG,
        _LONG,
        _LONG,
        "注：此件发至县团级。",
    ]
    found = article(tmp_path, "中共中央关于加强农村人民公社经营管理的通知", parts)
    assert kind_of(found, "注：此件发至县团级。") is BlockKind.PARAGRAPH


def test_a_tables_note_in_a_report_takes_no_paragraph_after_it(tmp_path: Path) -> None:
    """Review of blocks-u: 注：表中… notes the table above it inside a report; the report's closing
    paragraph after it is the report's, and the table's note the report's own."""
    closing = (
        "同志们，一九六〇年的任务是光荣而艰巨的，"
        "让我们在党中央和毛主席的领导下，鼓足干劲，力争上游，为完成和超额完成计划而奋斗。"
    )
    parts = [
        "各位代表：",
        "现在，我代表国务院，向大会作关于一九五九年国民经济计划执行情况的报告。",
        _LONG,
        "一九五九年主要产品产量如下：",
        "钢　一千三百三十五万吨",
        "煤　三亿四千七百八十万吨",
        "注：表中钢产量不包括土钢。",
        closing,
    ]
    found = article(tmp_path, "关于一九五九年国民经济计划执行情况的报告", parts)
    assert kind_of(found, closing) is BlockKind.PARAGRAPH
    assert kind_of(found, "注：表中钢产量不包括土钢。") is BlockKind.PARAGRAPH


def test_comments_in_a_series_of_cases_are_all_paragraphs(tmp_path: Path) -> None:
    """Review of blocks-u: three 点评： after three cases are the text's own series, alike: the last,
    closing the text, is no more the paper's note than the others."""
    comments = [
        "点评：招商引资不能以牺牲农民利益为代价。",
        "点评：发展经济不能以牺牲环境为代价，这样的政绩要不得。",
        "点评：这种做法既违反政策，又伤害了群众感情，必须坚决纠正。",
    ]
    parts = [
        "近年来，一些地方在招商引资中出现了不少问题，我们选了几个典型的案例，请读者评说。",
        "案例一：某县为了引进一家企业，竟然把上千亩良田低价出让，农民失去了土地，生活没有着落。",
        comments[0],
        "案例二：某市领导为了政绩，盲目上马一个化工项目，结果造成严重的环境污染，群众意见很大。",
        comments[1],
        "案例三：某乡干部为了完成招商任务，向教师摊派指标，完不成就扣工资，教师们怨声载道。",
        comments[2],
    ]
    found = article(tmp_path, "招商引资要讲政策", parts)
    assert [kind_of(found, comment) for comment in comments] == [BlockKind.PARAGRAPH] * 3


_REPORT = [
    "今年春天，记者来到福建省宁德地区的几个山村，看到农民们正在忙着种植食用菌，一派繁忙景象。",
    "村支书老王告诉记者，前几年村里穷得叮当响，现在家家户户都盖起了新房，日子越过越红火。",
]


@pytest.mark.parametrize(
    "below",
    [
        "【相关链接】宁德地区地处闽东，是全国十八个集中连片贫困地区之一。",  # a box after the report
        "又讯　江西省其他各县也都在积极开展爱国卫生运动，全省已有三百多个乡参加了这一运动。",  # a second item
    ],
)
def test_a_note_over_a_report_ends_at_no_bracketed_label_nor_second_item(tmp_path: Path, below: str) -> None:
    """Review of blocks-u: 【相关链接】 or 又讯 under a report is no dateline lead ending the note above
    it: the report's paragraphs stay the report's (the note keeps its first paragraph)."""
    for note in (
        "编辑点评  如果你是一个普通的农民，你最关心的是什么？恐怕是怎样才能把日子过得更好。",
        "编者按：江西省瑞金县的农民最近开展了一场积极的爱国卫生运动，效果很好。各地可以参考。",
    ):
        found = article(tmp_path, "山村新景", [note, *_REPORT, below])
        assert kind_of(found, note) is BlockKind.EDITORIAL
        assert [kind_of(found, text) for text in _REPORT] == [BlockKind.PARAGRAPH] * 2


def test_a_report_glued_under_a_labelled_note_is_not_made_the_note(tmp_path: Path) -> None:
    """Review of blocks-u: the export glued the report's lead and first sentence to the note in one
    paragraph: the report's words are no editorial note (the paragraph stays one)."""
    glued = (
        "编辑点评  如果你是机关干部，不妨每天问一问自己：今天为群众做了些什么？"
        "本报福州8月2日电　福建省委今天召开会议，总结全省开展两年来的建设勤政廉洁机关活动。"
    )
    body = "会议要求各级干部密切联系群众，为群众多办实事，把勤政廉洁的各项要求落到实处，取得了群众的信任。"
    found = article(tmp_path, "建设勤政廉洁的政府", [glued, body, body])
    assert [block.kind for block in found if "本报福州8月2日电" in block.text] == [BlockKind.PARAGRAPH]


def test_a_notes_label_alone_heads_the_papers_note_under_it() -> None:
    """1948-03-06: 编者的话 / 贫农团是… closing the report; 1981-10-03: 编后 / 鞍钢化工总厂的做法… closing it;
    1998-12-02: 开篇的话 / 改革开放20年来，… heading a series' report (the report's own paragraphs
    below); 2003-05-04: 编辑点评 / 安徽省委、… above the report's lead 本报合肥5月3日电; 1948-02-14:
    编者按 / 农民们： (the note's salutation) / 我们报纸，… above the complaint: the label and its note
    are the paper's."""
    found = blocks("1948-03-06_阳城")
    assert [block.kind for block in found[-2:]] == [BlockKind.EDITORIAL] * 2 and found[-2].text == "编者的话"
    found = blocks("1981-10-03_鞍钢")
    assert [block.kind for block in found[-2:]] == [BlockKind.EDITORIAL] * 2 and found[-2].text == "编后"
    found = blocks("1998-12-02_绿洲")
    kinds = [block.kind for block in found]
    assert kinds[2:5] == [BlockKind.EDITORIAL, BlockKind.EDITORIAL, BlockKind.PARAGRAPH]
    found = blocks("2003-05-04_拨亮")
    assert [block.kind for block in found[2:5]] == [BlockKind.EDITORIAL, BlockKind.EDITORIAL, BlockKind.PARAGRAPH]
    assert found[4].text.startswith("本报合肥5月3日电")
    found = blocks("1948-02-14_赵县")
    (note,) = [block for block in found if block.text.startswith("我们报纸")]
    assert note.kind is BlockKind.EDITORIAL and kind_of(found, "农民们：") is BlockKind.SALUTATION
    assert found[-1].kind is BlockKind.PARAGRAPH


def test_a_notes_label_in_the_middle_twice_or_over_no_note_is_no_note(tmp_path: Path) -> None:
    """Made up: 点评 in the middle of a text, 点评 over each of two cases (the text's own series),
    编后 over a short line or a sentence left open, 编辑部 (no label), 编者的话 with nothing under it:
    none is the paper's note."""
    label, note = "编后", "这件事告诉我们，做工作一定要从实际出发，不能搞形式主义，更不能弄虚作假。"
    found = article(tmp_path, "新闻", [_BODY, _BODY, label, note, _BODY, _BODY, _BODY, _BODY])
    assert kind_of(found, label) is not BlockKind.EDITORIAL and kind_of(found, note) is BlockKind.PARAGRAPH
    found = article(tmp_path, "新闻", [_BODY, "点评", note, _BODY, "点评", _LONG])
    assert BlockKind.EDITORIAL not in {block.kind for block in found}
    for under in ("做工作要从实际出发", "这件事告诉我们，做工作一定要从实际出发，不能搞形式主义，更不能弄虚"):
        found = article(tmp_path, "新闻", [_BODY, _BODY, _BODY, label, under])
        assert kind_of(found, under) is BlockKind.PARAGRAPH, under
    found = article(tmp_path, "新闻", [_BODY, _BODY, _BODY, "编辑部", note])
    assert kind_of(found, note) is BlockKind.PARAGRAPH
    found = article(tmp_path, "新闻", [_BODY, _BODY, _BODY, "编者的话"])
    assert found[-1].text == "编者的话" and found[-1].kind is not BlockKind.EDITORIAL


def test_a_notes_label_heading_a_text_with_no_lead_keeps_its_first_paragraph(tmp_path: Path) -> None:
    """Made up: 开篇的话 under the title, then five paragraphs and no report's lead: where the note
    ends is unknown, it keeps its first paragraph; closing the text, the note under 编后 ends with the
    text: its four paragraphs are all the note's."""
    found = article(tmp_path, "绿洲人家", ["开篇的话", _LONG, _BODY, _BODY, _BODY, _BODY])
    assert [block.kind for block in found[1:4]] == [BlockKind.EDITORIAL, BlockKind.EDITORIAL, BlockKind.PARAGRAPH]
    parts = [_BODY] * 6 + ["编后", _LONG, _LONG, _LONG, _LONG]
    found = article(tmp_path, "新闻", parts)
    assert [block.kind for block in found[-5:]] == [BlockKind.EDITORIAL] * 5


def test_a_standalone_editors_note_label_over_a_letter_keeps_the_paragraphs_down_to_its_salutation(
    tmp_path: Path,
) -> None:
    """Made up: 编者按 alone under the title, two paragraphs of the note, then the letter (编辑同志：…):
    both paragraphs are the note's, the letter is not; with a letter's title between them (short, no
    note's paragraph), only the paragraph above it is."""
    letter = ["编辑同志：", _LONG, _LONG]
    found = article(tmp_path, "来信", ["编者按", _LONG, _BODY, *letter])
    assert [block.kind for block in found[1:5]] == [BlockKind.EDITORIAL] * 3 + [BlockKind.SALUTATION]
    assert found[-1].kind is BlockKind.PARAGRAPH
    found = article(tmp_path, "来信", ["编者按", _LONG, "“修行在个人”吗？", *letter])
    assert kind_of(found, "“修行在个人”吗？") is not BlockKind.EDITORIAL
    assert [block.kind for block in found[1:3]] == [BlockKind.EDITORIAL] * 2


_NOTE1 = "这件事告诉我们，做工作一定要从实际出发，不能搞形式主义，更不能弄虚作假，要实事求是。"
_NOTE2 = "工交企业的领导要有克服现有奖金发放中平均主义的决心，从本地区本单位的实际出发，勇于跳出老框框。"
_NOTE3 = "各地在推广这个经验的时候，要注意结合本单位的具体情况，切不可生搬硬套，一哄而起，搞形式主义。"
_NOTE4 = "我们希望读者来信，谈谈你们那里是怎样做的，有什么经验和问题，以便我们更好地推动这项工作。"


def test_a_closing_afterword_runs_to_the_end_of_the_text_at_any_length(tmp_path: Path) -> None:
    """Made up (review of body-w): 编后 closing the text with nothing but its paragraphs under it: the
    editors' afterword ends with the text, its four paragraphs all the note's (not one the note's and
    three the body's)."""
    found = article(tmp_path, "新闻", [_BODY] * 7 + ["编后", _NOTE1, _NOTE2, _NOTE3, _NOTE4])
    assert [block.kind for block in found[-5:]] == [BlockKind.EDITORIAL] * 5


@pytest.mark.parametrize("signer", ["编者", "本报编辑部", "——编者"])
def test_a_closing_note_signed_by_the_editors_keeps_all_its_paragraphs_and_its_signer(
    tmp_path: Path, signer: str
) -> None:
    """Made up (review of body-w): 编后 / two paragraphs / 编者 (the note's signer, its own closing, as
    ——编者 closes the note of 2001-09-03 in the gold: editorial): the signer's line does not cut the
    note after its first paragraph."""
    found = article(tmp_path, "新闻", [_BODY] * 6 + ["编后", _NOTE1, _NOTE2, signer])
    assert [block.kind for block in found[-4:]] == [BlockKind.EDITORIAL] * 4
    assert found[-1].text == signer


@pytest.mark.parametrize("salutation", ["编辑同志：", "编者同志：", "人民日报编辑部："])
def test_a_letters_salutation_to_the_paper_is_not_skipped_as_the_notes_own(tmp_path: Path, salutation: str) -> None:
    """Made up (review of body-w): 编者按 alone, then a reader's letter addressed to the paper or its
    editors: the salutation is the letter's (only one to the readers, 农民们：, is the note's own, 1948-02-14),
    and the paragraphs under it are the reader's letter, not the paper's note."""
    found = article(tmp_path, "来信", ["编者按", salutation, _BODY, _BODY, _BODY])
    assert [block.kind for block in found[2:]] == [BlockKind.SALUTATION] + [BlockKind.PARAGRAPH] * 3


def test_a_label_glued_to_its_note_is_read_by_the_glued_notes_rules(tmp_path: Path) -> None:
    """Made up (review of body-w): 编者按：… glued (no label alone): the note and its paragraph down to
    the letter's salutation; the letter's paragraphs stay the letter's."""
    found = article(tmp_path, "来信", ["编者按：" + _NOTE1, _NOTE2, "编辑同志：", _BODY, _BODY])
    kinds = [BlockKind.EDITORIAL, BlockKind.EDITORIAL, BlockKind.SALUTATION, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    assert [block.kind for block in found[1:]] == kinds


def test_a_label_in_the_first_half_over_a_quoted_piece_is_no_closing_note(tmp_path: Path) -> None:
    """Made up (review of body-w): 编者按 alone in the first half, over the piece it introduces and its
    source line: the piece is the text's (a 编者按 there introduces, it does not close)."""
    parts = [_BODY, _BODY, _BODY, "下面是这个刊物发表的文章：", "编者按", _NOTE1, _BODY, "（原载《红旗》杂志）"]
    found = article(tmp_path, "新闻", parts)
    assert [block.kind for block in found if block.text == _BODY] == [BlockKind.PARAGRAPH] * 4
