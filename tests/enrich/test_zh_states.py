"""Which bodies written after their country are organs of that state (:mod:`encoder.enrich.zh_states`),
on the bodies of sentences of the dev gold's articles (``tests/fixtures/rmrb-json-dev/``) and of the
policy's examples (``tests/fixtures/gold/names/POLICY.md``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from encoder.enrich.zh_states import governed, organs_apart, regime_apart, state_organ
from encoder.model import Phrase, PhraseKind

from .test_zh_conventions import CRF

ROOT = Path(__file__).resolve().parents[2]


def test_an_organ_of_a_state_is_complete_without_its_country() -> None:
    for country, body in (
        ("中国", "经贸部"),
        ("苏联", "部长会议"),
        ("民主德国", "国务委员会"),
        ("以色列", "中央选举委员会"),
        ("中国", "行政院"),
        ("台湾", "立法院"),
        ("中国", "国家工商行政管理局"),
        ("我国", "国家统计局"),
        ("中国", "中央军事委员会"),
    ):
        assert state_organ(country, body), country + body


def test_a_body_that_needs_its_country_is_no_organ_of_it() -> None:
    for country, body in (
        ("志愿军", "司令部"),
        ("美国", "国务院"),
        ("美国", "宇航局"),
        ("美国", "中央情报局"),
        ("阿尔巴尼亚", "国家银行"),
        ("中国", "国家银行"),
        ("中国", "部"),
        # a national agency of another state, as the policy's 美国宇航局
        ("美国", "国家航空航天局"),
        ("美国", "国家安全委员会"),
        ("美国", "国家安全局"),
        ("美国", "国家标准局"),
        ("苏联", "国家安全委员会"),
        ("韩国", "行政院"),
    ):
        assert not state_organ(country, body), country + body


def test_a_body_of_a_place_below_the_state_needs_its_place() -> None:
    for country, body in (
        ("江苏省", "国家税务局"),
        ("上海市", "国家安全局"),
        ("北京市", "国家税务局"),
        ("江苏省", "部长会议"),
        ("上海市", "委宣传部"),
    ):
        assert not state_organ(country, body), country + body


def test_a_ministers_meeting_of_a_region_of_many_states_is_no_state_s_organ() -> None:
    for region in ("亚洲", "非洲", "欧洲", "拉丁美洲", "东南亚", "西欧"):
        assert not state_organ(region, "部长会议"), region  # 亚洲部长会议在曼谷开幕: an event
    assert state_organ("匈牙利", "部长会议") and state_organ("苏联", "部长会议")


def test_a_division_s_government_is_named_and_a_country_s_is_not() -> None:
    for name in ("吉林省政府", "深圳市政府", "长治县政府", "潞城县府", "烟台市府"):  # 县府 shortens 县政府
        assert governed(name), name
    for name in (
        "美国政府",  # a country's: descriptive
        "新疆维吾尔自治区政府",
        "大阪府",  # a Japanese prefecture, a place
        "本市政府",  # no place's name before the level
        "县府",
        "吉林省",  # no government
    ):
        assert not governed(name), name


def _crf_org(text: str, surface: str):
    start = text.index(surface)
    return (
        start,
        start + len(surface),
        Phrase(PhraseKind.ORG, [surface], entity="k", tagger="zh_ner", certainty="medium"),
    )


@pytest.mark.parametrize(
    ("text", "surface", "body"),
    [
        ("【新华社陕北一日电】蒋家行政院及蒋党中政会议，为献", "蒋家行政院", "行政院"),
        ("膨胀的情形下，再加上国民党行政院这次所通过的“补充办法”", "国民党行政院", "行政院"),
        ("他们复员，强迫我们加入国民党三青团。", "国民党三青团", "三青团"),
        ("声明脱离蒋党三青团，并坚决要求参加", "蒋党三青团", "三青团"),
        ("伪行政院新闻局局长董显光", "伪行政院新闻局", "行政院新闻局"),
        ("国民党立法院通过", "国民党立法院", "立法院"),
    ],
)
def test_a_body_of_the_republic_after_its_party_or_a_descriptor_stands_alone(
    text: str, surface: str, body: str
) -> None:
    start, end, phrase = regime_apart(_crf_org(text, surface))
    assert (text[start:end], phrase.text, phrase.kind) == (body, body, PhraseKind.ORG)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("我们也有了美械师了！国民党军王铁汉部的二十六师", "国民党军王铁汉部"),  # the army
        ("国民党中央委员会决定", "国民党中央委员会"),  # the party's own organ
        ("国民党政府", "国民党政府"),  # no organ complete alone
        ("国民党资委会江南电力局将成为招牌", "国民党资委会江南电力局"),
        ("日本自民党外交部会", "日本自民党外交部会"),  # no opening of the Republic
        ("据伪外交部发言人称", "伪外交部"),  # a body ending in 部 stays whole
        ("国民党中央党部秘书长吴铁城昨日发表谈话", "国民党中央党部"),  # the party's departments
        ("据国民党中央社会部统计", "国民党中央社会部"),
        ("国民党青年部负责人", "国民党青年部"),
        ("国民党政治部主任", "国民党政治部"),
        ("伪满洲国外交部发表声明", "伪满洲国外交部"),  # 伪 before another polity
    ],
)
def test_what_is_no_organ_of_the_republic_keeps_its_span(text: str, surface: str) -> None:
    found = _crf_org(text, surface)
    assert regime_apart(found) == found


@pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed")
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("国民党中央党部秘书长吴铁城昨日发表谈话", "国民党中央党部"),
        ("何成濬的电报，发给国民党中央党部。", "国民党中央党部"),
        ("据国民党中央社会部统计", "国民党中央社会部"),
        ("国民党青年部负责人", "国民党青年部"),
        ("国民党政治部主任", "国民党政治部"),
    ],
)
def test_a_party_s_own_organ_stays_with_the_party_in_the_names_pass(text: str, org: str) -> None:
    """The reviewer's cases (review-orgs-r), through the whole names pass."""
    from .test_names_crf import names_in

    assert org in [surface for surface, kind, _ in names_in([text]) if kind is PhraseKind.ORG]


#: The authority file's names as a finder gives them: 苏联 and 越南民主共和国 places, the rest bodies.
_AUTHORITY = {"苏联": PhraseKind.PLACE, "越南民主共和国": PhraseKind.PLACE, "美国": PhraseKind.PLACE}


def _authority(text: str) -> list[tuple[int, int, Phrase]]:
    """A finder of :data:`_AUTHORITY`'s names and the whole ``text`` a body when it is none of them."""
    kind = _AUTHORITY.get(text, PhraseKind.ORG)
    return [(0, len(text), Phrase(kind, [text], entity="key-" + text))]


def test_an_authority_body_of_a_country_and_its_organ_is_split_as_the_policy_splits_it() -> None:
    text = "苏联部长会议副主席萨布罗夫"  # the dev gold's 1954-12-05: 苏联 + 部长会议
    found = organs_apart([(0, 6, Phrase(PhraseKind.ORG, ["苏联部长会议"], entity="ussr-council"))], _authority)
    assert [(text[s:e], p.kind, p.entity) for s, e, p in found] == [
        ("苏联", PhraseKind.PLACE, "key-苏联"),
        ("部长会议", PhraseKind.ORG, "ussr-council"),  # the organ keeps the entry's key
    ]


@pytest.mark.parametrize(
    "body",
    [
        "美国国务院",  # 国务院 after another country than China needs it
        "越南民主共和国外交部",  # a state's full name stays with its body
        "苏联军队司令部",  # an army's unit, no organ of the state
        "部长会议",  # no place opens it
    ],
)
def test_an_authority_body_that_needs_its_country_keeps_its_span(body: str) -> None:
    found = [(3, 3 + len(body), Phrase(PhraseKind.ORG, [body], entity="k"))]
    assert organs_apart(found, _authority) == found


@pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed")
def test_the_names_pass_splits_the_authority_file_s_soviet_council_of_ministers() -> None:
    from .test_names_crf import names_in

    names = [
        (surface, kind) for surface, kind, _ in names_in(["到机场欢送的有苏联部长会议第一副主席兼外交部长莫洛托夫"])
    ]
    assert ("苏联", PhraseKind.PLACE) in names and ("部长会议", PhraseKind.ORG) in names


def _keyed(text: str) -> list[tuple[str, PhraseKind, str | None]]:
    """The names pass's finder (the authority file, the CRF at medium or above) on ``text``: each
    name's surface, kind and key."""
    from encoder.enrich.authority import DEFAULT
    from encoder.enrich.matcher import matcher
    from encoder.enrich.names import with_crf
    from encoder.enrich.statistical import zh_crf_finder

    match = matcher(str(DEFAULT))
    crf = zh_crf_finder([text], match.zh_forms, named=lambda: match.zh_persons([text]))
    return [(text[s:e], p.kind, p.entity) for s, e, p in with_crf(match.finder("zh-Hans"), crf, "medium")(text)]


@pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed")
def test_the_organ_split_off_an_authority_body_keeps_the_entry_s_key_through_the_pass() -> None:
    # the dev gold's 1954-12-05: the bare organ, which the policy drops standing alone, is kept
    # with the entry's key and no CRF reading of it takes its place (not local-bu-zhanghuiyi)
    names = _keyed("苏联部长会议副主席萨布罗夫今天接见了中国政府代表团。")
    assert ("苏联", PhraseKind.PLACE, "ussr") in names
    assert ("部长会议", PhraseKind.ORG, "ussr-council-of-ministers") in names


@pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed")
def test_two_states_councils_of_ministers_are_two_entities() -> None:
    # made up: the Vietnamese council is no Soviet one; it gets no entry's key
    names = _keyed("苏联部长会议和越南部长会议发表联合公报。")
    keys = [key for surface, _, key in names if surface == "部长会议"]
    assert len(keys) == 2 and keys[0] == "ussr-council-of-ministers" and keys[1] != keys[0], names


@pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed")
def test_convert_links_the_split_soviet_council_of_ministers_to_its_entry(tmp_path: Path) -> None:
    source = tmp_path / "1954-12-05_苏联部长会议.json"
    text = "【新华社莫斯科四日电】苏联部长会议副主席萨布罗夫今天接见了中国政府代表团。"
    article = {"title": "苏联部长会议副主席接见", "authors": [], "dates": [{"year": 1954, "month": 12, "day": 5}]}
    article["parts"] = [{"type": "paragraph", "text": text}]
    source.write_text(json.dumps(article, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out.xml"
    run = subprocess.run(
        [sys.executable, "-m", "encoder", "convert", str(source), "-o", str(out), "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert run.returncode == 0, run.stderr  # the TEI is valid (convert validates it)
    refs = {
        "".join(el.itertext()): el.get("ref", "")
        for el in etree.parse(str(out)).iter("{http://www.tei-c.org/ns/1.0}orgName")
        if el.getparent() is not None and etree.QName(el.getparent()).localname == "p"
    }
    assert refs.get("部长会议", "").endswith(".ussr-council-of-ministers"), refs
