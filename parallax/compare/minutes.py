"""The minute of a goal: "Ferri scored in the 23rd minute" / "Ferri's 25th-minute header" disagree.

A match report times its goals by the minute of play, written as an ordinal ("in the 58th minute",
"a 23rd-minute lead"; stoppage time, "in the 90+2nd minute", is the 92nd minute of play), which the counts never read (an ordinal is no
count).  Several goals may share a sentence, so a minute is told by the person named nearest to it in
its clause (the scorer: "through Daniel Price", "Mensah struck in the 90th minute", or the team), and two aligned
sentences disagree where one person's only minute differs between them.  English, German, French, Spanish and
Italian, Portuguese, also across them ("traf in der 81. Minute" / "à la 84e minute" / "en el minuto 81" / "al 23'").
Spanish match reports also time a goal by the bare number, "marcó en el 81", and Portuguese ones "aos 32 minutos" or
"empatou aos 51": read as a minute only in a match report (its text tells of goals: "gol", "marcó", "penalti"), where elsewhere "en el 81" may be a street
number or a year.
"""

from __future__ import annotations

import re

from parallax.compare.speakers import person_match
from parallax.records import Article, Entity, Sentence

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
# Portuguese times a goal "aos 32 minutos", "aos 32'" or bare, "empatou aos 51" (not stoppage time, "aos 90+2", a share,
# an age or a count: "aos 51%", "aos 70 anos", "aos 32 mil adeptos"), read as Spanish "en el 81" is: in a match report only
_BARE_MINUTE_PT = re.compile(r"\baos (\d{1,3})(?![\d+]|[.,:'’]\d|\s*(?:%|anos\b|por\b|de\b|mil\b|metros\b|km\b|quil))", re.I)
_MATCH_REPORT = re.compile(
    r"\b(?:gol(?:es|eador|os)?|golazo|golo|marc[óa]|marcou|anot[óa]|penalti|penal|penálti|empate|empató|empatou|remontada)\b", re.I
)
_BARE = {"es": _BARE_MINUTE, "pt": _BARE_MINUTE_PT}
# stoppage time, the minutes added to the end of a half or of extra time (45, 90, 105, 120): "in the 90+2nd minute",
# "aos 90+2 minutos", "en el minuto 90+2", "in der 90.+2 Minute", "90+2'"; its minute of play is the sum, which a
# report also writes plainly ("en el minuto 92"); read where a minute word or a prime stands by it, or in a match report
_STOPPAGE = re.compile(r"(?<![\w+.,])(45|90|105|120)\.?[ \u00a0]?\+[ \u00a0]?(\d{1,2})(?![\d+.,]\d)(?:st|nd|rd|th|e|ème|\.|[°º])?")
_MINUTE_WORD = re.compile(r"['’′]|[ \u00a0-]*(?:[Ss]piel)?(?:minut[eoi]s?|Minute|min\.?)(?!\w)", re.I)
_WORD_BEFORE = re.compile(r"(?:minut[eoi]s?|Minute)[ \u00a0]+(?:de[ \u00a0]+)?\Z", re.I)
_NAMED_PERSON = frozenset({"PERSON", "PER"})
LANGUAGES = frozenset({"en", "de", "fr", "es", "it", "pt"})
_PERSON = frozenset({"PERSON", "PER", "ORG", "MISC"})  # (a player is often tagged an organisation, or in German, read from capitals, a name
# of no known kind; a team stands for its goal)


# a side named after "for" or "against" is the team a goal counted for, not its scorer, though the tagger made the club
# a person ("Immobile pulled one back for Lazio in the 74th minute", "ha segnato per la Lazio", "traf für Bayern")
_SIDE_BEFORE = re.compile(
    r"(?<!\w)(?:for|against|für|gegen|pour|contre|per|contro|para|contra)[ \u00a0]+(?:(?:the|il|la|lo|i|gli|l['’]|el|los|las|o|a|os|as|le|les|den|die|das)[ \u00a0]*)?\Z",
    re.I,
)
# where a clause of a match report starts: a comma or semicolon, or a conjunction of time or contrast ("Price
# equalised before Mensah struck in the 90th minute")
_CLAUSE = re.compile(
    r"[,;:–—]|\b(?:but|before|after|when|while|and|as|und|bevor|ehe|nachdem|als|bis|et|avant|puis|quand|y|antes|cuando|e|prima|poi|mentre)\b",
    re.I,
)


def surnames(articles: list[Article]) -> frozenset[str]:
    """The last words of the people the articles name ("Antoine Griezmann": "Griezmann"), for :func:`minutes_by_person`."""
    return frozenset(
        w for a in articles for e in a.entities if e.label in _NAMED_PERSON and len(w := e.text.split()[-1]) > 2 and w[0].isupper()
    )


def _named_elsewhere(art: Article, s: Sentence, people: list[Entity], known: frozenset[str]) -> list[Entity]:
    """The words of the sentence that are the surname of a person another report names, where the text tagged
    nothing: a scorer's surname opening the sentence ("Griezmann abriu o marcador aos 32 minutos") is a capitalised
    first word, which a tagger without a model leaves untagged, and the minute went to the next name in the sentence."""
    out = []
    for m in re.finditer(r"[^\W\d_][\w'’-]*", art.text[s.start : s.end]):
        start, end = s.start + m.start(), s.start + m.end()
        if m.group() in known and not any(e.start < end and start < e.end for e in people):
            out.append(Entity(m.group(), "PER", start, end))
    return out


def minutes_by_person(art: Article, s: Sentence, known: frozenset[str] = frozenset()) -> dict[str, set[int]]:
    """Each named person's minutes in the sentence: a minute goes to the person nearest to it in its clause
    (none there: in the sentence); ``known``, surnames other reports name (:func:`surnames`), count as names here too."""
    people = [e for e in art.entities if e.label in _PERSON and s.start <= e.start < s.end]
    people += _named_elsewhere(art, s, people, known)
    cuts = [s.start, *(s.start + m.start() for m in _CLAUSE.finditer(art.text[s.start : s.end])), s.end]
    out: dict[str, set[int]] = {}
    for m in _minutes(art, s):
        lo = max(c for c in cuts if c <= m.start())
        hi = min(c for c in cuts if c >= m.end())
        near = [e for e in people if lo <= e.start and e.end <= hi] or people  # "... and again in the 80th minute": the sentence's
        near = [e for e in near if e.label in _NAMED_PERSON] or near  # a person before a name of no known kind ("Führung")
        near = [e for e in near if not _SIDE_BEFORE.search(art.text, max(0, e.start - 12), e.start)] or near
        if near:
            nearest = min(near, key=lambda e: e.start - m.end() if e.start >= m.end() else m.start() - e.end)
            out.setdefault(nearest.text, set()).add(_minute_of_play(m))
    return out


_ADDED_BEFORE = re.compile(r"(?<![\w+.,])(?:45|90|105|120)\.?[ \u00a0]?\+[ \u00a0]?\Z")


def stoppage_added(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is the minutes added in stoppage time ("aos 90+2 minutos"): a minute of
    play, not a span of two minutes."""
    return bool(_ADDED_BEFORE.search(text, max(0, start - 8), start))


def _minute_of_play(m: re.Match[str]) -> int:
    """A minute as played: a stoppage time's sum ("90+2" is the 92nd), else the figure written."""
    if m.re is _STOPPAGE:
        return int(m.group(1)) + int(m.group(2))
    return int(next(g for g in m.groups() if g))


def _minutes(art: Article, s: Sentence) -> list[re.Match[str]]:
    """The sentence's minutes of play: written as minutes, or in a Spanish match report as "en el 81"; and
    stoppage time ("90+2")."""
    found = list(_MINUTE.finditer(art.text, s.start, s.end))
    report = _MATCH_REPORT.search(art.text)
    if (bare := _BARE.get((art.language or "")[:2])) and report:
        found += [m for m in bare.finditer(art.text, s.start, s.end) if 0 < int(m.group(1)) <= 130]
    for m in _STOPPAGE.finditer(art.text, s.start, s.end):
        if report or _MINUTE_WORD.match(art.text, m.end()) or _WORD_BEFORE.search(art.text, max(0, m.start() - 12), m.start()):
            found.append(m)
    return sorted(found, key=lambda m: m.start())


def minute_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, int, str, int]]:
    """(person in a, minute, person in b, minute): one person's only minute in each sentence, differing."""
    if not all((a.language or "en")[:2] in LANGUAGES for a in (art_a, art_b)):
        return []
    ma, mb = minutes_by_person(art_a, sa, surnames([art_b])), minutes_by_person(art_b, sb, surnames([art_a]))
    out = []
    for pa, xa in ma.items():
        for pb, xb in mb.items():
            if len(xa) == len(xb) == 1 and person_match(pa, pb) and xa != xb:
                out.append((pa, next(iter(xa)), pb, next(iter(xb))))
    return out
