"""A fragment quoted in reported speech with its person adapted is a trim, not an alteration.

"The judge told her she had 'betrayed the trust of the families in her care'" quotes "You betrayed the trust of
the families in your care": the report moved the words into its own sentence about her, and English then
turns the speaker's "I", "we" and "you" into "he", "she", "they" ("your care" / "her care") as it does outside
the marks.  Graded "altered", such a fragment read as a misquotation to a fact-checker, the worst grade for a
faithful quote.  A partial quotation whose words are a run of the full one but for first or second person
pronouns given in the third person, each in the same role (subject, object, possessive, reflexive), and the
verb right after a moved subject agreeing with it ("I am" / "he is"), is a trim, also where so many pronouns moved
that the words alone did not make the two one quotation ("and he is proud of his staff").  Any other word changed, or a
third person given in the first, stays "altered".  English only: other languages adapt their own pronouns.
"""

from __future__ import annotations

# each role: the speaker's own forms (first and second person), the forms a report gives them
_ROLES = (
    ({"i", "we", "you"}, {"he", "she", "they", "it"}),
    ({"me", "us", "you"}, {"him", "her", "them", "it"}),
    ({"my", "our", "your"}, {"his", "her", "their", "its"}),
    ({"mine", "ours", "yours"}, {"his", "hers", "theirs"}),
    ({"myself", "ourselves", "yourself", "yourselves"}, {"himself", "herself", "themselves", "itself"}),
)
_SUBJECTS = _ROLES[0][0]
# a verb after a moved subject agreeing with the new one: "I am" / "she is", "we have" / "it has"
_AGREEMENT = {("am", "is"), ("are", "is"), ("have", "has"), ("do", "does"), ("were", "was")}
_MOST_SHIFTS = 3
_LEAST_KEPT = 3  # words kept as they were besides the pronouns: as many as a plain trim needs (``contiguous``)


def _shifted(own: str, given: str) -> bool:
    return any(own in first and given in third for first, third in _ROLES)


def _adapted(short: list[str], window: list[str]) -> bool:
    shifts = 0
    for i, (given, own) in enumerate(zip(short, window, strict=True)):
        if given == own:
            continue
        if _shifted(own, given):
            shifts += 1
        elif not (i and window[i - 1] in _SUBJECTS and short[i - 1] != window[i - 1] and (own, given) in _AGREEMENT):
            return False
    return 0 < shifts <= _MOST_SHIFTS and len(short) - shifts >= _LEAST_KEPT


def person_adapted(short: list[str], long: list[str]) -> bool:
    """Whether the words ``short`` of a partial quotation are a run of ``long`` with the speaker's first or second
    person pronouns put in the third person (see the module)."""
    n = len(short)
    return n >= 3 and any(_adapted(short, long[i : i + n]) for i in range(len(long) - n + 1))
