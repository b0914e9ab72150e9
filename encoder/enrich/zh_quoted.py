"""Bodies written in quotation marks (issue 14): the policy ends a span at quotation marks (美国
“革命联盟” → 美国 + 革命联盟), and the CRF, which learnt from unquoted text, misses what is
quoted (蒋家“全国经济委员会”, 组成“细菌战防御委员会”, 所谓“亚非作家协会”). A quoted phrase that is a
body's name by its head (:func:`.zh_bodies.body_named`: a head closing organisations, with a word
of its own before it) and ends as a body of members or a council does (:data:`HEADS`) is an
organisation, whole: the marks say the writer names it, and the names found inside it are left out
(the longest name). Not the heads of places people go to (“希望小学”, 美苏“文化交易所”, “情人节…夜总会”),
nor a bank or an office (“绿色银行”, “流动办公室”): quoted, they are a kind or a figure of speech as
often as a name. A quoted phrase the text calls a radio station (“泰国人民之声”电台) is the station's
name, whatever its head and whatever verb comes before it, when it holds a proper name (:func:`_station`):
not a kind of station or a programme (“心理战”电台, “新闻和报纸摘要”电台), nor a city alone (“莫斯科”电台:
the place, as the gold tags 伦敦电台). Not a phrase right after a verb of setting up or naming (组成了“办广播委员会”,
成立了“家长委员会”): a kind set up everywhere is no name; nor a list (“农会、民兵、妇女联合会”)."""

from __future__ import annotations

from ..lazy_re import lazy
from ..model import PhraseKind
from . import zh_bodies, zh_words
from .naming import made_name
from .spans import Found, enclosing

#: A phrase in double or single quotation marks: Chinese characters and a foreign name's dot.
_QUOTED = lazy(r"“([\u4e00-\u9fff·]{3,16})”|‘([\u4e00-\u9fff·]{3,16})’")

#: Ends of a council's, an association's, a league's or an institute's name.
HEADS = ("委员会", "协会", "联合会", "联盟", "同盟", "学会", "研究会", "研究所")
#: Words after a quoted phrase that make it a radio station's name (“柬埔寨民族统一阵线之声”电台).
STATIONS = ("电台", "广播电台")
#: Ends of a station's own name (“胡志明之声”, “美国之音”).
_STATION_ENDS = ("之声", "之音")
#: Slogans stations are named after (“自由欧洲”, “自由亚洲”).
_SLOGANS = ("自由",)
#: Societies named after a person (日本毛泽东思想研究会): the whole phrase is the organisation.
_SOCIETIES = ("学会", "研究会")
#: Verbs of setting up or naming: the quoted phrase after them (with 了 or not) is a kind.
_SETTING_UP = (
    "成立",
    "组成",
    "组建",
    "建立",
    "建起",
    "办起",
    "创办",
    "设立",
    "叫做",
    "叫作",
    "称为",
    "称作",
    "成了",
    "是",
)


def _after_setting_up(text: str, start: int) -> bool:
    """Whether the quotation opening before ``start`` follows a verb of :data:`_SETTING_UP`."""
    before = text[max(0, start - 6) : start - 1]
    return before.endswith(_SETTING_UP) or (before.endswith("了") and before[:-1].endswith(_SETTING_UP))


def _station(text: str, start: int, end: int, found: list[Found]) -> bool:
    """Whether the quoted phrase ``text[start:end]``, followed by a station word, is a station's
    name: it ends as one (之声, 之音), is a slogan name (自由X), or holds a name found, but is not
    wholly one place, nor a word of the dictionary (a kind of station or a common noun phrase)."""
    surface = text[start:end]
    if any(s == start and e == end and p.kind is PhraseKind.PLACE for s, e, p in found):
        return False
    words = zh_words.words()
    if words is not None and (words.known(surface) or words.idiom(surface)):
        return False
    return (
        surface.endswith(_STATION_ENDS)
        or surface.startswith(_SLOGANS)
        or any(start <= s and e <= end for s, e, _ in found)
    )


def quoted_bodies(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with each body's name in quotation marks an organisation (see the
    module); not a word jieba's dictionary knows (“希望小学”: a kind of school), nor a phrase
    holding a person, whose name or office the quotation may be, unless a society named after
    the person (“鲁迅研究会”); a station's name by :func:`_station` alone."""
    out = list(found)
    for match in _QUOTED.finditer(text):
        start, end = match.span(match.lastindex or 1)
        surface = text[start:end]
        if text.startswith(STATIONS, end + 1):
            if _station(text, start, end, out):
                out = enclosing(out, (start, end, made_name(PhraseKind.ORG, surface))) or out
            continue
        if not surface.endswith(HEADS) or not zh_bodies.body_named(surface):
            continue
        words = zh_words.words()
        if words is not None and (words.known(surface) or words.idiom(surface)):
            continue
        if any(start <= s and e <= end and p.kind is PhraseKind.PERSON for s, e, p in out):
            if not surface.endswith(_SOCIETIES):
                continue
        elif _after_setting_up(text, start):
            continue
        out = enclosing(out, (start, end, made_name(PhraseKind.ORG, surface))) or out
    return out
