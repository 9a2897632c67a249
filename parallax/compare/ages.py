"""Ages: one named person given two ages by two outlets ("Paul Brenner, 61," / "Paul Brenner (63)").

An age is no count (see :mod:`parallax.analyze.quantities.labels`), and two unnamed ages in aligned
sentences ("a 45-year-old man" / "a 47-year-old man") may be two people's, so only an age that stands
beside a name is compared: in apposition after it ("Brenner, 61,", "Ruth Adler (44)", "Brenner, de
61 años") or before it ("the 61-year-old Paul Brenner", "the 61-year-old former mayor Paul
Brenner").  Names meet as people meet: the same full name, or a surname or first name alone that
the other's full name holds ("Brenner" is "Paul Brenner"; "Ruth Adler" and "Ben Adler" are two
people, so a mother and her son in one family are not set against each other).
"""

from __future__ import annotations

import re

from parallax.analyze.quantities import AGE
from parallax.analyze.quotes.uncased import UNCASED
from parallax.analyze.titles import PERSON_NOUNS, ROLES, TITLE_WORDS
from parallax.compare.listed_ages import listed_age_conflicts
from parallax.compare.uncased_ages import people_named, uncased_named_age
from parallax.compare.unnamed_ages import unnamed_age_conflicts
from parallax.letters import LOWER, UPPER, fold
from parallax.records import Article, Quantity, Sentence
from parallax.serbian_script import latin_form, serbian_cyrillic

_NAME = rf"[{UPPER}][{LOWER}'’-]+"
# (English also sets a description in apposition: "Sara Lindqvist, the 26-year-old champion,", "Dawn Ashcroft, a
# 35-year-old former nurse,"; not after a place a preposition governs: "In Leeds, a 45-year-old man")
# (a party in brackets may stand between the name and its comma: "Marta Queiroz (PSD), 52,")
# (Swahili links the age by "having the age of years": "Juma Ali, mwenye umri wa miaka 45,")
_BEFORE = re.compile(
    rf"((?:{_NAME}[ \u00a0]){{0,2}}{_NAME})(?:[ \u00a0]\([^()\n]{{1,24}}\))?[ \u00a0]?[,(][ \u00a0]?(?:(?P<link>aged|de|di|da|the|an?|mwenye[ \u00a0]umri[ \u00a0]wa[ \u00a0]miaka|mwenye[ \u00a0]miaka)[ \u00a0])?\Z"
)
# a place a preposition governs is no person a description follows: "In Leeds, the 45-year-old driver"
_PLACE_BEFORE = re.compile(r"(?:(?<![\w-])(?:in|at|on|from|near|outside|across|to|of)[ \u00a0])\Z", re.I)
# Hebrew has no capitals: a first name and a surname, a comma and "son of" or "daughter of" the age ("משה כהן, בן 52,")
_BEFORE_HE = re.compile(r"(?<![\u05d0-\u05ea])([\u05d0-\u05ea][\u05d0-\u05ea'׳-]+ [\u05d0-\u05ea][\u05d0-\u05ea'׳-]+)[ ]?,[ ]?(?:בן|בת)[ ]\Z")
# what may stand between "61-year-old" and the name: a role in lower case ("former mayor")
_ROLE_WORDS = TITLE_WORDS | PERSON_NOUNS | {w.rstrip(".") for w in ROLES} | {"former", "ex", "new", "retired", "acting", "veteran"}
# (Danish, Norwegian and Swedish write the age in words after the figure: "38 år gamle Knut Berg", Latvian and
# Lithuanian too: "48 gadus vecais Jānis Kalniņš", "52 metų vairuotojas Petras Jankauskas"; Turkish in a word of
# its own: "34 yaşındaki sanık Murat Kaya"); such an age is the adjective of what follows, never in apposition to the
# word before its comma ("Mahkeme, 34 yaşındaki sanık Murat Kaya'ya ...": the court is no one aged 34)
_AGE_WORDS = r"[ \u00a0](?:år[ \u00a0]gam(?:le|mel|la|l)|yaşındaki)"
_ATTRIBUTIVE = re.compile(rf"{_AGE_WORDS}(?!\w)")
_AFTER = re.compile(rf"[^\s,.;:!?]{{0,16}}(?:{_AGE_WORDS}|[ \u00a0]gad(?:us|u|a)[ \u00a0]vec\w*|[ \u00a0]metų)?[ \u00a0]((?:[{LOWER}-]+[ \u00a0]){{0,3}}?(?:[{LOWER}-]+,[ \u00a0])?)((?:{_NAME}[ \u00a0]){{0,3}}{_NAME})(?P<rest>[ \u00a0]{{1,3}}[^\W\d_]+)?")
# in apposition after a comma a plain word for a person names them too ("a 45-year-old man, Paul Brenner,")
_PLAIN_PEOPLE = frozenset({"man", "woman", "boy", "girl", "person", "resident", "father", "son", "daughter"})
# a name followed by a noun in lower case modifies the noun: "the 63-year-old Kessler firm" is the firm's age;
# a name that is the subject goes on with its verb ("was", "said", "plans") or ends its clause
_VERB = re.compile(r"[ \u00a0]{1,3}(?:was|is|has|had|said|says|will|would|who|told|died|can|could|did|does|and|[^\W\d_]+(?:ed|s))\Z")
# a figure in brackets after a name in a match report is the minute of a goal ("Okafor (61)")
_MINUTES = re.compile(r"(?<!\w)(?:goals?|scor\w*|minutes?|penalt\w*|tore?s?|treffer|buts?|gol(?:es|s)?|doelpunt\w*)(?!\w)", re.I)


# English: an age beside a definite role noun and no name ("the captain, 58," / "the 56-year-old captain", "the suspect,
# a 34-year-old local man"): in aligned sentences "the captain" is one person, as a name is; an indefinite "a
# 45-year-old man" may be anyone, so it stays apart.  The nouns: the roles, the plain words for a person, and the
# words for the person a crime report is about
_DESCRIBED_NOUNS = _ROLE_WORDS | _PLAIN_PEOPLE | {"suspect", "gunman", "attacker", "defendant", "accused", "shooter", "victim", "pilot"}
_THE_NOUN_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \u00a0](?:[a-z-]+[ \u00a0]){0,2}?([a-z]+),[ \u00a0](?:(?:an?|aged)[ \u00a0])?\Z")
_AGE_ENDS = re.compile(r"[ \u00a0]?[,)]|[ \u00a0]+(?:and|was|is|had|has|who|were)(?!\w)")
_THE_BEFORE_AGE = re.compile(r"(?<![\w-])[Tt]he[ \u00a0]\Z")
_NOUN_AFTER_AGE = re.compile(r"-year-old[ \u00a0](?:[a-z-]+[ \u00a0]){0,2}?([a-z]+)(?![\w-])(?![ \u00a0]+[A-Z])")


def described_age(text: str, q: Quantity) -> list[str] | None:
    """The definite role noun an English age stands beside ("the captain, 58," / "the 56-year-old captain"), as one
    word that no name is ("the captain"), or None."""
    if (m := _THE_NOUN_BEFORE.search(text, max(0, q.start - 60), q.start)) and m.group(1) in _DESCRIBED_NOUNS:
        if q.unit == AGE or _AGE_ENDS.match(text, q.end):
            return ["the " + m.group(1)]
    if q.unit == AGE and _THE_BEFORE_AGE.search(text, max(0, q.start - 4), q.start):
        if (m := _NOUN_AFTER_AGE.match(text, q.end)) and m.group(1) in _DESCRIBED_NOUNS:
            return ["the " + m.group(1)]
    return None


# a case ending after an apostrophe is no part of the name: Turkish "Murat Kaya'ya" (to Murat Kaya) is "Murat Kaya"
# ("O'Brien" keeps its capital after the apostrophe)
_SUFFIX = re.compile(rf"['’][{LOWER}]+\Z")


def _words(name: str, serbian: bool = False) -> list[str]:
    """The folded words of a name, a Serbian one printed in Cyrillic in Latin letters ("Зоран" meets "Zoran")."""
    words = [fold(latin_form(_SUFFIX.sub("", w), serbian)) for w in name.split()]
    while len(words) > 1 and words[0] in TITLE_WORDS:
        words.pop(0)  # "Mayor Paul Brenner": Paul Brenner
    return words


def named_age(text: str, q: Quantity, language: str | None = None, serbian: bool = False) -> list[str] | None:
    """The name (its words, folded) a stated age belongs to, or None when no name stands beside it.  Outside
    English an age adjective before a full name may have a noun of any kind between ("56-vuotias kuljettaja Jari
    Mäkinen", "49-godišnji vozač Ivan Horvat", "den 45-årige lokomotivfører Jens Lund"): the adjective agrees with
    that noun, which the name then stands beside; such a name modifies no noun after it as "the Kessler firm" does."""
    if not _ATTRIBUTIVE.match(text, q.end) and (m := _BEFORE.search(text, max(0, q.start - 60), q.start)):
        name = m.group(1)
        if m.group("link") not in ("the", "a", "an"):
            return _words(name, serbian)
        first, _, rest = name.partition(" ")
        if m.group("link") != "the" and not rest:
            return None  # "However, a 45-year-old man": a lone capitalised word before an indefinite one is no name
        if rest and _PLACE_BEFORE.fullmatch(first + " "):
            return None  # "In Leeds, the 45-year-old driver"
        if not _PLACE_BEFORE.search(text, max(0, m.start(1) - 10), m.start(1)):
            return _words(name, serbian)
        return None
    if m := _BEFORE_HE.search(text, max(0, q.start - 60), q.start):
        return _words(m.group(1), serbian)
    if m := _AFTER.match(text, q.end):
        roles = m.group(1).replace(",", " ").split()
        # "the 52-year-old owner, Peter Walsh,": a role set off by a comma names its holder after it
        known = _ROLE_WORDS | _PLAIN_PEOPLE if "," in m.group(1) else _ROLE_WORDS
        english = (language or "en").split("-")[0].lower() == "en"
        noun = not english and len(roles) == 1 and len(m.group(2).split()) >= 2
        if (all(w in known for w in roles) or noun) and (
            not english or m.group("rest") is None or m.group("rest")[1:2].isupper() or _VERB.search(m.group("rest"))
        ):
            return _words(m.group(2), serbian)
    return None


def same_name(a: list[str], b: list[str]) -> bool:
    """Whether two names may be one person's: equal, the end of the other (a role read into it), or one word that
    the other's first or last is."""
    if a == b:
        return True
    if min(len(a), len(b)) >= 2 and (a[-len(b) :] == b or b[-len(a) :] == a):
        return True  # a capitalised role that opens the sentence read into the name: "Kuljettaja Jari Mäkinen, 54,"
    if len(a) == 1 or len(b) == 1:
        one, full = (a, b) if len(a) == 1 else (b, a)
        return one[0] in (full[0], full[-1])
    return a[0] == b[0] and a[-1] == b[-1]


def _ages(art: Article, s: Sentence, described: bool = False) -> list[tuple[list[str], float]]:
    """The sentence's ages by the name beside them; ``described``: also by a definite role noun in English
    (:func:`described_age`), which only aligned sentences compare."""
    minutes = bool(_MINUTES.search(s.text))
    serbian = serbian_cyrillic(art.text, art.language)
    english = (art.language or "en").split("-")[0].lower() == "en"
    out = []
    names = people_named(art) if (art.language or "")[:2] in UNCASED else []
    for q in art.quantities:
        if not (s.start <= q.start < s.end) or q.value is None:
            continue
        if q.unit != AGE:
            # a bare figure after "the captain, " is an age the analysis left as a number
            if described and english and q.unit is None and float(q.value).is_integer() and 0 < q.value < 120:
                if role := described_age(art.text, q):
                    out.append((role, q.value))
            continue
        if minutes and art.text[q.start - 1 : q.start] == "(":
            continue
        if name := named_age(art.text, q, art.language, serbian) or uncased_named_age(art, q, names):
            out.append((name, q.value))
        elif described and english and (role := described_age(art.text, q)):
            out.append((role, q.value))
    return out


def age_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, float, float]]:
    """(name, age in a, age in b) for each person two aligned sentences give different ages, where
    no other reading of the names lets the ages agree (two of a family, each named once)."""
    aa, ab = _ages(art_a, sa, True), _ages(art_b, sb, True)
    out = []
    for na, xa in aa:
        for nb, xb in ab:
            if xa == xb or not same_name(na, nb):
                continue
            if any(same_name(na, other) and y == xa for other, y in ab) or any(same_name(other, nb) and y == xb for other, y in aa):
                continue  # "Ruth Adler, 44, and her son Ben, 19" / "Ben Adler, 19, and his mother Ruth, 44"
            out.append((" ".join(na if len(na) >= len(nb) else nb), xa, xb))
    # with no named age in conflict, one person described by a noun and an age on each side ("un niño de 6 años" /
    # "un niño de 8 años", :mod:`.unnamed_ages`)
    # and two ages in one phrase on each side, one of them differing ("71 i 74" / "71 und 76", :mod:`.listed_ages`)
    return out or unnamed_age_conflicts(art_a, sa, art_b, sb) or listed_age_conflicts(art_a, sa, art_b, sb)


def age_links(articles: list[Article]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Sentences to join because each gives one named person's age and the ages differ ("Tennant, 54, was
    greeted by his wife" / "Among those freed was journalist Mark Tennant, 52"): an outlet states a
    person's age where it first names them, in whatever sentence, so the two need not align by meaning,
    yet the ages are one fact in conflict.  Only a person whose age each article gives once, in one
    sentence, and where no reading of the names lets the ages agree (:func:`age_conflicts`)."""
    stated: list[list[tuple[list[str], float, int]]] = []
    for art in articles:
        here = []
        for si, s in enumerate(art.sentences):
            here += [(name, age, si) for name, age in _ages(art, s)]
        stated.append(here)
    links = []
    for i, here in enumerate(stated):
        for j in range(i + 1, len(stated)):
            for name, age, si in here:
                mine = [x for x in here if same_name(name, x[0])]
                theirs = [x for x in stated[j] if same_name(name, x[0])]
                if len(mine) != 1 or len(theirs) != 1 or theirs[0][1] == age or not same_name(theirs[0][0], name):
                    continue
                if any(same_name(theirs[0][0], x[0]) and x[1] == theirs[0][1] for x in here):
                    continue  # the other's age is someone else's here (a family, each named once)
                links.append(((i, si), (j, theirs[0][2])))
    return links
