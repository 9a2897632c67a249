"""The minute of a goal: "Ferri scored in the 23rd minute" / "Ferri's 25th-minute header" disagree.

A match report times its goals by the minute of play, written as an ordinal ("in the 58th minute",
"a 23rd-minute lead", "in the 90+2nd minute" is left out), which the counts never read (an ordinal is no
count).  Several goals may share a sentence, so a minute is told by the person named nearest to it in
its clause (the scorer: "through Daniel Price", "Mensah struck in the 90th minute", or the team), and two aligned
sentences disagree where one person's only minute differs between them.  English, German, French, Spanish and
Italian, also across them ("traf in der 81. Minute" / "à la 84e minute" / "en el minuto 81" / "al 23'").
Spanish match reports also time a goal by the bare number, "marcó en el 81": read as a minute only in a
match report (its text tells of goals: "gol", "marcó", "penalti"), where elsewhere "en el 81" may be a street
number or a year.
"""

from __future__ import annotations

import re

from parallax.compare.speakers import person_match
from parallax.records import Article, Sentence

_MINUTE = re.compile(
    r"(?<![\w+])(\d{1,3})(?:st|nd|rd|th)[ -]minute\b"  # "in the 23rd minute", "a 25th-minute header"
    r"|(?<![\w+])(\d{1,3})\.[ \u00a0]?(?:Spiel)?[Mm]inute\b"  # "in der 81. Minute", "in der 81. Spielminute"
    r"|(?<![\w+])(\d{1,3})(?:e|ème|è)[ \u00a0]minute\b"  # "à la 84e minute"
    r"|\bminut[oe][ \u00a0](\d{1,3})\b(?![+,.]\d)"  # "en el minuto 81", "al minuto 23"
    r"|(?<![\w+])(\d{1,3})[°º][ \u00a0]?minuto\b|\bal(?:l['’])?[ \u00a0]?(\d{1,3})['’′](?!\w)",  # "al 23° minuto", "al 23'", "all'81'"
    re.I,
)
# Spanish "en el 81" with no "minuto", and only in a match report: not a stoppage time ("en el 90+2"), a share,
# a year or a count ("en el 81 %", "en el 81 de la calle Mayor"; "en el 81 de penalti" is a minute)
_BARE_MINUTE = re.compile(
    r"\ben el (\d{1,3})\b(?![+'’.,:]\d|\s*(?:%|por\b|de\b(?!\s+(?:penalti|penal|cabeza|falta|tiro)\b)|años\b|minutos\b))", re.I
)
_MATCH_REPORT = re.compile(r"\b(?:gol(?:es|eador)?|golazo|marc[óa]|anot[óa]|penalti|penal|empate|empató|remontada)\b", re.I)
_BARE_LANGUAGES = frozenset({"es"})
_NAMED_PERSON = frozenset({"PERSON", "PER"})
LANGUAGES = frozenset({"en", "de", "fr", "es", "it"})
_PERSON = frozenset({"PERSON", "PER", "ORG", "MISC"})  # (a player is often tagged an organisation, or in German, read from capitals, a name
# of no known kind; a team stands for its goal)


# where a clause of a match report starts: a comma or semicolon, or a conjunction of time or contrast ("Price
# equalised before Mensah struck in the 90th minute")
_CLAUSE = re.compile(
    r"[,;:–—]|\b(?:but|before|after|when|while|and|as|und|bevor|ehe|nachdem|als|bis|et|avant|puis|quand|y|antes|cuando|e|prima|poi|mentre)\b",
    re.I,
)


def minutes_by_person(art: Article, s: Sentence) -> dict[str, set[int]]:
    """Each named person's minutes in the sentence: a minute goes to the person nearest to it in its clause
    (none there: in the sentence)."""
    people = [e for e in art.entities if e.label in _PERSON and s.start <= e.start < s.end]
    cuts = [s.start, *(s.start + m.start() for m in _CLAUSE.finditer(art.text[s.start : s.end])), s.end]
    out: dict[str, set[int]] = {}
    for m in _minutes(art, s):
        lo = max(c for c in cuts if c <= m.start())
        hi = min(c for c in cuts if c >= m.end())
        near = [e for e in people if lo <= e.start and e.end <= hi] or people  # "... and again in the 80th minute": the sentence's
        near = [e for e in near if e.label in _NAMED_PERSON] or near  # a person before a name of no known kind ("Führung")
        if near:
            nearest = min(near, key=lambda e: e.start - m.end() if e.start >= m.end() else m.start() - e.end)
            out.setdefault(nearest.text, set()).add(int(next(g for g in m.groups() if g)))
    return out


def _minutes(art: Article, s: Sentence) -> list[re.Match[str]]:
    """The sentence's minutes of play: written as minutes, or in a Spanish match report as "en el 81"."""
    found = list(_MINUTE.finditer(art.text, s.start, s.end))
    if (art.language or "")[:2] in _BARE_LANGUAGES and _MATCH_REPORT.search(art.text):
        found += [m for m in _BARE_MINUTE.finditer(art.text, s.start, s.end) if 0 < int(m.group(1)) <= 130]
    return sorted(found, key=lambda m: m.start())


def minute_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, int, str, int]]:
    """(person in a, minute, person in b, minute): one person's only minute in each sentence, differing."""
    if not all((a.language or "en")[:2] in LANGUAGES for a in (art_a, art_b)):
        return []
    ma, mb = minutes_by_person(art_a, sa), minutes_by_person(art_b, sb)
    out = []
    for pa, xa in ma.items():
        for pb, xb in mb.items():
            if len(xa) == len(xb) == 1 and person_match(pa, pb) and xa != xb:
                out.append((pa, next(iter(xa)), pb, next(iter(xb))))
    return out
