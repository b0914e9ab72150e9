"""What the JSON distribution runs together or leaves without its layout
(encoder/ingest/zh_tails.py), on real articles of ``tests/fixtures/rmrb-json-dev/``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from encoder import patterns as pt
from encoder.diagnostics import Reporter
from encoder.ingest import zh_ends
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.ingest.zh_tails import PLACE_OR_UNIT, salutations
from encoder.model import Block, BlockKind, Phrase, PhraseKind, Span

from ..conftest import write_json_article
from .conftest import ROOT
from .test_zh_lines import blocks, kind_of


def test_a_padded_signer_after_the_last_sentence() -> None:
    """1956-07-18: …答复这问题。<TAB>  永登水泥厂第三工程处　叶金声 (right-aligned in print)."""
    found = blocks("1956-07-18")
    assert kind_of(found, "永登水泥厂第三工程处\u3000叶金声") is BlockKind.SIGNATURE
    assert found[-2].text.startswith("我要求这个公司") and found[-2].kind is BlockKind.PARAGRAPH


def test_a_padded_paper_name_is_a_credit_and_a_padded_reporter_a_byline() -> None:
    """1968-04-03: …乘胜前进！　山东《大众日报》; 1958-06-12: 移山造海的军工们　本报记者　刘长忠摄."""
    assert kind_of(blocks("1968-04-03_按照"), "山东《大众日报》") is BlockKind.CREDIT
    found = blocks("1958-06-12")
    assert kind_of(found, "本报记者\u3000刘长忠摄") is BlockKind.BYLINE
    assert kind_of(found, "移山造海的军工们") is BlockKind.CAPTION


def test_closing_credits_dates_and_translators() -> None:
    """1983-09-27 …引起的。（据新华社）; 1978-08-07 …交谈。　　　（据新华社）; 1982-05-30 四川省托幼办公室供稿;
    1967-06-28 （六月二十七日）; 1964-09-05 〔黄永，张良民译〕."""
    assert kind_of(blocks("1983-09-27"), "（据新华社）") is BlockKind.CREDIT
    assert kind_of(blocks("1978-08-07"), "（据新华社）") is BlockKind.CREDIT
    assert kind_of(blocks("1982-05-30"), "四川省托幼办公室供稿") is BlockKind.CREDIT
    assert blocks("1967-06-28")[-1].kind is BlockKind.PLACE_DATE
    assert kind_of(blocks("1964-09-05"), "〔黄永，张良民译〕") is BlockKind.BYLINE


def test_salutations_alone_opening_a_letter_and_after_the_announcement() -> None:
    """1996-12-30 陈海同志： (alone; the question above signed 浙江陈海 after four spaces);
    1952-01-29 编辑同志：我院为了… ; 1950-08-16 …全文如下：各位来宾！各位同志们！"""
    found = blocks("1996-12-30")
    assert kind_of(found, "陈海同志：") is BlockKind.SALUTATION
    assert kind_of(found, "浙江陈海") is BlockKind.SIGNATURE
    found = blocks("1952-01-29")
    assert [b.kind for b in found[:3]] == [BlockKind.HEADLINE, BlockKind.SALUTATION, BlockKind.PARAGRAPH]
    assert found[1].text == "编辑同志：" and found[2].text.startswith("我院为了")
    assert kind_of(blocks("1950-08-16"), "各位来宾！各位同志们！") is BlockKind.SALUTATION


def test_a_plural_or_royal_addressee_alone_on_its_line(tmp_path: Path) -> None:
    """1948-02-14: the editors' note to its readers opened by 农民们： alone; 1987-10-04: Sun Yat-sen's
    telegram, 东京摄政王殿下： above its text. Near-misses: a pronoun (我们：, 他们：) announcing
    what follows, a dialogue's speaker with the words on the same line, a sentence ending with 们："""
    assert kind_of(blocks("1948-02-14_赵县"), "农民们：") is BlockKind.SALUTATION
    assert kind_of(blocks("1987-10-04"), "东京摄政王殿下：") is BlockKind.SALUTATION
    parts = [
        "这是一个好办法。",
        "我们：",
        "他们：",
        "同学们：快来看！",
        "老支书把大家召集起来，对社员们：",
        "大家都笑了。",
    ]
    found = article(tmp_path, "大家来想办法", parts)
    assert BlockKind.SALUTATION not in {b.kind for b in found}


def test_a_speechs_plural_addressees_joined_by_a_comma_are_a_salutation(tmp_path: Path) -> None:
    """中国朋友们，日本朋友们： (a real address, 1963-10-06_宿谷荣一的报告, there glued to the title)
    and 同志们，朋友们： alone on their lines under the report's lead (…报告全文如下：). Near-misses: a
    line whose first part is no addressee (大家好，同学们：), pronouns (他们，我们：)."""
    body = "今天，当在中国首都北京举办日本工业展览会之际，承蒙各位各界名士百忙中抽出时间光临，举行这样盛大的开幕典礼。"
    lead = "新华社北京六日电　日本工业展览会今天在北京开幕，展览团团长宿谷荣一在开幕式上作了报告。报告全文如下："
    for address in ("中国朋友们，日本朋友们：", "同志们，朋友们："):
        found = article(tmp_path, "宿谷荣一的报告", [lead, address, body])
        assert kind_of(found, address) is BlockKind.SALUTATION, address
    for line in ("大家好，同学们：", "他们，我们："):
        found = article(tmp_path, "宿谷荣一的报告", [lead, body, line, body])
        assert kind_of(found, line) is not BlockKind.SALUTATION, line


def test_a_speechs_address_announced_and_glued_to_the_deck() -> None:
    """1963-03-07: …全文如下：主席先生，总理先生， (repeated later after a sentence, …十分满意。主席先生，总理先生，
    it stays in the paragraph: a salutation there would open a second letter);
    1947-11-05: the letter's address run into its deck (——苏联作家致美国作家的一封公开信美国作家们！文化工作者们！);
    1977-11-07: …电报全文如下；莫斯科苏联最高苏维埃主席团苏联部长会议： (the colon misprinted)."""
    found = blocks("1963-03-07")
    assert [b.kind for b in found if b.text == "主席先生，总理先生，"] == [BlockKind.SALUTATION]
    assert kind_of(blocks("1947-11-05_美国文化的友人们"), "美国作家们！文化工作者们！") is BlockKind.SALUTATION
    assert kind_of(blocks("1977-11-07"), "莫斯科苏联最高苏维埃主席团苏联部长会议：") is BlockKind.SALUTATION


def test_names_in_brackets_closing_the_text_above_the_pictures_notes() -> None:
    """1959-07-02: （周良弼）（附图片） then 蒋文彬插图; 2000-12-01: …手忙脚乱…。（文边） then （附图片）;
    1991-11-21: two writers alone in brackets, （汤苏文　许星）."""
    found = blocks("1959-07-02_当干部十年")
    assert kind_of(found, "（周良弼）") is BlockKind.BYLINE
    assert kind_of(found, "（附图片）") is BlockKind.CAPTION
    found = blocks("2000-12-01_《小巷女总统》")
    assert [(b.kind, b.text) for b in found[-2:]] == [(BlockKind.BYLINE, "（文边）"), (BlockKind.CAPTION, "（附图片）")]
    assert blocks("1991-11-21")[-1].kind is BlockKind.BYLINE
    # (a number in brackets, （一）, is a heading before these rules run; no byline: test_zh_ends)
    assert [b.kind for b in blocks("1967-06-28") if b.text == "（一）"] == [BlockKind.INTERTITLE]


def test_a_source_line_in_brackets_is_a_credit() -> None:
    """1965-03-03: a poem closed by 〔选自《前进列车》〕; 1947-11-05: an open letter closed by its signers,
    then （伊真译自文学报三十九期）."""
    assert blocks("1965-03-03")[-1].kind is BlockKind.CREDIT
    found = blocks("1947-11-05_美国文化的友人们")
    assert found[-1].kind is BlockKind.CREDIT and found[-1].text == "（伊真译自文学报三十九期）"
    assert found[-2].text.startswith("华西列夫斯卡亚")  # (the signers above it)
    assert pt.ZH_SOURCE_CREDIT.match("（节选自《鲁迅全集》第三卷）")
    assert pt.ZH_SOURCE_CREDIT.match("（此件由国务院转自治区人民委员会）") is None  # (转 自治区: no source)


def test_a_digests_note_of_the_paper_and_the_writer_closing_a_piece_is_a_credit() -> None:
    """1989-12-03 and 1990-04-01, a digest's pieces: （11月7日《文汇报》江礼旸文）, （３月１８日《解放军报》林长华文）
    under the last paragraph. Near misses: a book named in a remark, a paper with no writer's piece."""
    assert blocks("1989-12-03_乡镇企业职业病逐年增多")[-1].kind is BlockKind.CREDIT
    assert blocks("1990-04-01_军队何时起被称")[-1].kind is BlockKind.CREDIT
    for remark in ("（见《红旗》杂志第三期）", "（《文汇报》记者）", "（他读了《文汇报》上的文章后说，这是好文）"):
        assert pt.ZH_SOURCE_CREDIT.match(remark) is None, remark


def test_the_authors_name_closing_a_text_that_is_no_letter_is_its_byline() -> None:
    """1987-07-03: 沈左尧 alone above （附图片）; 1987-02-02: …相信。　陈鸿斌 (padded after the last
    sentence). A letter's signer stays a signature (1996-12-30; the author's name alone signing a
    telegram: the next test)."""
    assert kind_of(blocks("1987-07-03"), "沈左尧") is BlockKind.BYLINE
    assert blocks("1987-02-02_正在崛起")[-1].kind is BlockKind.BYLINE
    assert kind_of(blocks("1996-12-30"), "浙江陈海") is BlockKind.SIGNATURE


def article(folder: Path, title: str, parts: list[str], authors: list[str] | None = None) -> list[Block]:
    """The blocks of an article of 1960-10-01 written to ``folder``: its title, then ``parts``."""
    path = write_json_article(folder / "1960-10-01_x.json", title, parts, (1960, 10, 1), authors=authors)
    reporter = Reporter(str(path))
    return parse(read_source(path, reporter=reporter), reporter).texts[0].blocks


_TELEGRAM = [
    "新华社平壤三十日电　朝鲜民主主义人民共和国首相金日成电贺，电报全文如下：北京中华人民共和国主席毛泽东同志：",
    "在中华人民共和国成立十一周年之际，我代表朝鲜人民向你表示热烈的祝贺。",
    "祝中朝两国人民的友谊万古长青！",
]


def test_the_authors_name_signing_a_telegram_stays_its_signature(tmp_path: Path) -> None:
    """A telegram whose salutation and wish the closing rules find (after the tails): its signer,
    the author, alone or padded after the wish, is its signature, not a byline."""
    found = article(tmp_path, "金日成电贺", [*_TELEGRAM, "金日成"], ["金日成"])
    assert [b.kind for b in found[-3:]] == [BlockKind.PARAGRAPH, BlockKind.VALEDICTION, BlockKind.SIGNATURE]
    found = article(tmp_path, "金日成电贺", [*_TELEGRAM[:2], _TELEGRAM[2] + "　　　金日成"], ["金日成"])
    assert found[-1].text == "金日成" and found[-1].kind is BlockKind.SIGNATURE


def test_decks_between_the_title_and_the_first_lead_or_editors_note() -> None:
    """1971-08-29: a long deck above 据新华社南京电; 1953-07-05: two decks above 编者按."""
    found = blocks("1971-08-29")
    assert found[1].kind is BlockKind.SUBTITLE and found[1].text.startswith("大丰县财税金融站党支部")
    found = blocks("1953-07-05_读者来信")
    assert [b.kind for b in found[:4]] == [
        BlockKind.HEADLINE,
        BlockKind.SUBTITLE,
        BlockKind.SUBTITLE,
        BlockKind.EDITORIAL,
    ]


def test_lines_the_authors_field_names() -> None:
    """1964-09-05: the poet's line glued after a TAB to the title; 1960-08-01: 金近 run into the
    first words; 1991-10-26: 江西都昌县　张松生 signs a reader's letter; 1980-12-01: a role and a
    name (新闻研究生  刘小明) stays a byline."""
    assert kind_of(blocks("1964-09-05"), "老挝爱国战线党文工团团长\u3000宋西·德沙坎布") is BlockKind.BYLINE
    found = blocks("1960-08-01_跨着")
    assert found[1].text == "金近" and found[1].kind is BlockKind.BYLINE
    assert found[2].text.startswith("今天这个早上")
    assert kind_of(blocks("1991-10-26"), "江西都昌县\u3000张松生") is BlockKind.SIGNATURE
    assert kind_of(blocks("1980-12-01"), "新闻研究生  刘小明") is BlockKind.BYLINE


def test_a_picture_note_glued_before_names_and_a_picture_makers_name() -> None:
    """1989-10-25: 陶文祥  伍三才（附图片）: the names are the byline, then the note; 1960-08-01:
    （附图片）上图： / 入学的第一天 / 邓家鉤: the note, the picture's title, its maker."""
    found = blocks("1989-10-25")
    assert kind_of(found, "陶文祥  伍三才") is BlockKind.BYLINE
    assert kind_of(found, "（附图片）") is BlockKind.CAPTION
    found = blocks("1960-08-01_跨着")
    assert [b.kind for b in found[-3:]] == [BlockKind.CAPTION, BlockKind.CAPTION, BlockKind.BYLINE]
    assert [b.text for b in found[-2:]] == ["入学的第一天", "邓家鉤"]


def test_remarks_signed_below_them() -> None:
    """1984-03-31: the remark above ——编者附语 is the editors'; 1960-04-09: a speech opened by
    主席、各位代表： closes with 以上发言如有不妥之处，请大会指正。; 1989-10-25: the writing unit
    四川营山县委 above the writers' names that end the text."""
    found = blocks("1984-03-31")
    assert [b.kind for b in found[-2:]] == [BlockKind.EDITORIAL, BlockKind.EDITORIAL]
    assert found[-2].text.startswith("类似这样的“存照”")
    assert blocks("1960-04-09")[-1].kind is BlockKind.VALEDICTION
    assert kind_of(blocks("1989-10-25"), "四川营山县委") is BlockKind.BYLINE


def test_a_padded_picture_note_is_a_caption_with_the_lines_after_it() -> None:
    """1946-05-20 (rmrb markdown): …幸乞垂察。    （附图片） then 1、黄河咸丰五年前的古道 … 3、…:
    the note and the three lines under it are the picture's, not the text's (nor a byline)."""
    (path,) = sorted((ROOT / "source" / "rmrb").glob("1946-05-20_沿河人民代表电国民政府*.md"))
    reporter = Reporter(str(path))
    found = parse(read_source(path, reporter=reporter), reporter).texts[0].blocks
    assert [b.text for b in found[-4:]] == [
        "（附图片）",
        "1、黄河咸丰五年前的古道",
        "2、抗战前黄河故道",
        "3、国民党决堤后的河道",
    ]
    assert [b.kind for b in found[-4:]] == [BlockKind.CAPTION] * 4
    assert found[-5].text.rstrip().endswith("幸乞垂察。") and found[-5].kind is BlockKind.PARAGRAPH


def test_a_numbered_heading_glued_to_the_paragraph_before_it() -> None:
    """1996-10-04: 一、主要目标 … the paragraph ending …。二、主要任务 … 三、主要措施: the missing
    member of the series is cut off, and stays a heading apart from （一）推动… under it."""
    found = blocks("1996-10-04")
    (index,) = [i for i, b in enumerate(found) if b.text == "二、主要任务"]
    assert found[index].kind is BlockKind.INTERTITLE and found[index - 1].kind is BlockKind.PARAGRAPH
    assert found[index + 1].text.startswith("（一）推动科研机构") and len(found[index + 1].lines) == 1


def test_a_photographer_and_the_credit_after_him_padded_after_a_caption() -> None:
    """1956-01-06: …（左）谈话。　　　　　　侯波摄（新华社稿）: the photographer is a byline, the
    agency's credit a credit of its own."""
    found = blocks("1956-01-06")
    assert [(b.kind, b.text) for b in found[-2:]] == [(BlockKind.BYLINE, "侯波摄"), (BlockKind.CREDIT, "（新华社稿）")]


def test_two_names_padded_after_the_last_sentence_are_the_writers() -> None:
    """1979-02-08: …采取相应的措施才行。    陶远  朱继功 — the commentary's two writers (a byline),
    where a unit and a name padded so (永登水泥厂第三工程处　叶金声) sign a reader's letter."""
    found = blocks("1979-02-08")
    assert found[-1].kind is BlockKind.BYLINE and found[-1].text == "陶远  朱继功"
    assert kind_of(blocks("1956-07-18"), "永登水泥厂第三工程处\u3000叶金声") is BlockKind.SIGNATURE


def test_the_authors_glued_in_brackets_as_the_authors_field_writes_them() -> None:
    """1995-11-03: …加大了治理的力度。（张贵昌王玉斌） — two names run together, as in the authors field."""
    found = blocks("1995-11-03_措施硬")
    assert [(b.kind, b.text) for b in found[-2:]][1] == (BlockKind.BYLINE, "（张贵昌王玉斌）")
    assert found[-2].kind is BlockKind.PARAGRAPH and found[-2].text.endswith("加大了治理的力度。")


def test_the_writers_unit_and_name_run_into_the_first_paragraph() -> None:
    """1975-12-07: 贵州水城钢铁厂　司徒明德十里钢城十里灯，… (the author field: 司徒明德)."""
    found = blocks("1975-12-07")
    assert (found[1].kind, found[1].text) == (BlockKind.BYLINE, "贵州水城钢铁厂\u3000司徒明德")
    assert found[2].kind is BlockKind.PARAGRAPH and found[2].text.startswith("十里钢城十里灯")


def test_a_line_of_the_authors_names_before_the_pictures_is_the_byline() -> None:
    """1966-01-06: 冯东书　崔建中（附图片） after the last paragraph (the authors field: 冯东书　崔建中);
    the picture note, cut off, is a caption."""
    found = blocks("1966-01-06")
    assert kind_of(found, "冯东书\u3000崔建中") is BlockKind.BYLINE
    assert kind_of(found, "（附图片）") is BlockKind.CAPTION


def test_summary_decks_under_the_title_before_the_lead_are_subtitles() -> None:
    """2003-06-03: 胡锦涛：…伙伴关系；我们…充满信心 / 希拉克：… under 胡锦涛会见法国总统希拉克, above
    本报埃维昂（法国）6月1日电…; 1962-09-05: 八月下旬印军还两度逼近我哨所射击。这些…争端 (two sentences,
    no end mark after the last) above 新华社4日讯: summaries the title field leaves out."""
    found = blocks("2003-06-03")
    assert [b.text[:3] for b in found if b.kind is BlockKind.SUBTITLE] == ["胡锦涛", "希拉克"]
    assert [b.text[:4] for b in blocks("1962-09-05") if b.kind is BlockKind.SUBTITLE] == ["先后开枪", "八月下旬"]


def test_three_decks_the_title_field_leaves_out_over_the_first_lead(tmp_path: Path) -> None:
    """1959-09-01: three statistics decks under 今年头七月产钢625万吨 over 新华社31日讯; 1964-05-02: three
    reports' decks under 热烈庆祝“五一”国际劳动节 over 据新华社平壤一日电 (round za: up to four lines, not two)."""
    decks = [b.text for b in blocks("1959-09-01") if b.kind is BlockKind.SUBTITLE]
    assert [text[:4] for text in decks] == ["比去年同", "八月前2", "在土炉群"]
    decks = [b.text for b in blocks("1964-05-02") if b.kind is BlockKind.SUBTITLE]
    assert [text[:4] for text in decks] == ["朝鲜江界", "河内庆祝", "地拉那劳"]
    lead = "新华社二日讯　周恩来总理今晚在招待会上发表讲话，表示中国人民坚决支持越南人民的斗争。"
    lines = [
        "美国搞和谈阴谋是要骗出一个谈判局面",
        "美国侵越问题是正义和非正义问题",
        "联合国根本无权过问越南问题",
        "绝不允许联合国插手越南问题",
    ]
    found = article(tmp_path, "周总理严斥美国玩弄和谈骗局", [*lines, lead])
    assert [kind_of(found, line) for line in lines] == [BlockKind.SUBTITLE] * 4
    # five such lines are no title's decks (a page's list, a poem): all stay as they were
    found = article(tmp_path, "周总理严斥美国玩弄和谈骗局", [*lines, "越南人民一定会取得最后胜利", lead])
    assert BlockKind.SUBTITLE not in [block.kind for block in found]
    # three lines, one of them short (a verse's, a roster's, a report's heading): no decks
    found = article(tmp_path, "周总理严斥美国玩弄和谈骗局", [*lines[:2], "越南人民必胜", lead])
    assert BlockKind.SUBTITLE not in [block.kind for block in found]
    # no lead under them: no decks
    found = article(tmp_path, "周总理严斥美国玩弄和谈骗局", [*lines[:3], lead[7:]])
    assert BlockKind.SUBTITLE not in [block.kind for block in found]


def test_a_deck_over_the_first_lead_of_a_text_with_more_reports_stays_a_subtitle(tmp_path: Path) -> None:
    """A headline and its summary deck over the first lead, then more reports under their headings: the
    deck is the title's (希望美方以实际行动改善两国关系 under 江泽民会见基辛格, 李鹏会见美国客人 below;
    京沪津穗群众集会游行 under 各地热烈庆祝国庆), also when the title field holds the headline alone
    (1951-09-06: 表示要提高警惕同帝国主义分子斗争 stays a subtitle, fused with no heading)."""
    lead = "新华社北京十月五日电　国务院副总理今天上午在这里会见了代表团一行，双方交换了意见，会见在友好气氛中进行。"
    parts = ["希望美方以实际行动改善两国关系", lead, lead[9:], "李鹏会见美国客人", lead]
    assert kind_of(article(tmp_path, "江泽民会见基辛格", parts), parts[0]) is BlockKind.SUBTITLE
    lead = "【新华社北京一日电】国务院副总理今天上午在这里会见了代表团一行，双方交换了意见，会见在友好气氛中进行。"
    parts = ["京沪津穗群众集会游行", lead, lead[10:], "上海百万群众游行", lead.replace("北京", "上海")]
    assert kind_of(article(tmp_path, "各地热烈庆祝国庆", parts), parts[0]) is BlockKind.SUBTITLE
    (source,) = sorted((ROOT / "tests/fixtures/rmrb-json-dev").glob("1951-09-06_宗教界热烈拥护政府驱逐黎培里*.json"))
    texts = [part["text"] for part in json.loads(source.read_text(encoding="utf-8"))["parts"]]
    path = write_json_article(tmp_path / "1951-09-06_x.json", texts[0], texts[1:], (1951, 9, 6))
    reporter = Reporter(str(path))
    found = parse(read_source(path, reporter=reporter), reporter).texts[0].blocks
    assert kind_of(found, "表示要提高警惕同帝国主义分子斗争") is BlockKind.SUBTITLE


def test_an_addressee_ending_one_of_the_first_parts_after_a_sentence_or_a_lead() -> None:
    """1979-12-05 …做遵守党纪和国家法令的模范。编辑同志： (the editors' note above the reader's
    letter); 1948-08-10 【新华社东北六日电】第六次全国劳动大会致朱总司令及…同志： (the lead stays one)."""
    found = blocks("1979-12-05")
    assert kind_of(found, "编辑同志：") is BlockKind.SALUTATION
    assert found[2].text.endswith("做遵守党纪和国家法令的模范。")
    found = blocks("1948-08-10_六次")
    address = "第六次全国劳动大会致朱总司令及各战区将领及全国将领与全体指战员同志："
    assert kind_of(found, address) is BlockKind.SALUTATION
    (lead,) = [b for b in found if b.text == "【新华社东北六日电】"]
    assert lead.kind is BlockKind.PARAGRAPH and isinstance(lead.lines[0][0], Phrase)
    assert lead.lines[0][0].kind is PhraseKind.LEAD


def test_no_glued_addressee_below_the_top_or_with_no_body_after_it() -> None:
    def paragraph(text: str) -> Block:
        return Block(BlockKind.PARAGRAPH, [[text]], Span("x", 1, 0))

    texts = ["甲。", "乙。", "丙。", "他说得好。同志们：", "正文。"]  # fourth paragraph of the body: not the top
    found = [paragraph(text) for text in texts]
    salutations(found)
    assert len(found) == 5 and {block.kind for block in found} == {BlockKind.PARAGRAPH}
    found = [paragraph("这是最后一句。编辑同志：")]  # nothing after it
    salutations(found)
    assert len(found) == 1 and found[0].kind is BlockKind.PARAGRAPH


def test_a_padded_agencys_credit_is_a_credit(tmp_path: Path) -> None:
    """A review's example: 新华社发 padded after a picture's caption names its source, as on a line of
    its own (patterns.ZH_BARE_CREDIT): a credit, not a signer; a notice (本报征稿) is no credit."""
    found = article(tmp_path, "图片", ["这是第一段话，说了一些事情。", "图为解放军战士在抢修公路。\u3000新华社发"])
    assert kind_of(found, "图为解放军战士在抢修公路。") is BlockKind.CAPTION
    assert kind_of(found, "新华社发") is BlockKind.CREDIT
    found = article(tmp_path, "随笔", ["这是第一段话，说了一些事情。", "这是最后一段话，说完了。\u3000本报征稿"])
    assert kind_of(found, "本报征稿") is not BlockKind.CREDIT
    # …　新华社稿 (1965-06-25) stays the credit phrase of its caption, as a padded （新华社） does
    for credit in ("新华社稿", "（新华社）", "（塔斯社）"):
        found = article(tmp_path, "图片", ["这是第一段话，说了一些事情。", f"解放军战士在抢修公路。\u3000{credit}"])
        last = found[-1].lines[-1][-1]
        assert isinstance(last, Phrase) and last.kind is PhraseKind.CREDIT and last.text == credit, credit


def test_a_padded_source_is_a_credit_not_a_signer() -> None:
    """1966-02-07: …的重要意义。\u3000（据越南南方解放电台）; 1965-12-04: a caption, then \u3000越南通讯社传真照片
    （新华社发）: where the report or the picture comes from, not who signs it."""
    assert kind_of(blocks("1966-02-07_坚不可摧"), "（据越南南方解放电台）") is BlockKind.CREDIT
    assert kind_of(blocks("1965-12-04_河内"), "越南通讯社传真照片（新华社发）") is BlockKind.CREDIT


def test_the_bylines_under_a_picture_note_and_no_address_in_brackets_as_writers(tmp_path: Path) -> None:
    """Review: …。 / （附图片） / 图为社员在抢收小麦。 / 今年小麦亩产比去年增长两成。（李四）: the name glued to the
    last line is its byline (not looked for above the note); …踊跃来稿。（来稿请寄本报文艺部办公室）: an
    address, no writers."""
    opening = "这个厂今年生产获得了全面丰收，工人群众的生活得到了显著的改善，干部和群众的干劲更足了。"
    parts = [opening, "（附图片）", "图为社员在抢收小麦。", "今年小麦亩产比去年增长两成。（李四）"]
    assert kind_of(article(tmp_path, "京郊麦收", parts), "（李四）") is BlockKind.BYLINE
    parts = ["（附图片）", "新华社记者\u3000李明摄", "京郊社员抢收小麦，今年小麦亩产比去年增长两成。本报记者王芳"]
    assert kind_of(article(tmp_path, "京郊麦收", parts), "本报记者王芳") is BlockKind.BYLINE
    closing = "欢迎广大读者踊跃来稿。（来稿请寄本报文艺部办公室）"
    assert kind_of(article(tmp_path, "征稿", [opening, opening, closing]), closing) is BlockKind.PARAGRAPH


def test_no_padded_source_after_a_line_that_goes_on_nor_a_remark_on_figures(tmp_path: Path) -> None:
    """Review: 一九六四年全省各县粮食产量　（据不完全统计） in the middle (no sentence's end before the padding)
    stays a paragraph; …三百多处。　（据不完全统计）, （据统计）, （据了解）, （据估计） remark on figures:
    no credit."""
    opening = "这个县今年粮食生产获得了全面丰收，农民群众的生活得到了显著的改善，干部和群众的干劲更足了。"
    middle = "一九六四年全省各县粮食产量\u3000（据不完全统计）"
    found = article(tmp_path, "丰收", [opening, middle, opening, opening])
    assert kind_of(found, middle) is BlockKind.PARAGRAPH
    for remark in ("（据不完全统计）", "（据统计）", "（据了解）", "（据估计）"):
        assert not zh_ends.source_credit(remark), remark
        found = article(tmp_path, "丰收", [opening, opening, f"据初步统计，全县共修建水利工程三百多处。\u3000{remark}"])
        assert found[-1].kind is not BlockKind.CREDIT, remark  # (a signer, as before the credit rule)
    assert zh_ends.source_credit("（据越南通讯社讯）")


def test_a_glued_remark_on_figures_is_no_source(tmp_path: Path) -> None:
    """Review: …超过历史水平。（据不完全统计） glued to the last sentence stays in it, as a padded one
    does; …三千多名。（据统计） then …五架。\u3000（据越南南方解放电台）: only the second is a source."""
    opening = "这个县今年粮食生产获得了全面丰收，农民群众的生活得到了显著的改善，干部和群众的干劲更足了。"
    last = "全县粮食总产量超过历史水平。（据不完全统计）"
    assert kind_of(article(tmp_path, "丰收", [opening, opening, last]), last) is BlockKind.PARAGRAPH
    parts = ["越南南方人民武装力量本月歼敌三千多名。（据统计）", "他们还击落敌机五架。\u3000（据越南南方解放电台）"]
    found = article(tmp_path, "战果", parts)
    assert kind_of(found, parts[0]) is BlockKind.PARAGRAPH
    assert kind_of(found, "（据越南南方解放电台）") is BlockKind.CREDIT


def test_the_writers_workplace_and_name_closing_an_article_are_its_byline() -> None:
    """1992-07-01: 云南昆明铁路分局　侯瑞芳, 1998-02-04: 河南洛阳热电厂  王群 (the authors field) close an
    article: the writer's byline; 1991-10-26: 江西都昌县　张松生, a place, signs a reader's letter, and
    1979-12-05: 广州铁路局怀化分局  曾庆水 signs a letter with a salutation."""
    assert kind_of(blocks("1992-07-01_列车"), "云南昆明铁路分局\u3000侯瑞芳") is BlockKind.BYLINE
    assert kind_of(blocks("1998-02-04_管好"), "河南洛阳热电厂  王群") is BlockKind.BYLINE
    assert kind_of(blocks("1991-10-26_农技站"), "江西都昌县\u3000张松生") is BlockKind.SIGNATURE
    assert kind_of(blocks("1979-12-05_铁路"), "广州铁路局怀化分局  曾庆水") is BlockKind.SIGNATURE
    # (each workplace's ending is one of a place's or unit's, which the rule reads first: none unreachable)
    assert all(re.fullmatch(PLACE_OR_UNIT, f"北京{end}") for end in zh_ends.WORKPLACE_END.split("|"))


def test_an_editors_remark_between_two_sentences_is_cut_off_a_gloss_inside_one_stays(tmp_path: Path) -> None:
    """1948-12-07: …结束土改，发展生产。（对侵犯中农利益亦应适当予以纠正——编者）当天即召开支委会…: paragraph,
    editorial, paragraph; 1964-08-06: 这一事件（指美舰在东京湾挑衅事件——编者）引起了…: one paragraph."""
    from .test_zh_lines import blocks, kind_of

    found = blocks("1948-12-07")
    assert kind_of(found, "（对侵犯中农利益亦应适当予以纠正——编者）") is BlockKind.EDITORIAL
    assert any(block.text.startswith("当天即召开支委会") for block in found)
    assert BlockKind.EDITORIAL not in {block.kind for block in blocks("1964-08-06")}


def test_a_writing_unit_above_two_lines_of_writers_ending_the_text_is_their_byline() -> None:
    """1978-12-04: …再解决。 / 轻工业部设计院 / 宫景隆　田钖岭 / 朱振兴　顾节瑄: the unit (…院) is a byline too."""
    from .test_zh_lines import blocks, kind_of

    found = blocks("1978-12-04")
    assert [kind_of(found, text) for text in ("轻工业部设计院", "宫景隆\u3000田钖岭", "朱振兴\u3000顾节瑄")] == [
        BlockKind.BYLINE
    ] * 3


def test_every_editors_remark_between_sentences_is_cut_off_one_inside_a_quotation_stays(tmp_path: Path) -> None:
    """Review: …政策。（见本报…——编者）当天即…大会。（群众大会的情况另有报道——编者）大家都很满意。: two editorial
    blocks; 毛主席教导我们：“…负责。（见《毛泽东选集》第四卷——编者）每句话…利益。”大家认真学习。: one paragraph."""
    opening = "这是一个普通的夜晚，村里的青年们都聚集在俱乐部里。"
    two = (
        "他们认真执行了政策。（见本报一月五日第一版——编者）当天即召开支委会。会后又召开了群众大会。"
        "（群众大会的情况另有报道——编者）大家都很满意。"
    )
    found = article(tmp_path, "报告", [opening, two, "会议结束了。"])
    assert [block.text for block in found if block.kind is BlockKind.EDITORIAL] == [
        "（见本报一月五日第一版——编者）",
        "（群众大会的情况另有报道——编者）",
    ]
    quoted = (
        "毛主席教导我们：“我们的责任，是向人民负责。（见《毛泽东选集》第四卷——编者）每句话，每个行动，每项政策，"
        "都要适合人民的利益。”大家认真学习。"
    )
    found = article(tmp_path, "指示", [opening, quoted, "会议结束了。"])
    assert BlockKind.EDITORIAL not in {block.kind for block in found}


def test_a_line_of_the_texts_own_above_two_names_is_no_writing_unit(tmp_path: Path) -> None:
    """Review: …温暖。 / 我那可爱的小院 / 王明　李华; …病人。 / 这就是人民的医院 / 王明　李华: no byline of a unit."""
    opening = "这是一个普通的夜晚，村里的青年们都聚集在俱乐部里。"
    for closing, line in (
        ("每当我想起这些，心里就感到无比温暖。", "我那可爱的小院"),
        ("几年来，他们治好了许多病人。", "这就是人民的医院"),
    ):
        found = article(tmp_path, "小院", [opening, closing, line, "王明\u3000李华"])
        assert next(block.kind for block in found if block.text == line) is not BlockKind.BYLINE, line


def test_the_authors_under_the_title_padded_or_dotted_are_the_byline(tmp_path: Path) -> None:
    """1948-01-15: ·赵树理· under the title (the authors field 赵树理); 2002-02-03: 本报记者  马应珊  禹伟良
    (the field 马应珊, 禹伟良), whose short line below (1937年出生于新疆伊犁一个塔) made it a heading."""
    assert kind_of(blocks("1948-01-15_干部"), "·赵树理·") is BlockKind.BYLINE
    assert kind_of(blocks("2002-02-03_吴天一"), "本报记者  马应珊  禹伟良") is BlockKind.BYLINE
    body = "青海高原医学研究所原所长吴天一荣膺中国工程院院士，许多人为他骄傲，为他高兴。"
    parts = ["新华社记者\u3000张三\u3000李四", body, "短短一行", "他" + body]
    found = article(tmp_path, "马背上的院士", parts, ["张三", "李四"])
    assert kind_of(found, "新华社记者\u3000张三\u3000李四") is BlockKind.BYLINE


def test_no_byline_from_dots_or_names_the_authors_field_does_not_hold(tmp_path: Path) -> None:
    """A heading between middle dots (·小麦条锈病·), a deck ending with
    a name that is not the author's, and a long sentence ending with the authors are no bylines."""
    body = "根据各地的秋苗病情、气象资料、品种布局等判断，今年小麦条锈病可能偏重发生。"
    for line, authors in (
        ("·小麦条锈病·", None),
        ("·小麦条锈病·", ["赵树理"]),
        ("——访劳动模范王群", ["李明"]),
        ("这是一个很长的句子，说的是一件事情，写的人是本报记者，名字叫做张三李四", ["张三", "李四"]),
    ):
        found = article(tmp_path, "今年病虫预报", [line, body, "预计" + body], authors)
        assert kind_of(found, line) is not BlockKind.BYLINE, line


def test_the_papers_remark_padded_after_the_last_sentence_is_an_editorial_note(tmp_path: Path) -> None:
    """1958-08-01: …的一种手段。\u3000（文内插题是本报编者加的） closing a statement: the paper's remark, an
    editorial note, not its signer. Made up: a reader's unit and name padded there stays the signer."""
    assert kind_of(blocks("1958-08-01_塔斯社"), "（文内插题是本报编者加的）") is BlockKind.EDITORIAL
    body = "这是第一段话，说了一些事情，写得很长很长，一直写到了这里才结束。"
    found = article(tmp_path, "来信", [body, "这是最后一段话，说完了。\u3000（本报有删节）"])
    assert kind_of(found, "（本报有删节）") is BlockKind.EDITORIAL
    found = article(tmp_path, "来信", [body, "这是最后一段话，说完了。\u3000永登水泥厂第三工程处\u3000叶金声"])
    assert kind_of(found, "永登水泥厂第三工程处\u3000叶金声") is BlockKind.SIGNATURE


_LAST = "这是最后一段话，工人们说，我们一定要把明年的生产搞得更好。"
_FIRST = "这个厂今年生产获得了全面丰收，工人群众的生活得到了显著的改善，干部和群众的干劲更足了。"


@pytest.mark.parametrize(
    "remark", ["（完）", "（待续）", "（未完）", "（新华社稿）", "（摘自《红旗》杂志）", "（原载《解放军报》）"]
)
def test_a_bracket_that_is_no_remark_of_the_paper_is_no_editorial_note(tmp_path: Path, remark: str) -> None:
    """Made up (review of body-w): （完）, （待续）, a credit or a source (POLICY: credit for （新华社稿）,
    （原载…）): neither padded after the last sentence nor glued after the reporter's line is it an
    editorial note, and no character is lost."""
    for parts in ([_FIRST, _FIRST, _LAST + "\u3000" + remark], [_FIRST, _FIRST, _LAST, "新华社记者" + remark]):
        found = article(tmp_path, "报道", parts)
        assert BlockKind.EDITORIAL not in {block.kind for block in found}, parts[-1]
        assert "".join(block.text for block in found[1:]) == "".join(parts)


@pytest.mark.parametrize(
    "line", ["新华社记者（本报有删节）", "新华社记者\u3000张三（本报有删节）", "新华社记者\u3000（本报略有删节）"]
)
def test_the_remark_cut_from_the_reporters_line_loses_no_character(tmp_path: Path, line: str) -> None:
    """Made up (review of body-w): the byline and the editorial note, their texts together the line as
    printed (padding included)."""
    found = article(tmp_path, "报道", [_FIRST, _FIRST, _LAST, line])
    assert [block.kind for block in found[-2:]] == [BlockKind.BYLINE, BlockKind.EDITORIAL]
    assert found[-2].text + found[-1].text == line


def test_an_authors_name_dressed_in_brackets_or_middle_dots_is_the_byline() -> None:
    """1982-08-01: ·士芳· closing the commentary (authors: 士芳); 1959-07-01: （李东炎） above the picture
    note and its captions (authors: 李东炎): the byline."""
    assert kind_of(blocks("1982-08-01_难辞其咎"), "·士芳·") is BlockKind.BYLINE
    assert kind_of(blocks("1959-07-01_早定苗"), "（李东炎）") is BlockKind.BYLINE


_ESSAY = ["这是文章的第一段，说了一些事情。", "这是文章的最后一段，说完了。"]


def test_dressed_names_are_a_byline_only_as_some_of_the_authors_and_persons(tmp_path: Path) -> None:
    """Made up: （张三　李四）, some of the authors (张三, 李四, 王五), is the byline; （赵六）, no author, and
    a paper the authors field names (（人民铁道报社）: its credit, no writer) are not; 张三 undressed,
    one of several authors, is not either (a line of all of them would be)."""
    found = article(tmp_path, "文章", [*_ESSAY, "（张三\u3000李四）"], ["张三", "李四", "王五"])
    assert found[-1].kind is BlockKind.BYLINE
    found = article(tmp_path, "文章", [_ESSAY[0], "·赵六·", _ESSAY[1]], ["张三"])
    assert kind_of(found, "·赵六·") is not BlockKind.BYLINE
    found = article(tmp_path, "文章", [_ESSAY[0], "（人民铁道报社）", _ESSAY[1]], ["人民铁道报社"])
    assert kind_of(found, "（人民铁道报社）") is not BlockKind.BYLINE
    found = article(tmp_path, "文章", [_ESSAY[0], "张三", _ESSAY[1]], ["张三", "李四"])
    assert kind_of(found, "张三") is not BlockKind.BYLINE


def test_a_papers_name_in_brackets_closing_the_text_is_a_credit() -> None:
    """1947-04-06: （安泽群众报） alone under the last paragraph; 1951-12-06: …官僚主义作风。（东北日报） and
    1997-05-04: …一种希望。（湖南日报供稿）, glued to the last sentence: the paper the report comes from."""
    assert kind_of(blocks("1947-04-06_安泽"), "（安泽群众报）") is BlockKind.CREDIT
    for prefix, credit in (("1951-12-06_东北人民政府", "（东北日报）"), ("1997-05-04_“负担轻了", "（湖南日报供稿）")):
        found = blocks(prefix)
        assert found[-1].kind is BlockKind.CREDIT and found[-1].text == credit
        assert found[-2].kind is BlockKind.PARAGRAPH and found[-2].text.endswith("。")


@pytest.mark.parametrize(
    "text",
    [
        "（人民铁道报社）",
        "（真理报社论）",
        "（苏联“真理报”）",
        "（《人民日报》）",
        "（湖南日报供稿）",
        "（文汇报）",
        "（大公报）",
    ],
)
def test_a_papers_name_in_brackets_is_a_source(text: str) -> None:
    """A paper's name alone (文汇报 and 大公报 are papers, though 汇报 and 公报 are words for reports)."""
    assert pt.ZH_PAPER.match(text)
    assert pt.ZH_SOURCE_CREDIT.match(text) is None  # (the line anywhere: only closing the text, ``closing_lines``)


@pytest.mark.parametrize(
    "text",
    [
        *(
            "（喜报）",
            "（情报）",
            "（见本报第二版）",
            "（报社）",
            "（本报）",
            "（人民日报记者）",
            "（见美国《纽约时报》）",
        ),
        *("（大字报）", "（小字报）", "（黑板报）", "（墙报）", "（壁报）", "（天气预报）", "（电报）", "（一份电报）"),
        *("（公报）", "（新闻公报）", "（联合公报）", "（简报）", "（通报）", "（汇报）", "（捷报）", "（快报）"),
    ],
)
def test_a_word_in_bao_a_reference_or_a_reporter_is_no_papers_credit(text: str) -> None:
    """（喜报）, （大字报）, （联合公报）…: the bracket's words are a kind of report or a thing that is no paper;
    （见…）: a reference; （本报）: the agency credit of ``ZH_CREDIT``, not this one."""
    assert pt.ZH_PAPER.match(text) is None


def test_a_papers_name_closes_the_text_only_under_its_last_sentence(tmp_path: Path) -> None:
    """Alone, the paper is a credit as the text's last block under its last sentence; not under a picture note
    (the captions of a picture of papers) nor inside the text (an epigraph's source); glued, only after the last
    paragraph's sentence end, not after a quotation's closing mark."""
    body = ["治淮工地上，十万民工日夜奋战。", "他们说：“我们要让淮河永远造福人民。”"]
    found = article(tmp_path, "治淮", [*body, "大家干劲很大。", "（安徽群众报）"])
    assert kind_of(found, "（安徽群众报）") is BlockKind.CREDIT
    found = article(tmp_path, "治淮", [*body, "（安徽群众报）", "大家干劲很大。"])
    assert kind_of(found, "（安徽群众报）") is not BlockKind.CREDIT
    found = article(tmp_path, "治淮", [*body, "大家干劲很大。（安徽群众报）"])
    assert [(block.kind, block.text) for block in found[-2:]] == [
        (BlockKind.PARAGRAPH, "大家干劲很大。"),
        (BlockKind.CREDIT, "（安徽群众报）"),
    ]
    last = "正如报纸所说：“人定胜天。”（《新华日报》）"
    assert kind_of(article(tmp_path, "治淮", [*body, last]), last) is BlockKind.PARAGRAPH


def test_a_papers_name_glued_inside_the_text_stays_the_paragraphs(tmp_path: Path) -> None:
    """A paper in brackets glued to a paragraph that is not the text's last (…社论。（人民日报） with two
    paragraphs under it, or one: ``test_review_zb_body``) is no credit of the text: it stays in its paragraph."""
    inside = "这篇文章最早发表在一家地方报纸上，后来又被许多报纸转载，影响很大。（人民日报）"
    rest = ["群众读了以后，纷纷议论，认为说得很对，应该照这样去做。", "各地干部也都表示要认真学习，改进工作作风。"]
    found = article(tmp_path, "一篇文章", [inside, *rest])
    assert [block.kind for block in found if block.text == inside] == [BlockKind.PARAGRAPH]


def test_a_round_ups_source_for_all_its_reports_is_a_credit() -> None:
    """1999-03-01 绿茵动态: …南华队。 / （以上均据新华社）; 2000-05-01 新闻简报: …石山风景林等。（均据新华社电）
    glued to the last report's last sentence."""
    assert kind_of(blocks("1999-03-01_绿茵动态"), "（以上均据新华社）") is BlockKind.CREDIT
    found = blocks("2000-05-01_新闻简报")
    assert kind_of(found, "（均据新华社电）") is BlockKind.CREDIT
    assert found[-2].text.endswith("石山风景林等。")


@pytest.mark.parametrize("remark", ["（均据统计）", "（以上均据不完全统计）", "（均据估计）", "（以上均据了解）"])
def test_a_round_ups_remark_on_its_figures_is_no_source(tmp_path: Path, remark: str) -> None:
    """均据 before a remark on the figures (统计, 估计, 了解) names no source, alone or glued."""
    opening = "这个县今年粮食生产获得了全面丰收，农民群众的生活得到了显著的改善，干部和群众的干劲更足了。"
    assert not zh_ends.source_credit(remark)
    found = article(tmp_path, "丰收", [opening, opening, remark])
    assert found[-1].kind is not BlockKind.CREDIT
    last = f"全县粮食总产量超过历史水平。{remark}"
    assert kind_of(article(tmp_path, "丰收", [opening, opening, last]), last) is BlockKind.PARAGRAPH


def test_a_round_ups_source_inside_the_text_or_not_opening_the_brackets_is_no_credit(tmp_path: Path) -> None:
    """（均据新华社电） glued to a paragraph with two more below it stays in it; a bracket where 均据 does not
    open it (（这些数字均据新华社）) nor a sentence (以上数字均据新华社报道。) is no credit line."""
    opening = "这个县今年粮食生产获得了全面丰收，农民群众的生活得到了显著的改善，干部和群众的干劲更足了。"
    middle = "邻县也获得了丰收。（均据新华社电）"
    found = article(tmp_path, "丰收", [opening, middle, opening, opening])
    assert kind_of(found, middle) is BlockKind.PARAGRAPH
    for last in ("（这些数字均据新华社）", "以上数字均据新华社报道。"):
        found = article(tmp_path, "丰收", [opening, opening, last])
        assert found[-1].kind is not BlockKind.CREDIT, last


def test_a_source_credit_glued_to_the_texts_end_is_a_credit() -> None:
    """1949-10-02: …的主编。（转载自“苏联介绍”月刊第二十期）; 1947-05-01: …任务总算是完成了（转自《焦作工人》）。,
    the credit before the last full stop."""
    found = blocks("1949-10-02_康士坦丁")
    assert kind_of(found, "（转载自“苏联介绍”月刊第二十期）") is BlockKind.CREDIT
    found = blocks("1947-05-01_截铁轨")
    assert kind_of(found, "（转自《焦作工人》）。") is BlockKind.CREDIT
    assert found[-2].text.endswith("任务总算是完成了")


_GLUED_OPENING = "这个县今年粮食生产获得了全面丰收，农民群众的生活得到了显著的改善，干部和群众的干劲更足了。"


def test_a_reprints_source_glued_after_a_quotation_closes_the_text(tmp_path: Path) -> None:
    """…小蒋仍是那句话：“这是我应该做的！”（原载六月十九日《新华日报》）: the whole text's source."""
    last = "小蒋仍是那句话：“这是我应该做的！”（原载六月十九日《新华日报》）"
    found = article(tmp_path, "仓库保管员", [_GLUED_OPENING, _GLUED_OPENING, last])
    assert kind_of(found, "（原载六月十九日《新华日报》）") is BlockKind.CREDIT


@pytest.mark.parametrize(
    "last",
    [
        "毛主席教导我们：“要节约闹革命。”（摘自《毛主席语录》）",  # a quotation's citation
        "他说：“为人民服务。”（选自《毛泽东选集》第三卷）",
        "大家把原载重十吨的卡车改装成了二十吨的。",  # 原载 in words
        "这些代表都是群众推选自本村的积极分子。（推选自各村）",  # no source word opening the brackets
        "他们一路辗转自延安来到这里。",
        "这件事由国务院批复。（此件由国务院转自治区人民委员会）",
        "详细情况请见下文。（转自第一版）",  # a jump note
        "我们读了一篇文章（摘自《红旗》）",  # glued to no sentence's end, no full stop after it
    ],
)
def test_no_source_credit_from_a_citation_a_word_or_a_jump_note(tmp_path: Path, last: str) -> None:
    """A citation after a quotation stays with it; 原载, 推选自, 辗转自 inside words, a bracket not opening
    with the source word, 转自治区, a page's jump note, a bracket glued to no sentence's end: no credit."""
    found = article(tmp_path, "丰收", [_GLUED_OPENING, _GLUED_OPENING, last])
    assert kind_of(found, last) is BlockKind.PARAGRAPH


def test_a_source_credit_glued_inside_the_text_stays_in_it(tmp_path: Path) -> None:
    """（原载《新华日报》） glued to a paragraph with two more under it is no credit of the text."""
    middle = "这是第二段，讲了另外的事情。（原载《新华日报》）"
    found = article(tmp_path, "丰收", [_GLUED_OPENING, middle, _GLUED_OPENING, _GLUED_OPENING])
    assert kind_of(found, middle) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "line",
    [
        "（本文由李文译）",
        "（此文系编者据原文摘译）",
        "（删节本由张明译）",
        "（审阅：王平译）",
        "（记录稿由陈光译）",
        "（录音由刘方译）",
    ],
)
def test_a_remark_on_the_text_ending_in_yi_is_no_translators_line(tmp_path: Path, line: str) -> None:
    """The translators' line (（李文译）, 〔黄永，张良民译〕) refuses remarks that open with 本文, 此文, 删节, 审阅,
    记录, 录音."""
    found = article(tmp_path, "丰收", [_GLUED_OPENING, _GLUED_OPENING, line])
    assert kind_of(found, line) is not BlockKind.BYLINE
    found = article(tmp_path, "丰收", [_GLUED_OPENING, _GLUED_OPENING, "（李文译）"])
    assert kind_of(found, "（李文译）") is BlockKind.BYLINE
