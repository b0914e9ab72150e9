"""The span resolver: whatever the taggers propose, the phrases written never overlap and the
text of a block stays its text."""

from __future__ import annotations

import importlib.util
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from encoder.enrich.spans import Found, keep, keep_plain, phrases, resolve, tag_block, tag_inlines
from encoder.model import Block, BlockKind, Inline, Phrase, PhraseKind, Span, inline_text

JIEBA = importlib.util.find_spec("jieba") is not None


def _text(items: list[Inline]) -> str:
    return "".join(item if isinstance(item, str) else item.text for item in items)


def _finder(*spans: tuple[int, int, PhraseKind, str | None]):
    """A finder proposing ``spans`` (start, end, kind, tagger) in whatever string it is given."""

    def find(text: str) -> list[Found]:
        return [(s, e, Phrase(kind, [text[s:e]], tagger=tagger)) for s, e, kind, tagger in spans]

    return find


def _block(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, [[text]], Span("test", 1))


# The two overlaps that cost real articles their file (issue 13): the text was written twice.
REAL_OVERLAPS = [
    ("北京市手工业合作社体育协会成立了", (3, 9), (3, 13), "手工业合作社体育协会"),
    ("他考入了县中学读书", (3, 5), (4, 7), "县中学"),
]


@pytest.mark.parametrize(("text", "inner", "outer", "kept"), REAL_OVERLAPS)
def test_real_overlaps_keep_the_text_once(text, inner, outer, kept):
    block = _block(text)
    tag_block(block, _finder((*inner, PhraseKind.ORG, "jieba"), (*outer, PhraseKind.ORG, "jieba")))
    (line,) = block.lines
    assert _text(line) == text  # not "…手工业合作社手工业合作社体育协会…"
    assert [p.text for p in phrases(line)] == [kept]  # the longer span wins


@pytest.mark.skipif(not JIEBA, reason="jieba is not installed")
@pytest.mark.parametrize(("text", "inner", "outer", "kept"), REAL_OVERLAPS)
def test_jieba_candidates_that_overlap_are_resolved(text, inner, outer, kept):
    from encoder.enrich import zh_names
    from encoder.enrich.statistical import tag_zh

    spans = [(s, e) for s, e, _ in zh_names.candidates(text)]
    overlapping = any(a < d and c < b for i, (a, b) in enumerate(spans) for c, d in spans[i + 1 :])
    out = tag_zh([text])
    assert _text(out) == text
    assert kept in [p.text for p in phrases(out)]
    assert overlapping or len(spans) < 2  # what jieba proposes here does overlap (else this test proves nothing)


def test_ties_go_to_the_authority_file_then_projection():
    found = _finder(
        (0, 2, PhraseKind.PLACE, "jieba"), (0, 2, PhraseKind.ORG, None), (0, 2, PhraseKind.PERSON, "projection")
    )
    ((_, _, phrase),) = resolve(found("延安城"))
    assert phrase.kind is PhraseKind.ORG and phrase.tagger is None


def test_existing_phrases_are_never_cut():
    date = Phrase(PhraseKind.DATE, ["五月"], value="1946-05")
    items: list[Inline] = ["在延安", date, "开会"]
    out = tag_inlines(items, _finder((1, 4, PhraseKind.PLACE, None)))  # a span past the string's end
    assert _text(out) == "在延安五月开会" and date in out
    assert [p.text for p in phrases(out)] == ["五月"]  # out of range: dropped, nothing cut


def test_a_finders_usual_answer_comes_back_unchanged():
    found = _finder((0, 2, PhraseKind.PLACE, None), (3, 5, PhraseKind.ORG, None))("延安和中共中央")
    assert resolve(found) == found


@st.composite
def _candidates(draw: st.DrawFn) -> tuple[str, list[Found]]:
    text = draw(st.text(alphabet="中国共产党延安 ab", max_size=30))
    bound = len(text) + 2  # spans may run past the end, or be empty
    spans = draw(
        st.lists(
            st.tuples(
                st.integers(0, bound),
                st.integers(0, bound),
                st.sampled_from(list(PhraseKind)),
                st.sampled_from([None, "jieba", "spacy", "projection"]),
            ),
            max_size=12,
        )
    )
    return text, [(s, e, Phrase(kind, [text[s:e]], tagger=tagger)) for s, e, kind, tagger in spans]


@given(_candidates())
def test_resolved_phrases_never_overlap_and_the_text_survives(case):
    text, found = case
    kept = resolve(found, len(text))
    assert all(0 <= s < e <= len(text) for s, e, _ in kept)
    assert all(e1 <= s2 for (_, e1, _), (s2, _, _) in itertools.pairwise(kept))
    line = tag_inlines([text], lambda _text: found)
    assert _text(line) == text
    assert inline_text(line) == text
    block = _block(text)
    tag_block(block, lambda _text: found)
    assert _text(block.lines[0]) == text


_SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1])), max_size=30)


@settings(max_examples=300, deadline=None)
@given(_SPANS, st.data())
def test_keep_is_the_plain_form(spans, data):
    """The resolver's fast form (a map of covered characters) keeps what the plain form keeps."""
    ranks = data.draw(st.lists(st.integers(0, 3), min_size=len(spans), max_size=len(spans)))
    assert keep(spans) == keep_plain(spans)
    assert keep(spans, ranks) == keep_plain(spans, ranks)


def test_keep_resolves_thirty_thousand_overlapping_spans_at_once():
    """Every window of 5 characters of a 30,000-character line: the earliest of each clash
    wins (the plain form would compare each span with the thousands kept)."""
    spans = [(start, start + 5) for start in range(30_000)]
    kept = keep(spans)
    assert [spans[index] for index in kept] == [(start, start + 5) for start in range(0, 30_000, 5)]
