"""Telegrams printed one after the other (a rule of the Chinese blocks, run with the letters' rules).

A page of greetings telegrams (庆祝中华人民共和国成立十四周年: the Cuban, the Mongolian, the
Indonesian… telegrams) prints each with its heading, its address, its text, its signatories one
per line and its place and date. The JSON runs the heading into the address and gives the short
closing lines no mark:

* **a telegram's heading glued to its address**: ``古巴党和国家领导人的贺电中国  北京…周恩来同志：``,
  ``印度尼西亚总统的贺电北京中华人民共和国主席刘少奇阁下：``, ``伊拉克总理卡塞姆给周总理的贺信阁下：`` —
  a heading ending with 的 and a message's word (贺电, 唁电, 复电, 贺信, 贺函, 电报) run into an
  address ending with a colon, 阁下, an exclamation (…敬爱的同志们！) or a body's name (…国务院), or
  into a bare 阁下：, with no sentence's end, above the text: the heading is an intertitle, the
  address the salutation (``telegram_titles``; the letters' titles, 来信, 复信…, are
  :mod:`.zh_letters`' own). Not a report's clause: no address opens with punctuation, a verb, a
  preposition or a particle (…的贺电译文如下：, …的唁电对…表示深切的哀悼：, …的贺电热烈祝贺…) or the
  rest of a word (电报局), nor ends with a verb of saying (…的贺电最后写道：, …，并说：); a message word
  with no 的 before it (…发来了贺电，贺电说：, 发来贺电贺信的…朋友们：, 恢复电力) cuts nothing;
* **a dated closing run**: under a message's last sentence (or its closing formula), one to six
  signer lines (a title, spaces and a name may run past the short line's length:
  ``匈牙利社会主义工人党中央委员会第一书记  卡达尔·亚诺什``; up to twelve when every line is short:
  the seven bodies under a joint telegram) and a date line (``古巴革命政府总理`` /
  ``菲德尔·卡斯特罗·鲁斯少校`` / ``一九六三年十月一日于哈瓦那``; the date a place may follow unmarked,
  ``一九六三年九月三十日萨那``), where the message ends (the next telegram's heading or address, a news
  report's lead, or the text's end), in a text holding a message (a salutation or signature above,
  or a paragraph announcing one: …电称：, …贺电全文如下：): the signers' lines are signatures (lines
  already read as signatures pass), the date the place-date (``dated_closings``);
* **a signer with no date under it**: in a text holding a message opened by its address, or that its title
  calls one (…的贺电), the first line right under the message's last sentence, while the message is unsigned,
  and right above its end (the text's end, the next letter's or telegram's heading, title or address, a
  signature, a date, a report's lead), that has a signer's shape — a title or a unit, padding and a name
  (``图们机务段技工  关更生``, ``苏中友好协会理事会主席　安·安德烈耶夫``; not a slogan, ``高举红旗　向前进``, nor a
  reporter's line), a body by its head word (``中华全国总工会``), or a name of two or three characters
  opening with a surname — left a paragraph or read as a heading, is its signature (``headed_signers``, run by
  :mod:`.zh_letters` once the letters' titles are cut off their addresses). A heading over more text (a
  profile's section named after a person under a quoted letter, ``王进喜`` / ``王进喜是…``) stays one.
"""

from __future__ import annotations

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import DECK_KINDS, Block, BlockKind
from .zh_ends import REPORTER_LINE, SENTENCE_END, last_text
from .zh_rules import signer_shaped, split_block

#: A message's word ending its heading (古巴党和国家领导人的贺电, 毛主席的复电, 中共中央的唁电).
_MESSAGE = r"(?:贺电|唁电|复电|贺信|贺函|电报)"
#: The address's end: a colon, 阁下, an exclamation (敬爱的同志们！), or a body's name (…国务院).
_ADDRESS_END = r"(?:[：:！!]|阁下|委员会|国务院|政府)"
#: A telegram's heading (…的 and a message's word) run into its address or a bare 阁下： (no
#: sentence's end inside; the heading no clause).
_TITLED_ADDRESS = lazy(
    rf"^(?P<title>[^，。！？；：“”　 ]{{1,29}}?的{_MESSAGE})"
    rf"(?P<address>[^。！？；“”]{{4,120}}?{_ADDRESS_END}|阁下[：:])$"
)
#: What opens a report or a clause, not an address, right after a message's word: punctuation,
#: a verb, an adverb, a preposition or a particle (贺电说, 贺电中, 贺电译文如下, 唁电对…, 贺电热烈祝贺,
#: 贺电最后写道), or the rest of the word (电报局, 电报员).
_NO_ADDRESS = lazy(
    r"^(?:[，,、：:（(]|说|称|写|中(?![国华])|里|指出|表示|全文|原文|译文|摘要|如下|最后|又|还|并|对|向|热烈|祝|"
    r"和|与|及|的|是|已|也|都|在|发|给|致|[局社机员费码])"
)
#: An address does not end with a verb of saying (…最后写道：, …，并说：, …如下：).
_SAYING_END = lazy(r"(?:说|称|道|如下|指出|表示|认为|强调|哀悼)[：:]$")
#: A closing date with its day, the place after it perhaps unmarked: 一九六三年十月一日于哈瓦那,
#: 一九六三年九月三十日萨那, 九月三十日.
_CLOSING_DATE = lazy(rf"^(?:{pt.ZH_YEAR})?{pt.ZH_MONTH}{pt.ZH_DAY}(?:[于在]?[\u4e00-\u9fff·]{{1,12}})?$")
#: A paragraph announcing the message printed under it: …电称：, …贺电全文如下：, …来电说：
_ANNOUNCING = lazy(r"(?:电|电报|函|信)(?:全文|原文|文)?(?:如下|称|说)[：:]$")
#: The most signer lines of a dated closing run; where every line is short (bodies under a joint
#: telegram), more.
_SIGNERS, _SHORT_SIGNERS, _SHORT = 6, 12, 16
#: A signer line of a title, spaces and a name, longer than a short signer line may be:
#: 匈牙利社会主义工人党中央委员会第一书记  卡达尔·亚诺什.
_TITLE_AND_NAME = lazy(r"^[\u4e00-\u9fff]{2,30}[　 ]+[\u4e00-\u9fff·]{2,15}$")
_LINE_KINDS = (BlockKind.PARAGRAPH, BlockKind.INTERTITLE)


def telegrams(blocks: list[Block]) -> None:
    """The telegrams' rules (see the module)."""
    telegram_titles(blocks)
    dated_closings(blocks)


#: A post a signer holds, ending his title before his name (…总理　艾哈迈德·本·贝拉, 老挝首相　富马亲王).
_POST = "(?:主席|总理|总统|首相|国王|亲王|元首|大使|将军|元帅|书记|主任|代表)"
#: A signer's title or unit: ending with a post's, a trade's or a unit's word.
_SIGNER_TITLE = rf"[\u4e00-\u9fff]{{1,30}}(?:[长员工士民师生部]|{_POST}|[会局厂段处科组室所站院校社队团]|公司|政府)"
#: A signer's name: two to fifteen characters, a foreign name's parts joined by a dot or a dash (扬·格·毛雷尔,
#: 格·乔治乌—德治).
_SIGNER_NAME = r"(?=[\u4e00-\u9fff·\-－—]{2,15}$)[\u4e00-\u9fff·]+(?:[\-－—][\u4e00-\u9fff·]+)*"
#: A signer alone on a line: a title or a unit, or two of them padded apart (one man's two posts:
#: …第一书记  …国务委员会主席  格·乔治乌—德治), padding, a name (图们机务段技工  关更生, …总理　艾哈迈德·本·贝拉;
#: not a slogan, 高举红旗　向前进); a body by its head word (中华全国总工会, 中央防疫委员会; not a word ending as
#: one, 社会, 开会, 全部, 干部, 大局).
_SIGNER_LINE = lazy(
    rf"^{_SIGNER_TITLE}(?:[　 ]+{_SIGNER_TITLE})?[　 ]+{_SIGNER_NAME}$"
    r"|^[\u4e00-\u9fff]{2,20}(?:(?<![社开机约聚宴晚舞])会|政府|(?<![全内外局干])部|(?<![大全结格僵骗战时政布开残])局"
    r"|社|院|团|厂|公司|办公室|同盟)$"
)


#: A title calling the text a message: …的贺电, …的复电, …的信, …公开信.
_MESSAGE_TITLE = lazy(rf"{_MESSAGE}$|(?:的|封|来|复|回|公开)[信电函]$")


def headed_signers(blocks: list[Block]) -> None:
    """A message's signer left a paragraph or read as a heading: in a text holding a message opened by its
    address (a salutation) or that its title calls one (…的贺电: its address unread), the signer's line
    (:data:`_SIGNER_LINE`, or a person's name) right under the message's last sentence, the message not yet
    signed (no signature nor date since its address), is its signature; not under an address in quotation
    marks (a speech a report quotes), nor under a news report's lead (a report on messages, :func:`_report_lead`)."""
    titled = any(b.kind in DECK_KINDS and _MESSAGE_TITLE.search(b.text.strip()) for b in blocks)
    opened = 0 if titled else None
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.SALUTATION:
            opened = None if block.text.lstrip().startswith("“") else index  # (a speech quoted in a report)
        elif block.kind in (BlockKind.SIGNATURE, BlockKind.PLACE_DATE) or _report_lead(block):
            opened = None
        elif (
            opened is not None
            and index - opened >= 2
            and block.kind in _LINE_KINDS
            and len(block.lines) == 1
            and _signer_line(block.text.strip())
            and blocks[index - 1].kind in (BlockKind.PARAGRAPH, BlockKind.VALEDICTION)
            and blocks[index - 1].text.rstrip().endswith(SENTENCE_END)
            and (end := _signer_run_end(blocks, index)) is not None
        ):
            for signer in blocks[index : end + 1]:
                signer.kind, signer.lines = BlockKind.SIGNATURE, [[signer.text]]
            opened = None


#: The most signer lines with no date under them that sign one message (its senders one per line).
_UNDATED_SIGNERS = 3


def _signer_run_end(blocks: list[Block], index: int) -> int | None:
    """The last of the signer lines that run down from the signer line at ``index`` right above the message's end
    (:func:`_ends_above`): the longest such run, three lines at most, the lines below the first paragraphs of
    :func:`_signer_line`'s shape (罗马尼亚工人党…第一书记  …国务委员会主席  格·乔治乌—德治 /
    罗马尼亚人民共和国部长会议主席　扬·格·毛雷尔, the next telegram's heading under them); None where no run ends
    above it."""
    end = index
    while end - index + 1 < _UNDATED_SIGNERS and end + 1 <= last_text(blocks):
        below = blocks[end + 1]
        if below.kind is not BlockKind.PARAGRAPH or len(below.lines) != 1 or not _signer_line(below.text.strip()):
            break
        end += 1
    return next((last for last in range(end, index - 1, -1) if _ends_above(blocks, last + 1)), None)


def _report_lead(block: Block) -> bool:
    """Whether ``block`` opens a news report (a lead, ``新华社北京五日电　各国人民团体纷纷来电祝贺。``): the text there
    reports messages, under headings that may name their senders (``中国科学院`` over ``新华社莫斯科四日电　…``);
    not a lead announcing the message under it (``…贺电全文如下：``)."""
    text = block.text.strip()
    return block.kind is BlockKind.PARAGRAPH and bool(pt.ZH_LEAD.match(text)) and not text.endswith(("：", ":"))


#: A slogan a signer's shape takes in: a cheer (中国人民　万岁) or two phrases of four padded apart, a couplet's
#: halves (全体社员　团结一致, 全党动员　全民动手, 发动农民　搞好生产); not a post and a name of four
#: (老挝首相　富马亲王) nor a unit and all its members (红旗大队　全体社员).
_SLOGAN = lazy(
    rf"万岁$|^(?![\u4e00-\u9fff]{{2}}{_POST}[　 ])"
    r"[\u4e00-\u9fff]{4}[　 ]+(?!全体)[\u4e00-\u9fff]{4}$"
)


def _signer_line(text: str) -> bool:
    """Whether ``text`` has a signer's shape: :data:`_SIGNER_LINE`, or a name of two or three characters
    opening with a surname (孙逸仙); not a reporter's line (本报记者　王德明), nor a slogan (:data:`_SLOGAN`)."""
    if REPORTER_LINE.match(text) or _SLOGAN.search(text):
        return False
    return bool(_SIGNER_LINE.match(text)) or (2 <= len(text) <= 3 and pt.zh_surnamed(text))


#: A line ending with an addressee and a colon (…编者同志：, …周恩来先生：, …理事会：; not 他说：).
_ADDRESSED_END = lazy(
    r"(?:同志们?|先生|女士|阁下|殿下|陛下|朋友们|(?<![我你他她它咱人])们|委员会|理事会|政府|编辑部|主席|总理|总统)[：:]$"
)


def _ends_above(blocks: list[Block], at: int) -> bool:
    """Whether the message ends above ``at``: the text's end, a heading (the next letter's or telegram's), an
    address, a signature or a date, a news report's lead, or a line ending with an addressee and a colon (the
    next letter's title or date run into its address: …造成国家的损失编者同志：, 1962年9月30日于阿尔及尔…周恩来先生：;
    not a speaker's 他说：)."""
    if at > last_text(blocks):
        return True
    block = blocks[at]
    if block.kind in (BlockKind.INTERTITLE, BlockKind.SALUTATION, BlockKind.SIGNATURE, BlockKind.PLACE_DATE):
        return True
    text = block.text.strip()
    return block.kind is BlockKind.PARAGRAPH and (
        bool(pt.ZH_LEAD.match(text)) or (len(block.lines) == 1 and bool(_ADDRESSED_END.search(text)))
    )


def telegram_titles(blocks: list[Block]) -> None:
    """A telegram's heading glued to its address, above the telegram's text (see the module)."""
    for index in reversed(range(len(blocks) - 1)):
        block = blocks[index]
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.SALUTATION) or len(block.lines) != 1:
            continue  # (a short one under the headline was read as a salutation whole)
        match = _TITLED_ADDRESS.match(block.text.strip())
        if match is None or _NO_ADDRESS.match(match.group("address")) or _SAYING_END.search(match.group("address")):
            continue
        below = blocks[index + 1]
        if below.kind is not BlockKind.PARAGRAPH or not below.text.rstrip().endswith(SENTENCE_END):
            continue
        at = match.start("address") + len(block.text) - len(block.text.lstrip())
        blocks.insert(index + 1, split_block(block, at, BlockKind.INTERTITLE, BlockKind.SALUTATION))


def _closing_date(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind in (*_LINE_KINDS, BlockKind.PLACE_DATE) and len(block.lines) == 1 and bool(_CLOSING_DATE.match(text))
    )


def _signer(block: Block) -> bool:
    """A signer line (one read as a signature already, too)."""
    if block.kind is BlockKind.SIGNATURE:
        return True
    if len(block.lines) != 1 or _closing_date(block):
        return False
    return signer_shaped(block, kinds=_LINE_KINDS) or (
        block.kind in _LINE_KINDS and bool(_TITLE_AND_NAME.match(block.text.strip()))
    )


def _signers_top(blocks: list[Block], index: int) -> int:
    """The first line of the signer lines right above the date at ``index``: six at most, twelve
    where every line is short."""
    top = index
    while top > 1 and index - top < _SHORT_SIGNERS and _signer(blocks[top - 1]):
        top -= 1
    if index - top > _SIGNERS and any(len(block.text.strip()) > _SHORT for block in blocks[top:index]):
        top = index - _SIGNERS
    return top


def _messaged(blocks: list[Block], index: int) -> bool:
    """Whether a message stands above ``index``: a salutation or a signature (one of the run read as
    such already), or a paragraph announcing one."""
    return any(
        b.kind in (BlockKind.SALUTATION, BlockKind.SIGNATURE)
        or (b.kind is BlockKind.PARAGRAPH and _ANNOUNCING.search(b.text.rstrip()))
        for b in blocks[:index]
    )


def _message_ends(blocks: list[Block], at: int) -> bool:
    """Whether a message ends right above ``at``: the text's end, the next telegram's heading over
    its address or the address itself, or a news report's lead."""
    if at > last_text(blocks):
        return True
    block = blocks[at]
    if block.kind is BlockKind.SALUTATION:
        return True
    if block.kind is BlockKind.INTERTITLE and at + 1 < len(blocks):
        return blocks[at + 1].kind is BlockKind.SALUTATION
    return block.kind is BlockKind.PARAGRAPH and bool(pt.ZH_LEAD.match(block.text.strip()))


def dated_closings(blocks: list[Block]) -> None:
    """Signer lines and a date line closing a message (see the module)."""
    for index in range(1, len(blocks)):
        date = blocks[index]
        if not _closing_date(date) or not _message_ends(blocks, index + 1):
            continue
        top = _signers_top(blocks, index)
        above = blocks[top - 1]
        closes = above.kind is BlockKind.VALEDICTION or (
            above.kind is BlockKind.PARAGRAPH and above.text.rstrip().endswith(SENTENCE_END)
        )
        if top == index or not closes or not _messaged(blocks, index):
            continue
        for signer in blocks[top:index]:
            signer.kind, signer.lines = BlockKind.SIGNATURE, [[signer.text]]
        date.kind, date.lines = BlockKind.PLACE_DATE, [[date.text]]
