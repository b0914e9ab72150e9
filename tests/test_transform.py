"""Stylesheets: golden outputs for the seed (made by the CLI), the text equals the source,
valid HTML5, the same result under Saxon, and a real browser."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

import html5lib
import pytest
from lxml import etree

from encoder import transform
from encoder.check.fidelity import _source_units
from encoder.cli import main
from encoder.ingest.reader import read_source
from encoder.run.pipeline import encode
from encoder.transform import OUTPUTS, transform_file, transform_saxon

from .check.hostile import TOKEN, Listener, leaked, within
from .conftest import CHROMIUM, CHROMIUM_FLAGS, GOLDEN, SEED

TRANSFORM_GOLDEN = GOLDEN / "transform"
NAMES = Path(__file__).resolve().parent / "fixtures" / "tei" / "seed-names.xml"
ALIGNED = Path(__file__).resolve().parent / "fixtures" / "aligned"
SAXON = importlib.util.find_spec("saxonche") is not None


def cli(source: Path, to: str, tmp_path: Path, *extra: str) -> bytes:
    target = tmp_path / f"out{OUTPUTS[to].suffix}"
    assert main(["transform", str(source), "--to", to, "-o", str(target), *extra]) == 0
    return target.read_bytes()


@pytest.mark.parametrize("to", sorted(OUTPUTS))
def test_golden_outputs_for_the_seed(to: str, tmp_path, update_goldens: bool) -> None:
    data = cli(NAMES, to, tmp_path)
    golden = TRANSFORM_GOLDEN / f"seed{OUTPUTS[to].suffix}"
    if update_goldens:
        golden.write_bytes(data)
    assert data == golden.read_bytes(), f"{golden} differs (pytest --update-goldens rewrites it)"


@pytest.mark.parametrize("lang,short", [("zh-Hans", "zh"), ("en", "en")])
def test_text_output_equals_the_source_text(lang: str, short: str, tmp_path) -> None:
    result = encode(SEED)
    article = result.article
    tei = tmp_path / "seed.xml"
    tei.write_bytes(result.tei)
    text = cli(tei, "text", tmp_path, "--param", f"lang={lang}").decode("utf-8")
    units = text.split() if short == "en" else list("".join(text.split()))
    expected = [u for u, _, _ in _source_units(read_source(SEED), article.text(short).source_lines, short)]
    assert units == expected


def test_alignment_table_has_one_row_per_link(tmp_path) -> None:
    rows = cli(GOLDEN / "seed.xml", "alignment", tmp_path).decode("utf-8").splitlines()
    assert rows[0] == "zh_id\ten_id\tzh_text\ten_text"
    links = etree.parse(str(GOLDEN / "seed.xml")).xpath("count(//*[local-name()='link'])")
    assert len(rows) - 1 == links == 52
    assert all(len(row.split("\t")) == 4 for row in rows)
    assert rows[4].split("\t")[2] == "台湾海峡地区形成了危险局势 唯一原因是美国侵占中国领土"


def test_alignment_table_joins_n_to_m_links(tmp_path) -> None:
    tei = tmp_path / "briefs.xml"
    tei.write_bytes(encode(ALIGNED / "news-briefs-1-2.txt").tei)
    rows = cli(tei, "alignment", tmp_path).decode("utf-8").splitlines()
    zh_id, en_ids, _, en_text = rows[2].split("\t")
    assert zh_id.endswith(".zh.p1") and en_ids.split()[1].endswith(".en.p2")
    assert en_text.startswith("[Xinhua News Agency, Yan'an, 16th]") and "Wang Yunwu" in en_text


def test_entity_table(tmp_path) -> None:
    rows = cli(NAMES, "entities", tmp_path).decode("utf-8").splitlines()
    assert rows[1].split("\t") == [
        "rmrb-1958-09-21-p2-a4c02de8.per.eisenhower",
        "person",
        "Dwight D. Eisenhower",
        "艾森豪威尔",
        "",
        "2",
    ]
    assert rows[2].split("\t")[4] == "http://www.wikidata.org/entity/Q956 | https://www.geonames.org/1816670"


def test_html_is_well_formed_html5_with_names_dates_and_notes(tmp_path) -> None:
    data = cli(NAMES, "html", tmp_path)
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    document = parser.parse(data)
    assert parser.errors == []
    rows = document.findall(".//tbody/tr")
    assert len([r for r in rows if r.get("class") == "pair"]) == 52
    names = document.findall(".//a[@class='name place']")
    assert [a.get("href") for a in names] == ["#rmrb-1958-09-21-p2-a4c02de8.pl.beijing"] * 2
    assert document.find(".//li[@id='rmrb-1958-09-21-p2-a4c02de8.pl.beijing']/a").get("href").endswith("Q956")
    assert [t.get("datetime") for t in document.findall(".//td//time")] == ["1958-09-12", "1958-09-12"]
    assert len(document.findall(".//aside[@class='note editorial']")) == 2
    assert b"<script" not in data and b"<style>" in data


def test_unmatched_blocks_get_rows_in_place(tmp_path) -> None:
    tei = tmp_path / "air.xml"
    tei.write_bytes(encode(ALIGNED / "air-intrusion-0-1.txt").tei)
    document = html5lib.parse(cli(tei, "html", tmp_path), namespaceHTMLElements=False)
    classes = [row.get("class") for row in document.findall(".//tbody/tr")]
    assert classes == ["pair", "pair", "pair", "unmatched", "unmatched"]
    assert document.findall(".//tbody/tr")[3].find("td[@lang='en']/aside").get("class") == "note translator"


def test_monolingual_html(tmp_path) -> None:
    document = html5lib.parse(cli(GOLDEN / "intertitles.xml", "html", tmp_path), namespaceHTMLElements=False)
    (article,) = document.findall(".//article")
    assert article.get("lang") == "zh-Hans"
    assert len(article.findall("h3")) == 3


def test_xsl_message_becomes_a_diagnostic(tmp_path, capsys) -> None:
    assert (
        main(
            ["transform", str(GOLDEN / "seed.xml"), "--to", "text", "--param", "lang=fr", "-o", str(tmp_path / "x.txt")]
        )
        == 0
    )
    assert 'warning X001: no language division with xml:lang="fr" in this document' in capsys.readouterr().err


def test_transform_usage_and_directories(tmp_path, capsys) -> None:
    assert main(["transform", str(GOLDEN), "--to", "nonsense"]) == 2
    assert main(["transform", str(GOLDEN), "--to", "text", "--param", "novalue"]) == 2
    assert main(["transform", str(GOLDEN), "--to", "text"]) == 2
    assert main(["transform", str(GOLDEN), "--to", "text", "-o", str(tmp_path / "all")]) == 0
    assert len(list((tmp_path / "all").glob("*.txt"))) == len(list(GOLDEN.glob("*.xml")))


def _canonical_html(data: bytes) -> bytes:
    """The parsed document, without the white-space-only text serializers add between tags."""
    document = html5lib.parse(data, treebuilder="lxml", namespaceHTMLElements=False)
    for element in document.getroot().iter():
        if element.text is not None and not element.text.strip():
            element.text = None
        if element.tail is not None and not element.tail.strip():
            element.tail = None
    return etree.tostring(document.getroot(), method="c14n")


@pytest.mark.skipif(not SAXON, reason="saxonche is not installed (pip install '.[saxon]'; CI installs it)")
@pytest.mark.parametrize("to", sorted(OUTPUTS))
@pytest.mark.parametrize("source", [NAMES, GOLDEN / "intertitles.xml"], ids=["bilingual", "chinese"])
def test_saxon_gives_the_same_result(to: str, source: Path, tmp_path) -> None:
    ours = cli(source, to, tmp_path)
    theirs = transform_saxon(source, to)
    if to == "html":  # the doctype is written differently; the documents must be the same
        assert _canonical_html(ours) == _canonical_html(theirs)
    else:
        assert ours == theirs


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (CI installs it)")
def test_browser_renders_both_languages_one_row_per_link(tmp_path) -> None:
    page = tmp_path / "seed.html"
    page.write_bytes(cli(NAMES, "html", tmp_path))
    flags = CHROMIUM_FLAGS
    shot = tmp_path / "seed.png"
    subprocess.run(
        [
            CHROMIUM,
            *flags,
            f"--user-data-dir={tmp_path / 'profile1'}",
            f"--screenshot={shot}",
            "--window-size=1280,1600",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 20_000
    done = subprocess.run(
        [CHROMIUM, *flags, f"--user-data-dir={tmp_path / 'profile2'}", "--dump-dom", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    dom = html5lib.parse(done.stdout, namespaceHTMLElements=False)
    rows = dom.findall(".//table[@class='parallel']/tbody/tr[@class='pair']")
    links = etree.parse(str(NAMES)).xpath("count(//*[local-name()='link'])")
    assert len(rows) == links == 52
    zh = "".join(rows[2].find("td[@lang='zh-Hans']").itertext())
    en = "".join(rows[2].find("td[@lang='en']").itertext())
    assert zh.startswith("我收到了您9月12日的信") and en.startswith("I have received and studied your letter")


# Hostile stylesheets (README, "Threat model": document() / unparsed-text, and writes): the
# stylesheets' folder pointed at tests/fixtures/hostile/xslt/, as ENCODER_XSLT_DIR would.
HOSTILE_XSLT = Path(__file__).resolve().parent / "fixtures" / "hostile" / "xslt"
PROCESSORS = ["lxml", pytest.param("saxon", marks=pytest.mark.skipif(not SAXON, reason="saxonche is not installed"))]


@pytest.fixture
def hostile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transform, "XSLT_DIR", HOSTILE_XSLT)


def test_a_stylesheet_reads_modules_and_documents_of_its_own_folder(hostile: None) -> None:
    """The control (libxslt): xsl:import and document() of a file beside the stylesheet work."""
    data, found = transform_file(NAMES, "text", {"target": "common.xsl"}, "lxml")
    assert found == [] and data is not None
    assert data.count(b"INSIDE-MODULE-READ") == 2  # imported, and read by document()


@pytest.mark.skipif(not SAXON, reason="saxonche is not installed (pip install '.[saxon]'; CI installs it)")
def test_saxon_reads_modules_of_its_folder_but_no_document_at_all(hostile: None) -> None:
    """Saxon is stricter than libxslt: once compiled, it may read no URI, not even beside the
    stylesheet (``allowedProtocols`` cannot name a folder); xsl:import of common.xsl worked."""
    data, found = transform_file(NAMES, "text", {"target": "common.xsl"}, "saxon")
    assert data is None and [d.code for d in found] == ["X003"]
    assert "common.xsl has been prohibited" in found[0].message


@pytest.mark.parametrize("processor", PROCESSORS)
@pytest.mark.parametrize("function", ["document", "unparsed-text"])
@pytest.mark.parametrize("where", ["/etc/hostname", "outside", "network"])
def test_a_stylesheet_reads_nothing_outside_its_folder(
    where: str, function: str, processor: str, hostile: None, tmp_path: Path, listener: Listener
) -> None:
    """document() (libxslt, Saxon) and unparsed-text() (Saxon; libxslt has none and falls back
    to document()) of a system file, a file outside the folder, a URL: X003, nothing read."""
    secret = tmp_path / "outside-secret.xml"
    secret.write_text(f"<secret>{TOKEN}</secret>", encoding="utf-8")
    target = {"/etc/hostname": "file:///etc/hostname", "outside": str(secret)}.get(where)
    target = target or f"http://{listener.address}/document.xml"
    data, found = within(60, lambda: transform_file(NAMES, "text", {"target": target, "function": function}, processor))
    assert data is None
    assert {d.code for d in found} == {"X003"} and all(d.path == str(NAMES) for d in found), found
    assert listener.requests == [] and leaked("\n".join(map(str, found))) == []


@pytest.mark.parametrize("processor", PROCESSORS)
def test_a_stylesheet_importing_a_module_outside_its_folder_is_refused(processor: str, hostile: None) -> None:
    data, found = transform_file(NAMES, "html", None, processor)
    assert data is None and [d.code for d in found] == ["X003"], found
    assert "outside-module.xsl" in found[0].message


@pytest.mark.parametrize(
    ("processor", "to"),
    [
        ("lxml", "entities"),
        pytest.param("saxon", "alignment", marks=pytest.mark.skipif(not SAXON, reason="no saxonche")),
    ],
)
def test_a_stylesheet_writes_no_file(processor: str, to: str, hostile: None, tmp_path: Path) -> None:
    """exsl:document (libxslt: the access control) and xsl:result-document (Saxon: refused when
    compiling, with the external functions off; captured in memory otherwise) write nothing."""
    target = tmp_path / "written.txt"
    data, found = transform_file(NAMES, to, {"target": target.as_uri()}, processor)
    assert data is None and {d.code for d in found} == {"X003"}, found
    assert not target.exists()


@pytest.mark.parametrize("processor", PROCESSORS)
def test_a_parameter_is_a_string_never_an_expression(processor: str, tmp_path: Path) -> None:
    """--param lang=document('…'): our stylesheets get the text, and read nothing."""
    secret = tmp_path / "outside-secret.xml"
    secret.write_text(f"<secret>{TOKEN}</secret>", encoding="utf-8")
    data, found = transform_file(NAMES, "text", {"lang": f"document('{secret.as_uri()}')"}, processor)
    assert data is not None and {d.code for d in found} <= {"X001"}  # libxslt: "no language division …"
    assert all("xml:lang=\"document('file://" in d.message for d in found), found
    assert leaked(data.decode("utf-8") + "\n".join(map(str, found))) == []


@pytest.mark.skipif(not SAXON, reason="saxonche is not installed (pip install '.[saxon]'; CI installs it)")
def test_a_saxon_error_is_a_diagnostic_not_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "text.xsl").write_text(
        '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
        '<xsl:template match="/"><xsl:message terminate="yes">stop here</xsl:message></xsl:template>'
        "</xsl:stylesheet>",
        encoding="utf-8",
    )
    monkeypatch.setattr(transform, "XSLT_DIR", tmp_path)
    data, found = transform_file(NAMES, "text", None, "saxon")
    assert data is None and [d.code for d in found] == ["X002"]
    assert "Processing terminated by xsl:message" in found[0].message
