"""The patterns compiled when first used (:mod:`encoder.lazy_re`) against ``re.compile``."""

from __future__ import annotations

import importlib
import pkgutil
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import encoder
from encoder.lazy_re import _Lazy, lazy

_SOURCES = [r"(?P<year>\d{4})年", r"[\u4e00-\u9fff]+", r"^\s*(?:第[一二三]|[A-Z]\.)", r"(a)|b"]


@settings(max_examples=200, deadline=None)
@given(source=st.sampled_from(_SOURCES), flags=st.sampled_from([0, re.M, re.I]), text=st.text(max_size=30))
def test_a_lazy_pattern_does_what_the_compiled_one_does(source: str, flags: int, text: str) -> None:
    compiled, late = re.compile(source, flags), lazy(source, flags)
    assert late.pattern == compiled.pattern
    assert [m.span() for m in late.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert late.findall(text) == compiled.findall(text)
    assert late.sub("-", text) == compiled.sub("-", text)
    assert late.split(text) == compiled.split(text)
    assert (late.flags, late.groups, late.groupindex) == (compiled.flags, compiled.groups, compiled.groupindex)
    assert bool(late.match(text)) == bool(compiled.match(text))
    assert bool(late.fullmatch(text)) == bool(compiled.fullmatch(text))


def test_every_lazy_pattern_of_the_package_compiles() -> None:
    """A pattern is compiled when first used: each one is compiled here, so that none waits for
    an article to find that it does not compile."""
    found = 0
    for module in pkgutil.walk_packages(encoder.__path__, "encoder."):
        if module.name.startswith(("encoder.bench", "encoder.train_", "encoder.evaluate")):
            continue
        for value in vars(importlib.import_module(module.name)).values():
            held = value.values() if isinstance(value, dict) else value if isinstance(value, tuple | list) else [value]
            for pattern in (item for item in held if isinstance(item, _Lazy)):
                assert pattern.flags == re.compile(pattern.pattern, pattern.given_flags).flags  # compiled here
                found += 1
    assert found > 200
