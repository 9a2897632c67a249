"""Whose estimate a crowd's size is: the police's figure and the organisers' are two facts, not one given twice.

A protest's size is reported by both sides and they rarely agree ("Police put the crowd at 15,000;
organisers said 60,000"): an outlet that gives only the organisers' figure does not contradict one that
gives only the police's.  A crowd count (:func:`parallax.compare.roles.role` "crowd") takes the estimator
its clause names, before the figure ("police said 20,000 attended", "According to police, some 4,000 people
marched") or after it ("15,000, according to police"); the names are the two sides of a protest, the authorities
(the police, the prefecture, "la questura", "la Delegación del Gobierno", the government: "el Gobierno") and the organisers (the unions, "die
Veranstalter", "gli organizzatori"), in en, de, fr, es, it, pt, nl, pl.  A count
whose estimator differs from every crowd count of the other sentence that names one is left out of the
comparison; one that names none stays comparable.
"""

from __future__ import annotations

import re

from parallax.compare.numbers import in_sentence
from parallax.compare.roles import role
from parallax.compare.sentence_items import starting_in
from parallax.records import Article, Quantity, Sentence

_ESTIMATORS = {
    "authorities": r"police|officers|authorities|officials|(?:interior\s+)?ministry|prefecture|government|city\s+hall|mayor"
                   r"|polizei\w*|behörden?|innenministerium|stadtverwaltung"
                   r"|préfecture|gendarmerie|autorités|ministère\s+de\s+l['’]intérieur|mairie|source\s+policière"
                   r"|polic[ií]a|delegaci[oó]n\s+del\s+gobierno|autoridades|ministerio\s+del\s+interior|ayuntamiento|guardia\s+urbana"
                   r"|questura|prefettura|polizia|carabinieri|autorità|viminale|comune"
                   r"|polícia|prefeitura|politie|gemeente|policj\w*|ratusz\w*|urz[ąę]d\w*\s+miasta"
                   r"|psp|gnr|guardia\s+civil|mossos"  # the Portuguese police forces by their initials; Spain's
                   # the government, as "government" is above, in the other languages read
                   r"|gobierno|gouvernement|regierung|bundesregierung|governo|regering|rz[ąa]d\w*|ejecutivo|executivo",
    # (a campaign that called the march speaks as its organisers: "Campaign group Save Our Wards said 15,000 had attended")
    "organisers": r"organi[sz]ers?|organi[sz]ing\s+\w+|unions?|campaigners|campaign(?:\s+groups?)?|the\s+movement|activists"
                  r"|veranstalter\w*|organisatoren|gewerkschaft\w*"
                  r"|organisateurs?|organisatrices?|syndicats?|intersyndicale|cgt"
                  r"|organizador(?:es|as)?|sindicatos?|convocantes|promotores"
                  r"|organizzator[ie]|sindacati|promotori|cgil"
                  r"|organizadores|organisatie|organisatoren|vakbond(?:en)?|organizator\w*|związk\w*\s+zawodow\w*|związkowc\w*"
                  # the union confederations by their initials ("segundo a CGTP", "según CCOO", "per la Cisl"), and "the
                  # union central" as Portuguese calls one
                  r"|cgtp|ugt|ccoo|cisl|uil|centra(?:l|is)\s+sindica(?:l|is)",
}  # fmt: skip
_ESTIMATOR = re.compile("|".join(rf"(?P<{k}>(?<![\w-])(?:{v})(?![\w-]))" for k, v in _ESTIMATORS.items()), re.I)
# where a clause starts or ends: a semicolon, a colon, a dash, a contrasting conjunction ("police said 15,000,
# while organisers said 60,000"); a comma only before the figure ("15,000, according to police" keeps its source)
_BOUNDARY = re.compile(
    r"[;:–—]|(?<![\w-])(?:while|whereas|but|and|tandis\s+que|alors\s+que|mais|et|während|aber|und|mientras(?:\s+que)?|pero|y"
    r"|mentre|ma|enquanto|mas|terwijl|maar|podczas\s+gdy|ale|zaś)(?![\w-])",
    re.I,
)
# a source named before the figure, in its own phrase ("According to police, some 4,000 people marched",
# "Selon la préfecture, 20 000 personnes", "Laut Polizei", "Según los organizadores", "Secondo la questura")
_SOURCE = (
    r"according\s+to|by|selon|d['’]après|laut|nach\s+angaben|según|de\s+acuerdo\s+con|secondo|per|segundo|de\s+acordo\s+com"
    r"|volgens|według|zdaniem|wg"
)


def estimator(art: Article, s: Sentence, q: Quantity) -> str | None:
    """Who the sentence says counted the crowd ``q``: "authorities", "organisers", or None."""
    text = art.text
    lo = s.start
    for m in re.finditer(rf"{_BOUNDARY.pattern}|,", text[s.start : q.start], re.I):
        lo = s.start + m.end()
    if found := list(_ESTIMATOR.finditer(text, lo, q.start)):
        return found[-1].lastgroup
    if lo > s.start and text[lo - 1] == "," and (m := _SOURCE_BEFORE.search(text, s.start, lo)):
        return _ESTIMATOR.search(m.group()).lastgroup  # "According to police, some 4,000 people marched"
    hi = s.end
    if m := _BOUNDARY.search(text, q.end, s.end):
        hi = m.start()
    if (m := _SOURCE_AFTER.search(text, q.end, hi)) and (e := _ESTIMATOR.search(m.group())):
        return e.lastgroup  # "9,000 people marched, according to police" / ", police said"
    return None


_ANY_ESTIMATOR = "|".join(_ESTIMATORS.values())
_ARTICLE = r"(?:(?:the|la|le|les|l['’]|der|die|den|el|los|las|il|lo|gli|a|os|as|de)\s*)?"
# a body's own name beside its kind, up to three capitalised words: "according to the Metropolitan Police",
# "organisers Homes For All said" (capitals as written, whatever the pattern's flags)
_NAMED = r"(?:(?-i:[A-Z][\w'’-]*)\s+){0,3}"
_SOURCE_PHRASE = rf"(?<![\w-])(?:{_SOURCE})\s+{_ARTICLE}{_NAMED}(?:{_ANY_ESTIMATOR})(?![\w-])"
_SOURCE_AFTER = re.compile(
    rf"{_SOURCE_PHRASE}|(?<![\w-])(?:{_ANY_ESTIMATOR})(?:\s+(?-i:[A-Z][\w'’-]*)){{0,3}}\s+(?:said|say|says|estimated)(?![\w-])", re.I
)
# the source phrase that ends at the comma before the figure's clause
_SOURCE_BEFORE = re.compile(rf"{_SOURCE_PHRASE}\s*,$", re.I)


def _crowds(art: Article, s: Sentence) -> list[tuple[int, str | None]]:
    return [(q.start, estimator(art, s, q)) for q in starting_in(art.quantities, s)
            if in_sentence(s, q.start) and q.value is not None and role(art.text, q) == "crowd"]  # fmt: skip


def estimated_apart(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> tuple[set[int], set[int]]:
    """The starts of the crowd counts of each sentence that the other's counts, all by another estimator, leave
    nothing to compare with (see the module)."""
    sides = [_crowds(art_a, sa), _crowds(art_b, sb)]
    out: tuple[set[int], set[int]] = (set(), set())
    for i in (0, 1):
        theirs = [e for _, e in sides[1 - i]]
        for start, mine in sides[i]:
            if mine and theirs and all(e and e != mine for e in theirs):
                out[i].add(start)
    return out
