"""encoder: People's Daily articles to TEI P5."""

from __future__ import annotations

from .run.pipeline import Result, encode, encode_source
from .version import __version__

__all__ = ["Result", "__version__", "encode", "encode_source"]
