"""Training the Chinese name CRF: one command, on data laid out like ``../shared/ner-data``.

The training data here is made by the test from the hand-made name gold (real People's Daily
text, ``tests/fixtures/gold/names/`` on ``tests/fixtures/rmrb-json-dev/``), so the test does not
need the shared data sets. The PKU reader reads a few real lines of the PKU January 1998 corpus
(``tests/fixtures/pku/199801_sample.txt``, copied from ``../shared/ner-data/pku_199801/``).
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from encoder import train_ner
from encoder.enrich import zh_crf
from encoder.train_ner import (
    gold_training,
    main,
    pku_sentences,
    pku_training,
    pku_words,
    read_bio,
    read_pku,
    training_sentences,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
LABELS = {"person": "PER", "place": "LOC", "org": "ORG"}

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("pycrfsuite") is None or importlib.util.find_spec("jieba") is None,
    reason="python-crfsuite or jieba is not installed (pip install '.[ner]'; CI installs them)",
)


def gold_sentences() -> list[tuple[str, list[str]]]:
    """The parts of the dev gold's articles, cut at 。, each character labelled from the gold mentions."""
    sentences = []
    for path in sorted((FIXTURES / "gold" / "names").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold["split"] != "dev":  # the held-out articles train nothing, not even a test's model
            continue
        parts = json.loads((FIXTURES / "rmrb-json-dev" / gold["file"]).read_text(encoding="utf-8"))["parts"]
        labels = [["O"] * len(part["text"]) for part in parts]
        for mention in gold["mentions"]:
            kind = LABELS[mention["type"]]
            row = labels[mention["part"]]
            row[mention["start"] : mention["end"]] = [f"B-{kind}"] + [f"I-{kind}"] * (
                mention["end"] - mention["start"] - 1
            )
        for part, row in zip(parts, labels, strict=True):
            for match in re.finditer(r"[^。]+。?", part["text"]):
                text = match.group().strip()
                if text and not re.search(r"\s", text):
                    sentences.append((text, row[match.start() : match.start() + len(text)]))
    return sentences


def write_bio(path: Path, sentences: list[tuple[str, list[str]]], separator: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    for text, labels in sentences:
        lines.extend(f"{char}{separator}{label}" for char, label in zip(text, labels, strict=True))
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    """A ner-data folder: the gold sentences as MSRA-style training data, a few of them as dev."""
    sentences = gold_sentences()
    assert len(sentences) >= 200
    folder = tmp_path_factory.mktemp("ner-data")
    write_bio(folder / "msra_ner" / "msra_train_bio.txt", sentences, "\t")
    write_bio(folder / "peoples_daily_ner" / "example.dev", sentences[:5], " ")
    return folder


def test_the_bio_reader_gives_the_sentences_written(data) -> None:
    read = list(read_bio(data / "msra_ner" / "msra_train_bio.txt"))
    assert read == gold_sentences()


def test_training_drops_every_sentence_that_occurs_in_dev_or_test(data) -> None:
    kept, dropped = training_sentences(data)
    dev = {text for text, _ in read_bio(data / "peoples_daily_ner" / "example.dev")}
    assert dropped >= len(dev) and kept
    assert not dev & {text for text, _ in kept}


def test_the_final_model_trains_on_dev_too_and_still_drops_what_occurs_in_test(data, tmp_path) -> None:
    dev = list(read_bio(data / "peoples_daily_ner" / "example.dev"))
    kept, dropped = training_sentences(data, with_dev=True)
    assert dropped == 0 and kept[-len(dev) :] == dev  # no test split here: nothing is held out
    held = tmp_path / "ner-data"
    for path in ("msra_ner/msra_train_bio.txt", "peoples_daily_ner/example.dev"):
        (held / path).parent.mkdir(parents=True, exist_ok=True)
        (held / path).write_bytes((data / path).read_bytes())
    (held / "peoples_daily_ner" / "example.test").write_bytes((data / "peoples_daily_ner" / "example.dev").read_bytes())
    kept, dropped = training_sentences(held, with_dev=True)  # now dev is test as well: it goes
    assert not {text for text, _ in dev} & {text for text, _ in kept} and dropped >= 2 * len(dev)


def test_one_command_trains_a_model_that_tags(data, tmp_path, capsys) -> None:
    model = tmp_path / "zh_ner.crfsuite"
    assert main(["--data", str(data), "-o", str(model), "--quick", "--iterations", "40", "--c1", "0.05"]) == 0
    sentences = training_sentences(data, 300)[0]
    out = capsys.readouterr().out
    assert f"training on {len(sentences)} sentences (5 dropped" in out
    assert "'c1': 0.05, 'c2': 0.01, 'max_iterations': 40" in out
    assert "\nL-BFGS: " in out and " iterations; L-BFGS " in out  # how it stopped, in CRFsuite's words
    found = zh_crf.entities([text for text, _ in sentences], str(model))
    expected = {(i, s, e, k) for i, (_, labels) in enumerate(sentences) for s, e, k in zh_crf.spans(labels)}
    tagged = {(i, s, e, k) for i, entities in enumerate(found) for s, e, k, _ in entities}
    assert len(expected & tagged) >= 0.5 * len(expected)  # it learnt its training sentences
    assert all(0.0 <= p <= 1.0 for entities in found for *_, p in entities)


def test_no_data_is_a_clear_error(tmp_path, capsys) -> None:
    assert main(["--data", str(tmp_path), "-o", str(tmp_path / "m.crfsuite")]) == 2
    assert "no training data there" in capsys.readouterr().err


PKU_SAMPLE = FIXTURES / "pku" / "199801_sample.txt"


def pku_entities(line: str) -> list[list[tuple[str, str]]]:
    """The entities of each sentence of one line of the PKU corpus."""
    return [
        [(text[start:end], kind) for start, end, kind in zh_crf.spans(labels)]
        for text, labels, _ in pku_sentences(pku_words(line))
    ]


def test_the_pku_reader_drops_the_line_id_and_joins_a_persons_words() -> None:
    line = PKU_SAMPLE.read_text(encoding="utf-8").splitlines()[1]
    assert line.startswith("19980101-01-001-002/m  中共中央/nt")
    assert pku_words(line)[0] == ("中共中央", "ORG", "nt")
    assert pku_entities(line) == [[("中共中央", "ORG"), ("江泽民", "PER")]]  # 江/nr 泽民/nr


def test_the_pku_reader_takes_an_nt_or_ns_bracket_whole_but_not_a_government() -> None:
    lines = PKU_SAMPLE.read_text(encoding="utf-8").splitlines()
    assert pku_entities(lines[3]) == [
        [
            ("中央人民广播电台", "ORG"),  # [中央/n 人民/n 广播/vn 电台/n]nt
            ("中国国际广播电台", "ORG"),
            ("中央电视台", "ORG"),
            ("香港特别行政区", "LOC"),  # [香港/ns 特别/a 行政区/n]ns
            ("澳门", "LOC"),
            ("台湾", "LOC"),
        ]
    ]
    government = pku_entities(lines[4])[2]  # [中国/ns 政府/n]nt: 中国 alone, as the NER set tags it
    assert government[0] == ("中国", "LOC") and ("中国政府", "ORG") not in government
    assert ("邓小平", "PER") in pku_entities(lines[4])[3]  # 邓小平理论/n


def test_the_pku_reader_cuts_paragraphs_into_sentences_after_the_closing_quote() -> None:
    lines = PKU_SAMPLE.read_text(encoding="utf-8").splitlines()
    texts = [text for text, _, _ in pku_sentences(pku_words(lines[2]))]
    assert texts[1] == "（新华社记者兰红光摄）" and texts[0].endswith("》。")
    texts = [text for text, _, _ in pku_sentences(pku_words(lines[5]))]
    assert texts[0].startswith("李鹏说：“") and any(text.endswith("转变。”") for text in texts)
    assert all("。" not in text[:-2] for text in texts)
    for text, labels, _ in read_pku(PKU_SAMPLE):
        assert len(text) == len(labels) and "/" not in text and "[" not in text


def test_pku_sentences_are_dropped_when_in_dev_or_an_abbreviation_is_a_known_entity(tmp_path) -> None:
    data = tmp_path / "ner-data"
    (data / "pku_199801").mkdir(parents=True)
    (data / "pku_199801" / "199801.utf8.txt").write_bytes(PKU_SAMPLE.read_bytes())
    sentences = [text for text, _, _ in read_pku(PKU_SAMPLE)]
    write_bio(data / "peoples_daily_ner" / "example.dev", [(sentences[0], ["O"] * len(sentences[0]))], " ")
    known = [("访美", ["O", "B-LOC"]), ("赴美", ["O", "B-LOC"])]  # 美 is a place twice
    kept, held, unsure = pku_training(data, known)
    assert (held, unsure) == (1, 1) and len(kept) == len(sentences) - 2
    assert not any("访美" in text for text, _ in kept)  # 访/v 美/j: its labels cannot be trusted


def test_one_command_trains_on_msra_and_pku(data, tmp_path, capsys) -> None:
    folder = tmp_path / "ner-data"
    for path in ("msra_ner/msra_train_bio.txt", "peoples_daily_ner/example.dev"):
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes((data / path).read_bytes())
    model = tmp_path / "zh_ner.crfsuite"
    assert main(["--data", str(folder), "-o", str(model), "--quick", "--pku"]) == 2  # no corpus: said
    (folder / "pku_199801").mkdir()
    (folder / "pku_199801" / "199801.utf8.txt").write_bytes(PKU_SAMPLE.read_bytes())
    assert main(["--data", str(folder), "-o", str(model), "--quick", "--pku"]) == 0
    assert "sentences of the PKU corpus" in capsys.readouterr().out and model.is_file()


def hand_made_gold(folder: Path) -> Path:
    """A gold folder laid out as the fixtures (``gold/names/``, sources in ``rmrb-json-dev/``): an
    article of 1950 (dev), one of 1951 (dev) and one of 1952 held out."""
    gold, sources = folder / "gold" / "names", folder / "rmrb-json-dev"
    gold.mkdir(parents=True)
    sources.mkdir()
    articles = {
        "1950-01-01_a.json": ("dev", ["毛泽东在北京说：“好。”整三师到了！ ", "新华社\n\u3000周恩来。"]),
        "1951-01-01_b.json": ("dev", ["朱德到上海。"]),
        "1952-01-01_c.json": ("heldout", ["刘少奇到天津。"]),
    }
    mentions = {
        "1950-01-01_a.json": [
            (0, 0, 3, "person"),
            (0, 4, 6, "place"),
            (0, 12, 15, "org"),
            (1, 0, 3, "org"),
            (1, 5, 8, "person"),
        ],
        "1951-01-01_b.json": [(0, 0, 2, "person"), (0, 3, 5, "place")],
        "1952-01-01_c.json": [(0, 0, 3, "person"), (0, 4, 6, "place")],
    }
    for name, (split, parts) in articles.items():
        (sources / name).write_text(json.dumps({"parts": [{"text": text} for text in parts]}), encoding="utf-8")
        record = {
            "file": name,
            "split": split,
            "mentions": [
                {"part": part, "start": s, "end": e, "surface": parts[part][s:e], "type": kind}
                for part, s, e, kind in mentions[name]
            ],
        }
        (gold / name).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return gold


def test_the_gold_gives_its_dev_articles_cut_into_labelled_sentences(tmp_path) -> None:
    gold = hand_made_gold(tmp_path)
    sources = tmp_path / "rmrb-json-dev"
    sentences = list(train_ner.gold_sentences(gold, sources))
    assert [text for text, _ in sentences] == [
        "毛泽东在北京说：“好。”",
        "整三师到了！",
        "新华社",
        "周恩来。",
        "朱德到上海。",
    ]
    entities = [[(text[s:e], kind) for s, e, kind in zh_crf.spans(labels)] for text, labels in sentences]
    assert entities == [
        [("毛泽东", "PER"), ("北京", "LOC")],
        [("整三师", "ORG")],
        [("新华社", "ORG")],
        [("周恩来", "PER")],
        [("朱德", "PER"), ("上海", "LOC")],
    ]  # the held-out article of 1952 gives nothing
    assert [text for text, _ in train_ner.gold_sentences(gold, sources, 0)] == [
        text for text, _ in sentences[:4]
    ]  # 1950
    assert [text for text, _ in train_ner.gold_sentences(gold, sources, 1)] == ["朱德到上海。"]  # 1951


def test_the_gold_trains_twice_over_and_what_occurs_in_dev_is_dropped(tmp_path, capsys) -> None:
    gold = hand_made_gold(tmp_path)
    data = tmp_path / "ner-data"
    write_bio(
        data / "msra_ner" / "msra_train_bio.txt",
        [("张三到了北京。", ["B-PER", "I-PER", "O", "O", "B-LOC", "I-LOC", "O"])],
        "\t",
    )
    dev = "他说毛泽东在北京说：“好。”"  # shares 12 characters with the first gold sentence
    write_bio(data / "peoples_daily_ner" / "example.dev", [(dev, ["O"] * len(dev))], " ")
    kept, dropped = gold_training(data, gold, tmp_path / "rmrb-json-dev")
    assert dropped == 1 and [text for text, _ in kept][:2] == ["整三师到了！", "整三师到了！"] and len(kept) == 8
    model = tmp_path / "m.crfsuite"
    assert main(["--data", str(data), "-o", str(model), "--quick", "--gold", str(gold), "--gold-years", "odd"]) == 0
    assert "and on 1 sentences of the hand-made gold (odd years), each 2 times (0 dropped" in capsys.readouterr().out
    assert model.is_file()
    assert main(["--data", str(data), "-o", str(model), "--gold", str(tmp_path / "none")]) == 2
