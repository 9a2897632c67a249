"""A Japanese speaker named by the surname alone, after the report named them in full.

Japanese news names a person in full once, the surname then the given name and the title ("佐藤健一社長は"), and
then by the surname and the title ("佐藤社長は…と述べた"), as English writes "Sato said".  The speaker of the later
quotation was "佐藤", which met neither the same report's "佐藤健一" nor another report's, so one person's two
quotations looked like two speakers'.  :func:`ja_full_name` finds the full name the report gave before: the
surname, one to three kanji of a given name, then a title, an honorific, an aside in brackets or a particle.  A
title that opens with a prefix ("副社長", "前会長", "元首相") is no given name.  Only a surname written in kanji, two or
three of them (a one-kanji word alone is too often no name), and only where the report gave one full name with it.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.uncased_cues import _JA_TITLES

_KANJI = r"\u4e00-\u9fff々"
_SURNAME = re.compile(rf"[{_KANJI}]{{2,3}}")
_PREFIXES = "副前元新現故"
_TITLE = re.compile(f"(?:{_JA_TITLES})")


def ja_full_name(text: str, start: int, name: str) -> str | None:
    """The full name ("佐藤健一") that the report's ``text`` gave before ``start`` for a speaker named by the surname
    ``name`` ("佐藤"), or None where it gave none or more than one."""
    if not _SURNAME.fullmatch(name):
        return None
    found = {
        m.group(0)
        for m in re.finditer(
            rf"(?<![{_KANJI}]){re.escape(name)}(?P<given>[{_KANJI}]{{1,3}}?)(?=(?:{_JA_TITLES})|[（(]|は|が|、|の)", text[:start]
        )
        if m.group("given")[0] not in _PREFIXES and not _TITLE.match(text, m.start("given"))
    }
    return found.pop() if len(found) == 1 else None
