"""Reading TEI back (for reports) and assembling teiCorpus files."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from encoder.diagnostics import Reporter
from encoder.ingest.reader import read_source
from encoder.model import Article, Block, walk
from encoder.run.pipeline import build_article
from encoder.tei import corpus
from encoder.tei.reader import read_tei
from encoder.tei.writer import write

from .conftest import FIXTURES, RMRB, ROOT, SEED

NS = {"t": "http://www.tei-c.org/ns/1.0"}


def _article(path: Path) -> Article:
    reporter = Reporter(str(path))
    return build_article(read_source(path, reporter=reporter), reporter, ner=False)


@pytest.mark.parametrize("path", [SEED, FIXTURES / "aligned" / "telegrams-2-1.txt", RMRB / "1946-05-19_简讯.md"])
def test_read_tei_gives_back_the_blocks_and_links(tmp_path: Path, path: Path) -> None:
    article = _article(path)
    written = tmp_path / "article.xml"
    written.write_bytes(write(article, "0.0.0"))
    read = read_tei(written)
    assert read.id == article.id
    for original, back in zip(article.texts, read.texts, strict=True):
        assert back.lang == original.lang and back.id == original.id
        blocks = [part for part, _ in walk(original) if isinstance(part, Block) and part.id]
        assert [b.id for b in back.blocks] == [b.id for b in blocks]
    assert [([b.id for b in link.zh], [b.id for b in link.en], link.cert) for link in read.links] == [
        ([b.id for b in link.zh], [b.id for b in link.en], link.cert) for link in article.links
    ]
    linked = {b.id for link in article.links for b in [*link.zh, *link.en]}
    assert {u.block.id for u in read.unaligned} == (
        {b.id for t in read.texts for b in t.blocks} - linked if len(read.texts) > 1 else set()
    )


def _converted(folder: Path) -> list[Path]:
    paths = []
    for source in sorted(RMRB.glob("1946-05-1*.md"))[:3]:
        target = folder / f"{source.stem}.xml"
        target.write_bytes(write(_article(source), "0.0.0"))
        paths.append(target)
    return paths


@pytest.mark.parametrize("xinclude", [False, True])
def test_corpus_groups_by_month_and_embeds_or_includes_members(tmp_path: Path, xinclude: bool) -> None:
    members = _converted(tmp_path)
    (tmp_path / "not-tei.xml").write_text("<x/>", encoding="utf-8")
    groups, left_out = corpus.group(tmp_path, "month")
    assert [g.key for g in groups] == ["1946-05"]
    assert groups[0].members == members
    assert left_out == [tmp_path / "not-tei.xml"]
    target = tmp_path / "corpus" / "1946-05.xml"
    target.parent.mkdir()
    corpus.write(groups[0], target, xinclude)
    root = etree.parse(str(target)).getroot()
    assert root.tag == "{http://www.tei-c.org/ns/1.0}teiCorpus"
    title = root.xpath("string(t:teiHeader/t:fileDesc/t:titleStmt/t:title[@xml:lang='en'])", namespaces=NS)
    assert f"{len(members)} articles" in title
    embedded = root.findall("t:TEI", NS)
    included = root.findall("{http://www.w3.org/2001/XInclude}include")
    assert (len(included), len(embedded)) == ((len(members), 0) if xinclude else (0, len(members)))
    # a corpus written earlier is not a member of the next one
    assert corpus.group(tmp_path, "month")[0][0].members == members


def test_the_committed_corpus_files_are_built_from_the_committed_articles(tmp_path: Path) -> None:
    """``tei/corpus/`` is ``encoder corpus tei --by month`` of the committed ``tei/``: an article
    regenerated without its month's corpus file shows here (the May 1946 one once kept a name its
    article had lost)."""
    from encoder.cli import main

    assert main(["corpus", str(ROOT / "tei"), "--by", "month", "-o", str(tmp_path)]) == 0
    committed = sorted(p.name for p in (ROOT / "tei" / "corpus").glob("*.xml"))
    assert committed == sorted(p.name for p in tmp_path.glob("*.xml"))
    for name in committed:
        assert (tmp_path / name).read_bytes() == (ROOT / "tei" / "corpus" / name).read_bytes(), name
