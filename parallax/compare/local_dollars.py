"""A bare "$" in one report may be the local dollar another report writes with its prefix.

A Singapore, Australian, New Zealand, Canadian or Hong Kong paper writes its own currency as a bare "$" ("SIA
reported a net profit of $1.4 billion" in the Straits Times), where a wire writes the same sum with the country's
prefix and a US-dollar conversion in brackets ("S$1.4 billion ($1.05 billion)").  The quantity layer reads the bare
sign as "$", so the local paper's $1.4 billion met the wire's converted $1.05 billion and made a conflict, though
both give the same sum.  Where one side has no prefixed dollar and the other has one, the bare "$" figures that
agree with the prefixed ones are that currency: no dollar conflict.  A bare figure that agrees with neither is still
compared as "$".
"""

from __future__ import annotations

from parallax.compare.hedges import agree


def _locals(n: dict) -> list[str]:
    """The prefixed dollars a sentence's numbers are keyed under ("S$", "A$", "NZ$", "C$", "HK$")."""
    return [k for k in n if isinstance(k, str) and len(k) > 1 and k.endswith("$") and k[:-1].isalpha()]


def local_dollar(unit: object, na: dict, nb: dict) -> bool:
    """Whether the "$" figures of one side (``na`` or ``nb``, :func:`.numbers.numbers`) are the local dollar figures the
    other side writes with a prefix, so that the "$" of both is no conflict."""
    if unit != "$":
        return False
    for x, y in ((na, nb), (nb, na)):
        bare = set().union(*x["$"].values())
        for local in _locals(y):
            if local not in x and agree(bare, set().union(*y[local].values())):
                return True
    return False
