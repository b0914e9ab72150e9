"""Review of round ze's deck rules (branch ze-decks3): realistic titles of the paper's decades, both ways.

1. A second deck opening on an adverb under a first deck stating the news goes on from it
   (:func:`.deck_middle.goes_on`): the first deck is the headline. Guards (this review): a first deck ending on a
   document it issues, a message it sends, a meeting it holds or a speech (国务院作出决定, 政务院公布决定,
   毛主席致电胡志明主席, 国务院召开常务会议, …在联合国大会讲话: what they say or did is the main title); a result
   counted in the second deck (已经歼敌三千余人: the news); no adverb of repetition (又…, 再次…, 再度…, 一再…: a new
   event, the news) and no 纷纷 (many people's deeds under a deck of their mind, as the dev gold's 石市各界关心军属 /
   纷纷给军属送年礼); a noun's 均衡 opens no adverb.
2. A title of two decks over a summary deck is read as a title of three (:func:`.deck_summary.three_decks`): no guard;
   the cases it must take and those it must leave.

K, H, S: kicker, headline, subtitle.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.diagnostics import Reporter
from encoder.enrich import AUTHORITY_ONLY, enrich
from encoder.ingest.deck_middle import goes_on
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import BlockKind

from .conftest import made_up_json, title_letters

_LETTERS = {BlockKind.KICKER: "K", BlockKind.HEADLINE: "H", BlockKind.SUBTITLE: "S"}
#: A paragraph of the body.
_BODY = "文章说，这种情况表明，帝国主义的侵略政策是注定要失败的。"


# 1. a second deck going on from the first


@pytest.mark.parametrize(
    ("year", "decks", "lead", "kinds"),
    [
        # a document issued or a message sent: what it says is the main title (guard)
        (
            1979,
            ["国务院作出决定", "进一步扩大国营工业企业自主权", "首先在一部分企业中试行"],
            "新华社北京二十日电　为了调动企业和职工的积极性，国务院最近决定在一部分国营工业企业中试行扩大自主权。",
            "KHS",
        ),
        (
            1985,
            ["国务院作出规定", "进一步加强对外商投资企业的管理", "外商投资企业的合法权益受法律保护"],
            "新华社北京十日电　国务院最近作出关于外商投资企业管理的若干规定。",
            "KHS",
        ),
        (
            1982,
            ["国务院颁布暂行条例", "进一步加强城市规划管理", "各地必须严格执行"],
            "新华社北京一日电　国务院最近颁布城市规划条例，对城市规划的编制和审批作出了明确规定。",
            "KHS",
        ),
        (
            1954,
            ["政务院公布决定", "进一步整顿私营商业", "对投机倒把分子严加惩处"],
            "【新华社十日讯】中央人民政府政务院公布关于整顿私营商业的决定。",
            "KHS",
        ),
        (
            1990,
            ["中共中央国务院作出决定", "进一步治理整顿和深化改革", "力争用三年或更长一些时间基本完成治理整顿任务"],
            "新华社北京一月十六日电　中共中央、国务院最近作出关于进一步治理整顿和深化改革的决定。",
            "KHS",
        ),
        (
            1966,
            ["毛主席致电胡志明主席", "再次表示坚决支持越南人民抗美救国斗争", "七亿中国人民是越南人民的强大后盾"],
            "新华社十日讯　毛泽东主席今天致电越南民主共和国主席胡志明。",
            "KHS",
        ),
        # a speech: what is said is the main title (guard)
        (1959, ["赫鲁晓夫在联合国大会讲话", "进一步阐述苏联的裁军建议", "主张在四年内分三个阶段实现"], "", "KHS"),
        (
            1979,
            ["外交部发言人答记者问", "再次重申中国政府对越南问题的立场", "越南当局必须停止对我边境的挑衅"],
            "",
            "KHS",
        ),
        # a new event (又, 再次) or many people's deeds (纷纷) below a deck summing the news up: the news (guard)
        (1965, ["美帝国主义扩大侵略越南战争", "又出动大批飞机轰炸越南北方", "越南军民击落美机十二架"], "", "KHS"),
        (1976, ["苏修加紧扩军备战", "再次在欧洲举行大规模军事演习", "西欧舆论深感不安"], "", "KHS"),
        (1952, ["美国侵略者在朝鲜进行细菌战", "又在我国东北撒布细菌", "我国政府提出严重抗议"], "", "KHS"),
        (1951, ["天津各界人民热烈拥护抗美援朝", "纷纷捐献飞机大炮", "工商界已捐献飞机十架"], "", "KHS"),
        (1954, ["全国各地人民热烈拥护宪法草案", "纷纷提出修改和补充意见", "宪法起草委员会收到意见十多万条"], "", "KHS"),
        (
            1967,
            ["越南南方军民乘胜追击", "又歼灭美伪军一万二千余人", "击落击伤敌机一百五十架"],
            "新华社河内二十日电　据越南南方解放通讯社报道，越南南方军民乘胜追击，在上月中又歼灭美伪军一万二千余人。",
            "KHS",
        ),
        # a slogan's 又, a noun's 均: no adverb (guard)
        (
            1959,
            ["鞍钢职工开展技术革新运动", "又快又好地完成生产计划", "第三季度钢产量超过计划百分之十"],
            "新华社鞍山十日电　鞍钢职工普遍开展技术革新运动。",
            "KHS",
        ),
        (
            1957,
            ["上海各工厂开展劳动竞赛", "均衡生产水平显著提高", "产品质量普遍上升"],
            "新华社上海十日电　上海各工厂广泛开展劳动竞赛。",
            "KHS",
        ),
        # left as before by the rules read first: a body's decision, a call, an imperative, a meeting's business
        (1975, ["全国人大常委会决定", "再次特赦全部在押战争罪犯", "一律给予公民权"], "", "KHS"),
        (1959, ["中共中央国务院决定", "进一步开展农村扫盲运动", "争取在三五年内基本扫除青壮年文盲"], "", "KHS"),
        (1981, ["贯彻调整方针", "进一步搞活城乡经济", "上海市场商品供应充足"], "", "KHS"),
        (1984, ["坚持改革开放", "进一步搞活国营大中型企业", "首都企业家座谈城市经济体制改革"], "", "KHS"),
        (1996, ["国务院召开常务会议", "进一步部署防汛抗旱工作", "李鹏主持会议"], "", "KHS"),
        (1992, ["江泽民在全国经济工作会议上强调", "进一步解放思想加快改革开放步伐", "李鹏主持会议"], "", "KHS"),
        # the rule's own: the deck below goes on from the first (headline, subtitle, subtitle)
        (
            1951,
            ["朝鲜人民加紧恢复经济", "陆续修复大批工厂矿山", "铁路运输已经基本恢复"],
            "【新华社平壤十日电】朝鲜人民在战争中加紧恢复国民经济。",
            "HSS",
        ),
        (
            1949,
            ["美帝扶植日本反动势力", "也是准备新的侵略战争", "日本人民坚决反对"],
            "【新华社北平十日电】美帝国主义正在加紧扶植日本反动势力。",
            "HSS",
        ),
        (
            1986,
            ["我国经济体制改革取得进展", "已经初步形成有计划的商品经济", "国民经济持续稳定增长"],
            "新华社北京十日电　我国经济体制改革取得重大进展。",
            "HSS",
        ),
        (
            1952,
            ["保加利亚国民议会讨论预算", "进一步发展国民经济", "通过一九五二年国家预算"],
            "【新华社索非亚二十日电】保加利亚国民议会十八日开会讨论一九五二年国家预算。",
            "HSS",
        ),
        (1973, ["柬埔寨爱国武装力量连续出击", "不断扩大解放区", "金边集团陷入困境"], "", "HSS"),
        (1949, ["国民党反动派拒绝和平", "仍然坚持打内战", "我军奉命渡江作战"], "", "HSS"),
        (1948, ["敌军在鲁南连遭歼灭", "却仍在吹嘘胜利", "蒋介石又撤换一批将领"], "", "HSS"),
        (1993, ["我国国有企业改革步伐加快", "逐步建立现代企业制度", "一批试点企业取得经验"], "", "HSS"),
    ],
)
def test_goes_on_titles(tmp_path: Path, year: int, decks: list[str], lead: str, kinds: str) -> None:
    assert title_letters(tmp_path, year, decks, [lead or _BODY, _BODY]) == kinds


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("国务院作出决定", "进一步扩大国营工业企业自主权", False),
        ("国务院颁布暂行条例", "进一步加强城市规划管理", False),
        ("毛主席致电胡志明主席", "进一步表示坚决支持越南人民抗美救国斗争", False),
        ("我外交部照会印度驻华大使馆", "进一步说明中国政府的立场", False),
        ("东北人民政府举行第十九次行政会议", "进一步讨论争取明年农业丰收", False),
        ("赫鲁晓夫在联合国大会讲话", "进一步阐述苏联的裁军建议", False),
        ("朝游击队猛烈展开活动", "已经歼敌三千余人", False),
        ("朝游击队猛烈展开活动", "陆续俘敌一千二百名", False),
        ("越南南方军民乘胜追击", "又一次取得重大胜利", False),
        ("印度军队继续侵犯我国领土", "再次向我边防部队开枪挑衅", False),
        ("苏修加紧扩军备战", "再度举行大规模军事演习", False),
        ("美帝一再破坏停战谈判", "一再拒绝我方合理建议", False),
        ("首都人民热烈庆祝国庆", "纷纷举行游园联欢", False),
        ("鞍钢职工开展技术革新运动", "又快又好地完成生产计划", False),
        ("上海各工厂开展劳动竞赛", "均衡生产水平显著提高", False),
        # what the guards leave to the rule
        ("罗议会讨论今年经济计划", "进一步发展重工业", True),
        ("朝游击队猛烈展开活动", "不断袭击敌后据点", True),
        ("蒋匪横暴摧残民盟", "也是执行美帝命令", True),
        ("朝鲜人民加紧恢复经济", "陆续修复大批工厂矿山", True),
        ("东北各矿山展开增产运动", "均已超额完成第一季度计划", True),
    ],
)
def test_goes_on_guards(first: str, second: str, expected: bool) -> None:
    assert goes_on(first, second) is expected


# 2. two decks over a summary deck


def _summary_letters(folder: Path, year: int, decks: list[str], summary: str, lead: str) -> str:
    """The kinds of the title's decks and the summary deck under them, through parsing and enrichment."""
    path = made_up_json(folder, (year, 3, 1), "  ".join(decks), [*decks, summary, lead, _BODY], [])
    reporter = Reporter(str(path))
    blocks = enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY).texts[0].blocks
    return "".join(_LETTERS.get(block.kind, "-") for block in blocks[: len(decks) + 1])


@pytest.mark.parametrize(
    ("year", "decks", "summary", "lead", "kinds"),
    [
        # a source's article over its news: the full form (the rule's)
        (
            1949,
            ["苏联科学院院士瓦尔加撰文", "资本主义世界经济危机日益深刻"],
            "美国生产下降，失业增加，帝国主义国家间的矛盾正在尖锐化，马歇尔计划不能挽救西欧的经济。",
            "【新华社北平十日电】塔斯社莫斯科讯：苏联科学院院士瓦尔加在布尔什维克杂志上撰文，论述资本主义世界的经济危机。",
            "KHS",
        ),
        # left a headline and its subtitle: a host's reception, a genre's line, a meeting and who spoke at it
        (
            1980,
            ["李先念主席会见日本客人", "宾主进行了友好谈话"],
            "李先念主席说，中日两国人民要世世代代友好下去，中国愿同日本发展长期稳定的睦邻友好关系。",
            "新华社北京十日电　李先念主席今天下午在人民大会堂会见了日本客人。",
            "HSS",
        ),
        (
            1964,
            ["周恩来总理举行宴会", "欢迎法国议会代表团"],
            "周恩来总理在宴会上讲话说，中法两国建立外交关系，符合两国人民的利益，有利于世界和平。",
            "新华社十日讯　周恩来总理今晚举行宴会，欢迎法国国民议会代表团。",
            "HSS",
        ),
        (
            1963,
            ["访问西北农村", "——记一位老农的谈话"],
            "老人说，这几年生产一年比一年好，社员的日子越过越好，大家都说人民公社好。",
            "新华社兰州十日电　记者最近访问了甘肃省的一些农村。",
            "HSS",
        ),
        (
            1954,
            ["第一届全国人民代表大会第一次会议在首都隆重开幕", "毛主席致开幕词"],
            "一千二百一十名代表出席会议。会议将听取刘少奇代表关于宪法草案的报告，讨论和通过中华人民共和国宪法。",
            "【新华社十五日讯】中华人民共和国第一届全国人民代表大会第一次会议今天下午在首都隆重开幕。",
            "HSS",
        ),
        (
            1972,
            ["尼克松总统一行到达北京", "周恩来总理等到机场迎接"],
            "毛泽东主席会见了尼克松总统，同他进行了认真、坦率的谈话。周恩来总理举行宴会欢迎尼克松总统一行。",
            "新华社北京二十一日电　美利坚合众国总统理查德·尼克松及夫人一行，今天上午乘专机到达北京。",
            "HSS",
        ),
    ],
)
def test_two_decks_over_a_summary(
    tmp_path: Path, year: int, decks: list[str], summary: str, lead: str, kinds: str
) -> None:
    assert _summary_letters(tmp_path, year, decks, summary, lead) == kinds
