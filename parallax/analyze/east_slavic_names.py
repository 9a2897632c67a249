"""A Russian or Ukrainian name in the genitive back in the nominative, for a speaker named after "по словам",
"за словами", "со слов" when the article never writes the nominative.

The evidence rule of :mod:`parallax.analyze.quotes.inflection` turns "Ивана Иванова" into "Иван Иванов" only where
the article also writes "Иван Иванов"; a report that names the speaker once, after "по словам", kept the genitive,
and the other outlet's "Иван Иванов" read as another form.  These genitives are regular where a given name stands
first: the given name's genitive is one of the lexicon's names (:data:`parallax.analyze.names.FIRST_NAMES`) by a
case ending ("Ивана": Иван, "Сергея": Сергей, "Марии": Мария, "Анны": Анна, "Миколи": Микола), its gender tells
how the surname declines, and the surname must show that case too:

* a man's: "Иванова" Иванов, "Путина" Путин, "Достоевского" Достоевский, Ukrainian "Шевченка" Шевченко,
  "Шевчука" Шевчук, "Кравця" Кравець, "Кравца" Кравец; a surname in -о, -их/-ых stays ("Олега Шевченко");
* a woman's: "Петровой" Петрова, "Тверской" Тверская, Ukrainian "Петрової" Петрова, "Ковальської" Ковальська;
  a surname that does not decline for a woman stays ("Анны Ковальчук", "Олени Шевченко");
* a patronymic between declines too ("Ивановича" Иванович, "Сергеевны" Сергеевна).

A foreign given name the lexicon holds only in Latin letters reads by its transliteration: "Марека" is Marek,
"Петера" Peter, "Мартина" Martin (a Polish, Czech or German name as a Russian or Ukrainian outlet writes it).

A name whose surname shows no such case ("Ивана Ковальчук": a man's surname would decline) and a name of one
word ("Иванова": a woman's nominative as well) are returned unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.analyze.names import FIRST_NAMES
from parallax.letters import to_latin

# a given name's genitive: (ending, the nominative's ending), tried in order
_GIVEN = {
    "m": (("ла", "ел"), ("я", "й"), ("а", ""), ("а", "о"), ("и", "а"), ("ы", "а")),  # Павла, Сергея, Ивана, Петра, Миколи, Никиты
    "f": (("ии", "ия"), ("ьи", "ья"), ("ії", "ія"), ("ы", "а"), ("и", "а")),  # Марии, Натальи, Марії, Анны, Ольги, Олени
}
# a surname's genitive by gender: (ending, the nominative's ending)
_SURNAME = {
    "m": (("ского", "ский"), ("цкого", "цкий"), ("ського", "ський"), ("цького", "цький"), ("енка", "енко"),
          ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын"), ("іна", "ін"), ("ього", "ій")),
    "f": (("ской", "ская"), ("цкой", "цкая"), ("ської", "ська"), ("цької", "цька"), ("овой", "ова"), ("евой", "ева"),
          ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"), ("ової", "ова"), ("евої", "ева"), ("євої", "єва"), ("іної", "іна")),
}  # fmt: skip
_CONSONANT_STEM = re.compile(r"[бвгджзклмнпрстфхчшщ]а\Z")  # a man's surname on a consonant: "Шевчука", "Ковальчука"
_SOFT_STEM = re.compile(r"[бвгджзклмнпрстфхцчшщ]я\Z")  # "Коваля": Коваль
_UNDECLINED = re.compile(r"(?:о|их|ых|і|е|и|у)\Z")  # "Шевченко", "Черных", "Дурново"
_WOMAN_UNDECLINED = re.compile(r"(?:[бвгджзклмнпрстфхцчшщь]|о|их|ых)\Z")  # "Ковальчук", "Шевченко", "Коваль"
_PATRONYMIC = (("ича", "ич"), ("вны", "вна"), ("вни", "вна"), ("чны", "чна"), ("чни", "чна"))


def _recased(word: str, lower: str) -> str:
    return word[:1] + lower[1:] if word[:1].isupper() else lower


def _latin_gender(name: str) -> str | None:
    """The gender the lexicon gives a foreign name by its Latin spelling ("марек": Marek), for a name of four
    letters or more (shorter transliterations match too many words)."""
    return FIRST_NAMES.get(to_latin(name)) if len(name) >= 4 else None


def _given(word: str, lang: str) -> tuple[str, str] | None:
    """The nominative of a given name in the genitive and its gender, else None (Ukrainian "Петра" is Петро)."""
    low = word.lower()
    for gender, endings in _GIVEN.items():
        for ending, base in sorted(endings, key=lambda e: e != ("а", "о")) if lang == "uk" else endings:
            stem = low[: -len(ending)]
            if low.endswith(ending) and len(stem) >= 2 and gender in (FIRST_NAMES.get(stem + base), _latin_gender(stem + base)):
                return _recased(word, stem + base), gender
    return None


def _surname(word: str, gender: str) -> str | None:
    """The nominative of a surname in the genitive of a person of ``gender``, else None."""
    low = word.lower()
    for ending, base in _SURNAME[gender]:
        if low.endswith(ending) and len(low) - len(ending) >= 2:
            return _recased(word, low[: -len(ending)] + base)
    if gender == "f":
        return word if _WOMAN_UNDECLINED.search(low) else None
    if re.search(r"[бвгджзклмнпрстфхчшщ]ц[ая]\Z", low):
        # the "е" the other cases drop: "Кравца", "Кравця" are Кравец, Кравець
        return _recased(word, low[:-2] + ("ець" if low.endswith("я") else "ец"))
    if _CONSONANT_STEM.search(low) and len(low) > 4:
        return _recased(word, low[:-1])
    if _SOFT_STEM.search(low) and len(low) > 4:
        return _recased(word, low[:-1] + "ь")
    return word if _UNDECLINED.search(low) else None


def _patronymic(word: str) -> str | None:
    low = word.lower()
    for ending, base in _PATRONYMIC:
        if low.endswith(ending):
            return _recased(word, low[: -len(ending)] + base)
    return None


@lru_cache(maxsize=4096)
def east_slavic_nominative(name: str, lang: str = "ru") -> str:
    """``name`` with a Russian or Ukrainian genitive read back to the nominative (see the module); else unchanged."""
    words = name.split()
    if len(words) not in (2, 3) or not all(w[:1].isupper() for w in words):
        return name
    given = _given(words[0], lang)
    if given is None:
        return name
    surname = _surname(words[-1], given[1])
    middle = [_patronymic(w) for w in words[1:-1]]
    if surname is None or None in middle:
        return name
    return " ".join([given[0], *middle, surname])
