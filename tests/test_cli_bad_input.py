"""The README's table "Bad input and hostile environment": every row run as it is written.

The table is read from the README; each row's command has its setup here (the files it names,
the environment it needs), one to one. A row passes when the command exits with the row's code,
prints the row's diagnostic code (on stderr, or stdout for ``validate`` and ``align-report``;
or none at warning level and above, for `—`), prints no
traceback and leaves no temporary file; a diagnostic about the content of a file (R, P, V)
gives its line and column.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from encoder.bench import synthesize
from encoder.cli import main

from .conftest import FIXTURES, RMRB, ROOT, SEED

SAMPLE = (RMRB / "1946-05-19_简讯.md").read_text(encoding="utf-8")
HEADING = "## Bad input and hostile environment"


def table() -> list[tuple[str, str, str, int]]:
    """The rows of the README's table: kind, command (without ``encoder``), code, exit."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index(HEADING) :]
    section = section[: section.index("\n## ", 1)]
    rows = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 4 or not cells[1].startswith("`encoder "):
            continue
        kind, command, code, exit_code = cells
        rows.append((kind, command.strip("`").removeprefix("encoder "), code, int(exit_code)))
    return rows


# ------------------------------------------------------------------ the setups, by command

Setup = Callable[[Path, pytest.MonkeyPatch], None]


def _write(name: str, data: bytes | str) -> Setup:
    def setup(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

    return setup


def _all(*setups: Setup) -> Setup:
    def setup(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        for one in setups:
            one(folder, monkeypatch)

    return setup


def _converted(name: str) -> Setup:
    """A TEI file written by encoder (of the sample), under ``name``."""

    def setup(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        (folder / "sample.md").write_text(SAMPLE, encoding="utf-8")
        assert main(["convert", "--no-ner", "-q", str(folder / "sample.md"), "-o", str(folder / name)]) == 0

    return setup


def _locked(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder ``locked`` in which nothing can be created: read-only, or, for root (whom file
    modes do not stop), a stand-in for ``mkstemp`` that refuses as the system would."""
    (folder / "locked").mkdir()
    if os.geteuid() != 0:
        (folder / "locked").chmod(0o500)
        return
    real = tempfile.mkstemp

    def refuse(*args, **kwargs):
        if Path(str(kwargs.get("dir", ""))).name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", refuse)


def _full_disk(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The second output of a run meets a full device."""
    import encoder.run.batch as batch

    real, calls = batch.write_atomic, []

    def write(target: Path, data: bytes) -> None:
        calls.append(target)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(target, data)

    monkeypatch.setattr(batch, "write_atomic", write)


def _full_report(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import encoder.run.report as report

    def atomic(target: Path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(report, "atomic", atomic)


def _unreadable(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sub-folder that cannot be listed: chmod 000, or for root a stand-in (see _locked)."""
    (folder / "unreadable" / "secret").mkdir(parents=True)
    (folder / "unreadable" / "secret" / "hidden.md").write_text(SAMPLE, encoding="utf-8")
    (folder / "unreadable" / "ok.md").write_text(SAMPLE, encoding="utf-8")
    if os.geteuid() != 0:
        (folder / "unreadable" / "secret").chmod(0)
        return
    real = os.scandir

    def scandir(path):
        if Path(path).name == "secret":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def _linked(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (folder / "elsewhere").mkdir()
    (folder / "elsewhere" / "far.md").write_text(SAMPLE, encoding="utf-8")
    (folder / "linked").mkdir()
    (folder / "linked" / "ok.md").write_text(SAMPLE, encoding="utf-8")
    (folder / "linked" / "link").symlink_to(folder / "elsewhere")


def _saxon(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("saxonche", reason="the saxon extra is not installed (CI installs it)")
    _write("broken.xml", "<TEI><p>x</TEI>")(folder, monkeypatch)


def _big(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synthesize(1500, folder / "big")


OK = _write("ok.md", SAMPLE)
GB = _write("gb.md", SAMPLE.encode("gb18030"))
SAME = _all(_write("same/same.md", SAMPLE), _write("same/same.txt", SAMPLE))
FEB30 = _write("feb30.md", SAMPLE.replace("1946-05-19", "1958-02-30"))
ORIGINAL = SEED.read_text(encoding="utf-8")
_ZH = ORIGINAL[ORIGINAL.index("Original:") :]
_EN_AFTER = ORIGINAL.replace(
    _ZH, re.sub(r"(?m)^    [^\n]{30,}$", "    The people of the whole country rejoiced at the news today.", _ZH)
)
_JSON = json.loads(next((FIXTURES / "rmrb-json").glob("*.json")).read_text(encoding="utf-8"))

SETUPS: dict[str, Setup] = {
    "convert gb.md -o gb.xml": GB,
    "convert gb.md -o gb.xml --encoding gb18030": GB,
    "convert ok.md -o ok.xml --encoding nosuch": OK,
    "convert nul.md -o nul.xml": _write("nul.md", SAMPLE.replace("简讯\n", "简\x00讯\n", 1)),
    "convert empty.md -o empty.xml": _write("empty.md", b""),
    "convert blank.md -o blank.xml": _write("blank.md", " \n\t\n\u3000\n"),
    "convert image.md -o image.xml": _write("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
    "convert utf16.md -o utf16.xml": _write("utf16.md", SAMPLE.encode("utf-16")),
    "convert pipe.md -o pipe.xml": lambda folder, monkeypatch: os.mkfifo(folder / "pipe.md"),
    "convert bom.md -o bom.xml": _write("bom.md", b"\xef\xbb\xbf" + SAMPLE.encode("utf-8")),
    "convert crlf.md -o crlf.xml": _write("crlf.md", SAMPLE.replace("\n", "\r\n").encode("utf-8")),
    "convert shapeless.md -o shapeless.xml": _write("shapeless.md", SAMPLE.replace("### ", "", 1)),
    "convert undated.md -o undated.xml": _write("undated.md", SAMPLE.replace("1946-05-19\n", "", 1)),
    "convert month13.md -o month13.xml": _write("month13.md", SAMPLE.replace("1946-05-19", "1946-13-45")),
    "dump feb30.md": FEB30,
    "align-report feb30.md": FEB30,
    "align-report broken.xml": _write("broken.xml", "<TEI><p>x</TEI>"),
    "entities suggest feb30.md ok.md": _all(FEB30, OK),
    "convert textdate.md -o textdate.xml": _write(
        "textdate.md", SAMPLE.replace("国家昨日公布", "国家1946年13月45日公布")
    ),
    "convert broken.json -o broken.xml": _write("broken.json", '{"title": "x", "dates": ['),
    "convert untitled.json -o untitled.xml": _write(
        "untitled.json", json.dumps({k: v for k, v in _JSON.items() if k != "title"}, ensure_ascii=False)
    ),
    "convert english-original.txt -o english-original.xml": _write("english-original.txt", _EN_AFTER),
    "convert two.md -o two.xml": _write("two.md", SAMPLE + "\n" + SAMPLE),
    "convert self.md -o self.md": _write("self.md", SAMPLE),
    "transform t.xml --to html -o t.xml": _converted("t.xml"),
    "convert ok.md gb.md -o existing.txt": _all(OK, GB, _write("existing.txt", "keep me")),
    "transform t.xml u.xml --to text -o existing.txt": _all(
        _converted("t.xml"), _converted("u.xml"), _write("existing.txt", "keep me")
    ),
    "dump ok.md > /dev/full": OK,
    "convert ok.md > /dev/full": OK,
    "transform t.xml --to text > /dev/full": _converted("t.xml"),
    "convert nest -o nest/out": _all(
        _write("nest/ok.md", SAMPLE), _write("nest/out/encoder-report.json", "{}"), _write("nest/out/ok.xml", "old")
    ),
    "convert folder -o folder": _all(_write("folder/ok.md", SAMPLE), _write("folder/encoder-report.json", "{}")),
    "convert same -o same-out": SAME,
    "convert same -o blocker/out": _all(SAME, _write("blocker", "a file, not a folder")),
    "convert ok.md -o locked/ok.xml": _all(OK, _locked),
    "corpus articles -o locked": _all(_converted("articles/t.xml"), _locked),
    "transform t.xml --to text -o locked/t.txt": _all(_converted("t.xml"), _locked),
    "convert same -o full": _all(SAME, _full_disk),
    "convert same -o full-report": _all(SAME, _full_report),
    "convert unreadable -o unreadable-out": _unreadable,
    "convert linked -o linked-out": _linked,
    "transform t.xml --to text --param title-lang=en": _converted("t.xml"),
    "convert same -o sched --scheduler tcp://127.0.0.1:8786": SAME,
    "transform broken.xml --to text --processor saxon": _saxon,
    "validate broken.xml": _write("broken.xml", "<TEI><p>x</TEI>"),
    "convert --no-ner big -o big-out --jobs 2 # then SIGINT": _big,
    "convert --no-ner big -o big-out --jobs 2 # then SIGTERM": _big,
}


@dataclass
class Ran:
    code: int
    err: str


def _in_process(argv: list[str], capsys: pytest.CaptureFixture[str]) -> Ran:
    code = main(argv)
    captured = capsys.readouterr()  # align-report and validate print their findings on stdout
    return Ran(code, captured.err + captured.out)


def _signalled(argv: list[str], signum: int, folder: Path) -> Ran:
    """Run in a subprocess and send ``signum`` to its main process once the run is under way;
    then check what a stopped run leaves: the report, no lines file, no worker left."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "encoder", *argv], stderr=subprocess.PIPE, text=True, env=env)
    out = folder / "big-out"
    lines = out / ".encoder-report.json.lines"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not lines.exists() or lines.stat().st_size < 5000):
        time.sleep(0.05)
    process.send_signal(signum)
    _, err = process.communicate(timeout=120)
    summary = json.loads((out / "encoder-report.json").read_text(encoding="utf-8"))["summary"]
    assert summary["interrupted"] is True and summary["stopped_by"] == signal.Signals(signum).name
    assert 0 < summary["converted"] < 1500 and not lines.exists()
    assert len(list(out.rglob("*.xml"))) == summary["converted"]
    assert not _processes_naming(str(out)), "a worker outlived the run"
    return Ran(process.returncode, err)


def _to_dev_full(argv: list[str], folder: Path) -> Ran:
    """Run with the standard output on /dev/full (every write to it fails with ENOSPC)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "encoder", *argv],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=folder,
        )
    return Ran(done.returncode, done.stderr)


def _processes_naming(text: str) -> list[int]:
    """The processes whose command line holds ``text`` (the workers of a run inherit it)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and text.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


ROWS = table()


def test_the_table_and_the_setups_are_one_to_one() -> None:
    commands = [command for _, command, _, _ in ROWS]
    assert len(commands) == len(set(commands)) >= 25
    assert set(commands) == set(SETUPS)


@pytest.mark.parametrize(("kind", "command", "code", "exit_code"), ROWS, ids=[row[1] for row in ROWS])
def test_row(kind, command, code, exit_code, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    SETUPS[command](tmp_path, monkeypatch)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file() and not p.is_symlink()}
    argv = shlex.split(command.split(" # then ")[0].removesuffix(" > /dev/full"))
    if " # then " in command:
        ran = _signalled(argv, getattr(signal, command.split(" # then ")[1]), tmp_path)
    elif command.endswith(" > /dev/full"):
        ran = _to_dev_full(argv, tmp_path)
    else:
        ran = _in_process(argv, capsys)
    assert ran.code == exit_code, ran.err
    assert "Traceback" not in ran.err
    if code == "usage":
        assert "usage:" in ran.err
    elif code == "—":
        assert not re.search(r": (warning|error) [A-Z]\d{3}:", ran.err), ran.err
    else:
        found = re.search(rf":(\d+):(\d+): (warning|error) {code}:|encoder: error {code}:", ran.err)
        assert found, ran.err
        if code[0] in "RPV" and code != "R006":  # about a place in a file: the place is given (R006: no
            # place: a file or folder that cannot be read)
            assert found.group(1, 2) != ("0", "0"), ran.err
    assert not [p for p in tmp_path.rglob("*.tmp")], "a temporary file was left"
    if exit_code == 2:  # a usage error writes nothing, and no input is touched
        after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file() and not p.is_symlink()}
        assert after == before
