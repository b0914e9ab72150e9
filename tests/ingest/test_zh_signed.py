"""A reader's signature inside a page of letters and answers (encoder/ingest/zh_signed.py), on real
articles of ``tests/fixtures/rmrb-json-dev/`` and the review's examples."""

from __future__ import annotations

from pathlib import Path

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
    found = blocks("1949-10-03")
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
