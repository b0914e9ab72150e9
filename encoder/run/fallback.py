"""Fallback: an article is never lost to a guess of ours.

The gates (fidelity, RELAX NG, the profile's rules) stay exactly as strict about what is
written. When one refuses an article whose source was read and parsed, what it refused is
something the converter inferred: a name span, a date, the description of a letter, a
translation link, a section or a letter. The pipeline then converts the article again from
its source, with that inference dropped, through the same stages, until the document passes:

===== ========================================================== ==============================
code  what is dropped (cumulatively, in this order)               when a gate refused with
===== ========================================================== ==============================
D001  the names the statistical taggers found (jieba, spaCy)       F001, V101, any other
D002  every name, and the registers                                F001, V101, any other
D003  the correspondence description of the letters                V101, any other
D004  the dates' tags and values                                   F001, any other
D005  the translation links                                        V101, V105, V109, any other
D006  the sections and letters of the language(s) at fault         F001, V104, V108, any other
D007  the sections and letters of every language                   F001, V104, V108, any other
===== ========================================================== ==============================

"Any other" is a refusal no single inference explains: the schema (V0xx), the writer (W001)
or a bug (E001). A step is taken only when the article has what it drops (no D003 for an
article without letters). Each step taken is reported as a warning with its code, saying
what was dropped, where the first of it stood in the source, and which gate refused what
(the gate's code, place and message). A step that does not make the document pass keeps its
drop for the next. Errors the gates report stay errors only when every step has been tried.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..diagnostics import Diagnostic, Level, Reporter
from ..enrich import AUTHORITY_ONLY, PASSES, Pass, check_order
from ..enrich.flatten import STRUCTURING, flatten
from ..enrich.spans import phrases
from ..lazy_re import lazy
from ..model import NAME_KINDS, Article, Block, BlockKind, Letter, PhraseKind, Text, walk

#: The codes of a gate's refusal that no single inference explains: every step may cure them.
GENERAL = ("V0", "W001", "E001")


@dataclass(frozen=True, slots=True)
class Step:
    """One fallback step: its warning code, what it drops, the refusals it may cure, and the
    pass it replaces by one that adds nothing (None: see ``flat``)."""

    code: str
    what: str
    cures: tuple[str, ...]
    drops: str | None = None
    marks: tuple[str, ...] = ()  # what a schema message names when this inference is at fault


_NAMES = ("persName", "placeName", "orgName", "listPerson", "listPlace", "listOrg", "person", "place", "org", "ref")
_DIVISIONS = ("div", "head", "opener", "closer", "salute", "signed", "dateline")
LADDER = (
    Step("D001", "the names the statistical taggers found", ("F001", "V101"), "statistical", _NAMES),
    Step("D002", "every name tag and the registers", ("F001", "V101"), "names", _NAMES),
    Step("D003", "the correspondence description of the letters", ("V101",), "correspondence", ("correspDesc",)),
    Step("D004", "the date tags and their values", ("F001",), "dates", ("date", "when")),
    Step("D005", "the translation links", ("V101", "V105", "V109"), "align", ("link", "linkGrp", "target")),
    Step("D006", "the sections and letters of the language(s) at fault", ("F001", "V104", "V108"), None, _DIVISIONS),
    Step("D007", "the sections and letters of every language", ("F001", "V104", "V108"), None, _DIVISIONS),
)
#: Each mark of a step as a word of a schema message (element and attribute names).
_MARKS = {step.code: lazy(r"\b(?:" + "|".join(step.marks) + r")\b") for step in LADDER}


@dataclass(slots=True)
class Plan:
    """What an article's attempts have dropped so far, and how far down the ladder they are."""

    ner: bool
    position: int = 0
    dropped: frozenset[str] = frozenset()
    flat: frozenset[str] = frozenset()

    def passes(self) -> tuple[Pass, ...]:
        """The enrich passes of the next attempt: the dropped ones add nothing, keeping their
        contract (the facts they provide are then empty), and flattened languages first."""
        base = PASSES if self.ner and "statistical" not in self.dropped else AUTHORITY_ONLY
        passes = [_nothing(step) if step.name in self.dropped else step for step in base]
        if self.flat:
            passes.insert(0, Pass("flatten", flatten(self.flat), frozenset({"blocks"}), frozenset()))
        check_order(passes)
        return tuple(passes)

    def advance(self, article: Article, refusals: list[Diagnostic], reporter: Reporter) -> bool:
        """Take the next step that may cure ``refusals`` and that ``article`` (as the refused
        attempt made it) has something to drop for; report it. False when none is left."""
        while self.position < len(LADDER):
            step = LADDER[self.position]
            self.position += 1
            if not _cures(step, refusals) or (step.code == "D001" and not self.ner):
                continue
            langs = _at_fault(article, refusals) if step.code == "D006" else frozenset(t.short for t in article.texts)
            where = _first(step, article, langs)
            if where is None:
                continue  # nothing of that kind in the article
            if step.drops is None:
                self.flat |= langs
            else:
                self.dropped |= {step.drops}
            _report(reporter, step, langs if step.drops is None else frozenset(), where, refusals)
            return True
        return False


def refusals(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """The errors a gate (or a bug past parsing) reported."""
    return [d for d in diagnostics if d.level is Level.ERROR]


def _nothing(step: Pass) -> Pass:
    """``step`` as a pass that adds nothing but keeps its contract."""

    def run(article: Article, reporter: Reporter) -> None:
        return None

    return Pass(step.name, run, step.requires, step.provides)


def _cures(step: Step, refusals: list[Diagnostic]) -> bool:
    """Whether ``step`` may cure one of ``refusals``: a refusal of its own kind, or a general
    one whose message names its elements or attributes, or names none of any step."""
    for refusal in refusals:
        if refusal.code.startswith(step.cures):
            return True
        if refusal.code.startswith(GENERAL):
            named = [code for code, mark in _MARKS.items() if mark.search(refusal.message)]
            if step.code in named or not named:
                return True
    return False


def _at_fault(article: Article, refusals: list[Diagnostic]) -> frozenset[str]:
    """The languages whose structure to flatten first: the one whose text F001 found changed,
    else the one with more sections and letters than the other (both when neither has more)."""
    for diagnostic in refusals:
        if diagnostic.code == "F001":
            found = [t.short for t in article.texts if diagnostic.line in t.source_lines]
            if found:
                return frozenset(found)
    shapes = {t.short: _shape(t) for t in article.texts}
    most = max(shapes.values(), default=(0, 0))
    richer = frozenset(lang for lang, shape in shapes.items() if shape == most)
    return richer if len(richer) < len(shapes) else frozenset(shapes)


def _shape(text: Text) -> tuple[int, int]:
    """The numbers of intertitles and of letter lines in ``text``."""
    heads = sum(1 for block in text.blocks if block.kind is BlockKind.INTERTITLE)
    return heads, sum(1 for block in text.blocks if block.kind in STRUCTURING) - heads


def _blocks(article: Article, langs: frozenset[str]) -> Iterator[Block]:
    for text in article.texts:
        if text.short in langs:
            yield from text.blocks


def _first(step: Step, article: Article, langs: frozenset[str]) -> Block | None:
    """The first block holding what ``step`` drops (None: the article has none of it)."""
    if step.drops == "correspondence":
        return _first_letter_block(article) if article.correspondence else None
    if step.drops == "align":
        return article.links[0].zh[0] if article.links and article.links[0].zh else None
    return next((block for block in _blocks(article, langs) if _holds(step.drops, block)), None)


def _holds(drops: str | None, block: Block) -> bool:
    """Whether ``block`` holds what a step dropping ``drops`` removes (None: its structure)."""
    if drops == "statistical":
        return any(p.kind in NAME_KINDS and p.tagger for p in _phrases(block))
    if drops == "names":
        return any(p.kind in NAME_KINDS for p in _phrases(block))
    if drops == "dates":
        return any(p.kind is PhraseKind.DATE for p in _phrases(block))
    return block.kind in STRUCTURING


def _phrases(block: Block) -> Iterator:
    for line in block.lines:
        if len(line) > 1 or (line and not isinstance(line[0], str)):
            yield from phrases(line)


def _first_letter_block(article: Article) -> Block | None:
    for text in article.texts:
        for part, _depth in walk(text):
            if isinstance(part, Letter) and (part.opener or part.closer):
                return (part.opener or part.closer)[0]
    return article.texts[0].blocks[0] if article.texts and article.texts[0].blocks else None


def _report(reporter: Reporter, step: Step, langs: frozenset[str], where: Block, refusals: list[Diagnostic]) -> None:
    """The warning of ``step``: what was dropped, where the first of it stood, and why."""
    first = refusals[0]
    more = f" (and {len(refusals) - 1} more)" if len(refusals) > 1 else ""
    what = step.what.replace("language(s) at fault", " and ".join(sorted(langs)) + " text") if langs else step.what
    reporter.warning(
        step.code,
        f"dropped {what} to write the article: {first.code} refused it at "
        f"{first.path}:{first.line}:{first.column}: {first.message}{more}",
        where.span.line,
        where.span.column,
    )
