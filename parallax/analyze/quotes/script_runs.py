"""A speaker's name in one script: "IF Metall Λένα Μπεργκ" is Λένα Μπεργκ, not "Metall Λένα Μπεργκ".

A Greek or Cyrillic report writes a person's name in its own script and keeps a foreign body's or brand's name in
Latin letters ("η πρόεδρος του συνδικάτου IF Metall Λένα Μπεργκ", "глава компании Volvo Cars Хокан Самуэльссон").
Read as a run of capitalised words, the speaker takes in the body's last Latin word before the person, and the name
meets no other report's ("Metall Λένα Μπεργκ" / "Lena Berg" read as two people, the quotation as misattributed).
A name is written in one script: the words before the last word's script begins, in another, are no part of it.
"""

from __future__ import annotations

import re

_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _script(word: str) -> str:
    return "greek" if _GREEK.search(word) else "cyrillic" if _CYRILLIC.search(word) else "latin" if _LATIN.search(word) else ""


def one_script_start(text: str, start: int, end: int) -> int:
    """Where the speaker ``text[start:end]`` begins when its first words are in the Latin script and its last in Greek
    or Cyrillic (see the module docstring); ``start`` otherwise."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) < 2:
        return start
    last = _script(words[-1].group())
    if last not in ("greek", "cyrillic"):
        return start
    k = len(words) - 1
    while k > 0 and _script(words[k - 1].group()) == last:
        k -= 1
    if k == 0 or any(_script(w.group()) not in ("latin", "") for w in words[:k]):
        return start
    return start + words[k].start()


def one_script_speaker(text: str, speaker: tuple) -> tuple:
    """``speaker`` (name, start, end, ...) with the words in another script before its name left out, where its name
    is written as the text has it there (a name put back in the nominative keeps its words: it is no run of the text)."""
    name, start, end = speaker[0], speaker[1], speaker[2]
    cut = one_script_start(text, start, end)
    prefix = text[start:cut]
    if cut == start or not name.startswith(prefix):
        return speaker
    return (name[len(prefix) :].strip(), cut, *speaker[2:])
