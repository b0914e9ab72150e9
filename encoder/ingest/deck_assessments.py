"""A title's first deck assessing how a whole went, over the deck that details it: the headline (round ze).

A first deck that ends by judging how something went as a whole, well or fast or steadily
(``上半年乡镇企业发展势头良好``, ``元旦期间社会治安秩序良好``, ``永胜地震救灾措施得力社会稳定``,
``秋季广交会生意兴隆``, ``北京市旅游业发展迅速``, ``全国政协委员视察工作成果显著``) states the news itself: the deck
below gives its particulars (``各项主要经济指标稳定增长``, ``全国人民在喜庆祥和的气氛中迎来新世纪``,
``党中央国务院要求全力以赴做好救灾工作``), a subtitle, not the main title under a kicker, even where the lead tells
them first (a lead opens on the particulars as often as on the verdict). :func:`assesses` keeps
:func:`.decks.deck_kinds` from taking the second deck of such a title as the main title for its lead alone; the
first deck's frames, an introducer, and the full form of a title of three decks (``冀鲁豫黄河南地武极活跃`` /
``四天消灭蒋匪六百`` / …, a kicker over the headline) still decide before it.

Not an assessment, each left to the other rules:

* a deck opening on a verb, no subject of its own: a slogan or a goal (``保持物价稳定``, ``促进经济平稳``),
  :func:`.deck_verbs.opens_on_verb`; a wish (``祝大会顺利``, ``愿两国关系健康``);
* a verdict that is a noun's, named by 的 (``…的良好``), or a noun phrase of a thing (``身体健康``: no verdict here);
* a deck with sentence punctuation: a statement of several clauses, the summary rules' to read.
* a verdict on a situation or on a war's course (``东北战场形势好转`` / ``我军收复四平``, ``晋冀鲁豫我军攻势顺利`` /
  ``三日连克城武定陶两城``, ``安定团结的政治局面日益稳定`` / ``全国工农业生产全面增长``): the setting of the news the
  deck below reports, a kicker as ``…我军活跃`` is (:data:`_SITUATION`; the review of round ze).
* a verdict over a meeting, a ceremony or a signing held (``西藏经济发展迅速`` / ``自治区成立三十周年庆祝大会隆重举行``,
  ``香港回归祖国准备工作进展顺利`` / ``特区筹委会举行第五次全体会议``): the event is the news, the verdict its setting
  (:data:`_EVENT`, asked of the deck below; the review of round ze).

Measured (round ze, 2026-12-04): dev blocks 16,645 → 16,651 of 17,268 (2000s +6: the three titles above, 2000 and
2001, none broken; the five other such titles of dev, 1962 to 2002, headline and subtitle already); the deck gold
unchanged; outside the gold nothing moves (with 活跃 among the verdicts one title moved, ``遵唐路上我军活跃`` /
``四次伏击毙…``, wrongly by the dev gold's reading of the 1940s: 活跃 was taken out).
"""

from __future__ import annotations

from ..lazy_re import lazy
from . import deck_shapes, deck_verbs

#: A verdict ending the deck on how the whole went: well (良好, 顺利, 得力, 喜人, 可喜, 红火, 兴隆), visibly
#: (显著, 明显, 见成效), better (好转), steadily (稳定, 平稳), fast (迅速); not how lively someone is (…活跃, …旺盛:
#: ``遵唐路上我军活跃`` / ``四次伏击毙蒋军团长以下二百余``, ``冀鲁豫黄河南地武极活跃`` / ``四天消灭蒋匪六百`` / …, the
#: deck below the news of the activity, the main title under a kicker in the dev gold of the 1940s).
_VERDICT = lazy(r"(?<![的之])(?:良好|顺利|得力|喜人|可喜|红火|兴隆|显著|明显|见成效|显成效|好转|稳定|平稳|迅速)$")
#: A wish or a cause opening the deck (祝…, 愿…, 让…, 使…): no statement of what went.
_WISH = lazy(r"^(?:祝|愿|望|盼|让|使|要|应)")
#: A situation or a war's course judged (形势好转, 局面稳定, 攻势顺利, 我军…作战顺利): a setting, no news of a whole.
_SITUATION = lazy(r"形势|局势|局面|战局|战场|战况|攻势|作战|战事|我军")
#: An event held, reported by the deck below: a meeting or a ceremony (举行, 召开, 开幕, 闭幕), an agreement signed.
_EVENT = lazy(r"举行|召开|开幕|闭幕|签署|签订")


def assesses(deck: str, below: str = "") -> bool:
    """Whether ``deck``, a title's first deck, judges how a whole went (see the module) over ``below``, the deck
    under it, reporting no event held: the headline."""
    deck = deck.strip()
    if len(deck) < 6 or deck_shapes.SENTENCE & set(deck) or _WISH.search(deck) or _SITUATION.search(deck):
        return False
    if _EVENT.search(below):
        return False
    return _VERDICT.search(deck) is not None and not deck_verbs.opens_on_verb(deck)
