"""The membership pitch that closes a story on sites with a paywall: a paragraph selling the outlet to the
reader ("When you join the Harbour Times family, you'll get unlimited digital access to journalism you won't
get anywhere else"), then the offer's list ("Join now or renew to get:" / "— Instant access to special
reports" / "— Members-only events") and its small print ("First-time subscribers also receive a gift").

Each line alone may pass the line filters (a list item names no call; the pitch is long and opens on "When"),
so the block is found by its head: the reader addressed, asked to join or subscribe, and promised the outlet's
journalism or access.  Everything under the head to the end goes when it is the offer's shape (short lines, or
lines on members and subscribers); a story about subscriptions has its own sentences after such a line.

A shop's or a supplier's page closes on its sales copy the same way: the seller speaks as "we" to the reader as a
customer ("Solltest Du noch kein Kunde sein, … Diesen kannst Du … bei uns beauftragen … nehmen wir Dir ab!"), under a
short heading of its own ("Gut versorgt mit …").  A report speaks of customers in the third person, and the words of
a company it quotes stand in quotation marks, so a closing paragraph with the reader addressed twice, the writer's
"we" and the word for a customer, and no quotation mark, is the copy; its heading goes with it.
"""

from __future__ import annotations

import re

from parallax.ingest.offer_cards import without_offer_card

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
# the reader in the copy: English and French in any case, German "du" in either case (a shop's copy writes "Du"),
# its polite "Sie", "Ihnen", "Ihr" only capitalised (lower case they are "they" and "her")
_READER = re.compile(r"\b(?:(?i:you|your|you['’]ll|vous|votre|vos|usted|du|dich|dir|dein\w*)|Sie|Ihnen|Ihre?\w*)\b")
_WE = re.compile(r"\b(?:we|us|our|wir|uns|unser\w*|nous|notre|nos|nosotros|nuestr\w*)\b", re.I)
_CUSTOMER = re.compile(r"\b(?:customers?|kund(?:e|en|in)|clients?|clientes?)\b", re.I)
_QUOTE = re.compile(r"[\"“”„«»]")
_MIN_YOU, _MAX_COPY_WORDS, _MAX_COPY_HEADING_WORDS = 2, 120, 8
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
    return _without_sales_copy(without_offer_card(lines))  # a product's card with its footnote (:mod:`.offer_cards`)


def _without_sales_copy(lines: list[str]) -> list[str]:
    """``lines`` without a closing paragraph of sales copy (and its short heading above it); never the only lines."""
    if len(lines) < 3:
        return lines
    last = lines[-1]
    if len(last.split()) > _MAX_COPY_WORDS or _QUOTE.search(last) or len(_READER.findall(last)) < _MIN_YOU:
        return lines
    if not (_WE.search(last) and _CUSTOMER.search(last)):
        return lines
    head = lines[-2]
    heading = len(head.split()) <= _MAX_COPY_HEADING_WORDS and not head.rstrip().endswith((".", "!", "?", ":"))
    return lines[: -2 if heading else -1]
