"""QA of comparisons on plane, court, football and protest reports (session 38, qa38a): the general rules it fixed."""

from parallax.ingest.agency_lines import is_agency_line
from parallax.ingest.text import article_from_text


def test_agency_known_by_name_alone_under_the_headline() -> None:
    # a Portuguese outlet credits Lusa under the headline as a Finnish one credits STT: no fact of the report
    art = article_from_text("Benfica fecha contratação\n\nLusa\n\nO Benfica chegou a acordo com o Napoli.", "pt", "pt")
    assert art.text.startswith("O Benfica") and "Lusa" in art.boilerplate_removed
    assert is_agency_line("Reuters") and is_agency_line("(Lusa)")
    # a sentence that names the agency stays
    assert not is_agency_line("Lusa noticiou o acordo.")


def _tense(sentence: str, day: str) -> str | None:
    from parallax.analyze.timelex import LEXICONS
    from parallax.analyze.times.cues import sentence_tense

    s = sentence.index(day)
    return sentence_tense(LEXICONS["en"], sentence, s, s + len(day))


def test_plans_as_a_noun_is_no_cue_of_the_future() -> None:
    # the march is over: "plans to shut" after a preposition is the noun, "the planned closure" an adjective
    assert _tense("Thousands marched through Leeds on Tuesday against plans to shut the unit.", "Tuesday") == "past"
    assert _tense("Police gave figures on Monday for a march against the planned closure.", "Monday") != "future"
    # the verb with its subject still looks ahead
    assert _tense("The council plans to vote on Tuesday.", "Tuesday") == "future"
    assert _tense("A vote is planned for Tuesday.", "Tuesday") == "future"


def test_dutch_reported_speech_of_someone_described_and_told_to_whom() -> None:
    from parallax.analyze.quotes.lexical_reported import _LEXICAL_INDIRECT, _NL_DESCRIBED, _verb_of

    m = _NL_DESCRIBED.search("Een passagier vertelde aan het ANP dat hij vlammen zag.")
    assert m is not None and m.group("spk") == "Een passagier" and _verb_of(m) == "vertelde"
    m = _LEXICAL_INDIRECT["nl"].search("Jansen vertelde aan de krant dat hij het niet wist.")
    assert m is not None and _verb_of(m) == "vertelde"


def test_pronoun_after_a_described_newcomer_who_spoke_without_a_parse() -> None:
    from parallax.analyze.quotes.indefinite_speakers import indefinite_speaker

    text = "Een passagier vertelde aan het ANP dat hij vlammen zag. "
    pos = len(text) + 20
    span = indefinite_speaker(text + '"Iedereen schreeuwde", zei hij.', "nl", 0, pos, False)
    assert span is not None and text[span[0] : span[1]] == "Een passagier"
    # a person named in the paragraph comes first; a thing that did something never speaks
    assert indefinite_speaker(text, "nl", 0, len(text), True) is None
    assert indefinite_speaker("Een brand verwoestte het huis. ", "nl", 0, 30, False) is None
    assert indefinite_speaker("Ein Augenzeuge sagte, dass er Flammen sah. ", "de", 0, 43, False) == (0, 14)


def test_minute_of_play_with_a_prime_counts_nothing() -> None:
    from parallax.analyze.quantities import find_quantities

    found = find_quantities("Per i biancocelesti ha segnato Ciro Immobile su rigore al 75'.", "it", [])
    assert [q.value for q in found] == []
    found = find_quantities("Doppietta di Rossi, a segno al 12' e al 67', davanti a 50 mila spettatori.", "it", [])
    assert [q.value for q in found] == [50000.0]
    # English writes feet so; a word after the mark is an elision, no minute
    assert [q.value for q in find_quantities("He sailed a 12' boat.", "en", [])] == [12.0]


def test_a_campaign_that_called_the_march_estimates_as_its_organisers() -> None:
    from parallax.compare.crowds import estimator
    from parallax.records import Article, Quantity, Sentence

    t = "Campaign group Save Our Wards said 15,000 had attended."
    art = Article(id="x", text=t, language="en")
    q = Quantity("15,000", 15000.0, t.index("15"), t.index("15") + 6, None)
    assert estimator(art, Sentence(0, len(t), t), q) == "organisers"


def test_the_side_a_goal_counted_for_is_not_its_scorer() -> None:
    from parallax.compare.minutes import minutes_by_person
    from parallax.records import Article, Entity, Sentence

    t = "Ciro Immobile pulled one back for Lazio from the penalty spot in the 74th minute."
    # the tagger made the club a person: the minute is still the scorer's
    ents = [Entity("Ciro Immobile", "PERSON", 0, 13), Entity("Lazio", "PERSON", t.index("Lazio"), t.index("Lazio") + 5)]
    art = Article(id="x", text=t, language="en", entities=ents)
    assert minutes_by_person(art, Sentence(0, len(t), t)) == {"Ciro Immobile": {74}}


def test_dutch_body_after_van_de_is_no_part_of_the_name() -> None:
    from parallax.analyze.entities import _of_the_place

    # "Sanne de Vries van de Inspectie Leefomgeving": the spokeswoman of the inspectorate
    assert _of_the_place("Sanne de Vries van de Inspectie Leefomgeving") == len("Sanne de Vries")
    assert _of_the_place("Kees de Jong van het Rode Kruis") == len("Kees de Jong")
    # a surname with its particles stays whole
    assert _of_the_place("Jan Peter van Dijk") is None
    assert _of_the_place("Sanne de Vries van de") is None


def test_manner_word_after_a_count_is_no_noun_without_a_parse() -> None:
    from parallax.analyze.quantities.adverbs import manner_word
    from parallax.compare.partitives import PARTITIVE_BEFORE

    assert manner_word("ernstig", "nl") and manner_word("vakavasti", "fi") and manner_word("dodelijk", "nl")
    assert not manner_word("mensen", "nl") and not manner_word("matkustajaa", "fi") and not manner_word("seriously", "en")
    # "of whom" in Dutch and Finnish opens a part of the count before
    assert PARTITIVE_BEFORE.search("Twaalf mensen raakten gewond, van wie ")
    assert PARTITIVE_BEFORE.search("loukkaantuneita oli 12, joista ")
