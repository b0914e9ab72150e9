"""The paragraphs ending a text under a picture note (``encoder/ingest/captions.py`` ``_captions_under_note``):
past three of a hundred characters, a photo report's series or a long text's few long captions are captions; a
report whose note is glued to its lead or to a paragraph before its end keeps its paragraphs."""

from __future__ import annotations

from pathlib import Path

from encoder.model import Block, BlockKind

from .test_zh_tails import article

_NOTE = "（附图片）"


def _kinds(blocks: list[Block], texts: list[str]) -> list[BlockKind]:
    return [next(block.kind for block in blocks if block.text.strip() == text) for text in texts]


def test_a_reports_paragraphs_under_a_note_glued_to_its_lead_are_its_own(tmp_path: Path) -> None:
    """Near miss: the picture note glued to the lead, six short paragraphs of the report under it."""
    paragraphs = [
        "京九铁路北起北京，南至香港九龙，全长2500多公里。",
        "这是我国铁路建设史上一次建成里程最长的铁路干线。",
        "铁道部部长韩杼滨在开工典礼上讲话。",
        "京九铁路计划在1996年建成通车。",
        "沿线各省市群众热烈欢迎京九铁路开工建设。",
        "铁路建成后，将对沿线地区的经济发展起到重要作用。",
    ]
    found = article(tmp_path, "京九铁路开工", ["新华社北京2月20日电　京九铁路今天全线开工。" + _NOTE, *paragraphs])
    assert _kinds(found, paragraphs) == [BlockKind.PARAGRAPH] * 6


def test_a_reports_paragraphs_under_a_note_glued_to_its_second_paragraph_are_its_own(tmp_path: Path) -> None:
    """Near miss: the picture note glued to the report's second paragraph, four short paragraphs under it."""
    paragraphs = [
        "中央歌剧舞剧院演出了歌剧《白毛女》。",
        "各区文化馆举办了游园会、灯会等活动。",
        "许多演员还到工厂、农村、部队慰问演出。",
        "据统计，春节期间首都共演出了五百多场。",
    ]
    lead = "本报讯　今年春节期间，首都各剧场演出的节目丰富多采。"
    found = article(
        tmp_path, "首都春节文艺演出", [lead, "北京人民艺术剧院重新上演了话剧《茶馆》。" + _NOTE, *paragraphs]
    )
    assert _kinds(found, paragraphs) == [BlockKind.PARAGRAPH] * 4


def test_a_reports_long_paragraph_under_a_note_glued_to_its_lead_is_its_own(tmp_path: Path) -> None:
    """Near miss: under the note glued to the lead, one paragraph of 102 characters, though it says 这是…."""
    paragraph = (
        "艺术节期间，将演出话剧、歌剧、舞剧、京剧和各种地方戏曲，还将举办美术、书法、摄影展览。这是建国以来规模最大的"
        "一次文艺盛会。来自全国各地的四十多个艺术团体将在艺术节上演出一百多台节目，展示我国文艺的新成就。"
    )
    found = article(tmp_path, "首届中国艺术节开幕", ["本报讯　首届中国艺术节今天在北京开幕。" + _NOTE, paragraph])
    assert _kinds(found, [paragraph]) == [BlockKind.PARAGRAPH]


def test_a_report_under_its_pictures_maker_keeps_its_lead_and_paragraphs(tmp_path: Path) -> None:
    """Near miss: the picture's maker and its note over the report, which opens with its lead."""
    paragraphs = [
        "参加长跑的有工人、农民、学生、干部，还有一些外国朋友。",
        "年龄最大的七十九岁，最小的只有八岁。",
        "长跑从天安门广场出发，到颐和园结束，全程二十公里。",
        "国家体委负责人为长跑鸣枪。",
    ]
    lead = "本报讯　一千多名首都长跑爱好者今天上午参加了迎春长跑活动。"
    found = article(tmp_path, "北京举行迎春长跑", ["本报记者　王文澜摄" + _NOTE, lead, *paragraphs])
    assert BlockKind.CAPTION not in _kinds(found, paragraphs)


def test_a_photo_reports_captions_under_its_maker_are_captions(tmp_path: Path) -> None:
    """A photo report: its introduction, the maker's line glued to the note, eight short captions."""
    captions = [
        "考察队员在可可西里湖边宿营。",
        "考察队员在采集植物标本。",
        "野牦牛群。",
        "藏羚羊在奔跑。",
        "考察队的汽车在沼泽地里行进。",
        "考察队员在测量冰川。",
        "乌兰乌拉湖畔。",
        "考察队员在整理资料。",
    ]
    intro = "中国科学院青藏高原综合科学考察队今年夏天在可可西里地区进行考察。"
    found = article(tmp_path, "青藏高原上的科学考察", [intro, "新华社记者　唐师曾摄影报道" + _NOTE, *captions])
    assert _kinds(found, captions) == [BlockKind.CAPTION] * 8


def test_a_reports_paragraphs_under_a_note_opening_the_text_are_its_own(tmp_path: Path) -> None:
    """Near miss: the picture note over the text, a report of six short paragraphs with no lead under it."""
    paragraphs = [
        "首都职工技术革新展览会今天在劳动人民文化宫开幕。",
        "展览会展出了北京市各工厂职工的技术革新成果一千二百多项。",
        "其中有不少项目已经在生产中推广使用，大大提高了劳动生产率。",
        "北京第一机床厂工人创造的多刀切削法，使工效提高了三倍。",
        "参观的职工很多。第一天就有一万多人参观。",
        "展览会将展出一个月。",
    ]
    found = article(tmp_path, "首都举行技术革新展览会", [_NOTE, *paragraphs])
    assert _kinds(found, paragraphs) == [BlockKind.PARAGRAPH] * 6


def test_a_long_texts_two_sentence_caption_is_a_caption(tmp_path: Path) -> None:
    """Under the note ending a text of three paragraphs, one caption of 108 characters saying who the picture
    shows (图为…)."""
    body = "这个厂的广大职工认真学习毛泽东思想，坚持抓革命、促生产，大搞技术革新，各项工作都出现了新的气象。"
    caption = (
        "上海国棉十七厂的工人们大搞技术革新和技术革命，实现了清花到布机的全部自动化和半自动化，劳动生产率大大提高。"
        "图为这个厂的工人们在试验一种新的自动落纱机。大家一边劳动，一边交流经验，干劲越来越大，进度越来越快。"
    )
    assert 100 < len(caption) <= 150
    found = article(tmp_path, "技术革新遍地开花", [body, body, body + _NOTE, caption])
    assert _kinds(found, [caption]) == [BlockKind.CAPTION]
