"""The statistical taggers' finders on long lines and on many lines: each string gets the
entities of its own place, found in time linear in the text, and spaCy reads lines longer
than its limit in windows."""

from __future__ import annotations

import importlib.util
import itertools

import pytest

from encoder.enrich import statistical, zh_crf

from .conftest import RMRB

CRF = importlib.util.find_spec("pycrfsuite") is not None and importlib.util.find_spec("jieba") is not None
needs_crf = pytest.mark.skipif(not CRF, reason="python-crfsuite or jieba is not installed (CI installs them)")
needs_spacy = pytest.mark.skipif(statistical.spacy_model() is None, reason="no spaCy model installed")


class _Counted(str):
    """A line that counts the searches made in it."""

    searches = 0

    def find(self, *args, **kwargs):  # type: ignore[override]
        _Counted.searches += 1
        return super().find(*args, **kwargs)

    def __contains__(self, other):  # type: ignore[override]
        _Counted.searches += 1
        return super().__contains__(other)


@needs_crf
def test_a_string_gets_the_entities_of_its_own_line(monkeypatch):
    """中央社 stands in two lines of 简讯: each gets the CRF's reading of its own line, not of
    the first line that holds it (the article-wide reading of :func:`statistical.recurring`
    set aside: with it, every occurrence gets the best reading the name has anywhere)."""
    monkeypatch.setattr(statistical, "RECURRING_LIMIT", 0)
    source = (RMRB / "1946-05-19_简讯.md").read_text(encoding="utf-8").splitlines()
    first, second = source[7].strip(), source[8].strip()

    def cert(line: str) -> str:
        (probability,) = [p for s, e, _, p in zh_crf.entities([line])[0] if line[s:e] == "中央社"]
        return zh_crf.certainty(probability)

    assert cert(first) != cert(second)  # the two contexts read differently
    finder = statistical.zh_crf_finder([first, second])
    finder(first)
    # the string 中央社 as the names pass gives it (between the lead and 南京, both tagged already)
    assert [phrase.certainty for _, _, phrase in finder("中央社")] == [cert(second)]
    monkeypatch.setattr(statistical, "RECURRING_LIMIT", 200_000)
    best = max((cert(first), cert(second)), key=["low", "medium", "high"].index)
    finder = statistical.zh_crf_finder([first, second])
    finder(first)
    assert [phrase.certainty for _, _, phrase in finder("中央社")] == [best]


@needs_crf
def test_finding_the_strings_of_many_lines_searches_each_line_a_bounded_number_of_times():
    """Linear: 400 lines cut into three strings each; every string is sought in its own line
    (or the next), never through all the lines before it."""
    lines = [_Counted(f"第{n}次会议在延安举行，毛泽东出席。") for n in range(400)]
    finder = statistical.zh_crf_finder(list(lines))
    _Counted.searches = 0
    found = []
    for line in lines:
        for piece in (line[:6], line[6:12], line[12:]):
            found.extend(phrase.text for _, _, phrase in finder(piece))
    assert _Counted.searches <= 2 * 3 * len(lines)
    assert found.count("毛泽东") >= 300 or found.count("延安") >= 300


@needs_spacy
def test_spacy_reads_a_line_longer_than_its_limit_in_windows(monkeypatch):
    """A line over ``nlp.max_length`` (lowered here to 3,000 characters, from a million) is
    read in windows: no error, and the names of every part are tagged."""
    nlp = statistical.spacy_model()
    monkeypatch.setattr(nlp, "max_length", 3_000)
    monkeypatch.setattr(statistical, "EN_WINDOW", 2_000)  # (10,000 by default)
    sentence = "President Eisenhower met Premier Zhou Enlai in Geneva on Monday. "
    line = sentence * 200  # 13,000 characters
    with pytest.raises(ValueError):
        nlp(line)  # what the plain reading did
    found = statistical._entities(nlp, line)
    assert sum(surface == "Geneva" for _, _, _, surface in found) >= 190
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(found))


def test_a_string_read_as_two_kinds_takes_the_kind_of_its_surest_reading():
    """安泽 read as a place in one line (surer) and as a person in another: a place in both."""
    found = {"沁源、安泽两县": [(3, 5, "LOC", 0.9)], "安泽模范医生": [(0, 2, "PER", 0.6)]}
    out = statistical.recurring(found)
    assert out["沁源、安泽两县"] == [(3, 5, "LOC", 0.9)]
    assert out["安泽模范医生"] == [(0, 2, "LOC", 0.9)]
