"""A weekday's tense in a language whose verb closes its clause: the first verb form after the weekday (QA round 59).

Turkish puts the verb last: "Toplantı cuma günü yapılacak" (the meeting will be held on Friday) and "Toplantı cuma
günü yapıldı" (was held) differ only in the verb after the day.  The nearest tense cue on either side
(:func:`~parallax.analyze.times.cues.sentence_tense`) took the noun before it, "toplantı" (meeting), whose ending
looks like the past "-tı", and read a Friday a week back where the report says the coming one.  The verb of the
weekday's clause comes after it, so the first word after the weekday that is a verb form decides:

* a future form ("yapılacak", "yapılacağını", "düzenlenecek") or a past form beyond doubt (the lexicon's
  ``sure_past``: "açıklandı", "söyledi") wherever it stands;
* a plain past form ("geldi", "oldu") only where it closes a clause, before a comma or the sentence's end (a noun
  in the accusative or a possessive, "devleti", "toplantı", looks the same inside one).

* a participle right after the weekday, which makes it the day of the noun after it: "cuma günü yapılan
  açıklamada" (in the statement made on Friday) is past whatever the sentence's verb says.

"Bakan, toplantının cuma günü yapılacağını söyledi" takes the nearer "yapılacağını" (the meeting's), not the
minister's "söyledi".  With no such word after the weekday the shared rule decides.
"""

from __future__ import annotations

import re

from parallax.analyze.timelex import Lexicon
from parallax.analyze.times.cues import _SENTENCE_END, _cached

# the Turkish participle in -(y)An of a passive, reflexive or vowel stem ("yapılan", "düzenlenen", "açıklanan", "başlayan")
_PARTICIPLE = re.compile(r"[^\W\d_]{3,}(?:ıl|il|ul|ül|n|l|y)(?:an|en)", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?(?P<close>\s*[,;:.!?]|\s*\Z)?")


def final_verb_tense(lex: Lexicon, text: str, s: int, e: int) -> str | None:
    """'future' or 'past': the first verb form after the weekday at ``text[s:e]`` in its sentence (see above), else None."""
    if not lex.verb_final:
        return None
    end = _SENTENCE_END.search(text, e)
    hi = end.start() + 1 if end else len(text)
    future = _cached(lex, "final-future", lambda: re.compile(rf"(?:{lex.future_cues})", re.I))
    sure = _cached(lex, "final-sure-past", lambda: re.compile(rf"(?:{lex.sure_past})", re.I) if lex.sure_past else None)
    past = _cached(lex, "final-past", lambda: re.compile(rf"(?:{lex.past_cues})", re.I) if lex.past_cues else None)
    for i, m in enumerate(_WORD.finditer(text, e, hi)):
        word = m.group().rstrip(" ,;:.!?")
        if i == 0 and m.group("close") is None and _PARTICIPLE.fullmatch(word):
            return "past"
        if future.fullmatch(word):  # type: ignore[union-attr]
            return "future"
        if sure is not None and sure.fullmatch(word):  # type: ignore[union-attr]
            return "past"
        if m.group("close") is not None and past is not None and past.fullmatch(word):  # type: ignore[union-attr]
            return "past"
    return None
