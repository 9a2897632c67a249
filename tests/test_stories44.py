"""Story grouping on invented batches (stories44): a section's label is no part of what is embedded, and a
report's actor is the last word of a name, not the post written before it.

Texts are written for this test: two shootings on one day in two cities, each with its police chief named
by post and name ("Houston Police Chief Noe Diaz"), and a column on one of them whose headline carries its
section's label ("Opinion | After Memphis, …").
"""

from __future__ import annotations

import numpy as np
import pytest

from parallax.records import Article
from parallax.stories.actors import actor_tokens
from parallax.stories.features import Signals, lead_text, name_occurrences, signals_without_vector
from parallax.stories.section_labels import is_label, unlabelled_title
from parallax.stories.story import Story

HOUSTON = (
    "Three people were killed and five wounded when a gunman opened fire at a park in Houston on Saturday.\n"
    "Houston Police Chief Noe Diaz said officers arrested a 19-year-old suspect after a short chase.\n"
    "Texas Governor Greg Abbott said the state would send help."
)
DALLAS = (
    "Two people were killed and four wounded in a shooting at a shopping center in Dallas on Saturday evening.\n"
    "Dallas Police Chief Daniel Comeaux said the gunman fled in a gray pickup truck.\n"
    "Texas Governor Greg Abbott called the violence unacceptable."
)


def _sig(ident: str, text: str) -> Signals:
    sig = signals_without_vector(Article(id=ident, text=text, language="en"))
    sig.vector = np.ones(4, dtype=np.float32) / 2.0
    return sig


def test_a_titles_section_label_is_left_out_of_the_lead():
    article = Article(
        id="op", title="Opinion | After Memphis, we cannot look away again", language="en",
        text="Opinion\n\nFour people went to buy groceries in Memphis on Tuesday and never came home.",
    )
    lead = lead_text(article)
    assert lead.startswith("After Memphis, we cannot look away again Four people")
    assert "Opinion" not in lead


def test_only_a_whole_section_name_is_a_label():
    assert unlabelled_title("Comment: Bailey is right to wait") == "Bailey is right to wait"
    assert unlabelled_title("Kommentar: Die EZB irrt") == "Die EZB irrt"
    assert unlabelled_title("Why the ECB is wrong | Opinion") == "Why the ECB is wrong"
    assert unlabelled_title("Opinion poll: Labour leads by ten points") == "Opinion poll: Labour leads by ten points"
    assert unlabelled_title("Madrid: two dead in fire") == "Madrid: two dead in fire"
    assert unlabelled_title("Opinion") == "Opinion"  # a label alone is all the title there is
    assert is_label("Tribune") and not is_label("Four people died in the fire.")


def test_the_actor_is_the_last_word_of_a_name_not_the_post_before_it():
    actors = actor_tokens(name_occurrences(Article(id="h", text=HOUSTON, language="en"), "en"))
    assert "diaz" in actors and "abbott" in actors
    assert not {"police", "chief", "noe", "governor", "greg"} & set(actors)


def test_two_reports_led_by_two_police_chiefs_conflict():
    houston, dallas = _sig("h", HOUSTON), _sig("d", DALLAS)
    story = Story(id="s", title="h")
    story.add(houston)
    assert story.signals(dallas, 0.9)["actors"] == 1.0
    again = Story(id="t", title="h")
    again.add(_sig("h2", HOUSTON.replace("Three people", "Three residents")))
    assert again.signals(houston, 0.9)["actors"] == 0.0  # the same chief and governor: no conflict


def test_an_analysed_articles_name_ends_with_its_entity():
    from parallax.records import Entity

    ents = [
        Entity(text="Noe Diaz", label="PERSON", start=0, end=8, canonical="Noe Diaz"),
        Entity(text="Greg Abbott", label="PERSON", start=10, end=21, canonical="Greg Abbott"),
        Entity(text="Diaz", label="PERSON", start=30, end=34, canonical="Diaz"),
    ]
    article = Article(id="a", text=HOUSTON, language="en", entities=ents)
    assert actor_tokens(name_occurrences(article, "en")) == ("diaz", "abbott")


MEMPHIS = [
    ("m1", "2026-03-10T14:05:00Z", "Gunman kills four at Memphis supermarket",
     "MEMPHIS - A gunman opened fire inside a Kroger supermarket in east Memphis on Tuesday morning, killing four people "
     "and wounding six before police shot him dead, officials said.\nPolice Chief Dana Whitfield said the attacker, a "
     "34-year-old man, entered the store on Poplar Avenue shortly after 9 a.m. and fired at shoppers near the checkout "
     "lanes.\nThe wounded were taken to Regional One Health, two of them in critical condition."),
    ("t1", "2026-03-10T15:20:00Z", "Two dead in shooting outside Tacoma church",
     "TACOMA, Wash. - Two people were killed and three injured when a man fired into a crowd leaving a church service in "
     "Tacoma on Tuesday, police said.\nThe shooting happened outside Grace Fellowship Church on South 38th Street around "
     "noon. Officers arrested a 52-year-old suspect at the scene.\nTacoma Mayor Victoria Woodards called the attack senseless."),
    ("m2", "2026-03-10T16:40:00Z", "Memphis supermarket shooting: four killed, six hurt",
     "Four people were killed and six wounded on Tuesday when a man with a rifle attacked shoppers at a supermarket in "
     "Memphis, Tennessee.\nThe gunman was killed by officers who arrived within three minutes, Police Chief Dana Whitfield "
     "told reporters outside the Kroger store.\nWitnesses described shoppers hiding in freezers and storerooms as shots rang out."),
    ("m3", "2026-03-11T09:15:00Z", "Memphis gunman named as former store employee",
     "Police on Wednesday named the man who killed four people at a Memphis Kroger store as Derek Lyle Hanna, 34, a former "
     "employee who had been fired in January.\nChief Dana Whitfield said investigators found a note in his car. Two of the "
     "six people wounded in Tuesday's attack remain in critical condition.\nA vigil is planned for Wednesday evening on Poplar Avenue."),
    ("op", "2026-03-11T13:00:00Z", "Opinion | After Memphis, we cannot look away again",
     "Opinion\nI have written this column too many times. Four people went to buy groceries in Memphis on Tuesday and never "
     "came home.\nI believe our leaders owe the families more than thoughts. I think the state should pass a red flag law "
     "this session.\nI am tired of vigils on Poplar Avenue and everywhere else."),
]


@pytest.mark.slow
def test_a_column_under_a_label_joins_its_events_story():
    from parallax.stories import cluster_articles

    articles = [Article(id=i, published=p, title=t, text=x, language="en", outlet="Courier") for i, p, t, x in MEMPHIS]
    result = cluster_articles(articles)
    story = {a: s["id"] for s in result.stories for a in s["articles"]}
    assert story["op"] == story["m1"] == story["m2"] == story["m3"] != story["t1"]


ANTWERP_AR = "وقع انفجار صباح الجمعة في منشأة كيميائية بميناء أنتويرب في بلجيكا، ما أسفر عن إصابة خمسة عمال."


def test_a_w_is_heard_as_the_vowel_letter_arabic_writes_it_with():
    from parallax.sounds import heard_keys, name_keys
    from parallax.stories.features import content_words

    keys = heard_keys(content_words(ANTWERP_AR, "ar"), "ar")
    assert name_keys("antwerp") & keys  # "Antwerp" is "أنتويرب"
    assert not name_keys("amsterdam") & keys


def test_an_arabic_first_report_shares_its_place_with_the_english_one():
    story = Story(id="s", title="ar")
    arabic = signals_without_vector(Article(id="ar", text=ANTWERP_AR, language="ar"))
    arabic.vector = np.ones(4, dtype=np.float32) / 2.0
    story.add(arabic)
    english = _sig("en", "An explosion hit a chemical plant in the port of Antwerp on Friday morning, police said.")
    assert story.signals(english, 0.5)["names"] == 1.0
