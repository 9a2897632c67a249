"""The outlet's "Follow us" note told from a sentence of prose that uses the same two words.

A site's note asks the reader to follow it somewhere it publishes: "Follow us on Twitter", "Follow us on
Telegram for the latest news", "Follow us @harbourpost", "Follow us for more", "Follow us to stay up to date", or
the two words alone under a row of buttons.  A report, a feature or a travel piece also opens on the imperative:
"Follow us to the old harbour, where divers found ...", "follow us into the tunnels and you will see ...": the
reader is led to a place, and nothing names a network, an account, a link or the updates the note promises.

:func:`follow_prose` says which is which, so that :mod:`parallax.ingest.boilerplate` drops the note and keeps the
prose.  What follows the two words decides: the note's words (a network, the site's page or channel, a handle,
an address, "for more", "to stay informed", "here") or nothing at all make the note; anything else is prose.

The same holds in the other languages sites publish in ("Folgen Sie uns auf Telegram" and "Folgen Sie uns auf einen
Rundgang durch den Hafen", "Seguici su Instagram" and "Seguici lungo il molo", "تابعونا على تويتر" and "تابعونا إلى
الميناء"): their words are a table, :mod:`parallax.ingest.follow_words`, and :func:`follow_note` finds their notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parallax.ingest.follow_words import FOLLOW_WORDS, NETWORKS

# the words of the place a site publishes on: the networks, its own channels, a handle or an address
_CHANNEL_EN = r"social(?: media| networks?)?|socials|channels?|page|feeds?|accounts?|profiles?|app|newsletters?|apple news|podcasts?"
# what the note promises after "for" or "to": more, the latest, updates, news, or keeping up with them
_PROMISE_EN = (
    r"for (?:more|the latest|latest|updates?|news|breaking|daily|regular|all|further|exclusive|live|real-time|fresh)\b|"
    r"to (?:stay|keep|get|receive|be the first|never|catch|find out|learn|see more|read more|hear|join|discover|follow)\b|"
    r"here\b|now\b|today\b|and (?:like|share|subscribe|join|stay|get)\b|(?:on|at|via|in) (?:our|the)? ?(?:\w+ )?(?:pages?|channels?|accounts?|profiles?)\b"
)


@dataclass(frozen=True)
class _Row:
    """One language's row of :data:`parallax.ingest.follow_words.FOLLOW_WORDS`, compiled."""

    language: str
    follow_us: re.Pattern[str]
    channel: re.Pattern[str]
    promise: re.Pattern[str]
    channel_before: bool


def _row(language: str, follow_us: str, channels: str, promise: str, channel_before: bool = False) -> _Row:
    # letters on either side of the words belong to another word, except in Japanese, which writes none between them
    left, right = ("", "") if channel_before else (r"(?<!\w)", r"(?!\w)")
    channel = rf"{left}(?:{NETWORKS}|{channels}){right}|@\w|https?://|www\."
    return _Row(
        language,
        re.compile(rf"{left}(?:{follow_us}){right}", re.I),
        re.compile(channel, re.I),
        re.compile(rf"^(?:{promise})", re.I),
        channel_before,
    )


_ROWS = [_row("en", r"follow us", _CHANNEL_EN, _PROMISE_EN)] + [
    _row(lang, w.follow_us, w.channels, w.promise, w.channel_before) for lang, w in FOLLOW_WORDS.items()
]
# the clause the words stand in: up to the sentence's stop (a comma may open the prose's own clause)
_CLAUSE_END = re.compile(r"[.!?;,:。、！？]")
_MAX_NOTE_CLAUSE_WORDS = 10
_MAX_CHANNEL_BEFORE_CHARS = 30


def _is_note(after: str, row: _Row) -> bool:
    """Whether ``after`` (what follows the words in their sentence) makes the words the site's note."""
    rest = after.strip(" \t\u00a0")
    if not rest or rest[0] in "!.?！。" or not any(c.isalnum() for c in rest):  # "Follow us!", "Folgen Sie uns"
        return True
    if not rest[0].isalnum() and rest[0] != "@":  # "Follow us: Facebook | X", "Folgen Sie uns, sagte er" (judged after)
        rest = rest.lstrip(",;:|·•–—- \t\u00a0")
    if row.promise.match(rest):
        return True
    clause = _CLAUSE_END.split(rest, maxsplit=1)[0]
    return len(clause.split()) <= _MAX_NOTE_CLAUSE_WORDS and row.channel.search(clause) is not None


def _is_note_before(before: str, row: _Row) -> bool:
    """Whether ``before`` (what precedes the words in their sentence) names the channel the note asks to follow."""
    clause = _CLAUSE_END.split(before)[-1][-_MAX_CHANNEL_BEFORE_CHARS:]
    return row.channel.search(clause) is not None


def _judged(sentence: str, rows: list[_Row]) -> list[bool]:
    """For each "follow us" of ``rows``' languages in ``sentence``: whether it is the site's note."""
    return [
        _is_note_before(sentence[: m.start()], row) if row.channel_before else _is_note(sentence[m.end() :], row)
        for row in rows
        for m in row.follow_us.finditer(sentence)
    ]


def follow_prose(sentence: str) -> bool:
    """Whether ``sentence`` holds "follow us" (in any language of the table) as prose does (the reader led somewhere)
    and not as the site's note; ``False`` for a sentence without the words."""
    judged = _judged(sentence, _ROWS)
    return bool(judged) and not any(judged)


def follow_note(paragraph: str) -> bool:
    """Whether ``paragraph`` holds the site's "Follow us" note in a language other than English (the English note is
    :mod:`parallax.ingest.boilerplate`'s own pattern, which asks :func:`follow_prose` about it)."""
    return any(_judged(paragraph, _ROWS[1:]))
