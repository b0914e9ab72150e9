"""Windows of long lines: a tagger reads a long line in pieces, and a line that fits in a
window gets exactly what it gets read whole."""

from __future__ import annotations

import importlib.util
import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from encoder.enrich import zh_crf
from encoder.enrich.windows import EN_ENDS, ZH_ENDS, sentences, tag_windows, windows

from .conftest import RMRB

CRF = importlib.util.find_spec("pycrfsuite") is not None and importlib.util.find_spec("jieba") is not None
needs_crf = pytest.mark.skipif(not CRF, reason="python-crfsuite or jieba is not installed (CI installs them)")


def _paragraphs() -> list[str]:
    """The body paragraphs of the sample corpus's rmrb articles."""
    lines = []
    for path in sorted(RMRB.glob("*.md")):
        lines.extend(line.strip() for line in path.read_text(encoding="utf-8").splitlines()[6:])
    return [line for line in lines if len(line) > 20]


PARAGRAPHS = _paragraphs()
_TEXT = st.text(alphabet="ab。 ", max_size=300)


def _runs(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """A tagger that sees only what it reads: each run of ``a`` is an entity."""
    return [[(m.start(), m.end(), "A") for m in re.finditer("a+", text)] for text in texts]


def test_sentences_cover_the_text_and_end_after_their_punctuation():
    text = "他说：“好。”我们走吧！然后呢"
    pieces = sentences(text, ZH_ENDS)
    assert [text[s:e] for s, e in pieces] == ["他说：“好。”", "我们走吧！", "然后呢"]
    assert sentences("One. Two? Three", EN_ENDS) == [(0, 5), (5, 10), (10, 15)]


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(1, 40), st.integers(0, 30))
def test_windows_cover_the_text_within_their_size(text, size, overlap):
    cuts = windows(text, size, ZH_ENDS, overlap)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    for start, end, _, _ in cuts:
        assert end - start <= size and (start < end or len(text) == 0)
    for (_, end, _, cut_after), (start, _, cut_before, _) in itertools.pairwise(cuts):
        assert cut_after == cut_before  # a cut inside a sentence is seen from both sides
        assert start == (end - min(overlap, size // 2) if cut_after else end)  # overlapping there, abutting elsewhere


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(12, 40))
def test_a_local_tagger_finds_in_windows_what_it_finds_in_the_whole_line(text, size):
    """Entities shorter than the overlap are found once each, wherever the cuts fall."""
    text = re.sub("a{5,}", "aaaa", text)
    assert tag_windows(text, size, ZH_ENDS, 6, _runs) == _runs([text])[0]


@needs_crf
@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=3).map("".join), st.integers(0, 200))
def test_the_crf_in_windows_is_the_plain_crf_on_lines_that_fit(text, spare):
    """The windowed form equals the plain form on every line no longer than the window."""
    assert zh_crf.entities([text], window=len(text) + spare) == zh_crf.entities_plain([text])


@needs_crf
def test_the_crf_in_small_windows_agrees_with_the_plain_crf_on_a_long_real_line():
    """A line of 60 real paragraphs read in windows of 400 characters (sentences, and pieces
    of the sentences longer than that): nearly every entity of the plain reading is found."""
    line = "".join(PARAGRAPHS[:60])
    assert len(line) > 4000
    (windowed,) = zh_crf.entities([line], window=400)
    (plain,) = zh_crf.entities_plain([line])
    same = {entity[:3] for entity in windowed} & {entity[:3] for entity in plain}
    assert len(same) >= 0.9 * len(plain) and len(same) >= 0.9 * len(windowed)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(windowed))  # in order, none overlapping
