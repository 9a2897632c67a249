"""Speakers in Tamil: no capitals, the verb of saying last.

Tamil news closes a quotation with "என்று" (thus) and then names who said it and the verb:
'"…" என்று காவல் கண்காணிப்பாளர் ராஜேஷ் குமார் தெரிவித்தார்' (said police superintendent Rajesh Kumar), or names the
speaker before it with "கூறுகையில்" (saying) and closes it with "என்றார்" (he said): 'ராஜேஷ் குமார் கூறுகையில், "…"
என்றார்'.  "அவர்" (he, she) or no subject is the speaker before.  The name is the words after the role words ("காவல்
கண்காணிப்பாளர்", police superintendent).  Tamil had no speaker reader, so no Tamil quotation had a speaker.
"""

from __future__ import annotations

import re

_TA = r"[\u0b80-\u0bff]"
_TA_CUE = (
    r"தெரிவித்தார்|தெரிவித்தனர்|தெரிவித்துள்ளார்|கூறினார்|கூறினர்|கூறியுள்ளார்|குறிப்பிட்டார்|விளக்கினார்|எச்சரித்தார்"
    r"|வலியுறுத்தினார்|என்றார்|என்றனர்"
    # asked, urged, announced, assured; and a body's verb in the neuter ("வானிலை மையம் தெரிவித்துள்ளது", the weather centre
    # has said), which the verbs of people had left without a speaker
    r"|கேட்டுக்கொண்டார்|கேட்டுக் கொண்டார்|அறிவித்தார்|அறிவித்துள்ளார்|உறுதியளித்தார்|தெரிவித்துள்ளது|தெரிவித்தது|அறிவித்துள்ளது"
    r"|அறிவித்தது|கூறியுள்ளது|கூறியது"
)
# after the quotation: "என்று" (or "என"), who, the verb
# (or "என்றார்" right after it, he said: the speaker named before the quotation)
_AFTER = re.compile(
    rf"[\"”’]?\s{{0,3}}+,?\s{{0,3}}+(?:(?:என்று|என)\s{{1,3}}+(?P<spk>(?:(?<!{_TA}){_TA}++\.?\s{{1,3}}+){{0,6}}?)(?P<cue>{_TA_CUE})"
    rf"|(?P<said>என்றார்|என்றனர்))(?!{_TA})"
)
# (a word of the name may be an initial with its full stop: "ஆர். சக்கரபாணி", :mod:`parallax.analyze.indic_initials`)
# before it: who, and "கூறுகையில்" (saying) or "கூறியதாவது" (said as follows)
_BEFORE = re.compile(rf"(?<!{_TA})(?P<spk>(?:{_TA}++\.?\s{{1,3}}+){{0,5}}?{_TA}++)\s{{1,3}}+(?P<cue>கூறுகையில்|கூறியதாவது|தெரிவிக்கையில்|பேசுகையில்)\s*+[,:]?\s*+\Z")
TA_PRONOUNS = {"அவர்", "அவர்கள்", "இவர்"}
_AS_FOLLOWS = {"கூறியதாவது"}  # said as follows: it needs no verb after the quotation
TA_ROLES = {
    "காவல்", "கண்காணிப்பாளர்", "முதல்வர்", "அமைச்சர்", "மாவட்ட", "ஆட்சியர்", "அதிகாரி", "அதிகாரிகள்", "செய்தித்", "தொடர்பாளர்",
    "மருத்துவர்", "டாக்டர்", "ஆய்வாளர்", "தலைவர்", "இயக்குநர்", "நீதிபதி", "வழக்கறிஞர்", "துறை", "அரசு", "திரு", "திருமதி",
    "செயலாளர்", "ஆணையர்", "மேயர்", "துணை", "உதவி", "போலீஸ்", "வானிலை", "மைய", "ஆய்வு",
    # Miss, Dr (a doctorate), professor (whole and cut: "பேரா.")
    "செல்வி", "முனைவர்", "பேராசிரியர்", "பேரா",
}  # fmt: skip
# whom the speaker told, in the case of "-இடம்" (to): "செய்தியாளர்களிடம் கூறினார்" (told reporters)
_TO_WHOM = ("இடம்", "ிடம்")


def _name_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name in the phrase ``text[start:end]``: the words after its role words; the phrase where none follow."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
    if not words or text[start:end].strip() in TA_PRONOUNS:
        return None
    last = max((i for i, (s, e) in enumerate(words) if text[start + s : start + e].rstrip(".") in TA_ROLES), default=-1)
    kept = words[last + 1 :] or words
    while len(kept) > 1 and text[start + kept[-1][0] : start + kept[-1][1]].endswith(_TO_WHOM):
        kept = kept[:-1]  # "… செய்தியாளர்களிடம்": whom he told
    return start + kept[0][0], start + kept[-1][1]


def ta_speaker(text: str, open_: int, close: int, sent: tuple[int, int]) -> tuple[int, int, str] | None:
    """The speaker of the Tamil quotation ``text[open_:close]`` in the sentence ``sent``: ``(start, end, cue)``,
    ``start == end`` for the speaker before, or None where no verb of saying attributes it."""
    lo, hi = sent
    if (m := _AFTER.match(text, close, hi)) is None:
        # "… கூறியதாவது: "…"" (said as follows), the quotation closing its sentence: no verb after it
        said = _BEFORE.search(text, lo, max(lo, open_ - 1))
        if said is None or said.group("cue") not in _AS_FOLLOWS or text[close:hi].strip(" .\"”’"):
            return None
        found = _name_span(text, said.start("spk"), said.end("spk"))
        return (*found, said.group("cue")) if found else None
    cue = m.group("cue") or m.group("said")
    if (m.group("spk") or "").strip():
        found = _name_span(text, m.start("spk"), m.end("spk"))
        return (*found, cue) if found else (m.end(), m.end(), cue)
    if b := _BEFORE.search(text, lo, max(lo, open_ - 1)):
        found = _name_span(text, b.start("spk"), b.end("spk"))
        return (*found, b.group("cue")) if found else (m.end(), m.end(), cue)
    return m.end(), m.end(), cue


def looks_tamil_name(phrase: str) -> bool:
    """Two or three Tamil words, none of them a role word or a pronoun: a person's name ("ராஜேஷ் குமார்")."""
    words = phrase.split()
    return 2 <= len(words) <= 3 and not any(w in TA_ROLES or w in TA_PRONOUNS for w in words)


# reported speech, with no quotation marks: the speaker before "கூறுகையில்" (saying) and the clause closed by
# "என்றார்" (he said): "ஆட்சியர் அருண் குமார் கூறுகையில், 120 முகாம்கள் அமைக்கப்பட்டுள்ளன என்றார்."; or the clause
# first, closed by "என" / "என்று" (that), and the speaker and the verb after it: "… கரையைக் கடக்கும் என வானிலை மையம்
# தெரிவித்துள்ளது." (the weather centre said that …).  Tamil had no reader of reported speech.  The clause stays in
# its paragraph and ends on a letter, so a run of blanks is not scanned again at each step (linear, tests/test_regex.py).
_OPEN = r"(?:^|(?<=[.!?]\s)|(?<=\n))"
TA_REPORTED_BEFORE = re.compile(
    rf"{_OPEN}(?P<spk>(?:{_TA}++\.?\s{{1,3}}+){{0,5}}?{_TA}++)\s{{1,3}}+(?P<cue>கூறுகையில்|தெரிவிக்கையில்|பேசுகையில்)\s*+,\s*+"
    rf"(?P<clause>[^\"“”\n]{{7,}}?[^\s\"“”])\s++(?:என்றார்|என்றனர்)(?!{_TA})"
)
TA_REPORTED_AFTER = re.compile(
    rf"{_OPEN}(?P<clause>[^\"“”\n]{{7,}}?[^\s\"“”])\s++(?:என்று|என)\s{{1,3}}+(?P<spk>(?:{_TA}++\.?\s{{1,3}}+){{0,5}}?{_TA}++)\s{{1,3}}+"
    rf"(?P<cue>{_TA_CUE})(?!{_TA})"
)


def ta_name(phrase: str) -> str:
    """The name in a Tamil speaker phrase: the words after its role words ("மாவட்ட ஆட்சியர் அருண் குமார்" is அருண்
    குமார்), the phrase where none follow ("வானிலை மையம்", the weather centre)."""
    span = _name_span(phrase, 0, len(phrase))
    name = phrase[span[0] : span[1]] if span else phrase
    return phrase if name in _TA_BODIES else name  # "வானிலை மையம்": a body's last noun is no name


# the last nouns of a body's name (centre, commission, ministry, company, police, board): after a role word ("வானிலை")
# they end the body's name, not a person's
_TA_BODIES = {"மையம்", "ஆணையம்", "அமைச்சகம்", "நிறுவனம்", "காவல்துறை", "காவல்துறையினர்", "வாரியம்", "கழகம்"}
