"""Shapes of a title's decks that :mod:`.decks` reads (issue 13, third round).

* A deck broken off in the middle of a phrase goes on in the line below it, one headline over two
  lines (:func:`continues`): a quotation or a bracket it opens that the next line closes
  (``国际数学家大会“力学与物理学中`` / ``的非线性偏微方程”卫星会议举行``), or, in a title of two
  decks, a dash at its end (``减少蔬菜农药残留的关键——`` / ``合理正确使用农药``) unless the next line
  names the article's genre (``一面鲜红的旗帜——`` / ``记全国劳动模范王进喜``: a subtitle). In a
  title of three decks, a first deck ending on a dash is a kicker (the full form), and so is, in any title,
  a first deck of sentences a dash ends (``…负责人披露报道打算——`` / ``让群众了解“两会”``:
  :func:`sentences_before_dash`, round zc), unless the next deck names the article's genre (``扎根农村，志在四方——`` /
  ``记上海下乡知识青年…``: a subtitle, :func:`.decks._introduces_at`).
* A second deck of two clauses or more (a comma inside it, outside quotation marks) and too long
  for a headline summarises (``沈阳部队召开积极分子代表会议，交流…``): it is not the main title under a
  first deck that may itself be one (:func:`summary_clauses`).
* A first deck naming the people of a county, a province or a city (``日本山口县人民``), a gathering
  by its number (``六次全国劳动大会``) or places counted together (``北平南通两地``,
  ``大马士革等四城市``), with no verb, frames the news: a cue of :data:`.decks.CUES`
  (:data:`PEOPLE_OR_PLACES`).
* A first deck that is a short body's call or directive (``冀鲁豫日报社论号召``, ``冀南行署指示夏季
  生产``, ``沙河指示各区村``) or a message to a body (``缅甸共产党中央致电中共中央``, ``朝鲜祖国战线
  致函日内瓦会议``) introduces the deck below it, what is called for, directed or said: a kicker
  (:data:`FIRST_INTRODUCERS`; only the first deck: a middle deck of three is the headline). So does a first
  deck ending on a verb of making known (``山东兵团政治部通令``, ``美国总统科学方面的智囊承认``, ``业内人士提醒``,
  ``中南军政委员会决定``; not ``…的声明``, ``真理报论减低物价决定``): round zc, dev blocks +12 (even +2, odd +10).
  So does a first deck ending on a verb of testifying or pleading, of asking in an instruction, or of asking,
  wishing or speaking on an occasion (``前金大教授贝德证明``, ``…各国代表激昂陈词``, ``…做出批示要求``,
  ``…演职人员时希望``, ``…委员会上发言``; not a noun, ``出具…证明``, ``乱开证明``, ``充满希望``, ``…上的讲话``, nor
  speaking advised, ``少在会上讲话``): round zf, dev blocks +4 (even +4, odd ±0), deck gold +2, three titles outside
  the block gold, all right.
* A first deck of a body or a place taking measures (``保加利亚监督机构采取措施``, ``…公社采取各种措施``; not
  ``…狠抓防尘措施``, the measures the news) introduces them, the deck below (``加强对个体经营者的管理``): a kicker
  (``measures`` of :data:`FIRST_INTRODUCERS`); and a first deck naming the article's genre or series and nothing
  else (``旅大盐区见闻`` / ``银滩春早``, ``残疾人触网故事之四`` / ``小棍点出来的网站``) frames the title below it
  (``genre above`` of :data:`FRAMES`). Round zd: dev blocks 15,925 → 15,933 (four titles, none broken), the deck
  gold and the unlabelled inputs unchanged (none of their first decks has either shape).
* A second deck reporting a result an agent gained (``壶关获得成绩``, ``外长会议获得协议``) is the main
  title under the first, which names how or on what (``查减练武结合``, ``德国问题讨论程序``; no verb of
  news, :func:`names_how`) and which the lead does not report: :func:`result` (fourth round).
* A first deck naming a competition and how far it has gone, with no verb of news (``国际象棋世锦赛
  第二轮``, ``全国象棋棋王赛收枰``, ``第五届亚冬会接近尾声``; not ``世界击剑锦标赛在布达佩斯举行`` nor a
  result, ``世界体操锦标赛中国称雄``), or a
  topic opened by 就 or 答复 (``就《金融违法行为处罚办法》有关问题``, ``答复关于召开四国外长会议问题``;
  not a word 就X, ``就医难问题``, ``就地解决…问题``;
  not a headline naming the topic alone, ``今年招收研究生的有关问题``), frames the news of the next deck:
  cues of :data:`.decks.CUES` (:data:`FRAMES`; issue 13, round s2). So does a quotation standing alone
  as the first deck, someone's words or a slogan (``“不让敌人喘过气来”`` / ``东北我军争请杀敌立功``; with
  sentence punctuation inside, ``“你好，欧元！”``, it is no frame: :func:`.decks.frames`); no frame has
  a profile's line (``记…``, :func:`profile`) below it as the main title. A body by its name announcing
  or promising (``中原前线司令部公布``; not ``…全部公布``, ``…向社会公布``) introduces, as a first deck only.
* Under a kicker, the last two decks of a title of three, short, of one length and built alike
  (:func:`_parallel`; length alone is not enough: ``水稻喜获丰收`` / ``亩产超过千斤``), are a couplet
  (``铜山县委开展党建活动`` / ``一名党员一面旗帜`` / ``一个支部一座堡垒``, ``宁波`` / ``戏车游街市`` /
  ``市民饱眼福``): the main title in two lines, not a headline and its subtitle (:func:`couplet`). So
  are the two decks of a title of two built alike (``德国队势如破竹`` / ``沙特队破罐破摔``; issue 13, round w),
  unless they open on one subject said twice (``北京市工业生产大跃进`` / ``北京市钢产量翻了一番``: a detail).
* A deck naming the article's genre (a profile, ``记…``; a commentary, ``评…``, ``解放日报时评``; a genre
  ending it, ``…通讯``) is never the main title under a deck that names none, whatever the lead repeats
  (``“老马”长驰百万里`` / ``记上海机务段…包车组``): a subtitle (:func:`genre_line`; round w). Not a word
  that 记 or 评 opens (``记者节…``, ``评功评模…``), nor ``访…`` with no dash before it (``访华…``).
* One headline in two lines (round w): a title of two decks whose second opens on an adverb that no
  subject of its own can stand before and that opens no noun (``纷纷…``, ``不能…``, ``为何…``; not
  ``未…``, ``再…``, ``向…``) is one sentence, its subject or its first clause above (``马歇尔“援欧”贷款`` /
  ``不能满足各国希望``, ``东北蒋兵认清胜败`` / ``纷纷自动投奔我军``), if neither deck holds sentence
  punctuation or a dash: :func:`predicate`. In the dev gold each such pair is read as one headline, or
  as a kicker over it (``石市各界关心军属`` / ``纷纷给军属送年礼``, the lead telling the second deck's news:
  a kicker), none as a headline and its subtitle.
"""

from __future__ import annotations

from collections.abc import Callable

from ..lazy_re import lazy

#: Quotation marks and brackets, opening and closing.
_PAIRS = (("“", "”"), ("《", "》"), ("（", "）"), ("(", ")"), ("「", "」"), ("『", "』"), ("〈", "〉"), ("【", "】"))
#: The dash before a subtitle, or at the end of a deck broken off.
DASH = "——"
#: A report's genre or a series' number ending a deck (…通讯, …纪行之四, …的调查; not a share,
#: …百分之二十二).
_GENRE_ENDS = (
    r"(?:(?<!分)之[一二三四五六七八九十]+|通讯|纪行|速写|调查|见闻|侧记|散记|"
    r"纪实|札记|素描|随笔|诗草|社论|所见|翻身记)$"
)
#: What follows a dash when it is a subtitle: a report's genre (记…, 访…, or at its end), a series' number.
GENRE = lazy(r"^(?:记|访)[\u4e00-\u9fff“]|" + _GENRE_ENDS)
#: A genre at a deck's end alone: :data:`GENRE` without its first words (记…, 访…), which open words of
#: the news too (访华苏联艺术团…), when no dash sets the deck apart.
_GENRE_END = lazy(_GENRE_ENDS)
#: A body's word, at the end of its name: a paper's editorial (…日报社论), a government office
#: (…行署), a committee, a party's centre.
_BODY = r"(?:社论|中央|政府|委员会|[署府委会部局党])"
#: A body's call or directive, the body named in a few characters and nothing before it (冀鲁豫日报
#: 社论号召, 冀南行署指示夏季生产: what is directed may follow), or a directive to all of a kind
#: of unit (沙河指示各区村); not a call answered (…响应…号召), a call that is the news (毛主席发出伟大
#: 号召), a directive studied or hailed (…毛主席最新指示, …贯彻中央指示情况), a device (指示仪表).
_CALL = lazy(
    rf"^[^，。：\s的]{{0,6}}{_BODY}(?:号召|指示(?!精神)[\u4e00-\u9fff]{{0,4}})$|^[^，。：\s的]{{2,6}}指示各[\u4e00-\u9fff]{{1,3}}$"
)
#: A message sent or received (…主席来电, …致电, …致函), not one spoken of (…的来信).
SENDS = r"(?<!的)(?:来电|来信|致电|致函)"
#: A message to a body named after it (…致电中共中央, …致函日内瓦会议), nothing after the body's
#: name (not 毛主席致电金日成首相庆贺国庆, …致电热烈祝贺…).
_MESSAGE_TO = lazy(rf"^[^，。：\s的]{{2,12}}{SENDS}[^，。：\s的]{{2,10}}(?:{_BODY}|会议|工联|工会)$")

#: The people of a county, a province or a city (日本山口县人民), a gathering by its number (六次全国
#: 劳动大会; not …第八次全国代表大会, the name of a congress), places counted together (北平南通两地,
#: 大马士革等四城市): who or where the next deck's news happens.
PEOPLE_OR_PLACES = lazy(
    r"^[^，。：\s的]{2,8}[县省市州]人民$|^[一二三四五六七八九十]+次[^，。：\s的]{2,8}大会$"
    r"|^[^，。：\s的]{2,8}等[两三四五六七八九十]城市$|^[^，。：\s的]{4,8}[两三四五六七八九十]地$"
)

#: A body by its name announcing or promising what the next deck says (中原前线司令部公布, 国家药品监督
#: 管理局公布, 厦门市建设局承诺); not what is published to someone or in full (…向社会公布, …全部公布).
_ANNOUNCES = lazy(r"^[^向对在，。：\s]{2,}(?:局|(?<![全内外])部|委员会|委|厅|署|政府|法院|检察院)(?:公布|承诺)$")

#: Someone making known what the next deck says, the verb ending the deck: declaring (…发言人声明, …会议呼吁),
#: admitting (美国总统科学方面的智囊承认), warning or urging (业内人士提醒, …提出建议), ordering (山东兵团政治部通令,
#: 华北人民政府八一通令), or a body deciding (中南军政委员会决定: a body's word before it); not a statement named
#: by 的 (…的声明, …的建议) nor a decision that is a noun (真理报论减低物价决定).
_MAKES_KNOWN = lazy(
    r"(?<![的之])(?:承认|坦言|确认|证实|声明|宣告|宣称|声称|声言|警告|提醒|告诫|呼吁|敦促|倡议|建议|重申|预言|断言|通令)$"
    r"|[部委院会局厅办府处团党省市县署央议]决定$"
)

#: … unless the word is a thing received or counted, the object of a verb of the deck's own (…获得各国承认, …的罪行
#: 得到证实, …提出三千多件建议, …提出第一百次严重警告; not a verb said more than once, …多次提醒): the deck is then
#: a statement of its own, the headline (review of round zc).
_THING_MADE_KNOWN = lazy(
    r"获得|得到|受到|遭到|赢得|取得|[一二三四五六七八九十百千万两几多\d][件条项份点]|第[一二三四五六七八九十百千\d]+次"
)

#: Someone testifying or pleading, the verb ending the deck (前金大教授贝德证明, …各国代表激昂陈词), asking in
#: an instruction (…做出批示要求), or asking, wishing or speaking on an occasion (…演职人员时希望, 我代表在联合国
#: 和平利用外空委员会上发言; round zf): what is testified, pleaded, asked, wished or said is the next deck; not a proof
#: a verb or 的 takes (出具无犯罪证明, …的证明), a requirement or a hope with no occasion (达到设计要求, 充满希望),
#: nor a speech named (…上的讲话, 学习…重要讲话).
_TESTIFIES = lazy(r"(?<![的之])证明$|陈词$|批示要求$|(?:时|上)(?:要求|希望|发言|讲话)$")
#: … nor a paper that is issued, handed in, needed or counted (一些单位乱开证明, 农民进城办事要开几道证明, 有的单位
#: 滥发各种证明, …出假证明, 下岗职工再就业不再需要单位证明, 办个体执照要跑五张证明; review of round zf): the
#: deck is then the news itself, a complaint about the paper, and what is below it a detail.
_PROOF_ISSUED = lazy(
    r"(?:出具|开具|开出|提供|伪造|持有)[^，。：\s]{0,8}证明$"
    r"|(?:开|发|(?<![作做])出|办|用|要|需要|持|交|凭|补)(?:[一二三四五六七八九十两几多\d]+[张道种份个件])?(?:假|各种|单位)?证明$"
    r"|[一二三四五六七八九十两几多\d][张道种份个件纸]证明$"
)
#: … nor speaking that is advised, dared or allowed, an adverb or a modal before 在 (领导干部少在会上讲话 / 多到基层
#: 办实事, 领导干部要敢于在会上讲话 / 更要敢于深入基层; review of round zf): a saying over two lines, no occasion.
_SPEAKING_ADVISED = lazy(r"(?:少|多|不|别|莫|勿|敢|敢于|让|请|应|应当|要)在[^，。：\s]{1,10}上(?:讲话|发言)$")

#: Measures taken, proposed or issued, ending the deck (…采取各种措施, …提出五项措施, …采取一系列有力措施): what they
#: are is the next deck; not measures the deck's own verb acts on (…狠抓防尘措施, …落实防汛措施).
_MEASURES = lazy(
    r"(?:采取|提出|制定|制订|推出|出台)了?(?:各种|多种|一系列|一些|[一二三四五六七八九十\d]+[项条])?(?:有力|有效)?措施$"
)

#: The ways a title's first deck, and only it, introduces the next one (see :func:`.decks.introduces`).
FIRST_INTRODUCERS: dict[str, Callable[[str], bool]] = {
    "call": lambda line: _CALL.search(line) is not None,
    "message to": lambda line: _MESSAGE_TO.search(line) is not None,
    "announcement": lambda line: _ANNOUNCES.search(line) is not None,
    "making known": lambda line: _MAKES_KNOWN.search(line) is not None and _THING_MADE_KNOWN.search(line) is None,
    "sentences before a dash": lambda line: sentences_before_dash(line),
    "measures": lambda line: _MEASURES.search(line) is not None,
    "testimony or wish": lambda line: (
        _TESTIFIES.search(line) is not None
        and not _THING_MADE_KNOWN.search(line)
        and not _PROOF_ISSUED.search(line)
        and not _SPEAKING_ADVISED.search(line)
    ),
}


def sentences_before_dash(line: str) -> bool:
    """Whether the deck ``line`` is one sentence or more that a dash ends, leading into the next deck
    (``各路媒体摩拳擦掌备战“两会”，人民日报、新华社、中央电视台负责人披露报道打算——`` / ``让群众了解“两会”``):
    a kicker, not the first half of a headline broken off at the dash (``减少蔬菜农药残留的关键——`` /
    ``合理正确使用农药``, no sentence punctuation: :func:`continues`)."""
    line = line.strip()
    return line.endswith(DASH) and bool(SENTENCE & set(line))


def _closes(line: str, following: str) -> bool:
    """Whether ``line`` opens a quotation or a bracket that ``following`` closes before it opens one
    of its own (``…刚果（利`` / ``刚果（利）人民…`` opens its own: an unbalanced bracket, not a break)."""
    for opening, closing in _PAIRS:
        if line.count(opening) > line.count(closing) and closing in following:
            if following.find(closing) < following.find(opening) or opening not in following:
                return True
    return False


#: A document's title broken over two lines: ``…关于…计划`` / ``执行情况…的审查报告``.
_ABOUT = "关于"
_DOCUMENT_END = lazy(r"(?:报告|决定|决议|通知|条例|办法|规定|意见|公报|纲要|说明|规划|计划|公告)$")


def continues(main: str, following: str, two_decks: bool) -> bool:
    """Whether ``following`` ends the document title ``main`` began (关于… / …的报告), or goes on
    with the phrase ``main`` broke off: a quotation or a bracket ``following`` closes, or, when the
    two lines are the whole title (``two_decks``), a dash before what is not the article's genre."""
    document = _ABOUT in main and _ABOUT not in following and bool(_DOCUMENT_END.search(following))
    dash = two_decks and main.endswith(DASH) and not GENRE.search(following)
    return document or dash or _closes(main, following)


#: A quotation, whose commas are the quoted words'.
_QUOTED = lazy(r"“[^”]*”|「[^」]*」")


def summary_clauses(line: str, longest: int) -> bool:
    """Whether the deck ``line`` holds two clauses or more (a comma inside it, outside quotation
    marks) and is longer than ``longest`` characters: a summary, not a headline."""
    line = line.strip()
    return "，" in _QUOTED.sub("", line).rstrip("，") and len(line) > longest


#: A result an agent gained (壶关获得成绩, 武乡整财获得经验, 外长会议获得协议, 民主力量已获巨大胜利):
#: what came of what the deck above names (a method, a topic), the news.
_RESULT = lazy(
    r"^(?P<agent>[^，。：\s的]{2,10})(?:获得|取得|获)[^，。：\s的]{0,4}(?:成绩|经验|协议|成效|效果|成果|成就|胜利)$"
)
#: Not a result not gained, the negation maybe a few characters back (尚未取得, 还没有取得, 未能取得,
#: 难以取得), nor one spoken of or celebrated (祝贺越南人民取得…, 热烈欢呼…取得…).
_NOT_GAINED = lazy(r"(?:未|没|无|不|难)[能曾有以法]?$")
_SPOKEN_OF = lazy(r"祝贺|庆祝|欢呼|热烈|歌颂|赞扬|称赞|纪念|欢庆|祝")
#: A verb of news in the deck above (…访问结束, 进展顺利, 成功发射, 设宴招待): that deck is the news
#: itself, and the result below it a subtitle, not the main title under a method or a topic.
_NEWS_OF_ITS_OWN = lazy(
    r"结束|闭幕|开幕|举行|召开|发射|顺利|招待|设宴|宴请|访问|会见|会谈|集会|欢呼|到达|抵达|离开|成立|签订|签署|"
    r"发表|进展|成功|完成|通过|庆祝|祝贺"
)


def result(line: str) -> bool:
    """Whether the deck ``line`` reports a result an agent gained: the main title under the deck
    above it, which names how or on what (查减练武结合 / 壶关获得成绩)."""
    found = _RESULT.search(line.strip())
    return found is not None and not _NOT_GAINED.search(found["agent"]) and not _SPOKEN_OF.search(found["agent"])


def names_how(line: str) -> bool:
    """Whether the deck ``line`` names a method or a topic rather than news: no verb of news
    (查减练武结合, 德国问题讨论程序; not 中美贸易谈判在京结束, 我国成功发射一颗科学实验卫星)."""
    return _NEWS_OF_ITS_OWN.search(line.strip()) is None


#: A competition by its name (北京国际象棋公开赛, 国际象棋世锦赛, 全国象棋棋王赛, 第五届亚冬会), a few
#: characters of a stage after it at most (近半程, 第二轮, 收枰, 接近尾声), nothing but its name before it.
_COMPETITION = lazy(
    r"^[^，。：\s的在]{0,10}(?:公开赛|锦标赛|世锦赛|联赛|杯赛|大奖赛|棋王赛|邀请赛|冠军赛|选拔赛|运动会|[奥亚全]运会|亚冬会"
    r"|世乒赛|(?:足|篮|排|乒乓|羽毛|网)球赛)"
    r"[^，。：\s]{0,4}$"
)
#: A verb of news in such a deck (世界击剑锦标赛在布达佩斯举行, …开幕) or a result in it (中国队获得世锦赛
#: 团体冠军): the deck is the news itself.
_HELD = lazy(
    r"举行|开幕|闭幕|召开|(?<!公)开赛|揭晓|结束|在|获|夺|胜|负|败|赢|输|称雄|称霸|成功|告捷|折桂|登顶|卫冕|问鼎"
)
#: A topic the next deck speaks on, opened by 就 (on) or 答复 (answering), ending on 问题.
_TOPIC = lazy(r"^(?:就(?![业医地近学餐读职任诊座位绪义此算是要会能])|答复)[^，。：\s]{2,30}问题$")

#: A quotation standing alone, someone's words or a slogan (“不让敌人喘过气来”, “愿中印两国世代友好下去”).
_QUOTATION = lazy(r"^“[^“”]{2,30}”$")

#: A first deck naming the article's genre or its series, and nothing else of the news (旅大盐区见闻,
#: 残疾人触网故事之四, 牙买加纪行): the series' number only after a word of a series (…故事之四, …纪行之二; not
#: 世界七大奇迹之一); 系列 only with its number (…系列报道之三; not 海尔推出节能冰箱系列, a product line: review of
#: round zd).
_GENRE_ABOVE = lazy(
    r"^[^，。：；！？\s]{2,14}(?:(?:故事|纪行|见闻|札记|散记|侧记|随笔|漫笔|巡礼|访问记|手记)(?:之[一二三四五六七八九十]+)?"
    r"|系列(?:报道)?之[一二三四五六七八九十]+|速写|素描|纪实|所见)$"
)

#: The cues by which a title's first deck frames the news, added to :data:`.decks.CUES`.
FRAMES: dict[str, Callable[[str], bool]] = {
    "competition": lambda line: _COMPETITION.search(line) is not None and _HELD.search(line) is None,
    "topic": lambda line: _TOPIC.search(line) is not None,
    "quotation": lambda line: _QUOTATION.search(line) is not None,
    "genre above": lambda line: _GENRE_ABOVE.search(line) is not None,
}


#: The longest line of a couplet.
COUPLET_LENGTH = 8


def couplet(lines: list[str], main: int) -> bool:
    """Whether the decks ``lines`` are a kicker over a couplet: three decks, the main title the second
    (``main``), the last two of one length, :data:`COUPLET_LENGTH` characters at most, Han characters
    only (no punctuation, no figure): two halves of one main title; or the two decks of a title of two,
    the first the main title, alike in the same way but up to :data:`TWO_LINE_COUPLET_LENGTH` characters
    (``德国队势如破竹`` / ``沙特队破罐破摔``) and not opening on the same two characters: a subject named
    again is a detail of the first deck below it, a subtitle (``北京市工业生产大跃进`` / ``北京市钢产量翻了一番``)."""
    decks = [line.strip() for line in lines]
    if len(decks) == 2 and main == 0:  # not one subject said twice (北京市工业… / 北京市钢产量…)
        return decks[0][:2] != decks[1][:2] and _couplet(decks, TWO_LINE_COUPLET_LENGTH)
    return len(decks) == 3 and main == 1 and _couplet(decks[1:], COUPLET_LENGTH)


#: The longest line of a couplet that is a whole title of two decks.
TWO_LINE_COUPLET_LENGTH = 12


def _couplet(pair: list[str], longest: int) -> bool:
    return (
        len(pair[0]) == len(pair[1]) <= longest
        and all(all("\u4e00" <= char <= "\u9fff" for char in deck) for deck in pair)
        and _parallel(pair[0], pair[1])
    )


def _parallel(first: str, second: str) -> bool:
    """Whether two decks of one length are built alike: the same characters in two places or more
    (一名党员一面旗帜 / 一个支部一座堡垒), or the second taking up the first's last character (顶真:
    戏车游街市 / 市民饱眼福); not two statements that merely match in length (水稻喜获丰收 / 亩产超过千斤,
    中韩平分秋色 / 中国队夺三金: one shared place only)."""
    shared = sum(one == two for one, two in zip(first, second, strict=True))
    return shared >= 2 or first[-1] == second[0]


#: A profile's subtitle (记中国青年代表团访问欧洲): the article's genre, never the main title; not a
#: word that 记 opens (记者…, 记录片…, 记忆, 记载, 记得, 记住, 记功, 记分, 记账, 记事).
_PROFILE = lazy(r"^记(?![者录忆载得住功分账事])[^，。：\s]{2,}")


def profile(line: str) -> bool:
    """Whether the deck ``line`` names a profile (记…): a subtitle, whatever the deck above it."""
    return _PROFILE.match(line.strip()) is not None


#: A commentary's line: 评… (评晋城马坪头“劳资合作”; not a verb of rating, 评选…, 评出…, nor a word
#: that 评 opens, 评功评模, 评工记分, 评议, 评薪, 评产) or a paper's comment of the day (解放日报时评, …短评).
_COMMENTARY = lazy(r"^评(?![选比定为出价奖审级分估上功工议薪产])[\u4e00-\u9fff“《]|(?:时评|短评|述评)$")


def _names_genre(deck: str) -> bool:
    return profile(deck) or _COMMENTARY.search(deck) is not None or _GENRE_END.search(deck) is not None


def genre_line(line: str, above: str) -> bool:
    """Whether the deck ``line`` names the article's genre under a deck ``above`` that does not: a profile
    (:func:`profile`), a commentary (:data:`_COMMENTARY`) or a genre at its end (:data:`_GENRE_END`; not
    访…, a word of the news as often as a visit's report): a subtitle."""
    return _names_genre(line.strip()) and not _names_genre(above.strip())


#: A deck naming the article's genre at its end, dash or none (在斗争中成长 / …学习毛主席著作的事迹, 在那遥远的地方 /
#: 一位援藏干部的故事, 在新的起点上再创辉煌 / …发展综述): under a frame, a subtitle (review of round zd).
GENRE_TAIL = lazy(r"(?:事迹|综述|的故事)$")


#: An adverb opening a deck, which says how or when its subject acts and so cannot follow a subject
#: of the deck's own: the subject is the deck above (纷纷…, 纷向…, 为何…, 如何…, 为什么…, 年内…, 正在…,
#: and 不 before a modal or an adverb of time that makes a predicate of it: 不能…, 不会…, 不再…, 不愿…).
#: None of them opens a noun. Not a character that may (未成年人, 再就业, 已故…, 也门, 又一个…, and 又…
#: a second act under a whole statement is a deck of its own), nor a coverb (向…, 对…: 对虾, 向秀丽;
#: the deck readers read a kicker over the headline in the two dev titles it opens), nor 将
#: (…考察队启程 / 将在南极大陆建立…): what will come of the news is a deck of its own, a subtitle.
_SUBJECTLESS = lazy(r"^(?:纷纷|纷(?![争乱繁杂扰])|为何|如何|为什么|年内|正在|不(?:能|会|再|肯|愿|得|宜|要|应))")

#: Sentence punctuation (full-width or ASCII): a deck holding it is a statement or a summary of its own, no half
#: of a sentence.
SENTENCE = frozenset("，。；：！？,;:!?")


#: A deck ending on a noun its 的 names (不平凡的历程): a noun, not a predicate.
NOUN_END = lazy(r"的[^的，。]{1,3}$")


def predicate(line: str, following: str) -> bool:
    """Whether ``following``, the deck below ``line``, is its predicate: it opens on an adverb with no
    subject before it (:data:`_SUBJECTLESS`), so that the two are one sentence set in two lines, one
    headline (``马歇尔“援欧”贷款`` / ``不能满足各国希望``, ``俄罗斯`` / ``为何执意捞“库艇”``). Neither deck holds
    sentence punctuation (:data:`SENTENCE`; so ``following`` is no summary of clauses, :func:`summary_clauses`:
    ``全国各地群众`` / ``纷纷集会，拥护宪法草案；…``) or a dash (``老英雄心红似火`` / ``不减当年勇——记…``, a
    genre's line); ``following`` does not end on a noun (:data:`NOUN_END`). :func:`.decks.deck_kinds`
    asks it of a title of two decks whose first names no act of news (not ``京郊农民高宗云举行新闻发布会`` /
    ``为什么强行收回俺的承包地？``: a statement, and the question it raises a deck of its own)."""
    line, following = line.strip(), following.strip()
    opens = _SUBJECTLESS.match(following) is not None and NOUN_END.search(following) is None
    return opens and not any(SENTENCE & set(deck) or DASH in deck for deck in (line, following))
