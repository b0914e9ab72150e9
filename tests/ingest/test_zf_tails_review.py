"""Review of round zf's tails: the near misses the tuner's rules fired on (a unit's remark in brackets closing a
text, a table's or a verse's padded words of two, a report on messages under headings naming their senders), and
the right firings the guards keep."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.ingest import zh_ends
from encoder.model import BlockKind

from ..enrich.test_zh_pieces import article, kind_of

_BODY = "这个县今年粮食生产获得了全面丰收，农民群众的生活得到了显著的改善，干部和群众的干劲更足了。"
_LAST = "社员们在丰收以后，积极响应政府号召，把余粮卖给了国家。"
_S = "\u3000"


# --- a unit and its writer in brackets: no supplier, no remark, no place after the padding ------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("（地质部供稿）", BlockKind.CREDIT),  # the unit supplied the copy: a credit
        ("（公安部刑侦局供稿）", BlockKind.CREDIT),
        ("（国家统计局发布）", BlockKind.PARAGRAPH),
        ("（教育部提供）", BlockKind.PARAGRAPH),
        ("（中华书局出版）", BlockKind.PARAGRAPH),
        ("（以下各科从略）", BlockKind.PARAGRAPH),  # an omission
        ("（此处有删节）", BlockKind.PARAGRAPH),
        ("（作者系北京大学教授）", BlockKind.PARAGRAPH),  # the author's note
        ("（湖南省　长沙市）", BlockKind.PARAGRAPH),  # places: a city after the padding
        ("（北京市、天津市）", BlockKind.PARAGRAPH),
        ("（北京市东城区、西城区）", BlockKind.PARAGRAPH),
        ("（河北省沧州地区　献县）", BlockKind.PARAGRAPH),
    ],
)
def test_a_units_remark_or_places_in_brackets_closing_a_text_are_no_byline(
    tmp_path: Path, line: str, kind: BlockKind
) -> None:
    found = article(tmp_path, "各地通讯", [_BODY, _LAST, line])
    assert kind_of(found, line) is kind


@pytest.mark.parametrize(
    "line",
    [
        "（河南省新乡县　李德全）",
        "（北京第二机床厂　张福）",
        "（协和医院内科　张孝骞）",
        "（二七机车厂宣传科张静）",
        "（西沟村　申纪兰）",
        "（县委通讯组、李文）",
        "（农业部农业局整理）",  # a unit that wrote the piece up
    ],
)
def test_a_unit_or_a_place_and_its_writer_closing_a_text_is_still_a_byline(tmp_path: Path, line: str) -> None:
    found = article(tmp_path, "各地通讯", [_BODY, _LAST, line])
    assert kind_of(found, line) is BlockKind.BYLINE


def test_a_second_unit_after_a_pause_mark_is_an_office_not_a_division() -> None:
    assert zh_ends.closing_writers("（白错工作组、联合办公室）")
    assert not zh_ends.closing_writers("（北京市东城区、西城区）")


# --- a padded name of two opens with a surname, outside brackets -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        f"合{_S}计{_S}{_S}三千五百",  # a table's last row
        f"品{_S}名{_S}{_S}单{_S}价",  # a table's head
        f"小{_S}麦{_S}{_S}玉{_S}米{_S}{_S}高{_S}粱",
        f"春{_S}天{_S}{_S}来{_S}了",  # a verse's words of two
        f"战{_S}鼓{_S}{_S}战{_S}歌",
        f"山{_S}高{_S}{_S}水{_S}长",
        f"风{_S}雨{_S}{_S}彩{_S}虹摄",
        f"金{_S}额{_S}{_S}单{_S}价",  # opening with surnames (金, 单), bare: no 摄 (second reading of round zf)
        f"江{_S}山{_S}{_S}万{_S}里",
        f"文{_S}化{_S}{_S}方{_S}向",
    ],
)
def test_padded_words_of_two_closing_a_text_are_no_names(tmp_path: Path, line: str) -> None:
    found = article(tmp_path, "技术革新之花", [_BODY, _LAST, line])
    assert kind_of(found, line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "line",
    [
        f"品{_S}名{_S}{_S}单{_S}价",
        f"春{_S}风{_S}{_S}杨{_S}柳",
        f"一{_S}月{_S}{_S}二{_S}月",
        f"金{_S}额{_S}{_S}单{_S}价",
        f"高{_S}潮{_S}{_S}万{_S}岁",
    ],
)
def test_padded_words_of_two_under_the_title_are_no_names(tmp_path: Path, line: str) -> None:
    found = article(tmp_path, "技术革新之花", [line, _BODY, _LAST])
    assert kind_of(found, line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    "line",
    [f"沈{_S}勤摄", f"新华社记者{_S}王{_S}蕾摄", f"本报通讯员{_S}张{_S}平", f"李{_S}明{_S}{_S}王{_S}英摄"],
)
def test_a_padded_name_opening_with_a_surname_still_closes_the_text(tmp_path: Path, line: str) -> None:
    found = article(tmp_path, "技术革新之花", [_BODY, _LAST, line])
    assert kind_of(found, line) is BlockKind.BYLINE


def test_a_padded_pen_name_in_brackets_needs_no_surname() -> None:
    assert zh_ends.closing_writers(f"（希{_S}令）")
    assert not zh_ends.REPORTER_LINE.match(f"本报记者{_S}品{_S}名")


# --- a signer-shaped heading under a report on messages (zh_telegrams.headed_signers) ------------------------------


@pytest.mark.parametrize("heading", ["中国科学院", "中华全国总工会", "石油部", "安全"])
def test_a_heading_over_a_report_in_a_text_titled_as_messages_stays_a_heading(tmp_path: Path, heading: str) -> None:
    found = article(
        tmp_path,
        "各国人民团体纷纷发来贺电",
        [
            "新华社北京五日电　各国人民团体纷纷来电祝贺。",
            "贺电热烈祝贺中国人民取得的伟大成就。",
            heading,
            "新华社莫斯科四日电　苏联各界人民热烈祝贺中国国庆。",
        ],
    )
    assert kind_of(found, heading) is BlockKind.INTERTITLE


def test_the_signer_of_a_message_over_the_next_heading_is_still_its_signature(tmp_path: Path) -> None:
    signer = "中国人民志愿军司令员\u3000彭德怀"
    found = article(
        tmp_path,
        "各国来电祝贺我国庆",
        [
            "亲爱的同志们：",
            "值此中华人民共和国成立九周年之际，我们向伟大的中国人民致以热烈的祝贺。",
            "两国人民的伟大友谊万岁！",
            signer,
            "电贺亚洲各国工会",
            "中华全国总工会于“五一”国际劳动节前夕，分别致电亚洲各国工会，祝贺节日。",
        ],
    )
    assert kind_of(found, signer) is BlockKind.SIGNATURE
