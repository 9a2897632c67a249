"""The adverbs and conjunctions that open a sentence with a capital before a name: "Poi Ferretti ha aggiunto".

Most languages are read without a named-entity model: a run of capitalised words is a name (:mod:`.entities`),
less an article or a preposition that opens its sentence ("Il", "Secondo", "Volgens").  An adverb or a conjunction
there ("Poi", then; "Ma", but; "Anche", also; "Dann", "Toen", "Potem") was kept as the name's first word: "Poi
Ferretti" was one name, no mention of the Ferretti the report named before, and the speaker of the quotation after it.
Only words that are no given name or surname in the press of their language are listed ("Dan", "Per", "Al" are
left out), one list per language, so an English "Ma Long" or "Dan Brown" keeps his name.
"""

from __future__ import annotations

import re

_OPENING_WORDS = {
    "it": "Poi Ma Anche Inoltre Però Quindi Intanto Ora Oggi Ieri Allora Dopo Così Tuttavia Infine Mentre Quando Perché Già"
          " Ancora Pure Invece Eppure Dunque Domani Stamattina Stasera Nemmeno Neanche Soltanto Sempre E",
    "es": "Luego Después Pero También Además Entonces Hoy Ayer Mañana Ahora Cuando Mientras Aunque Incluso Tampoco Así Y",
    "pt": "Depois Mas Também Além Então Hoje Ontem Agora Quando Enquanto Ainda Já Assim Porém Contudo E",
    "ca": "Després Però També Llavors Avui Ahir Ara Quan Mentre",
    "nl": "Toen Daarna Maar Ook Later Vandaag Gisteren Nu Intussen Inmiddels Daarom Bovendien Want Ook Wel Zelfs En",
    "de": "Dann Danach Aber Auch Später Heute Gestern Jetzt Doch Nun Zudem Außerdem Inzwischen Deshalb Trotzdem Als Wenn Und",
    "pl": "Potem Ale Także Również Wtedy Dziś Dzisiaj Wczoraj Teraz Jednak Później Natomiast Też Zaś",
    "cs": "Pak Potom Ale Také Dnes Včera Teď Nyní Později Však Rovněž",
    "sk": "Potom Ale Tiež Dnes Včera Teraz Neskôr Však",
    "sv": "Sedan Men Även Också Då Nu Idag Igår Senare Dessutom",
    "da": "Siden Men Også Nu Senere Desuden",
    "no": "Siden Men Også Nå Senere Dessuten",
    "ro": "Apoi Dar Și Şi Atunci Astăzi Azi Ieri Acum Însă Totuși Totuşi Ulterior",
    "el": "Αργότερα Όμως Επίσης Σήμερα Χθες Τότε Ακόμη Ωστόσο Και",
}  # fmt: skip
_OPENING = {lang: re.compile(rf"(?:{'|'.join(words.split())})\s+(?=\w)") for lang, words in _OPENING_WORDS.items()}
_OPENING["nb"] = _OPENING["no"]


def opening_adverb(run: str, lang: str) -> re.Match | None:
    """The adverb or conjunction of ``lang`` that opens a run of capitalised words, with the space after it, when a
    word follows it ("Poi " of "Poi Ferretti"); None when none does."""
    pattern = _OPENING.get(lang)
    return pattern.match(run) if pattern is not None and " " in run.strip() else None
