"""The block evaluation: it runs on the gold, and its accuracy is right on a hand-made case."""

from __future__ import annotations

import json
from pathlib import Path

from encoder.evaluate import main
from encoder.evaluate_blocks import GOLD as FOLDER
from encoder.evaluate_blocks import Judged, accuracy, decks_alike, judge, judge_reader, table

ARTICLE = {
    "title": "边区救济分会成立",
    "authors": [],
    "dates": [{"year": 1946, "month": 6, "day": 10}],
    "parts": [
        {"type": "paragraph", "text": "边区救济分会成立"},
        {"type": "paragraph", "text": "【新华社延安十六日电】边区救济分会于本月五日成立，到会各界代表三十余人。"},
        {"type": "paragraph", "text": "会上推选了理事九人。"},
    ],
    "page_start": 2,
}
GOLD = {
    "file": "1946-06-10_x.json",
    "split": "dev",
    "parts": [
        {"index": 0, "segments": [{"kind": "headline", "text": "边区救济分会成立"}]},
        {
            "index": 1,
            "segments": [
                {"kind": "lead", "text": "【新华社延安十六日电】"},
                {"kind": "paragraph", "text": "边区救济分会于本月五日成立，到会各界代表三十余人。"},
            ],
        },
        {"index": 2, "segments": [{"kind": "caption", "text": "会上推选了理事九人。"}]},  # wrong on purpose
    ],
}


def test_the_accuracy_of_a_hand_made_case(tmp_path: Path) -> None:
    source = tmp_path / GOLD["file"]
    source.write_text(json.dumps(ARTICLE, ensure_ascii=False), encoding="utf-8")
    judged = judge(GOLD, source)
    assert [(j.gold, j.predicted) for j in judged] == [
        ("headline", "headline"),
        ("lead", "lead"),
        ("paragraph", "paragraph"),
        ("caption", "paragraph"),
    ]
    assert accuracy(judged) == (3, 4)
    shown = table(judged).splitlines()
    assert shown[1].split()[:4] == ["1940s", "75.0", "%", "(3/4)"]
    assert "  caption      → paragraph       1" in shown


def test_a_second_reader_is_judged_at_each_gold_segments_start() -> None:
    """--reader: the second reader's kind where each gold segment starts; a reader who cuts the lead
    off nowhere and calls the last part a paragraph gets the lead wrong, the others right."""
    other = {
        "file": GOLD["file"],
        "parts": [
            {"index": 0, "segments": [{"kind": "headline", "text": "边区救济分会成立"}]},
            {"index": 1, "segments": [{"kind": "paragraph", "text": ARTICLE["parts"][1]["text"]}]},
        ],
    }
    judged = judge_reader(GOLD, other)
    assert [(j.gold, j.predicted) for j in judged] == [
        ("headline", "headline"),
        ("lead", "paragraph"),
        ("paragraph", "paragraph"),  # its start lies inside the reader's one segment
        ("caption", "(nothing)"),  # the reader labelled no part 2
    ]


def test_a_real_gold_file_read_by_itself_agrees_everywhere(tmp_path: Path, capsys) -> None:
    """The command with --reader on a real dev gold file and the same labels as the second reading."""
    path = next(p for p in sorted(FOLDER.glob("*.json")) if json.loads(p.read_text(encoding="utf-8"))["split"] == "dev")
    (tmp_path / path.name).write_bytes(path.read_bytes())
    assert main(["blocks", "--reader", str(tmp_path), str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("a second reader against the block gold: 1 articles")
    overall = next(line for line in out.splitlines() if line.startswith("overall")).split()
    assert overall[1:3] == ["100.0", "%"]


def test_the_table_counts_dev_and_heldout_apart() -> None:
    judged = [Judged("1950s", "dev", "paragraph", "paragraph"), Judged("1950s", "heldout", "byline", "paragraph")]
    row = table(judged).splitlines()[1]
    assert row.split()[:7] == ["1950s", "100.0", "%", "(1/1)", "0.0", "%", "(0/1)"]


def test_the_command_runs_on_the_gold(capsys) -> None:
    assert main(["blocks"]) == 0
    out = capsys.readouterr().out
    segments = int(out.split(" segments")[0].rsplit(" ", 1)[1])
    overall = next(line for line in out.splitlines() if line.startswith("overall"))
    right, total = overall.rsplit("(", 1)[1].rstrip(") ").split("/")
    assert int(total) == segments > 1000 and 0 < int(right) <= segments


def test_split_scores_only_that_splits_gold(capsys) -> None:
    """``--split dev`` leaves the held-out files unread (a round's integration is scored on dev alone), and
    ``--split heldout`` the dev ones."""
    from encoder.evaluate_blocks import GOLD as FOLDER

    golds = {json.loads(p.read_text(encoding="utf-8"))["split"]: p for p in sorted(FOLDER.glob("*.json"))}
    both = [str(golds["dev"]), str(golds["heldout"])]
    for split, other in (("dev", "heldout"), ("heldout", "dev")):
        assert main(["blocks", "--split", split, *both]) == 0
        out = capsys.readouterr().out
        assert out.startswith("block accuracy against the block gold: 1 articles")
        # the row reads: overall, then the dev cell, the held-out cell ("–" when unscored), all
        cells = next(line for line in out.splitlines() if line.startswith("overall")).split()[1:]
        dev_cell, held_cell = (cells[:3], cells[3:4]) if split == "dev" else (cells[:1], cells[1:4])
        scored, unscored = (dev_cell, held_cell) if split == "dev" else (held_cell, dev_cell)
        assert scored[1] == "%" and unscored == ["–"], (split, other, cells)


#: What the dev gold must score at least (98.0 % on its 185 articles after the second round of
#: issue 13's rules; 96.7 % once the fourth held-out set, which scored 90.5 %, joined it; 95.9 %
#: once the fifth joined it and 35 title decks yielded to two more readers' labels, see
#: tests/fixtures/gold/decks/decks.json; 95.9 % still once the sixth, which scored 88.6 %, joined it;
#: 96.2 % once the seventh, which scored 93.7 %, joined it, 96.6 % after that round's rules, and
#: 96.2 % once the eighth, which scored 93.0 %, joined it, 96.3 % after that round's rules, and
#: 95.6 % once the ninth, which scored 87.9 %, joined it, 97.6 % after that round's two passes, and
#: 96.9 % once the tenth, which scored 88.9 %, joined it, 97.1 % after that round's rules, and
#: 96.3 % once the eleventh, which scored 88.2 %, joined it, 97.1 % after that round's rules, and
#: 96.9 % once the twelfth, which scored 94.4 %, joined it, 97.0 % after that round's rules, and
#: 96.5 % once the thirteenth, which scored 88.3 %, joined it, 96.7 % after that round's rules, and
#: 96.4 % once the fourteenth, which scored 92.3 %, joined it, 96.7 % after that round's rules, and
#: 95.1 % once the fifteenth, which scored 75.9 %, joined it: a page of 23 greetings telegrams; 96.5 %
#: after that round's rules, which read that page, and 96.3 % once the sixteenth, which scored
#: 92.2 %, joined it, 96.5 % after that round's rules, and 96.3 % once the seventeenth, which
#: scored 93.9 %, joined it, 96.8 % after that round's rules, and 96.4 % once the eighteenth,
#: which scored 88.3 %, joined it, 96.6 % after that round's rules, and 96.6 % once the nineteenth,
#: which scored 96.7 %, joined it, 96.7 % after that round's rules, and 96.4 % once the twentieth,
#: which scored 89.5 %, joined it, 97.0 % after that round's rules, and 96.8 % once the
#: twenty-first, which scored 93.9 %, joined it, 97.1 % after that round's rules, and 97.0 % once
#: the twenty-second, which scored 96.9 % with both rounds' code, joined it, and 96.9 % once the
#: twenty-third, which scored 93.2 % with both rounds' code, joined it, 97.1 % after round y's rules, and
#: 96.8 % once the twenty-fourth, which scored 91.8 % with both rounds' code, joined it, 96.9 % with the
#: round's last rule, 96.9 % after round z's rules and three poems, and 96.8 % once the twenty-fifth, which
#: scored 94.3 %, 94.9 % and 95.7 % with three rounds' code, joined it; 96.6 % once the twenty-sixth,
#: which scored 92.6 % with three rounds' code, joined it, 96.7 % after round za's rule, and 96.5 % once the
#: twenty-seventh, which scored 93.3 % and 93.9 % with two rounds' code, joined it; 96.4 % once the
#: twenty-eighth, which scored 94.1 % with two rounds' code, joined it, 96.5 % after round zb's rule, and
#: 96.2 % once the twenty-ninth, which scored 91.4 % with two rounds' code, joined it, and 96.1 % once the
#: thirtieth, which scored 93.7 % with round zb's code, joined it, 96.3 % after round zc's rules, and
#: 96.1 % once the thirty-first, which scored 90.9 % with two rounds' code, joined it, 96.4 % after round
#: zd's rules, and 96.3 % once the thirty-second, which scored 94.3 % with two rounds' code, joined it, and 96.7 %
#: after round ze's rules, and 96.5 % once the thirty-third, which scored 89.0 % with three rounds' code,
#: joined it, and 96.6 % after round zf's rules, and 96.5 % once the thirty-fourth, which scored 94.2 % with
#: three rounds' code, joined it, and 96.5 % after round zg's rule, and 96.3 % once the thirty-fifth,
#: which scored 90.3 % with three rounds' code, joined it).
FLOOR = 0.960


def test_the_rules_keep_the_development_gold_above_its_floor(capsys) -> None:
    """The Chinese block rules were built on the dev gold (98.7 % on 2026-12-01; 96.4 % once the
    second held-out set joined it; 97.4 % with the title's decks read again and 97.6 % with the
    body rules, issue 13, both together): a rule that breaks what they got right shows here before
    the held-out articles are scored."""
    assert main(["blocks"]) == 0
    overall = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("overall"))
    right, total = overall.split("(", 1)[1].split(")", 1)[0].split("/")  # the dev column's cell
    assert int(right) / int(total) >= FLOOR


def test_the_command_prints_each_figures_interval_around_it(capsys) -> None:
    """The intervals (the articles resampled) follow the table; the dev overall figure lies inside its own."""
    assert main(["blocks", "--split", "dev"]) == 0
    out = capsys.readouterr().out
    table_rows, intervals = out.split("95 % intervals")
    overall = next(line for line in table_rows.splitlines() if line.startswith("overall"))
    right, total = overall.rsplit("(", 1)[1].rstrip(") ").split("/")
    low, high = next(line for line in intervals.splitlines() if line.startswith("overall")).split()[1:4:2]
    assert float(low) < 100 * int(right) / int(total) < float(high)


def test_a_deck_in_the_wrong_role_is_right_when_the_decks_are_read_alike() -> None:
    """decks_alike: kicker, headline and subtitle one kind; a deck read as another kind of block stays wrong."""
    judged = [
        Judged("1940s", "heldout", "kicker", "headline"),
        Judged("1940s", "heldout", "headline", "subtitle"),
        Judged("1940s", "heldout", "subtitle", "paragraph"),
        Judged("1940s", "heldout", "paragraph", "headline"),
        Judged("1940s", "heldout", "paragraph", "paragraph"),
    ]
    assert accuracy(judged) == (1, 5)
    assert accuracy(decks_alike(judged)) == (3, 5)
    assert [j.gold for j in decks_alike(judged)] == ["title", "title", "title", "paragraph", "paragraph"]


def test_the_command_prints_the_figures_with_the_decks_read_alike_after_the_intervals(capsys) -> None:
    """On the dev gold the figure with the decks read alike is printed last, and it is no lower than the figure."""
    assert main(["blocks", "--split", "dev"]) == 0
    out = capsys.readouterr().out
    figures, alike = out.split("with a title's decks read as one kind")
    assert "95 % intervals" in figures and "95 % intervals" not in alike

    def overall(text: str) -> float:
        line = next(line for line in text.splitlines() if line.startswith("overall"))
        right, total = line.split("(", 1)[1].split(")", 1)[0].split("/")
        return int(right) / int(total)

    assert overall(alike) > overall(figures)
