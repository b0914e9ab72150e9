"""Review of round zb's names changes (2026-12-03): realistic People's Daily inputs where a
tagger's delegation (:mod:`encoder.enrich.zh_missions`), dropped as descriptive by the name
policy (``tests/fixtures/gold/names/POLICY.md``), names what the policy tags before its mission
word: the body that sends it (中日友好协会访日代表团 → 中日友好协会; the 1974
王国民族团结政府代表团 → 王国民族团结政府, a government's official name) or the place it comes
from ("only the place is tagged": 北海道农业访华团, 马尔加什代表团, 平津区代表团, 冲绳县民访华团).
The persons of the same review are in :mod:`.test_zh_review_persons`. Names are read by the
names pass's finder at medium (:func:`.test_names_crf.names_in`).
"""

from __future__ import annotations

import pytest

from encoder.model import PhraseKind

from .test_names_crf import CRF, names_in

pytestmark = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")


def _of(texts: list[str], kind: PhraseKind) -> list[str]:
    return [surface for surface, found, _ in names_in(texts) if found is kind]


# A delegation dropped, the body the policy tags in it given back.
BODIES = [
    pytest.param(
        ["以副会长王震为团长的中日友好协会访日代表团今天离京。", "中日友好协会访日代表团在东京受到热烈欢迎。"],
        "中日友好协会",
        id="zhongri-youxie-fangri",
    ),
    pytest.param(
        ["以钱俊瑞为团长的中苏友好协会访苏代表团今天离京。"],
        "中苏友好协会",
        id="zhongsu-youxie-fangsu",
    ),
    pytest.param(
        ["以主席为团长的中缅友好协会访缅代表团今天离京。"],
        "中缅友好协会",
        id="zhongmian-youxie-fangmian",
    ),
    pytest.param(
        [  # json_1974_4_108 (rmrb-json-sample), its first sentence
            "以乔森潘副首相为团长、英·萨利特别顾问为副团长的柬埔寨民族统一阵线和王国民族团结政府代表团，"
            "由中共中央政治局候补委员、北京市革命委员会副主任吴德陪同，参观北京汽车制造厂。"
        ],
        "王国民族团结政府",
        id="grunk-1974",
    ),
]


@pytest.mark.parametrize(("texts", "body"), BODIES)
def test_the_body_sending_a_delegation_stays(texts: list[str], body: str) -> None:
    assert body in _of(texts, PhraseKind.ORG)


PLACES = [
    pytest.param(
        ["北海道农业访华团今天到达北京。"],
        "北海道",
        id="hokkaido",
    ),
    pytest.param(
        ["马尔加什代表团在大会上发言。"],
        "马尔加什",
        id="malagasy",
    ),
    pytest.param(
        ["以陈叔通为团长的平津区代表团今天到达沈阳。"],
        "平津",
        id="pingjin",
    ),
    pytest.param(
        ["冲绳县民访华团今天到达北京。"],
        "冲绳",
        id="okinawa",
    ),
]


@pytest.mark.parametrize(("texts", "place"), PLACES)
def test_the_place_a_delegation_is_named_by_is_tagged(texts: list[str], place: str) -> None:
    assert [p for p in _of(texts, PhraseKind.PLACE) if p.startswith(place)]


def test_a_party_centre_s_delegation_stays_whole() -> None:
    """The reviewer asked for the centre alone (越南劳动党中央), as 中国人民志愿军代表团 →
    中国人民志愿军; but the dev name gold's one …中央代表团 in its text is tagged whole
    (印尼共产党中央代表团, 1971), and its 朝鲜劳动党中央 and 德国统一社会党中央 stand before a
    title (常务委员, 总书记), no delegation: the gold's practice keeps the centre's delegation
    (:func:`.zh_missions.mission`), until the gold says otherwise."""
    orgs = _of(["以黎德寿为团长的越南劳动党中央代表团今天到达北京。"], PhraseKind.ORG)
    assert "越南劳动党中央代表团" in orgs
