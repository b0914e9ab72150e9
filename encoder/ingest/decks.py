"""The decks of a Chinese headline: kickers (引题) above the main title, subtitles (副题) below.

The JSON distribution and the rmrb markdown give the title as one string (its decks joined by
spaces or U+3000); the body repeats it one deck a line, and sometimes prints a kicker above it
that the title leaves out. Which line is the main title is read from the lines themselves,
never from indentation (the JSON has none):

* a line that opens with ``——`` or stands wholly in brackets (``（…通过）``) is a subtitle, and
  so is every line after it;
* a line that ends by naming a speaker or a source (``…说``, ``…谈``, ``…提出``, ``…发布``) or
  with ``：``/``……`` introduces what follows: it and the lines above it are kickers;
* a first line that is a slogan of parallel phrases (``管好晚秋　收好早秋``) is a kicker;
* otherwise the first line is the main title and the others are subtitles, but for a
  document's title broken over two lines (``…关于…计划`` / ``…的审查报告``): one headline;
* below the repeated title, a note of adoption in brackets (``（…会议通过）``) is a subtitle;
* above it, an editor's note (``编者按：…``) that the paper prints before the title stays an
  editorial note (the title under it is still the headline).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import patterns as pt
from ..model import Block, BlockKind, Span, inline_text
from .lines import RawLine

#: A line that introduces the main title: a speaker's verb or a colon or an ellipsis at its end.
_INTRODUCES = re.compile(r"(?:说|谈|提出|发布|表示|指出|宣布|强调|认为|：|:|……|…)$")
#: A subtitle's own marks: a dash opening it, or brackets round all of it.
_SUBTITLE = re.compile(r"^(?:——|[（(].*[）)]$)")
#: Phrases side by side, separated by U+3000 or two spaces.
_PARALLEL = re.compile(r"\S(?:\u3000| {2,})\S")

#: A document's title broken over two lines: ``…关于…计划`` / ``执行情况…的审查报告``.
_ABOUT = "关于"
_DOCUMENT_END = re.compile(r"(?:报告|决定|决议|通知|条例|办法|规定|意见|公报|纲要|说明|规划|计划|公告)$")
#: A note of adoption in brackets below a document's title: （…会议通过）, （…批准）.
_ADOPTION = re.compile(r"^[（(][^（）()]{4,80}(?:通过|批准|公布|发布)[）)]$")

#: How many lines above the repeated title may be kickers the title leaves out.
MAX_KICKERS = 3
#: The longest line that may stand as a kicker above the repeated title.
KICKER_LENGTH = 80


def deck_kinds(lines: list[str]) -> list[BlockKind]:
    """The kind of each line of a headline printed over several lines (see the module)."""
    kinds = [BlockKind.SUBTITLE] * len(lines)
    if not lines:
        return kinds
    end = next((i for i, line in enumerate(lines) if i and _SUBTITLE.match(line.strip())), len(lines))
    main = 0
    for index in range(end - 1):
        if _INTRODUCES.search(lines[index].strip()):
            main = index + 1
    if main == 0 and end > 1 and _PARALLEL.search(lines[0].strip()) and not _PARALLEL.search(lines[1].strip()):
        main = 1
    kinds[:main] = [BlockKind.KICKER] * main
    kinds[main] = BlockKind.HEADLINE
    if main + 1 < len(lines) and _continues(lines[main].strip(), lines[main + 1].strip()):
        kinds[main + 1] = BlockKind.HEADLINE  # the title's second line, not a deck of its own
    return kinds


def _continues(main: str, following: str) -> bool:
    """Whether ``following`` ends the document title ``main`` began (关于… / …的报告)."""
    return _ABOUT in main and _ABOUT not in following and bool(_DOCUMENT_END.search(following))


def adoption_note(text: str) -> bool:
    """Whether ``text``, the line below a headline, is a note of its adoption: a subtitle."""
    return _ADOPTION.match(text.strip()) is not None


def locate(
    title: str, body: list[RawLine], match: Callable[[str, list[RawLine]], tuple[int, int | None]]
) -> tuple[int, int | None, int]:
    """Where the body repeats ``title`` (``match`` finds it at the top of a run of lines): the
    number of lines the title takes, where it is glued to what follows (or None), and how many
    kicker lines stand above it that the title leaves out (0, 1 or more; all 0 if not found)."""
    used, glued_at = match(title, body)
    above = 0
    while not used and above < MAX_KICKERS and above + 1 < len(body):
        above += 1
        used, glued_at = match(title, body[above:])
    if used and above and not kicker_lines([raw.text for raw in body[:above]]):
        return 0, None, 0
    return (used, glued_at, above) if used else (0, None, 0)


def kicker_lines(texts: list[str]) -> bool:
    """Whether ``texts``, printed above the repeated title, may all be kickers of it (or, the
    first, an editor's note printed above the title)."""
    return 0 < len(texts) <= MAX_KICKERS and all(
        0 < len(text.strip()) <= KICKER_LENGTH or (not index and pt.editorial(text, "zh"))
        for index, text in enumerate(texts)
    )


def split_headline(path: str, kickers: list[RawLine], head: Block, head_lines: list[RawLine]) -> list[Block]:
    """The kicker lines the title left out, then the headline block ``head`` (whose lines are
    ``head_lines``) cut into one block a deck: kickers, the headline, subtitles."""
    above = [
        Block(_above_kind(raw.text), [[raw.text]], Span(path, raw.number, raw.column), raw.indent) for raw in kickers
    ]
    if len(head.lines) == 1:
        return [*above, head]
    decks: list[Block] = []
    for raw, line, kind in zip(
        head_lines, head.lines, deck_kinds([inline_text(line) for line in head.lines]), strict=True
    ):
        if decks and kind is BlockKind.HEADLINE is decks[-1].kind:
            decks[-1].lines.append(line)  # a title over two lines is one headline
            continue
        decks.append(Block(kind, [line], Span(path, raw.number, raw.column), raw.indent))
    return [*above, *decks]


def _above_kind(text: str) -> BlockKind:
    """A line above the repeated title: an editor's note printed there, or a kicker."""
    return BlockKind.EDITORIAL if pt.editorial(text, "zh") else BlockKind.KICKER
