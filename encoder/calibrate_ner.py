"""The calibration rule of the Chinese name CRF's ``cert`` thresholds (``python -m encoder.evaluate_ner
--calibrate``): the precision of the entities in each band of probability, per type and for all types,
and the ``high`` and ``medium`` thresholds derived from it (see ``enrich/models/PROVENANCE.md``)."""

from __future__ import annotations

from collections.abc import Sequence

TYPES = ("PER", "LOC", "ORG")
Span = tuple[int, int, int, str]  # sentence, start, end, type

#: The calibration rule's probability bands (their lower edges; the last runs to 1 inclusive), the
#: edges ``medium`` and ``high`` may take, the precision every band from the edge up must reach,
#: and the size under which a band is judged together with the bands above it.
BANDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99)
MEDIUM_EDGES = (0.5, 0.6, 0.7, 0.8, 0.9)
HIGH_EDGES = (0.9, 0.95, 0.99)
MEDIUM_PRECISION = 0.60
HIGH_PRECISION = 0.95
SMALL_BAND = 30

Band = tuple[float, int, int]  # lower edge, entities, right ones


def bands(expected: set[Span], probabilities: dict[Span, float], kind: str | None = None) -> list[Band]:
    """How many of the entities of type ``kind`` (None: all) fall in each band of :data:`BANDS`
    by their probability, and how many of those are right (in ``expected``); those under the
    lowest band are left out."""
    counts = {edge: [0, 0] for edge in BANDS}
    for span, probability in probabilities.items():
        if (kind is None or span[-1] == kind) and probability >= BANDS[0]:
            edge = max(e for e in BANDS if probability >= e)
            counts[edge][0] += 1
            counts[edge][1] += span in expected
    return [(edge, total, right) for edge, (total, right) in counts.items()]


def judged(table: Sequence[Band]) -> list[float]:
    """The precision each band is judged by: its own, or, with fewer than :data:`SMALL_BAND`
    entities, that of it together with the bands above it, as many as make :data:`SMALL_BAND`
    (all of them if they do not); 1.0 where no entity lies from the band up."""
    out = []
    for index in range(len(table)):
        total = right = 0
        for _, count, good in table[index:]:
            total, right = total + count, right + good
            if total >= SMALL_BAND:
                break
        out.append(right / total if total else 1.0)
    return out


def lowest_edge(table: Sequence[Band], edges: Sequence[float], least: float) -> float:
    """The lowest of ``edges`` from which every band is judged (:func:`judged`) at ``least``
    precision or more; the highest of ``edges`` if none."""
    precisions = judged(table)
    for edge in edges:
        if all(p >= least for (start, _, _), p in zip(table, precisions, strict=True) if start >= edge):
            return edge
    return edges[-1]


def calibrate(expected: set[Span], probabilities: dict[Span, float]) -> dict[str, tuple[float, float]]:
    """The calibration rule: for each type and for all types (``global``), ``high`` = the lowest
    of :data:`HIGH_EDGES` from which every band has precision :data:`HIGH_PRECISION` or more,
    ``medium`` = the lowest of :data:`MEDIUM_EDGES` from which every band has
    :data:`MEDIUM_PRECISION` or more (bands judged as :func:`judged` says)."""
    out = {}
    for kind in (*TYPES, "global"):
        table = bands(expected, probabilities, None if kind == "global" else kind)
        out[kind] = (lowest_edge(table, HIGH_EDGES, HIGH_PRECISION), lowest_edge(table, MEDIUM_EDGES, MEDIUM_PRECISION))
    return out


def calibration_table(expected: set[Span], probabilities: dict[Span, float]) -> list[str]:
    """Rows of the bands' sizes and precisions (as judged, in brackets where pooled) per type and
    for all types, and the thresholds :func:`calibrate` derives from them."""
    derived = calibrate(expected, probabilities)
    rows = ["  type    band         entities  precision (judged)"]
    for kind in (*TYPES, "global"):
        table = bands(expected, probabilities, None if kind == "global" else kind)
        uppers = [*BANDS[1:], 1.0]
        for (edge, total, right), upper, precision in zip(table, uppers, judged(table), strict=True):
            own = right / total if total else 0.0
            shown = f"{own:.3f}" + (f" ({precision:.3f})" if total < SMALL_BAND else "")
            rows.append(f"  {kind:<7} [{edge:.2f},{upper:.2f}{']' if upper == 1.0 else ')'}  {total:8d}  {shown}")
        high, medium = derived[kind]
        rows.append(f"  {kind:<7} derived: high {high}, medium {medium}")
    return rows
