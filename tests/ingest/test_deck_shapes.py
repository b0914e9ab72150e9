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

from pathlib import Path

import pytest

from encoder.diagnostics import Reporter
from encoder.enrich import AUTHORITY_ONLY, enrich
from encoder.ingest.deck_shapes import FIRST_INTRODUCERS, FRAMES, continues, names_how, result, summary_clauses
from encoder.ingest.decks import CUES, deck_kinds, frames, introduces
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import BlockKind

DEV = Path(__file__).resolve().parent.parent / "fixtures" / "rmrb-json-dev"

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


def _title_kinds(name: str) -> list[BlockKind]:
    """The kinds of the title decks the converter makes of the dev fixture ``name``."""
    path = DEV / name
    reporter = Reporter(str(path))
    article = enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY)
    decks = (K, H, S)
    return [block.kind for block in article.texts[0].blocks if block.kind in decks]


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
    assert _title_kinds(name)[:2] == [K, H]


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
    assert introduces("中原前线司令部公布") and introduces("厦门市建设局承诺")


@pytest.mark.parametrize(
    "name",
    [
        "1993-07-02_铜山县委开展党建活动_一名党员一面旗帜_一个支部一座堡垒.json",
        "1998-02-03_宁波_戏车游街市_市民饱眼福.json",
    ],
)
def test_a_couplet_under_a_kicker_is_the_main_title_in_two_lines(name: str) -> None:
    """Dev gold 1993-07-02 and 1998-02-03 (kicker, headline, headline): the last two decks of a title
    of three, short and of one length, are the two halves of the main title. Dev blocks 7676 → 7678
    (even +1, odd +1, 1990s +2); deck gold 535 of 602 before and after; outside the gold three titles
    of the 1940s moved, each a kicker over a couplet (长治一区 / 召开贫雇大会 / 推动生产节约, 改行按件累进
    工资制 / 新生织工厂一月 / 增产毛巾七百打, 吉林军区地方兵团 / 除夕一度打进长春 / 沈阳外围群众分粮)."""
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
    assert _title_kinds("1948-01-08_“不让敌人喘过气来”_东北我军争请杀敌立功.json")[:2] == [K, H]
    assert deck_kinds(["“愿中印两国世代友好下去”", "印度总统纳拉亚南看望柯棣华医生遗孀郭庆兰"]) == [K, H]
    # not a quotation with sentence punctuation, one that opens the deck only, nor one above a dash subtitle
    assert deck_kinds(["“你好，欧元！”", "欧元今起正式流通"]) == [H, S]
    assert deck_kinds(["“财神爷”帮穷朋友", "黑龙江省财政厅真心扶助七星煤矿困难职工"]) != [H, H]
    assert not FRAMES["quotation"]("“财神爷”帮穷朋友")
    assert deck_kinds(["“让党旗在黑土地上高高飘扬”", "——李鹏总理与黑龙江省基层党组织、党员共庆“七一”"]) == [H, S]
