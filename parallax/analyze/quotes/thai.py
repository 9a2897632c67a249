"""Speakers in Thai: no capitals, no spaces between words, the speaker before the verb of saying.

Thai news names the speaker, then what they are, then the verb and ว่า ("that") before the
quotation: 'นายประเสริฐ ทองมา หัวหน้าสถานีดับเพลิงศรีวารินทร์ กล่าวว่า "..."' (Mr Prasert Thongma,
head of the Si Warin fire station, said that ...); the verb may carry a manner before ว่า ("กล่าวทั้ง
น้ำตาว่า", said in tears).  Words run together, so a name is only found where the text marks one:
a title that opens a person's name (นาย, นาง, นางสาว, ดร., a rank), then the given name and, after a
space, the family name.  Without such a title the speaker is not guessed (a run of letters before
the verb may be anything), and the title itself is left out of the name.
"""

from __future__ import annotations

import re

# verbs of saying, each closed by ว่า (a manner may come between: "กล่าวทั้งน้ำตาว่า")
TH_CUE = r"กล่าว|เล่า|ระบุ|เปิดเผย|บอก|ยืนยัน|อธิบาย|เผย|ชี้แจง|เปิดใจ|แถลง|ให้สัมภาษณ์|ตอบ|เตือน|ย้ำ"
# titles that open a person's name: Mr, Mrs, Miss, Dr, boy, girl, and the police and army ranks, abbreviated or written
# in full as news writes them as often ("พลตำรวจเอก" is "พล.ต.อ.", "พันตำรวจโท" is "พ.ต.ท."; the police ranks before the
# army's that they open with)
TH_TITLES = (
    r"พลตำรวจเอก|พลตำรวจโท|พลตำรวจตรี|พันตำรวจเอก|พันตำรวจโท|พันตำรวจตรี|ร้อยตำรวจเอก|ร้อยตำรวจโท|ร้อยตำรวจตรี"
    r"|พลเอก|พลโท|พลตรี|พันเอก|พันโท|พันตรี|ร้อยเอก|ร้อยโท|ร้อยตรี|"
    r"นางสาว|นาง|นาย|น\.ส\.|ดร\.|ด\.ช\.|ด\.ญ\.|พล\.ต\.อ\.|พล\.ต\.ท\.|พล\.ต\.ต\.|พ\.ต\.อ\.|พ\.ต\.ท\.|พ\.ต\.ต\.|ร\.ต\.อ\.|ร\.ต\.ท\."
    r"|ร\.ต\.ต\.|ด\.ต\.|จ\.ส\.ต\.|ส\.ต\.อ\.|พล\.อ\.|พ\.อ\.|ผศ\.|รศ\.|ศ\.|นพ\.|พญ\."
)
_THAI = r"[\u0e01-\u0e4e]"
# a title, the given name, a space, the family name (Thai letters only: no digits, no punctuation)
# ("นายก", chief, opens an office, not a name: "นายกเทศมนตรี" (mayor), "นายกรัฐมนตรี" (prime minister); and a family name
# never opens with a title: "อดีตนายกเทศมนตรี นายวิชัย" is an office and a name, not the given name "กเทศมนตรี")
_OFFICE = r"(?!ก(?:เทศมนตรี|รัฐมนตรี|สมาคม|สภา|อบต|อบจ|องค์การ))"
_NAME = re.compile(rf"(?:{TH_TITLES}){_OFFICE}(?P<name>{_THAI}{{2,20}}\s(?!{TH_TITLES}){_THAI}{{2,25}})(?!{_THAI})")
# a title and a given name alone right before the verb, at the start of the sentence or after a space
_GIVEN = re.compile(rf"(?:(?<=\s)|^)(?:{TH_TITLES}){_OFFICE}(?P<given>{_THAI}{{2,20}}?)\s?\Z", re.M)
_CUE_BEFORE = re.compile(rf"(?P<cue>{TH_CUE})[^\s\"“”]{{0,24}}?ว่า\s*+[:,]?\s*+\Z")


# the speaker after the quotation, as Thai news also writes it: '"นี่คือประวัติศาสตร์" นายสมชาย ทองดี ประธานเจ้าหน้าที่บริหาร
# กล่าวในพิธีลงนาม' ("This is historic," Mr Somchai Thongdee, the chief executive, said at the signing): the titled name
# first after the closing mark, then what they are (no quotation mark between) and a verb of saying, with no ว่า
_NAME_AFTER = re.compile(rf"[\"”’']?\s*+(?:{TH_TITLES}){_OFFICE}(?P<name>{_THAI}{{2,20}}\s(?!{TH_TITLES}){_THAI}{{2,25}})(?!{_THAI})")
_CUE_AFTER = re.compile(rf"[^\"“”]{{0,60}}?(?P<cue>{TH_CUE})")
# a later mention after the quotation, the title and the given name alone run into the verb ('"…" นายสมชายกล่าว')
_GIVEN_AFTER = re.compile(rf"[\"”’']?\s*+(?:{TH_TITLES}){_OFFICE}(?P<given>{_THAI}{{2,20}}?)(?=(?P<cue>{TH_CUE}))")


def given_speaker(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the person that a later mention ``text[start:end]`` calls by the given name alone was named in full before
    it ("นายวิชัย" after "นายวิชัย ทองดี"); the given name itself where the text gave no full name (named in an earlier
    paragraph: the article's names)."""
    given = text[start:end]
    earlier = [n for n in _NAME.finditer(text, 0, start) if n.group("name").split()[0] == given]
    return (earlier[-1].start("name"), earlier[-1].end("name")) if earlier else (start, end)


def _speaker_after(text: str, close: int, hi: int) -> tuple[int, int, str] | None:
    """The titled name right after the quotation that closes at ``close`` and the verb after it, in the sentence up
    to ``hi``; or None."""
    name = _NAME_AFTER.match(text, close, hi)
    if name is None and (given := _GIVEN_AFTER.match(text, close, hi)) is not None:
        return (*given_speaker(text, given.start("given"), given.end("given")), given.group("cue"))
    if name is None or (cue := _CUE_AFTER.match(text, name.end(), hi)) is None:
        return None
    return name.start("name"), name.end("name"), cue.group("cue")


def th_speaker(text: str, open_: int, close: int, sent: tuple[int, int]) -> tuple[int, int, str] | None:
    """The speaker of the Thai quotation ``text[open_:close]`` in the sentence ``sent``: the last
    titled name before the verb that introduces it, ``(start, end, cue)``, or the titled name and the verb
    right after it; or None (no verb right before the quotation, or no titled name before the verb)."""
    lo, hi = sent
    before_end = max(lo, open_ - 1)
    m = _CUE_BEFORE.search(text, lo, before_end)
    if m is None:
        return _speaker_after(text, close, hi)
    names = list(_NAME.finditer(text, lo, m.start()))
    if names:
        last = names[-1]
        return last.start("name"), last.end("name"), m.group("cue")
    # a later mention gives the title and the given name alone, run into the verb ("นายวิชัยกล่าวว่า"): the person the
    # text named in full before with that given name ("นายวิชัย ทองดี")
    given = _GIVEN.search(text, lo, m.start())
    if given is None:
        return None
    return (*given_speaker(text, given.start("given"), given.end("given")), m.group("cue"))


def th_full_name(text: str, upto: int, given: str) -> str | None:
    """The full name, given and family, that ``text`` gave before ``upto`` to the person a later mention calls by the
    given name alone ("นายวิชัย" after "นายวิชัย ทองดี"), or None."""
    if " " in given:
        return None
    earlier = [n.group("name") for n in _NAME.finditer(text, 0, upto) if n.group("name").split()[0] == given]
    return earlier[-1] if earlier else None


def introduces(before: str) -> bool:
    """Whether the words before a quotation end with a verb of saying and ว่า: the quotation is a whole
    sentence said, not a phrase inside one."""
    return _CUE_BEFORE.search(before.rstrip()) is not None


def looks_thai_name(name: str) -> bool:
    """A given name and a family name in Thai letters (what :func:`th_speaker` gives)."""
    return re.fullmatch(rf"{_THAI}{{2,20}}\s{_THAI}{{2,25}}", name.strip()) is not None
