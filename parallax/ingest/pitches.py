"""The membership pitch that closes a story on sites with a paywall: a paragraph selling the outlet to the
reader ("When you join the Harbour Times family, you'll get unlimited digital access to journalism you won't
get anywhere else"), then the offer's list ("Join now or renew to get:" / "— Instant access to special
reports" / "— Members-only events") and its small print ("First-time subscribers also receive a gift").

Each line alone may pass the line filters (a list item names no call; the pitch is long and opens on "When"),
so the block is found by its head: the reader addressed, asked to join or subscribe, and promised the outlet's
journalism or access.  Everything under the head to the end goes when it is the offer's shape (short lines, or
lines on members and subscribers); a story about subscriptions has its own sentences after such a line.
"""

from __future__ import annotations

import re

_YOU = re.compile(r"\b(?:you|your|you['’]ll|du|dich|dein\w*|Sie|Ihr\w*|vous|votre|vos|tu|usted|te)\b")
_JOIN = re.compile(
    r"\b(?:join|joining|become an? (?:member|subscriber|supporter)|subscrib(?:e|ing)|sign up|renew"
    r"|mitglied werden|abonnier\w*|abonnez|rejoignez|devenez (?:membre|abonné)|únete|suscríbete|hazte (?:socio|miembro))\b",
    re.I,
)
_OFFER = re.compile(
    r"\b(?:journalism|reporting|(?:digital |unlimited |full |instant )access|stories|special reports"
    r"|journalismus|zugang|journalisme|accès|periodismo|acceso)\b",
    re.I,
)
_MEMBERS = re.compile(r"\b(?:subscri\w*|members?\w*|membership|abonn\w*|mitglied\w*|suscri\w*|socios?|adhérent\w*)\b", re.I)
_TAIL_LINES, _MAX_HEAD_WORDS, _MAX_ITEM_WORDS, _MAX_SMALL_PRINT_WORDS = 8, 80, 15, 40


def _is_head(line: str) -> bool:
    return len(line.split()) <= _MAX_HEAD_WORDS and bool(_YOU.search(line) and _JOIN.search(line) and _OFFER.search(line))


def _in_offer(line: str) -> bool:
    words = len(line.split())
    return words <= _MAX_ITEM_WORDS or (words <= _MAX_SMALL_PRINT_WORDS and bool(_MEMBERS.search(line)))


def without_closing_pitch(lines: list[str]) -> list[str]:
    """``lines`` up to a closing membership pitch (its head among the last lines, only the offer's lines after it)."""
    for i in range(max(1, len(lines) - _TAIL_LINES), len(lines)):
        if _is_head(lines[i]) and all(_in_offer(ln) for ln in lines[i + 1 :]):
            return lines[:i]
    return lines
