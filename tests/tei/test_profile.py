"""The profile's names: every kind has one element, and the reader's inverse gives the kind back."""

from __future__ import annotations

from encoder.diagnostics import Reporter
from encoder.enrich import enrich
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import BlockKind, PhraseKind
from encoder.tei import profile
from encoder.tei.reader import read_tei
from encoder.tei.writer import write

from .conftest import FIXTURES, RMRB, SEED

#: JSON articles of later decades holding the decks (kicker, subtitle), a list and captions.
_DEV = FIXTURES / "rmrb-json-dev"
_LATER = [
    _DEV / "1958-08-07_泽登巴尔说_爱好和平的人都赞成中苏公报_阿尔巴尼亚报纸赞颂社会主义国家的团结.json",
    _DEV / "1997-08-05_江主席任免驻外大使.json",
    _DEV / "1953-06-14_访中国科学院访苏代表团.json",
    FIXTURES / "bilingual" / "06-price-table.txt",
]

#: The container each block kind is written in, as the reader sees it (the parent's @type or name).
_CONTAINER = {
    BlockKind.HEADLINE: "original",
    BlockKind.INTERTITLE: "section",
    BlockKind.SALUTATION: "opener",
    BlockKind.VALEDICTION: "closer",
    BlockKind.SIGNATURE: "closer",
    BlockKind.PLACE_DATE: "closer",
    BlockKind.ATTRIBUTION: "cit",
    BlockKind.LIST_ITEM: "list",
    BlockKind.TABLE_ROW: "table",
}


def test_every_block_kind_has_an_element_and_comes_back() -> None:
    assert set(profile.BLOCKS) == set(BlockKind)
    for kind, name in profile.BLOCKS.items():
        assert profile.block_kind(name.element, name.type, _CONTAINER.get(kind, "letter")) is kind, kind


def test_an_epigraph_quote_is_a_paragraph_and_unknown_elements_are_no_block() -> None:
    assert profile.block_kind(profile.QUOTE, None, "cit") is BlockKind.PARAGRAPH
    assert profile.block_kind("note", None, "original") is None
    assert profile.block_kind("div", "letter", "original") is None


def test_every_name_kind_has_an_element_and_a_register_entry_and_comes_back() -> None:
    assert set(profile.NAMES) == {PhraseKind.PERSON, PhraseKind.PLACE, PhraseKind.ORG}
    for kind, name in profile.NAMES.items():
        assert profile.name_kind(name.element) is kind
        assert profile.entry_kind(name.entry) is kind
    assert len({name.register for name in profile.NAMES.values()}) == 3


def test_written_block_kinds_are_read_back(tmp_path) -> None:
    """Through the writer and the reader: each block keeps its kind (the files below hold
    every kind but the translator's note, whose round trip is checked above)."""
    seen: set[BlockKind] = set()
    for path in [SEED, RMRB / "1946-05-15_劳动的妇女们.md", RMRB / "1946-05-18_人间地狱_永年城.md", *_LATER]:
        reporter = Reporter(str(path))
        article = enrich(parse(read_source(path, reporter=reporter), reporter), reporter)
        target = tmp_path / "a.xml"
        target.write_bytes(write(article, "0"))
        read = read_tei(target)
        written = {b.id: b.kind for t in article.texts for b in t.blocks if b.id}
        back = {b.id: b.kind for t in read.texts for b in t.blocks}
        assert back == written, path
        seen |= set(back.values())
    assert seen == set(BlockKind) - {BlockKind.TRANSLATOR_NOTE}
