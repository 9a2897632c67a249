"""Bengali dates, as :mod:`.hi` reads Hindi: "কাল" and "পরশু" look back or ahead as the verb says ("গতকাল" is
yesterday, "আগামীকাল" tomorrow); a case ending is written onto its word ("সোমবারে", on Monday; "সপ্তাহের", of the
week), so each word is listed with its endings; words end after their vowel signs."""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _alt, _units

_B = r"[\w\u0980-\u09ff]"  # a letter or a sign of the Bengali script


def _bn_forms(*words: str) -> tuple[str, ...]:
    """Each word and its written-on case endings: "সোমবার", "সোমবারে", "সোমবারের"; "ঘণ্টা", "ঘণ্টায়", "ঘণ্টার"."""
    return tuple(f"{w}{e}" for w in words for e in ("", "ে", "ের", "য়", "র", "টি"))


def _forms_of(table: dict) -> dict:
    return {form: v for w, v in table.items() for form in _bn_forms(w)}


# the part of the day before a clock hour sets its half: "রাত ১১টায়" is 23:00, "সকাল ৮টায়" 08:00
_CLOCK_PARTS = {"সকাল": "am", "ভোর": "am", "দুপুর": "pm", "বিকাল": "pm", "বিকেল": "pm", "সন্ধ্যা": "pm", "রাত": "night"}
_CLOCK_LEAD = "প্রায়|আনুমানিক|আনুমানিক প্রায়"
_MINUTE_WORDS = {"সাড়ে": 30, "সোয়া": 15}
BN = Lexicon(
    day_after="পরদিন|পরের দিন|পরদিনই",
    months=_forms_of({"জানুয়ারি": 1, "জানুয়ারী": 1, "ফেব্রুয়ারি": 2, "ফেব্রুয়ারী": 2, "মার্চ": 3, "এপ্রিল": 4, "মে": 5, "জুন": 6,
                      "জুলাই": 7, "আগস্ট": 8, "অগাস্ট": 8, "সেপ্টেম্বর": 9, "অক্টোবর": 10, "নভেম্বর": 11, "ডিসেম্বর": 12}),
    weekdays=_forms_of({"সোমবার": 0, "মঙ্গলবার": 1, "বুধবার": 2, "বৃহস্পতিবার": 3, "শুক্রবার": 4, "শনিবার": 5, "রবিবার": 6,
                        "রোববার": 6}),
    relative_days={**_forms_of({"আজ": 0, "আজকে": 0, "গতকাল": -1, "আগামীকাল": 1, "কাল": 1, "পরশু": 2}), "গত পরশু": -2},
    tense_days=_forms_of({"কাল": 1, "পরশু": 2}),
    day_with_part={f"{day} {part}": (offset, code) for day, offset in (("গতকাল", -1), ("আজ", 0), ("গত", -1))
                   for part, code in (("রাতে", "NI"), ("রাত", "NI"), ("সকালে", "MO"), ("সন্ধ্যায়", "EV"))
                   if day != "গত" or code == "NI"},
    marks_in_words=True,
    units=_units(_bn_forms("দিন"), _bn_forms("সপ্তাহ"), _bn_forms("মাস"), _bn_forms("বছর"), _bn_forms("ঘণ্টা", "ঘন্টা"),
                 _bn_forms("মিনিট"), _bn_forms("দশক")),
    last_words={"গত", "বিগত", "গেল"},
    next_words={"আগামী", "পরের", "সামনের", "আসন্ন"},
    this_words={"এই", "চলতি"},
    numbers={"এক": 1, "দুই": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7, "আট": 8, "নয়": 9, "দশ": 10,
             "এগারো": 11, "বারো": 12},  # fmt: skip
    ago_after="আগে|পূর্বে",
    and_a_half_words={"আড়াই": 2.5, "দেড়": 1.5},  # "আড়াই বছর" (two and a half years), as Hindi "ढाई"
    day_suffix="",
    case_sensitive=False,
    prepositions="সাল|সালে|সালের",
    refs={"বর্তমানে": "PRESENT_REF", "এখন": "PRESENT_REF", "সম্প্রতি": "PAST_REF", "ভবিষ্যতে": "FUTURE_REF"},
    dayparts={"সকালে": "MO", "সকাল": "MO", "দুপুরে": "AF", "বিকেলে": "AF", "বিকালে": "AF", "সন্ধ্যায়": "EV", "রাতে": "NI"},
    sets={"প্রতিদিন": "P1D", "প্রতি সপ্তাহে": "P1W", "প্রতি বছর": "P1Y", "প্রতিবছর": "P1Y"},
    each_words="প্রতি",
    vague_numbers="কয়েক|কিছু",
    # "১১টায়", "১১টার দিকে" (about eleven), "রাত ১১টা ৩০ মিনিটে": the hour with "টা" written on, after its part of the day
    clock=rf"(?:(?P<cpart>{_alt(_CLOCK_PARTS)})\s(?:(?:{_CLOCK_LEAD})\s)?)?(?:(?P<mw>{_alt(_MINUTE_WORDS)})\s)?"
    r"(?P<h>\d{1,2})(?::(?P<min>\d{2}))?\s?টা(?:য়|র|)(?:\s(?P<minb>[0-5]?\d)\sমিনিটে?)?(?![\w\u0980-\u09ff])",
    clock_parts=_CLOCK_PARTS,
    clock_lead=_CLOCK_LEAD,
    minute_words=_MINUTE_WORDS,
    # the past: the perfect "হয়েছে", "করেছেন", "গিয়েছিল", "ছিল", and the honorific past "বললেন", "জানান", "বলেন";
    # the future "হবে", "করবেন" (not "তবে", but, nor "সবে", just), and what may come: "পারে" (may), "সম্ভাবনা" (likely).
    # Each ends before its word's last vowel sign, where \b stands
    past_cues=rf"{_B}*েছ(?=[েি])|{_B}*ছিল|{_B}*ল(?=েন(?!{_B}))|জানান|বলেন|গত|আগে",
    future_cues=rf"(?!তবে(?!{_B})|সবে(?!{_B})){_B}*ব(?=েন?(?!{_B}))|আগামী|পার(?=ে(?!{_B}))|সম্ভাবনা|আশঙ্কা|পূর্বাভাস",
    # a clause opens after a comma, "যে" (that), "এবং" (and), "কিন্তু" (but): its verb comes last, so a cue before it is
    # another clause's ("মন্ত্রণালয় জানিয়েছে, রবিবার পর্যন্ত স্কুল বন্ধ থাকবে": "থাকবে" places Sunday, not "জানিয়েছে")
    verb_last_clauses=rf"[,;]|(?<!{_B})(?:যে|এবং|কিন্তু|তবে)(?!{_B})",
    not_after_year="জন|জনের|টাকা|টাকার|মিটার|কিলোমিটার|টন|বাড়ি",
    # an age is no length: "৬০ বছর বয়সী" (aged 60), "বয়স ৬০ বছর"
    traps=r"\d+\s?বছর\s?বয়(?:স|সী)|বয়স\s\d+\s?বছর",
)
