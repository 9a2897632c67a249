"""The shapes of an agency's credit on a line of its own, in one table that cleaning and the agencies field both read.

Cleaning (:mod:`parallax.ingest.bylines`) drops such lines as furniture; :mod:`parallax.ingest.agencies` reads the
lines it dropped again for the agencies they name.  Both must agree on what a credit is, so the shapes live here:
editors' and agencies' signatures at the bottom ("mly/AFP", "(dpa, AFP)"), the phrases naming the agencies a story
draws on ("Con información de EFE", "Avec AFP") and the labelled source line ("Quelle: dpa-AFX").
"""

from __future__ import annotations

import re

from parallax.letters import UPPER

# ... and at the bottom an editors' or agency signature: initials in lower case with a slash ("tkr/sel",
# "mdn tkr/sel", "ah/jk"), the last part perhaps the agency's acronym in capitals ("aja/PAP", "mly/AFP"), or
# an agency in parentheses ("(AFP)", "(dpa)", "(dpa, AFP)", "/ТАСС/")
SIGNATURE = re.compile(r"^(?=[a-zA-Z /]{3,40}$)(?:[a-z]{2,5}[ ])*[a-z]{2,5}(?:[ ]?/[ ]?[a-z]{2,5})*[ ]?/[ ]?(?:[a-z]{2,5}|[A-Z]{2,6})$")

AGENCY_SIGNATURE = re.compile(r"^(?:\(|/|（)[^\W\d_]{2,12}(?:[ ]?[/,、][ ]?[^\W\d_]{2,12}){0,3}(?:\)|/|）)[.。]?$")  # "（共同）" too

# ... and the agencies a story draws on: "Con información de EFE y Europa Press", "Mit Material von dpa",
# "Com informações da Lusa", or with a bare preposition only acronyms: "Avec AFP", "(With AP)" ("Mit Erfolg."
# and "Avec Marine Le Pen" are no credits)
_SOURCES_PHRASE = re.compile(
    r"^\(?(?:(?:[Cc]on|[Cc]om)\sinforma(?:ción|ciones|ções)\sd[aeo]s?|[Mm]it\sMaterial\svon|[Aa]vec\sles\sagences)"
    r"\s(?:las\s|la\s|los\s)?(?P<agencies>[^()\n]{2,60}?)\)?\.?$"
)
# the outlet may sign first: "Le Monde avec AFP", "L'Équipe avec AFP et Reuters", "La Rédaction avec AFP"
_OUTLET_FIRST = rf"(?:(?:L['’])?[{UPPER}][\w'’-]*(?:\s[{UPPER}][\w'’-]*){{0,3}}\s(?=(?:avec|with|con|mit)\s))?"
_SOURCES_WITH = re.compile(rf"^\(?{_OUTLET_FIRST}(?:[Aa]vec|[Ww]ith|[Cc]on|[Mm]it)\s(?P<agencies>[^()\n]{{2,40}}?)\)?\.?$")
AGENCY_LIST_SPLIT = re.compile(r",\s|\s(?:et|and|y|und|e|i)\s")
AGENCY_WORDS = frozenset({"agencias", "agences", "agencies", "agenturen", "agenzie", "agências", "agencji"})


# ... and the sources a story was compiled from, under their label: "SOURCE: News agencies", "Quelle: dpa-AFX",
# "Fuente: EFE" (a short line: "Quelle: Die Polizei sperrte ..." would be a sentence)
SOURCE_LINE = re.compile(
    r"^(?:sources?|quellen?|fuentes?|fontes?|fonti|źródło|источник|джерело|kaynak|bron|πηγή|πηγές|fonts?|източник|izvor|извор|vir|allikas|šaltinis|šaltiniai|avots|avoti|sursa|sursă|surse|sumber|מקור|منبع|स्रोत|ที่มา|ขอบคุณข้อมูล(?:จาก)?|nguồn)\s?:\s?[^.!?:\n]{2,60}\.?$",
    re.I,
)
MAX_SOURCE_WORDS = 6


def is_source_line(line: str) -> bool:
    """Whether ``line`` is a short source line ("Šaltinis: BNS", "Sursa: Agerpres"): the page's furniture at an edge,
    where a photo credit or a share row may stand below or above it."""
    return bool(SOURCE_LINE.match(line)) and len(line.split()) <= MAX_SOURCE_WORDS


def _is_acronym(name: str) -> bool:
    return len(name) >= 2 and name.replace("-", "").isalpha() and name.isupper()


def _is_agency_name(name: str) -> bool:
    """One word ("EFE", "dpa") or two capitalised ones ("Europa Press")."""
    words = name.split()
    if not 0 < len(words) <= 2 or not all(w.replace("-", "").isalpha() for w in words):
        return False
    return len(words) == 1 or all(w[0].isupper() for w in words)


def _are_agencies(names: list[str], phrase: bool) -> bool:
    """Whether the names of a credit are agencies: after a credit phrase one or two words each ("EFE",
    "Europa Press", "dpa") or the word for agencies ("agencias"); after a bare preposition one word each,
    one of them an acronym ("Avec AFP et Reuters")."""
    if phrase:
        return all(n.lower() in AGENCY_WORDS or _is_agency_name(n) for n in names)
    return any(_is_acronym(n) for n in names) and all(" " not in n and n[:1].isupper() and n.replace("-", "").isalpha() for n in names)


def agency_credit(line: str) -> list[str] | None:
    """The names a credit phrase gives ("Con información de EFE y Europa Press" → ``["EFE", "Europa Press"]``,
    "Avec les agences" → ``["agences"]``), ``[]`` where the line has a credit phrase's shape but its names are no
    agencies ("Avec Marine Le Pen"), ``None`` where it has no such shape."""
    for shape, phrase in ((_SOURCES_PHRASE, True), (_SOURCES_WITH, False)):
        if m := shape.match(line):
            names = [a.strip() for a in AGENCY_LIST_SPLIT.split(m.group("agencies"))]
            return names if _are_agencies(names, phrase) else []
    return None
