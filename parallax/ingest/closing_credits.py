"""Closing notes that name where a story came from, at an edge of the text: a republication note ("This story was
originally published by ProPublica.", "Dieser Artikel erschien zuerst bei …"), an agency after a dash ("— AFP",
"– dpa") and the agencies in a word ("With agencies", "Con agencias", "Mit Agenturen").

Why: each is furniture the outlet sets around the story, not a claim of it, and left in the body it is compared as
one.  A republication note names the outlet that first ran the piece, which is no news agency, so it records none
(``Article.agencies`` is for wires); the dash credit names a wire, which :mod:`parallax.ingest.agencies` records;
"agencies" alone names none.  Session 37.
"""

from __future__ import annotations

import re

from parallax.ingest.notes import AGENCY_NAME

_MAX_NOTE_WORDS = 45
# "this story/article" in the languages of the press, then within a few words an adverb or verb that says it ran
# before elsewhere: "was originally published by", "first appeared on", "is republished from", "erschien zuerst bei",
# "a été initialement publié sur", "fue publicado originalmente en", "è stato pubblicato originariamente su"
_THIS_PIECE = (
    r"(?:this|the following|a version of this) (?:story|article|piece|post|report|essay|column|commentary|interview)"
    r"|(?:dieser|der) (?:artikel|beitrag|text)|(?:cet|l['’]) ?article|ce (?:texte|reportage)"
    r"|(?:este|el) (?:artículo|texto|reportaje)|(?:este|o) (?:artigo|texto)|quest['’]?(?:o)? ?(?:articolo|pezzo)"
    r"|dit (?:artikel|stuk|verhaal)"
)
_BEFORE = (
    r"(?:originally|first|initially|previously|republished|reprinted|zuerst|ursprünglich|erstmals|initialement|"
    r"d['’]abord|originellement|originalement|republié|originalmente|originariamente|inicialmente|primero|republicado|"
    r"ripubblicato|per la prima volta|eerder|oorspronkelijk)\b"
)
_REPUBLISHED = re.compile(rf"^(?:{_THIS_PIECE}) (?:[\w'’]+ ){{0,4}}?{_BEFORE}", re.I)
# ... and a verb of publishing among its first words, so "This story was first reported by Axios" (a credit for the
# news, said in the text) stays
_PUBLISH_VERB = re.compile(
    r"\b(?:published|republished|reprinted|appeared|erschien|erschienen|veröffentlicht|publié|republié|paru|publicado|"
    r"publicó|republicado|pubblicato|ripubblicato|apparso|verscheen|gepubliceerd)\b",
    re.I,
)
_VERB_WITHIN = 12  # words
_PERMISSION = re.compile(
    r"^(?:republished|reprinted|reproduced|veröffentlicht|publié) (?:with|by|mit|avec) (?:kind )?(?:permission|genehmigung|l['’]autorisation)\b",
    re.I,
)

# an end mark of the wire, not an agency: "— END", "– MORE"
_END_MARKS = frozenset({"END", "ENDS", "MORE", "FIN"})
_DASH_CREDIT = re.compile(rf"^(?:[—–]|--?)\s?(?P<agencies>{AGENCY_NAME}(?:\s?[/,]\s?{AGENCY_NAME}){{0,3}})\.?$")
# "With agencies", "Com agências", "Con agencias", "Mit Agenturen", "Avec agences", "With inputs from agencies", and
# a named wire with them: "With AFP and agencies"
_AGENCIES_WORD = r"(?:agencies|agency inputs|agencias|agências|agenturen|agences|agenzie|agentschappen)"
_WITH_AGENCIES = re.compile(
    rf"^\(?(?:with|con|com|mit|avec|met)\s(?:inputs? from\s)?(?:(?P<named>{AGENCY_NAME}(?:,\s{AGENCY_NAME})*)"
    rf"\s(?:and|y|e|und|et|en)\s)?(?:(?:the|las|as|les|den)\s)?{_AGENCIES_WORD}\)?\.?$",
    re.I,
)
_LIST = re.compile(r"\s?[/,]\s?")


def is_republication_note(para: str) -> bool:
    """Whether a short paragraph says the story ran first elsewhere ("This article is republished from The
    Conversation under a Creative Commons license. Read the original article.")."""
    if len(para.split()) > _MAX_NOTE_WORDS:
        return False
    opening = " ".join(para.split()[:_VERB_WITHIN])
    return bool(_REPUBLISHED.match(para) and _PUBLISH_VERB.search(opening) or _PERMISSION.match(para))


def closing_credit_agencies(line: str) -> list[str] | None:
    """The agencies a closing credit names ("— AFP" gives ``["AFP"]``, "With agencies" ``[]``), or ``None`` when the
    line is no such credit."""
    line = line.strip()
    if m := _DASH_CREDIT.match(line):
        names = [n.strip() for n in _LIST.split(m.group("agencies"))]
        return None if any(n in _END_MARKS for n in names) else names
    if m := _WITH_AGENCIES.match(line):
        # (case-blind for the preposition; the named wires must still be written as wires write them)
        named = [n.strip() for n in m.group("named").split(",")] if m.group("named") else []
        return named if all(re.fullmatch(AGENCY_NAME, n) for n in named) else None
    return None


def closing_credit_reason(para: str) -> str | None:
    """Why a paragraph at the text's end is one of this module's notes, or ``None``."""
    if is_republication_note(para):
        return "republication note"
    if closing_credit_agencies(para) is not None:
        return "agency credit"
    return None
