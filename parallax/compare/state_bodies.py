"""A government under its other names: "the government" and "the executive" hold one count.

The press varies the name of a government the way it varies any repeated noun: "El Gobierno asignó 10
millones" / "El Ejecutivo aprobó 12 millones", "Guvernul a alocat …" / "Executivul a aprobat …", "the
government" / "the cabinet".  Where a language writes these with a capital (Spanish, Portuguese, Italian,
Romanian, and every noun opening a sentence), :mod:`.holders` reads them as two named holders and would keep
the two sums apart as two facts.  These words all name one holder, the government of the country the story
is about, so two of them are one holder; so is one of its ministries, which speaks for it.  The table is per language and in the forms holders are written
(Romanian with its article written on: "Guvernul", "Executivul"; Nordic likewise: "regeringen").
"""

from __future__ import annotations

import re

from parallax.letters import IN_WORD, fold

# the words for a government, as :func:`parallax.letters.fold` writes them (lower case, no accents)
_GOVERNMENT = frozenset(
    """
    government executive cabinet administration
    gobierno ejecutivo gabinete governo executivo esecutivo gouvernement executif
    regierung bundesregierung landesregierung kabinett regering kabinet regeringen kabinettet
    regjeringen regeringen
    guvern guvernul guvernului executivul executivului cabinetul
    rzad rzadu gabinet vlada vlade vladu kormany kormanya hukumet
    правительство правительства кабмин кабмина уряд уряду кабмін кабміну правителството кабинетът
    κυβερνηση
    """.split()
    # and its ministries, which speak for it: "o Governo contrapôs com 23%" / "o Ministério do Trabalho apontou 23%"
) | frozenset("ministry ministerio ministero ministere ministerium ministerie ministerstwo ministerul министерство".split())
_WORD = re.compile(rf"[\w{IN_WORD}]+")


def names_government(holder: str) -> bool:
    """Whether a holder's words name a government ("El Ejecutivo", "Guvernul", "the cabinet")."""
    return any(fold(w) in _GOVERNMENT for w in _WORD.findall(holder))
