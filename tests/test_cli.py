"""CLI: main(argv) exit codes, outputs, diagnostics on stderr, atomic writes."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from lxml import etree

from encoder import __version__
from encoder.cli import main

from .conftest import RMRB, SEED


def test_version(capsys) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"encoder {__version__}"


@pytest.mark.parametrize("argv", [[], ["convert"], ["frobnicate"], ["convert", "--no-such-flag", "x"]])
def test_usage_errors_exit_2(argv, capsys) -> None:
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_several_inputs_need_an_output_dir(capsys) -> None:
    assert main(["convert", str(SEED), str(RMRB / "1946-05-19_简讯.md")]) == 2


def test_one_file_to_one_file(tmp_path) -> None:
    target = tmp_path / "seed.xml"
    assert main(["convert", str(SEED), "-o", str(target)]) == 0
    assert etree.parse(str(target)).getroot().tag == "{http://www.tei-c.org/ns/1.0}TEI"
    assert [p.name for p in tmp_path.iterdir()] == ["seed.xml"]


def test_one_file_to_stdout(capsysbinary) -> None:
    assert main(["convert", str(SEED)]) == 0
    assert capsysbinary.readouterr().out.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<TEI")


def test_directory_with_one_bad_file(tmp_path, capsys) -> None:
    tree = tmp_path / "in"
    (tree / "1946").mkdir(parents=True)
    for name in ("1946-05-19_简讯.md", "1946-05-22_人民日报创刊纪念.md"):
        shutil.copy(RMRB / name, tree / "1946" / name)
    (tree / "1946" / "broken.md").write_bytes("### 标题\n\n1946-05-15\n    正文".encode("gb18030"))
    out = tmp_path / "out"
    assert main(["convert", str(tree), "-o", str(out)]) == 1
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["1946/1946-05-19_简讯.xml", "1946/1946-05-22_人民日报创刊纪念.xml", "encoder-report.json"]
    report = json.loads((out / "encoder-report.json").read_text(encoding="utf-8"))
    assert report["summary"]["converted"] == 2 and report["summary"]["failed"] == 1
    (bad,) = [f for f in report["files"] if f["status"] == "failed"]
    assert bad["path"].endswith("broken.md") and "error R001" in bad["diagnostics"][0]
    err = capsys.readouterr().err
    assert f"{tree / '1946' / 'broken.md'}:1:5: error R001" in err
    assert "converted 2 of 3 files, 1 failed" in err


def test_encoding_option_converts_gb18030(tmp_path) -> None:
    source = tmp_path / "gb.md"
    source.write_bytes((RMRB / "1946-05-19_简讯.md").read_text(encoding="utf-8").encode("gb18030"))
    assert main(["convert", str(source), "-o", str(tmp_path / "gb.xml"), "--encoding", "gb18030"]) == 0
    text = "".join(etree.parse(str(tmp_path / "gb.xml")).getroot().itertext())
    assert "【新华社延安十六日电】据中央社南京讯" in text


def test_failed_conversion_leaves_no_file(tmp_path) -> None:
    source = tmp_path / "empty.md"
    source.write_bytes(b"")
    assert main(["convert", str(source), "-o", str(tmp_path / "empty.xml")]) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.md"]


def test_dump(capsys) -> None:
    assert main(["dump", str(RMRB / "1946-05-18_人间地狱_永年城.md")]) == 0
    out = capsys.readouterr().out
    assert "<byline line=8 col=5" in out
    assert out.count("<intertitle ") == 4


def test_dump_bad_file(tmp_path, capsys) -> None:
    bad = tmp_path / "x.md"
    bad.write_bytes(b"\x00\x01\x02\x03\x04\x05\x06")
    assert main(["dump", str(bad)]) == 1
    assert "error R00" in capsys.readouterr().err


def test_python_dash_m(tmp_path) -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "encoder", "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.startswith("encoder ")


def test_run_is_main_with_the_collector_set_for_a_process(monkeypatch, capsys) -> None:
    """The command's entry (:func:`run`) is :func:`main`, with the collector's first threshold
    raised and what is left at the end frozen (not gone over at the exit)."""
    import gc
    import sys

    from encoder.__main__ import GC_THRESHOLD, run

    monkeypatch.setattr(sys, "argv", ["encoder", "--version"])
    thresholds = gc.get_threshold()
    try:
        assert run() == 0
        assert gc.get_threshold()[0] == GC_THRESHOLD and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
    assert capsys.readouterr().out.startswith("encoder ")


def test_internal_error_is_a_diagnostic_and_the_batch_goes_on(tmp_path, monkeypatch, capsys) -> None:
    import encoder.run.pipeline as pipeline

    real = pipeline.write

    def broken(article, version, project=None):
        if "简讯" in article.path:
            raise RuntimeError("boom")
        return real(article, version, project)

    monkeypatch.setattr(pipeline, "write", broken)
    out = tmp_path / "out"
    inputs = [str(RMRB / "1946-05-19_简讯.md"), str(RMRB / "1946-05-22_人民日报创刊纪念.md")]
    assert main(["convert", *inputs, "-o", str(out)]) == 1
    assert sorted(p.name for p in out.iterdir()) == ["1946-05-22_人民日报创刊纪念.xml", "encoder-report.json"]
    assert "error E001: internal error (RuntimeError: boom)" in capsys.readouterr().err


def test_convert_refuses_to_write_invalid_tei(tmp_path, monkeypatch, capsys) -> None:
    import encoder.run.pipeline as pipeline

    real = pipeline.write

    def invalid(article, version, project=None):  # body/div: a type the profile does not have
        return real(article, version, project).replace(b'<div type="original"', b'<div type="chapter"', 1)

    monkeypatch.setattr(pipeline, "write", invalid)
    target = tmp_path / "seed.xml"
    assert main(["convert", str(SEED), "-o", str(target)]) == 1
    assert not target.exists()
    assert "error V01" in capsys.readouterr().err
    assert main(["convert", "--no-validate", str(SEED), "-o", str(target)]) == 0
    assert target.exists()


def test_convert_reads_a_json_file_and_the_json_folder_as_it_is(tmp_path, capsys) -> None:
    from .conftest import FIXTURES

    source = FIXTURES / "rmrb-json-dev" / "1951-08-07_全国人民电贺党的三十周年.json"
    repository = tmp_path / "repo" / "json" / "1951" / "8"
    repository.mkdir(parents=True)
    shutil.copy(source, repository / "234.json")
    shutil.copy(source, repository / "234.md")  # the same output name (and JSON inside: read as such)
    assert main(["convert", str(repository / "234.json"), "-o", str(tmp_path / "one.xml")]) == 0
    assert b'<idno type="path">234.json</idno>' in (tmp_path / "one.xml").read_bytes()
    assert main(["convert", str(tmp_path / "repo"), "-o", str(tmp_path / "out"), "--no-ner"]) == 0
    folder = tmp_path / "out" / "json" / "1951" / "8"
    assert b'<idno type="path">json/1951/8/234.json</idno>' in (folder / "234.xml").read_bytes()
    assert b'<idno type="path">json/1951/8/234.md</idno>' in (folder / "234.md.xml").read_bytes()
    assert "warning C003" in capsys.readouterr().err  # nothing overwritten, and the user is told


def test_an_impossible_date_in_the_text_gets_no_value(tmp_path, capsys) -> None:
    sample = (RMRB / "1946-05-19_简讯.md").read_text(encoding="utf-8")
    source = tmp_path / "d.md"
    source.write_text(sample.replace("国家昨日公布", "国家1946年2月30日和1946年3月1日公布"), encoding="utf-8")
    assert main(["convert", "--no-ner", str(source), "-o", str(tmp_path / "d.xml")]) == 0
    data = (tmp_path / "d.xml").read_text(encoding="utf-8")
    assert "1946年2月30日" in data and 'when="1946-02-30"' not in data  # kept as text, no value
    assert '<date when="1946-03-01">1946年3月1日</date>' in data  # the possible one beside it is tagged
    assert " error " not in capsys.readouterr().err


@pytest.mark.parametrize("command", ["convert", "dump", "align-report"])
def test_an_unknown_encoding_is_a_usage_error(command, capsys) -> None:
    assert main([command, str(SEED), "--encoding", "nosuch"]) == 2
    assert "unknown encoding 'nosuch'" in capsys.readouterr().err


def test_an_output_that_is_the_input_is_refused_before_anything_is_written(tmp_path, capsys) -> None:
    named = tmp_path / "x.xml"
    named.write_bytes(SEED.read_bytes())  # an article source under a .xml name
    other = tmp_path / "x.txt"  # whose output would be x.xml
    other.write_bytes(SEED.read_bytes())
    assert main(["convert", str(other), str(named), "-o", str(tmp_path)]) == 2
    assert f"error C004: the output of {other} would replace the input {named}" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.txt", "x.xml"] and named.read_bytes() == SEED.read_bytes()
    link = tmp_path / "hard.md"
    os.link(other, link)  # the same file under another name
    assert main(["convert", str(other), "-o", str(link)]) == 2
    assert "error C004: the output" in capsys.readouterr().err and link.read_bytes() == SEED.read_bytes()


def test_sigterm_or_ctrl_c_outside_a_run_leaves_nothing(tmp_path, monkeypatch, capsys) -> None:
    import signal
    import time

    import encoder.cli as cli

    def terminated(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the handler interrupts this

    monkeypatch.setattr(cli, "encode", terminated)
    assert main(["convert", str(SEED), "-o", str(tmp_path / "x.xml")]) == 143
    assert "interrupted; no partial file is left" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [] and signal.getsignal(signal.SIGTERM) is signal.SIG_DFL

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "encode", interrupted)
    assert main(["convert", str(SEED), "-o", str(tmp_path / "x.xml")]) == 130


def test_a_reader_that_goes_away_is_no_traceback() -> None:
    import subprocess
    import sys

    process = subprocess.Popen(
        [sys.executable, "-m", "encoder", "dump", *map(str, sorted(RMRB.glob("*.md")))],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stdout.readline().startswith(b"<article ")
    process.stdout.close()  # as `| head -1` does
    _, err = process.communicate(timeout=120)
    assert process.returncode == 1 and b"Traceback" not in err and b"BrokenPipe" not in err, err


_STORY = "这是一段足够长的正文，讲述了工厂里的工人们如何克服困难、改进技术、提高产量，并取得了显著的成绩。"
_LETTER = ["毛主席：", "我们一定以全力支援革命战争，直到最后胜利。", "敬礼！"]
#: The review of blocks-t's cases of the closing, dated and heading rules: (title, parts) by file name.
_BLOCK_CASES = {
    "1960-10-02_story": ("老队长的故事", [_STORY, "一心为集体", _STORY, "老队长说：不行", _STORY, "作风", _STORY]),
    "1960-10-03_report": (
        "一封感谢信",
        ["本报讯　工厂收到了一封来信。信中写道：", "机床厂的同志们：", "机床已经运到。", "新华社记者　张维　李明"],
    ),
    "1960-10-04_diary": ("战地日记", ["（五月三日）连长对我们说：", _STORY, _STORY]),
    "1960-10-05_letter": ("给毛主席的信", [*_LETTER, "晋察冀边区全体同志　十月一日"]),
    "1960-10-06_wish": (
        "给毛主席的信",
        ["敬爱的毛主席：", _STORY, "我们一定奋斗！谨祝您身体健康！", "大寨大队全体社员"],
    ),
    "1960-10-07_speech": ("开幕词", ["（一九八八年九月三十日）各位来宾，各位同志：", _STORY]),
}


def test_the_block_rules_cases_keep_their_text_and_validate(tmp_path) -> None:
    """Every character of the parts reaches the TEI (convert validates what it writes)."""
    source = tmp_path / "in"
    source.mkdir()
    for name, (title, parts) in _BLOCK_CASES.items():
        data = {
            "title": title,
            "authors": [],
            "dates": [{"year": 1960, "month": 10, "day": int(name[8:10])}],
            "parts": [{"type": "paragraph", "text": p} for p in [title, *parts]],
        }
        (source / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["convert", str(source), "-o", str(out), "--no-ner"]) == 0
    for name, (_title, parts) in _BLOCK_CASES.items():
        (xml,) = out.rglob(f"{name}*.xml")
        body = etree.parse(str(xml)).getroot().find("{http://www.tei-c.org/ns/1.0}text")
        assert body is not None
        text = "".join("".join(body.itertext()).split())
        for part in parts:
            assert "".join(part.split()) in text, part
