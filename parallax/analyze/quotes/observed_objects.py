"""An English verb of saying that, with a person as its object, tells a deed, not speech (QA round 51).

* "question" with a person as its object and nothing after it: "Police have questioned the captain of the ferry",
  "Detectives questioned two suspects" is an interrogation.  What a questioning of a thing doubts is a stance
  ("Critics questioned the decision") and stays one; so does a person questioned about or over a matter, which
  gives what was asked.

"report" with a plain noun phrase ("The centre reported heavy rain") is left a report: PolNeAR's annotators count
"reported "2,521 shooting incidents"" and "reporting different numbers to ... agencies" as attributions, and
dropping a plain object lowered its dev recall.
"""

from __future__ import annotations

from parallax.analyze.quotes.clauses import lemma_of
from parallax.analyze.titles import PERSON_NOUNS, ROLES

# nouns for people that are no role or trade
_PEOPLE = {"man", "men", "woman", "women", "person", "people", "suspect", "boy", "girl", "child", "children", "crew", "teenager"}
# (not the title words, which hold "Health" and "Finance" for "Health Minister": "questioned the health of ..." is a doubt)
_OFFICES = {"minister", "mayor", "president", "premier", "chairman", "chairwoman", "chair", "secretary", "commissioner", "official"}
_PERSON_HEADS = PERSON_NOUNS | set(ROLES) | _PEOPLE | _OFFICES
_ASKED_ABOUT = {"about", "over", "on", "regarding", "concerning"}


def _object(tok):
    return next((c for c in tok.children if c.dep_ in ("dobj", "obj") and c.idx > tok.idx), None)


def _a_time(prep) -> bool:
    """A preposition whose object is a day or an hour ("on Monday"): when the questioning was, not what about."""
    return any(c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def observed_only(tok) -> bool:
    """Whether English verb ``tok`` is "question" on a person with nothing asked about (see above)."""
    lemma = lemma_of(tok)
    if lemma != "question" or (obj := _object(tok)) is None or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    person = obj.ent_type_ == "PERSON" or obj.lower_ in _PERSON_HEADS or obj.lemma_.lower() in _PERSON_HEADS
    asked = any(c.dep_ == "prep" and c.lower_ in _ASKED_ABOUT and c.idx > obj.idx and not _a_time(c) for c in tok.children)
    return person and not asked
