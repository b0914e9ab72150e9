"""A title of two decks over a summary deck is a title of three (round ze).

:func:`.decks.deck_kinds` reads the lines the article's title field holds. A news report may print one more deck under
them, above its dateline lead: a summary of the news in a longer line (``万余干部奔赴新区领导，…``,
``美帝正在步希特勒的后尘，…``, ``在给印度驻华使馆的照会中指出，…``, ``指出：你们在巴黎…``), which
:func:`.zh_summaries.summary_deck` makes a subtitle once the lines are blocks. The title then has three decks, and its
first two are read as the first two of three (:func:`three_decks`): by the full form of a Chinese title (引题, 主题,
副题) when the second may be the main title, a kicker over the headline (``列昂节夫在真理报发表专文`` /
``美国经济危机在增长中`` / ``美帝正在步希特勒的后尘，…``), not the headline and the subtitle a title of two decks would
be. The rules of three decks keep their exceptions: a second deck that summarises (sentence punctuation:
``真理报论减低物价决定`` / ``党与政府这一划时代的决定，…`` / ``两个世界两个经济制度的鲜明对比，…``, headline and two
subtitles in the gold), a first deck that the lead reports apart, a host's reception (:mod:`.deck_hosts`), a second deck
going on from the first (:func:`.deck_middle.goes_on`).

Only the kinds of a title read headline + subtitle change, and only to kicker + headline; a title read otherwise, or
whose headline runs over two lines, or with a kicker printed above it, is left as it was.

Measured (round ze): dev blocks +4 (1950-03-06, 1963-06-04); nothing moves outside the gold. Left wrong (review of round
ze): 1946-06-07 (``四十余县八十万人卷入斗争`` / ``冀鲁豫群运如烈火燎原`` / ``万余干部奔赴新区领导，…``) and 1967-02-02
(``法驻华使馆人员竟驱车撞伤我示威群众…`` / ``我外交部副部长召见法大使提出严重抗议`` / ``指出：…``), kicker + headline in
the gold, stay a headline and its subtitle: their leads report the first deck apart. Doubtful takes on made-up titles: a
second deck going on from the first with no subject of its own (``我国第一座原子反应堆建成`` /
``开始运转生产放射性同位素``, ``中国女排荣获世界杯冠军`` / ``七战七捷为祖国赢得荣誉``) becomes the headline, as the full
form reads such decks in titles of three (the dev gold's ``江淮我军继续向南挺进`` / ``解放六合进逼浦口`` / …)."""

from __future__ import annotations

from ..model import Block, BlockKind
from .decks import deck_kinds

#: The kinds of a title of two decks read as a headline and its subtitle.
_TWO = [BlockKind.HEADLINE, BlockKind.SUBTITLE]
#: The kinds the first two decks of three take in the full form.
_FULL_FORM = [BlockKind.KICKER, BlockKind.HEADLINE]


def three_decks(title: list[Block], summary: Block, lead: str) -> None:
    """Read again the decks ``title`` (the blocks above ``summary``, the summary deck made a subtitle under them) as
    the first two of a title of three, ``lead`` the report's first paragraph: a kicker and the headline when
    :func:`.decks.deck_kinds` reads the three so (see the module)."""
    if [block.kind for block in title] != _TWO or any(len(block.lines) != 1 for block in title):
        return
    kinds = deck_kinds([block.text for block in (*title, summary)], lead)
    if kinds[:2] == _FULL_FORM:
        for block, kind in zip(title, _FULL_FORM, strict=True):
            block.kind = kind
