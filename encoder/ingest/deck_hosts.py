"""A title's first deck reporting a host's reception, banquet or meeting is its headline (round zd).

A first deck in which someone named holds a reception, a banquet or a party (``加纳驻华大使举行招待会``,
``格森·格森西大使举行宴会``, ``中华全国民主妇女联合会举行茶会``, ``奈温上将欢宴我军事代表团``) or meets a guest
(``李瑞环会见中日友好人士``, ``朱镕基总理同比亚总统会见``) is the news itself: the headline. The deck below
says what the reception was for or whom it welcomed (``庆祝加纳国庆和建军节``, ``欢迎法国前总理德姆维尔和夫人``)
or what was said (``双方就中喀关系进行了亲切友好的交谈``): a subtitle, not the main title under a kicker,
whatever the lead repeats of it (a lead tells the occasion as often as the host) and however many decks the
title has (:func:`host_over`; :func:`.decks.deck_kinds` asks it before it takes the second deck as the main
title). The dev gold and the deck gold read most such titles so (headline / subtitle), some as one
headline over two lines; two (``周恩来总理举行宴会`` / ``庆祝…和欢迎…``, 1956; ``李先念副总理举行宴会`` /
``热烈欢迎…`` / …, 1970) as a kicker over the headline, which this rule gets wrong.

Measured (round zd, 2026-12-04): dev blocks 15,911 → 15,919 of 16,551 (1960s +4, 1970s +2, 2000s +2; five titles
right, one broken: ``李先念副总理举行宴会`` / ``热烈欢迎…`` / …, 1970; two titles of three decks move from one wrong
reading to another: the gold reads their host's deck and its occasion as one headline in two lines); the deck gold
539 → 541 of 602. Outside the gold it moves one title, rightly (``李瑞环会见中日友好人士`` / ``祝贺…``, headline and
subtitle for all three readers of the deck gold). Not used: the occasion deck (``庆祝…``, ``欢迎…``, ``招待…``)
below a host's deck read as the rest of the headline in a title of three decks or more (dev +2, deck gold +1, from
four titles the gold reads two ways).

Left alone:

* a round-up of several hosts (``我驻亚非一些国家使馆分别举行招待会`` / ``庆祝中国人民解放军建军四十二周年``, a
  kicker in the gold; ``…先后设宴欢迎``, ``…纷纷举行宴会``): no one host's reception (:data:`_ROUND_UP`);
* a deck opening on the verb, no host of its own (``举行酒会欢迎日本各界朋友``, the predicate of the deck above),
  or on a frame (``在桑戈尔总统举行的宴会上``, ``为…``, ``庆祝…``: a kicker, :data:`.decks.CUES`), or naming the
  reception as a noun (``…举行的国庆招待会上洋溢革命气氛``), or a guest at it (``…出席歌舞晚会``);
* a deck with sentence punctuation (``行前举行告别宴会，塞拉西一世皇帝出席``: a summary);
* a second deck that reports a reception or a meeting too (``黄华外长欢宴瑞典外交大臣瑟德尔一行`` /
  ``黄华外长同瑟德尔外交大臣举行会谈``): two reports, neither the other's frame.
"""

from __future__ import annotations

from ..lazy_re import lazy
from . import deck_shapes, deck_verbs

#: What a host holds, ending the deck: a reception, a banquet, a party (举行招待会, 举行国庆招待会, 设午宴,
#: 举行答谢宴会, 举行酒会, 举行茶会, 举行联欢晚会); a few words may name it (国庆, 电影, 告别), and whom it
#: welcomes or what it celebrates may follow (…举行宴会欢迎古巴客人); not a press conference (…举行记者招待会: what
#: is said there is the news, the deck below; review of round zd).
_HOLDS = lazy(
    r"(?:举行|设)[^，。：；、\s的]{0,6}(?:(?<!记者)招待会|宴会|午宴|晚宴|便宴|国宴|酒会|茶会|茶话会|晚会|冷餐会|联欢会)"
    r"(?:(?:热烈)?(?:欢迎|欢送|招待|款待|庆祝|庆贺|欢庆|纪念)[^，。：；\s]{2,})?$"
)
#: Or a verb of hosting or meeting a guest, the guest after it (欢宴…, 宴请…, 设宴招待…, 会见…, 接见…,
#: 会见并宴请…), or a meeting of two ending the deck (…同比亚总统会见, …与…会晤); the host before it is a name,
#: no verb of its own (not 全国亿万军民…热烈欢呼毛主席再次接见…: the meeting is what is hailed).
_MEETS = lazy(
    r"^(?P<host>[^，。：；\s]{2,12}?)(?:欢宴|宴请|设宴(?:招待|欢迎|款待|欢送)?|会见|接见|会晤)(?:并宴请|并设宴招待)?"
    r"[^，。：；\s]{2,}$|^(?P<hosts>[^，。：；\s]{2,12}?)[同与][^，。：；\s]{2,}(?:会见|会晤)$"
)
#: Several hosts, each holding their own (一些…分别举行…, 纷纷…, 先后…): a round-up, no one host's reception.
_ROUND_UP = lazy(r"一些|分别|纷纷|先后|各自")
#: A time the meeting sets for what follows (…会见李显龙副总理时说, …会见后, …期间): a frame, no report.
_WHEN = lazy(r"(?:时|后|前|之际|期间|以来)[^，。：；\s]{0,2}$")
#: Openings with no host of their own: the verb itself, or a frame (在…举行的宴会上, 为…, 庆祝…, 纪念…).
_NO_HOST = lazy(r"^(?:举行|设宴|欢宴|宴请|会见|接见|会晤|在|为|庆祝|庆贺|欢庆|纪念|欢迎|热烈|同|与|应邀|出席|参加)")


def hosts(deck: str) -> bool:
    """Whether ``deck`` reports someone named holding a reception, a banquet or a party, or meeting a guest:
    a host before the verb (:data:`_NO_HOST`), no round-up of several hosts (:data:`_ROUND_UP`), no time it
    sets (:data:`_WHEN`), no sentence punctuation or dash."""
    deck = deck.strip()
    if not deck or _NO_HOST.search(deck) or _ROUND_UP.search(deck) or _WHEN.search(deck):
        return False
    if deck_shapes.SENTENCE & set(deck) or deck_shapes.DASH in deck:
        return False
    if _HOLDS.search(deck):
        return True
    meets = _MEETS.search(deck)
    return meets is not None and not deck_verbs.holds_verb(meets.group("host") or meets.group("hosts"))


def host_over(first: str, second: str) -> bool:
    """Whether ``first``, a title's first deck, reports a host's reception or meeting (:func:`hosts`) and
    ``second``, the deck below it, none: ``first`` is the headline, no kicker (see the module)."""
    return hosts(first) and not hosts(second)
