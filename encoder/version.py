"""The converter's version, written into every TEI header it makes (``appInfo``, ``respStmt``)."""

__version__ = "0.1.0"
