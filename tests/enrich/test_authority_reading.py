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


def _copy(tmp_path, monkeypatch):
    import shutil
    import tempfile

    (tmp_path / "cache").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "cache"))
    path = tmp_path / "authority.xml"
    shutil.copy(Config().authority, path)
    return path


def test_a_file_edited_to_the_same_size_and_time_is_read_again(tmp_path, monkeypatch) -> None:
    """The cache file is the file's as its bytes are (their hash), not as its size and time are:
    a same-size edit that keeps the old time (``cp -p``, ``touch -r``, two writes in one clock
    tick) is read again."""
    import os

    path = _copy(tmp_path, monkeypatch)
    before = os.stat(path)
    authority.load.cache_clear()
    authority.load(str(path))
    text = path.read_text(encoding="utf-8")
    edited = text.replace(">赫鲁晓夫<", ">赫鲁晓甫<", 1)
    assert edited != text and len(edited.encode()) == len(text.encode())
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    authority.load.cache_clear()
    try:
        forms = {form for record in authority.load(str(path)).values() for form in record.names.get("zh-Hans", [])}
        assert "赫鲁晓甫" in forms and "赫鲁晓夫" not in forms
    finally:
        authority.load.cache_clear()


def test_a_cache_that_cannot_be_replaced_leaves_no_part_file(tmp_path, monkeypatch) -> None:
    """Where the cache file cannot be replaced (another user's in a sticky /tmp; here a folder at
    its name), the records are read from the file each time and no ``.part`` file stays."""
    import hashlib

    from encoder.enrich.cache_files import cache_path

    path = _copy(tmp_path, monkeypatch)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    cache = cache_path("authority", f"{authority._VERSION} {path.resolve()} {digest}")
    cache.mkdir()
    try:
        for _ in range(3):
            authority.load.cache_clear()
            assert authority.load(str(path)) == authority.read(str(path))
    finally:
        authority.load.cache_clear()
    assert not list(cache.parent.glob("*.part"))
