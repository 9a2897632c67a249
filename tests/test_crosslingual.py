"""Comparing reports of one event written in different languages (our own es/en and de/en pairs)."""

from __future__ import annotations

import numpy as np
import pytest

import parallax
from parallax.compare.align import translation_links
from parallax.records import Article
from tests.helpers import shown

ES = (
    "Unos 70 barcos pesqueros bloquearon el lunes el puerto de Vigo en protesta por el precio del gasóleo.\n\n"
    "Los pescadores amarraron sus embarcaciones unas a otras y encendieron bengalas en el muelle.\n\n"
    "Por la tarde hubo enfrentamientos con la policía, que intentaba despejar el acceso a la lonja.\n\n"
    "La cofradía pidió una reunión urgente con el Ministerio de Agricultura.\n\n"
    "El alcalde inauguró ese mismo día una nueva biblioteca en el centro de la ciudad."
)
EN = (
    "Around 70 fishing boats blockaded the port of Vigo on Monday in protest at the price of diesel.\n\n"
    "Fishermen tied their boats to one another and lit flares on the quay.\n\n"
    "In the afternoon there were clashes with police trying to clear access to the fish market.\n\n"
    "The fishermen's guild asked for an urgent meeting with the Ministry of Agriculture.\n\n"
    "Shipping companies said the blockade had cost them millions."
)
DE = (
    "Rund 70 Fischerboote haben am Montag den Hafen von Vigo aus Protest gegen den Dieselpreis blockiert.\n\n"
    "Die Fischer banden ihre Boote aneinander und zündeten am Kai Leuchtfackeln.\n\n"
    "Am Nachmittag kam es zu Zusammenstößen mit der Polizei, die den Zugang zum Fischmarkt räumen wollte.\n\n"
    "Die Fischereigenossenschaft forderte ein dringendes Treffen mit dem Landwirtschaftsministerium."
)


def _facts(a_text: str, a_lang: str, b_text: str = EN):
    a = Article(id="a", text=a_text, language=a_lang, published="2026-03-23")
    b = Article(id="b", text=b_text, language="en", published="2026-03-24")
    return parallax.compare([a, b]).to_dict()["facts"]


@pytest.mark.parametrize(("text", "lang"), [(ES, "es"), (DE, "de")])
def test_translated_sentences_are_one_shared_fact(text, lang):
    facts = _facts(text, lang)
    shared = [f for f in facts if f["status"] != "unique"]
    assert len(shared) >= 4, [(f["status"], [s["text"][:40] for s in f["sentences"]]) for f in facts]


def test_a_fact_only_one_language_reports_stays_unique():
    facts = _facts(ES, "es")
    library = next(f for f in facts if any("biblioteca" in s["text"] for s in f["sentences"]))
    shipping = next(f for f in facts if any("Shipping companies" in s["text"] for s in f["sentences"]))
    assert library["status"] == "unique" and shipping["status"] == "unique"


def test_translation_links_need_a_mutual_best_match_by_a_margin():
    meaning = np.array(
        [
            [0.60, 0.30, 0.20],  # clear, mutual: linked
            [0.30, 0.52, 0.47],  # best, but the runner-up is too close: not linked
            [0.20, 0.30, 0.38],  # below the floor: not linked
        ]
    )
    assert translation_links(meaning) == [(0, 0)]


def _shared_quotes(text: str, lang: str, en: str) -> list[dict]:
    """The quote groups that hold variants from both articles (``text`` in ``lang``, ``en`` in English)."""
    a = Article(id="a", text=text, language=lang, published="2026-03-23")
    b = Article(id="b", text=en, language="en", published="2026-03-24")
    quotes = parallax.compare([a, b]).to_dict()["quotes"]
    return [q for q in quotes if len({v["article"] for v in q["variants"]}) == 2]


def test_a_translated_quotation_groups_and_shows_a_misattribution():
    es = (
        "La subdelegada del Gobierno, Carmen Villalobos, visitó el puerto el lunes.\n\n"
        "«La actividad portuaria está garantizada y no toleraremos agresiones», afirmó Carmen Villalobos.\n\n"
        "«No vamos a levantar el bloqueo hasta que el Gobierno nos responda», dijo Manuel Rendón."
    )
    en = (
        "The government's representative, Carmen Villalobos, visited the port on Monday.\n\n"
        '"Port activity is guaranteed and we will not tolerate attacks," said Luis Ortega, the port chief.\n\n'
        '"We will not lift the blockade until the government answers us," said Manuel Rendón.'
    )
    two = _shared_quotes(es, "es", en)
    assert len(two) == 2 and all(q["fidelity"] == "paraphrase" for q in two), two
    assert sorted(q["misattributed"] for q in two) == [False, True], two


def test_a_translation_is_no_choice_of_words():
    a = Article(id="a", text=ES, language="es", published="2026-03-23")
    b = Article(id="b", text=EN, language="en", published="2026-03-24")
    assert parallax.compare([a, b]).to_dict()["word_choices"] == []


def test_a_quotation_split_in_two_by_its_translation_still_groups():
    fr = (
        "La ministre de la Santé, Sophie Delorme, s'est rendue à l'hôpital lundi.\n\n"
        "« Nous ne paierons aucune rançon. Céder, ce serait financer la prochaine attaque », a déclaré Sophie Delorme."
    )
    en = (
        "Health minister Sophie Delorme visited the hospital on Monday.\n\n"
        '"We will not pay any ransom," hospital director Nathalie Brunel told reporters. '
        '"Giving in would mean financing the next attack."'
    )
    # the English second part has its own attribution: two quotations, which the translation joins
    grouped = _shared_quotes(fr, "fr", en.replace('next attack."', 'next attack," she added.'))
    assert len(grouped) == 1 and len(grouped[0]["variants"]) == 3 and grouped[0]["misattributed"], grouped
    # split by the attribution alone (the second part takes up the first's sentence), the two parts are
    # one quotation already, as the French prints it: one variant each, not three
    [group] = _shared_quotes(fr, "fr", en)
    assert group["misattributed"] and [v["article"] for v in group["variants"]] == ["a", "b"], group
    assert group["variants"][1]["text"] == "We will not pay any ransom. Giving in would mean financing the next attack."


def test_a_translation_that_counts_one_thing_differently_is_a_number_conflict():
    en = "Thieves broke into the Velmora city museum on Sunday night and stole two illuminated manuscripts dating from the 13th century."
    fr = "Des voleurs se sont introduits dimanche soir au musée municipal de Velmora et ont dérobé trois manuscrits enluminés du XIIIe siècle."
    a = Article(id="en", text=en, language="en", published="2026-05-04")
    b = Article(id="fr", text=fr, language="fr", published="2026-05-04")
    conflicts = [c for f in parallax.compare([a, b]).to_dict()["facts"] for c in f["conflicts"]]
    assert [(shown(c)["en"], shown(c)["fr"]) for c in conflicts if c["kind"] == "number"] == [([2.0], [3.0])]
    same = Article(id="fr", text=fr.replace("trois", "deux"), language="fr", published="2026-05-04")
    assert not [c for f in parallax.compare([a, same]).to_dict()["facts"] for c in f["conflicts"]]


def test_one_count_each_of_different_events_is_no_conflict():
    en = "Fourteen people were injured in the fire at the port of Velmora."
    es = "Las autoridades evacuaron a 1.200 vecinos del puerto de Velmora por el incendio."
    a = Article(id="en", text=en, language="en", published="2026-05-04")
    b = Article(id="es", text=es, language="es", published="2026-05-04")
    conflicts = [c for f in parallax.compare([a, b]).to_dict()["facts"] for c in f["conflicts"]]
    assert not [c for c in conflicts if c["kind"] == "number"], conflicts


def test_an_english_and_a_chinese_report_of_one_event_are_one_story():
    """Names in Chinese characters are heard by their pinyin; another event the same day stays apart."""
    from parallax.stories import cluster_articles

    en = Article(id="sz-en", language="en", published="2026-07-08T10:00:00Z", title="Shenzhen metro tunnel flood traps 200 passengers",
                 text="SHENZHEN — Floodwater poured into a metro tunnel in Shenzhen's Futian district on Tuesday evening, trapping about "
                 "200 passengers for three hours before all were rescued, city officials said. Mayor Qin Weizhong said pumps had failed "
                 "after 180 mm of rain fell in two hours. Line 7 would stay closed until Friday.")
    zh = Article(id="sz-zh", language="zh", published="2026-07-08T21:00:00+08:00", title="深圳地铁隧道进水 约200名乘客被困",
                 text="周二晚，深圳福田区一段地铁隧道进水，约200名乘客被困三个小时后全部获救。市长覃伟中表示，两小时内降雨180毫米，导致排水泵失灵。地铁7号线将停运至周五。")
    other = Article(id="lima-en", language="en", published="2026-07-08T15:00:00Z", title="Lima landslide buries homes",
                    text="LIMA — A landslide buried 14 homes on the outskirts of Lima on Tuesday after days of heavy rain, killing two "
                    "people, Peru's civil defence agency said. Mayor Renzo Reggiardo said 60 families had been moved to shelters.")
    result = cluster_articles(parallax.analyze([en, zh, other]))
    groups = sorted(sorted(a if isinstance(a, str) else a["id"] for a in s["articles"]) for s in result.stories)
    assert groups == [["lima-en"], ["sz-en", "sz-zh"]]
