"""Thai reported speech without quotation marks: 'นายสมชาย ใจดี ผู้ว่าราชการจังหวัด กล่าวว่า มีผู้เสียชีวิต 12 คน'.

Thai news reports what a person said without quotation marks as often as with them, in the same frame as
:mod:`.thai` reads before a quotation: a titled name (what the person is may follow, in up to three words), a verb
of saying closed by ว่า ("that"), then the clause.  Thai writes no full stop, so a paragraph is one "sentence": the
clause runs to the next such speaker, the next quotation mark or the end of the sentence.  Only a titled name that opens a phrase (at the
start or after a space) speaks: "ตำรวจจับนายสมชาย ใจดี" (police arrested Mr Somchai) has him as the object, run into
the verb before him.  A later mention by title and given name alone, run into the verb ("นายสมชายกล่าวว่า"), is the
person named in full before with that given name (:func:`.thai.given_speaker`).  Without a title no speaker is
guessed ("เจ้าหน้าที่กล่าวว่า", an official said: a run of letters before the verb may be anything).
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.thai import _NAME, _OFFICE, _THAI, TH_CUE, TH_TITLES, given_speaker

# the verb of saying and ว่า (a manner between: "กล่าวทั้งน้ำตาว่า"), what follows no quotation mark
_CUE = re.compile(rf"(?P<cue>{TH_CUE})[^\s\"“”]{{0,24}}?ว่า\s*+(?![\"“”])")
# a word that opens the next sentence before its speaker (later, as for, meanwhile, besides, however, then, latest,
# while): Thai writes a space where English ends a sentence, so "… 80 คน ต่อมา นายสมชายกล่าวว่า" ends the clause before
# "ต่อมา" (later), which is the next sentence's
_OPENER = re.compile(r"\s(?:ต่อมา|ด้าน|ขณะที่|ขณะเดียวกัน|ทั้งนี้|นอกจากนี้|อย่างไรก็ตาม|จากนั้น|ล่าสุด|ส่วน)\s*+\Z")
_QUOTE_MARK = re.compile(r"[\"“”]")
# the title and the given name alone, run into the verb ("นายสมชายกล่าวว่า")
_GIVEN = re.compile(rf"(?:{TH_TITLES}){_OFFICE}(?P<given>{_THAI}{{2,20}}?)\Z")

# an office run into the titled name after it, the phrase opening with the office ("ผู้ว่าราชการจังหวัดเชียงใหม่นายนิรัตน์
# พงษ์สิทธิถาวร กล่าวว่า", the governor of Chiang Mai, Mr Nirat …, said that; "ผู้บัญชาการตำรวจแห่งชาติพลตำรวจเอก…"): the
# name speaks, as one opening its phrase does; a verb before the name ("ตำรวจจับนาย…", police arrested Mr …) opens none
_OFFICE_RUN = re.compile(
    r"ผู้ว่าราชการ|ผู้บัญชาการ|ผู้อำนวยการ|ผู้กำกับ|ผู้บังคับการ|ผู้บังคับบัญชา|ผู้ช่วย|รองผู้|รัฐมนตรี|รมว\.|รมช\.|อธิบดี|นายอำเภอ"
    r"|นายกรัฐมนตรี|นายกเทศมนตรี|ปลัด|หัวหน้า|โฆษก|เลขาธิการ|ประธาน|อดีต|ผบ\.|ผวจ\.|ผกก\."
)


def _speaker(text: str, lo: int, cue: int) -> tuple[int, int, int] | None:
    """The titled speaker that opens the phrase before the verb at ``cue``: ``(title start, name start, name end)``."""
    word = text.rfind(" ", lo, cue) + 1 or lo
    if (given := _GIVEN.search(text, word, cue)) is not None and given.start() == word:
        return (word, *given_speaker(text, given.start("given"), given.end("given")))
    # a full name, then at most three words of what the person is, right before the verb
    for name in _NAME.finditer(text, max(lo, cue - 160), cue):
        between = text[name.end() : cue].split()
        phrase = text.rfind(" ", lo, name.start()) + 1 or lo
        opens = name.start() == lo or text[name.start() - 1].isspace() or _OFFICE_RUN.match(text, phrase) is not None
        # (no other verb of saying between: "ผู้ว่าราชการจังหวัด", governor, holds ว่า but says nothing)
        if opens and len(between) <= 3 and _CUE.search(text, name.end(), cue) is None:
            return name.start(), name.start("name"), name.end("name")
    return None


def th_reported(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int, int, int, str]]:
    """Thai reported speech in ``text``: ``(clause start, clause end, speaker start, speaker end, cue)`` as
    :func:`.uncased_reported.find_reported` gives them."""
    out: list[tuple[int, int, int, int, str]] = []
    for lo, hi in sents:
        found = []
        for m in _CUE.finditer(text, lo, hi):
            if (spk := _speaker(text, lo, m.start())) is not None:
                found.append((spk, m))
        for i, ((_, s, e), m) in enumerate(found):
            end = found[i + 1][0][0] if i + 1 < len(found) else hi
            if (mark := _QUOTE_MARK.search(text, m.end(), end)) is not None:
                end = mark.start()  # (a quotation is the next statement, read as one: the clause ends before it)
            clause_end = len(text[:end].rstrip(" .,"))
            if i + 1 < len(found) and (opener := _OPENER.search(text, m.end(), end)) is not None:
                clause_end = opener.start()
            out.append((m.end(), clause_end, s, e, m.group("cue")))
    return out
