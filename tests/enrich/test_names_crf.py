"""The names pass with the Chinese CRF on real People's Daily text: longer CRF names over the
authority file's, names the article repeats, loose place ends, the dev gold's scores, and no
common noun tagged in the committed ``tei/``."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from encoder.diagnostics import Reporter
from encoder.enrich import enrich, pipeline
from encoder.enrich.authority import DEFAULT
from encoder.enrich.matcher import matcher
from encoder.enrich.names import _holds, with_crf
from encoder.enrich.spans import located, tag_inlines
from encoder.enrich.statistical import zh_crf_finder
from encoder.evaluate_ner import dev_gold_scores
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import Phrase, PhraseKind

ROOT = Path(__file__).resolve().parents[2]
JSON_DEV = ROOT / "tests" / "fixtures" / "rmrb-json-dev"
CRF = importlib.util.find_spec("jieba") is not None and importlib.util.find_spec("pycrfsuite") is not None
pytestmark = pytest.mark.skipif(not CRF, reason="jieba or python-crfsuite is not installed (pip install '.[ner]')")

#: Common nouns the old jieba tagger made names of in the committed tei/ (issue 14), and those the
#: CRF made names of in tei/ and in other articles of the sample corpus (2026-12-01).
NOT_NAMES = ("毛驴子", "白米饭", "蓝墨水", "人山人海", "吐舌头", "普及", "深度", "荷兰豆")
NOT_NAMES += ("伯伯", "粗鲁", "地球", "两岸", "代表团", "苏维埃", "四县", "南门", "护城河", "公馆", "招待所", "美英")


def part_text(name: str, part: int) -> str:
    (path,) = sorted(JSON_DEV.glob(name + "*.json"))
    return json.loads(path.read_text(encoding="utf-8"))["parts"][part]["text"]


def names_in(texts: list[str]) -> list[tuple[str, PhraseKind, str | None]]:
    """The names pass's finder (the authority file, the CRF at medium or above) on ``texts``."""
    match = matcher(str(DEFAULT))
    finder = with_crf(
        match.finder("zh-Hans"), zh_crf_finder(texts, match.zh_forms, named=lambda: match.zh_persons(texts)), "medium"
    )
    return [
        (phrase.text, phrase.kind, phrase.tagger)
        for text in texts
        for _, phrase in located(tag_inlines([text], finder))
        if phrase.kind in (PhraseKind.PERSON, PhraseKind.PLACE, PhraseKind.ORG)
    ]


def test_a_longer_crf_name_replaces_the_authority_names_it_holds() -> None:
    text = part_text("1985-08-06", 1)
    found = names_in([text[text.index("中共中央书记处") :].split("，")[0]])  # the lead's clause
    assert ("中共中央书记处", PhraseKind.ORG, "zh_ner") in found  # not the authority file's 中共中央
    sentence = "中国国务院台湾事务办公室主任陈云林和副主任周明伟"
    found = names_in([sentence])
    assert ("陈云林", PhraseKind.PERSON, "zh_ner") in found  # not the authority file's 陈云
    assert ("中国", PhraseKind.PLACE, None) in found  # a place opening a body the file knows stays a place
    assert ("国务院台湾事务办公室", PhraseKind.ORG, "zh_ner") in found


def test_a_descriptive_crf_name_leaves_the_authority_names_in_place() -> None:
    found = names_in(["坚决反对蒋介石集团的阴谋", "中国政府代表团今天到达"])
    assert ("蒋介石", PhraseKind.PERSON, None) in found
    assert ("中国", PhraseKind.PLACE, None) in found
    assert not any(name.endswith(("代表团", "集团")) for name, _, _ in found)


def test_a_party_s_delegation_is_named_by_the_party() -> None:
    """The policy keeps the place in a name that needs it (澳大利亚工党); 代表团 is descriptive."""
    found = names_in(["胡启立会见澳大利亚工党代表团"])
    assert ("澳大利亚工党", PhraseKind.ORG, "zh_ner") in found
    assert not any(name.endswith("代表团") or name == "澳大利亚" for name, _, _ in found)


def test_a_person_the_article_repeats_is_tagged_wherever_it_is_written() -> None:
    path = next(JSON_DEV.glob("1962-01-06_云南边境畹町驻军干部*.json"))
    reporter = Reporter(str(path))
    article = parse(read_source(path, reporter=reporter), reporter)
    enrich(article, reporter, pipeline())
    tagged = [
        phrase
        for text in article.texts
        for block in text.blocks
        for line in block.lines
        for _, phrase in located(line)
        if isinstance(phrase, Phrase) and phrase.text == "商日龙"
    ]
    written = sum(part["text"].count("商日龙") for part in json.loads(path.read_text(encoding="utf-8"))["parts"])
    assert written == 5 and len(tagged) == written  # the CRF alone finds one of them, at low
    assert {phrase.kind for phrase in tagged} == {PhraseKind.PERSON}
    assert {phrase.entity for phrase in tagged} == {"local-shang-rilong"}


def test_a_league_named_after_its_country_is_one_body_wherever_the_article_writes_it() -> None:
    """喀麦隆人民联盟: the CRF reads it whole (0.89-0.99) around the authority file's 喀麦隆 but in
    one line, where it reads 喀麦隆 alone (0.80): a league (盟) ends as bodies' names end, so the
    longer name wins, and the surer reading stands in that line too (one sense per article)."""
    texts = [part_text("1961-09-14", part) for part in range(len(_parts("1961-09-14")))]
    written = sum(text.count("喀麦隆人民联盟") for text in texts)
    found = [name for name, kind, _ in names_in(texts) if kind is PhraseKind.ORG]
    assert written >= 6 and found.count("喀麦隆人民联盟") == written


def _parts(name: str) -> list[dict]:
    (path,) = sorted(JSON_DEV.glob(name + "*.json"))
    return json.loads(path.read_text(encoding="utf-8"))["parts"]


def test_a_loose_generic_end_is_left_out_of_a_place() -> None:
    found = names_in([part_text("1951-10-09", 2)])
    names = [name for name, _, _ in found]
    assert not any(name.endswith("根据地") for name in names)
    assert "粤东" in names


def test_dev_gold_scores_reach_the_issue_targets() -> None:
    """The dev part of the hand-made gold (tuned on: a regression floor, not a held-out figure).

    Since 2026-12-01 it holds the first held-out articles too (see the gold's POLICY.md); the
    policy's conventions of :mod:`encoder.enrich.zh_conventions` were then tuned on all of it
    (0.773 → 0.869): a floor at what they reach, not a figure for unseen text. With the second
    held-out set joined (64 articles) the pass scored 0.851 (organisations 0.776), and 0.875 with
    one sense per article and surnames with honorifics (persons P 0.964, R 0.933; organisations
    0.792). With the third set (95 articles) and the byline, list and appointment rules: 0.886
    (persons P 0.967, R 0.944). With the fourth set joined (123 articles; one of them a list of
    424 names printed with no separators, which the CRF does not cut): 0.820 (persons P 0.896,
    R 0.693; organisations 0.799). With the fifth set joined (151 articles): 0.867 (persons P 0.957,
    R 0.909; organisations 0.774). With the sixth set joined (185 articles): 0.872 (persons P 0.957,
    R 0.905; organisations 0.774), and 0.875 after that round's rules (organisations 0.785). With the
    seventh set joined (220 articles): 0.875 (persons P 0.954, R 0.907; organisations 0.768, whose
    organisations had scored 0.696 held out, so the organisations' floor moves to 0.76), 0.886 after
    that round's rules. With the eighth set joined (255 articles): 0.879 (persons P 0.957, R 0.905;
    organisations 0.763), 0.890 after that round's rules. With the ninth set joined (290 articles):
    0.885 (persons P 0.960, R 0.899; organisations 0.767), 0.898 after that round's two passes
    (persons P 0.964, R 0.909; organisations 0.805). With the tenth set joined (325 articles): 0.892
    (persons P 0.962, R 0.908; organisations 0.793), 0.897 after that round's rules. With the
    eleventh set joined (360 articles): 0.892 (persons P 0.958, R 0.907; organisations 0.794), 0.896
    after that round's rules. With the twelfth set joined (395 articles): 0.892 (persons P 0.954,
    R 0.911; organisations 0.795), 0.898 after that round's rules. With the thirteenth set joined
    (430 articles): 0.895 (persons P 0.956, R 0.916; organisations 0.794), 0.898 after that round's
    rules. With the fourteenth set joined (465 articles): 0.893 (persons P 0.955, R 0.909;
    organisations 0.789), 0.896 after that round's rules. With the fifteenth set joined (500
    articles): 0.894 (persons P 0.954, R 0.914; organisations 0.790), 0.895 after that round's rules.
    With the sixteenth set joined (535 articles): 0.893 (persons P 0.954, R 0.914; organisations 0.789),
    0.894 after that round's rules. With the seventeenth set joined (570 articles): 0.895 (persons
    P 0.954, R 0.911; organisations 0.795), 0.897 after that round's rules. With the eighteenth set
    joined (606 articles): 0.896 (persons P 0.956, R 0.912; organisations 0.795), 0.899 after that
    round's rules. With the nineteenth set joined (642 articles): 0.897 (persons P 0.953, R 0.909;
    organisations 0.796), 0.900 after that round's rules.
    """
    scores = dev_gold_scores()
    assert scores["all"][2] >= 0.815, scores
    assert scores["PER"][0] >= 0.89 and scores["PER"][1] >= 0.69, scores
    assert scores["ORG"][2] >= 0.76, scores


def test_no_common_noun_is_a_name_in_the_committed_tei() -> None:
    pattern = re.compile(r"<(persName|placeName|orgName)\b[^>]*>([^<]*)</\1>")
    names = {m.group(2) for path in (ROOT / "tei").rglob("*.xml") for m in pattern.finditer(path.read_text("utf-8"))}
    assert len(names) > 100  # the check reads real names
    assert not names & set(NOT_NAMES), sorted(names & set(NOT_NAMES))
    # what the CRF tagged there before the signs of encoder.enrich.zh_signs (a regression check,
    # not the mechanism: the signs are tested in tests/enrich/test_zh_signs.py)
    junk = {"天快亮", "杨小玉伏", "申集", "法西斯横行", "下算帐委员会", "天大", "华自动替婴儿班", "国民协同党中代"}
    assert not names & junk, sorted(names & junk)


def test_every_name_in_the_committed_tei_points_at_a_register_entry_of_its_kind() -> None:
    """persName → person, placeName → place, orgName → org: one string is one kind of entity."""
    from lxml import etree

    tei_ns = "http://www.tei-c.org/ns/1.0"
    entry_of = {"persName": "person", "placeName": "place", "orgName": "org"}
    wrong = []
    for path in sorted((Path(__file__).resolve().parents[2] / "tei").rglob("*.xml")):
        root = etree.parse(str(path)).getroot()
        if etree.QName(root).localname != "TEI":
            continue
        kinds = {
            "#" + e.get("{http://www.w3.org/XML/1998/namespace}id"): etree.QName(e).localname
            for e in root.iter(f"{{{tei_ns}}}person", f"{{{tei_ns}}}place", f"{{{tei_ns}}}org")
        }
        for name in root.iter(*(f"{{{tei_ns}}}{tag}" for tag in entry_of)):
            ref = name.get("ref")
            if ref and ref in kinds and kinds[ref] != entry_of[etree.QName(name).localname]:
                wrong.append(f"{path.name}: {name.text} {ref}")
    assert wrong == []


def test_a_foreign_full_name_a_country_s_ministry_and_a_numbered_unit_are_spans_of_their_own() -> None:
    found = names_in(["坦桑尼亚联合共和国总统朱利叶斯·克·尼雷尔今天在亲切友好的气氛中"])
    assert (
        "朱利叶斯·克·尼雷尔",
        PhraseKind.PERSON,
        "zh_ner",
    ) in found  # the authority file's 尼雷尔, on the CRF's span
    found = names_in(["马绍尔群岛的随行人员与中国经贸部官员就双方经贸合作进行了会谈"])
    assert ("中国", PhraseKind.PLACE, None) in found and ("经贸部", PhraseKind.ORG, "zh_ner") in found
    found = names_in(["根据以色列中央选举委员会公布的名单，这6名总理候选人"])  # 1999-04-01
    assert ("以色列", PhraseKind.PLACE, None) in found and ("中央选举委员会", PhraseKind.ORG, "zh_ner") in found
    # a national agency of another state, and a body of a place below the state, keep their place
    for whole in (
        "美国国家航空航天局",
        "美国国家安全委员会",
        "苏联国家安全委员会",
        "江苏省国家税务局",
        "上海市国家安全局",
    ):
        assert (whole, PhraseKind.ORG, "zh_ner") in names_in([f"{whole}的官员说"]), whole
    found = names_in(["台湾立法院通过了法案"])  # the Yuan read alone is the Republic of China's
    assert ("台湾", PhraseKind.PLACE, None) in found and ("立法院", PhraseKind.ORG, "zh_ner") in found
    found = names_in(["阿尔巴尼亚国家银行和储金保险局联合代表团离京回国"])  # 1973-11-08: a delegation
    assert ("储金保险局", PhraseKind.ORG, "zh_ner") in found
    for congress in ("世界和平大会", "国际劳工大会", "世界工会代表大会"):  # an event, not the sender
        found = names_in([f"中国出席{congress}代表团今天离京"])
        assert not any(text == congress for text, kind, _ in found if kind is PhraseKind.ORG), congress
    found = names_in(["1938年加入中国共产党。历任八路军120师358旅政治指导员、吉林军区政治部教育科科长"])
    assert ("八路军120师358旅", PhraseKind.ORG, "zh_ner") in found
    assert ("吉林军区政治部教育科", PhraseKind.ORG, "zh_ner") in found


def test_a_person_that_is_a_whole_item_of_a_list_holds_the_shorter_known_name() -> None:
    # 1987-10-18, with a person the authority file does not hold in place of its leader 王任重:
    # the file knows 王任; the CRF reads the item 王任远 (medium)
    found = names_in(["彭真、乌兰夫、习仲勋、田纪云、陈丕显、刘澜涛、彭冲、王任远、阿沛·阿旺晋美、杨静仁送了花圈。"])
    assert ("王任远", PhraseKind.PERSON, "zh_ner") in found
    assert not any(name == "王任" for name, _, _ in found)
    found = names_in(["彭真、乌兰夫、习仲勋、田纪云、陈丕显、刘澜涛、彭冲、王任重、阿沛·阿旺晋美、杨静仁送了花圈。"])
    assert ("王任重", PhraseKind.PERSON, None) in found and not any(name == "王任" for name, _, _ in found)


def test_a_crf_name_leaves_out_the_spaces_around_it() -> None:
    found = names_in(["●撰文：丁波  ●摄影：蒋铎"])  # 1998-05-04, 隆福广场
    assert ("丁波", PhraseKind.PERSON, "zh_ner") in found
    assert not any(name != name.strip() for name, _, _ in found)


def test_an_institution_named_after_a_person_is_the_name_and_a_list_without_separators_is_read() -> None:
    found = names_in(["给巴尔岛上最大的医院——列宁医院，参观在中国制药人员"])  # 1968-07-05
    assert ("列宁医院", PhraseKind.ORG, "zh_ner") in found
    assert not any(name == "列宁" for name, _, _ in found)
    found = names_in([part_text("1997-11-02_中华人民共和国香港", 77)])  # 黄河黄河清黄学海黄定光黄宜弘
    assert [(name, kind) for name, kind, _ in found] == [
        (name, PhraseKind.PERSON) for name in ("黄河", "黄河清", "黄学海", "黄定光", "黄宜弘")
    ]


def test_a_person_found_in_a_list_of_places_is_a_place() -> None:
    found = names_in([part_text("1949-11-04_人民银行", 21)])  # 长春、哈尔滨、牡丹江、佳木斯、齐齐哈尔。
    assert not any(kind is PhraseKind.PERSON for _, kind, _ in found)
    assert ("佳木斯", PhraseKind.PLACE) in [(name, kind) for name, kind, _ in found]


def test_a_crf_name_ending_with_a_body_s_head_is_an_organisation() -> None:
    """Issue 14: a place the CRF reads ending with a counted head is a body (1949-12-23, 1955-05-06);
    a CRF body holding a known name ends with a head (1991-05-20) or an organisation's 组织
    (1991-01-04), but for a place and a body of its own name (1995-04-16 of the sample corpus)."""
    found = names_in(["上、思想上继续提高一步，华东军区近统一布置全军区性的干部鉴定工作。"])
    assert ("华东军区", PhraseKind.ORG, "zh_ner") in found
    found = names_in(["安徒生作品展览五月四日在北京图书馆开幕。"])
    assert ("北京图书馆", PhraseKind.ORG, "zh_ner") in found
    found = names_in(["观者清的一面。这是我拜读台湾大学教授颜元叔先生发表在台湾的《海峡两岸》"])
    assert ("台湾大学", PhraseKind.ORG, "zh_ner") in found
    found = names_in(["据联合国粮农组织预测，１９９０年世界粮食产量"])
    assert ("联合国粮农组织", PhraseKind.ORG, "zh_ner") in found
    found = names_in(["新华社北京四月十五日电应台湾东吴大学邀请，中国民用航空协会专家"])
    assert ("东吴大学", PhraseKind.ORG, "zh_ner") in found and ("台湾", PhraseKind.PLACE, None) in found


def test_a_body_organising_something_is_no_organisation_of_组织() -> None:
    # 1962-06-17 of the sample corpus: 组织 is "organised" after the front
    found = names_in(["这次群众性的欢迎，是由阿尔及利亚民族解放阵线组织的。"])
    assert not any(name.endswith("组织") for name, _, _ in found)


def test_a_body_the_crf_found_below_its_floor_is_kept_where_a_name_opens() -> None:
    # 1968-10-28 (after a county), 1948-12-12 (after a stop), read by the counted heads
    found = names_in(["新华社长沙二十五日电　湖南省汨罗县汨罗公社革命委员会，坚持实行在职干部分批下放劳动"])
    assert ("汨罗公社革命委员会", PhraseKind.ORG, "zh_ner") in found
    found = names_in(["加强党和群众关系的教育。玉皇庙支部经过讨论与互相批评后，认识了"])
    assert ("玉皇庙支部", PhraseKind.ORG, "zh_ner") in found


def test_a_place_and_a_head_read_as_a_kind_or_a_place_s_own_body_keep_apart() -> None:
    """A review's examples (2026-12-01): a head after a place where the text reads a kind
    (许多美国大学, …美国大学纷纷), 组织 after a place (美国 + 特务组织), and a party's member
    (日本共产党员: a member, no party) give the place alone."""
    for text in (
        "许多美国大学开设了中文课程。",
        "英国一些大学和美国大学纷纷招收中国留学生。",
        "美国特务组织在那里活动。",
    ):
        found = [(name, kind) for name, kind, _ in names_in([text])]
        assert ("美国", PhraseKind.PLACE) in found and not any(kind is PhraseKind.ORG for _, kind in found), text
    found = [(name, kind) for name, kind, _ in names_in(["日本共产党员山田在会上发言。"])]
    assert ("日本", PhraseKind.PLACE) in found and not any(kind is PhraseKind.ORG for _, kind in found)


def test_a_longer_place_of_the_dictionary_replaces_the_known_place_it_holds() -> None:
    found = names_in(
        ["运，并且派代表同往马鞍山签订运输协议。", "甚至鼓吹要在西柏林使用核武器"]
    )  # 1956-06-06, 1961-09-01
    assert ("马鞍山", PhraseKind.PLACE, "zh_ner") in found  # not the authority file's 鞍山
    assert ("西柏林", PhraseKind.PLACE, "zh_ner") in found
    # a high-certainty CRF place that goes on before the known place and that jieba's dictionary
    # does not hold as a name does not replace it (the CRF reads no such span in a sentence found)
    known = [(1, 3, Phrase(PhraseKind.PLACE, ["鞍山"], "k", None, None, None))]
    assert _holds("马鞍山", PhraseKind.PLACE, "high", known, 0)
    assert not _holds("攻鞍山", PhraseKind.PLACE, "high", known, 0)
    assert not _holds("东鞍山", PhraseKind.PLACE, "high", known, 0)


def test_regions_named_by_provinces_one_character_names_are_places() -> None:
    """Issue 14: 陕甘宁, 京津冀 and 冀中 are regions (dev gold, 1947-03-11, 1980-09-01, 1949-04-03),
    where a body's name over the region is no place (冀中行署)."""
    found = names_in(["保卫陕甘宁保卫毛主席", "当前，京津冀地区还存在着严重缺水", "【冀中电】为实现增产棉花"])
    places = [name for name, kind, _ in found if kind is PhraseKind.PLACE]
    assert {"陕甘宁", "京津冀", "冀中"} <= set(places)
    found = names_in(["贷给或卖给农民。冀中行署于三月十六日对各县"])
    assert not any(name == "冀中" for name, _, _ in found)


def test_an_oil_field_is_a_place_and_a_body_after_it_an_organisation() -> None:
    # 1972-03-08, 1991-05-20 of the dev gold: the CRF and the bodies' rules read 大庆油田 a body
    for text in ("朝霞映红了辽阔的大庆油田的上空。", "能不为长江大桥、葛洲坝、大庆油田、北大荒变北大仓"):
        found = names_in([text])
        assert ("大庆油田", PhraseKind.PLACE) in [(s, k) for s, k, _ in found], text
        assert all(k is not PhraseKind.ORG for s, k, _ in found if "油田" in s), text
    found = names_in(["胜利油田管理局局长今天说"])  # a body after its field stays a body
    assert [(s, k) for s, k, _ in found] == [("胜利油田管理局", PhraseKind.ORG)]
    found = names_in(["有的被选为大庆油田党委委员。"])  # 1972-03-08: a body goes on after the span found
    assert ("大庆油田", PhraseKind.PLACE) not in [(s, k) for s, k, _ in found]
    found = names_in(["山东胜利油田是我国第二大油田。"])  # as the paper writes: two places
    assert [(s, k) for s, k, _ in found] == [("山东", PhraseKind.PLACE), ("胜利油田", PhraseKind.PLACE)]


def test_a_family_s_village_is_a_place_where_the_crf_read_a_person_or_nothing() -> None:
    # 1946-08-13 and 1949-05-05 of the dev gold
    found = names_in(["晓，沿通如公路大道北进，占领邓家桥，南马塘之线，准备"])
    assert ("邓家桥", PhraseKind.PLACE) in [(s, k) for s, k, _ in found]
    assert all(k is not PhraseKind.PERSON for _, k, _ in found)
    found = names_in(["【察哈尔讯】良乡五区陈家台等十一村，发生瘟疫"])
    assert ("陈家台", PhraseKind.PLACE) in [(s, k) for s, k, _ in found]
    assert not [s for s, _, _ in names_in(["全家庄稼都收了，商家店铺很多"]) if "家" in s]
    assert not [s for s, _, _ in names_in(["巴勒斯坦人民失去了土地和家园，"]) if "家园" in s]  # as the paper writes
    assert not names_in(["李家沟生产队的社员们在队长带领下，"])  # nor a village inside a body the CRF missed
    assert [(s, k) for s, k, _ in names_in(["敌人窜到李家沟村抢粮。"])] == [("李家沟村", PhraseKind.PLACE)]
