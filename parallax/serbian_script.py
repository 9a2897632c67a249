"""Serbian in its two scripts: "Врата за разговор су отворена" is "Vrata za razgovor su otvorena", "Јелена Савић" is
"Jelena Savić".

Serbian (and Bosnian, and Montenegrin) press prints one language in Cyrillic or in Latin letters, which map one to one
(љ lj, њ nj, џ dž, ђ đ, ћ ć, ч č, ж ž, ш š, ј j ...), so a quotation or a name one outlet prints in Cyrillic is the
same words another prints in Latin -- a transliteration, not a translation.  :func:`one_script` writes the Cyrillic
side of such a pair in Latin so that the comparers (quotation fidelity, speakers) see one text; a Russian, Ukrainian or
Bulgarian text against a Latin one is a translation and stays as it is (:func:`parallax.sounds.same_name_by_sound`
compares names across those).
"""

from __future__ import annotations

import re

from parallax.han_script import one_han_script
from parallax.persian_letters import one_persian_spelling

_LOWER = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z", "и": "i", "ј": "j", "к": "k",
    "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u",
    "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š",
}  # fmt: skip
_TABLE = str.maketrans(_LOWER | {k.upper(): v[:1].upper() + v[1:] for k, v in _LOWER.items()})
_SERBIAN_LANGUAGES = frozenset({"sr", "hr", "bs", "sh", "me", "cnr"})
# letters only Serbian (and Macedonian) Cyrillic has: a text with one is no Russian, Ukrainian or Bulgarian
SERBIAN_LETTERS = re.compile("[ђћџљњјЂЋЏЉЊЈ]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-zÀ-ɏ]")
_NOT_SERBIAN = re.compile(f"[^{''.join(_LOWER)}{''.join(_LOWER).upper()}]")


def serbian_latin(text: str) -> str:
    """``text`` with its Serbian Cyrillic letters written in Latin ones ("Џеп" is "Džep")."""
    return text.translate(_TABLE)


def _serbian(cyrillic: str, language: str | None, letters_only: bool) -> bool:
    """Whether a Cyrillic text is Serbian: by its language where given, else by a letter only Serbian has or
    (``letters_only`` false) by using the Serbian alphabet's letters alone (a Russian, Ukrainian or Bulgarian text of a
    sentence nearly always has one of its own: я, ы, э, й, ь, і, ъ ...)."""
    if language:
        return language.lower().replace("_", "-").split("-")[0] in _SERBIAN_LANGUAGES
    if SERBIAN_LETTERS.search(cyrillic):
        return True
    letters = [c for c in cyrillic if _CYRILLIC.match(c)]
    return not letters_only and bool(letters) and not any(_NOT_SERBIAN.match(c) for c in letters)


def _script(text: str) -> str:
    cyr, lat = bool(_CYRILLIC.search(text)), bool(_LATIN.search(text))
    return "cyrillic" if cyr and not lat else "latin" if lat and not cyr else ""


def one_script(
    a: str, b: str, lang_a: str | None = None, lang_b: str | None = None, letters_only: bool = False
) -> tuple[str, str]:
    """``a`` and ``b`` with the Cyrillic one written in Latin letters when one is Cyrillic, the other Latin, and the
    Cyrillic one Serbian (see :func:`_serbian`; ``letters_only`` asks for a letter only Serbian has when no
    language is given, as for a name: "Жуков" is Zhukov, no Žukov); Chinese in its two scripts in one
    (:func:`parallax.han_script.one_han_script`) and Persian typed with Arabic letters in its own
    (:func:`parallax.persian_letters.one_persian_spelling`); else both unchanged."""
    sa, sb = _script(a), _script(b)
    if {sa, sb} != {"cyrillic", "latin"}:
        return one_persian_spelling(*one_han_script(a, b))  # Chinese in simplified and in traditional characters: one text too
    if sa == "cyrillic" and _serbian(a, lang_a, letters_only):
        return serbian_latin(a), b
    if sb == "cyrillic" and _serbian(b, lang_b, letters_only):
        return a, serbian_latin(b)
    return a, b


def serbian_cyrillic(text: str, language: str | None) -> bool:
    """Whether ``text`` (a whole article, best) is Serbian printed in Cyrillic letters: it has Cyrillic ones and is
    Serbian by its language, or, with none given, by its letters (:func:`_serbian`)."""
    return bool(_CYRILLIC.search(text)) and _serbian(text, language, letters_only=False)


def latin_form(text: str, serbian: bool) -> str:
    """``text`` as comparison reads it: in Latin letters when it is Serbian Cyrillic (``serbian``, decided once for its
    article by :func:`serbian_cyrillic`), so that "Три особе су погинуле код Ниша" and "Četiri osobe su poginule kod
    Niša" share their words and names.  Only what is compared changes; the text shown stays as printed."""
    return serbian_latin(text) if serbian else text
