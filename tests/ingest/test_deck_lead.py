"""The lead deciding a title of three decks (:mod:`encoder.ingest.deck_lead`, issue 13, fourth round).

A title of three decks, none of which frames the news or introduces the next, is read as the full
form (kicker, headline, subtitle) unless its decks are each a report of its own: the lead's first
sentence reports the first deck's news (by :data:`.deck_lead.LEAD_MARGIN` more than the second's)
and the whole lead repeats hardly any of the second deck (:data:`.deck_lead.APART`), and the first
sentence repeats less of every deck below the second than of the first: then headline, subtitle,
subtitle. Measured on the dev block gold (436 articles, 2026-12-01): even years 1975 →
1979 of 2040 segments, odd 2358 → 2368 of 2427 (1960s 882 → 886, 1970s 715 → 721, 1980s 579 →
581, 2000s 509 → 511; no decade loses), 14 segments of 7 articles; headline → kicker 18 → 11,
subtitle → headline 16 → 9. On the Chinese articles of ../shared/corpus/rmrb-json-dev/ and
rmrb-json/ in no block gold it changes no block; on the deck gold's titles in no block gold, 260 of
305 decks right before and after. Tried first: the lead's first sentence alone (the second deck's
share of it at most 0.2): +12 but the 1940s −2 (1946-08-04 below, whose lead names the second
deck's news in its second sentence); the first sentence's margin alone: +6, the 1940s −4, the
1990s −2, the deck gold 260 → 256.
The review's guard on the decks below the second (学大寨赶大寨 below) changes none of these figures;
the whole lead's share of the third deck instead (at most :data:`.deck_lead.APART`) lost 6 odd-year
segments (1971-08-02, 1977-04-08, 1981-06-03, whose leads go on to the third deck's news).
"""

from __future__ import annotations

from encoder.ingest.deck_lead import parallel
from encoder.ingest.decks import deck_kinds
from encoder.model import BlockKind

K, H, S = BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE


def test_decks_each_a_report_of_its_own_are_headline_subtitle_subtitle() -> None:
    """Dev gold 1977-04-08, 1981-06-03 (headline, subtitle, subtitle): the lead tells the first
    deck's news and nothing of the second's, which the article reports further on."""
    lead = (
        "新华社一九七七年四月七日讯\u3000毛里塔尼亚总统莫克塔·乌尔德·达达赫和夫人，以及随同来访的其他贵宾，"
        "今天晚上应邀出席文艺晚会，观看中国歌舞团演出的音乐舞蹈节目。"
    )
    title = ["达达赫总统应邀出席文艺晚会", "乌兰夫副委员长等陪同贵宾观看演出", "毛里塔尼亚贵宾参观全国农业学大寨展览"]
    assert deck_kinds(title, lead) == [H, S, S]
    assert deck_kinds(title) == [K, H, S]  # no lead: the full form
    lead = (
        "新华社北京6月2日电  据外国通讯社达卡消息：孟加拉国武装部队的首脑6月1日下午通过国家电台和电视台，"
        "祝贺武装部队粉碎曼苏尔·艾哈迈德在吉大港发动的叛乱。"
    )
    title = [
        "孟加拉国三军首脑祝贺粉碎叛乱",
        "以最高军礼为拉赫曼总统举行安葬仪式",
        "叛军首领曼苏尔·艾哈迈德被政府军士兵打死",
    ]
    assert deck_kinds(title, lead) == [H, S, S]


def test_the_full_form_stays_when_the_lead_also_tells_the_second_deck_s_news() -> None:
    """Dev gold 1946-08-04 and 1972-05-03 (kicker, headline, subtitle): the lead's first sentence
    tells the first deck's news, but the lead goes on to the second's (骆基将军…致谢; 解放了广治市和
    广治省的全部地区). Deck gold 1964-08-20 (kicker, headline, subtitle): its one sentence repeats a
    share of the second deck too (印度尼西亚)."""
    lead = (
        "【新华社延安一日电】侵扰冀东解放区被解除武装之七名美兵，上月二十四日由八路军冀东十三军分区友谊释放。"
        "驻华美军陆战队司令骆基将军及副司令杜纳基将军，于上月二十六日往访执行部中共委员叶剑英将军致谢。"
    )
    assert deck_kinds(["我友谊释放七名美兵", "骆基将军亲致谢意", "蒋方挑拨美国与解放区关系"], lead) == [K, H, S]
    lead = (
        "新华社河内一九七二年五月二日电\u3000据越南南方解放通讯社报道，越南南方人民解放武装力量从四月二十七日到"
        "五月一日对从东河—爱紫到广治—拉汪、从一号公路以西到广治省沿海平原的敌军防线全面发动猛烈进攻，取得了"
        "巨大的胜利。据初步消息，共歼敌近一万名，解放了广治市和广治省的全部地区。"
    )
    title = ["越南南方人民解放武装力量取得巨大胜利", "解放广治省全部地区歼敌近万", "人民奋起斗争，一起进攻敌人"]
    assert deck_kinds(title, lead) == [K, H, S]
    lead = "新华社雅加达十九日电  苏加诺总统在印度尼西亚独立日发表的演说受到印度尼西亚各政党的坚决支持。"
    title = [
        "苏加诺独立日演说受到“纳沙贡”各政党的坚决支持",
        "印度尼西亚在反帝斗争中应无所畏惧",
        "艾地说共产党同意政治独立",
    ]
    assert deck_kinds(title, lead) == [K, H, S]


def test_the_full_form_stays_when_the_margin_fails_though_the_lead_hardly_repeats_the_second() -> None:
    """The whole lead repeats hardly any of the second deck, but its first sentence does not report
    the first deck either (no margin): the full form."""
    lead = "新华社一九七七年四月七日讯\u3000毛里塔尼亚贵宾今天在北京度过了访问中国的第三天。"
    title = ["达达赫总统应邀出席文艺晚会", "乌兰夫副委员长等陪同贵宾观看演出", "毛里塔尼亚贵宾参观全国农业学大寨展览"]
    assert deck_kinds(title, lead) == [K, H, S]


def test_the_full_form_stays_when_the_lead_opens_with_the_kicker_s_slogan() -> None:
    """Review of the fourth round: the lead's first sentence repeats the kicker's slogan
    (学大寨、赶大寨) and tells the third deck's news as much (粮食总产量比去年增长一成): the decks are not
    each a report of its own, and the title keeps the full form."""
    lead = (
        "新华社太原十月五日电  山西省昔阳县广大贫下中农坚持学大寨、赶大寨，今年战胜严重旱灾，"
        "粮食总产量比去年增长一成，创历史最高水平。"
    )
    assert deck_kinds(["学大寨赶大寨", "昔阳农业又夺丰收", "粮食总产量比去年增长一成"], lead) == [K, H, S]


def test_parallel_headings_share_more_than_one_name() -> None:
    """1951-09-06: pairs in two places of each line; 2000-08-01: both open on 钱其琛会见."""
    assert parallel(
        "南京天主教和基督教教徒认为这是反帝斗争的胜利", "津爱国天主教徒和基督教徒认为排除了革新运动大障碍", 3
    )
    assert parallel("钱其琛会见里约集团", "钱其琛会见陈丽敏一行", 3)


def test_one_shared_name_or_a_summary_is_no_parallel() -> None:
    assert not parallel("中国人民志愿军最后一批部队回到祖国", "朝鲜人民热烈欢送中国人民志愿军", 3)  # one name
    assert not parallel("李鹏宣布长江三峡工程开工", "长江三峡工程简介", 3)  # one name
    assert not parallel("评美国扩大侵越战争的新步骤", "美国扩大侵越战争的借口", 3)  # one run, not at both starts
    assert not parallel("表示要提高警惕同帝国主义分子斗争", "北京宗教界表示要提高警惕", 3)
    # the line names the heading's place among others: it sums the reports up
    assert not parallel("北京上海天津广州等地群众集会游行", "上海百万群众集会游行", 3)
    assert not parallel("京沪津穗群众集会游行", "上海百万群众游行", 3)  # (2 pairs)
    assert not parallel("钱其琛会见里约集团", "钱其琛会见陈丽敏一行", 5)  # (4 pairs, fewer than asked)
    assert not parallel("“三驾马车”外长", "钱其琛会见陈丽敏一行", 3)  # (none in common)
