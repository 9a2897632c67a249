"""An age told as the point of life at which a thing happens: French "à 67 ans", Italian "a 67 anni", German "mit 67
Jahren", and an age noun before the years ("l'âge de 67 ans", "Rentenalter von 67 Jahren", "Rentenalter auf 67 Jahre").

"Le gouvernement veut porter l'âge de départ à la retraite à 67 ans" was read as a span of 67 years (a count of
"an" and a duration), so it met neither Spanish "a los 67 años" (an age, :mod:`.labels`) nor any age, and could
conflict with a span another report gives.  "À" before the years is also a sentence ("condamné à 10 ans de prison",
"condannato a 10 anni"), a term ("un prêt à 20 ans"), the end of a range ("de 3 à 5 ans") or a distance in time
("à deux ans des élections", "a 10 anni dalla strage"): those keep the span.  German "mit 10 Jahren Haft" has a noun
after the years: a sentence again.
"""

from __future__ import annotations

import re

_S = r"[ \u00a0]+"
# "à" / "a" before the figure, not "jusqu'à", "fino a" (up to), nor "de 3 à" (a range) unless an age noun stands before
_AT = re.compile(rf"(?<!\w)(?<!jusqu['’])(?<!fino{_S[:-1]})(?:à|a){_S}\Z", re.I)
_YEARS_AT = re.compile(
    rf"{_S}(?:ans|anni)(?!\w)(?!{_S}(?:de|d['’]|di|da|dal|dall['’]|dalla|dallo|dai|dalle|del|della|fa|ferme)(?!\w))", re.I
)
_RANGE_START = re.compile(rf"(?<!\w)(?:de|da|entre|tra|fra){_S}\d{{1,3}}{_S}(?:à|a){_S}\Z", re.I)
_AGE_NOUN = re.compile(r"(?<!\w)(?:l['’])?(?:âge|età|age)(?!\w)|(?<![\wäöü])Alter(?!\w)|(?<=[nsNS])alter(?!\w)", re.I)
# a sentence, a term, a bond or a plan governs "à N ans": then the years are its length
_TERM = re.compile(
    r"(?<!\w)(?:condamn\w*|peine|écop\w*|requis|réclusion|prison|prêt|bail|emprunt|plan|horizon|contrat|mandat|engag\w*"
    r"|condann\w*|pena|carcere|reclusione|mutuo|piano|contratto|mandato|richiest\w*"
    # a bond's or a forecast's term: "le taux à 10 ans", "l'OAT à 10 ans", "il rendimento del BTP a 10 anni"
    r"|taux|rendements?|OAT|obligations?|emprunts?|échéance|prévisions?|objectifs?|programmes?|projets?|perspectives?"
    r"|stratégie|dette|titres?|tassi|tasso|rendimento|BTP|Bund|titoli|obbligazioni|scadenza|previsioni|obiettivo|programma)(?!\w)",
    re.I,
)
# German "mit 67 Jahren" ("mit 10 Jahren Haft": a noun after it is what lasted the years)
_MIT = re.compile(rf"(?<!\w)mit{_S}\Z", re.I)
_JAHREN = re.compile(rf"{_S}Jahren(?!\w)(?!{_S}[A-ZÄÖÜ])")
# "l'âge de 67 ans", "ein Alter von 67 Jahren", "das Rentenalter auf 67 Jahre"
_NOUN_OF = re.compile(
    rf"(?:(?<!\w)(?:l['’])?(?:âge|età)(?:{_S}(?:légal|minimum|minimo|pensionabile))?{_S}(?:de|di)|(?:(?<![\wäöü])Alter|(?<=[nsNS])alter){_S}(?:von|auf)){_S}\Z"
)
_JAHRE = re.compile(rf"{_S}(?:Jahren?|ans|anni)(?!\w)")


def age_at(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] is an age given as the point of life something happens at ("à 67 ans",
    "a 67 anni", "mit 67 Jahren") or after an age noun ("l'âge de 67 ans", "Rentenalter auf 67 Jahre")."""
    before = text[max(0, start - 60) : start]
    if _NOUN_OF.search(before) and _JAHRE.match(text, end):
        return True
    if _MIT.search(before) and _JAHREN.match(text, end):
        return True
    if not (_AT.search(before) and _YEARS_AT.match(text, end)):
        return False
    clause = re.split(r"[.;:!?,]", before)[-1]
    if _TERM.search(clause):
        return False
    return not _RANGE_START.search(before) or bool(_AGE_NOUN.search(before))
