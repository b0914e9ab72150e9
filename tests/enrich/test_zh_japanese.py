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
        ("日本共产党总书记宫本显治、日共中央干部会委员春日正一和日共中央副部长等离京。", ["宫本显治", "春日正一"]),
        ("十九日，日本外相爱知揆一会见蒋匪帮驻日“大使”坂垣修。", ["爱知揆一", "坂垣修"]),
        ("以神户世志夫为首的日本国营铁道工会访华团", ["神户世志夫"]),
        ("社会党发言人水谷长太郎（中派偏左）称：日本人民反对币原内阁。", ["水谷长太郎"]),
        ("在东京期间，代表团拜访了东京都知事美浓部亮吉。", ["美浓部亮吉"]),
        ("日本著名政治评论家落合信彦日前在此间接受本报记者采访。", ["落合信彦"]),
    ],
)
def test_a_japanese_person_after_an_office(text: str, names: list[str]) -> None:
    found = persons(text)
    assert all(name in found for name in names), found


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("会见了日本三菱公司副社长河村宏一行。", ["河村宏"]),
        ("自民党干事长加藤一说，日本和中国是两个重要的国家。", ["加藤一"]),
        ("日本先驱新党干事长园田博之、自由党党首小泽一郎出席。", ["园田博之"]),
        ("中央本部常任理事赤津益造等在京的日本朋友也出席了。", ["赤津益造"]),
        ("内阁拥有日本银行总裁罢免权。", []),
        ("日本首相发表讲话。", []),
        ("日本共产党中央委员会书记处发表声明。", []),
        ("以日本为首的一些国家。", []),
        ("中国外交部长钱其琛和日本外相会见记者。", []),
        ("晚上教授葡萄牙语。", []),  # no line about Japan
    ],
)
def test_where_a_japanese_name_is_read(line: str, names: list[str]) -> None:
    assert read(line) == names


def test_a_name_read_after_its_office_or_opening_a_line_is_kept_whole() -> None:
    assert posted("日本外相爱知揆一会见记者。", "爱知揆一")
    assert posted("宫本显治等日本共产党领导人离京。", "宫本显治")
    assert not posted("杨小玉伏在桌上写字。", "杨小玉伏")
