"""jieba's dictionary cut without loading jieba's dictionary: the same words as jieba on real
People's Daily text and on generated strings, and the cache file it keeps."""

from __future__ import annotations

import importlib.util
import json
import marshal
import struct
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from encoder.enrich import word_pairs, zh_words

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
pytestmark = pytest.mark.skipif(importlib.util.find_spec("jieba") is None, reason="jieba is not installed")


def real_texts() -> list[str]:
    return [
        part["text"]
        for path in sorted((FIXTURES / "rmrb-json-dev").glob("*.json"))
        for part in json.loads(path.read_text(encoding="utf-8"))["parts"]
    ]


def test_the_cut_is_jiebas_on_every_part_of_the_json_fixtures() -> None:
    words = zh_words.words()
    assert words is not None
    texts = real_texts()
    assert sum(map(len, texts)) > 100_000
    for text in texts:
        assert list(words.cut(text)) == zh_words.reference_cut(text), text[:40]


_ALPHABET = "".join(sorted(set("".join(real_texts()[:200])))) + "abcXYZ019+#&._%- \r\n\t，。"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_the_cut_is_jiebas_on_generated_text(text: str) -> None:
    words = zh_words.words()
    assert words is not None
    assert list(words.cut(text)) == zh_words.reference_cut(text)


_WORDS = [
    "中国",
    "人民",
    "一",
    "一一",
    "结婚",
    "和尚",
    "尚未",
    "南京市",
    "长江大桥",
    "市长",
    "丁",
    "丄",
    "仫",
    "abc",
    "，",
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60) | st.lists(st.sampled_from(_WORDS), max_size=12).map("".join))
@example("一一一")  # two routes of equal sums: the tie-break decides (jieba's: the later end)
@example("丁丁丁")
@example("丄丅丏仫伈")  # characters the dictionary lacks, or holds only as a word's prefix
def test_the_one_pass_route_is_the_plain_routes(text: str) -> None:
    """The faster route (one pass from the end) against jieba's two steps written plainly, on
    generated text and on texts joined of dictionary words, repeated characters (ties) and
    characters the dictionary lacks."""
    words = zh_words.words()
    assert words is not None
    assert words._route(text) == words._route_plain(text)


def test_the_one_pass_route_is_the_plain_routes_on_the_json_fixtures() -> None:
    words = zh_words.words()
    assert words is not None
    for text in real_texts():
        for block in zh_words._HAN.split(text):
            assert words._route(block) == words._route_plain(block), block[:40]


def test_the_cache_is_written_once_read_after_and_rebuilt_when_broken(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dictionary = zh_words.dictionary_file()
    assert dictionary is not None
    built = zh_words.load(dictionary)
    caches = list(tmp_path.glob("encoder-zh-words-*.marshal"))
    assert len(caches) == 1 and not list(tmp_path.glob("*.part"))
    assert zh_words.load(dictionary) == built == zh_words.build(dictionary)
    for broken in (b"not marshal", b"", caches[0].read_bytes()[:-1000]):
        caches[0].write_bytes(broken)
        assert zh_words.load(dictionary) == built
        assert zh_words.load(dictionary) == built  # as read back from the file written again
    parts, total = built
    assert total > 10_000_000 and "中" in parts
    part = word_pairs.head(parts["中"])
    assert part[0] > 0 and word_pairs.table(part, "国")["中国"] > 0  # words
    assert word_pairs.table(part, "华")["中华人"] == 0  # a prefix of 中华人民共和国


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(alphabet="中国华人民", min_size=1, max_size=4), st.integers(0, 9999), max_size=30))
def test_a_part_split_by_second_characters_gives_back_each_words_frequency(table: dict[str, int]) -> None:
    part = word_pairs.head(marshal.dumps(word_pairs.pairs("中", {w: f for w, f in table.items() if w[0] == "中"})))
    for word in ["中", *(w for w in table if w[0] == "中" and len(w) > 1)]:
        found = part[0] if len(word) == 1 else word_pairs.table(part, word[1]).get(word)
        assert found == table.get(word, -1 if len(word) == 1 else None)
    assert word_pairs.table(part, "民") == {w: f for w, f in table.items() if w.startswith("中民")}


def test_the_table_marks_the_common_words_that_name_nothing() -> None:
    words = zh_words.words()
    assert words is not None
    assert words.common("粗鲁") and words.common("两岸")  # an adjective, a direction
    assert not any(words.common(w) for w in ("中国", "保定", "开封", "毛泽东", "国务院", "地球", "谢军", ""))
    assert list(words.cut("美国粗鲁地干涉")) == zh_words.reference_cut("美国粗鲁地干涉")  # the marks cut nothing


def test_the_table_marks_known_words_idioms_and_verbs() -> None:
    words = zh_words.words()
    assert words is not None
    assert words.known("胡须") and words.known("种田")  # a word said often, tagged d and n
    assert not any(words.known(w) for w in ("中国", "毛泽东", "新华社", "中华", "胡", ""))  # names; one character
    assert words.idiom("稳如泰山") and not words.idiom("泰山") and not words.idiom("保家卫国")  # jieba: ns
    assert words.verb("攻") and words.verb("说") and not words.verb("铁") and not words.verb("攻打")
    assert list(words.cut("稳如泰山地攻铁岭")) == zh_words.reference_cut("稳如泰山地攻铁岭")


#: A real line (People's Daily, 1946-05-18, 川省公教人员怠工 要求改善待遇).
_LINE = json.loads((FIXTURES / "rmrb-json-dev" / "1946-05-18_川省公教人员怠工_要求改善待遇.json").read_text("utf-8"))[
    "parts"
][2]["text"]


def test_a_cache_with_a_damaged_part_is_built_again_not_fatal(tmp_path, monkeypatch) -> None:
    """The header and the bounds hold, one part's bytes do not (its marshal type code): the part
    fails its check when the cut first reaches it, and the table is built again from the
    dictionary (and the file written again), as a cache file that does not read is."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dictionary = zh_words.dictionary_file()
    assert dictionary is not None
    expected = zh_words.reference_cut(_LINE)
    zh_words.load(dictionary)
    (cache,) = tmp_path.glob("encoder-zh-words-*.marshal")
    data = bytearray(cache.read_bytes())
    (length,) = struct.unpack_from("<Q", data)
    base = 8 + length
    _, index = marshal.loads(bytes(data[8:base]))
    data[base + index["川"][0] + 4] = 0xFF  # the marshal type code, after the part's CRC-32
    cache.write_bytes(bytes(data))
    words = zh_words.Words(*zh_words.load(dictionary))
    assert list(words.cut(_LINE)) == expected
    assert list(zh_words.Words(*zh_words.load(dictionary)).cut(_LINE)) == expected  # the file written again


def test_a_cache_that_cannot_be_replaced_leaves_no_part_file(tmp_path, monkeypatch) -> None:
    """Where the cache file cannot be replaced (another user's in a sticky /tmp; here a folder at
    its name), the table is built and used, and the ``.part`` file written is removed."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dictionary = zh_words.dictionary_file()
    assert dictionary is not None
    zh_words._cache_path(dictionary).mkdir()
    words = zh_words.Words(*zh_words.load(dictionary))
    assert list(words.cut(_LINE)) == zh_words.reference_cut(_LINE)
    assert not list(tmp_path.glob("*.part"))
