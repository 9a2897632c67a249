"""A name of three words that opens with a given name and says something is a person's, whatever the model tagged.

The small English model tags many three-word African and Asian names as organisations ("Grace Wanjiku Kamau
said ...", "Chinedu Obi Nwosu warned ..."); the quote stage then finds no person to widen a later "Kamau" to, and
compare sets "Kamau" apart from "Grace Wanjiku Kamau".  An organisation says things too ("Human Rights Watch
said"), so a reporting verb alone is no evidence: the run must open with a known given name
(:data:`parallax.analyze.names.FIRST_NAMES`) and hold three words, as personal names of these styles do and few
organisations' names with a given name do ("Morgan Stanley", "Charles Schwab" are two).  Read by
:func:`parallax.analyze.entity_evidence._person_evidence`.  And where the model tagged such a name a person but
left out its given name ("Lakshmi Venkataraman" of "Priya Lakshmi Venkataraman"), the given name is put back
(:func:`given_name_before`); a person's noun opening a run tagged otherwise, "Lawyer Rohan Deshmukh" (an organisation
to the model), is a person's too, the noun cut (:func:`person_noun_opening`).
"""

from __future__ import annotations

import re

from parallax.analyze.names import FIRST_NAMES
from parallax.analyze.titles import PERSON_NOUNS
from parallax.letters import LOWER, UPPER
from parallax.records import Article


def says_as_named(span) -> bool:
    """Whether the spaCy ``span`` of three capitalised words, opening with a given name, is the subject of a
    reporting verb ("Grace Wanjiku Kamau told reporters ...")."""
    from parallax.analyze.quotes.reporting_words import REPORTING_LEMMAS  # (the quote stage imports this package)

    words = span.text.split()
    if len(words) != 3 or words[0].lower() not in FIRST_NAMES:
        return False
    root = span.root
    return root.dep_ in ("nsubj", "nsubj:pass") and root.head.pos_ == "VERB" and root.head.lemma_.lower() in REPORTING_LEMMAS


# a capitalised word and the space after it, right before a name (a window of a few characters: linear)
_WORD_BEFORE = re.compile(rf"(?<![\w’'-])([{UPPER}][{LOWER}]+)[ \u00a0]\Z")


def given_name_before(article: Article) -> None:
    """Put a known given name written right before a two-word person into it: the model took "Priya Lakshmi
    Venkataraman" as "Lakshmi Venkataraman" and the speaker lost her given name (English text only, where the
    model cuts such names)."""
    if (article.language or "")[:2] != "en":
        return
    text = article.text
    for e in article.entities:
        if e.label not in ("PERSON", "PER") or len(e.text.split()) != 2:
            continue
        m = _WORD_BEFORE.search(text, max(0, e.start - 16), e.start)
        if m and m.group(1).lower() in FIRST_NAMES:
            e.text, e.start = text[m.start(1) : e.end], m.start(1)


def person_noun_opening(text: str) -> int:
    """How many characters of an entity the model tagged otherwise a person's noun opening it takes, before a name of two
    capitalised words ("Lawyer Rohan Deshmukh", "Farmer Ama Owusu Mensah": the noun tells a person, and is no part of
    the name), or 0.  Only the nouns of :data:`.titles.PERSON_NOUNS`, which never open an organisation's name (a title
    may: "General Electric Co"), and an agent noun before a given name (:mod:`.agent_nouns`: "Trader Folake Adewale")."""
    from parallax.analyze.agent_nouns import agent_noun_before_given_name

    m = _PERSON_NOUN_FIRST.match(text)
    if not m:
        return 0
    known = m.group(1).lower() in PERSON_NOUNS
    return m.end() if known or agent_noun_before_given_name(m.group(1), text[m.end() :].split()[0]) else 0  # "Trader Folake"


_PERSON_NOUN_FIRST = re.compile(rf"([{UPPER}][{LOWER}]+)\s+(?=[{UPPER}][\w'’-]*\s+[{UPPER}][\w'’-]*)")
