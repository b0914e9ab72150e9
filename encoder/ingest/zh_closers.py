"""Closing lines of Chinese texts that the other closing rules leave as paragraphs (a rule of the
Chinese blocks, run after the letters' and telegrams' rules, when the signers are known):

* **a message's wish above its signers**: in a letter or a telegram (a salutation above), the
  sentence just above a signer's line that is its closing formula — a wish or the writer's
  respects (``顺致最崇高的、兄弟般的敬意。``, ``主席先生，请接受我崇高的敬意。``,
  ``祝你个人健康、幸福，中国人民繁荣、进步。``) — alone on its line, or glued after the
  message's last sentence (``…继续进行合作。顺致最崇高的、兄弟般的敬意。``), is its valediction
  (on a page of telegrams, each telegram's; the first letter's lone wish is
  :func:`.zh_rules.letter_signature`'s). Not a sentence of congratulation (``祝贺…``), nor a
  paragraph of several sentences, nor a line under which no signer stands;
* **a closing source in square brackets**: the text's last part, a bracket alone naming the
  agency's report or the paper it is reprinted from (``【新华社讯】``, ``【转载大众日报】``), is
  a credit (a lead of the same shape opens a paragraph; this one closes the text, nothing under it);
* **a body that wrote the text**: the text's last line under its last sentence, in a text that is no
  letter (no salutation, closing formula, date nor signature), naming a body by its committee
  (``山西壶关县革委会``, ``…县委``, ``…党支部``) or a member of a place or unit by what he is there
  (``河北获鹿县寺家庄公社一社员``), with no punctuation and no 的, is the byline: the body or the
  member wrote the report (a body signing a statement over a date is the letters' rules', and one
  closing a text its title calls a notice, a statement, a decision or a message signs it);
* **a closing date**: a line that is a date alone (its month and its day or its year; the year
  perhaps in two figures, ``八一年三月二十日``), under the text's last sentence, with no body text
  under it (only short lines that end no sentence: a note, a byline, the pictures' captions:
  ``1986年4月`` / ``本文是《吴作人画展》前言`` / ``（本版美术作品由张海波摄影）`` / ``吴作人近影``),
  is the text's place-date, not a heading (a date heading a diary's entry has body text under it).
"""

from __future__ import annotations

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import Block, BlockKind
from .zh_ends import SENTENCE_END, last_text, last_words
from .zh_rules import split_block

#: The writer's respects: 顺致…敬意, 谨向阁下致以…敬意, 致以崇高的敬礼, 请阁下接受我…敬意 (not a request:
#: 请接受我们的邀请，…).
_RESPECTS = (
    r"(?:(?:[顺谨并](?:向[^，。！？；：]{1,12})?致以?|(?:向[^，。！？；：]{1,12})?致以)[^。！？；：]{0,40}"
    r"|请[^，。！？；：]{0,6}接受[^。！？；：]{0,30})(?:敬意|敬礼|问候|祝愿|祝贺)(?:，祝[^。！？；：]{1,60})?[。！!]$"
)
#: A message's closing formula, one sentence: perhaps the addressee first (主席先生，阁下，), then a
#: wish (祝…, 顺祝…; not 祝贺, 祝酒) or the writer's respects.
_WISH_LINE = lazy(
    rf"^(?:[^，。！？；：]{{1,6}}，)?(?:(?:祝(?![贺酒])|顺祝|预祝|敬祝)[^。！？；：]{{1,60}}[。！!]$|{_RESPECTS})"
)
#: The writer's respects glued after the message's last sentence: …继续进行合作。顺致最崇高的、兄弟般的敬意。
_GLUED_RESPECTS = lazy(rf"(?<=[。！？]){_RESPECTS}")
#: A closing source in square brackets naming an agency or a paper (【新华社讯】, 【本报讯】) or the paper
#: reprinted from (【转载大众日报】, 【转载一九四六年六月五日解放日报社论】); not a section's mark
#: (【国内简讯】, 【附：…】, 【图片：新华社稿】).
_BRACKETED_SOURCE = lazy(
    r"^【(?:[^【】：:]{0,10}[社报台][^【】：:]{0,10}[讯电稿]|(?:转载|原载|录自)[^【】：:]{2,30}|据[^【】：:]{2,12})】$"
)


#: A body of a place by its committee or branch (山西壶关县革委会, 中共某县委, 某县某大队党支部), or one
#: member of a place's unit by what he is there (…县…公社一社员, …市…厂一工人): a division of the
#: country (省, 市, 县, 区, 州, 旗) first; no 的 nor 了 (a sentence's own words: 全县召开了革委会).
_WRITING_BODY = lazy(
    r"^(?=[^省市县区州旗]{1,8}[省市县区州旗])(?:(?![的了])[\u4e00-\u9fff]){2,20}"
    r"(?:革委会|委员会|[县市区省]委|党委|党支部|党总支"
    r"|(?<=[省市县区乡镇村社队厂矿校])一(?:社员|工人|农民|教师|干部|读者|战士))$"
)
#: What makes a text a letter or a signed message (its last line then signs it).
_SIGNED_KINDS = (BlockKind.SALUTATION, BlockKind.VALEDICTION, BlockKind.PLACE_DATE, BlockKind.SIGNATURE)
#: A title naming a text that a body signs: a notice, a statement, a decision, a message (…公告,
#: …的声明, …通知, …致…书, …的贺电, …的公开信).
_SIGNED_TITLE = lazy(r"公告|通告|布告|通知|声明|启事|决定|决议|命令|公报|倡议|致|[信电函书]$")
_TITLE_KINDS = (BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE)


#: A date alone: its year (four figures, or two: 八一年) and month, perhaps its day, or a month and a
#: day; perhaps the place after 于.
_DATE_LINE = lazy(
    rf"^(?:(?:{pt.ZH_YEAR}|(?:\d{{2}}|[{pt.ZH_NUMERAL}]{{2}})年){pt.ZH_MONTH}(?:{pt.ZH_DAY})?|{pt.ZH_MONTH}{pt.ZH_DAY})"
    r"(?:[于在][\u4e00-\u9fff]{1,12})?$"
)
#: The longest line under a closing date that is no body text, and the marks that end a sentence of
#: body text (a note in brackets, （本版美术作品由张海波摄影）, ends none).
_UNDER_DATE, _STOPS = 30, ("。", "！", "？", "!", "?", "…", "；", "”")


def closers(blocks: list[Block]) -> None:
    """The rules of this module (see the module)."""
    _wishes_above_signers(blocks)
    _bracketed_source(blocks)
    _writing_body(blocks)
    _closing_date(blocks)


def _closing_date(blocks: list[Block]) -> None:
    for index in range(2, len(blocks)):
        block, above = blocks[index], blocks[index - 1]
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.INTERTITLE) or len(block.lines) != 1:
            continue
        if not _DATE_LINE.match(block.text.strip()) or above.kind is not BlockKind.PARAGRAPH:
            continue
        under = [b.text.strip() for b in blocks[index + 1 :] if b.kind not in (BlockKind.CREDIT, BlockKind.EDITORIAL)]
        if above.text.rstrip().endswith(SENTENCE_END) and not any(
            len(text) > _UNDER_DATE or text.endswith(_STOPS) or _DATE_LINE.match(text) for text in under
        ):  # (another date under it: a chronicle's entries, each dated)
            block.kind, block.lines = BlockKind.PLACE_DATE, [[block.text]]
            return


def _writing_body(blocks: list[Block]) -> None:
    last = last_words(blocks)
    block = blocks[last]
    if last < 2 or block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1:
        return
    if not _WRITING_BODY.match(block.text.strip()) or any(b.kind in _SIGNED_KINDS for b in blocks):
        return
    if any(b.kind in _TITLE_KINDS and _SIGNED_TITLE.search(b.text.strip()) for b in blocks):
        return  # (a notice or a statement that the body signs)
    if blocks[last - 1].kind is BlockKind.PARAGRAPH and blocks[last - 1].text.rstrip().endswith(SENTENCE_END):
        block.kind, block.lines = BlockKind.BYLINE, [[block.text]]


def _wishes_above_signers(blocks: list[Block]) -> None:
    opened = next((i for i, block in enumerate(blocks) if block.kind is BlockKind.SALUTATION), None)
    if opened is None:
        return
    for index in reversed(range(opened + 2, len(blocks))):
        block, above = blocks[index], blocks[index - 1]
        if block.kind is not BlockKind.SIGNATURE or above.kind is not BlockKind.PARAGRAPH or len(above.lines) != 1:
            continue
        text = above.text.strip()
        if _WISH_LINE.match(text):
            above.kind, above.lines = BlockKind.VALEDICTION, [[above.text]]
        elif glued := _GLUED_RESPECTS.search(above.text.rstrip()):
            blocks.insert(index, split_block(above, glued.start(), BlockKind.PARAGRAPH, BlockKind.VALEDICTION))


def _bracketed_source(blocks: list[Block]) -> None:
    last = last_text(blocks)
    block = blocks[last]
    if last > 1 and block.kind is BlockKind.PARAGRAPH and _BRACKETED_SOURCE.match(block.text.strip()):
        block.kind, block.lines = BlockKind.CREDIT, [[block.text]]
