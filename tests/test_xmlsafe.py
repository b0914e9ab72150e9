"""The reading policy (encoder/xmlsafe.py): what it refuses, where it says so, what it lets
through, and that every XML parse of the package goes through it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from lxml import etree

from encoder import xmlsafe

PACKAGE = Path(__file__).resolve().parent.parent / "encoder"
_HOSTILE = """<?xml version="1.0"?>
<!-- a comment -->
<!DOCTYPE TEI SYSTEM "http://example.invalid/tei.dtd" [
  <!ENTITY   local "expanded">
  <!ENTITY % remote SYSTEM "http://example.invalid/p.dtd">
]>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">
  <p>&local;</p>   <xi:include href="x.xml"/>
</TEI>
"""


def _refused(data: bytes, **options: bool) -> list[tuple[str, int, int]]:
    with pytest.raises(xmlsafe.Refused) as caught:
        xmlsafe.parse_bytes(data, "x.xml", **options)
    return [(d.code, d.line, d.column) for d in caught.value.diagnostics]


def test_each_refusal_names_its_line_and_column() -> None:
    found = _refused(_HOSTILE.encode())
    assert found == [("V020", 3, 1), ("V021", 4, 3), ("V021", 5, 3), ("V022", 8, 20)]


def test_positions_hold_in_utf16() -> None:
    data = _HOSTILE.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16")
    assert _refused(data) == [("V020", 3, 1), ("V021", 4, 3), ("V021", 5, 3), ("V022", 8, 20)]


def test_xincludes_pass_only_when_the_caller_vets_them() -> None:
    data = b'<a xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="b.xml"/></a>'
    assert _refused(data) == [("V022", 1, 47)]
    tree = xmlsafe.parse_bytes(data, "x.xml", xinclude=True)
    assert tree.getroot()[0].tag == xmlsafe.XI_INCLUDE  # left as it is: nothing included


def test_an_entity_expansion_that_libxml2_stops_is_a_refusal_not_a_parse_error() -> None:
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10 if i else "lol"}">' for i in range(10))
    data = f'<!DOCTYPE a [{lol}]>\n<a b="&l9;"/>'.encode()
    assert _refused(data, huge=True) == [("V021", 1, 14)]


def test_what_names_nothing_outside_the_document_is_read() -> None:
    tree = xmlsafe.parse_bytes(b"<!DOCTYPE a>\n<a>&#x4e2d;&amp;</a>", "x.xml")
    assert tree.getroot().text == "中&"
    with pytest.raises(etree.XMLSyntaxError):
        xmlsafe.parse_bytes(b"<a>&undeclared;</a>", "x.xml")


def test_inside_follows_links_and_refuses_urls_absolute_paths_and_dot_dot(tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.xml").write_text("<a/>")
    (tmp_path / "outside.xml").write_text("<a/>")
    (root / "link.xml").symlink_to(tmp_path / "outside.xml")
    assert xmlsafe.inside(root / "sub" / "a.xml", root) == (root / "sub" / "a.xml").resolve()
    assert xmlsafe.inside((root / "sub" / "a.xml").as_uri(), root) is not None
    for refused in [root / "sub" / ".." / ".." / "outside.xml", root / "link.xml", Path("/etc/passwd")]:
        assert xmlsafe.inside(refused, root) is None
    for url in ["http://127.0.0.1/a.xml", "ftp://host/a.xml", "file://otherhost/a.xml", "/etc/passwd"]:
        assert xmlsafe.inside(url, root) is None


def _parser_names(tree: ast.Module) -> set[str]:
    """Module-level names bound to ``xmlsafe.parser(...)``."""
    return {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign) and _is_policy_parser(node.value)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def _is_policy_parser(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and ast.unparse(node.func) == "xmlsafe.parser"


def test_every_xml_parse_of_the_package_goes_through_the_policy() -> None:
    """No module but xmlsafe calls lxml's parsers itself; ``etree.fromstring`` only with a
    parser of the policy."""
    wrong = []
    forbidden = {"parse", "iterparse", "XMLParser", "XML", "XMLID", "fromstringlist", "XMLPullParser"}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "xmlsafe.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        allowed = _parser_names(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if ast.unparse(node.func.value) != "etree":
                continue
            name = node.func.attr
            parser = node.args[1] if len(node.args) > 1 else None
            safe = parser is not None and (
                _is_policy_parser(parser) or (isinstance(parser, ast.Name) and parser.id in allowed)
            )
            if name in forbidden or (name == "fromstring" and not safe):
                wrong.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: etree.{name}")
    assert wrong == []
