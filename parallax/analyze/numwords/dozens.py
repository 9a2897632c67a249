"""The word for a dozen in the languages whose press writes it without an article: an approximate twelve.

English "a dozen", German "ein Dutzend" and the Romance "une douzaine" are read in :mod:`.european`.  Polish,
Czech, Slovak, the East and South Slavic languages, the Baltic languages and Finnish have no article, so the noun
alone says "a dozen": "około tuzina osób", "около дюжины человек", "tucet lidí".  Hungarian "egy tucat", Greek
"μια ντουζίνα", Romanian "o duzină" and the Nordic "ett dussin", "et dusin" write the word for one before it, as
German does.  Only the singular cases are read (nominative, accusative, genitive, instrumental), with "half a
dozen": the plurals ("tuziny", "десятки", "dussintals") say "dozens" and count nothing, as English "dozens of"
does.  Each is approximate as "a dozen" is (:func:`parallax.analyze.quantities.values.approximate_range`).
"""

from __future__ import annotations

from parallax.analyze.numwords.base import DOZEN_ABOUT

# language -> (the singular cases of "a dozen", the words for "half a dozen")
_DOZEN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ru": (("дюжина", "дюжину", "дюжины", "дюжиной"), ("полдюжины",)),
    "uk": (("дюжина", "дюжину", "дюжини", "дюжиною"), ("півдюжини",)),
    "pl": (("tuzin", "tuzina", "tuzinem"), ("pół tuzina",)),
    "cs": (("tucet", "tuctu", "tuctem"), ("půl tuctu",)),
    "sk": (("tucet", "tucta", "tuctom"), ("pol tucta",)),
    "hr": (("tucet", "tuceta", "tucetom"), ("pola tuceta",)),
    "bs": (("tucet", "tuceta", "tucetom"), ("pola tuceta",)),
    "sr": (("tucet", "tuceta", "tucetom", "туцет", "туцета"), ("pola tuceta", "пола туцета")),
    "sl": (("ducat", "ducata", "ducatom"), ("pol ducata",)),
    "bg": (("дузина",), ("половин дузина",)),
    "lt": (("tuzinas", "tuziną", "tuzino"), ("pusė tuzino",)),
    "lv": (("ducis", "duci", "duča"), ("pusducis", "pusduci")),
    "fi": (("tusina", "tusinan", "tusinaa"), ("puoli tusinaa",)),
    "hu": (("egy tucat", "egy tucatnyi"), ("fél tucat", "fél tucatnyi")),
    "el": (("μια ντουζίνα", "μία ντουζίνα"), ("μισή ντουζίνα",)),
    "ro": (("o duzină",), ("o jumătate de duzină",)),
    "sv": (("ett dussin", "ett dussintal"), ("ett halvt dussin",)),
    "da": (("et dusin",), ("et halvt dusin",)),
    "no": (("et dusin", "ett dusin"), ("et halvt dusin",)),
}

# two, three and four dozen, one count each ("две дюжины" is 24, not two and twelve): the words for two to four and
# the case of "dozen" after them
_SOME_DOZENS: dict[str, tuple[tuple[str, str, str], str]] = {
    "ru": (("две", "три", "четыре"), "дюжины"),
    "uk": (("дві", "три", "чотири"), "дюжини"),
    "pl": (("dwa", "trzy", "cztery"), "tuziny"),
    "cs": (("dva", "tři", "čtyři"), "tucty"),
    "sk": (("dva", "tri", "štyri"), "tucty"),
    "hr": (("dva", "tri", "četiri"), "tuceta"),
    "hu": (("két", "három", "négy"), "tucat"),
    "fi": (("kaksi", "kolme", "neljä"), "tusinaa"),
    "sv": (("två", "tre", "fyra"), "dussin"),
    "da": (("to", "tre", "fire"), "dusin"),
    "no": (("to", "tre", "fire"), "dusin"),
}


def dozens(lang: str) -> dict[str, tuple[int, float]]:
    """``lang``'s "a dozen" (12), "half a dozen" (6) and two to four dozen, each approximate; empty for other
    languages."""
    one, half = _DOZEN.get(lang, ((), ()))
    out = {w: (12, DOZEN_ABOUT) for w in one} | {w: (6, DOZEN_ABOUT) for w in half}
    if lang in _SOME_DOZENS:
        units, dozen = _SOME_DOZENS[lang]
        out |= {f"{unit} {dozen}": (12 * n, DOZEN_ABOUT) for n, unit in enumerate(units, start=2)}
    return out
