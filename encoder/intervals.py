"""How far an accuracy measured on a sample of articles may be from the corpus's: a percentile bootstrap
over articles.

The segments of one article are not independent (one odd article, a page of telegrams or a table the export
glued together, brings many wrong segments at once), so the articles are what is resampled: each round draws as
many articles as the sample has, with replacement, and sums their right and all segments; the interval is the
2.5th and 97.5th percentile of the rounds' accuracies. The seed is fixed, so the figures are the same at every run.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

#: How many resamples an interval is read from.
RESAMPLES = 1000
#: The seed of the resampling (any fixed seed: the figures must not change from run to run).
SEED = 20261204


def interval(articles: Sequence[tuple[int, int]], resamples: int = RESAMPLES, seed: int = SEED) -> tuple[float, float]:
    """The 95 % percentile-bootstrap interval of the accuracy of ``articles``, each given as (right, all)
    segments; (0, 0) with no segment at all."""
    if sum(total for _, total in articles) == 0:
        return 0.0, 0.0
    rng = random.Random(seed)
    accuracies = []
    for _ in range(resamples):
        drawn = rng.choices(articles, k=len(articles))
        right, total = sum(r for r, _ in drawn), sum(t for _, t in drawn)
        accuracies.append(right / total if total else 0.0)
    accuracies.sort()
    return accuracies[int(0.025 * (resamples - 1))], accuracies[int(0.975 * (resamples - 1))]
