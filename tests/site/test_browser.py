"""The site in headless Chromium, from files (file://): an article page and the index at 1400 px
and 390 px (stacked columns and no horizontal overflow on the phone width, side by side on the
desktop), every page without horizontal overflow at 390 px, and the search box finding a name.

Each page is measured inside an iframe of the width wanted (a headless window is never narrower
than 500 px, an iframe is), by a probe page written beside the site for the test; screenshots of
the pages themselves are saved in the test's tmp folder."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import html5lib
import pytest

from ..conftest import CHROMIUM, CHROMIUM_FLAGS

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (CI installs it)")
SEED = "articles/rmrb-1958-09-21-p2-a4c02de8.html"
FLAGS = [*CHROMIUM_FLAGS, "--hide-scrollbars"]
PROBE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>probe</title></head><body>
<script>
var pages = PAGES, width = WIDTH;
pages.forEach(function (page) {
  var frame = document.createElement("iframe");
  frame.src = page; frame.style.width = width + "px"; frame.style.height = "844px"; frame.style.border = "0";
  document.body.appendChild(frame);
});
window.addEventListener("load", function () {
  var found = {};
  Array.prototype.forEach.call(document.querySelectorAll("iframe"), function (frame, i) {
    var d = frame.contentDocument, row = d.querySelector("tr.pair"), box = function (e) {
      var r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];
    };
    var view = d.defaultView, signed = d.querySelector("p.signed"), style = signed && view.getComputedStyle(signed);
    found[pages[i]] = {
      width: view.innerWidth, scroll: d.scrollingElement.scrollWidth,
      zh: row && box(row.querySelector("td[lang='zh-Hans']")), en: row && box(row.querySelector("td[lang='en']")),
      signed: style && [style.fontWeight, style.textAlign, style.fontSize === view.getComputedStyle(d.body).fontSize]
    };
  });
  document.body.setAttribute("data-found", JSON.stringify(found));
});
</script></body></html>"""


def chromium(tmp_path: Path, name: str, *arguments: str) -> bytes:
    done = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / ('profile-' + name)}", *arguments],
        capture_output=True,
        timeout=180,
        check=True,
    )
    return done.stdout


def measure(folder: Path, tmp_path: Path, pages: list[str], width: int) -> dict[str, dict]:
    probe = folder / f"probe-{width}.html"
    probe.write_text(PROBE.replace("PAGES", json.dumps(pages)).replace("WIDTH", str(width)), encoding="utf-8")
    try:
        dom = chromium(
            tmp_path,
            f"probe{width}",
            "--allow-file-access-from-files",
            f"--window-size={width + 40},900",
            "--dump-dom",
            probe.as_uri(),
        )
    finally:
        probe.unlink()
    body = html5lib.parse(dom, namespaceHTMLElements=False).find("body")
    return json.loads(body.get("data-found"))


@pytest.mark.parametrize("width,height", [(1400, 900), (390, 844)])
def test_screenshots_of_an_article_and_the_index(built, tmp_path, width: int, height: int) -> None:
    _, folder = built
    for page in (SEED, "index.html"):
        shot = tmp_path / f"{Path(page).stem}-{width}.png"
        chromium(
            tmp_path,
            f"{shot.stem}",
            f"--screenshot={shot}",
            f"--window-size={width},{height}",
            (folder / page).as_uri(),
        )
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
        assert int.from_bytes(shot.read_bytes()[16:20], "big") == width  # the PNG's width


def test_columns_side_by_side_on_a_desktop_stacked_on_a_phone(built, tmp_path) -> None:
    _, folder = built
    wide = measure(folder, tmp_path, [SEED, "index.html"], 1400)
    narrow = measure(folder, tmp_path, [SEED, "index.html"], 390)
    assert wide[SEED]["width"] == 1400 and narrow[SEED]["width"] == 390
    zh, en = wide[SEED]["zh"], wide[SEED]["en"]
    assert zh[2] <= en[0] and zh[1] == en[1]  # Chinese left of English, on one line
    zh, en = narrow[SEED]["zh"], narrow[SEED]["en"]
    assert zh[3] <= en[1] and zh[0] == en[0]  # Chinese above English
    assert wide[SEED]["signed"] == narrow[SEED]["signed"] == ["400", "right", True]  # a signature, not a heading
    for found, width in ((wide, 1400), (narrow, 390)):
        assert all(page["scroll"] <= width for page in found.values()), found


def test_no_page_overflows_a_phone_screen(built, tmp_path) -> None:
    _, folder = built
    pages = sorted(str(p.relative_to(folder)) for p in folder.rglob("*.html"))
    found = measure(folder, tmp_path, pages, 390)
    assert len(found) == 43
    assert {page: value["scroll"] for page, value in found.items() if value["scroll"] > 390} == {}


def test_search_from_files(built, tmp_path) -> None:
    _, folder = built
    dom = chromium(
        tmp_path, "search", "--dump-dom", (folder / "index.html").as_uri() + "?q=%E6%AF%9B%E6%B3%BD%E4%B8%9C"
    )
    document = html5lib.parse(dom, namespaceHTMLElements=False)
    assert document.find(".//form[@id='search']").get("hidden") is None  # shown when the script runs
    results = document.findall(".//ol[@id='results']/li/a")
    assert [a.get("href") for a in results] == ["persons.html#e-mao-zedong"]
    assert document.find(".//p[@id='found']").text == "1 match"
