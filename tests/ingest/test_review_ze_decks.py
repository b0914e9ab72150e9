"""Review of round ze's title-deck rules (branch ze-decks2): realistic titles of the paper's decades, both ways.

1. A clause of when (…时, …在即) is a setting, a kicker. Guard: a word ending on 时 that is no clause of when,
   省时, 耗时, 失时 (水稻抛秧栽培省工省时, 审批手续繁琐耗时, 抢收抢种不失时).
2. A call on people or a body (:mod:`.deck_calls`). Guard: a verb between the call and the people or the body named
   at the end (苏联代表要求美军撤出驻南朝鲜部队): they are what the demand is about, not the ones called on.
3. A second deck opening on a period is a subtitle (:mod:`.deck_periods`). Guard: not under a slogan of short
   phrases or a kicker's cliché (抓革命　促生产 / 上半年…, 捷报频传 / 今年…), which states no news to detail.
4. A first deck's verdict on how a whole went is the headline (:mod:`.deck_assessments`). Guards: a verdict on a
   situation or a war's course (东北战场形势好转 / 我军收复四平), and one over an event held that the deck below
   reports (西藏经济发展迅速 / 自治区成立三十周年庆祝大会隆重举行).
5. A first deck of parallel phrases is a kicker only over a deck that may be the main title: no guard needed.

K, H, S: kicker, headline, subtitle.
"""

from __future__ import annotations

import pytest

from encoder.ingest import deck_assessments, deck_calls, deck_periods
from encoder.ingest.decks import CUES, deck_kinds
from encoder.model import BlockKind

_LETTERS = {BlockKind.KICKER: "K", BlockKind.HEADLINE: "H", BlockKind.SUBTITLE: "S"}


def _kinds(decks: list[str], lead: str = "") -> str:
    return "".join(_LETTERS[kind] for kind in deck_kinds(decks, lead))


# 1. a clause of when


@pytest.mark.parametrize(
    "decks",
    [
        ["敌机窜扰沈阳上空时", "被我高射炮部队击落两架"],
        ["周总理会见日本客人时", "强调中日两国人民要世世代代友好下去"],
        ["中国党政代表团离开河内时", "越南领导人到机场热烈欢送"],
        ["联合国大会开幕在即", "各国代表陆续抵达纽约"],
        ["五届人大一次会议召开在即", "各地代表陆续到京"],
        ["麦收在即", "河南各地抓紧准备收割工具"],
        ["春耕大忙季节到来时", "河北各地积极筹划备耕物资"],
        ["我军解放石家庄时", "蒋匪仓皇炸毁大批物资"],
        ["美军撤出汉城时", "疯狂焚烧民房屠杀居民"],
        ["春运客流高峰到来时", "各地铁路部门做好准备"],
        ["大选在即", "美国两党候选人加紧竞选活动"],
    ],
)
def test_a_clause_of_when_over_the_news_is_a_kicker(decks: list[str]) -> None:
    assert _kinds(decks) == "KH"


@pytest.mark.parametrize(
    "decks",
    [
        ["水稻抛秧栽培省工省时", "湖南推广面积突破千万亩"],
        ["审批手续繁琐耗时", "外商投资项目审批亟待简化"],
        ["抢收抢种不失时", "河南夏收夏种进度快"],
        ["救灾物资及时运到", "灾民生活得到妥善安排"],
        ["南京长江大桥建成通车历时八年", "全部采用国产钢材"],
        ["京广线特快列车运行正点准时", "旅客称赞铁路职工服务周到"],
        ["这种服装风行一时", "如今已无人问津"],
        ["这项工程按期完成不误农时", "农田灌溉面积扩大十万亩"],
    ],
)
def test_a_word_ending_on_shi_is_no_clause_of_when(decks: list[str]) -> None:
    assert not CUES["setting"](decks[0])
    assert _kinds(decks) == "HS"


# 2. a call on people or a body


@pytest.mark.parametrize(
    "decks",
    [
        ["国务院要求各地有关部门", "切实做好防汛抗旱工作"],
        ["北京市人民政府号召全市人民", "积极开展爱国卫生运动"],
        ["国家计委要求各地", "严格控制基本建设规模"],
        ["中纪委要求全体共产党员", "严格遵守党的政治纪律"],
        ["省委要求各地有关部门", "认真做好救灾工作"],
        ["团中央号召全国青年", "积极参加植树造林活动"],
        ["全国总工会号召全国职工", "开展增产节约竞赛"],
    ],
)
def test_a_call_on_people_over_what_they_are_to_do_is_a_kicker(decks: list[str]) -> None:
    assert _kinds(decks) == "KH"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("苏联代表要求美军撤出驻南朝鲜部队", "指出这是和平解决朝鲜问题的先决条件"),
        ("日本人民要求美国撤走驻日部队", "举行声势浩大的示威游行"),
        ("泰国学生要求政府驱逐美国部队", "举行大规模示威游行"),
        ("冲绳县民要求美军撤出全部作战部队", "集会抗议美机滥炸越南"),
    ],
)
def test_a_demand_about_troops_is_no_call_on_them(first: str, second: str) -> None:
    assert not deck_calls.calls_on(first, second)


@pytest.mark.parametrize(
    "decks",
    [
        ["毛主席号召全国人民", "全国人民热烈响应"],
        ["上海总工会要求资方不得任意解雇工人", "经劳资协商达成协议"],
        ["日本共产党要求政府释放被捕工人", "并要求赔偿损失"],
        ["灾区群众要求政府救济受灾农民", "地方当局置之不理"],
    ],
)
def test_a_call_over_a_report_of_its_own_is_the_headline(decks: list[str]) -> None:
    assert not deck_calls.calls_on(*decks)
    assert _kinds(decks) == "HS"


# 3. a period opening the second deck

_H1 = "新华社北京七月五日电　上半年全国工业生产全面超额完成国家计划，主要产品产量大幅度增长。"
_OIL = "新华社北京十二月十日电　今年我国原油产量提前二十天完成国家计划。"
_WHEAT = "新华社北京七月十日电　今年全国夏粮又获大丰收，总产量比去年增长百分之八。"


@pytest.mark.parametrize(
    ("decks", "lead"),
    [
        (["抓革命\u3000促生产", "上半年全国工业生产全面超额完成计划"], _H1),
        (
            ["自力更生\u3000艰苦奋斗", "十年来大庆油田原油产量年年增长"],
            "新华社大庆电　十年来，大庆油田原油产量年年增长。",
        ),
        (
            ["深化改革\u3000扩大开放", "去年我国外贸进出口总额突破一千亿美元"],
            "新华社电　去年我国外贸进出口总额突破一千亿美元。",
        ),
        (
            ["绿化祖国\u3000造福后代", "春季植树造林活动在全国展开"],
            "新华社北京电　春季植树造林活动已在全国各地广泛展开。",
        ),
        (["学大庆\u3000赶大庆", "今年全国原油产量提前完成计划"], _OIL),
        (["农业学大寨", "今年全国粮食总产量创历史最高水平"], "新华社电　今年全国粮食总产量创造了历史最高水平。"),
        (["捷报频传", "今年我国原油产量提前完成计划"], _OIL),
        (["喜讯传来", "今年夏粮又获大丰收"], _WHEAT),
    ],
)
def test_a_period_under_a_slogan_or_a_cliche_is_the_main_title(decks: list[str], lead: str) -> None:
    assert not deck_periods.details(*decks)
    assert _kinds(decks, lead) == "KH"


@pytest.mark.parametrize(
    ("decks", "lead"),
    [
        (["高举毛泽东思想伟大红旗\u3000坚持无产阶级专政下继续革命", "上半年全国工业生产全面超额完成计划"], _H1),
        (["在毛主席革命路线指引下", "今年全国夏粮又获大丰收"], _WHEAT),
    ],
)
def test_a_period_under_a_frame_is_still_the_main_title(decks: list[str], lead: str) -> None:
    """A long slogan or a setting frames the news (:data:`.decks.CUES`): the period does not make it a subtitle."""
    assert _kinds(decks, lead) == "KH"


@pytest.mark.parametrize(
    ("decks", "lead"),
    [
        (["我国旅游业发展迅速", "头7月来华游客364万人次"], "新华社北京8月10日电　今年1至7月，来华旅游者达364万人次。"),
        (
            ["全国铁路运输生产稳定增长", "一季度货运量比去年同期增长百分之五点二"],
            "本报讯　一季度全国铁路完成货物发送量三亿吨，比去年同期增长百分之五点二。",
        ),
        (["我国对外贸易持续增长", "上半年进出口总额达七百亿美元"], "新华社北京电　上半年我国进出口总额达七百亿美元。"),
        (
            ["深圳特区建设成就显著", "十年来工业产值年均增长百分之五十"],
            "新华社深圳电　十年来，深圳工业总产值年均增长百分之五十。",
        ),
        (["昌邑积极发展农村妇女入党", "去年以来发展女党员一百一十四名"], ""),
    ],
)
def test_a_period_under_the_news_it_details_is_a_subtitle(decks: list[str], lead: str) -> None:
    assert _kinds(decks, lead) == "HS"


def test_an_event_named_by_its_season_is_no_period() -> None:
    assert not deck_periods.opens_on_period("秋季广交会在广州开幕")
    decks = ["发展对外贸易", "秋季广交会在广州开幕"]
    assert _kinds(decks, "新华社广州十月十五日电　秋季中国出口商品交易会今天在广州开幕。") == "KH"


# 4. a first deck's verdict on how a whole went


@pytest.mark.parametrize(
    ("decks", "lead"),
    [
        (
            ["今年春耕生产进展顺利", "全国已播种粮食作物三亿亩"],
            "新华社北京电　据农业部统计，全国已播种粮食作物三亿亩。",
        ),
        (
            ["春节期间首都市场供应良好", "各大商场销售额比去年增长三成"],
            "本报讯　春节期间，首都各大商场销售额比去年增长三成。",
        ),
        (["山西抗旱播种成效显著", "全省已播种秋田二千万亩"], "新华社太原六月十日电　山西全省已播种秋田二千万亩。"),
        (
            ["国营企业扭亏增盈工作见成效", "亏损额比去年同期下降三成"],
            "新华社电　全国国营企业亏损额比去年同期下降三成。",
        ),
        (["全国夏粮收购进展顺利", "已入库粮食四百亿斤"], "新华社北京电　截至七月十五日，全国已入库夏粮四百亿斤。"),
        (["三峡工程建设进展顺利", "大江截流将于年内实现"], "新华社宜昌电　三峡工程大江截流将于年内实现。"),
    ],
)
def test_a_verdict_over_its_particulars_is_the_headline(decks: list[str], lead: str) -> None:
    assert deck_assessments.assesses(*decks)
    assert _kinds(decks, lead) == "HS"


@pytest.mark.parametrize(
    ("decks", "lead"),
    [
        (
            ["晋冀鲁豫我军攻势顺利", "三日连克城武定陶两城"],
            "【新华社晋冀鲁豫十日电】我军三日连克城武、定陶两城，歼敌一千余。",
        ),
        (["鲁南我军反击作战顺利", "连克峄县枣庄"], "【新华社鲁南十二日电】鲁南我军连克峄县、枣庄，歼敌二千余人。"),
        (["东北战场形势好转", "我军收复四平"], "【新华社东北二十日电】东北民主联军收复四平。"),
        (["安定团结的政治局面日益稳定", "全国工农业生产全面增长"], "新华社北京电　今年全国工农业生产全面增长。"),
        (
            ["西藏经济发展迅速", "自治区成立三十周年庆祝大会隆重举行"],
            "新华社拉萨九月一日电　西藏自治区成立三十周年庆祝大会今天在拉萨隆重举行。",
        ),
        (
            ["香港回归祖国准备工作进展顺利", "特区筹委会举行第五次全体会议"],
            "新华社北京十月五日电　香港特别行政区筹备委员会第五次全体会议今天在北京举行。",
        ),
        (
            ["中国东盟经贸合作发展迅速", "双方签署全面经济合作框架协议"],
            "新华社金边十一月四日电　中国和东盟十国领导人今天签署全面经济合作框架协议。",
        ),
    ],
)
def test_a_verdict_on_a_situation_or_over_an_event_is_a_kicker(decks: list[str], lead: str) -> None:
    assert not deck_assessments.assesses(*decks)
    assert _kinds(decks, lead) == "KH"


# 5. parallel phrases


@pytest.mark.parametrize(
    "decks",
    [
        ["抓革命\u3000促生产", "大庆油田原油产量大幅度增长"],
        ["鼓足干劲\u3000力争上游", "河北省农业社掀起兴修水利高潮"],
        ["团结起来\u3000争取更大的胜利", "首都五十万军民隆重集会庆祝国庆"],
        ["抗美援朝\u3000保家卫国", "全国各地掀起捐献飞机大炮运动"],
        ["大干快上\u3000夺取丰收", "江苏省今年夏粮总产量比去年增长一成"],
        ["多快好省\u3000力争上游", "鞍钢提前完成全年钢铁生产计划"],
    ],
)
def test_parallel_phrases_over_a_main_title_are_a_kicker(decks: list[str]) -> None:
    assert _kinds(decks) == "KH"


@pytest.mark.parametrize(
    "decks",
    [
        ["工农携手\u3000共同前进", "记北京第一机床厂支援农业机械化的事迹"],
        [
            "科学种田\u3000夺取高产",
            "湖北省孝感县农业科学实验小组，坚持走群众路线，大搞科学实验，使全县粮食亩产超过“纲要”",
        ],
        [
            "抓革命\u3000促生产",
            "上海第十七棉纺织厂广大职工，以路线斗争为纲，坚持自力更生，实现了今年生产计划，各项经济指标全面提高",
        ],
    ],
)
def test_parallel_phrases_over_a_profile_or_a_summary_are_the_headline(decks: list[str]) -> None:
    assert _kinds(decks) == "HS"
