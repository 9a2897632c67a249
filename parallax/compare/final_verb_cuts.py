"""A Persian or Urdu quotation cut to its first clause, the sentence's last verb kept: a trim, no change of words.

Persian leaves the auxiliary of the first of two joined clauses unsaid and says it once, at the end: "بازار ارز آرام‌تر
شده و این نشانه خوبی برای اقتصاد است" (the market has calmed and this is a good sign for the economy) carries the "است"
of "آرام‌تر شده است" on its last word.  An outlet that quotes the first clause alone writes "بازار ارز آرام‌تر شده است":
every word the speaker's, in order, the second clause cut.  Read as words, the short quotation is no contiguous part of
the long one (its last word stands past the cut), and it was graded "altered" where the same cut in English, "The market
has calmed", is "trimmed".  :func:`clause_cut_keeping_verb` reads it as the trim it is: the short quotation is the long
one's opening, up to a conjunction, and its last word, an auxiliary both clauses share ("است", "بود"; Urdu "ہے", "تھا");
a main verb of the second clause kept after the first ("... ثابت مانده ندارد") is a change of words, left altered.

Korean makes the same cut on the verb: "피해를 입혔고 반성하지 않고 있다" (caused harm and shows no remorse) quoted to its
first clause is "피해를 입혔다", the connective ending "-고" (and) closed with "-다" (:func:`korean_clause_cut`).
"""

from __future__ import annotations

import re

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


# Korean connective endings that join a clause to the next (-고 and, -며/-면서 while, -지만 but, -는데, -어서), and the
# final "-다" the first clause takes when quoted alone
_KO_CONNECTIVE = re.compile(r"(?:고|며|면서|지만|는데|서)\Z")


def korean_clause_cut(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is ``long``'s opening, its last word the verb of ``long``'s first clause with its connective
    ending closed as a sentence ("입혔고" / "입혔다"), and at least two words of ``long`` cut after it."""
    k = len(short)
    if k < _OPENING or len(long) - k < _CUT or short[: k - 1] != long[: k - 1]:
        return False
    verb, joined = short[-1], long[k - 1]
    m = _KO_CONNECTIVE.search(joined)
    return bool(m) and verb.endswith("다") and len(verb) >= 2 and verb[:-1] == joined[: m.start()]
