"""A state's names, capital, seat of power and people in French, German, Spanish and Italian ("Pékin" / "la Chine").

The press of these languages names a state by its capital and its seat of power as English does ("Moskau warnt",
"el Kremlin negó", "l'Élysée a démenti"), but the entity stage tags few names there (none in German, Spanish and
Italian have no parser), so these names are found in the sentence's text as written, capitalised as the language
writes them.  Each row is keyed by the state's English name, the key :mod:`.metonyms` gives it, so one state is one
referent in every table.

A people's name counts only where the language writes it unmistakably as a noun: French and German capitalise the
noun and not the adjective ("les Russes" / "russes", "die Russen" / "russische"); Spanish and Italian write both in
lower case, so there only the people with its plural article counts ("los rusos", "i russi"; "soldados rusos" names
the soldiers).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import import_module

# per language: the state's English key, its own names, its capital and seats of power, its people (as a noun);
# the states the press of these languages names most
_ROWS: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "fr": (
        ("united states", "Etats-Unis|États-Unis|Amérique", "Washington|Maison Blanche|Maison-Blanche", "Américains"),
        ("united kingdom", "Royaume-Uni|Grande-Bretagne", "Londres|Downing Street", "Britanniques"),
        ("russia", "Russie", "Moscou|Kremlin", "Russes"),
        ("china", "Chine", "Pékin", "Chinois"),
        ("north korea", "Corée du Nord", "Pyongyang", "Nord-Coréens"),
        ("south korea", "Corée du Sud", "Séoul", "Sud-Coréens"),
        ("japan", "Japon", "Tokyo", "Japonais"),
        ("france", "France", "Paris|Elysée|Élysée|Matignon", "Français"),
        ("germany", "Allemagne", "Berlin", "Allemands"),
        ("italy", "Italie", "Rome", "Italiens"),
        ("spain", "Espagne", "Madrid", "Espagnols"),
        ("iran", "Iran", "Téhéran", "Iraniens"),
        ("israel", "Israël", "Jérusalem", "Israéliens"),
        ("turkey", "Turquie", "Ankara", "Turcs"),
        ("ukraine", "Ukraine", "Kiev|Kyiv", "Ukrainiens"),
        ("syria", "Syrie", "Damas", "Syriens"),
        ("european union", "Union européenne|UE", "Bruxelles", ""),
    ),
    "de": (
        ("united states", "USA|Vereinigte Staaten|Vereinigten Staaten|Amerika", "Washington|Weiße Haus|Weißen Haus", "Amerikaner"),
        ("united kingdom", "Großbritannien|Vereinigte Königreich|Vereinigten Königreich", "London|Downing Street", "Briten"),
        ("russia", "Russland", "Moskau|Kreml", "Russen"),
        ("china", "China|Volksrepublik", "Peking", "Chinesen"),
        ("north korea", "Nordkorea", "Pjöngjang|Pyongyang", "Nordkoreaner"),
        ("south korea", "Südkorea", "Seoul", "Südkoreaner"),
        ("japan", "Japan", "Tokio|Tokyo", "Japaner"),
        ("france", "Frankreich", "Paris|Élysée|Elysée|Élysée-Palast|Elysée-Palast", "Franzosen"),
        ("germany", "Deutschland|Bundesrepublik", "Berlin|Kanzleramt", "Deutschen"),
        ("italy", "Italien", "Rom", "Italiener"),
        ("spain", "Spanien", "Madrid", "Spanier"),
        ("iran", "Iran", "Teheran", "Iraner"),
        ("israel", "Israel", "Jerusalem", "Israelis"),
        ("turkey", "Türkei", "Ankara", "Türken"),
        ("ukraine", "Ukraine", "Kiew|Kyjiw", "Ukrainer"),
        ("syria", "Syrien", "Damaskus", "Syrer"),
        ("poland", "Polen", "Warschau", "Polen"),
        ("european union", "Europäische Union|Europäischen Union|EU", "Brüssel", ""),
    ),
    "es": (
        ("united states", "Estados Unidos|EE.UU.|EEUU|EE. UU.", "Washington|Casa Blanca", "los estadounidenses"),
        ("united kingdom", "Reino Unido|Gran Bretaña", "Londres|Downing Street", "los británicos"),
        ("russia", "Rusia", "Moscú|Kremlin", "los rusos"),
        ("china", "China", "Pekín|Beijing", "los chinos"),
        ("north korea", "Corea del Norte", "Pyongyang|Pionyang", "los norcoreanos"),
        ("south korea", "Corea del Sur", "Seúl", "los surcoreanos"),
        ("japan", "Japón", "Tokio", "los japoneses"),
        ("france", "Francia", "París|Elíseo", "los franceses"),
        ("germany", "Alemania", "Berlín", "los alemanes"),
        ("italy", "Italia", "Roma", "los italianos"),
        ("spain", "España", "Madrid|Moncloa", "los españoles"),
        ("iran", "Irán", "Teherán", "los iraníes"),
        ("israel", "Israel", "Jerusalén", "los israelíes"),
        ("turkey", "Turquía", "Ankara", "los turcos"),
        ("ukraine", "Ucrania", "Kiev|Kyiv", "los ucranianos"),
        ("venezuela", "Venezuela", "Caracas|Miraflores", "los venezolanos"),
        ("mexico", "México", "Ciudad de México", "los mexicanos"),
        ("european union", "Unión Europea|UE", "Bruselas", ""),
    ),
    "it": (
        ("united states", "Stati Uniti|USA", "Washington|Casa Bianca", "gli americani|gli statunitensi"),
        ("united kingdom", "Regno Unito|Gran Bretagna", "Londra|Downing Street", "i britannici"),
        ("russia", "Russia", "Mosca|Cremlino", "i russi"),
        ("china", "Cina", "Pechino", "i cinesi"),
        ("north korea", "Corea del Nord", "Pyongyang", "i nordcoreani"),
        ("south korea", "Corea del Sud", "Seul", "i sudcoreani"),
        ("japan", "Giappone", "Tokyo", "i giapponesi"),
        ("france", "Francia", "Parigi|Eliseo", "i francesi"),
        ("germany", "Germania", "Berlino", "i tedeschi"),
        ("italy", "Italia", "Roma|Palazzo Chigi|Quirinale", "gli italiani"),
        ("spain", "Spagna", "Madrid", "gli spagnoli"),
        ("iran", "Iran", "Teheran", "gli iraniani"),
        ("israel", "Israele", "Gerusalemme", "gli israeliani"),
        ("turkey", "Turchia", "Ankara", "i turchi"),
        ("ukraine", "Ucraina", "Kiev|Kyiv", "gli ucraini"),
        ("european union", "Unione europea|Unione Europea|Ue|UE", "Bruxelles", ""),
    ),
}

# German adds -s to a name in the genitive ("Russlands", "des Kremls", "Moskaus")
_SUFFIX = {"de": "s?"}


def languages() -> frozenset[str]:
    """The languages with a table of their own."""
    return frozenset(_ROWS)


@cache
def _pattern(lang: str) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One pattern for every name of the language's table (longest first, so "Corea del Norte" beats "Corea"), and
    what each name stands for: (state, kind)."""
    kinds: dict[str, tuple[str, str]] = {}
    for state, own, seats, people in _ROWS[lang]:
        for kind, names in (("state", own), ("seat", seats), ("people", people)):
            for name in filter(None, names.split("|")):
                kinds.setdefault(name, (state, kind))
                kinds.setdefault(name[0].upper() + name[1:], (state, kind))  # "Los rusos" opening a sentence
    alts = "|".join(re.escape(n) for n in sorted(kinds, key=len, reverse=True))
    suffix = _SUFFIX.get(lang, "")
    return re.compile(rf"(?<![\w-])(?:{alts}){suffix}(?![\w-])"), kinds


def find_states(lang: str, text: str) -> list[tuple[int, int, str, str]]:
    """The state names written in a sentence of one of the tabled languages: (start, end, state, kind)."""
    if lang not in _ROWS:
        return []
    pattern, kinds = _pattern(lang)
    out = []
    for m in pattern.finditer(text):
        name = m.group(0)
        hit = kinds.get(name) or kinds.get(name[:-1])  # the genitive's -s
        if hit and not (hit[1] == "seat" and _inside_longer_name(lang, text, m.start(), m.end())):
            out.append((m.start(), m.end(), *hit))
    return out


_WORD_BEFORE = re.compile(r"(\w[\w.'-]*)\s+$")
_CAPITAL_AFTER = re.compile(r"^\s+[A-ZÀ-ÝĀ-Ž]")


@cache
def _stop_words(lang: str) -> frozenset[str]:
    return frozenset(import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS)


def _inside_longer_name(lang: str, text: str, start: int, end: int) -> bool:
    """A seat written inside a longer name is no seat: "George Washington", "Washington Post". Without a person
    tagger in these languages, a capitalised word just before gives it away (opening the sentence, only when it is no
    stop word: "Selon Washington" is the seat), and, except in German, which capitalises every noun ("Moskaus
    Truppen"), a capitalised word just after."""
    before = _WORD_BEFORE.search(text[:start])
    if before and before.group(1)[:1].isupper():
        if text[: before.start(1)].strip() or before.group(1).lower() not in _stop_words(lang):
            return True
    return lang != "de" and bool(_CAPITAL_AFTER.match(text[end:]))
