"""An age written as an adjective before the noun, for :mod:`.unnamed_ages`: "45-letni operator", "47-летний оператор".

The Slavic languages, the Nordic ones, Hungarian, Finnish and Greek make the age an adjective glued to the figure
("45-letni", "45-letý", "45-ročný", "45-godišnji", "45-летний", "45-річний", "45-годишен", "en 45-årig man",
"45 éves férfi", "45-vuotias mies", "45χρονος"), with no article (or the Nordic "en", "ett").  Two aligned sentences
that each describe one person so, with the same noun, speak of one person, as "a 45-year-old operator" / "a
47-year-old operator" do in English: the two ages conflict.
"""

from __future__ import annotations

import re

_ENDINGS = {
    "pl": "letni|letnia|letniego|letnią|letniej|letniemu",
    "cs": "letý|letá|letého|letou|letému",
    "sk": "ročný|ročná|ročného|ročnú|ročnej|ročnému",
    "hr": "godišnji|godišnja|godišnjeg|godišnjem|godišnju|godišnjak|godišnjakinja",
    "bs": "godišnji|godišnja|godišnjeg|godišnjem|godišnju|godišnjak",
    "sr": "godišnji|godišnja|godišnjeg|godišnjem|godišnju|годишњи|годишња|годишњег",
    "sl": "letni|letna|letnega|letno",
    "ru": "летний|летняя|летнего|летнюю|летней|летнему",
    "uk": "річний|річна|річного|річну|річної",
    "bg": "годишен|годишна|годишния|годишният",
    "sv": "årig|årige|åriga",
    "da": "årig|årige",
    "no": "årig|årige|åring",
    "fi": "vuotias|vuotiaan|vuotiasta",
    "hu": "éves",
    "el": "χρονος|χρονη|χρονου|χρονης|χρονο",
}
PATTERNS = {
    lang: re.compile(
        rf"(?<![\w-])(?P<n>\d{{1,3}})(?:-|[ \u00a0](?=éves)|(?=[χ]))(?:{endings})[ \u00a0](?P<noun>[^\W\d_]+)(?![\w-])", re.I
    )
    for lang, endings in _ENDINGS.items()
}
