"""The suite's shared paths, so that tests here import them as ``from .conftest import ...``.

Fixtures and options live in tests/conftest.py, which pytest applies to this folder too."""

from ..conftest import FIXTURES, GOLDEN, GOLDEN_VERSION, RMRB, ROOT, SEED, SOURCE, TEI_ALL

__all__ = ["FIXTURES", "GOLDEN", "GOLDEN_VERSION", "RMRB", "ROOT", "SEED", "SOURCE", "TEI_ALL"]
