"""Letters printed inside an article's body (encoder/ingest/zh_letters.py), on real articles of
``tests/fixtures/rmrb-json-dev/`` and made-up negatives."""

from __future__ import annotations

from pathlib import Path

from encoder.diagnostics import Reporter
from encoder.enrich.structure import structure
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import BlockKind, Letter, Section

from .test_zh_lines import DEV, blocks
from .test_zh_tails import article


def _kinds(found: list, text: str) -> list[BlockKind]:
    return [block.kind for block in found if block.text.strip() == text]


def test_a_letters_title_glued_to_its_salutation_is_cut_off() -> None:
    """1982-07-03: 司福柱第一次来信编辑同志： and 本报群众工作部第二次复信司福柱同志：; 1956-12-03:
    奇怪的理由编辑同志： (a title before the paper's address); 1984-02-05: 苏钢同志的复信文玉明同志：."""
    found = blocks("1982-07-03")
    assert _kinds(found, "司福柱第一次来信") == [BlockKind.INTERTITLE]
    assert _kinds(found, "本报群众工作部第二次复信") == [BlockKind.INTERTITLE]
    assert _kinds(found, "群众工作部的同志们：") == [BlockKind.SALUTATION, BlockKind.SALUTATION]
    found = blocks("1956-12-03")
    assert _kinds(found, "奇怪的理由") == [BlockKind.INTERTITLE]
    assert _kinds(found, "“修行在个人”吗？") == [BlockKind.INTERTITLE]  # (cut off above 编辑同志： already)
    found = blocks("1984-02-05")
    assert _kinds(found, "苏钢同志的复信") == [BlockKind.INTERTITLE]
    assert _kinds(found, "文玉明同志：") == [BlockKind.SALUTATION]


def test_a_closing_formula_and_signer_glued_to_the_last_sentence_are_cut_off() -> None:
    """1982-07-03: …望给予帮助。致以深深的谢意，并致敬礼！司福柱 and 此复。致以敬礼！人民日报群众工作部;
    the date under the signature is its place-date, not a heading."""
    found = blocks("1982-07-03")
    assert _kinds(found, "致以深深的谢意，并致敬礼！") == [BlockKind.VALEDICTION]
    assert _kinds(found, "此复。致以敬礼！") == [BlockKind.VALEDICTION]
    assert _kinds(found, "祝你们身体健康，生活愉快，一切快乐！并致深深的谢意！") == [BlockKind.VALEDICTION]
    assert _kinds(found, "人民日报群众工作部") == [BlockKind.SIGNATURE] * 3
    assert _kinds(found, "司福柱") == [BlockKind.SIGNATURE] * 2
    assert _kinds(found, "1981年11月21日") == [BlockKind.PLACE_DATE]


def test_signer_lines_between_a_letter_and_the_next_or_its_answer_sign_it() -> None:
    """1982-12-04: 河北任县邢湾公社付北大队 / 部分社员群众 above the heading 答复, and the county
    committee closing the answer; 1956-12-03: a unit and two names above the next letter's title;
    1995-12-01: the page closing its reply (a reader's letter signed above)."""
    found = blocks("1982-12-04")
    for signer in ("河北任县邢湾公社付北大队", "部分社员群众", "中共河北省任县委员会"):
        assert _kinds(found, signer) == [BlockKind.SIGNATURE]
    assert _kinds(found, "答复") == [BlockKind.INTERTITLE]
    found = blocks("1956-12-03")
    assert _kinds(found, "中共武汉市第二商业局总支") == [BlockKind.SIGNATURE]
    assert _kinds(found, "金作良\u3000黄美容") == [BlockKind.SIGNATURE]
    assert _kinds(blocks("1995-12-01"), "人民日报《读者之友》版") == [BlockKind.SIGNATURE]


def test_a_signer_and_a_full_date_on_one_line_are_two_blocks() -> None:
    """1984-02-05: 苏　钢　1984年1月25日 above the next letter's title (文玉明同志的信 stays its title)."""
    found = blocks("1984-02-05")
    assert _kinds(found, "1984年1月25日") == [BlockKind.PLACE_DATE]
    assert _kinds(found, "苏\u3000钢") == [BlockKind.SIGNATURE]
    assert _kinds(found, "文玉明同志的信") == [BlockKind.INTERTITLE]


def test_headings_of_a_report_are_no_signatures(tmp_path: Path) -> None:
    """No letter above (no salutation, signature nor note about letters): a short line under a
    sentence's end above a heading, even one reading 答复, stays as it was."""
    parts = ["群众反映的问题已经查清，全县今年小麦丰收。", "县农业局", "答复", "我们立即派人调查。"]
    found = article(tmp_path, "小麦丰收", parts)
    assert BlockKind.SIGNATURE not in {block.kind for block in found}


def test_a_title_glued_to_a_salutation_needs_the_word_for_a_letter(tmp_path: Path) -> None:
    """A paragraph ending in an addressee with no 来信, 复信 (and not before 编辑同志：) stays whole."""
    parts = ["大会开幕了。", "主席致开幕词说各位代表同志们：", "今天我们在这里开会。"]
    found = article(tmp_path, "大会开幕", parts)
    assert BlockKind.INTERTITLE not in {block.kind for block in found}


def test_a_page_of_titled_letters_is_one_section_and_letter_each() -> None:
    """1982-07-03: six letters, each under its title: a section per title holding one letter with
    its opener and closer (the first letter is not made to swallow the others)."""
    (path,) = sorted(DEV.glob("1982-07-03*.json"))
    reporter = Reporter(str(path))
    parsed = parse(read_source(path, reporter=reporter), reporter)
    structure(parsed, reporter)
    content = parsed.texts[0].content
    assert [type(node) for node in content] == [Section] * 6
    letters = [node.content[0] for node in content if isinstance(node, Section)]
    assert all(isinstance(letter, Letter) for letter in letters)
    closers = [[block.kind for block in letter.closer] for letter in letters if isinstance(letter, Letter)]
    assert closers[1] == [BlockKind.VALEDICTION, BlockKind.SIGNATURE, BlockKind.PLACE_DATE]
