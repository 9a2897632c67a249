"""Tallies: a score or a vote, two counts set against each other ("Rovers beat City 3-1", "a 5-4
ruling", "passed 52-48", "3:1-Sieg", "s'impose 2-0").

Read as two bare numbers, "3-1" and "3-2" count nothing and never conflict, yet a wrong score or
vote is the plainest error one report can make against another.  A tally is kept whole, as a
quantity whose ``unit`` is :data:`TALLY` and whose ``value`` is ``None`` (it is no amount), and
compared as an unordered pair ("beat City 3-1" and "lost 1-3 to Rovers" agree; see
:func:`parallax.compare.numbers.tally_conflicts`).

"N-M" is also a range ("10-15 people"), so a pair is a tally only where a word of losing stands
before it in its clause ("lost 1-3") or a noun of the result after it ("a 1-3 defeat"), or where it
falls or is level ("3-1", "2-2": no range runs downwards) and the clause speaks of winning, losing,
drawing or voting.
"""

from __future__ import annotations

import re

TALLY = "(tally)"

# two counts of up to three digits joined by a hyphen or a dash ("20 - 13" too) or a colon ("3:1", no
# space: "8: 00" is a clock time); not part of a longer run of figures (a date "2026-05-17" or
# "2013 - 09 - 26", a phone number, a clock time "3:15:20", a ratio "1:1:2")
_PAIR = re.compile(
    r"(?<![\w.,/:–-])(?<![-–—/][ \u00a0])(\d{1,3})(?:[ \u00a0]?[-–—][ \u00a0]?|:)(\d{1,3})"
    r"(?![\w/:]|[.,:–—-]\d|[ \u00a0][-–—:/][ \u00a0]?\d)"
)

# words of winning, losing, drawing, scoring and voting, as stems (a stem takes any ending: "vot"
# is "vote", "voted", "votos", "voti"); in the languages with number rules that write scores so
_TALLY_WORD = re.compile(
    r"(?<!\w)(?:"
    # English
    r"beat|won|win|wins|winning|winner|victor|lost|lose|loses|losing|loss|defeat|draw|drew|drawn|tie|tied|ties|scor|lead|led|"
    r"trail|vot|ballot|ruling|ruled|decision|majorit|margin|match|game|final|rout|thrash|edg|triumph|overc[ao]me|"
    # German, Dutch
    r"sieg|siegt|gewann|gewinn|gewonn|verlor|niederlag|unentschieden|remis|stimm|endstand|spiel|partie|führ|"
    r"zege|overwinning|verloor|nederlaag|gelijkspel|wedstrijd|"
    # French, Spanish, Italian, Portuguese
    r"victoire|défaite|battu|bat|s'impose|l'emporte|nul|voix|scrutin|"
    r"victoria|derrota|gan[óa]|perdi[óo]|pierde|empat|goleada|venci|marcador|partido|"
    r"vittoria|sconfitt|vint|vince|pers|pareggi|partita|"
    r"vitória|venceu|perdeu|placar|partida|jogo|"
    # Polish, Russian, Ukrainian, Czech
    r"zwycię|wygra|przegr|porażk|mecz|głos|"
    r"побед|поражени|проигр|ничь|сч[её]т|голос|матч|перемог|програ|"
    r"vítěz|výhr|vyhr|prohr|remíz|hlas|zápas"
    r")\w*",
    re.I,
)
# a result told from the losing side (a verb or a noun of losing in the clause before the pair: "lost
# the final 4-6, 6-3", "verlor am Samstag mit 1:3", "przegrał w niedzielę 1:2", "Sconfitta per il Torino:
# 1-2"), or named by its noun after it ("a 1-3 defeat").  There even a rising pair, or one that could be a
# clock time ("verlor 21:23"), is a result, unless a noun of its own follows ("lost 2-3 matches").
_LOSING = re.compile(
    r"(?<!\w)(?:lost|lose|loses|losing|beaten|fell|trail|trails|trailed|trailing|defeat\w*|loss|"
    r"verlor|verloren|verliert|unterlag|niederlage|verloor|verliest|nederlaag|battue?s?|perd|perdu|défaite|"
    r"perdió|perdio|pierde|derrota|perdeu|perde|perso|sconfitt\w*|przegra\w*|porażk\w*|проиграл\w*|поражени\w*|"
    r"програ\w*|prohrál\w*|prohr\w*)(?!\w)",
    re.I,
)
# the words that may follow a result (whom it was against, where, when), in the languages above; any
# other word in lower case after a rising pair is what it counts ("2-3 matches", "10-15 people")
_AFTER_RESULT = frozenset(
    """against to at in on with by from for after before over away home tegen van tegenover bij op thuis
    gegen bei im zu zuhause auswärts durch contre face à au en chez dans par sur devant pour contro con a da di
    del della per ante contra por frente al de do na no em z ze w we u przeciw с со против в на""".split()
)
_WORD_AFTER = re.compile(r"[ \u00a0]{1,3}(?P<word>[^\W\d_]+)")


def _counts_a_noun(text: str, end: int) -> bool:
    """Whether a word in lower case that no result takes after it follows the pair: then it is a range."""
    m = _WORD_AFTER.match(text, end)
    return bool(m) and m.group("word").islower() and m.group("word") not in _AFTER_RESULT and not _RESULT_NOUN.match(text, end)


_RESULT_NOUN = re.compile(
    r"[ \u00a0-]{1,3}(?:defeat|loss|losses|win|wins|victory|draw|tie|lead|"
    r"niederlage|sieg|pleite|remis|défaite|victoire|derrota|victoria|empate|sconfitta|vittoria|pareggio|vitória|nederlaag|zege)(?!\w)",
    re.I,
)
# the set before this one in a run of set scores ("won 6-4, 3-6, 7-5")
_SET_BEFORE = re.compile(r"(?<![\d.,/:–-])\d{1,2}[-–:]\d{1,2},[ \u00a0]\Z")
_PERCENT = re.compile(r"[ \u00a0]?(?:%|per ?cent|percent|prozent|pour ?cent|por ?ciento|por ?cento|per ?cento)", re.I)
_BEFORE, _AFTER = 60, 30  # characters around the pair in which a word of the result must stand
_SENTENCE_END = re.compile(r"[.!?;]\s")


def _before(text: str, start: int) -> str:
    """The words before the pair in its sentence (at most :data:`_BEFORE` characters)."""
    before = text[max(0, start - _BEFORE) : start]
    if ends := list(_SENTENCE_END.finditer(before)):
        before = before[ends[-1].end() :]
    return before


def _clause(text: str, start: int, end: int) -> str:
    """The words around the pair, not past a sentence's end on either side."""
    after = text[end : end + _AFTER]
    if m := _SENTENCE_END.search(after):
        after = after[: m.start()]
    return f"{_before(text, start)} {after}"


def strong_tally_at(text: str, start: int) -> tuple[int, str] | None:
    """A pair that the words beside it make a result, whatever its numbers: a word of losing before
    it in its clause ("lost 1-3", "verlor 21:23", which would read as a clock time) with no noun of its
    own after it, or a noun of the result after it ("a 1-3 defeat")."""
    m = _PAIR.match(text, start)
    if not m or _PERCENT.match(text, m.end()):
        return None
    if _RESULT_NOUN.match(text, m.end()):
        return m.end(), m.group()
    if _LOSING.search(_before(text, m.start())) and not _counts_a_noun(text, m.end()):
        return m.end(), m.group()
    return None


def is_score(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, which reads as a clock time, is a result that the words beside it
    make one (:func:`strong_tally_at`: "verlor 21:23"), exactly that span: the times stage leaves it
    to the quantities."""
    tally = strong_tally_at(text, start)
    return tally is not None and tally[0] == end


def tally_at(text: str, start: int) -> tuple[int, str] | None:
    """The end and the text of the tally that starts at ``start``, or ``None``: a strong one (see
    :func:`strong_tally_at`), or a falling or level pair ("beat City 3-1", "ruled 5-4", "2-2") in a
    clause that speaks of winning, losing or voting.  A rising pair without a word of the result
    beside it is a range ("miss 2-3 matches", "pages 12-14 of the ruling", "20-30 voters"), and a
    pair before a percent sign is a range of shares ("lost 10-15% after the vote")."""
    if strong := strong_tally_at(text, start):
        return strong
    m = _PAIR.match(text, start)
    if not m or _PERCENT.match(text, m.end()):
        return None
    if int(m.group(1)) < int(m.group(2)) and not (_SET_BEFORE.search(text, max(0, start - 12), start) and not _counts_a_noun(text, m.end())):
        return None  # a rising pair, unless it is the next set of a match ("6-4, 3-6, 7-5")
    if not _TALLY_WORD.search(_clause(text, m.start(), m.end())):
        return None
    return m.end(), m.group()


def tally_pair(text: str) -> tuple[int, int] | None:
    """The two counts of a tally's text, higher first, so that the order it is written in does not
    matter ("3-1" and "1-3" are one result told from either side)."""
    m = _PAIR.fullmatch(text)
    if not m:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    return (a, b) if a >= b else (b, a)
