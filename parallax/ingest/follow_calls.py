"""The outlet's "Follow us" note told from a sentence of prose that uses the same two words.

A site's note asks the reader to follow it somewhere it publishes: "Follow us on Twitter", "Follow us on
Telegram for the latest news", "Follow us @harbourpost", "Follow us for more", "Follow us to stay up to date", or
the two words alone under a row of buttons.  A report, a feature or a travel piece also opens on the imperative:
"Follow us to the old harbour, where divers found ...", "follow us into the tunnels and you will see ...": the
reader is led to a place, and nothing names a network, an account, a link or the updates the note promises.

:func:`follow_prose` says which is which, so that :mod:`parallax.ingest.boilerplate` drops the note and keeps the
prose.  What follows the two words decides: the note's words (a network, the site's page or channel, a handle,
an address, "for more", "to stay informed", "here") or nothing at all make the note; anything else is prose.
"""

from __future__ import annotations

import re

_FOLLOW_US = re.compile(r"\bfollow us\b", re.I)
# the words of the place a site publishes on: the networks, its own channels, a handle or an address
_CHANNEL = re.compile(
    r"\b(?:facebook|twitter|instagram|youtube|linkedin|tiktok|whatsapp|telegram|bluesky|threads|mastodon|pinterest|"
    r"snapchat|reddit|rss|x|social(?: media| networks?)?|socials|channels?|page|feeds?|accounts?|profiles?|app|"
    r"newsletters?|google news|apple news|podcasts?)\b|@\w|https?://|www\.",
    re.I,
)
# what the note promises after "for" or "to": more, the latest, updates, news, or keeping up with them
_PROMISE = re.compile(
    r"^(?:for (?:more|the latest|latest|updates?|news|breaking|daily|regular|all|further|exclusive|live|real-time|fresh)\b|"
    r"to (?:stay|keep|get|receive|be the first|never|catch|find out|learn|see more|read more|hear|join|discover|follow)\b|"
    r"here\b|now\b|today\b|and (?:like|share|subscribe|join|stay|get)\b|(?:on|at|via|in) (?:our|the)? ?(?:\w+ )?(?:pages?|channels?|accounts?|profiles?)\b)",
    re.I,
)
# the clause the two words stand in: up to the sentence's stop (a comma may open the prose's own clause)
_CLAUSE_END = re.compile(r"[.!?;,:]")
_MAX_NOTE_CLAUSE_WORDS = 10


def _is_note(after: str) -> bool:
    """Whether ``after`` (what follows "follow us" in its sentence) makes the words the site's note."""
    rest = after.strip(" \t\u00a0")
    if not rest or not rest[0].isalnum() and rest[0] not in "@":  # "Follow us!", "Follow us:", "Follow us | ..."
        return True
    if _PROMISE.match(rest):
        return True
    clause = _CLAUSE_END.split(rest, maxsplit=1)[0]
    return len(clause.split()) <= _MAX_NOTE_CLAUSE_WORDS and _CHANNEL.search(clause) is not None


def follow_prose(sentence: str) -> bool:
    """Whether ``sentence`` holds "follow us" as prose does (the reader led somewhere) and not as the site's note;
    ``False`` for a sentence without the two words."""
    found = list(_FOLLOW_US.finditer(sentence))
    return bool(found) and not any(_is_note(sentence[m.end() :]) for m in found)
