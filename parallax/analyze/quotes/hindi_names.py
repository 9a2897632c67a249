"""A Hindi speaker named by one word, back to the full name the report gave after a title.

Hindi news names a person in full once, after the title ("विदेश मंत्री एस जयशंकर"), then by the surname alone
("जयशंकर ने कहा, "…""), as English writes "Jaishankar said".  The one word is no name by its shape
(:func:`.uncased_names.looks_named` wants two words or more), so the quotation had a description for its speaker and
another report giving the same words to someone else was no misattribution.  The words between the last title and
the surname, at most two, are the rest of the name.
"""

from __future__ import annotations

from parallax.analyze.quotes.uncased_cues import _HI_ROLES

_PUNCT = "।॥,;:\"'“”‘’()[]"
_MAX_GIVEN = 2  # given names and initials between the title and the surname: "एस जयशंकर", "रणधीर सिंह जायसवाल"


def _devanagari_word(word: str) -> bool:
    """A word wholly in Devanagari letters and signs, no danda after it (a full stop between the words is no name)."""
    return bool(word) and all("\u0900" <= c <= "\u097f" and c not in "\u0964\u0965" for c in word)


def hi_full_name(text: str, start: int, name: str) -> str | None:
    """The full name ``name`` (one Devanagari word) stands for: the last "title, one or two words, ``name``" in
    ``text`` before ``start``; None where the report gave none."""
    if " " in name or name in _HI_ROLES or not _devanagari_word(name):
        return None
    words = text[:start].split()
    found = None
    for i, word in enumerate(words):
        if word.strip(_PUNCT) != name:
            continue
        k = i
        while k > 0 and i - k < _MAX_GIVEN and _devanagari_word(words[k - 1]) and words[k - 1] not in _HI_ROLES:
            k -= 1
        if k < i and k > 0 and words[k - 1] in _HI_ROLES and words[k - 1] not in ("के", "की", "का"):
            found = " ".join(words[k : i + 1])
    return found
