"""Bylines and credits closing a Chinese text that need no indentation (the JSON distribution has none): a reporter's
line anywhere, a line of names at the top or the end (above a picture note that ends the text, too), a role and a name
padded apart as the last line, and at the text's end (above its picture notes) a reporter, a unit of writers, names or a
one-character pen name in brackets glued to it (not places or people of the story), names before a credit; and a
picture's maker alone in brackets anywhere (（王普林摄）, （压题漫画朱根华绘））; and, after the closing rules, the
writer's or signer's post alone right above the names that close the text (北京医科大学血液病研究所教授 /
郭乃榄　陆道培). They run after a quotation's source (``zh_rules.quoted_source``) and before a message's closings
(``zh_rules.letter_closings``)."""

from __future__ import annotations

import re

from .. import patterns as pt
from ..lazy_re import lazy
from ..model import Block, BlockKind
from . import zh_ends
from .zh_ends import NAME, SOLID_NAME, last_words, unit_writers
from .zh_rules import split_block

_NAMES = rf"{NAME}(?:[、　 ]+{NAME}){{0,3}}"
#: A line of names alone near the end or the top (为民  杨枫  海鹰, 张安祥　王沈海摄), a
#: credited role (推荐人：王淑雯); names of two padded (``zh_ends.NAME``: 沈　勤) only before 摄 (沈　勤摄), bare
#: names solid (``zh_ends.SOLID_NAME``): a table's or a verse's padded words that open with a surname
#: (金　额　　单　价, 江　山　　万　里) are no names line.
_NAMES_LINE = lazy(
    rf"^(?:{SOLID_NAME}(?:[　 ]+{SOLID_NAME}){{1,2}}|{NAME}(?:[　 ]+{NAME}){{0,2}}摄|(?:推荐人|撰文|摄影)[：:]{NAME})$"
)
#: A reporter glued to the end of the last paragraph: …登台表演。本报记者王芳, …的斗争。新华社通讯员 (unnamed), a space
#: between them or none (…都有好处。 本报记者)
_GLUED_REPORTER = lazy(
    rf"(?<=[。！？”」])[　 ]*(?:本报|新华社)(?:驻[^。，！？]{{1,8}})?(?:记者|通讯员)(?:[　 ]*{NAME})?$"
)
#: Names in brackets glued to the end of the last paragraph: …的故事。（周义、罗彦） (no editors'
#: remark, place, number or credit: ``zh_ends.bracketed_names``; read with no test of each name).
GLUED_NAMES = lazy(rf"(?<=[。！？”」])[（(](?!(?:{pt.ZH_DATE.pattern})[）)]){zh_ends.SHAPED_GROUP}[）)]$")
#: A writer's one-character pen name in brackets glued to the text's last sentence: …而努力。（恩）, as padded
#: (…　（君）) or alone on its line (（霄））; not a picture's side or a numbering (（左）, （甲）, （表）, （戊）),
#: an editors' end mark or a source's word (（终）, （讫）, （节）, （转）, （载）), a sex after a name (（女））.
_GLUED_PEN_NAME = lazy(r"(?<=[。！？”」])[（(](?![左右前后甲乙丙丁戊己庚辛图表终讫节转载女男])[\u4e00-\u9fff][）)]$")
#: The writer's role, padding, then the name, at the very end: 新闻研究生  刘小明
_ROLE_NAME = lazy(rf"^[\u4e00-\u9fff]{{2,10}}[　 ]{{2,}}{NAME}$")
#: A picture's maker alone in brackets on a line of its own (``zh_ends.BRACKETED_MAKER_TEXT``): （王普林摄）.
_BRACKETED_MAKER = lazy(rf"^{zh_ends.BRACKETED_MAKER_TEXT}$")
#: Names, or a maker's line (names then 摄), with a credit after them: 张敏  （新华社发）, 沈　勤摄（新华社稿）
_NAMES_CREDIT = lazy(rf"^{_NAMES}摄?[　 ]*(?=[（(])")


def closing_lines(blocks: list[Block]) -> None:
    """Bylines that need no indentation: a reporter's line anywhere, a line of names at the top
    or the end (above a picture note that ends the text, too), a role and a name padded apart (a
    unit and a name: ``zh_ends.unit_writers``) as the last line, and at the text's end (above its
    picture notes) a reporter or ``zh_ends.closing_writers`` glued to it (a one-character pen name too),
    names before a credit."""
    end = last_words(blocks) + 1
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.PARAGRAPH or len(block.text) > 40:
            continue
        near_edge = index <= 2 or end - 3 <= index < end
        last_line = index == end - 1 and (_ROLE_NAME.match(block.text) or unit_writers(blocks, index))
        maker = _BRACKETED_MAKER.match(block.text.strip())
        if (
            zh_ends.REPORTER_LINE.match(block.text)
            or (near_edge and _NAMES_LINE.match(block.text))
            or last_line
            or maker
        ):
            block.kind, block.lines = BlockKind.BYLINE, [[block.text]]
    last = last_words(blocks)
    if last <= 0 or blocks[last].kind is not BlockKind.PARAGRAPH:
        return
    block, text = blocks[last], blocks[last].text
    if zh_ends.BRACKETED_REPORTERS.match(text.strip()) and blocks[last - 1].text.rstrip().endswith(
        zh_ends.SENTENCE_END
    ):
        block.kind, block.lines = BlockKind.BYLINE, [[text]]  # （本报记者  朱剑红整理） under the last sentence
        return
    names_credit = _NAMES_CREDIT.match(text)
    if names_credit and zh_ends.source_credit(text.strip()):
        block.kind, block.lines = BlockKind.CREDIT, [[text]]  # 传真照片（新华社发）: a picture's source, no names
        return
    if names_credit and pt.ZH_CREDIT.match(text[names_credit.end() :]):
        blocks.insert(last + 1, split_block(block, names_credit.end(), BlockKind.BYLINE, BlockKind.CREDIT))
        return
    reporter = _GLUED_REPORTER.search(text)
    glued = (
        reporter or zh_ends.GLUED_WRITERS_UNIT.search(text) or GLUED_NAMES.search(text) or _GLUED_PEN_NAME.search(text)
    )
    if glued and (reporter or zh_ends.closing_writers(glued.group())) and not _story_names(blocks, text, glued):
        blocks.insert(last + 1, split_block(block, glued.start(), BlockKind.PARAGRAPH, BlockKind.BYLINE))


def _story_names(blocks: list[Block], text: str, glued: re.Match[str]) -> bool:
    """Whether the names in brackets ``glued`` to the end of ``text`` are places or people of the story
    (``zh_ends.places_or_people``: （左权、和顺） where the text writes 左权县), or, two or more, a
    quotation's speakers right after it (…”（王志、李明））."""
    names = glued.group()
    if zh_ends.places_or_people(names, zh_ends.article_text(blocks)):
        return True
    several = len(zh_ends.split_names(names.strip()[1:-1])) > 1
    return several and text[: glued.start()].rstrip().endswith(("”", "」"))


#: A writer's or a signer's post or workplace alone on a line, no name in it: 北京医科大学血液病研究所教授,
#: 济南山东医学院华东白求恩医学院病理学科教授 (a post or a unit's word at its end; no pronoun opening it, 我们都是…;
#: no praise of one, a verse's or a farewell's: 永远做党的好书记, 甘当人民好教师, 敬爱的老院长; 中日友好医院 is one).
_ROLE_LINE = lazy(
    r"^(?![我你他她它这那])(?!.*(?:的|[民党]好|[甘争]当|[争要]做))[^，。！？；：“”（）()\s]{4,30}(?:教授|研究员|主任|医师|工程师|讲师|院长|所长|校长|局长|书记|部长|"
    r"经理|厂长|编辑|教员|教师|会长|秘书长|研究所|学院|大学|医院|研究院|工作部|办公室)$"
)


#: The names closing the text, bare (郭乃榄　陆道培, 孙绍谦).
_NAMES_ALONE = lazy(rf"^{_NAMES}$")


def roles_above_signers(blocks: list[Block]) -> None:
    """The post or workplace alone on the line right above the text's last line, a byline or a signature of
    names under its last sentence (北京医科大学血液病研究所教授 / 郭乃榄　陆道培, …教授 / 孙绍谦), is that line's kind:
    part of the same byline or signature (run after the closing rules, which give the names theirs)."""
    last = last_words(blocks)
    if last < 2 or blocks[last].kind not in (BlockKind.BYLINE, BlockKind.SIGNATURE):
        return
    role, above = blocks[last - 1], blocks[last - 2]
    if role.kind is not BlockKind.PARAGRAPH or len(role.lines) != 1 or not _ROLE_LINE.match(role.text.strip()):
        return
    names = blocks[last].text.strip()
    if not _NAMES_ALONE.match(names) or zh_ends.REPORTER_LINE.match(names):
        return  # (names bare: not a reporter's line, （王明）, （本报记者　王明摄）, whose own post it is not)
    if above.kind is BlockKind.PARAGRAPH and above.text.rstrip().endswith(zh_ends.SENTENCE_END):
        role.kind, role.lines = blocks[last].kind, [[role.text]]
