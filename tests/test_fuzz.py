"""A fuzz campaign (hypothesis) over the readers, the whole pipeline and ``validate`` /
``transform`` on random TEI: no traceback or internal error, exit codes 0, 1 or 2 only, no
partial output, and the fidelity gate holding for every output written.

The inputs are real files mutated: the seed, the rmrb markdown samples and JSON articles of the
fixtures for the readers and the pipeline (lines deleted, duplicated, swapped, cut; random text,
control characters, byte noise inserted), the golden TEI files for ``validate`` and
``transform`` (elements deleted or duplicated, random attributes, random bytes, truncation).

By default each test runs a few dozen cases (seconds). The long campaign runs each test with
``FUZZ_SCALE`` times as many (about 12,000 cases in all)::

    HYPOTHESIS_PROFILE=fuzz nice -n 10 python -m pytest -q -p no:cacheprovider tests/test_fuzz.py
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from encoder.check import fidelity
from encoder.cli import main
from encoder.diagnostics import EncodeError, Reporter
from encoder.ingest.parser import parse
from encoder.ingest.reader import decode
from encoder.run.pipeline import encode_sources
from encoder.tei.writer import parse_tei

from .conftest import FIXTURES, GOLDEN, RMRB, SEED

FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
FUZZ_SCALE = 50


def _examples(default: int) -> int:
    return default * FUZZ_SCALE if FUZZ else default


def _settings(default: int) -> settings:
    return settings(
        max_examples=_examples(default),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
        database=None,
    )


SOURCES = [SEED, *sorted(RMRB.glob("*.md"))[:8], *sorted((FIXTURES / "rmrb-json").glob("*.json"))[:6]]
GOLDENS = sorted(GOLDEN.glob("*.xml"))
_NOISE = st.text(
    alphabet=st.sampled_from(
        list('　 \t。，：—「」【】（）《》·中国人民日报毛泽东延安1958年9月Original:Title Date#\x00\x07\ufeff{}"')
    ),
    max_size=40,
)


@st.composite
def mutated_lines(draw: st.DrawFn, lines: list[str]) -> list[str]:
    """``lines`` with a few random edits: deleted, duplicated, swapped, cut, noise inserted."""
    lines = list(lines)
    for _ in range(draw(st.integers(0, 4))):
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        edit = draw(st.sampled_from(("delete", "duplicate", "swap", "cut", "insert", "append")))
        if edit == "delete":
            del lines[index]
        elif edit == "duplicate":
            lines.insert(index, lines[index])
        elif edit == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif edit == "cut":
            lines[index] = lines[index][: draw(st.integers(0, max(0, len(lines[index]))))]
        elif edit == "insert":
            lines.insert(index, draw(_NOISE))
        else:
            at = draw(st.integers(0, len(lines[index])))
            lines[index] = lines[index][:at] + draw(_NOISE) + lines[index][at:]
    return lines


@st.composite
def mutated_source(draw: st.DrawFn) -> tuple[str, bytes]:
    """A real source file, mutated line by line (and, sometimes, byte by byte)."""
    path = draw(st.sampled_from(SOURCES))
    text = path.read_text(encoding="utf-8")
    data = "\n".join(draw(mutated_lines(text.split("\n")))).encode("utf-8")
    if draw(st.booleans()) and data:
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=6)) + data[at:]
    return path.suffix, data


def _no_crash(diagnostics: list) -> None:
    assert not [d for d in diagnostics if d.code == "E001"], diagnostics


# ------------------------------------------------------------------ readers


@_settings(60)
@given(st.binary(max_size=300), st.sampled_from([None, "utf-8", "gb18030", "latin-1", "utf-16"]))
def test_decode_random_bytes_gives_a_source_or_a_coded_error(data, encoding):
    try:
        source = decode(data, "in.md", encoding)
    except EncodeError as exc:
        assert exc.diagnostic.code.startswith("R")
    else:
        assert all("\n" not in line and "\r" not in line for line in source.lines)


@_settings(60)
@given(mutated_source())
def test_readers_on_mutated_sources_give_an_article_or_a_coded_error(source):
    suffix, data = source
    reporter = Reporter("in" + suffix)
    try:
        article = parse(decode(data, "in" + suffix, None, reporter), reporter)
    except EncodeError as exc:
        assert exc.diagnostic.code[0] in "RP"
    else:
        assert article.texts


@_settings(40)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
        max_leaves=20,
    ),
    st.sampled_from(sorted((FIXTURES / "rmrb-json").glob("*.json"))),
    st.sampled_from(["title", "date", "page", "content", "text", "author", "paragraphs", None]),
)
def test_json_articles_with_random_values_give_an_article_or_a_coded_error(value, path, field):
    """A field of a real JSON article replaced by a random JSON value (or the whole article)."""
    article = json.loads(path.read_text(encoding="utf-8"))
    if field is None or not isinstance(article, dict):
        article = value
    else:
        article[field] = value
    reporter = Reporter("in.json")
    data = json.dumps(article, ensure_ascii=False).encode("utf-8")
    try:
        parse(decode(data, "in.json", None, reporter), reporter)
    except EncodeError as exc:
        assert exc.diagnostic.code[0] in "RP"


# ------------------------------------------------------------------ the whole pipeline


@_settings(12)
@given(mutated_source(), st.booleans())
def test_the_pipeline_on_mutated_sources_fails_cleanly_or_writes_a_faithful_file(source, ner):
    suffix, data = source
    reporter = Reporter("in" + suffix)
    try:
        decoded = decode(data, "in" + suffix, None, reporter)
    except EncodeError:
        return
    (result,) = encode_sources([decoded], ner=ner, reporters=[reporter])
    _no_crash(result.diagnostics)
    if result.tei is None:
        assert any(d.level.name == "ERROR" for d in result.diagnostics)
        return
    again = Reporter("in" + suffix)
    assert result.article is not None
    fidelity.check(decoded, result.article, parse_tei(result.tei), again)
    assert again.max_level is None or again.max_level.name != "ERROR", again.diagnostics


@_settings(6)
@given(st.lists(mutated_source(), min_size=1, max_size=3))
def test_convert_of_mutated_files_exits_0_or_1_and_leaves_only_whole_outputs(tmp_path_factory, sources):
    folder = tmp_path_factory.mktemp("fuzz")
    inputs, out = folder / "in", folder / "out"
    inputs.mkdir()
    for index, (suffix, data) in enumerate(sources):
        (inputs / f"a{index}{suffix}").write_bytes(data)
    code, err = _cli(["convert", str(inputs), "-o", str(out), "--no-ner", "-q"])
    assert code in (0, 1) and "Traceback" not in err and "E001" not in err, err
    report = json.loads((out / "encoder-report.json").read_text(encoding="utf-8"))
    written = sorted(p.name for p in out.rglob("*.xml"))
    summary = report["summary"]
    assert len(written) == summary["converted"] + summary["degraded"]  # every file written is counted
    assert summary["converted"] + summary["degraded"] + summary["failed"] == len(sources)
    assert code == (1 if summary["failed"] else 0)
    for path in out.rglob("*.xml"):
        etree.parse(str(path))  # whole: a written file is well-formed (and was validated)
    assert not list(out.rglob("*.tmp*")) and not list(out.rglob(".*.xml*"))


def _cli(argv: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
    return code, err.getvalue()


# ------------------------------------------------------------------ validate and transform on random TEI


@st.composite
def mutated_tei(draw: st.DrawFn) -> bytes:
    """A golden TEI file with elements deleted or duplicated, random attributes, random bytes
    inserted, or cut short."""
    data = draw(st.sampled_from(GOLDENS)).read_bytes()
    edit = draw(st.sampled_from(("delete", "duplicate", "attribute", "bytes", "truncate", "text")))
    if edit in ("delete", "duplicate", "attribute", "text"):
        root = etree.fromstring(data)
        elements = [e for e in root.iter() if isinstance(e.tag, str)]
        element = elements[draw(st.integers(0, len(elements) - 1))]
        parent = element.getparent()
        if edit == "delete" and parent is not None:
            parent.remove(element)
        elif edit == "duplicate" and parent is not None:
            parent.insert(parent.index(element), copy.deepcopy(element))
        elif edit == "attribute":
            name = draw(st.sampled_from(["n", "type", "ref", "when", "xml:id", "corresp", "{urn:x}a", "rend"]))
            name = name.replace("xml:", "{http://www.w3.org/XML/1998/namespace}")
            element.set(name, draw(st.text(alphabet="ab#:-1 中", max_size=8)))
        elif edit == "text":
            element.text = draw(_NOISE.filter(lambda t: "\x00" not in t and "\x07" not in t and "\ufeff" not in t))
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    if edit == "truncate":
        return data[: draw(st.integers(0, len(data)))]
    at = draw(st.integers(0, len(data)))
    return data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]


@_settings(15)
@given(mutated_tei())
def test_validate_on_random_tei_exits_0_or_1_without_a_traceback(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("tei") / "x.xml"
    path.write_bytes(data)
    code, err = _cli(["validate", "--engine", "lxml", str(path)])
    assert code in (0, 1) and "Traceback" not in err and "internal error" not in err, err


@_settings(15)
@given(mutated_tei(), st.sampled_from(["html", "text", "entities", "alignment"]))
def test_transform_on_random_tei_writes_a_whole_output_or_none(tmp_path_factory, data, output):
    folder = tmp_path_factory.mktemp("tei")
    path, target = folder / "x.xml", folder / "out"
    path.write_bytes(data)
    code, err = _cli(["transform", str(path), "--to", output, "-o", str(target)])
    assert code in (0, 1, 2) and "Traceback" not in err and "internal error" not in err, err
    if code != 0:
        assert not target.exists() or (target.is_dir() and not any(target.iterdir()))
    assert not [p for p in folder.rglob("*") if ".tmp" in p.name]


@pytest.mark.skipif(not FUZZ, reason="the long campaign only (Jing starts a JVM per file)")
@_settings(2)
@given(mutated_tei())
def test_validate_with_jing_on_random_tei_exits_0_or_1(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("tei") / "x.xml"
    path.write_bytes(data)
    code, err = _cli(["validate", "--engine", "jing", str(path)])
    assert code in (0, 1, 2) and "Traceback" not in err and "internal error" not in err, err


def test_the_sources_and_goldens_fuzzed_exist():
    assert len(SOURCES) >= 10 and all(Path(p).is_file() for p in SOURCES) and len(GOLDENS) >= 5
