"""An article's registers: one entity per key, with its names in both languages, and the
taggers (with their versions) that contributed."""

from __future__ import annotations

import functools
import re

from ..model import Article, Block, Entity, Phrase
from ..version import __version__
from .authority import Record
from .naming import key_of

#: The statistical taggers whose package version the header names.
_PACKAGES = {"jieba": "jieba", "spacy": "spacy"}
#: The certainty levels of machine-found names, lowest first.
_RANK = {"low": 0, "medium": 1, "high": 2}


@functools.cache
def _version(package: str) -> str:
    """The installed version of ``package`` (at most three numbers), "0" when not installed.
    (importlib.metadata is imported here: an article without a statistical package's names
    does not use it.)"""
    import importlib.metadata

    try:
        installed = importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "0"
    match = re.match(r"\d+(\.\d+){0,2}", installed)
    return match.group() if match else "0"


def tagger_version(tagger: str) -> str:
    """The version of a tagger: its package's for a statistical one, this encoder's otherwise."""
    package = _PACKAGES.get(tagger)
    return _version(package) if package else __version__


def build(article: Article, records: dict[str, Record], named: list[tuple[str, Block, Phrase]]) -> None:
    """Fill ``article.entities`` from its names (``named``) and ``article.taggers``."""
    entities: dict[str, Entity] = {}
    article.entities = entities
    taggers: dict[str, str] = {}
    seen: set[tuple[str, str, str, str | None]] = set()  # a name used again adds nothing
    for lang, _, phrase in named:
        key, resp, surface = key_of(phrase), phrase.tagger, phrase.text
        if (key, lang, surface, resp) in seen:
            continue
        seen.add((key, lang, surface, resp))
        entity = entities.get(key)
        if entity is None:
            record = records.get(key)
            entities[key] = entity = _entity(key, record, phrase)
            if record is not None:
                taggers["authority"] = __version__
        entity.add_name(lang, surface)
        if resp:
            taggers[resp] = tagger_version(resp)
            if entity.cert and _RANK.get(phrase.certainty or "", 1) > _RANK[entity.cert]:
                entity.cert = phrase.certainty  # the entry is as certain as its most certain name
    article.taggers = taggers


def _entity(key: str, record: Record | None, phrase: Phrase) -> Entity:
    """A register entry: from the authority file's ``record``, or from a tagger's ``phrase``."""
    if record is None:
        entity = Entity(key, phrase.kind)
        entity.resp, entity.cert = phrase.tagger, phrase.certainty or "medium"
        return entity
    entity = Entity(key, record.kind)
    for record_lang, forms in record.names.items():
        entity.add_name(record_lang, forms[0])
    entity.idnos = list(record.idnos)
    return entity
