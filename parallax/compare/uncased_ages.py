"""Whose age it is in scripts without capital letters: Hindi, Persian, Arabic, Thai (and the rest of :data:`UNCASED`).

:func:`parallax.compare.ages.named_age` finds the name beside an age by its capitals ("Paul Brenner, 61,"), which
these scripts do not have, so "52 वर्षीय मोहन लाल", "मोहन लाल (52)" and "นายวิชัย ทองดี อายุ 61 ปี" named no one and
two outlets' ages for one person never conflicted.  Here the name is one the article itself gives a person: a
speaker of one of its quotations or reported statements, or a person entity, found right after the age (its word of
years, "वर्षीय", "ساله", "ปี", and up to two words of a role between: "52 वर्षीय किसान मोहन लाल") or right before it
("मोहन लाल (52)", "احمد رضایی، ۴۵ ساله", "วิชัย ทองดี อายุ 61 ปี"); and in Thai a title glued to a given name marks a
name by itself ("นายวิชัย ทองดี อายุ 61 ปี": Mr Wichai Thongdee), and in Korean a name of three syllables that opens with a
surname before the bracket ("박정호(58) 씨").  Split from :mod:`.ages` to keep it short.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.uncased import UNCASED
from parallax.analyze.quotes.uncased_names import looks_named
from parallax.records import Article, Quantity

# the words of years after an age's figure, and the age's word before it, in these languages
_YEARS_AFTER = re.compile(r"[ \u00a0\u200c-]*(?:वर्षीय|साल(?:\s+के)?|ساله|سالہ|عاما|عامًا|ปี)?")
# (Hebrew "son of" / "daughter of" gives an age too: "יוסי לוי, בן 57,")
_AGE_LEAD = re.compile(r"(?:[ \u00a0]*+,?[ \u00a0]*+(?:בן|בת)|[ \u00a0]*(?:[(（]|,|،)|[ \u00a0]*(?:อายุ|วัย|उम्र|عمر)(?:ประมาณ|ราว)?)?[ \u00a0]*\Z")
# a Thai title glued to a given name, and the surname after a space: "นายวิชัย ทองดี", "นางสาวสมศรี ใจดี"
# a Korean name of three syllables right before the age's bracket: "선교사 박정호(58) 씨"
_KO_NAME_BEFORE = re.compile(r"(?<![가-힣])[가-힣]{3}\Z")
_TH_TITLED = re.compile(r"(?:นางสาว|นาย|นาง|ด\.ช\.|ด\.ญ\.)(?P<name>[\u0e01-\u0e4e]+(?:[ \u00a0][\u0e01-\u0e4e]+)?)")


def people_named(art: Article) -> list[str]:
    """The names the article gives people, longest first: its speakers and its person entities."""
    names = {q.speaker for q in art.quotes if q.speaker} | {e.text for e in art.entities if e.label in ("PER", "PERSON")}
    return sorted((n for n in names if len(n) >= 2), key=len, reverse=True)


def uncased_named_age(art: Article, q: Quantity, names: list[str]) -> list[str] | None:
    """The words of the name beside the age ``q`` in an article in a script without capitals, or None."""
    if (art.language or "")[:2] not in UNCASED:
        return None
    text = art.text
    lead = _AGE_LEAD.search(text, max(0, q.start - 12), q.start)
    end = lead.start() if lead else q.start
    if (art.language or "")[:2] == "th":
        for m in _TH_TITLED.finditer(text, max(0, end - 60), end):
            if m.end() == end:
                return m.group("name").split()
    if (art.language or "")[:2] == "ko" and (m := _KO_NAME_BEFORE.search(text, max(0, end - 8), end)) and looks_named(m.group(), "ko"):
        return [m.group()]  # "박정호(58) 씨": Korean news gives every person's age so, in brackets after the name
    # (the name in full, or its last word as a later mention gives it: "יוסי אברהם" ... "אברהם, בן 57")
    for name in names:
        for form in dict.fromkeys((name, name.split()[-1])):
            if end >= len(form) and text[end - len(form) : end] == form and not text[end - len(form) - 1 : end - len(form)].isalpha():
                return name.split()
    after = _YEARS_AFTER.match(text, q.end).end()
    for skip in _starts(text, after):
        for name in names:
            if text.startswith(name, skip) and not text[skip + len(name) : skip + len(name) + 1].isalpha():
                return name.split()
    return None


def _starts(text: str, at: int) -> list[int]:
    """Where a name may start after an age: right after its words of years, or past up to two words of a role."""
    pos = at + len(text[at:]) - len(text[at:].lstrip(" \u00a0"))
    out = [pos]
    for m in re.finditer(r"[^\s,،.।()]+[ \u00a0]+", text[pos : pos + 60]):
        out.append(pos + m.end())
        if len(out) == 3:
            break
    return out
