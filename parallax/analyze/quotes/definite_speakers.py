"""A speaker named by one noun in its definite form after the cue: '– ..., säger polisen.', '„...”, a declarat primarul.'

Swedish, Danish, Norwegian and Romanian write the article onto the noun, so the one word after a cue ("polisen",
"hovrätten", "primarul") describes a speaker as '«...», disse o advogado' does with its article; Italian and
Catalan open a group with a plural article the shared DEFINITE lacks ('hanno detto i sindacati').  The description
itself is read by :func:`parallax.analyze.quotes.lexical_cues._lexical_speaker_span`; these word shapes are apart
from its cue patterns because they are the rules of a few languages' nouns, and lexical_cues.py had grown past 330
lines.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.name_after_role import NORDIC_OWNER_FIRST, _stop_words
from parallax.letters import LOWER

# Swedish, Danish and Norwegian write the article onto the noun: '– ..., säger polisen.', '– ..., skriver hovrätten.'
# (the police, the court of appeal) name a speaker as '«...», disse o advogado' does
_NORDIC_DEFINITE = re.compile(rf"[{LOWER}]{{3,}}(?:en|et|na|ne)\Z")


# Romanian too: '„...”, a declarat primarul.', '„...”, au declarat sindicatele.' (the mayor, the unions)
_ROMANIAN_DEFINITE = re.compile(rf"[{LOWER}]{{3,}}(?:ul|ele|ile|ii|ului|lor)\Z")
# the plural articles a group after the cue opens with where DEFINITE lacks them: 'hanno detto i sindacati'
_PLURAL_ARTICLES = {"it": "i|gli", "ca": "els"}


def _nordic_definite(spk: str, lang: str) -> bool:
    """Whether the one word ``spk`` after a cue is a Nordic (or Romanian) noun in the definite form (no stop word:
    "igen", "sedan")."""
    if lang == "ro":
        return " " not in spk and bool(_ROMANIAN_DEFINITE.match(spk))
    return lang in NORDIC_OWNER_FIRST and " " not in spk and bool(_NORDIC_DEFINITE.match(spk)) and spk not in _stop_words(lang)
