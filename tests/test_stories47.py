"""Session stories47: place names in a case of a language that declines them ("w Warszawie", "в Москве", "v Praze",
"Helsingissä", "Budapesten", "İstanbul'da") read as their place, and the Crimea in the place table."""

from __future__ import annotations

import pytest

from parallax.records import Article


def _signals(text: str, language: str, title: str = ""):
    from parallax.stories.features import signals_without_vector

    return signals_without_vector(Article(id=language, text=text, language=language, title=title or None))


@pytest.mark.parametrize(("text", "language", "place"), [
    ("Pożar w Warszawie. Trzy osoby zginęły w pożarze kamienicy w Warszawie.", "pl", "warsaw"),
    ("Pożar w Krakowie. Strażacy gasili kamienicę w Krakowie przez całą noc.", "pl", "krakow"),
    ("Взрыв в Москве. Три человека погибли при взрыве в Москве.", "ru", "moscow"),
    ("Взрыв в Киеве. Три человека погибли при взрыве в Киеве.", "ru", "kyiv"),
    ("Požár v Praze. Tři lidé zemřeli při požáru domu v Praze.", "cs", "prague"),
    ("Tulipalo Helsingissä. Kolme ihmistä kuoli tulipalossa Helsingissä maanantaina.", "fi", "helsinki"),
    ("Tűz Budapesten. Három ember meghalt a tűzben Budapesten hétfőn.", "hu", "budapest"),
    ("Tűz Moszkvában. Három ember meghalt a tűzben Moszkvában hétfőn.", "hu", "moscow"),
    ("İstanbul'da yangın. Yangında üç kişi hayatını kaybetti.", "tr", "istanbul"),
])
def test_a_declined_place_name_is_its_place(text, language, place):
    sig = _signals(text, language)
    assert place in sig.places, sig.places
    assert place in sig.names or language in {"fi", "hu", "tr"}  # there the place opens each sentence: no name


def test_a_place_name_of_several_declined_words_is_its_english_name():
    from parallax.stories.place_names import phrase_at

    assert phrase_at(["nowym", "jorku"], 0, "pl") == (2, "new york")
    assert phrase_at(["nowego", "jorku"], 0, "pl") == (2, "new york")
    sig = _signals("Pożar w Nowym Jorku. Trzy osoby zginęły w pożarze w Nowym Jorku w poniedziałek.", "pl")
    assert {"new", "york"} <= set(sig.places) and {"new", "york"} <= set(sig.names)


def test_a_word_is_cut_only_to_a_known_place():
    from parallax.stories.place_cases import case_bases, place_base
    from parallax.stories.place_names import english_place, known_places, table_place

    assert "warszawa" in set(case_bases("warszawie", "pl"))
    assert place_base("nowaka", "pl", known_places("pl")) is None  # a surname in the genitive is no place
    assert english_place("nowaka", "pl") == "nowaka"
    assert english_place("kowalskiego", "pl") == "kowalskiego"
    assert english_place("warszawie", "en") == "warszawie"  # English declines no place's name
    assert english_place("berlin", "pl") == "berlin"  # a known place is never cut
    assert table_place("Urzędnicy", "pl") is None
    assert table_place("Helsingissä", "fi") == "helsinki"
    assert table_place("Moskve", "cs") == "moscow"


def test_a_polish_and_an_english_report_of_one_fire_in_warsaw_share_its_place():
    from parallax.stories.story import Story

    english = _signals("Three people died in a fire in a Warsaw apartment block on Monday, firefighters said.", "en")
    polish = _signals("Trzy osoby zginęły w poniedziałek w pożarze kamienicy w Warszawie, poinformowała straż pożarna.", "pl")
    story = Story(id="s", title="en")
    story.add(english)
    assert "warsaw" in polish.places and story.signals(polish, 0.9)["places"] == 0.0
    krakow = _signals("Trzy osoby zginęły w poniedziałek w pożarze kamienicy w Krakowie, poinformowała straż pożarna.", "pl")
    assert story.signals(krakow, 0.9)["places"] == 1.0  # another city: another fire


@pytest.mark.parametrize(("text", "language"), [
    ("Explosion auf der Krim. Auf der Krim ist am Montag ein Munitionslager explodiert.", "de"),
    ("Explosion on the Crimea. An ammunition depot exploded in Crimea on Monday.", "en"),
    ("Взрыв в Крыму. В Крыму в понедельник взорвался склад боеприпасов.", "ru"),
    ("Wybuch na Krymie. Na Krymie w poniedziałek wybuchł skład amunicji.", "pl"),
    ("Explosion en Crimée. Un dépôt de munitions a explosé lundi en Crimée.", "fr"),
    ("Kırım'da patlama. Kırım'da pazartesi günü bir mühimmat deposu patladı.", "tr"),
])
def test_the_crimea_is_one_place_in_every_language(text, language):
    from parallax.analyze import german_nouns
    from parallax.stories.place_names import known_places

    assert "crimea" in _signals(text, language).places
    # German writes it with its article; it is a place of the table, so no common noun even with no noun of place
    assert "krim" not in german_nouns.common_noun_words(["Die Behörden auf der Krim ließen zwei Dörfer räumen."], "de", known_places())


@pytest.mark.parametrize(("text", "language", "place"), [
    ("Moskovassa syttyi maanantaina tulipalo varastossa. Kaksi ihmistä kuoli.", "fi", "moscow"),
    ("Lontoossa metron kuljettajat ovat lakossa. Useimmat linjat ovat suljettuina.", "fi", "london"),
    ("Budapesten szerdán tűz ütött ki. Egy ember megsérült.", "hu", "budapest"),
    ("İstanbul'da salı günü yangın çıktı. Dört işçi yaralandı.", "tr", "istanbul"),
])
def test_a_known_place_opening_a_sentence_is_a_name(text, language, place):
    # a sentence's first word is capitalised anyway and is no name, but a place the table knows is one: Finnish,
    # Hungarian and Turkish put the declined place first ("Moskovassa syttyi …"), and it was the only name shared
    assert place in _signals(text, language).names


def test_a_first_word_that_is_no_known_place_stays_out_of_the_names():
    sig = _signals("Firefighters said the blaze started in a kitchen. Residents were evacuated.", "en")
    assert "firefighters" not in sig.names and "residents" not in sig.names


@pytest.mark.parametrize(("text", "language", "word"), [
    ("Pożar w Warszawie: trzy osoby nie żyją. Strażacy gasili budynek.", "pl", "zyja"),
    ("Policja: łodzią płynęło pięć osób, gdy wywróciła się na jeziorze.", "pl", "łodzia"),
    ("Při požáru v Praze zemřel člověk, řekl mluvčí hasičů.", "cs", "clovek"),
])
def test_a_lower_case_word_opening_with_a_letter_of_latin_extended_a_is_no_name(text, language, word):
    sig = _signals(text, language)
    assert word not in sig.names, sig.names


def test_a_capital_of_latin_extended_a_still_opens_a_name():
    sig = _signals("Wczoraj wieczorem Łukasz Żak i Ōta Ŝa spotkali się w Gdańsku.", "pl")
    assert {"łukasz", "zak", "gdansk"} <= set(sig.names), sig.names
