"""Urdu speakers, read as Hindi's are (:mod:`.uncased_cues`): the subject with its ergative "نے" before the verb,
'پولیس افسر طارق محمود نے کہا کہ "…"' (said that), 'ترجمان نے بتایا کہ …' (told that), or its genitive before "کہنا"
('وزیر کا کہنا تھا کہ "…"', the minister's saying was that); a pronoun subject ('انہوں نے کہا کہ "…"') is the speaker
before.  Urdu had been read with the Persian cues ("گفت"), which it never writes, so no Urdu quotation had a speaker."""

from __future__ import annotations

import re

_UR_CUE = (
    r"کہا|بتایا|مزید\s+کہا|کہنا\s+تھا|کہنا\s+ہے|کہتے\s+ہیں|کہتی\s+ہیں|واضح\s+کیا|دعویٰ\s+کیا|دعوی\s+کیا|الزام\s+لگایا"
    r"|خبردار\s+کیا|اعلان\s+کیا|تصدیق\s+کی"
)
_UR_PHRASE = r"[^،,۔\"“”:\n]"
_UR_SPK = rf"[^\s،,۔\"“”:]{_UR_PHRASE}{{0,58}}?[^\s،,۔\"“”:]"
# "انہوں نے" (he, they: polite), "اس نے" (he, she): the speaker before
UR_PRONOUNS = {"انہوں", "انھوں", "اس", "ان", "انہوں نے"}
# the subject and its ergative "نے", or its genitive "کا"/"کی" before "کہنا" (saying)
_UR_SUBJECT = rf"(?P<spk>{_UR_SPK})\s++(?:نے|کا|کی)"
UR_BEFORE = re.compile(
    rf"(?:^|(?<=[\s،,۔\"“”:])){_UR_SUBJECT}\s++(?:{_UR_PHRASE}{{0,30}}?\s)?(?P<cue>{_UR_CUE})(?:\s++کہ)?\s*+[:،,]?\s*+\Z"
)
UR_AFTER = re.compile(rf"\A[\"”]?\s*+[،,]?\s*+{_UR_SUBJECT}\s++(?:{_UR_PHRASE}{{0,30}}?\s)?(?P<cue>{_UR_CUE})")
# reported speech: 'ریسکیو کے ترجمان عمران شاہ نے بتایا کہ بس …' (told that the bus …)
UR_REPORTED = re.compile(rf"(?:(?<=[\s،,۔])|^){_UR_SUBJECT}\s++(?P<cue>{_UR_CUE})\s++کہ\s++(?P<clause>[^\"“”]{{8,}})")
# "according to", the source before its postposition: 'ڈپٹی کمشنر انیتا شرما کے مطابق زخمیوں کو …' (according to the
# deputy commissioner Anita Sharma, the injured …), as Hindi "… के अनुसार" (:mod:`.uncased_reported`)
UR_ACCORDING = re.compile(rf"(?:(?<=[\s،,۔])|^)(?P<spk>{_UR_SPK})\s++(?P<cue>کے\s++مطابق)(?:\s*+[،,])?\s++(?P<clause>[^\"“”]{{8,}})")

# the words of a role and the body it serves ("ریسکیو 1122 کے ترجمان", the spokesman of Rescue 1122; "پولیس افسر", a police
# officer), which stand before the name, joined by the genitive "کے", "کی", "کا"
_UR_ROLES = {
    "ترجمان", "افسر", "پولیس", "وزیر", "وزیراعظم", "اعلیٰ", "اعلی", "صدر", "سربراہ", "ڈائریکٹر", "جنرل", "ڈپٹی", "کمشنر", "ڈاکٹر",
    "چیف", "جسٹس", "جج", "وکیل", "مشیر", "چیئرمین", "سیکرٹری", "انسپکٹر", "اہلکار", "عہدیدار", "ضلعی", "ڈسٹرکٹ",
    "محکمہ", "موسمیات", "ماہر", "سینئر", "ایس", "پی", "ایچ", "او", "ڈی", "سی", "کے", "کی", "کا", "جناب", "محترمہ",
    # English ranks the Urdu press writes out ("پولیس سپرنٹنڈنٹ", superintendent of police), a resident, a driver, a
    # passenger (not "شاہد", witness, which is also the given name Shahid)
    "برائے", "سپرنٹنڈنٹ", "کمانڈر", "کمانڈنٹ", "میئر", "گورنر", "وزیراعلیٰ", "ایڈیشنل", "اسسٹنٹ", "رہائشی", "ڈرائیور", "مسافر",
}  # fmt: skip


def ur_name(phrase: str) -> str:
    """The name after the role words: "ریسکیو 1122 کے ترجمان عمران شاہ" is "عمران شاہ", "پولیس افسر طارق محمود"
    "طارق محمود"; a phrase with no name after its role ("ضلعی انتظامیہ کے ترجمان") stays whole."""
    words = phrase.split()
    # (a portfolio after "برائے" is the role's: "وزیر برائے ریلیف بلال احمد", the minister for relief; a circumstance
    # closed by "ہوئے" opens the phrase: "صحافیوں سے بات کرتے ہوئے بلال احمد", talking to journalists, Bilal Ahmed)
    last = max(
        (i for i, w in enumerate(words) if w in _UR_ROLES or w.isdigit() or w == "ہوئے" or i and words[i - 1] == "برائے"), default=-1
    )
    rest = words[last + 1 :]
    return " ".join(rest) if last >= 0 and 2 <= len(rest) <= 4 else phrase
