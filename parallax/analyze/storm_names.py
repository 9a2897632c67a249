"""A named storm is no person (QA round 53).

Weather services give storms people's given names ("Storm Bronagh", "Hurricane Milton", "Typhoon Kristine",
"Cyclone Freddy"), and the small models tag them persons: a '"Do not travel," he said' after a minister whose
title the model missed then took the storm for the man who spoke, and a comparison reported the minister's words
misattributed.  A person mention that opens with the word for a storm, or that stands right after it (the model
tagged the given name alone), is the storm: an event.  The words are those of the English-language press of every
basin (Atlantic hurricanes, Pacific typhoons, Indian Ocean and Australian cyclones, the named storms of Ireland
and Britain) and the Philippine "Bagyong".
"""

from __future__ import annotations

import re

from parallax.records import Article

_PEOPLE = ("PERSON", "PER")
_STORM_WORDS = r"(?:Super[ \u00a0])?Typhoon|(?:Tropical[ \u00a0])?(?:Storm|Cyclone|Depression)|Hurricane|Cyclone|Bagyong"
_OPENS = re.compile(rf"(?:{_STORM_WORDS})[ \u00a0]", re.I)
_BEFORE = re.compile(rf"(?<![\w-])(?:{_STORM_WORDS})[ \u00a0]\Z", re.I)


def storm_names(article: Article) -> None:
    """Relabel as events the person mentions of ``article`` that name a storm (see the module)."""
    text = article.text
    for e in article.entities:
        if e.label not in _PEOPLE:
            continue
        if names_a_storm(e.text) or _BEFORE.search(text, max(0, e.start - 30), e.start):
            e.label = "EVENT"


def names_a_storm(name: str) -> bool:
    """Whether ``name`` opens with the word for a storm ("Storm Bronagh", "Hurricane Milton"): no person's name,
    even where a model labelled it otherwise (:meth:`parallax.analyze.quotes.people._Attributor._mislabelled_names`)."""
    return bool(_OPENS.match(name)) and name[:1].isupper()
