"""Tamil dates, as :mod:`.hi` reads Hindi: weekdays ("செவ்வாய்க்கிழமை", with "அன்று" (on) written onto it or not),
months, "நேற்று" (yesterday), "கடந்த வாரம்" (last week), "மூன்று நாட்களுக்கு முன்பு" (three days ago); a part of the
day after its day ("செவ்வாய்க்கிழமை இரவு", Tuesday night).  Words end after their vowel signs, so a cue ends before its
word's last sign, where \\b stands."""

from __future__ import annotations

from parallax.analyze.timelex.base import Lexicon, _units

_T = r"[\w\u0b80-\u0bff]"
_DAYS = ("திங்கள்கிழமை", "செவ்வாய்க்கிழமை", "புதன்கிழமை", "வியாழக்கிழமை", "வெள்ளிக்கிழமை", "சனிக்கிழமை", "ஞாயிற்றுக்கிழமை")
TA = Lexicon(
    day_after="மறுநாள்|அடுத்த நாள்",
    months={"ஜனவரி": 1, "பிப்ரவரி": 2, "மார்ச்": 3, "ஏப்ரல்": 4, "மே": 5, "ஜூன்": 6, "ஜூலை": 7, "ஆகஸ்ட்": 8, "செப்டம்பர்": 9,
            "அக்டோபர்": 10, "நவம்பர்": 11, "டிசம்பர்": 12},  # fmt: skip
    weekdays={f"{d}{e}": i for i, d in enumerate(_DAYS) for e in ("", "யன்று", "யும்")},
    relative_days={"இன்று": 0, "நேற்று": -1, "நாளை": 1, "நேற்று முன்தினம்": -2},
    marks_in_words=True,
    units=_units(("நாள்", "நாட்கள்", "நாட்களுக்கு", "நாட்களில்"), ("வாரம்", "வாரத்தில்", "வாரங்கள்", "வாரங்களுக்கு"),
                 ("மாதம்", "மாதத்தில்", "மாதங்கள்", "மாதங்களுக்கு"), ("ஆண்டு", "ஆண்டில்", "ஆண்டுகள்", "ஆண்டுகளுக்கு", "வருடம்"),
                 ("மணி நேரம்", "மணி நேரத்தில்"), ("நிமிடம்", "நிமிடங்கள்")),
    last_words={"கடந்த"},
    next_words={"அடுத்த", "வரும்"},
    this_words={"இந்த", "நடப்பு"},
    numbers={"ஒரு": 1, "இரண்டு": 2, "மூன்று": 3, "நான்கு": 4, "ஐந்து": 5, "ஆறு": 6, "ஏழு": 7, "எட்டு": 8, "ஒன்பது": 9,
             "பத்து": 10},  # fmt: skip
    ago_after="முன்பு|முன்",
    day_suffix="",
    case_sensitive=False,
    dayparts={"காலை": "MO", "பிற்பகல்": "AF", "மாலை": "EV", "இரவு": "NI"},
    # the past: "-ினார்", "-ந்தனர்", "-த்தது" (he said, they died, it happened), each cue ending before its last sign
    past_cues=rf"{_T}*?(?:ினா|ந்தன|ந்தா|த்தன|த்தா|ட்டன|ட்டா|ிய|ற்றன|ந்தத|த்தத|ட்டத)(?=ர்(?!{_T})|ு(?!{_T}))|கடந்த|நேற்று|முன்பு"
    # "என்றார்" / "என்றனர்" (he / they said) and "கூறுகையில்" (saying): a statement made, whatever it foresees
    # (each ends before its last sign, as above)
    r"|என்றா(?=ர்)|என்றன(?=ர்)|கூறுகையில(?=்)|தெரிவிக்கையில(?=்)|பேசுகையில(?=்)",
    # the future: "-ப்படும்" (will be done), "-வார்" (will), and what may come: "வாய்ப்பு" (chance)
    future_cues=rf"{_T}*?(?:ப்படு|பெறு|இருக்கு|தொடரு|நடக்கு|வா|ப்பா)(?=ம்(?!{_T})|ர்(?!{_T}))|அடுத்த|நாளை|வாய்ப்பு",
    # a holiday announced for a weekday is to come: "பள்ளிகளுக்கு வியாழக்கிழமை விடுமுறை அறிவிக்கப்பட்டுள்ளது" (a holiday for
    # schools on Thursday has been announced), whatever the tense of the announcing
    ahead_after=r"விடுமுறை(?:\s++[^\s.]++){0,2}?\s++அறிவி",
    not_after_year="பேர்|பேருக்கு|ரூபாய்|மீட்டர்|கிலோமீட்டர்|டன்|வீடுகள்",
    traps=r"\d+\s?வயது|வயது\s\d+",
)
