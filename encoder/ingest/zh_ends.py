"""Where a Chinese text's words end, and names in brackets, shared by the closing rules.

* **the text's end**: the notes (credits, editorial remarks) that close it, the picture notes
  (``（附图片）``) and the short lines under them that caption the picture are not its words;
* **names in brackets**: a pen name or the writers in brackets (``（晓江）``, ``（周义、罗彦）``),
  not an editors' remark on the text (``（节选）``, ``（未完待续）``, ``（附表）``, ``（上）``), a place
  (``（北京）``), a number (``（一）``) nor an agency's credit (``（新华社）``, ``（本报）``);
* **the writers' unit and name**: the last line of a text, a unit or a role, padding, then a name or
  the unit's office (:func:`unit_writers`), is its byline;
* **the authors under the title**: the line that names them, padded or dotted (:func:`authors_line`);
  a line of their names alone below it, or of some of them dressed as writers' names are (``（李东炎）``,
  ``·士芳·``), is their byline (:func:`authors_alone`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import Block, BlockKind

#: A picture note: （附图片）, （图片）; the lines below it are the picture's, not the text's.
PICTURE_NOTE_TEXT = r"[（(]附?图片?[）)]"
PICTURE_NOTE = lazy(rf"^{PICTURE_NOTE_TEXT}")
#: What ends a paragraph's last sentence.
SENTENCE_END = tuple("。！？!?…”」）)")
#: A sentence's marks, which no heading holds (its commas and enumeration commas aside): :mod:`.zh_lines`,
#: :mod:`.zh_short_lines`, :mod:`.zh_long_bare`.
HEADING_STOPS = frozenset("。！？；：…!?;:")
#: The shortest paragraph that may stand under a bare heading.
BARE_HEADING_BODY = 30
#: The longest line under a picture note that may caption the picture.
_PICTURE_LINE = 30

#: A person's name as the rules read it in a line: two to four Chinese characters (·: 凯山·丰威汉), or two set
#: apart by a full-width space as the paper prints a name of two, opening with a surname (沈　勤摄, 本报记者　肖　翔摄);
#: not two of a heading spaced out character by character (初　经　考　验), nor a table's or a verse's words of two
#: so spaced (品　名　　单　价, 春　风　　杨　柳). A name alone on its line is read solid (:data:`SOLID_NAME`:
#: ``zh_rules.CJK_NAME``), a heading of two spaced out (前　言) no name, and so are bare names padded apart
#: (``zh_closing_bylines._NAMES_LINE`` but before 摄, ``zh_tails._NAMES``: 金　额　　单　价 opens with surnames).
SOLID_NAME = r"[\u4e00-\u9fff·]{2,4}"
_PADDED_PAIR = (
    r"(?<!\u3000[\u4e00-\u9fff]\u3000)[\u4e00-\u9fff]\u3000[\u4e00-\u9fff](?!\u3000[\u4e00-\u9fff](?:\u3000|$))"
)
_SURNAME = f"[{''.join(sorted(pt.ZH_SURNAMES))}]"
NAME = rf"(?:{SOLID_NAME}|(?={_SURNAME}){_PADDED_PAIR})"
#: A name in brackets closing a text, where a pen name of two is padded too (（希　令））.
BRACKETED_NAME = rf"(?:{SOLID_NAME}|{_PADDED_PAIR})"
#: A reporter's role: 本报记者, 新华社通讯员.
REPORTER = r"[\u4e00-\u9fff]{0,8}?(?:记者|通讯员)"
#: A paper's, an agency's or a unit's reporter (本报记者, 新华社通讯员, 黑龙江日报记者, 本报特约记者,
#: 新华社驻京记者): only such roles stand together unnamed in a reporters' line.
_OUTLET_ROLE = (
    r"(?:(?:本报|新华社|[\u4e00-\u9fff]{1,6}?[社报])(?:驻[\u4e00-\u9fff]{1,8}?)?(?:特约)?|特约)(?:记者|通讯员)"
)
#: A reporter's line: 本报记者　柏生, 本报通讯员, 新华社记者　游云谷摄 (新华社记者 摄, padded), one role and
#: several names (本报记者　张维　李明), several reporters named and padded apart (本报记者　李明　新华社记者　张宿堂);
#: several papers' or agencies' reporters, named or not,
#: padded or slashed apart (新华社通讯员　新华社记者, 本报通讯员/本报记者) or, each named, run together
#: (新华社记者张宿堂黑龙江日报记者张苹). Not roles of any words (我是人民的通讯员　我是党的好记者) nor
#: roles with words between them (美联社记者采访新华社记者, 一位老记者和他的报社通讯员).
REPORTER_LINE = lazy(
    rf"^(?:{REPORTER}(?:[　 ]*{NAME}(?:[　 、]+{NAME})*)?(?:[　 ]+{REPORTER}[　 ]*{NAME})*"
    rf"|{_OUTLET_ROLE}(?:[　 ]*{NAME})?(?:[　 /／、]+{_OUTLET_ROLE}(?:[　 ]*{NAME})?)+"
    rf"|{_OUTLET_ROLE}[　 ]*{NAME}(?:[　 /／、]*{_OUTLET_ROLE}[　 ]*{NAME})+)(?:[　 ]*摄)?$"
)
#: A paper's or an agency's reporters in brackets on the line closing the text, perhaps with what they did
#: (（本报记者  朱剑红整理）, （本报记者赖仁琼、吕网大…采写）, （新华社记者　李明摄））: an outlet's role, no sentence
#: (（斯大林对“真理报”记者的谈话）, （真理报记者的报道）: 的 opens no name).
BRACKETED_REPORTERS = lazy(
    rf"^[（(]{_OUTLET_ROLE}[　 ]*(?![的和与在对说是])[\u4e00-\u9fff·]{{2,4}}"
    rf"(?:[、　 ]+[\u4e00-\u9fff·]{{2,4}})*[　 ]*(?:整理|采写|摄|报道|撰稿|执笔)?[）)]$"
)
#: The verb closing a picture's maker's line: …摄, …摄影, …绘, …插图.
MAKER_VERB = r"(?:摄影?|绘|插图)"
#: A picture's maker in brackets, perhaps after what he made (（王普林摄）, （本报记者朱波摄）, （压题漫画朱根华绘）,
#: （本版美术作品由张海波摄影））: no reference (（见第三版插图）), no caption (（图为…）), no sentence (no
#: punctuation, not …所摄, …拍摄); no maker but when or how it was made (（一九四五年摄）, （三十年代摄）, （航空摄影）,
#: （显微摄影）, （气象卫星摄）, （西汉彩绘）, （木刻插图）, （根据照片绘）), nor a pronoun's (（我自己摄）), nor a
#: book's picture (（原书插图）, （书中插图））.
BRACKETED_MAKER_TEXT = (
    r"[（(](?!见|详见|参见|图为|[上下左右]图|[我你他她])"
    r"(?![^（）()]*(?:\d|[〇○零一二三四五六七八九十]年|年代|航空|航拍|卫星|显微|遥感|红外|水下|彩绘|木刻|据|原书|书中))"
    rf"[^（）()，。！？；：“”《》\s]{{2,16}}(?<![所拍]){MAKER_VERB}[）)]"
)
#: What parts the names in brackets: a pause mark, a comma or padding (（洪胜平  杨国平）).
NAME_SEPARATOR = r"[、，]|[　 ]+"
#: The most names in brackets read by their shape alone (（周义、罗彦）, （汤苏文　许星）); a larger
#: group (（连相、经文、麦生、本成、富录、次孟）) only where each is tested as a person's name
#: (``enrich.zh_pieces.person_in_brackets``: ``（北京、天津、石家庄、太原、济南）`` is none), up to
#: :data:`MOST_NAMES`.
SHAPED_NAMES = 4
MOST_NAMES = 8
#: Names of a person each (:data:`BRACKETED_NAME`) as many as their shape tells, parted as in brackets: what
#: ``zh_closing_bylines.GLUED_NAMES`` reads glued to a sentence (zh_pieces, which tests names, reads no more).
SHAPED_GROUP = rf"{BRACKETED_NAME}(?:(?:{NAME_SEPARATOR}){BRACKETED_NAME}){{0,{SHAPED_NAMES - 1}}}"
#: What opens brackets naming a unit that did not write the text: a source (据, 摘自, 选自, 译自, 转自,
#: 录自, 原载, 引自), an explanation (即, 简称, 又称, 亦称) or a reference (见, 参见, 详见).
_NO_WRITERS = r"(?!据|摘|选自|译自|转|录自|原载|引自|即|简称|又称|亦称|见|参见|详见)"
#: The head word of a unit a writer signs from: a group, an office, a section, a works, a school (…工作组,
#: …政治处, …军大); of a division of the country (…公安县).
_OFFICE_HEAD = r"(?:组|办公室|处|科|室|部|局|厂|矿|队|校|军大|大学|学院|医院|公司|站|所)"
_DIVISION = r"[省市县区乡镇村]"
#: The writer after a unit's or a place's name and a pause mark or padding: a name, not a place (（湖南省　长沙市）,
#: （北京市、天津市））, or a second unit, an office (（白错工作组、联合办公室）; not （北京市东城区、西城区））.
_WRITER_AFTER = rf"(?:(?:、|[　 ]+)[\u4e00-\u9fff·]{{1,4}}(?<!{_DIVISION})|、[\u4e00-\u9fff]{{1,14}}?{_OFFICE_HEAD})"
#: What a unit did that is no writing, or a note on the text or its author: it supplied, published or made
#: something (（地质部供稿）, （国家统计局发布）, （中华书局出版）, （该厂技术科试制）), something is left out
#: (（以下各科从略）, （此处有删节）), the author's note (（作者系北京大学教授））.
_NO_WRITING = r"供稿|提供|[发公]布|出版|试制|监制|[略删]|作者"
#: A unit or a place, then the writer: a name or a short word after a pause mark or padding
#: (（书店通讯组、毛）, （湖北省公安县  赵仁元）) or run on after an office's head word, not a division's
#: (（华北军大娄铁钧）, （良乡政治处张雷）; not （河北省保定）, （北京市王府井）), or a second unit
#: (（白错工作组、联合办公室）); no paper's or agency's word, no date, no clause (社, 报, 讯 but not
#: 通讯, 电, 的, 是, 年, 月, 日, a figure: （新华社太岳分社）; 之, 为 before the padding or pause mark, as a
#: name after it may hold them, （…公安县  张为民）: （参加中央局土地会议代表反省之一）, （作者为…厅长）), no
#: source (:data:`_NO_WRITERS`), nothing a unit did but write (:data:`_NO_WRITING`).
_UNIT_AND_WRITER = (
    rf"{_NO_WRITERS}(?![^（）()]*(?:社|报|(?<!通)讯|电|的|是|[年月日]|\d|{_NO_WRITING}))(?![^（）()、　 ]*[之为])"
    rf"[\u4e00-\u9fff]{{1,14}}?(?:{_OFFICE_HEAD}(?:{_WRITER_AFTER}|[\u4e00-\u9fff·]{{2,3}})|{_DIVISION}{_WRITER_AFTER})"
)
#: A unit of writers in brackets (a paper's correspondents' group, a joint office), perhaps after the
#: names of some of its members (names, then the unit): （中国人民大学通讯组）, （生秀、南天河通讯组）,
#: （武乡联合办公室）; or a unit or a place and the writer (:data:`_UNIT_AND_WRITER`); not a source or a
#: remark naming one (:data:`_NO_WRITERS`: （据县委报道组）, a credit; （摘自武乡联合办公室）,
#: （即县委通讯报道组）, （简称通讯组））.
WRITERS_UNIT_TEXT = (
    rf"[（(](?:{_NO_WRITERS}(?:{NAME}、){{0,3}}{_NO_WRITERS}"
    rf"[\u4e00-\u9fff]{{2,14}}?(?:通讯组|通讯小组|报道组|写作组|联合办公室)|{_UNIT_AND_WRITER})[）)]"
)
WRITERS_UNIT = lazy(rf"^{WRITERS_UNIT_TEXT}。?$")
#: A unit of writers glued to the last sentence: …以便群众监督。（武乡联合办公室）
GLUED_WRITERS_UNIT = lazy(rf"(?<=[。！？”」]){WRITERS_UNIT_TEXT}$")
#: Names in brackets: （林）, （孟皋卿）, （周义、罗彦）, （汤苏文　许星）, padded wider (（洪胜平  杨国平）), up
#: to :data:`MOST_NAMES` (:func:`bracketed_names` counts them).
_BRACKETED_NAMES = lazy(
    rf"^[（(][\u4e00-\u9fff·]{{1,4}}(?:(?:{NAME_SEPARATOR})[\u4e00-\u9fff·]{{1,4}}){{0,{MOST_NAMES - 1}}}[）)]$"
)
#: An editors' remark on the text in brackets: what is appended (（附图片）, （附表）), an excerpt
#: (（节选）, （摘要）, （有删节）), a sequel or its end (（待续）, （未完待续）, （完）, （全文完）), a draft
#: (（草案）), a reprint or translation (（节录）, （选载）, （转载）, （译文）, （有改动）, （全文）), a part of a
#: series (（上）, （下）), a note, an omission, a translation (（注）, （略）, （译）).
_EDITORS_NOTE = lazy(r"附|图片|节选|节录|摘|删|续|完|草案|选载|转载|译文|改动|全文|^[上中下注略译]$")
#: A place in brackets (a dateline): a capital (（北京）, （南京）), a province, city, county or district.
_PLACE = lazy(r"^[东南西北]京$|[省市县区]$")
#: What the audience does, written in brackets in a speech (（热烈鼓掌）, （掌声）, （笑声）, （全场起立）,
#: （欢呼）), a month or a time of day (（五月）, （下午）) and a repeat (（同上）): no names.
_NO_NAMES = lazy(
    r"鼓掌|掌声|笑声|[大众哄]笑|^笑$|欢呼|起立|喝彩|喝采|静场|^[正一二三四五六七八九十冬腊]{1,2}月$|^[上下中]午$|^同上$"
)


#: What opens a source in brackets: 据, or 均据 (以上均据, 上述均据) closing a round-up of short reports
#: that all come from one source (（以上均据新华社）, （均据新华社电）).
ACCORDING = r"(?:(?:以上|上述)?均)?据"
#: How a person in the story is called, not signed: a trade, a kinship or a post after the surname
#: (王师傅, 李大娘, 张大爷, 刘老汉, 赵队长, 孙书记): a speaker or a subject, no writer.
CALLED = lazy(
    r"(?:师傅|师父|大娘|大爷|大伯|大叔|大婶|大嫂|大妈|大哥|大姐|老汉|老头|老太|奶奶|爷爷|婆婆|嫂子|"
    r"同志|老师|医生|大夫|队长|社长|书记|主任|厂长|场长|村长|乡长|县长|班长|排长|连长|模范|"
    r"主席|总理|总司令|司令员|司令|政委|部长|将军|元帅|首长|总统|首相|先生|女士|局长|经理|校长|教授)$"
)


def called(name: str) -> bool:
    """Whether ``name`` is a person as the story calls one (:data:`CALLED`): the call word after a surname or a
    short name opening with one (王师傅, 周总理, 李明同志); not a writer's post before the name, which a
    padding parts from it (（县委书记　王明）, （厂长　李大海）, （公社社长　王明）: the byline's role)."""
    match = CALLED.search(name)
    return match is not None and 0 < match.start() <= 3 and pt.zh_surnamed(name[: match.start()])


#: A village's name, no writer's: a surname, 家 and a settlement's or a landform's head (王家峪, 马家河,
#: 杨家岭, ``enrich.zh_villages.HEADS`` and 河, 峡, 坡; not 黄家荣, a person), or a name of three characters
#: ending as a hamlet or a landform does (柳树屯, 石岭峪, 三道沟; not a pen name of two, 梅村).
VILLAGE_LIKE = lazy(
    r"^[\u4e00-\u9fff]家[村庄台店园桥闸集湾沟坪营寨堡屯窑岭峪洼塘铺河峡坡]$|^[\u4e00-\u9fff]{2}[屯寨堡峪坪坡洼峡岭湾沟]$"
)
#: A unit of place the text writes after a name (左权县, 王家峪村): the name is a place's, no writer's.
_PLACE_UNIT = "省市县区乡镇村庄屯旗盟州"


def article_text(blocks: list[Block]) -> str:
    """The text of all ``blocks``, joined: what :func:`places_or_people` reads a name in."""
    return "\n".join(block.text for block in blocks)


def places_or_people(text: str, article: str) -> bool:
    """Whether names in brackets (``text``) name places or people of the story, not writers: a village's
    name (:data:`VILLAGE_LIKE`: （王家峪、李家坪））, a person as the story calls one (:data:`CALLED`:
    （王师傅、李大娘））, or a name of two characters or more that ``article``, the text, writes as a place's,
    a unit of place after it (（左权、和顺） where it writes 左权县)."""
    inner = text.strip().removesuffix("。").strip("\u3000 ")[1:-1]
    for name in split_names(inner):
        if VILLAGE_LIKE.search(name) or called(name):
            return True
        if len(name) >= 2 and re.search(f"{re.escape(name)}[{_PLACE_UNIT}]", article):
            return True
    return False


#: A source credit standing apart at the end: a report in brackets opening with 据 (（据越南南方解放电台）),
#: or where a picture comes from, then an agency's credit in brackets (越南通讯社传真照片（新华社发）);
#: not a remark on the figures (（据不完全统计）, （据统计）, （据了解）, （均据估计）).
_SOURCE = lazy(rf"^[（(]{ACCORDING}[^（）()]{{2,20}}[）)]$|^[^（）()]{{2,16}}(?:照片|图片)(?=[（(])")
_FIGURES_REMARK = lazy(rf"^[（(]{ACCORDING}(?:(?:不完全)?统计|了解|估计|测算|初步统计)[）)]$")


def figures_remark(text: str) -> bool:
    """Whether ``text`` is a remark on the figures in brackets (（据不完全统计）, （据统计）): no source,
    padded (:func:`source_credit`) or glued to the last sentence (``zh_tails``) alike."""
    return _FIGURES_REMARK.match(text.strip("\u3000 ")) is not None


def source_credit(text: str) -> bool:
    """Whether ``text`` credits a source (``_SOURCE``): the source in brackets, or a picture's source
    and an agency's credit in brackets."""
    match = _SOURCE.match(text)
    if match is None or figures_remark(text):
        return False
    return match.end() == len(text) or bool(pt.ZH_CREDIT.match(text[match.end() :]))


def editors_note(inner: str) -> bool:
    """Whether what brackets hold (``inner``, the brackets left off) is an editors' remark."""
    return bool(_EDITORS_NOTE.search(inner))


def split_names(inner: str) -> list[str]:
    """The items that names in brackets hold (``inner``, the brackets left off), parted by
    :data:`NAME_SEPARATOR`."""
    return re.split(rf"(?:{NAME_SEPARATOR})+", inner.strip())


def bracketed_names(text: str, most: int = SHAPED_NAMES) -> bool:
    """Whether ``text`` is names in brackets and nothing else (no editors' remark, place, number,
    credit, source (（据统计）), nor what the audience does, a month or a repeat: :data:`_NO_NAMES`), at most ``most``
    of them (:data:`SHAPED_NAMES` unless the caller tests each name), the last not ending in 等
    (（张三、李四、王五等）: a list, not writers)."""
    inner = text[1:-1]
    if not _BRACKETED_NAMES.match(text) or editors_note(inner) or _PLACE.search(inner) or pt.ZH_CREDIT.match(text):
        return False
    if _NO_NAMES.search(inner) or re.match(ACCORDING, inner):
        return False  # (（鼓掌）, （五月）; a source or a remark on figures: （据统计）, （均据新华社）)
    items = split_names(inner)
    if len(items) > most or (len(items) > 1 and items[-1].endswith("等")):
        return False
    return bool(set("".join(items)) - set(pt.ZH_NUMERAL))


def closing_writers(text: str) -> bool:
    """Whether ``text`` is the writers in brackets that close a text: names (:func:`bracketed_names`)
    or a unit of writers (:data:`WRITERS_UNIT`), a full stop after them allowed (（梁尚敏、律宗宪）。)."""
    text = text.strip()
    return bool(WRITERS_UNIT.match(text)) or bracketed_names(text.removesuffix("。"))


def name_under_sentence(
    blocks: list[Block],
    index: int,
    names: Callable[[str], bool] = bracketed_names,
    ends: tuple[str, ...] = SENTENCE_END,
    above: tuple[BlockKind, ...] = (BlockKind.PARAGRAPH,),
) -> bool:
    """Whether the block at ``index`` is a name in brackets alone on its one line (``names`` holds
    it: :func:`bracketed_names`) right under a block of a kind in ``above`` that ends its sentence
    (its text ends with one of ``ends``): …的活动。 / （晓江）."""
    block = blocks[index]
    if index == 0 or len(block.lines) != 1 or not names(block.text.strip()):
        return False
    return blocks[index - 1].kind in above and blocks[index - 1].text.rstrip().endswith(ends)


def last_text(blocks: list[Block]) -> int:
    """The index of the last block that is not a note (a credit, an editorial remark)."""
    last = len(blocks) - 1
    while last > 0 and blocks[last].kind in (BlockKind.CREDIT, BlockKind.EDITORIAL):
        last -= 1
    return last


def last_words(blocks: list[Block]) -> int:
    """The index of the text's last block above its notes and its pictures' notes (（附图片）,
    with the short lines under it that caption the picture: 蒋文彬插图)."""
    last = index = last_text(blocks)
    while index > 1:
        block = blocks[index]
        text = block.text.strip()
        if block.kind is BlockKind.CAPTION or PICTURE_NOTE.match(text):
            last = index - 1
        elif block.kind not in (BlockKind.CREDIT, BlockKind.EDITORIAL) and (
            len(text) > _PICTURE_LINE or text.endswith(SENTENCE_END)
        ):
            break
        index -= 1
    return last


#: The writers' unit or role (省, 市, 县, 社, 委, 局, 厂, 干部…) first, padding, then a name (two to
#: four characters) or the unit's office (…组, …室, …处): 北京市南苑区红星社下放干部  董卜一,
#: 江西省革命委员会　精简领导小组办事组 (words alone). A unit over a date (北京市革命委员会　一九六九年九月二日)
#: is a signature and its place-date, no byline; so are all of a unit (某部　全体战士) signing a letter.
_UNIT_WRITERS = lazy(
    r"^(?!.*(?:万岁|好$))(?=[^　 ]*(?:[省市县区社委局厂部队组院校所站]|干部|研究生|书记|主任))"
    r"[\u4e00-\u9fff]{2,16}"
    r"(?:[　 ]+(?![〇零一二三四五六七八九十]+[年月]|全体)"  # (no date, no 全体: a signature)
    r"(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]{2,14}[组室处科])){1,2}$"
)


#: A closing formula glued after a sentence of a paragraph: …请你们帮助解决这个问题。此致敬礼！
_GLUED_FORMULA = lazy(r"[。！？”](?:此致|敬礼|致以[^。！？]{0,10}敬礼)")


def letter(blocks: list[Block], kinds: tuple[BlockKind, ...]) -> bool:
    """Whether the text is a letter: a block of one of ``kinds`` (a salutation, a closing formula…), or
    a closing formula glued after a sentence of a paragraph (…帮助解决这个问题。此致敬礼！)."""
    return any(b.kind in kinds or (b.kind is BlockKind.PARAGRAPH and _GLUED_FORMULA.search(b.text)) for b in blocks)


#: A workplace before the padding and a name: the writer's unit (云南昆明铁路分局　侯瑞芳, 河南洛阳热电厂
#: 王群), not the place a reader signs a letter from (江西都昌县　张松生); each ending one of
#: ``zh_tails.PLACE_OR_UNIT``'s, within which it is read.
WORKPLACE_END = "厂|矿|局|站|公司|学校|大学|学院|医院"
WORKPLACE = lazy(rf"(?:{WORKPLACE_END})[　 ]")


def unit_writers(blocks: list[Block], index: int) -> bool:
    """Whether the block at ``index`` is the writers' unit and name (``_UNIT_WRITERS``) under a
    paragraph that ends its sentence (no line of a poem that sets its words apart)."""
    above = blocks[index - 1].text.rstrip() if index > 0 else ""
    return bool(_UNIT_WRITERS.match(blocks[index].text.strip())) and above.endswith(SENTENCE_END)


#: What sets a writer's name apart on the line under the title, no part of it: padding and the
#: middle dots around it (·赵树理·), read away when the line is matched with the authors field.
_NAME_DRESS = lazy(r"[\s·•・]+")


#: A remark after the authors' names on their line: the writer's nationality in brackets (王天玺（彝族）,
#: 傲腾（蒙古族）) or what they did (…一班集体创作, …执笔, …整理, 时盘棋  摄影报道).
_AUTHORS_REMARK = lazy(r"(?<=\S)(?:[（(][\u4e00-\u9fff]{1,5}族[）)]|[　 ]*(?:创作|执笔|整理|摄影报道))$")


def authors_line(text: str, authors: str) -> bool:
    """Whether ``text``, the line under the title, names the authors (the field, its names parted
    by a space): they alone (·赵树理·), or a short line ending with them as the field writes them,
    or, with no sentence punctuation, however the names are padded apart (本报记者  马应珊  禹伟良,
    the field 马应珊 禹伟良); a remark after them (:data:`_AUTHORS_REMARK`: 全国人大民族委员会　王天玺（彝族）)
    read away."""
    text = _AUTHORS_REMARK.sub("", text)
    bare, names = _NAME_DRESS.sub("", text), _NAME_DRESS.sub("", authors)
    if not names or len(text) > 40:
        return bare == names
    return bare == names or text.endswith(authors) or (bare.endswith(names) and not set(text) & pt.ZH_SENTENCE_PUNCT)


def bracketed_pen_name(blocks: list[Block]) -> None:
    """Writers in brackets (:func:`closing_writers`: a pen name, names, a unit of writers) on a
    line of their own closing the text sign it: the text's last block, or its last words' block
    under its last sentence, above the notes and the pictures' notes: （周良弼） above （附图片） or
    （新华社） (no number, （一）; no editors' remark, （完）, （节选）; no applause, （鼓掌）: see
    :func:`bracketed_names`)."""
    last = last_words(blocks)
    block = blocks[last]
    if block.kind is not BlockKind.PARAGRAPH or not closing_writers(block.text):
        return
    if places_or_people(block.text, article_text(blocks)):
        return  # (（左权、和顺） where the text writes 左权县; （王家峪、李家坪）; （王师傅、李大娘）)
    under = last >= 2 and name_under_sentence(blocks, last, closing_writers)
    if under or last == len(blocks) - 1 > 0:
        block.kind, block.lines = BlockKind.BYLINE, [[block.text]]


#: Names dressed as a writer's: in brackets or between middle dots (（李东炎）, ·士芳·).
_DRESSED_NAMES = lazy(r"^(?:[（(]([^（）()]+)[）)]|[·•・]([^·•・]+)[·•・])$")
#: A writer's name so dressed: a person's or a body's (（本报评论员）, （国家统计局）), not an agency's or a paper's
#: that credits the text (（人民铁道报社）, （新华社）).
_WRITER = lazy(r"[\u4e00-\u9fff·]{1,6}(?<![社报台讯电])")


def authors_alone(blocks: list[Block], authors: set[str], kind: BlockKind) -> None:
    """Each one-line block of ``kind`` below the title that holds the authors' names and nothing else
    becomes their byline: all of them, or, dressed as a writer's name is (in brackets, between middle
    dots: ``（李东炎）``, ``·士芳·``, ``（董志智　李绪珍）``), some of them, each a name of six characters
    at most (:data:`_WRITER`): a person's, or a body's the authors field names as the writer
    (``（本报评论员）``, ``（国家统计局）``), not a paper's or an agency's (``（人民铁道报社）``: its credit)."""
    for block in blocks[1:]:
        if block.kind is not kind or len(block.lines) != 1:
            continue
        dressed = _DRESSED_NAMES.match(block.text.strip())
        names = set((dressed.group(1) or dressed.group(2)).split()) if dressed else set()
        names = names if all(_WRITER.fullmatch(name) for name in names) else set()
        if set(block.text.split()) == authors or (names and names <= authors):
            block.kind, block.lines = BlockKind.BYLINE, [[block.text]]
