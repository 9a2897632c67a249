"""The dated dateline without an agency, the place in ordinary case: "Karviná, 1. května – Důl ...",
"Katowice, 1 maja – Kopalnia ...", "Roma, 1 mag. – Il governo ...", "Berlin, 1. Mai – Die Regierung ...",
"Washington, May 1 – The Senate ...".

Kept apart from :mod:`parallax.ingest.datelines` because with neither an agency nor a place in capitals the shape
is also a sentence's opening ("Am Montag, 1. Mai – dem Feiertag – ..."), so it needs the article: only its first
paragraph's start, a capitalised place that names no day or month, a comma, then a day and a month word of the
article's own language (or figures, "1. 5."; any lexicon's month where the detected language has none of it, as
Serbian Cyrillic read for Russian), then a dash and a capital that opens the report.  Without it the
date stays in the first sentence and reads as one more value in its date conflicts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.ingest.datelines import Dateline
from parallax.letters import UPPER

_WORD = rf"[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)*"
_PARTICLE = r"(?:de|del|la|di|da|do|am|an|der|im|nad|pod|na|u|w|sur|en)"
_PLACE = rf"{_WORD}(?:[ ](?:{_PARTICLE}[ ])?{_WORD}){{0,2}}"
# "1. května", "1 maja", "1 mag.", "1. Mai 2026", the month first "May 1", "Sept. 3, 2026", or figures "1. 5." / "1.5.2026";
# the year first as Hungarian writes it, "2026. november 18.", and its weekday after, "2026. november 18., szerda";
# Lithuanian the month in the genitive, then the day and "d." (day), the year before with "m." (year): "lapkričio 19 d.",
# "2026 m. lapkričio 19 d."
_DATE = (
    r"(?P<day>\d{1,2})\.?(?:[ ]de[ ]|[ ]d['’]|[ ])(?P<month>[^\W\d_]{3,12})\.?(?P<year>(?:[ ]de)?[ ]\d{4})?"
    r"|(?:(?P<lt_year>\d{4})[ ]m\.[ ])?(?P<month_first>[^\W\d_]{3,12})\.?[ ](?P<day_after>\d{1,2})(?:[ ]d\.)?(?P<year_after>,?[ ]\d{4})?"
    r"|(?P<fday>\d{1,2})\.[ ]?(?P<fmonth>\d{1,2})\.(?P<fyear>[ ]?\d{4})?"
    r"|(?P<year_first>\d{4})\.[ ](?P<ymonth>[^\W\d_]{3,12})[ ](?P<yday>\d{1,2})\.(?:,[ ](?P<yweekday>[^\W\d_]{3,12}))?"
)
# (or alone on its line, closed by a full stop as the Baltic wires set it: "Viļņa, 19. novembris.", the report below;
# or closed by a full stop before the report on its line, as Iberian papers set it: "Barcelona, 17 de novembre. El PSC
# ...", a sentence of a place and a date alone, which tells nothing); Spanish, Catalan and Portuguese write "de" between
# day and month, "17 de novembre", "17 d'octubre", "17 de noviembre de 2026"
DATED_PLACE = re.compile(
    rf"^(?P<place>{_PLACE}),[ ](?P<date>{_DATE})(?:[ ]?(?:–|—|--|-)[ ](?=[{UPPER}0-9\"“„«‘'])|(?<!\.)\.?\Z|(?<!\.)\.[ ](?=[{UPPER}]))"
)


def _language(text: str) -> str | None:
    from parallax.config import Options
    from parallax.ingest.language import detect_language

    return detect_language(text, Options().languages)


@lru_cache(maxsize=64)
def _time_words(language: str) -> frozenset[str]:
    """The month and weekday words of ``language``, lower case (none when it has no date lexicon); "*" for those
    of every lexicon."""
    from parallax.analyze.timelex import LEXICONS, month_words  # here: parallax.analyze imports the ingest package

    if language == "*":
        return frozenset().union(*(_time_words(lang) for lang in LEXICONS))
    lex = LEXICONS.get(language)
    if lex is None:
        return frozenset()
    return month_words(language) | {w.lower() for w in lex.weekdays}


def split_dated_place(paragraph: str, text: str, first: bool = True) -> Dateline | None:
    """The dateline of ``paragraph`` when it opens "Place, <day> <month> – Report" (see the module's docstring);
    ``text`` is the whole article, for its language.  The article's first paragraph may give the date without a
    year; a later one (after a standfirst the page printed above the dateline) only with its year, "Győr, 2026.
    november 18. –", "Brno, 17. listopadu 2026 –", which no sentence opens with."""
    m = DATED_PLACE.match(paragraph)
    if not m:
        return None
    if not first and not any(m.group(g) for g in ("year", "year_after", "fyear", "year_first", "lt_year")):
        return None
    if m.group("fday"):
        if not (1 <= int(m.group("fday")) <= 31 and 1 <= int(m.group("fmonth")) <= 12):
            return None
    elif not 1 <= int(m.group("day") or m.group("day_after") or m.group("yday")) <= 31:
        return None
    words = _time_words(_language(text) or "")
    month = m.group("month") or m.group("month_first") or m.group("ymonth")
    if month and month.lower() not in words:
        # a language the detector does not tell apart (Serbian Cyrillic read as Russian): any lexicon's month,
        # and then any lexicon's day words keep out of the place
        words = _time_words("*")
        if month.lower() not in words:
            return None
    day_words = words | _time_words("*")
    if m.group("yweekday") and m.group("yweekday").lower() not in day_words:
        return None  # "2026. november 18., szerda": a weekday, nothing else, after the date
    if any(w.lower() in day_words for w in re.split(r"[ -]", m.group("place"))):
        return None  # "Am Montag, 1. Mai –", "Freitag, 1. Mai –": a day, no place
    return Dateline(m.group("place"), None, "", paragraph[m.end() :], m.group("date").strip())
