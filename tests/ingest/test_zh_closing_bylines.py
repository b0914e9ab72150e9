"""Bylines closing a Chinese text that need no indentation (:mod:`encoder.ingest.zh_closing_bylines`): a picture's
maker alone in brackets."""

from __future__ import annotations

from pathlib import Path

from encoder.ingest import zh_closing_bylines
from encoder.model import BlockKind

from .test_zh_lines import blocks
from .test_zh_tails import article

_BODY = "这个县今年粮食生产获得了全面丰收，农民群众的生活得到了显著的改善。"


def test_a_pictures_maker_alone_in_brackets_is_a_byline(tmp_path: Path) -> None:
    """1996-08-01: （压题漫画朱根华绘） above （附图片） (glued in the part); 1986-05-02: （本版美术作品由张海波摄影);
    outside the gold, 1951-01-05: （王普林摄） between two captions."""
    found = blocks("1996-08-01_服务收费")
    assert [b.kind for b in found if b.text.strip() == "（压题漫画朱根华绘）"] == [BlockKind.BYLINE]
    found = blocks("1986-05-02_吴作人作品选")
    assert [b.kind for b in found if b.text.strip() == "（本版美术作品由张海波摄影）"] == [BlockKind.BYLINE]
    found = article(tmp_path, "各兄弟民族大团结", [_BODY, "（王普林摄）", _BODY])
    assert [b.kind for b in found if b.text == "（王普林摄）"] == [BlockKind.BYLINE]


def test_no_maker_of_a_reference_a_caption_or_a_sentence_in_brackets(tmp_path: Path) -> None:
    """Near-misses: a reference to a picture elsewhere (（见第三版插图）, （详见下图摄影）), a caption in
    brackets (（图为李明摄）, （上图新华社记者摄））, a sentence (（他在车间里拍摄）, （这是新华社记者所摄）,
    （据说，这是王明摄）), a book's picture (（《本草纲目》插图））."""
    for line in (
        "（见第三版插图）",
        "（详见下图摄影）",
        "（图为李明摄）",
        "（上图新华社记者摄）",
        "（他在车间里拍摄）",
        "（这是新华社记者所摄）",
        "（据说，这是王明摄）",
        "（《本草纲目》插图）",
    ):
        assert not zh_closing_bylines._BRACKETED_MAKER.match(line), line
        found = article(tmp_path, "各兄弟民族大团结", [_BODY, line, _BODY])
        assert [b.kind for b in found if b.text == line] not in ([], [BlockKind.BYLINE]), line


def test_a_post_alone_above_the_closing_names_takes_their_kind(tmp_path: Path) -> None:
    """1992-05-02: 北京医科大学血液病研究所教授 / 郭乃榄　陆道培 (a byline); 1951-11-05: …病理学科教授 / 孙绍谦 (a
    signature of a letter of protest)."""
    found = blocks("1992-05-02_什么是骨髓移植")
    assert [b.kind for b in found if b.text.strip() == "北京医科大学血液病研究所教授"] == [BlockKind.BYLINE]
    found = blocks("1951-11-05_抗议美国反动政府")
    post = "济南山东医学院华东白求恩医学院病理学科教授"
    assert [b.kind for b in found if b.text.strip() == post] == [BlockKind.SIGNATURE]


def test_no_post_taken_from_a_heading_a_sentence_or_lines_not_closing_the_text(tmp_path: Path) -> None:
    """Near-misses: a line with a name of its own or a sentence's mark (…的教授，), a heading ending with a post
    over a byline in the middle (一切为着毛主席 / 五好战士　徐金荣 / verse), a post over names under a line that
    ends no sentence, a post with text under the names."""
    for line in ("北京医科大学教授　王明", "他是北京医科大学的教授，", "他是北京医科大学教授"):
        found = article(tmp_path, "骨髓移植", [_BODY, line, "郭乃榄　陆道培"])
        assert [b.kind for b in found if b.text == line] not in ([], [BlockKind.BYLINE]), line
    found = article(
        tmp_path, "骨髓移植", ["北京医科大学血液病研究所", "北京医科大学血液病研究所教授", "郭乃榄　陆道培"]
    )
    assert [b.kind for b in found if b.text == "北京医科大学血液病研究所教授"] not in ([], [BlockKind.BYLINE])
    found = article(tmp_path, "骨髓移植", [_BODY, "北京医科大学血液病研究所教授", "郭乃榄　陆道培", _BODY, _BODY])
    post = [b.kind for b in found if "北京医科大学血液病研究所教授" in b.text.split("\n")]  # a heading's first line
    assert post not in ([], [BlockKind.BYLINE])


def test_a_reporter_glued_to_the_last_sentence_after_a_space_is_the_closing_byline(tmp_path: Path) -> None:
    """1980-05-04 应让福建多种甘蔗: …对国家对集体和个人都有好处。 本报记者 (a space between): the paragraph, then the
    byline; glued with no space, as before. A sentence about the reporter that goes on stays one paragraph."""
    last = next(b for b in blocks("1980-05-04_应让福建多种甘蔗") if b.text.strip() == "本报记者")
    assert last.kind is BlockKind.BYLINE
    found = article(tmp_path, "各兄弟民族大团结", [_BODY, _BODY + "\u3000新华社记者"])
    assert [b.kind for b in found if b.text.strip() == "新华社记者"] == [BlockKind.BYLINE]
    said = _BODY + " 本报记者在这里看到，农民群众的生活得到了显著的改善。"
    (tmp_path / "said").mkdir()
    found = article(tmp_path / "said", "各兄弟民族大团结", [_BODY, said])
    assert [b.kind for b in found if b.text == said] == [BlockKind.PARAGRAPH]
