"""Japanese persons found by the office before them in a line about Japan (zh_japanese), on real
sentences of the paper; and where nothing is read: a word after an office, a run past its name."""

from __future__ import annotations

import importlib.util

import pytest

from encoder.enrich.zh_japanese import posted, readings
from encoder.model import PhraseKind

from .test_names_crf import names_in

CRF = importlib.util.find_spec("jieba") is not None and importlib.util.find_spec("pycrfsuite") is not None
needs_crf = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")


def persons(text: str) -> list[str]:
    return [surface for surface, kind, _ in names_in([text]) if kind is PhraseKind.PERSON]


def read(line: str) -> list[str]:
    return [line[start:end] for start, end in readings(line)]


@needs_crf
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "新华社武汉1日电　日本共产党总书记宫本显治、日共中央干部会委员春日正一"
            "和日共中央副部长西泽富夫今天由北京到达武汉。",
            ["宫本显治", "春日正一"],
        ),
        (
            "一月十九日，日本外相爱知揆一会见蒋匪帮驻日“大使”，叫嚣日本政府同蒋帮“保持友好关系的方针不变”。",
            ["爱知揆一"],
        ),
        ("一月十五日，日本政府驻蒋帮“大使”坂垣修会见了中国人民的公敌蒋介石，并大谈日蒋“友谊”。", ["坂垣修"]),
        (
            "以神户世志夫为首的日本国营铁道工会和机车工会访华团，以小野明为首的日本福冈县工会总评议会代表团",
            ["神户世志夫"],
        ),
        (
            "日中备忘录贸易办事处驻北京联络处首席代表安田佳三，日中友协（正统）中央本部常任理事赤津益造"
            "等在京的日本朋友也出席了宴会。",
            ["赤津益造"],
        ),
        ("十九日，林德明团长和部分团员拜访了东京都知事美浓部亮吉。", ["美浓部亮吉"]),
        ("日本著名政治评论家落合信彦日前在此间接受本社记者专访时说：“必须正视日本侵华这段历史", ["落合信彦"]),
    ],
)
def test_a_japanese_person_after_an_office(text: str, names: list[str]) -> None:
    found = persons(text)
    assert all(name in found for name in names), found


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("全国政协副主席陈俊生今天在人民大会堂会见了日本三菱公司副社长河村宏一行。", ["陈俊生", "河村宏"]),
        ("自民党干事长加藤一说，日本和中国是两个大国，自民党愿意同中国共产党深入交换意见", ["加藤一"]),
        (
            "会见了日本自民党干事长加藤一、社民党党首土井多贺子、先驱新党干事长园田博之、自由党党首小泽一郎",
            ["加藤一", "园田博之"],
        ),
        ("日本住友信托银行总裁高桥温今晚在此间举行的记者招待会上宣布", ["高桥温"]),
        ("国务委员司马义·艾买提今天在人民大会堂会见了由众议院议员船田元率领的日本自民党年轻国会议员代表团", ["船田元"]),
        ("中央本部常任理事赤津益造等在京的日本朋友也出席了宴会。", ["赤津益造"]),
        ("大藏大臣对日本银行有业务命令权，内阁拥有日本银行总裁罢免权。", []),  # a noun's ending
        ("一月十九日，日本外相爱知揆一会见蒋匪帮驻日“大使”，叫嚣日本政府", ["爱知揆一"]),  # 大使” then a mark
        (
            "日本共产党总书记宫本显治、日共中央干部会委员春日正一和日共中央副部长西泽富夫今天由北京到达武汉。",
            ["宫本显治", "春日正一"],  # 部长 is no office here: the CRF reads 西泽富夫
        ),
        ("脑公司做录入员，晚上教授葡萄牙语。", []),  # no line about Japan
        # a time word or a verb of saying after the office is no name, nor a name going into one
        ("日本外务省发言人今天说，日本政府对此表示遗憾。", []),
        ("日本首相今天说，日本将继续努力。", []),
        ("日本外相昨天说，日中关系很重要。", []),
        ("日本驻华大使今天说，日中两国应加强合作。", []),
        ("日本首相三木说，日本愿意发展日中关系。", []),  # 三木 is two characters: the CRF's
        ("日本首相铃木今天说，日本将继续努力。", []),
        ("日本社会党委员长浅沼今天说，美帝国主义是日中两国人民的共同敌人。", []),
        # a date's 日 marks no line about Japan
        ("外交部发言人张三今天说，本月十日中国政府已就此向英国政府提出严重抗议。", []),
        ("美国国务院发言人麦克今天说，美国政府不打算改变对华政策。十二日中共中央发表声明。", []),
        # idioms and common words after an office (PKU 1998)
        ("日本新闻报道，在此时期，而联想集团的总裁力排众议，稳扎稳打。", []),
        ("荣毅仁说，樱内义雄会长多年来为中日两国经贸关系的发展作出了贡献。", []),
        ("日中友好协会会长宫崎世民氏在会上讲话。", ["宫崎世民"]),  # 氏 is a title
        ("日本共产党中央委员会主席宫本显治和夫人今天离开北京回国。", ["宫本显治"]),
        (
            "日本共产党中央委员会委员长宫本显治、书记局长不破哲三、副委员长上田耕一郎等出席。",
            ["宫本显治", "不破哲三", "上田耕一郎"],
        ),
        ("我们要加紧落实江主席访美成果，做好日本的工作", []),  # 江主席: a Chinese person's title
        ("以团长坂垣修为首的日本代表团今天到达北京。", ["坂垣修"]),  # review: an office after 以, no part of the name
    ],
)
def test_where_a_japanese_name_is_read(line: str, names: list[str]) -> None:
    assert read(line) == names


def test_a_name_read_after_its_office_is_kept_whole() -> None:
    assert posted("一月十九日，日本外相爱知揆一会见蒋匪帮驻日“大使”", "爱知揆一")
    assert not posted("宫本显治等日本共产党领导人，今天离开北京。", "宫本显治")  # after no office
    assert not posted("有一天，杨小玉伏在小书桌上，忽然问他父亲说", "杨小玉伏")


@needs_crf
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("日本宣布投降。阎军在日本军官指挥下进攻解放区。", "阎军"),  # a warlord's army, after no office
        ("日本外务省发言人今天说，日本政府对此表示遗憾。", "今天说"),
        ("日中友好协会会长宫崎世民氏在会上讲话。", "宫崎世民氏"),
        ("以团长坂垣修为首的日本代表团今天到达北京。", "团长坂垣修"),
    ],
)
def test_no_person_read_where_no_name_is(text: str, wrong: str) -> None:
    assert wrong not in persons(text)


def test_the_readings_of_an_articles_lines_are_kept_bounded() -> None:
    """Review: 64 lines were kept, so a long article's lines were read twice (the statistical pass,
    then zh_signs); an article's lines fit now, and the cache stays bounded over a corpus run."""
    maxsize = readings.cache_info().maxsize
    assert maxsize is not None and maxsize >= 1000
