"""Review of round zc's deck_middle (a subject alone under a kicker and the short deck below it): near-misses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from encoder.diagnostics import Reporter
from encoder.enrich import AUTHORITY_ONLY, enrich
from encoder.ingest.decks import deck_kinds
from encoder.ingest.parser import parse
from encoder.ingest.reader import read_source
from encoder.model import BlockKind

K, H, S = BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.SUBTITLE


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        # taken: a unit, a group of people, a person by office over a short predicate
        (["开展立功运动", "冀中某部三连", "一月歼敌四百", "全连荣获集体功"], [K, H, H, S]),
        (["响应政府号召", "平山县千余妇女", "赶做军鞋五万双", "各村掀起支前热潮"], [K, H, H, S]),
        (["老当益壮", "榆次六旬老汉", "参加民兵站岗放哨", "受到区政府表扬"], [K, H, H, S]),
        (["出席世界和平理事会会议", "我国代表团团长郭沫若", "昨日离京赴维也纳", "刘宁一等同行"], [K, H, H, S]),
        (["开展立功运动", "东北某部炮兵营", "一月歼敌四百", "全营荣获集体功"], [K, H, H, S]),
        (["纪念“五四”", "首都青年学生", "举行盛大营火晚会", "郭沫若讲话"], [K, H, H, S]),
        # a subtitle of its own marks as the fourth deck, and a title of five decks
        (["坚决支援前线", "冀南各县民兵连", "打下敌碉堡三座", "——民兵英雄王二虎的故事"], [K, H, H, S]),
        (
            [
                "人民的军队为人民立功",
                "太岳某团架设班",
                "荣获“忠诚业务”奖旗",
                "不顾疲劳坚决完成任务",
                "全班八人个个立功",
            ],
            [K, H, H, S, S],
        ),
        # left: a sentence below (！), a verb in the main title (加班); taken: a leader by office (…班长, guard)
        (["在首都庆祝建军节大会上", "朱德总司令", "“美帝国主义是纸老虎！”", "全场掌声雷动"], [K, H, S, S]),
        (["全国劳动模范", "石景山钢铁厂炼铁班长", "创造新纪录", "日产生铁提高三成"], [K, H, H, S]),
        (["为了提前完成国家计划", "石景山钢铁厂工人自动加班", "五月份超额完成任务", "厂方发给奖金"], [K, H, S, S]),
        # a word ending on a unit's character is no unit (guard of this branch): 合营, 相连, 接班
        (["社会主义改造的伟大胜利", "首都私营工商业全部公私合营", "二十万人集会庆祝", "彭真市长讲话"], [K, H, S, S]),
        (
            ["中朝人民友谊万古长青", "两国人民血肉相连", "志愿军帮助朝鲜农民春耕", "朝鲜人民热情慰问志愿军"],
            [K, H, S, S],
        ),
        (["革命自有后来人", "老矿工的儿子接班", "下井采煤不怕苦", "矿党委号召青年向他学习"], [K, H, S, S]),
    ],
)
def test_deck_middle_near_misses(lines: list[str], kinds: list[BlockKind]) -> None:
    assert deck_kinds(lines) == kinds


_LEAD = (
    "【本报太岳前线二十九日电】太岳某团特务排架设班，最近荣获“忠诚业务”的红色奖旗一面，"
    "因为该班在贾兆林班长领导下，一贯吃苦耐劳，在最艰难时也能完成任务。"
)


def test_the_body_repeating_the_four_decks(tmp_path: Path) -> None:
    decks = ["人民的军队为人民立功", "太岳某团架设班", "荣获“忠诚业务”奖旗", "不顾疲劳坚决完成任务"]
    source = {
        "title": "  ".join(decks),
        "authors": [],
        "dates": [{"year": 1947, "month": 3, "day": 2}],
        "parts": [{"type": "paragraph", "text": text} for text in [*decks, _LEAD]],
    }
    path = tmp_path / "1947-03-02_人民的军队为人民立功.json"
    path.write_text(json.dumps(source, ensure_ascii=False), encoding="utf-8")
    reporter = Reporter(str(path))
    text = enrich(parse(read_source(path, reporter=reporter), reporter), reporter, AUTHORITY_ONLY).texts[0]
    got = [
        (block.kind, block.text)
        for block in [*text.kickers, *([text.headline] if text.headline else []), *text.subtitles]
    ]
    assert got == [(K, decks[0]), (H, f"{decks[1]}\n{decks[2]}"), (S, decks[3])]
