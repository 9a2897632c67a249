"""On which day of the week a report's lead says its event happened, and the signal that two leads disagree.

News writing dates an event of the past week by its weekday in the lead ("arrested early Tuesday", "on
Saturday foiled a hijack attempt", "am Samstag"), and every report of one event names the same day (or none).
Two reports of one *kind* of event (two players arrested for drunk driving a month apart, two navy
operations against pirates) share their names, places and words, but their leads name different days.  So
the day is read from the lead only (title and opening sentences, what the embedding sees), with each
language's weekday words from the date lexicons the time analysis reads (:mod:`parallax.analyze.timelex`),
leaving out the weekdays that are not the event's:

* a weekday that opens a date ("Friday, November 11, 2011", "Thursday, Apr 2, 2009"): a dateline, the
  day of publication, which a follow-up shares with the next event;
* a weekday in the possessive ("Sunday's playoff game"): the day of another event the lead mentions;
* a weekday word that is a name ("Plácido Domingo", "Mehmet Pazar": :mod:`.weekday_names`).

The signal is a conflict, like the actor signal: the article's lead names a day and the story's leads name
days, none of them that day or the day next to it.  Either side without a day gives 0.0: no evidence either way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.stories.weekday_names import weekday_is_name

# a weekday that opens a date: a month word, a date in figures or a day and its month after it ("Friday, November
# 11", "Freitag, 11. November", "Monday 2/3/2009"), not any figure ("am Donnerstag 26 Piraten gefasst")
_DATE_AFTER = r"[,.]?\s*(?:{months}|\d{{1,4}}\s?[./-]\s?\d|\d{{1,2}}(?:st|nd|rd|th|er)?\.?\s*(?:de\s+)?(?:{months}))"
_POSSESSIVE_AFTER = r"['’]s(?!\w)"


@lru_cache(maxsize=64)
def _weekday_pattern(language: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """The language's weekday words as one pattern (longest first, whole words where the script spaces its
    words), with each word's day (0 is Monday); ``None`` for a language without a date lexicon."""
    from parallax.analyze.timelex import LEXICONS, month_words  # lazily: the lexicons compile their rules on import
    from parallax.letters import UNSPACED

    lexicon = LEXICONS.get(language)
    if lexicon is None or not lexicon.weekdays:
        return None
    days = {w.lower(): d for w, d in lexicon.weekdays.items()}
    words = "|".join(re.escape(w) for w in sorted(days, key=len, reverse=True))
    months = "|".join(re.escape(m) for m in sorted(month_words(language), key=len, reverse=True)) or r"(?!)"
    unspaced = any(re.search(f"[{UNSPACED}]", w) for w in days)
    edge_before, edge_after = ("", "") if unspaced else (r"(?<!\w)", r"(?!\w)")
    date_after = _DATE_AFTER.format(months=f"(?:{months}){edge_after}")
    pattern = re.compile(
        rf"{edge_before}(?P<day>{words}){edge_after}(?P<date>{date_after})?(?P<poss>{_POSSESSIVE_AFTER})?",
        re.IGNORECASE,
    )
    return pattern, days


def lead_days(lead: str, language: str) -> tuple[str, ...]:
    """The weekday (``"0"`` Monday to ``"6"`` Sunday, as text: a story's profile is stored as JSON) that
    ``lead`` names as its event's day, as a tuple of one, or ``()`` when it names none (see the module
    docstring).  Only the first: the lead says when the event happened before what followed ("arrested
    early Tuesday ... will play on Sunday"); on ECB+ dev, reading every weekday of the lead kept the two
    navy operations of one order together, the first alone did not."""
    found = _weekday_pattern(language)
    if found is None:
        return ()
    pattern, days = found
    for m in pattern.finditer(lead):
        if not (m.group("date") or m.group("poss") or weekday_is_name(lead[: m.start()], m.group("day"), language, lead[m.end("day") :])):
            return (str(days[m.group("day").lower()]),)
    return ()


def day_conflict(days: tuple[str, ...], story_days: dict[str, int]) -> float:
    """1.0 when the article's lead names event days and the story's leads name days, none of them the
    article's or the day before or after it (an event late at night, or in another time zone, is
    reported on the next day's date: "late Friday" and "on Saturday"); else 0.0 (either side without a
    day: no evidence)."""
    if not days or not story_days:
        return 0.0
    near = {str((int(d) + step) % 7) for d in days for step in (-1, 0, 1)}
    return float(not any(d in story_days for d in near))
