"""A sign against a person the Chinese CRF found: the person is an item of a list that the text
closes as a list of places (乌多姆塞、琅南塔、丰沙里、桑怒、甘蒙、坡里坎塞等省; 泰安、克山、海伦等七县;
哈吉乌姆兰和基尔库克以及阿马拉等城市). Persons' lists close otherwise (等人, 等负责人, 等省领导):
the closing word must be a place's kind standing as a word of the cut, not the start of a longer
word (村民, 乡亲, 地方, 县委), and the list's other items hold no verb or function word of the
dictionary (张三和李四到湖南等省: 到 is a verb, so 张三 is no item of the list of places)."""

from __future__ import annotations

from ..lazy_re import lazy
from ..model import PhraseKind
from . import zh_words
from .spans import Found

#: The words that join a list's items (以及 before 及, so that the longer is taken whole).
_JOINS = ("、", "以及", "和", "及", "与")
#: After the person: the list's further items (each after one of :data:`_JOINS`), then 等, a count
#: (七, 十二个, 许多, 周边) and a kind of place, not a body's or its people's (省领导, 县干部).
_CLOSED_AS_PLACES = lazy(
    rf"((?:(?:{'|'.join(_JOINS)})[^，。；：！？、“”‘’（）()\s等]{{1,10}}?)*)等"
    r"(?:[一二三四五六七八九十百几两多]+个?|许多|各|周边)?"
    r"(?:省市|省区|地区|城市|城镇|省|县|市|区|城|州|地|乡|村|镇)"
    r"(?!领导|干部|负责|官员|代表|政府|党)"
)


def listed_with_places(text: str, found: Found) -> bool:
    """Whether a person is an item of a list that the text closes as a list of places (see the
    module)."""
    _, end, phrase = found
    if phrase.kind is not PhraseKind.PERSON:
        return False
    match = _CLOSED_AS_PLACES.match(text, end)
    if match is None or match.end() not in zh_words.bounds(text):
        return False
    words = zh_words.words()
    if words is None:
        return True
    items = [w for s, e, w in zh_words.spans(text) if match.start(1) <= s and e <= match.end(1)]
    return not any(w not in _JOINS and words.functional(w) for w in items)
