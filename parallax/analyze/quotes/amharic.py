"""Speakers in Amharic: no capitals, the verb of saying last, a name marked by its title.

Amharic puts the verb at the end of the sentence, after the quotation: 'የከተማው ከንቲባ አቶ በላይ ገብሬ «…» ብለዋል።' (the
city's mayor, Ato Belay Gebre, said "…"), the verb "ብለዋል" (said, the plural of respect; "ብሏል" he, "ብላለች" she).
News also writes the quotation first and the speaker after a converb of saying: '«…» ሲሉ አቶ በላይ ገብሬ ተናግረዋል።' ("…",
saying, Ato Belay Gebre spoke; "በማለት", "ሲል", "ስትል").  What was said without marks sits between the speaker and
a verb of speaking at the end: 'አቶ በላይ ገብሬ ድልድዩ እንደሚጠናቀቅ ተናግረዋል።' (said that the bridge will be finished;
"ገልጸዋል" stated, "አስታውቀዋል" announced, "አስረድተዋል" explained).

The Ethiopic script has no capitals, so, as in Thai (:mod:`.thai`), a name is found only where a title opens it
(አቶ Mr, ወይዘሮ Mrs, ወይዘሪት Miss, ዶ/ር Dr, a rank): the given name and the father's name, the two words after the title.
A description with no titled name ("ፖሊስ", the police) is not guessed.
"""

from __future__ import annotations

import re

_ETH = r"[\u1200-\u135a\u2d80-\u2ddf]"
AM_TITLES = (
    r"አቶ|ወይዘሮ|ወ/ሮ|ወይዘሪት|ወ/ሪት|ዶክተር|ዶ/ር|ኢንጂነር|ኢ/ር|ፕሮፌሰር|ፕ/ር|ኮሎኔል|ኮማንደር|ኮሚሽነር|ሳጅን|ኢንስፔክተር|ሻምበል|ሻለቃ"
    r"|ጄኔራል|ሜጀር\s+ጄኔራል|ብርጋዴር\s+ጄኔራል|ክቡር|ክብርት|ቀሲስ|ሼህ|መምህር"
    # offices the press writes before a name, as titles (a state minister, "ሚኒስትር ዴኤታ", before the minister)
    r"|ጠቅላይ\s+ሚኒስትር|ሚኒስትር\s+ዴኤታ|ሚኒስትር|ፕሬዚዳንት|ፕሬዝዳንት|ከንቲባ|ቃል\s+አቀባይ"
)
# a title, the given name and the father's name (the grandfather's may follow, left out)
# (titles may stand in a row, an office before a degree: "ኮሚሽነር ዶክተር አሚና ዩሱፍ" is Amina Yusuf)
_NAME = re.compile(rf"(?<!{_ETH})(?:(?:{AM_TITLES})\s+)+(?P<name>(?!(?:{AM_TITLES})\s){_ETH}{{2,}}\s+{_ETH}{{2,}})(?!{_ETH})")
# the verb of saying right after the quotation's closing mark: the speaker is before the quotation
_SAID_AFTER = re.compile(r"[»”\"’]?\s*+(?P<cue>ብለዋል|ብሏል|ብላለች|ብለው|ብሎ|ብላ)(?!\w)")
# a converb of saying after the quotation, then (perhaps) the speaker and the verb of speaking
_SAYING_AFTER = re.compile(r"[»”\"’]?\s*+(?P<cue>ሲሉ|ሲል|ስትል|በማለት)(?!\w)")
# verbs of speaking that close a sentence of reported speech (the plural of respect, he, she)
AM_SPOKE = (
    r"ተናግረዋል|ተናግሯል|ተናግራለች|ገልጸዋል|ገልጿል|ገልጻለች|ገልፀዋል|ገልጧል|አስታውቀዋል|አስታውቋል|አስታውቃለች|አስረድተዋል|አስረድቷል"
    r"|አብራርተዋል|አሳስበዋል|አሳስቧል|ጠቁመዋል|ጠቁሟል|አረጋግጠዋል|አረጋግጧል"
)
# the verb of speaking before a quotation that a colon opens: 'አቶ … እንዲህ ብለዋል፦ «…»', 'አቶ … እንደተናገሩት «…»'
_SAID_BEFORE = re.compile(rf"(?P<cue>{AM_SPOKE}|ብለዋል|ብሏል|ብላለች|እንደተናገሩት|እንደገለጹት|እንዳሉት)\s*[፦:፡]?\s*\Z")
_REPORTED_END = re.compile(rf"\s(?P<cue>{AM_SPOKE})\s*[።.!?]?\s*\Z")


def am_speaker(text: str, open_: int, close: int, sent: tuple[int, int]) -> tuple[int, int, str] | None:
    """The speaker of the Amharic quotation ``text[open_:close]`` in the sentence ``sent``: ``(start, end, cue)`` of the
    titled name before it where the verb after it ("ብለዋል") or before it ("እንደተናገሩት") says it, or of the name after a
    converb ("ሲሉ አቶ …"); ``(close, close, cue)`` where the verb has no name (the speaker of the quotation before)."""
    lo, hi = sent
    before = list(_NAME.finditer(text, lo, max(lo, open_ - 1)))
    cue = _SAID_AFTER.match(text, close, hi) or _SAID_BEFORE.search(text, lo, max(lo, open_ - 1))
    if cue is None and (saying := _SAYING_AFTER.match(text, close, hi)) is not None:
        after = _NAME.search(text, saying.end(), hi)
        if after is not None:
            return after.start("name"), after.end("name"), saying.group("cue")
        cue = saying
    if cue is None:
        return None
    if before:
        return before[-1].start("name"), before[-1].end("name"), cue.group("cue")
    return close, close, cue.group("cue")


def am_reported(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int, int, int, str]]:
    """Amharic reported speech: ``(clause start, clause end, speaker start, speaker end, cue)`` for each sentence that
    opens on (a role and) a titled name and closes on a verb of speaking, the clause the words between them, where no
    quotation mark stands in the sentence (:func:`am_speaker` reads those)."""
    out = []
    for lo, hi in sents:
        if re.search(r"[«»“”\"]", text[lo:hi]) or (end := _REPORTED_END.search(text, lo, hi)) is None:
            continue
        name = _NAME.search(text, lo, end.start())
        if name is None or len(text[lo : name.start()].split()) > 4:
            continue  # (a titled name deep in the sentence is an object or a place, not who speaks)
        start = name.end() + len(text[name.end() : end.start()]) - len(text[name.end() : end.start()].lstrip())
        out.append((start, end.start(), name.start("name"), name.end("name"), end.group("cue")))
    return out


def am_closes(text: str, end: int) -> bool:
    """Whether the verb of saying or its converb follows the quotation that closes at ``end`` ('«…» ብለዋል', '«…» ሲሉ'):
    a whole sentence said, its speaker and the circumstances before it, not a phrase the sentence is built on."""
    return bool(_SAID_AFTER.match(text, end) or _SAYING_AFTER.match(text, end))


def looks_amharic_name(name: str) -> bool:
    """A given name and a father's name in Ethiopic letters (what :func:`am_speaker` gives)."""
    return re.fullmatch(rf"{_ETH}{{2,}}\s{_ETH}{{2,}}", name.strip()) is not None
