"""Picture captions among the paragraphs of a Chinese text (read from the text alone: the JSON distribution has
no indentation):

* a picture note (``（附图片）``, ``（图片）``), standing alone or glued to the end of a paragraph (it is cut off as its
  own block), a paragraph that speaks of a picture (``图为…``, ``上图：…``) or names a work of art reproduced, with its
  medium (``贡嘎雪峰（油画）``); after a picture note, the paragraphs (or list items) that end the text are its
  captions where they are few and short, or a photo report's series under its maker, or a long text's few long
  captions saying what the picture shows (not a report's own paragraphs: :func:`_captions_under_note`), and so
  are the list items right above the picture's maker's line ending the text (``（1）大庆油田的采油工人…`` /
  ``（2）…`` / ``新华社记者摄``), and so is the paragraph right above a picture's
  maker's line where it opens the text or follows the title or another picture's lines and where the text ends or the
  pictures go on under that line (a page of pictures: ``西沟村社员在摘葡萄`` / ``新华社记者　张瑞华摄`` /
  ``乱石成堆的…`` / ``新华社记者　花皑摄``; not an article's last paragraph, nor a report's first paragraph with the
  report going on under its picture, nor one opening with its lead). Among the captions, the line of the picture's maker
  (``新华社记者摄``, ``瓦西里耶夫绘``, ``蒋文彬插图``, ``新华社记者　李刚摄（传真照片）``), on its own or glued after
  the caption's last sentence, is a byline (not ``《本草纲目》插图``, a book's picture); the agency's credit or the
  picture's source glued after a caption (``…通信卫星。新华社发（传真照片）``, ``…阿布拉莫夫（原载苏联“真理报”）``), or
  a credit line among the captions, is a credit. The name padded after a work of art's title and medium
  (``蔡元培（雕塑）　　　　刘开渠``: the padding sets it on a line of its own), or alone on the line under it
  (``人不犯我　我不犯人（雕塑）`` / ``王合内``), is the work's maker: a byline, not a letter's signer. A maker in
  brackets glued to a short paragraph (``…这是他们在跳红军舞。（本报记者朱波摄）``) is cut off as a byline, the
  paragraph his picture's caption."""

from __future__ import annotations

import itertools

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import TOP_KINDS, Block, BlockKind
from .zh_ends import BRACKETED_MAKER_TEXT, PICTURE_NOTE, PICTURE_NOTE_TEXT, REPORTER, source_credit
from .zh_rules import CJK_NAME, split_block, split_off_glued

#: A picture note glued to the end of a paragraph, perhaps with the caption's opening (上图：).
_GLUED_PICTURE_NOTE = lazy(rf"(?<=\S){PICTURE_NOTE_TEXT}(?:[上下左右]?图[：:])?$")
#: The paper's remark on its cuts glued to a sentence's end: …十分热闹。（本报有删节）
_GLUED_CUT_REMARK = lazy(rf"(?<=[。！？”]){pt.ZH_CUT_REMARK_TEXT}。?$")
_PICTURE_TEXT = lazy(r"^(?:图为|[上下左右中]图[：:]|图[一二三四五六七八九十]*[：:])")
#: The media a work of art reproduced names in brackets after its title: （油画）, （中国画）, （雕塑）.
_MEDIUM = "(?:油画|中国画|国画|书法|版画|水彩画?|水粉画?|木刻|雕塑|素描|年画|漫画|剪纸|宣传画|篆刻)"
#: A work of art reproduced on the page: its title, its medium in brackets, perhaps its maker
#: (贡嘎雪峰（油画）, 天山之乐（中国画）刘大为).
_ARTWORK = lazy(rf"^[^，。！？；：（）()]{{1,20}}[（(]{_MEDIUM}[）)](?:[　 ]*[\u4e00-\u9fff·]{{2,4}})?$")
#: A work of art's title and its medium in brackets, perhaps a note on it in brackets after them (艰苦岁月（雕塑）
#: （八一美展作品））, with no maker: the line its maker's name, padded or on the next line, stands under.
_ARTWORK_TITLE = lazy(
    rf"^[▲△]?[^，。！？；：（）()]{{1,20}}[（(]{_MEDIUM}[）)](?:[（(][^，。！？；：（）()]{{1,12}}[）)])?$"
)
#: A work of art's maker padded apart after its medium in brackets: 延安人（油画）　　　　　罗工柳.
_PADDED_MAKER = lazy(r"(?<=[）)])[　 ]+[\u4e00-\u9fff·]{2,4}$")
#: A picture's maker in brackets glued to the end of its caption: …这是他们在跳红军舞。（本报记者朱波摄）,
#: （四）西康活佛段象贤在大会上发言（王普林摄）.
_GLUED_BRACKETED_MAKER = lazy(rf"(?<=[^\s（(]){BRACKETED_MAKER_TEXT}$")
#: A name alone: the maker of the picture above it.
_ARTIST = CJK_NAME
#: The longest caption a picture's maker in brackets may close (…这是他们在跳红军舞。（本报记者朱波摄））.
CAPTION_LENGTH = 100
#: Captions after a picture note, ending the text: this many paragraphs of at most :data:`CAPTION_LENGTH`
#: whatever stands above the note.
CAPTIONS = 3
#: Captions after a picture note, ending the text, at the most: this many paragraphs (a photo report's series: seven
#: in 1980-07-02's, 考察队制做的部分海藻标本。 / …), each at most this long (a picture of the 1960s and 1970s is
#: captioned in two sentences, what it shows and who is in it: 沈阳储运公司革委会，…。这是公司革委会主任…, 122
#: characters; a longer paragraph is the text's own).
NOTE_CAPTIONS, NOTE_CAPTION_LENGTH = 10, 150
#: What a caption longer than :data:`CAPTION_LENGTH` says of its picture, past its first sentence: who or what it
#: shows (…。这是公司革委会主任…, 图为党支部书记…, 李凤山（左二）, 左起：…); a report's paragraph says none of it.
_PICTURE_WORDS = lazy(r"图为|[。！；]这是|[（(](?:[左右中前后][一二三四五六七八九]?|[左右]起)[）)]|[左右]起[：:]")
#: The picture's maker: a reporter's line, or names (a foreign one of five characters), then 摄, 绘 or
#: 插图, perhaps padded before it (新华社记者 摄, 文铎　插图), perhaps a note in brackets (新华社记者摄, 新华社记者
#: 李刚、王新庆摄, 瓦西里耶夫绘, …摄（传真照片）); not a caption's verb (…精心彩绘, …在车间拍摄).
_MAKER_NAMES = r"[\u4e00-\u9fff·]{2,5}(?:[、　 ]+[\u4e00-\u9fff·]{2,5})*"
_MAKER = (
    rf"(?:{REPORTER}(?:[　 ]*{_MAKER_NAMES})?[　 ]*(?:摄影?|绘)|{_MAKER_NAMES}[　 ]*(?:摄|绘|插图))"
    r"(?:[（(][^（）()]{1,8}[）)])?"
)
_PICTURE_MAKER = lazy(rf"^{_MAKER}$")
#: The maker of a photo report's pictures, over its captions: a maker's line or names then 摄影报道 (时盘棋  摄影报道,
#: 本报记者　徐大刚　摄影报道).
_PHOTO_REPORTER = lazy(rf"^(?:{_MAKER}|{_MAKER_NAMES}[　 ]*摄影报道)$")
#: The maker's line glued after a caption's last sentence: …参观全国农业学大寨展览。新华社记者摄
_GLUED_MAKER = lazy(rf"(?<=[。！？”])[　 ]*{_MAKER}$")
#: The agency's credit glued after a caption, perhaps with where the picture comes from in brackets: after the
#: caption's last sentence (…施放一颗通信卫星。新华社发（传真照片）, …招手致意。新华社发（美联社照片）), or, the
#: picture's source in brackets saying so, after a caption with no final stop (…在训练新华社发（资料照片）); not
#: 新华社发 inside the caption's words (新华社发出…, 新华社发表…: a sentence, not the line's end).
_PICTURE_SOURCE = r"[（(][^（）()]{0,8}(?:照片|图片)[）)]"
_GLUED_AGENCY = lazy(
    rf"(?:(?<=[。！？”])[　 ]*{pt.ZH_AGENCY}发(?:{_PICTURE_SOURCE})?"
    rf"|(?<=[^\s。！？”，、：；])[　 ]*{pt.ZH_AGENCY}发{_PICTURE_SOURCE})$"
)
#: Where the picture was first printed, in brackets glued to its caption, the source word opening them:
#: “调解人”墨菲在工作　阿布拉莫夫（原载苏联“真理报”）.
_GLUED_SOURCE = lazy(rf"(?<=\S){pt.ZH_SOURCE_BRACKET}$")
#: The agency's credit alone on the picture's line, its picture's source in brackets after it: 新华社发（传真照片）.
_AGENCY_LINE = lazy(rf"^{pt.ZH_AGENCY}发{_PICTURE_SOURCE}$")
#: What may stand right above the caption over a picture's maker: the title, its byline, another picture's lines.
_ABOVE_CAPTION = TOP_KINDS | {BlockKind.CAPTION}


def split_picture_notes(blocks: list[Block]) -> None:
    """Cut the picture notes glued to the end of paragraphs into caption blocks of their own
    (before the closing rules read the lines: ``陶文祥  伍三才（附图片）`` is a byline, then the note);
    an editors' remark left before the note is one: ``（本报有删节）（附图片）``; then
    :func:`split_cut_remark`."""
    split_off_glued(blocks, _GLUED_PICTURE_NOTE, BlockKind.CAPTION)
    for block, after in itertools.pairwise(blocks):
        if block.kind is BlockKind.PARAGRAPH and after.kind is BlockKind.CAPTION and pt.editorial(block.text, "zh"):
            block.kind, block.lines = BlockKind.EDITORIAL, [[block.text]]
    split_cut_remark(blocks)


def split_cut_remark(blocks: list[Block]) -> None:
    """Cut the paper's remark on its cuts glued to the end of the last paragraph, above the
    captions that end the text (``…十分热闹。（本报有删节）``), into an editorial block of its own."""
    end = len(blocks)
    while end > 1 and blocks[end - 1].kind is BlockKind.CAPTION:
        end -= 1
    last = blocks[end - 1] if blocks else None
    if last is not None and last.kind is BlockKind.PARAGRAPH and len(last.lines) == 1:
        if match := _GLUED_CUT_REMARK.search(last.text):
            blocks.insert(end, split_block(last, match.start(), BlockKind.PARAGRAPH, BlockKind.EDITORIAL))


def mark_captions(blocks: list[Block]) -> None:
    """Make picture notes and the paragraphs that caption a picture CAPTION (see the module)."""
    split_picture_notes(blocks)
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if block.kind is BlockKind.INTERTITLE and len(block.lines) == 1 and _PADDED_MAKER.search(text):
            if _ARTWORK.match(text):  # (a work's title and its maker padded apart, read as a heading for its length)
                block.kind = BlockKind.CAPTION
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.CAPTION):
            continue
        if _PICTURE_TEXT.match(text) or _ARTWORK.match(text):
            block.kind = BlockKind.CAPTION
        elif PICTURE_NOTE.match(text):
            block.kind = BlockKind.CAPTION
            rest = [other for other in blocks[index + 1 :] if other.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)]
            if _captions_under_note(blocks, index, rest):
                for other in rest:
                    other.kind = BlockKind.CAPTION
                if len(rest) > 1 and _ARTIST.match(rest[-1].text.strip()):
                    rest[-1].kind = BlockKind.BYLINE  # the picture's title, then its maker: 入学的第一天 / 邓家鉤
    _items_above_maker(blocks)
    _captions_above_makers(blocks)
    _picture_makers(blocks)
    _artwork_makers(blocks)
    _bracketed_makers(blocks)


def _captions_under_note(blocks: list[Block], note: int, rest: list[Block]) -> bool:
    """Whether ``rest``, the paragraphs ending the text under the picture note at ``note``, are its captions: a few
    short ones (:data:`CAPTIONS` of :data:`CAPTION_LENGTH`), or, to :data:`NOTE_CAPTIONS` of
    :data:`NOTE_CAPTION_LENGTH` and none opening with a news lead (a report under its picture goes on), a photo
    report's series under its maker (``时盘棋  摄影报道（附图片）``), or the few captions of a longer text's picture,
    fewer than the blocks above the note (its title and bylines aside), each one past :data:`CAPTION_LENGTH`
    saying who or what the picture shows (:data:`_PICTURE_WORDS`). Not the paragraphs of a report whose picture
    note stands over it or is glued to its lead or to a paragraph before its end, as short as captions."""
    if len(rest) <= CAPTIONS and all(len(other.text) <= CAPTION_LENGTH for other in rest):
        return True
    if len(rest) > NOTE_CAPTIONS or any(len(other.text) > NOTE_CAPTION_LENGTH for other in rest):
        return False
    if any(pt.ZH_LEAD.match(other.text.strip()) for other in rest):
        return False
    if len(rest) > CAPTIONS:
        return note > 0 and _PHOTO_REPORTER.match(blocks[note - 1].text.strip()) is not None
    above = [block for block in blocks[:note] if block.kind not in TOP_KINDS]
    return len(above) > len(rest) and all(
        len(other.text) <= CAPTION_LENGTH or _PICTURE_WORDS.search(other.text) for other in rest
    )


def _bracketed_makers(blocks: list[Block]) -> None:
    """A picture's maker in brackets glued to the end of a short paragraph (:data:`_GLUED_BRACKETED_MAKER`) is
    cut off as a byline; what he made a picture of, the paragraph, is its caption."""
    for index in reversed(range(len(blocks))):
        block = blocks[index]
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.CAPTION) or len(block.lines) != 1:
            continue
        glued = _GLUED_BRACKETED_MAKER.search(block.text.rstrip())
        if glued and glued.start() <= CAPTION_LENGTH:
            blocks.insert(index + 1, split_block(block, glued.start(), BlockKind.CAPTION, BlockKind.BYLINE))


def _artwork_makers(blocks: list[Block]) -> None:
    """Make BYLINE a name alone (read as a signer or a paragraph) right under a work of art's title and medium
    (:data:`_ARTWORK_TITLE`), the caption: its maker (see the module)."""
    for index in reversed(range(len(blocks))):
        block = blocks[index]
        padded = _PADDED_MAKER.search(block.text.rstrip()) if block.kind is BlockKind.CAPTION else None
        if padded and len(block.lines) == 1 and _ARTWORK.match(block.text.strip()):
            blocks.insert(index + 1, split_block(block, padded.start(), BlockKind.CAPTION, BlockKind.BYLINE))
    for above, block in itertools.pairwise(blocks):
        if block.kind not in (BlockKind.SIGNATURE, BlockKind.PARAGRAPH) or len(block.lines) != 1:
            continue
        if above.kind is BlockKind.CAPTION and _ARTWORK_TITLE.match(above.text.strip()):
            if _ARTIST.match(block.text.strip()):
                block.kind = BlockKind.BYLINE


def _items_above_maker(blocks: list[Block]) -> None:
    """Make CAPTION the list items right above the picture's maker's line ending the text (see the module)."""
    last = len(blocks) - 1
    if last < 1 or blocks[last].kind not in (BlockKind.PARAGRAPH, BlockKind.BYLINE):
        return
    index = last if _PICTURE_MAKER.match(blocks[last].text.strip()) else 0
    while index > 0 and blocks[index - 1].kind is BlockKind.LIST_ITEM:
        index -= 1
        blocks[index].kind = blocks[last].kind = BlockKind.CAPTION  # (the maker's line, a byline below)


def _captions_above_makers(blocks: list[Block]) -> None:
    """Make CAPTION the paragraph over a picture's maker's line atop the text or a picture's lines, where the
    pictures go on or the text ends under that line (see the module)."""
    for index in range(1, len(blocks)):
        block, above = blocks[index], blocks[index - 1]
        if above.kind is not BlockKind.PARAGRAPH or block.kind not in (BlockKind.PARAGRAPH, BlockKind.BYLINE):
            continue
        if not _PICTURE_MAKER.match(block.text.strip()) or pt.ZH_LEAD.match(above.text.strip()):
            continue  # (a news paragraph opening with its lead is the report's, not a caption)
        if (index == 1 or blocks[index - 2].kind in _ABOVE_CAPTION) and _pictures_go_on(blocks, index + 1):
            above.kind = block.kind = BlockKind.CAPTION  # (the maker's line: a byline below)


def _pictures_go_on(blocks: list[Block], index: int) -> bool:
    """Whether what stands at ``index``, under a picture's maker's line, ends the text or goes on with the
    pictures (a caption, a picture note, the next picture's caption over its maker's line), not with the
    report the picture illustrates."""
    if (
        index >= len(blocks)
        or blocks[index].kind is BlockKind.CAPTION
        or PICTURE_NOTE.match(blocks[index].text.strip())
    ):
        return True
    following = blocks[index + 1].text.strip() if index + 1 < len(blocks) else ""
    return blocks[index].kind is BlockKind.PARAGRAPH and bool(_PICTURE_MAKER.match(following))


def _credit_line(text: str) -> bool:
    """Whether ``text``, a line among a picture's captions, is a credit: the agency's (（新华社发）), the source a
    picture or a piece is taken from (（原载苏联“真理报”）, 越南通讯社传真照片（新华社发））."""
    return bool(pt.ZH_CREDIT.match(text) or pt.ZH_SOURCE_CREDIT.match(text)) or source_credit(text)


def _picture_makers(blocks: list[Block]) -> None:
    """Make BYLINE the captions that name the picture's maker, cutting them off a caption they end."""
    for index in reversed(range(len(blocks))):
        block = blocks[index]
        if block.kind is not BlockKind.CAPTION or len(block.lines) != 1:
            continue
        if _PICTURE_MAKER.match(block.text.strip()):
            block.kind = BlockKind.BYLINE
        elif _AGENCY_LINE.match(block.text.strip()) or _credit_line(block.text.strip()):
            block.kind, block.lines = BlockKind.CREDIT, [[block.text]]
        elif glued := _GLUED_MAKER.search(block.text):
            blocks.insert(index + 1, split_block(block, glued.start(), BlockKind.CAPTION, BlockKind.BYLINE))
        elif (source := _GLUED_SOURCE.search(block.text)) and pt.ZH_SOURCE_CREDIT.match(source.group()):
            blocks.insert(index + 1, split_block(block, source.start(), BlockKind.CAPTION, BlockKind.CREDIT))
        elif (agency := _GLUED_AGENCY.search(block.text)) and agency.start() > 0:
            start = agency.start() + len(agency.group()) - len(agency.group().lstrip("　 "))
            blocks.insert(index + 1, split_block(block, start, BlockKind.CAPTION, BlockKind.CREDIT))
