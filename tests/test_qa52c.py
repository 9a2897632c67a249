"""Session 52 QA (qa52c): findings of a round in Hebrew, Arabic, Persian, Urdu, Hindi, Bengali and Tamil, with
English reports of the same events.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, resolved

PUB = "2026-11-20T09:00:00+00:00"  # a Friday


def _quotes(text: str, lang: str) -> list[tuple[str, str]]:
    return [(q.speaker or "", q.text) for q in analyzed(text, lang, PUB).quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        # Hebrew puts the verb first after a time or at a sentence's start: "last night said the minister that ..."
        ("אמש אמר שר הביטחון כי הצבא ערוך לכל תרחיש.", "שר הביטחון", "הצבא ערוך לכל תרחיש"),
        ("הוסיף דובר המשטרה כי שלושה חשודים נעצרו בלילה.", "דובר המשטרה", "שלושה חשודים נעצרו בלילה"),
        ("ביום שלישי אמרה שרת הבריאות, דנה לוי, כי בתי החולים ערוכים.", "דנה לוי", "בתי החולים ערוכים"),
        ("הוסיף ראש העירייה שהעבודות יסתיימו עד סוף החודש.", "ראש העירייה", "העבודות יסתיימו עד סוף החודש"),
    ],
)
def test_hebrew_verb_first_reported_speech(text: str, speaker: str, said: str) -> None:
    assert _quotes(text, "he") == [(speaker, said)]


def test_hebrew_a_verb_after_verb_first_speech_takes_up_its_subject() -> None:
    """'אתמול אמר שר האוצר כי …. "…", אמר.': the bare verb takes up the minister the sentence before named."""
    text = 'אתמול אמר שר האוצר כי המשק יתאושש. "זה ייקח זמן", אמר.'
    assert [(q.kind, q.speaker) for q in analyzed(text, "he", PUB).quotes] == [("indirect", "שר האוצר"), ("direct", "שר האוצר")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "according to him": the one quoted before
        ('ראש העירייה יוסי כהן אמר כי המצב קשה. לדבריו, העבודות יסתיימו עד סוף החודש.',
         [("יוסי כהן", "המצב קשה"), ("יוסי כהן", "העבודות יסתיימו עד סוף החודש")]),
        # "it was reported from/at" a body: the body speaks, never the person quoted before
        ('יוסי כהן אמר כי המצב קשה מאוד. ממשרד הבריאות נמסר כי שלושה פצועים אושפזו בבית החולים.',
         [("יוסי כהן", "המצב קשה מאוד"), ("משרד הבריאות", "שלושה פצועים אושפזו בבית החולים")]),
        ('יוסי כהן אמר כי המצב קשה מאוד. במשטרה נמסר כי שני חשודים נעצרו הלילה.',
         [("יוסי כהן", "המצב קשה מאוד"), ("המשטרה", "שני חשודים נעצרו הלילה")]),
        ('יוסי כהן אמר כי המצב קשה מאוד. נמסר מהמשטרה כי שני חשודים נעצרו הלילה.',
         [("יוסי כהן", "המצב קשה מאוד"), ("המשטרה", "שני חשודים נעצרו הלילה")]),
        # no body: no one
        ('יוסי כהן אמר כי המצב קשה מאוד. עוד נמסר כי שלושה פצועים אושפזו בבית החולים.', [("יוסי כהן", "המצב קשה מאוד")]),
    ],
)
def test_hebrew_pronoun_and_impersonal_sources(text: str, expected: list[tuple[str, str]]) -> None:
    assert _quotes(text, "he") == expected


@pytest.mark.parametrize(
    ("lang", "text", "said", "value"),
    [
        # a length with a half, counted back: the month 30 months before November 2026
        ("hi", "ढाई साल पहले पुल बना था।", "ढाई साल पहले", "2024-05"),
        ("ur", "ڈھائی سال پہلے پل بنا تھا۔", "ڈھائی سال پہلے", "2024-05"),
        ("bn", "আড়াই বছর আগে সেতুটি তৈরি হয়েছিল।", "আড়াই বছর আগে", "2024-05"),
        ("en", "The bridge was built two and a half years ago.", "two and a half years ago", "2024-05"),
        ("en", "The bridge was built 2.5 years ago.", "2.5 years ago", "2024-05"),
        ("de", "Die Brücke wurde vor anderthalb Jahren gebaut.", "vor anderthalb Jahren", "2025-05"),
    ],
)
def test_a_length_with_a_half_counted_back(lang: str, text: str, said: str, value: str) -> None:
    assert resolved(lang, text, PUB).get(said) == value


@pytest.mark.parametrize(
    ("lang", "text", "said", "value"),
    [
        # a weekday "of" its part of the day (Urdu "بدھ" alone may be Buddha: with "کی" and a part it is the day)
        ("ur", "بدھ کی صبح دھماکہ ہوا۔", "بدھ کی صبح", "2026-11-18"),
        ("ur", "منگل کی شام اجلاس ہوا۔", "منگل کی شام", "2026-11-17TEV"),
        ("hi", "बुधवार की सुबह हादसा हुआ।", "बुधवार की सुबह", "2026-11-18TMO"),
    ],
)
def test_a_weekday_of_its_part_of_the_day(lang: str, text: str, said: str, value: str) -> None:
    assert resolved(lang, text, PUB).get(said) == value


@pytest.mark.parametrize(
    ("text", "lang", "sentences"),
    [
        # a Latin initial written as the letter's name and a full stop ends no sentence
        ('"बारिश जारी रहेगी" मंत्री आर. के. सिंह ने कहा। फिर वे चले गए।', "hi", 2),
        ("அவர் வந்தார் என்று அமைச்சர் ஆர். சக்கரபாணி தெரிவித்தார். பின்னர் அவர் சென்றார்.", "ta", 2),
        ("মন্ত্রী এম. এ. রহমান বলেন, বৃষ্টি চলবে। তারপর তিনি চলে যান।", "bn", 2),
    ],
)
def test_an_indic_initial_ends_no_sentence(text: str, lang: str, sentences: int) -> None:
    assert len(analyzed(text, lang, PUB).sentences) == sentences


@pytest.mark.parametrize(
    "text",
    [
        '"மழை தொடரும், மக்கள் கவனமாக இருக்க வேண்டும்" என்று அமைச்சர் ஆர். சக்கரபாணி தெரிவித்தார்.',
        'அமைச்சர் ஆர். சக்கரபாணி கூறுகையில், "மழை தொடரும், மக்கள் கவனமாக இருக்க வேண்டும்" என்றார்.',
    ],
)
def test_tamil_speaker_keeps_the_initial(text: str) -> None:
    assert [q.speaker for q in analyzed(text, "ta", PUB).quotes] == ["ஆர். சக்கரபாணி"]


@pytest.mark.parametrize(
    ("text", "said", "value"),
    [
        # a holiday announced for a weekday is to come (published on Friday the 20th: next Thursday)
        ("பள்ளிகளுக்கு வியாழக்கிழமை விடுமுறை அறிவிக்கப்பட்டுள்ளது.", "வியாழக்கிழமை", "2026-11-26"),
        # the day a statement was made ("said on Tuesday that the rain will go on"): the Tuesday gone
        ("அமைச்சர் ஆர். சக்கரபாணி செவ்வாய்க்கிழமை கூறுகையில், மழை தொடரும் என்றார்.", "செவ்வாய்க்கிழமை", "2026-11-17"),
    ],
)
def test_tamil_weekdays(text: str, said: str, value: str) -> None:
    assert resolved("ta", text, PUB).get(said) == value


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "said"),
    [
        # the name first, its role after it in commas, then "that" (Arabic) or the verb (Persian)
        ("ar", "وقال محمد رضائي، رئيس عمليات الإنقاذ في الهلال الأحمر، إن 2000 خيمة أرسلت إلى المنطقة.", "محمد رضائي",
         "2000 خيمة أرسلت إلى المنطقة"),
        ("fa", "محمد رضایی، رئیس عملیات امداد و نجات جمعیت هلال احمر، گفت ۳۰۰۰ چادر به منطقه ارسال شده است.", "محمد رضایی",
         "۳۰۰۰ چادر به منطقه ارسال شده است"),
        # a governor named before his province: the name alone
        ("fa", "علی کریمی استاندار کرمان گفت مدارس تا روز شنبه تعطیل خواهند بود.", "علی کریمی", "مدارس تا روز شنبه تعطیل خواهند بود"),
    ],
)
def test_arabic_script_name_then_role(lang: str, text: str, speaker: str, said: str) -> None:
    assert _quotes(text, lang) == [(speaker, said)]


def test_tents_are_one_count_across_languages_and_no_year() -> None:
    """'2000 خيمة' is a count of tents, no year, and conflicts with '3,000 tents' in an English report."""
    import parallax
    from parallax.records import Article

    arts = [
        Article(id="en", outlet="A", language="en", published=PUB,
                text="The Red Crescent said 3,000 tents had been sent to the quake zone on Wednesday."),
        Article(id="ar", outlet="B", language="ar", published=PUB,
                text="وقال الهلال الأحمر إن 2000 خيمة أرسلت إلى منطقة الزلزال يوم الأربعاء."),
    ]
    parallax.analyze(arts)
    assert "2000" not in [t.value for t in arts[1].times]
    d = parallax.compare(arts).to_dict()
    conflicts = [c for f in d["facts"] for c in f["conflicts"] if c["kind"] == "number"]
    assert [(c["values"], c.get("unit")) for c in conflicts] == [({"en": [3000.0], "ar": [2000.0]}, "tent")]


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        # a role of three words before the name: the subject is six words, the name its last two
        ("דובר כבאות והצלה יוסי לוי אמר כי 14 צוותים נאבקו בלהבות.", "יוסי לוי", "14 צוותים נאבקו בלהבות"),
        ("ראש עיריית חיפה יונה יהב אמר כי המפעל יישאר סגור עד להודעה חדשה.", "יונה יהב", "המפעל יישאר סגור עד להודעה חדשה"),
    ],
)
def test_hebrew_long_role_before_the_name(text: str, speaker: str, said: str) -> None:
    assert _quotes(text, "he") == [(speaker, said)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mohammad Rezaei", "محمد رضایی"),  # a vowel between two m's that Persian does not write
        ("Mohammad Rezaei", "محمد رضائي"),  # and Arabic writes the Persian z with "ض"
        ("Yossi Levi", "יוסי לוי"),  # a vav read as a vowel, every word meeting at its place
    ],
)
def test_one_name_across_scripts(a: str, b: str) -> None:
    from parallax.sounds import same_name_by_sound

    assert same_name_by_sound(a, b) is True


def test_two_names_across_scripts_stay_two() -> None:
    from parallax.sounds import same_name_by_sound

    assert same_name_by_sound("Mohammad Rezaei", "علی کریمی") is False
    assert same_name_by_sound("Avi Cohen", "דני לוי") is False


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a portfolio after "برائے" (for) is the role's; a circumstance closed by "ہوئے" (while ...ing) opens the phrase
        ("پنجاب کے وزیر برائے ریلیف بلال احمد نے بتایا کہ 35 امدادی کیمپ قائم کر دیے گئے ہیں۔", "بلال احمد"),
        ('بدھ کی صبح صحافیوں سے بات کرتے ہوئے بلال احمد نے کہا، "کوئی خاندان چھت کے بغیر نہیں رہے گا۔"', "بلال احمد"),
    ],
)
def test_urdu_speaker_after_role_and_circumstance(text: str, speaker: str) -> None:
    assert [s for s, _ in _quotes(text, "ur")] == [speaker]


def test_urdu_number_words_count() -> None:
    """'کم از کم سات افراد' (at least seven people) is a count of seven; 'نو منتخب' (newly elected) is no nine."""
    assert [(q.value, q.unit) for q in analyzed("کم از کم سات افراد ڈوب کر ہلاک ہو گئے۔", "ur", PUB).quantities] == [(7.0, "افراد")]
    assert analyzed("نو منتخب اراکین نے حلف اٹھایا۔", "ur", PUB).quantities == []


def test_bengali_names_meet_their_latin_spelling() -> None:
    """Bengali is read letter by letter as Devanagari is: a quotation given to another person is misattributed."""
    from parallax.sounds import same_name_by_sound

    assert same_name_by_sound("Rashida Begum", "রাশিদা বেগম") is True
    assert same_name_by_sound("Tajul Islam", "রাশিদা বেগম") is False


def test_bengali_weekday_before_the_speaker_is_no_part_of_the_name() -> None:
    text = 'বৃহস্পতিবার রাশিদা বেগম বলেন, "দায়ীদের আইনের মুখোমুখি হতে হবে।"'
    assert [q.speaker for q in analyzed(text, "bn", PUB).quotes] == ["রাশিদা বেগম"]


def test_tamil_names_meet_their_latin_spelling() -> None:
    """Tamil is read letter by letter as Devanagari is (ச as the "s" Latin spelling writes)."""
    from parallax.sounds import same_name_by_sound

    assert same_name_by_sound("R. Sakkarapani", "ஆர். சக்கரபாணி") is True
    assert same_name_by_sound("Rajesh Kumar", "சக்கரபாணி") is False
