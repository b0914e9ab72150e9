"""Diagnostics: what every stage reports, printed as ``path:line:col: level CODE: message``."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Level(enum.IntEnum):
    """Severity, ordered so that ``max()`` gives the worst."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()


#: Every code the encoder emits, with the stage it belongs to and what it means.
#: R = read, P = parse, S = structure, A = alignment, W = write, F = fidelity, V = validation,
#: D = dropped by the fallback (a gate refused an inference; the article is written without it),
#: C = CLI, E = internal.
CODES: dict[str, str] = {
    "R001": "the file is not valid UTF-8 (or the encoding given with --encoding)",
    "R002": "the file holds a character XML forbids (NUL or another control character)",
    "R003": "the file is empty",
    "R004": "the file looks binary",
    "R005": "the file is UTF-16 or UTF-32 (pass --encoding)",
    "R006": "the file (or a folder of the input) cannot be read",
    "R007": "the file is larger than the size limit per article (convert --max-article-bytes)",
    "P001": "the input shape is not recognised",
    "P002": "a header field is missing or malformed",
    "P003": "the article has no body text",
    "P004": "a bilingual file has '<hr />' but no Chinese original after it",
    "P005": "the headline of the header was not found at the start of the body",
    "P006": "a line with unusual layout could not be classified and was kept as a paragraph",
    "P007": "an unknown header field was kept as a note",
    "P008": "a JSON file is not valid JSON",
    "P009": "a field of a JSON article is missing or has the wrong type",
    "P010": "a JSON article has a field or value its schema does not know (kept as a note, or ignored)",
    "P011": "a language division's text is in another language (English after 'Original:', ...)",
    "P012": "a second article header in the file: two articles concatenated (one article per file)",
    "S001": "a closing part (signature, date) stands in mid-text",
    "S002": "a block's kind (intertitle, salutation, signature) was decided with its other-language counterpart",
    "S003": "a section or letter had no counterpart in the other language; its blocks were made plain so both mirror",
    "F001": "the text of a language division differs from the source text",
    "A001": "a block has no counterpart in the other language",
    "A002": "a link joins more than one block of a language (1:2, 2:1)",
    "A003": "the lengths of a linked pair are far from the article's ratio",
    "A004": "the numbers or dates of a linked pair differ",
    "A005": "linked blocks name different entities",
    "W001": "the writer could not encode a block",
    "V001": "the document is not well-formed XML",
    "V002": "an xml:id is defined twice",
    "V010": "the document does not match the RELAX NG schema (as libxml2 reports it)",
    "V011": "the document does not match the RELAX NG schema (as Jing explains it)",
    "V020": "the DOCTYPE names an external DTD (SYSTEM or PUBLIC); refused, nothing fetched (README: Threat model)",
    "V021": "the DTD declares an entity; refused: no entity read from a file or URL, none expanded",
    "V022": "an xi:include outside `encoder corpus --xinclude`; refused, not resolved",
    "V023": "an XInclude href leads outside the articles' folder (absolute path, URL, '..') or is not a whole XML file",
    "V101": "a pointer (@ref, @resp, @target, @corresp, @who, @domains) names no xml:id of the document",
    "V102": "an xml:lang value is not declared in langUsage",
    "V103": "an xml:id does not start with the root id",
    "V104": "the two language divisions have different numbers of sections",
    "V105": "a block is in more than one translation link",
    "V106": "the root id does not carry the header's issue date",
    "V107": "publicationStmt/idno differs from the root id",
    "V108": "the two language divisions hold letters differently",
    "V109": "a translation link has more than five targets",
    "V201": "deposit: a header value is unset or a placeholder",
    "V202": "deposit: the publication statement lacks a publisher, licence or identifier",
    "V203": "deposit: the source's provenance is incomplete (corpus, path, commit or its absence, SHA-256)",
    "V204": "deposit: the translation's provenance is not stated",
    "V205": "deposit: a change has no date or no agent, or its agent does not resolve",
    "V206": "deposit: langUsage, editorialDecl, tagsDecl or extent do not match what the file holds",
    "V207": "deposit: a letter's correspDesc lacks its sender or its addressee",
    "D001": "a gate refused the article: the names the statistical taggers found were dropped",
    "D002": "a gate refused the article: every name tag and the registers were dropped",
    "D003": "a gate refused the article: the correspondence description of its letters was dropped",
    "D004": "a gate refused the article: the date tags and their values were dropped",
    "D005": "a gate refused the article: the translation links were dropped",
    "D006": "a gate refused the article: the sections and letters of the language at fault became plain blocks",
    "D007": "a gate refused the article: the sections and letters of every language became plain blocks",
    "X001": "a stylesheet said something (xsl:message)",
    "X002": "a transformation failed",
    "X003": "a stylesheet asked for a file outside its folder or a URL (document(), xsl:import…); refused",
    "X004": "the authority file cannot be read: the site's indexes use the articles' registers only",
    "C001": "an output file could not be written",
    "C002": "a file is not a TEI article written by encoder",
    "C003": "two inputs map to the same output file; the later one is written beside it",
    "C004": "an output would replace an input, or -o names a file where a folder is needed (usage)",
    "C005": "the device is full: the run stops, its report lists what was written",
    "C006": "a symbolic link to a folder is not followed (name its target instead)",
    "C007": "an option has no effect (an unknown --param, --scheduler without --executor dask)",
    "C008": "the project configuration (encoder.toml) is not valid",
    "E001": "internal error: a bug in encoder (please report it with the input file)",
}


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One message about one place in one file."""

    level: Level
    code: str
    message: str
    path: str
    line: int = 0
    column: int = 0
    xpath: str = ""  # the element concerned, for validation messages

    def __str__(self) -> str:
        where = f" (at {self.xpath})" if self.xpath else ""
        return f"{self.path}:{self.line}:{self.column}: {self.level} {self.code}: {self.message}{where}"

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "level": str(self.level),
            "code": self.code,
            "message": self.message,
            "xpath": self.xpath,
        }


@dataclass
class Reporter:
    """Collects the diagnostics of one file; stages report and carry on."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def report(self, level: Level, code: str, message: str, line: int = 0, column: int = 0) -> Diagnostic:
        if code not in CODES:
            raise KeyError(f"unknown diagnostic code {code}")
        diagnostic = Diagnostic(level, code, message, self.path, line, column)
        self.diagnostics.append(diagnostic)
        return diagnostic

    def info(self, code: str, message: str, line: int = 0, column: int = 0) -> Diagnostic:
        return self.report(Level.INFO, code, message, line, column)

    def warning(self, code: str, message: str, line: int = 0, column: int = 0) -> Diagnostic:
        return self.report(Level.WARNING, code, message, line, column)

    def error(self, code: str, message: str, line: int = 0, column: int = 0) -> Diagnostic:
        return self.report(Level.ERROR, code, message, line, column)

    def fail(self, code: str, message: str, line: int = 0, column: int = 0) -> EncodeError:
        """Report an error and return the exception that stops this file."""
        return EncodeError(self.error(code, message, line, column))

    @property
    def max_level(self) -> Level | None:
        return max((d.level for d in self.diagnostics), default=None)


class EncodeError(Exception):
    """A problem that stops the conversion of one file; carries its diagnostic."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic
