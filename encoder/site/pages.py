"""The corpus site's own pages: the index by date and the index of each kind of entity.

Pages are built as lxml.html trees and serialized by lxml (no text is pasted into markup), with
links relative to the site's root folder, where these pages are written.
"""

from __future__ import annotations

import calendar
from itertools import groupby

from lxml import html
from lxml.html import builder as E

from .collect import Article, Corpus, Entity, Mention, ordered

#: Each kind of entity: its page and its headings (English, Chinese).
ENTITY_PAGES = {
    "person": ("persons.html", "Persons", "人物"),
    "place": ("places.html", "Places", "地名"),
    "org": ("organisations.html", "Organisations", "机构"),
}
_LANGUAGE_NAMES = {"zh-Hans": "Chinese", "en": "English"}


def article_href(article: Article, anchor: str = "") -> str:
    return f"articles/{article.slug}.html" + (f"#{anchor}" if anchor else "")


def entity_href(entity: Entity) -> str:
    return f"{ENTITY_PAGES[entity.kind][0]}#{entity_anchor(entity)}"


def entity_anchor(entity: Entity) -> str:
    return f"e-{entity.key}"


def serialize(page: html.HtmlElement) -> bytes:
    return html.tostring(page, doctype="<!DOCTYPE html>", encoding="utf-8", method="html") + b"\n"


def _span(text: str, lang: str) -> html.HtmlElement:
    return E.SPAN(text, lang=lang) if lang else E.SPAN(text)


def _joined(items: list[html.HtmlElement | str], separator: str = " · ") -> list[html.HtmlElement | str]:
    out: list[html.HtmlElement | str] = []
    for item in items:
        if out:
            out.append(separator)
        out.append(item)
    return out


def _page(title: str, current: str, heading: html.HtmlElement, *content: html.HtmlElement) -> html.HtmlElement:
    """A page of the site: its head, the navigation, ``heading``, the search form, ``content``."""
    links = [("index.html", "Dates")] + [(page, heading) for page, heading, _ in ENTITY_PAGES.values()]
    nav = E.NAV(
        *_joined([E.SPAN(label) if href == current else E.A(label, href=href) for href, label in links], " "),
        E.CLASS("site"),
    )
    search = E.FORM(
        E.LABEL("Search titles and names ", E.INPUT(type="search", name="q", id="q", autocomplete="off")),
        E.P(id="found", role="status"),
        E.OL(id="results"),
        id="search",
        role="search",
        action=current,
        hidden="hidden",
    )
    return E.HTML(
        E.HEAD(
            E.META(charset="utf-8"),
            E.META(name="viewport", content="width=device-width, initial-scale=1"),
            E.TITLE(title),
            E.LINK(rel="stylesheet", href="site.css"),
        ),
        E.BODY(nav, E.HEADER(heading), search, E.MAIN(*content), E.SCRIPT(src="search.js")),
        lang="en",
    )


def _article_item(article: Article) -> html.HtmlElement:
    titles = [_span(article.titles[lang], lang) for lang in ordered(list(article.titles))] or [article.ident]
    languages = ", ".join(_LANGUAGE_NAMES.get(lang, lang) for lang in article.languages)
    return E.LI(
        E.A(*_joined(titles, " / "), href=article_href(article)), " ", E.SPAN(f"({languages})", E.CLASS("langs"))
    )


def _month_heading(month: str) -> str:
    year, number = month.split("-")
    return f"{calendar.month_name[int(number)]} {year} · {year}年{int(number)}月"


def _day_heading(day: str) -> html.HtmlElement:
    year, month, number = day.split("-")
    text = f"{int(number)} {calendar.month_name[int(month)]} {year} · {year}年{int(month)}月{int(number)}日"
    return E.H4(E.TIME(text, datetime=day))


def _months(articles: list[Article]) -> list[html.HtmlElement]:
    sections = []
    for month, in_month in groupby(articles, key=lambda a: a.date[:7]):
        days = []
        for day, on_day in groupby(in_month, key=lambda a: a.date):
            days.extend([_day_heading(day), E.UL(*[_article_item(a) for a in on_day])])
        sections.append(E.SECTION(E.H3(_month_heading(month)), *days, E.CLASS("month"), id=f"m{month}"))
    return sections


def index_page(corpus: Corpus) -> html.HtmlElement:
    """``index.html``: the articles by year, month and day, with the corpus's figures."""
    dated = [a for a in corpus.articles if a.date]
    figures = ", ".join(
        f"{len(corpus.of_kind(kind))} {heading.lower()}" for kind, (_, heading, _) in ENTITY_PAGES.items()
    )
    span = f", {dated[0].date} to {dated[-1].date}" if dated else ""
    heading = E.H1("People's Daily · ", _span("人民日报", "zh-Hans"), ": the TEI corpus")
    content = [
        E.P(f"{len(corpus.articles)} articles{span}; {figures}. Each article's page links to its TEI P5 file."),
    ]
    years = [(year, list(in_year)) for year, in_year in groupby(dated, key=lambda a: a.date[:4])]
    if len(years) > 1:
        content.append(E.P("Years: ", *_joined([E.A(year, href=f"#y{year}") for year, _ in years], " ")))
    for year, in_year in years:
        content.append(E.SECTION(E.H2(year), *_months(in_year), E.CLASS("year"), id=f"y{year}"))
    undated = [a for a in corpus.articles if not a.date]
    if undated:
        content.append(E.SECTION(E.H2("Undated"), E.UL(*[_article_item(a) for a in undated]), id="undated"))
    return _page("People's Daily: the TEI corpus by date", "index.html", heading, *content)


def _forms(names: dict[str, list[str]]) -> list[html.HtmlElement | str]:
    return _joined([_span(", ".join(names[lang]), lang) for lang in ordered(list(names)) if names[lang]], "; ")


def _mention_item(mention: Mention) -> html.HtmlElement:
    article = mention.article
    times = "once" if mention.count == 1 else f"{mention.count} times"
    return E.LI(
        E.TIME(article.date, datetime=article.date) if article.date else "undated",
        " ",
        E.A(
            *_joined([_span(article.titles[lang], lang) for lang in ordered(list(article.titles))], " / ")
            or [article.ident],
            href=article_href(article, mention.entry),
        ),
        f" — named {times}: ",
        *_forms(mention.forms),
    )


def _entity_section(entity: Entity) -> html.HtmlElement:
    preferred = [_span(entity.names[lang][0], lang) for lang in ordered(list(entity.names)) if entity.names[lang]]
    source: list[html.HtmlElement | str]
    if entity.in_authority:
        source = [f"Authority file: {entity.key}"]
    else:
        source = ["Not in the authority file" + (" (found by a statistical tagger)" if entity.machine else "")]
    for subtype, uri in entity.idnos:  # only web addresses become links
        source.extend([" · ", E.A(subtype or uri, href=uri) if uri.startswith(("https://", "http://")) else uri])
    articles = "1 article" if len(entity.mentions) == 1 else f"{len(entity.mentions)} articles"
    return E.SECTION(
        E.H2(*_joined(preferred) or [entity.key]),
        E.P("Forms: ", *_forms(entity.names), E.CLASS("forms")),
        E.P(*source, E.CLASS("source")),
        E.H3(f"Named in {articles}"),
        E.UL(*[_mention_item(m) for m in entity.mentions]),
        E.CLASS(f"entity {entity.kind}"),
        id=entity_anchor(entity),
    )


def entity_page(corpus: Corpus, kind: str) -> html.HtmlElement:
    """The page of one kind of entity: each one with its forms and every article naming it."""
    page, heading, chinese = ENTITY_PAGES[kind]
    entities = corpus.of_kind(kind)
    contents = E.P(*_joined([E.A(e.label() or e.key, href=f"#{entity_anchor(e)}") for e in entities]), E.CLASS("toc"))
    return _page(
        f"People's Daily: {heading.lower()} of the corpus",
        page,
        E.H1(f"{heading} · ", _span(chinese, "zh-Hans")),
        E.P(
            f"{len(entities)} {heading.lower()} named in {len(corpus.articles)} articles, from the articles' registers "
            "and the authority file."
        ),
        contents,
        *[_entity_section(e) for e in entities],
    )
