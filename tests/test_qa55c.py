"""Session 55, helper qa55c: Tamil, Hindi, Urdu, Thai, Korean, Vietnamese, Amharic, Hausa, Yoruba and other reports
beside English ones: the session's known leftovers and the sets' findings (each fix has a test below with an invented
sentence)."""

from __future__ import annotations

from functools import partial

from tests.helpers import analyzed, quote_speakers, time_values

_PUBLISHED = "2026-12-07T08:00:00+00:00"  # a Monday
_art = partial(analyzed, published=_PUBLISHED)
_speakers = partial(quote_speakers, published=_PUBLISHED)
_times = partial(time_values, published=_PUBLISHED)


def test_hindi_pronoun_takes_up_the_officer_named_in_the_paragraph_before() -> None:
    # "उन्होंने बताया कि …" (he said that …) opening a paragraph: the officer the paragraph before named, as English
    # "He said that …" takes up "District fire officer Rajesh Kumar" (the statement had no speaker and was dropped)
    text = "जिला अग्निशमन अधिकारी सुरेश नागर मौके पर पहुंचे।\n\nउन्होंने बताया कि आग पर तीन घंटे में काबू पा लिया गया।"
    assert _speakers(text, "hi") == ["सुरेश नागर"]
    # the one named last before the pronoun, across paragraphs
    text = "पुलिस अधीक्षक मीना जोशी ने बताया कि दो लोग हिरासत में हैं।\n\nथाना प्रभारी विनोद रावत भी वहां पहुंचे।\n\nउन्होंने कहा कि जांच जारी है और रिपोर्ट जल्द आएगी।"
    assert _speakers(text, "hi") == ["मीना जोशी", "विनोद रावत"]


def test_urdu_pronoun_takes_up_the_officer_not_a_genitive_phrase() -> None:
    # "… نے جائے وقوعہ کا دورہ کیا۔ انہوں نے بتایا کہ …": the genitive "کا" is no role word, so "دورہ کیا" (visited)
    # after it is no name (it was the speaker); across a paragraph break the officer is still the one named
    text = "پولیس افسر ساجد عباسی نے جائے وقوعہ کا دورہ کیا۔ انہوں نے بتایا کہ آگ پر تین گھنٹوں میں قابو پا لیا گیا۔"
    assert _speakers(text, "ur") == ["ساجد عباسی"]
    assert _speakers(text.replace("۔ ", "۔\n\n"), "ur") == ["ساجد عباسی"]


_EN_MILL = (
    "A fire broke out at a spinning mill in Karur on Saturday morning, killing four workers.\n\n"
    '"The fire started in the dyeing unit and spread to the warehouse within minutes," said fire officer Dinesh Kumar.'
)
_TA_MILL = (
    "கரூரில் உள்ள நூற்பாலையில் சனிக்கிழமை காலை ஏற்பட்ட தீ விபத்தில் 4 தொழிலாளர்கள் உயிரிழந்தனர்.\n\n"
    '"சாயமிடும் பிரிவில் தொடங்கிய தீ சில நிமிடங்களில் கிடங்குக்கு பரவியது" என்று காவல் ஆய்வாளர் {} தெரிவித்தார்.'
)


def test_a_quotation_given_to_a_namesake_in_tamil_is_misattributed() -> None:
    # the English report's fire officer Dinesh Kumar, the Tamil one's police inspector "சுரேஷ் குமார்" (Suresh Kumar):
    # one surname by sound, two given names, two people (any word meeting by sound had made them one, so no flag)
    import parallax

    def flagged(name: str) -> int:
        arts = [parallax.Article(id=i, text=t, outlet=i, published=_PUBLISHED, language=lg) for i, lg, t in (("a", "en", _EN_MILL), ("b", "ta", _TA_MILL.format(name)))]
        return parallax.compare(arts).to_dict()["summary"]["misattributed"]

    assert flagged("சுரேஷ் குமார்") == 1
    assert flagged("தினேஷ் குமார்") == 0  # the same man in Tamil letters


def test_names_in_two_scripts_sharing_a_surname() -> None:
    from parallax.compare.speakers import person_match

    assert person_match("Rajesh Kumar", "सुरेश कुमार") is False  # Suresh Kumar: a namesake
    assert person_match("Somchai Thongdee", "ประยุทธ์ ทองดี") is False  # Prayut Thongdee
    # one person in another script's spelling: "ksh" written "ட்ச", Hebrew without the "j", an initial left out
    assert person_match("Meenakshi Sundaram", "மீனாட்சி சுந்தரம்") is True
    assert person_match("Benjamin Netanyahu", "בנימין נתניהו") is True
    assert person_match("S. Ramesh", "எஸ். ரமேஷ்") is True


def test_tamil_speaker_after_a_title_with_its_full_stop() -> None:
    # "திரு." (Mr) and "டாக்டர்." (Dr) with their full stop before a name: no sentence ends there (it cut the name off
    # its quotation, which had no speaker), and the title is no word of the name
    quote = '"முந்திச் செல்ல முயன்றபோது ஓட்டுநர் கட்டுப்பாட்டை இழந்தார்" என்று '
    assert _speakers(quote + "திரு. வேலன் பாண்டியன் கூறினார்.", "ta") == ["வேலன் பாண்டியன்"]
    assert _speakers(quote + "டாக்டர். கமலா ராஜன் தெரிவித்தார்.", "ta") == ["கமலா ராஜன்"]


def test_tamil_speaker_told_reporters_is_the_name_alone() -> None:
    # "… செய்தியாளர்களிடம் கூறினார்" (told reporters): the word in "-இடம்" (to) is whom he told, no word of his name
    text = '"மீட்புப் பணிகள் இரவு முழுவதும் தொடரும்" என்று மாவட்ட ஆட்சியர் கமலா ராஜன் செய்தியாளர்களிடம் கூறினார்.'
    assert _speakers(text, "ta") == ["கமலா ராஜன்"]


def test_tamil_said_as_follows_before_the_quotation() -> None:
    # "… கூறியதாவது: "…"" (… said as follows: "…"), the quotation closing the sentence with no verb after it
    text = 'மாவட்ட ஆட்சியர் கமலா ராஜன் கூறியதாவது: "மீட்புப் பணிகள் இரவு முழுவதும் தொடரும்."'
    assert _speakers(text, "ta") == ["கமலா ராஜன்"]


def test_korean_reported_speech_said_that() -> None:
    # "…다고 밝혔다" / "…라고 말했다" with no quotation marks (stated that, said that): the sentence's topic speaks
    # (only "에 따르면", according to, had been read); a pronoun ("그는") is not read so
    assert _speakers("경찰은 지난 월요일에도 같은 창고에 대한 안전 점검이 있었다고 밝혔다.", "ko") == ["경찰"]
    assert _speakers("한지우 소방서장은 추가 붕괴 위험이 남아 있다고 기자들에게 말했다.", "ko") == ["한지우"]
    assert _speakers("그는 구조 작업이 밤새 계속될 것이라고 덧붙였다.", "ko") in ([], [None])
