"""The Chinese structure rules that do not rely on indentation, each on a real article of the
JSON distribution (``tests/fixtures/rmrb-json-dev``) or of May 1946 (``source/rmrb``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder import patterns as pt
from encoder.diagnostics import Reporter
from encoder.enrich import AUTHORITY_ONLY, enrich
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.ingest.zh_rules import (
    _glued_signer,
    broken_salutation,
    exchanged_letters,
    glued_salutation,
    quoted_source,
)
from encoder.model import Block, BlockKind, Phrase, PhraseKind, Span

from .conftest import FIXTURES, RMRB
from .test_zh_lines import kind_of
from .test_zh_tails import article

DEV = FIXTURES / "rmrb-json-dev"


def blocks(path: Path) -> list[Block]:
    reporter = Reporter(str(path))
    return parse(read_source(path, reporter=reporter), reporter).texts[0].blocks


def dev(prefix: str) -> list[Block]:
    (path,) = DEV.glob(f"{prefix}*.json")
    return blocks(path)


def kinds_of(found: list[Block], kind: BlockKind) -> list[str]:
    return [block.text for block in found if block.kind is kind]


def lead(block: Block) -> str | None:
    first = block.lines[0][0]
    return first.text if isinstance(first, Phrase) and first.kind is PhraseKind.LEAD else None


def test_numbered_intertitles_may_hold_commas_and_semicolons() -> None:
    assert kinds_of(dev("1951-06-06"), BlockKind.INTERTITLE) == [
        "一、积极参加爱国运动，一次高潮紧接着一次高潮",
        "二、在爱国主义的旗帜下，努力改进经营",
        "三、踊跃纳税，从清理尾欠、预交税款发展到“自查补税”运动",
        "四、以控诉、对比来教育大家；骨干分子带头，继续推进爱国运动",
    ]


def test_two_levels_of_numbered_intertitles_and_the_lists_under_them_stay_paragraphs() -> None:
    found = dev("1996-10-04")
    titles = kinds_of(found, BlockKind.INTERTITLE)
    assert titles[:4] == [
        "一、主要目标",
        "二、主要任务",  # (glued to the end of the paragraph before it: see test_zh_tails)
        "（一）推动科研机构面向经济建设主战场。",
        "（二）发展高技术，促进高新技术产业化。",
    ]
    assert {"三、主要措施", "四、资金保障", "五、深化国防科技体制改革"} <= set(titles)
    # （一）实行科学管理。加强… and 1．绝大多数科研机构… are items of lists, not headings
    assert not [t for t in titles if t.startswith(("（一）实行", "1．"))]
    assert lead(found[1]) == "新华社北京10月3日电"  # a dated dispatch needs no space after 电


def test_a_series_of_long_numbered_lines_is_no_heading() -> None:
    found = dev("1997-08-05")
    assert not kinds_of(found, BlockKind.INTERTITLE)  # 一、免去陈宝鎏（女）的…职务。 and its ten siblings
    assert lead(found[1]) == "新华社北京８月４日电"


def test_bare_numerals_are_intertitles() -> None:
    assert kinds_of(dev("1967-06-28"), BlockKind.INTERTITLE) == ["（一）", "（二）", "（三）"]
    assert kinds_of(dev("1987-03-08"), BlockKind.INTERTITLE)[:3] == ["一", "二", "三"]


def test_headings_run_into_their_paragraphs_are_split_off() -> None:
    found = dev("1981-02-21")
    assert kinds_of(found, BlockKind.INTERTITLE) == ["·小麦条锈病·", "·小麦叶锈病·", "·小麦丛矮病·", "·小麦黄矮病·"]
    after = found[[b.text for b in found].index("·小麦条锈病·") + 1]
    assert after.kind is BlockKind.PARAGRAPH and after.text.startswith("根据各地的秋苗病情")


def test_the_first_item_of_a_collection_is_a_heading_not_a_byline() -> None:
    assert kinds_of(dev("1998-06-26"), BlockKind.INTERTITLE) == ["边界封堵", "模特聚会"]


def test_an_outline_under_heavenly_stems_gets_no_sections_from_its_numbers() -> None:
    (path,) = RMRB.glob("1946-05-24_冀南银行*.md")
    assert not kinds_of(blocks(path), BlockKind.INTERTITLE)  # （乙）放款 above １、工商业放款


def test_leads_of_later_decades() -> None:
    found = dev("1995-02-23")
    assert [lead(b) for b in found if lead(b)] == [
        "本报华盛顿２月２２日电记者刘爱成报道：",
        "本报墨西哥城２月２１日电记者张金江报道：",
    ]
    assert "新华社北京１月９日电  （记者朱维新）" in [lead(b) for b in dev("1990-01-10")]
    for text, expected in (
        ("本报讯内蒙古通辽市集资办电，苦干三年", "本报讯"),  # tests/fixtures/bilingual/11-glued-lead-and-credit
        ("新华社北京１０月１２日电（记者周树春）国家主席江泽民", "新华社北京１０月１２日电（记者周树春）"),  # …/09
    ):
        match = pt.ZH_LEAD.match(text)
        assert match is not None and match.group() == expected
    # a dated dispatch by 讯 as by 电, with no space; a place naming its country in brackets
    assert lead(dev("1999-04-03_’99")[1]) == "本报北京4月2日讯记者孟宪励报道："
    assert "本报埃维昂（法国）6月1日电  记者李文云、张祝基、王芳报道：" in [lead(b) for b in dev("2003-06-03")]
    assert pt.ZH_LEAD.match("新华社记者　周鸿书") is None  # a byline, not a lead
    assert pt.ZH_LEAD.match("本报通讯员") is None


def test_undated_leads_ending_with_a_colon_or_run_into_the_news() -> None:
    assert lead(dev("1954-05-04_越人民军")[2]) == "据新华社讯："  # (据越南通讯社讯： stays in the text)
    assert lead(dev("1967-03-06_霍查")[5]) == "据新华社地拉那电"
    assert lead(dev("1996-03-04")[1]) == "新华社北京电"
    assert lead(dev("1995-09-04")[1]) == "新华社日内瓦电"
    assert lead(dev("1985-08-01_支援资金")[2]) == "新华社重庆电（记者吴锦才）"
    # a dated lead is not run on to the source quoted after it; 电 opening a word is no dispatch
    match = pt.ZH_LEAD.match("新华社北京7月1日电金斯敦消息：牙买加政府日前重申")
    assert match is not None and match.group() == "新华社北京7月1日电"
    assert pt.ZH_LEAD.match("新华社北京电视台记者报道") is None


def leads(text: str) -> str | None:
    match = pt.ZH_LEAD.match(text)
    return match.group() if match else None


def test_a_run_on_leads_place_is_a_place_and_the_news_follows_it() -> None:
    """(People's Daily, January 1998) 本报讯 is the lead of 本报讯美国西屋电气公司…, not 本报讯美国西屋电;
    a sentence of the agency's (本报收到…来电，, 本报编辑部致电…) is no lead."""
    assert leads("本报福州电记者赵鹏报道：福州市委、市政府") == "本报福州电记者赵鹏报道："
    assert leads("据新华社北京电由美国政治学与人权学教授") == "据新华社北京电"
    assert leads("本报大连电春运来临，大连铁道") == "本报大连电"
    for text in (
        "美国西屋电气公司最近表示",
        "铁道部电气化工程局近日",
        "上海三菱电梯北京分公司",
        "记者冉永平从邮电部获悉：",
    ):
        assert leads(f"本报讯{text}") == "本报讯"
    for text in ("本报收到各地读者来电，", "本报记者来到首都电厂采访。", "本报编辑部致电全国人大", "新华社发出唁电，"):
        assert leads(text) is None
    assert leads("本报收到读者来电：") is None
    # a final review's: a word 电 begins (电业局), a day is no place (今天, 昨天)
    for text in ("本报北京电业局职工来信", "本报今天电贺", "本报昨天电告"):
        assert leads(text) is None, text


_LONGER = [
    (BlockKind.HEADLINE, "新书推荐"),
    (BlockKind.PARAGRAPH, "这是一本好书。"),
    (BlockKind.PARAGRAPH, "值得一读。"),
    (BlockKind.PARAGRAPH, "《法国二十世纪文学丛书》"),
]


def test_a_quotation_box_closed_by_a_works_title_has_it_as_attribution() -> None:
    found = dev("1966-12-07")  # 毛主席语录 / the quotation / 《在延安文艺座谈会上的讲话》
    assert [b.kind for b in found] == [BlockKind.HEADLINE, BlockKind.PARAGRAPH, BlockKind.ATTRIBUTION]
    # a book's title closing a longer text is left alone
    longer = [Block(kind, [[text]], Span("t", 1, 1)) for kind, text in _LONGER]
    quoted_source(longer)
    assert longer[-1].kind is BlockKind.PARAGRAPH


def test_a_rules_clause_after_a_semicolon_is_no_salutation() -> None:
    """…规定如下；凡属下列情况之一者： (no message announced: the clause stays in the paragraph)."""
    found = [Block(BlockKind.PARAGRAPH, [["国务院关于处理问题的规定如下；凡属下列情况之一者："]], Span("t", 1, 1))]
    glued_salutation(found)
    assert [b.kind for b in found] == [BlockKind.PARAGRAPH]
    found = [Block(BlockKind.PARAGRAPH, [["贺电全文如下；莫斯科苏联部长会议："]], Span("t", 1, 1))]
    glued_salutation(found)
    assert [b.kind for b in found] == [BlockKind.PARAGRAPH, BlockKind.SALUTATION]


def _three(title: str, text: str) -> list[Block]:
    found = [(BlockKind.HEADLINE, title), (BlockKind.PARAGRAPH, text), (BlockKind.PARAGRAPH, "《鲁迅杂文选》")]
    return [Block(kind, [[line]], Span("t", 1, 1)) for kind, line in found]


def test_a_books_title_under_a_notice_of_it_is_no_quotations_source() -> None:
    """No 语录 in the title and no quotation marks: the book's title stays a paragraph."""
    notice = _three("新书出版", "人民文学出版社最近出版了鲁迅的杂文选集，收文一百二十篇。")
    quoted_source(notice)
    assert notice[-1].kind is BlockKind.PARAGRAPH
    quotation = _three("鲁迅论读书", "“读书无嗜好，就能尽其多。”")
    quoted_source(quotation)
    assert quotation[-1].kind is BlockKind.ATTRIBUTION


def test_a_reporter_glued_to_the_last_paragraph_is_a_byline() -> None:
    found = dev("1998-06-26")
    assert [b.text for b in found if b.kind is BlockKind.BYLINE] == ["本报记者王芳"]
    assert found[-1].kind is BlockKind.CREDIT and found[-1].text == "（本报巴黎6月25日电）"
    unnamed = dev("1973-01-02")  # the correspondents, unnamed: …平均一人一头多。新华社通讯员
    assert unnamed[-1].kind is BlockKind.BYLINE and unnamed[-1].text == "新华社通讯员"
    assert unnamed[-2].kind is BlockKind.PARAGRAPH and unnamed[-2].text.endswith("。")


def test_names_in_brackets_glued_to_the_last_paragraph_are_a_byline() -> None:
    found = dev("1947-07-24")
    assert found[-1].kind is BlockKind.BYLINE and found[-1].text == "（周义、罗彦）"
    assert found[-2].kind is BlockKind.PARAGRAPH and not found[-2].text.endswith("）")


def test_a_unit_of_writers_in_brackets_glued_to_the_last_paragraph_is_a_byline() -> None:
    found = dev("1947-11-08")  # …以便群众监督。（武乡联合办公室）
    assert found[-1].kind is BlockKind.BYLINE and found[-1].text == "（武乡联合办公室）"
    assert found[-2].kind is BlockKind.PARAGRAPH and found[-2].text.endswith("监督。")
    unit = dev("1947-11-04_南天河")  # names, then the group: …薰荒积肥运动。（生秀、南天河通讯组）
    assert unit[-1].kind is BlockKind.BYLINE and unit[-1].text == "（生秀、南天河通讯组）"


def test_reporter_lines_and_name_lines_are_bylines() -> None:
    assert "本报通讯员" in kinds_of(dev("1975-04-03"), BlockKind.BYLINE)
    assert "新华社记者\u3000游云谷摄" in kinds_of(dev("1959-09-15"), BlockKind.BYLINE)
    assert "新华社记者\u3000叶世涛\u3000新民晚报记者\u3000黄彰才" in kinds_of(dev("1963-02-22"), BlockKind.BYLINE)
    assert "张安祥\u3000王沈海摄" in kinds_of(dev("1984-03-31"), BlockKind.BYLINE)
    assert "推荐人：王淑雯" in kinds_of(dev("2000-07-01"), BlockKind.BYLINE)


def test_names_before_a_credit_are_a_byline_and_the_credit_a_credit() -> None:
    found = dev("1992-01-29")
    assert [(b.kind, b.text) for b in found[-2:]] == [(BlockKind.BYLINE, "张敏  "), (BlockKind.CREDIT, "（新华社发）")]


def test_credits_without_a_dispatch_date() -> None:
    last = dev("1982-12-11")[-1]
    assert isinstance(last.lines[0][-1], Phrase) and last.lines[0][-1].text == "（新华社）"
    assert pt.ZH_CREDIT.match("（新华社发）") and not pt.ZH_CREDIT.match("（本报记者）")


def test_the_last_short_line_of_a_letter_to_the_editor_is_its_signature() -> None:
    assert kinds_of(dev("1955-09-11"), BlockKind.SIGNATURE) == ["哈尔滨市监察局\u3000周瑞伍"]
    assert kinds_of(dev("1977-02-21"), BlockKind.SIGNATURE) == ["天津拖拉机厂第一评报组"]


def test_a_telegram_announced_in_a_news_paragraph_gets_its_salutation_signature_and_wish() -> None:
    found = dev("1971-11-07")
    assert kinds_of(found, BlockKind.SALUTATION) == ["北京中华人民共和国国务院总理周恩来先生阁下"]
    assert found[1].text.endswith("电报全文如下：")
    assert kinds_of(found, BlockKind.SIGNATURE) == ["伊朗首相", "阿米尔·阿巴斯·胡韦达"]
    found = dev("1965-07-28")
    assert kinds_of(found, BlockKind.SALUTATION) == ["第十一届禁止原子弹氢弹世界大会："]
    assert kinds_of(found, BlockKind.VALEDICTION) == ["祝大会成功。"]


def test_a_long_line_ending_in_a_colon_under_the_headline_is_no_salutation() -> None:
    # 农业部农作物病虫测报总站二月中旬发布今年小麦叶锈病等四种病害发生趋势预报： (38 characters)
    assert not kinds_of(dev("1981-02-21"), BlockKind.SALUTATION)


def test_the_editors_closing_remark() -> None:
    assert "——编者附语" in kinds_of(dev("1984-03-31"), BlockKind.EDITORIAL)


def test_names_above_a_closing_picture_note_and_a_role_with_a_name_are_bylines() -> None:
    def text_of(name: str):
        path = FIXTURES / "rmrb-json-dev" / name
        reporter = Reporter(str(path))
        return enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY).texts[0]

    heroes = text_of("1967-01-07_雷锋式的英雄——记“南海英雄船”英雄水手熊耀章烈士.json")
    assert [(b.kind, b.text) for b in heroes.back][:2] == [
        (BlockKind.BYLINE, "为民  杨枫  海鹰"),
        (BlockKind.CAPTION, "（附图片）"),
    ]
    coaches = text_of("1980-12-01_中国乒乓球队教练谈_世界乒坛新动向.json")
    assert [(b.kind, b.text) for b in coaches.back] == [(BlockKind.BYLINE, "新闻研究生  刘小明")]


def test_a_reply_printed_under_the_letter_it_answers() -> None:
    """1969-03-10: a supply co-operative's letter (安家堡贫下中农管理商业小组：… signed
    江苏邗江酒甸公社供销社), then the reply (江苏邗江酒甸公社供销社：… 致以无产阶级文化大革命敬礼！ signed
    by the production brigade's 26-character committee)."""
    found = dev("1969-03-10")
    assert kinds_of(found, BlockKind.SALUTATION) == ["安家堡贫下中农管理商业小组：", "江苏邗江酒甸公社供销社："]
    assert kinds_of(found, BlockKind.SIGNATURE) == [
        "江苏邗江酒甸公社供销社",
        "河北省万全县安家堡公社安家堡大队贫下中农管理商业小组",
    ]
    assert kinds_of(found, BlockKind.VALEDICTION) == ["致以无产阶级文化大革命敬礼！"]


def test_an_addressee_line_in_a_text_that_is_no_letter_stays_a_paragraph() -> None:
    """The same lines of 1969-03-10 without the salutation that opens them (a report quoting the
    two letters' lines, say): the rule leaves the name and the line ending in a colon alone."""
    found = [
        Block(BlockKind.PARAGRAPH, [[block.text]], block.span)
        for block in dev("1969-03-10")[:6]
        if block.kind is not BlockKind.HEADLINE
    ]
    exchanged_letters(found)
    assert [block.kind for block in found] == [BlockKind.PARAGRAPH] * len(found)
    found[0].kind = BlockKind.SALUTATION
    exchanged_letters(found)
    assert kinds_of(found, BlockKind.SALUTATION) == ["安家堡贫下中农管理商业小组：", "江苏邗江酒甸公社供销社："]


def test_a_signer_in_brackets_glued_to_the_end_of_a_letters_answer() -> None:
    """1996-12-30: the reader's question (signed 浙江陈海), then the answer 陈海同志：… ending
    …提起行政诉讼。（本版法律顾问）: the legal adviser signs it."""
    found = dev("1996-12-30")
    assert kinds_of(found, BlockKind.SIGNATURE) == ["浙江陈海", "（本版法律顾问）"]
    assert found[-2].text.endswith("向人民法院提起行政诉讼。") and found[-2].kind is BlockKind.PARAGRAPH


def test_a_note_in_brackets_glued_to_the_end_of_a_letter_is_no_signer() -> None:
    """The same letter ending in a sequel note or a credit instead: neither is cut off as a signer."""
    for note in ("（待续）", "（新华社）", "（附图片）"):
        found = dev("1996-12-30")[:-1]  # (the answer's last paragraph, without its signer)
        found[-1].lines = [[found[-1].text + note]]
        _glued_signer(found, len(found) - 1)
        assert found[-1].text.endswith(note) and found[-1].kind is not BlockKind.SIGNATURE


def test_the_first_section_heading_under_the_byline() -> None:
    """1959-11-02: 梁元博 / 海洋地质学是一门尖端科学 / a long paragraph / 海岸和海底的形态 …; 1979-06-05:
    艾冰 / “黄金时代”早已消逝 / … / 生产“过剩”形势严重: the text's first heading has no paragraph above it."""
    assert kinds_of(dev("1959-11-02_海洋"), BlockKind.INTERTITLE)[0] == "海洋地质学是一门尖端科学"
    assert kinds_of(dev("1979-06-05"), BlockKind.INTERTITLE)[0] == "“黄金时代”早已消逝"


def test_a_telegrams_address_broken_over_parts_after_the_announcing_paragraph_is_the_salutation() -> None:
    # the address runs into the paragraph after 贺电全文如下： and goes on over two more parts
    assert kinds_of(dev("1972-01-01_董副主席"), BlockKind.SALUTATION) == [
        "哈瓦那古巴共和国总统奥斯瓦尔多·多尔蒂科斯·托拉",
        "多博士，古巴共和国革命政府总理菲德尔·卡斯特罗·鲁",
        "斯少校：",
    ]
    found = dev("1977-08-02")
    assert kinds_of(found, BlockKind.SALUTATION) == [
        "中国共产党中央委员会副主席、中央军委副主席、",
        "国务院副总理、中国人民解放军总参谋长邓小平",
        "先生副主席先生：",
    ]
    assert found[1].text.endswith("电报全文如下：") and found[1].kind is BlockKind.PARAGRAPH


def test_no_address_when_no_piece_ending_with_a_colon_closes_it() -> None:
    def paragraph(text: str) -> Block:
        return Block(BlockKind.PARAGRAPH, [[text]], Span("x", 1, 0))

    texts = ["据报道，声明全文如下：中国政府", "严正声明", "美国必须立即停止侵略。", "一九六五年二月九日"]
    found = [paragraph(text) for text in texts]
    broken_salutation(found)
    assert [block.kind for block in found] == [BlockKind.PARAGRAPH] * 4
    # a list announced is no message's address (a review's examples, 2026-12-01)
    for texts in (
        ["名单如下：", "（按姓氏笔画为序）", "万里\u3000习仲勋\u3000王震\u3000韦国清\u3000乌兰夫", "政治局候补委员："],
        ["具体办法如下：", "一、关于工资调整", "二、关于奖金："],
    ):
        found = [paragraph(text) for text in texts]
        broken_salutation(found)
        assert [block.kind for block in found] == [BlockKind.PARAGRAPH] * len(texts), texts
    found = [paragraph("公报全文如下："), paragraph("各位代表：")]  # a communiqué is no message (电, 函, 信)
    broken_salutation(found)
    assert [block.kind for block in found] == [BlockKind.PARAGRAPH] * 2


def test_an_agencys_bare_credit_on_its_own_line_is_a_credit() -> None:
    """1968-07-04: 新华社发 under the picture's caption names its source, not a maker."""
    for credit in ("新华社发", "新华社稿", "本报稿"):
        assert pt.ZH_BARE_CREDIT.match(credit), credit
    for byline in ("新华社记者发", "新华社通讯员稿", "新华社记者　张三"):
        assert not pt.ZH_BARE_CREDIT.match(byline), byline
    found = dev("1968-07-04_坚持斗争")
    assert found[-1].kind is BlockKind.CREDIT and found[-1].text == "新华社发"


def test_a_bare_credit_is_one_of_its_forms_not_a_sentence_about_the_paper(tmp_path: Path) -> None:
    """Only the agency, a dispatch ending in 电 or 讯, then 发, 稿, 供稿, 特稿 or 专稿: the paper's notices
    (本报征稿, 本报收到大批来稿) are no credit and stay what they were (a review's examples)."""
    for credit in ("新华社发", "本报特稿", "新华社专稿", "本报供稿", "新华社北京电稿", "据新华社讯稿"):
        assert pt.ZH_BARE_CREDIT.match(credit), credit
    for notice in ("本报征稿", "本报收到大批来稿", "本报欢迎来稿", "本报将陆续刊发", "本报不再刊发", "本报已发"):
        assert not pt.ZH_BARE_CREDIT.match(notice), notice
    cases = [
        (["本报收到大批来稿", "最近，许多读者来信谈到农村的问题。", "他们提出了很多好的意见。"], BlockKind.PARAGRAPH),
        (["这是第一段话，说了一些事情。", "这是最后一段话，说完了。", "本报欢迎来稿"], BlockKind.PARAGRAPH),
        (
            ["这是第一段话，说了一些事情。", "本报征稿", "本报从今天起征集农业生产经验，欢迎读者投稿。"],
            BlockKind.INTERTITLE,
        ),
    ]
    for parts, kind in cases:
        notice = next(part for part in parts if part.startswith("本报") and "，" not in part)
        assert kind_of(article(tmp_path, "读者来信综述", parts), notice) is kind, notice


def test_a_telegrams_address_alone_or_opening_its_first_paragraph_after_dianwen_ruxia() -> None:
    """1949-10-03: …电中央人民政府祝贺，电文如下： / 中华人民共和国中央人民政府主席、副主席暨全体委员：今天是…
    (the address cut off the first sentence), and …的成立。电文如下： / 中央人民政府毛主席暨全体委员： alone."""
    salutations = kinds_of(dev("1949-10-03_各方电贺"), BlockKind.SALUTATION)
    assert "中华人民共和国中央人民政府主席、副主席暨全体委员：" in salutations
    assert "中央人民政府毛主席暨全体委员：" in salutations
    assert not any(text.startswith("今天是") for text in salutations)


def test_a_first_sentence_with_a_colon_after_dianwen_ruxia_is_no_address(tmp_path: Path) -> None:
    """…致电毛主席，电文如下： / 我们全体指战员一致表示：坚决拥护…; …信文如下： / 我们的建议是：多登一些…: the
    clause before the colon names no addressee, the paragraph stays whole."""
    cases = [
        (
            "【新华社北京三日电】华北军区全体指战员致电毛主席，电文如下：",
            "我们全体指战员一致表示：坚决拥护中央人民政府。",
        ),
        ("本报最近收到很多读者来信。其中读者张华的来信，信文如下：", "我们的建议是：多登一些农村的消息。"),
    ]
    for announcing, first in cases:
        found = article(tmp_path, "来电", [announcing, first, "读者\u3000张华"])
        assert kind_of(found, first) is BlockKind.PARAGRAPH, first


def test_a_long_wish_above_a_telegrams_signature_is_its_closing_formula() -> None:
    """1972-01-01: 祝中古两国的友好合作关系和两国人民的战斗友谊不断巩固和发展。 above the signers."""
    found = dev("1972-01-01_董副主席")
    assert kinds_of(found, BlockKind.VALEDICTION) == ["祝中古两国的友好合作关系和两国人民的战斗友谊不断巩固和发展。"]


def test_a_reprinted_editorials_source_under_the_title_is_a_credit(tmp_path: Path) -> None:
    """1946-11-05 (解放日报二日社论) and 1967-03-09 (《文汇报》三月六日社论): the line under the title
    names the paper and the day whose editorial is reprinted, a credit; 本报评论员 stays a byline,
    a kicker saying a paper did (朝鲜《劳动新闻》发表社论) is no source, and below the first line
    the same words are no credit."""
    for name, line in (
        ("1946-11-05_再接再厉争取全面抵抗的胜利.json", "解放日报二日社论"),
        ("1967-03-09_搞臭风头主义.json", "《文汇报》三月六日社论"),
    ):
        path = FIXTURES / "rmrb-json-dev" / name
        reporter = Reporter(str(path))
        found = enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY).texts[0].blocks
        assert kind_of(found, line) is BlockKind.CREDIT
    assert not pt.ZH_REPRINTED_FROM.match("本报社论")
    assert not pt.ZH_REPRINTED_FROM.match("朝鲜《劳动新闻》发表社论")  # (a country before the name)
    assert not pt.ZH_REPRINTED_FROM.match("《劳动新闻》发表社论")  # (a verb after it)
    assert not pt.ZH_REPRINTED_FROM.match("学习解放日报社论")  # (a verb before it)
    body = "风头主义，是摆在无产阶级革命派面前的又一个敌人。"
    found = article(tmp_path, "搞臭风头主义", [body, "解放日报二日社论", body])
    assert kind_of(found, "解放日报二日社论") is not BlockKind.CREDIT  # (a short line: what the headings decide)


_EDITORIAL_BODY = "风头主义，是摆在无产阶级革命派面前的又一个敌人。在当前新形势下，必须把这个危险的敌人打倒。"


def test_a_papers_editorial_named_under_the_title_is_a_credit_only_as_a_reprints_source(tmp_path: Path) -> None:
    """Another paper's editorial, short comment or journal's editorial reprinted is credited
    (《红旗》杂志社论, 解放军报1967年3月6日社论, 北京日报短评, 解放日报二日社论 also in the authors);
    not a deck with a verb (认真学习人民日报社论, 评苏修真理报社论), several papers (首都各报社论,
    莫斯科各报社论), the paper's own label (人民日报社论, 《人民日报》社论, 人民日报三月六日社论,
    人民日报编辑部文章), a report's deck above its dateline lead (《真理报》社论 over
    【新华社莫斯科三日电】…), nor the papers' names heading a digest of their editorials."""
    body = _EDITORIAL_BODY
    for line, authors in (
        ("《红旗》杂志社论", None),
        ("解放军报1967年3月6日社论", None),
        ("北京日报短评", None),
        ("解放日报二日社论", ["解放日报"]),
    ):
        found = article(tmp_path, "搞臭风头主义", [line, body, body], authors)
        assert kind_of(found, line) is BlockKind.CREDIT, line
    for title, line, lead in (
        ("坚持无产阶级专政下的继续革命", "认真学习人民日报社论", "本报讯　" + body),
        ("驳苏修的无耻谰言", "评苏修真理报社论", body),
        ("首都各报热烈欢呼", "首都各报社论", "【新华社北京一日电】" + body),
        ("苏联各报纪念十月革命", "莫斯科各报社论", "【新华社莫斯科七日电】" + body),
        ("搞臭风头主义", "人民日报社论", body),
        ("搞臭风头主义", "《人民日报》社论", body),
        ("搞臭风头主义", "人民日报三月六日社论", body),
        ("搞臭风头主义", "人民日报编辑部文章", body),
        (
            "美国的战争政策必遭失败",
            "《真理报》社论",
            "【新华社莫斯科三日电】塔斯社讯：真理报三日发表社论，题为《美国的战争政策必遭失败》。社论说：美国统治集团……。",
        ),
        ("搞臭风头主义", "解放日报二日社论", "【新华社延安二日电】解放日报二日社论：" + body),
    ):
        found = article(tmp_path, title, [line, lead, body])
        assert kind_of(found, line) is not BlockKind.CREDIT, line
    digest = article(tmp_path, "各地报纸评论摘要", ["解放日报社论", body, "文汇报社论", body])
    assert [kind_of(digest, line) for line in ("解放日报社论", "文汇报社论")] == [BlockKind.INTERTITLE] * 2


def test_the_first_items_heading_under_the_headline_may_be_as_long_as_the_headings_below() -> None:
    """1981-11-03 简明新闻 and 1952-01-09 新人新事: the first item's heading (17 and 19 characters)
    opens the text under the headline; the headings below are longer than 15 characters too."""
    assert kind_of(dev("1981-11-03_简明新闻"), "东北主电网和黑龙江西部电网联网运行") is BlockKind.INTERTITLE
    assert kind_of(dev("1952-01-09_新人新事"), "战斗英雄刘四虎受到故乡人民的热烈爱戴") is BlockKind.INTERTITLE


def test_a_roundups_lead_is_a_lead() -> None:
    """A roundup's lead, before a space or a colon: 1961-05-03 本报综合报道　据新华社讯：…, 2000-01-02
    综合本报和新华社驻外记者电  …; not the word 综合 opening a sentence, nor 本报综合 naming a department."""
    assert (lead(dev("1961-05-03_高呼反帝口号")[3]) or "").startswith("本报综合报道")
    assert (lead(dev("2000-01-02_一些国家领导人发表新年贺词")[1]) or "").startswith("综合本报和新华社驻外记者电")
    assert leads("综合外电报道：伊拉克议会") == "综合外电报道"
    for text in ("综合本报记者的调查，今年", "综合治理工作取得成效", "本报综合新闻部主任王明说", "综合新华社电讯稿件"):
        assert leads(text) is None, text


def test_a_one_character_pen_name_glued_to_the_last_sentence_is_the_byline() -> None:
    """1946-09-04: …为争取政治整训的胜利而努力。（恩）: the writer, as （君） padded or （霄） alone on its line."""
    found = dev("1946-09-04_高总司令")
    assert kind_of(found, "（恩）") is BlockKind.BYLINE
    assert found[-2].text.endswith("而努力。")


_PEN_BODY = "这个县今年粮食生产获得了全面丰收，农民群众的生活得到了显著的改善，干部和群众的干劲更足了。"


@pytest.mark.parametrize(
    "bracket", ["（左）", "（右）", "（甲）", "（表）", "（完）", "（续）", "（笑）", "（一）", "（略）", "（上）"]
)
def test_no_pen_name_from_a_side_a_numbering_or_a_remark(tmp_path: Path, bracket: str) -> None:
    """A picture's side, a numbering, a table's mark, an editors' remark, a laugh, a numeral: no writer."""
    last = f"全县粮食总产量超过历史水平。{bracket}"
    found = article(tmp_path, "丰收", [_PEN_BODY, _PEN_BODY, last])
    assert BlockKind.BYLINE not in [b.kind for b in found], bracket


def test_a_pen_name_glued_inside_the_text_or_to_no_sentences_end_stays(tmp_path: Path) -> None:
    """（恩） glued to a paragraph with more text below, or after a comma, or inside the line: no byline."""
    for parts in (
        [_PEN_BODY, "全县粮食总产量超过历史水平。（恩）", _PEN_BODY, _PEN_BODY],
        [_PEN_BODY, _PEN_BODY, "全县粮食总产量超过历史水平，（恩）"],
        [_PEN_BODY, _PEN_BODY, "全县粮食总产量（恩）超过历史水平。"],
    ):
        found = article(tmp_path, "丰收", parts)
        assert BlockKind.BYLINE not in [b.kind for b in found], parts


_COUNTIES = "左权县和顺县今年粮食生产获得了全面丰收，两县群众的生活得到了显著的改善。"


@pytest.mark.parametrize(
    ("parts", "bracket"),
    [
        ([_COUNTIES, _PEN_BODY, "两县今年都获得了丰收。（左权、和顺）"], "（左权、和顺）"),  # glued
        ([_COUNTIES, _PEN_BODY, "两县今年都获得了丰收。", "（左权、和顺）"], "（左权、和顺）"),  # alone
        ([_COUNTIES, _PEN_BODY, "两县今年都获得了丰收。\u3000\u3000（左权、和顺）"], "（左权、和顺）"),  # padded
        ([_PEN_BODY, _PEN_BODY, "两村今年都获得了丰收。（王家峪、李家坪）"], "（王家峪、李家坪）"),
        ([_PEN_BODY, _PEN_BODY, "两村今年都获得了丰收。", "（马家河、刘家峡）"], "（马家河、刘家峡）"),
        ([_PEN_BODY, _PEN_BODY, "大家都说：“我们一定要修好水库！”（王师傅、李大娘）"], "（王师傅、李大娘）"),
        ([_PEN_BODY, _PEN_BODY, "大家都说：“我们一定要修好水库！”（王志、李明）"], "（王志、李明）"),
    ],
)
def test_names_of_places_or_people_of_the_story_closing_the_text_are_no_byline(
    tmp_path: Path, parts: list[str], bracket: str
) -> None:
    """Brief of round zd: two counties in brackets the text writes with 县 (（左权、和顺）, glued, alone or
    padded), two villages, people the story calls by trade or kin, a quotation's speakers: no writers."""
    found = article(tmp_path, "丰收", parts)
    assert not [b for b in found if b.kind is BlockKind.BYLINE and bracket in b.text], [b.text for b in found]


@pytest.mark.parametrize("bracket", ["（王志、李明）", "（黄家荣）", "（梅村）", "（吴锐、任大卫）"])
def test_writers_names_closing_the_text_stay_its_byline(tmp_path: Path, bracket: str) -> None:
    """The twins: names the text does not write as a place's, no village's form (黄家荣 a person, 梅村 a pen
    name of two characters), after a sentence's full stop: the byline, glued or alone."""
    found = article(tmp_path, "丰收", [_COUNTIES, _PEN_BODY, f"两县今年都获得了丰收。{bracket}"])
    assert kind_of(found, bracket) is BlockKind.BYLINE
    found = article(tmp_path, "丰收", [_COUNTIES, _PEN_BODY, "两县今年都获得了丰收。", bracket])
    assert kind_of(found, bracket) is BlockKind.BYLINE


def test_reporters_in_brackets_closing_the_text_are_its_byline(tmp_path: Path) -> None:
    """2002-04-01: …的良好环境。 / （本报记者  朱剑红整理）: the reporter who compiled the text; several
    reporters who wrote it (（本报记者赖仁琼、吕网大、王伟健采写）) too."""
    assert kind_of(dev("2002-04-01_适应加入世贸"), "（本报记者  朱剑红整理）") is BlockKind.BYLINE
    line = "（本报记者赖仁琼、吕网大、王伟健采写）"
    assert kind_of(article(tmp_path, "国庆", [_PEN_BODY, _PEN_BODY, line]), line) is BlockKind.BYLINE


@pytest.mark.parametrize(
    ("parts", "line"),
    [
        ([_PEN_BODY, _PEN_BODY, "（斯大林对“真理报”记者的谈话）"], "（斯大林对“真理报”记者的谈话）"),
        ([_PEN_BODY, _PEN_BODY, "（真理报记者的报道）"], "（真理报记者的报道）"),
        ([_PEN_BODY, "（本报记者　王志整理）", _PEN_BODY, _PEN_BODY], "（本报记者　王志整理）"),  # inside the text
    ],
)
def test_no_reporters_byline_from_a_citation_or_a_line_inside(tmp_path: Path, parts: list[str], line: str) -> None:
    """A citation of an interview, a report's note, a line inside the text: no byline."""
    assert kind_of(article(tmp_path, "丰收", parts), line) is not BlockKind.BYLINE


def _leads(found: list[Block]) -> list[str]:
    """The leads opening the paragraphs of ``found``."""
    return [
        block.lines[0][0].text
        for block in found
        if block.kind is BlockKind.PARAGRAPH and isinstance(block.lines[0][0], Phrase)
        if block.lines[0][0].kind is PhraseKind.LEAD
    ]


def test_another_reports_lead_in_square_brackets_run_into_a_paragraph_opens_its_own() -> None:
    """1952-08-04: …的暴行。【新华社广州三日电】广州市各界人民…; 1952-04-04: …（一）总结试点经验，…。【本报讯】
    据新华社讯：武汉和西安两市…: two reports printed on one part, the second's lead cut off with its paragraph."""
    from .test_zh_lines import blocks

    found = blocks("1952-08-04_中南区和武汉市、广州市各界人民")
    assert "【新华社广州三日电】" in _leads(found)
    found = blocks("1952-04-04_广州反盗窃斗争即将大规模展开")
    assert "【本报讯】" in _leads(found)


def test_no_cut_at_brackets_that_are_no_lead_or_inside_a_sentence(tmp_path: Path) -> None:
    """Near-misses: a heading in square brackets after a sentence (【编者按】), a lead in brackets inside a
    sentence (…据【新华社讯】…, no sentence's end before it), a lead after a comma, a word in brackets ending in
    电 that is too long to be a dateline."""
    for text in (
        "会议今天闭幕。【编者按】这次会议很重要。",
        "据【新华社讯】，会议今天闭幕。",
        "会议今天闭幕，【新华社广州三日电】广州各界集会。",
        "会议今天闭幕。【关于加强农村电网建设和改造工作的若干意见的通知要求各地加快发展农村电】",
    ):
        found = article(tmp_path, "会议闭幕", ["新华社北京一日电　各地群众热烈庆祝。", text])
        assert [block.text for block in found if block.kind is BlockKind.PARAGRAPH][-1] == text, text
