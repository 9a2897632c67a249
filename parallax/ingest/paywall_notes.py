"""The paywall's note on the part of the article a reader without a subscription does not see.

:mod:`parallax.ingest.boilerplate` takes a paywall note when it is shaped as a call (the reader addressed, an
imperative: "Subscribe to continue reading").  Many notes are not: they state, in the passive or of the text
itself, that the rest is for subscribers ("La suite est réservée aux abonnés.", "Dieser Artikel ist nur für
Abonnenten verfügbar.", "Este contenido es exclusivo para suscriptores.", "The rest of this article is available
to subscribers only") or how much of it is left ("Il vous reste 70% de cet article à lire").  The phrases say so
in each language; a report on a newspaper's paywall that uses them runs longer than a note
(:data:`MAX_NOTE_WORDS`), and one that quotes them carries quotation marks (the caller keeps those).
"""

from __future__ import annotations

import re

PAYWALL_NOTE = re.compile(
    r"\b(?:(?:is|are) (?:only |exclusively )?(?:available |reserved )?(?:for|to) (?:our )?(?:paid |paying |digital )?"
    r"subscribers\b(?: only)?|exclusive (?:content )?for (?:our )?subscribers)"
    r"|\bréservée? (?:exclusivement )?(?:à nos|aux) abonnés\b|\bil vous reste \d+(?:[.,]\d+)? ?% de (?:cet|l['’]) ?article"
    r"|\b(?:nur|exklusiv) (?:für|für unsere) (?:abonnenten|abonnentinnen|abonnent:innen|plus-abonnenten)\b"
    r"|\bexclusiv[oa] (?:para|de) (?:nuestros )?(?:suscriptores|abonados)\b|\bsólo para (?:suscriptores|abonados)\b"
    r"|\briservat[oa] (?:agli|ai nostri) abbonati\b|\bexclusiv[oa] para assinantes\b|\balleen voor abonnees\b",
    re.I,
)
MAX_NOTE_WORDS = 40


def paywall_note(paragraph: str) -> bool:
    """Whether ``paragraph`` is a short note that the rest of the article is for subscribers."""
    return len(paragraph.split()) <= MAX_NOTE_WORDS and PAYWALL_NOTE.search(paragraph) is not None
