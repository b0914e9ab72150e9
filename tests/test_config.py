"""The project configuration (encoder.toml): the repository's own file, defaults, the
conversion date's sources, and coded errors at their line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder import config
from encoder.cli import main
from encoder.version import RELEASE_DATE

from .conftest import ROOT, SEED


def test_the_repository_configuration_names_publisher_licence_and_sources() -> None:
    project = config.load(ROOT / "encoder.toml", environ={})
    assert project.publisher and "encoder project" not in project.publisher
    assert project.licence_uri == "https://creativecommons.org/licenses/by/4.0/"
    assert project.scheme == "local" and project.identifier("rmrb-x") is None
    assert project.date == "2026-11-30"
    rmrb = project.corpus("rmrb-markdown")
    assert rmrb is not None and rmrb.commit == "362bda34396c9c0ea15df763352d80d06f5dc5fa"
    json = project.corpus("rmrb-json")
    assert json is not None and json.commit is None  # files of several commits: none is named


def test_nothing_configured_is_unset_not_invented(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no encoder.toml here
    project = config.load(environ={})
    assert (project.publisher, project.licence_uri, project.scheme, project.sources) == (None, None, None, ())
    assert (project.date, project.date_from) == (RELEASE_DATE, "the release date of this version of encoder")


def test_source_date_epoch_dates_the_conversion_when_the_file_does_not() -> None:
    assert config.default_date({"SOURCE_DATE_EPOCH": "1700000000"}) == ("2023-11-14", "SOURCE_DATE_EPOCH")
    assert config.default_date({"SOURCE_DATE_EPOCH": "not a number"})[0] == RELEASE_DATE


def test_doi_identifiers_are_prefix_and_article_id(tmp_path: Path) -> None:
    path = tmp_path / "encoder.toml"
    path.write_text('[identifier]\nscheme = "DOI"\nprefix = "10.5281/rmrb"\n', encoding="utf-8")
    assert (
        config.load(path, environ={}).identifier("rmrb-1958-09-21-p2-a4c02de8")
        == "10.5281/rmrb/rmrb-1958-09-21-p2-a4c02de8"
    )


@pytest.mark.parametrize(
    "content,line,column,message",
    [
        ('[publication]\npublisher = "x\n', 2, 15, "not valid TOML"),
        ('[publication]\npublisher = "x"\npublsher = "y"\n', 3, 1, "unknown key publication.publsher"),
        ('[identifier]\nscheme = "ISBN"\n', 2, 1, "identifier.scheme must be one of"),
        ('[identifier]\nscheme = "DOI"\n', 2, 1, "identifier.scheme DOI needs identifier.prefix"),
        ('\n[conversion]\ndate = "2026-02-30"\n', 3, 1, "is not a day of the calendar"),
        ('[publication]\nlicence-uri = "CC BY"\n', 2, 1, "licence-uri must be an http(s) URI"),
        ('[sources.rmrb-markdown]\ncorpus = "fangj/rmrb"\ncommit = "main"\n', 3, 1, "must be a git commit"),
        ('[sources.pdf]\ncorpus = "x"\n', 1, 2, "unknown source form 'pdf'"),
        ("[extra]\n", 1, 2, "unknown table [extra]"),
    ],
)
def test_errors_are_coded_at_their_place(tmp_path: Path, content: str, line: int, column: int, message: str) -> None:
    path = tmp_path / "encoder.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(config.ConfigError) as caught:
        config.load(path, environ={})
    diagnostic = caught.value.diagnostic
    assert (diagnostic.code, diagnostic.line, diagnostic.column) == ("C008", line, column)
    assert message in diagnostic.message
    assert str(diagnostic).startswith(f"{path}:{line}:{column}: error C008: ")


def test_convert_refuses_a_bad_configuration_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[publication]\navailability = "open"\n', encoding="utf-8")
    target = tmp_path / "seed.xml"
    assert main(["convert", str(SEED), "-o", str(target), "--config", str(path)]) == 2
    assert not target.exists()
    assert f"{path}:2:1: error C008: publication.availability must be one of" in capsys.readouterr().err


def test_command_line_overrides_reach_the_header(tmp_path: Path) -> None:
    target = tmp_path / "seed.xml"
    argv = ["convert", str(SEED), "-o", str(target), "--config", str(ROOT / "encoder.toml")]
    argv += ["--publisher", "Some Library", "--conversion-date", "2027-01-02"]
    assert main(argv) == 0
    data = target.read_text(encoding="utf-8")
    assert "<publisher>Some Library</publisher>" in data
    assert '<change when="2027-01-02" who=' in data
    assert "creativecommons.org/licenses/by/4.0/" in data  # the rest still from the file
