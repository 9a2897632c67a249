"""Reported speech without quotation marks in the scripts without capitals.

"李明表示，救援仍在进行。", "据李明介绍，…", "وقال الوزير خالد العمري إن …", "رضا احمدی گفت که …",
"अनिल वर्मा ने कहा कि …": a speaker before a cue, and the clause after it to the end of its sentence.
The patterns of each language and :func:`find_reported` are a reader of their own, called by
:mod:`.lexical_reported` beside the quotations :mod:`.uncased` reads.
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.amharic import am_reported
from parallax.analyze.quotes.arabic_script import (
    AR_ACCORDING,
    AR_PRONOUNS,
    AR_REPORTED,
    AR_REPORTED_APPOSED,
    FA_ACCORDING,
    FA_REPORTED,
    apposed_fits,
)
from parallax.analyze.quotes.bare_reported import (
    AR_REPORTED_NAME_ROLE,
    FA_REPORTED_BARE,
    FA_REPORTED_NAME_ROLE,
    HE_VERB_FIRST,
    HE_VERB_FIRST_APPOSED,
    HE_VERB_FIRST_THAT,
)
from parallax.analyze.quotes.bengali import BN_PRONOUNS, BN_REPORTED
from parallax.analyze.quotes.fa_according import FA_ACCORDING_APPOSED
from parallax.analyze.quotes.he_bodies import HE_AT_BODY_SAID
from parallax.analyze.quotes.hebrew import (
    HE_ACCORDING_APPOSED,
    HE_ACCORDING_NAME_ROLE,
    HE_PRONOUNS,
    HE_REPORTED,
    HE_SAID_APPOSED,
    HE_SAID_THAT,
    he_apposed_fits,
)
from parallax.analyze.quotes.indic_pronouns import carried_speaker, titled_name_before
from parallax.analyze.quotes.korean_reported import KO_REPORTED
from parallax.analyze.quotes.tamil import TA_PRONOUNS, TA_REPORTED_AFTER, TA_REPORTED_BEFORE
from parallax.analyze.quotes.thai_reported import th_reported
from parallax.analyze.quotes.uncased_cues import (
    _HI_CUE,
    _HI_PRONOUNS,
    _HI_SPK,
    _HI_SUBJECT,
    _JA_PHRASE,
    _KO_WORD,
    _ZH_CIRCUMSTANCE,
    _ZH_IDIOM,
    _ZH_PHRASE,
    _ZH_PRONOUN_LEAD,
    _ZH_PRONOUNS,
    zh_simplified,
)
from parallax.analyze.quotes.uncased_names import _phrase_of
from parallax.analyze.quotes.urdu import UR_ACCORDING, UR_PRONOUNS, UR_REPORTED
from parallax.records import Quote

# ---------------------------------------------------------------- reported speech without marks
# "李明表示，救援仍在进行。", "据李明介绍，…", "وقال الوزير خالد العمري إن …", "رضا احمدی گفت که …",
# "अनिल वर्मा ने कहा कि …": the clause after the cue, to the end of its sentence
_ZH_REPORTED = re.compile(
    rf"(?:(?<=[，。；！？\s])|^)(?:据)?(?P<spk>{_ZH_PHRASE}{{2,40}}?){_ZH_CIRCUMSTANCE}"
    r"(?P<cue>表示|称|指出|强调|介绍|透露|说)[，,](?P<clause>[^“”「」『』。！？]{4,})"
)
# (four characters are a whole clause in Chinese, a subject and its verb: "警方表示，两人被捕。", police said two were
# arrested; :func:`.lexical_reported._uncased_indirect` holds the other languages to eight)
# "据…介绍，…" (according to what … said): "据" frames the whole clause as the source's account, so a short
# clause is reported speech too ("据警方发言人张伟介绍，事故中无人受伤。": seven characters)
_ZH_ACCORDING = re.compile(
    rf"(?:(?<=[，。；！？\s])|^)据(?P<spk>{_ZH_PHRASE}{{2,40}}?){_ZH_CIRCUMSTANCE}"
    r"(?P<cue>表示|称|指出|介绍|透露|说)[，,](?P<clause>[^“”「」『』。！？]{4,})"
)
# (the subject a name with "ने", or a pronoun with "ने" written onto it, "उन्होंने बताया कि": :mod:`.indic_pronouns`)
# (the day or place of saying may stand between "ने" and the verb: "ने बुधवार को घोषणा की कि", announced on Wednesday that)
_HI_REPORTED = re.compile(
    rf"(?:(?<=[\s,।])|^){_HI_SUBJECT}\s++(?:[^,।\"“”:\n\s]{{1,20}}\s++){{0,3}}?(?P<cue>{_HI_CUE})\s++कि\s++(?P<clause>[^\"“”]{{8,}})"
)
# a source that opens the sentence: Japanese "県警の佐藤誠広報官によると、…", Arabic "وبحسب المتحدث باسم الشرطة عمر
# السيد، …" (according to)
_JA_ACCORDING = re.compile(
    rf"(?:(?<=[、。」』\s])|^)(?P<spk>{_JA_PHRASE}{{2,40}}?)(?P<cue>によると|によれば)、(?P<clause>[^「」『』。]{{6,}})"
)
# Persian "به گفته نوری، …" (according to: the source after it, a comma closing it), Hindi "कुमार के अनुसार, …"
# and Korean "최성훈 대변인에 따르면 …" (the source before a postposition of "according to")
_HI_ACCORDING = re.compile(rf"(?:(?<=[\s,।])|^)(?P<spk>{_HI_SPK})\s++(?P<cue>के\s++अनुसार|के\s++मुताबिक)(?:\s*+,)?\s++(?P<clause>[^\"“”]{{8,}})")
_KO_ACCORDING = re.compile(
    rf"(?:(?<=[\s.,])|^)(?P<spk>(?:{_KO_WORD}\s){{0,3}}?[가-힣A-Za-z·]{{1,20}}?)(?P<cue>에\s++따르면|에\s++의하면),?\s++(?P<clause>[^\"“”]{{8,}})"
)
_REPORTED = {
    "zh": (_ZH_REPORTED, _ZH_ACCORDING), "ar": (AR_REPORTED, AR_REPORTED_APPOSED, AR_REPORTED_NAME_ROLE, AR_ACCORDING), "fa": (FA_REPORTED, FA_ACCORDING_APPOSED, FA_ACCORDING, FA_REPORTED_NAME_ROLE, FA_REPORTED_BARE), "ur": (UR_REPORTED, UR_ACCORDING), "bn": (BN_REPORTED,),
    "hi": (_HI_REPORTED, _HI_ACCORDING), "he": (HE_AT_BODY_SAID, HE_ACCORDING_APPOSED, HE_ACCORDING_NAME_ROLE, HE_REPORTED, HE_SAID_APPOSED, HE_SAID_THAT, HE_VERB_FIRST_APPOSED, HE_VERB_FIRST, HE_VERB_FIRST_THAT), "ja": (_JA_ACCORDING,), "ko": (_KO_ACCORDING, KO_REPORTED), "ta": (TA_REPORTED_BEFORE, TA_REPORTED_AFTER),
}  # fmt: skip


def find_reported(
    text: str, sents: list[tuple[int, int]], lang: str, before: str = "", said: tuple[int, int] | None = None
) -> list[tuple[int, int, int, int, str]]:
    """Reported speech in ``text``: ``(clause start, clause end, speaker start, speaker end, cue)``,
    the clause cut at its sentence's end, the speaker a phrase that is no pronoun.  ``before`` is the report's text
    before ``text`` and ``said`` the span there of the last speaker: a Hindi or Urdu pronoun with no one named before
    it in ``text`` takes up the person named there (:func:`.indic_pronouns.carried_speaker`), its span then before 0."""
    if lang == "th":
        return th_reported(text, sents)  # (no full stop: a paragraph is one sentence, read in :mod:`.thai_reported`)
    if lang == "am":
        return am_reported(text, sents)  # a titled name, the clause, the verb last (:mod:`.amharic`)
    patterns = _REPORTED.get(lang, ())
    out: list[tuple[int, int, int, int, str]] = []
    if lang == "zh":
        text = zh_simplified(text)  # traditional characters read as the tables write them; offsets are unchanged
    fits = he_apposed_fits if lang == "he" else apposed_fits
    for lo, hi in sents:
        m = next((m for p in patterns if (m := p.search(text, lo, hi)) is not None and fits(m)), None)
        if m is None:
            continue
        s, e = _phrase_of(lang, text, m.start("spk"), m.end("spk"))
        phrase = text[s:e]
        # "… राजेश कुमार मौके पर पहुंचे। उन्होंने बताया कि …": the person just named, or the last statement's speaker,
        # whichever is later (:mod:`.indic_pronouns`)
        if phrase in _HI_PRONOUNS | UR_PRONOUNS and (named := [n for n in (titled_name_before(text, s, lang), *(f[2:4] for f in out[-1:])) if n]):
            s, e = max(named)
            phrase = text[s:e]
        elif phrase in _HI_PRONOUNS | UR_PRONOUNS and before and (carried := carried_speaker(before, said, lang)):
            # (the paragraph named no one before it: the person the paragraphs before named, as English "He said")
            s, e = carried[0] - len(before), carried[1] - len(before)
            phrase = before[carried[0] : carried[1]]
        if e - s < 2 or phrase in _ZH_PRONOUNS | AR_PRONOUNS | _HI_PRONOUNS | HE_PRONOUNS | UR_PRONOUNS | BN_PRONOUNS | TA_PRONOUNS or _ZH_PRONOUN_LEAD.match(phrase):
            continue
        if lang == "zh" and m.group("cue") == "说" and _ZH_IDIOM.search(phrase):
            continue  # "也就是说，…": no one is speaking
        end = len(text[: min(hi, m.end("clause"))].rstrip(" .。!！?？।؟،,"))
        out.append((m.start("clause"), end, s, e, " ".join(m.group("cue").split())))
    return out


def reported_before(text: str, sents: list[tuple[int, int]], upto: int, lang: str) -> tuple[int, int, int] | None:
    """The speaker phrase of the last reported statement in the sentences of ``text`` that end by ``upto``:
    ``(speaker start, speaker end, clause start)``, or None.  A pronoun that speaks next takes it up as English
    "He said" takes up the subject of "John Miller said the fire ..." ('राकेश ठाकुर ने बताया कि … । उन्होंने कहा,
    "…"'); the reported speech itself is found later in the pipeline, so the pronoun reads it here."""
    found = find_reported(text, [(lo, hi) for lo, hi in sents if hi <= upto], lang)
    return (found[-1][2], found[-1][3], found[-1][0]) if found else None


def last_statement(text: str, quotes: list[Quote], prev: Quote | None, para_offset: int) -> Quote | None:
    """What a verb with no subject or a pronoun that opens a paragraph takes up: the last statement of the
    paragraph before, reported speech included ('יוסי לוי אמר כי …' ¶ '"…", אמר.', as "He said" takes up "Miller
    said the fire ..."), where it is later than ``prev``, that paragraph's last quotation; else ``prev``.
    ``quotes`` are the article's so far and ``text`` its text: a paragraph of narration between them
    (a paragraph break past the statement's before this paragraph's own) leaves ``prev``."""
    last = quotes[-1] if quotes else None
    if last is None or last.kind != "indirect" or not last.speaker or (prev is not None and prev.start >= last.start):
        return prev
    return last if "\n" not in text[last.end : para_offset].rstrip() else prev
