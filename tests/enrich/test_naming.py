"""The parts of the names pass: keys and spellings, tagger versions, the statistical taggers' seams."""

from __future__ import annotations

import pytest

from encoder import __version__
from encoder.enrich import registers
from encoder.enrich.naming import key_of, letters, local_key, name_phrase, romanisations, slug, spelling
from encoder.model import Phrase, PhraseKind


def test_keys_and_spellings() -> None:
    assert slug("Zhōu Ēnlái") == "zhou-enlai"
    assert local_key("Fu County", "en") == "local-fu-county"
    assert local_key("...", "en") is None
    assert spelling("Fu Xian") == "fuxian"
    assert letters("Fu-xian!") == ("fuxian", [0, 1, 3, 4, 5, 6])


def test_romanisations_of_a_place_give_its_english_end() -> None:
    pytest.importorskip("pypinyin")
    assert romanisations("鄜县") == ["fu xian", "fu county"]
    assert local_key("杨秀峰", "zh") == "local-yang-xiufeng"


def test_a_name_phrase_carries_its_key() -> None:
    phrase = name_phrase(PhraseKind.PLACE, "Fu County", "local-fu-county", "spacy")
    assert key_of(phrase) == "local-fu-county" and phrase.certainty == "medium"
    assert name_phrase(PhraseKind.PLACE, "Yan'an", "yanan").certainty is None
    with pytest.raises(ValueError):
        key_of(Phrase(PhraseKind.DATE, ["1958"], value="1958"))


def test_tagger_versions_are_looked_up_once() -> None:
    registers._version.cache_clear()
    for _ in range(3):
        registers.tagger_version("jieba")
        registers.tagger_version("spacy")
    assert registers._version.cache_info().misses == 2
    assert registers.tagger_version("projection") == __version__
    assert registers._version("no-such-package-here") == "0"
