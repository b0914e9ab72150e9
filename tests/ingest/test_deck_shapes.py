"""The deck shapes of :mod:`encoder.ingest.deck_shapes`, on titles of the dev JSON (issue 13, third round).

Measured on the dev block gold (436 articles, 2026-12-01), the rules before them: even years 1953
of 2040 segments right, odd years 2316 of 2427; with the five shapes: even 1967, odd 2324 (1940s
343 → 353, 1950s 645 → 651, 1960s 877 → 879, 1970s 709 → 711, 2000s 504 → 506; no decade loses).
Each shape taken out of the five, what it adds: a deck broken off even +2, odd 0 (2000s +2); a
long second deck of clauses even +2, odd 0 (1960s +2); a body's call or directive even +2, odd
+4 (1940s +6); a message to a body even +2, odd +2 (1950s +2, 1970s +2); the people of a place,
a numbered gathering, places counted even +6, odd +2 (1940s +4, 1950s +4). On the Chinese
articles of ../shared/corpus/rmrb-json-dev/ and rmrb-json/ in no block gold (107 titles of
several decks) the five change no deck; on the deck gold's titles in no block gold, 260 of 305
decks right before and after. The titles marked "review" below are a reviewer's (realistic, not
real) where a first, broader form of the shapes went wrong; they are the spec the shapes keep.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from encoder.diagnostics import Reporter
from encoder.enrich import AUTHORITY_ONLY, enrich
from encoder.ingest.deck_shapes import FIRST_INTRODUCERS, FRAMES, continues, names_how, result, summary_clauses
from encoder.ingest.decks import CUES, deck_kinds, frames, introduces
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import BlockKind

from .conftest import convert_title, dev_title_kinds

ROOT = Path(__file__).resolve().parent.parent.parent
DEV = ROOT / "tests" / "fixtures" / "rmrb-json-dev"

K, H, S = BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE


def _kinds(text: str) -> list[BlockKind]:
    return [{"K": K, "H": H, "S": S}[char] for char in text]


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (["减少蔬菜农药残留的关键——", "合理正确使用农药"], "HH"),  # 2002-06-02
        (["国际数学家大会“力学与物理学中", "的非线性偏微方程”卫星会议举行"], "HH"),  # 2002-09-01
        (["中国人民解放军（", "华北军区）某部"], "HH"),  # review
        (["一九五四年——", "伟大的一年"], "HH"),  # review
        # review: the next line names the genre, a subtitle
        (["一面鲜红的旗帜——", "记全国劳动模范王进喜"], "HS"),
        (["太行山上的新愚公——", "记林县红旗渠的建设者们"], "HS"),
        # review: a kicker ending on a dash, in the full form
        (["向科学进军——", "我国十二年科学技术发展远景规划制定完成", "全国六百多位科学家参加了规划工作"], "KHS"),
        (["一个值得重视的问题——", "农村青年的业余文化生活", "河北省定县调查"], "KHS"),
        # review: a bracket left open by the OCR, which the next line does not close
        (["美帝在刚果（利加紧推行新殖民主义", "刚果（利）人民坚持武装斗争"], "HS"),
    ],
)
def test_a_deck_broken_off_goes_on_in_the_next_line(lines: list[str], kinds: str) -> None:
    assert deck_kinds(lines) == _kinds(kinds)


def test_continues() -> None:
    assert continues("减少蔬菜农药残留的关键——", "合理正确使用农药", two_decks=True)
    assert not continues("减少蔬菜农药残留的关键——", "合理正确使用农药", two_decks=False)
    assert not continues("为了祖国的明天——", "记北京市少年宫", two_decks=True)  # the genre after the dash
    assert continues("学习《毛泽东选集", "第四卷》的体会", two_decks=False)
    assert not continues("共同建立“有活力的、统一的欧洲经济区”", "成员国签署协定", two_decks=True)  # closed


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        # 1966-10-10 (with its lead, below): a long second deck of two clauses summarises
        (["对毛主席著作爱得深才能用得狠", "沈阳部队召开积极分子代表会议，交流在“用”字上狠下功夫的经验"], "HS"),
        # the deck gold's 1984-01-27: a meeting's resolution, in two clauses
        (["民柬联合政府在柬境内举行内阁会议", "决定维护团结，把抗越斗争进行到底"], "KH"),
        # review: a headline of two clauses, short enough, under a kicker no cue catches
        (["工业学大庆", "大庆油田抓革命，促生产", "原油产量又创新纪录"], "KHS"),
        (["坦桑尼亚人民的好朋友", "中国医疗队不怕苦，不怕累", "为当地群众治病"], "KHS"),
        (
            [
                "沿着毛主席的革命路线胜利前进",
                "我国原油产量提前完成全年计划，比去年增长百分之二十二",
                "原油加工能力也有很大提高",
            ],
            "KHS",
        ),
        (["农业学大寨", "昔阳县高举“自力更生，艰苦奋斗”的旗帜", "全县粮食亩产跨过“长江”"], "KHS"),  # a quoted comma
    ],
)
def test_a_long_second_deck_of_clauses_is_not_the_main_title(lines: list[str], kinds: str) -> None:
    lead = (
        "新华社沈阳九日电\u3000最近，人民解放军沈阳部队召开学习毛主席著作积极分子代表会议，"
        "广泛交流活学活用毛主席著作在“用”字上狠下功夫的经验。"
    )
    assert deck_kinds(lines, lead) == _kinds(kinds)


def test_a_short_second_deck_of_clauses_reported_by_the_lead_is_the_main_title() -> None:
    """Review: the lead reports the second deck, a headline of two short clauses."""
    lead = "新华社上海九月十五日电\u3000我国最大的现代化钢铁企业宝山钢铁总厂一期工程今天建成投产，年产铁三百万吨。"
    assert deck_kinds(["我国经济建设又一成就", "宝钢一期工程建成投产，年产铁三百万吨"], lead) == [K, H]


def test_summary_clauses() -> None:
    assert summary_clauses("沈阳部队召开积极分子代表会议，交流在“用”字上狠下功夫的经验", 28)
    assert not summary_clauses("大庆油田抓革命，促生产", 24)  # short: a headline
    assert not summary_clauses("朱镕基代总理会见李显龙副总理时说，", 0)  # a comma that only ends the deck
    assert not summary_clauses("昔阳县高举“自力更生，艰苦奋斗”的旗帜", 0)  # the quotation's comma


@pytest.mark.parametrize(
    "line",
    [
        "冀鲁豫日报社论号召",  # 1947-06-03
        "沙河指示各区村",  # 1947-05-10
        "冀南行署指示夏季生产",  # 1948-07-07
        "缅甸共产党中央致电中共中央",  # 1973-09-04
        "朝鲜祖国战线致函日内瓦会议",  # 1954-05-08
    ],
)
def test_a_call_a_directive_a_message_to_a_body_introduce_the_next_deck(line: str) -> None:
    assert deck_kinds([line, "组织群众防旱"]) == [K, H]


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        # review: a call or a directive in the middle deck of three; the middle deck is the headline
        (["保卫世界和平", "全国人民热烈响应世界和平理事会号召", "已有二亿多人在和平宣言上签名"], "KHS"),
        (
            [
                "在毛主席无产阶级革命路线指引下",
                "全国城乡掀起学习毛主席最新指示热潮",
                "广大工农兵决心把无产阶级文化大革命进行到底",
            ],
            "KHS",
        ),
        # review: a directive hailed or checked, a device, a call that is itself the news
        (["首都军民热烈欢呼毛主席最新指示", "决心把无产阶级文化大革命进行到底"], "HS"),
        (["上海研制成功新型电子指示仪表", "填补了我国一项空白"], "HS"),
        (["北京街头增设中英文交通指示牌", "方便外国游客"], "HS"),
        (["各地认真检查贯彻中央指示情况", "春耕准备工作普遍提前"], "HS"),
        (["毛主席发出伟大号召", "全国人民热烈响应"], "HS"),
        (["响应党中央的伟大号召", "首都十万青年奔赴农业第一线"], "KH"),  # a purpose (响应…), not a call
        # review: a greeting sent, the message the news
        (["毛主席致电金日成首相庆贺国庆", "中朝人民的友谊万古长青"], "HS"),
        (["朱德总司令致电斯大林大元帅致敬", "祝贺苏联建军三十周年"], "HS"),
        (["周总理致电印度总理吊唁尼赫鲁逝世", "（附图片）"], "HS"),
        (["我红十字会打电报给菲律宾红十字会", "支援菲律宾灾民"], "HS"),  # 1970-11-09
    ],
)
def test_not_a_call_nor_a_message_to_a_body(lines: list[str], kinds: str) -> None:
    assert deck_kinds(lines) == _kinds(kinds)


@pytest.mark.parametrize(
    "line",
    [
        "全非工会联合会常任书记致电热烈祝贺我党“九大”",  # 1969-04-10: what the message says follows
        "广大人民响应党和政府的号召掀起全民大力发展农业生产热潮",  # 1966-05-08
        "坚决贯彻毛主席的指示加速实现干部思想革命化",  # deck gold 1968-10-28
        "学习毛主席的指示",
    ],
)
def test_not_introducing(line: str) -> None:
    assert not introduces(line)
    assert not any(cue(line) for cue in FIRST_INTRODUCERS.values())


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("北平南通两地", "工商倒闭日多"),  # 1948-04-08
        ("六次全国劳动大会", "向朱总司令致敬"),  # 1948-08-10
        ("日本山口县人民", "反对美军把风景区变成演习场"),  # 1956-04-03
        ("大马士革等四城市", "议员补缺选举竞争激烈"),  # 1957-05-05
    ],
)
def test_a_people_a_gathering_or_places_with_no_verb_frame_the_next_deck(first: str, second: str) -> None:
    assert CUES["people or places"](first)
    assert deck_kinds([first, second]) == [K, H]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("人民解放军连克五城市", "蒋军两个师被歼"),  # review: statements with verbs of their own
        ("我军又解放三座城市", "蒋军弃城南逃"),
        ("美国侵略者吓不倒越南人民", "南方军民一月内歼敌三万"),
        ("阿尔巴尼亚感谢中国人民", "霍查同志在地拉那群众大会上讲话"),
        ("朱总司令主持庆祝大会", "号召全军继续前进"),
        ("用英雄事迹教育群众", "某部政治部开展拥政爱民活动"),
        ("英雄的越南人民", "访越记者手记"),  # review: a feature's headline
        ("威海成为国家卫生城市", "市容整洁\u3000环境优美"),
        ("首都十万人民集会", "欢迎贵宾"),  # a verb after the people
        ("全国各地人民欢庆“五一”劳动节", "首都举行盛大游行"),  # the corpus's 1952-05-03
    ],
)
def test_not_a_people_a_gathering_nor_places(first: str, second: str) -> None:
    assert not CUES["people or places"](first)
    assert deck_kinds([first, second]) == [H, S]
    assert not frames(first) or first == "首都十万人民集会"


def test_a_second_deck_reporting_a_result_gained_is_the_headline() -> None:
    """Dev gold 1947-02-07, 1947-04-04, 1947-11-08 (kicker, headline) and deck gold 1946-07-09
    (波兰复决投票初步统计 / 民主力量已获巨大胜利, kicker, headline). Fourth round, dev blocks: even years
    1979 → 1979, odd 2368 → 2374 (1940s 366 → 372; no decade loses); deck gold titles in no block
    gold 260 → 262; on the Chinese articles of ../shared/corpus/ in no block gold one block changed
    (1946-07-09's, right). All the dev titles it fixes are of the 1940s. After the review (the lead
    must not report the first deck, which names how or on what, no verb of news; the negation looked
    for a few characters back; no result spoken of): the same figures."""
    for first, second in (
        ("查减练武结合", "壶关获得成绩"),
        ("德国问题讨论程序", "外长会议获得协议"),
        ("启发干部带头自报", "武乡整财获得经验"),
        ("波兰复决投票初步统计", "民主力量已获巨大胜利"),
    ):
        assert result(second)
        assert deck_kinds([first, second]) == [K, H]
        assert names_how(first)
    assert not result("改革尚未取得成效")  # not gained
    assert not result("越南报纸欢呼柬埔寨军民取得的巨大胜利")  # a result spoken of
    assert not result("分赴新区领导分田")


@pytest.mark.parametrize(
    ("first", "second", "lead"),
    [
        # the first deck is the news the lead reports (share 0.56 against 0.14, 0.56 against 0)
        (
            "李鹏总理结束对日访问",
            "访问取得丰硕成果",
            "新华社东京4月13日电  国务院总理李鹏今天结束了对日本为期五天的正式友好访问，离开东京回国。",
        ),
        ("中美贸易谈判在京结束", "双方获得协议", "新华社北京十月五日电  中美两国政府贸易代表团的谈判今天在北京结束。"),
        # the first deck holds a verb of news: no method nor topic
        ("全国春耕生产进展顺利", "各地抗旱斗争取得初步成效", ""),
        ("我国成功发射一颗科学实验卫星", "航天事业又获新成就", ""),
        # a result not gained, the negation a few characters back
        ("一些地方乱收费屡禁不止", "治理工作未能取得成效", ""),
        ("全国经济体制改革会议闭幕", "改革还没有取得成效", ""),
        # a result spoken of, celebrated
        ("周恩来总理设宴招待越南代表团", "祝贺越南人民取得伟大胜利", ""),
    ],
)
def test_a_result_below_a_deck_of_news_or_not_gained_is_a_subtitle(first: str, second: str, lead: str) -> None:
    """Review of the fourth round: a result below a deck the lead reports, or below a deck of news
    (结束, 进展顺利, 成功发射), a result not gained (未能取得, 还没有取得, 难以取得) or one spoken of (祝贺,
    庆祝, 欢呼, 热烈…) leaves the first deck the main title."""
    assert deck_kinds([first, second], lead) == [H, S]


def test_a_result_not_gained_or_spoken_of_is_no_result() -> None:
    for line in ("并未能取得成效", "改革难以取得成效", "庆祝越南人民取得伟大胜利", "热烈欢呼越南人民取得伟大胜利"):
        assert not result(line), line
    for line in ("中美贸易谈判在京结束", "全国春耕生产进展顺利", "周恩来总理设宴招待越南代表团"):
        assert not names_how(line), line


@pytest.mark.parametrize(
    "name",
    [
        "1994-01-03_北京国际象棋公开赛近半程中国健儿继续领先.json",
        "1998-10-05_全国象棋棋王赛收枰_吕钦卫冕_黄薇封后.json",
        "2000-12-02_国际象棋世锦赛第二轮_谢军首战成和棋.json",
        "2003-02-07_第五届亚冬会接近尾声_短道速滑中韩平分秋色.json",
        "1953-08-07_答复关于召开四国外长会议问题_苏联照会美英法三国政府.json",
        "1999-03-01_就《金融违法行为处罚办法》有关问题_中国人民银行负责人答记者问.json",
        "1948-08-05_中原前线司令部公布_襄阳歼敌近两万.json",
        "2002-02-01_国家药品监督管理局公布_春节前撤销批准文号的药品名单.json",
        "2003-12-01_厦门市建设局承诺_春节前完成民工工资清欠工作.json",
    ],
)
def test_a_competition_a_topic_or_a_body_announcing_above_the_news_is_a_kicker(name: str) -> None:
    """Issue 13, round s2 (dev gold): a competition and how far it has gone (1994-01-03, 1998-10-05,
    2000-12-02, 2003-02-07), a topic opened by 就 or 答复 (1953-08-07, 1999-03-01), a body that
    announces or promises (…公布, …承诺: 1948-08-05, 2002-02-01, 2003-12-01) frame or introduce the
    deck below, the main title. Dev blocks 7658 → 7676 (even 3563 → 3573, odd 4095 → 4103; 1940s +2,
    1950s +2, 1990s +6, 2000s +8; no decade loses); deck gold 535 of 602 before and after; outside the
    gold one title moved, right (1980-08-04, 就评定科技人员技术职称有关问题 / 国务院科技干部局答新华社记者问)."""
    assert dev_title_kinds(name)[:2] == [K, H]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("世界击剑锦标赛在布达佩斯举行", "中国击剑队参加全部比赛项目"),  # deck gold 1975-07-26: the event is the news
        ("第十一届亚运会隆重开幕", "中国体育代表团阵容最强"),  # an opening
        ("中国队获得世锦赛团体冠军", "女队卫冕成功"),  # a result named before the competition
        ("全运会足球决赛的观众", "散场后自觉清扫看台"),  # more than a stage after the name
        ("今年招收研究生的有关问题", "教育部有关负责人答记者问"),  # dev 1980-03-04: a topic alone, the headline
        ("关于正确处理人民内部矛盾的问题", "一九五七年二月二十七日在最高国务会议上的讲话"),  # 关于…: a document's title
        ("就业难问题", "各地多方开辟就业门路"),  # 就业 (employment), no preposition
        ("高考成绩公布", "考生可上网查询"),  # what is announced, no body's word before 公布
        ("他们信守承诺", "三年还清欠款"),
    ],
)
def test_not_a_competition_a_topic_nor_a_body_announcing(first: str, second: str) -> None:
    assert not FRAMES["competition"](first) and not FRAMES["topic"](first)
    assert not introduces(first)
    assert deck_kinds([first, second]) == [H, S]


def test_frames_are_cues() -> None:
    assert FRAMES["competition"]("国际象棋世锦赛第二轮") and frames("国际象棋世锦赛第二轮")
    assert FRAMES["topic"]("就《金融违法行为处罚办法》有关问题")
    assert all(name in CUES for name in FRAMES)
    announces = FIRST_INTRODUCERS["announcement"]
    assert announces("中原前线司令部公布") and announces("厦门市建设局承诺") and announces("国家药品监督管理局公布")
    assert not introduces("中原前线司令部公布")  # the first deck only: see test_an_announcement_only_on_the_first_deck


@pytest.mark.parametrize(
    "name",
    [
        "1993-07-02_铜山县委开展党建活动_一名党员一面旗帜_一个支部一座堡垒.json",
        "1998-02-03_宁波_戏车游街市_市民饱眼福.json",
    ],
)
def test_a_couplet_under_a_kicker_is_the_main_title_in_two_lines(name: str) -> None:
    """Dev gold 1993-07-02 and 1998-02-03 (kicker, headline, headline): the last two decks of a title
    of three, short, of one length and built alike (the same characters in two places, or the second
    taking up the first's last character), are the two halves of the main title. Dev blocks 7676 →
    7678 (even +1, odd +1, 1990s +2); deck gold 535 of 602 before and after. A review found length
    alone too weak (see test_decks_of_one_length_not_built_alike_are_no_couplet); with the likeness
    required, outside the gold no title moves against code-s2 (the length-only form had moved three
    of the 1940s: 吉林军区地方兵团 / 除夕一度打进长春 / 沈阳外围群众分粮, wrong, a second dispatch's title;
    长治一区 / 召开贫雇大会 / 推动生产节约 and 改行按件累进工资制 / 新生织工厂一月 / 增产毛巾七百打,
    arguably right, now a headline and a subtitle again as before the branch)."""
    path = DEV / name
    reporter = Reporter(str(path))
    article = enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY)
    kinds = [block.kind for block in article.texts[0].blocks[:2]]
    assert kinds == [K, H] and len(article.texts[0].blocks[1].lines) == 2


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (["铜山县委开展党建活动", "一名党员一面旗帜", "一个支部一座堡垒"], "KHH"),
        (["宁波", "戏车游街市", "市民饱眼福"], "KHH"),
        (["考城东明两仗", "三天歼敌万余", "乘胜攻进菏泽四关"], "KHS"),  # the second and third of two lengths
        (["苏联代表在和会小组会上", "斥澳代表企图拖延会期", "四外长会议将重新召开"], "KHS"),  # long decks (10)
        (["为了祖国的明天", "提前完成计划", "产量增长５倍"], "KHS"),  # a figure in the third
        (["为了祖国的明天", "提前完成计划", "全年增产，节约"], "KHS"),  # punctuation
        (["列车商店送温暖", "小站生活大改善"], "HS"),  # two decks only
    ],
)
def test_couplet_boundaries(lines: list[str], kinds: str) -> None:
    assert deck_kinds(lines) == _kinds(kinds)


def test_no_couplet_without_a_kicker_above_it() -> None:
    """Decks each a report of its own (the lead reports the first), the first the main title."""
    lead = "新华社北京1日电  北京今天举行庆祝大会，各界代表一万人出席。"
    assert deck_kinds(["北京举行庆祝大会", "首都人民欢庆节日", "晚上举行焰火晚会"], lead) == _kinds("HSS")


def test_a_quotation_standing_alone_above_the_news_is_a_kicker() -> None:
    """Dev gold 1948-01-08 (“不让敌人喘过气来” / 东北我军争请杀敌立功) and deck gold 2000-06-02 (“愿中印两国
    世代友好下去” / 印度总统…看望…): kicker, headline. Dev blocks 7678 → 7680 (even +2, 1940s +2); deck gold
    535 → 537; outside the block gold one title moved (2000-06-02, as the deck gold reads it)."""
    assert dev_title_kinds("1948-01-08_“不让敌人喘过气来”_东北我军争请杀敌立功.json")[:2] == [K, H]
    assert deck_kinds(["“愿中印两国世代友好下去”", "印度总统纳拉亚南看望柯棣华医生遗孀郭庆兰"]) == [K, H]
    # not a quotation with sentence punctuation, one that opens the deck only, nor one above a dash subtitle
    assert deck_kinds(["“你好，欧元！”", "欧元今起正式流通"]) == [H, S]
    assert deck_kinds(["“财神爷”帮穷朋友", "黑龙江省财政厅真心扶助七星煤矿困难职工"]) != [H, H]
    assert not FRAMES["quotation"]("“财神爷”帮穷朋友")
    assert deck_kinds(["“让党旗在黑土地上高高飘扬”", "——李鹏总理与黑龙江省基层党组织、党员共庆“七一”"]) == [H, S]


# --- review of round s2 (tests/review_blocks-s2.py of branch rev-blocks-s2, made-up titles but the dev one)


def _made_up_kinds(tmp_path: Path, date: str, decks: list[str], body: list[str]) -> list[BlockKind]:
    """The kinds of the title decks the converter makes of a made-up JSON article: decks, then body."""
    year, month, day = (int(part) for part in date.split("-"))
    parts = [{"type": "paragraph", "text": text} for text in [*decks, *body]]
    data = {"title": "　".join(decks), "authors": [], "dates": [{"year": year, "month": month, "day": day}]}
    path = tmp_path / f"{date}_{'_'.join(decks)}.json"
    path.write_text(json.dumps({**data, "parts": parts}, ensure_ascii=False), encoding="utf-8")
    reporter = Reporter(str(path))
    article = enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY)
    return [block.kind for block in article.texts[0].blocks if block.kind in (K, H, S)]


@pytest.mark.parametrize(
    ("decks", "lead"),
    [
        (
            ["中国队夺得世界杯冠军", "女排姑娘载誉归来"],
            "新华社大阪十六日电  中国女子排球队今天在第三届世界杯女子排球赛中夺得冠军。",
        ),
        (
            ["世界体操锦标赛中国称雄", "男女团体双双夺冠"],
            "新华社多特蒙德4日电  在这里举行的世界体操锦标赛上，中国男女队双双获得团体冠军。",
        ),
        (
            ["北京申办奥运会成功", "首都群众彻夜欢庆"],
            "新华社莫斯科7月13日电  国际奥委会今天投票决定，北京申办奥运会成功。",
        ),
    ],
    ids=["won", "chengxiong", "chenggong"],
)
def test_a_competition_deck_with_a_result_is_the_news(tmp_path: Path, decks: list[str], lead: str) -> None:
    """A result in a competition's deck (夺, 称雄, 成功, 告捷, 折桂, 登顶…) makes it the news: no frame."""
    assert _made_up_kinds(tmp_path, "1994-10-05", decks, [lead])[:2] == [H, S]
    for line in ("全国乒乓球赛男队告捷", "亚洲杯足球赛中国队折桂", "全国象棋锦标赛吕钦卫冕"):
        assert not FRAMES["competition"](line), line


@pytest.mark.parametrize(
    ("decks", "lead"),
    [
        (["第四十三届世乒赛第三天", "中国男队小组出线"], "新华社大阪4月27日电  第四十三届世乒赛今天进入第三天。"),
        (["世界杯足球赛八强战", "巴西队淘汰英格兰队"], "新华社横滨6月21日电  世界杯足球赛今天进入八强战。"),
    ],
    ids=["shipingsai", "zuqiusai"],
)
def test_the_commonest_competitions_with_a_stage_are_kickers(tmp_path: Path, decks: list[str], lead: str) -> None:
    """世乒赛 and …球赛 (足球赛, 排球赛…) name competitions too (dev unchanged by them)."""
    assert _made_up_kinds(tmp_path, "1995-04-28", decks, [lead])[:2] == [K, H]


@pytest.mark.parametrize(
    ("decks", "body"),
    [
        (["就医难问题", "城市医院改革迫在眉睫"], "看病难、住院难，是群众反映强烈的就医难问题。"),
        (
            ["就地解决群众看病难问题", "山区乡镇卫生院普遍建立"],
            "本报讯  山区各乡镇普遍建立卫生院，就地解决群众看病难问题。",
        ),
    ],
    ids=["jiuyi", "jiudi"],
)
def test_a_word_opened_by_jiu_is_no_topic(tmp_path: Path, decks: list[str], body: str) -> None:
    """就 is the preposition only when no word 就X opens the deck (就医, 就地, 就近, 就学, 就餐, 就业…)."""
    assert _made_up_kinds(tmp_path, "1996-04-10", decks, [body])[:2] == [H, S]
    for line in ("就近入学问题", "就学问题", "就餐问题", "就业难问题"):
        assert not FRAMES["topic"](line), line
    assert FRAMES["topic"]("就两国关系问题") and FRAMES["topic"]("就“三农”问题")


def test_a_topic_above_a_qa_is_still_a_kicker(tmp_path: Path) -> None:
    decks = ["就《劳动法》实施中的若干问题", "劳动部负责人答本报记者问"]
    lead = "《劳动法》已于今年1月1日起施行。日前，本报记者就其实施中的若干问题采访了劳动部负责人。"
    assert _made_up_kinds(tmp_path, "1995-06-20", decks, [lead])[:2] == [K, H]


@pytest.mark.parametrize(
    ("decks", "body"),
    [
        (
            ["“我们的朋友遍天下”", "记中国青年代表团访问欧洲"],
            "中国青年代表团在欧洲访问了一个多月，所到之处受到热烈欢迎。",
        ),
        (["“雷锋就在我们身边”", "记沈阳军区某部战士王成"], "王成入伍三年，做了数不清的好事。"),
    ],
    ids=["friends", "leifeng"],
)
def test_a_quotation_over_a_profile_line_is_the_headline(tmp_path: Path, decks: list[str], body: str) -> None:
    """A feature's quoted title over 记… (a profile's subtitle): headline, subtitle; no frame is
    followed by a 记… deck as its main title (dev unchanged by the guard)."""
    assert _made_up_kinds(tmp_path, "1963-03-10", decks, [body])[:2] == [H, S]
    assert deck_kinds(["为了祖国的明天", "记青年突击队长王平"]) == [H, S]


@pytest.mark.parametrize(
    ("decks", "lead"),
    [
        (["今年高考录取分数线全部公布", "考生可拨打电话查询"], "本报讯  今年高考录取分数线已全部公布。"),
        (["价格举报电话向社会公布", "群众可随时举报乱涨价"], "本报讯  本市价格举报电话日前向社会公布。"),
        (["党风廉政建设情况向全党公布", "接受党员群众监督"], "本报讯  省委日前把党风廉政建设情况向全党公布。"),
    ],
    ids=["quanbu", "shehui", "quandang"],
)
def test_what_is_published_is_the_news(tmp_path: Path, decks: list[str], lead: str) -> None:
    """公布 after 全部 or 向…: no body announcing; the publication is the news."""
    assert _made_up_kinds(tmp_path, "1999-07-25", decks, [lead])[:2] == [H, S]


def test_a_body_announcing_is_a_kicker_and_loses_no_text(tmp_path: Path) -> None:
    decks = ["广州市物价局公布", "春节期间主要副食品价格"]
    lead = "本报广州1月27日电  广州市物价局今天公布了春节期间主要副食品的价格。"
    assert _made_up_kinds(tmp_path, "2000-01-28", decks, [lead])[:2] == [K, H]


def test_an_announcement_only_on_the_first_deck() -> None:
    """A third deck naming a body that announces does not move the main title (first deck only)."""
    lead = "新华社北京1日电  北京今天举行庆祝大会，各界代表一万人出席。"
    assert deck_kinds(["北京举行庆祝大会", "市物价局公布", "节日副食品价格"], lead) == [H, S, S]


@pytest.mark.parametrize(
    "decks",
    [
        ["宁夏引黄灌区", "水稻喜获丰收", "亩产超过千斤"],  # 亩产… details the harvest
        ["第五届亚冬会接近尾声", "中韩平分秋色", "中国队夺三金"],  # China's share of the medals
    ],
    ids=["ningxia", "yadonghui"],
)
def test_decks_of_one_length_not_built_alike_are_no_couplet(decks: list[str]) -> None:
    assert deck_kinds(decks) == [K, H, S]


def test_a_second_dispatchs_title_is_no_half_of_the_first() -> None:
    """Dev 1948-01-15 (outside the block gold): 沈阳外围群众分粮 heads the second dispatch, a deck of
    its own (subtitle), not the main title's second line."""
    assert dev_title_kinds("1948-01-15_吉林军区地方兵团_除夕一度打进长春_沈阳外围群众分粮.json") == [K, H, S]


@pytest.mark.parametrize(
    "decks",
    [
        ["宁波", "戏车游街市", "市民饱眼福"],
        ["“不让敌人喘过气来”", "东北我军争请杀敌立功"],
        ["国际象棋世锦赛第二轮", "谢军首战成和棋"],
    ],
    ids=["couplet", "quotation", "competition"],
)
def test_new_decks_make_valid_tei_and_keep_every_character(tmp_path: Path, decks: list[str]) -> None:
    tei = convert_title(tmp_path, decks, "本报讯  正月初四，宁波北仑区新碶镇的中心街道人头攒动。", "1998-02-03")
    assert all(deck in tei for deck in decks)
