"""Foreign persons the CRF read unsurely or as a body, confirmed by how the paper writes them.

The CRF of :mod:`.zh_crf` reads many transliterated names of foreign persons below ``medium``
(兰加纳特·夏尔马 at 0.52, 沙斯特罗阿米佐约 at 0.61), or takes a name and the rank after it for a
body (格瓦拉少校, 古巴桑切斯少校 read as organisations). A reader sees a person there by signs the
model does not weigh: the middle dot joining the parts of a transliterated name, and a personal
rank or office written right after or right before the name. :func:`confirmed` uses them:

- **dotted**: a person read below ``medium`` whose parts, joined by ·, are each two Han characters
  or more, nearly all of them characters of the paper's transliterations
  (:data:`.zh_signs.TRANSLITERATION`), is raised to ``medium`` where the reading holds the whole
  name (no syllable of it left outside, :func:`_whole`);
- **posted**: a person read below ``medium``, of three transliteration characters or more, right
  before a rank or office of :data:`RANKS` or right after an office of :data:`POSTS`, is raised
  to ``medium``;
- **ranked**: a body ending in a rank of :data:`RANKS` (a rank ends no body's name) is the person
  before the rank: the run of transliteration characters it ends with, of two or more, less a
  place the CRF read in the article that opens it (古巴 of 古巴桑切斯), read at ``medium`` at least.

Places and bodies written with the same characters (斯里兰卡, 布加勒斯特, 塔斯社) are never made
persons: only the CRF's persons are raised, and a body is read as a person only before a rank.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .zh_crf import MEDIUM, Entity
from .zh_signs import PARTICLES, TRANSLITERATION

#: Ranks and offices written right after a person's name that end no body's name.
RANKS = ("少校", "中校", "上校", "少将", "中将", "上将", "大将", "元帅", "总统", "首相", "总理", "外长", "亲王")
#: Offices written right before a person's name (财政部长曼苏尔, 交通大臣…, 驻苏大使拉布).
POSTS = ("部长", "大臣", "大使", "议员", "主席", "总统", "首相", "总理", "外长", "代办", "参赞", "顾问", "秘书")
#: Share of transliteration characters a dotted name must reach.
DOTTED_SHARE = 0.8
#: Han characters that may follow a dotted name the CRF read whole: grammatical words (为, 向,
#: 和, 的…) and 等, 说; any other Han character after it may be the name's own last syllable,
#: cut off (曼苏尔·马哈古|卜).
AFTER_DOTTED = PARTICLES | frozenset("等说")


def _foreignness(text: str) -> float:
    """The share of ``text``'s characters that are characters of transliterations."""
    return sum(c in TRANSLITERATION for c in text) / len(text) if text else 0.0


def dotted(surface: str) -> bool:
    """Whether ``surface`` is a transliterated name written in parts joined by ·."""
    parts = surface.split("·")
    return len(parts) >= 2 and all(len(p) >= 2 for p in parts) and _foreignness("".join(parts)) >= DOTTED_SHARE


def _whole(line: str, start: int, end: int) -> bool:
    """Whether the CRF's reading ``line[start:end]`` holds the whole name: no transliteration
    character right before it (秘书姆|布塔·米兰多) and no Han character right after it but those of
    :data:`AFTER_DOTTED`."""
    before = line[start - 1] if start else ""
    after = line[end] if end < len(line) else ""
    han = "\u4e00" <= after <= "\u9fff"
    return before not in TRANSLITERATION and (not han or after in AFTER_DOTTED)


def posted(line: str, start: int, end: int) -> bool:
    """Whether ``line[start:end]``, of transliteration characters only, stands right before a
    rank of :data:`RANKS` or right after an office of :data:`POSTS`."""
    surface = line[start:end]
    if len(surface) < 3 or _foreignness(surface) < 1.0:
        return False
    return line.startswith(RANKS, end) or line[:start].endswith(POSTS)


def _ranked(line: str, start: int, end: int, places: frozenset[str]) -> tuple[int, int] | None:
    """The person's span in a body ``line[start:end]`` ending in a rank, or None."""
    rank = next((r for r in RANKS if line.endswith(r, start, end)), "")
    if not rank:
        return None
    stop = end - len(rank)
    begin = stop
    while begin > start and line[begin - 1] in TRANSLITERATION:
        begin -= 1
    opening = max((p for p in places if line.startswith(p, begin) and begin + len(p) < stop), key=len, default="")
    begin += len(opening)
    return (begin, stop) if stop - begin >= 2 else None


def confirmed(found: Mapping[str, Sequence[Entity]]) -> dict[str, list[Entity]]:
    """``found`` (each line's entities) with the persons the paper's writing confirms (see the module)."""
    places = frozenset(
        line[s:e] for line, ents in found.items() for s, e, kind, _ in ents if kind == "LOC" and e - s >= 2
    )
    out: dict[str, list[Entity]] = {}
    for line, entities in found.items():
        spans: list[Entity] = []
        for start, end, kind, probability in entities:
            if (
                kind == "PER"
                and probability < MEDIUM
                and ((dotted(line[start:end]) and _whole(line, start, end)) or posted(line, start, end))
            ):
                probability = MEDIUM
            elif kind == "ORG" and (person := _ranked(line, start, end, places)):
                start, end, kind, probability = *person, "PER", max(probability, MEDIUM)
            spans.append((start, end, kind, probability))
        out[line] = spans
    return out
