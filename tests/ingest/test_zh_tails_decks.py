"""Decks under a title over its first lead (``encoder/ingest/zh_tails.py`` ``decks_under_title``): more than
two lines are the title's decks only where each is a statement (12 characters or more), not a verse's, a
roster's or a report's heading over its lead.

Round za let up to four lines under a title over the first lead be its decks (the JSON title leaves out
three decks of 1959-09-01 and 1964-05-02); a review then wrote these made-up articles in People's Daily
shapes that the change got wrong and the code before it got right: a column's first report with a heading
of three lines (also in a bilingual article, whose English title must stay the column's name), a folk song
of four lines and a song of three over the lead. The length guard keeps them. What is right is decided by
the block gold's policy (``tests/fixtures/gold/blocks/POLICY.md``): a report's own heading on a page of
reports is an ``intertitle``; each verse line of a poem is a ``paragraph``. (Four more cases of the review
were wrong before the change and are wrong after it, left: a delegation's roster of three and of four
lines over the lead, list items by the policy; reporters' lines under a deck, bylines; and the 1959-09-01
shape in a bilingual article, whose English decks stay paragraphs.)"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from encoder.check.validate import Validation
from encoder.model import Block, BlockKind
from encoder.run.pipeline import encode

from .test_zh_tails import article

TEI = "{http://www.tei-c.org/ns/1.0}"


def kinds_of(found: list[Block], lines: list[str]) -> list[BlockKind]:
    """The kind of the block holding each of ``lines`` (a block may hold several lines)."""
    kinds = []
    for line in lines:
        (kind,) = [block.kind for block in found if line in block.text.split("\n")]
        kinds.append(kind)
    return kinds


# ---- a page of reports: the first report's heading of three lines ------------------------------------

_FRIENDLY = [
    "新华社北京七月十日电　泰国总理差猜·春哈旺今天下午乘专机抵达北京，开始对我国进行正式友好访问。",
    "李鹏会见日本客人",
    "新华社北京七月十日电　李鹏总理今天在人民大会堂会见了日本客人。",
    "李鹏会见巴西客人",
    "新华社北京七月十日电　李鹏总理今天会见了巴西客人。",
]


def test_a_column_whose_first_report_has_a_three_line_heading(tmp_path: Path) -> None:
    """The column 友好往来 (a page of reports under one title, as 2000-08-01): its first report's heading is
    printed in three decks (kicker, headline, subtitle) over its lead; the other reports have one-line
    headings. All three lines are the first report's heading, inside the body: intertitles, no subtitle."""
    heading = ["应我国政府邀请", "泰国总理差猜抵京", "李鹏会见泰国客人"]
    found = article(tmp_path, "友好往来", [*heading, *_FRIENDLY])
    assert kinds_of(found, heading) == [BlockKind.INTERTITLE] * 3


def test_a_column_whose_first_report_heading_parallels_nothing_below(tmp_path: Path) -> None:
    """The same column, the first report's subtitle not parallel to the next headings (李鹏总理主持欢迎仪式):
    the three lines are still that report's heading, not decks of 友好往来."""
    heading = ["应我国政府邀请", "泰国总理差猜抵京", "李鹏总理主持欢迎仪式"]
    found = article(tmp_path, "友好往来", [*heading, *_FRIENDLY])
    assert BlockKind.SUBTITLE not in kinds_of(found, heading)
    assert kinds_of(found, heading) == [BlockKind.INTERTITLE] * 3


# ---- a poem above the lead ------------------------------------------------------------------------------


def test_a_folk_song_of_four_lines_above_the_lead(tmp_path: Path) -> None:
    """1958: a report on a commune's folk songs opens with one of them, four unpunctuated lines, then
    本报讯. Each verse line is a paragraph (the poems' gold), none a subtitle of the title."""
    song = ["天上没有玉皇", "地上没有龙王", "我就是玉皇", "我就是龙王"]
    lead = "本报讯　河北省徐水县人民公社社员在兴修水利的热潮中，编出了许多豪迈的民歌。"
    found = article(tmp_path, "我们就是玉皇", [*song, lead, "这首民歌就是他们的心声。"])
    assert kinds_of(found, song) == [BlockKind.PARAGRAPH] * 4


def test_a_song_of_three_lines_above_the_lead(tmp_path: Path) -> None:
    """1964: three lines of a song (毛主席语录歌 style, no punctuation) above 新华社…电: verse, no decks."""
    song = ["东风吹　战鼓擂", "现在世界上究竟谁怕谁", "不是人民怕美帝而是美帝怕人民"]
    lead = "新华社北京二十日电　首都各界人民今天举行集会，声讨美帝国主义的侵略罪行。"
    found = article(tmp_path, "首都人民声讨美帝侵略罪行", [*song, lead, "大会在热烈的气氛中结束。"])
    assert BlockKind.SUBTITLE not in kinds_of(found, song)


# ---- a bilingual article: the English side must mirror ------------------------------------------------


def _heads_and_first_paragraphs(tmp_path: Path, text: str) -> dict[str, tuple[int, int]]:
    path = tmp_path / "1959-09-01_decks_bilingual.txt"
    path.write_text(text, encoding="utf-8")
    result = encode(path, validation=Validation("project", engine="lxml"))
    assert result.tei is not None, [str(d) for d in result.diagnostics]
    codes = {match.group() for d in result.diagnostics if (match := re.search(r"\b[A-Z]\d{3}\b", str(d)))}
    assert not codes & {"V104", "V108"}
    body = etree.fromstring(result.tei).find(f"{TEI}text/{TEI}body")
    found = {}
    for div in body.findall(f"{TEI}div"):
        head = div.find(f"{TEI}head")
        lines = len(head.findall(f"{TEI}lb")) + 1
        before_lead = 0
        for p in div.findall(f"{TEI}p"):
            if p.find(f"{TEI}seg[@type='lead']") is not None:
                break
            before_lead += 1
        found[div.get("{http://www.w3.org/XML/1998/namespace}lang")] = (lines, before_lead)
    return found


_BILINGUAL_COLUMN = """Title: Friendly Exchanges
Author:
Date: 1988-07-11
Page: 4

Friendly Exchanges

At the Invitation of Our Government

Thai Prime Minister Chatichai Arrives in Beijing

Li Peng Meets Thai Guests

Xinhua News Agency, Beijing, July 10: Thai Prime Minister Chatichai Choonhavan arrived in Beijing by special \
plane this afternoon to begin an official friendly visit to our country.

Li Peng Meets Japanese Guests

Xinhua News Agency, Beijing, July 10: Premier Li Peng met Japanese guests in the Great Hall of the People today.

Wu Xueqian Meets Brazilian Guests

Xinhua News Agency, Beijing, July 10: Vice-Premier Wu Xueqian met Brazilian guests today.

<hr />

Original:

### 友好往来

1988-07-11
第4版()
专栏：

    友好往来

    应我国政府邀请
    泰国总理差猜抵京
    李鹏会见泰国客人
    新华社北京七月十日电　泰国总理差猜·春哈旺今天下午乘专机抵达北京，开始对我国进行正式友好访问。
    李鹏会见日本客人
    新华社北京七月十日电　李鹏总理今天在人民大会堂会见了日本客人。
    吴学谦会见巴西客人
    新华社北京七月十日电　吴学谦副总理今天会见了巴西客人。
"""


def test_a_bilingual_columns_first_report_heading_stays_out_of_its_title(tmp_path: Path) -> None:
    """The column 友好往来 as a bilingual article: the first report's three-line heading belongs to that
    report in both halves; neither half's head takes it, and the halves mirror."""
    found = _heads_and_first_paragraphs(tmp_path, _BILINGUAL_COLUMN)
    assert found["zh-Hans"][0] == found["en"][0] == 1
