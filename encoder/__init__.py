"""encoder: People's Daily articles to TEI P5."""

from __future__ import annotations

__version__ = "0.1.0"

from .run.pipeline import Result, encode, encode_source

__all__ = ["Result", "__version__", "encode", "encode_source"]
