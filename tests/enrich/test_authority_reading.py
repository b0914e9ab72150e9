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


def test_the_cache_file_gives_what_the_file_read_gives_and_follows_the_file(tmp_path, monkeypatch) -> None:
    """:func:`.authority.load` keeps the records in a cache file for the file as it is: the same
    records as :func:`.authority.read`, read again when the file changes."""
    import shutil
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "cache"))
    (tmp_path / "cache").mkdir()
    path = tmp_path / "authority.xml"
    shutil.copy(Config().authority, path)
    for _ in range(2):  # built, then read from the cache file
        authority.load.cache_clear()
        assert authority.load(str(path)) == authority.read(str(path))
    assert len(list((tmp_path / "cache").glob("encoder-authority-*"))) == 1
    path.write_text(path.read_text(encoding="utf-8").replace("<persName", "<persName ", 1), encoding="utf-8")
    authority.load.cache_clear()
    assert authority.load(str(path)) == authority.read(str(path))
    key = next(iter(authority.read(str(path))))
    path.write_text(
        path.read_text(encoding="utf-8").replace(f'xml:id="{key}"', 'xml:id="renamed"', 1), encoding="utf-8"
    )
    authority.load.cache_clear()
    assert "renamed" in authority.load(str(path)) and key not in authority.load(str(path))
    authority.load.cache_clear()
