"""The hand-made name gold as the evaluation reads it: per article, and split by the year's parity."""

from __future__ import annotations

import pytest

from encoder.evaluate_ner import distinct_names, gold_articles, gold_texts, scores_by_type


def test_the_years_parity_splits_the_dev_gold_into_two_halves_that_make_it_whole() -> None:
    every = gold_articles("dev")
    even, odd = gold_articles("dev", 0), gold_articles("dev", 1)
    assert len(every) >= 60 and even and odd
    assert len(even) + len(odd) == len(every)
    assert sum(len(names) for _, names in even + odd) == sum(len(names) for _, names in every)
    texts, expected = gold_texts("dev")
    assert len(texts) == sum(len(parts) for parts, _ in every)
    assert len(expected) == sum(len(names) for _, names in every)
    halves = [gold_texts("dev", years) for years in (0, 1)]
    assert sum(len(texts) for texts, _ in halves) == len(texts)  # --years scores one half of the parts
    assert sum(len(names) for _, names in halves) == len(expected)
    for parts, names in every:  # each name lies in its article's parts
        assert all(0 <= part < len(parts) and 0 <= s < e <= len(parts[part]) for part, s, e, _ in names)


def test_distinct_names_count_each_name_of_an_article_once_on_both_sides() -> None:
    """A name an article repeats weighs as one; the same name in two articles is two."""
    articles = [
        (["库烈聘说，库烈聘来了。", "北京"], set()),  # parts 0, 1
        (["库烈聘在北京。"], set()),  # part 2
    ]
    expected = {(0, 0, 3, "PER"), (0, 5, 8, "PER"), (1, 0, 2, "LOC"), (2, 0, 3, "PER"), (2, 4, 6, "LOC")}
    found = {(0, 0, 3, "PER"), (1, 0, 2, "ORG"), (2, 0, 3, "PER"), (2, 0, 2, "PER")}
    gold = distinct_names(articles, expected)
    made = distinct_names(articles, found)
    assert gold == {(0, "库烈聘", "PER"), (0, "北京", "LOC"), (1, "库烈聘", "PER"), (1, "北京", "LOC")}
    assert made == {(0, "库烈聘", "PER"), (0, "北京", "ORG"), (1, "库烈聘", "PER"), (1, "库烈", "PER")}
    scores = scores_by_type(gold, made)
    assert scores["PER"] == pytest.approx((2 / 3, 1.0, 0.8))  # found one mention of two in article 0: the name is found
    assert scores["LOC"] == (1.0, 0.0, 0.0)  # none found (no wrong one), none of the two gold
    assert scores["all"][:2] == (0.5, 0.5)
    by_mention = scores_by_type(expected, found)
    assert by_mention["PER"][1] == 2 / 3  # counted per mention, the repeated name's second writing is missed
