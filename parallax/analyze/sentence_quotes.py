"""Quotation marks at a sentence cut: is a quotation still open, which mark
closes it, and does a piece end on a mark that opens the next sentence.

spaCy cuts inside quotations and hangs the next quotation's opening mark on
the sentence before; :func:`parallax.analyze.sentences.paragraph_sentences`
asks these questions to merge or move such cuts.  Kept apart because the
marks differ by language („...“, « ... », ”...”) and the rules are many.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.marks import QUOTE_PAIRS, _gershayim

_OPEN = "“„«‹「『"


def _inside_quote(text: str, same_mark: bool = False) -> bool:
    """Whether ``text`` ends inside an unclosed quotation (each opening mark waits for its own
    closer: „...“ and »...« in German, “...” in English, « ... » in French)."""
    opened, straight = _quote_state(text, same_mark)
    return opened is not None or straight


_ENDED = re.compile(r"[.!?…।॥۔؟][”»’\"]?\s*$")  # Devanagari and Arabic-script full stops too


# each opening mark and the marks that close it; a straight or low single mark is too ambiguous to
# wait for, and ” opens only in some languages (see paragraph_sentences).  A “ waits for its ”: English
# copy that closes it with a straight mark ("“... borders," he said.") counts that mark with the
# straight ones, which pair up on their own.
_CLOSERS = {opener: closers.replace('"', "") if opener == "“" else closers for opener, closers in QUOTE_PAIRS.items() if opener not in "\"'‚”"}


# the marks :func:`_quote_state` acts on
_STATE_MARKS = re.compile("[" + re.escape("".join(sorted({'"', "”", *_CLOSERS, *"".join(_CLOSERS.values())}))) + "]")


def _quote_state(text: str, same_mark: bool = False) -> tuple[str | None, bool]:
    """The curly (or angle, or corner) opening mark still open at the end of ``text``, and whether a
    straight quotation is open; a straight mark that closes a low one („..." in Dutch) is no straight
    quotation of its own.  With ``same_mark`` a ” that closes nothing counts like a straight mark.  A straight
    mark between two Hebrew letters is an acronym's gershayim ('יו"ר', 'צה"ל'), no quotation: counted, it closed
    the quotation that opens the next sentence ('... 18:00. "העובדים ...", אמר.'), whose speaker went astray."""
    opened, straight = None, False
    for mark in _STATE_MARKS.finditer(text):  # (the marks alone: no other character changes the state)
        i, ch = mark.start(), mark.group()
        if opened is not None and ch in _CLOSERS[opened]:
            opened = None
        elif ch == '"' and _gershayim(text, i):
            continue
        elif ch == '"' or same_mark and ch == "”":
            straight = not straight
        elif opened is None and ch in _CLOSERS:
            opened = ch
    return opened, straight


def _expected_closer(text: str) -> str | None:
    """The mark that would close the quotation still open at the end of ``text`` („ → “, « → », » → «,
    「 → 」); any of its closers closes it („..." in Dutch, »...» in Swedish)."""
    opened = _quote_state(text)[0]
    return _CLOSERS[opened][0] if opened is not None else None


def _ends_open(piece: str) -> bool:
    """Whether ``piece`` ends on a colon or on a mark that opens a quotation (not one that closes
    it: German „...“ ends on “)."""
    body = piece.rstrip()
    return body[-1:] == ":" or (body[-1:] in _OPEN and _expected_closer(body[:-1]) != body[-1:])


def _dangling_opener(piece: str, same_mark: bool = False) -> int | None:
    """Offset of an opening quotation mark that ends ``piece`` after a finished sentence, else None.
    A mark that closes the quotation open in ``piece`` stays (German „...“, French «... »)."""
    body = piece.rstrip()
    if len(body) < 2 or body[-1] not in _OPEN + "‘»\"”'—–―":
        return None
    if body[-1] in "\"”'" and (
        not body[-2].isspace()
        or (body[-1] == '"' and _quote_state(body[:-1])[1])
        or (body[-1] == "”" and (not same_mark or _quote_state(body[:-1], same_mark)[1]))
    ):
        return None  # a straight (or Swedish ”) mark that closes the one open before it
    if _expected_closer(body[:-1]) == body[-1] or body[-1] in "»" and _expected_closer(body[:-1]) is not None:
        return None
    # a dash after a finished sentence opens the next one's dialogue ("... il paese. —" | "Abbiamo ...")
    return len(body) - 1 if _ENDED.search(body[:-1]) else None
