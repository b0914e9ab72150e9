"""Persons by where the paper prints them (bylines, credits), on lines of the sample corpus
(``../shared/corpus/rmrb-json-dev/``, dated) and of the name gold's articles."""

from __future__ import annotations

import importlib.util

import pytest

from encoder.enrich.zh_bylines import byline_names, bylined, closing_names, signatures, signed
from encoder.model import Phrase, PhraseKind

from .test_names_crf import names_in

CRF = importlib.util.find_spec("jieba") is not None and importlib.util.find_spec("pycrfsuite") is not None
needs_crf = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")

PER, LOC, ORG = PhraseKind.PERSON, PhraseKind.PLACE, PhraseKind.ORG


def names(text: str) -> list[str]:
    return [text[s:e] for s, e in byline_names(text)]


def test_a_name_after_a_credit_or_a_role_and_a_space_is_a_byline() -> None:
    assert names("本报记者\u3000朱波") == ["朱波"]  # 1956-03-13
    assert names("本报记者  张启昕") == ["张启昕"]  # 1989-02-01
    assert names("新华社记者\u3000王胜杰摄") == ["王胜杰"]  # 1961-09-14
    assert names("向欢迎群众致意。\u3000新华社记者\u3000张\u3000萍摄（传真照片）") == ["张\u3000萍"]  # 1965-02-17
    assert names("上钢一厂第三转炉车间党总支书记\u3000耿心") == ["耿心"]  # 1971-03-07
    assert names("原北京大学法学院教授  严仁赓") == ["严仁赓"]  # 1951-12-14
    assert names("哈尔滨市监察局\u3000周瑞伍") == ["周瑞伍"]  # 1955-09-11: a unit, then the author


def test_names_after_a_byline_name_and_lines_of_names_alone_are_bylines() -> None:
    assert names("本报记者\u3000袁建达\u3000沈纯") == ["袁建达", "沈纯"]  # 1988-04-28
    assert names("新华社记者\u3000叶世涛\u3000新民晚报记者\u3000黄彰才") == ["叶世涛", "黄彰才"]  # 1963-02-22
    assert names("陈鹏  陆熙  洪加祥") == ["陈鹏", "陆熙", "洪加祥"]  # 1998-04-04
    assert names("（史长城  杜志宏  陈宝全）") == ["史长城", "杜志宏", "陈宝全"]  # 2003-01-31
    assert names("张安祥\u3000王沈海摄") == ["张安祥", "王沈海"]  # 1984-03-31


def test_reporters_credited_in_running_text_are_bylines() -> None:
    assert names("本报讯  记者曹照琴、任之报道：黑龙江省航运管理局干部深入基层") == ["曹照琴", "任之"]  # 1990-08-16
    assert names("本报讯　新华社记者余辉音、潘善棠报道：北京工业系统") == ["余辉音", "潘善棠"]  # 1986-07-13
    assert names("记者蒋德、通讯员吴瑞元报道") == ["蒋德", "吴瑞元"]
    assert names("美联社记者贝却敌六日自板门店报道") == []  # no name's length
    assert names("据新华社记者报道") == []
    assert names("许多新闻记者都来报道，记者在现场报道了会议。") == []  # words, no names
    assert names("通讯员写的报道") == []
    assert names("通讯员们积极报道") == []


def test_reporters_credited_after_a_dispatch_s_dateline_or_before_a_photo_are_bylines() -> None:
    assert names("新华社耶路撒冷3月1日电（记者戚德良、楼坚）以色列议会1日通过") == ["戚德良", "楼坚"]  # 2000-03-02
    assert names("新华社河内3月1日电（记者钱彤、史美泗）越共中央总书记") == ["钱彤", "史美泗"]  # 1999-03-02
    assert names("新华社布鲁塞尔12月15日电  （记者向奎观）欧洲自由贸易联盟") == ["向奎观"]  # 1987-12-21
    assert names("新华社乌鲁木齐4月1日电  （记者高峰）新疆广汇") == ["高峰"]  # 2003-04-01: a word, a name
    assert names("电  （记者李月柱、通讯员崔小平）") == ["李月柱", "崔小平"]
    assert names("【本报讯】记者田流报导：由于某些公营商店违反政策") == ["田流"]  # 1948-12-08
    assert names("钱其琛。新华社记者赵迎新摄") == ["赵迎新"]  # 1995-10-04
    assert names("本报太行二十八日电：据记者二十七日报导") == []  # a date, no name
    assert names("记者们纷纷拍摄") == []
    assert names("他会见了记者（记者招待会）") == []  # no dispatch's credit
    assert names("他对记者说（记者高峰）") == []  # no 电 before it: a word, no name


def test_slogans_and_words_apart_by_spaces_are_no_bylines() -> None:
    assert names("戒骄戒躁\u3000艰苦奋斗\u3000乘胜前进") == []  # 1970-01-06
    assert names("管好晚秋\u3000收好早秋") == []  # 1959-09-15
    assert names("锅里有\u3000碗里才有") == []  # 1963-02-22
    assert names("市平壤被美帝国主义炸成废墟\u3000新华社稿") == []  # 1965-06-25
    assert names("据新华社六日讯\u3000本社记者报道：刚果（利）") == []  # 1967-04-07


def test_a_byline_name_takes_the_place_of_a_person_read_across_its_spaces() -> None:
    text = "新华社记者\u3000游云谷摄"  # 1959-09-15: the CRF read \u3000游云谷
    crf = (5, 9, Phrase(PER, ["\u3000游云谷"], entity="k", tagger="zh_ner", certainty="medium"))
    found = bylined(text, [crf])
    assert [(text[s:e], p.kind) for s, e, p in found] == [("游云谷", PER)]
    place = (5, 9, Phrase(LOC, ["\u3000游云谷"], entity="k", tagger="zh_ner", certainty="medium"))
    assert bylined(text, [place]) == [place]  # a place or body found there stays


@needs_crf
def test_the_names_pass_tags_bylines() -> None:
    found = names_in(["本报记者\u3000朱波", "上钢一厂第三转炉车间党总支书记\u3000耿心"])
    assert ("朱波", PER, "zh_ner") in found and ("耿心", PER, "zh_ner") in found


def test_a_name_alone_under_the_title_or_closing_the_article_is_its_author() -> None:
    lines = ["让钢筋混凝土更坚强些", "谋之", "在今年的各项基本建设中，我们将大力推广预应力混凝土。"]  # 1959-01-20
    assert signatures(lines) == {1: (0, 2)}
    lines = [
        "花道艺术的友好使者",
        "小泽红子",
        "安晓远",
        "盛夏六月，日本花道草月流派著名讲师小泽红子女士第七次来华访问。",
    ]
    assert signatures(lines) == {1: (0, 4), 2: (0, 3)}  # 1999-08-01: two lines of names
    lines = ["湖滨地区当然以渔为主好", "红星大队地处大片湖滨地区。", "开挖鱼池养鱼，已经获得了好的效果。", "朱玉龙"]
    assert signatures(lines) == {3: (0, 3)}  # 1979-02-14: a signature closing the article
    assert signatures(["谱写精神文明建设新篇章", "丁  伟", "朱镕基总理指出。"]) == {1: (0, 4)}  # 2001-03-14


def test_a_name_in_brackets_closing_the_article_is_its_author() -> None:
    lines = ["河北学术活动", "今年，河北省学术活动将有更大的发展。", "进一步开展学术活动。（希\u3000令）"]  # 1957-01-16
    assert signatures(lines) == {2: (11, 14)}
    lines = ["标题", "正文。", "铁托分子须支出战略的原料以换取军事设备。（未完）"]  # 1949-08-03: to be continued
    assert signatures(lines) == {}
    lines = ["标题", "正文。", "进一步开展学术活动（希令）"]  # no sentence's end before it
    assert signatures(lines) == {}
    lines = ["河北学术活动", "进一步开展学术活动。", "（希\u3000令）"]  # the name on a line of its own
    assert signatures(lines) == {2: (1, 4)}
    assert signatures(["标题", "（附图片）", "正文。"]) == {}
    assert signatures(["标题", "正文。", "（希令\u3000）"]) == {2: (1, 3)}  # no space in the name's span
    assert signatures(["标题", "正文。", "（本报讯）"]) == {}  # a credit, no name
    assert signatures(["标题", "正文。", "本报讯"]) == {}
    assert signatures(["标题", "正文。", "又讯"]) == {}


def closing(line: str, previous: str = "") -> list[str]:
    return [line[s:e] for s, e in closing_names(line, previous)]


def test_names_in_brackets_closing_a_short_report_are_its_writers() -> None:
    assert closing("全村群众热烈通过他的提议，各互助队并掀起挑战竞赛。（培义）") == ["培义"]  # 1947-07-01
    assert closing("给党送礼已成普遍的行动口号。（崇智、庆荣）") == ["崇智", "庆荣"]  # 1947-07-01
    assert closing("学到了许多书本里、课堂上所学不到的东西。（梁文俊\u3000冯琦）") == ["梁文俊", "冯琦"]  # 1991-05-02
    assert closing("确保救灾资金及时有效地使用。（周建军  武卫政）") == ["周建军", "武卫政"]  # 2003-04-02
    assert closing("（蔡小伟  吴禄）", "此举赢得广大农户的欢迎。") == [
        "蔡小伟",
        "吴禄",
    ]  # 2003-04-02, a line of its own


def test_a_group_the_pieces_read_as_writers_is_read_so_too() -> None:
    """A group of up to ``MOST_NAMES`` that :func:`.zh_pieces.person_in_brackets` reads as writers,
    more than half of them writers here (经文, 谦维 are not alone), is all of them: （连相、经文、麦生、本成、
    富录）, （保生、谦维、庞洪） (1947-08-05); no place, division or word in such a group."""
    names = ["连相", "经文", "麦生", "本成", "富录"]
    assert closing("群众买东西方便多了。（连相、经文、麦生、本成、富录）") == names
    assert closing("（保生、谦维、庞洪）", "争取当模范。") == ["保生", "谦维", "庞洪"]
    assert closing("群众买东西方便多了。（连相、经文、麦生、承德）") == []  # a division
    assert closing("群众买东西方便多了。（北京、天津、石家庄、太原、济南）") == []
    assert closing("大家都笑了。（冷笑、静场、退场）") == []


def test_no_writers_of_a_note_a_place_an_agency_or_a_bracket_in_a_sentence() -> None:
    assert closing("大家都笑了。（鼓掌）") == []
    assert closing("代表团昨天回国。（苏联）") == []
    assert closing("保障社会主义现代化建设的胜利发展。（新华社）") == []
    assert closing("铁托分子须支出战略的原料以换取军事设备。（未完）") == []
    assert closing("进一步开展学术活动。（附图片）") == []
    assert closing("全区各村都掀起了立功运动（崇智、庆荣）") == []  # no sentence's end before it
    assert closing("（蔡小伟  吴禄）", "标题") == []  # alone, under no ended sentence
    assert closing("现在全区各村都掀起了立功运动。（崇智、南天河通讯组）") == []  # an item is no name


@pytest.mark.parametrize(
    "item",
    "晋绥 鄂豫 张家口 承德 阳泉 运城 任丘 灵寿 行唐 建屏 左权 冷笑 静场 全场笑 退场 看信".split()
    + "灯暗 画外音 一怔 西皮 二黄 慢板 快板 散板 谢谢 全剧终 佚名 北影 立功 红旗 阳历".split(),
)
def test_no_writer_of_a_place_a_stage_direction_or_a_word_in_brackets(item: str) -> None:
    assert closing(f"各地群众纷纷表示热烈拥护，决心搞好春耕生产。（{item}）") == []


def test_a_closing_name_never_overwrites_a_place_or_a_body() -> None:
    line = "全村群众热烈通过他的提议，各互助队并掀起挑战竞赛。（培义）"
    lines = ["标题", line, "又讯：另据报道，该区秋收工作已经完成。"]
    place = (26, 28, "LOC", 0.2)
    assert signed(lines, {line: [place]}, 0.7)[line] == [place]
    assert signed(lines, {line: []}, 0.7)[line] == [(26, 28, "PER", 1.0)]


def test_closing_names_override_a_place_inside_one_of_them() -> None:
    """2003-01-31: （史长城  杜志宏  陈宝全）, every name a writer: 长城 inside 史长城 is no place."""
    line = "（史长城  杜志宏  陈宝全）"
    lines = ["标题", "香河交警增强服务意识。", line]
    found = signed(lines, {line: [(2, 4, "LOC", 0.9)]}, 0.7)[line]
    assert found == [(1, 4, "PER", 1.0), (6, 9, "PER", 1.0), (11, 14, "PER", 1.0)]


def test_a_title_an_intertitle_or_a_word_alone_is_no_author() -> None:
    assert signatures(["斑鸠", "——贵州诗草"]) == {}  # 1957-06-17: the first line is the title
    lines = ["法兰西集萃", "边界封堵", "为防止今天德国与伊朗的比赛发生意外，连日来，在德法边界。"]  # 1998-06-26
    assert signatures(lines) == {}  # two words of the dictionary
    lines = ["五一节", "全国各地人民热烈庆祝“五一”国际劳动节。", "华北", "天津市四十万人民在五月一日分区举行示威游行。"]
    assert signatures(lines) == {}  # 1952-05-03: an intertitle under a paragraph, a place
    lines = ["李时珍和《本草纲目》", "章木", "我国明代的医药学家李时珍。", "伊朗首相", "胡韦达"]
    assert 3 not in signatures(lines) and 4 not in signatures(lines)  # not after a paragraph's end


@needs_crf
def test_the_names_pass_tags_a_line_of_the_author_s_name() -> None:
    lines = ["卢旺达的“青年培训中心”", "程燕如", "卢旺达共和国有30多所新型学校——“青年培训中心”。"]  # 1981-10-05
    assert ("程燕如", PER, "zh_ner") in names_in(lines)  # the CRF read 程燕
    lines = ["有色金属和稀有金属", "世京", "在现代冶金工业生产的约七十余种金属里，除了三种黑色金属以外。"]  # 1965-01-27
    assert ("世京", PER, "zh_ner") in names_in(lines)
    lines = ["题", "正文。", "保障社会主义现代化建设的胜利发展。\u3000（新华社）"]  # 1982-12-11: an institution
    assert ("新华社", PER, "zh_ner") not in names_in(lines)


def test_a_reporter_whose_surname_is_less_common_is_a_byline() -> None:
    """洪 (like 傅 and 赖) is a surname of the People's Daily's reporters."""
    text = "本报记者洪加祥报道"
    assert [text[s:e] for s, e in byline_names(text)] == ["洪加祥"]


def test_a_credit_holds_no_verb_list_end_or_phrase() -> None:
    def read(text: str) -> list[str]:
        return [text[s:e] for s, e in byline_names(text)]

    assert read("这张照片是本报记者李舸拍摄的") == ["李舸"]
    assert read("图为本报记者王晓拍摄的大桥") == ["王晓"]
    assert read("新华社北京3月1日电（记者张宿堂、李斌等）") == ["张宿堂", "李斌"]
    assert read("新华社北京3月1日电（记者高峰等）") == ["高峰"]
    for text in (
        "本报记者曾多次报导",
        "记者曾经拍摄过这座大桥",
        "记者向读者报导了",
        "记者于上月报导",
        "本报通讯员高兴地报导",
    ):
        assert read(text) == [], text


def test_a_compound_surnamed_name_of_four_characters_is_a_byline() -> None:
    """欧阳文华, which :func:`encoder.ingest.zh_writers.names_line` reads as a writer's name, is a
    byline's name too: after a credit, on a line of names, alone as a signature."""
    assert names("欧阳文华\u3000王生才") == ["欧阳文华", "王生才"]
    assert names("本报记者\u3000欧阳文华") == ["欧阳文华"]
    assert signatures(["题", "欧阳文华", "正文第一段很长，写了许多事情。"]) == {1: (0, 4)}
    assert names("王小明华\u3000李四") == []  # (four characters need a compound surname)
