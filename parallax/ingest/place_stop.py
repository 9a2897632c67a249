"""The German local paper's dateline: the place in ordinary case and a full stop, "Husum. Der Sturm hat ...",
"Kiel/Husum. Die Polizei ...", or a dash, "Husum – Der Sturm hat ..." (the online papers' form).

Kept apart from :mod:`parallax.ingest.datelines` because the shape is also that of a sentence fragment opening a
feature ("Berlin. Das ist eine Stadt, die ..."; "Endlich. Nach drei Jahren ..."), so it needs signals from the whole
article, not from its first paragraph alone: German text (the press that writes datelines so), the first paragraph,
one capitalised word or two joined by "/", then a capitalised sentence of six words or more that does not point
back at the word ("Das ist ...", "Hier ..."), and a word that the text never writes in lower case (an adverb does).
"""

from __future__ import annotations

import re

from parallax.ingest.dated_place import split_dated_place
from parallax.ingest.datelines import Dateline
from parallax.letters import LOWER, UPPER

_WORD = rf"[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]+)*"
# a full stop, or a dash between spaces ("Verdana – In der norditalienischen Stadt ...", "Husum - Der Sturm ...")
PLACE_STOP = re.compile(rf"^(?P<place>{_WORD}(?:/{_WORD})?)(?:\.[ ]|[ \u00a0][-–—][ \u00a0])(?=[{UPPER}])")
_MIN_SENTENCE_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?](?:[ ]|$)")
# the sentence after refers back to the word: it is the topic, not a dateline ("Berlin. Das ist ...", "Hier ...")
_POINTS_BACK = re.compile(
    r"^(?:Hier|Dort|Da|Dies(?:e[rs]?)?|So|Es|Er|Sie|Man)\b|^(?:Das|Der|Die)[ ](?:ist|war|sind|waren|wird|wurde|bleibt|hat|heißt)\b"
)
# words said alone before a sentence that are no places
_EXCLAIMS = frozenset({"Achtung", "Aus", "Bitte", "Danke", "Ende", "Genau", "Hallo", "Klar", "Nein", "Okay", "Schluss", "Stopp", "Vorsicht"})
_LANGUAGES = frozenset({"de"})


def _german(text: str) -> bool:
    from parallax.config import Options
    from parallax.ingest.language import detect_language

    return detect_language(text, Options().languages) in _LANGUAGES


def split_place_stop(paragraph: str, text: str) -> Dateline | None:
    """The dateline of ``paragraph``, the article's first, when it opens with a place and a full stop in the
    German manner (see the module's docstring); ``text`` is the whole article, for its language and its words.
    The other first-paragraph-only shape, the place in ordinary case with a date ("Katowice, 1 maja – ..."), is
    read here too (:mod:`parallax.ingest.dated_place`), so the cleaner has one call for both."""
    if dated := split_dated_place(paragraph, text):
        return dated
    m = PLACE_STOP.match(paragraph)
    if not m or m.group("place") in _EXCLAIMS:
        return None
    after = paragraph[m.end() :]
    end = _SENTENCE_END.search(after)
    sentence = after[: end.start()] if end else after
    if len(sentence.split()) < _MIN_SENTENCE_WORDS or _POINTS_BACK.match(sentence):
        return None
    if any(re.search(rf"\b{re.escape(word.lower())}\b", text) for word in re.split(r"[/-]", m.group("place"))):
        return None  # the word in lower case elsewhere: an adverb or a common word, no place
    if not _german(text):
        return None
    return Dateline(m.group("place"), None, "", after)
