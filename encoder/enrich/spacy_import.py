"""spaCy imported without its command line, which the encoder does not run, and with numpy's
OpenBLAS on one thread."""

from __future__ import annotations

import importlib
import os
import sys
import types
from typing import Any

from ..lazy_re import every_pattern_cached


def import_spacy() -> None:
    """Import spaCy without its command line (``spacy.cli``), which the encoder does not run.

    ``spacy/__init__`` imports ``spacy.cli.info`` for ``spacy.info``, and with it every command
    of ``spacy.cli`` and what they use (requests, typer, weasel, jinja2): a third of spaCy's
    import. A stand-in package holding a forwarding ``info`` is in its place while spaCy is
    imported, and taken away after: a later ``import spacy.cli`` imports the real one.

    numpy, which spaCy imports, starts OpenBLAS with a thread per core, whose start and waiting
    cost CPU time in every process that loads spaCy; the encoder's English entities do not run
    on them (their matrices are multiplied by blis): OpenBLAS gets one thread where numpy is not
    imported yet and ``OPENBLAS_NUM_THREADS`` is not set (the entities are the same: a test)."""
    if "spacy" in sys.modules:
        return
    if "numpy" not in sys.modules:
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
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
    importlib.import_module("spacy")


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
