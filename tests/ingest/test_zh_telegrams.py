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


_BODIES = [
    "中华全国总工会",
    "中国新民主主义青年团中央委员会",
    "中华全国民主妇女联合会",
    "中华全国民主青年联合会",
    "中华全国学生联合会",
    "中国人民保卫世界和平委员会",
    "中国红十字会总会",
]


def test_short_lines_and_a_date_that_close_no_message_stay_as_they_were(tmp_path: Path) -> None:
    """No message above (no address, signature nor 电称：), a date over more text (a diary's day), a
    run of seven bodies and a date under a message that goes on (no report's lead, no text's end):
    not a closing run."""
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
            "新华社十日讯　我国各人民团体今天联名打电报，祝贺越南民主共和国成立十周年。电称：",
            "值此越南民主共和国成立十周年之际，我们代表中国人民向英雄的越南人民致以最热烈的祝贺。",
            *_BODIES,
            "一九五五年九月一日",
            "河内各界人民正在积极筹备国庆。",
        ],
    ]
    for parts in cases:
        found = article(tmp_path, "消息", parts)
        kinds = {block.kind for block in found}
        assert BlockKind.SIGNATURE not in kinds and BlockKind.PLACE_DATE not in kinds, parts[1]


def test_a_joint_telegram_of_seven_bodies_is_signed_by_each(tmp_path: Path) -> None:
    """A joint telegram announced by 电称：, signed by seven people's organisations one a line, then
    its date and the next report's lead: seven signatures and a place-date (policy: one signature
    per signatory line; every line short, so the run may pass six)."""
    parts = [
        "新华社十日讯　我国各人民团体今天联名打电报，祝贺越南民主共和国成立十周年。电称：",
        "值此越南民主共和国成立十周年之际，我们代表中国人民向英雄的越南人民致以最热烈的祝贺。",
        *_BODIES,
        "一九五五年九月一日",
        "新华社十日讯　另据越南通讯社报道，河内各界人民正在积极筹备国庆。",
    ]
    found = article(tmp_path, "我国各人民团体电贺越南国庆", parts)
    for body in _BODIES:
        assert _kinds(found, body) == [BlockKind.SIGNATURE], body
    assert _kinds(found, "一九五五年九月一日") == [BlockKind.PLACE_DATE]


def test_seven_long_lines_are_no_closing_run(tmp_path: Path) -> None:
    """Seven lines under a message, not all short (over sixteen characters): the run stops at six
    and finds no sentence's end above it, so nothing is signed."""
    parts = [
        "新华社一日讯　各国发来贺电。电称：",
        "值此国庆之际，我们致以衷心的祝贺。",
        *(f"{country}国人民和平委员会全国工会联合会青年联合会" for country in "甲乙丙丁戊己庚"),
        "一九六三年十月一日",
        "新华社三日讯　另一条消息说，全省的小麦也丰收了。",
    ]
    found = article(tmp_path, "消息", parts)
    kinds = {block.kind for block in found}
    assert BlockKind.SIGNATURE not in kinds and BlockKind.PLACE_DATE not in kinds


# 1969-04-10 (dev): the report's lead, then a quoted sentence of the telegram.
_LEAD = (
    "新华社九日讯　全非工会联合会常任书记津比希利五日发来贺电。全非工会联合会向毛泽东主席和英雄的中国人民"
    "致以热烈的、兄弟般的祝贺和最良好的祝愿，祝中国共产党第九次全国代表大会成功。"
)
_QUOTED = "中国人民的文化大革命巩固和加强了革命的反帝力量。"

#: A report's clause ending with a colon, a telegram's word inside it (near-misses in the paper's
#: style: a second sender, a translation, extracts, the last words, a condolence, praise).
_REPORT_CLAUSES = [
    "越南劳动党中央委员会也发来了贺电，贺电说：",
    "全非工会联合会常任书记津比希利的贺电译文如下：",
    "现将部分贺信摘要如下：",
    "全非工会联合会常任书记津比希利的贺电最后写道：",
    "朝鲜劳动党中央委员会的唁电对默文·威廉斯同志的逝世表示深切的哀悼：",
    "苏联部长会议主席柯西金的贺电热烈祝贺中国人民取得的伟大成就，并说：",
]


def test_a_reports_clause_quoting_a_telegram_stays_one_paragraph(tmp_path: Path) -> None:
    """A report's clause that quotes or announces a telegram (…的贺电译文如下：, …的唁电对…表示…：,
    …，并说：) is the report's text: one paragraph, no heading and no salutation."""
    for clause in _REPORT_CLAUSES:
        found = article(tmp_path, "全非工会联合会常任书记致电热烈祝贺我党“九大”", [_LEAD, clause, _QUOTED])
        assert _kinds(found, clause) == [BlockKind.PARAGRAPH], clause
        assert not [b for b in found if b.kind in (BlockKind.INTERTITLE, BlockKind.SALUTATION)], clause


def test_a_message_word_inside_another_word_cuts_nothing(tmp_path: Path) -> None:
    """电报 in 电报局, 复电 in 恢复电力, 贺电 run into 贺信 (发来贺电贺信的…): the addressee of a letter
    stays one salutation, a report's clause one paragraph."""
    letter = [
        "上海市电报局全体职工同志们：",
        "在抗击台风的斗争中，你们日夜坚守岗位，保证了通讯的畅通，我们向你们表示亲切的慰问。",
        "中共上海市委员会",
        "一九五六年八月三日",
    ]
    found = article(tmp_path, "致上海市电报局全体职工的慰问信", letter)
    assert _kinds(found, letter[0]) == [BlockKind.SALUTATION]
    report = [
        "新华社三日讯　台风过后，各地电业职工日夜抢修。",
        "各地抢修电线、恢复电力供应的情况如下：",
        "上海市已有百分之九十的用户恢复供电。",
    ]
    found = article(tmp_path, "各地抢修电线", report)
    assert _kinds(found, report[1]) == [BlockKind.PARAGRAPH]
    thanks = [
        "向我们发来贺电贺信的各国同志和朋友们：",
        "在中华人民共和国成立二十二周年的时候，你们发来了热情洋溢的贺电贺信，我们表示衷心的感谢。",
        "中国共产党中央委员会",
        "一九七一年十月七日",
    ]
    found = article(tmp_path, "感谢各国同志和朋友", thanks)
    assert _kinds(found, thanks[0]) == [BlockKind.SALUTATION]
    assert not [b for b in found if b.kind is BlockKind.INTERTITLE]


# 1959-10-01, page 8 (public repository banned-historical-archives10, json/1959/10/52.json,
# 46.json, 54.json, 53.json): greetings telegrams laid out as the 1963-10-03 page is exported.
_HUNGARIAN_SIGNERS = [
    "匈牙利人民共和国主席团主席　道比·伊斯特万",
    "匈牙利社会主义工人党中央委员会第一书记  卡达尔·亚诺什",
    "匈牙利工农革命政府总理　明尼赫·费伦茨",
]
_HUNGARIAN_TEXT = (
    "当此中华人民共和国建国十周年之际，请允许我们向你们，并代表匈牙利人民共和国主席团、匈牙利社会主义"
    "工人党中央委员会、匈牙利工农革命政府和我国人民向兄弟般的中国人民致以最热烈的敬意和良好的祝愿。"
    "我们代表匈牙利劳动人民衷心地祝我们两国人民的兄弟友谊万古长青。"
)
_NEPAL = [
    "尼泊尔国王马亨德拉的贺电中华人民共和国主席刘少奇先生阁下：",
    "欣逢中华人民共和国建国十周年，我非常愉快地向阁下，向中国政府和人民祝贺，并表达我本人，"
    "我国政府和人民的良好的愿望，祝贵国国家和人民日益进步和昌盛。我相信我们两国之间的良好的关系将日益增强。",
    "尼泊尔国王",
]
_PAGE_1959 = [
    "伊拉克最高权力委员会主席鲁巴伊的贺电中华人民共和国主席刘少奇先生阁下：",
    "在中华人民共和国国庆周年纪念日的时候，我十分愉快地向阁下致以热诚的祝贺和最良好的愿望，"
    "祝你幸福和健康，祝尊贵的中国人民取得崇高的荣誉和光荣。",
    "最高权力委员会主席纳吉布·鲁巴伊",
    "1959年9月26日于巴格达",
    "匈牙利党和国家领导人的贺电中华人民共和国国务院总理　周恩来同志：",
    _HUNGARIAN_TEXT,
    *_HUNGARIAN_SIGNERS,
    "1959年9月29日于布达佩斯",
    *_NEPAL,
]


def test_a_page_telegram_signed_by_a_long_title_and_name_is_closed_too(tmp_path: Path) -> None:
    """A signer line of title, spaces and name over 25 characters (…第一书记  卡达尔·亚诺什, 28)
    is a signer line too: the three signers are signatures, the date the place-date, the next
    telegram's heading an intertitle of its own."""
    found = article(tmp_path, "庆祝中华人民共和国成立十周年", _PAGE_1959)
    for signer in _HUNGARIAN_SIGNERS:
        assert _kinds(found, signer) == [BlockKind.SIGNATURE], signer
    assert _kinds(found, "1959年9月29日于布达佩斯") == [BlockKind.PLACE_DATE]
    assert _kinds(found, "尼泊尔国王马亨德拉的贺电") == [BlockKind.INTERTITLE]


def test_a_single_telegram_with_long_signer_lines_is_signed_line_by_line(tmp_path: Path) -> None:
    """json/1959/10/46.json as printed (the address over three lines, …同志，/…同志：): the walk up
    from the date passes the last signer, read as a signature already, and signs the other two."""
    parts = [
        "中华人民共和国主席　刘少奇同志，",
        "中国共产党主席　毛泽东同志，",
        "中华人民共和国国务院总理　周恩来同志：",
        _HUNGARIAN_TEXT,
        *_HUNGARIAN_SIGNERS,
        "1959年9月29日于布达佩斯",
    ]
    found = article(tmp_path, "匈牙利党和国家领导人的贺电", parts)
    for signer in _HUNGARIAN_SIGNERS:
        assert _kinds(found, signer) == [BlockKind.SIGNATURE], signer
    assert _kinds(found, "1959年9月29日于布达佩斯") == [BlockKind.PLACE_DATE]


def test_a_heading_run_into_a_bare_excellency_is_cut_off(tmp_path: Path) -> None:
    """json/1959/10/53.json: 伊拉克总理卡塞姆给周总理的贺信阁下： after another telegram of the page:
    the heading is an intertitle, 阁下： the salutation."""
    parts = [
        *_NEPAL,
        "伊拉克总理卡塞姆给周总理的贺信阁下：",
        "在庆祝中华人民共和国光荣十周年的历史性的时刻能借此机会写信给阁下表达我对您满怀的友情和热爱，"
        "并由我国的一个友好代表团把信转上，这对我来说是莫大的愉快。",
        "最后，我再次十分愉快地表示我们对你们伟大国家的友谊的珍视，并再次向您和尊贵的中国人民致以诚挚的祝贺。",
        "伊拉克共和国总理卡塞姆",
        "9月23日于巴格达",
    ]
    found = article(tmp_path, "庆祝中华人民共和国成立十周年", parts)
    assert _kinds(found, "伊拉克总理卡塞姆给周总理的贺信") == [BlockKind.INTERTITLE]
    assert _kinds(found, "阁下：") == [BlockKind.SALUTATION]
