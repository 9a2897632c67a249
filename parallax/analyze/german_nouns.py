"""German nouns that are no names: German capitalises every noun, so a capital alone says no name.

The model-less entity runs (:func:`parallax.analyze.entities.add_entities`) and the lone surnames it hands this
test to (:func:`parallax.analyze.person_spans.add_lone_surnames`) both drop a single capitalised German word that is
a noun.  Apart from the entity stage because it is one language's rule with its own word lists, and that module had
grown past 330 lines.
"""

from __future__ import annotations

from parallax.analyze.timelex import LEXICONS

# German capitalises every noun: a single capitalised word after an article, a contraction or a
# number is a noun ("die Fliegerbombe", "im Umkreis", "300 Menschen"), not a name; so are the
# calendar and clock words.  Acronyms ("die EZB") stay.
_DE_DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner im am zum zur vom beim ins ans "
    "jeder jede jedes jeden diese dieser diesen diesem dieses alle viele mehrere sein seine seinen seinem seiner ihr ihre "
    "ihren ihrem ihrer unser unsere unseren unserem rund etwa laut".split()
)
_DE_CALENDAR = frozenset(LEXICONS["de"].weekdays) | frozenset(LEXICONS["de"].dayparts) | {"uhr", "mittag"}


def _german_noun(word: str, text: str, pos: int) -> bool:
    if word.isupper() or " " in word:
        return False
    if word.lower() in _DE_CALENDAR:
        return True
    before = text[max(0, pos - 20) : pos].split()
    return bool(before) and (before[-1].lower() in _DE_DETERMINERS or before[-1].rstrip(".,").isdigit())
