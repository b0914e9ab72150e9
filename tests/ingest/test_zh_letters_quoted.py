"""A quoted letter's signer with no closing formula (encoder/ingest/zh_letters.py,
``quoted_signers``), on real articles of ``tests/fixtures/rmrb-json-dev/`` and made-up near-misses."""

from __future__ import annotations

from pathlib import Path

from encoder.model import BlockKind

from .test_zh_lines import blocks, kind_of
from .test_zh_tails import article


def test_the_signer_of_a_telegram_quoted_in_a_report_is_its_signature() -> None:
    """1987-10-04: 东京摄政王殿下： / the telegram / 孙逸仙 / 电文下面有孙中山先生的亲笔批注…."""
    found = blocks("1987-10-04_一封孙中山")
    assert kind_of(found, "孙逸仙") is BlockKind.SIGNATURE
    assert kind_of(found, "东京摄政王殿下：") is BlockKind.SALUTATION


def test_a_workers_post_and_name_under_his_letter_is_its_signature() -> None:
    """1951-01-03: 编辑同志： / three paragraphs / 图们机务段技工  关更生, then the next letter's title."""
    found = blocks("1951-01-03_读者来信")
    assert kind_of(found, "图们机务段技工  关更生") is BlockKind.SIGNATURE


_REPORT = "本报讯　湖南省湘潭县韶山公社的贫下中农，最近给本报编辑部来信，畅谈了学习毛主席著作的体会。"
_ADDRESS = "编辑同志："
_LETTER = "我们韶山公社的贫下中农，在毛主席的革命路线指引下，学大寨，赶昔阳，农业生产连年丰收，社员生活不断提高。"
_AFTER = "编辑部收到这封来信以后，派记者到韶山公社作了采访。记者看到，这里的干部和群众正在热火朝天地兴修水利。"
_MORE = "为了战胜干旱，公社党委带领社员们一起苦干，修成了一条长达十五公里的水渠。"


def test_a_made_up_quoted_letter_signed_by_a_name(tmp_path: Path) -> None:
    for signer in ("王德明", "韶山公社社员　王德明"):
        found = article(tmp_path, "贫下中农的心愿", [_REPORT, _ADDRESS, _LETTER, signer, _AFTER, _MORE])
        assert kind_of(found, signer) is BlockKind.SIGNATURE, signer


def test_no_signature_of_a_short_line_that_is_no_quoted_letters_signer(tmp_path: Path) -> None:
    """Near-misses: a two-character word (a heading may be one: 任务), a body's name (no person's:
    left as it was), a name with no salutation above (no letter quoted), a name under a heading
    that follows the letter, a name in a text that opens with a salutation (the whole text is the
    letter: its closing is at its end)."""
    for line in ("任务", "湘潭县韶山公社革命委员会"):
        found = article(tmp_path, "贫下中农的心愿", [_REPORT, _ADDRESS, _LETTER, line, _AFTER, _MORE])
        assert kind_of(found, line) is not BlockKind.SIGNATURE, line
    found = article(tmp_path, "贫下中农的心愿", [_REPORT, _LETTER, "王德明", _AFTER, _MORE])
    assert kind_of(found, "王德明") is not BlockKind.SIGNATURE
    found = article(tmp_path, "贫下中农的心愿", [_REPORT, _ADDRESS, _LETTER, "兴修水利", _AFTER, "王德明", _MORE])
    assert kind_of(found, "王德明") is not BlockKind.SIGNATURE
    found = article(tmp_path, "贫下中农的心愿", [_ADDRESS, _LETTER, "王德明", _AFTER, _MORE])
    assert kind_of(found, "王德明") is not BlockKind.SIGNATURE
