"""Validation: the project schema and Schematron, tei_all, messages with real positions."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from encoder.check.validate import SchemaError, Validation
from encoder.cli import main

from .conftest import GOLDEN, ROOT

INVALID = Path(__file__).resolve().parents[1] / "schema" / "invalid"
FOREIGN = Path(__file__).resolve().parents[1] / "fixtures" / "foreign"
JING = shutil.which("jing")


def manifest() -> list[tuple[str, str, str, int, str]]:
    rows = []
    for line in (INVALID / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, engine, code, number, message = line.split("\t")
            rows.append((name, engine, code, int(number), message))
    return rows


@pytest.fixture(scope="module")
def project_lxml() -> Validation:
    return Validation("project", engine="lxml")


def test_at_least_15_invalid_fixtures_each_in_the_manifest() -> None:
    files = sorted(p.name for p in INVALID.glob("*.xml"))
    assert len(files) >= 15
    assert files == sorted({row[0] for row in manifest()})


@pytest.mark.parametrize("name,engine,code,line,message", manifest(), ids=lambda v: str(v))
def test_invalid_fixture(name, engine, code, line, message) -> None:
    if engine == "jing" and JING is None:
        pytest.skip("jing is not installed (CI installs it)")
    found = Validation("project", engine=engine).file(INVALID / name)
    assert any(d.code == code and d.line == line and message in d.message for d in found), "\n".join(
        str(d) for d in found
    )


TEI_INPUTS = sorted(GOLDEN.glob("*.xml")) + sorted(
    (Path(__file__).resolve().parents[1] / "fixtures" / "tei").glob("*.xml")
)


@pytest.mark.parametrize("path", TEI_INPUTS, ids=lambda p: p.stem)
def test_goldens_are_valid_against_the_project_schema(path, project_lxml) -> None:
    assert project_lxml.file(path) == []


@pytest.mark.parametrize("path", TEI_INPUTS, ids=lambda p: p.stem)
def test_goldens_are_valid_against_tei_all(path) -> None:
    assert Validation("tei_all", engine="lxml").file(path) == []


def test_diagnostic_format_and_xpath(project_lxml) -> None:
    (problem,) = project_lxml.file(INVALID / "id-without-prefix.xml")
    assert str(problem).startswith(f'{INVALID / "id-without-prefix.xml"}:80:11: error V103: xml:id="p3"')
    assert problem.xpath == "/TEI/text/body/div/div[2]/p"
    assert str(problem).endswith("(at /TEI/text/body/div/div[2]/p)")


def test_each_schema_is_compiled_once() -> None:
    first, second = Validation("project"), Validation("project")
    assert first.schema is second.schema and first.rules is second.rules


def test_unknown_schema_name() -> None:
    with pytest.raises(SchemaError, match="no schema named 'nonsense'"):
        Validation("nonsense")


def test_guidelines_example_is_valid_tei_all_and_not_our_profile(capsys) -> None:
    example = str(FOREIGN / "tei-guidelines-shortest.xml")
    assert main(["validate", "--schema", "tei_all", example]) == 0
    assert main(["validate", "--engine", "lxml", example]) == 1
    out = capsys.readouterr().out
    assert f"{example}:9:5: error V010: Element title failed to validate attributes (at /TEI/teiHeader/" in out
    assert f"{example}:12:5: error V010: Did not expect element p there (at /TEI/teiHeader/fileDesc/" in out


def test_pandoc_output_fails_tei_all_in_publication_stmt(capsys) -> None:
    pandoc = str(FOREIGN / "pandoc.xml")
    assert main(["validate", "--schema", "tei_all", "--engine", "lxml", pandoc]) == 1
    out = capsys.readouterr().out
    assert out.strip() == (
        f"{pandoc}:10:7: error V010: Did not expect element date there "
        "(at /TEI/teiHeader/fileDesc/publicationStmt/date)"
    )


@pytest.mark.skipif(JING is None, reason="jing is not installed (CI installs it)")
def test_pandoc_output_explained_by_jing(capsys) -> None:
    pandoc = str(FOREIGN / "pandoc.xml")
    assert main(["validate", "--schema", "tei_all", pandoc]) == 1
    out = capsys.readouterr().out
    assert f'{pandoc}:10:13: error V011: element "date" not allowed yet; expected element' in out
    assert '"publisher"' in out


def test_directory_summary_and_exit_code(capsys) -> None:
    assert main(["validate", "--engine", "lxml", str(INVALID)]) == 1
    err = capsys.readouterr().err
    assert f"encoder: {len(list(INVALID.glob('*.xml')))} files, 0 valid," in err
    assert "V103  xml:id=… does not start with the root id …" in err


def test_json_format(capsys) -> None:
    files = [str(GOLDEN / "seed.xml"), str(INVALID / "dangling-ref.xml")]
    assert main(["validate", "--format", "json", "--engine", "lxml", *files]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["files"] == 2 and report["summary"]["invalid"] == 1
    (bad,) = [f for f in report["files"] if not f["valid"]]
    assert bad["diagnostics"][0]["code"] == "V101" and bad["diagnostics"][0]["line"] == 53


def test_usage_errors(tmp_path, capsys) -> None:
    assert main(["validate", str(tmp_path)]) == 2
    assert main(["validate", "--schema", str(tmp_path / "none.rng"), str(GOLDEN / "seed.xml")]) == 2
    assert "no schema named" in capsys.readouterr().err


def test_other_schema_file(capsys) -> None:
    rng = str(ROOT / "schema" / "encoder.rng")
    assert main(["validate", "--schema", rng, str(GOLDEN / "seed.xml")]) == 0


#: A real article (People's Daily, 1946-05-18).
_ARTICLE = ROOT / "tests" / "fixtures" / "rmrb-json-dev" / "1946-05-18_川省公教人员怠工_要求改善待遇.json"


def _encoder(*args: str, schemas: Path | None, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **({"ENCODER_SCHEMA_DIR": str(schemas)} if schemas else {})}
    run = [sys.executable, "-m", "encoder", *args]
    return subprocess.run(run, capture_output=True, text=True, env=env, cwd=cwd, timeout=600, check=False)


def _schemas_without_the_schematron(tmp_path: Path) -> Path:
    schemas = tmp_path / "schema"
    shutil.copytree(ROOT / "schema", schemas)
    (schemas / "encoder.sch").unlink()  # e.g. ENCODER_SCHEMA_DIR naming a folder without it
    return schemas


def test_convert_refuses_at_once_a_schema_folder_without_the_project_schematron(tmp_path: Path) -> None:
    """The project's Schematron is compiled when first run, but read at start: a missing one
    stops the run at once (exit 2, nothing written), as when it was compiled at start."""
    out = tmp_path / "out.xml"
    args = ("convert", str(_ARTICLE), "-o", str(out), "--conversion-date", "2026-01-01")
    done = _encoder(*args, schemas=_schemas_without_the_schematron(tmp_path), cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "cannot use" in done.stderr and "Schematron" in done.stderr
    assert not out.exists()


def _good_and_bad(tmp_path: Path) -> tuple[Path, Path]:
    """A converted article and a copy of it breaking a rule (V107: the idno is not the xml:id)."""
    good = tmp_path / "good.xml"
    made = _encoder(
        "convert", str(_ARTICLE), "-o", str(good), "--conversion-date", "2026-01-01", schemas=None, cwd=tmp_path
    )
    assert made.returncode == 0, made.stderr
    text = good.read_text(encoding="utf-8")
    start = text.index('<idno type="local">') + len('<idno type="local">')
    bad = tmp_path / "bad.xml"
    bad.write_text(text[:start] + "x" + text[start:], encoding="utf-8")
    return good, bad


def test_validate_without_the_project_schematron_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    """``encoder validate`` of a valid file and of one breaking a rule (V107: the idno is not the
    xml:id) with no project Schematron: an error at start (exit 2), no traceback."""
    good, bad = _good_and_bad(tmp_path)
    done = _encoder("validate", str(good), str(bad), schemas=_schemas_without_the_schematron(tmp_path), cwd=tmp_path)
    assert "Traceback" not in done.stderr, done.stderr[-600:]
    assert done.returncode == 2 and "cannot use" in done.stderr


def test_validate_ends_in_an_error_where_the_project_schematron_fails_to_compile(tmp_path: Path) -> None:
    """A project Schematron that reads but does not compile is told when first run (a file that
    breaks a rule): an error (exit 2), no traceback."""
    _, bad = _good_and_bad(tmp_path)
    schemas = tmp_path / "schema"
    shutil.copytree(ROOT / "schema", schemas)
    (schemas / "encoder.sch").write_text('<schema xmlns="http://purl.oclc.org/dsdl/schematron"><x/></schema>')
    done = _encoder("validate", str(bad), schemas=schemas, cwd=tmp_path)
    assert "Traceback" not in done.stderr, done.stderr[-600:]
    assert done.returncode == 2 and "cannot use" in done.stderr
