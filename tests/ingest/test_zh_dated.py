"""A document's date in brackets under its title (encoder/ingest/zh_dated.py), on real articles of
``tests/fixtures/rmrb-json-dev/``, real lines of them rearranged, and near-misses."""

from __future__ import annotations

from pathlib import Path

from encoder.model import BlockKind

from .test_zh_lines import blocks
from .test_zh_tails import article


def _kinds(found: list, text: str) -> list[BlockKind]:
    return [block.kind for block in found if block.text.strip() == text]


def test_a_speechs_date_glued_before_its_address_is_its_place_date() -> None:
    """1988-10-01: （一九八八年九月三十日）各位来宾，各位同志： under 李鹏总理的祝酒词."""
    found = blocks("1988-10-01_在庆祝")
    assert _kinds(found, "（一九八八年九月三十日）") == [BlockKind.PLACE_DATE]
    assert _kinds(found, "各位来宾，各位同志：") == [BlockKind.SALUTATION]


def test_a_decisions_date_under_the_dateline_repeating_its_title_is_its_place_date() -> None:
    """2001-07-02: 新华社北京7月1日电中共中央关于…的决定 / （2001年7月1日）."""
    found = blocks("2001-07-02_中共中央关于表彰")
    assert _kinds(found, "（2001年7月1日）") == [BlockKind.PLACE_DATE]


_TITLE = "李鹏总理的祝酒词"
_DATE = "（一九八八年九月三十日）"
_ADDRESS = "各位来宾，各位同志："
_BODY = "在庆祝中华人民共和国成立39周年之际，我代表党中央和国务院，向全国各族人民表示热烈的祝贺。"


def test_a_date_alone_over_the_address_is_the_place_date(tmp_path: Path) -> None:
    found = article(tmp_path, _TITLE, [_DATE, _ADDRESS, _BODY])
    assert _kinds(found, _DATE) == [BlockKind.PLACE_DATE]
    assert _kinds(found, _ADDRESS) == [BlockKind.SALUTATION]


def test_no_place_date_of_a_bracketed_date_elsewhere_or_with_more_in_it(tmp_path: Path) -> None:
    """Near-misses: a date alone over body text (no address under it: nothing it can open), a date
    run into a sentence, a date lower in the body, an adoption note (more in its brackets), a date
    under a paragraph that does not repeat the title."""
    found = article(tmp_path, _TITLE, [_DATE, _BODY])
    assert _kinds(found, _DATE) == [BlockKind.PARAGRAPH]
    run_in = "（九月三十日）晚上，人民大会堂灯火辉煌，各界人士欢聚一堂。"
    found = article(tmp_path, _TITLE, [run_in, _BODY])
    assert BlockKind.PLACE_DATE not in {b.kind for b in found}
    found = article(tmp_path, _TITLE, [_ADDRESS, _BODY, _DATE, _BODY])
    assert _kinds(found, _DATE) == [BlockKind.PARAGRAPH]
    adopted = "（一九九七年三月八日第八届全国人民代表大会第五次会议主席团第二次会议通过）"
    found = article(tmp_path, _TITLE, [adopted, _ADDRESS, _BODY])
    assert BlockKind.PLACE_DATE not in {b.kind for b in found}
    found = article(tmp_path, _TITLE, ["新华社北京9月30日电　国务院今晚举行招待会。", _DATE, _BODY])
    assert _kinds(found, _DATE) == [BlockKind.PARAGRAPH]


_DIARY_BODY = "今天我们要向前推进三十里，敌人的飞机整天在头上盘旋，但谁也不能退缩。"


def test_a_diary_entrys_date_over_a_speakers_colon_is_no_place_date(tmp_path: Path) -> None:
    """Review of blocks-t: 连长对我们说： introduces speech (no addressee before its colon), so the
    date above it, alone or glued, is no place-date. (Glued, the whole first line is a salutation
    by the classifier's first-line rule, older than this module: the date is not cut off.)"""
    found = article(tmp_path, "战地日记", ["（五月三日）", "连长对我们说：", _DIARY_BODY, _BODY])
    assert BlockKind.PLACE_DATE not in {b.kind for b in found}
    assert BlockKind.SALUTATION not in {b.kind for b in found}
    found = article(tmp_path, "战地日记", ["（五月三日）连长对我们说：", _DIARY_BODY, _BODY])
    assert BlockKind.PLACE_DATE not in {b.kind for b in found}
    assert [b.text for b in found if b.text.startswith("（五月三日）")] == ["（五月三日）连长对我们说："]


def test_an_address_needs_an_addressee(tmp_path: Path) -> None:
    """The addressee's words before the colon: 同志们：, 各位代表：, 主席先生：; a date over them alone is
    the place-date."""
    for address in ("同志们：", "各位代表：", "主席先生："):
        found = article(tmp_path, _TITLE, [_DATE, address, _BODY])
        assert _kinds(found, _DATE) == [BlockKind.PLACE_DATE], address


def test_a_chronicles_first_dated_entry_is_no_place_date(tmp_path: Path) -> None:
    """A chronicle's dated lines head its entries: the first, under a sentence naming the title (no
    dateline, …电/…讯), is read as the second is."""
    parts = [
        "本报从今天起连载中共中央党史研究室编写的中国共产党大事记",
        "（一九二一年七月）",
        "中国共产党第一次全国代表大会在上海召开。大会通过了党的纲领。",
        "（一九二二年七月）",
        "中国共产党第二次全国代表大会在上海召开。",
    ]
    found = article(tmp_path, "中国共产党大事记", parts)
    assert _kinds(found, "（一九二一年七月）") == _kinds(found, "（一九二二年七月）") == [BlockKind.PARAGRAPH]


def test_a_date_under_a_dateline_repeating_the_title_is_the_place_date(tmp_path: Path) -> None:
    """Made up after 2001-07-02: 新华社北京7月1日电 then the title, the date under it."""
    title = "中共中央关于表彰全国优秀共产党员的决定"
    found = article(tmp_path, title, [f"新华社北京7月1日电　{title}", "（2001年7月1日）", _BODY])
    assert _kinds(found, "（2001年7月1日）") == [BlockKind.PLACE_DATE]


def test_a_speechs_date_inside_its_first_sentence_is_left(tmp_path: Path) -> None:
    line = "（一九八八年九月三十日）晚上，人民大会堂灯火辉煌，首都各界人士欢聚一堂。"
    found = article(tmp_path, _TITLE, [line, _BODY])
    assert BlockKind.PLACE_DATE not in {block.kind for block in found}


def test_a_speechs_date_and_place_alone_over_its_address_is_its_place_date(tmp_path: Path) -> None:
    """A place after 在: （…在…上） over 同志们：."""
    parts = ["（一九五六年九月十五日在中国共产党第八次全国代表大会上）", "同志们：", _BODY]
    found = article(tmp_path, "开幕词", parts)
    assert _kinds(found, "同志们：") == [BlockKind.SALUTATION]
    assert _kinds(found, parts[0]) == [BlockKind.PLACE_DATE]
