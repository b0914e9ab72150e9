"""Checks of a parsed source that the shapes alone do not make: a language division whose text
is in the other language (P011), and two articles in one file (P012).

Both are things the parser would otherwise pass on silently: English text after ``Original:``
tagged ``zh-Hans``, or a second article's ``### title`` taken for a signature of the first.
"""

from __future__ import annotations

from ..diagnostics import Reporter
from ..lazy_re import lazy
from ..model import Text
from .lines import RawLine

#: A Han character (the CJK unified ideographs and their extension A).
_HAN = lazy(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN = lazy(r"[A-Za-z]")
#: A text with fewer letters than this is too short to judge.
_ENOUGH = 20
#: A block is judged by its first characters (enough to tell a language, and cheap on a huge one).
_SAMPLE = 2000
_ISO_DATE = lazy(r"^\d{4}-\d{2}-\d{2}$")
_EN_TITLE = lazy(r"^Title\s*:")
_EN_FIELD = lazy(r"^[A-Z][A-Za-z ]{0,20}:")


def _share_of_han(text: str) -> tuple[float, int]:
    """The share of Han characters among the letters of ``text``, and the number of letters."""
    han, latin = _HAN.subn("", text)[1], _LATIN.subn("", text)[1]  # counts, without a list of matches
    letters = han + latin
    return (han / letters if letters else 0.0), letters


def _foreign(text: Text, share: float) -> bool:
    """Whether a block whose Han share is ``share`` is in the other language than ``text``'s."""
    return share < 0.1 if text.short == "zh" else share > 0.5


def check_languages(texts: list[Text], reporter: Reporter) -> None:
    """Warn (P011) about the blocks of a Chinese division that are mostly Latin letters, or of
    an English one that are mostly Han characters (blocks of too few letters are not judged):
    their language tag would be wrong. One warning per division, at its first such block."""
    for text in texts:
        foreign = []
        for block in text.blocks:
            share, letters = _share_of_han(block.text[:_SAMPLE])
            if letters >= _ENOUGH and _foreign(text, share):
                foreign.append(block)
        if foreign:
            what, other = ("Chinese", "Latin letters") if text.short == "zh" else ("English", "Han characters")
            reporter.warning(
                "P011",
                f"{len(foreign)} of the {len(text.blocks)} blocks of the {what} text are mostly {other}, "
                f'yet tagged xml:lang="{text.lang}": check that the right text stands here',
                foreign[0].span.line,
                foreign[0].span.column,
            )


def check_one_article(lines: list[RawLine], reporter: Reporter) -> None:
    """Stop (P012) at a second article header of one kind: a ``### title`` followed by a date
    line within three lines, or a ``Title:`` line followed by another header field. (A bilingual
    file has one of each.)"""
    seen: set[str] = set()
    for index, line in enumerate(lines):
        if not line.text.startswith(("###", "Title")):
            continue
        following = [ln.text for ln in lines[index + 1 : index + 4]]
        if line.text.startswith("###") and any(_ISO_DATE.match(text) for text in following):
            kind = "###"
        elif _EN_TITLE.match(line.text) and following and _EN_FIELD.match(following[0]):
            kind = "Title:"
        else:
            continue
        if kind in seen:
            raise reporter.fail(
                "P012",
                f"a second article starts here (a second '{kind}' header): one article per file; split the file",
                line.number,
                line.column,
            )
        seen.add(kind)
