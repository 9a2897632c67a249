"""A weekday word that is a name: "Plácido Domingo", Turkish "Mehmet Pazar", "Santo Domingo".

Grouping leaves a language's weekdays out of a report's names (:mod:`.calendar_names`) and reads the first one in
its lead as the event's day (:mod:`.event_days`).  But some weekday words are also given names, surnames and places:
Spanish "Domingo" (Sunday), Turkish "Pazar" (Sunday, a surname and a town), "Cuma" (Friday, a given name).  Such a
word is a name, not a day, where the text writes it as one:

* right after a given name, one space apart ("Plácido Domingo", "Mehmet Pazar"): a given name is followed by its
  surname, and in every language a person's surname is capitalised, whatever its weekday spelling;
* capitalised inside a sentence in a language that writes its weekdays in lower case (Spanish, Portuguese, Italian,
  French, the Slavic, Scandinavian, Baltic and Finno-Ugric languages, Dutch, Romanian, Catalan): there a capital
  inside a sentence marks a name ("el tenor Plácido Domingo", "en Santo Domingo"), never the day ("el domingo").

English, German, Indonesian, Malay and Turkish capitalise their weekdays, so there only the first rule holds, and the
given names are those of a lexicon: "Oytun Pazar", "Xaver Freitag", "Andika Minggu" were days (stories53).  So a third:

* in German, Indonesian, Malay and Turkish, right after a capitalised word one space apart that is no stop word,
  known place, weekday or month, written in capitals or in a case after an apostrophe ("İstanbul'da"), where no word
  of the time of day or a date follows ("Salı günü", "Selasa (5/12)", "Dienstag Abend", "Selasa pagi"): these
  languages put a day after a preposition or before its word of time ("am Dienstag", "pada Selasa", "Salı günü"),
  so a bare weekday after a name is the name's end.  English writes a day bare after a name in the wire's style
  ("President Obama Tuesday signed …"), so there only a known given name counts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.letters import fold, to_latin
from parallax.stories.place_cases import first_name

# languages whose orthography writes the days of the week in lower case
LOWER_CASE_WEEKDAYS = frozenset(
    "es pt it fr ca ro pl cs sk sl hr bs sr ru uk bg be mk nl sv da no nb nn fi et hu lt lv".split()
)
_BEFORE = re.compile(r"(?P<word>[^\W\d_][\w'’]*+)(?P<gap>[ ,;]*+)$")  # the word before, and what stands between
_CONTEXT = 60  # characters before the word that are read: a word before is never longer


@lru_cache(maxsize=64)
def weekday_words(language: str) -> frozenset[str]:
    """``language``'s weekday words of one word, folded (empty without a date lexicon)."""
    from parallax.analyze.timelex import LEXICONS  # lazily: the lexicons compile their rules on import

    lexicon = LEXICONS.get(language)
    return frozenset(fold(w) for w in (lexicon.weekdays if lexicon else ()) if " " not in w)


def weekday_is_name(before: str, word: str, language: str, after: str = "") -> bool:
    """Whether ``word``, a weekday word of ``language`` written after ``before`` (the text before it in its
    sentence or lead) and before ``after``, is a name there (see the module docstring)."""
    if not word[:1].isupper() or fold(word) not in weekday_words(language):
        return False
    m = _BEFORE.search(before[-_CONTEXT:])
    if m is None:
        return False  # it opens its sentence, where any word is capitalised
    if m.group("gap") == " " and first_name(to_latin(fold(m.group("word"))), language):
        return True
    if language in LOWER_CASE_WEEKDAYS:
        return True
    return (
        language in _BARE_DAY_NAMED and m.group("gap") == " " and _after_a_name(m.group("word"), language)
        and not _TIME_AFTER[language].match(after) and not _after_a_full_name(before[-_CONTEXT:][: m.start()], language)
    )  # fmt: skip


def _after_a_full_name(head: str, language: str) -> bool:
    """Whether the word before a weekday ends a name of two words or more already: in Indonesian, Malay and Turkish
    (which capitalise names and a sentence's first word only) the word before it is capitalised too, one space apart,
    and is not the sentence's first word.  The press writes a day bare after a person's full name ("Presiden Joko
    Widodo Selasa mengatakan": President Joko Widodo said on Tuesday, stories54), where a given name and a weekday
    surname stand alone ("Pemain Andika Minggu ditangkap").  Not German: it capitalises its nouns ("Der Kabarettist
    Xaver Freitag")."""
    if language not in _FULL_NAME_LANGUAGES:
        return False
    m = _BEFORE.search(head)
    return m is not None and m.group("gap") == " " and m.group("word")[:1].isupper() and bool(head[: m.start()].strip())


_FULL_NAME_LANGUAGES = frozenset({"id", "ms", "tr"})


# languages that capitalise their weekdays and never write one bare after a name (see the module docstring), and the
# words of time of day or date that may follow a day there
_TIME_AFTER = {
    "de": re.compile(r"\s*+(?:[,(]|\d|(?:Abend|Morgen|Mittag|Nachmittag|Vormittag|Nacht|früh|frueh))"),
    "tr": re.compile(r"\s*+(?:[,(]|\d|(?:günü|sabah|akşam|gece|öğle|öğlen|öğleden|saat|gün)\w*+)"),
    "id": re.compile(r"\s*+(?:[,(]|\d|(?:pagi|siang|sore|malam|petang|dini|lalu|kemarin|ini|depan|pukul|waktu))"),
    "ms": re.compile(r"\s*+(?:[,(]|\d|(?:pagi|tengah|petang|malam|lalu|lepas|ini|depan|pukul|waktu))"),
}
_BARE_DAY_NAMED = frozenset(_TIME_AFTER)


def _after_a_name(word: str, language: str) -> bool:
    """Whether ``word`` (the one before a weekday) may be a given name: capitalised, not in capitals, not in a case
    after an apostrophe, and no stop word, known place, weekday or month of ``language``."""
    from parallax.stories.calendar_names import calendar_words
    from parallax.stories.features import stop_words  # lazily: features reads this module
    from parallax.stories.place_names import known_places, table_place

    if not word[:1].isupper() or word.isupper() or "'" in word or "’" in word:
        return False
    folded = fold(word)
    return not (folded in stop_words(language) or folded in calendar_words(language) or folded in known_places(language)
                or table_place(word, language) is not None)
