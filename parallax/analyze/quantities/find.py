"""Finding the quantities of a text: each number the pattern finds, read, checked against every
rule that makes it no count (a date, a clock time, an ordinal, an ambiguous word, a pronoun), given
its value and the noun it counts (a fraction of it where one comes before: "a third of the 900").

:func:`find_quantities` is the one place where the rules of the other modules meet, in the order
they apply; each rule itself lives in its own module.
"""

from __future__ import annotations

import re

from parallax.analyze.numwords import LANGUAGES, PLURAL_THOUSANDS, UNSPACED, cjk
from parallax.analyze.quantities.ambiguous_words import _skipped_word, _word_before
from parallax.analyze.quantities.arabic import _arabic_duals, _arabic_noun_before
from parallax.analyze.quantities.attributive import glued_metres
from parallax.analyze.quantities.base import _MYRIAD, _NO_RULES, _lang, _lower
from parallax.analyze.quantities.cjk_rules import _cjk_counts_nothing, _cjk_measure, _clock_rest
from parallax.analyze.quantities.clock import _clock_end
from parallax.analyze.quantities.dates import _is_day_of_month
from parallax.analyze.quantities.endings import colon_ordinal, hyphen_decade, hyphen_ordinal
from parallax.analyze.quantities.forecast_clauses import forecasters_after
from parallax.analyze.quantities.fractions import fraction_before
from parallax.analyze.quantities.goals_back import GOAL, goal_back
from parallax.analyze.quantities.hungarian_crowds import PEOPLE_NOUN, hungarian_collective
from parallax.analyze.quantities.labels import AGE, LABEL, _label_or_age, glued_ages, years_of_age
from parallax.analyze.quantities.magnitude import SHINDO, magnitude_unit, shindo_level
from parallax.analyze.quantities.match_minutes import minute_mark
from parallax.analyze.quantities.money import currency_after, currency_sign
from parallax.analyze.quantities.national import national_currency
from parallax.analyze.quantities.nordic import crown, dot_ordinal
from parallax.analyze.quantities.one_counts import one_counts
from parallax.analyze.quantities.other_dollars import other_dollar
from parallax.analyze.quantities.pattern import _CJK_WHOLE, _NUM, _NUM_BY_LANGUAGE
from parallax.analyze.quantities.scales import _SCALE_BY_LANGUAGE, CJK_SCALE, SCALE, _rest_after_scale
from parallax.analyze.quantities.season_years import season_end
from parallax.analyze.quantities.south_slavic import shtokavian_currency
from parallax.analyze.quantities.swahili import swahili_noun_before, swahili_scaled
from parallax.analyze.quantities.tallies import TALLY, strong_tally_at, tally_at
from parallax.analyze.quantities.thai import thai_scale, thai_year
from parallax.analyze.quantities.turkish import percent_before, turkish_dot_ordinal
from parallax.analyze.quantities.units import _NO_COUNT_UNITS, _unit_after
from parallax.analyze.quantities.values import _words_value, parse_number
from parallax.records import Quantity

# the genitive words before "тысячи" that make it one thousand ("около тысячи"), not thousands
_HEDGE_BEFORE_THOUSAND = re.compile(
    r"(?<!\w)(?:около|более|свыше|менее|порядка|почти|больше|меньше|до|понад|близько|біля|майже|більше|менше)\s+\Z", re.I
)
# the languages that write an age as one word with its figure ("41letá")
_GLUED_AGES = frozenset({"cs", "sk", "el"})  # (Greek "34χρονος")
# the languages whose press abbreviates a scale before the noun it counts ("2,5 mil. dinara", "2,5 мил. динара",
# "15 mio. evrov", "1,5 tūkst. gyventojų", Polish "300 tys. zł", Ukrainian "300 тис. грн", Russian "300 тыс. рублей",
# Romanian "2,5 mil. lei", Czech "5 mil. Kč"): the noun is read past the full stop when the word after it is in lower case (else the full
# stop ended the sentence), so that "2,5 miliona dinara" and "2,5 mil. dinara" count one thing
_NOUN_PAST_ABBREVIATION = frozenset({"cs", "sk", "hr", "bs", "sr", "sl", "lt", "lv", "pl", "uk", "ru", "ro"})
_ABBREVIATION_DOT = re.compile(r"\.(?=[ \u00a0]?[^\W\d_])")
_PRONOUN_ONE = re.compile(r"(?<!\w)(?:no|any|every|each|the|this|that|which)\s+\Z", re.I)


def find_quantities(text: str, language: str | None, skip: list[tuple[int, int]]) -> list[Quantity]:
    """The quantities of ``text`` in ``language``, in order, none inside the ``skip`` spans (the dates
    and times found before): each with its value and the noun it counts, "%", a currency sign,
    :data:`.labels.LABEL`, :data:`.labels.AGE`, a span of time, or None."""
    out = []
    lang = _lang(language)
    nw = LANGUAGES.get(lang, _NO_RULES)
    pattern = _NUM_BY_LANGUAGE.get(lang, _NUM)
    pos = 0
    time_starts = frozenset(ts for ts, _ in skip)  # a date after a score is no noun it counts ("3 à 1 dimanche")
    while m := pattern.search(text, pos):
        s, e = m.span()
        pos = e
        s = m.start("cur") if m.group("cur") else m.start("num")  # not the space before it: it may end the sentence before
        if any(s < te and ts < e for ts, te in skip):
            if m.group("num").isdigit() and years_of_age(text, m.start("num"), m.end("num")):
                # "Jean Lefort, 54 ans,": an age, whatever span of years the times stage read in it
                out.append(Quantity(m.group("num"), float(m.group("num")), m.start("num"), m.end("num"), AGE))
            continue  # part of a date or time expression
        num = m.group("num")
        if nw.ordinal_before and _word_before(text, s) in nw.ordinal_before:
            continue  # "lần thứ ba", "thứ 3": the third (or Tuesday)
        if season_end(text, m.start("num"), num):
            continue  # "the 2026/27 season": the span's second year (:mod:`.season_years`)
        clock = _clock_end(text, s, m, lang)
        start = m.start("num")
        tally = strong_tally_at(text, start, time_starts) if clock is not None else tally_at(text, start, lang, time_starts)
        if tally and not any(start < te and ts < tally[0] for ts, te in skip):  # "3 à 5 jours": the days are a span of time
            pos = tally[0]
            out.append(Quantity(tally[1], None, m.start("num"), tally[0], TALLY))
            continue  # "beat City 3-1", "verlor 21:23": a score, two counts set against each other
        if clock is not None:
            pos = max(pos, clock)
            continue  # "3.55pm", "15:30", "alle 15.30": an hour
        if _lower(num, lang) in PLURAL_THOUSANDS and not _HEDGE_BEFORE_THOUSAND.search(text, max(0, s - 12), s):
            continue  # "тысячи людей": thousands, no figure ("около тысячи": about a thousand)
        if lang in ("fa", "ar") and ("/" in text[s - 1 : s] or text[e : e + 1] == "/"):
            continue  # "۱۴۰۲/۰۵/۱۲": a date
        if num[:1].isalpha() and (found := _words_value(num, language)) and found[1] < len(num):
            # "five six": five, then six on its own (the pattern takes in any run of number words)
            pos = m.start("num") + found[1]
            first = text[s:pos].strip()
            if _lower(first, lang) not in nw.not_alone | nw.needs_noun and not nw.counters:
                out.append(Quantity(first, found[0], s, pos, None))
            continue
        if lang in _MYRIAD and _CJK_WHOLE.fullmatch(num):
            value = cjk.myriad_value(num)
        else:
            value = 1.0 if m.group("one") else parse_number(num, language)
        if value is None:
            continue
        # "bin 200 kişi": the rest of the number after its scale; "bin" alone before a noun it is not
        scaled = value * _SCALE_BY_LANGUAGE.get(lang, SCALE).get(_lower(m.group("scale") or "", lang), 1)
        rest = _rest_after_scale(text, m, scaled, lang, nw, pattern)
        if rest is None and _skipped_word(text, s, m, lang, nw, num):
            continue
        if _is_day_of_month(text, num, value, e, language):
            continue  # "16 sep", "3 ноября": a date
        if minute_mark(text, num, e, lang):
            continue  # "al 75'": a minute of play (:mod:`.match_minutes`)
        if colon_ordinal(text, e, lang):
            continue  # "den 3:e gången", "3:s": the third
        if hyphen_ordinal(text, e, lang):
            continue  # "в 12-м раунде", "3-ти кръг": the twelfth, the third
        if hyphen_decade(text, e, lang):
            continue  # "в 90-х годах": the nineties
        if not m.group("scale") and (dot_ordinal(text, e, lang) or turkish_dot_ordinal(text, e, lang)):
            continue  # Danish and Norwegian "3. gang", Turkish "55. dakikada": the third, the 55th
        if lang == "th" and thai_year(text, s, num):
            continue  # "ปี 2530", "พ.ศ. 2530": a year
        if num.lower() == "one" and _PRONOUN_ONE.search(text, max(0, s - 8), s):
            continue  # "no one died", "the one who": a pronoun, not a count
        metres = m.group("short") == "m" and glued_metres(text, e, lang)  # "a 500m-long bridge": metres, not millions
        if scale := None if metres else m.group("scale") or m.group("short"):
            scales = _SCALE_BY_LANGUAGE.get(lang, SCALE)
            value = (value + (0.5 if m.group("half") or m.group("half_after") else 0)) * scales.get(_lower(scale, lang), 1)
        elif m.group("cjk"):
            value *= CJK_SCALE[m.group("cjk")]
        elif lang == "th" and (thai := thai_scale(text, e)):
            value *= thai[0]  # "1.2 ล้านคน": 1.2 million people
            e = pos = thai[1]
        if rest is not None:
            value += rest[0]
            e = pos = rest[1]
        if lang in _MYRIAD and _cjk_counts_nothing(text, num, s, e, value):
            pos = max(pos, _clock_rest(text, e))
            continue
        measure = _cjk_measure(text, num, e) if lang in _MYRIAD else None
        if m.group("pct"):
            unit = "%"
        elif (pct := percent_before(text, s, lang)) is not None:
            unit, s = "%", pct  # Turkish "%38", "yüzde 38"
        elif m.group("cur"):
            unit = currency_sign(m.group("cur"))
        elif metres:
            unit = "m"
        else:
            # (another country's dollar in a language whose dollar alone is "$": "ดอลลาร์ออสเตรเลีย", "豪ドル": :mod:`.other_dollars`)
            unit = other_dollar(text, e, lang) or measure or _label_or_age(text, num, value, s, e) or magnitude_unit(text, s, e, value)
            if unit is None:
                noun = None if forecasters_after(text, e, lang) else _unit_after(text, e, lang)  # "the 42.1 billion analysts had expected"
                if noun is None and scale and lang in _NOUN_PAST_ABBREVIATION and (dot := _ABBREVIATION_DOT.match(text, e)):
                    noun = _unit_after(text, dot.end(), lang) if text[dot.end() : dot.end() + 2].strip()[:1].islower() else None
                scaled_sum = bool(scale or m.group("cjk"))
                unit = currency_after(text, e, noun, scaled_sum) or national_currency(text, e, noun, scaled_sum, lang) or noun
                unit = crown(text, s, e, noun, scale, lang) or unit  # "12 miljoner kronor", "2,5 mia. kr": SEK, DKK
                unit = shtokavian_currency(text, s, e, noun, lang) or unit  # "2,5 miliona KM", "300 dinara": BAM, RSD
        if unit in _NO_COUNT_UNITS:
            continue
        if goal_back(text, s, e, num):
            unit = GOAL  # "pulled one back": a goal (:mod:`.goals_back`)
        if unit == SHINDO:
            value, e = shindo_level(text, e, value)  # "震度6強": the upper 6 (:mod:`.magnitude`)
            pos = max(pos, e)
        if not m.group("cur") and unit not in ("%", LABEL, AGE) and (collective := hungarian_collective(text, s, e, lang)):
            unit, e, pos = PEOPLE_NOUN, collective, max(pos, collective)  # "25 ezren tüntettek": 25,000 people
        if lang == "ar" and (noun := _arabic_noun_before(text, s, num)):
            unit = noun  # "الأشخاص الثلاثة": three people
        if lang == "sw" and unit not in ("%", LABEL, AGE) and not m.group("cur") and not scale and (scaled := swahili_scaled(text, s)):
            value, unit, s = value * scaled[0], scaled[1], scaled[2]  # "shilingi milioni 20": the scale before the figure
        elif lang in ("sw", "ha", "yo") and unit not in ("%", LABEL, AGE) and not m.group("cur") and (noun := swahili_noun_before(text, s, lang)):
            unit = noun  # "watu 12", "abiria 150", "mutane 20", "èèyàn 20": the noun comes first
        if unit not in ("%", LABEL, AGE) and not m.group("cur") and (fraction := fraction_before(text, s, language)):
            # "a third of the 900 workers": 300 workers, and the 900 workers still (another outlet's "300
            # of the 900 workers" or "the plant's 900 workers" speaks of the whole)
            out = [q for q in out if q.end <= fraction[0]]  # not the "two" of "two-thirds"
            out.append(Quantity(text[fraction[0] : e].strip(), value * fraction[1], fraction[0], e, unit))
        out.append(Quantity((text[s:e] if e != m.end() or s < m.start() else m.group()).strip(), value, s, e, unit))
    if reader := UNSPACED.get(lang):  # Thai: number words run into the words around them, read before a counter
        taken = skip + [(q.start, q.end) for q in out]
        out += [Quantity(text[c.start : c.end], c.value, c.start, c.end, c.counter) for c in reader.counts(text)
                if not any(c.start < te and ts < c.end for ts, te in taken)]  # fmt: skip
        out.sort(key=lambda q: q.start)
    if ones := one_counts(text, lang, skip + [(q.start, q.end) for q in out]):
        out = sorted(out + ones, key=lambda q: q.start)  # "Eine Person wurde verletzt", "un blessé": one
    if lang == "ar":
        return sorted(out + _arabic_duals(text, skip), key=lambda q: q.start)
    if lang in _GLUED_AGES:
        return sorted(out + glued_ages(text, skip), key=lambda q: q.start)
    return out
