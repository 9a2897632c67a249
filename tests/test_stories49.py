"""Session stories49: counts after "and" and "of" (and German counts before a capitalised noun) are no years; Polish
"-ii" and Russian declined places of several words meet the place table; a declined surname is no place where the
language names that place otherwise ("Trener Jordana" is no Jordan: Polish writes the country "Jordania")."""

from __future__ import annotations

import numpy as np
import pytest

from parallax.records import Article


def _signals(text: str, language: str, title: str = ""):
    from parallax.stories.features import signals_without_vector

    return signals_without_vector(Article(id=language, text=text, language=language, title=title or None))


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("The army sent 2,000 troops and 2010 vehicles to the border on Monday.", "en", "2010"),
        ("The flood forced the evacuation of 2000 people from the valley on Monday.", "en", "2000"),
        ("Die Armee schickte 2000 Soldaten an die Grenze. Der Einsatz begann am Montag.", "de", "2000"),
        ("Nach dem Beben waren 1900 Menschen ohne Strom, teilte die Polizei mit.", "de", "1900"),
    ],
)
def test_a_count_after_and_or_of_and_a_german_count_are_no_years(text, language, count):
    sig = _signals(text, language)
    assert count in sig.numbers and count not in sig.times, (sig.numbers, sig.times)


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [
        ("The 2009 and 2010 seasons were his best.", "en", "2010"),
        ("He recalled the floods of 2013 that killed dozens.", "en", "2013"),
        ("The summer of 2019 brought storms to the coast.", "en", "2019"),
        ("Im Jahr 2000 Soldaten zu schicken, war umstritten.", "de", "2000"),
        ("Die Wahl im Mai 2019 Wochen vorher angekündigt.", "de", "2019"),
        ("Seit 2010 leben hier weniger Menschen.", "de", "2010"),
    ],
)
def test_a_year_after_and_or_of_or_a_german_time_noun_stays_a_year(text, language, year):
    sig = _signals(text, language)
    assert year in sig.times and year not in sig.numbers, (sig.numbers, sig.times)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Pożar w Jordanii. Strażacy gasili ogień w Ammanie w poniedziałek.", "jordan"),
        ("Powódź w Hiszpanii. Woda zalała domy w poniedziałek.", "spain"),
        ("Strajk we Francji. Pociągi nie kursowały w poniedziałek.", "france"),
    ],
)
def test_a_polish_place_in_ii_or_ji_is_its_place(text, place):
    sig = _signals(text, "pl")
    assert place in sig.places and place in sig.names, (sig.places, sig.names)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Выборы. Президент выступил в Соединенных Штатах в понедельник.", {"united", "states"}),
        ("Пожар. Три человека погибли в Южной Корее в понедельник.", {"south", "korea"}),
        ("Землетрясение. Толчки ощущались в Северной Корее и в Новой Зеландии.", {"north", "korea", "new", "zealand"}),
    ],
)
def test_a_russian_place_of_several_declined_words_is_its_english_name(text, words):
    sig = _signals(text, "ru")
    assert words <= set(sig.places) and words <= set(sig.names), (sig.places, sig.names)


def test_a_declined_surname_is_no_place_the_language_names_otherwise():
    sig = _signals("Trener Jordana powiedział, że zespół jest gotowy. Mecz odbędzie się w Warszawie.", "pl")
    assert "jordan" not in sig.places and "jordan" not in sig.names, (sig.places, sig.names)
    assert "warsaw" in sig.places
    assert "krakow" in _signals("Pożar w Krakowie. Strażacy gasili ogień w poniedziałek.", "pl").places  # Polish writes it so


SHOOTING = [
    (
        "en1",
        "en",
        "2026-05-24T21:30:00Z",
        "Gunman kills three in the United States",
        "A gunman killed three people at a shopping mall in the United States on Sunday, police said. The suspect was "
        "arrested at the scene.",
    ),
    (
        "ru1",
        "ru",
        "2026-05-24T22:10:00Z",
        "Стрельба в Соединенных Штатах",
        "Три человека погибли при стрельбе в торговом центре в Соединенных Штатах в воскресенье, сообщила полиция. Подозреваемый задержан.",
    ),
]


def test_a_russian_report_of_an_event_in_the_united_states_joins_the_english_one():
    from parallax.stories import cluster_articles

    cross = 0.86
    vectors = {"en1": np.array([1.0, 0.0], dtype=np.float32), "ru1": np.array([cross, np.sqrt(1 - cross**2)], dtype=np.float32)}
    articles = [Article(id=i, language=lang, published=p, title=t, text=x, outlet=i) for i, lang, p, t, x in SHOOTING]
    result = cluster_articles(articles, vectors=vectors)
    assert sorted(sorted(s["articles"]) for s in result.stories) == [["en1", "ru1"]]
