"""Figures that name a road, a route or a line, not a count: "Route 14", "Interstate 95", "la autopista A-7", and an
emergency service's number, "Rescue 1122", "ریسکیو 1122", "हेल्पलाइन 1098".

A report places its event on a numbered road ("The fire killed 12 people on Route 14"), and the figure read as a
count set itself beside the toll: another outlet's "killed 14 people" then met a 14 and the dispute was lost.  A
code glued to capital letters by a hyphen ("A-7", "M-30", "I-95", "AP-7") is likewise a name ("en la autopista A-7
asciende a 23" read 7 as a count of "asciende").  Both are kept as identifiers (:data:`.labels.LABEL`): they still
anchor the alignment, and no count is set against them.
"""

from __future__ import annotations

import re

# capital letters glued to the figure by a hyphen: "A-7", "I-95", "AP-7", "SR-91" (not a word's end: "Covid-19"
# is a label too, but "pre-2020" or "1-0" are no names)
_CODE_BEFORE = re.compile(r"(?<![\w-])[A-Z]{1,3}-\Z")
# a capitalised word for a road or a route right before the figure: "Route 14", "Highway 5", "Bundesstraße 96"
_ROAD_BEFORE = re.compile(
    r"(?<!\w)(?:Route|Highway|Interstate|Motorway|Freeway|State Road|County Road|Exit|Gate|Platform|Terminal|Runway"
    r"|Bundesstraße|Landesstraße|Autobahn|Gleis|Rijksweg|Route nationale|Strada [Ss]tatale|Carretera|Autovía"
    r"|Droga krajowa|Ruta)[ \u00a0]\Z"
)

# an emergency service or a helpline named by its number (Pakistan's "Rescue 1122", Urdu "ریسکیو 1122 کے اہلکار", the
# staff of Rescue 1122; India's "डायल 112"): the number is the service's name, which read "1122 of" as a count
_SERVICE_BEFORE = re.compile(
    r"(?<!\w)(?:Rescue|Helpline|Hotline|Dial|ریسکیو|ریسکیو|ہیلپ[ \u00a0]?لائن|ڈائل|हेल्पलाइन|हेल्प[ \u00a0]लाइन|डायल"
    r"|হেল্পলাইন|ஹெல்ப்லைன்)[ \u00a0]\Z"
)


# a body whose name ends with its number, as the subject of a speech verb: "Edhi 115 said", "Metro 24 told reporters"
# (a capitalised word, not a month's, right before the figure, a speech verb right after it: a count of people
# stands before its noun, "12 said" after a capitalised word is no count)
_NAME_BEFORE = re.compile(r"(?<![\w’'-])(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]+[ \u00a0]\Z")
_SAYS_AFTER = re.compile(r"\d+[ \u00a0]+(?:said|says|told|tells|added|stated|confirmed|reported)\b")


def road_label(text: str, start: int) -> bool:
    """Whether the figure at ``start`` of ``text`` names a road, a route, a code or a service ("Route 14", "A-7", "Rescue 1122"),
    or ends the name of a body that speaks ("Edhi 115 said")."""
    before = text[max(0, start - 24) : start]
    if _NAME_BEFORE.search(before) and _SAYS_AFTER.match(text, start):
        return True
    return bool(_CODE_BEFORE.search(before) or _ROAD_BEFORE.search(before) or _SERVICE_BEFORE.search(before))
