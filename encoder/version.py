"""The converter's version, written into every TEI header it makes (``appInfo``, ``respStmt``)."""

__version__ = "0.1.0"

#: The release date of this version: the default date of a conversion's ``change`` when neither
#: the configuration nor ``SOURCE_DATE_EPOCH`` gives one (never the clock: output is deterministic).
RELEASE_DATE = "2026-11-30"
