"""The authority file (``source/authority.xml``): persons, places and organisations with their
English and Chinese forms, stop contexts and verified authority identifiers.

It is a TEI document whose ``standOff`` holds ``listPerson``, ``listPlace`` and ``listOrg``.
Each entry has an ``xml:id`` (the key every article's register entry is named after), its
names in both languages (the first of a language is the preferred form), ``idno type="URI"``
with a ``subtype`` (wikidata, viaf, geonames) only where verified, and ``note type="stop"``
for contexts in which a form does not name the entry (``两个中国`` is a slogan, not China).
"""

from __future__ import annotations

import functools
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .. import xmlsafe
from ..model import PhraseKind
from ..tei import XML_ID, XML_LANG
from .cache_files import cache_path, load_or_build

DEFAULT = Path(os.environ.get("ENCODER_AUTHORITY", Path(__file__).resolve().parents[2] / "source" / "authority.xml"))
_KINDS = {"person": PhraseKind.PERSON, "place": PhraseKind.PLACE, "org": PhraseKind.ORG}


@dataclass(slots=True)
class Record:
    key: str
    kind: PhraseKind
    names: dict[str, list[str]] = field(default_factory=dict)  # "en" / "zh-Hans" -> forms
    idnos: list[tuple[str, str]] = field(default_factory=list)
    stops: dict[str, list[str]] = field(default_factory=dict)


class AuthorityError(ValueError):
    """An authority file that cannot be read."""


#: Of the cache file's layout (:func:`load`).
_VERSION = "1"


@functools.lru_cache(maxsize=4)
def load(path: str | Path = DEFAULT) -> dict[str, Record]:
    """The records of the authority file at ``path``, by key (cached for the process, and in a
    cache file in the temporary folder for that file as it is, its path and the hash of its
    bytes: :func:`read` is the reference)."""
    try:
        digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return read(path)  # which tells why
    cache = cache_path("authority", f"{_VERSION} {Path(path).resolve()} {digest}")
    (rows,) = load_or_build(cache, lambda: ([_row(record) for record in read(path).values()],), 1)
    return {row[0]: Record(row[0], PhraseKind(row[1]), *row[2:]) for row in rows}


def _row(record: Record) -> tuple[str, str, dict[str, list[str]], list[tuple[str, str]], dict[str, list[str]]]:
    """``record`` as the cache file keeps it (marshal keeps the lists, tuples and dicts)."""
    return record.key, record.kind.value, record.names, record.idnos, record.stops


def read(path: str | Path = DEFAULT) -> dict[str, Record]:
    """The records of the authority file at ``path``, by key, read from the file."""
    try:
        root = xmlsafe.parse_file(path).getroot()
    except (OSError, etree.XMLSyntaxError, xmlsafe.Refused) as exc:
        raise AuthorityError(f"cannot read the authority file {path}: {exc}") from None
    records: dict[str, Record] = {}
    for element in root.iterfind(".//{*}standOff/*/*"):
        local = etree.QName(element).localname
        if local not in _KINDS:
            continue
        key = element.get(XML_ID)
        if not key:
            raise AuthorityError(f"{path}:{element.sourceline}: a {local} has no xml:id")
        record = Record(key, _KINDS[local])
        for child in element:
            if not isinstance(child.tag, str):
                continue
            name = etree.QName(child).localname
            text = " ".join((child.text or "").split())
            lang = child.get(XML_LANG, "")
            if name.endswith("Name") and text:
                record.names.setdefault(lang, []).append(text)
            elif name == "idno" and text:
                record.idnos.append((child.get("subtype", ""), text))
            elif name == "note" and child.get("type") == "stop" and text:
                record.stops.setdefault(lang, []).append(text)
        records[key] = record
    return records


@functools.lru_cache(maxsize=4)
def chinese_forms(kind: PhraseKind) -> frozenset[str]:
    """The Chinese forms of the default authority file's names of ``kind`` (none if it cannot be read).
    The file is named as the names pass names it by default (``str(DEFAULT)``), so that the two
    share one reading of it (:func:`load` caches by the argument given)."""
    try:
        records = load(str(DEFAULT))
    except (OSError, AuthorityError):
        return frozenset()
    return frozenset(form for r in records.values() if r.kind is kind for form in r.names.get("zh-Hans", []))
