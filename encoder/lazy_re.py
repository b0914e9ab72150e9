"""Regular expressions compiled when first used, not when their module is imported.

The rules' patterns are written at the top of their modules, as ``re.compile`` would have them;
:func:`lazy` keeps each one's source and compiles it the first time a method of it is called,
so a run pays only for the patterns its articles reach (many hold large classes of Han
characters, slow to compile). ``re.compile`` of the same source is the reference: a test holds
the two to each other.
"""

from __future__ import annotations

import re
from typing import Any, cast

#: What a compiled pattern gives that is copied onto the stand-in once it is compiled, so that
#: later uses reach the compiled pattern's own methods directly.
_COPIED = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "flags",
    "groups",
    "groupindex",
)


class _Lazy:
    """A pattern's source, compiled at the first use of anything but its source (``pattern``)."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.given_flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("compiled")
        if compiled is None:  # the first use: compiled once, its common methods copied on
            compiled = self.compiled = re.compile(self.pattern, self.given_flags)
            for copied in _COPIED:
                setattr(self, copied, getattr(compiled, copied))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self.given_flags!r})"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used (see the module)."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))
