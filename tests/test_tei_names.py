"""No common noun tagged in the committed ``tei/`` (issue 14): every machine-made name there
(one with no ``@ref`` into the authority file, or with ``@resp``/``@cert``, the marks of a
tagger) has been read in context and judged a name in ``tests/fixtures/names/tei_reviewed.tsv``.

The list also keeps what the review rejected (``not-a-name``, ``boundary``) and why: the rules
that made them were fixed, and a rejected name that comes back fails here.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from .conftest import ROOT

REVIEWED = ROOT / "tests" / "fixtures" / "names" / "tei_reviewed.tsv"
VERDICTS = ("name", "not-a-name", "boundary")
_TEI = "{http://www.tei-c.org/ns/1.0}"
_KINDS = {f"{_TEI}persName": "person", f"{_TEI}placeName": "place", f"{_TEI}orgName": "org"}
HOW = (
    "read it in its context and add a line 'surface<TAB>type<TAB>verdict<TAB>reason' to "
    "tests/fixtures/names/tei_reviewed.tsv (verdict: name, not-a-name or boundary); "
    "a name judged not-a-name or boundary must not be in tei/: fix the rule that tags it"
)


def machine_names(paths: list[Path]) -> dict[tuple[str, str], str]:
    """Each machine-made name (surface, type) in the text of the TEI files ``paths``, with where
    it is first met (file and context)."""
    found: dict[tuple[str, str], str] = {}
    for path in paths:
        root = etree.parse(str(path)).getroot()
        if not root.tag.startswith(_TEI):
            continue
        for element in root.iter(*_KINDS):
            if not any(a.tag == f"{_TEI}text" for a in element.iterancestors()):
                continue  # the header's and the registers' names are not tags in the text
            machine = element.get("resp") is not None or element.get("cert") is not None
            if not machine and ".local-" not in (element.get("ref") or ""):
                continue
            surface = "".join(element.itertext())
            parent = element.getparent()
            context = "".join(parent.itertext()) if parent is not None else surface
            at = context.find(surface)
            found.setdefault(
                (surface, _KINDS[element.tag]),
                f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name}: "
                f"…{context[max(0, at - 12) : at + len(surface) + 12]}…",
            )
    return found


def reviewed(path: Path = REVIEWED) -> dict[tuple[str, str], tuple[str, str]]:
    """The reviewed list: (surface, type) → (verdict, reason)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    out = {}
    for line in lines[1:]:
        surface, kind, verdict, reason = line.split("\t")
        out[(surface, kind)] = (verdict, reason)
    return out


def problems(found: dict[tuple[str, str], str], review: dict[tuple[str, str], tuple[str, str]]) -> list[str]:
    """What fails: each machine-made name not reviewed, or reviewed and rejected."""
    out = []
    for (surface, kind), where in sorted(found.items()):
        verdict = review.get((surface, kind), ("", ""))[0]
        if verdict != "name":
            state = "not reviewed" if not verdict else f"reviewed as {verdict}: {review[(surface, kind)][1]}"
            out.append(f"{kind} {surface!r} ({where}) is {state}")
    return out


def tei_files() -> list[Path]:
    return sorted(path for path in (ROOT / "tei").rglob("*.xml") if "xslt" not in path.parts)


def test_every_machine_made_name_in_tei_is_reviewed_as_a_name() -> None:
    found = machine_names(tei_files())
    assert len(found) > 50  # the committed tei/ has machine-made names to check
    failures = problems(found, reviewed())
    assert not failures, f"{len(failures)} machine-made names to review; {HOW}:\n" + "\n".join(failures)


def test_the_reviewed_list_is_well_formed() -> None:
    lines = REVIEWED.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "surface\ttype\tverdict\treason"
    keys = [tuple(line.split("\t")[:2]) for line in lines[1:]]
    assert len(keys) == len(set(keys)), "one line per surface and type"
    for line in lines[1:]:
        surface, kind, verdict, reason = line.split("\t")
        assert surface and kind in _KINDS.values() and verdict in VERDICTS and reason.strip(), line
    verdicts = {verdict for verdict, _ in reviewed().values()}
    assert verdicts == set(VERDICTS)  # the review rejected some: the list is a review, not a copy


def test_an_unreviewed_or_rejected_name_fails_and_says_how_to_review(tmp_path: Path) -> None:
    tei = tmp_path / "a.xml"
    tei.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><persName cert="high">某人</persName></teiHeader>'
        '<text><body><p>长<persName resp="#a.app.zh_ner" cert="medium">胡须</persName>的老汉，'
        '<placeName ref="#a.local-liang-yu">梁峪</placeName>、<placeName ref="#a.zhongguo">中国</placeName>、'
        '<orgName resp="#a.app.zh_ner">新合作社</orgName></p></body></text></TEI>',
        encoding="utf-8",
    )
    found = machine_names([tei])
    assert set(found) == {("胡须", "person"), ("梁峪", "place"), ("新合作社", "org")}  # not 中国, not the header's
    failures = problems(found, reviewed())
    assert len(failures) == 2
    rejected = next(f for f in failures if f.startswith("person '胡须'"))
    assert "reviewed as not-a-name" in rejected and "长胡须的老汉" in rejected
    assert "not reviewed" in next(f for f in failures if f.startswith("org '新合作社'"))
