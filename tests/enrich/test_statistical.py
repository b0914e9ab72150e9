"""The statistical taggers' finders on long lines and on many lines: each string gets the
entities of its own place, found in time linear in the text, and spaCy reads lines longer
than its limit in windows."""

from __future__ import annotations

import functools
import importlib
import importlib.util
import itertools
from pathlib import Path

import pytest
import srsly
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from encoder.diagnostics import Reporter
from encoder.enrich import statistical, zh_crf
from encoder.enrich.names import _NOT_FOR_SPACY
from encoder.enrich.spans import phrases
from encoder.ingest.reader import read_source
from encoder.model import Block
from encoder.run.pipeline import build_article

from .conftest import FIXTURES, RMRB, SEED

CRF = importlib.util.find_spec("pycrfsuite") is not None and importlib.util.find_spec("jieba") is not None
needs_crf = pytest.mark.skipif(not CRF, reason="python-crfsuite or jieba is not installed (CI installs them)")
needs_spacy = pytest.mark.skipif(statistical.spacy_model() is None, reason="no spaCy model installed")


class _Counted(str):
    """A line that counts the searches made in it."""

    searches = 0

    def find(self, *args, **kwargs):  # type: ignore[override]
        _Counted.searches += 1
        return super().find(*args, **kwargs)

    def __contains__(self, other):  # type: ignore[override]
        _Counted.searches += 1
        return super().__contains__(other)


@needs_crf
def test_a_string_gets_the_entities_of_its_own_line(monkeypatch):
    """中央社 stands in two lines of 简讯: each gets the CRF's reading of its own line, not of
    the first line that holds it (the article-wide reading of :func:`statistical.recurring`
    set aside: with it, every occurrence gets the best reading the name has anywhere)."""
    monkeypatch.setattr(statistical, "RECURRING_LIMIT", 0)
    source = (RMRB / "1946-05-19_简讯.md").read_text(encoding="utf-8").splitlines()
    first, second = source[7].strip(), source[8].strip()

    def cert(line: str) -> str:
        (probability,) = [p for s, e, _, p in zh_crf.entities([line])[0] if line[s:e] == "中央社"]
        return zh_crf.certainty(probability)

    assert cert(first) != cert(second)  # the two contexts read differently
    finder = statistical.zh_crf_finder([first, second])
    finder(first)
    # the string 中央社 as the names pass gives it (between the lead and 南京, both tagged already)
    assert [phrase.certainty for _, _, phrase in finder("中央社")] == [cert(second)]
    monkeypatch.setattr(statistical, "RECURRING_LIMIT", 200_000)
    best = max((cert(first), cert(second)), key=["low", "medium", "high"].index)
    finder = statistical.zh_crf_finder([first, second])
    finder(first)
    assert [phrase.certainty for _, _, phrase in finder("中央社")] == [best]


@needs_crf
def test_finding_the_strings_of_many_lines_searches_each_line_a_bounded_number_of_times():
    """Linear: 400 lines cut into three strings each; every string is sought in its own line
    (or the next), never through all the lines before it."""
    lines = [_Counted(f"第{n}次会议在延安举行，毛泽东出席。") for n in range(400)]
    finder = statistical.zh_crf_finder(list(lines))
    _Counted.searches = 0
    found = []
    for line in lines:
        for piece in (line[:6], line[6:12], line[12:]):
            found.extend(phrase.text for _, _, phrase in finder(piece))
    assert _Counted.searches <= 2 * 3 * len(lines)
    assert found.count("毛泽东") >= 300 or found.count("延安") >= 300


@needs_spacy
def test_spacy_reads_a_line_longer_than_its_limit_in_windows(monkeypatch):
    """A line over ``nlp.max_length`` (lowered here to 3,000 characters, from a million) is
    read in windows: no error, and the names of every part are tagged."""
    nlp = statistical.spacy_model()
    monkeypatch.setattr(nlp, "max_length", 3_000)
    monkeypatch.setattr(statistical, "EN_WINDOW", 2_000)  # (10,000 by default)
    sentence = "President Eisenhower met Premier Zhou Enlai in Geneva on Monday. "
    line = sentence * 200  # 13,000 characters
    with pytest.raises(ValueError):
        nlp(line)  # what the plain reading did
    found = statistical._entities(nlp, line)
    assert sum(surface == "Geneva" for _, _, _, surface in found) >= 190
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(found))


def test_a_string_read_as_two_kinds_takes_the_kind_of_its_surest_reading():
    """安泽 read as a place in one line (surer) and as a person in another: a place in both."""
    found = {"沁源、安泽两县": [(3, 5, "LOC", 0.9)], "安泽模范医生": [(0, 2, "PER", 0.6)]}
    out = statistical.recurring(found)
    assert out["沁源、安泽两县"] == [(3, 5, "LOC", 0.9)]
    assert out["安泽模范医生"] == [(0, 2, "LOC", 0.9)]


def _english_blocks(path: Path) -> list[Block]:
    """The English blocks spaCy reads in the article of ``path``, names of the authority file tagged."""
    reporter = Reporter(str(path))
    article = build_article(read_source(str(path), None, reporter), reporter, ner=False)
    return [
        block
        for text in article.texts
        if text.short == "en"
        for block in text.blocks
        if block.kind not in _NOT_FOR_SPACY
    ]


BILINGUAL = [*sorted((FIXTURES / "bilingual").glob("*.txt")), SEED]


@needs_spacy
@pytest.mark.parametrize("path", BILINGUAL, ids=lambda path: path.name)
def test_spacy_in_one_batch_tags_what_it_tags_line_by_line(path):
    """The English lines of a real bilingual article read by spaCy in one batch (``nlp.pipe``)
    get the names the plain reading, line by line, gives them."""
    nlp = statistical.spacy_model()
    batched, plain = _english_blocks(path), _english_blocks(path)
    statistical.tag_en(batched, nlp)
    for block in plain:
        statistical.tag_en_plain(block, nlp)
    assert [block.lines for block in batched] == [block.lines for block in plain]


@needs_spacy
def test_the_fixtures_compared_hold_names_spacy_finds_in_one_batch():
    """The comparison above is not vacuous: in one batch spaCy tags dozens of names there."""
    nlp = statistical.spacy_model()
    tagged = 0
    for path in BILINGUAL:
        blocks = _english_blocks(path)
        statistical.tag_en(blocks, nlp)
        tagged += sum(p.tagger == "spacy" for block in blocks for line in block.lines for p in phrases(line))
    assert tagged >= 40


@functools.cache
def _seed_lines() -> list[str]:
    return [statistical.positions(line)[1] for block in _english_blocks(SEED) for line in block.lines]


@needs_spacy
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=8), st.integers(200, 3_000))
def test_windows_read_in_one_batch_give_what_each_window_read_alone_gives(monkeypatch, picks, window):
    """Lines longer than a window (made of the seed's English lines), their windows read in one
    batch across the lines: the same names as each line's windows read alone."""
    monkeypatch.setattr(statistical, "EN_WINDOW", window)
    nlp = statistical.spacy_model()
    lines = _seed_lines()
    texts = [" ".join(lines[(pick + k) % len(lines)] for k in range(1 + pick % 7)) for pick in picks]
    assert statistical._entities_of(nlp, texts) == [statistical._entities(nlp, text) for text in texts]


@needs_spacy
def test_the_pipeline_without_what_ner_does_not_use_finds_the_same_entities():
    """spaCy loaded with ``ner`` alone (its own embedding: no shared tok2vec, tagger, parser…)
    finds, on the English of every bilingual fixture, the entities the whole pipeline finds."""
    nlp = statistical.spacy_model()
    assert nlp.pipe_names == ["ner"]  # en_core_web_sm's ner has its own tok2vec
    installed = next(name for name in statistical._SPACY_MODELS if importlib.util.find_spec(name))
    whole = importlib.import_module(installed).load()
    assert "tok2vec" in whole.pipe_names and "parser" in whole.pipe_names
    texts = [
        statistical.positions(line)[1] for path in BILINGUAL for block in _english_blocks(path) for line in block.lines
    ]
    found = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)]
    assert sum(map(len, found)) > 100
    assert found == [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in whole.pipe(texts)]


@needs_spacy
@pytest.mark.parametrize(
    ("embedding", "left_out"),
    [
        ("spacy.Tok2Vec.v2", ["tok2vec", "tagger", "parser"]),
        ("spacy.Tok2VecListener.v1", statistical._NOT_FOR_NER),
    ],
)
def test_the_shared_tok2vec_is_left_out_only_when_ner_has_its_own(tmp_path, embedding, left_out):
    """A model package whose ``ner`` embeds by itself loads without ``tok2vec``; one whose
    ``ner`` listens to the shared ``tok2vec`` keeps it."""
    (tmp_path / "model-1.0").mkdir()
    (tmp_path / "model-1.0" / "config.cfg").write_text(
        '[nlp]\nlang = "en"\npipeline = ["tok2vec","tagger","parser","ner"]\n\n'
        f'[components]\n\n[components.ner]\nfactory = "ner"\n\n[components.ner.model]\n\n'
        f'[components.ner.model.tok2vec]\n@architectures = "{embedding}"\n',
        encoding="utf-8",
    )

    class Package:
        __file__ = str(tmp_path / "__init__.py")

    assert statistical._not_for_ner(Package()) == left_out


@needs_spacy
def test_the_tokenizer_built_from_the_defaults_is_the_one_the_model_ships():
    """:func:`statistical.spacy_model` does not read the package's tokenizer (it builds the
    English defaults): the two are the same, byte for byte (affixes, exceptions, URL and token matches)."""
    installed = next(name for name in statistical._SPACY_MODELS if importlib.util.find_spec(name))
    shipped = importlib.import_module(installed).load(exclude=["tok2vec", "tagger", "parser", "senter", "lemmatizer"])
    ours = srsly.msgpack_loads(statistical.spacy_model().tokenizer.to_bytes())
    theirs = srsly.msgpack_loads(shipped.tokenizer.to_bytes())
    assert (
        "exceptions" in theirs and "prefix_search" in theirs
    )  # (the vocabulary, read in both, grows as texts are read)
    assert [key for key in theirs if key != "vocab" and ours.get(key) != theirs[key]] == []


def test_a_batch_of_long_windows_holds_few_of_them():
    """spaCy's batch holds 64 short lines, but only a couple of the windows of a long line (its
    memory grows with what a batch holds)."""
    sizes = []

    class Recording:
        def pipe(self, texts, batch_size):
            sizes.append(batch_size)
            return iter(())

    list(statistical._spacy(Recording(), ["a short line"] * 100))
    list(statistical._spacy(Recording(), ["x" * statistical.EN_WINDOW] * 10))
    list(statistical._spacy(Recording(), ["", ""]))
    assert sizes == [statistical.EN_BATCH, statistical.EN_BATCH_CHARS // statistical.EN_WINDOW, statistical.EN_BATCH]


_IMPORTED = (
    "import sys\n"
    "from encoder.cli import main\n"
    "code = main(['convert', '-q', sys.argv[1], '-o', sys.argv[2]])\n"
    "names = ('spacy', 'jieba', 'encoder.site', 'encoder.dump', 'spacy.cli', 'requests')\n"
    "print(code, *(name in sys.modules for name in names))\n"
)


@needs_crf
@needs_spacy
@pytest.mark.parametrize(
    ("source", "spacy"),
    [
        (
            FIXTURES
            / "rmrb-json-dev"
            / "1960-04-09_技术革命向前进_实现增产不增人_胡明代表谈旅大市技术革命的几点经验.json",
            False,
        ),
        (FIXTURES / "bilingual" / "09-news-lead-reporter.txt", True),
    ],
    ids=["chinese-only", "bilingual"],
)
def test_convert_imports_spacy_only_for_english_text_and_never_jieba_nor_other_commands(tmp_path, source, spacy):
    """``encoder convert`` of a Chinese-only article (names tagged by the CRF) imports neither
    spaCy nor jieba (the word cut reads jieba's dictionary, not the package), nor the modules
    of other commands; a bilingual article imports spaCy, but not its command line."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _IMPORTED, str(source), str(tmp_path / "out.xml")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["0", str(spacy), "False", "False", "False", "False", "False"]
    written = (tmp_path / "out.xml").read_text(encoding="utf-8")
    assert '.app.zh_ner"' in written and ('.app.spacy"' in written) is spacy  # names the taggers found


_SPACY_CLI = (
    "import sys\n"
    "from encoder.enrich.statistical import spacy_model\n"
    "assert spacy_model() is not None and 'spacy.cli' not in sys.modules\n"
    "import spacy\n"
    "assert not hasattr(spacy, 'cli') and spacy.info()['spacy_version'] == spacy.__version__\n"
    "import spacy.cli\n"
    "print(callable(spacy.cli.download), 'spacy.cli.info' in sys.modules)\n"
)


@needs_spacy
def test_spacy_imported_without_its_command_line_which_stays_importable() -> None:
    """spaCy is imported without ``spacy.cli`` (:func:`.spacy_import.import_spacy`); ``spacy.info``
    still answers, and ``import spacy.cli`` afterwards gives the real command line."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _SPACY_CLI], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "True"]
