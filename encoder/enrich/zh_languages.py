"""Places that name a language (issue 14): 波兰文, 越南语, 阿尔巴尼亚文版 name a language, no place,
by the name policy (``tests/fixtures/gold/names/POLICY.md``); :func:`.zh_conventions.plausible`
drops them."""

from __future__ import annotations

from . import zh_words
from .spans import Found

#: A language's character after a people's or country's name (波兰文, 越南语) and the words of
#: the cut that open with it and still name the language (阿尔巴尼亚 | 文版).
LANGUAGE_MARKS = ("文", "语")
LANGUAGE_WORDS = frozenset({"文", "语", "文版", "语版"})
#: Nouns of one character that close a language's phrase after a lone 文 or 语 (蒙古 | 文 | 版,
#: 越南 | 文 | 报): what is written or printed in it.
LANGUAGE_NOUNS = frozenset("版报书字稿")


def language(text: str, found: Found) -> bool:
    """Whether a place names a language: the cut reads it and 文 or 语 as one word (波兰文, 日本语), or
    文, 语, 文版 as a word of its own after it (阿尔巴尼亚 | 文版) that closes a language's phrase
    (:func:`_closing`); not where the character opens another word (中国 | 语文, 法国 | 文坛, 俄罗斯 |
    语言, 浙江 | 文成县) or a lone 文 runs on into the words of another name (长沙 | 文 | 夕大火, 广州 |
    文 | 德 | 路): those places stay."""
    start, end, _ = found
    if not text.startswith(LANGUAGE_MARKS, end):
        return False
    spans = zh_words.spans(text)
    for s, e, word in spans:
        if s == start and e == end + 1:
            return True  # 波兰文, 越南语: one word of the cut
        if s == end:
            closed = len(word) > 1 or _closing(text, e, spans)
            return word in LANGUAGE_WORDS and start in zh_words.bounds(text) and closed
    return False


def named_language(text: str, found: Found) -> bool:
    """Whether a name found is a language's: a place the dictionary knows and 文 or 语, one word of
    the cut (蒙古文, 越南语), no person's, where :func:`language` drops the place it holds; not a
    person's name written so across words (欧阳 | 文)."""
    start, end, phrase = found
    words = zh_words.words()
    if words is None or not phrase.text.endswith(LANGUAGE_MARKS) or not words.place(phrase.text[:-1]):
        return False
    return any(s == start and e == end for s, e, _ in zh_words.spans(text))


def _closing(text: str, after: int, spans: tuple[tuple[int, int, str], ...]) -> bool:
    """Whether what follows a lone 文 or 语 at ``after`` ends a language's phrase: the text's end, a
    character no Han one (a mark: 、 ， 》), a word of the cut of two characters or more (出版, 译本,
    密切), a verb or function word of one (的, 和, 写) or one of :data:`LANGUAGE_NOUNS`; not another
    lone Han character, which the cut could not join into a word: the rest of a name that goes on
    (夕 of 长沙 | 文 | 夕大火, 德 of 广州 | 文 | 德 | 路)."""
    if after >= len(text) or not zh_words.han(text[after]):
        return True
    following = next((word for s, _, word in spans if s == after), "")
    words = zh_words.words()
    return len(following) > 1 or following in LANGUAGE_NOUNS or (words is not None and words.functional(following))
