"""Closing lines of Chinese texts that the other closing rules leave as paragraphs (a rule of the
Chinese blocks, run after the letters' and telegrams' rules, when the signers are known):

* **a message's wish above its signers**: in a letter or a telegram (a salutation above), the
  sentence just above a signer's line that is its closing formula — a wish or the writer's
  respects (``顺致最崇高的、兄弟般的敬意。``, ``主席先生，请接受我崇高的敬意。``,
  ``祝你个人健康、幸福，中国人民繁荣、进步。``) — alone on its line, or glued after the
  message's last sentence (``…继续进行合作。顺致最崇高的、兄弟般的敬意。``,
  ``…苦心。此致崇高的慰问敬礼！``, a wish opened by 谨祝, 敬祝 or 顺祝: ``…而奋斗！谨祝您们身体健康！``),
  is its valediction (on a page of telegrams, each telegram's; the first letter's lone wish is
  :func:`.zh_rules.letter_signature`'s). Not a sentence of congratulation (``祝贺…``), nor a
  paragraph of several sentences, nor a line under which no signer stands;
* **a letter's writers**: in a text that is a letter (a salutation opens its body, under the
  title's decks, bylines or notes only), its last line under a sentence's end, short, with no
  sentence punctuation, that the byline rules read as writers (a place or a unit and names:
  ``北京  齐卫  廖杜``, ``北京市电车公司工人  韩振兴``), signs the letter: its signature (not a
  reporter's line, ``新华社记者　张三``, ``本报记者　张维　李明``: the report's byline; not names in
  brackets, ``（张维　李明）``; not the last line of a report quoting a letter, ``信中写道：`` /
  ``机床厂的同志们：`` / …); read first, so that the wish above it is the letter's valediction;
* **a closing source in square brackets**: the text's last part, a bracket alone naming the
  agency's report or the paper it is reprinted from (``【新华社讯】``, ``【转载大众日报】``), is
  a credit (a lead of the same shape opens a paragraph; this one closes the text, nothing under it);
* **a body that wrote the text**: the text's last line under its last sentence, in a text that is no
  letter (no salutation, closing formula, date nor signature), naming a body by its committee
  (``山西壶关县革委会``, ``…县委``, ``…党支部``) or a member of a place or unit by what he is there
  (``河北获鹿县寺家庄公社一社员``), or its group that reports or writes (``…县革委会报道组``,
  ``…写作小组``), with no punctuation and none of a sentence's words (的, 了, 是:
  ``这就是城市居民委员会``), is the byline: the body or the member wrote the report (a body signing a
  statement over a date is the letters' rules', and one closing a text its title calls, by its word
  for it, a notice, a statement, a decision or a message signs it: not 勤劳致富, 决定性, …读书);
* **the paper's remark after the byline**: a reporter's line among the text's last lines with the
  paper's remark glued after it (``新华社记者（本报有删节）``) is the byline, then an editorial note;
* **a closing date**: a line that is a date alone (its month and its day or its year; the year
  perhaps in two figures, ``八一年三月二十日``), under the text's last sentence, with nothing under it
  but notes, captions, a byline (``1986年4月`` / ``本文是《吴作人画展》前言`` /
  ``（本版美术作品由张海波摄影）`` / ``吴作人近影``), is the text's place-date, not a heading (a date
  heading a poem's verse or a diary's last entry, ``三月二日`` / ``晴`` / ``上午参观工厂``, has text under it);
* **signers marked as signed**: a line naming a signer, then ``（签字）`` or ``（签名）`` (the press's mark
  for a signature on the original: ``苏联陆军部部长、苏联元帅华西列夫斯基（签字）``), under an order's,
  a statement's or a bulletin's last sentence, is a signature, and so are the signers' lines above it
  up to that sentence (``苏联卫生部部长阿·弗·特雷季雅科夫`` / … / ``伊·纳·菲利莫诺夫教授，伊·斯·格拉茹诺夫教授，`` /
  ``鲁·阿·特卡切夫教授，…讲师（签字）``, or the other party's marked line: ``…全权代表　周恩来（签字）``):
  short, no sentence's end nor colon in them (a comma or a pause mark between signers allowed), no
  date (a date above them is the document's), at most :data:`_MARKED_SIGNERS` of them; where they
  close the text, or another document signed so follows (two orders in one article), not where a
  report or a story quoting a treaty or a receipt (借条) goes on under them;
* **a date is no signer**: a line read as a signer that is a date, or the place alone under a date
  (``一九六五年二月二十七日`` / ``于北京``), is the place-date, and a date after padding at a signer's
  line's end (``中国新民主主义青年团中央委员会　六月二十九日``, ``读者  张明治  十二月二十日``) is cut off as
  one, and so is the full date after any space (``苏 钢 1984年1月25日``) or a weekday padded after a
  signer under a closing formula (``敬礼！`` / ``秦  星期三”``): this is the one place a date is cut off a
  signer's line (the letters' signers of :mod:`.zh_letters` too, as they come here); in a message (a
  salutation above), the short lines with no sentence punctuation over its closing dates, back to its
  last sentence or its closing formula, four at most, are its signers
  (``中华人民共和国`` / ``国务院副总理兼国防部长`` / ``中华人民共和国元帅`` / ``林彪``), not paragraphs; and a full date
  with its place after 于 alone on its line (``1962年9月30日于阿尔及尔``, ``一九六八年五月二十五日于北京`` above a joint
  communiqué's signers) is a place-date wherever the rules above left it.
"""

from __future__ import annotations

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import DECK_KINDS, Block, BlockKind
from .zh_ends import REPORTER_LINE, SENTENCE_END, last_text, last_words
from .zh_rules import signer_shaped, split_block

#: The writer's respects: 顺致…敬意, 谨向阁下致以…敬意, 致以崇高的敬礼, 请阁下接受我…敬意 (not a request:
#: 请接受我们的邀请，…).
_RESPECTS = (
    r"(?:(?:[顺谨并此](?:向[^，。！？；：]{1,12})?致以?|(?:向[^，。！？；：]{1,12})?致以)[^。！？；：]{0,40}"
    r"|请[^，。！？；：]{0,6}接受[^。！？；：]{0,30})(?:敬意|敬礼|问候|祝愿|祝贺)(?:，祝[^。！？；：]{1,60})?[。！!]$"
)
#: A message's closing formula, one sentence: perhaps the addressee first (主席先生，阁下，), then a
#: wish (祝…, 顺祝…; not 祝贺, 祝酒), perhaps said by the writers (我祝阁下…, 我们衷心祝愿…), or 愿… (愿两国人民的
#: 友谊万古长青！; not 愿意, 愿望), or the writer's respects.
_WISHER = r"(?:(?:我们?|本人)(?:衷心地?|谨|再次|诚挚地)?)?"
_WISH_LINE = lazy(
    rf"^(?:[^，。！？；：]{{1,6}}，)?(?:{_WISHER}(?:祝(?![贺酒])|顺祝|预祝|敬祝|愿(?![意望]))[^。！？；：]{{1,60}}[。！!]$"
    rf"|{_RESPECTS})"
)
#: The writer's respects or wish glued after the message's last sentence: …继续进行合作。顺致最崇高的、
#: 兄弟般的敬意。, …才不辜负你们的苦心。此致崇高的慰问敬礼！, …为建设新中国而奋斗！谨祝您们身体健康！
_GLUED_RESPECTS = lazy(rf"(?<=[。！？])(?:{_RESPECTS}|(?:谨祝|敬祝|顺祝)[^。！？；：]{{1,30}}[。！!]$)")
#: A closing source in square brackets naming an agency or a paper (【新华社讯】, 【本报讯】) or the paper
#: reprinted from (【转载大众日报】, 【转载一九四六年六月五日解放日报社论】); not a section's mark
#: (【国内简讯】, 【附：…】, 【图片：新华社稿】).
_BRACKETED_SOURCE = lazy(
    r"^【(?:[^【】：:]{0,10}[社报台][^【】：:]{0,10}[讯电稿]|(?:转载|原载|录自)[^【】：:]{2,30}|据[^【】：:]{2,12})】$"
)


#: A body of a place by its committee or branch (山西壶关县革委会, 中共某县委, 某县某大队党支部), or one
#: member of a place's unit by what he is there (…县…公社一社员, …市…厂一工人), or its group that reports
#: or writes (山西壶关县革委会报道组, …写作小组): a division of the country (省, 市, 县, 区, 州, 旗) first;
#: no 的, 了, 是, 这, 那 (a sentence's own words: 全县召开了革委会, 这就是城市居民委员会).
_WRITING_BODY = lazy(
    r"^(?=[^省市县区州旗]{1,8}[省市县区州旗])(?:(?![的了是这那])[\u4e00-\u9fff]){2,20}"
    r"(?:革委会|委员会|[县市区省]委|党委|党支部|党总支|报道组|通讯组|写作(?:小)?组|理论(?:学习)?小组|大批判组"
    r"|(?<=[省市县区乡镇村社队厂矿校])一(?:社员|工人|农民|教师|干部|读者|战士))$"
)
#: What makes a text a letter or a signed message (its last line then signs it).
_SIGNED_KINDS = (BlockKind.SALUTATION, BlockKind.VALEDICTION, BlockKind.PLACE_DATE, BlockKind.SIGNATURE)
#: A title naming a text that a body signs, by its word for it: a notice, a statement, a decision, a
#: message (…公告, …的声明, …通知, 致…书, …的决定, …的贺电, …的公开信); not the same characters inside
#: other words (勤劳致富, 决定性的一年, …读书, …办电).
_SIGNED_TITLE = lazy(
    r"公告|通告|布告|通知|声明|启事|命令|公报|倡议|决[定议](?:书)?(?:$|[（(])|^致|致(?:电|函|信|敬)"
    r"|(?:告|致)[^，。！？]{1,20}书$|(?:倡议|建议|决心|挑战|保证|意见|申请|请愿|抗议|感谢|慰问)书$"
    r"|(?:的|封|来|复|回|公开|感谢|慰问|贺|唁|通)[信电函]$"
)
#: A text's own words: a letter whose salutation stands under them is quoted, not the text.
_BODY_KINDS = (BlockKind.PARAGRAPH, BlockKind.INTERTITLE, BlockKind.LIST_ITEM, BlockKind.TABLE_ROW)


#: A date alone: its year (four figures, or two: 八一年) and month, perhaps its day, or a month and a
#: day; perhaps the place after 于.
_DATE_TEXT = (
    rf"(?:(?:{pt.ZH_YEAR}|(?:\d{{2}}|[{pt.ZH_NUMERAL}]{{2}})年){pt.ZH_MONTH}(?:{pt.ZH_DAY})?|{pt.ZH_MONTH}{pt.ZH_DAY})"
    r"(?:[于在][\u4e00-\u9fff]{1,12})?"
)
_DATE_LINE = lazy(rf"^{_DATE_TEXT}$")
#: A date after padding at the end of a signer's line: 中国新民主主义青年团中央委员会　六月二十九日.
_PADDED_DATE = lazy(rf"(?<=\S)(?:\t[\t 　]*|　+|[ ]{{2,}})(?={_DATE_TEXT}[ 　]*$)")
#: A signer and the date padded after it on one line: the full date (with its year), 苏　钢　1984年1月25日,
#: or, padded wider (a tab, U+3000, two spaces), the day alone (its month and day, or a weekday, perhaps
#: closing a quotation: 第六次全国劳动大会谨上  八月一日, 秦  星期三”).
_DATED_SIGNER = lazy(
    r"^\S.*?[\t 　]+(?:(?P<date>(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)"
    r"|(?:(?<=\t)|(?<=　)|(?<=  ))(?P<day>(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日|星期[一二三四五六日天])”?))$"
)
#: A signer's closing formula that marks his line as a letter's end (…谨上, …敬上, …拜上; the others,
#: …敬贺, are :data:`..patterns.ZH_SIGNED_FORMULA`'s).
_SIGNING = lazy(r"(?:谨上|敬上|拜上)$")
#: The place alone on the line under the date: 于北京.
_PLACE_LINE = lazy(r"^[于在][\u4e00-\u9fff]{1,12}$")
#: The most signers' lines above a message's closing date (中华人民共和国 / 国务院副总理兼国防部长 /
#: 中华人民共和国元帅 / 林彪).
_DATED_SIGNERS = 4
#: What may stand under a closing date: a note, a caption, a byline, read so before, or a line that
#: is a note by its shape: in brackets (（本版美术作品由张海波摄影）), saying what the text is (本文是…),
#: naming a picture (吴作人近影, …摄); not verse, nor a diary's entry (晴 / 上午参观工厂).
_UNDER_KINDS = (
    BlockKind.CAPTION,
    BlockKind.BYLINE,
    BlockKind.CREDIT,
    BlockKind.EDITORIAL,
    BlockKind.TRANSLATOR_NOTE,
    BlockKind.ATTRIBUTION,
)
_NOTE_LINE = lazy(
    r"^[（(【［\[].*[）)】］\]]$|^(?:本文|本篇|此文|作者|注[：:])|(?:近影|近照|肖像|画像|摄影?|插图|题图)$"
)


#: What a signer's line above a message's closing date was read as.
_SIGNER_KINDS = (BlockKind.PARAGRAPH, BlockKind.SIGNATURE)
#: What a reporter's line with the paper's remark glued after it was read as.
_REMARKED_KINDS = (BlockKind.PARAGRAPH, BlockKind.BYLINE)
#: A signer's line marked as signed: a title and a name, then （签字） or （签名）; no sentence's end.
_MARKED_SIGNED = lazy(r"^[^。！？；：!?;:]{2,60}[（(]签[字名][）)]$")
#: A signer's line above the marked one: short, no sentence's end nor colon (commas between signers).
_MARKED_SIGNER = lazy(r"^[^。！？；：!?;:（）()]{2,40}$")
#: The most signers' lines above the marked one.
_MARKED_SIGNERS = 8
#: Another document's lead in square brackets, under a signed one (【新华社一日讯】塔斯社莫斯科一日电：…).
_ANOTHER_DOCUMENT = lazy(r"^【[^【】：:]{2,24}[讯电]】")


def closers(blocks: list[Block]) -> None:
    """The rules of this module (see the module)."""
    _remarked_byline(blocks)
    _marked_signers(blocks)
    _letters_writers(blocks)
    _wishes_above_signers(blocks)
    _bracketed_source(blocks)
    _writing_body(blocks)
    _closing_date(blocks)
    _signers_dates(blocks)
    _dated_places(blocks)


def _dated_places(blocks: list[Block]) -> None:
    """A full date and the place after 于 alone on a line left a paragraph or a heading (``pt.ZH_DATED_PLACE``:
    1962年9月30日于阿尔及尔 under a telegram whose closing lines the rules above missed, 一九六八年五月二十五日于北京
    above a joint communiqué's signers) is a place-date."""
    for block in blocks:
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.INTERTITLE) and len(block.lines) == 1:
            if pt.ZH_DATED_PLACE.match(block.text.strip()):
                block.kind, block.lines = BlockKind.PLACE_DATE, [[block.text]]


#: The paper's remark in brackets glued at the end of a line: （本报有删节）.
_GLUED_REMARK = lazy(r"[（(][^（）()]{2,30}[）)]$")


def _remarked_byline(blocks: list[Block]) -> None:
    """A reporter's line among the text's last lines with the paper's remark glued after it
    (``新华社记者（本报有删节）``): the byline, then the remark, an editorial note (a source noting the
    cut, ``（原载…，编者有删节）``, a credit)."""
    for index in reversed(range(max(1, len(blocks) - 3), len(blocks))):
        block = blocks[index]
        remark = _GLUED_REMARK.search(block.text.rstrip()) if block.kind in _REMARKED_KINDS else None
        if remark is None or len(block.lines) != 1 or not pt.editorial(remark.group(), "zh"):
            continue
        if REPORTER_LINE.match(block.text[: remark.start()].strip()):
            # (a source with the cut noted, （原载《解放军报》，编者有删节）, is a credit: POLICY's （原载…）)
            kind = BlockKind.CREDIT if pt.ZH_SOURCE_CREDIT.match(remark.group()) else BlockKind.EDITORIAL
            blocks.insert(index + 1, split_block(block, remark.start(), BlockKind.BYLINE, kind))


def _closing_date(blocks: list[Block]) -> None:
    for index in range(2, len(blocks)):
        block, above = blocks[index], blocks[index - 1]
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.INTERTITLE) or len(block.lines) != 1:
            continue
        if not _DATE_LINE.match(block.text.strip()) or above.kind is not BlockKind.PARAGRAPH:
            continue
        under = blocks[index + 1 :]
        if above.text.rstrip().endswith(SENTENCE_END) and all(
            b.kind in _UNDER_KINDS or _NOTE_LINE.search(b.text.strip()) for b in under
        ):  # (not another date under it: a chronicle's entries, each dated)
            block.kind, block.lines = BlockKind.PLACE_DATE, [[block.text]]
            return


def _writing_body(blocks: list[Block]) -> None:
    last = last_words(blocks)
    block = blocks[last]
    if last < 2 or block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1:
        return
    if not _WRITING_BODY.match(block.text.strip()) or any(b.kind in _SIGNED_KINDS for b in blocks):
        return
    if any(b.kind in DECK_KINDS and _SIGNED_TITLE.search(b.text.strip()) for b in blocks):
        return  # (a notice or a statement that the body signs)
    if blocks[last - 1].kind is BlockKind.PARAGRAPH and blocks[last - 1].text.rstrip().endswith(SENTENCE_END):
        block.kind, block.lines = BlockKind.BYLINE, [[block.text]]


def _letters_writers(blocks: list[Block]) -> None:
    """The last line of a text holding a letter, a writers' line under a sentence's end, is its signature."""
    opened = next((i for i, block in enumerate(blocks) if block.kind is BlockKind.SALUTATION), None)
    last = last_text(blocks)
    if opened is None or last - opened < 2:
        return
    block, above = blocks[last], blocks[last - 1]
    if not signer_shaped(block, kinds=(BlockKind.BYLINE,)):
        return
    if any(b.kind in _BODY_KINDS for b in blocks[:opened]) or block.text.lstrip().startswith(("（", "(")):
        return  # (a report quoting a letter: 信中写道： / 机床厂的同志们： / … / its reporters; a pen name)
    ended = above.kind is BlockKind.PARAGRAPH and above.text.rstrip().endswith(SENTENCE_END)
    if ended and not REPORTER_LINE.match(block.text.strip()):
        block.kind = BlockKind.SIGNATURE


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


def _marked_signers(blocks: list[Block]) -> None:
    """Signers marked as signed (see the module), from the lowest of each group up: the marked
    lines and the signers' lines above them, back to a sentence's end (a date between them and
    the sentence is the document's, left as it is); only where they close the text (nothing under
    them but notes, dates, signers) or another document signed so comes under them (its lead in
    square brackets, 【新华社一日讯】, and a marked signer its last line): not a document quoted in
    a report or a story that goes on."""
    for index in reversed(range(2, len(blocks))):
        if not _marked(blocks[index]) or not _MARKED_SIGNED.match(blocks[index].text.strip()):
            continue
        top = index
        while index - top < _MARKED_SIGNERS and top > 1 and _marked(blocks[top - 1]):
            text = blocks[top - 1].text.strip()
            if _DATE_LINE.match(text) or not (_MARKED_SIGNER.match(text) or _MARKED_SIGNED.match(text)):
                break
            top -= 1
        above = top - 1
        if above > 1 and _DATE_LINE.match(blocks[above].text.strip()):
            above -= 1  # (一九五四年八月十九日 over the commander's marked line: the order's date)
        ended = blocks[above].kind is BlockKind.PARAGRAPH and blocks[above].text.rstrip().endswith(SENTENCE_END)
        if ended and _closes_text(blocks, index):
            for signer in blocks[top : index + 1]:
                signer.kind, signer.lines = BlockKind.SIGNATURE, [[signer.text]]


def _marked(block: Block) -> bool:
    """Whether ``block`` may be a signer's line: one line, read as a paragraph or a heading."""
    return block.kind in (BlockKind.PARAGRAPH, BlockKind.INTERTITLE) and len(block.lines) == 1


def _closes_text(blocks: list[Block], index: int) -> bool:
    """Whether the signer's line at ``index`` closes the text (see :func:`_marked_signers`)."""
    under = blocks[index + 1 :]
    if all(
        b.kind in (*_UNDER_KINDS, *_SIGNED_KINDS)
        or _DATE_LINE.match(b.text.strip())
        or _NOTE_LINE.search(b.text.strip())
        for b in under
    ):
        return True
    last = last_text(blocks)
    return (
        _ANOTHER_DOCUMENT.match(under[0].text.strip()) is not None
        and last > index + 1
        and blocks[last].kind in (BlockKind.PARAGRAPH, BlockKind.INTERTITLE, BlockKind.SIGNATURE)
        and _MARKED_SIGNED.match(blocks[last].text.strip()) is not None
    )


def _signers_dates(blocks: list[Block]) -> None:
    """A date is no signer (see the module): a signer's line that is a date, or the place under it
    (一九六五年二月二十七日 / 于北京), is a place-date, and a date after padding at a signer's line's
    end is cut off as one (读者  张明治  十二月二十日); in a message (a salutation above), the short lines
    over its closing dates, back to its last sentence, are its signers (:data:`_DATED_SIGNERS` at most)."""
    for index in reversed(range(1, len(blocks))):
        block = blocks[index]
        if block.kind is not BlockKind.SIGNATURE or len(block.lines) != 1:
            continue
        text = block.text.strip()
        if _DATE_LINE.match(text) or (_PLACE_LINE.match(text) and _DATE_LINE.match(blocks[index - 1].text.strip())):
            block.kind, block.lines = BlockKind.PLACE_DATE, [[block.text]]
        elif (at := _date_cut(blocks, index)) is not None:
            blocks.insert(index + 1, split_block(block, at, BlockKind.SIGNATURE, BlockKind.PLACE_DATE))
    if not any(block.kind is BlockKind.SALUTATION for block in blocks):
        return
    top = last_text(blocks) + 1
    while top > 1 and blocks[top - 1].kind is BlockKind.PLACE_DATE:
        top -= 1
    dates, signers = top, top
    while dates - signers < _DATED_SIGNERS and signers > 1 and signer_shaped(blocks[signers - 1], kinds=_SIGNER_KINDS):
        signers -= 1
    above = blocks[signers - 1]
    ended = above.kind is BlockKind.VALEDICTION or (
        above.kind is BlockKind.PARAGRAPH and above.text.rstrip().endswith(SENTENCE_END)
    )
    if dates <= last_text(blocks) and ended:
        for signer in blocks[signers:dates]:
            signer.kind, signer.lines = BlockKind.SIGNATURE, [[signer.text]]


def _date_cut(blocks: list[Block], index: int) -> int | None:
    """Where the date that ends the signer's line at ``index`` starts, if one does (a date is no
    signer): the full date after any space (苏　钢　1984年1月25日), or the day or the weekday padded after a
    signer closing with his own formula (第六次全国劳动大会谨上  八月一日) or under a closing formula (敬礼！ /
    秦  星期三”), cut where the date starts (the space stays on the signer's line); a date after padding
    (中国新民主主义青年团中央委员会　六月二十九日), cut where the padding starts. (The two cuts are the two passes'
    of before, one in :mod:`.zh_letters`; a signer's day under a closing formula is now always cut where the
    day starts, which moved one signer's padding: 1949-07-02, 青年团中委会.)"""
    text = blocks[index].text
    dated = _DATED_SIGNER.match(text)
    under_formula = index > 0 and blocks[index - 1].kind is BlockKind.VALEDICTION
    if dated and (dated.group("date") or under_formula or _signs_formula(text[: dated.start("day")].strip())):
        return dated.start("date") if dated.group("date") else dated.start("day")
    padded = _PADDED_DATE.search(text.rstrip())
    return padded.start() if padded else None


def _signs_formula(signer: str) -> bool:
    """Whether a signer closes with his own formula: …谨上, …敬上, …拜上, …敬贺 (``pt.ZH_SIGNED_FORMULA``)."""
    return bool(_SIGNING.search(signer) or pt.ZH_SIGNED_FORMULA.match(signer))
