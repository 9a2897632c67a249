"""A name of two capitalised words right after an office title is a person's, whatever the model tagged it.

Indian, Pakistani and other Commonwealth papers write a district's officers by their office before the name:
"District Collector Meenal Varkari said", "District Magistrate Ranvir Chauhan told reporters".  The small English
model reads such a run as one organisation ("District Collector Meenal Varkari"), as a body and a surname ("District
Collector" | "Varkari", the given name outside both) or as a product, and the speaker then was the whole run or the
surname alone.  Where the given name is in the lexicon :mod:`.given_name_tags` joins it; where it is not, the shape
tells the person: an office title (one that names a person, not a word that also opens a body's name, "General
Motors", "Major League", "King Charles Street") followed by exactly two capitalised words, no third after them, on
which the model saw a name (an entity it tagged otherwise overlaps the surname), and neither word a body's head
noun, a title, a weekday or a month.  The two words become the person, in place of the entities across them.
English only (an Amharic report's titled names are read by :mod:`.amharic_names` from here, a Vietnamese one's by
:mod:`.vietnamese_names`).
"""

from __future__ import annotations

import re

from parallax.analyze.amharic_names import amharic_people
from parallax.analyze.entity_evidence import _NOT_A_PERSON
from parallax.analyze.titles import _ABBREVIATIONS, _TITLE_WORDS, TITLE_WORDS
from parallax.analyze.vietnamese_names import vietnamese_people
from parallax.letters import LOWER, UPPER
from parallax.records import Article, Entity

# titles that open a name only, not a body's name too: the English title words less the modifiers of an office
# ("Foreign", "Chief", "Deputy", "Prime") and the words that open bodies' and places' names ("General", "Major",
# "Justice", "King", "Prince"), with the districts' officers of the subcontinent's press ("Collector", "Magistrate",
# "Tehsildar") and the abbreviations but "St", "Gen" and "Con"
_OPENS_BODIES = frozenset(
    """Foreign Defence Defense Interior Energy Finance Health Prime Chief Deputy Executive General Major Justice King Queen
    Prince Princess Lord Lady Sir Pope St Gen Con""".split()
)
_TITLES = sorted(
    ({*_TITLE_WORDS["en"], *_ABBREVIATIONS, "Collector", "Magistrate", "Tehsildar", "Reeve", "MEC"} - _OPENS_BODIES),
    key=len,
    reverse=True,
)
_WORD = rf"[{UPPER}][{LOWER}][{LOWER}’'-]*"
# a title, then two capitalised words and no third ("Collector Meenal Varkari said"; a possessive may close it)
_TITLED = re.compile(
    rf"(?<![\w’'-])(?:{'|'.join(map(re.escape, _TITLES))})\.?[ \u00a0]+(?P<name>{_WORD}[ \u00a0]+{_WORD})(?![\w’'-])"
    rf"(?!['’]s\b[ \u00a0]+[{UPPER}])(?![ \u00a0]+[{UPPER}\d])"
)
_NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december""".split()
)
_PERSON = ("PERSON", "PER")


def titled_names(article: Article, lang: str) -> None:
    """Make the two words after an office title a person in English ``article`` (see above)."""
    if lang == "am":
        amharic_people(article)  # a title or an office before two words, in a script with no capitals (:mod:`.amharic_names`)
    if lang == "vi":
        vietnamese_people(article)  # "Bộ trưởng Nguyễn Văn Tâm": a title in lower case, a family name (:mod:`.vietnamese_names`)
    if lang != "en":
        return
    text = article.text
    for m in _TITLED.finditer(text):
        start, end = m.span("name")
        words = {w.lower().rstrip("’'") for w in m.group("name").split()}
        if words & (_NOT_A_PERSON | TITLE_WORDS | _NOT_NAMES):
            continue
        surname = end - len(m.group("name").split()[-1])
        over = [e for e in article.entities if e.start < end and e.end > start]
        if any(e.label in _PERSON for e in over) or not any(e.start < end and e.end > surname for e in over):
            continue  # the model's person already, or no name it saw
        keep = [e for e in article.entities if e not in over]
        at = next((i for i, e in enumerate(keep) if e.start >= end), len(keep))  # in the order of the text
        article.entities = [*keep[:at], Entity(text[start:end], "PERSON", start, end), *keep[at:]]
