"""A Persian or Urdu quotation cut to its first clause, the sentence's last verb kept: a trim, no change of words.

Persian leaves the auxiliary of the first of two joined clauses unsaid and says it once, at the end: "بازار ارز آرام‌تر
شده و این نشانه خوبی برای اقتصاد است" (the market has calmed and this is a good sign for the economy) carries the "است"
of "آرام‌تر شده است" on its last word.  An outlet that quotes the first clause alone writes "بازار ارز آرام‌تر شده است":
every word the speaker's, in order, the second clause cut.  Read as words, the short quotation is no contiguous part of
the long one (its last word stands past the cut), and it was graded "altered" where the same cut in English, "The market
has calmed", is "trimmed".  :func:`clause_cut_keeping_verb` reads it as the trim it is: the short quotation is the long
one's opening, up to a conjunction, and its last word, an auxiliary both clauses share ("است", "بود"; Urdu "ہے", "تھا");
a main verb of the second clause kept after the first ("... ثابت مانده ندارد") is a change of words, left altered.
"""

from __future__ import annotations

# "and" between two clauses: Persian "و", Urdu "اور"
_AND = frozenset({"و", "اور"})
# the auxiliaries a clause ends on: Persian "is", "was", "are", Urdu "is", "are", "was", "were"
_AUXILIARIES = frozenset({"است", "بود", "بودند", "هست", "هستند", "اند", "ہے", "ہیں", "تھا", "تھی", "تھے", "تھیں"})
_OPENING = 3  # words the first clause keeps, at least
_CUT = 2  # words the cut takes, the conjunction with them, at least


def clause_cut_keeping_verb(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is ``long``'s opening, up to a conjunction "and", and then ``long``'s last word (see the
    module): the words of a quotation cut to its first clause in a language that puts the verb last."""
    k = len(short) - 1
    return short[-1] in _AUXILIARIES and k >= _OPENING and len(long) - 1 - k >= _CUT and short[:k] == long[:k] and long[k] in _AND and short[-1] == long[-1]
