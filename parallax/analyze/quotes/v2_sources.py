"""A source that opens its sentence in German, Dutch and the Scandinavian languages, before a verb with no comma.

These languages put the finite verb right after a fronted source ("Laut Polizeisprecher Martin Scholle wurde
niemand verletzt", "Volgens Jansen raakte niemand gewond", "Enligt Nilsson skadades ingen"), so the source ends
where the verb begins and no comma marks it.  A name ends at its last capitalised word (:data:`V2_NAMED`).  A
source in lower case (the police, the municipality) needs another sign of its end, one the grammar gives:

* Swedish, Danish and Norwegian write the article onto the noun, so the source is a noun in the definite form,
  perhaps after "den"/"det"/"de" and an adjective ("Enligt polisen skadades ingen", "Ifølge politiet er ...",
  "Enligt den lokala polisen har ..."), and the verb follows it;
* Dutch writes the article apart, so the source is "de"/"het" and one or two words, and the word after them is
  one of the finite verbs news opens a clause with (:data:`_NL_FINITE`: "Volgens de politie is ...", "Volgens de
  gemeente raakten ..."); a verb outside that list leaves the sentence unread, as before.
"""

from __future__ import annotations

import re

from parallax.letters import LOWER, UPPER

__all__ = ["V2Source"]

# a named source: "Laut Polizeisprecher Martin Scholle wurde ...", "Volgens Jansen raakte ..." (a role word may stand
# before the name, and the German "Angaben der" or an article inside it), up to the verb in lower case
V2_NAMED = re.compile(
    rf"(?P<cue>Laut(?:\sAngaben)?|Nach\sAngaben|Volgens|Enligt|Ifølge)\s(?:(?:von|vom|der|des|dem|den|de|het|van)\s)?"
    rf"(?P<src>(?:[{LOWER}][\w-]*+\s)?(?:[{UPPER}][\w'’-]*+\s){{1,4}})"
    rf"(?=(?!(?:der|die|das|des|dem|den|von|vom|zur|zum|van|de|het)\s)[{LOWER}])"
)
# a Nordic noun in the definite form, whole ("polisen", "politiet", "myndigheterne", "regjeringen")
_DEFINITE_NOUN = rf"[{LOWER}]{{2}}[\w-]*+(?<=en|et|na|ne)"
# the source in lower case, an article and an adjective perhaps before it, a place after "i" perhaps after it (no part
# of the source: "Enligt polisen i Malmö har ..." is the police's)
_NORDIC_LOWER = re.compile(
    rf"(?P<cue>Enligt|Ifølge|Ifølgje)\s(?P<src>(?:(?:den|det|de)\s[{LOWER}][\w-]*+\s)?{_DEFINITE_NOUN}"
    rf")(?:\si\s[{UPPER}][\w-]*+)?\s(?=[{LOWER}])"
)
# the Dutch finite verbs a clause after a fronted source opens with: to be, to have, to become, the modals, and
# the verbs of news events (to get hurt, to fall, to come, to go, to stand, to lie, to stay)
_NL_FINITE = (
    "is|zijn|was|waren|heeft|hebben|had|hadden|wordt|worden|werd|werden|zal|zullen|zou|zouden|kan|kunnen|kon|konden"
    "|moet|moeten|moest|moesten|mag|mogen|wil|willen|wilde|wilden|gaat|gaan|ging|gingen|staat|staan|stond|stonden"
    "|komt|komen|kwam|kwamen|blijft|blijven|bleef|bleven|ligt|liggen|lag|lagen|raakt|raken|raakte|raakten|valt|vallen"
    "|viel|vielen|zit|zitten|zat|zaten|lijkt|leek|gaat|loopt|liep|liepen|krijgt|kreeg|kregen|bedraagt|bedroeg|telt"
)
_NL_LOWER = re.compile(rf"(?P<cue>Volgens)\s(?P<src>(?:de|het)\s[{LOWER}][\w-]*+(?:\s[{LOWER}][\w-]*+)?)\s(?=(?:{_NL_FINITE})\s)")


class V2Source:
    """The fronted source of a sentence at ``pos``: a name (:data:`V2_NAMED`), else a Nordic definite noun, else a
    Dutch article and noun before a finite verb.  Quacks as a compiled pattern's ``match`` for the readers of
    :mod:`.lexical_reported` (groups ``cue`` and ``src``)."""

    groupindex = V2_NAMED.groupindex

    def match(self, text: str, pos: int) -> re.Match | None:
        return V2_NAMED.match(text, pos) or _NORDIC_LOWER.match(text, pos) or _NL_LOWER.match(text, pos)


# The same sources set inside the clause, after its verb ("Bei dem Unfall wurden laut der Polizei zwei Menschen
# verletzt", "Vid olyckan skadades enligt polisen två personer", "Bij het ongeval raakten volgens de politie twee
# mensen gewond"): the whole sentence is then the source's statement, as "Two were hurt, according to police" is.
# The source ends at its last capitalised word (German nouns, names), at a Nordic definite noun, or, in Dutch, where
# a word that opens a noun phrase or counts follows (an article, a numeral, "niemand", "geen").
_NAME_WORDS = rf"[{UPPER}][\w'’-]*+(?:\s[{UPPER}][\w'’-]*+){{0,3}}"
_NEXT_NL = (
    r"de|het|een|er|geen|niemand|nog|al|ook|minstens|ruim|bijna|ongeveer|enkele|meerdere|veel|vele|alle|twee|drie|vier"
    r"|vijf|zes|zeven|acht|negen|tien|honderd|duizend|\d[\d.,]*"
)
_INLINE = {
    "de": re.compile(
        rf"(?<=\w\s)(?P<cue>laut|nach\sAngaben)\s(?:(?:der|des|dem|den|von|vom)\s)?(?P<src>(?:[{LOWER}][\w-]*+\s)?{_NAME_WORDS})"
        rf"(?=\s[{LOWER}\d])"
    ),
    "nl": re.compile(
        rf"(?<=\w\s)(?P<cue>volgens)\s(?P<src>(?:de|het)\s[{LOWER}][\w-]*+(?:\s[{LOWER}][\w-]*+)?|{_NAME_WORDS})"
        rf"(?=\s(?:{_NEXT_NL})\s)"
    ),
    **dict.fromkeys(
        ("sv", "da", "no", "nb", "nn"),
        re.compile(
            rf"(?<=\w\s)(?P<cue>enligt|ifølge|ifølgje)\s(?P<src>(?:(?:den|det|de)\s[{LOWER}][\w-]*+\s)?{_DEFINITE_NOUN}|{_NAME_WORDS})"
            rf"(?=\s[{LOWER}\d])"
        ),
    ),
}


def inline_sources(text: str, sents: list[tuple[int, int]], lang: str, taken: set[int]) -> list[tuple[int, int, int, str]]:
    """(sentence start, source start, source end, cue) for each sentence of ``text`` whose clause holds its source
    after the verb (:data:`_INLINE`), skipping sentences where a clause in ``taken`` starts (read otherwise)."""
    pattern = _INLINE.get(lang)
    if pattern is None:
        return []
    out = []
    for s, e in sents:
        if any(s <= t < e for t in taken):
            continue
        if m := pattern.search(text, s, e):
            out.append((s + len(text[s:e]) - len(text[s:e].lstrip()), m.start("src"), m.end("src"), m.group("cue")))
    return out
