"""Review of round zc's title-deck rules (branch zc-decks): realistic titles of every decade, both ways.

1. A first deck ending on a verb of making known (…声明, …警告, …提醒, a body's …决定) introduces the next deck.
   Guards: not a thing received or counted (…获得各国承认, …得到证实, …提出三千多件建议, …第一百次严重警告), and
   决定 after 中央 or 会议 too (中共中央决定, 苏联部长会议决定).
2. A first deck of sentences ending on a dash leads into the next deck. Guard: not when the next deck names the
   article's genre (记…, 访…, …纪行, …见闻), which :func:`.deck_shapes.continues` already honoured.
3. A group of people (…人员, …职工, …农民) ending a verbless first deck frames the next. Guard: not when a verb of
   the deck acts on them (镇压…学生, 安置…知识青年, 嘉奖…职工, 救助…农民), nor one person's epithet (一个…战士).

Each case is a made-up article in the public JSON distribution's form, one deck a part, then its body (and, where
said, the decks printed again at its head). K, H, S: kicker, headline, subtitle; ``HH``: one headline over two lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.ingest.decks import CUES

from .conftest import title_letters


def _title(folder: Path, year: int, decks: list[str], body: list[str], repeat: bool) -> str:
    return title_letters(folder, year, decks, body, repeat)


_CASES = "year, decks, body, kinds, repeat"


@pytest.mark.parametrize(
    _CASES,
    [
        pytest.param(
            1949,
            ["中共中央发言人声明", "拒绝国民党政府的无理要求"],
            [
                "【新华社陕北二十五日电】中共中央发言人顷发表声明，"
                "拒绝国民党政府所提出的无理要求，并指出和平谈判必须以八项条件为基础。"
            ],
            "KH",
            False,
            id="1a",
        ),  # bare 声明 after a spokesman
        pytest.param(
            1962,
            ["我外交部发言人严正警告", "印度军队必须立即停止入侵"],
            ["新华社二十日讯　我国外交部发言人今天发表谈话，严正警告印度政府，印度军队必须立即停止对我国领土的入侵。"],
            "KH",
            False,
            id="1b",
        ),  # 严正警告 over what is warned
        pytest.param(
            1958,
            ["中华人民共和国政府重申", "台湾是中国领土不可分割的一部分"],
            ["新华社九日讯　中华人民共和国政府今天再次重申，台湾是中国领土不可分割的一部分，解放台湾是中国的内政。"],
            "KH",
            False,
            id="1c",
        ),  # 重申 over what is restated
        pytest.param(
            1965,
            ["美国国防部被迫承认", "美机在越南北方被击落多架"],
            ["新华社三日讯　据美联社报道，美国国防部发言人二日被迫承认，美国飞机在越南北方上空被击落多架。"],
            "KH",
            False,
            id="1d",
        ),  # 被迫承认
        pytest.param(
            1996,
            ["专家呼吁", "加强对野生动物的保护"],
            ["本报讯　在日前召开的全国野生动物保护研讨会上，与会专家呼吁，各地要切实加强对野生动物及其栖息地的保护。"],
            "KH",
            False,
            id="1e",
        ),  # 专家呼吁 (1990s)
        pytest.param(
            2001,
            ["卫生部提醒", "夏季谨防食物中毒"],
            ["本报北京6月3日讯　卫生部今天发出提醒，进入夏季，各地要加强食品卫生监督，谨防食物中毒事件发生。"],
            "KH",
            False,
            id="1f",
        ),  # 卫生部提醒 (2000s)
        pytest.param(
            1957,
            ["中共中央决定", "在全党开展整风运动"],
            ["新华社三十日讯　中共中央决定在全党进行一次以正确处理人民内部矛盾为主题的整风运动。"],
            "KH",
            False,
            id="1g",
        ),  # 中共中央决定: missed by the tip (央 not a body's word); guard
        pytest.param(
            1956,
            ["苏联部长会议决定", "再次降低国营零售价格"],
            ["新华社莫斯科三十一日电　苏联部长会议和苏共中央决定，从四月一日起再次降低国营零售价格。"],
            "KH",
            False,
            id="1h",
        ),  # 苏联部长会议决定: missed by the tip (议); guard
        pytest.param(
            1952,
            ["中央人民政府政务院决定", "在全国范围内开展爱国卫生运动", "各地应立即成立防疫委员会"],
            ["【新华社北京十四日电】中央人民政府政务院决定在全国范围内开展爱国卫生运动，粉碎美帝国主义的细菌战。"],
            "KHS",
            False,
            id="1i",
        ),  # three decks, a body's 决定 first
        pytest.param(
            1948,
            ["晋冀鲁豫军区通令", "表扬坚守阵地的英雄连队"],
            ["【新华社晋冀鲁豫二十日电】晋冀鲁豫军区顷发布通令，表扬在某次战斗中坚守阵地三昼夜的英雄连队。"],
            "KH",
            True,
            id="1j",
        ),  # the body repeating the decks
        pytest.param(
            1964,
            ["我国对美国军事挑衅提出第一百次严重警告", "美国军舰和飞机多次侵入我国领海领空"],
            [
                "新华社二十日讯　我国外交部发言人奉命对美国的军事挑衅提出严重警告。"
                "据查，美国军舰和军用飞机在本月内多次侵入我国福建沿海地区领海领空。"
            ],
            "HS",
            False,
            id="1k",
        ),  # the tip: K,H; a warning counted (第一百次严重警告) over the provocation, the news itself: guard
        pytest.param(
            1988,
            ["全国人大代表提出三千多件建议", "有关部门已答复百分之九十以上"],
            [
                "本报讯　七届全国人大一次会议期间，全国人大代表共提出建议、批评和意见三千多件。"
                "截至目前，有关部门已答复百分之九十以上。"
            ],
            "HS",
            False,
            id="1l",
        ),  # the tip: K,H; suggestions counted (三千多件建议) over their follow-up: guard
        pytest.param(
            1959,
            ["古巴革命政府获得各国承认", "已有二十多个国家同它建立外交关系"],
            [
                "新华社哈瓦那十日电　古巴革命政府成立以来，已经获得世界各国的普遍承认。"
                "到目前为止，已有二十多个国家同古巴建立了外交关系。"
            ],
            "HS",
            False,
            id="1m",
        ),  # the tip: K,H; recognition received (获得各国承认) over a detail: guard
        pytest.param(
            1967,
            ["美帝在越南南方使用毒气的罪行得到证实", "国际舆论强烈谴责"],
            [
                "新华社二日讯　美帝国主义在越南南方使用毒气屠杀和平居民的罪行，已经得到国际调查委员会的证实。"
                "各国舆论纷纷强烈谴责美帝的这一滔天罪行。"
            ],
            "HS",
            False,
            id="1q",
        ),  # the tip: K,H; 得到证实, the deck a statement of its own: guard
        pytest.param(
            2004,
            ["外交部发言人证实", "两名中国公民在伊拉克遇害"],
            ["新华社北京5月2日电　外交部发言人今天证实，两名中国公民在伊拉克遇害。"],
            "KH",
            False,
            id="1t",
        ),  # 外交部发言人证实 (2000s)
        pytest.param(
            1953,
            ["热烈响应世界和平理事会呼吁", "全国各地普遍开展签名运动"],
            ["【新华社北京十五日电】全国各地人民热烈响应世界和平理事会的号召，普遍开展签名运动。"],
            "KH",
            False,
            id="1u",
        ),  # 响应…呼吁 (a purpose frame)
        pytest.param(
            1955,
            ["全国人民热烈拥护人大常委会决定", "坚决支持解放台湾"],
            ["【新华社北京十日电】全国各地人民连日集会，热烈拥护全国人民代表大会常务委员会的决定。"],
            "KH",
            False,
            id="1v",
        ),  # 拥护…决定 over what is supported (as dev 1962-12-02 …支持…的声明)
        pytest.param(
            1999,
            ["卫生部多次提醒", "夏季谨防食物中毒"],
            ["本报北京7月3日讯　卫生部近日多次发出提醒，进入夏季，各地要加强食品卫生监督，谨防食物中毒事件发生。"],
            "KH",
            False,
            id="1x",
        ),  # 多次提醒: a verb said again, not a thing counted
    ],
)
def test_making_known(tmp_path: Path, year: int, decks: list[str], body: list[str], kinds: str, repeat: bool) -> None:
    assert _title(tmp_path, year, decks, body, repeat) == kinds


@pytest.mark.parametrize(
    _CASES,
    [
        pytest.param(
            2002,
            ["春运大幕今日拉开，铁路部门加开临客——", "确保旅客走得了走得好"],
            [
                "本报北京1月28日讯　记者王某报道：今天，2002年春运正式开始。"
                "铁路部门加开临时旅客列车，确保旅客走得了、走得好。"
            ],
            "KH",
            False,
            id="2a",
        ),  # 2000s, sentences before the dash
        pytest.param(
            1999,
            ["入世谈判进入关键阶段，专家认为——", "机遇大于挑战"],
            [
                "本报记者　王某",
                "随着中国入世谈判进入关键阶段，人们越来越关注入世对我国经济的影响。"
                "多位专家在接受采访时认为，总体看，机遇大于挑战。",
            ],
            "KH",
            False,
            id="2b",
        ),  # 专家认为——
        pytest.param(
            2000,
            ["西部大开发，交通要先行——", "我国加快西部公路建设", "今年投资将达七百亿元"],
            ["本报北京3月2日讯　交通部今天宣布，今年将加快西部地区公路建设，全年投资将达七百亿元。"],
            "KHS",
            False,
            id="2c",
        ),  # three decks
        pytest.param(
            1965,
            ["一心为革命，永做老黄牛——", "记全国劳动模范王国福"],
            ["本报记者", "在北京郊区大白楼大队，人们都知道有一头“老黄牛”，这就是大队党支部书记王国福。"],
            "HS",
            False,
            id="2d",
        ),  # the tip: K,H; a profile (记…) below the dash: guard
        pytest.param(
            1972,
            ["扎根农村，志在四方——", "记上海下乡知识青年张韧"],
            ["新华社记者", "在黑龙江边疆的一个生产队里，有一位来自上海的知识青年，她叫张韧。"],
            "HS",
            False,
            id="2e",
        ),  # the tip: K,H; 记…: guard
        pytest.param(
            1977,
            ["团结的象征，友谊的桥梁——", "访坦赞铁路"],
            ["本报记者", "从达累斯萨拉姆出发，列车向西飞驰，沿途是一片片茂密的森林和广阔的草原。"],
            "HS",
            False,
            id="2f",
        ),  # the tip: K,H; 访…: guard
        pytest.param(
            1958,
            ["“人民公社好！”——", "河南农村见闻"],
            [
                "本报记者　李某",
                "这些天来，我们走访了河南遂平、新乡等地的几个人民公社，到处听到农民们说：“人民公社好！”",
            ],
            "HS",
            False,
            id="2g",
        ),  # the tip: K,H; …见闻: guard
        pytest.param(
            1983,
            ["改革开放，春潮涌动——", "深圳特区纪行"],
            ["本报记者　张某", "春节刚过，我们来到深圳经济特区。这里到处是一片繁忙景象。"],
            "HS",
            False,
            id="2h",
        ),  # the tip: K,H; …纪行: guard
        pytest.param(
            1996,
            ["走出困境，重振雄风——", "记山东某纺织厂厂长刘某"],
            ["本报记者　王某", "三年前，这个拥有五千名职工的老厂还是全市有名的亏损大户。"],
            "HS",
            False,
            id="2i",
        ),  # the tip: K,H; 记… (1990s): guard
        pytest.param(
            1965,
            ["一心为革命，永做老黄牛——", "记全国劳动模范王国福"],
            ["本报记者", "在北京郊区大白楼大队，人们都知道有一头“老黄牛”，这就是大队党支部书记王国福。"],
            "HS",
            True,
            id="2j",
        ),  # the tip: K,H; 记…, the body repeating the decks: guard
        pytest.param(
            1998,
            ["面对亚洲金融危机，人民币不贬值——", "中国负责任的选择"],
            ["本报评论员", "亚洲金融危机发生以来，中国政府一再承诺人民币不贬值。"],
            "KH",
            False,
            id="2k",
        ),  # 1990s, a commentary
        pytest.param(
            1990,
            ["中国足球的出路——", "职业化"],
            ["本报记者　李某", "中国足球怎样才能冲出亚洲？越来越多的人认为，出路在于走职业化道路。"],
            "HH",
            False,
            id="2l",
        ),  # no sentence before the dash: one headline in two lines
        pytest.param(
            1947,
            ["蒋管区人民怒吼：“要饭吃！要和平！”——", "上海学生举行大游行"],
            ["【新华社陕北二十一日电】据上海消息：上海各大学学生五千余人二十日举行反饥饿反内战大游行。"],
            "KH",
            False,
            id="2m",
        ),  # 1940s, a slogan quoted before the dash
        pytest.param(
            1974,
            ["抓革命，促生产——", "记大庆油田钻井二大队"],
            ["本报记者", "大庆油田钻井二大队的工人们，在批林批孔运动中，革命干劲更大了。"],
            "HS",
            False,
            id="2n",
        ),  # the tip: K,H; 记… (1970s): guard
    ],
)
def test_sentences_before_a_dash(
    tmp_path: Path, year: int, decks: list[str], body: list[str], kinds: str, repeat: bool
) -> None:
    assert _title(tmp_path, year, decks, body, repeat) == kinds


@pytest.mark.parametrize(
    _CASES,
    [
        pytest.param(
            1948,
            ["冀中农民", "踊跃参军支援前线"],
            ["【新华社冀中十日电】冀中各县农民踊跃参军，十天内即有两万余青壮年报名参加人民解放军。"],
            "KH",
            False,
            id="3a",
        ),  # 冀中农民 (1940s)
        pytest.param(
            1956,
            ["上海纺织工人", "提前完成全年生产计划"],
            ["新华社上海二十八日电　上海纺织工人已经在十二月二十五日提前完成了全年生产计划。"],
            "KH",
            False,
            id="3b",
        ),  # 上海纺织工人
        pytest.param(
            1992,
            ["海外侨胞", "踊跃投资家乡建设"],
            ["本报福州3月1日电　去年以来，海外侨胞踊跃回乡投资，兴办企业二百多家。"],
            "KH",
            False,
            id="3d",
        ),  # 海外侨胞
        pytest.param(
            1958,
            ["河南遂平县农民", "创造小麦亩产三千五百斤", "卫星社放出第一颗“卫星”"],
            ["新华社郑州十二日电　河南省遂平县卫星农业社的农民，创造了小麦亩产三千五百三十斤的全国最高纪录。"],
            "KHS",
            False,
            id="3f",
        ),  # three decks
        pytest.param(
            1960,
            ["李承晚集团血腥镇压南朝鲜学生", "汉城等地十多万人举行示威"],
            [
                "新华社二十日讯　南朝鲜李承晚集团十九日出动大批军警，血腥镇压汉城等地举行示威的学生。"
                "汉城等地十多万人举行了示威。"
            ],
            "HS",
            False,
            id="3h",
        ),  # the tip: K,H; 镇压…学生, a statement: guard
        pytest.param(
            1979,
            ["各地妥善安置返城知识青年", "已有八十多万人走上工作岗位"],
            ["新华社北京十日电　各地采取多种办法，妥善安置返城知识青年。到目前为止，已有八十多万人走上了工作岗位。"],
            "HS",
            False,
            id="3i",
        ),  # the tip: K,H; 安置…知识青年: guard
        pytest.param(
            1998,
            ["全国总工会嘉奖抗洪抢险先进职工", "一千二百名职工受到表彰"],
            ["本报北京10月3日讯　中华全国总工会今天在京召开大会，嘉奖在抗洪抢险斗争中涌现出的先进职工。"],
            "HS",
            False,
            id="3j",
        ),  # the tip: K,H; 嘉奖…职工: guard
        pytest.param(
            1991,
            ["各地积极救助受灾农民", "送去粮食衣被二十多万件"],
            ["新华社北京7月20日电　入汛以来，各地积极救助受灾农民，已送去粮食、衣被二十多万件。"],
            "HS",
            False,
            id="3k",
        ),  # the tip: K,H; 救助…农民: guard
        pytest.param(
            1963,
            ["一个伟大的共产主义战士", "毛主席的好战士雷锋同志的事迹"],
            ["本报记者", "雷锋同志是沈阳部队某部运输连的一个班长，今年八月不幸因公牺牲。"],
            "HS",
            False,
            id="3l",
        ),  # the tip: K,H; one person's epithet (一个…战士): guard
        pytest.param(
            1956,
            ["上海纺织工人", "提前完成全年生产计划"],
            ["新华社上海二十八日电　上海纺织工人已经在十二月二十五日提前完成了全年生产计划。"],
            "KH",
            True,
            id="3p",
        ),  # the body repeating the decks
        pytest.param(
            1949,
            ["南京市政府释放被捕学生", "反动派迫害青年的罪行被揭穿"],
            ["【新华社南京八日电】南京市人民政府已将国民党反动派逮捕的学生全部释放。"],
            "HS",
            False,
            id="3q",
        ),  # 释放…学生 (释放 listed; a news verb's absence not enough)
        pytest.param(
            2003,
            ["抗击非典的白衣战士", "坚守在救治第一线"],
            ["本报北京5月1日讯　在抗击非典的斗争中，首都广大医务人员坚守在救治第一线。"],
            "KH",
            False,
            id="3r",
        ),  # 白衣战士 (2000s)
        pytest.param(
            1985,
            ["我国留学生", "陆续学成回国"],
            ["新华社北京3月1日电　改革开放以来出国的我国留学生，目前正陆续学成回国。"],
            "KH",
            False,
            id="3s",
        ),  # 留学生
        pytest.param(
            2000,
            ["下岗职工", "走上再就业之路"],
            ["本报沈阳3月1日电　去年以来，沈阳市下岗职工通过再就业服务中心，陆续走上再就业之路。"],
            "KH",
            False,
            id="3u",
        ),  # 下岗职工
        pytest.param(
            1953,
            ["首都职工", "热烈庆祝“五一”国际劳动节", "五十万人举行盛大游行"],
            ["【新华社北京一日电】首都五十万职工今天举行盛大游行，热烈庆祝“五一”国际劳动节。"],
            "KHS",
            False,
            id="3v",
        ),  # 首都职工, three decks
        pytest.param(
            1956,
            ["上海市资助贫困学生", "五千名学生享受助学金"],
            ["新华社上海二日电　上海市今年拨款资助贫困学生，全市有五千名学生享受人民助学金。"],
            "HS",
            False,
            id="3w",
        ),  # the tip: K,H; 资助…学生: guard
    ],
)
def test_a_group_of_people(
    tmp_path: Path, year: int, decks: list[str], body: list[str], kinds: str, repeat: bool
) -> None:
    assert _title(tmp_path, year, decks, body, repeat) == kinds


def test_people_inside_longer_words_are_no_group() -> None:
    """The group's words end the deck: a paper, a union of students, the youth league take nothing of the round's
    cue (工人日报, 学生会, 青年团); a peasants' association is a body already (协会)."""
    subject_line = CUES["subject line"]
    for line in ("工人日报社论", "北京大学学生会", "新民主主义青年团", "全国妇女联合会代表团访苏归来"):
        assert not subject_line(line), line
    for line in ("湖南农民协会", "北京大学学生", "新民主主义青年", "上海纺织工人"):
        assert subject_line(line), line
