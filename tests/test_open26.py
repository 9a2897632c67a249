"""Known defects reported in round 26: Romance "according to" sources, speakers described by a role in
Spanish and Portuguese, German holders that open their sentence, Polish names in the genitive, and Korean
and English reports of one event."""

import pytest

import parallax
from parallax.records import Article


def _quotes(text: str, language: str) -> list[tuple[str, str | None]]:
    article = parallax.analyze([Article(id="t", text=text, language=language, published="2026-03-14")])[0]
    return [(q.text, q.speaker) for q in article.quotes]


@pytest.mark.parametrize(
    ("language", "text", "quote", "speaker"),
    [
        ("fr", "Selon le préfet Marc Vernier, neuf personnes ont été évacuées.", "neuf personnes ont été évacuées", "Marc Vernier"),
        ("fr", "D'après la ministre Odile Ferrand, le viaduc restera fermé jusqu'à jeudi.", "le viaduc restera fermé jusqu'à jeudi",
         "Odile Ferrand"),
        ("fr", "Le viaduc restera fermé jusqu'à jeudi, d’après la ministre Odile Ferrand.", "Le viaduc restera fermé jusqu'à jeudi",
         "Odile Ferrand"),
        ("fr", "Selon Hugo Brasseur, porte-parole de la gendarmerie, le conducteur a pris la fuite.", "le conducteur a pris la fuite",
         "Hugo Brasseur"),
        ("es", "Según el alcalde Tomás Iriarte, el río subió tres metros.", "el río subió tres metros", "Tomás Iriarte"),
        ("es", "Según Lucía Ferrer, portavoz de los bomberos, el fuego ya está controlado.", "el fuego ya está controlado", "Lucía Ferrer"),
        ("es", "De acuerdo con la ministra Elena Sastre, la presa no corre peligro.", "la presa no corre peligro", "Elena Sastre"),
        ("it", "Secondo il sindaco Paolo Ferraris, il ponte riaprirà a maggio.", "il ponte riaprirà a maggio", "Paolo Ferraris"),
        ("it", "Il ponte riaprirà a maggio, secondo il sindaco Paolo Ferraris.", "Il ponte riaprirà a maggio", "Paolo Ferraris"),
        ("it", "Secondo Giulia Moretti, portavoce dei vigili del fuoco, nessuno è rimasto ferito.", "nessuno è rimasto ferito",
         "Giulia Moretti"),
        ("pt", "Segundo o ministro Rui Tavares, a barragem aguentou a cheia.", "a barragem aguentou a cheia", "Rui Tavares"),
        ("pt", "A barragem aguentou a cheia, segundo o ministro Rui Tavares.", "A barragem aguentou a cheia", "Rui Tavares"),
        ("pt", "Segundo Marta Lobo, porta-voz dos bombeiros, o incêndio foi dominado.", "o incêndio foi dominado", "Marta Lobo"),
    ],
)
def test_an_according_to_source_speaks_for_its_clause(language, text, quote, speaker):
    assert (quote, speaker) in _quotes(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "La squadra ha chiuso la stagione al traguardo, secondo posto in classifica generale."),
        ("it", "Secondo me, la partita era già finita nel primo tempo."),
        ("pt", "O clube terminou o campeonato com folga, segundo lugar na tabela final."),
    ],
)
def test_second_and_my_opinion_are_no_sources(language, text):
    assert _quotes(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "quote", "speaker"),
    [
        ("pt", "O porta-voz da polícia disse que o motorista fugiu a pé.", "o motorista fugiu a pé", "porta-voz da polícia"),
        ("pt", "A ministra da Saúde afirmou que as vacinas chegam na sexta-feira.", "as vacinas chegam na sexta-feira",
         "ministra da Saúde"),
        ("es", "El portavoz del Gobierno dijo que el paso fronterizo seguirá abierto.", "el paso fronterizo seguirá abierto",
         "portavoz del Gobierno"),
        ("es", "Un vocero dijo que las lluvias dañaron dos puentes.", "las lluvias dañaron dos puentes", "vocero"),
        # and after a quotation, the role with what it is of
        ("pt", "«O motorista fugiu a pé», disse o porta-voz da polícia.", "O motorista fugiu a pé", "porta-voz da polícia"),
        ("es", "«El paso fronterizo seguirá abierto», dijo el portavoz del Gobierno.", "El paso fronterizo seguirá abierto",
         "portavoz del Gobierno"),
    ],
)
def test_a_speaker_described_by_a_role_is_that_role(language, text, quote, speaker):
    assert (quote, speaker) in _quotes(text, language)


def test_a_described_role_resolves_to_its_named_holder():
    """"A ministra" after "A ministra Ana Costa" is Ana Costa, as "the minister" is in English."""
    text = "A ministra Inês Prates visitou o hospital. A ministra disse que o surto já está controlado."
    assert ("o surto já está controlado", "Inês Prates") in _quotes(text, "pt")


def _german_holders(text: str) -> list[str | None]:
    from parallax.compare.holders import holder

    art = parallax.analyze([Article(id="t", text=text, language="de", published="2026-03-14")])[0]
    return [holder(art, art.sentences[0], q) for q in art.quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Schweden gewann am Sonntag 14 Medaillen.", ["Schweden"]),
        ("Bosch verkaufte im Mai 800 Pumpen.", ["Bosch"]),
        ("Mittlerweile lag die Quote bei 27 Prozent.", [None]),  # an adverb by its ending
        ("Erstmals erhielt die Vorlage 27 Stimmen.", [None]),
        ("Ärzte zählten am Abend 40 Patienten.", [None]),  # a plural before a plural verb
    ],
)
def test_a_bare_german_name_opening_its_sentence_holds_its_count(text, expected):
    assert _german_holders(text) == expected


def test_two_countries_counts_are_no_conflict_in_german():
    from parallax.compare.conflicts import sentence_conflicts

    a, b = parallax.analyze(
        [
            Article(id="a", text="Schweden gewann am Sonntag 14 Medaillen.", language="de", published="2026-03-14", outlet="A"),
            Article(id="b", text="Finnland gewann am Sonntag 9 Medaillen.", language="de", published="2026-03-14", outlet="B"),
        ]
    )
    assert not [c for c in sentence_conflicts(a, a.sentences[0], b, b.sentences[0]) if c.kind == "number"]


@pytest.mark.parametrize(
    ("name", "nominative"),
    [
        ("Tadeusza Wiśniewskiego", "Tadeusz Wiśniewski"),
        ("Barbary Lisickiej", "Barbara Lisicka"),
        ("Ewy Sowa", "Ewa Sowa"),  # a woman's surname that does not decline
        ("Rafała Zająca", "Rafał Zając"),
        ("Rafała Dudka", "Rafał Dudek"),
        ("Zbigniewa Kotarskiego", "Zbigniew Kotarski"),
        ("Wiśniewskiego", "Wiśniewski"),
        ("Diego Borrego", "Diego Borrego"),  # no Polish genitive
        ("Paula Costa", "Paula Costa"),  # a given name that is a name itself is no evidence
        ("Jana Dvořáková", "Jana Dvořáková"),
    ],
)
def test_a_polish_name_in_the_genitive_reads_as_its_nominative(name, nominative):
    from parallax.analyze.name_forms import polish_nominative

    assert polish_nominative(name) == nominative


def test_a_polish_speaker_in_the_genitive_is_the_same_person():
    from parallax.compare.quotes import person_match

    assert person_match("Tadeusza Wiśniewskiego", "Tadeusz Wiśniewski") is True
    assert person_match("Barbary Lisickiej", "Barbara Lisicka") is True
    assert person_match("Tadeusza Wiśniewskiego", "Tadeusz Kamiński") is False


def test_a_polish_person_in_the_genitive_is_one_entity_across_reports():
    from parallax.compare import compare_articles

    arts = parallax.analyze(
        [
            Article(id="a", text="Według Tadeusza Wiśniewskiego most zamknięto w nocy z powodu powodzi.", language="pl",
                    published="2026-03-14", outlet="A"),
            Article(id="b", text="Tadeusz Wiśniewski powiedział, że most zamknięto w nocy z powodu powodzi.", language="pl",
                    published="2026-03-14", outlet="B"),
        ]
    )
    assert [q.speaker for a in arts for q in a.quotes] == ["Tadeusz Wiśniewski", "Tadeusz Wiśniewski"]
    people = [e for e in compare_articles(arts).entities if e.label == "PERSON"]
    assert [(e.text, e.articles) for e in people] == [("Tadeusz Wiśniewski", ["a", "b"])]


def test_korean_words_are_heard_by_their_latin_spelling():
    from parallax.korean import korean_keys, press_form, revised
    from parallax.sounds import heard_keys, spelt_among

    assert revised("부산") == "busan" and revised("해운대") == "haeundae" and revised("울릉") == "ulleung"
    assert press_form("Jae-myung") in korean_keys("이재명")  # a given name, spelt as the press spells it
    keys = heard_keys(["부산에서", "앞바다", "여객선이"], "ko")
    assert spelt_among("busan", keys) and not spelt_among("tokyo", keys)


def test_a_korean_day_of_the_month_is_no_figure_and_its_plain_present_looks_ahead():
    from parallax.stories.features import numbers

    assert numbers("10일 새벽 경찰관 약 4500명이 배치됐다") == {"4500"}
    art = parallax.analyze([Article(id="k", text="해경은 목요일 선원들을 조사한다.", language="ko", published="2026-03-10")])[0]
    assert [t.value for t in art.times] == ["2026-03-12"]


def test_a_korean_and_an_english_report_of_one_collision_are_one_story():
    from parallax.stories import cluster_articles

    en = Article(id="en", language="en", published="2026-03-10T08:00:00+00:00", outlet="Wire", title="Tanker and ferry collide off Busan",
                 text="A tanker collided with a passenger ferry off Busan early on Tuesday, the coast guard said. Nine of the 170 "
                      "passengers were taken to hospital.\n\nThe ferry was towed back to port. Investigators will question the "
                      "tanker's crew on Thursday.")
    ko = Article(id="ko", language="ko", published="2026-03-10T09:30:00+00:00", outlet="남해신문", title="부산 앞바다서 유조선·여객선 충돌",
                 text="10일 새벽 부산 앞바다에서 유조선과 여객선이 충돌했다고 해양경찰이 밝혔다. 승객 170명 가운데 9명이 병원으로 "
                      "옮겨졌다.\n\n여객선은 항구로 예인됐다. 해경은 목요일 유조선 선원들을 조사한다.")
    other = Article(id="other", language="en", published="2026-03-10T10:00:00+00:00", outlet="Wire", title="Flooding closes rail line",
                    text="Heavy rain flooded tracks near Bolzano on Tuesday, closing the rail line to Verona for 12 hours.\n\n"
                         "About 300 passengers were stranded, the operator said.")
    result = cluster_articles(parallax.analyze([en, ko, other]))
    assert sorted(sorted(s["articles"]) for s in result.stories) == [["en", "ko"], ["other"]]
