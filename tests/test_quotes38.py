"""Tests for helper quotes38: speakers outside English."""

from parallax.analyze.quotes.uncased_names import speaker_name


def test_korean_compound_title_is_cut_after_the_name() -> None:
    """A title compounded with its office ("외무장관", foreign minister) is cut as a bare 장관 is."""
    assert speaker_name("ko", "에스펜 바르트 에이데 외무장관") == "에스펜 바르트 에이데"
    assert speaker_name("ko", "에이데 수석대변인") == "에이데"
    assert speaker_name("ko", "박지훈 구청장") == "박지훈"


def test_a_partial_quotation_inside_reported_speech_takes_its_speaker() -> None:
    """The indirect clause names who speaks; the marks inside it only show which words are his."""
    from tests.helpers import analyzed

    text = 'El presidente Pedro Sánchez visitó Valencia. El presidente dijo que "Nadie quedará atrás" en la reconstrucción.'
    quotes = analyzed(text, "es").quotes
    partial = [q for q in quotes if q.kind == "partial"]
    assert [q.text for q in partial] == ["Nadie quedará atrás"]
    assert partial[0].speaker is not None
    assert partial[0].speaker == next(q.speaker for q in quotes if q.kind == "indirect")


def test_hebrew_bare_verb_of_saying_takes_the_subject_of_reported_speech_before() -> None:
    """A pronoun-less 'אמר' (he said) takes up the subject of 'X אמר כי ...' (said that), as English "he" does."""
    from tests.helpers import analyzed

    text = 'ארנון בר-דוד אמר כי ההסתדרות תשבית את המשק. "לא נוותר על זכויות העובדים", אמר.'
    quotes = analyzed(text, "he").quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "ארנון בר-דוד"), ("direct", "ארנון בר-דוד")]


def test_hebrew_a_time_or_a_verb_before_its_subject_is_no_speaker() -> None:
    """'אתמול אמר שר האוצר כי' opens with a time and puts the minister (שר) after the verb: no subject before it."""
    from tests.helpers import analyzed

    text = 'אתמול אמר שר האוצר כי המשק יתאושש. "זה ייקח זמן", אמר.'
    assert [q.speaker for q in analyzed(text, "he").quotes if q.kind == "direct"] == [None]


def test_a_party_name_right_after_that_is_no_quotation() -> None:
    """Where only a sentence's first word takes a capital, a name in marks after "that" is a party, not words said."""
    from tests.helpers import analyzed

    for text, lang in [
        ("Путин сказал, что «Единая Россия» победит на выборах.", "ru"),
        ("Борисов заяви, че „ГЕРБ“ ще спечели изборите.", "bg"),
    ]:
        assert [q.kind for q in analyzed(text, lang).quotes if q.kind != "indirect"] == []


def test_words_said_after_that_stay_a_quotation() -> None:
    """'dijo que "Nadie quedará atrás"' goes on in small letters: the words said, not a name."""
    from parallax.analyze.quotes.works import name_after_that

    text = 'Sánchez dijo que "Nadie quedará atrás" en la reconstrucción.'
    start = text.index("Nadie")
    assert not name_after_that(text, start, start + len("Nadie quedará atrás"), "es")
    text = "Борисов заяви, че „ГЕРБ“ ще спечели."
    assert name_after_that(text, text.index("ГЕРБ"), text.index("ГЕРБ") + 4, "bg")


def test_a_hindi_title_in_single_marks_with_its_kind_is_no_quotation() -> None:
    """Hindi sets the kind of a work after its title as well as before it ("'द लैंसेट' पत्रिका में", in the journal
    The Lancet), often in straight single marks."""
    from tests.helpers import analyzed

    for text in ["रिपोर्ट 'द लैंसेट' पत्रिका में प्रकाशित हुई है।", "यह अध्ययन पत्रिका 'द लैंसेट' में छपा।", "उन्होंने 'गोदान' नामक उपन्यास पढ़ा।"]:
        assert analyzed(text, "hi").quotes == []
    said = analyzed('मंत्री राजेश कुमार ने कहा, "हम किसानों की मदद करेंगे।"', "hi").quotes
    assert [q.speaker for q in said] == ["राजेश कुमार"]


# --- session 38, helper quotes38: plural cues, lower-case sources, "kallade det", Arabic cues without a subject ---

import pytest  # noqa: E402

from tests.helpers import analyzed  # noqa: E402


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("fr", "« Nous ne céderons pas sur les salaires », affirment les syndicats.", "syndicats"),
        ("it", "«Non ci fermeremo fino alla fine», hanno detto i sindacati.", "sindacati"),
        ("es", "«No nos iremos de aquí», dijeron los manifestantes.", "manifestantes"),
        ("pt", "«Não vamos desistir da greve», disseram os sindicatos.", "sindicatos"),
        ("ro", "„Nu vom renunța la grevă”, au declarat sindicatele.", "sindicatele"),
    ],
)
def test_a_plural_cue_gives_the_quotation_to_the_group_after_it(lang: str, text: str, speaker: str) -> None:
    """The verb agrees with its plural subject ("affirment", "hanno detto", "dijeron", "au declarat"): the group speaks."""
    (quote,) = analyzed(text, lang).quotes
    assert quote.kind == "direct"
    assert speaker in (quote.speaker or "")


@pytest.mark.parametrize(
    ("lang", "text", "clause", "speaker"),
    [
        ("it", "I sindacati hanno dichiarato che lo sciopero continuerà.", "lo sciopero continuerà", "sindacati"),
        ("es", "Los manifestantes afirmaron que seguirán en la plaza.", "seguirán en la plaza", "manifestantes"),
        ("pt", "Os sindicatos afirmam que a greve vai continuar.", "a greve vai continuar", "sindicatos"),
    ],
)
def test_a_group_with_a_plural_verb_reports_the_clause_after_that(lang: str, text: str, clause: str, speaker: str) -> None:
    """"Los manifestantes afirmaron que ...": a group with its plural article opens the sentence, the verb agrees."""
    quotes = [q for q in analyzed(text, lang).quotes if q.kind == "indirect"]
    assert [q.text for q in quotes] == [clause]
    assert speaker in (quotes[0].speaker or "")


def test_a_romanian_adverb_after_the_cue_is_no_speaker() -> None:
    """Only a noun with its article joined ("sindicatele", "primarul") speaks after a Romanian cue, not "ieri"."""
    (quote,) = analyzed("„Nu vom renunța la grevă”, au declarat ieri.", "ro").quotes
    assert quote.speaker != "ieri"


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("fr", "« Nous agirons », ont déclaré les ministres.", "ministres"),
        ("it", "«Andremo avanti», ha detto Marco Rossi.", "Marco Rossi"),
        ("de", "„Wir handeln“, sagte Anna Berg.", "Anna Berg"),
    ],
)
def test_a_two_word_quotation_with_its_cue_and_speaker_is_a_quotation(lang: str, text: str, speaker: str) -> None:
    """Two words in quotation marks with a cue and a speaker beside them are a statement, not a scare quote."""
    (quote,) = analyzed(text, lang).quotes
    assert quote.kind == "direct" and speaker in (quote.speaker or "")


def test_a_two_word_scare_quote_without_a_cue_stays_out() -> None:
    assert not [q for q in analyzed("Le ministre a parlé longtemps d'une « réforme juste » lors du débat.", "fr").quotes if q.kind == "direct"]
