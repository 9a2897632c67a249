"""Person names in one article: which entity a span names, and the name as the article writes it.

A quotation's speaker is reported by name, so the span of a cue's subject has to become one: the
person entity inside it (the last: "Foreign Ministry spokesperson Zhao Lijian"), or the last
person named before it when there is no subject; written with the honorific that tells a gender
("Mr.", "Mrs."), with the particles the entity model cut ("De Santis", "Ursula von der Leyen"),
without titles and a possessive, and in the fullest form the article uses ("Stoltenberg" is "Jens
Stoltenberg").  And whether a paragraph names anyone outside its quotations (who may be its new
speaker).  These are lookups on the article alone; :class:`.people._Attributor` combines them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from parallax.analyze import Paragraph
from parallax.analyze.names import NAME_PARTICLES
from parallax.analyze.quotes.marks import _inside, _Span
from parallax.analyze.span_index import index_of
from parallax.analyze.titles import HONORIFICS, TITLE_WORDS, TITLES, role_opening, role_word_before_name
from parallax.letters import LOWER, UPPER
from parallax.records import Article, Entity

_PROPER = re.compile(rf"\b[{UPPER}][{LOWER}’'-]+(?:\s[{UPPER}][{LOWER}’'-]+){{1,3}}\b")


def _entity_at(article: Article, start: int, end: int, labels=("PERSON", "PER")) -> Entity | None:
    best = None
    for e in index_of(article.entities).inside(start, end):  # (a scan of every entity, per quotation, was quadratic)
        if e.label in labels:
            best = e  # the last one: "Foreign Ministry spokesperson Zhao Lijian"
    return best


def _person_at(people: list[Entity], pos: int) -> Entity | None:
    for e in people:
        if e.start <= pos < e.end:
            return e
    return None


def people_by_offset(people: list[Entity]) -> dict[int, Entity]:
    """What :func:`_person_at` answers, for every offset at once: the first person of ``people`` over each
    character.  Asked per token, the scan of every person was quadratic in a long text (session 42)."""
    at: dict[int, Entity] = {}
    for e in people:
        for pos in range(e.start, e.end):
            at.setdefault(pos, e)
    return at


def _last_person_before(article: Article, pos: int, fits: Callable[[str], bool] | None = None) -> Entity | None:
    """The last person named before ``pos``: a PERSON entity, or else a run of two or three
    capitalised words that is no other entity (small models miss names); with ``fits``, the last
    whose name it accepts (a pronoun's gender)."""
    found = [e for e in article.entities if e.label in ("PERSON", "PER") and e.end <= pos]
    others = {(e.canonical or e.text) for e in article.entities if e.label not in ("PERSON", "PER", "MISC")}  # MISC: no NER model
    last = found[-1].start if found else -1
    for m in _PROPER.finditer(article.text, 0, pos):
        name = m.group()
        while (t := TITLES.match(name)) and len(name.split()) > 1:
            name = name[t.end() :]
        name = name[role_word_before_name(name) :]  # "Shopkeeper Glyn Rowlands"
        if len(name.split()) >= 2 and name not in others and m.start() > last:
            found.append(Entity(name, "PERSON", m.end() - len(name), m.end(), name))
    found.sort(key=lambda e: e.start)
    return next((e for e in reversed(found) if fits is None or fits(e.canonical or e.text)), None)


def _names_outside(article: Article, para: Paragraph, spans: list[_Span]) -> bool:
    """The paragraph names a person outside its quotations (who may be its new speaker);
    names inside the quoted words are what is said, not who says it."""
    for e in article.entities:
        if e.label in ("PERSON", "PER") and para.offset <= e.start < para.offset + len(para.text):
            if not _inside(e.start - para.offset, spans):
                return True
    return False


def honorific_at(text: str, start: int, end: int | None = None) -> str | None:
    """The honorific ("Mr.", "Mrs.") right before ``start``, or opening ``start:end``:
    it tells a person's gender and keeps "Mr. Obama" from becoming "Michelle Obama"."""
    words = text[max(0, start - 6) : start].split()[-1:] + text[start : start if end is None else end].split()[:1]
    return next((w for w in words if w.lower() in HONORIFICS), None)


def _clean_person(name: str) -> str:
    name = re.sub(r"(?:'s|’s|'|’)$", "", name.strip())
    return name[role_prefix(name) :].strip(" ,.")


def role_prefix(name: str) -> int:
    """How many characters of ``name`` are titles and compound roles before the name itself ("Mayor ",
    "Chefvolkswirt ", "GGD-arts "): at least one word is left, so "Chefvolkswirt Sommer" is Sommer but a
    role alone stays what it is."""
    cut = 0
    while (t := role_opening(name[cut:])) and len(name[cut:].split()) > 1:
        cut += t.end()
    if cut and all(w.lower().strip(".") in TITLE_WORDS for w in name[cut:].split()):
        return 0  # a role of several words and no name ("Prime Minister", "Foreign Secretary") is the whole role
    return cut + role_word_before_name(name[cut:])


def _speaker_names(people: list[Entity], surname_first: bool = False, normal: Callable[[str], str] | None = None) -> dict[str, str]:
    """Surname -> the one full name ending with it ("Stoltenberg" -> "Jens Stoltenberg"), or opening
    it where the family name comes first ("Kovács" -> "Kovács Péter"); a surname two people share
    ("Barack Obama", "Michelle Obama") maps to nobody.  ``normal`` writes a name as it is reported
    (a declined name back in the nominative: "Mikko Virtasen" is "Mikko Virtanen")."""
    full: dict[str, set[str]] = {}
    for e in people:
        name = _clean_person(e.text)
        name = normal(name) if normal else name
        words = name.split()
        if len(words) >= 2 and len(words) <= 4:
            full.setdefault(words[0] if surname_first else words[-1], set()).add(name)
    out = {}
    for last, names in full.items():
        longest = max(names, key=len)
        # "Jens Stoltenberg" and "Jens Stoltenberg Jr." are one person; "Bill Clinton" and "Hillary Clinton" two
        if all(longest.endswith(n) or longest.startswith(n) and surname_first or set(n.split()) <= set(longest.split()) for n in names):
            out[last] = longest
    return out


# particles a name may open with when written without its given name ("De Santis", "Van der Meulen")
# or that the entity model leaves at its end ("Ursula von der" | "Leyen"): :data:`NAME_PARTICLES`
# (not "La", "Le", "Do", "Der": an article or a verb opening a sentence: "La Meloni ha detto", "Do Trump voters ...")
_LEAD_PARTICLES = {"da", "de", "dos", "das", "del", "della", "di", "du", "des", "van", "von", "ter", "ten", "bin", "ibn"}
_CAPITALISED = re.compile(rf"\s(?P<word>[{UPPER}][\w’'-]+)")


_PARTICLE_NAME = re.compile(
    rf"\A[{UPPER}][\w’'-]+(?:\s[{UPPER}][\w’'-]+)*(?:\s(?:{'|'.join(sorted(NAME_PARTICLES))})){{1,3}}\s[{UPPER}][\w’'-]+"
)  # a name with particles: "Joris van den Berg", "Rui dos Santos"


def _with_particles(text: str, ent: Entity) -> Entity:
    """A person entity with the particles of its name the entity model cut: a capitalised particle
    before it ("De Santis" tagged "Santis") and the surname after particles it ends on ("Ursula von
    der" tagged, "Leyen" left out)."""
    start, end = ent.start, ent.end
    words = text[start:end].split()
    if len(words) > 1 and words[-1].lower() in NAME_PARTICLES and (m := _CAPITALISED.match(text, end)):
        end = m.end("word")
    before = text[max(0, start - 12) : start]
    if m := re.search(r"(?:^|\s)((?:[A-Z][a-z]{1,3})(?:\s[a-z]{2,3})?)\s$", before):
        lead = m.group(1).split()
        if lead[0].lower() in _LEAD_PARTICLES and all(w.lower() in NAME_PARTICLES for w in lead):
            start -= len(m.group(1)) + 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Entity(text[start:end], ent.label, start, end, text[start:end])
