"""``encoder entities suggest``: candidate authority entries for curators, as TSV.

Entities the statistical taggers found (the Chinese name CRF, spaCy) or projected across the alignment, that
the authority file does not hold yet: their kind, Chinese and English forms (paired through
the shared key: a Chinese name found again in pinyin in the linked English block), how often
they occur, in how many articles, and one context per language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .enrich.spans import located
from .model import NAME_KINDS, Article

_CONTEXT = 12


@dataclass
class Candidate:
    key: str
    kind: str
    forms: dict[str, dict[str, int]] = field(default_factory=dict)  # lang -> form -> count
    count: int = 0
    articles: set[str] = field(default_factory=set)
    examples: dict[str, str] = field(default_factory=dict)
    taggers: set[str] = field(default_factory=set)


def collect(articles: Iterable[Article], known: set[str]) -> list[Candidate]:
    """The local (non-authority) entities of ``articles``, most frequent first."""
    found: dict[str, Candidate] = {}
    for article in articles:
        for text in article.texts:
            for block in text.blocks:
                for line in block.lines:
                    full = "".join(i if isinstance(i, str) else i.text for i in line)
                    for offset, phrase in located(line):
                        key = phrase.entity
                        if phrase.kind not in NAME_KINDS or key is None or key in known:
                            continue
                        entry = found.setdefault(key, Candidate(key, phrase.kind.value))
                        forms = entry.forms.setdefault(text.lang, {})
                        forms[phrase.text] = forms.get(phrase.text, 0) + 1
                        entry.count += 1
                        entry.articles.add(article.path)
                        entry.taggers.add(phrase.tagger or "")
                        if text.lang not in entry.examples:
                            start, end = max(0, offset - _CONTEXT), offset + len(phrase.text) + _CONTEXT
                            context = (
                                full[start:offset] + "[" + phrase.text + "]" + full[offset + len(phrase.text) : end]
                            )
                            entry.examples[text.lang] = " ".join(context.split())
    return sorted(found.values(), key=lambda c: (-c.count, c.key))


def tsv(candidates: list[Candidate]) -> str:
    """The candidates as TSV with a header row."""
    rows = ["key\tkind\tzh\ten\tcount\tarticles\ttaggers\texample_zh\texample_en"]
    for entry in candidates:

        def forms(lang: str, entry: Candidate = entry) -> str:
            return " | ".join(sorted(entry.forms.get(lang, {}), key=lambda f: -entry.forms[lang][f]))

        rows.append(
            "\t".join(
                [
                    entry.key,
                    entry.kind,
                    forms("zh-Hans"),
                    forms("en"),
                    str(entry.count),
                    str(len(entry.articles)),
                    ",".join(sorted(t for t in entry.taggers if t)),
                    entry.examples.get("zh-Hans", ""),
                    entry.examples.get("en", ""),
                ]
            )
        )
    return "\n".join(rows) + "\n"
