"""The part tree of a text (encoder/enrich/structure.py), on real articles of the JSON distribution."""

from __future__ import annotations

from encoder.diagnostics import Reporter
from encoder.enrich import AUTHORITY_ONLY, enrich
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import BlockKind, Letter

from .conftest import FIXTURES


def test_a_reply_printed_under_a_letter_is_a_letter_of_its_own() -> None:
    """1969-03-10: the co-operative's letter (salute, body, signed) and the brigade's reply (salute,
    body, closing formula, signed) are two letters, with no S001 demoting their lines."""
    (path,) = (FIXTURES / "rmrb-json-dev").glob("1969-03-10*.json")
    reporter = Reporter(str(path))
    text = enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY).texts[0]
    letters = [node for node in text.content if isinstance(node, Letter)]
    assert len(letters) == len(text.content) == 2
    assert [[b.text for b in letter.opener] for letter in letters] == [
        ["安家堡贫下中农管理商业小组："],
        ["江苏邗江酒甸公社供销社："],
    ]
    assert [[b.kind for b in letter.closer] for letter in letters] == [
        [BlockKind.SIGNATURE],
        [BlockKind.VALEDICTION, BlockKind.SIGNATURE],
    ]
    assert not [d for d in reporter.diagnostics if d.code == "S001"]
