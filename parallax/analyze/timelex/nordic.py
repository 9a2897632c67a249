"""What the Swedish, Danish and Norwegian date lexicons share: how their press writes a weekday.

The three languages build a weekday's forms alike: the name ("tisdag"), the definite form of a day
the story has named ("på tisdagen", "tirsdagen"), its genitive ("tisdagens möte") and the "s" form
of a past day ("i tisdags", "i tirsdags"), which also opens a compound with a part of the day
("tisdagskvällen", "tirsdagsaftenen").  The preposition before a weekday gives its direction,
whatever the verb: Swedish and Danish "i tisdags" is the last Tuesday, Norwegian "i tirsdag" too, and
"på tisdag" / "på tirsdag" the next one.  A lexicon says so through its tense cues
(:attr:`Lexicon.past_cues`, :attr:`Lexicon.future_cues`): a cue right before the weekday is the
nearest one its sentence has, so it decides as a "last" or "next" would.

"Natten till tisdag" (the night before Tuesday) is Monday night: written before a weekday, a night
names the day before it, so those weekdays are read from a table one day back
(:attr:`Lexicon.weekdays_after_part`).
"""

from __future__ import annotations


def weekday_forms(names: tuple[str, ...]) -> dict[str, int]:
    """Each weekday (Monday first) in the forms news writes: "tisdag", "tisdagen", "tisdagens",
    "tisdags" (not the plural "tisdagar": every Tuesday)."""
    return {name + ending: i for i, name in enumerate(names) for ending in ("", "en", "ens", "s")}


def before_weekday(words: str, names: tuple[str, ...], s_form: str = "") -> str:
    """A tense cue: one of ``words`` ("i", "på") right before a weekday's name, which takes the
    ending ``s_form`` ("s" for "i tisdags", "s?" for Norwegian "i tirsdag(s)").  A lookahead, so the
    cue ends where the weekday starts and the weekday stays the expression."""
    days = "|".join(names)
    return rf"(?:{words})(?=\s(?:{days}){s_form}\b)"


def night_before(names: tuple[str, ...]) -> dict[str, int]:
    """Weekdays after "natten till" / "natt til": each names the day before it ("natten till
    tisdag" is Monday night, "natt til mandag" Sunday night)."""
    return {name: (i - 1) % 7 for i, name in enumerate(names)}
