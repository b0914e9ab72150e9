"""Letters printed inside an article's body (encoder/ingest/zh_letters.py), on real articles of
``tests/fixtures/rmrb-json-dev/`` and made-up negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.diagnostics import Reporter
from encoder.enrich.structure import structure
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import Article, BlockKind, Letter, Section

from ..conftest import write_json_article
from .test_zh_lines import DEV, blocks, kind_of
from .test_zh_tails import article


def _kinds(found: list, text: str) -> list[BlockKind]:
    return [block.kind for block in found if block.text.strip() == text]


def _parsed_and_structured(path: Path) -> Article:
    """The article at ``path`` parsed, then given its structure."""
    reporter = Reporter(str(path))
    parsed = parse(read_source(path, reporter=reporter), reporter)
    structure(parsed, reporter)
    return parsed


def test_a_letters_title_glued_to_its_salutation_is_cut_off() -> None:
    """1982-07-03: 司福柱第一次来信编辑同志： and 本报群众工作部第二次复信司福柱同志：; 1956-12-03:
    奇怪的理由编辑同志： (a title before the paper's address); 1984-02-05: 苏钢同志的复信文玉明同志：."""
    found = blocks("1982-07-03_失去")
    assert _kinds(found, "司福柱第一次来信") == [BlockKind.INTERTITLE]
    assert _kinds(found, "本报群众工作部第二次复信") == [BlockKind.INTERTITLE]
    assert _kinds(found, "群众工作部的同志们：") == [BlockKind.SALUTATION, BlockKind.SALUTATION]
    found = blocks("1956-12-03_党员")
    assert _kinds(found, "奇怪的理由") == [BlockKind.INTERTITLE]
    assert _kinds(found, "“修行在个人”吗？") == [BlockKind.INTERTITLE]  # (cut off above 编辑同志： already)
    found = blocks("1984-02-05")
    assert _kinds(found, "苏钢同志的复信") == [BlockKind.INTERTITLE]
    assert _kinds(found, "文玉明同志：") == [BlockKind.SALUTATION]


def test_a_closing_formula_and_signer_glued_to_the_last_sentence_are_cut_off() -> None:
    """1982-07-03: …望给予帮助。致以深深的谢意，并致敬礼！司福柱 and 此复。致以敬礼！人民日报群众工作部;
    the date under the signature is its place-date, not a heading."""
    found = blocks("1982-07-03_失去")
    assert _kinds(found, "致以深深的谢意，并致敬礼！") == [BlockKind.VALEDICTION]
    assert _kinds(found, "此复。致以敬礼！") == [BlockKind.VALEDICTION]
    assert _kinds(found, "祝你们身体健康，生活愉快，一切快乐！并致深深的谢意！") == [BlockKind.VALEDICTION]
    assert _kinds(found, "人民日报群众工作部") == [BlockKind.SIGNATURE] * 3
    assert _kinds(found, "司福柱") == [BlockKind.SIGNATURE] * 2
    assert _kinds(found, "1981年11月21日") == [BlockKind.PLACE_DATE]


def test_signer_lines_between_a_letter_and_the_next_or_its_answer_sign_it() -> None:
    """1982-12-04: 河北任县邢湾公社付北大队 / 部分社员群众 above the heading 答复, and the county
    committee closing the answer; 1956-12-03: a unit and two names above the next letter's title;
    1995-12-01: the page closing its reply (a reader's letter signed above)."""
    found = blocks("1982-12-04")
    for signer in ("河北任县邢湾公社付北大队", "部分社员群众", "中共河北省任县委员会"):
        assert _kinds(found, signer) == [BlockKind.SIGNATURE]
    assert _kinds(found, "答复") == [BlockKind.INTERTITLE]
    found = blocks("1956-12-03_党员")
    assert _kinds(found, "中共武汉市第二商业局总支") == [BlockKind.SIGNATURE]
    assert _kinds(found, "金作良\u3000黄美容") == [BlockKind.SIGNATURE]
    assert _kinds(blocks("1995-12-01_向您推荐"), "人民日报《读者之友》版") == [BlockKind.SIGNATURE]


def test_a_signer_and_a_full_date_on_one_line_are_two_blocks() -> None:
    """1984-02-05: 苏　钢　1984年1月25日 above the next letter's title (文玉明同志的信 stays its title)."""
    found = blocks("1984-02-05")
    assert _kinds(found, "1984年1月25日") == [BlockKind.PLACE_DATE]
    assert _kinds(found, "苏\u3000钢") == [BlockKind.SIGNATURE]
    assert _kinds(found, "文玉明同志的信") == [BlockKind.INTERTITLE]


def test_headings_of_a_report_are_no_signatures(tmp_path: Path) -> None:
    """No letter above (no salutation, signature nor note about letters): a short line under a
    sentence's end above a heading, even one reading 答复, stays as it was."""
    parts = ["群众反映的问题已经查清，全县今年小麦丰收。", "县农业局", "答复", "我们立即派人调查。"]
    found = article(tmp_path, "小麦丰收", parts)
    assert BlockKind.SIGNATURE not in {block.kind for block in found}


def test_a_title_glued_to_a_salutation_needs_the_word_for_a_letter(tmp_path: Path) -> None:
    """A paragraph ending in an addressee with no 来信, 复信 (and not before 编辑同志：) stays whole."""
    parts = ["大会开幕了。", "主席致开幕词说各位代表同志们：", "今天我们在这里开会。"]
    found = article(tmp_path, "大会开幕", parts)
    assert BlockKind.INTERTITLE not in {block.kind for block in found}


def test_a_page_of_titled_letters_is_one_section_and_letter_each() -> None:
    """1982-07-03: six letters, each under its title: a section per title holding one letter with
    its opener and closer (the first letter is not made to swallow the others)."""
    (path,) = sorted(DEV.glob("1982-07-03_失去*.json"))
    parsed = _parsed_and_structured(path)
    content = parsed.texts[0].content
    assert [type(node) for node in content] == [Section] * 6
    letters = [node.content[0] for node in content if isinstance(node, Section)]
    assert all(isinstance(letter, Letter) for letter in letters)
    closers = [[block.kind for block in letter.closer] for letter in letters if isinstance(letter, Letter)]
    assert closers[1] == [BlockKind.VALEDICTION, BlockKind.SIGNATURE, BlockKind.PLACE_DATE]


def _structured(folder: Path, title: str, parts: list[str]) -> tuple[list, list[str]]:
    """The blocks of a made-up article of 1982-03-01 after the structure, and its S001 warnings."""
    path = write_json_article(folder / "1982-03-01_x.json", title, parts, (1982, 3, 1))
    reporter = Reporter(str(path))
    parsed = parse(read_source(path, reporter=reporter), reporter)
    found = list(parsed.texts[0].blocks)
    structure(parsed, reporter)
    return found, [str(d) for d in reporter.diagnostics if d.code == "S001"]


def test_a_greeting_before_the_papers_address_is_no_title(tmp_path: Path) -> None:
    """人民日报编辑部：, 亲爱的编辑同志：, 尊敬的编辑同志：, 各位编辑同志：, 本报编辑部：,
    中国青年报编辑部： are one salutation each (no heading cut off the front)."""
    for greeting in (
        "人民日报编辑部：",
        "亲爱的编辑同志：",
        "尊敬的编辑同志：",
        "各位编辑同志：",
        "本报编辑部：",
        "中国青年报编辑部：",
    ):
        parts = ["编者按：这是一封来信。", greeting, "我们村的路坏了。", "王某"]
        found = article(tmp_path, "一封信", parts)
        assert _kinds(found, greeting) == [BlockKind.SALUTATION], greeting
        assert BlockKind.INTERTITLE not in {block.kind for block in found}, greeting


def test_a_title_word_inside_the_addressees_word_is_no_title(tmp_path: Path) -> None:
    """尊敬的信访办同志们：, 人民日报读者来信组同志： stay whole (信访, 来信组)."""
    for greeting, above in (("尊敬的信访办同志们：", ["这是一封来信。"]), ("人民日报读者来信组同志：", [])):
        found = article(tmp_path, "一封信", [*above, greeting, "我们村的路坏了。", "王某"])
        assert _kinds(found, greeting) == [BlockKind.SALUTATION], greeting


def test_a_letters_title_on_its_own_part_above_its_salutation_is_its_heading(tmp_path: Path) -> None:
    """给县委的信 / 县委负责同志： under a letter's sentence: the enclosed letter's title, no signer."""
    parts = [
        "编辑同志：",
        "我们村的路坏了，我给县委写了一封信，现附上，请你们帮助督促。",
        "给县委的信",
        "县委负责同志：",
        "我们村的路坏了，请派人修一修。",
        "此致",
        "敬礼",
        "王某",
        "1982年2月23日",
    ]
    found, warnings = _structured(tmp_path, "一封信", parts)
    assert _kinds(found, "给县委的信") == [BlockKind.INTERTITLE]
    assert not warnings


def test_a_sentence_before_a_glued_salutation_is_no_heading(tmp_path: Path) -> None:
    """现选登一封。编辑同志：, 请看这封信。编辑同志：: the sentence ending 。 is no title."""
    for sentence in ("现选登一封。", "请看这封信。"):
        parts = ["最近本报收到许多来信。", f"{sentence}编辑同志：", "我们村的路坏了，没人修。", "王某"]
        found = article(tmp_path, "一封来信", parts)
        assert BlockKind.INTERTITLE not in {block.kind for block in found}, sentence


def test_a_date_glued_to_a_closing_formula_is_its_place_date(tmp_path: Path) -> None:
    """…此致敬礼！1982年2月23日: the date is the place-date, no signer."""
    found = article(tmp_path, "一封信", ["编辑同志：", "我们村的路坏了，没人修。此致敬礼！1982年2月23日"])
    assert _kinds(found, "1982年2月23日") == [BlockKind.PLACE_DATE]


def test_a_closing_the_structure_cannot_close_is_not_cut_off(tmp_path: Path) -> None:
    """No S001 warning from the letters' rules: a reader's question signed above 答复 (a heading
    under a signature, read as sections), a page of telegrams whose second salutation is no
    salutation, a sentence glued to a formula with text under it."""
    cases = [
        ("答读者问", ["编辑部：", "我想问一个问题。", "读者 王某", "答复", "这个问题是这样的。", "编辑部"]),
        (
            "各地电贺",
            [
                "中共中央：",
                "我们向你们致以崇高的敬礼！全体指战员",
                "1951年7月1日",
                "毛主席：",
                "祝您健康长寿！向您致敬礼！北京市人民",
                "毛主席：",
                "我们保证完成任务。",
                "全体工人",
                "1951年7月1日",
            ],
        ),
        ("信", ["编辑同志：", "我们全体社员向你们致以崇高的敬意！县里的领导同志都来了", "这是一件大事。"]),
    ]
    for title, parts in cases:
        found, warnings = _structured(tmp_path, title, parts)
        assert not warnings, title
    assert _kinds(found, "县里的领导同志都来了") == []


def test_a_reply_letters_title_glued_to_its_salutation_is_cut_off(tmp_path: Path) -> None:
    """本报复函司福柱同志：: 本报复函 is the reply's title (like 复信)."""
    parts = [
        "编辑同志：",
        "我有一个问题。",
        "司福柱",
        "1982年2月23日",
        "本报复函司福柱同志：",
        "你的来信收到了。",
        "人民日报群众工作部",
    ]
    found, warnings = _structured(tmp_path, "来信和复函", parts)
    assert _kinds(found, "本报复函") == [BlockKind.INTERTITLE]
    assert _kinds(found, "司福柱同志：") == [BlockKind.SALUTATION]
    assert not warnings


def test_words_ending_in_zhi_are_no_closing_formula(tmp_path: Path) -> None:
    """大家一致表示敬意！ is a sentence, not a formula with its signer."""
    parts = ["编辑同志：", "会上大家一致表示敬意！张三李四", "1982年2月23日"]
    found = article(tmp_path, "一封信", parts)
    assert BlockKind.VALEDICTION not in {block.kind for block in found}


def test_a_periodicals_name_before_its_editors_is_one_salutation(tmp_path: Path) -> None:
    """《人民日报》编辑部： (a name in 《》: a periodical) and 中国青年编辑部： (no title's ending before
    编辑部) are one salutation each, under text too; 奇怪的理由编辑同志： still splits (1956-12-03)."""
    for greeting in ("《人民日报》编辑部：", "中国青年编辑部：", "《中国青年》编辑同志："):
        parts = ["编辑同志：", "我们村的小学没有教室。", "读者　李有田", greeting, "我们厂的食堂太差。", "工人　王大明"]
        found = article(tmp_path, "测试信", parts)
        assert _kinds(found, greeting) == [BlockKind.SALUTATION], greeting
        assert BlockKind.INTERTITLE not in {block.kind for block in found}, greeting


def test_a_heading_under_a_closing_splits_a_letter_only_for_a_reply(tmp_path: Path) -> None:
    """A one-letter article with section headings and a 后记 under its closing is one letter (its
    opener, the sections, its closer), the 后记 a section after it; a reply's heading (答复) under a
    closing still makes each letter a section."""
    parts = [
        "敬爱的毛主席：",
        "我们向您报告好消息。",
        "一、生产情况",
        "今年我们村获得了大丰收。",
        "二、今后打算",
        "我们决心继续努力。",
        "全村社员",
        "七月三十日",
        "后记",
        "这封信是全村社员讨论后写成的。",
    ]
    path = write_json_article(tmp_path / "1960-08-01_x.json", "测试信", parts, (1960, 8, 1))
    parsed = _parsed_and_structured(path)
    content = parsed.texts[0].content
    assert [type(node) for node in content] == [Letter, Section]
    letter = content[0]
    assert isinstance(letter, Letter)
    assert [block.kind for block in letter.opener] == [BlockKind.SALUTATION]
    assert [block.kind for block in letter.closer] == [BlockKind.SIGNATURE, BlockKind.PLACE_DATE]
    assert [type(node) for node in letter.content][-2:] == [Section, Section]
    parts = [
        "毛主席：",
        "我们向您报告好消息。",
        "全村社员",
        "七月三十日",
        "答复",
        "全村社员同志们：",
        "来信收到，很高兴。",
        "中共中央办公厅",
    ]
    path = write_json_article(tmp_path / "1960-08-02_x.json", "测试信", parts, (1960, 8, 2))
    parsed = _parsed_and_structured(path)
    assert Section in [type(node) for node in parsed.texts[0].content]


def test_a_signing_formula_signs_a_notice_or_a_telegram() -> None:
    """1948-05-13: a notice signed 临清市商联会启 (a body, then 启); 1949-10-03: a telegram signed
    人民解放军第二野战军全体指战员敬贺。 (the formula with a full stop)."""
    assert kind_of(blocks("1948-05-13_临清市"), "临清市商联会启") is BlockKind.SIGNATURE
    assert kind_of(blocks("1949-10-03_各方电贺"), "人民解放军第二野战军全体指战员敬贺。") is BlockKind.SIGNATURE


def test_a_sentence_or_a_name_ending_like_a_formula_is_not_a_signature(tmp_path: Path) -> None:
    """启 closes a notice only after a body's suffix (a name 张佑启 does not sign); a full stop
    follows only a two-character formula (a sentence ending 祝贺。 is a paragraph)."""
    parts = ["正文第一段。", "张华峰张佑启", "全国人民向他们表示祝贺。", "正文最后一段。"]
    found = article(tmp_path, "标题", parts)
    assert kind_of(found, "张华峰张佑启") is not BlockKind.SIGNATURE
    assert kind_of(found, "全国人民向他们表示祝贺。") is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("line", "below"),
    [
        ("毛主席教导我们：", "“我们的文学艺术都是为人民大众的。”"),
        ("当选为中央政治局委员的有下列同志：", "王明、张华、李立、赵平"),
        ("出席观礼的有各国来宾：", "苏联代表团、朝鲜代表团、越南代表团。"),
    ],
)
def test_a_quotations_or_a_lists_announcing_line_stays_a_paragraph(tmp_path: Path, line: str, below: str) -> None:
    """A line ending in a term of address and a colon is no salutation when it announces a
    quotation (毛主席教导我们：, 们 a pronoun) or a list (…有下列同志：, …有各国来宾：)."""
    found = article(tmp_path, "标题", ["正文第一段。", line, below, "正文第二段。"])
    assert kind_of(found, line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("parts", "sentence"),
    [
        (
            ["新华社北京三十日电　毛主席寿辰，各界纷纷致贺。", "各民主党派负责人亦纷纷前往敬贺。"],
            "各民主党派负责人亦纷纷前往敬贺。",
        ),
        (
            ["新华社北京三十日电　大会开幕。", "全场代表起立鼓掌敬贺。", "大会随即进行各项议程。"],
            "全场代表起立鼓掌敬贺。",
        ),
        (["北京毛主席：", "欣闻中央人民政府成立，我们无比欢欣。", "谨电敬贺。", "华北军区全体指战员"], "谨电敬贺。"),
        (["本会定于十五日召开会员大会，请各会员准时出席。", "特此敬启。", "晋冀鲁豫边区工商联合会"], "特此敬启。"),
    ],
)
def test_a_sentence_ending_in_a_formula_and_a_full_stop_does_not_sign(
    tmp_path: Path, parts: list[str], sentence: str
) -> None:
    """With a full stop, a formula signs only after a body's or a collective's name (…全体指战员敬贺。):
    a report's sentence (…亦纷纷前往敬贺。, …起立鼓掌敬贺。) or a telegram's or a notice's last sentence
    (谨电敬贺。 above its signer, 特此敬启。) is no signature."""
    assert kind_of(article(tmp_path, "标题", parts), sentence) is BlockKind.PARAGRAPH


def test_a_letters_title_glued_to_a_long_greeting_address_is_cut_off() -> None:
    """1953-05-03, two letters each under its title: 战斗英雄的来信 / 在实验工农中学学习的各位劳动模范同志们：
    and 劳动模范的复信 / 亲爱的马春雨、…、崔志山同志：; the first letter's signers and its date, above the
    second title, close it (signatures and place-date, not headings)."""
    found = blocks("1953-05-03_战斗")
    assert _kinds(found, "战斗英雄的来信") == [BlockKind.INTERTITLE]
    assert _kinds(found, "在实验工农中学学习的各位劳动模范同志们：") == [BlockKind.SALUTATION]
    assert _kinds(found, "劳动模范的复信") == [BlockKind.INTERTITLE]
    assert _kinds(found, "亲爱的马春雨、薛成让、桑金秋、杨世南、常恩举、崔志山同志：") == [BlockKind.SALUTATION]
    assert _kinds(found, "人民解放军战斗英雄") == [BlockKind.SIGNATURE]
    assert _kinds(found, "薛成让\u3000崔志山\u3000杨世南") == [BlockKind.SIGNATURE]
    assert _kinds(found, "一九五三年四月二十五日") == [BlockKind.PLACE_DATE]


@pytest.mark.parametrize(
    "line",
    [
        "我们收到张三的来信后立即打电话告诉了村里的李四同志：",  # (a sentence: no greeting, no count)
        "他看了那封来信以后转身对坐在会场里的同志们：",
    ],
)
def test_a_long_address_after_a_letter_word_needs_a_greeting_or_a_count(tmp_path: Path, line: str) -> None:
    """Over ten characters before 同志：, the address must greet or count its addressees."""
    found = article(tmp_path, "一封来信", ["最近本报收到许多来信。", line, "我们村的路坏了，没人修。"])
    assert BlockKind.INTERTITLE not in {block.kind for block in found}, line


def test_the_address_opening_a_titled_letters_paragraph_is_its_salutation() -> None:
    """1952-01-09, a page of short pieces: under its heading, 编辑同志：劳动模范尹绩成原是… opens a
    reader's letter: the address is cut off as its salutation."""
    found = blocks("1952-01-09_新人")
    assert _kinds(found, "编辑同志：") == [BlockKind.SALUTATION]
    assert kind_of(found, "柳州骨粉厂劳动模范尹绩成当了副厂长") is BlockKind.INTERTITLE


@pytest.mark.parametrize(
    "opening",
    [
        "李先生：我们这次来，是想看看工厂。",  # (a speaker's name opening his words)
        "“老王同志：你来了。”他笑着说。",  # (someone's words in quotation marks)
        "有的同志说：这个办法不行。",  # (a sentence, the colon after 说)
    ],
)
def test_an_opening_under_a_heading_that_is_no_address_stays(tmp_path: Path, opening: str) -> None:
    parts = ["全县今年小麦丰收，农民很高兴。", "访问工厂", opening, "大家都很满意。"]
    found = article(tmp_path, "访问记", parts)
    assert BlockKind.SALUTATION not in {block.kind for block in found}, opening


def test_the_first_paragraph_under_the_title_is_not_read_as_a_titled_letter(tmp_path: Path) -> None:
    """No body above the heading: the heading may be the title's deck; the tails' rule decides there."""
    found = article(tmp_path, "读者来信", ["修路的事", "编辑同志：我们村的路坏了，没人修。", "王某"])
    assert "修路的事" not in [b.text for b in found if b.kind is BlockKind.SALUTATION]


def test_a_speakers_name_under_a_heading_with_no_signer_is_no_salutation(tmp_path: Path) -> None:
    """A record of a meeting: 王同志：我认为… under its heading, no signer before the next heading."""
    parts = [
        "全县今年小麦丰收，农民很高兴。",
        "座谈会发言",
        "王同志：我认为这个办法很好，大家都赞成。",
        "李同志：我也同意。",
    ]
    found = article(tmp_path, "座谈会", parts)
    assert BlockKind.SALUTATION not in {block.kind for block in found}


@pytest.mark.parametrize("signer", ["红旗公社全体社员", "王明"])
def test_a_titled_letter_to_the_paper_signed_on_its_own_line_has_its_salutation(tmp_path: Path, signer: str) -> None:
    # (编辑同志： opening the first paragraph under a piece's heading, the signer alone under the last sentence)
    parts = [
        "本报最近收到许多来信，现选登两封。",
        "一心为革命",
        "编辑同志：我们全体社员向您报告一个好消息。",
        "我们今年粮食大丰收，亩产超过了八百斤。",
        signer,
    ]
    found = article(tmp_path, "读者来信", parts)
    assert [block.text for block in found if block.kind is BlockKind.SALUTATION] == ["编辑同志："]
    assert _kinds(found, signer) == [BlockKind.SIGNATURE]


@pytest.mark.parametrize(
    "speech",
    [
        ["王同志：我认为这个办法很好，大家都赞成。", "李同志：我也同意，不过要注意质量。", "（记录整理：本报记者）"],
        ["同志们：今天我们在这里集会，庆祝伟大的胜利。", "让我们团结起来，争取更大的胜利！", "王明"],
    ],
)
def test_a_speakers_opening_under_a_heading_is_no_salutation(tmp_path: Path, speech: list[str]) -> None:
    # (a meeting record's speaker, a speech's 同志们： signed by its speaker: no letter)
    found = article(tmp_path, "座谈会纪要", ["市委昨天召开工业座谈会，到会的有二十余人。", "座谈会发言", *speech])
    assert BlockKind.SALUTATION not in {block.kind for block in found}


def test_a_signer_and_the_day_padded_after_it_are_two_blocks() -> None:
    """1948-08-10: 第六次全国劳动大会谨上  八月一日 (the month and the day); 1949-08-05: the letter quoted
    in a story, 敬礼！ then 秦  星期三” (a weekday, closing the quotation): signature, then place-date."""
    found = blocks("1948-08-10_六次")
    assert _kinds(found, "八月一日") == [BlockKind.PLACE_DATE]
    assert _kinds(found, "第六次全国劳动大会谨上") == [BlockKind.SIGNATURE]
    found = blocks("1949-08-05_同志之间")
    assert _kinds(found, "星期三”") == [BlockKind.PLACE_DATE]
    assert _kinds(found, "秦") == [BlockKind.SIGNATURE]


@pytest.mark.parametrize(
    "line",
    [
        "第六次全国劳动大会谨上 八月一日",  # (one space: the day alone needs wider padding)
        "第六次全国劳动大会谨上  八月",  # (a month with no day)
        "第六次全国劳动大会谨上  星期",  # (no weekday)
        "第六次全国劳动大会谨上  八月一日开幕",  # (a day run into words)
    ],
)
def test_no_day_is_cut_off_a_signer_without_padding_or_a_whole_day(tmp_path: Path, line: str) -> None:
    address = "第六次全国劳动大会致朱总司令及全体指战员同志："
    body = "大会谨代表全国职工向你们致敬！我们一定以全力支援革命战争，直到最后胜利。"
    found = article(tmp_path, "向朱总司令致敬", [address, body, line])
    assert BlockKind.PLACE_DATE not in {b.kind for b in found}, line


def test_a_bare_signers_padded_day_is_cut_off_as_the_place_date(tmp_path: Path) -> None:
    """第六次全国劳动大会  八月一日 (a bare signer, no formula; the shape of 冀南区党委  五月九日): a date
    is no signer (issue 13, round y, zh_closers), so the day is the place-date, the signer alone
    signs; it stayed one signed line before (a237851c), which the dev gold and TEI's dateline do not."""
    address = "第六次全国劳动大会致朱总司令及全体指战员同志："
    body = "大会谨代表全国职工向你们致敬！我们一定以全力支援革命战争，直到最后胜利。"
    found = article(tmp_path, "向朱总司令致敬", [address, body, "第六次全国劳动大会  八月一日"])
    assert [(b.kind, b.text) for b in found[-2:]] == [
        (BlockKind.SIGNATURE, "第六次全国劳动大会"),
        (BlockKind.PLACE_DATE, "八月一日"),
    ]


def test_a_signer_under_the_valediction_with_the_day_padded_is_signature_and_date(tmp_path: Path) -> None:
    """Review of blocks-t, made up: 敬礼！ / 全体同志　十月一日: the signer and the day of a letter
    closed by its formula."""
    letter = ["毛主席：", "我们一定以全力支援革命战争，直到最后胜利。", "敬礼！", "晋察冀边区全体同志　十月一日"]
    found = article(tmp_path, "给毛主席的信", letter)
    assert _kinds(found, "十月一日") == [BlockKind.PLACE_DATE]
    assert _kinds(found, "晋察冀边区全体同志") == [BlockKind.SIGNATURE]
