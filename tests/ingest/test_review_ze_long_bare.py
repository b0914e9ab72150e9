"""Review of round ze's long bare headings (``encoder/ingest/zh_long_bare.py``): two long lines with no sentence
mark between finished paragraphs, in a text with no heading, are headings only where one of them at least is a
label and its claim around a colon (住房变了：…; 2003-03-02's 一“新”：…, 2003-12-01's 一位华侨道出了心声：…).

The near misses are texts the export broke at lines' ends, in several places (as it broke 1960-11-28,
1961-05-03 and 2002-01-04 in the corpus): a 2002 report and a 1956 one, a 1984 speech; and lines with a colon
that are no heading: a banquet's guests (出席宴会的…有：陈毅、…), a diary's days (十一月六日　阴：…), a speaker's
words with no quotation marks (…书记说：…)."""

from __future__ import annotations

from pathlib import Path

from encoder.model import Block, BlockKind

from .conftest import json_blocks


def _kinds(found: list[Block], texts: list[str]) -> list[BlockKind]:
    """The kinds of the blocks that are ``texts``."""
    return [next(block.kind for block in found if block.text.strip() == text) for text in texts]


def test_a_features_labelled_long_headings_are_headings(tmp_path: Path) -> None:
    parts = [
        "本报记者　张宿堂",
        "金秋十月，记者来到湖南省汨罗市的几个村庄，所到之处，处处可以感受到农村的巨大变化。",
        "住房变了：一排排新楼房代替了过去低矮潮湿的土坯房，农民住得宽敞明亮",
        "过去，这里的农民大多住在土坯房里，一到雨季就漏水。现在，全村百分之八十的农户住上了楼房。",
        "观念变了：农民们不再只守着一亩三分地，而是走出家门闯市场、学技术",
        "村民李大伯说，过去种田只图吃饱饭，现在要靠科学种田致富。他家去年种植优质稻，收入一万多元。",
    ]
    found = json_blocks(tmp_path, "走进新时代的农家", parts, (1998, 10, 20))
    assert _kinds(found, [parts[2], parts[4]]) == [BlockKind.INTERTITLE] * 2


def test_a_report_broken_at_two_lines_ends_keeps_its_paragraphs(tmp_path: Path) -> None:
    parts = [
        "新世纪的第一个春天，河南省4.3万多名省市县机关干部走出机关，深入农村，开展驻村工作，受到社会各界的广泛关注。",
        "驻村工作开展以来，根据省驻村办的统一要求和部署，全省已整顿和调整了一批村党",
        "支部，依照有关法定程序整顿调整村委会两千多个，村级组织的凝聚力、号召力明显增强。",
        "工作队员们和农民同吃同住同劳动，帮助他们解决生产和生活中的困难，深受群众的欢迎。",
        "十个月来，全省一万个工作队已帮助所驻村修建道路一万多公里，修桥涵五千多座，架设",
        "电线一万多公里，这些实实在在的好事，受到了广大农民群众的欢迎。",
    ]
    found = json_blocks(tmp_path, "干部受教育　农民得实惠", parts, (2002, 1, 4))
    assert _kinds(found, [parts[1], parts[4]]) == [BlockKind.PARAGRAPH] * 2


def test_a_1956_report_broken_at_two_lines_ends_keeps_its_paragraphs(tmp_path: Path) -> None:
    parts = [
        "新华社鞍山二十日电　鞍山钢铁公司今年一月到九月已经超额完成了国家计划，比去年同期增产钢材百分之二十二。",
        "这个公司的职工在增产节约运动中，提出了八千多条合理化建议，其中已经采用的有",
        "五千多条，为国家节约资金一千二百多万元。炼钢厂的工人改进了平炉的操作方法。",
        "平炉的冶炼时间由过去的八小时缩短到六小时左右，每炉钢的产量也提高了。",
        "炼铁厂的职工们经过反复试验，找到了提高高炉利用系数的办法，九月份的利用系数",
        "达到了一点三二，创造了全国最高纪录。这个厂的工人正在为完成全年计划而努力。",
    ]
    found = json_blocks(tmp_path, "鞍钢今年增产钢材", parts, (1956, 10, 21))
    assert _kinds(found, [parts[1], parts[4]]) == [BlockKind.PARAGRAPH] * 2


def test_a_speech_broken_at_two_lines_ends_keeps_its_paragraphs(tmp_path: Path) -> None:
    parts = [
        "同志们，朋友们：",
        "今天，我们在这里隆重集会，庆祝中华人民共和国成立三十五周年。",
        "三十五年来，我国各族人民在中国共产党的领导下，艰苦奋斗，自力更生，把一个贫穷落后的",
        "旧中国建设成为初步繁荣昌盛的社会主义国家，取得了举世瞩目的伟大成就。",
        "我们要继续坚持四项基本原则，坚持改革开放的方针，同心同德，为实现四个现代化而",
        "奋斗。我们的目的一定能够达到，我们的事业一定能够胜利，伟大的祖国一定会更加繁荣昌盛。",
    ]
    found = json_blocks(tmp_path, "在庆祝大会上的讲话", parts, (1984, 10, 2))
    assert _kinds(found, [parts[2], parts[4]]) == [BlockKind.PARAGRAPH] * 2


def test_a_banquets_guests_after_a_colon_are_no_headings(tmp_path: Path) -> None:
    parts = [
        "新华社二十五日讯　国务院总理周恩来今晚设宴招待尼泊尔首相柯伊拉腊和夫人以及随同来访的尼泊尔贵宾。",
        "出席宴会的中国方面的有：陈毅、李先念、习仲勋、张闻天、姬鹏飞、耿飚和黄镇",
        "宴会在亲切友好的气氛中进行。周恩来总理和柯伊拉腊首相先后讲话，他们热烈祝愿中尼两国人民的友谊不断发展。",
        "出席宴会的尼泊尔方面的有：尼泊尔驻中国大使和首相的随行人员苏巴、夏尔马和拉纳",
        "宴会结束后，宾主一同观看了中国艺术家演出的歌舞节目。演出结束时，尼泊尔贵宾向演员们献了花篮。",
    ]
    found = json_blocks(tmp_path, "周总理设宴招待尼泊尔贵宾", parts, (1960, 3, 26))
    assert _kinds(found, [parts[1], parts[3]]) == [BlockKind.PARAGRAPH] * 2


def test_a_diarys_days_are_no_headings(tmp_path: Path) -> None:
    parts = [
        "志愿军某部战士　王德",
        "十一月五日　晴。今天我们到了前线，一路上看到被美国飞机炸毁的村庄，心里非常气愤。",
        "十一月六日　阴：夜里下了一场大雪，我们在雪地里行军一百多里路",
        "同志们都很疲劳，但是没有一个人掉队。指导员说：只要我们团结一致，就一定能够打败美国侵略者。",
        "十一月八日　雪：清晨我们接到命令，要在天亮以前赶到三八线附近的阵地",
        "我们在阵地上挖了一天的工事，手都冻裂了，但大家都很高兴，因为明天就要和敌人见面了。",
    ]
    found = json_blocks(tmp_path, "抗美援朝前线日记", parts, (1951, 1, 10))
    assert _kinds(found, [parts[2], parts[4]]) == [BlockKind.PARAGRAPH] * 2


def test_a_speakers_words_with_no_quotation_marks_are_no_heading(tmp_path: Path) -> None:
    parts = [
        "今年冬天，全县掀起了兴修水利的高潮，十万民工奋战在水利工地上，决心根治水患。",
        "在工地上，县委书记王明对记者说：我们一定要在明年汛期以前把这条大渠修好",
        "工地上到处插着红旗，到处是热火朝天的劳动场面。民工们不怕严寒，起早贪黑，挑土筑坝。",
        "一个老大爷告诉记者，他活了六十多岁，从来没见过这样的大场面，这样的干劲",
        "据统计，全县已完成土方一千多万立方米，占全部工程量的百分之七十以上。",
    ]
    found = json_blocks(tmp_path, "水利工地见闻", parts, (1958, 1, 5))
    assert _kinds(found, [parts[1], parts[3]]) == [BlockKind.PARAGRAPH] * 2


def test_quotations_of_the_chairman_with_no_quotation_marks_are_no_headings(tmp_path: Path) -> None:
    parts = [
        "这个连队的干部战士在学习毛主席著作的热潮中，认真改造世界观，涌现出许多好人好事。",
        "毛主席教导我们：要斗私，批修，要用毛泽东思想改造我们的主观世界",
        "战士们用这一伟大教导对照检查自己，狠斗私心杂念，思想觉悟有了很大提高，出现了许多新的气象。",
        "毛主席又教导我们：下定决心，不怕牺牲，排除万难，去争取胜利",
        "全连指战员决心在三大革命运动中经风雨、见世面，把自己锻炼成为坚强的革命战士，为人民立新功。",
    ]
    found = json_blocks(tmp_path, "用毛泽东思想武装头脑", parts, (1968, 3, 5))
    assert _kinds(found, [parts[1], parts[3]]) == [BlockKind.PARAGRAPH] * 2
