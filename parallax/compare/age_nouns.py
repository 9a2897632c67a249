"""One person's noun in the languages read: "a 34-year-old man" / "un hombre de 36 años" / "ein 36-jähriger Mann".

:mod:`.unnamed_ages` compares two ages with no name where each aligned sentence describes exactly one person with
the same noun; across languages the noun is never the same word ("man", "hombre", "Mann", "homme"), so a wrong
age between an English and a Spanish report of one arrest was never seen.  Here the common nouns of such
descriptions map to one kind of person, so "man" / "hombre" / "Mann" are one noun and "man" / "mujer" stay two
(two people: no conflict).  A noun outside the table stays itself, as before.  A child of unsaid sex ("child",
"Kind", "enfant") is a kind of its own, apart from a boy ("boy", "Junge", "niño", "طفل") and a girl: "a 6-year-old
child" / "un niño de 8 años" may be one child, but is left alone (no conflict rather than a false one); Italian
"bambino", boy or child, stays its own noun.  Folded forms (:func:`parallax.letters.fold`): "Mädchen" is "madchen".
"""

from __future__ import annotations

import re

from parallax.letters import fold

_KINDS = {
    "man": r"home|vyras|vyra|vyro|man|mann|homme|hombre|varon|uomo|homem|رجل|الرجل|גבר|पुरुष|आदमी",
    "woman": r"dona|moteris|moteri|moters|woman|frau|femme|mujer|donna|mulher|امرأة|سيدة|السيدة|אישה|महिला|औरत",
    "boy": r"noi|nen|berniukas|berniuka|boy|junge|garcon|nino|ragazzino|menino|صبي|طفل|लड़का|बालक",
    "girl": r"noia|nena|mergaite|girl|madchen|fille|fillette|nina|ragazzina|menina|فتاة|طفلة|लड़की|बालिका",
    "child": r"vaikas|vaika|child|kid|kind|enfant|crianca",
    "teenager": r"teenager|teen|jugendliche[rn]?|adolescente?|נער|נערה|किशोर|किशोरी",
    "driver": r"vairuotojas|vairuotoja|driver|fahrer|autofahrer|conducteur|automobiliste|conductor|conducente|automobilista|motorista|سائق|נהג|ड्राइवर|चालक",
    "pedestrian": r"vianant|pesciasis|pescioji|pedestrian|fu(?:ss|ß)ganger(?:in)?|pieton|pietonne|peaton|pedone|pedestre|peao",
    "cyclist": r"cyclist|radfahrer|radfahrerin|cycliste|ciclista",
    "motorcyclist": r"motorcyclist|motorradfahrer|motocycliste|motard|motociclista",
    "suspect": r"suspect|verdachtiger?|tatverdachtiger?|sospechoso|sospechosa|sospettato|sospettata|suspeito|suspeita|مشتبه|חשוד",
    "pensioner": r"pensioner|retiree|rentner|rentnerin|retraite|retraitee|jubilado|jubilada|pensionato|pensionata|aposentado|aposentada",
    "student": r"student|studentin|etudiant|etudiante|estudiante|studente|studentessa|estudante|طالب|छात्र",
}  # fmt: skip
# the table folded as the nouns are (Arabic hamza and Devanagari nukta marks drop out: "امرأة" is "امراة")
_KIND = re.compile("|".join(f"(?P<{k}>{'|'.join(fold(w) for w in v.split('|'))})" for k, v in _KINDS.items()))


def person_noun(noun: str) -> str:
    """The kind of person ``noun`` (folded) names, one across languages ("hombre", "Mann" -> "man"), or the
    noun itself where the table has none."""
    m = _KIND.fullmatch(fold(noun))
    return m.lastgroup if m else noun
