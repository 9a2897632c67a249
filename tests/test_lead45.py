"""Lead's findings of session 45, each from reading `make demo`'s output against the demo corpus's answer key, each
tested here on new invented text."""

from __future__ import annotations

import pytest

import parallax
from parallax.records import Article
from tests.helpers import shown


def _numbers(*arts: Article) -> list[dict]:
    return [shown(c) for f in parallax.compare(list(arts)).to_dict()["facts"] for c in f["conflicts"] if c["kind"] == "number"]


@pytest.mark.parametrize(
    ("toll", "lang"),
    [
        ("The death toll from Sunday's landslide in the Orvane valley climbed to 14 on Monday, officials said.", "en"),
        ("The toll from Sunday's landslide in the Orvane valley rose to 14 as rescuers dug through the mud.", "en"),
        ("Die Opferzahl nach dem Erdrutsch im Orvanetal ist am Montag auf 14 gestiegen.", "de"),
    ],
)
def test_a_death_toll_that_rose_to_a_figure_counts_the_dead(toll, lang):
    a = Article(id="a", language=lang, published="2026-06-15T09:00:00+02:00", text=toll)
    b = Article(id="b", language="en", published="2026-06-15T09:30:00+02:00",
                text="At least 17 people were killed when a landslide buried homes in the Orvane valley on Sunday.")  # fmt: skip
    found = _numbers(a, b)
    assert any(v.get("a") == [14.0] and v.get("b") == [17.0] for v in found), found



@pytest.mark.parametrize(
    ("original", "lang", "translation", "changed"),
    [
        ("La fabbrica non esiste più, è tutto finito", "it", "The factory is gone, it is all over", False),
        ("Notre école n'est plus là", "fr", "Our school has disappeared", False),
        ("Die Straße ist nicht mehr sicher", "de", "The road is no longer safe", False),
        ("La fabbrica non riaprirà", "it", "The factory will reopen", True),  # a plain negation dropped is a change
        ("Die Straße ist nicht sicher und nicht mehr offen", "de", "The road is safe and open", True),  # one plain negation too many
    ],
)
def test_a_no_longer_may_be_translated_without_a_negation(original, lang, translation, changed):
    from parallax.compare.translated_quotes import negation_changed

    assert negation_changed(original, lang, translation, "en") is changed


def test_a_faithful_translation_of_a_no_longer_quote_is_not_altered():
    it = Article(id="it", language="it", published="2026-09-02T10:00:00+02:00",
                 text="Un incendio ha distrutto il mercato coperto di Lorvina lunedì notte.\n\n"
                      "«Il nostro negozio non c'è più, abbiamo perso tutto», ha detto il commerciante Dario Mele.")  # fmt: skip
    en = Article(id="en", language="en", published="2026-09-02T11:00:00+02:00",
                 text="A fire destroyed the covered market in Lorvina on Monday night.\n\n"
                      '"Our shop is gone, we have lost everything," said trader Dario Mele.')  # fmt: skip
    [group] = [q for q in parallax.compare([it, en]).to_dict()["quotes"] if len(q["variants"]) == 2]
    assert group["fidelity"] != "altered" and all(v["fidelity"] != "altered" for v in group["variants"]), group


def _dates(a_text: str, a_lang: str, b_text: str, b_lang: str) -> list[dict]:
    a = Article(id="a", language=a_lang, published="2026-10-06T09:00:00Z", text=a_text)
    b = Article(id="b", language=b_lang, published="2026-10-06T09:00:00Z", text=b_text)
    return [c["values"] for f in parallax.compare([a, b]).to_dict()["facts"] for c in f["conflicts"] if c["kind"] == "date"]


@pytest.mark.parametrize(
    ("a_text", "a_lang", "b_text", "b_lang", "conflict"),
    [
        ("Lo stadio da 42.000 posti era stato costruito nel 1974.", "it", "The 42,000-seat stadium was built in 1947.", "en", True),
        ("Das 42.000 Zuschauer fassende Stadion wurde 1974 gebaut.", "de", "Le stade de 42 000 places a été construit en 1947.", "fr", True),
        ("Das 42.000 Zuschauer fassende Stadion wurde 1974 gebaut.", "de", "The 42,000-seat stadium was built in 1974.", "en", False),
        # two years on one side: which one the other's year stands for is not known
        ("Das 42.000 Zuschauer fassende Stadion wurde 1974 gebaut und 2011 renoviert.", "de",
         "The 42,000-seat stadium was built in 2011.", "en", False),
    ],
)
def test_a_year_of_one_act_in_two_languages(a_text, a_lang, b_text, b_lang, conflict):
    found = _dates(a_text, a_lang, b_text, b_lang)
    assert bool(found) is conflict, found


def test_a_german_year_between_auxiliary_and_participle_dates_the_act():
    found = _dates("Die Schule wurde 1978 eröffnet.", "de", "Die alte Schule wurde 1987 eröffnet.", "de")
    assert found == [{"a": ["1978"], "b": ["1987"]}], found


@pytest.mark.parametrize(
    ("paragraphs", "place"),
    [
        (["Lorvach – Auf der Landstraße zwischen Lorvach und Emmerau ist am Montagmorgen ein Schulbus verunglückt.",
          "Die Polizei sperrte die Strecke für mehrere Stunden."], "Lorvach"),
        (["Kiel/Emmerau - Der Sturm hat in der Nacht zahlreiche Dächer in der Region abgedeckt.",
          "Die Feuerwehr rückte mehr als hundert Mal aus."], "Kiel/Emmerau"),
        # a dash after a word the text writes in lower case, or with too short a sentence after it, is no dateline
        (["Endlich – Nach drei Jahren Bauzeit ist die neue Brücke über den Fluss fertig.", "Die Stadt hat endlich gefeiert."], None),
        (["Lorvach – Der Bus kippte um.", "Die Polizei sperrte die Strecke für mehrere Stunden."], None),
    ],
)
def test_a_german_place_and_a_dash_is_the_dateline(paragraphs, place):
    from parallax.ingest.clean import clean_paragraphs

    cleaned = clean_paragraphs(paragraphs)
    assert cleaned.dateline == place
    if place:
        assert not cleaned.text.startswith(place)


def _kinds(a_text: str, b_text: str, lang: str = "en") -> list[str]:
    a = Article(id="a", language=lang, published="2026-05-14T10:00:00Z", text=a_text)
    b = Article(id="b", language=lang, published="2026-05-14T11:00:00Z", text=b_text)
    return [c["kind"] for f in parallax.compare([a, b]).to_dict()["facts"] for c in f["conflicts"]]


@pytest.mark.parametrize(
    ("a_text", "b_text", "conflict"),
    [
        ("Its shares climbed 7% in Frankfurt after the results.", "The carmaker's shares dropped 7% in Frankfurt.", True),
        ("Retail sales rose 1.4% in April, the statistics office said.", "Retail sales fell 1.4% in April from March.", True),
        # another figure, or another thing moved, is no opposite
        ("Its shares climbed 7% in Frankfurt after the results.", "The carmaker's shares dropped 2% in Frankfurt.", False),
        ("Exports rose 3% in April, the statistics office said.", "Imports fell 3% in April.", False),
    ],
)
def test_one_thing_moved_by_one_figure_up_and_down_conflicts(a_text, b_text, conflict):
    found = _kinds("Veltra reported quarterly results on Thursday.\n\n" + a_text, "Veltra reported quarterly results on Thursday.\n\n" + b_text)
    assert ("negation" in found) is conflict, found


def test_an_update_within_one_outlet_names_it_once():
    from parallax.report.formatting import update_note

    c = {"kind": "number", "values": {"a": [9.0], "b": [14.0]}, "later": "b"}
    note = update_note(c, {"a": "Harbour Wire", "b": "Harbour Wire"}, {"a": "2026-02-03T06:00", "b": "2026-02-03T18:00"})
    assert note == "likely an update: Harbour Wire reported the larger figure in a report 12 hours later"


def test_a_group_larger_than_a_toll_told_with_an_aside_conflicts():
    a = Article(id="a", language="en", published="2026-03-03",
                text="Eleven people, including three guards, were killed when a wall collapsed at the Orsk depot.")
    b = Article(id="b", language="en", published="2026-03-03",
                text="Rescuers worked all night at Orsk.\n\nThey said 13 workers died in the collapse.")  # fmt: skip
    found = _numbers(a, b)
    assert any(v.get("a") == [11.0] and v.get("b") == [13.0] for v in found), found
