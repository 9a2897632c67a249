"""Statements a Romance-language report attributes with "according to" and no speech verb.

French, Spanish, Italian, Portuguese and Catalan news sets its source before the clause ("Selon le préfet
Jean Durand, 14 personnes ...", "D'après la ministre ..., le pont ...", "De acuerdo con el alcalde ...") or
after it ("La scuola resterà chiusa, secondo il sindaco Marco Bianchi."), and often names the person with
their role in commas after the name ("Según Ana López, portavoz de la policía, el sospechoso ...").  The
parser's reading of "d'après" or of a closing "secondo ..." is unreliable and the other languages have no
parser, so the source is read lexically here: it runs to its comma (or to the end of the sentence when it
closes one) and is at most :data:`_MOST_WORDS` words long, and a role in apposition after a name is skipped
so that the clause reported starts where the statement does.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.plural_cues import PLURAL_ARTICLES
from parallax.analyze.titles import describes_a_role
from parallax.letters import LOWER, UPPER

__all__ = ["ROMANCE", "according_sources", "described_speakers"]

ROMANCE = {"fr", "es", "it", "pt", "ca"}
# the prepositions of "according to", capitalised as a sentence opens with them
_ACCORDING = (
    r"[Ss]elon|[Dd]['’]\s?après|[Ss]egún|[Dd]e\s+acuerdo\s+con|[Ss]egundo|[Dd]e\s+acordo\s+com|[Cc]onforme|[Ss]econdo"
    r"|[Ss]tando\s+a|[Aa]\s+detta\s+di|[Ss]egons|[Dd]['’]acord\s+amb"
)
_MOST_WORDS = 8
_CAPITAL = re.compile(f"[{UPPER}]")
# a source that opens its sentence, up to its comma
_OPENING = re.compile(rf"(?P<cue>{_ACCORDING})\s+(?P<src>[^,.;:!?“”\"«»\n]{{2,80}}?),\s+")
# a role in apposition after a named source, closed by a comma: "Ana López, portavoz de la policía, el ..."
_APPOSED_ROLE = re.compile(rf"(?P<role>[{LOWER}][^,.;:!?“”\"«»\n]{{2,60}}?),\s+(?=\S)")
# a source that closes its sentence: ", secondo il sindaco Marco Bianchi." (a comma before it)
_CLOSING = re.compile(rf",\s+(?P<cue>{_ACCORDING})\s+(?P<src>[^,.;:!?“”\"«»\n]{{2,80}}?)\s*[.!?]?\s*$")


# the first word of a source: an article or a third person's pronoun, when not a capitalised name ("secondo posto",
# "second place", and "secondo me", in my opinion, are no sources)
_OPENS_A_SOURCE = frozenset(
    "le la les l un une des du el los las lo il gli i o a os as um uma uns umas del dels els en na "
    "lui elle eux elles él ella ellos ellas lei loro ele ela eles elas ell".split()
)


def _names(src: str) -> bool:
    """Whether a source's words can be a source: a few words, opening on a capitalised name, an article or a
    pronoun of the third person, holding a capitalised name or a noun of its own."""
    words = src.split()
    if not 0 < len(words) <= _MOST_WORDS:
        return False
    first = re.split(r"['’]", words[0])[0].lower()
    return bool(_CAPITAL.match(words[0]) or first in _OPENS_A_SOURCE) and any(_CAPITAL.match(w) or len(w) >= 4 for w in words)


def according_sources(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int, int, int, str]]:
    """(clause start, clause end, source start, source end, cue) for each sentence of ``text`` (paragraph
    offsets) that an "according to" source opens or closes."""
    out = []
    for s, e in sents:
        sentence = text[s:e]
        body_end = s + len(sentence.rstrip(" .!?\n"))
        if m := _OPENING.match(text, s):
            start, src = m.end(), m.group("src")
            if (ap := _APPOSED_ROLE.match(text, start)) and _CAPITAL.match(src) and describes_a_role(ap.group("role")):
                start = ap.end()  # "Según Ana López, portavoz de la policía, el sospechoso ...": past her role
            if _names(src) and body_end > start:
                out.append((start, body_end, m.start("src"), m.end("src"), _cue(m)))
            continue
        if (m := _CLOSING.search(sentence)) and _names(m.group("src")):
            clause_start = s + len(sentence) - len(sentence.lstrip())
            out.append((clause_start, s + m.start(), s + m.start("src"), s + m.end("src"), _cue(m)))
    return out


def _cue(m: re.Match) -> str:
    return " ".join(m.group("cue").lower().replace("’", "'").split())




# the articles a described speaker opens its sentence with: "O porta-voz da polícia disse que ...", "Un vocero dijo que ..."
_ARTICLES = r"(?:O|A|Um|Uma|El|La|Un|Una|Il|Lo|L['’]|Le|Una|Un['’])"
# the description: a role in lower case and what it speaks for ("da polícia", "del Gobierno", "da Saúde"), a few words
_DESCRIPTION = rf"(?P<spk>[{LOWER}][\w-]*+(?:\s(?:[{LOWER}][\w-]*+|[{UPPER}][\w-]*+)){{0,4}}?)"


def described_speakers(
    text: str, sents: list[tuple[int, int]], verbs: str, that: str, plural: str | None = None
) -> list[tuple[int, int, int, str]]:
    """(clause start, description start, description end, verb) for each sentence of ``text`` that opens with
    a speaker described by a role, not named ("A ministra da Saúde afirmou que ...", "El portavoz del Gobierno
    dijo que ..."): the description is who speaks, as "a police spokesman" is in English.  A group with a plural
    article and a verb of ``plural`` agreeing with it speaks too, a role or not ("Los manifestantes afirmaron que
    ...", "I sindacati hanno detto che ..."): the verb's agreement shows the noun is its subject."""
    pattern = _described(verbs, that)
    group = _described(plural, that, PLURAL_ARTICLES) if plural else None
    out = []
    for s, _ in sents:
        m = pattern.match(text, s)
        if m and describes_a_role(m.group("spk").split()[0]):
            out.append((m.end(), m.start("spk"), m.end("spk"), m.group("verb").split()[-1]))
        elif group and (m := group.match(text, s)) and len(m.group("spk").split()[0]) >= 4:
            out.append((m.end(), m.start("spk"), m.end("spk"), m.group("verb").split()[-1]))
    return out


_DESCRIBED: dict[tuple[str, str, str], re.Pattern] = {}


def _described(verbs: str, that: str, articles: str = _ARTICLES) -> re.Pattern:
    if (verbs, that, articles) not in _DESCRIBED:
        _DESCRIBED[verbs, that, articles] = re.compile(rf"{articles}\s?{_DESCRIPTION},?\s+(?P<verb>{verbs})\s?,?\s+(?:{that})\s+")
    return _DESCRIBED[verbs, that, articles]
