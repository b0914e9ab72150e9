"""One structure for both languages: the reconcile pass on real bilingual articles.

The fixtures of tests/fixtures/reconcile/ are real People's Daily articles (see SOURCES.md)
with a translation of ours, in the seed's format. Before this pass, two of them gave no file
(V104: the English side's sections were found, the Chinese side's were not)."""

from __future__ import annotations

import pytest
from lxml import etree

from encoder.check.conformance import conforms
from encoder.check.validate import SCHEMA_DIR, Validation, schematron
from encoder.diagnostics import Reporter
from encoder.enrich.ids import assign_ids
from encoder.enrich.reconcile import reconcile, shape
from encoder.enrich.structure import structure
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import Article, BlockKind, Letter
from encoder.run.pipeline import encode

from .conftest import FIXTURES

RECONCILE = FIXTURES / "reconcile"
CASES = sorted(RECONCILE.glob("*.txt"))
RULES = schematron(str(SCHEMA_DIR / "encoder.sch"))


def structured(name: str) -> tuple[Article, Reporter]:
    """The fixture ``name`` parsed, with the structure and ids each language gives on its own."""
    path = str(RECONCILE / f"{name}.txt")
    reporter = Reporter(path)
    article = parse(read_source(path), reporter)
    structure(article, reporter)
    assign_ids(article, reporter)
    return article, reporter


def kinds(article: Article, lang: str) -> list[BlockKind]:
    text = article.text(lang)
    assert text is not None
    return [block.kind for block in text.blocks]


def codes(reporter_or_diagnostics) -> list[str]:
    diagnostics = getattr(reporter_or_diagnostics, "diagnostics", reporter_or_diagnostics)
    return [d.code for d in diagnostics]


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_every_fixture_converts_faithful_valid_and_mirrored(path, tei_all: etree.RelaxNG) -> None:
    result = encode(path, validation=Validation("project", engine="lxml"))
    assert result.tei is not None, [str(d) for d in result.diagnostics]
    assert not {"F001", "V104", "V108"} & set(codes(result.diagnostics))
    tree = etree.ElementTree(etree.fromstring(result.tei))
    assert conforms(tree) is True and RULES.validate(tree)
    assert tei_all.validate(tree), [f"{e.line}: {e.message}" for e in tei_all.error_log]
    assert result.article is not None
    zh, en = result.article.text("zh"), result.article.text("en")
    assert zh is not None and en is not None and shape(zh) == shape(en)


def test_v104_the_numbered_sections_agree_on_both_sides() -> None:
    """一、…，… holds a comma: the Chinese side finds the four by their numbered series; the
    English 1. … and 2. … are intertitles, 3. and 4. are too long for the English rule. Through
    the alignment all four are sections on both sides."""
    article, reporter = structured("intertitles-shijiazhuang")
    assert kinds(article, "zh").count(BlockKind.INTERTITLE) == 4
    assert kinds(article, "en").count(BlockKind.INTERTITLE) == 3  # 1., 2. and the byline Guo Fengming
    assert shape(article.text("zh")) != shape(article.text("en"))  # what V104 refused
    reconcile(article, reporter)
    for lang in ("zh", "en"):
        text = article.text(lang)
        heads = [block.text[:2] for block in text.blocks if block.kind is BlockKind.INTERTITLE]
        assert heads == (["一、", "二、", "三、", "四、"] if lang == "zh" else ["1.", "2.", "3.", "4."])
        assert shape(text) == (4, 0, 0)
    # the English byline (Guo Fengming looks like a heading in English) follows the Chinese one
    assert kinds(article, "en")[1] is BlockKind.BYLINE
    # three guesses follow the other side: the English 3. and 4., and the English byline
    assert codes(reporter).count("S002") == 3 and "S003" not in codes(reporter)


def test_v108_right_aligned_chinese_signatures_make_the_english_signatures() -> None:
    """The English side is given no closing evidence (its closing lines taken as paragraphs, as
    for a translation whose signers are in the middle of no recognisable formula): the
    right-aligned Chinese signers and date line decide for both, one letter each."""
    article, reporter = structured("telegram-soviet-1976")
    en = article.text("en")
    closing = [b for b in en.blocks if b.kind in (BlockKind.SIGNATURE, BlockKind.PLACE_DATE)]
    for block in closing:
        block.kind = BlockKind.PARAGRAPH
    structure(article, reporter)
    assign_ids(article, reporter)
    assert shape(article.text("en"))[1] == 0 and shape(article.text("zh"))[1] == 1  # what V108 refused
    reconcile(article, reporter)
    assert [b.kind for b in closing] == [BlockKind.SIGNATURE, BlockKind.SIGNATURE, BlockKind.PLACE_DATE]
    assert shape(article.text("zh")) == shape(article.text("en")) == (0, 1, 0)


def test_a_telegram_address_is_the_letters_dateline_and_its_salutes() -> None:
    """北京 / Beijing above the addressees: the letter's dateline, not a byline (Chinese) or an
    intertitle (English); the addressees are salutations; the two signers are two signed."""
    article, reporter = structured("telegram-soviet-1976")
    assert kinds(article, "zh")[1] is BlockKind.BYLINE and kinds(article, "en")[1] is BlockKind.INTERTITLE
    reconcile(article, reporter)
    for lang, salutes in (("zh", 1), ("en", 2)):  # the Chinese addressee lines are one block
        (letter,) = article.text(lang).content
        assert isinstance(letter, Letter)
        opener = [b.kind for b in letter.opener]
        assert opener == [BlockKind.PLACE_DATE] + [BlockKind.SALUTATION] * salutes
        closer = [b.kind for b in letter.closer]
        assert closer == [BlockKind.SIGNATURE, BlockKind.SIGNATURE, BlockKind.PLACE_DATE]
    assert "S003" not in codes(reporter)


def test_an_addressee_ending_in_excellency_is_a_salutation_under_its_place_line() -> None:
    """北京 / 中华人民共和国国务院总理周恩来先生阁下: the honorific 阁下 makes the line an addressee
    though it has no colon, so 北京 / Beijing above it is the letter's dateline on both sides."""
    result = encode(RECONCILE / "telegram-iran-1971.txt")
    assert result.article is not None and "S003" not in codes_of(result)
    for lang in ("zh", "en"):
        (letter,) = [node for node in result.article.text(lang).content if isinstance(node, Letter)]
        assert [b.kind for b in letter.opener] == [BlockKind.PLACE_DATE, BlockKind.SALUTATION]


def codes_of(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [d.code for d in result.diagnostics]


def test_sides_that_still_disagree_are_reconciled_with_a_warning(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The same telegram with its addressee written without 阁下 (…周恩来先生, as an address may
    be): the Chinese place line and addressee, same-indent short lines, become one two-line
    intertitle; the English has two: no 1:1 counterpart, so the sections cannot mirror. They are
    made paragraphs on both sides, each with an S003 naming the block, and the file converts."""
    source = (RECONCILE / "telegram-iran-1971.txt").read_text(encoding="utf-8")
    assert source.count("周恩来先生阁下") == 1
    path = tmp_path / "telegram-iran-1971.txt"
    path.write_text(source.replace("周恩来先生阁下", "周恩来先生"), encoding="utf-8")
    result = encode(path)
    assert result.tei is not None
    warnings = [d for d in result.diagnostics if d.code == "S003"]
    assert [(d.line, d.level.name) for d in warnings] == [(34, "WARNING"), (10, "WARNING"), (12, "WARNING")]
    assert all("taken as paragraph, not intertitle" in d.message for d in warnings)
    assert result.article is not None
    zh, en = result.article.text("zh"), result.article.text("en")
    assert shape(zh) == shape(en) == (0, 1, 0)  # the signed message is one letter on each side


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_reconcile_is_idempotent(path) -> None:
    article, reporter = structured(path.stem)
    reconcile(article, reporter)
    first = {lang: kinds(article, lang) for lang in ("zh", "en")}
    ids = [block.id for text in article.texts for block in text.blocks]
    reported = len(reporter.diagnostics)
    reconcile(article, reporter)
    assert {lang: kinds(article, lang) for lang in ("zh", "en")} == first
    assert [block.id for text in article.texts for block in text.blocks] == ids
    assert len(reporter.diagnostics) == reported


def test_a_list_on_one_side_makes_the_paired_paragraphs_list_items() -> None:
    """05-list with the English enumeration read as paragraphs (as a translation without its
    numbers would be): the Chinese items decide for both, and the two lists mirror."""
    path = str(FIXTURES / "bilingual" / "05-list.txt")
    reporter = Reporter(path)
    article = parse(read_source(path), reporter)
    en = article.text("en")
    assert en is not None
    for block in en.blocks:
        if block.kind is BlockKind.LIST_ITEM:
            block.kind = BlockKind.PARAGRAPH
    structure(article, reporter)
    assign_ids(article, reporter)
    reconcile(article, reporter)
    assert kinds(article, "en").count(BlockKind.LIST_ITEM) == kinds(article, "zh").count(BlockKind.LIST_ITEM) == 7
    assert any(d.code == "S002" and "list-item" in d.message for d in reporter.diagnostics)
