"""Kinds of bodies written alone (党委会, 门市部, 人民公社) are no organisation's name; a body
named by a proper part before its kind is one."""

from __future__ import annotations

import pytest

from encoder.enrich import zh_names
from encoder.model import PhraseKind

from .test_names_crf import CRF, _parts, names_in, part_text


def _orgs(texts: list[str]) -> list[str]:
    return [text for text, kind, _ in names_in(texts) if kind is PhraseKind.ORG]


@pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")
@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("1971-07-06_实行民主集中制", "党委会"),  # 大连柴油机厂党委会成立后，党委会成员……
        ("1970-03-05_树立爱惜国家财产", "门市部"),  # 门市部的指导员看见后……
        ("1962-02-06_干部向职工社员", "人民公社"),  # 很多工厂、人民公社、学校和里弄……
        ("2001-05-01_基层司法所", "司法所"),  # 据介绍，司法所和司法助理员是……
        ("1956-03-13_一个护林", "护林小组"),  # 护林小组成立之后……
    ],
)
def test_a_kind_of_body_written_alone_is_no_organisation(name: str, kind: str) -> None:
    """The whole article read, as the names pass reads it (a name found once is sought again)."""
    assert kind not in _orgs([part["text"] for part in _parts(name)])


@pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")
def test_a_body_named_before_its_kind_stays_an_organisation() -> None:
    text = part_text("1971-07-06_实行民主集中制", 2)  # 新华社沈阳五日电　大连柴油机厂党委会，……
    assert any(org.startswith("大连柴油机厂") for org in _orgs([text]))


@pytest.mark.parametrize("kind", ["党委会", "门市部", "人民公社", "大队", "司法所", "电影院", "法庭"])
def test_the_kinds_are_generic_bodies(kind: str) -> None:
    assert kind in zh_names.KIND_BODIES <= zh_names.GENERIC_ORGS


@pytest.mark.parametrize("name", ["城东人民公社", "兴国县陶瓷日用品门市部", "中央纪委", "最高人民法院", "中国人民银行"])
def test_a_name_holding_a_kind_is_not_a_kind(name: str) -> None:
    assert name not in zh_names.GENERIC_ORGS
