"""A first deck opening on a verb over a short report with a subject of its own: a kicker (round y)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from encoder.ingest.deck_verbs import opens_on_verb, own_subject, verb_over_report
from encoder.ingest.decks import deck_kinds
from encoder.model import BlockKind

from .conftest import dev_decks

DEV = Path(__file__).resolve().parent.parent / "fixtures" / "rmrb-json-dev"
K, H, S = BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE


@pytest.mark.parametrize(
    ("name", "kicker", "headline"),
    [
        ("1990-05-02_缓解市中心人口密度_上海七万浦西居民东迁.json", "缓解市中心人口密度", "上海七万浦西居民东迁"),
        ("1946-12-05_结合整顿组织发展民兵_尧山指示检查查减.json", "结合整顿组织发展民兵", "尧山指示检查查减"),
        (
            "1958-03-02_制止试验核武器！_亚非团结大会秘书处发出号召.json",
            "制止试验核武器！",
            "亚非团结大会秘书处发出号召",
        ),
        (
            "1988-12-02_组织农民企业家出国考察_中国农业国际交流协会积极开展活动.json",
            "组织农民企业家出国考察",
            "中国农业国际交流协会积极开展活动",
        ),
    ],
)
def test_a_verb_line_over_a_report_is_a_kicker_over_the_headline(name: str, kicker: str, headline: str) -> None:
    assert dev_decks(name) == [("kicker", kicker), ("headline", headline)]


@pytest.mark.parametrize(
    "name",
    [
        # the deck below names the source of the news above
        "1983-02-03_允许侨资外资金融机构在中国设立常驻代表机构_中国人民银行公布管理办法.json",
        # a whole sentence over a speech (…的讲话)
        "1962-01-03_支持古巴人民的革命斗争是中国人民崇高的国际义务_陈毅副总理在古巴大使招待会上的讲话.json",
        # a summary of clauses below
        "1979-05-03_加强对党员的思想教育工作_上海许多单位党组织注意结合党员思想状况和社会上的思想动向讲党课，既生动活泼，又能及时解决思想问.json",
        # a noun a verb opens (解放军…) over a deck with no subject of its own (最坚决…)
        "1967-02-05_解放军贵州省军区隆重举行誓师大会和示威游行_最坚决支持和援助无产阶级革命派的夺权斗争.json",
    ],
)
def test_a_headline_and_its_subtitle_stay(name: str) -> None:
    assert [kind for kind, _ in dev_decks(name)] == ["headline", "subtitle"]


def test_made_up_titles() -> None:
    assert deck_kinds(["改善城市交通", "北京新辟十条公交线路"]) == [K, H]
    assert deck_kinds(["改善城市交通", "北京新辟十条公交线路，年底通车"]) == [H, S]  # a summary
    assert deck_kinds(["改善城市交通", "——记北京市公交总公司"]) == [H, S]  # a genre's line
    assert deck_kinds(["解放军某部改善城市交通", "北京新辟十条公交线路"]) == [H, S]  # a subject above


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("改善城市交通", "搞好交通基础"),  # a verb below: a predicate, no subject of its own
        ("改善城市交通", "普遍要求加强管理"),  # an adverb of the lexicon
        ("改善城市交通", "又新辟十条公交线路"),  # an adverb of one character
        ("改善城市交通", "北京新辟十条公交线路——记…"),  # a dash
        ("改善城市交通", "市长在通车典礼上的讲话"),  # a noun its 的 names
        ("改善城市交通", "交通部发布管理办法"),  # the source of the news above
        ("是改善城市交通，还是装门面", "北京新辟十条公交线路"),  # a statement above
        ("驻京部队改善城市交通", "北京新辟十条公交线路"),  # a verb of one character: none in the lexicon
        ("解放区人民改善交通", "北京新辟十条公交线路"),  # a noun a verb opens (解放区), not a verb
        ("北京改善城市交通", "新辟十条公交线路"),  # a subject above
        ("庆祝大会在京隆重举行", "周总理出席"),  # a verb of news after the first word: a statement
        ("就业难问题", "各地多方开辟就业门路"),  # a topic named as a noun
    ],
)
def test_what_it_must_not_take(first: str, second: str) -> None:
    assert not verb_over_report(first, second)


def test_the_words_it_reads() -> None:
    assert opens_on_verb("缓解市中心人口密度") and opens_on_verb("抓住修正主义思想政治路线这个要害")
    assert not opens_on_verb("解放军贵州省军区") and not opens_on_verb("开发区建设")
    assert own_subject("解放区人民完成晚稻插秧任务")  # a noun a verb opens is a subject
    assert not own_subject("纷纷给军属送年礼") and not own_subject("最坚决支持")
    assert verb_over_report("制止试验核武器！", "亚非团结大会秘书处发出号召")  # a final ！ is a slogan's


@pytest.mark.parametrize("city", ["开封", "保定", "包头", "遵义", "应城"])
def test_a_city_jieba_tags_as_a_verb_opens_no_kicker(city: str) -> None:
    """jieba's dictionary tags these cities ``v``; a deck opening on one names the place, no verb."""
    assert not opens_on_verb(f"{city}市加快城市建设")
    assert deck_kinds([f"{city}市加快城市建设", "十万居民住进新楼"]) != [BlockKind.KICKER, BlockKind.HEADLINE]
    assert opens_on_verb("延长部分进口聚氯乙烯反倾销调查期")  # a county's name that is a verb first stays a verb


def test_ingest_never_imports_jieba() -> None:
    code = (
        "import sys\nfrom encoder.ingest import deck_verbs\n"
        "assert deck_verbs.opens_on_verb('缓解市中心人口密度')\nprint('jieba' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # names and nouns jieba's dictionary tags v, under the verbs' floor (以军 104, 加纳 255, 超市 534, 展会 166)
        ("以军袭击黎巴嫩南部村庄", "黎巴嫩政府提出强烈抗议"),
        ("以军大规模入侵黎巴嫩南部", "数万难民逃离家园"),
        ("加纳人民热烈欢迎周总理", "两国领导人举行会谈"),
        ("超市开进农村", "农民在家门口买到放心货"),
        ("展会期间交易活跃", "广交会成交额创新高"),
        # nouns and names a verb opens, however rare (下岗职工 3, 联合公报 71, nt): the longest match wins
        ("下岗职工走上新的就业岗位", "沈阳市劳务市场三年安置十万人"),
        ("联合公报在京签字", "两国决定建立外交关系"),
    ],
)
def test_a_first_deck_opening_on_a_name_or_a_noun_has_a_subject_of_its_own(first: str, second: str) -> None:
    assert not verb_over_report(first, second)


def test_names_and_nouns_jieba_tags_v_are_no_verbs() -> None:
    assert deck_kinds(["以军大规模入侵黎巴嫩南部", "数万难民逃离家园"]) == [H, S]
    for line in ("以军炸死3名巴人", "加纳政府代表团抵京", "超市进社区", "展会昨在京开幕"):
        assert not opens_on_verb(line)
    # a rarer verb (搞好 751) opens no kicker but still opens the deck below on a predicate
    assert not opens_on_verb("搞好交通基础") and not own_subject("搞好交通基础")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("学习毛主席著作", "用毛泽东思想武装头脑"),  # a method (用…): a predicate, no subject of its own
        ("依靠群众", "把好质量关"),  # a disposal (把…)
        ("改善投资环境", "向外商提供优质服务"),  # a direction (向…)
    ],
)
def test_a_second_deck_opening_on_a_coverb_has_no_subject(first: str, second: str) -> None:
    assert not verb_over_report(first, second)


def test_the_coverbs_that_also_open_subjects_are_left() -> None:
    # 被 and 对 open subjects too (dev titles): 被解放的战士…, 对外友协…
    assert own_subject("被解放的战士成为战士教员") and own_subject("对外友协举行招待会")
