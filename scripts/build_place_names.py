"""Write ``parallax/stories/place_names.json``: place names (one word, or up to four capitalised words, stories46:
"Nueva York", "Den Haag") in the languages of the Latin script, and those of the Cyrillic script in the Latin letters
grouping reads them in (stories48: Russian "в Варшаве" is "varshave", which met no "Varšava") → the English
name (:mod:`parallax.stories.place_names`).  Countries and the cities that name time zones from the CLDR data Babel
ships; large cities without a time zone of their own, and English names that CLDR no longer gives, from the
short tables below.  Run ``python scripts/build_place_names.py`` after a Babel upgrade.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from babel import Locale

from parallax.letters import fold, to_latin

OUT = Path(__file__).resolve().parents[1] / "parallax" / "stories" / "place_names.json"
# languages written in Latin letters whose CLDR names are read
LANGUAGES = (
    "en de fr it es pt nl pl cs sk sl hr sr_Latn bs ro hu sv da nb fi et lv lt tr ca gl eu ga cy is sq az id ms vi"
).split()
# languages written in Cyrillic letters whose CLDR names are read in the Latin letters of :func:`to_latin`, as grouping
# reads a Cyrillic word ("Варшава" is "varshava"); Serbian is read in its own Latin alphabet, from sr_Latn above
CYRILLIC = "ru uk bg be mk".split()
# large cities whose names differ across languages and that name no time zone (English name first)
CITIES = (
    "Milan Mailand Milano Milán Milão Mediolan",
    "Antwerp Antwerpen Anversa Anvers Amberes Antuérpia Antwerpia",
    "Cologne Köln Colonia Keulen Kolonia Colônia Kolín",
    "Munich München Múnich Munique Monachium Mnichov",
    "Nuremberg Nürnberg Norimberga Núremberg Nuremberga Norymberga Norimberk",
    "Naples Napoli Neapel Nápoles Neapol Napoles",
    "Florence Firenze Florenz Florencia Florença Florencja",
    "Venice Venezia Venedig Venise Venecia Veneza Wenecja Benátky",
    "Turin Torino Turín Turim Turyn",
    "Genoa Genova Genua Gênes Génova Gênova",
    "Geneva Genf Genève Ginevra Ginebra Genebra Genewa Ženeva",
    "Zurich Zürich Zurigo Zúrich Zurique Zurych",
    "Gothenburg Göteborg Gotemburgo Goteborg",
    "Seville Sevilla Siviglia Séville Sewilla",
    "Krakow Kraków Krakau Cracovia Cracovie Cracóvia",
    "Gdansk Gdańsk Danzig Danzica",
    "Wroclaw Wrocław Breslau Breslavia",
    "Marseille Marseilles Marsiglia Marsella Marselha Marsylia",
    "Lyon Lyons Lione Lyón",
    "Bruges Brugge Brügge Brujas",
    "Ghent Gent Gand Gante",
    "Liege Liège Lüttich Lieja Liegi Luik",
    "Thessaloniki Saloniki Salonicco Salónica Tesalónica Thessalonique Salonica",
    "Strasbourg Straßburg Strasburgo Estrasburgo Strasburg",
    "Mainz Mayence Magonza Moguncja",
    "Aachen Aquisgrana Aquisgrán Akwizgran",
    "Basel Bâle Basilea Bazylea",
    "Leipzig Lipsia Lipsk",
    "Dresden Drezno Dresda",
    "Hanover Hannover Hanovre Hannover Hanower",
    "Bordeaux Burdeos",
    "Nice Nizza Niza",
    "Porto Oporto",
    "Seoul Séoul Seúl",
    "Beijing Peking Pékin Pekín Pechino Pequim Pekin",
    "Kyiv Kiew Kiev Kijów Kyjiv Kijev Kiova",
    "Kharkiv Charkiw Kharkov Charków Charkov",
    "Odesa Odessa Odesza",
    "Mumbai Bombay",
    "Cairo Kairo Caire",
    "Damascus Damaskus Damas Damasco Damaszek",
    "Tehran Teheran Téhéran Teherán Teerã",
    "Jerusalem Jérusalem Gerusalemme Jerusalén Jerozolima",
    "Mecca Mekka Mecque Meca",
    "Aleppo Alep Alepo",
    "Baghdad Bagdad Bagdá",
    "Beirut Beyrouth Beirute Bejrut",
    "Athens Athen Athènes Atene Atenas Ateny",
    "Lisbon Lissabon Lisbonne Lisbona Lisboa Lizbona",
    "Copenhagen Kopenhagen Copenhague Copenaghen København Kopenhaga",
    "Prague Prag Praga Praha",
    "Warsaw Warschau Varsovie Varsavia Varsovia Warszawa Varšava",
    "Moscow Moskau Moscou Mosca Moscú Moscovo Moskwa Moskva",
    "Rome Rom Roma Rzym",
    "Crimea Krim Krym Crimée Crimeia Krím Kırım",
)
_SPACE = re.compile(r"[\s\-]")
MAX_WORDS = 4


def _key(name: str) -> str | None:
    """The folded form of a name of one word, or of up to four capitalised words one space apart ("Nueva York", "Den
    Haag"; not "Ciudad de México", "Bosnien-Herzegowina", "St. Kitts & Nevis"); None for any other."""
    words = name.strip().split(" ")
    if not words[0] or len(words) > MAX_WORDS or any(_SPACE.search(w) for w in words):
        return None
    if len(words) > 1 and not all(w[0].isupper() and w.isalpha() for w in words):
        return None
    return fold(" ".join(words))


# cities whose names of several words differ across languages and that name no time zone ("|" between the names,
# English first)
CITY_PHRASES = (
    "The Hague|Den Haag|La Haye|La Haya|Haia",
)
# names of several words the Cyrillic press writes where CLDR gives a formal one ("English|languages|names"): Russian
# CLDR has "Республика Корея" and "КНДР", the news "в Южной Корее" (stories49); read in Latin letters, in those languages
CYRILLIC_PHRASES = (
    "South Korea|ru|Южная Корея",
    "North Korea|ru|Северная Корея",
)
# English names a report still writes where CLDR gives another (CLDR's first)
ENGLISH = ("Türkiye Turkey", "Myanmar Burma", "Eswatini Swaziland", "Kyiv Kiev")


def table() -> dict[str, list[str]]:
    """The Latin-script table (:func:`latin_table`) and the names of the Cyrillic-script languages in Latin letters:
    a Cyrillic spelling that is the Latin table's spelling of another place is left out, never the Latin one."""
    out = latin_table()
    for variant, (english, langs) in latin_table(CYRILLIC, hand=False).items():
        if variant not in out:
            out[variant] = [english, langs]
        elif out[variant][0] == english and out[variant][1] != "*":
            out[variant][1] = " ".join(sorted({*out[variant][1].split(), *langs.split()}))
    for english, langs, *names in (row.split("|") for row in CYRILLIC_PHRASES):
        for name in names:
            variant = to_latin(_key(name) or "")
            if variant and variant not in out:
                out[variant] = [fold(english), langs]
    return dict(sorted(out.items()))


def latin_table(languages: list[str] = LANGUAGES, hand: bool = True) -> dict[str, list[str]]:
    """Folded place names of up to four words → [the folded English name, the languages that write it so ("*": the hand
    tables, any language)].  A CLDR name is read in its own language only: German "Island" is Iceland, French
    "Maurice" Mauritius, but an English report's "Island" and "Maurice" are no places (ECB+ dev fell from 0.934
    to 0.926 with the names read in every language).  A spelling that two places share in one language, or
    that is another place's English name, is left out, and so is one of three letters or fewer but from the
    hand tables ("Rom").  ``languages``: the CLDR locales read (Cyrillic ones in Latin letters); ``hand``: the hand
    tables too."""
    pairs: set[tuple[str, str, str]] = set()
    short: set[str] = set()
    for row in [r.split() for r in CITIES + ENGLISH] + [r.split("|") for r in CITY_PHRASES] if hand else []:
        english, *others = row
        others = [o for o in others if _key(o)]
        pairs.update((fold(o), fold(english), "*") for o in others)
        short.update(fold(o) for o in others)
    locales = [Locale.parse(lang) for lang in languages]
    en = Locale("en")
    zone_ids = {z for loc in locales for z in loc.time_zones if "/" in z and not z.startswith("Etc/")}
    zones = {z: en.time_zones.get(z, {}).get("city") or z.rsplit("/", 1)[-1].replace("_", " ") for z in zone_ids}
    countries = {c: n for c, n in en.territories.items() if len(c) == 2 and c.isalpha()}
    for loc in locales:
        for code, english in countries.items():
            pairs.add((to_latin(_key(loc.territories.get(code, "")) or ""), _key(english) or "", loc.language))
        for zone, english in zones.items():
            pairs.add((to_latin(_key(loc.time_zones.get(zone, {}).get("city", "")) or ""), _key(english) or "", loc.language))
    canonical = {e for _, e, _ in pairs if e}
    kept = [(v, e, lang) for v, e, lang in sorted(pairs) if v and e and v != e and (len(v) >= 4 or v in short)]
    # a spelling of two English names, one of one word, keeps that one: "Mexiko" is Mexico (the country) rather than
    # Mexico City, "Vatikan" the Vatican rather than Vatican City (the one-word table as it was before stories46)
    englishes: dict[str, set[str]] = {}
    for variant, english, _ in kept:
        englishes.setdefault(variant, set()).add(english)
    one_word = {v: next(iter(single)) for v, es in englishes.items() if len(es) > 1 and len(single := {e for e in es if " " not in e}) == 1}
    out: dict[str, tuple[str, set[str]]] = {}
    clash: set[str] = set()
    for variant, english, lang in kept:
        if one_word.get(variant, english) != english:
            continue
        if variant in canonical or (variant in out and out[variant][0] != english):
            clash.add(variant)  # another place's English name, or two places' spelling
        out.setdefault(variant, (english, set()))[1].add(lang)
    return {v: [e, "*" if "*" in langs else " ".join(sorted(langs))] for v, (e, langs) in sorted(out.items()) if v not in clash}


if __name__ == "__main__":
    names = table()
    lines = [f"{json.dumps(v, ensure_ascii=False)}: {json.dumps(e, ensure_ascii=False)}" for v, e in names.items()]
    source = json.dumps("CLDR via Babel, and the tables of scripts/build_place_names.py")
    OUT.write_text(f'{{"source": {source},\n"names": {{\n' + ",\n".join(lines) + "\n}}\n", encoding="utf-8")
    print(f"{len(names)} names written to {OUT}")
