"""Person spans a small entity model gets wrong: lone surnames it missed, headline verbs it took in.

Lone surnames: "Okafor said ..." after "Jane Okafor".

A small English model often leaves a surname that stands alone untagged, above all at the start
of a sentence ("Okafor said the budget ..."), and a model-less entity stage skips every single
capitalised word that opens a sentence.  Once the article has named a person in full, a later
(or earlier, in a headline) bare occurrence of that surname is the same person: adding it as a
person entity lets ``canonical_names`` point it at the full name, so comparisons, mention counts
and quote speakers see one person, not a stray word.

Headline verbs: in a title-case headline the model takes the verb into the name ("Obama Says",
"Warren Tells", "Warns Clinton Needs"), and ``canonical_names`` then makes "Obama Says" the full
name of every later "Obama".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from parallax.analyze import Paragraph
from parallax.analyze.names import FIRST_NAMES, NAME_PARTICLES
from parallax.analyze.span_index import SpanIndex
from parallax.analyze.titles import HONORIFICS, TITLE_WORDS
from parallax.records import Article, Entity

_PERSON = ("PERSON", "PER")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_WORD_BEFORE = re.compile(r"([^\s\"“”‘’«»(]+)[ \t\u00a0]+\Z")
_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?:;]['\"”’»)]?\s+|\n\s*|[\"“«—–-]\s*)\Z")
_CAPITALISED_AFTER = re.compile(r"\s[A-Z][a-z]")  # "Clinton Foundation": part of another name


def _surnames(entities: list[Entity]) -> dict[str, str]:
    """Surname -> the label of a full name ending in it, from the person names of two words or more."""
    out: dict[str, str] = {}
    for e in entities:
        if e.label not in _PERSON:
            continue
        words = _POSSESSIVE.sub("", e.text.strip()).split()
        if len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) >= 3 and words[-1].isalpha():
            out.setdefault(words[-1], e.label)
    return out


def _paragraph_finder(paragraphs: list[Paragraph]) -> Callable[[int], Paragraph | None]:
    """The paragraph holding an article offset: by bisection on the paragraphs' offsets, which come in order (asked
    for each surname, a scan of every paragraph grew as the square of a long text's length); one by one otherwise."""
    starts = [p.offset for p in paragraphs]
    ordered = starts == sorted(starts)

    def find(pos: int) -> Paragraph | None:
        if ordered:
            i = bisect_right(starts, pos) - 1
            near = paragraphs[i : i + 1] if i >= 0 else []
        else:
            near = paragraphs
        return next((p for p in near if p.offset <= pos < p.offset + len(p.text)), None)

    return find


def _token_at(para: Paragraph | None, pos: int):
    """The token of the paragraph's parse that starts at article offset ``pos``, if any."""
    if para is None:
        return None
    span = para.doc.char_span(pos - para.offset, pos - para.offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _in_model_entity(para: Paragraph | None, pos: int) -> bool:
    """Whether the model put ``pos`` in any entity, also one the stage drops (a date: "in May")."""
    if para is None:
        return False
    local = pos - para.offset
    return any(ent.start_char <= local < ent.end_char for ent in para.doc.ents)


def _another_name_before(text: str, pos: int) -> bool:
    """Whether a capitalised word before ``pos`` makes the surname part of another person's name
    ("John Okafor"): a given name, or any capitalised word that does not open the sentence.  A title
    or an honorific ("Sen. Okafor", "Mrs. Okafor") is no other name."""
    if _SENTENCE_OPENS.search(text, max(0, pos - 4), pos):
        return False  # the surname opens the sentence ("Okafor said ...")
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    if not m or not m.group(1)[:1].isupper():
        return False
    word = m.group(1).rstrip(".,").lower()
    if word in HONORIFICS or word + "." in HONORIFICS or word in TITLE_WORDS:
        return False
    return word in FIRST_NAMES or not _SENTENCE_OPENS.search(text, max(0, m.start() - 4), m.start())


def _bare_subject(tok) -> bool:
    """Whether a sentence-opening word the parse took for a common noun is a name all the same: the subject of a
    verb on its own, singular, with no article or modifier ("Price welcomed the vote.", where the article named
    Anna Price; a singular count noun needs an article, "The price rose").  A modifier of the noun after it is
    none ("Price rises hit households", "Young people voted")."""
    return (
        tok.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")
        and tok.head.pos_ in ("VERB", "AUX")
        and not list(tok.children)
        and "Plur" not in tok.morph.get("Number")
    )


def add_lone_surnames(article: Article, paragraphs: list[Paragraph], parsed: bool, noun: Callable[[str, int], bool] | None = None) -> None:
    """Add a person entity for each bare occurrence of the surname of a person the article names in
    full (see the module docstring).  Not inside another entity (a date "May", a place "Washington"
    the model tagged), not with another capitalised name around it ("John Okafor", "Okafor Street");
    at a sentence opening, only where the parse calls the word a proper noun or the bare subject of a verb
    ("Young people said" is no Mr. Young: :func:`_bare_subject`) when ``parsed``; without a parse, not where ``noun`` says the word is a common noun
    (German capitalises them all: "der Koch" is a cook)."""
    surnames = _surnames(article.entities)
    if not surnames:
        return
    text = article.text
    paragraph_at = _paragraph_finder(paragraphs)
    taken = SpanIndex(article.entities)  # (asked per occurrence: a scan of every entity was quadratic in a long text)
    pattern = re.compile(r"(?<![\w’'-])(" + "|".join(map(re.escape, sorted(surnames, key=len, reverse=True))) + r")(?![\w-])")
    added = []
    for m in pattern.finditer(text):
        s, e = m.span()
        if any(x.start < e and s < x.end for x in taken.reaching(s, e)) or _CAPITALISED_AFTER.match(text, e) or _another_name_before(text, s):
            continue
        if parsed:
            para = paragraph_at(s)
            if _in_model_entity(para, s):
                continue
            tok = _token_at(para, s)
            if tok is not None and tok.is_sent_start and tok.pos_ != "PROPN" and not _bare_subject(tok):
                continue
        elif noun is not None and noun(text, s):
            continue
        added.append(Entity(m.group(), surnames[m.group()], s, e))
    if added:
        article.entities.extend(added)
        article.entities.sort(key=lambda x: x.start)


_INFLECTED = ("VBZ", "VBD", "VBP", "VBG")  # "Says", "Said", "Saying": never "Will" (MD) of "Will Smith"


def without_verbs(ent) -> tuple[int, int] | None:
    """The character span (in the entity's doc) of a person entity without the inflected verbs at its
    edges ("Obama Says" -> "Obama"), or None when nothing is left."""
    toks = list(ent)
    while toks and toks[0].pos_ in ("VERB", "AUX") and toks[0].tag_ in _INFLECTED:
        toks.pop(0)
    while toks and toks[-1].pos_ in ("VERB", "AUX") and toks[-1].tag_ in _INFLECTED:
        toks.pop()
    return (toks[0].idx, toks[-1].idx + len(toks[-1].text)) if toks else None


# the preposition of the one spoken to, right after a speech verb: "explique à Ouest-France Jeanne Morel", "a dit au
# Figaro Paul Roux" (French inverts the speaker after a quotation, so the outlet stands between the verb and the name)
_TO_WHOM = re.compile(r"(?<!\w)(?:à|au|aux|a|al|ao)[ \u00a0]+\Z")


def addressee_cut(text: str, start: int, name: str) -> int:
    """How many characters of the person span ``name`` at ``text[start:]`` are the outlet or person spoken to
    before the speaker's own name: the span follows "à"/"au" and does not open on a given name; the name starts at
    a later given name, else it is the last two words, a given name and a surname ("Ouest-France Jeanne Morel" is
    Jeanne Morel).  0 when nothing is to cut: "à Jean Paul Sartre" is the one spoken to, whole."""
    words = name.split()
    if len(words) < 3 or words[0].lower() in FIRST_NAMES or not _TO_WHOM.search(text, max(0, start - 5), start):
        return 0
    given = next((i for i, w in enumerate(words[1:-1], 1) if w.lower() in FIRST_NAMES), len(words) - 2)
    return len(" ".join(words[:given])) + 1


# "Der Bürgermeister von Husum, Torsten Albrecht, ...", "de burgemeester van Edam, Joost Kramer, ...": the office's
# place, between the role and the name in apposition
_OF_PARTICLE = re.compile(r"(?:von|van|vom)\s")
_APPOSITION_NAME = re.compile(r",[ \u00a0]+[A-ZÀ-ÞĀ-Ž]\w+[ \u00a0]+[A-ZÀ-ÞĀ-Ž]")


def office_place(text: str, start: int, name: str) -> bool:
    """Whether the person span ``name`` at ``text[start:]`` is the place an office is of, not a person: it opens
    on a lower-case "von"/"van" right after a role word and a name in apposition follows it ("Bürgermeister von
    Husum, Torsten Albrecht,").  A particle name after a title with no apposition stays a person ("Bundespräsident
    von Weizsäcker sagte")."""
    if not _OF_PARTICLE.match(name) or not (before := _WORD_BEFORE.search(text, max(0, start - 40), start)):
        return False
    return before.group(1).lower() in TITLE_WORDS and bool(_APPOSITION_NAME.match(text, start + len(name)))


def with_surname(doc, ent, text: str) -> str:
    """A person span the model ended on a given name or a particle takes the proper noun after it:
    "Chief Superintendent Helen | Marsh" (small models cut names after a long title), "Ursula von der | Leyen"."""
    last = doc[ent.end - 1]
    if ent.end < len(doc) and last.text.lower() in FIRST_NAMES:
        nxt = doc[ent.end]
        if nxt.pos_ == "PROPN" and nxt.ent_iob_ == "O" and nxt.text[:1].isupper() and nxt.idx == last.idx + len(last.text) + 1:
            return text + " " + nxt.text
    if ent.end < len(doc) and last.dep_ == "compound" and last.head.i == ent.end and doc[ent.end].ent_iob_ == "O" and text.endswith(last.text):
        # "Foreign Minister Espen Barth | Eide told": the span's last word modifies the proper noun after it, the
        # name's head (a second surname, as Nordic and Spanish names have); cut there the speaker was "Espen Barth"
        nxt = doc[ent.end]
        if nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.text.isalpha() and nxt.idx == last.idx + len(last.text) + 1:
            return text + " " + nxt.text
    if ent.end < len(doc) and last.text in _PARTICLES and text.endswith(last.text):
        # "Ursula von der | Leyen", "von der | Leyen" (the rest tagged a place): the surname after its particle
        nxt = doc[ent.end]
        if nxt.text[:1].isupper() and nxt.text.isalpha() and nxt.idx == last.idx + len(last.text) + 1:
            return text + " " + nxt.text
    return text


_PARTICLES = NAME_PARTICLES | {"al", "el"}
