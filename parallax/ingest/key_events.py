"""A live blog's "Key events" list over its entries, and the controls beside it.

A live blog opens with a list of its main entries, each the entry's time and title, linking down to it ("Key
events", "10:42 Mayor defends closure", "09:15 Council votes"), then the entries themselves.  Kept, the list
doubles every title it names as a fact of its own, out of its entry and with no text.  :func:`without_key_events`
drops the list by its heading (the words for "key events" as a whole line, in en, de, fr, es, it, nl, pt) *and* the
lines after it that each open with a clock or relative time and go on with a title; the heading stays where no such
line follows it (a section of an explainer called "Key events" goes on in prose).  A bare time on its line (an
entry's own, lifted by :mod:`parallax.ingest.live_times`) ends the list, and the list's last line stays where
prose follows it: that line is the first entry's own time and title.

The list's controls, whole lines only, go anywhere: "Show key events only", "Please turn on JavaScript to use
this feature" (the toggle's note when scripts are off).
"""

from __future__ import annotations

import re

HEADING = re.compile(
    r"^\W*(?:key (?:events|moments|updates)|the key events|"
    r"das wichtigste(?: im überblick| in kürze)?|die wichtigsten (?:ereignisse|entwicklungen|momente)|wichtige ereignisse|"
    r"(?:les )?(?:moments|événements) clés|les faits marquants|l['’]essentiel|"
    r"(?:los )?momentos (?:clave|destacados)|lo más destacado|(?:i )?momenti (?:chiave|salienti)|gli eventi chiave|"
    r"belangrijkste (?:gebeurtenissen|momenten)|momentos-chave|principais momentos)\W*$",
    re.I,
)
# a list line: a time, then a title ("10:42 Mayor defends closure", "- 10:42 Uhr: Rat stimmt ab", "2h ago Council votes")
_TIMED = re.compile(
    r"^(?:[-•*][ ])?(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ ]?(?:uhr|uur|h|[ap]\.?m\.?))?|\d{1,2}[ ]?(?:h|hrs?|min|mins|m) ago|vor \d{1,2} (?:min|std)\.?)"
    r"[ ]?[:–—|-]?[ ](?=\w)",
    re.I,
)
_BARE_TIME = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ ]?(?:uhr|uur|h|[ap]\.?m\.?))?[ ]?[.:–—-]?$", re.I)
_CONTROL = re.compile(
    r"^\W*(?:show key events only|show (?:only )?key events|(?:please )?turn on javascript to use this feature"
    r"|nur (?:die )?wichtigsten ereignisse (?:anzeigen|zeigen)|afficher (?:uniquement )?les moments clés)\W*$",
    re.I,
)
_MAX_ITEM_WORDS = 20


def _is_item(line: str) -> bool:
    return len(line.split()) <= _MAX_ITEM_WORDS and bool(_TIMED.match(line))


def without_key_events(lines: list[str]) -> list[str]:
    """``lines`` without a live blog's key-events list and its controls (see the module's docstring)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _CONTROL.match(line):
            i += 1
            continue
        if HEADING.match(line):
            j = i + 1
            while j < len(lines) and _is_item(lines[j]):
                j += 1
            following = lines[j] if j < len(lines) else ""
            if following and not _BARE_TIME.match(following):
                j -= 1  # (the first entry's own time and title, over its text)
            if j > i + 1:
                i = j
                continue
        out.append(line)
        i += 1
    return out
