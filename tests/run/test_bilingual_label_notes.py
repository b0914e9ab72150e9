"""Bilingual articles under the rules of a note's label alone (``zh_signed.label_lines`` and its English
twin in ``en_rules``) and of an address closed by a colon (``zh_addresses.colon_address`` and its English
twin): both languages convert, valid, V104/V108 silent, and read the note or the salutation alike (made
up from 1981-10-03 and 1954-09-02 of ``tests/fixtures/rmrb-json-dev/``, translated; review of body-w)."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from encoder.check.validate import Validation
from encoder.run.pipeline import encode

TEI = "{http://www.tei-c.org/ns/1.0}"
NS = {"t": TEI[1:-1]}

_AFTERWORD = "\n".join(
    [
        (
            "Title: Anshan Steel's Chemical Works Introduces an Economic Responsibility System "
            "Linking Bonuses to Joint Labour"
        ),
        "Author: ",
        "Date: 1981-10-03",
        "Page: 2",
        "",
        ("Anshan Steel's Chemical Works Introduces an Economic Responsibility System Linking Bonuses to Joint Labour"),
        "",
        (
            "Report of this paper: Whether the existing bonuses can encourage the advanced and raise "
            "economic results is a question that deserves attention. The Chemical Works of the "
            "Anshan Iron and Steel Company has used the fixed bonuses laid down by the state to "
            "introduce an economic responsibility system linking bonuses to joint labour, and has "
            "solved this question fairly well."
        ),
        "",
        (
            "After the system was introduced, the works no longer shared out its bonuses equally by "
            "head but according to the quantity, quality and results of labour, linking the size of "
            "bonuses to the economic responsibility system and to economic results. In 1980 the cost "
            "of the whole works fell by 4.03 million yuan compared with 1979."
        ),
        "",
        (
            "The basic method of the system is to set up a system of indicators for assessing the "
            "results of labour and standards for assessing each post, and on that basis to measure "
            "and calculate the quantity, quality and results of labour reasonably."
        ),
        "",
        (
            "The main problems of thinking the works met were, first, whether fixed bonuses could "
            "arouse the workers' enthusiasm, and second, that some cadres feared that if the "
            "indicators were set high they would not get bonuses."
        ),
        "",
        (
            "The difficulties met in practical work were that the cadres' level of management was "
            "low, the means of testing were insufficient, and the basic work was poor; all these "
            "need to be further perfected and improved."
        ),
        "",
        "Editor's Note",
        "",
        (
            "The method of the Anshan Steel Chemical Works is feasible for many enterprises, or at "
            "least worth drawing on. It needs no change in the system of economic management, and it "
            "does not need the state to break through the limits on bonuses. The leaders of "
            "industrial and transport enterprises must be determined to overcome egalitarianism in "
            "the present payment of bonuses."
        ),
        "",
        "<hr />",
        "",
        "Original:",
        "",
        "### 鞍钢化工总厂实行联劳计奖经济责任制",
        "",
        "1981-10-03",
        "第2版()",
        "专栏：",
        "",
        "    鞍钢化工总厂实行联劳计奖经济责任制",
        (
            "    本报讯 现有奖金能否发挥鼓励先进、提高经济效益的作用，是一个值得注意的问题。鞍山钢铁公司"
            "化工总厂运用国家规定的综合奖、利润奖、单项奖等限额奖金，实行联劳计奖经济责任制，较好地解决了这个"
            "问题。"
        ),
        (
            "    实行联劳计奖经济责任制后，鞍钢化工总厂发放奖金，基本上由按人平均分配，改为按劳动的数量、"
            "质量、效果进行分配，把得奖多少和经济责任制、经济效果结合起来。1980年全厂成本比1979年降低"
            "403万元。"
        ),
        (
            "    联劳计奖经济责任制的基本做法是：建立考核劳动效果的指标体系和岗位考核标准，以此为依据，合"
            "理地测定和计算劳动的数量、质量和效果。"
        ),
        (
            "    鞍钢化工总厂实行联劳计奖经济责任制过程中，在思想上遇到的主要问题，一是能否利用限额奖金调"
            "动职工的积极性？二是有的干部怕考核指标订高了，拿不到奖金。"
        ),
        ("    在实际工作中遇到的困难是：干部管理水平低，测试手段不足，基础工作差，这些方面都有待于进一步完善和改进。"),
        "    编后",
        (
            "    鞍钢化工总厂的做法，很多企业都是可行的，至少是可以借鉴的。因为，它一不需要经济管理体制作"
            "什么改变，二不需要国家突破奖金限额的规定。工交企业的领导要有克服现有奖金发放中平均主义的决心。"
        ),
        "",
    ]
)

_ORDER = "\n".join(
    [
        ("Title: Celebrating the Anniversary of Vietnam's August Revolution and the Ninth National Day"),
        "Author: ",
        "Date: 1954-09-02",
        "Page: 4",
        "",
        "Celebrating the Anniversary of Vietnam's August Revolution and the Ninth National Day",
        "",
        (
            "[Xinhua, 1st] Vietnam News Agency, North Vietnam, 1st: General Vo Nguyen Giap, "
            "Commander-in-Chief of the Vietnam People's Army, issued the following order on the "
            "anniversary of Vietnam's August Revolution on August 19 and Vietnam's ninth National "
            "Day on September 2:"
        ),
        "",
        ("Commanders and fighters of the regular army, local forces, militia and guerrillas of the whole country:"),
        "",
        (
            "After eight or nine years of heroic and victorious war of resistance, this is the first "
            "time that our people and army celebrate the anniversary of the August Revolution and "
            "National Day in peace."
        ),
        "",
        (
            "Nine years ago, soon after the great victory of the Soviet Union and the destruction of "
            "the German and Japanese fascists, the units of the Liberation Army of the Vietnamese "
            "people rose together with the whole people in armed insurrection. With the victory of "
            "the August Revolution the Democratic Republic of Vietnam was founded."
        ),
        "",
        (
            "The Vietnam People's Army has the heroic traditions of the August Revolution and of "
            "nine years of long and arduous war of resistance, and is determined to fulfil the "
            "glorious tasks entrusted to it by President Ho Chi Minh, the Party and the Government."
        ),
        "",
        "General Vo Nguyen Giap, Commander-in-Chief of the Vietnam People's Army (signed)",
        "",
        "<hr />",
        "",
        "Original:",
        "",
        "### 庆祝越南八月革命纪念日和国庆九周年",
        "",
        "1954-09-02",
        "第4版()",
        "专栏：",
        "",
        "    庆祝越南八月革命纪念日和国庆九周年",
        (
            "    【新华社一日讯】越南通讯社北越一日讯：越南人民军总司令武元甲将军就八月十九日越南八月革命"
            "纪念日和九月二日越南国庆九周年发布命令如下："
        ),
        "    全国正规军、地方部队、民兵和游击队的指挥员和战斗员们：",
        (
            "    在我们经过八、九年的英勇和胜利的抗战以后，这是我们的人民和军队第一次在和平的环境中欢庆八"
            "月革命纪念日和国庆日。"
        ),
        (
            "    九年前的现在，在苏联取得了伟大的胜利、德国和日本法西斯主义者被消灭以后不久，越南人民的解"
            "放军各部队、自卫队和战斗自卫队同全体人民一齐起来进行了武装起义。由于八月革命的胜利，越南民主共和"
            "国成立了。"
        ),
        ("    越南人民军具有八月革命和九年长期艰苦抗战的英勇传统，有决心完成胡志明主席、党和政府托付给它的光荣任务。"),
        "                        越南人民军总司令武元甲将军（签字）",
        "",
    ]
)


def _convert(tmp_path: Path, name: str, text: str) -> dict[str, etree._Element]:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    result = encode(path, validation=Validation("project", engine="lxml"))
    codes = {d.code for d in result.diagnostics}
    assert result.tei is not None and not codes & {"V104", "V108", "F001"}, [str(d) for d in result.diagnostics]
    body = etree.fromstring(result.tei).find(f"{TEI}text/{TEI}body")
    return {div.get("{http://www.w3.org/XML/1998/namespace}lang"): div for div in body.findall(f"{TEI}div")}


def _notes(div: etree._Element) -> list[str]:
    return ["".join(n.itertext()).strip() for n in div.xpath(".//t:note[@type='editorial']", namespaces=NS)]


def test_a_bilingual_afterword_label_converts(tmp_path: Path) -> None:
    # 编后 / Editor's Note alone closing both halves: the article converts, valid, V104/V108 silent.
    divisions = _convert(tmp_path, "afterword", _AFTERWORD)
    assert _notes(divisions["zh-Hans"])[0] == "编后" and _notes(divisions["en"])[0] == "Editor's Note"


def test_a_bilingual_afterword_is_a_note_in_both_languages(tmp_path: Path) -> None:
    # The paragraph under 编后 is the editors' note in the Chinese (label_lines); its translation under
    # Editor's Note must be the note too: the two languages mirror each other (as 04-editors-note does).
    divisions = _convert(tmp_path, "afterword", _AFTERWORD)
    assert [len(_notes(divisions[lang])) for lang in ("zh-Hans", "en")] == [2, 2]


def test_a_bilingual_order_keeps_its_colon_address_as_the_salutation(tmp_path: Path) -> None:
    # …发布命令如下： / 全国正规军、…的指挥员和战斗员们： (the rule's own 1954-09-02 case) with its
    # translation (Commanders and fighters …:): the salutation in both languages, not dropped on both.
    divisions = _convert(tmp_path, "order", _ORDER)
    saluted = [divisions[lang].xpath(".//t:salute", namespaces=NS) for lang in ("zh-Hans", "en")]
    assert [len(found) for found in saluted] == [1, 1]


def test_a_bilingual_afterword_labelled_afterword_and_signed_is_the_note_to_the_end(tmp_path: Path) -> None:
    # 编后 / Afterword, the note's paragraph, then its signer 编者 / The Editors: label, paragraph and
    # signer the note in both languages.
    text = _AFTERWORD.replace("Editor's Note\n", "Afterword\n").replace(
        "in the present payment of bonuses.\n", "in the present payment of bonuses.\n\nThe Editors\n"
    )
    text = text.replace("平均主义的决心。\n", "平均主义的决心。\n    编者\n")
    divisions = _convert(tmp_path, "signed", text)
    assert [_notes(divisions[lang])[-1] for lang in ("zh-Hans", "en")] == ["编者", "The Editors"]
    assert [len(_notes(divisions[lang])) for lang in ("zh-Hans", "en")] == [3, 3]
