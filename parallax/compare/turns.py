"""Two ends of one interruption: "Ferry services were suspended overnight" / "Ferry services resumed on Friday
morning".  Two reports told one stop and its end on two days, and the alignment, rightly, put the two sentences in
one fact (the ferries); their days are two acts' days, not one act's told two ways, so they raise no date conflict.

A sentence tells a stop when it has a verb of stopping and none of starting again, and the other the reverse.  The
verbs are a small table per language (en, de, fr, es, it, pt, nl), read as whole words.  A sentence that tells both
("were suspended until Friday, when they resumed") is one account, and keeps its dates.
"""

from __future__ import annotations

import re
from functools import cache

from parallax.records import Article, Sentence

_VERBS: dict[str, tuple[str, str]] = {
    "en": (
        r"suspend(?:s|ed)?|halt(?:s|ed)?|clos(?:es|ed)|shut(?:s)?(?:\s+down)?|stopp(?:ed)|cancel(?:l?ed)|grounded|"
        r"interrupted|cut\s+off|blocked|evacuated|knocked\s+out",
        r"resum(?:es|ed)|reopen(?:s|ed)?|restor(?:es|ed)|restart(?:s|ed)?|reconnected|lifted|back\s+in\s+service|"
        r"back\s+to\s+normal|returned\s+to\s+service",
    ),
    "de": (
        r"eingestellt|stellte\s+\w+\s+ein|unterbrochen|gesperrt|sperrte|geschlossen|schloss|gestoppt|stoppte|abgesagt|evakuiert",
        r"wieder\s+aufgenommen|nahm\w*\s+\w+\s+wieder\s+auf|wieder\s+geöffnet|wiedereröffnet|wiederhergestellt|"
        r"wieder\s+freigegeben|aufgehoben",
    ),
    "fr": (
        r"suspendu\w*|interrompu\w*|fermé\w*|ferm[ée]|arrêté\w*|annulé\w*|coupé\w*|évacué\w*",
        r"repris\w*|reprend\w*|rouvert\w*|rouvre\w*|rétabli\w*|levé\w*",
    ),
    "es": (
        r"suspendid[oa]s?|suspendi[óo]|interrumpid[oa]s?|cerrad[oa]s?|cerr[óo]|cancelad[oa]s?|cortad[oa]s?|evacuad[oa]s?",
        r"reanudad[oa]s?|reanud[óo]|reabiert[oa]s?|reabri[óo]|restablecid[oa]s?|restableci[óo]|levantad[oa]s?",
    ),
    "it": (
        r"sospes[oaie]|interrott[oaie]|chius[oaie]|cancellat[oaie]|evacuat[oaie]",
        r"ripres[oaie]|riapert[oaie]|ripristinat[oaie]|revocat[oaie]",
    ),
    "pt": (
        r"suspens[oa]s?|suspendid[oa]s?|suspendeu|interrompid[oa]s?|fechad[oa]s?|cancelad[oa]s?|evacuad[oa]s?",
        r"retomad[oa]s?|retomou|reabert[oa]s?|reabriu|restabelecid[oa]s?|restabeleceu",
    ),
    "nl": (
        r"stilgelegd|opgeschort|onderbroken|gesloten|afgelast|geëvacueerd",
        r"hervat|heropend|hersteld|weer\s+open",
    ),
}


@cache
def _patterns(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    verbs = _VERBS.get(lang)
    if verbs is None:
        return None
    return tuple(re.compile(rf"(?<!\w)(?:{v})(?!\w)", re.I) for v in verbs)  # type: ignore[return-value]


def _end(art: Article, s: Sentence) -> str | None:
    """'stop' or 'restart' where the sentence tells one end of an interruption and not the other, else None."""
    found = _patterns((art.language or "")[:2])
    if found is None:
        return None
    stop, restart = (bool(p.search(s.text)) for p in found)
    return "stop" if stop and not restart else "restart" if restart and not stop else None


def two_ends(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> bool:
    """Whether one sentence tells a stop and the other its end: two acts, whose days may differ."""
    ends = {_end(art_a, sa), _end(art_b, sb)}
    return ends == {"stop", "restart"}
