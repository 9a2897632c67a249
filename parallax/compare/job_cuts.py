"""Job losses told as jobs or as people: "the plant will cut 420 jobs" / "380 workers will lose their jobs".

Outlets count one round of job cuts either by the posts that go ("schrapt 420 banen", "420 Stellen",
"420 emplois supprimés") or by the people who lose them ("380 mensen verliezen hun baan", "380 Beschäftigte
verlieren ihren Arbeitsplatz", "380 salariés perdront leur emploi").  Both are one figure: a role, like the
killed or the injured (:mod:`parallax.compare.roles`), under one noun (:func:`parallax.compare.count_nouns.counted`).
Only a loss said in the count's clause makes it one: "the plant employs 1,200 workers" is a workforce and
"the project will create 500 jobs" new posts, neither a cut.
"""

from __future__ import annotations

import re

from parallax.compare.closing_workforce import closing_workforce
from parallax.compare.count_nouns import PEOPLE
from parallax.compare.noun_kinds import kind_of
from parallax.compare.role_words import CLAUSE_END
from parallax.records import Quantity

# posts, as quantities normalise a counted noun (lower case, a final "s" cut)
_JOB_NOUN = re.compile(
    r"jobs?|positions?|posts?|banen|baan|arbeidsplaats(?:en)?|stellen?|arbeitsplatz|arbeitsplätze|emplois?|postes?"
    r"|empleos?|puestos?|posti|impieghi|empregos?|postos?",
    re.I,
)
# a count of the cuts themselves: "20 layoffs", "20 licenciements", "20 despidos"
_CUT_NOUN = re.compile(r"layoffs?|redundanc(?:y|ie|ies)|licenciements?|despidos?|ontslagen|entlassungen|esuberi|licenziamenti?", re.I)
# the words that say posts go, in a count of posts' clause
_CUT = re.compile(
    r"(?<!\w)(?:cut(?:s|ting)?|cost(?:s|ing)?|kostet|kosten|coûter\w*|coûte\w*|costar\w*|coster\w*|shed(?:s|ding)?|slash\w*|ax(?:e|es|ed|ing)|eliminat\w*|scrap\w*|los(?:e|es|ing|t)|redundant"
    r"|schrap\w*|geschrapt|verdwijn\w*|verdwenen|verlies\w*|verliez\w*|verloren|streich\w*|gestrichen|abbau\w*|abgebaut|baut|bauen"
    r"|wegfallen|fallen|fällt|verlier\w*|suppr\w*|perd\w*|détrui\w*|recort\w*|elimin\w*|suprim\w*|destru\w*|tagli\w*|sopprim\w*"
    r"|cort\w*)(?!\w)",
    re.I,
)
# people who lose their own job: a verb of losing in the clause, their job after the count
# ("380 workers will lose their jobs", "verliezen 380 mensen hun baan", "verlieren 380 Beschäftigte ihren Arbeitsplatz")
_LOSE = re.compile(r"(?<!\w)(?:los(?:e|es|ing|t)|verlie\w*|verloren|perd\w*|pierd\w*)(?!\w)", re.I)
_OWN_JOB = re.compile(
    r"(?<!\w)(?:their|his|her|hun|zijn|haar|ihren?|seinen?|leurs?|son|sus?|il loro|loro|o seu|os seus)[ \u00a0]+"
    r"(?:jobs?|posts?|positions?|livelihoods?|baan|banen|werk|job|arbeitsplatz|arbeitsplätze|stelle|stellen|emplois?|postes?|travail"
    r"|empleos?|puestos?(?: de trabajo)?|trabajo|posto|lavoro|emprego)(?!\w)",
    re.I,
)
# people laid off, said right after them
_LAID_OFF = re.compile(r"(?<!\w)(?:laid off|made redundant|ontslagen|entlassen|gekündigt|licencié\w*|despedid\w*|licenziat\w*)(?!\w)", re.I)
# people dismissed, said before them: "will lay off 450 workers", "despedirá a 450 trabajadores", "entlässt 450 Mitarbeiter",
# "licenciera 450 salariés", "licenzierà 450 dipendenti", "ontslaat 450 werknemers"
_DISMISS_BEFORE = re.compile(
    r"(?<!\w)(?:lay(?:s|ing)?\s+off|fir(?:e|es|ed|ing)|dismiss\w*|entl(?:ä|a)ss\w*|kündig\w*|licenci\w*|despid\w*|desped\w*"
    r"|licenzi\w*|ontsla\w*|demit\w*)(?:\s+(?:a|à|up\s+to|rund|etwa|unos|unas|environ|circa|some|about))?\s*\Z",
    re.I,
)
# a noun of loss just before the count of posts: "with the loss of 1,150 jobs", "Verlust von 300 Stellen", "la perte de 300
# emplois", "la pérdida de 300 empleos", "la perdita di 300 posti", "a perda de 300 empregos"
_LOSS_OF = re.compile(
    r"(?<!\w)(?:loss(?:es)?\s+of|verlust\s+von|perte\s+de|pérdida\s+de|perdita\s+di|perda\s+de)"
    r"(?:\s+(?:up\s+to|about|around|some|nearly|almost|more\s+than|over|rund|etwa|environ|unos|circa|cerca\s+de))?\s*\Z",
    re.I,
)
# posts said to go, right after their noun, as English headlines and reports say it: "1,150 jobs to go", "1,150 jobs will
# go", "1,150 jobs are set to go", "1,150 jobs going"
_TO_GO = re.compile(
    r"\A\s*\w+\s+(?:(?:are|is|will|would|could|may|set|due|expected|likely)\s+){0,2}(?:to\s+)?(?:go|going|gone)(?!\w)", re.I
)
_WINDOW = 120  # characters of the count's clause read either side


def _clause(text: str, q: Quantity) -> tuple[str, str]:
    """The count's clause before it and after it."""
    lead = text[max(0, q.start - _WINDOW) : q.start]
    if cuts := list(CLAUSE_END.finditer(lead)):
        lead = lead[cuts[-1].end() :]
    after = text[q.end : q.end + _WINDOW]
    if cut := CLAUSE_END.search(after):
        after = after[: cut.start()]
    return lead, after


def job_cut(text: str, q: Quantity) -> bool:
    """Whether ``q`` counts jobs cut: posts that its clause says go, the cuts themselves, or people who
    lose their jobs, or people a verb of dismissal takes (see the module)."""
    unit = q.unit
    if unit and _CUT_NOUN.fullmatch(unit):
        return True
    lead, after = _clause(text, q)
    if unit and _JOB_NOUN.fullmatch(unit):
        return bool(_CUT.search(lead) or _CUT.search(after) or _LOSS_OF.search(lead) or _TO_GO.match(after))
    if unit is not None and unit not in PEOPLE and kind_of(unit) != "worker":
        return False
    if _LAID_OFF.search(after) or _DISMISS_BEFORE.search(lead) or closing_workforce(text, q):
        return True
    return bool(_OWN_JOB.search(after) and (_LOSE.search(after) or _LOSE.search(lead)))
