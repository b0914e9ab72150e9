"""Regular expressions for the conventions of the newspaper, shared by both block classifiers."""

from __future__ import annotations

import re

from .lazy_re import lazy
from .model import Inline, Phrase, PhraseKind

ZH_NUMERAL = "〇○零一二三四五六七八九十廿卅百"
#: A Chinese date's day, month and year (十九日, 9月, 一九五八年), for patterns to build on.
ZH_DAY = rf"(?:\d{{1,2}}|[{ZH_NUMERAL}]{{1,3}})日"
ZH_MONTH = rf"(?:\d{{1,2}}|[{ZH_NUMERAL}]{{1,3}})月"
ZH_YEAR = rf"(?:\d{{4}}|[{ZH_NUMERAL}]{{4}})年"
#: A Chinese date: 1958年9月19日, 五月九日, 九月三十日.
ZH_DATE = lazy(rf"(?:{ZH_YEAR})?{ZH_MONTH}(?:{ZH_DAY})?|{ZH_YEAR}")
#: What was done at a place, after 于 and the place: the line is an event's, no place-date.
ZH_EVENT_VERBS = (
    "举行|召开|开幕|闭幕|成立|签订|签署|逝世|出版|发表|通过|出发|抵达|到达|"
    "病逝|去世|牺牲|就义|遇难|诞生|会见|会谈|会晤|签字|举办"
)
#: A full date, its year, month and day, then 于 and a place, alone on a line: 1962年9月30日于阿尔及尔,
#: 一九六八年五月二十五日于北京 — a message's closing place-date wherever it stands (above its signers too, as a
#: joint communiqué prints it), a place of eight characters at most, no 的 nor verb of an event in or after it (not
#: …于北京举行, …于北京举行会议, …于北京召开, …于北京的会议上宣布, …于北京病逝, …于北京会见外宾).
ZH_DATED_PLACE = lazy(
    rf"^{ZH_YEAR}{ZH_MONTH}{ZH_DAY}于(?!.*(?:{ZH_EVENT_VERBS}))(?:(?![的了着上])[\u4e00-\u9fff·]){{2,8}}$"
)
#: A whole place-and-date line: 1958年9月19日于莫斯科, 五月十五日, 四月十五日修改于韩壁.
ZH_PLACE_DATE = lazy(rf"^(?:{ZH_DATE.pattern})(?:[于在].{{1,20}})?$")

#: A speech's address, one to three addressees each closed by ！ or ，: 各位来宾！各位同志们！,
#: 主席先生，总理先生，, 美国作家们！文化工作者们！ (a match ends the text searched).
ZH_ADDRESSES = lazy(r"(?:[^。！？；：，,]{1,12}(?:们|来宾|朋友|同志|先生|女士|代表|阁下)[！!，,]){1,3}$")
#: Chinese closing formulas of letters.
ZH_VALEDICTION = lazy(r"^(此致敬意|此致敬礼|此致|敬礼|致以[^　 ]{1,10}敬礼)[！!]?")
#: The last character of a body's name: 临清市商联会, 新华书店, 第二野战军, 冀南行署, 某部队.
_ZH_BODY_END = "会社部局处厂司馆校店所院组团"
#: The last character of a signer's name with a full stop after its formula: a body's, or a
#: collective of persons' (全体指战员, 全体职工, 全校师生, 全体官兵, 全体同志, 各族人民), the subject
#: of the formula; a report's sentence has a verb or an adverb there (…亦纷纷前往敬贺。, 全场代表起立
#: 鼓掌敬贺。, 谨电敬贺。, 特此敬启。).
_ZH_SIGNER_END = _ZH_BODY_END + "军委府署队" + "员工生兵众志表民"
#: The formulas a full stop may follow.
_ZH_STOPPED_FORMULAS = "敬贺|同贺|谨贺|敬祝|谨祝|谨启|敬启"
#: The formula closing a signature with no full stop (敬贺, 祝, a body's 启)…
_ZH_FORMULA = rf"(?:{_ZH_STOPPED_FORMULAS}|敬献|致贺|祝|贺|(?<=[{_ZH_BODY_END}])启)"
#: …and with one (…全体指战员敬贺。): :data:`ZH_SIGNED_FORMULA` and :func:`signer_name` read both.
_ZH_STOPPED_FORMULA = rf"(?<=[{_ZH_SIGNER_END}])(?:{_ZH_STOPPED_FORMULAS})。"
#: A signature by its formula: 新教育社谨贺, 冀南行署敬祝 (any of the formulas, no full stop);
#: …全体指战员敬贺。 (a full stop after 敬贺, 同贺, 谨贺, 敬祝, 谨祝, 谨启 or 敬启 only, and only
#: after a signer's last character above); a notice's signer, a body then 启: 临清市商联会启. At
#: most 43 characters: 40, a two-character formula, a full stop.
ZH_SIGNED_FORMULA = lazy(rf"^[^，。！？；：]{{2,40}}{_ZH_FORMULA}$|^[^，。！？；：]{{2,40}}{_ZH_STOPPED_FORMULA}$")
#: A Chinese salutation: short, ends with a colon.
ZH_SALUTATION = lazy(r"^[^。！？；]{2,60}[：:]$")

#: The surnames that open a Chinese person's name (王, 欧阳), for the names' rules and the blocks'.
ZH_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
    "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连"
    "芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞"
    "敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚"
    "萧支濮狄芮贝竺阎傅洪赖"
)
ZH_COMPOUND_SURNAMES = frozenset({"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "公孙", "慕容", "尉迟"})
#: 编者按 opening, ——编者 (——编者附语) closing, or a bracketed remark by the editors.
ZH_EDITORIAL = lazy(r"^编者按|——编者(?:附语|按语|注)?[。）)]?$|^[（(][^（）()]*编者[^（）()]*[）)]$")
#: The paper's remark in brackets that it cut the text it prints: （本报有删节）, （发表时有删节）,
#: （本报略有删节）, （本报有删节，标题另加） (not （节选）, which says what the piece is, an excerpt).
ZH_CUT_REMARK_TEXT = (
    r"[（(](?:本报|编者|发表时|转载时|刊登时|略|作了|有)*删(?:节|改|减)"
    r"(?:[，,、]标题(?:另加|系编者所加|为编者所加))?[）)]"
)
#: The remark alone on its line.
ZH_CUT_REMARK = lazy(rf"^{ZH_CUT_REMARK_TEXT}。?$")
#: The agencies a credit in brackets names, closing a text or a paragraph.
_ZH_CREDITED = r"(?:新华社|本报|新华通讯社|中央社|塔斯社)"
#: A credit line in brackets: （新华社20日讯）, （新华社延安二十四日电）, （新华社发）, （新华社）.
ZH_CREDIT = lazy(rf"^[（(](?:据)?{_ZH_CREDITED}(?:[^（）()]{{0,30}}[电讯发稿])?[）)]。?$")
#: A source line in brackets naming where a piece was taken or translated from: 〔选自《前进列车》〕,
#: （原载…）, （伊真译自文学报三十九期）, （节选自…） (自 no 自治区's: （此件由国务院转自治区人民委员会）);
#: or a digest's note of the paper and the writer a piece was taken from: （11月7日《文汇报》江礼旸文）.
ZH_SOURCE_CREDIT = lazy(
    r"^[〔（(【\[][^〔〕（）()【】\[\]。！？]{0,12}?(?:选自|原载|译自|摘自|转载自|转自|录自|摘编自)(?!治)"
    r"[^〔〕（）()【】\[\]]{1,30}[〕）)】\]]。?$"
    r"|^[（(](?:[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日)?《[^《》（）()]{1,14}》"
    r"[^《》（）()。，！？]{0,10}文[）)]。?$"
)
#: What opens a source credit's brackets (the paper or book the text is reprinted, taken or translated
#: from), so that glued to the text it OPENS them (（原载…）, not a word: 原载重, 推选自, 辗转自): 转自 not
#: before 治 (转自治区) nor a page (（转自第一版）: a jump note).
ZH_SOURCE_WORD = (
    r"(?:原载|转载自|转载于|转自|摘自|摘录自|摘编自|选自|节选自|录自|译自)(?!治|第?[0-9０-９一二三四五六七八九十]+版)"
)
#: A source credit in brackets opened by its source word (（原载苏联“真理报”）, （转自《焦作工人》））, as it is
#: glued to a text's or a caption's end.
ZH_SOURCE_BRACKET = rf"[（(〔]{ZH_SOURCE_WORD}[^〔〕（）()【】。！？]{{2,30}}[〕）)]"
#: The paper alone in brackets that printed a piece, perhaps its office, its editorial or its contribution:
#: （安泽群众报）, （人民铁道报社）, （真理报社论）, （湖南日报供稿） (a name of two characters or more before 报);
#: not a reference (（见美国《纽约时报》）), nor a word for a kind of report or a thing that is no paper
#: (（大字报）, （黑板报）, （天气预报）, （一份电报）, （联合公报）, （汇报）; but 文汇报, 大公报 are papers).
_ZH_NO_PAPER = (
    r"[《“]?(?:一份|一封)?(?:新闻|联合)?(?:大字|小字|黑板|墙|壁|天气预|电|公|简|通|汇|喜|捷|情|快)报[”》]?[）)]"
)
ZH_PAPER_TEXT = rf"[（(](?!见|{_ZH_NO_PAPER})[\u4e00-\u9fff“”《》]{{2,12}}?报[”》]?(?:社论?|供稿|稿)?[）)]"
ZH_PAPER = lazy(rf"^{ZH_PAPER_TEXT}$")
#: A reprinted piece's source on its own line under the title: another paper's editorial (or
#: commentary, short comment…) and its date: 解放日报二日社论, 《文汇报》三月六日社论. The paper is
#: named, in 《》 or as a name of two to five characters ending 日报, 晚报, 报 or 杂志 with no verb
#: (认真学习…, 评…) nor 各 (首都各报社论 says what several papers wrote); not 本报 nor 人民日报, the
#: paper's own label (人民日报社论), nor a kicker saying a paper did (朝鲜《劳动新闻》发表社论).
ZH_REPRINTED_FROM = lazy(
    r"^(?!本报|人民日报|《人民日报》)"
    r"(?:《[^《》]{1,12}》(?:杂志)?|(?:(?![各评驳论谈读学看向致发载的和与及])[\u4e00-\u9fff]){2,5}(?:日报|晚报|杂志|报))"
    r"(?:[一二三四五六七八九十〇○零\d]{1,4}年)?(?:[一二三四五六七八九十\d]{1,3}月)?(?:[一二三四五六七八九十\d]{1,3}日)?"
    r"(?:社论|评论员文章|短评|专论|编辑部文章)$"
)
_ZH_AGENCY = r"(?:据)?(?:新华社|本报|新华通讯社)"
#: The agency itself, no 据: what credits a picture (新华社发).
ZH_AGENCY = r"(?:新华社|新华通讯社)"
#: A dateline's place: Han characters none of which says the line is a sentence, not a place (讯
#: of 本报讯, the reporter, verbs: 收到, 来到, 致电, 发出; a day: 今天, 昨天).
_ZH_PLACE_CHAR = r"(?:(?![讯记者收到来致发出从向给获悉的了和与部今昨明天])[\u4e00-\u9fff])"
#: An agency's credit on a line of its own, without brackets, in one of its forms: the agency, an
#: optional dispatch (a place or a date ending in 电 or 讯), then 发, 稿, 供稿, 特稿 or 专稿:
#: 新华社发 (under a picture), 新华社稿, 本报特稿, 新华社北京电稿; not a reporter's line
#: (新华社记者…) nor a sentence (本报征稿, 本报收到大批来稿, 本报已发).
ZH_BARE_CREDIT = lazy(rf"^{_ZH_AGENCY}(?:(?:{_ZH_PLACE_CHAR}|[0-9０-９]){{0,12}}[电讯])?(?:发|稿|供稿|特稿|专稿)$")
#: What follows 电 run on to the news: the reporter, or the news (not 电气, 电厂, 电业, 电贺, …, nor a comma).
_ZH_NEWS_NEXT = (
    r"(?=[（(]|记者|(?![台视话报影力子脑讯码文气器梯厂建机站网线缆池工信业车灯费贺告])[\u4e00-\u9fff“「《\d０-９])"
)
#: A lead opening a paragraph: 【新华社延安十六日电】, 新华社北京1日电 (followed by a space),
#: 新华社北京１０月１２日电 or 本报北京4月2日讯 (a dated dispatch, 电 or 讯, needs no space; its
#: place may name the country in brackets: 本报埃维昂（法国）6月1日电), 本报讯, 又讯, （本报讯）;
#: an undated one ending with a colon (据新华社讯：) or run into its news with no space
#: (新华社北京电奥运…, 据新华社地拉那电阿尔巴尼亚…, 本报福州电记者赵鹏报道：): a place of two to
#: eight characters right after the agency, no 讯, no reporter, no verb (本报讯美国西屋电气…,
#: 本报收到读者来电，, 本报编辑部致电…, 新华社发出唁电，), and after 电 the news, not a word that
#: 电 begins (电台, 电视, 电气, 电厂) nor a comma;
#: a roundup's, before a space or a colon (本报综合报道, 综合本报和新华社驻外记者电, 综合外电);
#: with the reporter that follows it: （记者周树春）, 记者刘爱成报道：.
ZH_LEAD = lazy(
    rf"^(?:【[^】]{{1,40}}】|{_ZH_AGENCY}[^　 ，。：、（]{{0,24}}?(?:电|讯|消息)(?=[　 ])"
    rf"|{_ZH_AGENCY}(?:[^　 ，。：、（“”]|[（(][^（）()，。]{{1,8}}[）)]){{0,16}}?"
    rf"(?:\d{{1,2}}|[{ZH_NUMERAL}]{{1,3}})日(?:专)?[电讯]"
    r"|(?:据)?本报讯|又讯|[（(]本报讯[）)]"
    r"|本报综合(?:报道|消息)(?=[　 ：:])|综合(?:本报|新华社|外电|各地)[^　 ，。：、（]{0,16}?(?:电|讯|报道)(?=[　 ：:])"
    rf"|{_ZH_AGENCY}{_ZH_PLACE_CHAR}{{0,8}}?(?:电|讯|消息)[：:]"
    rf"|{_ZH_AGENCY}{_ZH_PLACE_CHAR}{{2,8}}?电(?:$|{_ZH_NEWS_NEXT}))"
    r"(?:[　 ]*[（(]记者[^（）()，。]{1,20}[）)]|[　 ]*记者[^，。：；（）()]{1,20}报道[：:])?"
)
#: A credit closing a paragraph: …。（新华社延安二十四日电）。, …　（新华社）, …　新华社稿
ZH_TRAILING_CREDIT = lazy(rf"[（(]{_ZH_CREDITED}(?:[^（）()]{{0,30}}[电讯发稿])?[）)]。?$|(?<=[　 ])(?:新华社|本报)稿$")
#: Numbering at the start of a list item or caption: 1、 １、 （甲） 一、 （１）.
ZH_NUMBERING = lazy(rf"^(?:[0-9０-９]+[、．.]|[{ZH_NUMERAL}]+、|[（(][^（）()]{{1,3}}[）)])")
#: Sentence punctuation that a same-indent intertitle never holds.
ZH_SENTENCE_PUNCT = set("，。！？；：…!?;:,")

EN_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
#: An English date: September 19, 1958 / 19 September 1958 / September 1958.
EN_DATE = lazy(
    rf"\b(?:{EN_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?"
    rf"|\d{{1,2}}\s+{EN_MONTH}(?:\s+\d{{4}})?|{EN_MONTH}\s+\d{{4}})\b"
)
EN_VALEDICTION = lazy(
    r"^(?:With (?:respects?|regards|best wishes|(?:revolutionary |comradely |fraternal )?greetings)"
    r"|(?:Yours|Sincerely|Respectfully|Best regards|Salute|Salutations|With respect)\b)[^.]{0,40}[,.!]?$",
    re.IGNORECASE,
)
EN_EDITORIAL = lazy(r"^Editor'?s'? [Nn]ote\b|^\((?=[^()]*\beditor)[^()]*\)\.?$|—\s*Editor\.?$", re.IGNORECASE)
EN_TRANSLATOR_NOTE = lazy(r"^\[?Translator'?s'? [Nn]ote\b")
EN_SIGNED_FORMULA = lazy(
    r"(?i)^(?:greetings|congratulations) from\b|,\s*with (?:respectful )?"
    r"(?:congratulations|greetings)\.?$"
)
#: An English credit line: (Xinhua), (Dispatch of …), (This paper, Paris, June 25).
EN_CREDIT = lazy(r"^\((?=[^()]*(?:Xinhua|News Agency|People's Daily|dispatch|This paper,))[^()]*\)\.?$")
#: An English lead: [Xinhua, Yan'an, 16th], Xinhua News Agency, Beijing, March 3:, and 本报讯
#: translated: Report of this paper:.
EN_LEAD = lazy(
    r"^(?:\[[^\]]{1,80}\]|(?:By )?(?:Xinhua|New China) News Agency,[^:—]{1,60}?(?=\s*[:—–])"
    r"|(?:Report of this paper|This paper's report)(?=\s*[:—–]))"
)


_DIGIT = lazy(r"\d")


def zh_surnamed(name: str) -> bool:
    """Whether ``name`` opens with a surname: one of :data:`ZH_SURNAMES`, or a compound one (欧阳)."""
    return name[:1] in ZH_SURNAMES or name[:2] in ZH_COMPOUND_SURNAMES


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a decimal digit (any that ``\\d`` matches)."""
    return _DIGIT.search(text) is not None


def editorial(text: str, lang: str) -> bool:
    """Whether a line is the newspaper's editorial remark: 编者按…, ——编者, （…编者…）, a remark alone
    in brackets that the paper cut the text (（本报有删节）), Editor's note…. The word each pattern
    needs (编者, 删, ditor) is looked for first."""
    if lang == "zh":
        if "删" in text and ZH_CUT_REMARK.match(text.strip()):
            return True
        return "编者" in text and ZH_EDITORIAL.search(text) is not None
    return "ditor" in text.lower() and EN_EDITORIAL.search(text) is not None


def split_phrases(text: str, lang: str) -> list[Inline]:
    """Mark a lead at the start and a credit at the end of a paragraph's text."""
    lead_re, credit_re = (ZH_LEAD, ZH_TRAILING_CREDIT) if lang == "zh" else (EN_LEAD, None)
    match = lead_re.match(text)
    ends = ("）", ")", "）。", ")。", "稿")  # what the credit regex ends with
    if match is None and (credit_re is None or not text.endswith(ends)):
        return [text] if text else []  # the usual paragraph: neither
    head: list[Inline] = []
    tail: list[Inline] = []
    if match and match.end() < len(text):
        head.append(Phrase(PhraseKind.LEAD, [match.group()]))
        text = text[match.end() :]
    if credit_re is not None and text.endswith(ends):
        match = credit_re.search(text)
        if match and match.start() > 0:
            tail.append(Phrase(PhraseKind.CREDIT, [match.group()]))
            text = text[: match.start()]
    return [*head, *([text] if text else []), *tail]


#: What follows a signer's name on its line: a date, then a formula of :data:`ZH_SIGNED_FORMULA`.
_SIGNER_TAIL = lazy(rf"(?:[\s　]*(?:{ZH_DATE.pattern}))?(?:{_ZH_FORMULA}|{_ZH_STOPPED_FORMULA})?$")


def signer_name(signature: str) -> str:
    """The signer in a signature line, without a trailing date or congratulation formula."""
    name = _SIGNER_TAIL.sub("", signature).strip()
    return name or signature


_MINOR = frozenset(
    "a an and as at but by for from in into is are of on or nor not over the to under with its it was were be".split()
)


def title_case(line: str) -> bool:
    """Whether an English line is in title case (most content words capitalised)."""
    words = [w.strip("\"'“”‘’()[],.:;!?") for w in line.split()]
    content = [w for w in words if w and w[0].isalpha() and w.lower() not in _MINOR]
    if not content:
        return False
    return sum(w[0].isupper() for w in content) >= 0.75 * len(content)


def en_closing_kind(line: str) -> str | None:
    """'place-date' for a line such as 'Moscow, September 19, 1958'; 'signature' for a signer
    with a date or a congratulation formula; None otherwise."""
    if EN_SIGNED_FORMULA.search(line):
        return "signature"
    match = EN_DATE.search(line)
    if not match or len(line) > 100:
        return None
    place = line[: match.start()].strip(" ,")
    return "place-date" if len(place.split()) <= 3 else "signature"


_ZH_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "两": 2}


def zh_numeral(text: str) -> int | None:
    """The value of a Chinese numeral: 一九四六 (digit by digit), 二十一, 廿六, 卅."""
    if not any(c in text for c in "十廿卅百千"):
        digits = [_ZH_DIGIT.get(c) for c in text]
        return None if None in digits else int("".join(map(str, digits)))
    total, current = 0, 0
    for char in text:
        if char in _ZH_DIGIT:
            current = _ZH_DIGIT[char]
        elif char in "廿卅":
            total += 20 if char == "廿" else 30
        else:
            unit = {"十": 10, "百": 100, "千": 1000}[char]
            total += (current or 1) * unit
            current = 0
    return total + current
