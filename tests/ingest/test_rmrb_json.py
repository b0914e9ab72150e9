"""The JSON distribution read directly: the same blocks as its markdown rebuild, diagnostics at
real positions of the JSON file (compact and pretty-printed), schema errors and warnings."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from lxml import etree

from encoder.check import fidelity
from encoder.diagnostics import EncodeError, Reporter
from encoder.ingest.parser import parse
from encoder.ingest.reader import decode
from encoder.model import BlockKind, SourceForm
from encoder.run.pipeline import encode_source

from .conftest import FIXTURES
from .test_later_decades import rebuild

JSON_FILES = sorted((FIXTURES / "rmrb-json").glob("*.json")) + sorted((FIXTURES / "rmrb-json-dev").glob("*.json"))
TELEGRAM = FIXTURES / "rmrb-json-dev" / "1951-08-07_全国人民电贺党的三十周年.json"


def _pretty(path: Path) -> bytes:
    return json.dumps(json.loads(path.read_bytes()), ensure_ascii=False, indent=2).encode("utf-8")


def _parse(data: bytes, name: str = "x.json", reporter: Reporter | None = None):
    return parse(decode(data, name), reporter or Reporter(name))


def test_there_are_148_json_fixtures() -> None:
    assert len(JSON_FILES) == 148


@pytest.mark.parametrize("path", JSON_FILES, ids=lambda p: p.stem[:16])
def test_json_gives_the_blocks_and_header_of_its_markdown_rebuild(path: Path) -> None:
    direct = _parse(path.read_bytes(), path.name)
    rebuilt = _parse(rebuild(path), path.with_suffix(".md").name)
    assert [(b.kind, b.text) for b in direct.texts[0].blocks] == [(b.kind, b.text) for b in rebuilt.texts[0].blocks]
    for name in ("title_zh", "author_zh", "date", "page"):
        mine, theirs = getattr(direct.header, name), getattr(rebuilt.header, name)
        assert (mine and mine.value) == (theirs and theirs.value), name
    assert direct.header.provenance is not None and direct.header.provenance.form is SourceForm.RMRB_JSON


@pytest.mark.parametrize("form", ["compact", "pretty"])
@pytest.mark.parametrize("path", JSON_FILES[::10], ids=lambda p: p.stem[:16])
def test_a_block_span_is_where_its_text_starts_in_the_file(path: Path, form: str) -> None:
    data = path.read_bytes() if form == "compact" else _pretty(path)
    lines = data.decode("utf-8").split("\n")
    article = _parse(data, path.name)
    for block in article.texts[0].blocks:
        at = lines[block.span.line - 1][block.span.column - 1 :]
        first = block.text.split("\n")[0]
        # the files hold no escapes before their texts' characters except \t and \", decoded here
        assert at.replace('\\"', '"').replace("\\t", "\t").startswith(first[:10]), (block.kind, first)


def test_a_span_counts_an_escape_as_one_character() -> None:
    data = (
        '{"title":"标题","authors":[],"dates":[{"year":1951,"month":8,"day":7}],'
        '"parts":[{"type":"paragraph","text":"标题"},\n{"type":"paragraph","text":"\\u4e00\\t句话。\\"好\\""}],'
        '"page_start":1}'
    )
    article = _parse(data.encode("utf-8"))
    paragraph = article.texts[0].blocks[1]
    assert paragraph.text == '一\t句话。"好"'
    assert paragraph.span[1:] == (2, data.split("\n")[1].index("\\u4e00") + 1)


def test_a_json_syntax_error_is_at_its_line_and_column() -> None:
    pretty = _pretty(TELEGRAM).decode("utf-8").replace('"authors": [],', '"authors": []', 1)
    with pytest.raises(EncodeError) as caught:
        _parse(pretty.encode("utf-8"), "t.json")
    diagnostic = caught.value.diagnostic
    assert diagnostic.code == "P008"
    line = next(n for n, text in enumerate(pretty.split("\n"), 1) if '"authors": []' in text)
    assert (diagnostic.line, diagnostic.column) == (line + 1, 3)


@pytest.mark.parametrize(
    ("change", "field", "there"),
    [
        (lambda d: d.update(title=3), "title", "3"),
        (lambda d: d["dates"][0].pop("day"), "dates[0].day", "{"),  # no day: the date itself
        (lambda d: d.update(parts={"text": "x"}), "parts", "{"),
        (lambda d: d["parts"][1].update(text=None), "parts[1]", "{"),
        (lambda d: d.update(authors="张三"), "authors", '"张三"'),
    ],
)
def test_a_schema_error_names_the_field_at_its_place(change, field: str, there: str) -> None:
    data = json.loads(TELEGRAM.read_bytes())
    change(data)
    text = json.dumps(data, ensure_ascii=False, indent=1)
    with pytest.raises(EncodeError) as caught:
        _parse(text.encode("utf-8"))
    diagnostic = caught.value.diagnostic
    assert diagnostic.code == "P009" and diagnostic.message.startswith(field + ":")
    assert text.split("\n")[diagnostic.line - 1][diagnostic.column - 1 :].startswith(there)


def test_an_article_without_text_is_an_error() -> None:
    data = json.loads(TELEGRAM.read_bytes())
    data["parts"] = [{"type": "paragraph", "text": "  "}]
    with pytest.raises(EncodeError) as caught:
        _parse(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    assert caught.value.diagnostic.code == "P003"


def test_an_unexpected_field_is_a_warning_and_kept_as_a_note() -> None:
    data = json.loads(TELEGRAM.read_bytes())
    data["source_url"] = "http://example.org/x"
    data["tags"] = ["a"]
    reporter = Reporter("x.json")
    result = encode_source(decode(json.dumps(data, ensure_ascii=False).encode("utf-8"), "x.json"), reporter=reporter)
    assert result.ok
    assert sorted(d.message.split()[2] for d in result.diagnostics if d.code == "P010") == ["'source_url'", "'tags'"]
    assert b'<note type="source-field" n="source_url">http://example.org/x</note>' in result.tei


def test_the_json_converts_and_its_header_records_path_and_sha256() -> None:
    data = TELEGRAM.read_bytes()
    result = encode_source(decode(data, str(TELEGRAM), name="json/1951/8/234.json"))
    assert result.ok, [str(d) for d in result.diagnostics]
    tree = etree.fromstring(result.tei)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    (bibl,) = tree.findall(".//t:sourceDesc/t:bibl[@type='source-file']", ns)
    values = {idno.get("type"): idno.text for idno in bibl.findall("t:idno", ns)}
    assert values.pop("corpus").startswith("unset: no corpus for rmrb-json files")  # no configuration given
    assert values == {"format": "rmrb-json", "path": "json/1951/8/234.json", "sha256": hashlib.sha256(data).hexdigest()}
    assert [b.kind for b in result.article.texts[0].blocks][:2] == [BlockKind.HEADLINE, BlockKind.PARAGRAPH]


def test_fidelity_compares_with_the_parts_and_points_into_the_json() -> None:
    data = _pretty(TELEGRAM)
    source = decode(data, "t.json")
    result = encode_source(source)
    assert result.ok
    tree = etree.ElementTree(etree.fromstring(result.tei))
    last = tree.getroot().findall(".//{*}body/{*}div//{*}p")[-1]
    last.getparent().remove(last)  # the last part is lost
    (found,) = fidelity.check(source, result.article, tree, Reporter("t.json"))
    assert found.code == "F001"
    line = data.decode("utf-8").split("\n")[found.line - 1]
    assert line[found.column - 1 :].startswith("苏州市苏纶纱厂")
