"""Round zh: a telegram's closing lines (encoder/ingest/zh_telegrams.py, ``headed_signers`` and ``_SIGNER_LINE``;
encoder/ingest/zh_closers.py, ``_WISH_LINE``), on real telegrams of the dev corpus and on near misses that must
keep their kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.ingest.zh_telegrams import _signer_line
from encoder.model import BlockKind

from ..enrich.test_zh_pieces import article, blocks, kind_of

_ADDRESS = "中国共产党中央委员会主席毛泽东同志："
_BODY = "值此中华人民共和国成立十三周年之际，我们谨向你们致以热烈的祝贺。"
_SIGNER = "罗马尼亚人民共和国部长会议主席\u3000扬·格·毛雷尔"
_HEADING = "罗马尼亚党政领导人的贺电"


def test_two_undated_signers_of_a_telegram_on_a_page_of_telegrams_are_its_signatures() -> None:
    """1962-10-02: the Romanian leaders' telegram ends with two signer lines and no date, the next telegram's
    heading under them; the first holds one man's two posts padded apart and a name joined by a dash."""
    found = blocks("1962-10-02_庆祝中华人民共和国成立十三周年")
    first = "罗马尼亚工人党中央委员会第一书记  罗马尼亚人民共和国国务委员会主席  格·乔治乌—德治"
    assert kind_of(found, first) is BlockKind.SIGNATURE
    assert kind_of(found, "罗马尼亚人民共和国部长会议主席\u3000扬·格·毛雷尔") is BlockKind.SIGNATURE
    assert kind_of(found, "罗马尼亚外长的贺电") is BlockKind.INTERTITLE


def test_a_wish_opening_with_yuan_above_the_signers_is_the_closing_formula() -> None:
    """1962-10-02: 愿…友谊万古常青！ over the signers closes the telegram (a valediction)."""
    found = blocks("1962-10-02_庆祝中华人民共和国成立十三周年")
    assert kind_of(found, "愿罗马尼亚人民和中国人民之间的兄弟友谊万古常青！") is BlockKind.VALEDICTION


def test_a_wish_said_by_the_writer_above_the_signature_is_the_closing_formula() -> None:
    """1976-10-05 肯尼亚总统肯雅塔的贺电: 我祝阁下和中国人民幸福和昌盛。 above the president's signature."""
    found = blocks("1976-10-05_肯尼亚总统肯雅塔的贺电")
    assert kind_of(found, "我祝阁下和中国人民幸福和昌盛。") is BlockKind.VALEDICTION
    assert kind_of(found, "肯尼亚共和国总统\u3000乔莫·肯雅塔") is BlockKind.SIGNATURE


@pytest.mark.parametrize(
    "line",
    ["我们愿意同中国人民一道，为世界和平而斗争。", "愿望终于实现了。", "我们衷心祝贺你们取得的伟大成就。"],
)
def test_a_sentence_of_willing_or_of_congratulation_above_the_signature_stays_a_paragraph(
    tmp_path: Path, line: str
) -> None:
    """愿意 (willing), 愿望 (a wish, the noun) and 祝贺 (congratulating) open statements, not a closing wish."""
    found = article(tmp_path, _HEADING, [_ADDRESS, _BODY, line, _SIGNER])
    assert kind_of(found, line) is BlockKind.PARAGRAPH


def test_three_undated_signers_sign_a_telegram_and_a_fourth_line_of_the_shape_leaves_them_all(tmp_path: Path) -> None:
    """Up to three signer lines with no date under them sign the message, the next telegram's heading under them;
    four such lines are no message's closing this rule vouches for (a list of names, a roster), so they keep
    their kind."""
    signers = [f"罗马尼亚人民共和国{post}\u3000扬·格·毛雷尔" for post in ("部长会议主席", "国务委员会主席", "外交部长")]
    after = ["罗马尼亚外长的贺电", "中华人民共和国外交部部长陈毅同志：", _BODY, "外交部长\u3000科·曼纳斯库"]
    found = article(tmp_path, "庆祝中华人民共和国成立十三周年", [_HEADING, _ADDRESS, _BODY, *signers, *after])
    assert [kind_of(found, signer) for signer in signers] == [BlockKind.SIGNATURE] * 3
    four = [*signers, "罗马尼亚人民共和国国防部长\u3000列·萨拉讷"]
    (tmp_path / "four").mkdir()
    found = article(tmp_path / "four", _HEADING, [_ADDRESS, _BODY, *four, "她说，这是一个重要的日子。"])
    assert [kind_of(found, signer) for signer in four] == [BlockKind.PARAGRAPH] * 4


@pytest.mark.parametrize(
    ("line", "signer"),
    [
        ("罗马尼亚工人党中央委员会第一书记  罗马尼亚人民共和国国务委员会主席  格·乔治乌—德治", True),
        ("捷克斯洛伐克共产党中央委员会第一书记  捷克斯洛伐克社会主义共和国总统\u3000安·诺沃提尼", True),
        ("图们机务段技工  关更生", True),
        ("高举红旗\u3000向前进", False),
        ("中国人民\u3000万岁", False),
        ("全体社员\u3000团结一致", False),
        ("罗马尼亚人民共和国部长会议主席\u3000扬—", False),
        ("罗马尼亚人民共和国部长会议主席\u3000—扬", False),
    ],
)
def test_a_signers_line_may_hold_two_posts_and_a_dashed_name_but_no_slogan_nor_a_bare_dash(
    line: str, signer: bool
) -> None:
    assert _signer_line(line) is signer
