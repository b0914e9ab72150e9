"""The search index: search.js holds every article's titles and every entity's forms as JSON,
before the search code, and fetches nothing (the browser test runs it from files)."""

from __future__ import annotations

import json

PREFIX = "window.ENCODER_SITE_INDEX = "


def index(folder) -> list[dict]:
    text = (folder / "search.js").read_text(encoding="utf-8")
    assert text.startswith(PREFIX)
    data, _, code = text[len(PREFIX) :].partition(";\n\n")
    assert "fetch(" not in code and "XMLHttpRequest" not in code and "innerHTML" not in code
    return json.loads(data)


def test_index_holds_every_article_and_entity(built) -> None:
    site, folder = built
    entries = index(folder)
    articles = [e for e in entries if e["k"] == "article"]
    assert [e["h"] for e in articles] == [f"articles/{a.slug}.html" for a in site.corpus.articles]
    assert len(entries) - len(articles) == len(site.corpus.entities)
    seed = next(e for e in articles if e["h"].endswith("a4c02de8.html"))
    assert seed["s"][:2] == ["赫鲁晓夫9月19日给艾森豪威尔的信", "Khrushchev's Letter to Eisenhower, September 19"]
    mao = next(e for e in entries if e["h"] == "persons.html#e-mao-zedong")
    assert {"毛泽东", "毛主席", "Mao Zedong"} <= set(mao["s"]) and mao["l"] == "毛泽东 · Mao Zedong"
