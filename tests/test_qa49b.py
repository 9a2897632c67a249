"""QA round 49b (European languages): Estonian names in the genitive, Hungarian people (family name first, the role
after the name), people driven from their homes in an infinitive clause, counts whose verb follows another count's."""

from __future__ import annotations

from parallax.compare.roles import role
from tests.helpers import analyzed, compared_conflicts


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in analyzed(text, lang).quotes]


def test_estonian_full_name_in_the_genitive_is_the_surname_written_later() -> None:
    # only the surname declines in Estonian ("Jüri Ratase sõnul"): the nominative written alone later is that name's
    text = "Linnapea Jüri Ratase sõnul on linnal raha piisavalt. „Me ei kavatse makse tõsta,“ ütles Ratas."
    assert _speakers(text, "et") == ["Jüri Ratas", "Jüri Ratas"]
    text = "Politsei pressiesindaja Tiit Metsa sõnul on uurimine alles alguses. „Me teame vähe,“ lisas Mets."
    assert _speakers(text, "et") == ["Tiit Mets", "Tiit Mets"]


def test_estonian_genitive_with_no_nominative_stays_as_written() -> None:
    # no nominative anywhere: nothing is made up ("Saare" may be Saar or Saare)
    assert _speakers("Päästeameti pressiesindaja Kadri Saare sõnul evakueeriti 300 inimest.", "et") == ["Kadri Saare"]


def _roles(text: str, lang: str) -> list[tuple[str, str | None]]:
    a = analyzed(text, lang)
    return [(q.text, role(a.text, q)) for q in a.quantities]


def test_driven_from_their_homes_in_an_infinitive_clause() -> None:
    # German sets the infinitive clause after a comma: "zwang 8.000 Menschen, ihre Häuser zu verlassen"
    assert _roles("Das Feuer zwang 8.000 Menschen, ihre Häuser zu verlassen.", "de") == [("8.000", "evacuated")]
    assert _roles("Das Hochwasser zwang rund 2.000 Anwohner, ihre Wohnungen zu räumen.", "de") == [("2.000", "evacuated")]
    assert _roles("Branden tvingade 800 människor att lämna sina hem.", "sv") == [("800", "evacuated")]
    assert _roles("Branden tvang 800 mennesker til at forlade deres hjem.", "da") == [("800", "evacuated")]
    assert _roles("Brannen tvang 800 mennesker til å forlate hjemmene sine.", "nb") == [("800", "evacuated")]
    assert _roles("Tulipalo pakotti 800 ihmistä jättämään kotinsa.", "fi") == [("800", "evacuated")]
    # a comma before another clause is no such clause
    assert _roles("Das Feuer zwang 8.000 Menschen, die Polizei sperrte die Straße.", "de") == [("8.000", None)]


def test_a_count_whose_own_verb_follows_is_not_the_earlier_counts() -> None:
    # Estonian and Finnish "ja" (and): "hukkus kaks inimest ja seitse inimest sai vigastada": the seven were injured
    assert _roles("Õnnetuses hukkus kaks inimest ja seitse inimest sai vigastada.", "et") == [("kaks", "dead"), ("seitse", "injured")]
    # with no verb of its own the count shares the one before: "hukkus kaks täiskasvanut ja seitse last" (seven children died)
    assert _roles("Õnnetuses hukkus kaks täiskasvanut ja seitse last.", "et") == [("kaks", "dead"), ("seitse", "dead")]


def test_estonian_injured_counts_with_and_without_a_noun_conflict() -> None:
    a = "Buss sõitis teisipäeval Tartu lähedal kraavi. Õnnetuses hukkus kaks inimest ja üheksa sai vigastada."
    b = "Buss sõitis teisipäeval Tartu lähedal kraavi. Õnnetuses hukkus kaks inimest ja seitse inimest sai vigastada."
    found = compared_conflicts([a, b], "et")
    assert [(k, v["a"], v["b"]) for k, v in found] == [("number", [9.0], [7.0])]


def _people(text: str) -> dict[str, str]:
    return {e.text: e.label for e in analyzed(text, "hu").entities}


def test_hungarian_names_family_name_first_are_people() -> None:
    text = "„Mindenkit kimenekítettünk” – mondta Nagy Péter polgármester. Kovács Anna szóvivő szerint a kár jelentős."
    people = _people(text)
    assert people["Nagy Péter"] == "PER"
    assert people["Kovács Anna"] == "PER"


def test_hungarian_role_after_the_name_makes_a_person() -> None:
    # a given name the lexicon lacks: the role after the name says it is a person's
    people = _people("A bejelentést Szabó Bendegúz polgármester tette meg kedden.")
    assert people["Szabó Bendegúz"] == "PER"
    # a place with a lower-case word after it stays no person
    assert _people("A Duna Plaza bezár kedden.").get("Duna Plaza") != "PER"


def test_estonian_clock_in_the_genitive() -> None:
    # "kella 18.40 paiku" (about 18.40): the clock word in the genitive before "paiku", "ajal", "paiku", "ringis"
    from tests.helpers import resolved

    found = resolved("et", "Õnnetus juhtus teisipäeval kella 18.40 paiku.", "2026-11-19T08:30:00+02:00")
    assert found["kella 18.40"] == "2026-11-17T18:40"


def test_hungarian_hour_about_is_a_clock_time() -> None:
    # "3 óra körül" (about three o'clock) is a time of day; "három órán át", "3 óra" alone stay lengths
    from tests.helpers import resolved

    pub = "2026-11-20T09:00:00+01:00"
    found = resolved("hu", "A tüzet csütörtökön hajnali 3 óra körül jelezték.", pub)
    assert found["hajnali 3 óra"] == "2026-11-19T03:00"
    assert resolved("hu", "A tüzet pénteken 14 óra tájban oltották el.", pub)["14 óra"] == "2026-11-20T14:00"


def test_italian_nessun_negates_as_french_aucun() -> None:
    # "nessun vagone" (no wagon: "nessuno" cut before a noun) translates "aucun wagon ne": no negation changed
    from parallax.compare.translated_quotes import negation_changed

    fr = "Nous avons eu beaucoup de chance, aucun wagon ne transportait de matières dangereuses"
    it = "Siamo stati molto fortunati, nessun vagone trasportava merci pericolose"
    assert not negation_changed(fr, "fr", it, "it")
    assert negation_changed(fr, "fr", "Siamo stati molto fortunati, un vagone trasportava merci pericolose", "it")
    de = "Wir hatten großes Glück, keinerlei Gefahrgut war an Bord"
    assert not negation_changed(de, "de", "Nous avons eu beaucoup de chance, aucune marchandise dangereuse n'était à bord", "fr")


def test_greek_glide_of_a_foreign_name_is_the_same_speaker() -> None:
    # Greek writes the "y" of a Slavic name as "γι" between vowels: "Στογιάνοφ" is Стоянов / Stoyanov
    from parallax.compare.speakers import _person_match

    assert _person_match("Атанас Стоянов", "Ατανάς Στογιάνοφ") is True
    assert _person_match("Atanas Stoyanov", "Ατανάς Στογιάνοφ") is True
    # a native Greek name keeps its "g": "Panagiotis" is Παναγιώτης, and two surnames stay two people
    assert _person_match("Panagiotis Kostas", "Παναγιώτης Κώστας") is True
    assert _person_match("Атанас Стоянов", "Ατανάς Παπαδόπουλος") is not True


_BG = ("Земетресение с магнитуд 5,6 разлюля района на Сандански в събота сутринта.\n\nЧетирима души са загинали.\n\n"
       "„Положението е тежко, но под контрол“, заяви кметът на Сандански Атанас Стоянов.\n\n"
       "„Държавата ще отпусне 5 милиона лева за пострадалите“, каза вътрешният министър Петър Николов.")
_EL = ("Σεισμός μεγέθους 5,6 Ρίχτερ σημειώθηκε το πρωί του Σαββάτου στην περιοχή του Σαντάνσκι.\n\nΤέσσερις άνθρωποι σκοτώθηκαν.\n\n"
       "«Η κατάσταση είναι δύσκολη, αλλά υπό έλεγχο», δήλωσε ο δήμαρχος του Σαντάνσκι, Ατανάς Στογιάνοφ.\n\n"
       "«Οι μετασεισμοί θα συνεχιστούν για μερικές ημέρες», πρόσθεσε ο σεισμολόγος Γιώργος Παπαδόπουλος.")


def test_two_peoples_leftover_quotations_are_no_translation_and_a_transcribed_name_no_misattribution() -> None:
    import parallax
    from tests.helpers import outlet_articles

    arts = outlet_articles([_BG, _EL], "bg")
    arts[1].language = "el"
    groups = parallax.compare(arts).to_dict()["quotes"]
    joined = [g for g in groups if len(g["variants"]) > 1]
    # the mayor's words in two languages are one quotation, of one speaker (Стоянов / Στογιάνοφ)
    assert len(joined) == 1 and not joined[0]["misattributed"]
    assert "Положението" in joined[0]["variants"][0]["text"] + joined[0]["variants"][1]["text"]


def test_nordic_owner_role_and_name_then_to_the_agency() -> None:
    # the owner in the genitive, the role, the name, then whom it was told to: the name speaks
    assert _speakers("– Säkerheten går alltid först, sade Öresundsbrons presschef Lena Holm till TT.", "sv") == ["Lena Holm"]
    assert _speakers("»Sikkerheden kommer altid først,« sagde Øresundsbroens pressechef Lena Holm til TT.", "da") == ["Lena Holm"]
    assert _speakers("– Sikkerheten går alltid først, sa Statens vegvesens pressesjef Lena Holm til NTB.", "nb") == ["Lena Holm"]


def _story_signals(text: str, language: str):
    from parallax.stories.features import signals_without_vector

    return signals_without_vector(analyzed(text, language, "2026-11-25T09:00:00+01:00"))


def test_a_slovak_plural_town_in_the_locative_is_the_town_another_report_names() -> None:
    # "V Košiciach" (in Košice, a plural name in the locative) and the German "in Košice": one place, no two events
    from parallax.stories.story import Story

    slovak = _story_signals("V Košiciach sa v utorok ráno zrútila časť rozostavaného mosta cez Hornád. Traja robotníci sa zranili.", "sk")
    german = _story_signals("In der ostslowakischen Stadt Košice ist am Dienstagmorgen eine Brücke eingestürzt. Drei Arbeiter wurden verletzt.", "de")
    story = Story(id="s", title="sk")
    story.add(slovak)
    assert story.signals(german, 0.9)["places"] == 0.0
    # two towns stay two ("V Košiciach" / "in Prešov")
    other = _story_signals("In der ostslowakischen Stadt Prešov ist am Dienstagmorgen eine Brücke eingestürzt. Drei Arbeiter wurden verletzt.", "de")
    assert story.signals(other, 0.9)["places"] == 1.0
