"""QA round 44b: Russian states as places in any case (ru), and speakers the round found missing or wrong: each test
holds one rule of the language or of news writing."""

from __future__ import annotations

from tests.helpers import analyzed, first_sentence_conflicts


def test_a_russian_state_is_a_place_with_its_nominative_name_in_any_case():
    art = analyzed("Гуманитарный груз доставила Армения. Позже власти Армении и Казахстана обсудили помощь.", "ru")
    states = [(e.text, e.label, e.canonical) for e in art.entities if e.label == "GPE"]
    assert ("Армения", "GPE", "Армения") in states
    assert ("Армении", "GPE", "Армения") in states and ("Казахстана", "GPE", "Казахстан") in states
    # a state opening a sentence is kept too, and a person's name stays a person's
    art = analyzed("Грузия закрыла границу, заявил министр Олег Сорокин.", "ru")
    assert {(e.text, e.label) for e in art.entities} >= {("Грузия", "GPE"), ("Олег Сорокин", "PER")}


def test_two_russian_reports_naming_two_states_as_the_helper_conflict_on_the_place():
    a = "Переговоры о перемирии провела Норвегия, сообщили дипломаты."
    b = "Переговоры о перемирии провела Швейцария, сообщили дипломаты."
    assert first_sentence_conflicts(a, b, "ru") == [("place", {"a": "Норвегия", "b": "Швейцария"})]
    # one state in two cases is no conflict
    c = "Переговоры о перемирии провели власти Норвегии, сообщили дипломаты."
    assert first_sentence_conflicts(a, c, "ru") == []


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in analyzed(text, lang).quotes]


def test_a_view_opening_with_per_and_the_head_of_a_body_is_the_name_after_the_body():
    text = "Per il leader della Fiom Carla Neri «il piano industriale non regge», mentre l'azienda tace."
    assert _speakers(text, "it") == ["Carla Neri"]
    text = "Para la líder de UGT Rosa Llamas, «el convenio llega tarde»."
    assert _speakers(text, "es") == ["Rosa Llamas"]
    # a body with no head's word before it is no role: "Per la Cisl" is the union, not a person's view
    assert _speakers("Per la Cisl Andrea Fumagalli «serve un tavolo al ministero».", "it") == [None]


def test_a_french_quotation_whose_cue_names_someone_unnamed_goes_to_no_one_named_nearby():
    # the next sentence's "Selon ... Hugo Besson" and the last sentence's subject both stood near the worker's words
    text = (
        "Le groupe a confirmé la fermeture du site de Vierzon. « On l'a appris par la radio », a réagi une "
        "salariée. Selon le délégué syndical de l'usine, Hugo Besson, « rien n'a été proposé aux équipes »."
    )
    assert _speakers(text, "fr") == [None, "Hugo Besson"]
    text = "La maire, Odile Carré, a promis un bus de remplacement. « Personne ne nous a prévenus », a lancé un usager."
    assert _speakers(text, "fr") == [None]


def _pair_conflicts(a_text: str, a_lang: str, b_text: str, b_lang: str) -> list[tuple[str, dict]]:
    from parallax.analyze import Analyzer
    from parallax.compare.conflicts import sentence_conflicts
    from parallax.records import Article
    from tests.helpers import QA_PUBLISHED, shown

    a = Article(id="a", text=a_text, outlet="A", published=QA_PUBLISHED, language=a_lang)
    b = Article(id="b", text=b_text, outlet="B", published=QA_PUBLISHED, language=b_lang)
    Analyzer().analyze_all([a, b])
    return [(c.kind, shown(c)) for c in sentence_conflicts(a, a.sentences[0], b, b.sentences[0])]


def test_passengers_counted_in_norwegian_greek_or_finnish_meet_the_english_passengers():
    en = "The ferry was carrying 254 passengers when it ran aground off the island."
    got = _pair_conflicts("Ferja hadde 245 passasjerer om bord da den gikk på grunn ved øya.", "no", en, "en")
    assert got == [("number", {"a": [245.0], "b": [254.0], "unit": "passenger"})]
    got = _pair_conflicts("Το πλοίο μετέφερε 245 επιβάτες όταν προσάραξε στο νησί.", "el", en, "en")
    assert got == [("number", {"a": [245.0], "b": [254.0], "unit": "passenger"})]
    # the same figure is no conflict
    assert _pair_conflicts("Lautalla oli 254 matkustajaa, kun se ajoi karille saaren edustalla.", "fi", en, "en") == []


def test_a_nordic_speaker_after_a_role_and_the_body_it_serves_is_the_person_not_the_body():
    text = "– Signalfeilen er rettet, sier informasjonssjef i Ruter AS Tone Eik til NTB."
    assert _speakers(text, "no") == ["Tone Eik"]
    text = "– Vi beklager forsinkelserne, siger pressechef i Go Cargo Lene Bak."
    assert _speakers(text, "da") == ["Lene Bak"]
    # a name with no role and body before it stays whole
    assert _speakers("– Vi beklager, sier Tone Eik i Ruter.", "no") == ["Tone Eik"]


def test_a_hungarian_weekday_before_a_verb_in_the_definite_past_is_the_day_gone_by():
    from tests.helpers import resolved

    pub = "2026-11-20T10:00"  # a Friday: the last Wednesday is the 18th, the next the 25th
    text = "Szerdán jóváhagyta a kormány a költségvetést: 2027-től magasabb lesz a családi pótlék."
    assert resolved("hu", text, pub)["Szerdán"] == "2026-11-18"
    assert resolved("hu", "A szóvivő szerdán bejelentette, hogy a híd tavasszal lesz kész.", pub)["szerdán"] == "2026-11-18"
    # the future stays the future, and an evening is no verb
    assert resolved("hu", "Szerda este lesz a szavazás a parlamentben.", pub)["Szerda este"].startswith("2026-11-25")


def test_a_kind_of_person_outnumbering_the_people_of_a_translation_conflicts():
    en = "The bus carrying 41 people overturned on the mountain road on Sunday."
    got = _pair_conflicts("Το λεωφορείο με 47 επιβάτες ανατράπηκε στον ορεινό δρόμο την Κυριακή.", "el", en, "en")
    assert [kind for kind, _ in got] == ["number"] and got[0][1]["a"] == [47.0] and got[0][1]["b"] == [41.0]
    # fewer passengers than people may be a part of them (the crew besides): no conflict
    assert _pair_conflicts("Το λεωφορείο με 38 επιβάτες ανατράπηκε στον ορεινό δρόμο την Κυριακή.", "el", en, "en") == []



def test_a_common_noun_opening_one_sentence_holds_no_count_the_other_report_writes_it_in_lower_case():
    # "Preglede" and "Tvornice" take a capital only where they open a sentence; the other report writes them in lower case
    a = "DIRH je obavio preglede u devet tvornica."
    b = "Preglede su inspektori obavili u sedam tvornica."
    assert first_sentence_conflicts(a, b, "hr") == [("number", {"a": [9.0], "b": [7.0], "unit": "tvornica"})]
    # a name that holds the count on each side keeps the two counts apart ("Vox" / "El PP")
    assert first_sentence_conflicts("Vox obtuvo nueve procuradores.", "El PP obtuvo once procuradores.", "es") == []
