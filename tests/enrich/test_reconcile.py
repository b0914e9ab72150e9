"""One structure for both languages: the reconcile pass on real bilingual articles.

The fixtures of tests/fixtures/reconcile/ are real People's Daily articles (see SOURCES.md)
with a translation of ours, in the seed's format. Before this pass, two of them gave no file
(V104: the English side's sections were found, the Chinese side's were not)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from encoder.check.conformance import conforms
from encoder.check.validate import SCHEMA_DIR, Validation, schematron
from encoder.diagnostics import Reporter
from encoder.enrich.ids import assign_ids
from encoder.enrich.reconcile import agreed_kind, reconcile, shape
from encoder.enrich.structure import structure
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import Article, Block, BlockKind, Letter, Span
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


_BILINGUAL_ORDER = """Title: Order of the Day of the Soviet Minister of War
Author:
Date: 1951-05-03
Page: 4

Order of the Day of the Soviet Minister of War

Xinhua News Agency, Moscow, 1st: Marshal Vasilevsky, Minister of War of the Soviet Union, today issued \
the following order in celebration of May Day:

Comrades soldiers and sergeants! Comrades officers and generals!

Today the working people of the Soviet Union, together with the working people of the whole world, \
celebrate the international holiday of May Day, the day of the solidarity of the working people of all countries.

I congratulate you on the May Day holiday and order a salute of twenty artillery salvoes to be fired today \
in Moscow, Kiev, Minsk and other cities.

Long live our great Soviet people and their heroic army!

<hr />

Original:

### 苏联陆军部长的五一命令

1951-05-03
第4版()
专栏：

    苏联陆军部长的五一命令
    【新华社莫斯科一日电】苏联陆军部长华西列夫斯基元帅今天发布庆祝五一节的命令如下：
    陆军战士与士官同志们！校尉与将军同志们！
    今天，苏联劳动人民与全世界劳动人民一起，庆祝国际劳动人民的节日五一节，这是各国劳动人民团结的节日。
    我祝贺你们五一节，并命令今天在莫斯科、基辅、明斯克及其他城市鸣放礼炮二十响。
    伟大的苏维埃人民和他们的英勇的陆军万岁！
"""


def _salutes(tei: bytes) -> list[str]:
    found = re.findall(r"<salute[^>]*>(.*?)</salute>", tei.decode(), re.S)
    return [re.sub(r"<[^>]+>", "", s) for s in found]


def test_a_bilingual_order_of_the_day_salutes_with_its_address_in_both_languages(tmp_path: Path) -> None:
    """Review of blocks-u: the English salutation is the English address (Comrades …!), as the
    Chinese is (…同志们！), never the news lead announcing the order; both sides mirror."""
    source = tmp_path / "order.txt"
    source.write_text(_BILINGUAL_ORDER, encoding="utf-8")
    result = encode(source)
    assert result.tei is not None, [str(d) for d in result.diagnostics]
    assert not {d.code for d in result.diagnostics} & {"V104", "V108", "D006", "D007", "S003"}
    assert _salutes(result.tei) == [
        "陆军战士与士官同志们！校尉与将军同志们！",
        "Comrades soldiers and sergeants! Comrades officers and generals!",
    ]


def _block(kind: BlockKind, text: str) -> Block:
    return Block(kind, [[text]], Span("x.txt", 1))


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        (
            _block(BlockKind.SALUTATION, "陆军战士与士官同志们！校尉与将军同志们！"),
            _block(BlockKind.SALUTATION, "Xinhua News Agency, Moscow, 1st: Marshal Vasilevsky issued the order:"),
        ),
        (
            _block(BlockKind.SALUTATION, "新华社北京一日电　中共中央今天致电如下："),
            _block(BlockKind.PARAGRAPH, "Xinhua News Agency, Beijing, 1st: The Central Committee today cabled"),
        ),
    ],
)
def test_a_lead_is_never_made_the_salutation_where_the_sides_disagree(zh: Block, en: Block) -> None:
    """Review of blocks-u: a pair whose salutation on one side is a news lead is a paragraph on both
    (a short English lead would otherwise take the Chinese lead's salutation)."""
    assert agreed_kind(zh, en) is BlockKind.PARAGRAPH


def test_salutations_with_no_lead_still_agree() -> None:
    zh = _block(BlockKind.SALUTATION, "亲爱的同志们！")
    en = _block(BlockKind.PARAGRAPH, "Dear comrades")
    assert agreed_kind(zh, en) is BlockKind.SALUTATION


_BILINGUAL_NOTE = """Title: Build a Diligent and Honest Government
Author:
Date: 2000-08-03
Page: 1

Build a Diligent and Honest Government

Editor's note: If you are a cadre in a government office, ask yourself every day what you have done for \
the people. Diligence and honesty are not slogans but daily work.

The Party and government offices and their staff must serve the people wholeheartedly; this is the lesson \
Fujian has drawn from its campaign.

Fuzhou, August 2 (People's Daily): The Fujian Provincial Party Committee today held a meeting to sum up the \
province's campaign to build diligent and honest government offices, which has run for two years and achieved \
marked results.

The meeting called on cadres at every level to keep close ties with the masses and to do practical things for them.

<hr />

Original:

### 建设勤政廉洁的政府

2000-08-03
第1版()
专栏：

    建设勤政廉洁的政府
    编辑点评  如果你是机关干部，不妨每天问一问自己：今天为群众做了些什么？勤政廉洁不是口号，而是每天的工作。
    党政机关和职工必须全心全意为人民服务，这是福建在这场活动中得出的经验。
    本报福州8月2日电　福建省委今天召开会议，总结全省开展两年来的建设勤政廉洁机关活动，这一活动取得了明显成效。
    会议要求各级干部密切联系群众，为群众多办实事。
"""


def test_a_bilingual_note_over_a_report_is_a_note_in_both_languages(tmp_path: Path) -> None:
    """Review of blocks-u: the two paragraphs of the note above the report's lead are the note's in
    the Chinese and in its translation."""
    source = tmp_path / "note.txt"
    source.write_text(_BILINGUAL_NOTE, encoding="utf-8")
    result = encode(source)
    assert result.tei is not None, [str(d) for d in result.diagnostics]
    zh, en = result.tei.decode().split('<div type="translation"')
    assert (zh.count('<note type="editorial"'), en.count('<note type="editorial"')) == (2, 2)
