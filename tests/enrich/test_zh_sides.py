"""A side of a country, sea, pole or continent written before it: one place with it (zh_sides)."""

from __future__ import annotations

from .test_names_crf import names_in
from .test_zh_conventions import LOC, needs_crf


def places(text: str) -> list[str]:
    return [surface for surface, kind, _ in names_in([text]) if kind is LOC]


@needs_crf
def test_a_direction_before_a_country_sea_pole_or_continent_is_part_of_it() -> None:
    assert places("由于巴基斯坦政府对东巴基斯坦居民采取的行动") == ["巴基斯坦", "东巴基斯坦"]  # 1971-12-07
    assert places("因而同时形成西地中海和第勒尼安海") == ["西地中海"]  # 1986-07-02
    assert places("中国东南极考察队启程") == ["中国", "东南极"]  # 1988-11-21: the cut reads 东南 + 极
    assert places("决定建在东南极大陆沿岸的露岩上") == ["东南极大陆"]
    assert places("南非用于南部非洲战争的开支") == ["南非", "南部非洲"]  # 1988-08-02


@needs_crf
def test_a_direction_of_a_word_before_or_a_locative_after_a_place_stays_out() -> None:
    assert places("陕西大荔县段家公社") == ["陕西", "大荔县"]  # 1960-09-05: 陕西 ends with 西
    assert places("印度西部古吉拉特邦的教派骚乱") == ["印度", "古吉拉特邦"]  # 2002-03-04
    assert "西南非" not in places("全国学生组织信赖西南非洲人民组织的政府")  # 1990-03-13: 南非 cut short
