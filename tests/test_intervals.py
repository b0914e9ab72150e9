"""The bootstrap interval over articles (encoder/intervals.py): its bounds, its determinism, and a case whose
percentiles follow from the binomial law."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from encoder.intervals import interval

#: Articles as (right, all) segments: at least one segment each.
_ARTICLES = st.lists(
    st.integers(min_value=1, max_value=40).flatmap(lambda total: st.tuples(st.integers(0, total), st.just(total))),
    min_size=1,
    max_size=30,
)


@settings(max_examples=60, deadline=None)
@given(_ARTICLES)
def test_the_interval_lies_between_the_worst_and_the_best_article(articles: list[tuple[int, int]]) -> None:
    low, high = interval(articles, resamples=200)
    worst = min(right / total for right, total in articles)
    best = max(right / total for right, total in articles)
    assert worst <= low <= high <= best


@settings(max_examples=30, deadline=None)
@given(_ARTICLES)
def test_the_interval_is_the_same_at_every_run(articles: list[tuple[int, int]]) -> None:
    assert interval(articles, resamples=100) == interval(articles, resamples=100)


def test_one_article_alone_gives_its_own_accuracy() -> None:
    assert interval([(3, 4)]) == (0.75, 0.75)


def test_no_segment_gives_no_interval() -> None:
    assert interval([]) == (0.0, 0.0)


def test_one_bad_article_in_ten_follows_the_binomial_law() -> None:
    """Nine articles all right and one all wrong, ten segments each: a resample holds the bad one k times,
    k ~ Binomial(10, 0.1), and reads 1 - k/10. P(k ≤ 3) = 0.987 and P(k ≤ 2) = 0.930, so the 97.5th
    percentile of k is 3 and the interval's low end 0.7; P(k = 0) = 0.349, so its high end is 1.0."""
    assert interval([(10, 10)] * 9 + [(0, 10)]) == (0.7, 1.0)
