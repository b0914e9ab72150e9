"""Tables built once from a library's data and kept in a cache file in the temporary folder
(like jieba's own cache): :mod:`.zh_words` (jieba's dictionary) and :mod:`.zh_pinyin`
(pypinyin's readings)."""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cache_path(kind: str, stamp: str) -> Path:
    """The cache file of ``kind`` for what ``stamp`` says of its sources (a version, their paths,
    sizes and times): another stamp, another file."""
    digest = hashlib.sha1(stamp.encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"encoder-{kind}-{digest}.marshal"


def load_or_build(cache: Path, build: Callable[[], Any], items: int) -> Any:
    """The tuple of ``items`` values in ``cache``; where there is none (or what is there is not
    such a tuple), ``build()``'s, written to ``cache`` atomically (no cache where the folder
    cannot be written: the next process builds it again)."""
    try:
        # marshal.loads of the whole file: marshal.load reads a file object in small pieces
        found = marshal.loads(cache.read_bytes())
        if isinstance(found, tuple) and len(found) == items:
            return found
    except (OSError, EOFError, ValueError, TypeError):
        pass
    built = build()
    try:
        handle, temporary = tempfile.mkstemp(dir=cache.parent, prefix=cache.name, suffix=".part")
        with os.fdopen(handle, "wb") as written:
            marshal.dump(built, written)
        os.replace(temporary, cache)
    except OSError:
        pass
    return built
