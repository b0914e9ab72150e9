"""Telegrams printed one after the other (encoder/ingest/zh_telegrams.py), on real articles of
``tests/fixtures/rmrb-json-dev/``, real lines of them rearranged, and near-misses."""

from __future__ import annotations

from pathlib import Path

from encoder.diagnostics import Reporter
from encoder.enrich.structure import structure
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import BlockKind, Letter, Section

from .test_zh_lines import DEV, blocks
from .test_zh_tails import article


def _kinds(found: list, text: str) -> list[BlockKind]:
    return [block.kind for block in found if block.text.strip() == text]


def test_each_telegrams_heading_glued_to_its_address_is_cut_off() -> None:
    """1963-10-03: 古巴党和国家领导人的贺电中国  北京…周恩来同志：, 印度尼西亚总统的贺电北京…阁下：, the
    address with no colon (…国务院) and the one ending 敬爱的同志们！: heading, then salutation."""
    found = blocks("1963-10-03_庆祝")
    for heading in ("古巴党和国家领导人的贺电", "蒙古党、大人民呼拉尔主席团和部长会议的贺电", "印度尼西亚总统的贺电"):
        assert _kinds(found, heading) == [BlockKind.INTERTITLE], heading
    assert _kinds(found, "北京中华人民共和国主席刘少奇阁下：") == [BlockKind.SALUTATION] * 10
    assert _kinds(found, "北京中华人民共和国刘少奇主席，中华人民共和国国务院周恩来总理：") == [BlockKind.SALUTATION]
    address = "北京中国共产党中央委员会中华人民共和国全国人民代表大会常务委员会中华人民共和国国务院"
    assert _kinds(found, address) == [BlockKind.SALUTATION]
    headings = [block for block in found if block.kind is BlockKind.INTERTITLE]
    assert len(headings) == 23 and all(block.text.endswith("的贺电") for block in headings)


def test_signatories_and_the_date_under_each_telegram_close_it() -> None:
    """1963-10-03: five signer lines and 一九六三年十月一日于哈瓦那 under the Cuban telegram, three
    bodies and a date alone under the Mongolian one, a date with its place unmarked (…三十日萨那)."""
    found = blocks("1963-10-03_庆祝")
    for signer in ("古巴革命政府总理", "菲德尔·卡斯特罗·鲁斯少校", "蒙古人民共和国部长会议", "哈桑二世"):
        assert _kinds(found, signer) == [BlockKind.SIGNATURE], signer
    assert _kinds(found, "印度尼西亚共和国总统\u3000苏加诺") == [BlockKind.SIGNATURE]
    for date in ("一九六三年十月一日于哈瓦那", "一九六三年九月三十日萨那"):
        assert _kinds(found, date) == [BlockKind.PLACE_DATE], date
    assert _kinds(found, "一九六三年九月三十日") == [BlockKind.PLACE_DATE] * 2
    assert BlockKind.INTERTITLE not in {block.kind for block in found if not block.text.endswith("的贺电")}


def test_the_page_of_telegrams_is_a_section_and_a_letter_each() -> None:
    """1963-10-03: 23 sections, each one letter opened by its address, no S001 warning."""
    (path,) = sorted(DEV.glob("1963-10-03_庆祝*.json"))
    reporter = Reporter(str(path))
    parsed = parse(read_source(path, reporter=reporter), reporter)
    structure(parsed, reporter)
    content = parsed.texts[0].content
    assert [type(node) for node in content] == [Section] * 23
    assert all(isinstance(node.content[0], Letter) for node in content if isinstance(node, Section))
    assert not [d for d in reporter.diagnostics if d.code == "S001"]


def test_a_telegram_announced_inside_a_report_is_closed_by_its_signer_and_date() -> None:
    """1950-05-06: …电贺海南岛解放。电称： / the message / 中国人民革命军事委员会 / 一九五○年五月五日 /
    【新华社南京五日电】… (the next report's lead)."""
    found = blocks("1950-05-06")
    assert _kinds(found, "中国人民革命军事委员会") == [BlockKind.SIGNATURE]
    assert _kinds(found, "一九五○年五月五日") == [BlockKind.PLACE_DATE]


_PAGE = [
    "阿联总统的贺电北京中华人民共和国主席刘少奇先生阁下：",
    "欣逢中华人民共和国国庆，我十分高兴地代表阿联，并以我个人名义，向阁下致以最衷心的祝贺和最好的祝愿，"
    "祝你健康、幸福，祝中国人民光荣、昌盛！",
    "加麦尔·阿卜杜勒·纳赛尔",
    "一九六三年十月一日于开罗",
    "摩洛哥国王的贺电北京中华人民共和国主席刘少奇阁下：",
    "值此中华人民共和国国庆之际，我愉快地向阁下、中国政府和中国人民致以最热烈的祝贺，祝你本人和中国幸福。",
    "哈桑二世",
    "一九六三年十月一日于拉巴特",
]


def test_a_short_first_telegram_under_the_headline_is_cut_off_too(tmp_path: Path) -> None:
    """Two telegrams of the page under a title of their own: the first heading and address, short
    enough to be read as one salutation under the headline, are cut apart like the second."""
    found = article(tmp_path, "各国元首贺电", _PAGE)
    assert [block.kind for block in found[1:]] == [
        BlockKind.INTERTITLE,
        BlockKind.SALUTATION,
        BlockKind.PARAGRAPH,
        BlockKind.SIGNATURE,
        BlockKind.PLACE_DATE,
    ] * 2


def test_a_report_on_a_telegram_keeps_its_sentences(tmp_path: Path) -> None:
    """…的贺电说： (a report's clause), …的复电全文如下： (the announcement), a heading of 贺电 over no
    text (the next part no sentence), a 贺电 run into a sentence: no heading is cut off."""
    cases = [
        [
            "新华社一日讯　越南劳动党中央委员会发来贺电。",
            "越南劳动党中央委员会的贺电说：",
            "值此国庆之际，我们致以热烈的祝贺。",
        ],
        [
            "新华社一日讯　毛主席复电。",
            "毛主席的复电全文如下：",
            "北京中华人民共和国主席刘少奇阁下：",
            "值此国庆之际，祝贺。",
        ],
        ["越南总统的贺电北京中华人民共和国主席刘少奇阁下：", "越南民主共和国总统"],
        ["各国的贺电和贺信北京都收到了，我们向你们致以热烈的祝贺。", "值此国庆之际，我们致以热烈的祝贺。"],
    ]
    for parts in cases:
        found = article(tmp_path, "贺电", parts)
        assert BlockKind.INTERTITLE not in {block.kind for block in found}, parts[1]


def test_short_lines_and_a_date_that_close_no_message_stay_as_they_were(tmp_path: Path) -> None:
    """No message above (no address, signature nor 电称：), a date over more text (a diary's day), a
    run of seven short lines: not a closing run."""
    cases = [
        ["全县今年小麦丰收。", "县农业局", "一九八二年三月一日", "新华社三日讯　另一条消息说，全省的小麦也丰收了。"],
        [
            "新华社五日讯　军委本日电贺海南岛解放。电称：",
            "我军英勇地解放了海南岛。",
            "中国人民革命军事委员会",
            "五月五日",
            "今天下雨了。",
        ],
        [
            "新华社一日讯　各国发来贺电。电称：",
            "值此国庆之际，我们致以衷心的祝贺。",
            *(f"{country}国政府" for country in "甲乙丙丁戊己庚"),
            "一九六三年十月一日",
            "新华社三日讯　另一条消息说，全省的小麦也丰收了。",
        ],
    ]
    for parts in cases:
        found = article(tmp_path, "消息", parts)
        kinds = {block.kind for block in found}
        assert BlockKind.SIGNATURE not in kinds and BlockKind.PLACE_DATE not in kinds, parts[1]
