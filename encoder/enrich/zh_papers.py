"""Newspapers written without marks (真理报, 劳动报, 消息报): a word of jieba's cut of three
characters or more ending in 报, where the text says right after it what a paper does or has
(发表, 记者, 驻…, 说: :data:`_SAYING`). The policy makes newspapers organisations (劳动者报,
星洲日报); those in 《》 or “” are :func:`.zh_bodies.periodicals`'s, and the CRF reads most papers
named 日报 or 时报 itself.

Not a word the dictionary knows as a common word (机关报, 大字报), a document, a report or a
return (联合公报, 思想汇报, 高回报: :data:`_NOT_PAPERS`), nor a kind of paper put up by hand
(黑板报, 手抄报); not where another name overlaps the word.
"""

from __future__ import annotations

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


def papers(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with each newspaper of ``text`` written without marks (see the
    module's note) an organisation, where no name overlaps it."""
    words = zh_words.words()
    if "报" not in text or words is None:
        return found
    added = [
        (start, end, made_name(PhraseKind.ORG, word))
        for start, end, word in zh_words.spans(text)
        if paper(word, words.names_nothing(word))
        and _SAYING.match(text, end)
        and not any(s < end and start < e for s, e, _ in found)
    ]
    return sorted([*found, *added], key=lambda f: f[0]) if added else found


def paper(word: str, common: bool) -> bool:
    """Whether a word of the cut may be a newspaper's name: three characters or more ending in 报,
    no common word (``common``: jieba's dictionary knows it as one) nor one of :data:`_NOT_PAPERS`."""
    return len(word) >= 3 and word.endswith("报") and not common and not word.endswith(_NOT_PAPERS)
