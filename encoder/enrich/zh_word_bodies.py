"""Bodies the CRF leaves that one word names, read where the word stands (the policy makes them
organisations): newspapers written without marks, the Republic's Yuans, the National People's
Congress by its short name. Each is added only where no other name overlaps it.

* :func:`papers`: a word of jieba's cut of three characters or more ending in 报, or a word the
  dictionary tags a name and 报 as a word of its own (红星 + 报, 红旗 + 报), where the text
  says right after it what a paper does or has (真理报发表, 劳动报驻联大记者, 消息报说:
  :data:`_SAYING`); not a word the dictionary knows as a common word (机关报, 大字报), a document,
  a report or a return (联合公报, 思想汇报, 高回报), nor a paper put up by hand (黑板报, 手抄报:
  :data:`_NOT_PAPERS`). Papers in 《》 or “” are :func:`.zh_bodies.periodicals`'s, and the CRF
  reads most papers named 日报 or 时报 itself.
* :func:`yuans`: the five Yuans of the Republic's government as words of the cut (“行政院”,
  伪行政院) or before their head's title (立法院院长, which the cut reads 立 + 法院院长), which
  name nothing else; not 行政院长, a title the cut gives as one word.
* :func:`congress`: 人大 after the ordinal of a congress (五届人大, 四届人大) or after China's name
  (中国人大代表团): the national congress, as the policy's 全国人大 (七届全国人大一次会议 →
  全国人大); not a local congress, whose ordinal follows its level (市十二届人大), nor 人大 that
  opens no word of the cut or whose 大 opens a word after China's name (中国人 + 大多数, 大都).
"""

from __future__ import annotations

from itertools import pairwise

from ..lazy_re import lazy
from ..model import PhraseKind
from . import zh_bodies, zh_words
from .naming import made_name
from .spans import Found

#: What a paper does or has, written right after its name (真理报发表, 劳动报驻联大记者, 消息报说).
_SAYING = lazy(r"记者|发表|报道|报导|社论|刊载|刊登|载文|评论|驻|称|说|指出|编辑部|写道|的(?:社论|评论|记者)")
#: Ends of a word in 报 that names a document, a report or a return, or a paper put up by hand:
#: no newspaper's name (联合公报, 思想汇报, 高回报, 黑板报).
_NOT_PAPERS = (*zh_bodies.DOCUMENTS, "汇报", "回报", "举报", "财报", "详报", "月报", "季报", "黑板报", "手抄报", "字报")
#: The five Yuans of the Republic's government.
YUANS = frozenset({"行政院", "立法院", "司法院", "考试院", "监察院"})
#: A Yuan before its head's title (立法院院长, 监察院副院长), the body as before any title
#: (国务院副总理 → 国务院), where the cut may read it wrong (立 + 法院院长).
_HEADED_YUAN = lazy(r"(?:行政|立法|司法|考试|监察)院(?=副?院长)")
#: What before 人大 makes it the national congress: a congress's ordinal after no level of a
#: division nor 第 (五届人大; not 市十二届人大, 县第十届人大), or China's name (中国人大代表团).
_NATIONAL_BEFORE = lazy(r"(?:(?<![省市县区乡镇州旗第一二三四五六七八九十])[一二三四五六七八九十]+届|中国)$")


def bodies(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with the bodies of :func:`papers`, :func:`yuans` and :func:`congress`."""
    return congress(text, yuans(text, papers(text, found)))


def papers(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with each newspaper of ``text`` written without marks (see the
    module's note) an organisation, where no name overlaps it."""
    words = zh_words.words()
    if "报" not in text or words is None:
        return found
    spans = zh_words.spans(text)
    taken = [(s, e) for s, e, w in spans if paper(w, words.names_nothing(w)) and _SAYING.match(text, e)]
    named = [(s, e + 1) for (s, e, w), (_, _, after) in pairwise(spans) if after == "报" and words.named(w)]
    return _added(found, [*taken, *((s, e) for s, e in named if _SAYING.match(text, e))], text)


def paper(word: str, common: bool) -> bool:
    """Whether a word of the cut may be a newspaper's name: three characters or more ending in 报,
    no common word (``common``: jieba's dictionary knows it as one) nor one of :data:`_NOT_PAPERS`."""
    return len(word) >= 3 and word.endswith("报") and not common and not word.endswith(_NOT_PAPERS)


def yuans(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with each Yuan of the Republic that is a word of the cut an
    organisation, where no name overlaps it (“行政院”, 伪行政院; not 行政院长)."""
    if "院" not in text:
        return found
    headed = [(m.start(), m.end()) for m in _HEADED_YUAN.finditer(text)]
    return _added(found, sorted({*((s, e) for s, e, word in zh_words.spans(text) if word in YUANS), *headed}), text)


def congress(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with each 人大 of ``text`` after a congress's ordinal or China's
    name (:data:`_NATIONAL_BEFORE`) an organisation, where no name overlaps it."""
    starts, at = [], text.find("人大")
    while at >= 0:
        before = _NATIONAL_BEFORE.search(text[:at])
        if before and at in zh_words.bounds(text) and not (before.group() == "中国" and _da_word(text, at + 1)):
            starts.append((at, at + 2))
        at = text.find("人大", at + 2)
    return _added(found, starts, text)


def _da_word(text: str, at: int) -> bool:
    """Whether the 大 at ``at`` opens a word of jieba's dictionary (大都, 大多数, 大力, 大规模): after
    China's name, 中国人 (Chinese people) and that word, no congress."""
    words = zh_words.words()
    return words is not None and any(words.listed(text[at : at + size]) for size in (2, 3, 4) if at + size <= len(text))


def _added(found: list[Found], spans: list[tuple[int, int]], text: str) -> list[Found]:
    """``found`` with an organisation on each of ``spans`` that no name of ``found`` overlaps."""
    added = [
        (start, end, made_name(PhraseKind.ORG, text[start:end]))
        for start, end in spans
        if not any(s < end and start < e for s, e, _ in found)
    ]
    return sorted([*found, *added], key=lambda f: f[0]) if added else found
