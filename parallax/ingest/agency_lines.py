"""An agency's credit on a line of its own at a text's edge: "ČTK", "MTI", "(ČTK)", "PA Media", "Theo TTXVN",
"إسطنبول - (أ ف ب)".

A wire story republished by an outlet carries the agency's name under the headline or under the text, alone on its
line; a plain text keeps it as a paragraph, and the comparison took it for a fact only that report has.  Such a line is
an acronym or two in capitals (any alphabet's: "ČTK"), the last perhaps followed by a word that names a wire ("Media",
"News"), with no punctuation of a sentence (Vietnamese "Theo", according to, may open it: "La FIFA" stays a line of
the story), or in the Arabic press a place and the agency's initials in brackets ("(أ ف ب)", AFP; "(أ ش أ)", MENA).
"""

from __future__ import annotations

import re

from parallax.ingest.notes import AGENCY_NAME
from parallax.letters import UPPER

_MAX_WORDS = 3
_ACRONYM = re.compile(rf"[{UPPER}]{{2,6}}")
WIRE_WORD = re.compile(r"Media|News|Press|Agency|Newswire|Wire")  # a wire's name ends so: "PA Media", "Europa Press"
# an agency the press knows by its name, not by capitals: "Lusa", "Reuters", "Kyodo" alone under a headline (a
# Portuguese outlet puts "Lusa" there as a Finnish one puts "STT")
_NAMED = re.compile(rf"{AGENCY_NAME}")
_LEAD = re.compile(r"^(?:Theo|Nguồn)\s", re.I)  # Vietnamese "according to", "source"
# Arabic: the agency's initials in brackets, after the place and a dash or alone ("القاهرة - (أ ش أ)")
_ARABIC_INITIALS = re.compile(r"^(?:[\u0621-\u064a]+(?:\s[\u0621-\u064a]+){0,2}\s?[-–—]\s?)?\((?:[\u0621-\u064a]\s){1,3}[\u0621-\u064a]\)$")


def is_agency_line(para: str) -> bool:
    """Whether a short paragraph at a text's edge is an agency's credit alone on its line."""
    line = para.strip()
    if _ARABIC_INITIALS.match(line):
        return True
    inner = line[1:-1] if line.startswith("(") and line.endswith(")") else line
    if _NAMED.fullmatch(inner):
        return True
    words = _LEAD.sub("", inner).split()
    if words and WIRE_WORD.fullmatch(words[-1]):
        words = words[:-1]  # "PA Media"
    return 0 < len(words) < _MAX_WORDS and all(_ACRONYM.fullmatch(w) for w in words)


def agency_of_line(para: str) -> str | None:
    """The agency an agency line credits, as written: "ČTK" for "(ČTK)", "TTXVN" for "Theo TTXVN", "PA Media",
    "أ ف ب" for "إسطنبول - (أ ف ب)"; ``None`` for any other line."""
    if not is_agency_line(para):
        return None
    line = para.strip()
    if line.endswith(")") and "(" in line:
        return line[line.rindex("(") + 1 : -1].strip()
    return _LEAD.sub("", line).strip()
