"""Correspondence: who sent each signed letter to whom, and when and where when it says so.

A letter, telegram or signed message of the first language version (the original of a
bilingual article) whose closer holds signature blocks gets one :class:`Correspondence`:

- the senders are the signature lines without a trailing date or congratulation formula
  (:func:`encoder.patterns.signer_name`), each a :class:`Party`: a title the source puts
  before the name (``中华人民共和国主席　毛泽东``, or a line of its own such as ``伊朗首相``
  above ``阿米尔·阿巴斯·胡韦达``) is the party's role, not part of its name; the name points to
  its register entry when the names pass tagged exactly that name;
- the addressees are the opener's salutations, each a party the same way (the first person,
  else organisation, else place the salutation names; a title before it is the role;
  honorifics such as ``先生阁下`` are left in the body); a salutation naming no one tagged is
  kept in the source's words, without its closing colon;
- the date is the first date phrase of the closer's place-date blocks, else of its signature
  lines (``冀南区党委  五月九日``), that states a day (``1958年9月19日``, ``五月九日``): a year
  or month taken from the issue date keeps the date's ``cert``;
- the place is what follows that date after ``于`` (``1958年9月19日于莫斯科``).

Date and place are read from Chinese datelines only: an English dateline (``Moscow,
September 19, 1958``) puts the place first and is not read yet, so an English letter gets
its parties alone.

The pass recomputes the list each time, so running it twice gives the same result.
"""

from __future__ import annotations

from ..diagnostics import Reporter
from ..lazy_re import lazy
from ..model import (
    NAME_KINDS,
    Article,
    Block,
    BlockKind,
    Correspondence,
    Letter,
    Party,
    Phrase,
    PhraseKind,
    inline_text,
    walk,
)
from ..patterns import signer_name

#: A date value that names a day (the dates pass also gives ``YYYY-MM`` and ``YYYY``).
_FULL_DATE = lazy(r"\d{4}-\d{2}-\d{2}")
#: What introduces the place after the date of a Chinese dateline.
_AT = "于"
#: Titles that end a line or a phrase standing before a name (``伊朗首相``, ``美国总统``).
_TITLE = lazy(
    r"(?:主席|副主席|委员长|总理|副总理|首相|总统|副总统|国王|女王|皇帝|部长|外长|书记|总书记|司令员?|"
    r"政委|主任|大使|秘书长|议长|元帅|将军|President|Premier|Chairman|Minister|Secretary)$"
)
#: What a salutation may start with or end with around the addressee (kept in the body only).
_LEAD = lazy(r"^(?:致|敬爱的|亲爱的|尊敬的|To\s+|Dear\s+)")
_SPACES = " \t\u3000"
_CLOSE = "：:，,。 \t\u3000"
#: The order in which a salutation's names are taken as its addressee.
_PREFERRED = (PhraseKind.PERSON, PhraseKind.ORG, PhraseKind.PLACE)


def correspondence(article: Article, reporter: Reporter) -> None:
    """Set ``article.correspondence``: one entry per signed letter of the first language version."""
    article.correspondence = []
    if not article.texts:
        return
    text = article.texts[0]
    for part, _depth in walk(text):
        if isinstance(part, Letter):
            found = _letter(part, text.lang, article)
            if found is not None:
                article.correspondence.append(found)


def _letter(letter: Letter, lang: str, article: Article) -> Correspondence | None:
    signatures = [block for block in letter.closer if block.kind is BlockKind.SIGNATURE]
    if not signatures or letter.id is None:
        return None
    found = Correspondence(letter.id, lang, [signer_name(block.text) for block in signatures])
    found.sender_parties = _senders(signatures, article)
    found.addressees = [
        party for block in letter.opener if block.kind is BlockKind.SALUTATION for party in _addressees(block, article)
    ]
    if lang.startswith("zh"):
        dated = [b for b in letter.closer if b.kind is BlockKind.PLACE_DATE] + signatures
        for block in dated:
            date = _dateline(block)
            if date is not None:
                found.date, found.date_text, found.date_cert, found.place = date
                break
    return found


def _named(line: list[str | Phrase], article: Article) -> list[Phrase]:
    """The name phrases of a line whose entry is in the article's registers."""
    return [
        item
        for item in line
        if isinstance(item, Phrase) and item.kind in NAME_KINDS and item.entity in article.entities
    ]


def _party(name: str, role: str | None, phrase: Phrase | None) -> Party:
    role = role.strip(_SPACES) if role else None
    if phrase is None:
        return Party(name.strip(_SPACES), role or None)
    return Party(phrase.text, role or None, phrase.entity, phrase.kind)


def _senders(signatures: list[Block], article: Article) -> list[Party]:
    """One party per signature line; a line that is only a title is the role of the next."""
    parties: list[Party] = []
    role: str | None = None
    for block in signatures:
        name = signer_name(block.text)
        if _TITLE.search(name) and block is not signatures[-1] and not _named_person(block, article):
            role = name  # 伊朗首相 above 阿米尔·阿巴斯·胡韦达
            continue
        parties.append(_sender(block, name, role, article))
        role = None
    return parties


def _named_person(block: Block, article: Article) -> bool:
    return any(p.kind is PhraseKind.PERSON for line in block.lines for p in _named(line, article))


def _sender(block: Block, name: str, role: str | None, article: Article) -> Party:
    """A signature line as a party: the name tagged in it when the signer is that name, or a
    title followed by that name; else the signer's words, a title before a space split off."""
    for line in block.lines:
        for phrase in _named(line, article):
            at = name.find(phrase.text)
            if at < 0 or name[at + len(phrase.text) :].strip(_SPACES):
                continue  # the name must end the signer (冀南区党委 is not the place 冀南区)
            before = name[:at]
            if not before.strip(_SPACES):
                return _party(phrase.text, role, phrase)
            if phrase.kind is PhraseKind.PERSON and _TITLE.search(before.rstrip(_SPACES)):
                return _party(phrase.text, before, phrase)
    head, _, tail = name.replace("\u3000", " ").rpartition(" ")
    if head and tail and _TITLE.search(head.rstrip()):
        start = len(name) - len(tail)
        return _party(name[start:], name[: len(head)], None)
    return _party(name, role, None)


def _addressees(block: Block, article: Article) -> list[Party]:
    """The parties a salutation addresses, one per line that holds words."""
    parties = []
    for line in block.lines:
        party = _addressee(line, article)
        if party is not None:
            parties.append(party)
    return parties


def _addressee(line: list[str | Phrase], article: Article) -> Party | None:
    """The party a salutation line addresses (None: it holds no words)."""
    words = _LEAD.sub("", inline_text(line).strip(_SPACES)).rstrip(_CLOSE)
    for kind in _PREFERRED:
        for offset, item in enumerate(line):
            if isinstance(item, Phrase) and item.kind is kind and item.entity in article.entities:
                if kind is not PhraseKind.PERSON:  # 中华人民共和国国务院: the body's whole name, pointing to 国务院
                    return Party(words, None, item.entity, item.kind) if words.endswith(item.text) else Party(words)
                before = _LEAD.sub("", inline_text(line[:offset]).strip(_SPACES))
                return _party(item.text, before, item)
    return Party(words) if words else None


def _dateline(block: Block) -> tuple[str, str, str | None, str | None] | None:
    """The day a block states (ISO value, source text, cert) and the place after it (None: no day)."""
    for number, line in enumerate(block.lines):
        for index, item in enumerate(line):
            if isinstance(item, str) or item.kind is not PhraseKind.DATE:
                continue
            if item.value is None or not _FULL_DATE.fullmatch(item.value):
                continue
            after = "\n".join(
                [inline_text(line[index + 1 :]), *(inline_text(rest) for rest in block.lines[number + 1 :])]
            )
            after = after.lstrip()
            place = after[len(_AT) :] if after.startswith(_AT) and len(after) > len(_AT) else None
            return item.value, item.text, item.certainty, place
    return None
