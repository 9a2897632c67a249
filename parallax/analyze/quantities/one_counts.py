"""A word for one before a noun of a person or a casualty: a count of one.

In most European languages the word for one is also the indefinite article ("eine", "un", "una", "een", Romanian
"o"), or is read as one only in a compound (Slavic "jedna", "jeden"), so the number words leave it out
(:mod:`parallax.analyze.numwords.european`).  Before a noun of a person or of a casualty, though, either reading
counts one: "Eine Person wurde leicht verletzt" says one person was hurt as English "One person was slightly
injured" does, and "L'accident a fait un mort et un blessé" one dead and one injured.  Without that count a report
of one injured against another's two showed no conflict.  Only the singular nouns listed here are read, so "eine
Frau aus Berlin sagte" and "une voiture" stay articles.  The Baltic "vienas", "viens" count only in a clause of a
death or an injury: "Atvyko vienas žmogus" reads as "a man came" (:mod:`.baltic_ones`).
"""

from __future__ import annotations

import re

from parallax.analyze.quantities import baltic_ones
from parallax.analyze.quantities.units import _unit_after
from parallax.records import Quantity

_ONE = {
    "de": "eine|ein|einen|einem|einer",
    "nl": "een|één|eén",  # (capitalised "Eén")
    "fr": "une?",
    "it": "una|uno|un",
    "es": "una|un",
    "ca": "una|un",
    "pt": "uma|um",
    "ro": "o|un",
    "pl": "jedna|jedną|jeden|jednego",
    "cs": "jedna|jednu|jeden|jednoho",
    "sk": "jedna|jednu|jeden|jedného",
    "hr": "jedna|jednu|jedan|jednog",
    "bs": "jedna|jednu|jedan|jednog",
    "sr": "jedna|jednu|jedan|jednog|једна|једну|један|једног",
    "sl": "ena|eno|en|enega",
    "ru": "один|одна|одного|одну",
    "uk": "одна|одну|один|одного",
    **baltic_ones.ONE,
}
# the singular nouns of a person, and of one dead or injured, in their common cases
_NOUN = {
    "de": "Person|Menschen?|Verletzter?n?|Schwerverletzter?n?|Leichtverletzter?n?|Toter?n?|Todesopfer",
    "nl": "persoon|gewonde|dode|zwaargewonde|lichtgewonde|dodelijk slachtoffer",
    "fr": "personne|blessée?|morte?|tuée?|victime",
    "it": "persona|ferit[oa]|mort[oa]|vittima",
    "es": "persona|herid[oa]|muert[oa]|víctima|fallecid[oa]",
    "ca": "persona|ferit|ferida|mort|morta|víctima",
    "pt": "pessoa|ferid[oa]|mort[oa]|vítima",
    "ro": "persoană|rănit|mort|victimă",
    "pl": "osoba|osobę|osoby|człowiek|ranny|ranna|rannego|zabity|ofiara|ofiarę",
    "cs": "osoba|osobu|osoby|člověk|zraněný|zraněná|mrtvý|mrtvá",
    "sk": "osoba|osobu|osoby|človek|zranený|zranená",
    "hr": "osoba|osobu|osobe|čovjek|čovek|ranjeni|ozlijeđeni|poginuli|žrtva",
    "bs": "osoba|osobu|osobe|čovjek|ranjeni|povrijeđeni|poginuli|žrtva",
    "sr": "osoba|osobu|osobe|čovek|čovjek|povređeni|poginuli|особа|особу|особе|човек|повређени|погинули",
    "sl": "oseba|osebo|osebe|človek|poškodovani",
    "ru": "человек|человека|погибший|пострадавший|раненый|раненая",
    "uk": "людина|людину|людини|особа|особу|загиблий|поранений|постраждалий",
    **baltic_ones.NOUN,
}
_PATTERNS = {
    lang: re.compile(rf"(?<![\w-])(?P<one>{one})[ \u00a0]+(?P<noun>{_NOUN[lang]})(?![\w-])", re.I)
    for lang, one in _ONE.items()
}


def one_counts(text: str, lang: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Each "one person", "one injured" of ``text`` in ``lang`` that no span of ``taken`` (dates, other counts)
    overlaps: its words, the value 1 and the noun as other counts read theirs."""
    pattern = _PATTERNS.get(lang)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken) or not baltic_ones.in_a_casualty_clause(text, s, e, lang):
            continue
        unit = _unit_after(text, m.end("one"), lang) or m.group("noun").lower()  # as other counts' nouns are read
        out.append(Quantity(m.group(), 1.0, s, e, unit))
    return out
