"""Which count of a chamber's vote was for the motion and which against it, read from the verb of its outcome.

A vote is told by its two counts, and a report writes them winner first or in the order "for, against"; so
"rejected the amendment by 98 votes to 190" and "passed the bill with 241 votes to 98" both carry a 98, which the
alignment took for one count of one vote told with the other side wrong (:mod:`.sentence_features`,
:mod:`.tally_links`), although it is the losing yes of one motion and the losing no of another.  The count for
the motion is the higher where the motion passed and the lower where it failed, so the verb that tells the
outcome ("rejected", "voted down", "abgelehnt", "rejeté", "rechazó", "odrzucił", "отхвърли" ...) sets the sides
apart.  A vote with no such verb is taken as passed, the usual case of a reported vote (and what the alignment
assumed before).
"""

from __future__ import annotations

import re

# a motion that failed (en, de, fr, es, it, pt, nl, pl, bg, ru, uk, cs, hu): its count in favour is the lower
_FAILED = re.compile(
    r"(?<!\w)(?:reject\w*|defeat\w*|voted\s+down|vote\s+down|fail\w*|sank|sunk|blocked|abgelehnt|ablehn\w*|lehnte\w*"
    r"|gescheitert|scheitert\w*|rejet\w*|repouss\w*|rechaz\w*|respint\w*|bocciat\w*|rejeit\w*|chumbad\w*|verworpen"
    r"|wierp\w*|verwierp\w*|odrzuc\w*|odrzuci\w*|отхвърл\w*|отклон\w*|провал\w*|відхил\w*|zamítl\w*|zamít\w*"
    r"|elutasít\w*)(?!\w)",
    re.I,
)
# a motion that passed (the same languages): where a sentence tells both, the nearer verb before the count decides
_PASSED = re.compile(
    r"(?<!\w)(?:pass(?:ed|es|ing)?|approv\w*|adopt\w*|backed|endorsed|ratifi\w*|angenommen|verabschiedet|billigt\w*|beschlossen"
    r"|approuv\w*|voté(?:e|s|es)?|aprob\w*|approvat\w*|aprovad\w*|aangenomen|goedgekeurd|przyj\w*|uchwali\w*|прие\w*"
    r"|одобр\w*|принял\w*|ухвали\w*|schválil\w*|elfogad\w*)(?!\w)",
    re.I,
)


def failed(text: str, at: int) -> bool:
    """Whether the vote whose count starts at ``at`` in ``text`` (one sentence) was lost: the outcome verb nearest
    before it fails, or, with none before, the nearest after it."""
    before = [(m.start(), True) for m in _FAILED.finditer(text, 0, at)] + [(m.start(), False) for m in _PASSED.finditer(text, 0, at)]
    if before:
        return max(before)[1]
    after = [(m.start(), True) for m in _FAILED.finditer(text, at)] + [(m.start(), False) for m in _PASSED.finditer(text, at)]
    return min(after)[1] if after else False


def vote_keys(pair: tuple[int, int], lost: bool) -> set[str]:
    """What alignment reads of one chamber vote (:mod:`.sentence_features`): its outcome and each count with its side
    ("passed", "for:241", "against:98")."""
    yes, no = sides(pair, lost)
    return {"failed" if lost else "passed", f"for:{yes}", f"against:{no}"}


def sides(pair: tuple[int, int], lost: bool) -> tuple[int, int]:
    """The counts for and against the motion: the higher is for it where it passed, the lower where it failed."""
    hi, lo = max(pair), min(pair)
    return (lo, hi) if lost else (hi, lo)
