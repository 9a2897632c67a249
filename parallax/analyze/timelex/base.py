"""The ordered patterns built from one language's lexicon.

:func:`_rules` builds the pattern pieces every group of rules shares (months, weekdays, years, "last"/"next"
words, parts of the day) and the ``add`` that adapts a pattern to the script's word boundaries, then calls the
builders of each kind of expression in a fixed order, since an earlier rule's match wins an overlap: figures
and clock times (:mod:`.rules_figures`), dates in words (:mod:`.rules_dates`), weekdays and relative days
(:mod:`.rules_days`), spans, durations and years (:mod:`.rules_spans`), or for an unspaced script
:mod:`.rules_unspaced`.  :class:`Lexicon` (:mod:`.lexicon`) and the shared helpers (:mod:`.pieces`) are
re-exported here, where the language modules import them from.  Patterns are linear (no nested quantifiers)
so they are safe on untrusted text.
"""

from __future__ import annotations

import re

from parallax.analyze.timelex.lexicon import Lexicon, Rule  # noqa: F401  (re-exported: the language modules import them from here)
from parallax.analyze.timelex.pieces import (  # noqa: F401  (re-exported: language modules and timelex/__init__ import these from here)
    _DAYS_COUNTED,
    _FRACTION_OF,
    _HAN_DIGITS,
    _LATIN_RUN,
    _NO_SPACE_BOUNDARY,
    YEAR_SPAN_END,
    RuleParts,
    _alt,
    _han_numbers,
    _units,
)
from parallax.analyze.timelex.rules_dates import _date_rules
from parallax.analyze.timelex.rules_days import _day_rules
from parallax.analyze.timelex.rules_figures import _figure_rules
from parallax.analyze.timelex.rules_spans import _governed_short_months, _span_rules  # noqa: F401
from parallax.analyze.timelex.rules_unspaced import _unspaced_rules
from parallax.letters import IN_WORD


def _rules(lex: Lexicon) -> list[Rule]:
    flags = 0 if lex.case_sensitive else re.I
    abbr = [m for m in lex.months if len(m) <= lex.month_abbr_max and m.lower() not in ("may", "june", "july", "mai", "juin", "mars", "août", "aout", "mayo")]
    full = set(lex.months) - set(abbr)
    # only a cut name takes the abbreviation's dot: "Sept." of "September", "нояб." of "ноября".  A short name
    # that is whole ("maja", "мая", "maio", "juni": no longer name of its month starts with it) ends before a
    # full stop, which then ends the sentence ("odbędą się 21 maja."), not the date
    cut = [m for m in abbr if any(len(k) > len(m) and k.lower().startswith(m.lower()) and v == lex.months[m] for k, v in lex.months.items())]
    whole = [m for m in abbr if m not in cut]
    dotted = rf"|(?:{_alt(cut)})\.?" if cut else ""
    M = rf"(?:{_alt(full | set(whole))}{dotted})" if abbr else rf"(?:{_alt(lex.months)})"
    # a month on its own: full names, or an abbreviation with its dot ("Jan Kavan" is a name)
    M_ALONE = rf"(?:{_alt(full)}|(?:{_alt(abbr)})\.)" if abbr else M
    WD = _alt(lex.weekdays)
    # (in Devanagari figures too, as the Hindi press prints a year: "१९९३", "२०२५"; not in Arabic or Persian ones,
    # whose four figures may count from the Hijra)
    Y = r"(?P<year>(?:[1१][0-9०-९]|[2२][0०])\d{2})"
    Y2 = r"(?P<year2>(?:[1१][0-9०-९]|[2२][0०])\d{2})"
    num = _alt(lex.numbers)
    units = _alt(lex.units)
    last_next_this = _alt(lex.last_words | lex.next_words | lex.this_words)
    last_next = _alt(lex.last_words | lex.next_words)
    parts = _alt(lex.dayparts) if lex.dayparts else ""
    link = rf"(?:(?:{lex.daypart_link})\s)?" if lex.daypart_link else ""
    # a part of the day is no suffix of a day where a clock hour follows it: "어제 오후 3시" is yesterday and 15:00
    lead = rf"(?:(?:{lex.clock_lead})\s)?" if lex.clock_lead else ""
    # (but not where a share or a fraction follows, which is no hour: "금요일 오전 8.5% 올랐다", up 8.5% on Friday morning;
    # nor a count above 24, "zijn maandagavond 32 mensen gewond geraakt": no hour has two figures past "24")
    hour = rf"(?:2[0-4]|[01]?\d)(?![\d%]|[.,]\d|\s?%)|{_alt(w for w, n in lex.numbers.items() if n <= 12)}"
    # (where the part is written onto the day, "donderdagavond twee werknemers", an hour only with its clock word after it)
    hour = rf"(?:{hour})(?=\s?(?:uur|u|h|uhr)\b|[:.]\d)" if lex.compound_parts else hour
    clock_ahead = rf"(?!\s?{lead}(?:{hour}))" if lex.clock_parts and lex.clock_part_first else ""
    part_space = "?" if lex.compound_parts or lex.unspaced or lex.no_spaces else ""
    part_suffix = rf"(?:\s{part_space}{link}(?P<part>{parts}){clock_ahead})?" if parts else ""
    R = []

    def add(handler, pattern, fl=flags):
        if lex.no_spaces:  # any place but inside a run of Latin letters and figures
            pattern = pattern.replace(r"\b", _NO_SPACE_BOUNDARY)
        if lex.proclitics:  # a word may also start after a proclitic: "وأمس", "بالأمس"
            after = "|".join(rf"(?<=(?<!\w){p})" for p in lex.proclitics)
            pattern = pattern.replace(r"(?<!\w)", rf"(?:(?<!\w)|{after})").replace(r"\b", rf"(?:\b|(?:{after})(?=\w))")
        if lex.particles and lex.particle_ends:  # a phrase matched whole ends before a particle too: "다음날에"
            pattern = pattern.replace(r"(?!\w)", rf"(?:(?!\w)|(?=(?:{lex.particles})(?!\w)))")
        if lex.marks_in_words:  # a boundary of letters and marks together: "जनवरी " ends a word after its vowel sign
            pattern = pattern.replace(r"\b", rf"(?:(?<![\w{IN_WORD}])(?=[\w{IN_WORD}])|(?<=[\w{IN_WORD}])(?![\w{IN_WORD}]))")
        if lex.particles:  # or before a particle written onto the word: "어제는"
            pattern = pattern.replace(r"\b", rf"(?:\b|(?<=\w)(?=(?:{lex.particles})\b))")
        R.append(Rule(handler, re.compile(pattern, fl)))

    sp = r"\s?" if lex.unspaced else r"\s"
    year_before = rf"(?:(?:{lex.year_before})\s)?" if lex.year_before else ""
    s = RuleParts(flags, M, M_ALONE, WD, Y, Y2, num, units, last_next_this, last_next, parts, link, part_suffix, whole, sp, year_before)
    _figure_rules(lex, s, add)
    if lex.no_spaces:
        _unspaced_rules(lex, add)
        return R
    _date_rules(lex, s, add)
    _day_rules(lex, s, add)
    _span_rules(lex, s, add)
    # last: "Tuesday morning", "this evening", "the next morning", "ayer por la tarde" (a relative day of the span
    # rules) name their day themselves
    if lex.bare_part:
        add("bare_part", lex.bare_part, re.I)
    return R
