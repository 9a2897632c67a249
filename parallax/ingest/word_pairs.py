"""Two close languages the identifier is sure of as a pair: the member by the words only one of them writes.

Malay and Indonesian (:mod:`.malay_language`), Afrikaans and Dutch (:mod:`.afrikaans_language`) share most of their
words, so py3langid's character n-grams split a short report between them.  Each pair's module lists the function
and news words each member writes and the other does not; this is the one rule they share: the member whose words
occur more often, as sure as the pair's score; where the counts tie, the identifier's better of the two, as sure as
its share of the pair.
"""

from __future__ import annotations

import re


def pick_by_words(text: str, probs: dict[str, float], words: dict[str, re.Pattern[str]]) -> tuple[str, float]:
    """The member of a pair (the two keys of ``words``, each with the pattern of the words only it writes) for
    ``text``, and how sure; ``probs`` holds the identifier's scores of the pair's members it offers."""
    scores = {lang: probs[lang] for lang in words if lang in probs}
    pair = sum(scores.values())
    if len(scores) == 2:
        low = text.lower()
        (one, many_one), (two, many_two) = ((lang, len(words[lang].findall(low))) for lang in words)
        if many_one != many_two:
            return (one if many_one > many_two else two), min(pair, 1.0)
    best = max(scores, key=scores.__getitem__)
    return best, scores[best] / pair
