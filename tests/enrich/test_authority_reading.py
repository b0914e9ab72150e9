"""The default authority file read once per process by the names pass and the Chinese rules."""

from __future__ import annotations

from encoder.enrich import authority
from encoder.enrich.names import Config
from encoder.model import PhraseKind


def test_the_names_pass_and_the_chinese_forms_share_one_reading_of_the_default_file():
    """:func:`.authority.chinese_forms` asks :func:`.authority.load` for the file the names pass
    names by default: the second call is the cache's (the file is parsed once), and the forms are
    those of that one reading."""
    authority.load.cache_clear()
    authority.chinese_forms.cache_clear()
    records = authority.load(Config().authority)
    places = authority.chinese_forms(PhraseKind.PLACE)
    assert authority.load.cache_info().misses == 1
    assert places == frozenset(
        form for r in records.values() if r.kind is PhraseKind.PLACE for form in r.names.get("zh-Hans", [])
    )
    assert places
