"""The sign against a person listed with places (:mod:`encoder.enrich.zh_place_lists`), on
sentences of the dev articles (``tests/fixtures/rmrb-json-dev/``) where the CRF tagged a place as a
person, and on made-up lists of persons it must leave alone."""

from __future__ import annotations

import pytest

from encoder.enrich.zh_place_lists import listed_with_places
from encoder.enrich.zh_signs import demoted, signs

from .test_zh_signs import LOC, PER, at, needs_crf

#: Sentences of dev articles (each file's name opens with its date; those of 1969-05-17 and
#: 1980-10-08 are in no gold) and the place the CRF read as a person.
REAL = (
    ("1949-03-03", "与农民发生纠纷，如平山一区胜佛、东关、王子等村，这是少数利益损失了多数利益", "王子"),
    ("1949-03-05", "黑龙江的泰安、克山、海伦等七县不到一个月就新建立起合作社六十八处。", "海伦"),
    ("1984-05-02", "在柴桢、波萝勉等省的省会和主要城镇的越南移民也已超过当地柬埔寨居民。", "柴桢"),
    ("1984-05-02", "马德望、干丹、暹粒、奥多棉吉以及金边等十二个省市。", "奥多棉吉"),
    ("1969-05-17", "目前，费里、卢什涅、斯库台等许多区每天都有成千上万名农业合作社社员", "斯库台"),
    ("1980-10-08", "伊拉克东北部边境的哈吉乌姆兰和基尔库克以及阿马拉等城市遭到轰炸。", "哈吉乌姆兰"),
    ("2002-12-02", "今年4月，石林与泸西、罗平、丘北等周边县商定，共同实施名牌战略", "罗平"),
)


@needs_crf
@pytest.mark.parametrize(("date", "text", "place"), REAL)
def test_a_place_listed_with_places_is_a_sign_against_a_person(date: str, text: str, place: str) -> None:
    assert "listed_with_places" in signs(text, at(text, place, PER)), date
    (_, _, phrase), _ = demoted(text, at(text, place, PER))
    assert phrase.certainty == "low"  # below the names pass's floor: not tagged


@needs_crf
@pytest.mark.parametrize(
    ("text", "person"),
    (
        ("江青、高岗等人出席了会议", "高岗"),  # a list of persons: 等人
        ("贺龙、万里等领导同志", "万里"),
        ("老舍、林海等乡亲们", "林海"),  # 乡亲 is one word: no 乡 closes the list
        ("贺龙和老舍等村民", "贺龙"),  # 村民
        ("林海、江青等县领导", "江青"),  # a county's leaders are persons
        ("万里和林海到湖南等省视察", "万里"),  # 到 is a verb: 林海到湖南 is no item of a list of places
        ("万里到湖南、湖北等省视察", "万里"),
        ("江青等地方干部", "江青"),  # 地方 is one word
    ),
)
def test_a_list_of_persons_is_no_list_of_places(text: str, person: str) -> None:
    assert not listed_with_places(text, at(text, person, PER))
    assert "listed_with_places" not in signs(text, at(text, person, PER))


def test_only_a_person_is_read() -> None:
    text = "黑龙江的泰安、克山、海伦等七县"
    assert not listed_with_places(text, at(text, "海伦", LOC))
