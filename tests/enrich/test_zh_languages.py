"""Places that name a language (:mod:`encoder.enrich.zh_languages`)."""

from __future__ import annotations

import pytest

from encoder.enrich.zh_conventions import plausible
from encoder.enrich.zh_languages import language

from .test_zh_conventions import CRF, LOC, PER, at

pytestmark = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")


def test_a_lone_wen_that_runs_on_into_another_word_leaves_the_place() -> None:
    for text, place in (
        ("一九三八年长沙文夕大火", "长沙"),  # 长沙 | 文 | 夕 (review, round o)
        ("广州文德路的古籍书店", "广州"),  # 广州 | 文 | 德 | 路
    ):
        assert not language(text, at(text, place, LOC)), place


def test_a_lone_wen_closed_by_a_mark_a_function_word_or_a_written_thing_names_a_language() -> None:
    for text, place in (
        ("作品中，有波兰文和俄文的全集", "波兰"),  # one word of the cut
        ("通读了阿尔巴尼亚文版的《毛泽东选集》", "阿尔巴尼亚"),  # 文版
        ("译成阿尔巴尼亚文。", "阿尔巴尼亚"),  # a mark
        ("用阿尔巴尼亚文出版", "阿尔巴尼亚"),  # a verb
        ("阿尔巴尼亚文译本", "阿尔巴尼亚"),  # a written thing
    ):
        assert language(text, at(text, place, LOC)), place


def test_a_language_s_name_is_no_person() -> None:
    text = "用蒙古文出版的《毛泽东选集》"  # review, round o: per:蒙古文 where the place was dropped
    assert not plausible(text, at(text, "蒙古文", PER))
    text = "欧阳文委员在会上指出"  # dev: a person, 欧阳 | 文
    assert plausible(text, at(text, "欧阳文", PER))
