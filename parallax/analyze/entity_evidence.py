"""Entity labels the article itself overrules: people a small model tagged as
organisations or places, and places it tagged as people.

The quote stage resolves "he said" to the last person named, so a place
labelled a person becomes a speaker.  The evidence read here is in the article
(a title, an age, a pronoun; a place preposition, the same name labelled a
place elsewhere), so it is kept apart from the finders in
:mod:`parallax.analyze.entities`, which call it after finding the names.
"""

from __future__ import annotations

import re

from parallax.analyze.canonical_names import clean_name
from parallax.analyze.portfolio_holders import role_word
from parallax.analyze.reporting_people import person_noun_opening, says_as_named
from parallax.analyze.titles import HONORIFICS, PERSON_NOUNS, ROLE_GENDER, ROLES, TITLE_WORDS
from parallax.letters import UPPER
from parallax.records import Article, Entity

# ------------------------------------------------------------------- people the model labelled otherwise
# A small model tags some names of people as organisations ("Marcus Ellery", "Ruaridh MacLeod") and
# some places as people ("Carrick Point", "Kelton"), and the quote stage then resolves "he said" to a
# place.  What the article itself says settles it: a title or a person's noun before the name, an age
# after it, "he" or "she" taking it up; a place preposition before it, or the same name labelled a
# place elsewhere.  Only spans shaped like a person's name change label.

_NAME_SHAPE = re.compile(rf"(?<![\w’'-])[{UPPER}][\w’'-]*+(?<=[^\W\d_])(?:\s[{UPPER}][\w’'-]*+(?<=[^\W\d_])){{1,2}}")  # (linear)
_AGE_AFTER = re.compile(r",\s\d{1,3}(?:,|\.|;|\s(?:and|who)\b)|\s\(\d{1,3}\)")  # "Sadia Kern, 34,", "Sadia Kern (34)"
_PERSON_WORDS = TITLE_WORDS | set(ROLES) | set(ROLE_GENDER) | set(HONORIFICS) | PERSON_NOUNS
_SUBJECT = ("nsubj", "nsubjpass", "nsubj:pass")
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:in|at|near|off|outside|on|into|across|along|around)\s(?:the\s)?\Z", re.I)
_IMPERSONAL_TOO = {"il"}
# words that head the name of an organisation or a place, never a person's ("Republican National
# Committee", "Westisles Ferries", "Carrick Point"): such a name stays what the model said
_NOT_A_PERSON = frozenset(
    """committee council party ministry department company group bank association union university college school
    agency office service services institute foundation corporation corp inc ltd llc plc board commission court
    authority police army force forces navy airline airlines airways ferries railway railways times news post press
    club team hospital church centre center museum trust fund network media partners holdings industries systems
    co bros brothers sons street road lane avenue square bridge station airport port harbour harbor point island bay river lake park hall
    tower house city county state republic kingdom""".split()
)  # French "il" is also the impersonal subject ("il faut", "il y a")


def _person_evidence(e: Entity, doc, others: list[Entity], quoted: list[tuple[int, int]]) -> str | None:
    """Why the span ``e`` (paragraph offsets of ``doc``) is a person's name, or None: a title,
    honorific or person's noun before it, an age after it, or a gendered pronoun outside the
    ``quoted`` spans that takes it up as the next name (of ``others``) it could refer to."""
    text = doc.text
    before = text[max(0, e.start - 40) : e.start].split()
    if before and role_word(before[-1]).rstrip(".,") in _PERSON_WORDS:
        return "title"  # (an elided article before it: "L'assessore Tomás Bellver")
    if _AGE_AFTER.match(text, e.end):
        return "age"
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None:
        return None
    if says_as_named(span):
        return "speaks"  # "Grace Wanjiku Kamau said": a given name opening three words (:mod:`.reporting_people`)
    root = span.root
    if not (root.dep_ in _SUBJECT or root.dep_ == "appos" and root.head.dep_ in _SUBJECT):
        return None
    sent = span.sent
    stop = doc[sent.end].sent.end_char if sent.end < len(doc) else sent.end_char  # this sentence and the next
    for tok in doc[span.end :]:
        if tok.idx >= stop or any(n.start <= tok.idx < n.end for n in others):
            return None  # another name comes first: the pronoun may be its
        if tok.pos_ != "PRON" or any(a <= tok.idx < b for a, b in quoted):
            continue
        gender = tok.morph.get("Gender")
        if tok.morph.get("Person") == ["3"] and tok.morph.get("Number") == ["Sing"] and gender:
            if gender == ["Neut"]:
                return None  # "it said": an organisation
            if tok.lower_ not in _IMPERSONAL_TOO:
                return "pronoun"
    return None


def _people_by_evidence(found: list[Entity], doc, offset: int, person: str = "PERSON") -> None:
    """Relabel, in one paragraph (at article offset ``offset``), the names of people a model tagged
    otherwise (organisation, place, work) with the model's ``person`` label when the paragraph says
    they are people (:func:`_person_evidence`)."""
    local = [Entity(e.text, e.label, e.start - offset, e.end - offset) for e in found]
    quoted: list[tuple[int, int]] | None = None
    for e, here in zip(found, local, strict=True):
        if e.label in ("PERSON", "PER", "NORP") or not _NAME_SHAPE.fullmatch(e.text) or _NOT_A_PERSON & set(e.text.lower().split()):
            continue
        if quoted is None:
            from parallax.analyze.quotes.marks import find_quote_spans  # (the quote stage imports this package)

            quoted = [(q.start, q.end) for q in find_quote_spans(doc.text, [(0, len(doc.text))])]
        if cut := person_noun_opening(e.text):  # "Lawyer Rohan Deshmukh" (:mod:`.reporting_people`)
            e.text, e.start, e.label = e.text[cut:], e.start + cut, person
        elif _person_evidence(here, doc, [n for n in local if n is not here], quoted):
            e.label = person


def _places_by_evidence(article: Article) -> None:
    """Relabel as places the PERSON mentions of a name the article also labels a place ("Kelton's
    mayor" after "floods in Kelton"), or whose every mention follows a place preposition ("off
    Carrick Point", "on Mill Lane").  A mention with a title or an honorific before it stays a person."""
    text = article.text
    places: dict[str, list[str]] = {}
    people: dict[str, list[Entity]] = {}
    for e in article.entities:
        if e.label in ("GPE", "LOC", "FAC"):
            places.setdefault(clean_name(e.text), []).append(e.label)
        elif e.label in ("PERSON", "PER"):
            people.setdefault(clean_name(e.text), []).append(e)
    for name, mentions in people.items():
        titled = any(role_word((text[max(0, e.start - 40) : e.start].split() or [""])[-1]).rstrip(".,") in _PERSON_WORDS for e in mentions)
        if titled or any(len(other) > len(name) and other.endswith(" " + name) for other in people):
            continue  # "Clinton" after "Hillary Clinton" is her, whatever "Clinton County" is
        if len(places.get(name, ())) >= len(mentions):
            label = places[name][0]
        elif all(_PLACE_BEFORE.search(text, max(0, e.start - 12), e.start) for e in mentions):
            label = "LOC"
        else:
            continue
        for e in mentions:
            e.label = label
