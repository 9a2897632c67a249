"""Word choices outside the ten languages with their own function-word lists: spaCy's stop
words, figures, scripts written without spaces, datelines, names, Arabic clitics."""

import pytest

import parallax
from parallax.compare.wording import word_choices
from parallax.records import Article, Sentence


def _choices(a_text: str, b_text: str, lang: str) -> list[tuple[str, str]]:
    """The word choices of two one-sentence articles, without the analysis layers (no names,
    times or quantities marked): what the wording rules alone decide."""
    a = Article(id="a", text=a_text, language=lang, sentences=[Sentence(0, len(a_text), a_text)])
    b = Article(id="b", text=b_text, language=lang, sentences=[Sentence(0, len(b_text), b_text)])
    return word_choices(a, a.sentences[0], b, b.sentences[0])


def _compared(a_text: str, b_text: str, lang: str) -> list[tuple[str, str]]:
    a = Article(id="a", text=a_text, outlet="A", published="2026-05-02", language=lang)
    b = Article(id="b", text=b_text, outlet="B", published="2026-05-02", language=lang)
    return [(w["values"]["a"], w["values"]["b"]) for w in parallax.compare([a, b]).to_dict()["word_choices"]]


@pytest.mark.parametrize(
    ("a_text", "b_text", "lang", "choices"),
    [
        # Greek: a stop word against a number word ("two" / "and") is no choice
        ("Η ακτοφυλακή ανέσυρε δύο ναυτικούς από τη θάλασσα.", "Η ακτοφυλακή ανέσυρε και ναυτικούς από τη θάλασσα.", "el", []),
        # ... nor is a place name the analysis missed against a common noun
        ("Το πλοίο προσάραξε κοντά στη Σαντορίνη λόγω της ομίχλης.", "Το πλοίο προσάραξε κοντά στο λιμάνι λόγω της ομίχλης.", "el", []),
        # ... nor two datelines; the verbs are a choice
        ("ΠΕΙΡΑΙΑΣ — Το φορτηγό πλοίο βυθίστηκε ανοιχτά της Κρήτης το πρωί.",
         "ΗΡΑΚΛΕΙΟ — Το φορτηγό πλοίο ναυάγησε ανοιχτά της Κρήτης το πρωί.", "el", [("βυθίστηκε", "ναυάγησε")]),
        # Arabic: "and she said" / "she confirmed": "said" is a stop word once "and" is off
        ("وقالت السلطات إن المياه غمرت الطريق الرئيسي.", "وأكدت السلطات إن المياه غمرت الطريق الرئيسي.", "ar", []),
        # ... a conjunction or the article with a preposition is one word, not another
        ("قالت الشرطة إن السكان غادروا المنطقة.", "وقالت الشرطة إن السكان غادروا المنطقة.", "ar", []),
        ("وصل المسعفون إلى المدينة بعد ساعة من الانهيار.", "وصل المسعفون للمدينة بعد ساعة من الانهيار.", "ar", []),
        # ... a verb moved to the front is the same verb
        ("وذكرت الوزارة أن الجيش أخلى مئات العائلات من القرية.", "وأخلى الجيش مئات العائلات من القرية، حسبما ذكرت الوزارة.", "ar", []),
        # ... and synonyms are a choice
        ("وحذر الخبراء من المجازفة بحياة الغواصين.", "وحذر الخبراء من المخاطرة بحياة الغواصين.", "ar", [("المجازفة", "المخاطرة")]),
        # Chinese and Japanese are cut into words (analyze.segment): figures are a conflict, and an added word no choice
        ("5月2日上午，一辆大巴在山区公路翻车，致8人受伤。", "5月3日上午，一辆大巴在山区公路翻车，目前已致11人受伤。", "zh", []),
        ("東京都内で火災が発生し、3人がけがをした。", "東京都内で火事が起き、3人が負傷した。", "ja",
         [("火災", "火事"), ("発生し", "起き"), ("けがをした", "負傷した")]),
        # Turkish: synonyms are a choice; an ordinal written with a figure is not
        ("Kazanın nedeni jandarma tarafından araştırılacak.", "Kazanın nedeni jandarma tarafından incelenecek.", "tr", [("araştırılacak", "incelenecek")]),
        ("Yangın binanın 3'üncü katında başladı.", "Yangın binanın 4'üncü katında başladı.", "tr", []),
        # English: unchanged, with a dateline and a figure inside a word
        ("LISBON — Firefighters battled the blaze through the night.", "PORTO — Firefighters fought the blaze through the night.", "en", [("battled", "fought")]),
        ("The 12-storey tower collapsed after the blast.", "The 14-storey tower collapsed after the blast.", "en", []),
    ],
)  # fmt: skip
def test_word_choice_rules(a_text, b_text, lang, choices):
    assert _choices(a_text, b_text, lang) == choices


@pytest.mark.parametrize(
    ("a_text", "b_text", "lang", "choices"),
    [
        ("ΠΕΙΡΑΙΑΣ — Το φορτηγό πλοίο βυθίστηκε ανοιχτά της Κρήτης το πρωί της Τρίτης.",
         "ΗΡΑΚΛΕΙΟ — Το φορτηγό πλοίο ναυάγησε ανοιχτά της Κρήτης το πρωί της Τρίτης.", "el", [("βυθίστηκε", "ναυάγησε")]),
        ("وحذر الخبراء من المجازفة بحياة الغواصين في المياه العميقة.",
         "وحذر الخبراء من المخاطرة بحياة الغواصين في المياه العميقة.", "ar", [("المجازفة", "المخاطرة")]),
        ("5月2日上午，一辆大巴在山区公路翻车，致8人受伤。", "5月3日上午，一辆大巴在山区公路翻车，目前已致11人受伤。", "zh", []),
        ("Kazanın nedeni jandarma tarafından araştırılacak, dedi vali.",
         "Kazanın nedeni jandarma tarafından incelenecek, dedi vali.", "tr", [("araştırılacak", "incelenecek")]),
        ("The storm flattened dozens of homes along the coast on Sunday.",
         "The storm destroyed dozens of homes along the coast on Sunday.", "en", [("flattened", "destroyed")]),
    ],
)  # fmt: skip
def test_word_choices_through_the_comparison(a_text, b_text, lang, choices):
    assert _compared(a_text, b_text, lang) == choices


def test_words_keep_their_vowel_signs_and_joiners():
    """Python's \\w leaves out the Devanagari vowel signs and the Persian zero-width non-joiner:
    a word there must still be one word, in alignment, quantities and word choices."""
    import re

    from parallax.compare.align import content_words
    from parallax.ingest.clean import normalize
    from parallax.letters import WORD

    assert re.findall(WORD, "रविवार को अधिकतर यात्री") == ["रविवार", "को", "अधिकतर", "यात्री"]
    assert content_words("सोमवार को 28 यात्री घायल हुए") >= {"सोमवार", "यात्री", "घायल"}
    assert normalize("زمین\u200cلرزه") == "زمین\u200cلرزه"  # the non-joiner is part of Persian spelling
    art = Article(id="t", text="सोमवार को बस खाई में गिरी और 28 यात्री घायल हो गए।", language="hi", published="2026-03-16")
    parallax.analyze([art])
    assert [(q.value, q.unit) for q in art.quantities] == [(28.0, "यात्री")]


def test_a_choice_of_several_words_is_shown_as_written_with_its_punctuation():
    a = "The angry, masked protesters blocked the bridge on Monday."
    b = "The peaceful demonstrators blocked the bridge on Monday."
    assert _choices(a, b, "en") == [("angry, masked protesters", "peaceful demonstrators")]


def test_a_stretch_one_side_tells_at_length_is_other_content_not_a_choice():
    a = "The wall collapsed, said mayor Rui Santos, who described the damage as the worst in living memory."
    b = "The wall collapsed, mayor Rui Santos told local radio."
    assert ("memory", "radio") not in _choices(a, b, "en")
