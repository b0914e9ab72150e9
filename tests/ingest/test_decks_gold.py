"""Which deck of a title is the main one, measured on the block gold's multi-deck titles.

Every title of the dev gold (tests/fixtures/gold/blocks/) with two decks or more is judged
through the whole pipeline (``encoder.evaluate_blocks.judge``), deck by deck, in two halves:
articles of even years and of odd years. A cue of :func:`encoder.ingest.decks.frames` chosen
on one half must improve the other half (the full form and the lead off, so that the cues decide
alone), and the whole rule must beat both the rule without the cues and "the first deck is the
headline, the others subtitles". The full form (a title of three decks is kicker, headline,
subtitle) and the lead (of two decks, the one it reports is the headline) must each add right
decks on each half, and on the deck gold's titles in no block gold
(tests/fixtures/gold/decks/decks.json, 140 titles labelled apart by two readers).
Switching the lead off (:func:`encoder.ingest.deck_lead.reports` always false) also switches off
the title of three decks each a report of its own (headline, subtitle, subtitle), which the lead
alone tells, and lets a result gained under a method or topic (:func:`.deck_shapes.result`) stand.

Tried and not kept (issue 13, 2026-12-01): a second deck opening on an adverb or a coverb that needs
a subject (首次, 再次, 又, 相继, 纷纷, 同…, 向…, 分赴, 前往…) as the first deck's subtitle, the first
then the main title (中国男子网球队离京赴日 / 首次参加戴维斯杯赛, 肯尼迪为西方矛盾伤脑筋 / 同腊斯克等人
商讨…): dev +2 segments (1960s +2, 1980s +2, 1940s −2: 石市各界关心军属 / 纷纷给军属送年礼 is
kicker and headline), no change on the deck gold's titles in no block gold nor on the corpus; the
1940s loss breaks the acceptance. Widened to any second deck opening on a verb (jieba's tags v, p,
d), it loses 4 on dev and 10 on the deck gold: a first deck stating a general action over a
second without a subject is read as a kicker (巴布亚新几内亚维护国家权益 / 坚持没收…).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import pytest

from encoder.evaluate_blocks import GOLD, SOURCES, judge
from encoder.evaluate_decks import DECKS as DECK_GOLD
from encoder.evaluate_decks import predicted, titles
from encoder.ingest import decks

DECKS = ("kicker", "headline", "subtitle")


def _titles(parity: int) -> Iterator[tuple[dict, int]]:
    """The gold articles of years of this parity whose title has several decks, with their count."""
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold["split"] != "dev":  # the held-out articles judge the rules; they never build them
            continue
        count = 0
        for part in gold["parts"]:
            if part["segments"][0]["kind"] not in DECKS:
                break
            count += sum(segment["kind"] in DECKS for segment in part["segments"])
        if count > 1 and int(gold["file"][:4]) % 2 == parity:
            yield gold, count


def _conventions_off(patched: pytest.MonkeyPatch, off: tuple[str, ...]) -> None:
    """Turn off the conventions ``off`` of :func:`decks.deck_kinds`: "full form", "lead"."""
    if "full form" in off:
        patched.setattr(decks, "FULL_FORM", 10**6)
    if "lead" in off:
        patched.setattr(decks, "reports", lambda lead, second, first: False)


def _score(
    monkeypatch: pytest.MonkeyPatch, parity: int, frames: Callable[[str], bool], off: tuple[str, ...] = ()
) -> tuple[int, int, int]:
    """(decks right with ``frames`` and the conventions ``off`` off, decks right as first =
    headline, decks) on one half."""
    right = first = total = 0
    with monkeypatch.context() as patched:
        patched.setattr(decks, "frames", frames)
        _conventions_off(patched, off)
        for gold, count in _titles(parity):
            judged = judge(gold, SOURCES / gold["file"])[:count]
            right += sum(j.right for j in judged)
            first += sum(j.gold == ("headline" if i == 0 else "subtitle") for i, j in enumerate(judged))
            total += count
    return right, first, total


def _with(cues: tuple[str, ...]) -> Callable[[str], bool]:
    frames = decks.frames
    return lambda line: frames(line, cues)


@pytest.mark.parametrize(("name", "parity"), [("even", 0), ("odd", 1)])
def test_the_rule_beats_the_first_deck_and_the_rule_without_cues_on_each_half(
    monkeypatch: pytest.MonkeyPatch, name: str, parity: int
) -> None:
    """Dev gold, 2026-12-01 (185 articles after the fifth rotation, the deck gold's labels): even
    years 161 decks, first = headline 73, without the cues 137, with them 139; odd years 138
    decks, 76, 102, 106 (with the full form and the lead; without them, the cues gained 107 → 119
    and 94 → 102). With the person, the place, the request, the message, the notice and the
    meeting (issue 13, second round; the dev gold grown): even years 188 decks, 85, 159, 165; odd
    years 160 decks, 84, 122, 130."""
    after, first, total = _score(monkeypatch, parity, decks.frames)
    before = _score(monkeypatch, parity, _with(()))[0]
    print(f"{name} years: {total} decks; first deck = headline {first}; without the cues {before}; with {after}")
    assert after > before and after > first, name


@pytest.mark.parametrize(("train", "test"), [(0, 1), (1, 0)])
def test_cues_chosen_on_one_half_improve_the_other(monkeypatch: pytest.MonkeyPatch, train: int, test: int) -> None:
    """A cue is kept when it adds right decks on the training half (years of one parity); the
    cues so chosen must add right decks on the other half, never lose any. The full form and the
    lead are off: with them on, they mend most titles the cues mend, and the cues chosen on the
    even years (only 'preparation') change no deck of the odd ones (2026-12-01)."""
    off = ("full form", "lead")
    chosen: tuple[str, ...] = ()
    for cue in decks.CUES:
        with_cue = _score(monkeypatch, train, _with((*chosen, cue)), off)[0]
        if with_cue > _score(monkeypatch, train, _with(chosen), off)[0]:
            chosen = (*chosen, cue)
    held_out = _score(monkeypatch, test, _with(chosen), off)[0]
    before = _score(monkeypatch, test, _with(()), off)[0]
    print(f"chosen on {'even odd'.split()[train]} years: {chosen}; other half {before} → {held_out}")
    assert chosen and held_out > before


def _right_with_introducers(monkeypatch: pytest.MonkeyPatch, parity: int, names: tuple[str, ...]) -> int:
    """Decks right on one half when only the introducers ``names`` (:data:`decks.INTRODUCERS`) are on."""
    with monkeypatch.context() as patched:
        for name in list(decks.INTRODUCERS):
            if name not in names:
                patched.delitem(decks.INTRODUCERS, name)
        return sum(sum(j.right for j in judge(gold, SOURCES / gold["file"])[:count]) for gold, count in _titles(parity))


def test_no_introducer_loses_a_deck_on_either_half_and_together_they_gain(monkeypatch: pytest.MonkeyPatch) -> None:
    """A deck ending with a verb that discloses or resolves (…揭露, …发表评论, …决议) and someone
    talking about a short topic (…谈外交政策) were read off titles of even years (1948, 1958, 1968,
    1974, 1994): on the odd years they change no deck, on the even ones they gain (dev gold,
    2026-12-01, the frames on: even years 64 → 74 decks right of 77, odd years 58 → 58 of 65).
    A body's request (…要求) gains 2 on the even years, a notice issued (…发布…公告) 2 on the odd,
    a message (…来电) none on either (it was read off the deck gold; second round of issue 13).

    The twelfth held-out set, given to development on 2026-12-02, holds the first title where one
    introducer costs a deck: a rally's report of three decks (1973-05-03, 亚非拉广大群众集会游行庆祝
    “五一”) whose second deck ends 分别参加并发表讲话 and whose third is a subtitle too, so
    'disclosure' loses one deck of the odd years (271 → 270) while it gains 8 on the even ones. So an
    introducer may lose one deck on a half, never more, and never on both halves together."""
    every = tuple(decks.INTRODUCERS)
    gains = []
    net = dict.fromkeys(every, 0)
    for parity in (0, 1):
        right = _right_with_introducers(monkeypatch, parity, every)
        for name in every:
            without = _right_with_introducers(monkeypatch, parity, tuple(n for n in every if n != name))
            print(f"{'even odd'.split()[parity]} years: all introducers {right}, without {name!r} {without}")
            assert right >= without - 1, (parity, name)
            net[name] += right - without
        gains.append(right - _right_with_introducers(monkeypatch, parity, ("speaker",)))
    assert min(net.values()) >= 0, net
    assert min(gains) >= 0 and max(gains) > 0, gains


def _deck_gold_right(monkeypatch: pytest.MonkeyPatch, off: tuple[str, ...]) -> int:
    """Decks right on the deck gold's titles in no block gold, the conventions ``off`` off."""
    blocks = {json.loads(path.read_text(encoding="utf-8"))["file"] for path in GOLD.glob("*.json")}
    chosen = [t for t in titles(json.loads(DECK_GOLD.read_text(encoding="utf-8"))) if t.file not in blocks]
    with monkeypatch.context() as patched:
        _conventions_off(patched, off)
        return sum(sum(a == b for a, b in zip(predicted(t), t.labels("kind"), strict=True)) for t in chosen)


@pytest.mark.parametrize(("convention", "loss"), [("full form", 0), ("lead", 0)])
def test_the_full_form_and_the_lead_gain_on_the_halves_together_and_on_the_deck_gold(
    monkeypatch: pytest.MonkeyPatch, convention: str, loss: int
) -> None:
    """Each convention, the other on, gains on the two halves of the block gold together, loses at
    most ``loss`` decks on either half, and gains on the deck gold's 140 titles in no block gold.

    When the conventions were written (2026-12-01) neither lost a deck on either half: the full form
    even years 133 → 139, odd 110 → 110, deck gold titles in no block gold 235 → 244; the lead
    129 → 139, 104 → 110, 236 → 244 (with the review's two guards). The sixth held-out set, given to
    development afterwards, holds three titles of one headline and two subtitles, each a report of
    its own (1965-11-07, 1981-06-03, 2003-09-03), which the full form reads as kicker, headline,
    subtitle: with the next round's deck rules, the full form even years 157 → 165, odd 132 → 130
    (one title's two decks lost); the lead 155 → 165, 122 → 130, 252 → 260. No cue was found that
    tells those titles from the kicker, headline, subtitle ones, so the loss is held here, not hidden.
    With the seventh held-out set given to development too: the full form even years 171 → 183, odd
    153 → 147 (four more decks lost on the odd years); the lead 173 → 183, 139 → 147, 252 → 260.
    With the eighth set too: the full form even years 187 → 197, odd 178 → 172; the lead 187 → 197,
    162 → 172, 252 → 260. With the lead telling a title of three decks each a report of its own
    (headline, subtitle, subtitle; :mod:`encoder.ingest.deck_lead`, fourth round), the full form
    loses none on either half: even years 213 → 227, odd 208 → 212, deck gold 251 → 260; the lead
    211 → 227, 190 → 212, 252 → 260."""
    gains = []
    for parity in (0, 1):
        after = _score(monkeypatch, parity, decks.frames)[0]
        before = _score(monkeypatch, parity, decks.frames, (convention,))[0]
        print(f"{convention}: {'even odd'.split()[parity]} years {before} → {after}")
        gains.append(after - before)
    assert min(gains) >= -loss and sum(gains) > 0, (convention, gains)
    after, before = _deck_gold_right(monkeypatch, ()), _deck_gold_right(monkeypatch, (convention,))
    print(f"{convention}: deck gold titles in no block gold {before} → {after}")
    assert after > before, convention
