"""A place the table does not know, in a case of a language that declines names, and the same place as another
report writes it: "V Košiciach" (in Košice) and "in Košice".

:mod:`.place_cases` reads a declined place back to its base form only where the place table knows that form; a town
the table lacks ("Košice", "Prešov", "Kaštela") stays as the lead writes it, "kosiciach", and met no name of another
report, so a Slovak and a German report of one bridge collapse were two events by place (qa49b).  Here two place
tokens are one place when both, less one case ending of the declining languages (plural and singular: Slovak and
Czech "-iach", "-ach", "-ách", "-ích", "-ech", the South Slavic "-ima", "-ama", the common "-e", "-a", "-i", "-u",
"-y", "-om"), leave one stem of five letters or more: a stem that long is one name, and one ending apart is how one
name is declined, not how two towns differ ("Prešov" and "Košice" share nothing).
"""

from __future__ import annotations

MIN_STEM = 5  # letters of a stem that names one place
# case endings of the languages that decline place names, on folded Latin letters, longer first
_ENDINGS = ("iach", "ach", "ich", "ech", "och", "ima", "ama", "om", "em", "ie", "e", "a", "i", "u", "y")


def _stems(token: str) -> set[str]:
    out = {token}
    for ending in _ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) >= MIN_STEM:
            out.add(token[: -len(ending)])
    return out


def one_stem(a: str, b: str) -> bool:
    """Whether two place tokens (folded, Latin letters) are one name in two cases (see the module)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 4 or min(len(a), len(b)) < MIN_STEM:
        return False
    shared = _stems(a) & _stems(b)
    return any(len(s) >= MIN_STEM for s in shared)
