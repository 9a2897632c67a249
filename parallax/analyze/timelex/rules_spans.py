"""Spans, durations, relative units, years and, last, a month alone: built last because each yields to a
longer expression read before it.

One group of the rules :func:`.base._rules` builds, in its order; the pieces they share come in a
:class:`.pieces.RuleParts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from parallax.analyze.timelex.lexicon import Lexicon
from parallax.analyze.timelex.pieces import YEAR_SPAN_END, RuleParts, _alt

# seasons of a sport in the plural, in the languages whose press counts a contract or a career in them: each is one
# year ("firmó por cinco temporadas" / "signed a five-year contract"); the words are each language's own, so one table
_SEASONS = r"seasons|temporadas|saisons|stagioni|spielzeiten|seizoenen|sezon(?:y|ów)|сезон(?:а|ов)|sezóny|sezón|säsonger|sæsoner|sesonger"


def _span_rules(lex: Lexicon, s: RuleParts, add: Callable[..., None]) -> None:
    """Vague spans, "ago" and "later", "last week", relative days, references, decades and centuries, years,
    durations, bare years and, last, a month alone (which yields to every longer expression before it)."""
    flags, M_ALONE, Y, num, units, last_next_this, last_next, part_suffix, whole, sp = (
        s.flags,
        s.M_ALONE,
        s.Y,
        s.num,
        s.units,
        s.last_next_this,
        s.last_next,
        s.part_suffix,
        s.whole,
        s.sp,
    )
    if lex.span_words and lex.plural_units:
        plural = _alt(lex.plural_units)
        unit_then = rf"|(?P<unit2>{plural})\s(?:{lex.span_words})" if lex.unit_first else ""  # "los días siguientes"
        add("vague_span", rf"(?<!\w)(?P<x>(?:{lex.span_words})\s(?P<unit>{plural}){unit_then})(?!\w)", re.I)
    if lex.rel_periods:  # "去年", "작년", "지난주"
        add("relative_period", rf"\b(?P<x>{_alt(lex.rel_periods)})\b", re.I)
    # a count of units ("3일", "ثلاثة أيام") or one word for both ("사흘", "يومين"), not a year ("منذ عام 2020")
    link = rf"(?:\s(?:{lex.number_link}))?" if lex.number_link else ""  # Romanian "acum 20 de ani"
    count = rf"(?P<n>\d+|{num}){link}{sp}(?P<unit>{units})"
    if lex.counted_units:
        # (not right after a word that ends a number: "kaksi ja puoli vuotta", "puolitoista vuotta")
        after = "".join(rf"(?<!{re.escape(w)}\s)" for w in (*lex.counted_not_after, *lex.one_and_a_half))
        count = rf"(?:{count}|{after}(?P<cu>{_alt(lex.counted_units)})(?!\s?\d))"
    # (no count starts inside a decimal: "2.5 years ago" is no "5 years ago"; :mod:`.half_ago` reads the half)
    count = rf"(?<!\d[.,]){count}"
    ago_sep = r"[\s-]?" if lex.unspaced else r"[\s-]"
    if lex.ago_after and set(lex.ago_after.split("|")) & lex.last_words:
        # "dua hari lalu" is two days ago before "hari lalu" can be read as "the last day"
        add("ago", rf"\b{count}{ago_sep}(?P<ago>{lex.ago_after})\b", re.I)
    if lex.unit_first:
        add("relative_unit", rf"\b(?P<unit>{units})\s(?P<which>{last_next_this})\b", re.I)
        # (the elided "quest'anno" with no space: this year)
        add("relative_unit", rf"\b(?P<which>{_alt(lex.this_words | lex.next_words)})(?:(?<=['’])|\s)(?P<unit>{units})\b", re.I)
    else:
        add("relative_unit", rf"\b(?P<which>{last_next_this}){sp}(?P<unit>{units})\b", re.I)
    if lex.ago_after:
        add("ago", rf"\b{count}{ago_sep}(?P<ago>{lex.ago_after})\b", re.I)
    if lex.ago_before:
        add("ago", rf"\b(?:{lex.ago_before})\s{count}\b", re.I)
    if lex.ago_words:  # "year-earlier results": after "a year-earlier", read as "a year earlier" above
        add("ago", rf"(?<![\w-])(?P<x>(?:the\s)?(?P<cu>{_alt(lex.ago_words)})\speriod|(?P<cu2>{_alt(lex.ago_words)}))(?![\w-])", re.I)
    if lex.later_after:  # "3일 후", "사흘 뒤"
        add("later", rf"\b{count}{ago_sep}(?:{lex.later_after})\b", re.I)
    if lex.later_before:  # "بعد ثلاثة أيام", "بعد يومين"
        add("later", rf"\b(?:{lex.later_before})\s{count}\b", re.I)
    add("relative_day", rf"\b(?P<x>(?P<rel>{_alt(lex.relative_days)}){part_suffix})\b", re.I if not lex.case_sensitive else 0)
    if lex.year_ended:  # "for the year ended Sept. 30": the twelve months before that day, a length (TimeML P1Y)
        add("year_ended", rf"\b(?P<x>{lex.year_ended})", re.I)
    if lex.year_of_report:  # "a high for the year": the report's year (after year_ended, which takes "the year ended ...")
        add("year_of_report", rf"(?P<x>{lex.year_of_report})", re.I)
    if lex.now_phrases:
        add("now_unit", rf"\b(?:{lex.now_phrases})\b", re.I)
    if lex.refs:
        # "the past" is a reference, "the past two months" a duration
        # (nor after Italian "un'": "un'ora" is an hour, not "now")
        add(
            "reference",
            rf"\b(?<!(?<!\w)un['’])(?P<x>{_alt(lex.refs)})\b(?![-’'](?:\w))(?!\s(?:\d+|{num}|few|several|couple|{units})\b)",
            re.I,
        )
    add("decade", r"\b(?:the\s(?:(?:early|mid|late)[\s-])?)?(?P<year>(?:1[89]|20)\d0)s\b")
    add("century", r"\b(?:the\s)?(?P<n>\d{1,2})(?:st|nd|rd|th)\scentury\b")
    if lex.century_words:
        # Roman numerals in capitals only (the words in any case): "vi secolo" is no sixth century
        suffix = r"(?:\.|e|ème|er|-?го|-?м|-?й)?"
        ordinal = rf"(?:(?P<n>\d{{1,2}})|(?P<roman>[IVX]{{1,5}})){suffix}"
        words = rf"(?i:{lex.century_words})"
        add("century", rf"(?<!\w)(?P<x>{ordinal}\s{words}|{words}\s(?P<roman2>[IVX]{{1,5}}))(?!\w)", 0)
    if lex.decades:
        add("decade", rf"(?<!\w)(?P<x>{lex.decades})(?!\w)", re.I)
    if lex.prepositions:
        add("year", rf"\b(?:{lex.prepositions})\s(?:early\s|late\s|mid-)?(?P<x>{Y})\b(?![,.]?\d)", re.I)
    add("year", rf"\b{Y}(?=’s|'s|\s(?:election|elections|budget|summit|season|census|campaign|olympics|world cup)\b)")
    if lex.vague_numbers:
        add("vague_duration", rf"\b(?P<x>(?:{lex.vague_numbers})\s(?P<unit>{units}))\b", re.I)
    if lex.vague_preps:
        plural = _alt(w for w in lex.units if w.endswith("s") and lex.units[w] in ("day", "week", "month", "year", "decade"))
        add("vague_duration", rf"\b(?:{lex.vague_preps})\s(?P<x>(?P<unit>{plural}))\b(?!\s(?:of|and|or)\b)", re.I)
    # a measure's number: a word, or figures with a decimal part ("3,5 godziny", "2.25 hours": the handler reads it;
    # never the figures after the decimal mark alone, "5 godziny" of "3,5 godziny")
    measure = rf"(?<!\d[.,])(?P<n>\d+(?:[.,]\d{{1,2}}(?!\d))?|{num})"
    # a space or a hyphen after it, or the apostrophe of Italian "un'" before a vowel ("un'ora e mezza")
    after_number = rf"(?:{link}[\s-]|(?<=(?<!\w)un)['’](?=[aeiou]))"
    if lex.and_a_half:  # "two and a half years", "a year and a half", "half a year"
        half = rf"(?:{lex.and_a_half})"
        half_of = rf"(?:(?P<halfof>{_alt(lex.half_words)})\s)?" if lex.half_words else ""  # (none: no empty word before the number)
        add(
            "duration",
            rf"\b{half_of}{measure}(?:\s(?P<andhalf>{half}))?{after_number}(?P<unit>{units})"
            rf"(?:\b(?=\s{half}\b)\s(?P<andhalf2>{half}))?\b",
            re.I,
        )
    if lex.one_and_a_half:  # "półtorej godziny", "полтора часа", "anderthalb Stunden": the handler reads the word
        add("duration", rf"\b(?P<n>{_alt(lex.one_and_a_half)})\s(?P<unit>{units})\b", re.I)
    if lex.and_a_half_words:  # "dreieinhalb Jahre": the handler reads the word's value
        add("duration", rf"\b(?P<n>{_alt(lex.and_a_half_words)})\s(?P<unit>{units})\b", re.I)
    add(
        "duration",
        rf"\b{measure}{after_number}{'?' if lex.unspaced else ''}(?P<unit>{_alt(lex.duration_units) if lex.duration_units else units})\b",
        re.I,
    )
    if lex.count_after_unit:  # "miaka 5", "siku tatu" (Lexicon.count_after_unit); not a year ("mwaka 2020": three figures
        # at most) nor Swahili "saa 11", an hour of the clock counted from dawn as much as a length of hours
        after_units = _alt(w for w in lex.units if lex.units[w] != "hour")
        add("duration", rf"\b(?P<unit>{after_units})\s(?P<n>\d{{1,3}}(?![\d.,:])|{num})\b", re.I)
    # a player's contract or career in seasons, a year each ("cinco temporadas", "five seasons", "fünf Spielzeiten")
    add("seasons", rf"\b{measure}{after_number}(?P<unit>{_SEASONS})\b", re.I)
    if lone := [w for w in lex.counted_units if w not in lex.units]:  # "이틀", "يومين": a duration
        add("duration", rf"\b(?P<x>(?P<cu>{_alt(lone)}))\b(?!\s?\d)", re.I)
    if lex.spelled_year:  # "in nineteen ninety-six", as a transcript writes the spoken year
        add("spelled_year", lex.spelled_year, re.I)
    # a bare year, last: "the 1996 Olympic bombing", "in 1994, 1995 and 1997"
    # (in Devanagari figures too, "१९९३ में", as :data:`.base` reads a year with a date)
    add("bare_year", r"(?<![\w$£€¥#./:,-])(?P<x>(?:[1१][9९]|[2२][0०])\d{2})(?![\w%]|[.,:/]\d)")
    add("bare_year", YEAR_SPAN_END)
    if lex.month_nouns:  # "mart ayında": the noun after it says the short name is the month (Lexicon.month_nouns)
        add("month_only", rf"(?<![\w.-])(?P<x>(?P<month>{s.M}))(?=\s(?:{lex.month_nouns})(?!\w))", flags)
    if lex.month_cases:  # "Ekim'de", "şubatta": a case ending written onto a month alone (Lexicon.month_cases)
        add("month_only", rf"(?<![\w.-])(?P<x>(?P<month>{s.M}))(?=['’](?:{lex.month_cases})(?!\w))", flags)
        bare = _alt(lex.month_case_words)
        add("month_only", rf"(?<![\w.'’-])(?P<x>(?P<month>{bare}))(?=(?:{lex.month_cases})(?!\w))", flags)
    governed = _governed_short_months(lex, whole)
    if governed:
        add("month_only", governed)
    # where months are written in lower case, a capitalised one before a capitalised word is a given name: "que
    # dirige Julio Vaccari", "Abril Souza", "Maggio Rossi"
    given_name = r"(?!(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]*\s[A-ZÀ-ÖØ-Þ]))" if not lex.case_sensitive else ""
    if lex.unit_first:
        add("month_only", rf"(?<![\w.-]){given_name}(?P<x>(?P<month>{M_ALONE})(?:\s(?P<mod>{last_next}))?)(?![\w-])", flags)
    else:
        add("month_only", rf"(?:(?<=mid-)|(?<![\w.-]))(?P<x>(?:(?P<mod>{last_next_this})\s)?(?P<month>{M_ALONE}))(?![\w-])")


def _governed_short_months(lex: Lexicon, whole: list[str]) -> str | None:
    """A short month name that is a whole word, not a cut one ("März", "Juni", "juli", "mei"), alone after one
    of the lexicon's prepositions ("im März", "seit Juni", "in juli", "Anfang Juli").  Alone such a name
    needs an abbreviation's dot (so "Jan Kavan" is no January), which left the German and Dutch press's
    commonest month phrases unread; the preposition before it says it is the month, unless a capitalised
    word follows (a given name and its surname).  Only the month is the expression, as for a month alone."""
    names = [m for m in whole if m.lower() not in lex.ambiguous_months]
    if not names or not lex.prepositions or lex.unit_first or lex.no_spaces:
        return None
    # not before a capitalised word: "z Maja Nowak" is a woman, Maja, not May
    return rf"(?<![\w.-])(?:{lex.prepositions})\s(?P<x>(?P<month>{_alt(names)}))(?![\w-])(?!(?-i:\s[A-ZÀ-ÖØ-ÞĀ-Ž]))"
