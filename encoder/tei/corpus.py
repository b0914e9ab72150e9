"""teiCorpus files for converted articles: one per issue date, month or year.

Members are embedded (streamed one at a time with lxml's incremental writer, so memory
does not grow with the size of a month) or referenced with XInclude. Each corpus gets a
header of its own: titles, the number of articles, the date range, the languages used; the
text it shares with an article's header (publisher, licence, newspaper) comes from
:mod:`encoder.tei.header`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from urllib.parse import quote

from lxml import etree

from .. import xmlsafe
from ..config import Project
from ..files import atomic
from ..lazy_re import lazy
from ..version import __version__
from . import TEI_NS, XML_ID, XML_LANG, T
from .header import NEWSPAPER, RIGHTS, encoder_name, licence_text, publisher

XI_NS = xmlsafe.XI_NS
_ID_DATE = lazy(r"^rmrb-(\d{4})-(\d{2})-(\d{2})")
GROUPINGS = ("date", "month", "year")


@dataclass
class Group:
    key: str  # 1946-05, 1946-05-15 or 1946
    members: list[Path] = field(default_factory=list)
    languages: set[str] = field(default_factory=set)
    first: str = ""
    last: str = ""


def _root_attributes(path: Path) -> dict[str, str] | None:
    """The attributes of the root element if it is a TEI article, read without parsing the file."""
    try:
        for _, element in xmlsafe.iterparse(path, events=("start",)):
            if element.tag == f"{T}teiCorpus":
                return {"corpus": "yes"}
            if element.tag != f"{T}TEI":
                return None
            return dict(element.attrib)
    except (OSError, etree.XMLSyntaxError):
        return None
    return None


def _tei_files(folder: Path, skip: Path | None) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        if skip is not None and Path(root).resolve() == skip.resolve():
            dirs[:] = []
            continue
        for name in sorted(files):
            if name.endswith(".xml"):
                yield Path(root) / name


def group(folder: Path, by: str = "month", skip: Path | None = None) -> tuple[list[Group], list[Path]]:
    """The articles below ``folder`` grouped by issue date, month or year; and the files left out."""
    groups: dict[str, Group] = {}
    left_out: list[Path] = []
    width = {"date": 3, "month": 2, "year": 1}[by]
    for path in _tei_files(folder, skip):
        attributes = _root_attributes(path)
        if attributes is not None and attributes.get("corpus"):
            continue  # a corpus written earlier
        match = _ID_DATE.match(attributes.get(XML_ID, "")) if attributes else None
        if attributes is None or match is None:
            left_out.append(path)
            continue
        key = "-".join(match.groups()[:width])
        entry = groups.setdefault(key, Group(key))
        entry.members.append(path)
        entry.languages.add(attributes.get(XML_LANG, ""))
        date = "-".join(match.groups())
        entry.first = min(entry.first or date, date)
        entry.last = max(entry.last, date)
    return [groups[key] for key in sorted(groups)], left_out


def _header(entry: Group, project: Project) -> etree._Element:
    languages = {"zh-Hans", "en"} | ({"mul"} if "mul" in entry.languages else set())
    header = etree.Element(f"{T}teiHeader", {XML_LANG: "en"}, nsmap={None: TEI_NS})
    file_desc = etree.SubElement(header, f"{T}fileDesc")
    titles = etree.SubElement(file_desc, f"{T}titleStmt")
    span = entry.first if entry.first == entry.last else f"{entry.first} to {entry.last}"
    for lang, text in (
        ("zh-Hans", f"{NEWSPAPER['zh-Hans']} {entry.key}"),
        ("en", f"{NEWSPAPER['en']}, {entry.key}: {len(entry.members)} articles ({span})"),
    ):
        etree.SubElement(titles, f"{T}title", {"type": "main", XML_LANG: lang}).text = text
    responsible = etree.SubElement(titles, f"{T}respStmt")
    etree.SubElement(responsible, f"{T}resp").text = "TEI encoding and corpus assembly"
    etree.SubElement(responsible, f"{T}name").text = encoder_name(__version__)
    publication = etree.SubElement(file_desc, f"{T}publicationStmt")
    etree.SubElement(publication, f"{T}publisher").text = publisher(project)
    etree.SubElement(publication, f"{T}idno", {"type": "local"}).text = f"rmrb-{entry.key}"
    availability = etree.SubElement(publication, f"{T}availability", {"status": project.availability})
    target = {"target": project.licence_uri} if project.licence_uri else {}
    licence = licence_text(project) + " " + RIGHTS.format("the articles and their translations")
    etree.SubElement(availability, f"{T}licence", target).text = licence
    source = etree.SubElement(file_desc, f"{T}sourceDesc")
    etree.SubElement(source, f"{T}p").text = (
        f"{len(entry.members)} articles of {NEWSPAPER['zh-Hans']} ({NEWSPAPER['en']}) from {span}; "
        "each member's own header describes its source."
    )
    profile = etree.SubElement(header, f"{T}profileDesc")
    usage = etree.SubElement(profile, f"{T}langUsage")
    names = {"mul": "several languages", "zh-Hans": "Chinese in simplified script", "en": "English"}
    for code in sorted(languages):
        etree.SubElement(usage, f"{T}language", {"ident": code}).text = names[code]
    return header


def write(entry: Group, target: Path, xinclude: bool = False, project: Project | None = None) -> None:
    """Write the teiCorpus of ``entry`` to ``target`` (atomically), members streamed one by one;
    its publisher and licence come from ``project`` (None: unset); an embedded member is read
    under :mod:`encoder.xmlsafe` (raises its ``Refused``, OSError or ``etree.XMLSyntaxError``,
    and then nothing is written)."""
    language = "mul" if "mul" in entry.languages else "zh-Hans"
    namespaces = f' xmlns="{TEI_NS}"' + (f' xmlns:xi="{XI_NS}"' if xinclude else "")
    with atomic(target) as out:  # written piece by piece: one member in memory at a time
        out.write(b"<?xml version='1.0' encoding='UTF-8'?>\n")
        out.write(f'<teiCorpus{namespaces} xml:id="rmrb-{entry.key}" xml:lang="{language}">\n  '.encode())
        out.write(etree.tostring(_header(entry, project or Project()), encoding="UTF-8"))
        for member in entry.members:
            out.write(b"\n  ")
            if xinclude:
                href = quote(Path(os.path.relpath(member.resolve(), target.parent.resolve())).as_posix())
                out.write(f'<xi:include href="{escape(href, quote=True)}"/>'.encode())
            else:
                out.write(etree.tostring(xmlsafe.parse_file(member, huge=True).getroot(), encoding="UTF-8"))
        out.write(b"\n</teiCorpus>\n")
