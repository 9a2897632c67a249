"""Tense cues and day words: how the words around a time expression place it.

The nearest-cue rule of :func:`sentence_tense` (a cue of the future or of the past, the nearest one to the
expression in its sentence, one after it counting as farther, one past a clause break after it much
farther), the patterns a lexicon's cue words and day words make (built once per lexicon, see :func:`_cached`),
and the words of "until" a deadline stands after.  Moved out of :mod:`.context` so that the rules that read
a sentence's tense live apart from the state a resolver carries; :mod:`.context` imports them back, so the
old import paths hold.
"""

from __future__ import annotations

import re

from parallax.analyze.timelex import LEXICONS, Lexicon
from parallax.analyze.times.headline_infinitives import headline_plan
from parallax.analyze.times.quoted_cues import in_other_quotation, quoted_spans
from parallax.analyze.times.relative_asides import in_closed_aside
from parallax.analyze.times.slavic_until import slavic_until
from parallax.letters import IN_WORD

# "plans to" after a determiner, a preposition or a possessive is the noun, no tense: "marched on Tuesday against plans to
# shut the unit" told a march that is over; the verb has a subject before it ("the council plans to vote on Tuesday");
# so is "planned" after one, an adjective ("gave figures on Monday for a march against the planned closure")
_PLAN_VERB = "".join(
    rf"(?<!\b{w} )" for w in ("the", "its", "their", "his", "her", "our", "against", "of", "over", "on", "about", "with", "new", "any")
) + r"(?<!'s )(?<!’s )"
# words of a sentence about the future, in every language (each lexicon adds its own: "si riunirà", "zal")
# ("next to", "next door" are places, no time ahead: "a fire next to the town hall … on Friday")
_FUTURE_WORDS = (
    rf"will|would|shall|to be held|is due|are due|due to|scheduled|{_PLAN_VERB}plans? to|{_PLAN_VERB}(?<!\ba )(?<!\ban )planned|expected to|set to|next(?!\s+(?:to|door)\b)|upcoming|"
    r"(?:is|are|was|were) expected|expects?|awaited|"
    r"vow(?:s|ed)? to|promis(?:es|ed) to|pledg(?:es|ed) to|threaten(?:s|ed)? to|intends? to|going to|'ll"
)
# ... and the German, French and Spanish ones every lexicon hears too, but for a word that is a past cue of the
# lexicon's own language: Dutch "werden" is "were" ("Dinsdag werden 200 bewoners geëvacueerd" is the Tuesday gone)
_FOREIGN_FUTURE_WORDS = (
    "wird", "werden", "soll", "sollen", "kommende[nmr]?", "nächste[nmr]?", "prochain", "prochaine", "sera", "seront",
    "doit", "devrait", "próximo", "próxima", "será",
)

_UNTIL_WORDS = (
    r"until|till|through|hasta(?: el)?|fino a|jusqu'(?:à|au)|bis(?: zum| am)?|até(?: à| a)?|tot(?:\s+en\s+met)?|t/m|(?:fram |frem )?til|inntil|indtil|tills"
    # Indonesian and Malay, Estonian, Lithuanian, Latvian, Greek (with its article), Catalan and Romanian: "hingga Senin",
    # "sehingga Isnin", "kuni esmaspäevani", "iki pirmadienio", "līdz pirmdienai", "μέχρι τη Δευτέρα", "fins dilluns",
    # "până luni" (the Slavic "do" is Portuguese "of the" too: left out)
    r"|(?:se)?hingga|sampai|kuni|iki|līdz|(?:μέχρι|έως|ως)(?:\s+(?:την?|το))?|fins(?:\s+(?:a|al|el))?|până(?:\s+(?:la|în))?"
)
# a hedge between "until" and its day: "until at least Saturday", "bis mindestens Samstag", "tot minstens zaterdag"
_AT_LEAST = r"at\s+least|mindestens|voraussichtlich|minstens|ten\s+minste|mindst|minst|au\s+moins|al\s+menos|almeno|pelo\s+menos"
# a deadline moved, in any tense: "regulators postponed until Tuesday morning any vote", "pushed its deadline back until
# 9 a.m. Tuesday", "verschob die Entscheidung bis Dienstag": the day after "until" is still to come; so is the end an
# order or a ban sets when it is made ("ordered the schools closed until Sunday", out on a Tuesday, had been the
# Sunday gone)
_DEFERRED_WORDS = (
    r"ordered|suspended|imposed|declared|banned|"
    r"postponed|delayed|extended|deferred|adjourned|put off|pushed back|verschob\w*|verschoben|vertagt\w*|verlängert\w*|"
    r"aplaz\w+|pospuso|prorrog\w+|report[ée]\w*|prolong[ée]\w*|rinvi\w+|prorogat\w+|adiad\w+|uitgesteld|verschoven|verdaagd|verlengd"
    # Bengali, Hindi and Urdu "postponed", after the day and its "until": "রবিবার পর্যন্ত স্থগিত করা হয়েছে"
    r"|স্থগিত|स्थगित|ملتوی"
)
_DEFERRED = re.compile(rf"(?<!\w)(?:{_DEFERRED_WORDS})\b[^.;!?]{{0,50}}\Z", re.I)
# ... and where the verb closes the clause after the day, as German and Dutch put it: "wurde bis Dienstag vertagt",
# "is tot vrijdag uitgesteld" (no comma between: "until Tuesday, when it was extended" is another clause)
_DEFERRED_AFTER = re.compile(rf"[^.;!?,]{{0,40}}?(?<!\w)(?:{_DEFERRED_WORDS})\b", re.I)


# ... but a participle after a verb of lasting is a state, not the act that set the end: "services remained suspended
# until Wednesday" (out on a Friday) is the Wednesday gone, as "the road stayed closed until Wednesday" is
_LASTING = re.compile(r"(?<!\w)(?:remain(?:ed|s)?|stay(?:ed|s)?|continued\s+to\s+be|(?:was|were)\s+still)\s+\Z", re.I)


def deadline_moved(text: str, until: int, end: int) -> bool:
    """Whether a verb of moving a deadline governs the "until" at ``text[until:]`` whose day ends at ``end``: before it
    ("postponed until Tuesday") or closing the clause after the day ("bis Dienstag vertagt")."""
    if (before := _DEFERRED.search(text, max(0, until - 60), until)) and _LASTING.search(text, max(0, before.start() - 30), before.start()):
        before = None
    return bool(before or _DEFERRED_AFTER.match(text, end))


_UNTIL = re.compile(rf"(?<!\w)(?:{_UNTIL_WORDS})\s+(?:(?:{_AT_LEAST})\s+)?\Z", re.I)
# ... or a postposition after the day, as Bengali, Hindi, Urdu, Japanese and Korean write "until": "রবিবার পর্যন্ত", "रविवार
# तक", "اتوار تک", "日曜日まで", "일요일까지" ("স্কুল রবিবার পর্যন্ত বন্ধ", schools closed until Sunday, had been the Sunday gone)
_UNTIL_AFTER = re.compile(rf"[ \u00a0]?(?:পর্যন্ত|तक|تک)(?![\w{IN_WORD}])|まで|까지")
# ... or the postposition inside the day's own words, where a weekday that is also a common word is a day only with it:
# Urdu "پیر تک" (until Monday; "پیر" alone is also a saint)
_UNTIL_END = re.compile(r"\s(?:পর্যন্ত|तक|تک)\Z")


def until_near(text: str, start: int, end: int) -> re.Match | None:
    """The word for "until" that governs the day at ``text[start:end]``: before it, or a postposition after it."""
    return (
        _UNTIL.search(text, max(0, start - 30), start)
        or _UNTIL_AFTER.match(text, end)
        or _UNTIL_END.search(text, start, end)
        or slavic_until(text, start, end)  # "do ponedjeljka", "до понедельника" (:mod:`.slavic_until`)
    )
_CLAUSE_BREAK = re.compile(r",|;|\s(?:and|but|while|und|aber|et|mais|y|pero|e|ma|en|maar)\s|[，；،]")
# where a sentence after an expression ends: a stop, also one closed by a quotation mark ('einigen.“ Der ...')
# (a stop with a lower-case word after it ends no sentence: "at 6 a.m. local time on Wednesday", "the U.S. envoy")
_SENTENCE_END = re.compile(r"[.!?][\"'“”„»«’)]*(?:\s(?![a-zß-öø-ÿα-ωа-яё(])|$)|\n|[。！？؟]")
_RIGHT_PENALTY = 200  # a tense cue after the expression and past a clause break is another clause's
_TENSE_RIGHT = 2.0  # a tense cue after the expression counts as this much farther than one before it

_PATTERN_CACHE: dict[tuple[int, str], re.Pattern | None] = {}


def _cached(lex: Lexicon, name: str, build) -> re.Pattern | None:
    """A pattern built from a lexicon once per lexicon and name."""
    key = (id(lex), name)
    if key not in _PATTERN_CACHE:
        _PATTERN_CACHE[key] = build()
    return _PATTERN_CACHE[key]


def count_words(lex: Lexicon) -> re.Pattern:
    """A number word of two or more before another word ("doce personas", "twelve people", "dodici persone"): a
    count in words, as a figure is one; "one"/"un"/"a" are left out, being articles as often as counts."""
    def build() -> re.Pattern:
        words = sorted((re.escape(w) for w, n in lex.numbers.items() if n >= 2), key=len, reverse=True)
        return re.compile(rf"(?<!\w)(?:{'|'.join(words) or '(?!)'})\s+\w", re.I)

    return _cached(lex, "count-words", build)  # type: ignore[return-value]


def _cues(lex: Lexicon, shared: str, own: str) -> re.Pattern | None:
    """A pattern of tense cues: whole words, and in a script without spaces the lexicon's own cues
    anywhere in a run of text ("将于", "予定")."""
    if lex.no_spaces and own:
        return re.compile(rf"\b(?:{shared})\b|(?:{own})" if shared else own, re.I)
    words = "|".join(w for w in (shared, own) if w)
    return re.compile(rf"\b(?:{words})\b", re.I) if words else None


def cjk_coordinated(lex: Lexicon) -> re.Pattern | None:
    """A weekday joined to the next one as Chinese, Japanese and Korean write a range or a pair, with no space to
    end a word ("周一至周五", "月曜から金曜まで", "월요일부터 금요일까지", "周六和周日"): its group 1 is the first
    weekday, so that the second follows it as in "Monday to Friday"."""
    if not lex.cjk_calendar:
        return None
    from parallax.analyze.timelex.pieces import _alt

    joins = r"至|到|~|〜|～|-|–|—|から|부터|或|和|与|與|及|や|と|와|과|및"
    return _cached(lex, "cjk-coordinated", lambda: re.compile(rf"({_alt(lex.weekdays)})\s*(?:{joins})\s*\Z"))


def _future_pattern(lex: Lexicon) -> re.Pattern:
    def build() -> re.Pattern | None:
        past = re.compile(lex.past_cues, re.I) if lex.past_cues else None
        foreign = [w for w in _FOREIGN_FUTURE_WORDS if past is None or not past.fullmatch(w)]
        return _cues(lex, "|".join([_FUTURE_WORDS, *foreign]), lex.future_cues)

    return _cached(lex, "future", build)  # type: ignore[return-value]


def _cue_span(m: re.Match) -> tuple[int, int]:
    """Where a tense cue stands: its group ``at`` when it has one, else the whole match.  A cue that reads words
    before the place it speaks for ("kündigte am Montag an, | am Donnerstag ... zu reisen") marks that place with
    ``at``, so that it counts for the weekday after it and not for one it passed over."""
    if "at" in m.re.groupindex and m.group("at") is not None:
        return m.span("at")
    return m.span()


def _day_words(lex: Lexicon) -> re.Pattern:
    """The relative-day and weekday words of a language ("yesterday", "Monday"), as whole words: after a
    proclitic ("وأمس") or before a particle ("어제는") too, anywhere in a script without spaces ("昨天下午")."""

    def build() -> re.Pattern:
        words = "|".join(map(re.escape, sorted({*lex.relative_days, *lex.day_with_part, *lex.weekdays}, key=len, reverse=True)))
        if lex.no_spaces:
            return re.compile(f"(?:{words})", re.I)
        start = "|".join([r"(?<!\w)", *(rf"(?<=(?<!\w){p})" for p in lex.proclitics)])
        end = rf"(?!\w)|(?=(?:{lex.particles})(?!\w))" if lex.particles and lex.particle_ends else r"(?!\w)"
        if lex.compound_parts and lex.dayparts:  # the part of the day written onto the day: "Mittwochabend", "tisdagskvällen"
            parts = "|".join(map(re.escape, sorted(lex.dayparts, key=len, reverse=True)))
            end += rf"|(?=s?(?:{parts})(?!\w))"
        return re.compile(rf"(?:{start})(?:{words})(?:{end})", re.I)

    return _cached(lex, "days", build)  # type: ignore[return-value]


def names_a_day(expression: str, language: str | None) -> bool:
    """Whether a time expression's own words name its day ("11 p.m. on Dec. 30", "10 a.m.
    Tuesday"), not only a clock time whose day was inferred ("11 p.m.")."""
    return _names_a_day(expression, LEXICONS.get((language or "en")[:2], LEXICONS["en"]))


def bare_part(expression: str, language: str | None) -> bool:
    """Whether a time expression is a part of the day alone ("the evening", "Abend"), whose day was inferred
    (:meth:`~parallax.analyze.times.days.DayHandlers.bare_part`), not named as in "this evening" or "Tuesday evening"."""
    lex = LEXICONS.get((language or "en")[:2], LEXICONS["en"])
    words = expression.lower().split()
    if words and len(words) <= 2 and words[-1] in lex.dayparts and words[0] in (words[-1], "the"):
        return True
    # where the lexicon's own pattern takes the preposition in ("por la mañana", "'s avonds", "w nocy"), the
    # expression is one of its matches as a whole
    own = _cached(lex, "bare_part", lambda: re.compile(lex.bare_part, re.I) if lex.bare_part else None)
    m = own.match(expression) if own is not None else None
    return m is not None and m.span("x") == (0, len(expression))


# a day and month in figures inside a clock expression ("22h30 tối 10/3"), where the language writes one (Lexicon.date_words)
_DAY_MONTH = re.compile(r"(?<![\d/])(?:[12]?\d|3[01])[/-](?:1[0-2]|0?[1-9])(?![\d/])")


def _names_a_day(expression: str, lex: Lexicon) -> bool:
    months = _cached(
        lex, "months", lambda: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(lex.months, key=len, reverse=True))) + r")", re.I)
    )
    figures = bool(lex.date_words) and _DAY_MONTH.search(expression) is not None
    return bool(_day_words(lex).search(expression) or months.search(expression) or figures)  # type: ignore[union-attr]


def _past_pattern(lex: Lexicon) -> re.Pattern | None:
    return _cached(lex, "past", lambda: _cues(lex, "", lex.past_cues) if lex.past_cues else None)


# the marks that open and close a quotation, in every convention (paired or not, either way round): each quotation
# has two, so an odd count of them between the sentence's start and an expression puts it inside one
_QUOTE_MARKS = re.compile(r"[\"“”„«»「」『』]")


def _inside_quotation(text: str, lo: int, hi: int, s: int, e: int) -> tuple[int, int]:
    """The bounds of the quotation ``text[s:e]`` stands in within ``text[lo:hi]``, else ``(lo, hi)``.  The verb
    that reports a quotation tells when it was said, not when what it says happens: "“we expect Toyota to repair
    every car by the end of March,” he told reporters" is a deadline ahead, and "told" is no cue for it.  A quotation
    with no cue of its own takes the sentence's ("„Wir haben uns im März getroffen“, sagte er": the perfect is none)."""
    left = list(_QUOTE_MARKS.finditer(text, lo, s))
    if len(left) % 2 == 0:
        return lo, hi
    close = _QUOTE_MARKS.search(text, e, hi)
    return (left[-1].end(), close.start()) if close else (lo, hi)


def sentence_tense(lex: Lexicon, text: str, s: int, e: int) -> str | None:
    """'future' or 'past': the tense cue nearest to ``text[s:e]`` in its sentence, else None.  In a language whose
    subordinate clauses put their verb last, a cue before the opening of the clause the expression is in counts
    as past a clause break (:attr:`Lexicon.verb_last_clauses`).  A day right after a verb of saying, before the
    clause of what was said, is past (:mod:`.said_on`)."""
    from parallax.analyze.times.said_on import said_then  # (it reads the quotation stage's lexicon)

    if said_then(lex, text, s, e):
        return "past"
    if lex is LEXICONS["en"] and headline_plan(text, s, e):
        return "future"  # "Dockers to strike from Monday" (:mod:`.headline_infinitives`)
    lo = max(0, s - 150)
    left = text[lo:s]
    cut = max(_stop(left, 0, len(left)), left.rfind("\n"))
    stop = max(left.rfind("。"), left.rfind("！"), left.rfind("？"), left.rfind("؟"))  # no space after these
    if stop > cut:
        lo += stop + 1
    elif cut >= 0:
        lo += cut + 2
    right = text[e : e + 100]
    end = _SENTENCE_END.search(right)
    hi = e + (end.start() if end else len(right))
    qlo, qhi = _inside_quotation(text, lo, hi, s, e)
    if (qlo, qhi) != (lo, hi) and (inside := _nearest_cue(lex, text, qlo, qhi, s, e)):
        return inside
    return _nearest_cue(lex, text, lo, hi, s, e)


def _nearest_cue(lex: Lexicon, text: str, lo: int, hi: int, s: int, e: int) -> str | None:
    """The tense of the cue nearest to ``text[s:e]`` within ``text[lo:hi]`` (see :func:`sentence_tense`)."""
    best: tuple[float, str] | None = None
    past = _past_pattern(lex)
    clause = _cached(lex, "verb-last", lambda: re.compile(lex.verb_last_clauses, re.I) if lex.verb_last_clauses else None)
    quoted = quoted_spans(text, lo, hi)  # a cue inside another quotation is its tense (:mod:`.quoted_cues`)
    for tense, pat in (("future", _future_pattern(lex)), ("past", past)):
        if pat is None:
            continue
        for m in pat.finditer(text, lo, hi):
            cs, ce = _cue_span(m)
            if ce <= s:
                dist = s - ce + _RIGHT_PENALTY * bool(clause and clause.search(text, ce, s))
                if lex is LEXICONS["en"] and in_closed_aside(text, lo, cs, ce, s):
                    dist += _RIGHT_PENALTY  # ", who edged the Hawks, ... on Saturday": the aside's tense (:mod:`.relative_asides`)
            elif cs >= e:
                dist = (cs - e) * _TENSE_RIGHT + _RIGHT_PENALTY * (bool(_CLAUSE_BREAK.search(text, e, cs)))
            else:
                continue
            dist += _RIGHT_PENALTY * in_other_quotation(quoted, cs, ce, s, e)
            if best is None or dist < best[0]:
                best = (dist, tense)
    return best[1] if best else None


# words that make a date a plan's target, not the day of a past act: "postponed to", "scheduled for", "para el",
# "reporté au", "rinviato al", "verschoben auf den"; "przełożono na", "перенесли на", "odloženo na", "uitgesteld naar"
_PLAN_TARGET = re.compile(
    rf"(?<!\w)(?:{_UNTIL_WORDS}|for|to|by|before|para|pour|au|avant|per|al|fino\s+al?|entro|für|auf|zum|na|на|do|до|naar)"
    r"\s+(?:(?:the|el|le|la|il|den|dem|early|late|mid|début|fin)\s+)?(?:\d{1,2}\.?\s+(?:de\s+)?)?\Z",
    re.I,
)


def _stop(text: str, lo: int, hi: int) -> int:
    """Where the last ". ", "? " or "! " in ``text[lo:hi]`` that ends a sentence stands, else -1: one with a lower-case
    word or a bracket after it is an abbreviation's point ("at 6 a.m. local time on Wednesday", "at 6 a.m. (0300 GMT)
    on Wednesday" are one sentence, whose "is due to end" makes the Wednesday the coming one); a letter of a script
    without case ends its sentence as before."""
    best = -1
    for mark in (". ", "? ", "! "):
        i = text.rfind(mark, lo, hi)
        while i >= 0 and (text[i + 2 : i + 3].islower() or text[i + 2 : i + 3] == "("):
            i = text.rfind(mark, lo, i)
        best = max(best, i)
    return best


def _sentence_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    """The sentence around ``text[s:e]``, at most 150 characters before it and 100 after."""
    lo = max(0, s - 150)
    cut = max(_stop(text, lo, s), text.rfind("\n", lo, s))
    end = _SENTENCE_END.search(text, e, min(len(text), e + 100))
    return (cut + 1 if cut >= 0 else lo), (end.start() if end else min(len(text), e + 100))
