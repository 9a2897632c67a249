"""A Hebrew speaker named by one word after the report named them in full.

Hebrew news names a person in full once ("דובר כבאות והצלה, אבי כהן, אמר") and then by the surname ("אמר כהן") or,
less often, the given name ("לדברי אבי"); the later quotation's speaker was that one word, which met neither the
full name in the same report nor another report's, so one person's quotations looked like two speakers'.
:func:`he_full_name` finds the one name of two words the report gave before with that word last (a surname) or
first (a given name): two plain Hebrew words, neither a role (:data:`.hebrew.HE_ROLES`), a verb of saying
(:data:`.hebrew.HE_CUE`) nor a small word of grammar ("של כהן", "עם כהן").  Where two people share the word
("אבי כהן" and "רונית כהן") none is chosen.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.hebrew import HE_CUE, looks_hebrew_name

_HE = r"\u05d0-\u05ea"
_WORD = re.compile(rf"[{_HE}]{{2,}}")
_NOT_NAME = re.compile(
    rf"ו?(?:{HE_CUE}|של|עם|את|על|כי|גם|לפי|מול|אצל|בין|אל|אשר|הוא|היא|הם|זה|זו|לא|כל|עוד|רק|אך|אבל|או|מאת|בידי|נגד)"
)


def he_full_name(text: str, start: int, name: str) -> str | None:
    """The full name ("אבי כהן") the report's ``text`` gave before ``start`` for a speaker named by one word, ``name``
    ("כהן" or "אבי"), or None where it gave none or more than one."""
    if not _WORD.fullmatch(name):
        return None
    other = rf"[{_HE}][{_HE}'׳\"״-]+"
    n = re.escape(name)
    found = set()
    for m in re.finditer(rf"(?<![{_HE}])(?:{other}\s{n}|{n}\s{other})(?![{_HE}])", text[:start]):
        words = m.group(0).split()
        rest = words[0] if words[1] == name else words[1]
        if rest != name and not _NOT_NAME.fullmatch(rest) and looks_hebrew_name(m.group(0)):
            found.add(m.group(0))
    return found.pop() if len(found) == 1 else None
