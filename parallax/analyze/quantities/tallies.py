"""Tallies: a score or a vote, two counts set against each other ("Rovers beat City 3-1", "a 5-4
ruling", "passed 52-48", "3:1-Sieg", "s'impose 2-0", "a battu Nantes 3 à 1", "venceu por 2 a 1").

Read as two bare numbers, "3-1" and "3-2" count nothing and never conflict, yet a wrong score or
vote is the plainest error one report can make against another.  A tally is kept whole, as a
quantity whose ``unit`` is :data:`TALLY` and whose ``value`` is ``None`` (it is no amount), and
compared as an unordered pair ("beat City 3-1" and "lost 1-3 to Rovers" agree; see
:func:`parallax.compare.numbers.tally_conflicts`).

"N-M" is also a range ("10-15 people"), so a pair is a tally only where a word of losing stands
before it in its clause ("lost 1-3") or a noun of the result after it ("a 1-3 defeat"), or where it
falls or is level ("3-1", "2-2": no range runs downwards) and the clause speaks of winning, losing,
drawing or voting.  A pair that reads as a clock time ("21:23") is a result only beside a verb of
the result ("verlor am Sonntag gegen Kiel 21:23", "gewann 23:21"), never after a word of the hour
("um 18:30") nor past a word of the schedule ("beginnt am Samstag 15:30").

French, Spanish, Portuguese and Italian also join the two counts with a word ("3 à 1", "2 a 1"),
which more often makes a range ("3 à 5 jours", "de 2 a 3 semanas", "entre 2 a 3 mil"): see
:func:`_word_tally`.  German and Dutch put the word of the result last in a compound
("Auswärtssieg", "Abstimmung", "Heimniederlage", "thuisnederlaag"), read by :data:`_COMPOUND_HEAD`.

The words of the result in the languages written with spaces are listed in :mod:`.tally_words` (split
off to keep this module short; every name is still importable from here).
"""

from __future__ import annotations

import re
from collections.abc import Container

from parallax.analyze.quantities.clock import _AT_BEFORE, _CLOCK
from parallax.analyze.quantities.tally_words import (
    _AFTER_RESULT,
    _BETWEEN,
    _COMPOUND_HEAD,
    _FROM,
    _LOSING,
    _RESULT_NOUN,
    _RESULT_OF,
    _SCHEDULE,
    _TALLY_WORD,
    _WINNING,
)
from parallax.analyze.quantities.thai_tallies import thai_result_near
from parallax.analyze.quantities.vote_splits import split_pair, vote_split_at

TALLY = "(tally)"

# two counts of up to three digits joined by a hyphen or a dash ("20 - 13" too) or a colon ("3:1", no
# space: "8: 00" is a clock time); not part of a longer run of figures (a date "2026-05-17" or
# "2013 - 09 - 26", a phone number, a clock time "3:15:20", a ratio "1:1:2")
# a count of up to three digits, or a larger one grouped by commas ("84,312"; Indian papers group lakhs and crores in
# twos: "1,84,312"): an election's counts run to thousands and are still one result
_COUNT = r"\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})*"
_PAIR = re.compile(
    rf"(?<![\w.,/:–-])(?<![-–—/][ \u00a0])(?P<a>{_COUNT})(?:[ \u00a0]?[-–—][ \u00a0]?|:)(?P<b>{_COUNT})"
    r"(?![\w/:]|[.,:–—-]\d|[ \u00a0][-–—:/][ \u00a0]?\d)"
)
# two counts joined by the word of the languages that write a score so ("3 à 1", "2 a 1"), not a decimal
# after it ("2 a 1,5") nor a part of a longer run of figures
_WORD_PAIR = re.compile(r"(?<![\w.,/:–-])(?P<a>\d{1,3})[ \u00a0](?P<joiner>à|a)[ \u00a0](?P<b>\d{1,3})(?![\w/:%]|[.,]\d)")
_JOINER = {"fr": "à", "es": "a", "pt": "a", "it": "a", "ca": "a", "gl": "a"}
# a vote written with words between its counts, as English does ("passed by 212 votes to 198", "voted 52 to
# 48", "by a vote of 6 to 3"): "votes to" names the result whichever way it runs; a bare "to" only after
# "voted" or "a vote of" (elsewhere "from 5 to 3" is where a figure went); South Asian and British papers also write
# "312 votes against 198", the same division
_VOTES_PAIR = re.compile(
    rf"(?<![\w.,/:–-])(?P<a>{_COUNT})[ \u00a0]+votes?[ \u00a0]+(?:to|against)[ \u00a0]+(?P<b>{_COUNT})(?![\w/:%]|[.,]\d)"
    r"|(?<=voted[ \u00a0])(?P<c>\d{1,3})[ \u00a0]+to[ \u00a0]+(?P<d>\d{1,3})(?![\w/:%]|[.,]\d)"
    r"|(?<=vote[ \u00a0]of[ \u00a0])(?P<e>\d{1,3})[ \u00a0]+to[ \u00a0]+(?P<f>\d{1,3})(?![\w/:%]|[.,]\d)",
    re.I,
)
_VOTES_TEXT = re.compile(rf"({_COUNT})[ \u00a0]+(?:votes?[ \u00a0]+(?:to|against)|to)[ \u00a0]+({_COUNT})", re.I)  # such a tally's text
# a pair that could be an hour and its minutes ("21:23", not "3:1" nor "52:48")
_CLOCK_LIKE = re.compile(r"(?:[01]?\d|2[0-4]):[0-5]\d")

_WORD_AFTER = re.compile(r"[ \u00a0]{1,3}(?P<word>[^\W\d_]+)")
_WORD_BEFORE = re.compile(r"(?<!\w)(?P<word>[^\W\d_]+)[ \u00a0]{1,3}\Z")

# Chinese, Japanese and Korean write a score with a word between its counts ("3比1", "7対2", "2대1", also
# "2 대 1") or a hyphen or colon, full-width too ("3－1", "1：0"), with no space before it against the
# word before ("韓国に3－1で勝った"); not a part of a longer run of figures
_CJK_PAIR = re.compile(
    r"(?<![\d.,/:：－–-])(?P<a>\d{1,3})(?:[比対對对]|[ \u00a0]?대[ \u00a0]?|[-－–:：])(?P<b>\d{1,3})(?![\d.,/:：－–%％]|[-]\d)"
)
# the words of winning, losing and drawing there, written against the words around them (no spaces to
# part them), before the pair or after it, since the verb ends the sentence ("7対2で勝った", "2대1로
# 꺾었다"); forms long enough to be no part of another word ("失败" is a failure, "떨어졌다" a fall)
_CJK_RESULT = re.compile(
    "战胜|戰勝|击败|擊敗|打败|打敗|获胜|獲勝|取胜|取勝|胜利|勝利|力克|险胜|險勝|大胜|大勝|完胜|完勝|负于|負於|输给|輸給|不敌|不敵"
    "|告负|落败|落敗|战平|戰平|逼平|比分|夺冠|奪冠|"
    "勝った|勝ち|快勝|大勝|完勝|辛勝|連勝|敗れ|敗戦|惜敗|完敗|連敗|負け|下した|下し|破った|破り|引き分け|制した|制し|逆転|白星|黒星|スコア|"
    "이겼|이기고|꺾었|꺾고|꺾어|승리|패배|패했|무승부|비겼|물리쳤|제압|격파|역전승|역전패|완승|완패|스코어|에 졌|에게 졌"
)
_CJK_SENTENCE_END = re.compile(r"[。！？!?]")
_CJK_BEFORE, _CJK_AFTER = 30, 20  # characters around the pair in which a word of the result must stand


def _cjk_tally(text: str, start: int) -> tuple[int, str] | None:
    """A score in Chinese, Japanese or Korean ("3比1战胜日本队", "阪神に7対2で勝った", "일본을 2대1로
    꺾었다"): a pair with a word of the result in its sentence, before or after it.  Without one, "3比1"
    is a ratio ("男女比例为3比1") and "3-1" may be anything."""
    m = _CJK_PAIR.match(text, start)
    if not m or _counts(m) is None:
        return None
    before = _CJK_SENTENCE_END.split(text[max(0, m.start() - _CJK_BEFORE) : m.start()])[-1]
    after = _CJK_SENTENCE_END.split(text[m.end() : m.end() + _CJK_AFTER])[0]
    if not _CJK_RESULT.search(before + " " + after):
        return None
    return m.end(), m.group()


def _counts_a_noun(text: str, end: int, times: Container[int] = ()) -> bool:
    """Whether a word in lower case that no result takes after it follows the pair: then it is a range.
    A word that starts a date or a time (``times``: "3 à 1 dimanche") is not what the pair counts."""
    m = _WORD_AFTER.match(text, end)
    if not m or m.start("word") in times:
        return False
    return m.group("word").islower() and m.group("word") not in _AFTER_RESULT and not _RESULT_NOUN.match(text, end)


# the set before this one in a run of set scores ("won 6-4, 3-6, 7-5")
_SET_BEFORE = re.compile(r"(?<![\d.,/:–-])\d{1,2}[-–:]\d{1,2},[ \u00a0]\Z")
_PERCENT = re.compile(r"[ \u00a0]?(?:%|per ?cent|percent|prozent|pour ?cent|por ?ciento|por ?cento|per ?cento)", re.I)
_BEFORE, _AFTER = 60, 30  # characters around the pair in which a word of the result must stand
_VERB_BEFORE = 120  # characters before the pair in which a verb of the result may stand (long German clauses)
# a sentence's end; not the point of an ordinal ("gegen den 1. FC Köln 1:3")
_SENTENCE_END = re.compile(r"(?:(?<![\s(]\d)(?<![\s(]\d\d)\.|[!?;])\s")


def _before(text: str, start: int, size: int = _BEFORE) -> str:
    """The words before the pair in its sentence (at most ``size`` characters)."""
    before = text[max(0, start - size) : start]
    if ends := list(_SENTENCE_END.finditer(before)):
        before = before[ends[-1].end() :]
    return before


def _verb_clause(text: str, start: int) -> str:
    """The words before the pair in which a verb of the result makes it one: its sentence, back to
    :data:`_VERB_BEFORE` characters ("verloren am Sonntagnachmittag in der ausverkauften Halle gegen den
    THW Kiel 21:23"), after the last word of the schedule in it."""
    before = _before(text, start, _VERB_BEFORE)
    if schedule := list(_SCHEDULE.finditer(before)):
        before = before[schedule[-1].end() :]
    return before


def _clause(text: str, start: int, end: int) -> str:
    """The words around the pair, not past a sentence's end on either side."""
    after = text[end : end + _AFTER]
    if m := _SENTENCE_END.search(after):
        after = after[: m.start()]
    return f"{_before(text, start)} {after}"


def _speaks_of_a_result(clause: str) -> bool:
    """Whether a word of winning, losing, drawing or voting stands in ``clause``, also as the last part
    of a German or Dutch compound ("Die Abstimmung im Bundestag endete 52:48")."""
    return bool(_TALLY_WORD.search(clause) or _COMPOUND_HEAD.search(clause))


def _int(count: str) -> int:
    """A count of a tally, less the commas that group its digits ("84,312")."""
    return int(count.replace(",", ""))


def _counts(m: re.Match) -> tuple[int, int] | None:
    """The two counts of a pair, or None where one is written with a leading zero ("3:05", "1-01"):
    the minutes of a clock time or a code, as no score is written."""
    a, b = m.group("a"), m.group("b")
    if (len(a) > 1 and a[0] == "0") or (len(b) > 1 and b[0] == "0"):
        return None
    return _int(a), _int(b)


def _reads_as_clock(text: str, m: re.Match) -> bool:
    """Whether a pair that could be an hour is told as one: after a word of the hour ("um 18:30", "at
    3:15") or with one after it ("21:23 Uhr", "8:30 pm")."""
    if not _CLOCK_LIKE.fullmatch(m.group()):
        return False
    if (c := _CLOCK.match(text, m.start())) and c.end() > m.end():
        return True
    return bool(_AT_BEFORE.search(text, max(0, m.start() - 24), m.start()))


def strong_tally_at(text: str, start: int, times: Container[int] = ()) -> tuple[int, str] | None:
    """A pair that the words beside it make a result, whatever its numbers: a word of losing before
    it in its clause ("lost 1-3", "verlor 21:23", which would read as a clock time), or a verb of winning
    before a falling or level pair ("gewann am Sonntag 23:21"), with no noun of its own after it; or a
    noun of the result after it ("a 1-3 defeat").  A pair told as an hour ("um 18:30") is none, nor one
    that could be an hour whose verb stands in another clause, before a comma ("Der Mann, der verloren
    hatte, kam am Dienstag 21:30") or before a word of the schedule ("verlor und trifft am Sonntag 18:30")."""
    m = _PAIR.match(text, start)
    if not m or _PERCENT.match(text, m.end()) or (counts := _counts(m)) is None:
        return None
    if _RESULT_NOUN.match(text, m.end()):
        return m.end(), m.group()
    if _reads_as_clock(text, m):
        return None
    before = _verb_clause(text, m.start())
    if _CLOCK_LIKE.fullmatch(m.group()):
        before = before[before.rfind(",") + 1 :]  # "Der Mann, der verloren hatte, kam am Dienstag 21:30": another clause's verb
    verb = _LOSING.search(before) or (counts[0] >= counts[1] and _WINNING.search(before))
    if verb and not _counts_a_noun(text, m.end(), times):
        return m.end(), m.group()
    return None


def is_score(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, which reads as a clock time, is a result that the words beside it
    make one (:func:`strong_tally_at`: "verlor 21:23"), exactly that span: the times stage leaves it
    to the quantities."""
    tally = strong_tally_at(text, start)
    return tally is not None and tally[0] == end


def _word_tally(text: str, m: re.Match, times: Container[int]) -> tuple[int, str] | None:
    """A pair joined by a word ("Lyon a battu Nantes 3 à 1", "venceu o Santos por 2 a 1", "perdeu por 1
    a 3"), which is far more often a range ("3 à 5 jours", "10 à 15 %") or a span ("du 3 au 5", "de 2 a 3
    semanas"): a result only where no word in lower case that it could count follows it, no "entre"
    stands before it, and a word of the result stands in its clause: a word of losing before any pair, a
    word of winning, losing, drawing or voting beside a falling or level one.  After "de" ("perdeu de 7 a
    1", "passa de 3 à 1") only a word of winning or losing before it, or a noun of the result before the
    "de" ("le score de 2 à 2"), makes it one; and with no word of a contest near it ("a proporção subiu
    por 2 a 1") it is a ratio, left to the numbers."""
    if _PERCENT.match(text, m.end()) or _counts_a_noun(text, m.end(), times) or (counts := _counts(m)) is None:
        return None
    word = w.group("word").lower() if (w := _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())) else ""
    if word in _BETWEEN:
        return None
    before = _verb_clause(text, m.start())
    rising = counts[0] < counts[1]
    if _LOSING.search(before) or (not rising and _WINNING.search(before)):
        return m.end(), m.group()
    if word in _FROM and not _RESULT_OF.search(text, max(0, m.start() - 24), m.start()):
        return None
    if rising or not _speaks_of_a_result(_clause(text, m.start(), m.end())):
        return None
    return m.end(), m.group()


def tally_at(text: str, start: int, language: str | None = None, times: Container[int] = ()) -> tuple[int, str] | None:
    """The end and the text of the tally that starts at ``start``, or ``None``: a strong one (see
    :func:`strong_tally_at`), or a falling or level pair ("beat City 3-1", "ruled 5-4", "2-2") in a
    clause that speaks of winning, losing or voting.  A rising pair without a word of the result
    beside it is a range ("miss 2-3 matches", "pages 12-14 of the ruling", "20-30 voters"), and a
    pair before a percent sign is a range of shares ("lost 10-15% after the vote").  In ``language``
    that joins a score with a word, that form too (:func:`_word_tally`); ``times`` are where the dates
    and times of the text start (a word that starts one after a pair is no noun it counts)."""
    if (language or "")[:2].lower() in ("zh", "ja", "ko") and (cjk := _cjk_tally(text, start)):
        return cjk
    if (language or "")[:2].lower() == "th" and (p := _PAIR.match(text, start)) and _counts(p) and thai_result_near(text, p.start(), p.end()):
        return p.end(), p.group()  # "ชนะเวียดนาม 2-1": a word of the result run into the words around it (:mod:`.thai_tallies`)
    joiner = _JOINER.get((language or "")[:2].lower())
    if joiner and (w := _WORD_PAIR.match(text, start)) and w.group("joiner") == joiner:
        return _word_tally(text, w, times)
    if (language or "en")[:2].lower() == "en" and (v := _VOTES_PAIR.match(text, start)):
        if v.group("a") or not _counts_a_noun(text, v.end(), times):  # "voted 5 to 3 councillors"? no vote
            return v.end(), v.group()
    if split := vote_split_at(text, start, language):  # "cuatro votos contra uno", "mit 5 zu 4 Stimmen"
        return split
    if strong := strong_tally_at(text, start, times):
        return strong
    m = _PAIR.match(text, start)
    if not m or _PERCENT.match(text, m.end()) or (counts := _counts(m)) is None:
        return None
    if word := _WORD_BEFORE.search(text, max(0, start - 24), start):
        if word.group("word").lower() in _BETWEEN:
            return None  # "between 3-1 and ...": a range
    if counts[0] < counts[1] and not (_SET_BEFORE.search(text, max(0, start - 12), start) and not _counts_a_noun(text, m.end(), times)):
        return None  # a rising pair, unless it is the next set of a match ("6-4, 3-6, 7-5")
    if not _speaks_of_a_result(_clause(text, m.start(), m.end())):
        return None
    return m.end(), m.group()


def tally_pair(text: str) -> tuple[int, int] | None:
    """The two counts of a tally's text, higher first, so that the order it is written in does not
    matter ("3-1", "1-3" and "3 à 1" are one result told from either side)."""
    if v := _VOTES_TEXT.fullmatch(text):  # "212 votes to 198", "52 to 48"
        a, b = _int(v.group(1)), _int(v.group(2))
        return (a, b) if a >= b else (b, a)
    if split := split_pair(text):  # "cuatro votos contra uno" (:mod:`.vote_splits`)
        return split
    m = _PAIR.fullmatch(text) or _WORD_PAIR.fullmatch(text) or _CJK_PAIR.fullmatch(text)
    if not m:
        return None
    a, b = _int(m.group("a")), _int(m.group("b"))
    return (a, b) if a >= b else (b, a)
