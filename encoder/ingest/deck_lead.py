"""How much of a title's decks the article's lead repeats: which deck is its news (issue 13).

The lead, the article's first paragraph, reports the news of the main title: its first sentence,
after the dateline, repeats a larger share of that deck's character pairs than of the others'.
:mod:`.decks` reads it for a title of two decks (which of the two is the main title) and of three
(whether the first deck is a kicker, or the main title over decks each a report of its own: the
lead's first sentence reports the first and the whole lead repeats hardly any of the second).

Tried twice and not kept: a paragraph of whole sentences between the title and the first lead
read as a summary deck (a subtitle). Both times the review's inputs still became subtitles: 又讯
as the first lead, a quotation of Mao's with 教导, a roundup's introduction over two leads, a
one-paragraph commentary over 【新华社河内二日电】, and a paragraph ending in ：. Whole sentences
there are as often the text's own opening; the shape alone does not tell a summary from it.
"""

from __future__ import annotations

from .. import patterns as pt
from ..lazy_re import lazy

#: How much more of the second deck than of the first the lead must repeat for it to be the news,
#: and the fewest character pairs the second deck has for the share to say anything (``外宾``: one).
LEAD_MARGIN = 0.2
LEAD_PAIRS = 4
#: The largest share of a title's second deck the whole lead may repeat when the decks are each a
#: report of its own (the second not the news the lead tells, but a report the article gives later).
APART = 0.2
#: What may stand between a lead's dateline (:data:`.patterns.ZH_LEAD`) and its news: a note in
#: brackets (（迟到）), another agency's or paper's dateline or a report's source (据合众社素非亚讯：,
#: 据“苏联海军报”报道：, 本社记者报道：).
BEFORE_NEWS = lazy(
    r"^[\s\u3000]*(?:[（(][^）)]{0,40}[）)][\s\u3000]*)?(?:[^，。：\s]{2,24}(?:讯|报道)[：:][\s\u3000]*)?"
)


def _kept(text: str) -> str:
    """``text``'s words (Han characters, letters, digits), run together."""
    return "".join(char for char in text if char.isalnum())


def _pairs(text: str) -> set[str]:
    """The pairs of adjacent characters of ``text``'s words (Han characters, letters, digits)."""
    kept = _kept(text)
    return {kept[index : index + 2] for index in range(len(kept) - 1)}


def _runs(kept: str, shared: set[str]) -> int:
    """How many runs of adjacent pairs of ``kept`` are among ``shared`` (天主教 and 教徒认为: two)."""
    inside = [kept[index : index + 2] in shared for index in range(len(kept) - 1)]
    return sum(1 for index, now in enumerate(inside) if now and (index == 0 or not inside[index - 1]))


def parallel(line: str, heading: str, fewest: int) -> bool:
    """Whether ``line`` and ``heading`` are parallel headings of two reports: ``fewest`` character
    pairs in common, and more than one name in common: both open on the same words (钱其琛会见里约集团 /
    钱其琛会见陈丽敏一行), or the pairs lie in two places of each (南京天主教和基督教教徒认为… /
    津爱国天主教徒和基督教徒认为…); not one long name alone (中国人民志愿军, 长江三峡工程), nor a line naming
    the heading's opening words after its own (北京上海天津广州等地群众集会游行 over 上海百万群众集会游行: it
    sums the reports up)."""
    shared = _pairs(line) & _pairs(heading)
    one, other = _kept(line), _kept(heading)
    if len(shared) < fewest or other[:2] in one[1:]:
        return False
    return one[:3] == other[:3] or (_runs(one, shared) >= 2 and _runs(other, shared) >= 2)


def repeated(deck: str, lead: str) -> float:
    """The share of ``deck``'s character pairs that ``lead`` repeats."""
    pairs = _pairs(deck)
    return len(pairs & _pairs(lead)) / len(pairs) if pairs else 0.0


def lead_sentence(lead: str) -> str:
    """The first sentence of the lead ``lead``, after its dateline (the project's one grammar of
    them, :data:`.patterns.ZH_LEAD`) and what may follow it (:data:`BEFORE_NEWS`)."""
    return BEFORE_NEWS.sub("", pt.ZH_LEAD.sub("", lead.strip(), count=1), count=1).split("。")[0]


def reports(lead: str, second: str, first: str) -> bool:
    """Whether the news ``lead`` reports is the deck ``second`` rather than the deck ``first`` above
    it: the lead's first sentence (after its dateline) repeats clearly more of it
    (:data:`LEAD_MARGIN`)."""
    sentence = lead_sentence(lead)
    if not sentence or len(_pairs(second)) < LEAD_PAIRS:
        return False
    return repeated(second, sentence) > repeated(first, sentence) + LEAD_MARGIN
