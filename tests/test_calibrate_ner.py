"""The calibration rule of the name CRF's ``cert`` thresholds, on a hand-made example."""

from __future__ import annotations

import pytest

from encoder.calibrate_ner import bands, calibrate, calibration_table, judged


def _entities(kind: str, probability: float, right: int, wrong: int, first: int) -> tuple[set, dict]:
    """``right + wrong`` entities of ``kind`` at ``probability``, numbered from ``first``; the
    gold holds the right ones."""
    spans = [(first + n, 0, 2, kind) for n in range(right + wrong)]
    return set(spans[:right]), dict.fromkeys(spans, probability)


def test_the_calibration_rule_takes_the_lowest_edges_from_which_every_band_is_precise_enough() -> None:
    expected: set = set()
    probabilities: dict = {}
    for kind, probability, right, wrong in [
        # PER: a small band [0.6, 0.7) (10, 5 right) judged with [0.7, 0.8) (40, 30 right): 35 / 50 = 0.70
        ("PER", 0.65, 5, 5),
        ("PER", 0.75, 30, 10),
        ("PER", 0.55, 20, 20),  # [0.5, 0.6): 0.5, under 0.60
        ("PER", 0.92, 29, 1),  # [0.9, 0.95): 0.967
        ("PER", 0.999, 100, 1),
        # ORG: [0.8, 0.9) at 0.5 keeps medium at 0.9; [0.95, 0.99) at 0.9 keeps high at 0.99
        ("ORG", 0.85, 20, 20),
        ("ORG", 0.91, 20, 10),
        ("ORG", 0.97, 27, 3),
        ("ORG", 0.995, 40, 0),
        ("LOC", 0.3, 0, 50),  # under the lowest band: not counted
        ("LOC", 0.96, 40, 0),
    ]:
        gold, found = _entities(kind, probability, right, wrong, len(probabilities))
        expected |= gold
        probabilities |= found
    per = bands(expected, probabilities, "PER")
    assert [(edge, total, right) for edge, total, right in per if total] == [
        (0.5, 40, 20),
        (0.6, 10, 5),
        (0.7, 40, 30),
        (0.9, 30, 29),
        (0.99, 101, 100),
    ]
    assert judged(per)[1] == 35 / 50  # pooled with the band above
    assert judged(per)[3] == judged(per)[4] == pytest.approx(29 / 30)  # the empty [0.8, 0.9) with [0.9, 0.95)
    assert judged(per)[5] == pytest.approx(100 / 101)  # the empty [0.95, 0.99) with [0.99, 1]
    derived = calibrate(expected, probabilities)
    assert derived["PER"] == (0.9, 0.6)
    assert derived["ORG"] == (0.99, 0.9)
    assert derived["LOC"] == (0.9, 0.5)  # nothing under 0.95 but the uncounted 0.3s
    # all types: [0.8, 0.9) holds ORG's 40 (0.5) alone: medium 0.9; [0.9, 0.95) 49 of 60, [0.95, 0.99) 67 of 70
    assert derived["global"] == (0.95, 0.9)
    assert calibration_table(expected, probabilities)[-1] == "  global  derived: high 0.95, medium 0.9"
