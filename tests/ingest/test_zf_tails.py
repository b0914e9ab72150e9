"""Round zf's tails: a unit (or a place) and its writer in brackets closing a text, on real input (dev fixtures and
unlabelled articles of the development corpus) and the near misses that must keep their kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.ingest import classify, zh_ends, zh_telegrams
from encoder.model import Block, BlockKind

from ..enrich.test_zh_pieces import article, blocks, kind_of

_BODY = "这个县今年粮食生产获得了全面丰收，农民群众的生活得到了显著的改善，干部和群众的干劲更足了。"


# --- a unit or a place and its writer in brackets (zh_ends._UNIT_AND_WRITER) -------------------------------------


@pytest.mark.parametrize(
    ("prefix", "line"),
    [
        ("2002-11-01_一个农民的祝福", "（湖北省公安县  赵仁元）"),  # a place, padding, the name
        ("1950-07-02_各地简讯", "（华北军大娄铁钧）"),  # a unit and the name run on, closing a piece
        ("1949-05-05_良乡组织医生下乡", "（良乡政治处张雷）"),  # unlabelled
    ],
)
def test_a_unit_and_its_writer_alone_in_brackets_under_the_last_sentence_is_a_byline(prefix: str, line: str) -> None:
    assert kind_of(blocks(prefix), line) is BlockKind.BYLINE


def test_a_unit_and_its_writer_glued_to_the_last_sentence_is_cut_off_as_a_byline() -> None:
    """1947-09-04 新华书店人员: …的思想圪塔，…。（书店通讯组、毛）."""
    assert kind_of(blocks("1947-09-04_新华书店人员"), "（书店通讯组、毛）") is BlockKind.BYLINE


@pytest.mark.parametrize(
    "text",
    [
        "（书店通讯组、毛）",
        "（白错工作组、联合办公室）",
        "（华北军大娄铁钧）",
        "（湖北省公安县  赵仁元）",
        "（良乡政治处张雷）",
        "（湖北省公安县  张为民）",  # 为 in the writer's name, after the padding
        "（湖北省公安县、刘之光）",
    ],
)
def test_closing_writers_reads_a_unit_and_its_writer(text: str) -> None:
    assert zh_ends.closing_writers(text)


@pytest.mark.parametrize(
    "text",
    [
        "（新华社太岳分社）",  # an agency's branch: a credit (1946-08-01 太岳矿业在发展中)
        "（参加中央局土地会议代表反省之一）",  # what the text is (1948-01-07 我对待家庭问题的地主立场)
        "（新华社据塔斯社莫斯科一日讯）",  # a credit
        "（作者为河北省教育厅副厅长）",  # the author's note, a clause
        "（河北省教育厅为民办公室）",  # 为 before any padding: a clause
        "（湖北省公安县  我的家）",  # 的 anywhere: a clause
        "（一九五〇年十二月于北京市）",  # a date
        "（北京市）",  # a place alone
        "（河北省保定）",  # places run on: a writer is run on after an office only
        "（北京市王府井）",
        "（摘自县委通讯组）",  # a source
    ],
)
def test_closing_writers_reads_no_credit_date_clause_or_place_alone(text: str) -> None:
    assert not zh_ends.closing_writers(text)


def test_a_unit_in_brackets_inside_the_last_sentence_stays_in_its_paragraph(tmp_path: Path) -> None:
    last = "余粮全部交给了县里的供销社（城关区供销社）。"
    found = article(tmp_path, "矿业在发展中", [_BODY, last])
    assert kind_of(found, last) is BlockKind.PARAGRAPH


# --- a line under the title ending in a colon that tells, no address (classify._telling) ----------------------


def test_a_narrative_clause_under_the_title_ending_in_a_colon_is_no_salutation() -> None:
    """1947-07-01 老太太对得很！: 毛主席的结论 / 抗战期间，陕甘宁联防军里发生了这样一件事情： / 有一次部队…"""
    found = blocks("1947-07-01_老太太对得很")
    assert kind_of(found, "抗战期间，陕甘宁联防军里发生了这样一件事情：") is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("prefix", "line"),
    [
        ("1958-08-01_塔斯社就巴格达条约", "新华社31日讯\u3000塔斯社莫斯科30日电：塔斯社声明："),
        ("1971-12-07_苏联塔斯社的声明", "新华社七日讯\u3000苏联塔斯社十二月五日发表的声明，全文如下："),  # unlabelled
    ],
)
def test_a_dateline_announcing_the_statement_under_the_title_is_the_reports_paragraph(prefix: str, line: str) -> None:
    assert kind_of(blocks(prefix), line) is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("prefix", "line"),
    [
        ("1948-06-04_通讯往来_第三十号", "各分社，边缘区各县联合办公室，通讯员同志："),  # 讯 of 通讯员, no dateline
        ("1963-10-06_宿谷荣一的报告", "中国朋友们，日本朋友们："),
    ],
)
def test_an_address_under_the_title_is_still_the_salutation(prefix: str, line: str) -> None:
    assert kind_of(blocks(prefix), line) is BlockKind.SALUTATION


def test_an_address_with_a_clause_in_its_addressees_under_the_title_is_still_the_salutation(tmp_path: Path) -> None:
    """Near miss: 了 in a clause describing the addressees (参加了…的…同志们：) tells nothing: an address."""
    found = article(tmp_path, "给志愿军的慰问信", ["参加了抗美援朝的志愿军同志们：", _BODY, _BODY])
    assert kind_of(found, "参加了抗美援朝的志愿军同志们：") is BlockKind.SALUTATION
    assert not classify._telling("参加了抗美援朝的志愿军同志们：")  # (zh_addresses would mend it over a paragraph)
    assert classify._telling("抗战期间，陕甘宁联防军里发生了这样一件事情：")


# --- a remark after the authors on their line under the title (zh_ends._AUTHORS_REMARK) --------------------------


@pytest.mark.parametrize(
    ("prefix", "line"),
    [
        ("1982-06-02_维护民族团结", "全国人大民族委员会\u3000王天玺（彝族）"),  # the field: 王天玺
        ("1965-06-01_倒垃圾", "安徽蚌埠蚌山路第二小学六年级一班集体创作"),  # the field: …一班集体
    ],
)
def test_the_authors_line_with_a_remark_after_the_names_is_the_byline(prefix: str, line: str) -> None:
    assert kind_of(blocks(prefix), line) is BlockKind.BYLINE


@pytest.mark.parametrize(
    ("text", "authors", "expected"),
    [
        ("傲腾（蒙古族）", "傲腾", True),  # 1997-07-09 绿，我生命的底色 (unlabelled)
        ("时盘棋  摄影报道", "时盘棋", True),
        ("王天玺", "王天玺", True),
        ("全国人大民族委员会（彝族）", "王天玺", False),  # another's nationality: no author named
        ("王天玺访问了凉山（彝族）", "王天玺", False),  # a sentence naming the author, the remark read away
        ("（彝族）", "王天玺", False),
    ],
)
def test_authors_line_reads_the_remark_away_only_after_the_authors(text: str, authors: str, expected: bool) -> None:
    assert zh_ends.authors_line(text, authors) is expected


# --- a message's signer left a paragraph or read as a heading (zh_telegrams.headed_signers) ----------------------


def kinds_of(found: list[Block], text: str) -> list[BlockKind]:
    """The kinds of the blocks whose text is ``text`` (white space at its edges aside)."""
    return [block.kind for block in found if block.text.strip() == text]


@pytest.mark.parametrize(
    ("prefix", "line"),
    [
        ("1954-05-01_我全国总工会代表", "中华全国总工会\u3000主席赖若愚"),  # above the next telegrams' heading
        ("1951-01-03_读者来信", "图们机务段技工  关更生"),  # above the next letter's title and address
        ("1962-10-02_庆祝中华人民共和国成立十三周年", "阿尔及利亚民主人民共和国总理\u3000艾哈迈德·本·贝拉"),
        ("1958-10-03_苏中友协理事会主席", "苏中友好协会理事会主席\u3000安·安德烈耶夫"),  # unlabelled: …的贺电
    ],
)
def test_the_signer_under_an_unsigned_messages_last_sentence_is_its_signature(prefix: str, line: str) -> None:
    assert set(kinds_of(blocks(prefix), line)) == {BlockKind.SIGNATURE}


def test_a_slogan_under_an_unsigned_letters_last_sentence_is_no_signature(tmp_path: Path) -> None:
    """Near miss: a slogan padded into a couplet's halves between a letter's last sentence and a report's lead
    (where only ``headed_signers`` reads a signer) is none (a signature before the second reading of round zf)."""
    lead = "新华社北京五日电\u3000各地读者纷纷来信。"
    found = article(tmp_path, "读者来信", ["编辑同志：", _BODY, "全党动员\u3000全民动手", lead])
    assert kind_of(found, "全党动员\u3000全民动手") is BlockKind.INTERTITLE


def test_a_heading_in_a_speech_or_under_a_signed_letter_stays_a_heading(tmp_path: Path) -> None:
    found = article(tmp_path, "在大会上的讲话", ["同志们：", _BODY, "加强农业生产", _BODY, _BODY])
    assert kind_of(found, "加强农业生产") is BlockKind.INTERTITLE  # no signer's shape
    found = article(
        tmp_path, "读者来信", ["编辑同志：", _BODY, "读者\u3000王明", "十二月二十日", "中华全国总工会", _BODY]
    )
    assert kind_of(found, "中华全国总工会") is BlockKind.INTERTITLE  # the letter signed already
    found = article(tmp_path, "全国总工会", [_BODY, "中华全国总工会", _BODY])
    assert kind_of(found, "中华全国总工会") is BlockKind.INTERTITLE  # no message: no address, no title calling one
    found = article(tmp_path, "读者来信", ["编辑同志：", _BODY, "中华全国总工会", _BODY, "读者\u3000王明"])
    assert kind_of(found, "中华全国总工会") is BlockKind.INTERTITLE  # the letter goes on under it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中华全国总工会", True),
        ("中央防疫委员会", True),
        ("中华人民共和国外交部", True),
        ("北京市人民政府", True),
        ("图们机务段技工  关更生", True),
        ("这是我们的社会", False),  # a word ending as a body's head word: no body
        ("大家一起来开会", False),
        ("全心全意依靠干部", False),
        ("一切服从全局", False),
        ("顾全大局", False),
        ("全体社员\u3000团结一致", False),  # a slogan: a couplet's halves of four
        ("发动农民\u3000搞好生产", False),
        ("中国人民\u3000万岁", False),  # a cheer
        ("老挝首相\u3000富马亲王", True),  # a post and a name of four
        ("红旗大队\u3000全体社员", True),  # a unit and all its members
    ],
)
def test_a_signers_line_is_a_body_by_its_head_word_not_a_word_ending_so(text: str, expected: bool) -> None:
    assert zh_telegrams._signer_line(text) is expected


# --- a name of two set apart by a full-width space (zh_ends.NAME) ------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "line", "kind"),
    [
        ("1983-05-01_天安门前生机盎然", "本报记者\u3000肖\u3000翔摄", BlockKind.BYLINE),
        ("1969-11-03_以带头人的思想革命化", "沈\u3000勤摄", BlockKind.BYLINE),  # glued to （新华社稿）, its credit
        ("1969-11-03_以带头人的思想革命化", "（新华社稿）", BlockKind.CREDIT),
        ("1957-01-16_帮助生产部门解决技术问题", "（希\u3000令）", BlockKind.BYLINE),  # unlabelled: glued, cut off
    ],
)
def test_a_padded_name_of_two_is_read_as_a_name(prefix: str, line: str, kind: BlockKind) -> None:
    assert set(kinds_of(blocks(prefix), line)) == {kind}


def test_headings_spaced_out_character_by_character_are_no_names(tmp_path: Path) -> None:
    assert set(kinds_of(blocks("1969-07-05_和贫下中农结合"), "初\u3000经\u3000考\u3000验")) == {BlockKind.INTERTITLE}
    found = article(tmp_path, "矿业在发展中", ["前\u3000言", _BODY, _BODY])
    assert kind_of(found, "前\u3000言") is BlockKind.PARAGRAPH  # (as before: a heading of two is no byline)
    assert not zh_ends.REPORTER_LINE.match("本报记者\u3000初\u3000经\u3000考\u3000验")


def test_a_line_under_the_title_ending_in_a_colon_is_no_deck() -> None:
    """1967-02-03 (unlabelled): 本报讯　《解放军报》…全文如下： over the note, read as a subtitle before."""
    line = (
        "本报讯\u3000《解放军报》二月一日在转载本报一月三十一日第三版发表的《打倒“私”字，实行革命造反派大联合》"
        "一文时，加了编者按语，全文如下："
    )
    assert set(kinds_of(blocks("1967-02-03_《解放军报》转载"), line)) == {BlockKind.PARAGRAPH}
