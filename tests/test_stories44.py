"""Story grouping on invented batches (stories44): a section's label is no part of what is embedded.

Texts are written for this test: a column on a shooting whose headline carries its section's label
("Opinion | After Memphis, …"), with the reports of its event and of another shooting the same day.
"""

from __future__ import annotations

import pytest

from parallax.records import Article
from parallax.stories.features import lead_text
from parallax.stories.section_labels import is_label, unlabelled_title


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
