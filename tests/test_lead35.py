"""Facts of a lead that aligned with nothing: a lead split in two against one told in one sentence
(:mod:`parallax.compare.lead_links`), and a day inside a long sentence against a sentence of its own
(:mod:`parallax.compare.date_links`)."""

from __future__ import annotations

import parallax
from parallax.compare.lead_links import lead
from parallax.records import Article, Sentence
from tests.helpers import shown

PUBLISHED = "2026-11-20T10:00"
DE_SPLIT = (
    "Die Außenminister der 27 EU-Staaten haben sich am Dienstag in Brüssel getroffen. Sie einigten sich auf ein neues "
    "Sanktionspaket gegen Russland.\n\n"
    "Das Paket umfasst Einreiseverbote für 40 Personen und das Einfrieren von Vermögen.\n\n"
    "Ungarn hatte lange Vorbehalte geäußert, gab aber schließlich nach."
)
PL_SPLIT = (
    "Ministrowie spraw zagranicznych państw Unii Europejskiej spotkali się we wtorek w Brukseli. Uzgodnili nowy pakiet "
    "sankcji wobec Rosji.\n\n"
    "Pakiet obejmuje zakazy wjazdu dla 40 osób oraz zamrożenie aktywów.\n\n"
    "Węgry długo zgłaszały zastrzeżenia, ale ostatecznie ustąpiły."
)
EN_ONE = (
    "European Union foreign ministers agreed on a new package of sanctions against Russia at a meeting in Brussels on "
    "Wednesday.\n\n"
    "The package includes travel bans on 40 people and asset freezes.\n\n"
    "Hungary had long voiced reservations but eventually gave way."
)
DE_ONE = (
    "Die EU-Außenminister haben am Mittwoch in Brüssel ein neues Sanktionspaket gegen Russland beschlossen, nachdem "
    "Ungarn seinen Widerstand aufgegeben hatte.\n\n"
    "Das Paket umfasst Einreiseverbote für 40 Personen und das Einfrieren von Vermögen."
)
EN_OTHER_LEAD = (
    "Hungary's prime minister said on Thursday he would no longer block European Union decisions on Ukraine.\n\n"
    "The package includes travel bans on 40 people and asset freezes."
)


def _compare(*pairs: tuple[str, str]) -> dict:
    arts = [Article(id=f"a{n}", text=text, language=lang, published=PUBLISHED) for n, (text, lang) in enumerate(pairs)]
    return parallax.compare(arts).to_dict()


def _date_conflicts(result: dict) -> list[dict]:
    return [shown(c) for f in result["facts"] for c in f["conflicts"] if c["kind"] == "date"]


def test_lead_is_the_first_paragraph() -> None:
    art = Article(id="a", text="x", language="en")
    art.sentences = [Sentence(0, 5, "A b.", 0), Sentence(6, 10, "C d.", 0), Sentence(12, 16, "E f.", 1)]
    assert lead(art) == [0, 1]
    art.sentences = []
    assert lead(art) == []


def test_split_german_lead_meets_one_sentence_english_lead() -> None:
    """dpa's "getroffen am Dienstag. Sie einigten sich ..." and Reuters's "agreed ... on Wednesday": one lead, two days."""
    result = _compare((DE_SPLIT, "de"), (EN_ONE, "en"))
    assert {"a0": ["2026-11-17"], "a1": ["2026-11-18"]} in _date_conflicts(result)
    lead_fact = next(f for f in result["facts"] if any(s["text"].startswith("European Union") for s in f["sentences"]))
    assert len(lead_fact["sentences"]) == 3  # both halves of the split lead and the one-sentence lead


def test_split_polish_lead_meets_one_sentence_english_lead() -> None:
    result = _compare((PL_SPLIT, "pl"), (EN_ONE, "en"))
    assert {"a0": ["2026-11-17"], "a1": ["2026-11-18"]} in _date_conflicts(result)


def test_split_lead_within_one_language() -> None:
    result = _compare((DE_SPLIT, "de"), (DE_ONE, "de"))
    assert {"a0": ["2026-11-17"], "a1": ["2026-11-18"]} in _date_conflicts(result)


def test_a_lead_about_something_else_stays_apart() -> None:
    """The other report leads with another act (Hungary's leader speaking): the two leads are two facts."""
    result = _compare((DE_SPLIT, "de"), (EN_OTHER_LEAD, "en"))
    assert not _date_conflicts(result)
    for f in result["facts"]:
        texts = [s["text"] for s in f["sentences"]]
        assert not (any(t.startswith("Hungary's prime minister") for t in texts) and any(t.startswith("Die Außen") for t in texts))


LONG_LEAD = (
    "The measles outbreak in the northern province has grown to 210 confirmed cases since the first case was recorded "
    "on February 21, health officials said on Thursday, urging parents to vaccinate their children.\n\n"
    "Most of the cases are in children under five."
)
OWN_SENTENCE = (
    "Health officials said on Thursday that 210 people have now caught measles in the northern province.\n\n"
    "The first case was recorded on February {day}, 2026.\n\n"
    "Most of the cases are in children under five."
)


def test_day_inside_a_long_lead_meets_a_sentence_of_its_own() -> None:
    result = _compare((LONG_LEAD, "en"), (OWN_SENTENCE.format(day=12), "en"))
    assert {"a0": ["2026-02-21"], "a1": ["2026-02-12"]} in _date_conflicts(result)


def test_same_day_inside_a_long_lead_links_nothing() -> None:
    """Only days that differ link: the sentence of its own stays a fact apart where both give February 21."""
    result = _compare((LONG_LEAD, "en"), (OWN_SENTENCE.format(day=21), "en"))
    assert not _date_conflicts(result)


def test_two_acts_of_other_words_do_not_link() -> None:
    """'the first case was recorded' and 'the vaccination campaign began' are two acts, whatever their days."""
    other = OWN_SENTENCE.replace("The first case was recorded", "A vaccination campaign began").format(day=12)
    result = _compare((LONG_LEAD, "en"), (other, "en"))
    assert not _date_conflicts(result)


EN_QUAKE = (
    "A magnitude 6.1 earthquake struck off the coast of Sulawesi at 03:40 local time on Thursday, damaging dozens of "
    "houses and sending residents fleeing to higher ground, the disaster agency said.\n\n"
    "The quake was centred 40 km under the sea, the meteorology agency said.\n\n"
    "No tsunami warning was issued."
)
JA_QUAKE = (
    "インドネシアのスラウェシ島沖で19日午前4時40分（現地時間）、マグニチュード6.1の地震があった。"
    "住宅数十棟が損壊し、住民が高台に避難した。\n\n"
    "震源の深さは40キロ。\n\n"
    "津波警報は出ていない。"
)


def test_split_japanese_lead_meets_one_sentence_english_lead() -> None:
    """A Japanese lead in two sentences (the quake, then the damage) against one English sentence: the clock times
    of the quake are compared (meaning alone scores the halves below a translation's floor)."""
    result = _compare((EN_QUAKE, "en"), (JA_QUAKE, "ja"))
    assert {"a0": ["03:40"], "a1": ["04:40"]} in _date_conflicts(result)


def test_a_half_that_tells_another_thing_does_not_join() -> None:
    """The second sentence of the lead is another meeting on another day: it is no part of the other's lead, and its
    Thursday is no conflict with the Tuesday of the foreign ministers' meeting."""
    split = DE_SPLIT.replace(
        "Sie einigten sich auf ein neues Sanktionspaket gegen Russland.",
        "Am Donnerstag beraten die Verteidigungsminister über Militärhilfe.",
    )
    one = EN_ONE.replace("on Wednesday", "on Tuesday")
    assert not _date_conflicts(_compare((split, "de"), (one, "en")))
