"""Afrikaans or Dutch, for a text the identifier is sure is one of the two.

Afrikaans grew out of Dutch and keeps most of its words, and py3langid's character n-grams, offered Dutch among
the common languages and Afrikaans nowhere, read an Afrikaans report as Dutch.  With Afrikaans offered, a short
report may still split between the two.  As for Malay and Indonesian (:mod:`.malay_language`), the pair is named
when the identifier is sure of it, and the member by the function words each writes and the other does not:
Afrikaans "'n" (the indefinite article), "nie" (the negation, twice: "is nie ... nie"), "sê", "gesê", "hulle",
"hy", "baie", "gister", "ná"; Dutch "de", "een", "niet", "zegt", "zei", "hij", "zij", "ze", "heeft", "hebben",
"zijn", "zal", "gisteren".  The words both write ("die", "het", "is", "en", "van", "wat", "ook") tell nothing:
"die" and "het" are the Afrikaans article and auxiliary but a Dutch pronoun and article.  Where the words do not
tell, the identifier's better of the two.
"""

from __future__ import annotations

import re

from parallax.ingest.word_pairs import pick_by_words

GROUP = ("nl", "af")

_AFRIKAANS = re.compile(
    r"(?<![\w'’])(?:['’]n|nie|sê|gesê|hulle|hy|baie|gister|ná|julle|sal|jaar\s+oud|deur\s+die|volgens\s+die|vir"
    r"|wees|geword|sowat|beampte|polisie|verklaar|bygevoeg|onderhoud)(?!\w)"
)
_DUTCH = re.compile(
    r"(?<!\w)(?:de|een|niet|zegt|zei|zeiden|hij|zij|ze|heeft|hebben|zijn|zal|zullen|gisteren|worden|werd|werden"
    r"|bij|naar|politie|verklaarde|ongeveer)(?!\w)"
)


def pick(text: str, probs: dict[str, float]) -> tuple[str, float]:
    """``"af"`` or ``"nl"`` (those of :data:`GROUP` in ``probs``, the identifier's scores) for ``text``, and how
    sure: the pair's score where the words decide, else the identifier's share of the pair."""
    return pick_by_words(text, probs, {"nl": _DUTCH, "af": _AFRIKAANS})
