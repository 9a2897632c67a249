"""An act timed by its noun: "Der Start erfolgte um 21:45 Uhr" / "The rocket lifted off at 9:42 p.m.".

:mod:`.clock_acts` reads the act a clock time times from the verbs of its clause; outlets as often name the act
with a noun and a light verb ("the launch came at", "Der Start erfolgte um", "le décollage a eu lieu à", "el
despegue se produjo a las", "die Landung war um"), so the German report of a launch timed it by no act, and its
21:45 never met the English 9:42 p.m. in a sentence the meaning did not align.  Here the nouns of the acts
:mod:`.clock_acts` knows, per language (folded, as the clause is read), and the light verbs that carry them:
a light verb is no subject of the act ("erfolgte" is not what took off), so the clauses' subjects still have to
agree where both name one (:func:`.clock_acts.one_subject`).  German "Start" is a launch or a take-off only
beside a time in such a clause; a race's start would need a subject both sides name to link.
"""

from __future__ import annotations

import re

ACT_NOUNS = {
    "land": {"en": r"landing|touchdown", "de": r"landung", "fr": r"atterrissage", "es": r"aterrizaje"},
    "depart": {
        "en": r"take-?off|lift-?off|launch|blasted off",
        "de": r"start|abflug|abheben|gestartet|startete",
        "fr": r"decollage|lancement",
        "es": r"despegue|lanzamiento",
    },
    "arrive": {"en": r"arrival", "de": r"ankunft", "fr": r"arrivee", "es": r"llegada"},
    "explode": {"en": r"explosion|detonation", "de": r"explosion|detonation", "fr": r"explosion|detonation", "es": r"explosion|detonacion"},
}  # fmt: skip

# the light verbs that carry an act's noun ("erfolgte", "took place", "a eu lieu", "se produjo"), folded: no subject
LIGHT_VERB = re.compile(
    r"came|come|happened|occurred|took|place|erfolgte|erfolgt|geschah|fand|statt|eu|lieu|produit|produite|intervenu"
    r"|produjo|tuvo|lugar|ocurrio|registro"
)
