"""Names carried across the alignment where a tagger missed them, on the bilingual fixtures."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from encoder.cli import main
from encoder.diagnostics import Reporter
from encoder.enrich import enrich, pipeline
from encoder.enrich.authority import DEFAULT, load
from encoder.enrich.crossing import project_sounds, project_tails, retag
from encoder.enrich.names import Config
from encoder.enrich.projection import why_apart
from encoder.evaluate_ner import tagged_refs
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import Block, BlockKind, Link, Phrase, PhraseKind, Span
from encoder.run.pipeline import encode
from encoder.tei.writer import serialize, to_tei

BILINGUAL = Path(__file__).resolve().parents[1] / "fixtures" / "bilingual"
TAGGERS = all(importlib.util.find_spec(name) is not None for name in ("pycrfsuite", "spacy", "pypinyin"))
needs_taggers = pytest.mark.skipif(not TAGGERS, reason="the ner extra is not installed (pip install '.[ner]')")


def refs(name: str) -> dict[str, dict[str, set[str]]]:
    tei = encode(BILINGUAL / name).tei
    assert tei is not None
    return tagged_refs(tei)


def block(*items: str | Phrase) -> Block:
    return Block(BlockKind.PARAGRAPH, [list(items)], Span("test", 1))


def person(text: str, key: str) -> Phrase:
    return Phrase(PhraseKind.PERSON, [text], entity=key, tagger="zh_ner")


@needs_taggers
def test_chinese_bodies_are_found_in_the_english_and_english_ones_in_the_chinese() -> None:
    note = refs("04-editors-note.txt")
    assert note["en"]["Shanghai Resin Factory"] == note["zh"]["上海树脂厂"]
    assert note["en"]["Shanghai No. 10 Dye and Chemical Plant"] == note["zh"]["上海染化十厂"]
    assert note["en"]["Shanghai No. 9 Dye and Chemical Plant"] == note["zh"]["上海染料化工九厂"]
    assert note["zh"]["上海染化十厂"] != note["zh"]["上海染料化工九厂"]  # two plants, two entries
    assert note["zh"]["青村化肥厂"] == note["en"]["Qingcun Fertiliser Plant"]  # found in the Chinese
    glued = refs("11-glued-lead-and-credit.txt")
    assert glued["zh"]["西六方"] == glued["en"]["Xiliufang"] and glued["zh"]["敖力布皋"] == glued["en"]["Aolibugao"]
    assert glued["zh"]["通辽农电局"] == glued["en"]["Tongliao Rural Power Bureau"]
    assert glued["zh"]["内蒙古农电局"] == glued["en"]["Inner Mongolia Rural Power Bureau"]


@needs_taggers
def test_neighbours_that_are_not_one_entity_stay_apart() -> None:
    glued = refs("11-glued-lead-and-credit.txt")
    # a place and the body named after it; two bureaus in one sentence
    assert glued["zh"]["通辽农电局"] != glued["zh"]["内蒙古农电局"]
    assert glued["zh"]["通辽农电局"].isdisjoint(glued["zh"]["通辽市"] | glued["en"]["Tongliao City"])
    assert glued["zh"]["内蒙古农电局"].isdisjoint(glued["zh"]["内蒙古"])
    # the people of one list in one linked block: each its own entry, 谢瓦思 found as Sheves
    news = refs("09-news-lead-reporter.txt")
    people = ["刘江", "陶大镛", "杨福昌", "林真", "本·亚可夫", "谢瓦思", "弗兰克尔"]
    keys = [news["zh"][name] for name in people]
    assert all(len(k) == 1 for k in keys) and len(set().union(*keys)) == len(people)
    assert news["zh"]["谢瓦思"] == news["en"]["Sheves"]


@needs_taggers
def test_a_word_that_sounds_like_two_persons_of_the_link_is_left_alone() -> None:
    zh = block(person("谢瓦思", "local-xie-wasi"), "、", person("谢瓦斯", "local-xie-wasi-2"))
    en = block("Sheves, director-general")
    assert project_sounds([Link([zh], [en])]) == 0 and en.lines == [["Sheves, director-general"]]
    alone = block(person("谢瓦思", "local-xie-wasi"))
    assert project_sounds([Link([alone], [en])]) == 1
    assert [p.entity for p in en.lines[0] if isinstance(p, Phrase)] == ["local-xie-wasi"]


def test_retag_holds_names_whole_and_never_cuts_one() -> None:
    shanghai = Phrase(PhraseKind.PLACE, ["Shanghai"], entity="shanghai")
    line = block("The ", shanghai, " Resin Factory, for example")
    factory = Phrase(PhraseKind.ORG, ["Shanghai Resin Factory"], entity="local-x", tagger="projection")
    assert retag(line, lambda text: [(4, 26, factory)]) == 1
    assert line.lines == [["The ", factory, ", for example"]]
    cut = block("The ", Phrase(PhraseKind.PLACE, ["Shanghai"], entity="shanghai"), " Resin Factory")
    assert retag(cut, lambda text: [(8, 26, factory)]) == 0  # would cut Shanghai
    same = block(Phrase(PhraseKind.PLACE, ["Shanghai"], entity="shanghai"))
    assert retag(same, lambda text: [(0, 8, factory)]) == 0  # a name already: not re-tagged
    date = block("April ", Phrase(PhraseKind.DATE, ["1993"], value="1993"), " Bureau")
    assert retag(date, lambda text: [(0, 17, factory)]) == 0  # holds a date


@needs_taggers
def test_what_stays_apart_says_why() -> None:
    zh = block(
        person("谢瓦思", "local-xie-wasi"),
        "、",
        person("谢瓦斯", "local-xie-wasi-2"),
        "、",
        person("刘江", "local-liu-jiang"),
    )
    en = block(Phrase(PhraseKind.PERSON, ["Sheves"], entity="local-sheves", tagger="spacy"), ", director-general")
    reasons = why_apart(Link([zh], [en]))
    assert "local-sheves: more than one could be it (local-xie-wasi, local-xie-wasi-2)" in reasons
    assert "local-xie-wasi: its one likely match local-sheves is as likely another's" in reasons
    assert "local-liu-jiang: no English name of the link spells, sounds like or translates it" in reasons


@needs_taggers
def test_the_reasons_are_reported_with_a005(capsys, tmp_path: Path) -> None:
    out = tmp_path / "09.xml"
    assert main(["convert", str(BILINGUAL / "09-news-lead-reporter.txt"), "-o", str(out), "-v"]) == 0
    err = capsys.readouterr().err
    assert (
        "Chinese only local-zong-libangongshi; English only -; apart because local-zong-libangongshi: no English"
        " name of the link spells, sounds like or translates it" in err
    )


@needs_taggers
def test_the_last_word_of_a_known_name_is_found_where_the_chinese_names_it() -> None:
    korea = refs("01-numbered-intertitles.txt")
    assert korea["en"]["Volunteers"] == korea["zh"]["志愿军"] == {"#rmrb-1951-06-06-p4-6193d5a4.cpv"}
    # where a link's Chinese names 朝鲜 and its English "Korea" (spaCy's), every "Korea" of the article takes its key
    tei = encode(BILINGUAL.parent / "reconcile" / "intertitles-shijiazhuang.txt").tei
    assert tei is not None
    shijiazhuang = tagged_refs(tei)
    assert shijiazhuang["en"]["Korea"] == shijiazhuang["zh"]["朝鲜"] and len(shijiazhuang["en"]["Korea"]) == 1


def test_a_generic_or_shared_last_word_is_not_a_short_form() -> None:
    records = load(str(DEFAULT))
    council = Phrase(PhraseKind.ORG, ["国务院"], entity="state-council")
    en = block("The Council met.")
    assert project_tails([Link([block(council)], [en])], records) == 0  # "Council" says what, not which
    volunteers = Phrase(PhraseKind.ORG, ["志愿军"], entity="cpv")
    en = block("the representatives of the Volunteers returned home")
    assert project_tails([Link([block(volunteers)], [en])], records) == 1
    assert [p.entity for p in en.lines[0] if isinstance(p, Phrase)] == ["cpv"]


@needs_taggers
def test_a_person_cut_short_is_tagged_whole_and_the_short_form_found() -> None:
    iran = refs("03-telegram-address.txt")
    whole = iran["en"]["Amir Abbas Hoveyda"]
    assert (
        len(whole) == 1 and whole == iran["en"]["Hoveyda"] == iran["zh"]["胡韦达"] == iran["zh"]["阿米尔·阿巴斯·胡韦达"]
    )
    assert "Amir Abbas" not in iran["en"]  # spaCy's cut name gave way to the whole


@needs_taggers
@pytest.mark.parametrize("name", ["03-telegram-address.txt", "04-editors-note.txt", "11-glued-lead-and-credit.txt"])
def test_the_names_pass_with_its_search_across_is_idempotent(name: str) -> None:
    reporter = Reporter(str(BILINGUAL / name))
    article = parse(read_source(BILINGUAL / name), reporter)
    steps = pipeline(Config())
    enrich(article, reporter, steps)
    first = serialize(to_tei(article, "0.0.0"))
    next(step for step in steps if step.name == "names").run(article, reporter)
    assert serialize(to_tei(article, "0.0.0")) == first
