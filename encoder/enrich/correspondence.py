"""Correspondence: who sent each signed letter, and when and where when its closer says so.

A letter, telegram or signed message of the first language version (the original of a
bilingual article) whose closer holds signature blocks gets one :class:`Correspondence`:

- the senders are the signature lines without a trailing date or congratulation formula
  (:func:`encoder.patterns.signer_name`);
- the date is the first date phrase of the closer's place-date blocks that states a full
  day (``1958年9月19日``, ``一九七六年九月三十日``); a date whose year or month was taken
  from the issue date (``五月十五日``) says nothing certain about the sending and is left out;
- the place is what follows that date after ``于`` (``1958年9月19日于莫斯科``).

Date and place are read from Chinese datelines only: an English dateline (``Moscow,
September 19, 1958``) puts the place first and is not read yet, so an English letter gets
its senders alone.

The pass recomputes the list each time, so running it twice gives the same result.
"""

from __future__ import annotations

import re

from ..diagnostics import Reporter
from ..model import Article, Block, BlockKind, Correspondence, Letter, PhraseKind, inline_text, walk
from ..patterns import signer_name

#: A date value that names a day (the dates pass also gives ``YYYY-MM`` and ``YYYY``).
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: What introduces the place after the date of a Chinese dateline.
_AT = "于"


def correspondence(article: Article, reporter: Reporter) -> None:
    """Set ``article.correspondence``: one entry per signed letter of the first language version."""
    article.correspondence = []
    if not article.texts:
        return
    text = article.texts[0]
    for part, _depth in walk(text):
        if isinstance(part, Letter):
            found = _letter(part, text.lang)
            if found is not None:
                article.correspondence.append(found)


def _letter(letter: Letter, lang: str) -> Correspondence | None:
    senders = [signer_name(block.text) for block in letter.closer if block.kind is BlockKind.SIGNATURE]
    if not senders or letter.id is None:
        return None
    found = Correspondence(letter.id, lang, senders)
    if lang.startswith("zh"):
        for block in letter.closer:
            if block.kind is BlockKind.PLACE_DATE:
                dated = _dateline(block)
                if dated is not None:
                    found.date, found.place = dated
                    break
    return found


def _dateline(block: Block) -> tuple[str, str | None] | None:
    """The full date a place-date block states and the place after it (None: no full date)."""
    for number, line in enumerate(block.lines):
        for index, item in enumerate(line):
            if isinstance(item, str) or item.kind is not PhraseKind.DATE:
                continue
            if item.value is None or item.certainty is not None or not _FULL_DATE.fullmatch(item.value):
                continue
            after = "\n".join(
                [inline_text(line[index + 1 :]), *(inline_text(rest) for rest in block.lines[number + 1 :])]
            )
            after = after.lstrip()
            place = after[len(_AT) :] if after.startswith(_AT) and len(after) > len(_AT) else None
            return item.value, place
    return None
