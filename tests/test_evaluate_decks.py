"""The deck evaluation: it reads a title's decks as the block evaluation reads blocks, and its
agreement and accuracy figures are right on hand-made cases."""

from __future__ import annotations

import json
from pathlib import Path

from encoder.evaluate import main
from encoder.evaluate_decks import DECKS, Title, predicted, report, titles

ARTICLE = {
    "title": "边区救济分会成立  到会各界代表三十余人",
    "authors": [],
    "dates": [{"year": 1946, "month": 6, "day": 10}],
    "parts": [
        {"type": "paragraph", "text": "边区救济分会成立"},
        {"type": "paragraph", "text": "——到会各界代表三十余人"},
        {"type": "paragraph", "text": "【新华社延安十六日电】边区救济分会于本月五日成立，到会各界代表三十余人。"},
    ],
    "page_start": 2,
}


def _title(file: str, *labels: tuple[str, str, str]) -> Title:
    decks = tuple({"index": i, "kind": kind, "c": c, "d": d, "third": kind} for i, (kind, c, d) in enumerate(labels))
    return Title(file, f"{file[:3]}0s", decks)


def test_a_title_s_decks_are_read_as_the_converter_made_them(tmp_path: Path) -> None:
    (tmp_path / "1946-06-10_x.json").write_text(json.dumps(ARTICLE, ensure_ascii=False), encoding="utf-8")
    title = _title("1946-06-10_x.json", ("headline",) * 3, ("subtitle",) * 3)
    for deck, part in zip(title.decks, ARTICLE["parts"], strict=False):
        deck["text"] = part["text"]  # the gold's deck holds its part's text
    assert predicted(title, tmp_path) == ["headline", "subtitle"]


def test_agreement_accuracy_and_confusion_of_hand_made_titles() -> None:
    first = _title("1950-01-01_a.json", ("kicker", "kicker", "kicker"), ("headline", "headline", "subtitle"))
    second = _title("1960-01-01_b.json", ("headline", "headline", "headline"), ("subtitle", "subtitle", "subtitle"))
    made = {first.file: ["headline", "subtitle"], second.file: ["headline", "subtitle"]}
    shown = report([first, second], made).splitlines()
    assert shown[0] == "annotators c and d agree:  75.0 % (3/4) decks,  50.0 % (1/2) titles"
    assert shown[1] == "the third reading and the gold: 100.0 % (4/4) decks, 100.0 % (2/2) titles"
    assert shown[4].split()[:3] == ["gold", "50.0", "%"]  # 2 of 4 decks, 1 of 2 titles
    assert "50.0 % (1/2) titles" in shown[4]
    assert shown[10].split()[:4] == ["1950s", "0.0", "%", "(0/2)"]
    assert shown[11].split()[:4] == ["1960s", "100.0", "%", "(2/2)"]
    assert "  headline     → subtitle        1" in shown and "  kicker       → headline        1" in shown


def gold_notes(gold: dict, file: str) -> list[str]:
    return next(entry["notes"] for entry in gold["titles"] if entry["file"] == file)


def test_the_deck_gold_is_well_formed_and_the_command_runs(capsys) -> None:
    gold = json.loads(DECKS.read_text(encoding="utf-8"))
    chosen = titles(gold)
    assert len(chosen) >= 100
    for title in chosen:
        assert [deck["index"] for deck in title.decks] == sorted(deck["index"] for deck in title.decks), title.file
        for deck in title.decks:
            assert {deck["kind"], deck["c"], deck["d"]} <= {"kicker", "headline", "subtitle"}, title.file
            assert deck["third"] in {"kicker", "headline", "subtitle", None}, title.file  # None: not a deck to it
            votes = [deck["c"], deck["d"], deck["third"]].count(deck["kind"])
            assert votes >= 2 or "adjudicated" in " ".join(gold_notes(gold, title.file)), title.file
    assert main(["decks"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"title decks against the deck gold: {len(chosen)} titles")


def test_the_titles_read_apart_are_scored_by_the_same_command(capsys) -> None:
    """The later sets' titles (``read-apart.json``): three readings each, and the converter against them."""
    path = DECKS.parent / "read-apart.json"
    chosen = titles(json.loads(path.read_text(encoding="utf-8")))
    assert len(chosen) >= 150
    assert all(
        {d["kind"], d["c"], d["d"], d["third"]} <= {"kicker", "headline", "subtitle"} for t in chosen for d in t.decks
    )
    assert main(["decks", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert (
        out[0] == f"title decks against the deck gold: {len(chosen)} titles, {sum(len(t.decks) for t in chosen)} decks"
    )
    assert out[1].startswith("annotators c and d agree:") and out[5].lstrip().startswith("gold")
