"""The news agencies an article credits: "Avec AFP", "Con información de EFE", "mit Material von dpa", "(Reuters)".

Cleaning drops such credits as furniture (:mod:`parallax.ingest.bylines`, :mod:`parallax.ingest.notes`), yet they
say something an analyst wants when outlets are compared: two reports that credit one agency are likely one wire
copy, not two sources.  So the lines the cleaning took out are read again here for the agencies they name, and the
agency of a wire dateline ("LONDON (Reuters) -") joins them.  Only the credit shapes are read, each whole, so a
removed line of other furniture names no agency.
"""

from __future__ import annotations

import re

from parallax.ingest.agency_lines import WIRE_WORD as _WIRE_WORD
from parallax.ingest.agency_lines import agency_of_line
from parallax.ingest.bylines import CREDIT_LABELLED
from parallax.ingest.closing_credits import closing_credit_agencies
from parallax.ingest.credit_shapes import AGENCY_LIST_SPLIT, AGENCY_SIGNATURE, AGENCY_WORDS, SIGNATURE, SOURCE_LINE, agency_credit
from parallax.ingest.notes import AGENCY_NAME, is_agency_credit

_AGENCY_WHOLE = re.compile(rf"^{AGENCY_NAME}$")
_PARTS = re.compile(r"\s?[/,、]\s?")
_BRACKETED = re.compile(r"\(([^()\n]{2,40})\)$")
# a bare preposition and agencies the press knows by name, in any language's word for "with": "Com Lusa" (the cleaning
# took it for a bare name), "(Com Reuters)"
_WITH_KNOWN = re.compile(r"^\(?(?:[Aa]vec|[Ww]ith|[Cc]on|[Cc]om|[Mm]it)\s(?P<agencies>[^()\n]{2,60}?)\)?\.?$")
# the agency's copyright line: "© Agencia EFE", "(c) 2026 Agence France-Presse", "© dpa"
_COPYRIGHT = re.compile(r"^(?:©|\([cC]\))\s?(?:\d{4}\s)?(?P<agency>[^\n]{2,40}?)\.?$")
_AGENCY_WORD = re.compile(r"^(?:Agencia|Agence|Agenzia|Agência|Agentur)\s")
# an agency's regional or topical service after its name and a slash, in lower case: "dpa/lno", "dpa/tmn"
_SERVICE = re.compile(r"^[a-z]{2,4}$")


def _names(inner: str) -> list[str]:
    """The agencies of a list in a signature ("dpa, AFP", "TT/NTB"), less a service code after one ("dpa/lno")."""
    parts = [p.strip(" .。") for p in _PARTS.split(inner.strip()) if p.strip(" .。")]
    return [p for i, p in enumerate(parts) if not (i and _SERVICE.match(p))]


def _of_line(line: str) -> list[str]:
    """The agencies one removed line credits, or none when it is no agency credit."""
    line = line.strip()
    if (named := closing_credit_agencies(line)) is not None:  # "— AFP", "With AFP and agencies" (:mod:`.closing_credits`)
        return named
    if (names := agency_credit(line)) is not None:  # "Con información de EFE", "Avec AFP" (:mod:`.credit_shapes`)
        return [n for n in names if n.lower() not in AGENCY_WORDS]  # "agencias" names none
    if m := _WITH_KNOWN.match(line):
        names = [n.strip() for n in AGENCY_LIST_SPLIT.split(m.group("agencies"))]
        if all(_AGENCY_WHOLE.match(n) for n in names):
            return names
    if m := _COPYRIGHT.match(line):  # "© Agence France-Presse" whole, "© Agencia EFE" by its name
        name = next((n for n in (m.group("agency"), _AGENCY_WORD.sub("", m.group("agency"))) if _AGENCY_WHOLE.match(n)), None)
        return [name] if name else []
    if is_agency_credit(line):  # "LETA", "TT/NTB", "© dpa"
        return _names(line.removeprefix("©").strip())
    if AGENCY_SIGNATURE.match(line):  # "(AFP)", "(dpa, AFP)", "/ТАСС/", "（共同）"
        return _names(line.strip("()/（）.。"))
    if SIGNATURE.match(line):  # editors' initials, the agency last in capitals: "mly/AFP"
        last = line.split("/")[-1].strip()
        return [last] if last.isupper() else []
    if CREDIT_LABELLED.match(line) and (m := _BRACKETED.search(line)):  # "Autor: Anna Nowak (PAP)"
        return _names(m.group(1))
    if SOURCE_LINE.match(line):  # "Quelle: dpa-AFX", "Šaltinis: BNS": an agency's name, not "News agencies"
        value = line.split(":", 1)[1].strip(" .")
        names = _names(value)
        return names if names and all(_AGENCY_WHOLE.match(n) or _AGENCY_WHOLE.match(n.split("-")[0]) for n in names) else []
    if name := agency_of_line(line):  # an agency's acronym alone at an edge: "ČTK", "PA Media", "Theo TTXVN"
        return [name]
    return []


# a US broadcaster's call sign, four letters from K (west of the Mississippi) or W (east), with its band: "KTRK",
# "WABC-TV", as a local station's dateline reads, "HOUSTON (KTRK) --": a station, not a news agency; the wires whose
# acronym has that shape are agencies still
_CALL_SIGN = re.compile(r"^[KW][A-Z]{3}(?:-(?:TV|DT|FM|AM|CD|LD))?$")
_WIRES_LIKE_CALL_SIGNS = frozenset({"KUNA", "KCNA", "WAFA"})


def is_call_sign(name: str) -> bool:
    """Whether an agency's name is a broadcaster's call sign ("KTRK", "WABC-TV") rather than a wire's ("KUNA")."""
    return bool(_CALL_SIGN.match(name)) and name not in _WIRES_LIKE_CALL_SIGNS


# a place's region in a dateline's brackets, "SELENKA (Karvelia) —", "SPRINGFIELD (Illinois) -": a word or two in
# title case in the Latin script that the body names too, where an agency ("Reuters", "Europa Press") is seldom named
_TITLE_WORDS = re.compile(r"[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)?")


def dateline_agency(name: str | None, text: str) -> str | None:
    """The agency a dateline's brackets name, or ``None`` where they hold the place's region instead: a title-case
    name that is no known agency, ends in no wire word ("Continental Wire", "Europa Press") and is named in ``text``
    (the body) as a word of its own ("la province de Karvelia")."""
    if not name or _AGENCY_WHOLE.match(name) or not _TITLE_WORDS.fullmatch(name):
        return name
    if _WIRE_WORD.search(name.split()[-1]):
        return name
    return None if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) else name


def credited_agencies(removed: list[str], dateline_agency: str | None = None) -> list[str]:
    """The agencies named by the dateline and by the credit lines among ``removed``, in that order, each once
    (case aside): ``["Reuters"]``, ``["AFP", "EFE"]``."""
    found = [dateline_agency] if dateline_agency else []
    for line in removed:
        found.extend(_of_line(line))
    seen: set[str] = set()
    out: list[str] = []
    for name in found:
        if name and name.casefold() not in seen and not is_call_sign(name):
            seen.add(name.casefold())
            out.append(name)
    return out
