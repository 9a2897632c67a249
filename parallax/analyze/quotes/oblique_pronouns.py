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

# every language's oblique forms, for the patterns of a source that opens a sentence
FORMS = "|".join(sorted({w for forms in OBLIQUE.values() for w in forms}, key=len, reverse=True))


def nominative(word: str, lang: str | None) -> str:
    """The nominative pronoun ``word`` (lower case) stands for after "according to" in ``lang``, else ``word``."""
    return OBLIQUE.get((lang or "")[:2], {}).get(word, word)
