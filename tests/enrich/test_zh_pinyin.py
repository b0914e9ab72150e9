"""pypinyin's ``lazy_pinyin`` without loading pypinyin's phrase dictionary: the same pinyin as
pypinyin on real People's Daily text and on generated strings, and the cache file it keeps."""

from __future__ import annotations

import importlib.util
import json
import marshal
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from encoder.enrich import naming, zh_pinyin

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
pytestmark = pytest.mark.skipif(importlib.util.find_spec("pypinyin") is None, reason="pypinyin is not installed")


def real_texts() -> list[str]:
    return [
        part["text"]
        for path in sorted((FIXTURES / "rmrb-json-dev").glob("*.json"))
        for part in json.loads(path.read_text(encoding="utf-8"))["parts"]
    ]


def test_the_pinyin_is_pypinyins_on_every_part_of_the_json_fixtures() -> None:
    texts = real_texts()
    assert sum(map(len, texts)) > 100_000
    for text in texts:
        assert zh_pinyin.lazy_pinyin(text) == zh_pinyin.reference(text), text[:40]


def test_words_read_otherwise_than_their_characters_and_the_cut_that_finds_them() -> None:
    assert zh_pinyin.lazy_pinyin("重庆长江长沙") == ["chong", "qing", "chang", "jiang", "chang", "sha"]
    # 不能自 begins a phrase (不能自已) but 不能自给 does not: the cut gives 不能 | 自给 (zì jǐ)
    assert zh_pinyin.lazy_pinyin("不能自给") == ["bu", "neng", "zi", "ji"]
    # 文学长廊: 文 | 学长 | 廊, as pypinyin cuts it (文学长 begins no phrase)
    assert zh_pinyin.lazy_pinyin("文学长廊") == zh_pinyin.reference("文学长廊")
    assert zh_pinyin.lazy_pinyin("ab,c中国 x〇") == ["ab,c", "zhong", "guo", " x", "ling"]
    assert zh_pinyin.lazy_pinyin("") == []


_TEXTS = real_texts()[:300]
_PIECES = sorted({text[i : i + n] for text in _TEXTS for i in range(0, len(text), 7) for n in (1, 2, 3, 4)})


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_the_pinyin_is_pypinyins_on_generated_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert zh_pinyin.lazy_pinyin(text) == zh_pinyin.reference(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="中国长行重了的着还乐传单曾朴解查 ab1，。·〇\U00020000", max_size=20))
def test_the_pinyin_is_pypinyins_on_characters_of_many_readings(text: str) -> None:
    assert zh_pinyin.lazy_pinyin(text) == zh_pinyin.reference(text)


def test_the_cache_is_written_once_read_after_and_rebuilt_when_broken(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    built = zh_pinyin.load()
    assert built is not None
    caches = list(tmp_path.glob("encoder-zh-pinyin-*.marshal"))
    assert len(caches) == 1 and not list(tmp_path.glob("*.part"))
    assert zh_pinyin.load() == built == zh_pinyin.build()
    caches[0].write_bytes(b"not marshal")
    assert zh_pinyin.load() == built
    assert marshal.loads(caches[0].read_bytes()) == built
    _, blocks, parts = built

    def reading(char: str) -> str:
        return marshal.loads(blocks[ord(char) >> 8])[char]

    phrases, _ = marshal.loads(parts["自"])
    assert reading("给") == "gei" and phrases["自给"] == ["zi", "ji"]  # a phrase read otherwise
    phrases, prefixes = marshal.loads(parts["中"])
    assert "中国" not in phrases and reading("中") == "zhong"  # read as its characters are
    assert prefixes["中华人民共和"] is False and prefixes["中华人民共和国"] is True
    assert all(phrase[0] == first for first, part in parts.items() for phrase in marshal.loads(part)[1])
    assert all(ord(char) >> 8 == block for block, data in blocks.items() for char in marshal.loads(data))


def test_without_pypinyin_there_is_no_pinyin_and_no_local_key_from_it(monkeypatch) -> None:
    monkeypatch.setattr(zh_pinyin, "_package", lambda: None)
    zh_pinyin.reader.cache_clear()
    naming.pinyin.cache_clear()
    try:
        assert zh_pinyin.lazy_pinyin("中国") == []
        assert naming.local_key("中国", "zh") is None
    finally:
        zh_pinyin.reader.cache_clear()
        naming.pinyin.cache_clear()


def test_a_table_built_without_pypinyins_phrases_is_kept_apart(monkeypatch) -> None:
    package = zh_pinyin._package()
    assert package is not None
    monkeypatch.delenv("PYPINYIN_NO_PHRASES", raising=False)
    with_phrases = zh_pinyin._cache_path(package)
    monkeypatch.setenv("PYPINYIN_NO_PHRASES", "1")
    assert zh_pinyin._cache_path(package) != with_phrases


def test_the_pinyin_of_characters_at_block_edges_and_outside_the_bmp_is_pypinyins() -> None:
    # a block of 256 code points is read alone: each character at its edges has pypinyin's reading
    chars = [
        chr(code)
        for start, end in ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00), (0x20000, 0x2EBF0))
        for code in range(start, end)
        if code & 0xFF in (0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF)
    ]
    assert len(chars) > 1000
    for char in chars:
        assert zh_pinyin.lazy_pinyin(char) == zh_pinyin.reference(char), hex(ord(char))
    text = "".join(chars[:400])
    assert zh_pinyin.lazy_pinyin(text) == zh_pinyin.reference(text)
    line = "新华社记者从㟃岗报道：𠀾家村农民王𪚥与鿏元素"
    assert zh_pinyin.lazy_pinyin(line) == zh_pinyin.reference(line)
