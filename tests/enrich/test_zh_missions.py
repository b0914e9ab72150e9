"""Groups sent on a mission (:mod:`encoder.enrich.zh_missions`): a delegation named by where it
comes from and what its members are is descriptive (the policy), no organisation; on articles
of ``tests/fixtures/rmrb-json-dev/`` (two of the dev name gold, one in no gold) and on made-up
bodies that end as a group does and are named."""

from __future__ import annotations

import pytest

from encoder.enrich.zh_conventions import plausible
from encoder.enrich.zh_missions import mission
from encoder.model import PhraseKind

from .test_names_crf import CRF, names_in
from .test_zh_conventions import LOC, ORG, at
from .test_zh_titles import texts_of

needs_crf = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")


@needs_crf
@pytest.mark.parametrize(
    ("article", "phrase"),
    [
        ("1994-08-02_旅游不仅有经济", "访华团"),  # 日本社会党友好之翼访华团, 日本商工会议所百人访华团
        ("1963-10-02_陈毅副总理接见外国工会代表", "代表团"),  # 工会代表团, …工会总评议会代表团
        ("1966-08-04_缅科学家代表团", "代表团"),  # 缅科学家代表团 (in no gold)
    ],
)
def test_a_delegation_of_a_real_article_is_no_organisation(article: str, phrase: str) -> None:
    texts = texts_of(article)
    assert any(phrase in text for text in texts)
    orgs = [surface for surface, kind, _ in names_in(texts) if kind is PhraseKind.ORG]
    assert not [surface for surface in orgs if surface.endswith(phrase)]


@needs_crf
def test_the_body_written_before_a_visit_stays() -> None:
    found = names_in(texts_of("1994-08-02_旅游不仅有经济"))
    assert ("日本社会党", ORG) in {name[:2] for name in found}


@pytest.mark.parametrize(
    "surface",
    ["国会议员代表团", "中国妇女访华团", "贸易考察团", "特别调查团", "吉林省政府法律顾问团", "马尔加什代表团"],
)
def test_a_tagger_s_delegation_is_a_mission(surface: str) -> None:
    assert mission(at(surface, surface, ORG))
    assert not plausible(surface, at(surface, surface, ORG))


@pytest.mark.parametrize(
    "surface",
    # a party centre's delegation (the dev gold's), a presidium, troupes, groups of firms, a regiment
    ["印尼共产党中央代表团", "越南祖国战线中央委员会主席团", "中央芭蕾舞团", "东方歌舞团", "利库德集团", "第五兵团"],
)
def test_a_body_ending_as_a_group_does_is_no_mission(surface: str) -> None:
    assert not mission(at(surface, surface, ORG))


def test_only_a_tagger_s_organisation_is_judged() -> None:
    text = "中国妇女访华团"
    assert not mission(at(text, text, ORG, None))  # the authority file's
    assert not mission(at(text, text, LOC))
