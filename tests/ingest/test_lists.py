"""List items found in real articles of the JSON distribution (picture captions: ``test_captions``)."""

from __future__ import annotations

from pathlib import Path

from encoder.diagnostics import Reporter
from encoder.enrich import AUTHORITY_ONLY, enrich
from encoder.ingest.lists import mark_lists
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import Block, BlockKind, BlockList, Span, walk
from encoder.tei.writer import write

from .test_zh_tails import article

DEV = Path(__file__).resolve().parent.parent / "fixtures" / "rmrb-json-dev"


def _article(name: str):
    path = DEV / name
    reporter = Reporter(str(path))
    return enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY)


def test_numbered_items_and_the_lines_between_them_are_one_list() -> None:
    article = _article("1997-08-05_江主席任免驻外大使.json")
    lists = [part for part, _depth in walk(article.texts[0]) if isinstance(part, BlockList)]
    assert lists and sum(len(found.items) for found in lists) >= 16
    assert lists[0].items[1].text.startswith("任命梁栋")
    assert b"<list xml:id=" in write(article, "test")


def test_short_items_closed_by_a_full_stop_are_one_list_to_the_last() -> None:
    """1997-08-05: 一、免去…职务。 / 任命…。 / 二、… to 十一、…: each numbered line is short
    (an intertitle's length) but closed by 。, so an item; the appointment under each belongs
    to it; the eleventh, after an appointment line, is in the list too: one list, not two."""
    article = _article("1997-08-05_江主席任免驻外大使.json")
    lists = [part for part, _depth in walk(article.texts[0]) if isinstance(part, BlockList)]
    assert len(lists) == 1
    assert lists[0].items[0].text.startswith("一、免去陈宝鎏")
    assert lists[0].items[-1].text.startswith("十一、任命温西贵")


def test_items_closed_by_a_semicolon() -> None:
    blocks = (
        _article(
            "1979-11-04_我代表团在联大提出反霸权主义决议草案_反对世界霸权主义和地区霸权主义侵犯别国独立、"
            "主权和领土完整、威胁世界和平与安全.json"
        )
        .texts[0]
        .blocks
    )
    items = [b.text for b in blocks if b.kind is BlockKind.LIST_ITEM]
    assert items[0] == "一、谴责霸权主义，特别是超级大国世界霸权主义；"
    assert len(items) >= 3


def test_a_long_paragraph_between_two_items_stays_a_paragraph() -> None:
    blocks = (
        _article(
            "1997-03-09_八届全国人大财经委员会关于一九九六年国民经济和社会发展计划执行情况与一九九七年国民经济和"
            "社会发展计划草案的审查报告.json"
        )
        .texts[0]
        .blocks
    )
    (but,) = [b for b in blocks if b.text.startswith("但是，经济生活中还存在不少矛盾和问题")]
    assert but.kind is BlockKind.PARAGRAPH


def test_an_item_whose_text_runs_on_before_the_next_items_is_their_first() -> None:
    """1996-10-04: under （一）推动科研机构面向经济建设主战场。, 1．绝大多数科研机构… then six
    paragraphs of its own, then 2．… 3．…: item 1 is the list's first item, its paragraphs stay."""
    article = _article("1996-10-04_国务院关于“九五”期间深化科技体制改革的决定.json")
    blocks = article.texts[0].blocks
    first = next(b for b in blocks if b.text.startswith("1．绝大多数科研机构"))
    assert first.kind is BlockKind.LIST_ITEM
    after = blocks[blocks.index(first) + 1 : blocks.index(first) + 7]
    assert [b.kind for b in after] == [BlockKind.PARAGRAPH] * 6
    assert [b.kind for b in blocks if b.text.startswith(("2．", "3．"))] == [BlockKind.LIST_ITEM] * 2


def test_points_counted_in_words_are_a_list() -> None:
    """1984-04-02: 一是用良种育苗。… 二是… to 五是精心管理。…, the five ways of the grower, each a paragraph
    (as 一是… 二是… 三是… in ../shared/corpus/rmrb-json/ 2003-12-01)."""
    blocks = _article("1984-04-02_周林友巧种三分田.json").texts[0].blocks
    items = [block.text[:2] for block in blocks if block.kind is BlockKind.LIST_ITEM]
    assert items == ["一是", "二是", "三是", "四是", "五是"]


def test_bulleted_items_signed_on_a_line_between_them_are_one_list() -> None:
    """1982-08-01: △上海学林出版社… / （晓江） / △《书法举要》…（张继东）: two news items of a column."""
    blocks = _article("1982-08-01_出版动态.json").texts[0].blocks
    assert [block.text[0] for block in blocks if block.kind is BlockKind.LIST_ITEM] == ["△", "△"]


def _paragraphs(*texts: str) -> list[Block]:
    return [Block(BlockKind.PARAGRAPH, [[text]], Span("x", number, 1)) for number, text in enumerate(texts, 1)]


def test_bulleted_paragraphs_far_apart_or_illegible_characters_are_no_list() -> None:
    long = "这是一个很长的段落，" * 8 + "。"
    blocks = _paragraphs("□□□军民…", long, long, long, "□□代表…")
    mark_lists(blocks)
    assert [block.kind for block in blocks] == [BlockKind.PARAGRAPH] * 5
    blocks = _paragraphs("△第一条消息。", long, long, "△第二条消息。")
    mark_lists(blocks)
    assert [block.kind for block in blocks] == [BlockKind.PARAGRAPH] * 4  # not neighbours


def _items(name: str) -> list[str]:
    lists = [part for part, _depth in walk(_article(name).texts[0]) if isinstance(part, BlockList)]
    return [item.text for found in lists for item in found.items]


def test_a_series_announced_by_a_colon_opened_by_dashes_is_a_list() -> None:
    items = _items("1982-10-04_中国数学会理事会会议提出措施_发展应用数学为国民经济服务.json")
    assert len(items) == 4 and all(item.startswith("——") for item in items)


def test_a_series_announced_by_a_colon_closed_by_semicolons_is_a_list_to_its_last_item() -> None:
    items = _items("1995-09-01_“务实外交”的“里子”是制造“两个中国”.json")
    assert len(items) == 5 and items[0].startswith("要卖身投靠") and items[-1].startswith("要捞取")


def _announced(texts: list[str]) -> list[str]:
    from encoder.ingest.lists import mark_lists
    from encoder.model import Block, BlockKind, Span

    blocks = [Block(BlockKind.PARAGRAPH, [[text]], Span("x", 1, 1)) for text in texts]
    mark_lists(blocks)
    return [block.kind.value for block in blocks]


def test_a_dialogue_or_a_speaker_s_two_sentences_after_a_colon_is_no_list() -> None:
    assert _announced(["记者问他：", "——你是什么时候来的？", "——去年春天。"]) == ["paragraph"] * 3
    assert _announced(["他说：", "我们一定要搞好生产；", "我们也一定要搞好学习。"]) == ["paragraph"] * 3


def test_a_series_closed_by_semicolons_ends_with_its_first_item_closed_otherwise() -> None:
    texts = ["措施有：", "要加强领导；", "要发动群众；", "要总结经验。", "要说明的是，这些措施都很重要。"]
    assert _announced(texts) == ["paragraph", "list-item", "list-item", "list-item", "paragraph"]


def test_a_series_announced_by_a_colon_closed_by_one_mark_is_a_list_whatever_its_items_open_with() -> None:
    """1967-03-09: 试举几例： / 以我为主，…； … 你占一个山头，…；…………; 1948-11-12: 让我们高呼： and three
    slogans closed by ！ (dev block gold, both list-item)."""
    texts = [
        "风头主义的表现也是多种多样的，试举几例：",
        "以我为主，才能搞联合夺权；",
        "有出头露面的事，非得去挂上一个名字不可，哪儿可以出风头，就往哪儿赶；",
        "不鸣则已，一鸣定要惊人；",
        "你占一个山头，我占一个比你更大的山头；…………",
        "搞风头主义的人，是一种个人第一主义，是小团体主义的变种，是个人主义的典型表现。",
    ]
    assert _announced(texts) == ["paragraph"] + ["list-item"] * 4 + ["paragraph"]
    texts = [
        "让我们高呼：",
        "人民的城市石家庄万岁！",
        "攻下太原，解放全山西！",
        "打到南京去，解放全中国！",
        "（新华社）",
    ]
    assert _announced(texts) == ["paragraph"] + ["list-item"] * 3 + ["paragraph"]
    # ../shared/corpus/rmrb-json-dev/ 1950-08-02: 最后我们高呼： and seven cries, the first opening with a quotation
    texts = ["最后我们高呼：", "“八一”建军成功万岁！", "人民解放军万岁！", "中国人民大团结万岁！"]
    assert _announced(texts) == ["paragraph"] + ["list-item"] * 3


def test_a_speaker_s_exclamations_or_two_items_after_a_colon_are_no_closed_series() -> None:
    # (unquoted: a quoted cry, “好！”, is closed by ” and never read as closed by ！)
    assert _announced(["他们喊道：", "好！", "太好了！", "走吧！"]) == ["paragraph"] * 4
    speech = ["老支书站起来大声说：", "同志们！", "我们一定要把粮食送到前线去！", "谁也不许掉队！"]
    assert _announced(speech) == ["paragraph"] * 4  # (a review's input of a reverted slogan rule, made three)
    song = ["唱起了自己编的歌：", "红旗飘飘，战鼓声声！", "大跃进的号角响彻山村！", "人民公社好，好得很！"]
    assert _announced(song) == ["paragraph"] * 4
    assert _announced(["口号是：", "打倒侵略者！", "保卫和平！"]) == ["paragraph"] * 3
    long = "我们一定要" + "把这件事办好，" * 10 + "；"
    assert _announced(["他说：", long, long, long]) == ["paragraph"] * 4


def test_points_counted_with_di_are_a_list_and_a_paragraph_between_them_stays_the_text_s() -> None:
    """1997-03-03: 这六个方面的措施是： / 第一，集中力量抓好…。… to 第六，…, with 李鹏强调，… (part 6)
    continuing the third point unnumbered; 1947-09-11: 第一，…的概况。… to 第四，… (as 第一，… 第二，…
    第三，… after …采取坚决的措施： in ../shared/corpus/rmrb-json/ 1979-05-12)."""
    blocks = _article("1997-03-03_推进国企改革六个方面措施.json").texts[0].blocks
    items = [block.text[:2] for block in blocks if block.kind is BlockKind.LIST_ITEM]
    assert items == ["第一", "第二", "第三", "第四", "第五", "第六"]
    assert next(block for block in blocks if block.text.startswith("李鹏强调，用于")).kind is BlockKind.PARAGRAPH
    blocks = _article("1947-09-11_东北政委会林枫主席报告建政方针_基本群众应确掌乡村政权.json").texts[0].blocks
    assert [block.text[:2] for block in blocks if block.kind is BlockKind.LIST_ITEM] == ["第一", "第二", "第三", "第四"]
    texts = [
        "在三个方面采取坚决的措施：",
        "第一，提高企业折旧费的比例。这笔钱一半以上归企业自行支配。",
        "第二，从每年的国家财政预算中拨出一定比例的资金。",
        "第三，改造现有企业所需要的设备、原材料也要纳入国家计划，确保供应。",
    ]
    assert _announced(texts) == ["paragraph", "list-item", "list-item", "list-item"]


def test_a_lone_point_counted_with_di_is_no_list() -> None:
    """1985-01-04: 其次，… / 第三，郭永东指出，…: a third point alone among paragraphs."""
    long = "这是一个很长的段落，" * 5 + "。"
    assert _announced([long, "其次，" + long, "第三，" + long, long]) == ["paragraph"] * 4


def test_every_paragraph_opening_with_a_list_s_bullet_is_an_item() -> None:
    """1990-11-02 外事简讯: ▲国务院副总理田纪云… / 嘉吉公司是…(its second paragraph) / ▲国务委员邹家华… /
    ▲… four more: the first ▲ item is an item too; the paragraph under it stays the text's."""
    blocks = _article("1990-11-02_外事简讯.json").texts[0].blocks
    assert [block.kind for block in blocks if block.text.startswith("▲")] == [BlockKind.LIST_ITEM] * 6
    assert next(block for block in blocks if block.text.startswith("嘉吉公司")).kind is BlockKind.PARAGRAPH


def test_the_labelled_facts_of_a_fact_box_are_a_list() -> None:
    """2000-03-01: 时间：2000年2月29日 / 地点：北京昆仑饭店 / 人物：…, then the questions (记者：…)."""
    blocks = _article("2000-03-01_洋帅妙答记者问.json").texts[0].blocks
    items = [block.text[:3] for block in blocks if block.kind is BlockKind.LIST_ITEM]
    assert items == ["时间：", "地点：", "人物："]
    assert _announced(["时间：昨天", "时间：今天"]) == ["paragraph"] * 2  # the same label twice: no box
    assert _announced(["地点：北京", "我们在会上说了很多话。"]) == ["paragraph"] * 2


def test_long_paragraphs_closed_by_semicolons_after_a_colon_stay_the_text_s() -> None:
    """1965-08-04: 从“霹雳中队”的英雄事迹中可以看到： / 他们有彻底革命的思想：…； / 他们有优良的战斗作风…；
    / 他们有各种过硬的空战技术。…: three full paragraphs of a hundred characters, no list (1995-09-01's
    short 要卖身投靠…； / 要去国际社会…； are)."""
    blocks = _article("1965-08-04_霹雳威力来自哪里？.json").texts[0].blocks
    assert BlockKind.LIST_ITEM not in {block.kind for block in blocks}


def _kinds_of(parts: list[str]) -> list[BlockKind]:
    """The kinds of the body blocks of an article (1960-10-01) of ``parts``, its title first."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        return [block.kind for block in article(Path(folder), parts[0], parts[1:])][1:]


_LONG = "我们必须认真贯彻执行党的各项方针政策，把各方面的工作做得更好，使人民群众得到更多的实惠。"


def test_ordinals_of_a_phrase_and_two_steps_of_an_argument_are_no_list() -> None:
    """Review: 第一、二季度… / 第二、三产业… (first and second, a phrase); an editorial's 第一，也是最重要的，… /
    第二，… (two points, no more): paragraphs."""
    for parts in (
        [
            "今年经济形势良好",
            "本报讯 今年以来，全省经济继续保持良好的发展势头。",
            "第一、二季度全省工业总产值完成八百亿元，比去年同期增长百分之十二，其中乡镇工业增长更快。",
            "第二、三产业的比重进一步提高，商业、服务业、交通运输业都有较大发展，农村劳动力大量转移。",
            "省委、省政府要求各地继续努力，确保全年任务的完成。",
        ],
        [
            "社论　把农业合作化运动推向前进",
            _LONG + "为此，我们必须做好以下几件事情。",
            "第一，也是最重要的，是必须依靠贫农和下中农，这是党在农村中的阶级路线，任何时候都不能动摇。" + _LONG,
            "第二，必须坚持自愿互利的原则，不能强迫命令，否则就会损害农民的积极性，给合作化运动带来损失。" + _LONG,
            _LONG,
        ],
    ):
        assert BlockKind.LIST_ITEM not in _kinds_of(parts), parts[0]


def test_an_interviews_turns_and_narration_after_a_label_are_no_fact_box() -> None:
    """Review: 主持人：… / 嘉宾：… are an interview's turns; 时间：一九五〇年冬天，正是最冷的时候。 / 地点：…，…
    narration."""
    for parts in (
        [
            "网络生活面面观",
            "本报记者 张明",
            "主持人：欢迎您来到我们的演播室。",
            "嘉宾：谢谢主持人，很高兴来这里。",
            "主持人：您每天上网多长时间？",
            "嘉宾：大概两三个小时吧。",
        ],
        [
            "难忘的战斗",
            "这是第一段话，说了一些事情。",
            "时间：一九五〇年冬天，正是最冷的时候。",
            "地点：朝鲜东线的一个山头，我们的阵地就在这里。",
        ],
    ):
        assert BlockKind.LIST_ITEM not in _kinds_of(parts), parts[0]


def test_a_series_with_one_long_item_is_still_a_list() -> None:
    """Review: …会议要求各企业做到： / 要建立健全岗位责任制； / a long item (…水平；) / 要搞好安全生产。: three
    items."""
    parts = [
        "加强企业管理",
        "全国工业学大庆会议昨天闭幕。会议要求各企业做到：",
        "要建立健全岗位责任制；",
        "要加强经济核算，努力降低成本，提高经济效益，把企业的各项管理工作切实纳入科学管理的轨道，不断提高管理水平，"
        "为实现四个现代化作出贡献；",
        "要搞好安全生产。",
    ]
    assert _kinds_of(parts)[1:] == [BlockKind.LIST_ITEM] * 3


_LEAD = "本报讯　昨天，全市职工代表大会在人民大会堂举行，到会代表一千余人，会议讨论了今后的工作。"


def _series(*parts: str) -> list[str]:
    """The kinds of ``parts`` in an article, after its title and a lead paragraph."""
    return [kind.value for kind in _kinds_of(["一个标题", _LEAD, *parts])[1:]]


_ITEM, _PARAGRAPH = "list-item", "paragraph"


def test_a_colon_line_ends_a_series_and_announces_its_own() -> None:
    """Review: 他们提出： / three 要求…； / 当局答复： / 一律拒绝； / 并且威胁； / 要开除工人。: the second colon line
    is no item of the first series but a paragraph announcing its own."""
    parts = ["他们提出：", "要求一：增加工资；", "要求二：改善待遇；", "要求三：缩短工时；"]
    parts += ["当局答复：", "一律拒绝；", "并且威胁；", "要开除工人。"]
    assert _series(*parts) == [_PARAGRAPH, *[_ITEM] * 3, _PARAGRAPH, *[_ITEM] * 3]


def test_a_sentence_summing_up_a_series_is_no_item() -> None:
    """Review: …； / 归根结底，要靠群众。 and …； / 这些任务都很重要。 close the series: paragraphs."""
    parts = ["要做到以下几点：", "要加强领导；", "要发动群众；", "要总结经验；", "归根结底，要靠群众。"]
    assert _series(*parts) == [_PARAGRAPH, *[_ITEM] * 3, _PARAGRAPH]
    parts = ["我们的任务是：", "发展生产；", "繁荣经济；", "提高人民生活水平；", "这些任务都很重要。"]
    assert _series(*parts) == [_PARAGRAPH, *[_ITEM] * 3, _PARAGRAPH]


def test_a_series_of_one_opening_with_a_long_item_keeps_it() -> None:
    """Review: 要…； three times, a long 要深入调查研究，…； and 要推广先进经验。: five items, as the rule of one
    opening made them before the rule of one mark (which stops at the long item) came in."""
    long = "要深入调查研究，" + "认真听取群众的意见，" * 8 + "；"
    parts = ["要做到以下几点：", "要加强领导；", "要发动群众；", "要总结经验；", long, "要推广先进经验。"]
    assert _series(*parts) == [_PARAGRAPH, *[_ITEM] * 5]


def test_the_long_last_clause_of_a_resolution_is_its_item() -> None:
    """Review: 决议如下： / three short clauses closed by ； / 号召全体人民…。 (seventy characters): four items."""
    last = "号召全体人民" + "团结一致，努力生产，" * 6 + "夺取胜利。"
    parts = ["决议如下：", "拥护中央的决定；", "立即开展生产运动；", "加强民兵工作，保卫秋收；", last]
    assert _series(*parts) == [_PARAGRAPH, *[_ITEM] * 4]


def test_lines_closed_by_semicolons_after_a_speaker_a_letter_a_poem_or_prices_are_no_list() -> None:
    """Review: after 他说：, 老工人王师傅说：, 来信说：, 他在诗中写道：, 他答： the lines are someone's words; after
    价格如下： a price list (table rows by the policy, not built here): paragraphs."""
    for announcing, lines in (
        ("他说：", ["我们要生产；", "我们要学习；", "我们要团结。"]),
        ("老工人王师傅说：", ["厂子是我们的；", "机器是我们的；", "一切都是我们的。"]),
        ("来信说：", ["我们村丰收了；", "家家有余粮；", "请毛主席放心。"]),
        ("他在诗中写道：", ["山高路又远；", "河深水又寒；", "英雄不怕难。"]),
        ("他答：", ["先是学习；", "再是劳动；", "最后是团结。"]),
        ("价格如下：", ["小米每斤八百元；", "白面每斤一千二百元；", "猪肉每斤三千元。"]),
    ):
        assert _series(announcing, *lines) == [_PARAGRAPH] * 4, announcing


def test_a_crowds_cries_are_no_slogans() -> None:
    """Review: 群众欢呼： / 来了！来了！ / 解放军来了！ / 我们得救了！: cries, not slogans announced."""
    assert _series("群众欢呼：", "来了！来了！", "解放军来了！", "我们得救了！") == [_PARAGRAPH] * 4


def test_the_signers_under_a_series_are_no_items() -> None:
    """Review: 我们声明： / two lines closed by ； / 张三 / 李四: a name closes no item; two items are no series."""
    assert _series("我们声明：", "坚决拥护和平；", "坚决反对战争；", "张三", "李四") == [_PARAGRAPH] * 5


def _kinds(name: str, opening: str) -> list[BlockKind]:
    """The kinds of the Chinese blocks of a dev article that open with ``opening``."""
    return [b.kind for b in _article(name).texts[0].blocks if b.text.startswith(opening)]


def test_points_numbered_in_brackets_and_counted_kinds_are_items() -> None:
    """1963-09-05 （1）（中共的）二十五点只发表在… （2）… （3）… (a translated letter's points); 1949-04-02
    第一类：为拥护毛主席… to 第六类：… (the motions sorted in classes); 1948-12-12 第一种、因少数人的宗派矛盾… to
    第三种、… (the kinds of party branches); a numeral in brackets alone, not in sequence, is none."""
    assert _kinds("1963-09-05_帕多瓦的例子帮助不了苏共领导人.json", "（") == [BlockKind.LIST_ITEM] * 3
    assert _kinds("1949-04-02_提案共分六类.json", "第") == [BlockKind.LIST_ITEM] * 6
    assert _kinds("1948-12-12_赞皇结合结束土改_分别类型初步整党.json", "第") == [BlockKind.LIST_ITEM] * 3
    lone = [Block(BlockKind.PARAGRAPH, [["（1）" + "这是一个很长的句子，" * 4]], Span("x", 1, 0))]
    mark_lists(lone)
    assert lone[0].kind is BlockKind.PARAGRAPH


def test_a_sub_point_between_two_items_does_not_part_them() -> None:
    """Review: 一、加强领导…工作。 / （1）各级党委要亲自动手。 / 二、依靠群众…。: the outer items stay items."""
    parts = ["一、加强领导，统一思想认识，切实做好各项准备工作。", "（1）各级党委要亲自动手。"]
    parts.append("二、依靠群众，发动群众，把工作做深做细，做到家喻户晓。")
    kinds = _series(*parts)
    assert kinds[0] == kinds[2] == _ITEM


def test_counted_kinds_of_a_phrase_are_no_list() -> None:
    """Review: 第一类、第二类物资由国家统一分配，… / 第二类、第三类物资的分配办法，… (first and second, a phrase)."""
    parts = ["第一类、第二类物资由国家统一分配，" + _LONG, "第二类、第三类物资的分配办法，" + _LONG]
    assert _series(*parts, "第三类物资由地方自行安排。" + _LONG) == [_PARAGRAPH] * 3


def test_footnotes_citing_a_page_are_no_list() -> None:
    """Review: …最高阶段。（1）… / …新的国家。（2）… / （1）《列宁全集》第二十二卷，第二百页。 ×3 at the end: notes
    citing a page (or 同上), no items."""
    parts = [
        "正如列宁所说，帝国主义是资本主义的最高阶段。（1）" + _LONG,
        "列宁又说，无产阶级专政是新的国家。（2）" + _LONG,
    ]
    notes = [
        "（1）《列宁全集》第二十二卷，第二百页。",
        "（2）《列宁全集》第二十五卷，第三百页。",
        "（3）同上，第四百页。",
    ]
    assert _series(*parts, *notes) == [_PARAGRAPH] * 5


def test_two_points_counted_in_words_closed_by_a_semicolon_then_a_full_stop_are_a_list() -> None:
    """A guard from an earlier round's review: 一是抓紧积肥； / 二是修好农具。 stay a list, two points only."""
    parts = ["今年冬季各地要抓紧做好两件事，为明年的农业生产打好基础：", "一是抓紧积肥；", "二是修好农具。"]
    after = "各地要认真抓好这项工作，把准备工作做在前头，争取明年有个好收成。"
    assert _series(*parts, after) == [_PARAGRAPH, _ITEM, _ITEM, _PARAGRAPH]


def test_ordinals_out_of_sequence_are_no_list() -> None:
    """A guard from an earlier round's review: items are judged by their sequence, 一、二、三 in order; a 三、
    before 一、 and 二、 is no item of theirs."""
    parts = ["会议作出如下几项决定，要求各地认真执行：", "三、加强领导。", "一、整顿组织。", "二、发动群众。"]
    assert _series(*parts) == [_PARAGRAPH, _PARAGRAPH, _ITEM, _ITEM]


def test_a_short_paragraph_after_a_list_is_not_absorbed_into_it() -> None:
    """A guard from an earlier round's review: a short body paragraph (55 characters at most) after the last
    item stays the text's own."""
    parts = ["会议提出以下要求：", "一、加强领导，把这项工作列入议事日程；", "二、发动群众，开展检查活动；"]
    parts += ["三、总结经验，及时推广先进典型。", "会后，各地立即行动起来，认真贯彻会议精神。"]
    assert _series(*parts) == [_PARAGRAPH, _ITEM, _ITEM, _ITEM, _PARAGRAPH]
