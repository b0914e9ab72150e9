"""Reader: encodings, line endings and characters XML forbids, each refused with a position."""

from __future__ import annotations

import codecs

import pytest

from encoder.diagnostics import EncodeError
from encoder.ingest.reader import decode, read_source

from .conftest import RMRB

ARTICLE = "### 标题\r\n\r\n1946-05-15\r\n第2版()\n专栏：\n\n　　标题\n    正文。\r\n"


def fail(data: bytes, encoding: str | None = None) -> str:
    with pytest.raises(EncodeError) as info:
        decode(data, "in.md", encoding)
    return str(info.value.diagnostic)


def test_utf8_with_bom_and_mixed_line_endings() -> None:
    source = decode(codecs.BOM_UTF8 + ARTICLE.encode(), "in.md")
    assert source.bom
    assert source.lines[0] == "### 标题"
    assert source.lines[3] == "第2版()"
    assert source.lines[-1] == "    正文。"
    assert not any("\r" in line for line in source.lines)


def test_lone_carriage_returns_are_line_ends() -> None:
    assert decode(b"a\rb\r\nc\n", "x").lines == ("a", "b", "c")


def test_real_corpus_file_with_crlf_header() -> None:
    path = RMRB / "1946-05-19_简讯.md"
    assert b"\r\n" in path.read_bytes()
    source = read_source(path)
    assert source.lines[:4] == ("### 简讯", "", "1946-05-19", "第1版()")


@pytest.mark.parametrize("data", [b"", b"   \n\n\t\n"])
def test_empty_file(data: bytes) -> None:
    assert "error R003" in fail(data)


def test_gb18030_is_refused_unless_named() -> None:
    data = ARTICLE.encode("gb18030")
    message = fail(data)
    assert message.startswith("in.md:1:5: error R001")
    assert "--encoding" in message
    assert decode(data, "in.md", "gb18030").lines[0] == "### 标题"


def test_utf16_is_refused_unless_named() -> None:
    data = ARTICLE.encode("utf-16")
    assert "error R005" in fail(data)
    assert decode(data, "in.md", "utf-16").lines[0] == "### 标题"


def test_truncated_utf8() -> None:
    data = "### 标题\n正文".encode()[:-1]
    message = fail(data)
    assert message.startswith("in.md:2:2: error R001")
    assert "truncated" in message


def test_nul_character_with_position() -> None:
    assert fail("### 标题\n正\x00文\n".encode()).startswith("in.md:2:2: error R002")


@pytest.mark.parametrize("char", ["\x01", "\x0b", "\x0c", "\x1f"])
def test_control_characters_with_position(char: str) -> None:
    message = fail(f"### 标题\n\n1946-05-15\n    正文{char}。\n".encode())
    assert message.startswith("in.md:4:7: error R002")
    assert f"U+{ord(char):04X}" in message


def test_binary_file() -> None:
    data = bytes(range(256)) * 8
    assert "error R004" in fail(data)


def test_unknown_encoding_name() -> None:
    assert "unknown encoding" in fail(b"x", "no-such-codec")


def test_unreadable_path(tmp_path) -> None:
    with pytest.raises(EncodeError) as info:
        read_source(tmp_path / "missing.md")
    assert info.value.diagnostic.code == "R006"


def test_a_file_over_the_size_limit_is_refused_with_r007(tmp_path) -> None:
    path = tmp_path / "big.md"
    path.write_bytes(ARTICLE.encode() * 10)
    size = path.stat().st_size
    assert read_source(path, max_bytes=size).lines  # at the limit: read
    with pytest.raises(EncodeError) as info:
        read_source(path, max_bytes=size - 1)
    assert info.value.diagnostic.code == "R007"
    assert f"{size - 1:,} bytes" in str(info.value.diagnostic)
