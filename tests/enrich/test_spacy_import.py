"""spaCy's import (:mod:`encoder.enrich.spacy_import`): numpy's OpenBLAS on one thread, unless the
user says otherwise, and the same English entities as with its threads."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from encoder.enrich import statistical

from .conftest import FIXTURES, SEED

needs_spacy = pytest.mark.skipif(statistical.spacy_model() is None, reason="no spaCy model installed")

_THREADS = (
    "import os, sys\n"
    "from encoder.enrich.spacy_import import import_spacy\n"
    "import_spacy()\n"
    "threads = len(os.listdir('/proc/self/task'))  # OpenBLAS's threads: none but this one\n"
    "print(os.environ.get('OPENBLAS_NUM_THREADS'), threads, 'numpy' in sys.modules)\n"
)


def _run(script: str, *args: str, **env: str) -> str:
    environment = {key: value for key, value in os.environ.items() if key != "OPENBLAS_NUM_THREADS"}
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=True, env={**environment, **env}
    )
    return done.stdout


@needs_spacy
@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="no /proc to count threads")
def test_openblas_gets_one_thread_unless_the_user_sets_it_and_the_environment_is_left_as_it_was() -> None:
    # one thread, the setting gone from os.environ after the import (the caller's later children)
    assert _run(_THREADS).split() == ["None", "1", "True"]
    assert _run(_THREADS, OPENBLAS_NUM_THREADS="2").split() == ["2", "2", "True"]
    # OMP_NUM_THREADS, which OpenBLAS reads too, is the user's say as well
    assert _run(_THREADS, OMP_NUM_THREADS="2").split() == ["None", "2", "True"]


_ENTITIES = (
    "import json, sys\n"
    "if sys.argv[1] == 'threads':\n"
    "    import numpy  # imported first: OpenBLAS keeps its thread per core\n"
    "from encoder.enrich.statistical import spacy_model\n"
    "lines = json.loads(open(sys.argv[2], encoding='utf-8').read())\n"
    "docs = spacy_model().pipe(lines)\n"
    "print(json.dumps([[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in docs]))\n"
)


@needs_spacy
def test_the_english_entities_are_the_same_with_openblas_on_one_thread_and_on_its_own(tmp_path) -> None:
    paths = [SEED, *sorted((FIXTURES / "bilingual").glob("*.txt"))]
    lines = sorted(
        {
            line
            for path in paths
            for line in path.read_text(encoding="utf-8").splitlines()
            if len(line) > 20 and sum(char.isascii() for char in line) > 0.9 * len(line)
        }
    )
    assert len(lines) > 100
    given = tmp_path / "lines.json"
    given.write_text(json.dumps(lines), encoding="utf-8")
    one, own = (json.loads(_run(_ENTITIES, threads, str(given))) for threads in ("one", "threads"))
    assert one == own and sum(map(len, one)) > 100
