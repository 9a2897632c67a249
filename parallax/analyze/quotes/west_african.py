"""Hausa and Yoruba reporting verbs: the cue words beside a quotation and reported speech without marks.

Hausa puts a subject pronoun that carries person and tense between the name and the verb: "Musa Bello ya ce …" (he
said), "Aisha Sani ta ce …" (she said), "sun ce" (they said); "ya bayyana cewa" (explained that), "ya ƙara da cewa"
(added that), "ya shaida wa manema labarai cewa" (told reporters that).  After "ce" the statement follows at once, as
after English "said" with no "that", or after "cewa"/"cewar" (that).  After a quotation "in ji" (says) names the
speaker: '"…," in ji Aisha Sani.'

Yoruba writes the name, the verb and "pé" (that): "Adébáyọ̀ Ògúnlẹ́yẹ sọ pé …" (said that), "wí pé", "ṣàlàyé pé"
(explained that), "fi kún un pé" (added that), the one told after "fún" ("sọ fún àwọn oníròyìn pé", told reporters
that).  Its names carry tone marks, which Python's ``\\w`` leaves out (U+0300-U+036F, :data:`parallax.letters.MARKS`):
a name here is capitalised words of letters and those marks.  Online copy often drops the dots and tones ("so pe"),
so the verbs are matched both ways.
"""

from __future__ import annotations

import re

from parallax.letters import UPPER

_UPPER = UPPER + "ṢẸỌ"
_IN_WORD = r"[\w\u0300-\u036f’'-]"
# a name of up to four capitalised words (tone marks inside them)
_NAME = rf"(?P<spk>(?:[{_UPPER}]{_IN_WORD}*\s+){{0,3}}[{_UPPER}]{_IN_WORD}+)"

# Hausa: the pronoun of person and tense, then the verb ("ya ce", "ta bayyana", "sun ƙara da")
_HA_PERSON = r"(?:ya|ta|sun|za\s+ta|za\s+ya|yana|tana|suna)"
_HA_VERB = r"(?:ce|faɗi|fadi|bayyana|ƙara\s+da|kara\s+da|tabbatar\s+da|jaddada|yi\s+gargaɗin|yi\s+gargadin|shaida\s+wa|faɗa\s+wa|fada\s+wa)"
HA_CUES = rf"{_HA_PERSON}\s+{_HA_VERB}|in\s+ji|a\s+cewar"
# Yoruba: the verb, to whom after "fún", and "pé" (that); "ní" (said) after a quotation
_YO_VERB = r"(?:s[ọo]|w[íi]|ṣ[àa]l[àa]y[ée]|salaye|fi\s+k[úu]n\s+un|k[ée]de|t[ẹe]nu\s+m[ọo]\u0301?\s+[ọo]n)"
YO_CUES = rf"{_YO_VERB}(?:\s+f[úu]n\s+[^.;:!?\"“”]{{1,40}}?)?\s+p[ée]|{_YO_VERB}"

WEST_AFRICAN_CUES = {"ha": HA_CUES, "yo": YO_CUES}

# the statement after the verb: after "cewa"/"pé", or, in Hausa, straight after "ce" (not a quotation, not a colon)
_HA_SAID = re.compile(
    rf"(?<![\w’'.-]){_NAME},?\s+(?P<verb>{_HA_PERSON}\s+{_HA_VERB})"
    r"(?:(?:\s+[^.;:!?\"“”]{1,40}?)?\s+(?:cewa|cewar)|(?<=ce)(?!\s*[\"“”«:]))\s+"
)
_YO_SAID = re.compile(rf"(?<![\w’'.-]){_NAME},?\s+(?P<verb>{_YO_VERB})(?:\s+f[úu]n\s+[^.;:!?\"“”]{{1,40}}?)?\s+p[ée]\s+")
_SAID = {"ha": _HA_SAID, "yo": _YO_SAID}


def west_african_said(text: str, lang: str) -> list[tuple[int, int, int, str]]:
    """``(clause start, speaker start, speaker end, verb)`` for each Hausa "<name> ya ce <clause>" or Yoruba "<name> sọ
    pé <clause>" in ``text`` (none for another ``lang``)."""
    pattern = _SAID.get(lang)
    if pattern is None:
        return []
    return [(m.end(), _past_the_body(text, m.start("spk"), m.end("spk")), m.end("spk"), " ".join(m.group("verb").split())) for m in pattern.finditer(text)]


# Hausa joins an office to the body or country it is of with "na" (masculine) or "ta" (feminine): "Ministan Lafiya na
# Najeriya Musa Bello" (Nigeria's health minister Musa Bello); the capitalised run after the linker opens on the country
_OF_BEFORE = re.compile(r"(?<!\w)(?:na|ta)\s++\Z")
_FIRST_WORD = re.compile(r"\S+\s+")


def _past_the_body(text: str, start: int, end: int) -> int:
    """Where the name of the span ``text[start:end]`` starts: past its first word where "na"/"ta" (of) stands right
    before it and two words are left (as Swahili's "wa", :func:`.swahili_said.sw_name_start`), else ``start``."""
    if len(text[start:end].split()) >= 3 and _OF_BEFORE.search(text, max(0, start - 4), start):
        return _FIRST_WORD.match(text, start).end()
    return start


# Yoruba puts the speaker after a quotation in focus, "ni" before the name and the verb after it: '"…," ni Adébáyọ̀
# Ògúnlẹ́yẹ sọ.' (it is Adébáyọ̀ Ògúnlẹ́yẹ who said it), a role between commas after the name; "ní" alone is "said" ('Ó ní: "…"', he/she said)
_YO_FOCUS = re.compile(rf"\W{{0,3}}\s*n[ií]\s+{_NAME}(?:,\s[^,.;:!?\"“”]{{1,60}},)?\s+(?P<verb>{_YO_VERB}|n[íi])(?![\w\u0300-\u036f])")
# a pronoun subject and the verb before a quotation: Hausa 'Ya ce: "…"', 'Ta ƙara da cewa, "…"'; Yoruba 'Ó ní: "…"'
_PRONOUN_BEFORE = {
    "ha": re.compile(rf"(?<![\w’'])(?P<pro>[YyTt]a)\s+(?P<verb>{_HA_VERB})(?:\s+(?:cewa|cewar))?\s*[:,]?\s*[\"“”«]?\s*\Z"),
    "yo": re.compile(rf"(?<![\w’'])(?P<pro>[ÓóOo])\s+(?P<verb>n[íi]|{_YO_VERB})(?:\s+p[ée])?\s*[:,]?\s*[\"“”«]?\s*\Z"),
}
# the pronoun and the verb after it: Yoruba '"…," ó ní.'
_YO_PRONOUN_AFTER = re.compile(rf"\W{{0,3}}\s*(?P<pro>[ÓóOo])\s+(?P<verb>n[íi]|{_YO_VERB})\s*(?:[.,;!?]|\Z)")


def west_african_speaker(text: str, quote: tuple[int, int], sent: tuple[int, int], lang: str) -> tuple[int, int, str, bool] | None:
    """The speaker's span of a Hausa or Yoruba quotation whose content spans ``quote`` of ``text``, in the sentence
    ``sent``, where the cue words the other patterns miss name it: the Yoruba focus '"…," ni <name> sọ.', or a pronoun
    subject with its verb (Hausa 'Ya ce: "…"', Yoruba 'Ó ní: "…"', '"…," ó ní.'), whose span the attributor resolves
    to the person it stands for.  ``(start, end, cue, False)`` as :func:`.lexical_cues._lexical_speaker` gives."""
    after = text[quote[1] : sent[1]]
    if lang == "yo" and ((m := _YO_FOCUS.match(after)) or (m := _YO_PRONOUN_AFTER.match(after))):
        group = "spk" if "spk" in m.groupdict() else "pro"
        return quote[1] + m.start(group), quote[1] + m.end(group), " ".join(m.group("verb").split()), False
    pattern = _PRONOUN_BEFORE.get(lang)
    before = text[sent[0] : max(sent[0], quote[0])]
    if pattern is not None and (m := pattern.search(before)) and not before[: m.start()].strip(' \n"“”«»'):
        return sent[0] + m.start("pro"), sent[0] + m.end("pro"), " ".join(m.group("verb").split()), False
    return None
