"""A title's first deck opening on 在, a place or a circumstance, with no subject of its own: a kicker (round zd).

A first deck that opens on the coverb 在 sets where, under what or while what the news of the next deck happens,
whatever it goes on to say after the place (``在全国各个战场上连续主动进攻敌人`` / ``老挝爱国军民英勇战斗取得新胜利``,
``在公社粮站集中烘干稻谷`` / ``无锡县基本上解决雨季稻谷霉烂问题``, ``在战无不胜的毛泽东思想统帅下胜利前进`` /
``用实际行动迎接…``): no subject of its own, it frames the deck below, a kicker (:func:`opens_in_place`, a cue
of :data:`.decks.CUES`; the deck below must then be shaped as a headline). ``decks._SETTING`` takes such a deck
when it ends on its place (``在…会议上``); this takes the rest.

Measured (round zd, 2026-12-04): dev blocks 15,919 → 15,925 of 16,551 (1960s, 1970s, 1980s +2: the three titles
above, none broken); the deck gold unchanged (541 of 602: its first decks on 在 end on their place, or are the
genre's); outside the gold nothing moves (its first decks on 在 are kickers already; of the twelve titles of two
decks or more opening on 在 in the unlabelled inputs, the guards refuse one, ``在古巴的…进步组织和人士发表声明…``,
a subject). A rule of this kind was 15 times wrong in 21 outside the gold unguarded in an earlier attempt: the
guards below come from its review, and the tests hold each with near misses of their own.

Not a frame, each a statement or a noun phrase of its own:

* a word that 在 opens, no coverb (``在逃``, ``在岗``, ``在线``, ``在职``, ``在校``, ``在押``, ``在建``, ``在野``,
  ``在于``…: ``在逃犯…``, ``在岗职工…``, ``在建项目…``), but a place that opens on the same character
  (``在岗位上…``, ``在线路上…``, ``在校园里…``): :data:`_WORD`;
* the people of a place (``在美华侨…``, ``在美留学生…``, ``在古巴的…进步组织和人士发表声明…``): :data:`_PEOPLE`;
* a place named by one character (``在京…``, ``在沪…``, ``在汉…``, ``在台…``), or 在华, most often the people there
  (``在京全国人大代表…``, ``在华日侨…``) or the place of the deck's own verb (``在京举行…``): :data:`_ABBREVIATION`;
  华 opens place names too (``在华盛顿…``, ``在华沙…``, ``在华北…``), which go through;
* a speech named by its occasion (``在…大会上的讲话``, ``在…座谈会中的发言``, ``在…时的谈话``): a document's title,
  the headline (:data:`_SPEECH`);
* a place followed by a subject of its own (``在党的领导下我们…``, ``在新的形势下我国…``): a statement
  (:data:`_SUBJECT`);
* a deck with sentence punctuation or a dash (:func:`.decks.frames` refuses those first).
"""

from __future__ import annotations

from ..lazy_re import lazy
from . import deck_shapes

#: 在 opening a word of its own, no coverb (在逃, 在岗 but 在岗位, 在线 but 在线路, 在校 but 在校园, 在职 but 在职工中,
#: 在建 but 在建设中, 在世 but 在世界…, 在野 but 在野外; 在位 but 在位置上, 在乡军人: review of round zd).
_WORD = lazy(
    r"^在(?:逃|岗(?!位)|线(?!路)|职(?!工)|校(?!园)|押|建(?!设)|读|编(?!辑)|册|野(?!外)|世(?!界|纪)|于|乎|意|劫|即|握|位(?!置)"
    r"|乡军人)"
)
#: The people of a place named after 在 (在京华侨, 在美留学生, 在日朝侨, 在古巴的其他…进步组织和人士…), no place or
#: time after them (not 在上万的劳动模范带动下, 在各国人民的声援下: a setting). Review of round zd: an army or the
#: dead of a place or a deed too (在越南的美国侵略军…, 在抗美援朝战争中牺牲的烈士…, 在朝中国人民志愿军…, 在日美军…),
#: a clause before 的 that holds a place of its own (在苏联学习的…), and 中国, 中华 after it (在苏联学习的中国留学生).
_PEOPLE = lazy(
    r"^在[\u4e00-\u9fff]{1,3}(?:华侨|华人|侨胞|同胞|台胞|公民|侨民|留学生|专家|朝侨|日侨)"
    r"|^在[朝日越](?:中国人民|中国|美国)?(?:志愿军|美军|军队|驻军|部队)(?!.*[上中下里]$)"
    r"|^在[^的]{1,14}的(?:中国|中华|[^上中下里]){0,16}?(?:人士|人民|组织|代表|学生|工人|农民|青年|朋友|专家|记者|群众|侨胞|"
    r"同胞|华侨|华人|公民|侨民|留学生|人员|军|部队|烈士|战士)(?:中国|中华|[^上中下里])*$"
)
#: A place named by one character (在京, 在沪, 在港, 在汉, 在台…) or 在华 but a place it opens (华盛顿, 华沙, 华北…):
#: most often the people there (在京全国人大代表…, 在华日侨…, 在港同胞…), or a place of the deck's own verb
#: (在京举行…: a report); a deck that ends on its setting (在京举行的…会议上) is ``decks._SETTING``'s.
_ABBREVIATION = lazy(r"^在(?:[京沪港穗津渝汉台蓉澳]|华(?!盛顿|沙|北|东|南|中|西))")
#: A speech named by where it was given (在…大会上的讲话, 在…中的发言, 在…时的谈话): the noun ends the deck.
_SPEECH = lazy(r"^在.+[上中时]的[^，。：；\s的]+$")
#: A place, then a subject of its own (在…下我们…, 在…中我国…, 在…上我军…).
_SUBJECT = lazy(r"^在.+[上中下里](?:我们|我国|我省|我市|我县|我区|我军|我党|我厂|他们|人们|全国|全党|各地)")


def opens_in_place(deck: str) -> bool:
    """Whether ``deck``, a title's first deck, opens on the coverb 在 with no subject of its own (see the module)."""
    deck = deck.strip()
    if not deck.startswith("在") or len(deck) < 4:
        return False
    if deck_shapes.SENTENCE & set(deck) or deck_shapes.DASH in deck:
        return False
    refused = (_WORD, _PEOPLE, _ABBREVIATION, _SPEECH, _SUBJECT)
    return not any(pattern.search(deck) for pattern in refused)
