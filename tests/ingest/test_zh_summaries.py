"""A news report's summary deck under its title, and the first report's heading of a page of reports
(encoder/ingest/zh_summaries.py), on real articles of ``tests/fixtures/rmrb-json-dev/``, real lines of
them rearranged, and near-misses."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.ingest.zh_summaries import report_heading
from encoder.model import Block, BlockKind, Span

from .test_zh_lines import blocks, kind_of
from .test_zh_tails import article


def _kinds(found: list, opening: str) -> list[BlockKind]:
    return [block.kind for block in found if block.text.strip().startswith(opening)]


def test_the_summary_above_the_reports_lead_is_a_subtitle() -> None:
    """1962-12-06 (会议指出：…, three sentences, under the kicker and the headline, above 新华社5日讯);
    1967-09-05 (阮明芳代表…政治纲领。 above 新华社四日讯); 1950-03-03 (two sentences above
    【新华社北京二日电】); the lead's paragraph stays a paragraph."""
    found = blocks("1962-12-06")
    assert _kinds(found, "会议指出：农村人民公社已经走上了健康发展的道路") == [BlockKind.SUBTITLE]
    assert _kinds(found, "新华社5日讯") == [BlockKind.PARAGRAPH]
    assert _kinds(blocks("1967-09-05"), "阮明芳代表南越民族解放阵线中央") == [BlockKind.SUBTITLE]
    assert _kinds(blocks("1950-03-03"), "两个世界两个经济制度的鲜明对比") == [BlockKind.SUBTITLE]


_SUMMARY = "阮明芳代表南越民族解放阵线中央向毛主席林副主席表示深切感谢中国人民支援，并递交解放阵线政治纲领。"
_LEAD = "新华社四日讯　国务院总理周恩来，今天下午接见了越南南方民族解放阵线常驻中国代表团代理团长阮明芳。"
_BODY = "周总理说，中国人民坚决支持越南人民的抗美救国斗争。"


def test_a_summary_needs_the_lead_right_under_it(tmp_path: Path) -> None:
    found = article(tmp_path, "赞佩南越人民团结抗美的坚强决心", [_SUMMARY, _LEAD, _BODY])
    assert _kinds(found, "阮明芳代表") == [BlockKind.SUBTITLE]
    found = article(tmp_path, "赞佩南越人民团结抗美的坚强决心", [_SUMMARY, _BODY, _LEAD])
    assert _kinds(found, "阮明芳代表") == [BlockKind.PARAGRAPH]  # (no lead under it: the body's first paragraph)


def test_no_summary_of_a_quotation_an_announcement_or_a_long_paragraph(tmp_path: Path) -> None:
    """Near-misses above a lead: a quotation (an epigraph: “…”), a line announcing what follows
    (…如下：), a paragraph longer than a deck (the body's first), a line opening with a lead itself."""
    quotation = "“全世界人民团结起来，打败美国侵略者及其一切走狗！”"
    announcing = "周恩来总理的贺电全文如下："
    long = _BODY * 9
    for line in (quotation, announcing, long, _LEAD):
        found = article(tmp_path, "赞佩南越人民团结抗美的坚强决心", [line, _LEAD, _BODY])
        assert BlockKind.SUBTITLE not in {b.kind for b in found}, line


#: A real lead (1973-11-06_郭沫若副委员长会见英国议员团, part 1).
_LEAD_1973 = (
    "新华社一九七三年十一月五日讯　人大常委会副委员长郭沫若今天下午会见了英中关系议会小组主席琼·维克斯爵士、"
    "副主席韦兰·肯尼特勋爵率领的英国议员团，同他们进行了友好的谈话。"
)


def test_a_picture_caption_under_the_title_stays_a_caption(tmp_path: Path) -> None:
    """The caption 图为会见时合影。 (a real line, 1978-03-08) under the title, above the report's lead:
    a caption (policy: ``图为…``), not a summary deck (review of round r)."""
    found = article(tmp_path, "郭沫若副委员长会见英国议员团", ["图为会见时合影。", _LEAD_1973])
    assert _kinds(found, "图为会见时合影。") == [BlockKind.CAPTION]


def test_an_epigraph_naming_its_speaker_is_not_a_summary_deck(tmp_path: Path) -> None:
    """A quotation at the head of a report with its speaker first (毛主席教导我们：“…”, as
    1967-06-28_正确对待群众 quotes it; 最高指示：“…”), above the lead: an epigraph, not a subtitle."""
    lead = "新华社北京一日电　首都革命群众五十万人今天集会，热烈欢呼九届一中全会公报的发表。"
    for epigraph in ("毛主席教导我们：“人民，只有人民，才是创造世界历史的动力。”", "最高指示：“要斗私，批修。”"):
        found = article(tmp_path, "首都军民热烈欢呼九届一中全会公报发表", [epigraph, lead])
        assert BlockKind.SUBTITLE not in _kinds(found, epigraph), epigraph


def test_the_first_item_of_a_page_of_news_items_is_body_text(tmp_path: Path) -> None:
    """A page of short items under one title, the first printed without its bracketed lead: the
    first item's text (paragraph), not a summary of the one below."""
    first = "苏联最高苏维埃主席团十日决定任命新的驻华大使。"
    items = [
        "【新华社柏林十日电】德意志民主共和国部长会议今天举行会议。",
        "【新华社河内十日电】越南国会常务委员会举行会议。",
    ]
    found = article(tmp_path, "国际简讯", [first, *items])
    assert _kinds(found, first) == [BlockKind.PARAGRAPH]


def test_the_paragraph_above_a_second_reports_lead_is_body_text(tmp_path: Path) -> None:
    """又讯 opens a second report: the paragraph above it is the first report's text (paragraph)."""
    first = "河北省各县农民积极准备春耕，已积肥三千多万担。"
    found = article(tmp_path, "各地积极准备春耕", [first, "又讯　山西省晋中地区各公社普遍整修了农具。"])
    assert _kinds(found, first) == [BlockKind.PARAGRAPH]


def _plain(text: str, kind: BlockKind = BlockKind.PARAGRAPH) -> Block:
    return Block(kind, [[text]], Span("x.json", 1, 1))


_TIANJIN = "津爱国天主教徒和基督教徒认为排除了革新运动大障碍"
_TIANJIN_LEAD = (
    "【新华社天津五日电】天津市爱国的天主教徒和基督教徒，热烈拥护南京市军管会永远驱逐帝国主义分子黎培里的正义措施。"
)


def test_the_first_reports_heading_parallels_another_reports() -> None:
    """1951-09-06: 南京天主教和基督教教徒认为这是反帝斗争的胜利 and 津爱国天主教徒和基督教徒认为…, six pairs in
    common; 2000-08-01: 钱其琛会见里约集团 / “三驾马车”外长, the first line sharing 钱其琛会见 with
    钱其琛会见陈丽敏一行."""
    nanjing = [_plain("表示要提高警惕同帝国主义分子斗争"), _plain("南京天主教和基督教教徒认为这是反帝斗争的胜利")]
    below = [_plain("天津市基督教牧师一致指出："), _plain(_TIANJIN, BlockKind.INTERTITLE), _plain(_TIANJIN_LEAD)]
    assert report_heading(nanjing, below) == 1
    lines = [_plain("钱其琛会见里约集团"), _plain("“三驾马车”外长")]
    below = [
        _plain("钱其琛会见陈丽敏一行"),
        _plain("新华社北京七月三十一日电（记者赵新兵）国务院副总理钱其琛今天上午会见了客人。"),
    ]
    assert report_heading(lines, below) == 0


def test_what_is_no_first_reports_heading() -> None:
    lines = [_plain("南京天主教和基督教教徒认为这是反帝斗争的胜利")]
    assert report_heading(lines, []) == 1
    assert report_heading(lines, [_plain(_TIANJIN)]) == 1  # (no lead under the other heading)
    assert report_heading(lines, [_plain(_TIANJIN), _plain("天津市的天主教徒和基督教徒都认为。")]) == 1
    assert report_heading(lines, [_plain(_TIANJIN + "。"), _plain(_TIANJIN_LEAD)]) == 1  # (a sentence, no heading)
    long = _plain(_TIANJIN + "，天主教徒和基督教徒一致拥护人民政府")  # (longer than a heading)
    assert report_heading(lines, [long, _plain(_TIANJIN_LEAD)]) == 1
    deck = [_plain("京沪津穗群众集会游行")]  # (two pairs in common, 群众 and 游行: not parallel)
    assert report_heading(deck, [_plain("上海百万群众游行"), _plain(_TIANJIN_LEAD)]) == 1


def test_a_report_heading_under_the_title_field_is_an_intertitle() -> None:
    """1951-09-06: the title field's headline and subtitle, then the Nanjing report's heading over its
    lead, as the Shanghai, Tianjin and Beijing reports below; 2000-08-01: the column 友好往来, the first
    item's heading in two lines."""
    found = blocks("1951-09-06")
    assert kind_of(found, "表示要提高警惕同帝国主义分子斗争") is BlockKind.SUBTITLE
    assert kind_of(found, "南京天主教和基督教教徒认为这是反帝斗争的胜利") is BlockKind.INTERTITLE
    assert kind_of(blocks("2000-08-01_友好往来"), "钱其琛会见里约集团\n“三驾马车”外长") is BlockKind.INTERTITLE


def _kind(found: list[Block], text: str) -> BlockKind:
    (kind,) = [block.kind for block in found if block.text.strip() == text]
    return kind


_SUMMARY_CASES = [
    # a deck naming all the reports' cities sums the page up
    (
        "全国各地热烈庆祝国庆",
        [
            "北京上海天津广州等地群众集会游行",
            "新华社北京一日电\u3000首都七十万人今天在天安门广场隆重集会，热烈庆祝中华人民共和国成立十周年。",
            "毛泽东主席和其他党和国家领导人检阅了游行队伍。",
            "上海百万群众集会游行",
            "新华社上海一日电\u3000上海市一百多万人今天举行集会和游行，庆祝国庆节。",
        ],
    ),
    # a background box below names the same project: no parallel report
    (
        "长江三峡工程正式开工",
        [
            "李鹏宣布长江三峡工程开工",
            "新华社宜昌１２月１４日电\u3000国务院总理李鹏今天在三峡工程开工典礼上宣布：长江三峡工程正式开工。",
            "李鹏在讲话中说，兴建三峡工程是中华民族的百年大计。",
            "长江三峡工程简介",
            "新华社宜昌１２月１４日电\u3000长江三峡工程是当今世界上最大的水利枢纽工程，坝址位于湖北省宜昌市三斗坪。",
        ],
    ),
    # a heading below echoing the title's subtitle
    (
        "宗教界热烈拥护政府驱逐黎培里",
        [
            "表示要提高警惕同帝国主义分子斗争",
            "【新华社南京五日电】南京市爱国天主教徒、基督教徒和各界人民，热烈拥护南京市军事管制委员会的措施。",
            "四日南京市公安局执行军管会驱逐黎培里命令时，南京市爱国天主教徒正开会。",
            "北京宗教界表示要提高警惕",
            "【新华社北京五日电】北京市天主教和基督教的爱国人士，一致拥护南京市军管会的措施。",
        ],
    ),
    # one long name in common, 中国人民志愿军
    (
        "中国人民志愿军凯旋归国",
        [
            "中国人民志愿军最后一批部队回到祖国",
            "新华社丹东二十六日电\u3000中国人民志愿军最后一批部队今天跨过鸭绿江，回到了祖国。",
            "丹东市各界人民举行了盛大的欢迎会。",
            "朝鲜人民热烈欢送中国人民志愿军",
            "新华社平壤二十五日电\u3000朝鲜人民今天在平壤热烈欢送中国人民志愿军最后一批部队回国。",
        ],
    ),
    # one commentary, a section heading over 据新华社消息：
    (
        "美帝国主义在越南的新罪行",
        [
            "评美国扩大侵越战争的新步骤",
            "新华社北京九日电\u3000新华社记者述评：美国政府最近又把大批海军陆战队派到越南南方。",
            "这是美国扩大侵越战争的一个严重步骤。",
            "美国扩大侵越战争的借口",
            "据新华社消息：美国国务院发言人八日说，派兵是应南越当局的“请求”。",
            "这种借口是骗不了人的。",
        ],
    ),
    # one report: nothing below to parallel
    (
        "国际简讯",
        [
            "越南人民军击落美机三架",
            "新华社河内九日电\u3000越南人民军今天在义安省上空击落美国飞机三架。",
            "越南通讯社报道，越南人民军击落美机的战斗持续了半小时。",
        ],
    ),
]


@pytest.mark.parametrize(
    ("title", "parts"), _SUMMARY_CASES, ids=["summary", "box", "echo", "name", "commentary", "one"]
)
def test_a_deck_with_no_parallel_heading_below_stays_a_subtitle(tmp_path: Path, title: str, parts: list[str]) -> None:
    """What the first report's heading is not (review of round t): the deck stays the title's subtitle."""
    assert _kind(article(tmp_path, title, parts), parts[0]) is BlockKind.SUBTITLE
