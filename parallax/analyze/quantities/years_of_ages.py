"""A person's age written as "of N years" or "N years" after the person: Greek, Polish, Czech, Slovak, Bulgarian, Russian.

Greek gives an age in the genitive of years, "άνδρας 54 ετών" (a man of 54 years), "είναι 54 ετών" (is 54), and
Polish after "at the age of", "w wieku 51 lat"; the times stage read both as spans of 54 and 51 years (P54Y).  The
genitive of years is also the length of a thing ("ποινή 10 ετών", a 10-year sentence; "διάρκειας 5 ετών", lasting
five years), so a Greek figure is an age only right after a person's noun or after "to be"; "w wieku" (at the age)
is an age's own sign, as "im Alter von" or "в возрасте" is.  Czech and Slovak, as Russian, give an age to the person
in the dative with "to be": "Nejstaršímu z obětí bylo 51 let" (the eldest of the victims was 51), "Řidiči je 45 let",
"Je mu 45 let"; "Pracoval tam 30 let" (a verb, no dative) stays a span.  Bulgarian gives it "at N years" after the
person or "to be": "жена на 72 години" (a woman of 72), "тя е на 72 години"; "в продължение на 10 години" (for ten
years) is a span, and has no person's noun before "на".  Polish also says "had N years" ("miał 58 lat", "ma 45 lat")
where the years close the clause ("miał 58 lat doświadczenia" is a span); and Russian sets the dative before "of the
dead" ("Самому старшему из погибших было 58 лет"), which :mod:`.east_slavic_ages` wants right before the figure.
"""

from __future__ import annotations

import re

# the Greek nouns for a person a report counts or names by their part (in the nominative, genitive and accusative),
# or "is"/"was"/"who is" before the years
_EL_PERSON = re.compile(
    r"(?<!\w)(?:άνδρ(?:ας|α|ες)|γυναίκ(?:α|ας|ες)|νεαρ(?:ός|ού|ό|ή|ής)|ηλικιωμέν(?:ος|ου|ο|η|ης)|παιδί(?:ου)?|αγόρι(?:ου)?"
    r"|κορίτσι(?:ου)?|κοπέλα|κοπέλας|οδηγ(?:ός|ού|ό)|εργάτ(?:ης|η)|εργαζόμεν(?:ος|ου|ο|η)|πεζ(?:ός|ού|ό)|επιβάτ(?:ης|η|ιδα)"
    r"|ποδηλάτ(?:ης|η)|μοτοσικλετιστ(?:ής|ή)|ψαρ(?:άς|ά)|αλλοδαπ(?:ός|ού|ό|ή)|ύποπτ(?:ος|ου|ο)|συλληφθ(?:είς|έντα)|θύμα(?:τος)?"
    r"|είναι|ήταν|είμαι|ηλικίας)[ \u00a0]+\Z",
    re.I,
)
_EL_YEARS = re.compile(r"[ \u00a0]+(?:ετών|χρονών)(?!\w)", re.I)
_PL_AGE_OF = re.compile(r"(?<!\w)w[ \u00a0]+wieku[ \u00a0]+(?:(?:około|ok\.)[ \u00a0]+)?\Z", re.I)
_PL_YEARS = re.compile(r"[ \u00a0]+lat(?!\w)", re.I)


# the dative (a pronoun, or a noun or adjective in "-ému"/"-ímu"/"-ovi"/"-ci"/"-ce", perhaps a genitive, "z obětí" or
# "autobusu", after it) and "to
# be" before the figure, or "to be" and the dative pronoun ("je mu 45 let"); the years end the clause
_CS_DATIVE_BE = re.compile(
    r"(?<!\w)(?:(?:mu|jí|jim|[^\W\d_]{2,}(?:ému|ímu|ovi|[cčřšžj]i|ce|ám))(?:[ \u00a0]+(?:z[ \u00a0]+)?[^\W\d_]+)?[ \u00a0]+"
    r"(?:bylo|je|bude|budou|byly|jsou)|(?:bylo|je|bude)[ \u00a0]+(?:mu|jí|jim))[ \u00a0]+\Z",
    re.I,
)
_CS_YEARS_END = re.compile(r"[ \u00a0]+(?:let|roků|rokov|roky|roku)(?=[ \u00a0]*(?:[.,;:!?)]|\Z|[ \u00a0](?:a|ale)[ \u00a0]))", re.I)


_BG_PERSON_NA = re.compile(
    r"(?<!\w)(?:жена(?:та)?|мъж(?:ът|а)?|момче(?:то)?|момиче(?:то)?|дете(?:то)?|младеж(?:ът|а)?|девойка(?:та)?|шофьор(?:ът|а)?"
    r"|пешеходец(?:ът|а)?|работник(?:ът|а)?|миньор(?:ът|а)?|пострадал(?:ият|ия|ата)?|възрастен|възрастна|е|бил|била|са)"
    r"[ \u00a0]+на[ \u00a0]+\Z",
    re.I,
)
_BG_YEARS = re.compile(r"[ \u00a0]+(?:години|годинки|година)(?!\w)", re.I)


_PL_HAVE = re.compile(r"(?<!\w)(?:ma|miał[aoy]?|mieli|skończył[aoy]?|skończy|kończy)[ \u00a0]+\Z", re.I)
_PL_YEARS_END = re.compile(r"[ \u00a0]+lat(?=[ \u00a0]*(?:[.,;:!?)]|\Z|[ \u00a0](?:i|a|ale)[ \u00a0]))", re.I)
_RU_DATIVE_OF = re.compile(
    r"(?<!\w)[^\W\d_]{2,}(?:ому|ему|ой|ей)[ \u00a0]+из[ \u00a0]+[^\W\d_]+[ \u00a0]+(?:было|исполнилось)[ \u00a0]+\Z", re.I
)
_RU_YEARS_END = re.compile(r"[ \u00a0]+(?:год|года|лет)(?=[ \u00a0]*(?:[.,;:!?)»]|\Z))", re.I)


def years_of_age(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] is an age: Greek "άνδρας 54 ετών", Polish "w wieku 51 lat" / "miał 58
    lat", Bulgarian "жена на 72 години", Russian "было 58 лет", Czech "bylo 51 let" (see the module)."""
    if not text[start:end].isdigit() or int(text[start:end]) > 130:
        return False  # no person's age: "Miasto ma 2000 lat" (the town is 2,000 years old) stays a span
    before = text[max(0, start - 40) : start]
    if _EL_YEARS.match(text, end) and _EL_PERSON.search(before):
        return True
    if _BG_YEARS.match(text, end) and _BG_PERSON_NA.search(before):
        return True  # "жена на 72 години"
    if _PL_YEARS_END.match(text, end) and _PL_HAVE.search(before):
        return True  # "Najstarszy z zabitych miał 58 lat."
    if _RU_YEARS_END.match(text, end) and _RU_DATIVE_OF.search(before):
        return True  # "Самому старшему из погибших было 58 лет."
    if _CS_YEARS_END.match(text, end) and _CS_DATIVE_BE.search(before):
        return True  # "Nejstaršímu z obětí bylo 51 let."
    return bool(_PL_YEARS.match(text, end) and _PL_AGE_OF.search(before))
