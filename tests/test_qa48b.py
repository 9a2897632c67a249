"""QA round 48b (Hungarian, Baltic, Ukrainian, Turkish, Catalan and more): a time phrase after a speaker's role,
Turkish capital I's in time phrases, and the other faults listed in each test."""

from __future__ import annotations

from tests.helpers import analyzed, resolved


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in analyzed(text, lang).quotes]


def test_turkish_dotted_capital_i_opens_a_time_phrase() -> None:
    # published on Friday 2026-11-20: "İki hafta önce" is two weeks before, "İKİ YIL ÖNCE" two years before
    got = resolved("tr", "Maden ocağı İki hafta önce kapatılmıştı.", "2026-11-20T10:00:00Z")
    assert got.get("İki hafta önce") == "2026-W45"
    got = resolved("tr", "GREV İKİ YIL ÖNCE BAŞLADI.", "2026-11-20T10:00:00Z")
    assert got.get("İKİ YIL ÖNCE") == "2024"


def test_a_hungarian_role_after_the_cue_then_when_it_was_said_speaks() -> None:
    assert _speakers("„Elfogyott a türelmünk” – mondta a szakszervezet elnöke tegnap.", "hu") == ["szakszervezet elnöke"]
    assert _speakers("„A gátat megerősítjük” – közölte a katasztrófavédelem szóvivője szerda reggel.", "hu") == ["katasztrófavédelem szóvivője"]
    assert _speakers("„Senki sem sérült meg” – mondta a tűzoltóparancsnok hétfőn.", "hu") == ["tűzoltóparancsnok"]



def _reported(text: str, lang: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in analyzed(text, lang).quotes]


def test_a_lithuanian_source_before_teigimu_opens_its_sentence() -> None:
    got = _reported("Gamykloje kilo sprogimas. Savivaldybės teigimu, gyventojams pavojus negresia jau nuo vakaro.", "lt")
    assert got == [("Savivaldybės", "gyventojams pavojus negresia jau nuo vakaro")]
    got = _reported("Gamykloje kilo sprogimas. Ekspertų nuomone, sprogimą sukėlė sugedęs katilas rūsyje.", "lt")
    assert [s for s, _ in got] == ["Ekspertų"]


def test_a_latvian_or_lithuanian_speaker_described_by_a_declined_role() -> None:
    got = _reported("Rūpnīcā notika sprādziens. Glābšanas dienesta pārstāvji apgalvoja, ka cietušo skaits vairs nepieaugs.", "lv")
    assert got == [("Glābšanas dienesta pārstāvji", "cietušo skaits vairs nepieaugs")]
    got = _reported("Gamykloje kilo sprogimas. Ugniagesių vadovai pabrėžė, kad gaisras jau visiškai užgesintas.", "lt")
    assert [s for s, _ in got] == ["Ugniagesių vadovai"]
    # a sentence opening with a day and a body, no role, is not read as a description
    assert _reported("Rūpnīcā notika sprādziens. Vakar vakarā norādīja, ka cietušo skaits vairs nepieaugs.", "lv") == []


def _quote_groups(texts: list[str], lang: str) -> list[tuple[str, list[tuple[str, str]]]]:
    import parallax
    from tests.helpers import outlet_articles

    groups = parallax.compare(outlet_articles(texts, lang)).to_dict()["quotes"]
    return [(g["fidelity"], [(v["kind"], v["fidelity"]) for v in g["variants"]]) for g in groups]


def test_reported_speech_that_keeps_the_quoted_words_is_graded_by_them() -> None:
    a = "Директорка школи Олена Бойко зустрілася з батьками. «Школа відновить навчання в понеділок після ремонту даху», — сказала Бойко."
    b = "Директорка школи Олена Бойко зустрілася з батьками. Вона сказала, що школа відновить навчання в понеділок після ремонту даху."
    assert _quote_groups([a, b], "uk") == [("verbatim", [("direct", "verbatim"), ("indirect", "verbatim")])]


def test_reported_speech_in_other_words_stays_a_paraphrase() -> None:
    a = "Директорка школи Олена Бойко зустрілася з батьками. «Школа відновить навчання в понеділок після ремонту даху», — сказала Бойко."
    b = "Директорка школи Олена Бойко зустрілася з батьками. Вона сказала, що заняття у школі почнуться знову на початку тижня, коли полагодять дах."
    got = _quote_groups([a, b], "uk")
    assert all(fid != "verbatim" and ("indirect", "altered") not in variants for fid, variants in got)


def _years(text: str, lang: str) -> tuple[dict[str, str | None], list[tuple[float, str | None]]]:
    art = analyzed(text, lang)
    return {t.text: t.value for t in art.times}, [(q.value, q.unit) for q in art.quantities]


def test_a_catalan_agent_noun_with_its_years_is_an_age() -> None:
    assert _years("Una treballadora de 38 anys va resultar ferida a la planta.", "ca") == ({}, [(38.0, "(age)")])
    assert _years("Un taxista de 61 anys va morir a la cruïlla.", "ca") == ({}, [(61.0, "(age)")])
    assert _years("Un vianant de 77 anys va ser atropellat.", "ca") == ({}, [(77.0, "(age)")])
    # a sentence of years is still a span
    assert _years("El jutge li va imposar una pena de 12 anys.", "ca")[0] == {"12 anys": "P12Y"}


def test_a_lithuanian_age_with_its_case_ending_or_a_genitive_before_the_noun() -> None:
    assert _years("Sulaikytas 52-ejų metų vyras.", "lt") == ({}, [(52.0, "(age)")])
    assert _years("Sužeistas 38-erių metų gamyklos darbininkas vairuotojas.", "lt")[1] == [(38.0, "(age)")]
    assert _years("Ligoninėje guli 63 metų sunkvežimio vairuotojas.", "lt") == ({}, [(63.0, "(age)")])
    assert _years("Avarijoje nukentėjo Petras Kazlauskas, 29 metų.", "lt")[0] == {}
    assert _years("Gamykla veikia jau 29 metus.", "lt")[0] == {"29 metus": "P29Y"}


def test_two_ages_of_one_unnamed_person_conflict_in_catalan_and_lithuanian() -> None:
    from tests.helpers import compared_conflicts

    got = compared_conflicts(["Una dona de 52 anys va morir dijous a l'incendi de Manresa.", "Una dona de 57 anys va morir dijous a l'incendi de Manresa."], "ca")
    assert ("number", {"a": [52.0], "b": [57.0], "unit": "age"}) in got
    got = compared_conflicts(["Ketvirtadienį gaisre Alytuje žuvo 52 metų moteris.", "Ketvirtadienį gaisre Alytuje žuvo 57 metų moteris."], "lt")
    assert ("number", {"a": [52.0], "b": [57.0], "unit": "age"}) in got


def test_an_estonian_sum_in_any_case_of_the_euro_is_money() -> None:
    art = analyzed("Remont läheb maksma kuni 4 miljoni euroni ja vald katab selle 250 000 euroga.", "et")
    assert [(q.value, q.unit) for q in art.quantities] == [(4_000_000.0, "€"), (250_000.0, "€")]
    art = analyzed("Toetus tõusis 900 eurolt 1100 eurole.", "et")
    assert [(q.value, q.unit) for q in art.quantities] == [(900.0, "€"), (1100.0, "€")]


def test_a_magnitude_word_in_any_case_before_the_figure() -> None:
    from tests.helpers import compared_conflicts

    for lang, text in (("uk", "Поштовх магнітудою 4,9 зафіксували вночі."), ("pl", "Wstrząs o magnitudzie 4,9 odnotowano w nocy."),
                       ("ro", "Un seism cu magnitudinea 4,9 s-a produs noaptea."), ("tr", "Gece 4,9 büyüklüğünde bir sarsıntı oldu.")):
        assert [(q.value, q.unit) for q in analyzed(text, lang).quantities] == [(4.9, "magnitude")], lang
    got = compared_conflicts(["Землетрус магнітудою 4,9 стався в неділю біля Рахова.", "Землетрус магнітудою 5,3 стався в неділю біля Рахова."], "uk")
    assert ("number", {"a": [4.9], "b": [5.3], "unit": "magnitude"}) in got


def test_a_lithuanian_dated_dateline_with_its_day_word() -> None:
    from parallax.ingest.dated_place import split_dated_place

    text = "Klaipėda, spalio 7 d. – Uosto darbuotojai antradienį pradėjo streiką dėl atlyginimų."
    line = split_dated_place(text, text)
    assert line is not None and (line.place, line.date) == ("Klaipėda", "spalio 7 d.")
    assert line.after.startswith("Uosto darbuotojai")
    text = "Šiauliai, 2026 m. spalio 7 d. – Uosto darbuotojai antradienį pradėjo streiką dėl atlyginimų."
    line = split_dated_place(text, text)
    assert line is not None and line.date == "2026 m. spalio 7 d."


def test_the_lithuanian_there_is_no_english_ten() -> None:
    assert [(q.text, q.value) for q in analyzed("Ten pat buvo sužeisti trys keleiviai.", "lt").quantities] == [("trys", 3.0)]


def test_a_hungarian_place_in_its_case_after_a_described_speaker_is_no_speaker() -> None:
    assert _speakers("„A gát kitart” – mondta a tűzoltóparancsnok Szolnokon.", "hu") != ["Szolnokon"]
    assert _speakers("„A gát kitart” – mondta a tűzoltóparancsnok Debrecenben.", "hu") != ["Debrecenben"]
    assert _speakers("„A gát kitart” – mondta Fekete.", "hu") == ["Fekete"]
    assert _speakers("„A gát kitart” – mondta a tűzoltóparancsnok, Fekete Zsolt.", "hu") == ["Fekete Zsolt"]


def test_a_czech_role_with_its_body_in_the_genitive_introduces_the_speaker() -> None:
    text = "Hejtman kraje Pavel Černý navštívil zaplavené obce. „Evakuace potrvá nejméně do neděle,“ řekl hejtman."
    assert _speakers(text, "cs") == ["Pavel Černý"]
    # a verb between the role and the name: the name is whom the role met, not who the role is
    text = "Hejtman navštívil Pavla Černého v nemocnici. „Evakuace potrvá nejméně do neděle,“ řekl hejtman."
    assert _speakers(text, "cs") != ["Pavel Černý"]
