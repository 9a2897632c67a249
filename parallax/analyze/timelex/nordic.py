"""What the Swedish, Danish and Norwegian date lexicons share: how their press writes a weekday.

The three languages build a weekday's forms alike: the name ("tisdag"), the definite form of a day
the story has named ("på tisdagen", "tirsdagen"), its genitive ("tisdagens möte") and the "s" form
of a past day ("i tisdags", "i tirsdags"), which also opens a compound with a part of the day
("tisdagskvällen", "tirsdagsaftenen").  The preposition before a weekday gives its direction,
whatever the verb: Swedish and Danish "i tisdags" is the last Tuesday, Norwegian "i tirsdag" too, and
"på tisdag" / "på tirsdag" the next one.  A lexicon says so through its tense cues
(:attr:`Lexicon.past_cues`, :attr:`Lexicon.future_cues`): a cue right before the weekday is the
nearest one its sentence has, so it decides as a "last" or "next" would.

A form with its preposition also excludes the publication day, as "last Tuesday" and "next Tuesday" do
in English: "i tisdags" written on a Tuesday is the Tuesday a week before (on the day itself the press
writes "i dag"), "på tisdag" the Tuesday a week ahead (:attr:`Lexicon.last_forms`,
:attr:`Lexicon.next_forms`, built by :func:`weekday_after`).  A bare "tisdag", the Danish and Norwegian
press's usual form ("Politiet anholdt tirsdag en mand"), and the definite "på tisdagen" are the
publication day when written on it, as an English "on Tuesday" is.

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


def weekday_after(words: str, names: tuple[str, ...], s_form: str = "") -> str:
    """A weekday's form with its preposition: one of ``words`` ("i", "på"), a space and a weekday's name
    with the ending ``s_form`` ("s" for "i tisdags", "s?" for Norwegian "i tirsdag(s)"), the whole form, so
    that "på tisdagen" (the definite form) is none."""
    return rf"(?:{words})\s(?:{'|'.join(names)}){s_form}"


def night_before(names: tuple[str, ...]) -> dict[str, int]:
    """Weekdays after "natten till" / "natt til": each names the day before it ("natten till
    tisdag" is Monday night, "natt til mandag" Sunday night)."""
    return {name: (i - 1) % 7 for i, name in enumerate(names)}
