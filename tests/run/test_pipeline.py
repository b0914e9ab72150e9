"""The pipeline: articles taken together stage by stage give what each gives alone; one
article's failure (bad input, a bug) stays its own; stage timings."""

from __future__ import annotations

import pytest

from encoder.check.validate import Validation
from encoder.run import pipeline
from encoder.run.batch import Options, Task, convert_entries
from encoder.run.pipeline import STAGES, encode, encode_files

from .conftest import RMRB, SEED

SAMPLES = [SEED, *sorted(RMRB.glob("*.md"))[:9]]


@pytest.fixture(scope="module")
def one_by_one() -> list[pipeline.Result]:
    return [encode(path, ner=False) for path in SAMPLES]


def test_files_together_give_the_bytes_each_gives_alone(one_by_one) -> None:
    timings: dict[str, float] = {}
    together = encode_files(SAMPLES, ner=False, timings=timings, validation=Validation("project", engine="lxml"))
    assert [r.tei for r in together] == [r.tei for r in one_by_one]
    assert all(r.tei for r in together)
    assert [[str(d) for d in r.diagnostics] for r in together] == [[str(d) for d in r.diagnostics] for r in one_by_one]
    assert sorted(timings) == sorted(STAGES) and all(seconds > 0 for seconds in timings.values())
    assert all(r.seconds > 0 for r in together)


def test_a_bad_file_and_a_bug_fail_alone(tmp_path, monkeypatch, one_by_one) -> None:
    corrupt = tmp_path / "corrupt.md"
    corrupt.write_bytes(b"### \xb1\xea\xcc\xe2\n\n1950-01-02\n")
    missing = tmp_path / "missing.md"
    real = pipeline.write

    def buggy(article, version, project=None):  # a bug that strikes one article only
        if article.path == str(SAMPLES[2]):
            raise RuntimeError("boom")
        return real(article, version, project)

    monkeypatch.setattr(pipeline, "write", buggy)
    results = encode_files([SAMPLES[0], corrupt, SAMPLES[1], missing, SAMPLES[2], SAMPLES[3]], ner=False)
    assert [r.tei is not None for r in results] == [True, False, True, False, False, True]
    assert results[0].tei == one_by_one[0].tei and results[5].tei == one_by_one[3].tei
    assert [d.code for d in results[1].diagnostics] == ["R001"]
    assert [d.code for d in results[3].diagnostics] == ["R006"]
    assert "internal error (RuntimeError: boom)" in str(results[4].diagnostics[-1])
    assert results[4].article is None and results[0].article is not None


def test_an_output_that_cannot_be_written_fails_alone(tmp_path) -> None:
    blocked = tmp_path / "out" / "blocked.xml"
    blocked.mkdir(parents=True)  # a directory where the output file should go
    tasks = [Task(str(SAMPLES[1]), str(blocked)), Task(str(SAMPLES[2]), str(tmp_path / "out" / "fine.xml"))]
    entries = list(convert_entries(tasks, Options(ner=False)))
    assert [e["status"] for e in entries] == ["failed", "converted"]
    assert "error C001: cannot write" in entries[0]["diagnostics"][-1]
    assert (tmp_path / "out" / "fine.xml").read_bytes().startswith(b"<?xml")


def test_an_invalid_document_fails_alone_with_the_rule_it_breaks(monkeypatch, one_by_one) -> None:
    real = pipeline.write

    def misnumbered(article, version, project=None):  # a writer bug in one article, no inference at fault (V107)
        data = real(article, version, project)
        return (
            data.replace(b'<idno type="local">rmrb-', b'<idno type="local">x-', 1)
            if article.path == str(SAMPLES[1])
            else data
        )

    monkeypatch.setattr(pipeline, "write", misnumbered)
    broken, fine = encode_files(SAMPLES[1:3], ner=False, validation=Validation("project", engine="lxml"))
    assert broken.tei is None and "V107" in {d.code for d in broken.diagnostics}
    assert fine.tei == one_by_one[2].tei


def test_an_invalid_document_an_inference_explains_is_written_degraded(monkeypatch, one_by_one) -> None:
    real = pipeline.write

    def unlinked(article, version, project=None):  # a name pointing nowhere (V101): the names are dropped
        data = real(article, version, project)
        return data.replace(b'ref="#', b'ref="#missing-', 1) if article.path == str(SAMPLES[1]) else data

    monkeypatch.setattr(pipeline, "write", unlinked)
    degraded, fine = encode_files(SAMPLES[1:3], ner=False, validation=Validation("project", engine="lxml"))
    assert degraded.degraded and b'ref="#' not in degraded.tei.split(b"<text")[1]
    assert [d.code for d in degraded.diagnostics if d.code.startswith("D")] == ["D002"]
    assert fine.tei == one_by_one[2].tei
