"""The hand-made name gold as the evaluation reads it: per article, and split by the year's parity."""

from __future__ import annotations

from encoder.evaluate_ner import gold_articles, gold_texts


def test_the_years_parity_splits_the_dev_gold_into_two_halves_that_make_it_whole() -> None:
    every = gold_articles("dev")
    even, odd = gold_articles("dev", 0), gold_articles("dev", 1)
    assert len(every) >= 60 and even and odd
    assert len(even) + len(odd) == len(every)
    assert sum(len(names) for _, names in even + odd) == sum(len(names) for _, names in every)
    texts, expected = gold_texts("dev")
    assert len(texts) == sum(len(parts) for parts, _ in every)
    assert len(expected) == sum(len(names) for _, names in every)
    for parts, names in every:  # each name lies in its article's parts
        assert all(0 <= part < len(parts) and 0 <= s < e <= len(parts[part]) for part, s, e, _ in names)
