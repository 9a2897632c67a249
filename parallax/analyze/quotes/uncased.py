"""Speakers in scripts without capital letters: Chinese, Japanese, Korean, Arabic, Persian, Hindi,
Hebrew, Thai.

Everywhere else a speaker is found by its capitals ("..., said Anna Berg").  These scripts have
none, and Parallax has no entity model for them, so the grammar of the attribution marks the
speaker instead:

- Chinese puts the speaker before the speech verb: '局长李明说：“…”', '“…”，市长王芳表示。';
- Japanese marks it with は/が and closes the quotation with と: '山田市長は「…」と述べた';
- Korean marks it with 은/는/이/가 and closes the quotation with 고/라고: '김민수 서장은 "…"고 말했다';
- Arabic puts the verb first: 'وقال وزير الداخلية أحمد الحارثي: «…»', '«…»، قالت فاطمة البلوشي' (:mod:`.arabic_script`);
- Persian and Hindi put the subject before a verb that ends the clause: 'احمد رضایی گفت: «…»',
  'मंत्री राजेश कुमार ने कहा, "…"';
- Hebrew puts the verb first and the name in commas after a role (:mod:`.hebrew`);
- Thai runs its words together and marks a name only by its title (:mod:`.thai`), as Amharic does (:mod:`.amharic`).

The phrase found is then cut to the person's name where the language puts titles on a known
side of it (Chinese "局长李明" is 李明, Japanese "山田太郎市長" is 山田太郎, Korean "김민수 소방서장"
is 김민수, Arabic "وزير الداخلية أحمد الحارثي" is أحمد الحارثي).  A phrase with no name in it
("交通运输部发言人", "the spokesman") is kept whole: a description, which compare never counts
as a rival speaker (:func:`looks_named`).

This module reads the quotation's speaker; the tables of cues and titles of Chinese, Japanese, Korean
and Hindi are in :mod:`.uncased_cues`, the cutting of a phrase to its name and the tests of a name in
:mod:`.uncased_names`, reported speech without marks in :mod:`.uncased_reported` (split off to keep
each module short; every name is still importable from here).
"""

from __future__ import annotations

import re

from parallax.analyze.quotes.amharic import am_closes, am_speaker
from parallax.analyze.quotes.arabic_script import (
    AR_AFTER,
    AR_APPOS_AFTER,
    AR_APPOS_BEFORE,
    AR_BEFORE,
    AR_CIRCUMSTANCE_TAIL,
    AR_PRONOUNS,
    AR_SUBJECTLESS,
    FA_AFTER,
    FA_BEFORE,
    FA_SUBJECTLESS,
    ar_apposed,
    fa_name_before_role,
)
from parallax.analyze.quotes.bengali import BN_AFTER, BN_BEFORE, BN_PRONOUNS
from parallax.analyze.quotes.hebrew import he_speaker
from parallax.analyze.quotes.tamil import ta_speaker
from parallax.analyze.quotes.thai import th_speaker
from parallax.analyze.quotes.uncased_cues import (
    _HI_AFTER,
    _HI_BEFORE,
    _HI_PRONOUNS,
    _JA_BEFORE,
    _JA_CLOSE,
    _JA_SAID_NEXT,
    _KO_BEFORE,
    _KO_CLOSE,
    _KO_PRONOUNS,
    _KO_SAYING,
    _ZH_AFTER,
    _ZH_BEFORE,
    _ZH_IDIOM,
    _ZH_PRONOUN_LEAD,
    _ZH_PRONOUNS,
    zh_simplified,
)
from parallax.analyze.quotes.uncased_cues import _HI_CUE as _HI_CUE
from parallax.analyze.quotes.uncased_cues import _HI_PHRASE as _HI_PHRASE
from parallax.analyze.quotes.uncased_cues import _HI_ROLES as _HI_ROLES
from parallax.analyze.quotes.uncased_cues import _HI_SPK as _HI_SPK
from parallax.analyze.quotes.uncased_cues import _JA_CUE as _JA_CUE
from parallax.analyze.quotes.uncased_cues import _JA_PHRASE as _JA_PHRASE
from parallax.analyze.quotes.uncased_cues import _JA_TITLE_END as _JA_TITLE_END
from parallax.analyze.quotes.uncased_cues import _JA_TITLES as _JA_TITLES
from parallax.analyze.quotes.uncased_cues import _KO_CUE as _KO_CUE
from parallax.analyze.quotes.uncased_cues import _KO_SURNAMES as _KO_SURNAMES
from parallax.analyze.quotes.uncased_cues import _KO_WORD as _KO_WORD
from parallax.analyze.quotes.uncased_cues import _ZH_CIRCUMSTANCE as _ZH_CIRCUMSTANCE
from parallax.analyze.quotes.uncased_cues import _ZH_CUE as _ZH_CUE
from parallax.analyze.quotes.uncased_cues import _ZH_DOUBLE_SURNAMES as _ZH_DOUBLE_SURNAMES
from parallax.analyze.quotes.uncased_cues import _ZH_NAME as _ZH_NAME
from parallax.analyze.quotes.uncased_cues import _ZH_PHRASE as _ZH_PHRASE
from parallax.analyze.quotes.uncased_cues import _ZH_SURNAMES as _ZH_SURNAMES
from parallax.analyze.quotes.uncased_cues import _ZH_TITLES as _ZH_TITLES
from parallax.analyze.quotes.uncased_cues import ZH_ATTRIBUTION as ZH_ATTRIBUTION
from parallax.analyze.quotes.uncased_names import _ARABIC as _ARABIC
from parallax.analyze.quotes.uncased_names import _DEVANAGARI as _DEVANAGARI
from parallax.analyze.quotes.uncased_names import _HANGUL as _HANGUL
from parallax.analyze.quotes.uncased_names import _HEBREW as _HEBREW
from parallax.analyze.quotes.uncased_names import _JA_AGE as _JA_AGE
from parallax.analyze.quotes.uncased_names import _NAMERS as _NAMERS
from parallax.analyze.quotes.uncased_names import _ORG_END as _ORG_END
from parallax.analyze.quotes.uncased_names import _THAI as _THAI
from parallax.analyze.quotes.uncased_names import _UNSPACED as _UNSPACED
from parallax.analyze.quotes.uncased_names import _clean as _clean
from parallax.analyze.quotes.uncased_names import _hi_name as _hi_name
from parallax.analyze.quotes.uncased_names import _ja_name as _ja_name
from parallax.analyze.quotes.uncased_names import _ko_name as _ko_name
from parallax.analyze.quotes.uncased_names import _phrase_of
from parallax.analyze.quotes.uncased_names import _zh_name as _zh_name
from parallax.analyze.quotes.uncased_names import is_uncased as is_uncased
from parallax.analyze.quotes.uncased_names import looks_named as looks_named
from parallax.analyze.quotes.uncased_names import name_in as name_in
from parallax.analyze.quotes.uncased_names import same_uncased as same_uncased
from parallax.analyze.quotes.uncased_names import speaker_name as speaker_name
from parallax.analyze.quotes.uncased_reported import _HI_ACCORDING as _HI_ACCORDING
from parallax.analyze.quotes.uncased_reported import _HI_REPORTED as _HI_REPORTED
from parallax.analyze.quotes.uncased_reported import _JA_ACCORDING as _JA_ACCORDING
from parallax.analyze.quotes.uncased_reported import _KO_ACCORDING as _KO_ACCORDING
from parallax.analyze.quotes.uncased_reported import _REPORTED as _REPORTED
from parallax.analyze.quotes.uncased_reported import _ZH_ACCORDING as _ZH_ACCORDING
from parallax.analyze.quotes.uncased_reported import _ZH_REPORTED as _ZH_REPORTED
from parallax.analyze.quotes.uncased_reported import find_reported as find_reported
from parallax.analyze.quotes.urdu import UR_AFTER, UR_BEFORE, UR_PRONOUNS

UNCASED = {"zh", "ja", "ko", "ar", "fa", "ur", "hi", "he", "th", "ta", "bn", "am"}


def closes_quotation(text: str, end: int, lang: str) -> bool:
    """Japanese closes a quoted sentence with と or って before the verb (「…」と述べた), Korean with 고 or
    라고 ("…"고 말했다).  Marks without it hold a name or a term ('‘누리호’가', 「はやぶさ」が), not words
    anyone said."""
    if lang == "ko":
        return re.match(r"[”\"’']\s?(?:이?라고|고|(?:이?라)?며|(?:이?라)?면서)(?!\w)", text[end : end + 6]) is not None
    if lang == "ja":
        return re.match(r"[」』”\"]\s?(?:と|って)", text[end : end + 4]) is not None or bool(_JA_SAID_NEXT.match(text, end))
    if lang == "am":  # '«…» ብለዋል' (:mod:`.amharic`)
        return am_closes(text, end)
    return True


# languages whose speaker has a reader of its own module, (text, open, close, sentence) -> (start, end, cue)
_READERS = {"he": he_speaker, "th": th_speaker, "ta": ta_speaker, "am": am_speaker}


_CLOSERS = ",،，、\"”»」』’'"
# per language, the speaker phrase before the quotation and after it ...
_AROUND = {
    "zh": (_ZH_BEFORE, _ZH_AFTER), "ar": (AR_BEFORE, AR_AFTER), "fa": (FA_BEFORE, FA_AFTER), "ur": (UR_BEFORE, UR_AFTER),
    "hi": (_HI_BEFORE, _HI_AFTER), "bn": (BN_BEFORE, BN_AFTER),
}  # fmt: skip
# ... a cue with no subject opening the sentence (the speaker before) ...
_SUBJECTLESS = {"ar": AR_SUBJECTLESS, "fa": FA_SUBJECTLESS, "ur": FA_SUBJECTLESS}
# ... or, in Japanese and Korean, the particle that closes the quotation (with a speaker after it) and
# the subject before it
_CLOSED_BY = {"ja": (_JA_CLOSE, _JA_BEFORE), "ko": (_KO_CLOSE, _KO_BEFORE)}


def find_speaker(text: str, open_: int, close: int, sent: tuple[int, int], lang: str) -> tuple[int, int, str] | None:
    """The speaker phrase of the quotation ``text[open_:close]`` (without its marks) in the sentence
    ``sent``, all offsets into ``text``: ``(start, end, cue)``, or ``None``.  ``start == end`` is a
    cue with no subject, or a pronoun: the speaker of the quotation before."""
    if lang in _READERS:
        return _READERS[lang](text, open_, close, sent)
    if lang == "zh":
        text = zh_simplified(text)  # the tables read traditional characters too; offsets are unchanged
    lo, hi = sent
    before = text[lo : max(lo, open_ - 1)]
    base_after = close  # past the closing mark and any comma on either side of it ('देखी," ...')
    while base_after < hi and text[base_after] in _CLOSERS:
        base_after += 1
    after = text[base_after:hi]
    if lang in _CLOSED_BY:  # Japanese and Korean: the particle after the marks, then who
        closing, subject = _CLOSED_BY[lang]
        c = closing.match(text, close) or (_JA_SAID_NEXT if lang == "ja" else _KO_SAYING).match(text, close)
        if c is None:
            return None  # no と or 고 and a speech verb after the marks: a quoted term, not a quotation
        if c.group("spk"):
            return _span(lang, text, c.start("spk"), c.end("spk"), c.group("cue"))
        if (m := subject.search(before)) is not None:
            return _span(lang, text, lo + m.start("spk"), lo + m.end("spk"), c.group("cue"))
        return close, close, c.group("cue")
    if lang not in _AROUND:
        return None
    said_before, said_after = _AROUND[lang]
    if (subjectless := _SUBJECTLESS.get(lang)) and (m := subjectless.match(before)):
        return open_, open_, " ".join(m.group("cue").split())  # 'وأضاف: «…»': the speaker before
    if lang == "ar" and not said_before.search(before) and (tail := AR_CIRCUMSTANCE_TAIL.search(before)):
        before = before[: tail.start()]  # "وقال المستشار …، رئيس المحكمة، في حيثيات الحكم:": who, then where
    if (m := said_before.search(before)) is not None:
        if lang == "zh" and m.group("cue") == "说" and _ZH_IDIOM.search(m.group("spk")):
            return None  # "也就是说：" is no one speaking
        if lang == "fa" and (name := fa_name_before_role(before, m.start("spk"))):
            return _span(lang, text, lo + name[0], lo + name[1], " ".join(m.group("cue").split()))
        off = lo
    elif lang == "ar" and (m := AR_APPOS_BEFORE.search(before)) is not None:
        found = ar_apposed(m, after=False)
        return _span(lang, text, lo + found[0], lo + found[1], m.group("cue")) if found else None
    elif lang == "ar" and (m := AR_APPOS_AFTER.match(after)) is not None and (found := ar_apposed(m, after=True)):
        return _span(lang, text, base_after + found[0], base_after + found[1], m.group("cue"))
    elif (m := said_after.match(after)) is not None:
        off = base_after
    else:
        return None
    return _span(lang, text, off + m.start("spk"), off + m.end("spk"), " ".join(m.group("cue").split()))


def _span(lang: str, text: str, start: int, end: int, cue: str) -> tuple[int, int, str]:
    start, end = _phrase_of(lang, text, start, end)
    phrase = text[start:end]
    if phrase in _ZH_PRONOUNS | _KO_PRONOUNS | AR_PRONOUNS | _HI_PRONOUNS | UR_PRONOUNS | BN_PRONOUNS or _ZH_PRONOUN_LEAD.match(phrase):
        return end, end, cue  # "他说", "그는": the speaker of the quotation before
    return start, end, cue
