"""Block alignment of the Chinese original and the English translation.

A dynamic programme over the two block sequences, in the manner of Gale and Church (1993):
each step pairs 1:1, 1:2, 2:1, or leaves a block out (1:0, 0:1). A step costs

* the Gale–Church length cost: ``delta = (en - zh * c) / sqrt(zh * s2)`` with ``c`` the
  document's own ratio of English to Chinese characters, turned into ``-log P(|delta|)``,
  plus ``-log`` of the prior of the step's shape;
* structure: blocks of different roles (headline, intertitle, salutation, closing, note,
  paragraph) pair only at a high cost, and when both languages have as many blocks of a
  structural role, the k-th pairs with the k-th only (intertitles, letter parts and notes
  are anchors);
* lexical anchors: numbers shared by the two sides lower the cost, numbers on one side
  only raise it.

Links whose cost is high, or whose shape is not 1:1, carry ``cert``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..diagnostics import Reporter
from ..lazy_re import lazy
from ..model import Article, Block, BlockKind, Link, Unaligned
from ..patterns import has_digit, zh_numeral

#: Gale and Church's variance of the length ratio, scaled for Chinese characters.
S2 = 6.8 * 3.0
#: -log of the prior probability of each step shape (Gale and Church's table).
PRIOR = {
    (1, 1): -math.log(0.89),
    (1, 0): -math.log(0.0099 / 2),
    (0, 1): -math.log(0.0099 / 2),
    (2, 1): -math.log(0.089 / 2),
    (1, 2): -math.log(0.089 / 2),
}
ROLE_MISMATCH = 12.0
FORBIDDEN = math.inf
_DIGITS = lazy(r"\d+(?:[.,]\d+)?")
_ZH_NUMERALS = "〇○零一二两三四五六七八九十廿卅百千"
#: A whole run of numerals before 年月日号时.
_ZH_NUMBER = lazy(rf"(?<![{_ZH_NUMERALS}])[{_ZH_NUMERALS}]+(?=[年月日号时])")
_ZH_UNITS = lazy("[年月日号时]")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}
#: Longest first; names of one length in the alphabet's order, so that the pattern's source is
#: the same in every process (its compiled code is cached by its source: ``lazy_re``).
_MONTH_NAMES = "|".join(sorted({name.capitalize() for name in _MONTHS}, key=lambda name: (-len(name), name)))
_EN_MONTH_DAY = lazy(rf"\b({_MONTH_NAMES})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+({_MONTH_NAMES})\b")


ROLE = {
    BlockKind.HEADLINE: "headline",
    BlockKind.INTERTITLE: "intertitle",
    BlockKind.SALUTATION: "salutation",
    BlockKind.VALEDICTION: "valediction",
    BlockKind.SIGNATURE: "signature",
    BlockKind.PLACE_DATE: "place-date",
    BlockKind.EDITORIAL: "editorial",
    BlockKind.CREDIT: "credit",
    BlockKind.BYLINE: "byline",
    BlockKind.ATTRIBUTION: "attribution",
    BlockKind.TRANSLATOR_NOTE: "translator-note",
    BlockKind.PARAGRAPH: "paragraph",
    BlockKind.KICKER: "deck",
    BlockKind.SUBTITLE: "deck",
    BlockKind.CAPTION: "caption",
    BlockKind.LIST_ITEM: "paragraph",  # the translation may set out an enumeration as paragraphs
    BlockKind.TABLE_ROW: "paragraph",
}
#: Roles whose k-th block pairs with the k-th of the other language when the counts agree.
ANCHOR_ROLES = {"headline", "intertitle", "salutation", "valediction", "signature", "place-date", "editorial"}


def numbers(text: str, lang: str) -> set[str]:
    """The numbers of a text, normalised: Arabic numerals (20th gives 20); in Chinese, numerals
    before 年月日号时 (一九四六年, 二十一日); in English, month names next to a day (May 9 gives 5).
    Number words (English "two", Chinese 两个) are left out: they are words more often than figures."""
    found = {n.replace(",", "") for n in _DIGITS.findall(text)} if has_digit(text) else set()
    if lang == "zh":
        if not _ZH_UNITS.search(text):  # a Chinese number here always comes before one of them
            return found
        for match in _ZH_NUMBER.finditer(text):
            if match.group() in "一两" and not text.startswith(("月", "日"), match.end()):
                continue  # 一时, 一次, 两年: words more often than numbers
            value = zh_numeral(match.group())
            if value is not None:
                found.add(str(value))
    elif found:  # a month next to a day needs a figure
        for match in _EN_MONTH_DAY.finditer(text):
            month = _MONTHS.get((match.group(1) or match.group(2) or "").lower())
            if month:
                found.add(str(month))
    return found


def length(block: Block) -> int:
    """The length of a block in characters, white space left out."""
    return _length(block.text)


def _length(text: str) -> int:
    return max(1, sum(map(len, text.split())))


@dataclass
class _Side:
    blocks: Sequence[Block]
    lang: str

    def __post_init__(self) -> None:
        texts = [b.text for b in self.blocks]
        self.lengths = [_length(text) for text in texts]
        self.roles = [ROLE[b.kind] for b in self.blocks]
        self.numbers = [numbers(text, self.lang) for text in texts]
        self.count_roles()

    def count_roles(self) -> None:
        """Each block's rank among the blocks of its role, and the count of each role (again
        after ``roles`` changed)."""
        counts: dict[str, int] = {}
        self.rank: list[int] = []
        for role in self.roles:
            self.rank.append(counts.get(role, 0))
            counts[role] = counts.get(role, 0) + 1
        self.counts = counts


_SQRT2 = math.sqrt(2)
#: The steps of the dynamic programme, tried in this order at each cell (of two paths of
#: equal cost, the one reached first is kept).
STEPS = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))
#: Cost of leaving a block out, on top of the prior of the shape.
SKIP = 2.0


def _length_cost(zh: int, en: int, ratio: float) -> float:
    """Gale and Church's length cost: -log P(|delta|) of ``en`` characters translating ``zh``."""
    delta = (en - zh * ratio) / math.sqrt(zh * S2 * ratio)
    probability = 2 * (1 - 0.5 * (1 + math.erf(abs(delta) / _SQRT2)))
    return -math.log(max(probability, 1e-12))


def _lexical_cost(left: set[str], right: set[str]) -> float:
    """Numbers shared by the two sides lower the cost; numbers on one side only raise it."""
    if not left and not right:
        return 0.0
    return -1.5 * len(left & right) + 0.75 * len(left ^ right)


Step = tuple[range, range, float]


class Aligner:
    """Aligns two block sequences; ``align()`` returns the steps as index ranges."""

    def __init__(self, zh: Sequence[Block], en: Sequence[Block]) -> None:
        self.zh, self.en = _Side(zh, "zh"), _Side(en, "en")
        total_zh, total_en = sum(self.zh.lengths), sum(self.en.lengths)
        self.ratio = total_en / total_zh if total_zh and total_en else 3.0
        self.anchored = self.agreed_anchors()

    def agreed_anchors(self) -> set[str]:
        """The anchor roles of which both languages have as many blocks (at least one)."""
        return {role for role in ANCHOR_ROLES if self.zh.counts.get(role, 0) == self.en.counts.get(role, 0) > 0}

    def _role_cost(self, zs: range, es: range) -> float:
        """Blocks of one role pair freely; of different roles, at a high cost; an anchored
        block pairs 1:1 only, with the block of the same rank in the other language."""
        if len(zs) == 1 and len(es) == 1:
            role_zh, role_en = self.zh.roles[zs[0]], self.en.roles[es[0]]
            if role_zh == role_en:
                if role_zh in self.anchored and self.zh.rank[zs[0]] != self.en.rank[es[0]]:
                    return FORBIDDEN
                return 0.0
            if role_zh in self.anchored or role_en in self.anchored:
                return FORBIDDEN
            return ROLE_MISMATCH
        # Merges join blocks of one role (paragraphs, or closing lines) only.
        roles_zh = {self.zh.roles[i] for i in zs}
        roles_en = {self.en.roles[j] for j in es}
        if len(roles_zh | roles_en) != 1 or (roles_zh | roles_en) & self.anchored:
            return FORBIDDEN
        return 0.0

    def step_cost(self, zs: range, es: range) -> float:
        """The cost of the step pairing the zh blocks ``zs`` with the en blocks ``es``."""
        if not zs or not es:  # a block left out
            side, index = (self.zh, zs.start) if zs else (self.en, es.start)
            return FORBIDDEN if side.roles[index] in self.anchored else PRIOR[(len(zs), len(es))] + SKIP
        role = self._role_cost(zs, es)
        if role == FORBIDDEN:
            return role
        length = _length_cost(sum(self.zh.lengths[i] for i in zs), sum(self.en.lengths[j] for j in es), self.ratio)
        left = set().union(*(self.zh.numbers[i] for i in zs))
        right = set().union(*(self.en.numbers[j] for j in es))
        return length + PRIOR[(len(zs), len(es))] + role + _lexical_cost(left, right)

    def anchors(self) -> list[tuple[int, int]]:
        """Fixed 1:1 pairs: the k-th block of each anchored role in both languages, kept in order."""
        pairs: list[tuple[int, int]] = []
        for role in self.anchored:
            zh = [i for i, r in enumerate(self.zh.roles) if r == role]
            en = [j for j, r in enumerate(self.en.roles) if r == role]
            pairs.extend(zip(zh, en, strict=True))
        kept: list[tuple[int, int]] = []
        for i, j in sorted(pairs):
            if not kept or j > kept[-1][1]:
                kept.append((i, j))
        return kept

    def align(self) -> list[Step]:
        """The cheapest path: anchors fixed, a dynamic programme between each two of them."""
        n, m = len(self.zh.blocks), len(self.en.blocks)
        steps: list[Step] = []
        start_i = start_j = 0
        for i, j in [*self.anchors(), (n, m)]:
            steps.extend(self._segment(start_i, i, start_j, j))
            if i < n:
                steps.append((range(i, i + 1), range(j, j + 1), self.step_cost(range(i, i + 1), range(j, j + 1))))
            start_i, start_j = i + 1, j + 1
        return steps

    def align_or_relax(self) -> list[Step]:
        """:meth:`align`, or, when no path satisfies the structural anchors (the two languages
        disagree on them), the cheapest path without anchors."""
        try:
            return self.align()
        except ValueError:
            self.anchored = set()
            return self.align()

    def _segment(self, i0: int, i1: int, j0: int, j1: int) -> list[Step]:
        """The cheapest path from (i0, j0) to (i1, j1), in a band around the diagonal first."""
        n, m = i1 - i0, j1 - j0
        width = max(8, abs(n - m) + (max(n, m) + 9) // 10)
        try:
            return self._dp(i0, j0, n, m, width)
        except ValueError:
            return self._dp(i0, j0, n, m, n + m + 1)

    def _dp(self, i0: int, j0: int, n: int, m: int, width: int) -> list[Step]:
        """The cheapest path pairing zh blocks i0..i0+n-1 with en blocks j0..j0+m-1, through the
        cells within ``width`` of the diagonal; ValueError when no path gets through."""
        best = [[math.inf] * (m + 1) for _ in range(n + 1)]  # the cheapest cost to reach each cell
        back: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]  # its last step
        best[0][0] = 0.0
        for i in range(n + 1):
            centre = i * m // n if n else 0
            for j in range(max(0, centre - width), min(m, centre + width) + 1):
                if best[i][j] == math.inf:
                    continue
                for a, b in STEPS:
                    if i + a <= n and j + b <= m:
                        cost = best[i][j] + self.step_cost(range(i0 + i, i0 + i + a), range(j0 + j, j0 + j + b))
                        if cost < best[i + a][j + b]:
                            best[i + a][j + b], back[i + a][j + b] = cost, (a, b)
        if best[n][m] == math.inf:
            raise ValueError("no alignment satisfies the structural anchors")
        steps = []
        i, j = n, m
        while i or j:
            a, b = back[i][j]
            zs, es = range(i0 + i - a, i0 + i), range(j0 + j - b, j0 + j)
            steps.append((zs, es, self.step_cost(zs, es)))
            i, j = i - a, j - b
        return steps[::-1]


def _cert(zs: range, es: range, cost: float, aligner: Aligner) -> str | None:
    roles = {aligner.zh.roles[i] for i in zs} | {aligner.en.roles[j] for j in es}
    if len(roles) > 1 or cost > 9:
        return "low"
    if len(zs) != 1 or len(es) != 1 or cost > 5:
        return "medium"
    return None


def align(article: Article, reporter: Reporter) -> None:
    """Fill ``article.links`` and ``article.unaligned`` (bilingual articles only; idempotent)."""
    article.links, article.unaligned = [], []
    zh, en = article.text("zh"), article.text("en")
    if zh is None or en is None:
        return
    aligner = Aligner(zh.blocks, en.blocks)
    for zs, es, cost in aligner.align_or_relax():
        if zs and es:
            article.links.append(
                Link(
                    [zh.blocks[i] for i in zs], [en.blocks[j] for j in es], _cert(zs, es, cost, aligner), round(cost, 3)
                )
            )
            continue
        for index in zs:
            article.unaligned.append(Unaligned(zh.blocks[index], "zh", _reason(zh.blocks[index], aligner, "en")))
        for index in es:
            article.unaligned.append(Unaligned(en.blocks[index], "en", _reason(en.blocks[index], aligner, "zh")))
    report(article, reporter, aligner)


def report(article: Article, reporter: Reporter, aligner: Aligner | None = None) -> None:
    """Report the alignment of ``article`` as A-codes (info): what a reader should check."""
    lengths: dict[int, int] = {}
    found: dict[int, set[str]] = {}
    if aligner is not None:
        for side in (aligner.zh, aligner.en):
            for block, size, figures in zip(side.blocks, side.lengths, side.numbers, strict=True):
                lengths[id(block)], found[id(block)] = size, figures
    for link in article.links:
        for lang, blocks in (("zh", link.zh), ("en", link.en)):
            for block in blocks:
                if id(block) not in lengths:
                    lengths[id(block)], found[id(block)] = length(block), numbers(block.text, lang)
    zh_total = sum(lengths[id(b)] for link in article.links for b in link.zh)
    en_total = sum(lengths[id(b)] for link in article.links for b in link.en)
    ratio = aligner.ratio if aligner else en_total / zh_total if zh_total and en_total else 3.0
    for item in article.unaligned:
        block = item.block
        reporter.info(
            "A001",
            f"{item.lang} block {block.id} has no counterpart: {item.reason}",
            block.span.line,
            block.span.column,
        )
    for link in article.links:
        first = link.zh[0]
        if link.shape != "1:1":
            reporter.info("A002", f"{link.shape} link {_ids(link)}", first.span.line, first.span.column)
        zh_length = sum(lengths[id(b)] for b in link.zh)
        en_length = sum(lengths[id(b)] for b in link.en)
        delta = (en_length - zh_length * ratio) / math.sqrt(zh_length * S2 * ratio)
        factor = en_length / zh_length / ratio
        if abs(delta) > 2.5 or (zh_length >= 10 and not 0.5 <= factor <= 2.0):
            reporter.info(
                "A003",
                f"length ratio outlier in {_ids(link)}: {en_length} English against {zh_length} "
                f"Chinese characters ({en_length / zh_length:.2f}; this article {ratio:.2f})",
                first.span.line,
                first.span.column,
            )
        left = set().union(*(found[id(b)] for b in link.zh))
        right = set().union(*(found[id(b)] for b in link.en))
        if left != right and (left or right):
            only_zh, only_en = sorted(left - right, key=_numeric), sorted(right - left, key=_numeric)
            reporter.info(
                "A004",
                f"numbers differ in {_ids(link)}: Chinese only {', '.join(only_zh) or '-'}; "
                f"English only {', '.join(only_en) or '-'}",
                first.span.line,
                first.span.column,
            )


def _ids(link: Link) -> str:
    """The ids of a link's blocks, for a message."""
    return " ".join(b.id or "?" for b in [*link.zh, *link.en])


def _numeric(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        return math.inf


def _reason(block: Block, aligner: Aligner, other: str) -> str:
    role = ROLE[block.kind]
    side = aligner.en if other == "en" else aligner.zh
    if role != "paragraph" and side.counts.get(role, 0) == 0:
        return f"the {'English' if other == 'en' else 'Chinese'} text has no {role}"
    return "no block of the other language fits it better than leaving it out (length and numbers)"
