"""Whether two quotations' speakers are one person, and whether a speaker is a name at all.

A misattribution needs two names that are two people: a name in another case, script or order is
one person, and a description ("a spokeswoman") is compatible with any name.  Also used where a
count or a minute goes to a person (:mod:`.minutes`).
"""

from __future__ import annotations

import os
import re

from parallax.analyze.name_forms import polish_nominative
from parallax.analyze.names import NAME_PARTICLES
from parallax.analyze.quotes.uncased import is_uncased, looks_named, same_uncased
from parallax.analyze.titles import HONORIFICS, TITLE_WORDS
from parallax.compare.given_names import namesakes
from parallax.compare.greek_glides import same_surname_glided
from parallax.compare.parties import party_alone
from parallax.compare.press_spellings import one_name_spelt_twice
from parallax.compare.quote_fidelity import contiguous
from parallax.compare.sound_namesakes import two_people_by_sound
from parallax.compare.untagged_names import named_in_full
from parallax.letters import fold, to_latin
from parallax.records import Article
from parallax.serbian_script import one_script
from parallax.sounds import same_name_by_sound, text_script

_SLAVIC_CASE = re.compile(r"(?<=[а-яёєіїґ]{3})(?:ові|еві|ого|ому|ым|ой|ей|ем|ом|ою|ая|ую|а|я|у|ю|е|ы|і|и|о)$")


def _name_words(name: str) -> list[str]:
    """A name's words in lower case; Russian and Ukrainian names lose their case ending ("по
    словам Андрея Петрова" names "Андрей Петров") and are compared in Latin letters, and a Polish name in the
    genitive is read in the nominative ("według Jana Kowalskiego": Jan Kowalski, :mod:`parallax.analyze.name_forms`).
    A courtesy or formal title before the name is no word of it ("Mr Trump", "Dr Tedros", "Herr Merz"): left in,
    "mr" read as a given name other than "Donald" and made two people of one."""
    words = polish_nominative(name).lower().split()
    while len(words) > 1 and (words[0] in HONORIFICS or words[0].rstrip(".") in TITLE_WORDS):
        words = words[1:]
    return [to_latin(_SLAVIC_CASE.sub("", w)) for w in words]


def _hyphen_parts(words: list[str]) -> list[str]:
    """A name's words with its hyphenated ones cut at the hyphen: the press writes one name with and without
    them ("Kim Jong-un" / "Kim Jong Un", "al-Sharaa" / "al Sharaa" / "Sharaa"), and a hyphenated word kept
    whole reads "jong-un" and "jong-il" as two forms of one word, father and son as one person."""
    return [part for w in words for part in w.split("-") if part]


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Greek writes a foreign name's double consonant once ("Κις" for Kiss): letter by letter "Kis" is another word than
# "Kiss", so a Greek name is met by the sound of its surname first, as a Cyrillic one is, and then with no letter
# doubled in either name (a surname too short for its sound to tell, "Kiss", is still one name)
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_DOUBLED = re.compile(r"(\w)\1")


def _alphabet(name: str) -> str:
    """"cyrillic", "greek" or "" (Latin and the rest): the alphabet a name is compared across by sound first."""
    return "cyrillic" if _CYRILLIC.search(name) else "greek" if _GREEK.search(name) else ""


# a word of Mandarin syllables in pinyin without tone marks ("xi", "jinping", "zhang"): a Chinese name, whose order
# the press keeps (family name first), where a Hungarian name reversed, "Kovács Péter" / "Péter Kovács", is one person
_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un"
    r"|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v))+"
)


def _unmarked(words: list[str]) -> list[str]:
    """A name's words without diacritics, "đ" as "d": what a press that prints no marks keeps of them.  The
    surname need not be last ("Nguyễn Văn Hùng" opens on it), so the whole name must meet, word by word; and one of
    the two must be printed with no marks at all ("Hùng" and "Hưng" are two names where both keep theirs).  "ł" is "l" too
    ("Wałęsa" / "Walesa")."""
    return [fold(w).replace("đ", "d").replace("ł", "l") for w in words]


def _meet_unmarked(words: list[str], other: list[str]) -> list[str]:
    """``words`` with each word that ``other`` prints with no marks read without its marks too: a press or a
    keyboard drops marks word by word ("Péter Kovacs" keeps the given name's and drops the surname's), so
    "Kovács" meets "Kovacs" though neither name is printed unmarked throughout.  Two words that both keep
    their marks are still compared as printed ("Hùng" / "Hưng")."""
    plain = {w for w in other if _unmarked([w]) == [w]}
    return [u if (u := _unmarked([w])[0]) != w and u in plain else w for w in words]


def person_match(a: str | None, b: str | None) -> bool | None:
    """:func:`_person_match`, and where a Cyrillic name does not meet a Latin one so, its "г" read as the "h" Ukrainian
    and Belarusian say and their press writes: "Юрій Ігнат" is "Yuriy Ihnat", "Олег Гончаренко" "Oleh Honcharenko"
    (Russian "г" is "g", read first: "Глеб" / "Gleb"), or its "х" read as "h" ("Хорват" / "Horvat")."""
    if a and b and (pa := party_alone(a)) and (pb := party_alone(b)):
        return pa == pb  # two names of parties: one party where one family ("the Lib Dems", "Liberal Democrats")
    found = _person_match(a, b)
    if found is True or not a or not b or bool(_CYRILLIC.search(a)) == bool(_CYRILLIC.search(b)):
        return found
    ha, hb = (x.replace("г", "h").replace("Г", "H") for x in (a, b))
    if (ha, hb) != (a, b) and _person_match(ha, hb):
        return True
    # "х" as the "h" Serbian, Ukrainian and Bulgarian write in Latin letters: "Томислав Хорват" is "Tomislav Horvat" (a
    # Serbian name with no letter only Serbian has is read the Russian way, "Khorvat")
    xa, xb = (x.replace("х", "h").replace("Х", "H") for x in (a, b))
    return True if (xa, xb) != (a, b) and _person_match(xa, xb) else found


def _person_match(a: str | None, b: str | None) -> bool | None:
    """Whether two speakers are one person: True when one name's words are contained in the other's
    (surname use, or the family name first: "Kovács Péter" / "Péter Kovács"), or one name in two presses'
    spellings (:mod:`.press_spellings`: "Адам Глапинский" / "Adam Glapiński"), or, in two scripts, a
    word of one sounds like a word of the other (:mod:`parallax.sounds`); False when they are two
    people's names; None when that cannot be told: a speaker not found, a name in two scripts whose
    sound cannot tell (Chinese characters, a short name), or a surname in two forms with nothing else
    to tell them apart ("Virtasen" / "Mikko Virtanen", "Novák" / "Nováková": a case ending, or a wife
    and her husband)."""
    if not a or not b:
        return None
    if _alphabet(a) != _alphabet(b) and same_name_by_sound(a.split()[-1], b.split()[-1]):
        return True  # the surnames by sound, "Мерсье" / "Mercier" (before a Cyrillic name is read in Latin letters)
    if same_surname_glided(a, b):
        return True  # "Стоянов" / "Στογιάνοφ": the Greek "γι" of a glide (:mod:`.greek_glides`)
    greek = _alphabet(a) != _alphabet(b) and "greek" in (_alphabet(a), _alphabet(b))
    a, b = one_script(a, b, letters_only=True)  # "Јелена Савић" / "Jelena Savić": Serbian in two scripts
    if greek:  # "Κις" / "Kiss", "Σμιθ" / "Smith": Greek writes a double consonant once, so neither is read double
        a, b = _DOUBLED.sub(r"\1", a), _DOUBLED.sub(r"\1", b)
    if text_script(a) != text_script(b):  # "Jens Stoltenberg" and "ستولتنبرغ": by sound
        found = same_name_by_sound(a, b)
        # (but not a word two people share: "Rajesh Kumar" / "சுரேஷ் குமார்", :mod:`.sound_namesakes`)
        return False if found and two_people_by_sound(*(" ".join(_name_words(x)) if text_script(x) == "latin" else x for x in (a, b))) else found
    if is_uncased(a) and is_uncased(b):
        return same_uncased(a, b)
    whole_a, whole_b = _name_words(a), _name_words(b)
    wa, wb = _hyphen_parts(whole_a), _hyphen_parts(whole_b)
    if not wa or not wb:
        return None
    if _unmarked(wa) == wa or _unmarked(wb) == wb:
        # one of the two printed with no marks: the other's marks cannot tell them apart ("Xí Jìnpíng" / "Xi")
        if _unmarked(wa) == _unmarked(wb):
            return True  # "Nguyễn Văn Hùng" / "Nguyen Van Hung", "Hùng" / "Hung": a press that prints no marks
        wa, wb = _unmarked(wa), _unmarked(wb)
    else:
        wa, wb = _meet_unmarked(wa, wb), _meet_unmarked(wb, wa)  # "Kovács Péter" / "Péter Kovacs"
    if namesakes(whole_a, whole_b) or namesakes(wa, wb):
        return False  # "Petr Novák" / "Pavel Novák", "Anne-Marie" / "Marie Roe": relatives or namesakes (:mod:`.given_names`)
    if len(wa) == 2 and wa == wb[::-1] and all(_PINYIN.fullmatch(w) for w in _unmarked(wa)):
        return None  # "Xi Jinping" / "Jinping Xi": Chinese order is fixed, and "Li Wei" and "Wei Li" are two people as often
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if contiguous(short, long) or short[-1] == long[-1] or (len(short) > 1 and set(short) <= set(long)):
        return True
    if _forms_of_one_word(short[-1], long[-1]):
        rest_a, rest_b = set(short[:-1]), set(long[:-1])
        if rest_a & rest_b:
            return True  # "Mikko Virtanen" / "Mikko Virtasen"
        if rest_a and rest_b and _declined_alike(short, long):
            return True  # "Jan Novák" / "Jana Nováka": every word in another case
        return False if rest_a and rest_b else None
    return one_name_spelt_twice(short, long)  # "Glapiński" / "Glapinski", "Sergej Ziwilew" / "Sergueï Tsiviliov"


# a woman's surname in Czech, Slovak and Polish, in its cases: the wife's or daughter's, not the man's in another case
_WOMAN_SURNAME = re.compile(r"(?:ová|ové|ovou|ovej|ovú|ská|ské|skou|skej|skú|cká|cké|ckou|ska|skiej|cka|ckiej)$")


def _declined_alike(short: list[str], long: list[str]) -> bool:
    """Whether two names of as many words are one name in two cases: each given name a form of the other's
    ("jan" / "jana", a stem of three letters), and the surnames both a man's or both a woman's ("Jan Novák" /
    "Jana Nováka"; not "Jan Novák" / "Jana Nováková", his wife)."""
    if len(short) != len(long) or bool(_WOMAN_SURNAME.search(short[-1])) != bool(_WOMAN_SURNAME.search(long[-1])):
        return False
    if {short[-1] + "ova", short[-1] + "ová"} & {long[-1]} or {long[-1] + "ova", long[-1] + "ová"} & {short[-1]}:
        return False  # "Jan Novak" / "Jana Novakova" printed with no marks: his wife, as "Nováková" is
    return all(_forms_of_one_word(x, y, 3) for x, y in zip(short[:-1], long[:-1], strict=True))


def _forms_of_one_word(x: str, y: str, stem: int = 4) -> bool:
    """Two forms of one word: a shared stem of ``stem`` letters or more, and at most three letters of
    ending on each ("virtanen" / "virtasen", "novák" / "nováková", "kovács" / "kovácsnak")."""
    n = len(os.path.commonprefix([x, y]))
    return n >= stem and len(x) - n <= 3 and len(y) - n <= 3


def same_person(a: str | None, b: str | None) -> bool:
    """Whether two speakers may be one person: all but the names :func:`person_match` tells apart.  What
    cannot be told is no misattribution."""
    return person_match(a, b) is not False


_NAME_PARTICLES = NAME_PARTICLES | {"al", "el", "y"}  # and "Bashar al Assad", "Ortega y Gasset"


def is_named(speaker: str | None, article: Article | None = None) -> bool:
    """Whether a speaker is a person's name rather than a description
    ("Estonia's energy minister", "officials", "a spokeswoman").  A description
    is compatible with any name, so it never makes a quote misattributed.
    A name is one the article tags as a person, or two or more capitalised
    words (particles such as "van" or "al" allowed)."""
    if not speaker:
        return False
    if is_uncased(speaker):
        return looks_named(speaker, article.language if article is not None else None)  # no capitals: the name's shape
    words = speaker.replace("’", "'").split()
    if article is not None:
        last = words[-1].lower()
        for e in article.entities:
            if e.label in ("PERSON", "PER") and (e.text.lower() == speaker.lower() or e.text.lower().split()[-1:] == [last]):
                return True
    if _role_of_a_body(words):
        return False
    if article is not None and len(words) == 1 and named_in_full(speaker, article):
        return True  # "Oni told supporters" after "Segun Oni", a name the model left untagged (:mod:`.untagged_names`)
    return len(words) >= 2 and all(w[:1].isupper() and not w.endswith("'s") or w.lower() in _NAME_PARTICLES for w in words)


def _role_of_a_body(words: list[str]) -> bool:
    """Whether words are a role and the body it serves, joined by a word in lower case ("Sprecher der
    Feuerwehr", "Minister van Financiën", "Directeur de la Police"): a description, whose capitals (German
    nouns, a body's name) made it look like a name with a particle in it, so two such speakers read as two
    people."""
    return len(words) >= 3 and words[0].lower() in TITLE_WORDS and words[1][:1].islower()
