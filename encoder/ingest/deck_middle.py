"""A main title under a kicker that names its subject alone, the deck below completing it (issue 13, round zc).

Under a kicker, the main title of a title of four decks may be set as a subject alone over its predicate: a
body, a unit, a group of people or a person by office, with no verb of its own (``太岳某团架设班``,
``阳城五区千余老人``, ``国际民主妇联总书记``), over a short line that says what they did (``荣获“忠诚业务”奖旗``,
``组织保家爱国铁锤队``, ``古久里夫人抵京``), a subtitle below the two. They are one headline printed over two
lines, as :func:`.deck_shapes.predicate` reads a title of two decks, not a headline and its subtitle: a subject
alone says no news. The dev gold reads each such title so (kicker / headline / headline / subtitle; the three
readers of ``tests/fixtures/gold/decks/`` agree on the two of the three titles that gold holds).

Measured (round zc, written on the even years' 1946 title, checked on the odd years' two): dev blocks 15,377 →
15,380 (even 7,271 → 7,272, odd 8,106 → 8,108; 1940s +3, no other decade moves); deck gold 538 → 539 of 602,
read-apart 350 → 351 of 417. Outside the gold it moves nothing: the shape is rare there (the 1,043 unlabelled
inputs hold some fifteen titles of four decks with a kicker, none with a subject alone under it).

A middle deck that goes on from the first (round ze): in a title of three decks or more, a second deck opening on an
adverb (``进一步发展重工业``, ``不断袭击敌后据点``, ``也是执行美帝命令``: no subject of its own can stand before it,
:data:`_ADVERB`) under a first deck that states the news with a verb of its own
(``罗议会讨论今年经济计划``, ``朝游击队猛烈展开活动``) says more of that deck's subject: the first deck is the
headline and the second a subtitle (:func:`goes_on`), not the full form's kicker over the main title (a main title
says who acts). All three readers of the read-apart deck gold read the two dev titles so (headline, subtitle,
subtitle), as the dev gold reads titles of two decks of that shape (``杜鲁门政策益反动`` / ``继续遭受各方强烈谴责``,
``中国东南极考察队启程`` / ``将在南极大陆建立…``). Not a first deck that asks someone to act or issues a statement
(``胡耀邦期望电影和全体文艺工作者`` / ``努力再现四化建设沸腾生活`` / …, ``…发表声明和谈话``): what is asked or said
is the deck below, the main title (:data:`_CALLS`); nor a first deck with sentence punctuation.

Measured (round ze): dev blocks 16,631 → 16,635 (1949-01-03 and 1950-11-03, HSS read as KHS; even years +2, odd +2;
1940s +2, 1950s +2); read-apart deck gold +2 titles (the same two), the deck gold unchanged. Outside the gold it
moves one title, rightly (``蒋匪横暴摧残民盟`` / ``也是执行美帝命令`` / ``张澜坚信民主终必胜利``).
Guarded after review (round ze; no figure moves): a first deck ending on a document issued, a message sent, a
meeting held or a speech (:data:`_ISSUED`), a result counted below (:data:`_COUNTED`), and no adverb of repetition nor
纷纷 (:data:`_ADVERB`). On 83 made-up titles of the decades the rule moved 34 (8 right, 21 wrong, 5 doubtful); guarded,
9 (7 right, 1 wrong: ``各地认真学习全国科学大会文件`` / ``进一步落实…``, 1 doubtful), one right move lost
(``我国成功发射第一颗人造卫星`` / ``再次显示了…``); ``tests/ingest/test_review_ze_decks3.py``.
Not used: a second deck opening on a verb too (``济南第一机床厂制订…措施`` / ``给第一线工人十八项优惠``,
``北岳财经办事处指示`` / ``开展压肥运动``: what the first deck made or ordered, the main title; dev +3, but five wrong
moves outside of seven), nor the same in a title of two decks (``中共中央同意并转发中纪委意见`` / ``逐步撤销…``: the
opinion's content, the main title).

Left alone:

* a title of three decks (kicker, subject, predicate): the full form (kicker, headline, subtitle) is read first.
  The only such title outside the gold (``沁县阎军特务横行`` / ``殴劫我联络组人员`` / ``我已向东沁线小组提出抗议``)
  has a verb before its "subject" that the lexicon lacks (殴劫): ``人员`` is an object there;
* a main title with a verb of the lexicon of :mod:`.deck_verbs` (``各国朋友热情歌颂我们伟大领袖毛主席``: the person
  is the object) or with sentence punctuation, over a deck that is a summary (sentence punctuation, a dash, longer
  than :data:`COMPLETION_LENGTH`: ``成份都是翻身农民…``) or the article's genre (``记…``);
* a body and a verb whose object is the deck below (``华东财经委员会批准`` / ``苏北巨大水利计划``, one headline in
  the gold): the only title of that shape in the deck gold and the unlabelled inputs;
* a subject alone as a title's first deck (``英共书记波立特`` / ``斥美国原子弹试验`` / …, ``中原、华北两大解放军`` /
  ``胜利会师黄河铁桥`` / …): the gold reads it as the headline or as a kicker, with nothing in the words to tell
  which; and a kicker printed above the repeated title over such a subject (``积极培养和发展妇女党员`` /
  ``天津玻璃搪瓷公司各级党组织`` / ``有计划有组织有步骤地培养和发展女党员`` / …, 1973): :func:`.decks.deck_kinds`
  does not see the kicker above.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from ..lazy_re import lazy
from . import deck_shapes, deck_verbs

#: A unit of an army or of a workplace (…某团架设班, …三排, …二连, …生产组) or people by their age (…千余老人,
#: …老汉, …儿童), which :data:`.decks._AGENT` leaves out: who acts, when nothing else in the deck does; not a
#: word that ends on a unit's character (公私合营, 国营, 阵营, 战俘营; 血肉相连, 大连; 接班, 值班, 加班; 安排; 改组);
#: its leader by office too (…炼铁班长, …连长).
UNIT = lazy(
    r"(?:(?<![上下值加接跟轮航夜早])班|(?<![安彩编牛])排|(?<![相接大牵株])连|(?<![合国经民私公阵俘令本军])营"
    r"|(?<![改重编])组|[班排连营组]长|某团|老人|老汉|儿童|少年)$"
)
#: The longest deck that may complete a bare subject: a predicate, short as a headline's half.
COMPLETION_LENGTH = 12
#: A bracket opening a subtitle (its note; a dash anywhere marks one too).
_MARKED = ("（", "(")


#: The cues of :data:`.decks.CUES` that name who acts with no verb of their own: a body, an army (``…党委``,
#: ``…解放军``), an institution, a person by office (``国际民主妇联总书记``), the people of a place.
SUBJECTS = ("subject line", "institution", "person", "people or places")


def completes(
    lines: list[str],
    main: int,
    cues: Mapping[str, Callable[[str], bool]],
    subject_line: Callable[[str, re.Pattern[str]], bool],
) -> bool:
    """Whether the deck below ``lines[main]``, the main title under a kicker (``main`` one at least) with a deck
    still below the two, completes it: ``lines[main]`` is a subject alone, by the cues :data:`SUBJECTS` of
    :data:`.decks.CUES` (``cues``) or a :data:`UNIT` with no verb of :mod:`.decks`' (``subject_line``), and holds
    no verb of the lexicon (:func:`.deck_verbs.holds_verb`); the deck below is a short predicate, no subtitle."""
    if main < 1 or main + 2 >= len(lines):
        return False
    deck, below = lines[main].strip(), lines[main + 1].strip()
    subject = any(cues[name](deck) for name in SUBJECTS) or subject_line(deck, UNIT)
    bare = subject and not deck_verbs.holds_verb(deck) and not deck_shapes.SENTENCE & set(deck)
    short = 0 < len(below) <= COMPLETION_LENGTH and not deck_shapes.SENTENCE & set(below)
    marked = below.startswith(_MARKED) or deck_shapes.DASH in below or deck_shapes.genre_line(below, deck)
    return bare and short and not marked


#: A first deck that asks someone to act or issues a statement (…期望…工作者, …号召…, …发表声明和谈话): the deck
#: below, even opening on an adverb (努力…), is what is asked or said.
_CALLS = lazy(r"(?:期望|希望|勉励|鼓励|号召|呼吁|要求|敦促|督促|动员|指示|命令|发表)[^，。：\s]{0,12}$")
#: A first deck ending on a document it issues, a message it sends, a meeting it holds or a speech (国务院作出决定,
#: 国务院颁布暂行条例, 政务院公布决定, 毛主席致电胡志明主席, 国务院召开常务会议, 赫鲁晓夫在联合国大会讲话; the
#: review of round ze): what the document, the message or the speech says, or what the meeting did, is the deck
#: below, the main title, as the dev gold reads such titles (中央防委会发布指示 / 开展防治鼠疫宣传,
#: 缅甸共产党中央致电中共中央 / 热烈祝贺…, 东北人民政府举行第十九次行政会议 / 讨论争取明年农业丰收 / …,
#: 肖鹏在政协大会发言提出发展农业５条措施 / 解决粮食问题要持之以恒 / …).
_ISSUED = lazy(
    r"(?:决定|规定|条例|决议|通知|办法|细则|意见|通告|公告|布告)$|(?:致电|复电|致函|复函|致信|照会)[^，。：\s]{0,24}$"
    r"|(?:举行|召开)[^，。：\s]{0,14}(?:会议|全会|大会)$|(?:讲话|发言|演说|演讲|谈话|致词|答记者问)$"
)
#: A figure counted in the deck below (已经俘虏敌军二万四千余人, 陆续歼敌三千余人; the review of round ze): a
#: result of its own, the news, the main title (the dev gold's 1972 title 越南南方…取得巨大胜利 /
#: 解放广治省全部地区歼敌近万 / …).
_COUNTED = lazy(
    r"(?:[\d０-９]+|[一二三四五六七八九两几数]?[十百千万])[一二三四五六七八九十百千万零〇]*[余多]?[人名架辆艘座门吨项批]"
)

#: An adverb opening a deck that no subject can stand before and that opens no noun or name: of degree or of
#: going on (进一步…, 不断…, 相继…, 陆续…, 逐步…, 正在…, 已经…, 仍然…) or of one character (也是…,
#: 仍…, 均…, 却…, 才…; not 也门, 才能, 已故: a name, nouns; nor 均衡, 均势). Not an adverb of repetition (又…,
#: 再次…, 再度…, 一再…; the review of round ze): it tells a new event, often the news the main title says
#: (``美帝国主义扩大侵略越南战争`` / ``又出动大批飞机轰炸越南北方`` / …, ``苏修加紧扩军备战`` /
#: ``再次在欧洲举行大规模军事演习`` / …), as the dev gold reads a deck of a new deed under a first deck that sums
#: the news up (``江淮我军继续向南挺进`` / ``解放六合进逼浦口`` / …). Nor 纷纷 (the review of round ze): many
#: people's deeds, one after another, are the news under a deck of their mind (``天津各界人民热烈拥护抗美援朝`` /
#: ``纷纷捐献飞机大炮`` / …), as the dev gold reads ``石市各界关心军属`` / ``纷纷给军属送年礼`` (a kicker over the
#: headline; ``东北蒋兵认清胜败`` / ``纷纷自动投奔我军``, one headline). Not the lexicon's adverbs
#: (:mod:`.deck_verbs`), which hold names jieba tags so (首都, 大连, 约旦: ``社会主义改造的伟大胜利`` /
#: ``首都私营工商业全部公私合营`` / …, a kicker over the headline), nor 将 (将军).
_ADVERB = lazy(
    r"^(?:进一步|不断|相继|陆续|逐步|正在|已经|仍然|也(?!门)|仍|均(?![衡匀势等分])|却|才(?![能华干子智女艺俊])"
    r"|已(?![故婚知往]))"
)

#: An adverb and its verb qualifying a noun with 的 (不断壮大的民兵队伍): a noun phrase opening the deck.
_MODIFIER = lazy(r"^[^的，。：\s]{2,4}的")


def goes_on(first: str, second: str) -> bool:
    """Whether ``second``, the second deck of a title of three decks or more, goes on from ``first``, the first:
    it opens on an adverb (:data:`_ADVERB`) and ``first`` states the news with a verb of the
    lexicon (:func:`.deck_verbs.holds_verb`), no sentence punctuation, no call or statement issued at its end
    (:data:`_CALLS`), no document issued, message sent, meeting held or speech (:data:`_ISSUED`); the adverb in
    ``second`` qualifies no noun (:data:`_MODIFIER`: a noun phrase, no predicate) and ``second`` counts no result
    (:data:`_COUNTED`). ``first`` is then the headline, ``second`` a subtitle (see the module)."""
    first, second = first.strip(), second.strip()
    issued = _CALLS.search(first) or _ISSUED.search(first)
    statement = deck_verbs.holds_verb(first) and not deck_shapes.SENTENCE & set(first) and not issued
    own = _MODIFIER.search(second) or _COUNTED.search(second)  # a noun phrase, or a result counted: no going on
    return statement and _ADVERB.search(second) is not None and not own
