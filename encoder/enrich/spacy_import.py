"""spaCy imported without its command line, which the encoder does not run, and with numpy's
OpenBLAS on one thread."""

from __future__ import annotations

import importlib
import os
import sys
import types
from typing import Any

from ..lazy_re import every_pattern_cached

#: What OpenBLAS reads for its number of threads, the first one set (see :func:`import_spacy`).
_THREADS = ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS")


def import_spacy() -> None:
    """Import spaCy without its command line (``spacy.cli``), which the encoder does not run.

    ``spacy/__init__`` imports ``spacy.cli.info`` for ``spacy.info``, and with it every command
    of ``spacy.cli`` and what they use (requests, typer, weasel, jinja2): a third of spaCy's
    import. A stand-in package holding a forwarding ``info`` is in its place while spaCy is
    imported, and taken away after: a later ``import spacy.cli`` imports the real one.

    numpy, which spaCy imports, starts OpenBLAS with a thread per core, whose start and waiting
    cost CPU time in every process that loads spaCy; the encoder's English entities do not run
    on them (their matrices are multiplied by blis): OpenBLAS gets one thread where numpy is not
    imported yet and none of ``OPENBLAS_NUM_THREADS``, ``GOTO_NUM_THREADS``, ``OMP_NUM_THREADS``
    (which OpenBLAS reads in this order) is set (the entities are the same: a test). The setting
    is only for the import (OpenBLAS reads it when numpy loads it): the environment is as it was
    after it, for the caller's later child processes."""
    if "spacy" in sys.modules:
        return
    one_thread = "numpy" not in sys.modules and not any(name in os.environ for name in _THREADS)
    if one_thread:
        os.environ["OPENBLAS_NUM_THREADS"] = "1"
    cli, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    sys.modules.update({"spacy.cli": cli, "spacy.cli.info": info})
    try:
        with every_pattern_cached():
            importlib.import_module("spacy")
    except (ImportError, AttributeError):
        pass  # a spaCy that needs more of its command line: imported again below, whole
    finally:
        for stand_in in ("spacy.cli", "spacy.cli.info"):
            sys.modules.pop(stand_in, None)
        if getattr(sys.modules.get("spacy"), "cli", None) is cli:
            del sys.modules["spacy"].cli
    try:
        importlib.import_module("spacy")
    finally:
        if one_thread:
            os.environ.pop("OPENBLAS_NUM_THREADS", None)


def load_pipeline(model: Any, exclude: list[str]) -> Any:
    """``model.load(exclude=exclude)`` of a spaCy model package, the regular expressions spaCy
    compiles meanwhile (its tokenizer's) compiled through the cache of their code
    (:func:`..lazy_re.every_pattern_cached`)."""
    with every_pattern_cached():
        return model.load(exclude=exclude)


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info`` (of ``spacy.cli.info``, imported when called)."""
    from spacy.cli.info import info

    return info(*args, **kwargs)
