"""Tests for helper quotes39: names after "that", Baltic and Slovenian cues, Hebrew and Korean speakers, indirect speech."""

from tests.helpers import analyzed


def test_one_title_case_word_after_that_is_a_name_where_the_clause_goes_on() -> None:
    """'сказал, что «Газпром» снизит цены': past "that" no word opens a sentence, so its capital is a name's."""
    from parallax.analyze.quotes.works import name_after_that

    text = "Иван Петров сказал, что «Газпром» снизит цены."
    start = text.index("Газпром")
    assert name_after_that(text, start, start + len("Газпром"), "ru")
    assert [q.kind for q in analyzed(text, "ru").quotes] == ["indirect"]
    text = 'Sánchez dijo que "Basta". Luego se fue.'
    start = text.index("Basta")
    assert not name_after_that(text, start, start + len("Basta"), "es")  # a word said that closes the clause
    text = "Merkel sagte, dass „Siemens“ investiert."
    assert not name_after_that(text, text.index("Siemens"), text.index("Siemens") + 7, "de")  # every noun capitalised


def test_baltic_and_slovenian_speakers_after_to_whom_before_the_cue() -> None:
    """To whom it was said may stand between the quotation and the verb: the speaker still follows the verb."""
    cases = [
        ("lt", "„Mes nepasiduosime“, – žurnalistams sakė G. Paluckas.", "G. Paluckas"),
        ("lt", "„Mes nepasiduosime“, – BNS sakė ministras Jonas Petraitis.", "Jonas Petraitis"),
        ("lv", '"Mēs nepadosimies," žurnālistiem sacīja Kariņš.', "Kariņš"),
        ("lv", '"Mēs nepadosimies," aģentūrai LETA sacīja ministrs Jānis Bērziņš.', "Jānis Bērziņš"),
        ("sl", "»Ne bomo popustili,« je novinarjem dejal minister.", "minister"),
        ("sl", "»Ne bomo popustili,« je za STA povedal Janez Novak.", "Janez Novak"),
    ]
    for lang, text, speaker in cases:
        assert [q.speaker for q in analyzed(text, lang).quotes] == [speaker], text


def test_baltic_reported_speech_with_to_whom_keeps_its_subject() -> None:
    """'Paluckas žurnalistams sakė, kad ...': the subject before the addressee and the verb."""
    quotes = analyzed("Gintautas Paluckas žurnalistams sakė, kad vyriausybė nepasiduos.", "lt").quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Gintautas Paluckas")]
    quotes = analyzed("Nina Zupan je novinarjem povedala, da vlada ne bo popustila.", "sl").quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Nina Zupan")]


def test_hebrew_bare_verb_takes_up_reported_speech_of_the_paragraph_before() -> None:
    """'X אמר כי …' ¶ '"…", אמר.': a verb with no subject opening the next paragraph takes up X, as "He said" would;
    a paragraph of narration between them leaves it to the quotation before (none here)."""
    said = "ראש העירייה יוסי לוי אמר כי העיר מוכנה.\n\n"
    quotes = analyzed(said + '"אנחנו נמשיך לעבוד", אמר.', "he").quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "יוסי לוי"), ("direct", "יוסי לוי")]
    quotes = analyzed(said + 'הוא אמר: "אנחנו נמשיך לעבוד עד הסוף".', "he").quotes
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["יוסי לוי"]
    quotes = analyzed(said + "הגשם נמשך כל הלילה בכל רחבי הארץ.\n\n" + '"אנחנו נמשיך לעבוד", אמר.', "he").quotes
    assert [q.speaker for q in quotes if q.kind == "direct"] == [None]


def test_korean_country_before_or_after_a_name_and_its_title_is_no_part_of_the_name() -> None:
    """Korean writes what an office is of before its title, on either side of the name: the speaker is the person."""
    from parallax.analyze.quotes.uncased_names import speaker_name

    assert speaker_name("ko", "미국 국무장관 토니 블링컨") == "토니 블링컨"
    assert speaker_name("ko", "조 바이든 미국 대통령") == "조 바이든"
    assert speaker_name("ko", "야마카와 히로시 JAXA 이사장") == "야마카와 히로시"
    assert speaker_name("ko", "에스펜 바르트 에이데 외무장관") == "에스펜 바르트 에이데"
    quotes = analyzed('미국 국무장관 토니 블링컨은 "우리는 동맹을 지킬 것"이라고 말했다.', "ko").quotes
    assert [q.speaker for q in quotes] == ["토니 블링컨"]


def test_a_possessive_owner_of_a_claim_noun_is_resolved_as_its_pronoun() -> None:
    """'His promises to get tough on the banks': the owner "his" is whoever "he" would be."""
    text = "Donald Trump is presenting himself as a friend of the ordinary worker.\n\nHis promises to get tough on the banks were loud."
    quotes = analyzed(text, "en").quotes
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [("indirect", "to get tough on the banks", "Donald Trump")]


def test_views_held_on_a_thing_and_telling_little_about_it_are_stances() -> None:
    """An owned noun of view or devotion ("his obsession with ...") and an adjective of telling little or much
    ("has been vague about ...") report a position on a thing, as "his criticism of ..." and "critical of" do."""
    quotes = analyzed("Senator Tom Reed spoke on Monday. His obsession with the trade deficit is well known.", "en").quotes
    assert ("the trade deficit", "Tom Reed") in [(q.text, q.speaker) for q in quotes]
    quotes = analyzed("The committee has been vague about the meaning of a minor repair.", "en").quotes
    assert [(q.text, q.speaker) for q in quotes] == [("the meaning of a minor repair", "committee")]


def test_a_clause_after_the_preposition_of_a_stance_noun_is_what_it_is_about() -> None:
    """'his comment about a third of the town being dependent': the preposition takes a gerund clause."""
    text = "Mayor Hollis was haunted by his infamous comment about a third of the town being dependent on the mill."
    quotes = analyzed(text, "en").quotes
    assert [(q.text, q.speaker) for q in quotes] == [("a third of the town being dependent on the mill", "Hollis")]


def test_doubling_down_weighing_in_and_lashing_out_take_positions() -> None:
    """'is doubling down on', 'weighed in on', 'lashed out at': the topic of a position, as "railed against" is;
    "Sales doubled on strong demand" has no one holding it."""
    quotes = analyzed("The governor weighed in on the court ruling.", "en").quotes
    assert [(q.text, q.speaker) for q in quotes] == [("the court ruling", "governor")]
    quotes = analyzed("Senator Tom Reed lashed out at the budget office.", "en").quotes
    assert [(q.text, q.speaker) for q in quotes] == [("the budget office", "Tom Reed")]
    assert analyzed("Sales doubled on strong demand for phones.", "en").quotes == []


def test_a_noun_phrase_said_is_what_was_said() -> None:
    """'has said the same thing': the object of "say" with no clause is its content; a pronoun or one word is not."""
    quotes = analyzed("Senator Tom Reed has said the same thing.", "en").quotes
    assert [(q.text, q.speaker) for q in quotes] == [("the same thing", "Tom Reed")]
    assert analyzed("Senator Tom Reed said it.", "en").quotes == []
    assert analyzed("Senator Tom Reed said goodbye.", "en").quotes == []
