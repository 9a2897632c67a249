"""The pronoun after "according to" in the languages that decline it: the person named before.

Czech "Podle ní je třeba jednat rychle" (according to her), Slovak "Podľa neho ...", Polish "Według niego ...",
Bulgarian "Според него ..." report the speech of the person the text named before, as "řekla" or "powiedział" with no
subject do.  The preposition takes the pronoun in the genitive or the accusative, so the cue's source is "ní",
"neho", "niego", which the pronouns of one person (:data:`.antecedents.PRONOUNS_OF`, nominative) did not hold: the
quotation was not found, or found said by "niego".  Each oblique form here stands for its nominative, and the
speaker is then resolved as "ona", "on" would be (gender included).  Only the singular forms: "podle nich" (them) is a
group's.
"""

from __future__ import annotations

OBLIQUE: dict[str, dict[str, str]] = {
    "cs": {"něj": "on", "něho": "on", "ní": "ona"},
    "sk": {"neho": "on", "nej": "ona"},
    "pl": {"niego": "on", "niej": "ona"},
    "bg": {"него": "той", "нея": "тя"},
}

# the possessive before "words" in "according to his words": Slovenian "Po njegovih besedah", Croatian "Prema njegovim
# riječima", Serbian "Prema njenim rečima", Russian "По его словам", Ukrainian "За його словами", Slovak "Podľa jeho slov"
POSSESSIVE: dict[str, dict[str, str]] = {
    "sl": {"njegovih": "on", "njenih": "ona"},
    "hr": {"njegovim": "on", "njezinim": "ona", "njenim": "ona"},
    "bs": {"njegovim": "on", "njenim": "ona"},
    "sr": {"njegovim": "on", "njenim": "ona", "његовим": "он", "њеним": "она"},
    "ru": {"его": "он", "её": "она", "ее": "она"},
    "uk": {"його": "він", "її": "вона"},
    "sk": {"jeho": "on", "jej": "ona"},
}
_WORDS = "besedah|riječima|rečima|речима|словам|словами|slov"
POSSESSIVE_SOURCE = "(?P<cue>Po|Prema|Према|По|За|Podľa)\\s(?P<src>{forms})\\s(?:{words}),?\\s"

# every language's oblique forms, for the patterns of a source that opens a sentence
FORMS = "|".join(sorted({w for forms in OBLIQUE.values() for w in forms}, key=len, reverse=True))


def nominative(word: str, lang: str | None) -> str:
    """The nominative pronoun ``word`` (lower case) stands for after "according to" in ``lang``, else ``word``."""
    lang = (lang or "")[:2]
    return OBLIQUE.get(lang, {}).get(word) or POSSESSIVE.get(lang, {}).get(word, word)


def possessive_source(lang: str) -> str | None:
    """The pattern of a sentence that opens "according to his/her words" in ``lang``, its possessive the source."""
    forms = POSSESSIVE.get(lang)
    return POSSESSIVE_SOURCE.format(forms="|".join(forms), words=_WORDS) if forms else None
