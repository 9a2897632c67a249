"""People the English model tagged as a body or a work because of the word before the surname.

The small English model reads "Governor Ana Reyes said" with "Ana" as a compound outside any entity and "Reyes"
alone as an organisation, and "Ms Reyes told reporters" as a work of art: the speaker came out "Reyes" in one
sentence and "Ana Reyes" (taken up by "she") in the next, two speakers for one person in the report.  Two shapes
tell a person whatever label the model gave:

* a known given name (:data:`parallax.analyze.names.FIRST_NAMES`) written right before one capitalised word that
  is no organisation's or place's head noun ("Ana | Reyes", not "Ana | Foundation"): a given name opens a person's
  name, and the model's span is the surname;
* an honorific opening the span ("Ms Reyes", "Mr Okafor"): no organisation or work is called "Mr" or "Ms".

Either way the span becomes the person's (the given name joined, the honorific cut, as :data:`.titles.TITLES`
cuts it from a person's span).  A given name after "the" stays out ("the Ana Reyes Foundation" is a body).
"""

from __future__ import annotations

import re

from parallax.analyze.entity_evidence import _NOT_A_PERSON
from parallax.analyze.names import FIRST_NAMES
from parallax.analyze.titles import HONORIFICS
from parallax.analyze.unlisted_given_names import unlisted_given_names
from parallax.letters import LOWER, UPPER
from parallax.records import Article

_RELABELLED = ("ORG", "WORK_OF_ART", "GPE", "LOC", "FAC", "PRODUCT", "MISC", "NORP")
# one capitalised word, the surname the model kept ("Reyes", "O'Neill", "Smith-Jones")
_SURNAME = re.compile(rf"[{UPPER}][{LOWER}’'-]+")
# a capitalised word and one space right before the span, not after "the" (a window of a few characters: linear)
_GIVEN_BEFORE = re.compile(rf"(?<![\w’'-])(?<!the )(?<!The )([{UPPER}][{LOWER}]+) \Z")
# an honorific, a space and one or two capitalised words: the whole span
_HONORIFIC_SPAN = re.compile(rf"([{UPPER}][{LOWER}]{{1,4}}\.?) ((?:[{UPPER}][{LOWER}’'-]+ )?[{UPPER}][{LOWER}’'-]+)")


def people_by_name_shape(article: Article, person: str = "PERSON") -> None:
    """Relabel as ``person`` the entities of ``article`` the model tagged otherwise whose shape tells a person."""
    text = article.text
    starts = {e.start for e in article.entities}
    ends = {e.end for e in article.entities}
    for e in article.entities:
        if e.label not in _RELABELLED:
            continue
        if (m := _HONORIFIC_SPAN.fullmatch(e.text)) and m.group(1).lower() in HONORIFICS:
            e.text, e.start, e.label = m.group(2), e.start + m.start(2), person
            continue
        if not _SURNAME.fullmatch(e.text) or e.text.lower() in _NOT_A_PERSON:
            continue
        given = _GIVEN_BEFORE.search(text, max(0, e.start - 16), e.start)
        if given and given.group(1).lower() in FIRST_NAMES and given.start(1) not in starts and given.end(1) not in ends:
            e.text, e.start, e.label = text[given.start(1) : e.end], given.start(1), person
    unlisted_given_names(article, person)  # "Emeka Nwosu denied ..." ... "Nwosu said" (:mod:`.unlisted_given_names`)
