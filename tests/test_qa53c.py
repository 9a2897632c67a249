"""Session 53, helper qa53c: Hebrew, Arabic, Persian, Urdu, Hindi, Bengali and Tamil reports beside English ones:
the session's known leftovers and the sets' findings (each fix has a test below with an invented sentence)."""

from __future__ import annotations

from functools import partial

import parallax
from parallax.records import Article
from tests.helpers import analyzed, quote_speakers, time_values

_PUBLISHED = "2026-12-03T08:00:00+00:00"  # a Thursday: "Wednesday" is 2 December
_art = partial(analyzed, published=_PUBLISHED)
_speakers = partial(quote_speakers, published=_PUBLISHED)
_times = partial(time_values, published=_PUBLISHED)


def _conflicts(a: str, lang_a: str, b: str, lang_b: str = "en") -> list[tuple[str, dict]]:
    arts = parallax.analyze(
        [
            Article(id="a", text=a, language=lang_a, outlet="A", published=_PUBLISHED),
            Article(id="b", text=b, language=lang_b, outlet="B", published="2026-12-03T08:30:00+00:00"),
        ]
    )
    return [(c["kind"], c["values"]) for f in parallax.compare(arts).to_dict()["facts"] for c in f["conflicts"]]


def test_hindi_announced_that_is_reported_speech() -> None:
    # "ने घोषणा की कि" (announced that) reports what the subject said, as "ने कहा कि" (said that) and "ने बताया कि" (told
    # that) do: the announcement was no statement of anyone
    assert _speakers("रक्षा मंत्री राजनाथ सिंह ने घोषणा की कि सेना की तीन नई टुकड़ियाँ सीमा पर भेजी जाएंगी।", "hi") == ["राजनाथ सिंह"]
    assert _speakers("पुलिस अधीक्षक अनिल वर्मा ने बताया कि हमले में चार लोग घायल हुए हैं।", "hi") == ["अनिल वर्मा"]
    assert _speakers("पुलिस अधीक्षक अनिल वर्मा ने कहा कि हमले में चार लोग घायल हुए हैं।", "hi") == ["अनिल वर्मा"]
    assert _speakers("कंपनी के प्रवक्ता सुनील राय ने जानकारी दी कि संयंत्र अगले सप्ताह खुलेगा।", "hi") == ["सुनील राय"]


def test_hindi_weekday_of_a_past_announcement_is_past_whatever_it_announces() -> None:
    # "बुधवार को घोषणा की कि … जारी किए जाएंगे" (announced on Wednesday that … will be released): the day is the
    # announcement's, in the past, not the future the announced plan is in (it gave next Wednesday, 9 December)
    text = "गृह मंत्री अमित वर्मा ने बुधवार को घोषणा की कि बाढ़ पीड़ितों के लिए 500 करोड़ रुपये जारी किए जाएंगे।"
    assert _times(text, "hi")["बुधवार"] == "2026-12-02"


def test_hebrew_spokesman_of_a_body_is_the_speaker() -> None:
    # "לדברי דובר שירות בתי הסוהר" (according to the prison service's spokesman): the spokesman speaks, the body is
    # part of his name (it gave the body alone, "שירות בתי הסוהר")
    assert _speakers("לדברי דובר שירות בתי הסוהר, האסירים חפרו מנהרה מתחת לתא במשך חודשים.", "he") == ["דובר שירות בתי הסוהר"]
    # "בדובר … מסרו ש…" (at the spokesman's office they said that …): the spokesman's office, as the press names it
    assert _speakers("בדובר שירות בתי הסוהר מסרו שהחיפושים יימשכו גם הלילה.", "he") == ["דובר שירות בתי הסוהר"]
    assert _speakers("במשרד הבריאות אמרו כי מצבם של הפצועים יציב.", "he") == ["משרד הבריאות"]
    # a spokesman with his own name after the body is that person
    assert _speakers("לדברי דובר המשטרה יוסי לוי, החשוד נעצר בביתו.", "he") == ["יוסי לוי"]


def test_a_length_and_a_half_ago_in_hebrew_and_arabic() -> None:
    # "לפני שנתיים וחצי" (two and a half years ago), "قبل عامين ونصف": thirty months back, June 2024 (it gave 2024,
    # the half dropped), as English "two and a half years ago" reads
    assert _times("לפני שנתיים וחצי נמלטו שישה אסירים מכלא גלבוע.", "he")["לפני שנתיים וחצי"] == "2024-06"
    assert _times("وكانت المحافظة قد شهدت فيضانات مماثلة قبل عامين ونصف.", "ar")["قبل عامين ونصف"] == "2024-06"
    assert _times("לפני שנתיים נמלטו שישה אסירים מכלא גלבוע.", "he")["לפני שנתיים"] == "2024"


def test_arabic_dawn_of_a_weekday_is_that_day() -> None:
    # "فجر الأربعاء" (at dawn on Wednesday): the early hours of the Wednesday itself, not the night before it
    assert _times("ضربت السيول المحافظة فجر الأربعاء.", "ar")["فجر الأربعاء"].startswith("2026-12-02")
    assert _conflicts("ضربت السيول محافظة المفرق فجر الأربعاء وقتلت سبعة أشخاص.", "ar",
                      "Floods hit Mafraq governorate at dawn on Wednesday, killing seven people.") == []  # fmt: skip


def test_bengali_counter_of_people_counts_people() -> None:
    # "১২ জন নিহত" (12 killed): "জন" is the counter of people, so the toll meets another report's count of people
    assert _conflicts("গাজীপুরের একটি পোশাক কারখানায় আগুন লেগে ১২ জন নিহত হয়েছেন।", "bn",
                      "Ten people were killed when a fire broke out at a garment factory in Gazipur.") == [("number", {"a": [12.0], "b": [10.0]})]  # fmt: skip


def test_urdu_nau_is_nine_before_a_counted_noun_and_new_before_a_word_of_building() -> None:
    # "نو" is nine ("نو افراد", nine persons) and also new ("نو تعمیر شدہ", newly built; Persian "نو" is new): nine
    # before the nouns a count counts, else no number
    assert [(q.text, q.value) for q in _art("حادثے میں نو افراد جاں بحق ہو گئے۔", "ur").quantities] == [("نو", 9.0)]
    assert _art("زخمیوں کو نو تعمیر شدہ ہسپتال منتقل کیا گیا۔", "ur").quantities == []
    assert _conflicts("کوہستان میں بس کھائی میں گرنے سے نو افراد جاں بحق ہو گئے۔", "ur",
                      "Seven people were killed when a bus fell into a ravine in Kohistan.") == [("number", {"a": [9.0], "b": [7.0]})]  # fmt: skip


def test_hebrew_prisoners_are_one_kind_with_english_prisoners() -> None:
    # "ארבעה אסירים" / "Five prisoners": one count of prisoners, so the two figures conflict (they met nothing)
    assert _conflicts("ארבעה אסירים נמלטו מכלא נפחא.", "he", "Five prisoners escaped from Nafha prison.") == [
        ("number", {"a": [4.0], "b": [5.0]})
    ]


def test_tamil_evacuated_is_a_role() -> None:
    # "15,000 பேர் … வெளியேற்றப்பட்டனர்" (15,000 people were evacuated) / "12,000 people were evacuated": one figure
    assert _conflicts("கடலூர் மாவட்டத்தில் 15,000 பேர் வெளியேற்றப்பட்டனர்.", "ta", "12,000 people were evacuated in Cuddalore district.") == [
        ("number", {"a": [15000.0], "b": [12000.0]})
    ]


def test_tamil_reported_speech_and_its_speakers() -> None:
    # "X கூறுகையில், … என்றார்" (X, saying, … he said) and "… என வானிலை மையம் தெரிவித்துள்ளது" (the weather centre has
    # said that …): reported speech without marks, which Tamil had no reader of; "அவர்" (he) after it is that speaker
    text = (
        "மாவட்ட ஆட்சியர் அருண் குமார் கூறுகையில், 120 நிவாரண முகாம்கள் அமைக்கப்பட்டுள்ளன என்றார். "
        '"மீனவர்கள் கடலுக்குச் செல்ல வேண்டாம்" என்று அவர் கேட்டுக்கொண்டார். '
        "புயல் வியாழக்கிழமை காலை கரையைக் கடக்கும் என வானிலை மையம் தெரிவித்துள்ளது."
    )
    quotes = _art(text, "ta").quotes
    assert [(q.kind, q.speaker) for q in quotes] == [
        ("indirect", "அருண் குமார்"),
        ("direct", "அருண் குமார்"),
        ("indirect", "வானிலை மையம்"),
    ]


def test_persian_according_to_a_role_and_the_name_after_it() -> None:
    # "به گفته رئیس هلال احمر استان، محمد صادقی، …" (according to the provincial Red Crescent chief, Mohammad Sadeghi, …):
    # the name speaks, and what was said opens after it (it gave the role, and the name as the opening of the clause)
    quotes = _art("به گفته رئیس هلال احمر استان، محمد صادقی، سه نفر کشته و ۴۵ نفر زخمی شدند.", "fa").quotes
    assert [(q.speaker, q.text) for q in quotes] == [("محمد صادقی", "سه نفر کشته و ۴۵ نفر زخمی شدند")]


def test_tamil_and_bengali_role_is_the_verb_that_closes_the_clause() -> None:
    # the verb comes last, after the day and the place: "15,000 பேர் புதன்கிழமை பாதுகாப்பான இடங்களுக்கு
    # வெளியேற்றப்பட்டனர்" (were evacuated to safe places on Wednesday) is the evacuated, as "12,000 people were evacuated"
    a = "கடலூர் மாவட்டத்தில் 15,000 பேர் புதன்கிழமை பாதுகாப்பான இடங்களுக்கு வெளியேற்றப்பட்டனர்."
    assert _conflicts(a, "ta", "About 12,000 people were evacuated to safe places in Cuddalore district on Wednesday.") == [
        ("number", {"a": [15000.0], "b": [12000.0]})
    ]
    b = "গাজীপুরে ১২ জন বুধবার রাতে একটি কারখানায় আগুনে নিহত হয়েছেন।"
    assert _conflicts(b, "bn", "Ten people were killed in a fire at a factory in Gazipur on Wednesday night.") == [
        ("number", {"a": [12.0], "b": [10.0]})
    ]


def test_arabic_construct_dual_of_a_million_before_a_currency() -> None:
    # "بمبلغ مليوني دينار" (with two million dinars) is 2,000,000 dinars, as the English report's "two million dinars";
    # "حشد مليوني" (a million-strong crowd) stays no number
    assert [(q.value, q.unit) for q in _art("ستعوض الحكومة المتضررين بمبلغ مليوني دينار.", "ar").quantities] == [(2e6, "دينار")]
    assert _art("خرج حشد مليوني إلى الشوارع.", "ar").quantities == []


def test_hebrew_tonight_with_a_verb_in_the_future_is_the_coming_night() -> None:
    # "החיפושים יימשכו גם הלילה" (the search will continue tonight), in a morning's report: the coming night, not last
    # night; the plural future written with its double yod ("יימשכו", will continue) is a future cue
    assert _times("בדובר שירות בתי הסוהר מסרו שהחיפושים יימשכו גם הלילה.", "he")["הלילה"] == "2026-12-03TNI"
    assert _times("האסירים נמלטו הלילה מהכלא.", "he")["הלילה"] == "2026-12-02TNI"


def test_bengali_rank_before_a_name_is_no_part_of_it() -> None:
    # "মহাপরিচালক ব্রিগেডিয়ার জেনারেল মাহবুব আলম বলেন" (director general Brigadier General Mahbub Alam said): the speaker
    # is the name, as the English report's "Mahbub Alam"
    text = "ফায়ার সার্ভিসের মহাপরিচালক ব্রিগেডিয়ার জেনারেল মাহবুব আলম বলেন, আগুন নিয়ন্ত্রণে আনতে পাঁচ ঘণ্টা লেগেছে।"
    assert _speakers(text, "bn") == ["মাহবুব আলম"]
