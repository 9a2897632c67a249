"""A place one report names where another names a second place: no swap where a report puts one in the other.

"derailed in northwestern Montana" / "derailed near Libby" is a word-level swap of one place for another, and
was shown as a place conflict, though Libby is in Montana and the first report's own dateline says so ("LIBBY,
Mont. (AP) —").  There is no gazetteer to say which place holds which, but the reports write it the way the
press does, a place and the larger one it lies in after a comma: a dateline ("LIBBY, Mont.", "KYIV, Ukraine"),
or the text ("Parkersburg, West Virginia", "near Libby, Montana").  A swap of two places that either report so
writes together is one place named at two scales, no conflict.  Any other swap is still compared ("signed in
Tallinn" / "signed in Helsinki", even where the second report names Tallinn elsewhere).
"""

from __future__ import annotations

import re

from parallax.records import Article

# the AP's abbreviations of the states of the United States, as datelines and texts write them after a town
_STATES = {
    "ala.": "alabama", "ariz.": "arizona", "ark.": "arkansas", "calif.": "california", "colo.": "colorado",
    "conn.": "connecticut", "del.": "delaware", "fla.": "florida", "ga.": "georgia", "ill.": "illinois",
    "ind.": "indiana", "kan.": "kansas", "ky.": "kentucky", "la.": "louisiana", "md.": "maryland",
    "mass.": "massachusetts", "mich.": "michigan", "minn.": "minnesota", "miss.": "mississippi", "mo.": "missouri",
    "mont.": "montana", "neb.": "nebraska", "nev.": "nevada", "n.h.": "new hampshire", "n.j.": "new jersey",
    "n.m.": "new mexico", "n.y.": "new york", "n.c.": "north carolina", "n.d.": "north dakota", "okla.": "oklahoma",
    "ore.": "oregon", "pa.": "pennsylvania", "r.i.": "rhode island", "s.c.": "south carolina", "s.d.": "south dakota",
    "tenn.": "tennessee", "vt.": "vermont", "va.": "virginia", "wash.": "washington", "w.va.": "west virginia",
    "wis.": "wisconsin", "wyo.": "wyoming",
}  # fmt: skip
# a place and the larger place after a comma: up to three capitalised words each (bounded: linear on any text)
_WORD = r"[A-Z][\w'’.-]{0,30}"
_WITHIN = re.compile(rf"(?<![\w])({_WORD}(?:[ ]{_WORD}){{0,2}}),[ ]+({_WORD}(?:[ ]{_WORD}){{0,2}})")
# ... or the larger place as the owner of the smaller, as wires write a region: "Nigeria's Ogun State", "Australia's
# New South Wales" (the larger first, one or two words, then up to three of the smaller)
_OWNED = re.compile(rf"(?<![\w])([A-Z][\w-]{{0,30}}(?:[ ][A-Z][\w-]{{0,30}})?)['’]s[ ]+({_WORD}(?:[ ]{_WORD}){{0,2}})")


def _pairs(art: Article) -> set[tuple[str, str]]:
    """(place, larger place) pairs the article writes, in lower case, abbreviations of states spelled out."""
    out = set()
    for source in (art.dateline or "", art.text):
        for m in _WITHIN.finditer(source):
            small, large = m.group(1).lower(), m.group(2).lower().rstrip(",")
            out.add((small, _STATES.get(large, large.rstrip("."))))
        out |= {(m.group(2).lower(), m.group(1).lower()) for m in _OWNED.finditer(source)}
    return out


def _closed(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The pairs with the places each larger one lies in added, one step ("Agbara, Ogun State" and "Nigeria's Ogun
    State": Agbara lies in Nigeria), since the two reports may each write one scale of the chain."""
    return pairs | {(small, top) for small, mid in pairs for low, top in pairs if low == mid and top != small}


# a place told as the point another is placed from: "north of Pretoria", "30km south-west of Nairobi", "north-east of
# the capital" (en), "au nord de", "nördlich von", "al norte de"; the place the sentence is about is the one before it
_REFERENCE = re.compile(
    r"(?<![\w-])(?:(?:north|south)(?:[ -]?(?:east|west))?|east|west|(?:north|south|east|west)ern\s+outskirts)\s+of\s+(?:the\s+)?\Z"
    r"|(?<!\w)(?:au|à l['’])\s?(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+d[e'’]\s?\Z"
    r"|(?<!\w)(?:nördlich|südlich|östlich|westlich)\s+(?:von\s+)?\Z"
    r"|(?<!\w)al\s+(?:norte|sur|este|oeste)\s+de\s+(?:la\s+)?\Z",
    re.I,
)


def reference_point(text: str, start: int) -> bool:
    """Whether the place starting at ``start`` is told as a point of reference ("north of Pretoria"): a report that
    writes "in Soshanguve, north of Pretoria" where another writes "in Soshanguve, Tshwane" swaps no place."""
    return _REFERENCE.search(text, max(0, start - 30), start) is not None


def _names(name: str, place: str) -> bool:
    """Whether an entity's name is the place ("Montana", "northwestern Montana" for "montana")."""
    name = name.lower().strip()
    return name == place or name.endswith(" " + place)


def one_within_other(name_a: str, art_a: Article, name_b: str, art_b: Article) -> bool:
    """Whether either report writes one place of a swap as lying in the other (see the module)."""
    pairs = _closed(_pairs(art_a) | _pairs(art_b))
    return any(
        (_names(x, small) and _names(y, large)) for small, large in pairs for x, y in ((name_a, name_b), (name_b, name_a))
    )
