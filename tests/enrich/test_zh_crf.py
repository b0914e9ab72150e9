"""The Chinese name CRF: its features, its entities and their certainty, in the names pass."""

from __future__ import annotations

import importlib.util

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from encoder.enrich import names as names_module
from encoder.enrich import zh_crf
from encoder.run.pipeline import encode

from .conftest import RMRB

NS = {"t": "http://www.tei-c.org/ns/1.0"}
CRF = importlib.util.find_spec("pycrfsuite") is not None and importlib.util.find_spec("jieba") is not None
needs_crf = pytest.mark.skipif(not CRF, reason="python-crfsuite or jieba is not installed (CI installs them)")


def test_bio_labels_give_the_entities() -> None:
    labels = ["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-ORG", "B-ORG", "I-LOC"]
    assert zh_crf.spans(labels) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 6, "ORG"), (6, 7, "ORG"), (7, 8, "LOC")]


def test_one_feature_row_per_character_with_its_neighbours() -> None:
    text = "毛泽东在延安。"
    rows = zh_crf.features(text, zh_crf.word_positions(["毛泽东", "在", "延安", "。"]))
    assert len(rows) == len(text)
    assert "c=毛" in rows[0] and "c+1=泽" in rows[0] and "w=B3" in rows[0] and "k=hS---" in rows[0]
    assert "b-1=在延" in rows[4] and "w=S" in rows[3] and "k=p----" in rows[6]


#: Han characters of each class and flag, digits of both widths, Latin, the foreign names' dot,
#: punctuation and spaces.
_ALPHABET = "王李毛泽东省县部会说长一十〇延安中国人民0１aZ·•。，、 \u3000"


@given(st.text(alphabet=_ALPHABET, max_size=40), st.data())
def test_the_features_are_the_plain_forms(text: str, data: st.DataObject) -> None:
    cuts = data.draw(st.lists(st.integers(1, 5), max_size=len(text)))
    words, start = [], 0
    for size in cuts:
        if start < len(text):
            words.append(text[start : start + size])
            start += size
    if start < len(text):
        words.append(text[start:])
    positions = zh_crf.word_positions(words)
    assert zh_crf.features(text, positions) == zh_crf.features_plain(text, positions)


def test_certainty_levels_follow_the_probability() -> None:
    assert [zh_crf.certainty(p) for p in (1.0, zh_crf.HIGH, zh_crf.MEDIUM, 0.0)] == ["high", "high", "medium", "low"]


@needs_crf
@needs_crf
def test_the_default_model_is_the_one_the_module_names_when_first_opened(monkeypatch, tmp_path) -> None:
    missing = tmp_path / "elsewhere.crfsuite"
    monkeypatch.setattr(zh_crf, "MODEL", missing)  # as evaluate_ner --model points the names pass
    zh_crf.tagger.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match="elsewhere"):
            zh_crf.entities(["毛泽东在延安。"])
    finally:
        zh_crf.tagger.cache_clear()


def test_the_shipped_model_finds_the_leaders_and_places_of_a_sentence() -> None:
    (found,) = zh_crf.entities(["毛泽东主席和周恩来总理在北京会见了缅甸总理吴努，新华社记者报道。"])
    text = "毛泽东主席和周恩来总理在北京会见了缅甸总理吴努，新华社记者报道。"
    named = {(text[s:e], kind) for s, e, kind, _ in found}
    assert {("毛泽东", "PER"), ("周恩来", "PER"), ("北京", "LOC"), ("缅甸", "LOC"), ("新华社", "ORG")} <= named
    assert all(0.0 < p <= 1.0 for *_, p in found)


@needs_crf
def test_a_chinese_article_is_tagged_without_spacy(monkeypatch) -> None:
    def no_spacy():
        raise AssertionError("spaCy loaded for a Chinese-only article")

    monkeypatch.setattr(names_module, "spacy_model", no_spacy)
    article = RMRB / "1946-05-20_沿河人民代表电国民政府_政府既有堵口放水自由人民自有拚死自卫办法.md"
    tei = etree.fromstring(encode(article).tei)
    machine = tei.xpath("//t:body//*[@resp]", namespaces=NS)
    assert machine and {n.get("cert") for n in machine} <= {"high", "medium", "low"}
    assert all(len("".join(n.itertext())) >= 2 for n in machine)
