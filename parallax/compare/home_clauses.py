"""People driven from their homes, told in a clause of its own after the count: the displaced.

A verb of forcing takes its object and then an infinitive that says what the object had to do: "zwang 8.000 Menschen,
ihre Häuser zu verlassen", "tvingade 800 människor att lämna sina hem", "pakotti 800 ihmistä jättämään kotinsa".
German sets that infinitive clause off with a comma, which closes the count's clause for every other role word
(:data:`parallax.compare.role_words.CLAUSE_END`); so the clause right after the comma is read here, and only when it
opens with the phrase of leaving one's home (:data:`HOMES`): "zwang 8.000 Menschen, die Polizei sperrte ..." gives
the count no role.  The phrase is the object and infinitive of each language, with the infinitive marker where the
language writes one ("zu", "att", "til at", "til å").
"""

from __future__ import annotations

import re

# leaving one's home in German, Swedish, Danish, Norwegian, Finnish, Estonian, Hungarian and Greek (the phrases of
# English and the Romance languages are :data:`parallax.compare.role_words.FROM_THEIR_HOMES`)
HOMES = re.compile(
    r"(?<!\w)(?:ihre (?:Häuser|Wohnungen|Wohnung|Häuser und Wohnungen|Heimat|Dörfer) (?:zu )?(?:verlassen|räumen)"
    r"|(?:att )?(?:lämna|överge) sina (?:hem|bostäder|hus)"
    r"|(?:til at |til å |å )?(?:forlade|forlate) (?:deres |sine )?(?:hjem|hjemmene|boliger|boligene|huse|husene)(?: sine)?"
    r"|(?:jättämään|jättää|lähtemään) (?:kotinsa|kotejaan|kodeistaan|asuntonsa)"
    r"|(?:oma )?(?:kodudest|kodust) lahkuma|(?:oma )?kodud maha jätma"
    r"|elhagyni (?:az )?(?:otthonukat|otthonaikat|házaikat|lakásukat)"
    r"|να εγκαταλείψουν τα σπίτια τους)(?!\w)",
    re.I,
)
_AFTER_COMMA = re.compile(r",\s*")


def homes_left(window: str) -> bool:
    """Whether the words after a count (its clause, or the clause a comma opens right after it: see the module) say
    that those counted had to leave their homes."""
    if HOMES.search(window.split(",", 1)[0]):
        return True
    comma = window.find(",")
    return comma >= 0 and bool(HOMES.match(window, _AFTER_COMMA.match(window, comma).end()))
