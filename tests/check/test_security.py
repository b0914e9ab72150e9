"""The threat model of the README ("Threat model"), row by row, processor by processor.

Rows: XXE (external entities: a local file, a file outside the input's folder, a URL),
entity expansion ("billion laughs"), DTD fetch / network (SYSTEM, PUBLIC, a parameter
entity), XInclude (/etc/passwd, a file outside the folder), document() / unparsed-text
(pointers in the input). Processors: lxml (``validate --engine lxml``), Jing (``validate
--engine jing``), Saxon (``transform --processor saxon``), libxslt (``transform``, lxml's
XSLT). Evidence without strace: a local server that records every connection and never
answers (nothing connected, nothing hung), and the secrets' text absent from every output
and message. Control tests show that the same files do reach the server and leak the secret
when a processor is handed them without the policy, so the evidence can fail.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from encoder.check.corpus import check_corpus
from encoder.check.validate import SCHEMA_DIR, Validation
from encoder.cli import main
from encoder.diagnostics import Diagnostic
from encoder.transform import transform_file

from .conftest import ROOT
from .hostile import HOSTILE, TOKEN, Listener, leaked, place, within

JING = shutil.which("jing")
SAXON = importlib.util.find_spec("saxonche") is not None
PROCESSORS = ("lxml", "jing", "saxon", "libxslt")
#: Each hostile input and the code that refuses it, whatever the processor.
REFUSED = {
    "xxe-file.xml": "V021",
    "xxe-outside.xml": "V021",
    "xxe-http.xml": "V021",
    "billion-laughs.xml": "V021",
    "dtd-http.xml": "V020",
    "dtd-public.xml": "V020",
    "dtd-parameter-entity.xml": "V021",
    "xinclude-passwd.xml": "V022",
    "xinclude-outside.xml": "V022",
}
ARTICLES = sorted((ROOT / "tei" / "rmrb").glob("1946-05-1*.xml"))[:3]


@pytest.fixture
def put(tmp_path: Path, listener: Listener) -> Callable[[str], Path]:
    return place(tmp_path, listener)


def _available(processor: str) -> None:
    if processor == "jing" and JING is None:
        pytest.skip("jing is not installed (Debian package jing; CI installs it)")
    if processor == "saxon" and not SAXON:
        pytest.skip("saxonche is not installed (pip install '.[saxon]'; CI installs it)")


def _process(processor: str, path: Path, to: str = "text") -> tuple[bytes | None, list[Diagnostic]]:
    """The output (None: none) and the diagnostics of ``processor`` on the file at ``path``."""
    if processor in ("lxml", "jing"):
        return None, Validation(engine=processor).file(path)
    return transform_file(path, to, processor="saxon" if processor == "saxon" else "lxml")


def _everything(data: bytes | None, found: list[Diagnostic]) -> str:
    return (data or b"").decode("utf-8", errors="replace") + "\n".join(str(d) for d in found)


@pytest.mark.parametrize("processor", PROCESSORS)
@pytest.mark.parametrize("name", sorted(REFUSED))
def test_hostile_input_is_refused_before_the_processor_reads_it(
    name: str, processor: str, put: Callable[[str], Path], listener: Listener
) -> None:
    _available(processor)
    path = put(name)
    data, found = within(60, lambda: _process(processor, path))
    assert data is None
    assert {d.code for d in found} == {REFUSED[name]}
    assert all(d.path == str(path) and d.line > 0 and d.column > 0 for d in found), found
    assert listener.requests == []
    assert leaked(_everything(data, found)) == []


@pytest.mark.parametrize("processor", PROCESSORS)
def test_pointers_and_xpath_text_in_the_input_are_never_followed(
    processor: str, put: Callable[[str], Path], listener: Listener
) -> None:
    """document() / unparsed-text row: the input's pointers (http, file, '..') and text that
    looks like those calls reach every processor as data, and nothing is fetched or read."""
    _available(processor)
    path = put("pointers.xml")
    data, found = within(120, lambda: _process(processor, path, "html"))
    if processor in ("saxon", "libxslt"):
        assert data is not None and b"document('http://127.0.0.1:" in data  # shown, as text
    else:
        assert found  # the fixture is not a valid article: the validator did read it
    assert listener.requests == []
    assert leaked(_everything(data, found)) == []


@pytest.mark.parametrize("processor", PROCESSORS)
def test_a_bare_doctype_is_accepted(processor: str, tmp_path: Path) -> None:
    """What the policy refuses is only what would be read or expanded: a DOCTYPE naming
    nothing outside the document does not stop a real article."""
    _available(processor)
    article = ARTICLES[0].read_text(encoding="utf-8")
    path = tmp_path / "bare.xml"
    path.write_text(article.replace("<TEI ", "<!DOCTYPE TEI>\n<TEI ", 1), encoding="utf-8")
    data, found = _process(processor, path)
    assert found == []
    assert processor in ("lxml", "jing") or (data and data == _process(processor, ARTICLES[0])[0])


def _first_request(process: subprocess.Popen, listener) -> bytes:
    """The first request ``listener`` saw while ``process`` ran (up to 60 s; it is then stopped,
    since a parser waiting on the silent server would hang), or b"" when there was none."""
    try:
        deadline = time.monotonic() + 60
        while not listener.requests and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.1)
    finally:
        process.kill()
        process.wait()
    return listener.requests[0] if listener.requests else b""


def test_the_listener_sees_jing_fetch_a_dtd_it_is_handed_directly(put: Callable[[str], Path], listener) -> None:
    """Control: Jing itself, given the file, asks the server for the DTD (and then hangs on
    it: it is stopped here), so an empty request log above is evidence."""
    if JING is None:
        pytest.skip("jing is not installed")
    path = put("dtd-http.xml")
    jing = subprocess.Popen([JING, str(SCHEMA_DIR / "encoder.rng"), str(path)], stdout=subprocess.DEVNULL)
    assert _first_request(jing, listener).startswith(b"GET /tei_all.dtd")


def test_the_listener_sees_saxon_fetch_a_dtd_it_is_handed_directly(put: Callable[[str], Path], listener) -> None:
    """Control: Saxon parsing the file itself (as ``transform --processor saxon`` did) asks the
    server for the DTD."""
    if not SAXON:
        pytest.skip("saxonche is not installed")
    path = put("dtd-http.xml")
    code = (
        f"from saxonche import PySaxonProcessor; PySaxonProcessor(license=False).parse_xml(xml_file_name={str(path)!r})"
    )
    saxon = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert _first_request(saxon, listener).startswith(b"GET /tei_all.dtd")


@pytest.mark.parametrize("name", ["xxe-outside.xml", "xinclude-outside.xml"])
def test_the_secret_leaks_when_a_parser_is_handed_the_file_without_the_policy(
    name: str, put: Callable[[str], Path]
) -> None:
    """Control: lxml with entity resolution (its default) or XInclude puts the token in the tree."""
    tree = etree.parse(str(put(name)), etree.XMLParser(resolve_entities=True))
    tree.xinclude()
    assert leaked(etree.tostring(tree, encoding="unicode")) == [TOKEN]


@pytest.mark.parametrize(
    "command",
    [
        ["validate"],
        ["validate", "--engine", "jing"],
        ["transform", "--to", "text"],
        ["transform", "--to", "text", "--processor", "saxon"],
        ["align-report"],
    ],
    ids=" ".join,
)
def test_the_commands_exit_1_with_positioned_codes_and_no_traceback(
    command: list[str], put: Callable[[str], Path], listener: Listener
) -> None:
    if ("jing" in command and JING is None) or ("saxon" in command and not SAXON):
        pytest.skip("jing or saxonche is not installed")
    path = put("xxe-http.xml")
    done = subprocess.run(
        [sys.executable, "-m", "encoder", *command, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 1
    assert f"{path}:4:3: error V021: the DTD declares the external entity 'remote'" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "<" not in done.stdout  # no output document
    assert listener.requests == []


def _articles(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy(article, folder / article.name)) for article in ARTICLES]


_MEMBERS = {
    "xinclude": (
        lambda text: text.replace("<TEI ", '<TEI xmlns:xi="http://www.w3.org/2001/XInclude" ', 1).replace(
            "</p>", '<xi:include href="/etc/passwd" parse="text"/></p>', 1
        ),
        " error V022: xi:include (href='/etc/passwd')",
    ),
    "dtd": (
        lambda text: text.replace("<TEI ", '<!DOCTYPE TEI SYSTEM "http://LISTENER/tei_all.dtd">\n<TEI ', 1),
        ":2:1: error V020: the DOCTYPE names an external DTD (http://127.0.0.1:",
    ),
}


@pytest.mark.parametrize("member", sorted(_MEMBERS))
@pytest.mark.parametrize("xinclude", [False, True], ids=["embedded", "xinclude"])
def test_corpus_refuses_a_hostile_member_and_leaves_no_corpus(
    xinclude: bool, member: str, tmp_path: Path, listener: Listener, capsys: pytest.CaptureFixture[str]
) -> None:
    """A member with an xi:include or an external DTD: grouped (its root read with the policy's
    options), then refused, and its group gives no file."""
    members = _articles(tmp_path / "out")
    hostile, expected = _MEMBERS[member]
    text = hostile(members[1].read_text(encoding="utf-8")).replace("LISTENER", listener.address)
    members[1].write_text(text, encoding="utf-8")
    assert main(["corpus", str(tmp_path / "out"), *(["--xinclude"] if xinclude else [])]) == 1
    err = capsys.readouterr().err
    assert f"{members[1]}:" in err and expected in err, err
    assert "Traceback" not in err and leaked(err) == [] and listener.requests == []
    assert [p.name for p in (tmp_path / "out" / "corpus").iterdir()] == []  # no corpus, no temporary


def test_corpus_xinclude_refuses_a_member_linked_from_outside_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _articles(tmp_path / "out")
    outside = _articles(tmp_path / "elsewhere")[0]
    (tmp_path / "out" / "zz-linked.xml").symlink_to(outside)
    assert main(["corpus", str(tmp_path / "out"), "--xinclude"]) == 1
    err = capsys.readouterr().err
    assert ":7:3: error V023: XInclude href='../../elsewhere/" in err and " is outside " in err
    assert [p.name for p in (tmp_path / "out" / "corpus").iterdir()] == []


def test_corpus_xinclude_of_members_under_the_folder_is_resolved_and_valid(tmp_path: Path) -> None:
    members = _articles(tmp_path / "out")
    assert main(["corpus", str(tmp_path / "out"), "--xinclude"]) == 0
    written = list((tmp_path / "out" / "corpus").iterdir())
    assert len(written) == 1 and written[0].read_text(encoding="utf-8").count("<xi:include ") == len(members)


def test_check_corpus_refuses_hrefs_to_system_files_urls_and_dot_dot(
    put: Callable[[str], Path], listener: Listener
) -> None:
    path = put("corpus-xinclude.xml")
    found = within(60, lambda: check_corpus(path, Validation(), xinclude=True, root=path.parent))
    assert [(d.code, d.line, d.column) for d in found] == [("V023", 5, 3), ("V023", 6, 3), ("V023", 7, 3)]
    assert listener.requests == [] and leaked("\n".join(map(str, found))) == []


def test_validate_names_foreign_prefixes_in_its_messages_without_crashing(tmp_path: Path) -> None:
    """The XPath of an error under a prefixed element used to raise XPathEvalError
    ('Undefined namespace prefix')."""
    text = ARTICLES[0].read_text(encoding="utf-8").replace("<TEI ", '<TEI xmlns:x="urn:x" ', 1)
    path = tmp_path / "prefixed.xml"
    path.write_text(text.replace("</p>", "<x:note>foreign</x:note></p>", 1), encoding="utf-8")
    found = Validation(engine="lxml").file(path)
    assert found and {d.code for d in found} == {"V010"}
    assert any("/x:note" in d.xpath or "note" in d.message for d in found), found


def test_the_fixtures_are_what_the_rows_say(put: Callable[[str], Path]) -> None:
    """Every hostile fixture is used by a row above (no fixture left untested)."""
    used = set(REFUSED) | {"pointers.xml", "corpus-xinclude.xml", "outside-module.xsl"}
    assert {p.name for p in HOSTILE.iterdir() if p.is_file()} == used
