"""Newspapers written without marks (:mod:`encoder.enrich.zh_papers`), on sentences of the dev
gold's articles (``tests/fixtures/rmrb-json-dev/``) and made-up sentences of what is no paper."""

from __future__ import annotations

import json
from pathlib import Path

from encoder.enrich.zh_papers import paper, papers
from encoder.evaluate_ner import names_pass_spans

from .test_zh_conventions import LOC, ORG, at, needs_crf, surfaces


@needs_crf
def test_a_word_in_bao_before_what_a_paper_does_is_a_newspaper() -> None:
    for text, name in (
        ("真理报发表马耶夫斯基评论", "真理报"),  # 1950-03-01
        ("据苏联劳动报驻联大记者报导", "劳动报"),  # 1947-10-05
        ("武器供给中国共产党。消息报称：马歇尔在离华", "消息报"),  # corpus, 1947-03-05
    ):
        assert (name, ORG) in surfaces(papers(text, [])), text


@needs_crf
def test_what_is_no_newspaper_or_is_named_already_is_not_taken() -> None:
    for text in (
        "这个联合公报说，两位总统",  # a document (1964-05-03)
        "该党的机关报发表社论",  # a common word: a kind of paper
        "黑板报说，",  # a paper put up by hand
        "大字报指出",
        "他的思想汇报说",  # a report
        "本报评论员",  # two characters: the paper's own
        "订阅真理报的人很多",  # nothing a paper does after it
    ):
        assert surfaces(papers(text, [])) == [], text
    text = "据苏联劳动报驻联大记者报导"
    found = [at(text, "苏联劳动报", ORG)]  # a name overlapping it stays as it is
    assert papers(text, found) == found
    assert surfaces(papers(text, [at(text, "苏联", LOC)])) == [("苏联", LOC), ("劳动报", ORG)]


def test_a_paper_s_word_is_long_uncommon_and_no_document() -> None:
    assert paper("真理报", False) and paper("消息报", False)
    assert not paper("机关报", True)  # jieba's common word
    assert not any(paper(word, False) for word in ("日报", "联合公报", "新闻公报", "手抄报", "高回报"))


@needs_crf
def test_the_names_pass_finds_the_paper_of_a_dev_article() -> None:
    dev = Path(__file__).parents[1] / "fixtures" / "rmrb-json-dev"
    source = next(dev.glob("1950-03-01_真理报*.json"))
    parts = [part["text"] for part in json.loads(source.read_text(encoding="utf-8"))["parts"]]
    found = {(parts[i][s:e], kind) for i, s, e, kind in names_pass_spans(parts, "crf", "medium")}
    assert ("真理报", "ORG") in found
