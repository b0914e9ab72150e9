"""The site's search index: a JavaScript file holding the titles and names as JSON, then the
search code (``search.js`` beside this module), so that pages opened from files can search
without fetching anything."""

from __future__ import annotations

import json
from pathlib import Path

from .collect import Corpus, ordered
from .pages import article_href, entity_href

CODE = Path(__file__).resolve().parent / "search.js"


def entries(corpus: Corpus) -> list[dict[str, object]]:
    """One entry per article (its titles) and per entity (its forms in every language)."""
    found: list[dict[str, object]] = []
    for article in corpus.articles:
        titles = [article.titles[lang] for lang in ordered(list(article.titles))]
        found.append(
            {
                "k": "article",
                "l": article.label(),
                "h": article_href(article),
                "d": article.date,
                "s": [*titles, article.ident],
            }
        )
    for entity in sorted(corpus.entities.values(), key=lambda e: (e.kind, *e.sort_key())):
        forms = [form for lang in ordered(list(entity.names)) for form in entity.names[lang]]
        found.append(
            {
                "k": entity.kind,
                "l": entity.label() or entity.key,
                "h": entity_href(entity),
                "d": "",
                "s": forms or [entity.key],
            }
        )
    return found


def script(corpus: Corpus) -> bytes:
    """``search.js``: the index as a global array, then the code that searches it."""
    data = json.dumps(entries(corpus), ensure_ascii=False, sort_keys=True, indent=0)
    # JSON is JavaScript except for two line separators older engines refuse inside strings.
    data = data.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.ENCODER_SITE_INDEX = {data};\n\n".encode() + CODE.read_bytes()
