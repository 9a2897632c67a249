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
# the same note in Japanese, Chinese and Korean ("この記事は有料会員限定です。", "本文为付费会员专享内容", "유료 회원 전용 기사입니다"):
# written without spaces, a paragraph is one "word", so the note is told by its length in characters
_CJK_NOTE = re.compile(r"有料会員(?:限定|専用)|会員限定(?:記事|の記事|です|コンテンツ)|付[费費](?:会员|會員|用户|用戶)专享|유료 ?회원 ?전용|유료 ?구독자 ?전용")
_MAX_CJK_NOTE_CHARS = 80


def paywall_note(paragraph: str) -> bool:
    """Whether ``paragraph`` is a short note that the rest of the article is for subscribers."""
    if len(paragraph) <= _MAX_CJK_NOTE_CHARS and _CJK_NOTE.search(paragraph):
        return True
    return len(paragraph.split()) <= MAX_NOTE_WORDS and PAYWALL_NOTE.search(paragraph) is not None
