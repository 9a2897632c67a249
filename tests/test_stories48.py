"""Session stories48: Cyrillic place names meet the place table, declined surnames are no places, four-digit counts
are no years, and a first report in one language joins its follow-ups in another without a rival story."""

from __future__ import annotations

import pytest

from parallax.records import Article


def _signals(text: str, language: str, title: str = ""):
    from parallax.stories.features import signals_without_vector

    return signals_without_vector(Article(id=language, text=text, language=language, title=title or None))


@pytest.mark.parametrize(("text", "language"), [
    ("Пожар в Варшаве. Три человека погибли при пожаре в Варшаве в понедельник.", "ru"),
    ("Пожежа у Варшаві. Троє людей загинули під час пожежі у Варшаві в понеділок.", "uk"),
    ("Пожар във Варшава. Трима души загинаха при пожар във Варшава в понеделник.", "bg"),
    ("Пожар у Варшави. Три особе су погинуле у пожару у Варшави у понедељак.", "sr"),
])
def test_a_cyrillic_place_name_meets_its_latin_entry(text, language):
    sig = _signals(text, language)
    assert "warsaw" in sig.places and "warsaw" in sig.names, (sig.places, sig.names)


def test_the_table_holds_cyrillic_names_in_latin_letters_for_their_languages_only():
    from parallax.stories.place_names import english_place, known_places, table_place

    assert english_place("varshava", "ru") == "warsaw" and english_place("varshava", "bg") == "warsaw"
    assert "varshava" not in known_places("en") and english_place("varshava", "en") == "varshava"
    assert table_place("Вене", "ru") == "vienna" and table_place("Париже", "ru") == "paris"
    assert table_place("Софія", "uk") == "sofia" or table_place("Софії", "uk") == "sofia"
    assert table_place("Варшава", "pl") is None  # a Cyrillic word in a Polish text is no Polish place


def test_a_place_of_several_cyrillic_words_is_its_english_name():
    sig = _signals("Выборы. Власти заявили, что Соединенные Штаты поддержат Новая Зеландия.", "ru")
    assert {"united", "states"} <= set(sig.names)


def test_a_declined_surname_after_a_first_name_is_no_place():
    sig = _signals("Koszykówka. Wspomnienia o karierze Michaela Jordana poruszyły kibiców w Chicago. "
                   "Trener rozmawiał z Michaelem Jordanem.", "pl")
    assert "jordan" not in sig.places and "jordan" not in sig.names, (sig.places, sig.names)
    assert "chicago" in sig.places
    assert "warsaw" in _signals("Prezydent Warszawy Rafał Trzaskowski otworzył most w Warszawie.", "pl").places
    # no first name before (stories49: Polish writes the country "w Jordanii"; "w Jordanie" is the river or a man)
    assert "jordan" in _signals("Pożar w Ammanie. Strażacy gasili ogień w Jordanii.", "pl").names


def test_a_person_entity_is_never_cut_to_a_place():
    from parallax.records import Entity
    from parallax.stories.features import salient_names

    text = "Trener rozmawiał z Michaelem Jordanem w Warszawie."
    ents = [Entity(text="Michaelem Jordanem", label="PERSON", start=19, end=37), Entity(text="Warszawie", label="GPE", start=40, end=49)]
    names = salient_names(Article(id="p", text=text, language="pl", entities=ents), "pl")
    assert "jordan" not in names and "warsaw" in names, names


def test_a_four_digit_count_is_a_figure_and_no_year():
    sig = _signals("The army sent 2000 troops and about 1,800 homes were damaged, officials said on Monday. "
                   "The 2019 election was the last. A similar flood hit the town in 2013.", "en")
    assert {"2000", "1800"} <= sig.numbers and not {"2000", "1800"} & sig.times, (sig.numbers, sig.times)
    assert {"2019", "2013"} <= sig.times and not {"2019", "2013"} & sig.numbers


@pytest.mark.parametrize(("text", "language", "count"), [
    ("Le gouvernement a déployé 2000 soldats dans la région.", "fr", "2000"),
    ("Il governo ha inviato 2000 soldati nella regione.", "it", "2000"),
    ("Tras las lluvias fueron evacuadas 1900 personas.", "es", "1900"),
])
def test_a_four_digit_count_in_other_languages(text, language, count):
    sig = _signals(text, language)
    assert count in sig.numbers and count not in sig.times


def test_an_attributive_year_stays_a_year():
    from parallax.stories.features import stop_words
    from parallax.stories.year_counts import counts

    for text in ("the 2013 stint", "an April 2007 shooting", "the 2009-2010 seasons", "in 2019 floods hit", "the 2019 elections"):
        assert not counts(text, stop_words("en"), "en"), text


ELECTION = [
    ("pl1", "pl", "2026-05-24T21:30:00Z", "Anna Kowalczyk wygrywa drugą turę wyborów prezydenckich",
     "Anna Kowalczyk wygrała w niedzielę drugą turę wyborów prezydenckich, wynika z sondażu exit poll. Kandydatka "
     "zdobyła 52,4 proc. głosów, a jej rywal Tomasz Wierzbicki 47,6 proc. Frekwencja wyniosła 68 proc."),
    ("en1", "en", "2026-05-25T06:10:00Z", "Kowalczyk wins presidential runoff",
     "Anna Kowalczyk has won the presidential runoff, official results showed on Monday. She took 52.3 percent of "
     "the vote against 47.7 percent for Tomasz Wierzbicki. Turnout was 68 percent."),
    ("en2", "en", "2026-05-25T11:45:00Z", "Wierzbicki concedes defeat",
     "Tomasz Wierzbicki conceded defeat on Monday and congratulated Anna Kowalczyk, who won Sunday's runoff with "
     "52.3 percent of the vote."),
]


def _election_vectors():
    import numpy as np

    cross = 0.84  # e5 between a Polish and an English report of one event (0.86 in a QA batch): a rival's on the English scale
    return {"pl1": np.array([1.0, 0.0, 0.0], dtype=np.float32),
            "en1": np.array([cross, np.sqrt(1 - cross**2), 0.0], dtype=np.float32),
            "en2": np.array([cross, np.sqrt(1 - cross**2) * 0.99, np.sqrt(1 - cross**2) * np.sqrt(1 - 0.99**2)], dtype=np.float32)}


def test_a_first_report_joins_its_follow_ups_in_another_language_without_a_rival_story():
    from parallax.stories import cluster_articles

    articles = [Article(id=i, language=lang, published=p, title=t, text=x, outlet=i) for i, lang, p, t, x in ELECTION]
    result = cluster_articles(articles, vectors=_election_vectors())
    assert sorted(sorted(s["articles"]) for s in result.stories) == [["en1", "en2", "pl1"]]


def test_the_usual_rival_stands_in_only_where_the_stream_has_none():
    from parallax.stories.rivals import PRIOR_RIVAL, RIVAL_COS, lift, nearest_rival

    assert nearest_rival("s1", [(0.9, "s1")]) is None
    assert nearest_rival("s1", [(0.9, "s1")], same_script=True) == PRIOR_RIVAL[True] < RIVAL_COS
    assert nearest_rival("s1", [(0.9, "s1")], same_script=False) == PRIOR_RIVAL[False] < PRIOR_RIVAL[True]
    assert nearest_rival("s1", [(0.9, "s1"), (0.7, "s2")], same_script=True) == 0.7  # the stream's own rival first
    values = {"cos_centroid": 0.4, "cos_max": 0.4, "names": 0.0, "numbers": 0.0, "times": 0.0}
    assert lift(values, 0.86, 0.86, PRIOR_RIVAL[True]) == values  # sharing no name or figure: never lifted
