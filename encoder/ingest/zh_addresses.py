"""An address ending in an exclamation or a colon under the paragraph announcing its message (a rule
of the Chinese blocks, run with the letters' rules).

A news report prints a message, an order or a speech whole under the paragraph announcing it
(``…发布庆祝五一节的命令如下：``, ``…电贺海南岛解放。电称：``); the message opens with its address on a
line of its own, and an order of the day or a greeting to a crowd calls its addressees out:
``陆军战士与士官同志们！校尉与将军同志们！``, ``…诸同志，和参加解放海南岛战役的全体军民同志们！``. The
address is the salutation (``exclaimed_addresses``) when

* the paragraph above ends announcing a message: a message's word (电, 电报, 函, 信, 命令, 讲话,
  贺词, 祝词, 文告, 声明…), perhaps 全文 or 原文, then 如下, 称 or 说 and a colon;
* the line is one to three addressees each called out with ``！`` (a comma may part the names of
  one: …诸同志，和…同志们！), none holding a sentence's end, a colon or a quotation, each ending
  with an addressee's word: 同志, 先生, 女士, 阁下, 来宾, 朋友, 代表, or a noun of persons with
  们 (战士们, 同胞们, 作家们) — not a pronoun's (你们, 我们: ``我们坚决支持你们！`` is the
  message's first sentence, not its address);
* the line is noun phrases of address, no clause: it opens with no pronoun subject (我们坚决支持
  越南兄弟们！) and holds no verb of a clause before its addressee (热烈欢迎…朋友们！, 谢谢乡亲们！,
  光荣属于…英雄们！, 光荣归于…指战员们！, 向…同志们致敬！): the message's first sentence or a cheer.

An address closed by a colon under such a paragraph is the salutation too (``colon_address``) when it
lists its addressees, at any length, the last ending with an addressee's word and the colon, and is no
clause (as above), with no pronoun nor verb of telling anywhere in it (现在我要告诉同志们：,
毛主席经常教导青年们： introduce what follows): ``全国正规军、地方部队、民兵和游击队的指挥员和战斗员们：``
under …发布命令如下：, the long list ``中国人民革命军事委员会毛泽东主席，……全体指挥员战斗员同志们：``
under …慰问电如下：.

An address closed by a colon alone on its line over the message's first paragraph, announced by no message's
word, is the salutation too (``alone_addresses``, run after the two above) where it opens

* a letter or a speech quoted whole under the paragraph introducing it with a colon: the address opens the
  quotation (``…带一封信…给老王。信上写着：`` / ``“老王同志：``, ``王炳南大使首先发言。他说：`` / ``“大使先生：``);
* the body, right under the title's decks (a speech printed under its title, ``周恩来总理的讲话`` /
  ``尊敬的…全体贵宾们，同志们，朋友们：``; a telegram whose address is broken, ``…国务院总理华国锋`` /
  ``先生阁下：``, the last piece only the addressee's word, the line above it its first piece).

Since round zg it opens a letter or a speech further down the text too: alone on its line under a letter's or a
page's heading, a signature, a closing line or an editor's note (``亲爱的中国朋友们！`` under a worker's byline on a
page of letters), an address called out doing so only when each piece is an addressee's (:func:`addressees_only`;
not ``团结起来，同志们！``) and prose follows (not a poem's first line, ``乡亲们！`` / ``我回来了，``); not under a
caption, and not the padded halves of a heading run into an address (``…办事处  屡次不执行合同  …编者同志：``).
Opening a paragraph with the letter's text after it (:func:`letter_below`, cut off by ``zh_tails``): an address to
the editors under another letter's signature, a title or an editor's note (``编辑同志：当我们…``; another name there is
a speaker's, ``夏衍同志：我认为…`` in a symposium's minutes), or any address under a paragraph announcing a message
(``…原信如下：`` / ``朝鲜人民军的家属们：我听到…``), not inside a letter the body opens with. Run into the end
of a paragraph after a speech's word and 说： (:func:`spoken_address`: ``…致词说：敬爱的总理同志，亲爱的同志们：``),
when each piece is an addressee's. A list's head is no address (``受到表彰的有以下同志：``).

The addressees called one a line above it, each closed by a comma (``尊敬的苏发努冯亲王，`` /
``尊敬的阮友寿主席，``), are its lines too. In the dev gold every line that is such an address (104) is a
salutation; but an address with no quotation mark under a narrative paragraph (``一位老战士站起来，激动地说：``)
is left as it was (a speech reported, not printed whole), and so is an address with a heading or a date run
into it before (``…造成国家的损失编者同志：``, ``1962年9月30日于阿尔及尔…周恩来先生：``): not alone on its line.
The shorter addresses of a telegram, broken over parts, are
``zh_rules.broken_salutation``'s (and ``zh_letters``'); an address run into the announcing paragraph,
``zh_tails``'.
"""

from __future__ import annotations

import re

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import TOP_KINDS, Block, BlockKind

#: A paragraph's end announcing the message printed under it: …命令如下：, …电称：, …讲话全文如下：.
_ANNOUNCING = lazy(
    r"(?:电|电报|函|信|命令|讲话|贺词|祝词|致词|文告|声明|演说|广播词)(?:全文|原文|译文|文)?(?:如下|称|说)[：:]$"
)
#: One addressee called out: words with no sentence's mark, then an addressee's word and ``！``
#: (a comma may part the names inside it); a noun of persons with 们, not a pronoun's (你们, 我们).
_ADDRESSEE = (
    r"[^。！？；：:“”「」!?]{0,70}?"
    r"(?:同志们?|先生们?|女士们?|阁下|来宾们?|朋友们|代表们|(?![你我他她它咱])[\u4e00-\u9fff]们)[！!]"
)
#: A line that is a clause, no address: a pronoun subject opening it, or a clause's verb before
#: the addressee (欢迎, 谢谢, 支持, 属于, 归于, 向, 致 …; not 一致, 以致).
_CLAUSE = lazy(
    r"^(?:我们|你们|他们|她们|咱们|我|你)(?![国军党省市县区厂校])"
    r"|欢迎|谢谢|感谢|支持|声援|拥护|属于|归于|问候|慰问|祝贺|祝愿|敬祝|号召|致敬|(?<![一以])致|向"
)
#: A whole address line: one to three addressees called out.
_ADDRESS = lazy(rf"^(?:{_ADDRESSEE}){{1,3}}$")
#: An address line closed by a colon: its addressees, listed at any length (commas parting them), the
#: last ending with an addressee's word (…全体指挥员战斗员同志们：, …指挥员和战斗员们：, …诸将军：).
_COLON_ADDRESS = lazy(
    r"^[^。！？；：:“”「」!?]{2,300}?"
    r"(?:同志们?|先生们?|女士们?|阁下|来宾们?|朋友们|代表们|将军|(?![你我他她它咱])[\u4e00-\u9fff]们)[：:]$"
)
#: How the first of a list of addressees parted by commas ends: a person's title or a noun of persons
#: (…毛泽东主席，…, …各位代表，…).
_FIRST_ADDRESSEE = lazy(
    r"(?:主席|总司令|司令员?|将军|总理|部长|委员|同志们?|先生|女士|阁下|代表|(?![你我他她它咱])[\u4e00-\u9fff]们|员)$"
)
#: What an address closed by a colon never holds, at any place: a pronoun (我, 我们, 你们; not 我国, 我军)
#: or a verb telling, asking, bidding or speaking for (告诉, 教导, 正告, 警告, 问 but not 问候 nor 顾问,
#: 嘱咐, 请看, 代表 but not 代表们, 代表大会): the line introduces what follows (现在我要告诉同志们：,
#: 毛主席经常教导青年们：; in a quoted story, 老师问同学们： over ‘你们长大了想干什么？’, 请看这些年轻的英雄们：),
#: it addresses no one.
_TELLING = lazy(
    r"[我你咱](?![国军党省市县区厂校])|[他她]们|告诉|教导|正告|警告|劝告|忠告|奉劝|提醒|呼吁|说"
    r"|(?<!顾)问(?!候)|嘱咐|叮嘱|吩咐|请看|请听"
    r"|代表(?![们团大同，,、和及：:]|$)"
)
#: The longest address line.
_LONGEST = 80
#: A person's title or an addressee's word that ends an addressee (…亲王, …总理, …同志们), and a noun of
#: persons with 们, not a pronoun's (你们, 我们).
_TITLES = r"同志们?|先生们?|女士们?|夫人|阁下|来宾们?|朋友们|代表们|亲王|国王|元首|主席|总统|总理|首相"
_PERSONS = r"(?![你我他她它咱])[\u4e00-\u9fff]们"
#: An addressee called on a line of its own above the address's last line, closed by a comma: a
#: person's title or an addressee's word (尊敬的苏发努冯亲王，, 尊敬的…亲王和夫人，, 尊敬的范文同总理，).
_COMMA_ADDRESSEE = lazy(rf"^[^。！？；：:“”「」!?，,]{{2,60}}?(?:{_TITLES}|{_PERSONS})[，,]$")
#: The most addressees called one a line above the address's last line.
_CALLED = 6
#: An address's last piece that is only the addressee's word (先生阁下：, 同志：): the address goes on
#: from the line above it (北京…国务院总理华国锋 / 先生阁下：), its first piece.
_WORD_ONLY = lazy(r"^(?:先生|女士|同志|阁下|殿下|陛下){1,2}[：:]$")
#: That first piece: no sentence's mark, no colon, no quotation.
_FIRST_PIECE = lazy(r"^[^。！？；：:“”「」!?]{2,80}$")
#: What ends a paragraph after a speech announced by its word and a colon (…致词说：敬爱的总理同志，亲爱的同志们：,
#: not …激动地说：, a speech reported): an address, if :func:`spoken_address` finds it one.
_SPOKEN = lazy(r"(?:致词|致辞|讲话|演说|发言|祝酒词|贺词|祝词)[说道][：:](?P<address>[^：:。？；“”]{2,80}[：:！!])$")
#: The blocks a letter further down a page of letters opens under: the previous letter's signature, or the
#: next letter's title or its editor's note.
_ABOVE_LETTER = (BlockKind.SIGNATURE, BlockKind.INTERTITLE, BlockKind.EDITORIAL)
#: The address to the paper's editors (编辑同志：, 编者同志：, 人民日报编辑部：), a reader's letter's alone: under a
#: heading, another name and a colon is a speaker's (夏衍同志：我认为…, in a symposium's minutes; 编辑：…, an
#: interviewer's).
_EDITORS = lazy(r"^[^，。！？；：“”]{0,8}(?:(?:编辑|编者)(?:同志|先生)们?|编辑部)[：:]$")
#: The words that head a list (受到表彰的有以下同志：), no address.
_LIST_HEAD = lazy(r"下列|以下|如下|下面")
#: An addressee's word ending each piece of an address (亲爱的同志们和朋友们, 尊敬的总统阁下): not a sentence
#: ending on a vocative (团结起来，同志们！).
_PIECE_END = lazy(rf"(?:{_TITLES}|将军|殿下|陛下|{_PERSONS})$")
#: The blocks an address alone on its line may open a letter or a speech under, besides the title's decks.
_OPENS_UNDER = (
    BlockKind.INTERTITLE,
    BlockKind.SIGNATURE,
    BlockKind.VALEDICTION,
    BlockKind.PLACE_DATE,
    BlockKind.EDITORIAL,
)
#: The shortest paragraph of prose under an address called out (a verse line is shorter or ends on a comma).
_PROSE = 8
#: Words padded apart inside a line: a heading's halves, not an address (…办事处  屡次不执行合同  …编者同志：).
_PADDED = lazy(r"\S(?:[ 　]{2,}|　)\S")


def exclaimed_address(text: str) -> bool:
    """Whether ``text`` is an address calling out its addressees (see the module)."""
    text = text.strip()
    return len(text) <= _LONGEST and _ADDRESS.match(text) is not None and _CLAUSE.search(text) is None


def colon_address(text: str) -> bool:
    """Whether ``text`` is an address closed by a colon (:data:`_COLON_ADDRESS`), no clause (see the
    module), no pronoun nor verb of telling anywhere in it (:data:`_TELLING`), whose first addressee,
    before any comma, is one too (not 今天，我要告诉朋友们：)."""
    text = text.strip()
    if _COLON_ADDRESS.match(text) is None or _CLAUSE.search(text) is not None or _TELLING.search(text):
        return False
    if _LIST_HEAD.search(text):
        return False  # 受到表彰的有以下同志： heads a list of names, addresses no one
    first = re.split(r"[，,]", text, maxsplit=1)[0]
    return first == text or _FIRST_ADDRESSEE.search(first) is not None


def exclaimed_addresses(blocks: list[Block]) -> None:
    """Make SALUTATION the address line ending in an exclamation (or a colon) under the paragraph
    announcing its message (see the module). A short announcement opening with a report's dateline lead
    (``新华社北京一日电　中共中央今天致电如下：``), read as a salutation for its colon, is the report's
    paragraph then."""
    for index in range(1, len(blocks)):
        block, above = blocks[index], blocks[index - 1]
        if block.kind is not BlockKind.PARAGRAPH or len(block.lines) != 1 or not _announcing(above):
            continue
        if exclaimed_address(block.text) or colon_address(block.text):
            block.kind, block.lines = BlockKind.SALUTATION, [[block.text]]
            if above.kind is BlockKind.SALUTATION:
                above.kind, above.lines = BlockKind.PARAGRAPH, [pt.split_phrases(above.text, "zh")]


def _announcing(block: Block) -> bool:
    """Whether ``block`` is a paragraph announcing a message (or a lead doing so read as a salutation)."""
    text = block.text.strip()
    if block.kind is BlockKind.SALUTATION and (len(block.lines) != 1 or not pt.ZH_LEAD.match(text)):
        return False
    return block.kind in (BlockKind.PARAGRAPH, BlockKind.SALUTATION) and _ANNOUNCING.search(text) is not None


def alone_addresses(blocks: list[Block]) -> None:
    """Make SALUTATION an address closed by a colon alone on its line over a paragraph (or a salutation the
    rules before read so, for the lines above it), opening a quotation
    under a paragraph ending with a colon, or opening the body under the title's decks, and the addressees
    called one a line right above it, each closed by a comma, or the first piece of an address whose last
    piece is only the addressee's word (see the module)."""
    for index in range(1, len(blocks) - 1):
        block = blocks[index]
        one_line = block.kind in (BlockKind.PARAGRAPH, BlockKind.SALUTATION) and len(block.lines) == 1
        if not one_line or blocks[index + 1].kind is not BlockKind.PARAGRAPH:
            continue
        text = block.text.strip()
        quoted = text.startswith("“")
        closed = colon_address(text.removeprefix("“"))
        if not closed and not exclaimed_address(text.removeprefix("“")):
            continue
        start = index
        if _WORD_ONLY.match(text):
            if _one_line_paragraph(blocks[index - 1]) and _FIRST_PIECE.match(blocks[index - 1].text.strip()):
                start -= 1
        else:
            while start > 1 and index - start < _CALLED and _called(blocks[start - 1]):
                start -= 1
        above = blocks[start - 1]
        introduced = quoted and above.kind is BlockKind.PARAGRAPH and above.text.rstrip().endswith(("：", ":"))
        if introduced or (not quoted and _opens_under(above, text, closed, blocks[index + 1])):
            for piece in blocks[start : index + 1]:
                piece.kind, piece.lines = BlockKind.SALUTATION, [[piece.text]]


def _opens_under(above: Block, text: str, closed: bool, below: Block) -> bool:
    """Whether the address ``text``, alone on its line under ``above`` and over ``below``, opens a letter or a
    speech: ``closed`` by a colon (:func:`colon_address`) under the title's decks (as before round zg), a
    letter's or a page's heading, a signature, a closing line or an editor's note; called out
    (``亲爱的中国朋友们！``) there too when every piece is an addressee (:func:`addressees_only`) and prose
    follows (not a poem's first line, ``乡亲们！`` / ``我回来了，``). Not padded halves of a heading run into an
    address (:data:`_PADDED`)."""
    if not (above.kind in TOP_KINDS or above.kind in _OPENS_UNDER) or _PADDED.search(text):
        return False
    if closed:
        return True
    prose = below.text.strip()
    return addressees_only(text) and len(prose) >= _PROSE and prose.endswith(tuple("。！？…”"))


def addressees_only(text: str) -> bool:
    """Whether every piece of ``text`` (parted by ``，、！：``) ends with an addressee's word (:data:`_PIECE_END`)."""
    pieces = [piece for piece in re.split(r"[，、！!：:]", text.strip()) if piece]
    return bool(pieces) and all(_PIECE_END.search(piece) for piece in pieces)


def _one_line_paragraph(block: Block) -> bool:
    return block.kind is BlockKind.PARAGRAPH and len(block.lines) == 1


def _called(block: Block) -> bool:
    """Whether ``block`` is one addressee called on its line, closed by a comma (:data:`_COMMA_ADDRESSEE`),
    no clause nor telling (see :func:`colon_address`)."""
    text = block.text.strip()
    return (
        _one_line_paragraph(block)
        and _COMMA_ADDRESSEE.match(text) is not None
        and _CLAUSE.search(text) is None
        and _TELLING.search(text) is None
    )


def letter_below(blocks: list[Block], index: int, first: int, address: str) -> bool:
    """Whether the paragraph ``index``, below the body's first (``first``), opening on ``address``, opens a letter
    of its own: an address to the editors (:data:`_EDITORS`) under another letter's signature, a title or an
    editor's note (a page of readers' letters), or any address under a paragraph announcing a message (…原信如下：,
    :data:`_ANNOUNCING`; not …激动地说：, a speech reported); not inside a letter the body opens with
    (:func:`inside_letter`: a letter it quotes, ``他来信说：`` / ``王力同志：你好！…``)."""
    if index <= first or inside_letter(blocks, index, first):
        return False
    above = blocks[index - 1]
    announced = above.kind is BlockKind.PARAGRAPH and _ANNOUNCING.search(above.text.rstrip()) is not None
    return (above.kind in _ABOVE_LETTER and _EDITORS.match(address.strip()) is not None) or announced


def inside_letter(blocks: list[Block], index: int, first: int) -> bool:
    """Whether the block ``index`` is inside a letter the body opens with (a salutation, or a paragraph opening
    on an address to the editors, at ``first``) that no signature, closing line or heading has ended above it."""
    opening = blocks[first] if first < len(blocks) else None
    if opening is None or not (
        opening.kind is BlockKind.SALUTATION or _EDITORS.match(opening.text.split("：")[0] + "：")
    ):
        return False
    ended = (BlockKind.SIGNATURE, BlockKind.VALEDICTION, BlockKind.PLACE_DATE, BlockKind.INTERTITLE)
    return not any(block.kind in ended for block in blocks[first + 1 : index])


def opening_address(text: str) -> int:
    """Where the addressees opening ``text`` (:func:`colon_address`: ``朝鲜人民军的家属们：``) end, after their
    colon, with the letter's text after it; or 0."""
    colon = re.search(r"[：:]", text)
    if colon is None or colon.end() == len(text.rstrip()) or not colon_address(text[: colon.end()]):
        return 0
    return colon.end()


def spoken_address(text: str) -> int:
    """Where the address ending ``text`` after a speech's word and 说： starts (``…致词说：敬爱的总理同志，亲爱的
    同志们：``, :data:`_SPOKEN`), when it is an address (:func:`colon_address`, :func:`exclaimed_address`); or 0."""
    spoken = _SPOKEN.search(text.rstrip())
    address = spoken.group("address") if spoken else ""
    found = (colon_address(address) or exclaimed_address(address)) and addressees_only(address)
    return spoken.start("address") if spoken and found else 0
