"""A firm named after a person is no person (QA round 56).

Firms are often named after a founder or a famous person, the trade after the name: "Captain Cook Cruises",
"Okafor Motors", "Mensah Foods".  The small English model tags such a name a person, and the entity stage then cut
a title off its front as it does for people ("Captain Cook Cruises" became the person "Cook Cruises", and later the
surname "Cook" alone), so a comparison named a man as the speaker of a company's statement.  A person mention that
ends with a word that heads a firm's name (:func:`parallax.analyze.quotes.firm_names.names_a_firm`) is the firm, an
organisation, and a title right before it, which the person rule had cut, is the first word of the firm's name.
A person mention the model closed before the trade word ("Captain Cook | Cruises") takes it in.  Runs after the
title rules (:mod:`.titled_names` made "Captain Cook Cruises" the person "Cook Cruises") and before the lone
surnames are read (:func:`parallax.analyze.person_spans.add_lone_surnames`), so that the firm's last-but-one word
is not taken for a person's surname.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.firm_names import names_a_firm
from parallax.analyze.titles import TITLES
from parallax.records import Article

_PEOPLE = ("PERSON", "PER")
# the capitalised word right before a mention, on its line: a title the person rule cut ("Captain ", "Dr. ")
_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w.]*)[ \u00a0]\Z")
# the capitalised word right after a mention, which the model left out of it ("Captain Cook | Cruises said")
_WORD_AFTER = re.compile(r"[ \u00a0]([A-Z][a-z]+)(?![\w-])")


def firm_entities(article: Article) -> None:
    """Relabel as organisations the person mentions of ``article`` that name a firm, its title put back and its
    trade word taken in (see the module)."""
    text = article.text
    starts = {e.start for e in article.entities}
    for e in article.entities:
        if e.label not in _PEOPLE:
            continue
        end = e.end
        if (after := _WORD_AFTER.match(text, e.end)) and after.start(1) not in starts and names_a_firm(f"{e.text} {after.group(1)}"):
            end = after.end(1)
        if not names_a_firm(text[e.start : end]):
            continue
        e.label, e.end = "ORG", end
        before = _WORD_BEFORE.search(text, max(0, e.start - 30), e.start)
        if before and TITLES.match(text[before.start(1) : e.start]) and before.start(1) not in starts:
            e.start = before.start(1)
        e.text = text[e.start : e.end]
