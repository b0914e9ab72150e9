"""The project configuration: who publishes the TEI, under which licence and identifiers, which
corpus each source form comes from, and the date of the conversion.

Read from ``encoder.toml`` (in the current folder, or the file named with ``--config``) with
:mod:`tomllib`. Every value is optional: what is not configured is written in the header as
*unset* (text starting with ``unset:``), never as an invented placeholder, and the deposit
check (:mod:`encoder.check.deposit`) refuses it. The file::

    [publication]
    publisher = "…"                  # publicationStmt/publisher
    distributor = "…"                # publicationStmt/distributor (optional)
    licence-uri = "https://…"        # licence/@target
    licence-text = "…"               # licence text
    availability = "free"            # free | restricted | unknown (default unknown)

    [identifier]
    scheme = "DOI"                   # DOI | handle | URI | local
    prefix = "10.1234/rmrb"          # DOI, handle and URI: prefix + "/" + the article id

    [conversion]
    date = "2026-11-30"              # revisionDesc/change/@when

    [sources.rmrb-markdown]          # one table per source form (rmrb-markdown, rmrb-json,
    corpus = "fangj/rmrb"            #   bilingual-markdown, english-markdown)
    url = "https://github.com/fangj/rmrb"
    commit = "362bda…"               # only when known: never guessed

The conversion date is, in order: the configuration's ``[conversion] date``, the
``SOURCE_DATE_EPOCH`` environment variable (reproducible builds), the release date of this
version of encoder (:data:`encoder.version.RELEASE_DATE`): never the clock, so that the same
inputs and settings give the same bytes.

An error in the file is a :class:`ConfigError` holding a ``C008`` diagnostic at its line and
column.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostic, Level
from .lazy_re import lazy
from .version import RELEASE_DATE

#: The file looked for in the current folder when no ``--config`` is given.
FILE_NAME = "encoder.toml"
SCHEMES = ("DOI", "handle", "URI", "local")
AVAILABILITY = ("free", "restricted", "unknown")
FORMS = ("rmrb-markdown", "rmrb-json", "bilingual-markdown", "english-markdown")
_SECTIONS: dict[str, tuple[str, ...]] = {
    "publication": ("publisher", "distributor", "licence-uri", "licence-text", "availability"),
    "identifier": ("scheme", "prefix"),
    "conversion": ("date",),
}
_SOURCE_KEYS = ("corpus", "url", "commit")
_DATE = lazy(r"\d{4}-\d{2}-\d{2}")
_COMMIT = lazy(r"[0-9a-f]{7,40}")


@dataclass(frozen=True, slots=True)
class Corpus:
    """Where the files of one source form come from."""

    name: str
    url: str | None = None
    commit: str | None = None


@dataclass(frozen=True, slots=True)
class Project:
    """What the header says of the publication of the TEI (None: unset)."""

    publisher: str | None = None
    distributor: str | None = None
    licence_uri: str | None = None
    licence_text: str | None = None
    availability: str = "unknown"
    scheme: str | None = None
    prefix: str | None = None
    date: str = RELEASE_DATE
    date_from: str = "the release date of this version of encoder"
    sources: tuple[tuple[str, Corpus], ...] = ()

    def corpus(self, form: str) -> Corpus | None:
        """The corpus the files of ``form`` come from, when configured."""
        return dict(self.sources).get(form)

    def identifier(self, article_id: str) -> str | None:
        """The persistent identifier of an article under the configured scheme (None: local or unset)."""
        if self.scheme in (None, "local") or not self.prefix:
            return None
        return f"{self.prefix.rstrip('/')}/{article_id}"


class ConfigError(Exception):
    """A configuration that cannot be used; ``diagnostic`` says where and why."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


def _error(path: str, message: str, line: int = 0, column: int = 0) -> ConfigError:
    return ConfigError(Diagnostic(Level.ERROR, "C008", message, path, line, column))


def _where(text: str, key: str) -> tuple[int, int]:
    """The line and column of ``key`` (a table header or a key) in the file's text (0, 0: not found)."""
    pattern = re.compile(rf"^\s*(\[\s*)?({re.escape(key)}|\"{re.escape(key)}\")\b", re.MULTILINE)
    found = pattern.search(text)
    if found is None:
        return 0, 0
    line = text.count("\n", 0, found.start()) + 1
    return line, found.start(2) - (text.rfind("\n", 0, found.start()) + 1) + 1


def default_date(environ: Mapping[str, str] | None = None) -> tuple[str, str]:
    """The conversion date when the configuration names none, and where it came from."""
    epoch = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        day = datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).date().isoformat()
        return day, "SOURCE_DATE_EPOCH"
    return RELEASE_DATE, "the release date of this version of encoder"


def load(path: str | Path | None = None, environ: Mapping[str, str] | None = None) -> Project:
    """The project configuration of ``path`` (None: ``encoder.toml`` of the current folder if
    there is one, else nothing configured). Raises :class:`ConfigError` (C008)."""
    date, date_from = default_date(environ)
    if path is None:
        found = Path(FILE_NAME)
        if not found.is_file():
            return Project(date=date, date_from=date_from)
        path = found
    name = str(path)
    try:
        raw = Path(path).read_bytes().decode("utf-8")
    except OSError as exc:
        raise _error(name, f"cannot read the configuration: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise _error(name, f"the configuration is not UTF-8 ({exc.reason})", 1, 1) from exc
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        at = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        line, column = (int(at.group(1)), int(at.group(2))) if at else (0, 0)
        raise _error(name, f"not valid TOML: {message}", line, column) from exc
    return _project(name, raw, data, Project(date=date, date_from=date_from))


def _project(name: str, raw: str, data: dict[str, Any], project: Project) -> Project:
    values: dict[str, Any] = {}
    for section, table in data.items():
        if section == "sources":
            values["sources"] = _sources(name, raw, table)
            continue
        if section not in _SECTIONS:
            raise _error(
                name, f"unknown table [{section}] (known: {', '.join([*_SECTIONS, 'sources'])})", *_where(raw, section)
            )
        if not isinstance(table, dict):
            raise _error(name, f"{section} must be a table", *_where(raw, section))
        for key, value in table.items():
            if key not in _SECTIONS[section]:
                raise _error(
                    name, f"unknown key {section}.{key} (known: {', '.join(_SECTIONS[section])})", *_where(raw, key)
                )
            if not isinstance(value, str) or not value.strip():
                raise _error(name, f"{section}.{key} must be a non-empty string", *_where(raw, key))
            values[f"{section}.{key}"] = value.strip()
    project = replace(
        project,
        publisher=values.get("publication.publisher"),
        distributor=values.get("publication.distributor"),
        licence_uri=values.get("publication.licence-uri"),
        licence_text=values.get("publication.licence-text"),
        availability=values.get("publication.availability", "unknown"),
        scheme=values.get("identifier.scheme"),
        prefix=values.get("identifier.prefix"),
        sources=values.get("sources", ()),
    )
    if "conversion.date" in values:
        project = replace(project, date=values["conversion.date"], date_from=f"the configuration ({name})")
    return check(project, name, raw)


def _sources(name: str, raw: str, table: Any) -> tuple[tuple[str, Corpus], ...]:
    if not isinstance(table, dict):
        raise _error(name, "sources must be a table of source forms", *_where(raw, "sources"))
    found = []
    for form, entry in sorted(table.items()):
        if form not in FORMS:
            raise _error(
                name, f"unknown source form {form!r} (known: {', '.join(FORMS)})", *_where(raw, f"sources.{form}")
            )
        if not isinstance(entry, dict) or not isinstance(entry.get("corpus"), str) or not entry["corpus"].strip():
            raise _error(name, f'[sources.{form}] needs corpus = "…"', *_where(raw, f"sources.{form}"))
        for key, value in entry.items():
            if key not in _SOURCE_KEYS or not isinstance(value, str) or not value.strip():
                raise _error(name, f"sources.{form}.{key}: unknown key or not a non-empty string", *_where(raw, key))
        commit = entry.get("commit")
        if commit is not None and not _COMMIT.fullmatch(commit):
            raise _error(
                name, f"sources.{form}.commit must be a git commit (7 to 40 hex digits)", *_where(raw, "commit")
            )
        found.append((form, Corpus(entry["corpus"].strip(), entry.get("url"), commit)))
    return tuple(found)


def check(project: Project, name: str = "encoder.toml", raw: str = "") -> Project:
    """``project`` when its values are usable; else a :class:`ConfigError` (C008)."""
    if project.availability not in AVAILABILITY:
        raise _error(
            name, f"publication.availability must be one of {', '.join(AVAILABILITY)}", *_where(raw, "availability")
        )
    if project.scheme is not None and project.scheme not in SCHEMES:
        raise _error(name, f"identifier.scheme must be one of {', '.join(SCHEMES)}", *_where(raw, "scheme"))
    if project.scheme in ("DOI", "handle", "URI") and not project.prefix:
        raise _error(name, f"identifier.scheme {project.scheme} needs identifier.prefix", *_where(raw, "scheme"))
    if project.licence_uri is not None and not re.match(r"https?://\S+$", project.licence_uri):
        raise _error(name, "publication.licence-uri must be an http(s) URI", *_where(raw, "licence-uri"))
    if not _DATE.fullmatch(project.date):
        raise _error(name, f"conversion.date must be YYYY-MM-DD, not {project.date!r}", *_where(raw, "date"))
    try:
        datetime.date.fromisoformat(project.date)
    except ValueError as exc:
        raise _error(
            name, f"conversion.date {project.date!r} is not a day of the calendar", *_where(raw, "date")
        ) from exc
    return project


def from_arguments(args: argparse.Namespace) -> Project:
    """The project configuration (``--config`` or ./encoder.toml) with the command line's
    overrides; raises :class:`ConfigError` (C004)."""
    project = load(args.config)
    overrides = {
        key: value
        for key, value in (
            ("publisher", args.publisher),
            ("licence_uri", args.licence_uri),
            ("licence_text", args.licence_text),
            ("date", args.conversion_date),
        )
        if value
    }
    if "date" in overrides:
        overrides["date_from"] = "the command line"
    return check(dataclasses.replace(project, **overrides), "command line")
