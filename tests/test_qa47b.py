"""Session 47 (qa47b): Turkish months of a named year, Hungarian, Italian and South Slavic speakers, ages and
evacuation counts found in a QA round (invented texts)."""

from __future__ import annotations

from parallax.analyze.times import resolve_text

_PUB = "2026-11-20T10:00:00+00:00"


def _times(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(text[s:e], v) for s, e, v, _ in resolve_text(text, lang, _PUB)]


def test_turkish_month_of_last_year_in_genitive() -> None:
    # "in August of last year": the month of the year before, not this year's
    assert ("geçen yılın ağustos", "2025-08") in _times("Fabrika geçen yılın ağustos ayında kapandı.", "tr")


def test_turkish_short_month_before_its_noun() -> None:
    # "ekim", "ocak", "mart" alone are read as months before "ayı" / "ayında"
    assert ("bu yılın ekim", "2026-10") in _times("Sözleşme bu yılın ekim ayında imzalandı.", "tr")
    assert ("önümüzdeki yılın ocak", "2027-01") in _times("Yeni hat önümüzdeki yılın ocak ayında açılacak.", "tr")


def test_turkish_year_in_figures_then_its_month() -> None:
    assert ("2023 yılının mart", "2023-03") in _times("Dava 2023 yılının mart ayında açıldı.", "tr")


def test_turkish_hearth_is_no_month() -> None:
    assert _times("Köydeki ocak başında çay içtiler.", "tr") == []


def _speakers(text: str, lang: str) -> list[tuple[str | None, str]]:
    from tests.helpers import analyzed

    return [(q.speaker, q.kind) for q in analyzed(text, lang).quotes]


def test_hungarian_role_owned_by_a_body_after_the_cue() -> None:
    # "the hospital's director": the role, not the body, and no longer no speaker
    assert _speakers("„Minden beteget átszállítottunk” – közölte a kórház igazgatója.", "hu") == [("kórház igazgatója", "direct")]
    assert _speakers("„A gátak tartanak”, mondta a Fővárosi Vízművek szóvivője.", "hu") == [("Fővárosi Vízművek szóvivője", "direct")]
    # a name in apposition after the role still speaks
    assert _speakers("„A gátak tartanak” – mondta a párt elnöke, Horváth Gábor.", "hu") == [("Horváth Gábor", "direct")]


def test_hungarian_cue_with_its_preverb_after_it() -> None:
    from tests.helpers import analyzed

    assert [(q.speaker, q.cue) for q in analyzed("„Holnap újra nyitunk” – fejtette ki Fekete Zsolt.", "hu").quotes] == [("Fekete Zsolt", "fejtette ki")]


def test_hungarian_statement_with_its_cue_after_a_comma_or_a_dash() -> None:
    assert _speakers("Három falut is ki kellett üríteni szerdán, mondta Tóth Eszter.", "hu") == [("Tóth Eszter", "indirect")]
    assert _speakers("A mentés egész éjjel tartott – közölte a tűzoltóság szóvivője.", "hu") == [("tűzoltóság szóvivője", "indirect")]
    assert _speakers("Balogh Ferenc azt mondta, hogy a hidat csak jövő héten nyitják meg.", "hu") == [("Balogh Ferenc", "indirect")]


def _ages(text: str, lang: str) -> list[tuple[str, str | None]]:
    from parallax.analyze.quantities import find_quantities

    return [(q.text, q.unit) for q in find_quantities(text, lang, [])]


def test_two_ages_joined_by_and_are_both_ages() -> None:
    assert _ages("Putnici u dobi od 68 i 83 godine prevezeni su u bolnicu.", "hr") == [("68", "(age)"), ("83", "(age)")]
    assert _ages("Die Wanderer, 58 und 61 Jahre alt, wurden gerettet.", "de") == [("58", "(age)"), ("61", "(age)")]
    assert _ages("Both climbers, aged 58 and 61, were rescued.", "en") == [("58", "(age)"), ("61", "(age)")]
    # a count after "and" is no age
    assert ("4", "(age)") not in _ages("A woman aged 58 and 4 children were rescued.", "en")


def test_south_slavic_age_is_no_span_of_years() -> None:
    assert _times("Vozač u dobi od 52 godine ozlijeđen je.", "hr") == []
    assert _ages("Vozač u dobi od 52 godine ozlijeđen je.", "hr") == [("52", "(age)")]


def test_two_listed_ages_one_differing_conflict() -> None:
    from tests.helpers import compared_conflicts

    texts = [
        "Sudar kod Zadra.\n\nDva planinara, u dobi od 58 i 61 godine, spašena su u nedjelju.",
        "Sudar kod Zadra.\n\nDva planinara, u dobi od 58 i 63 godine, spašena su u nedjelju.",
    ]
    found = compared_conflicts(texts, "hr")
    assert ("number", {"a": [61.0], "b": [63.0], "unit": "age"}) in found, found


def test_brought_to_safety_is_evacuated() -> None:
    from tests.helpers import compared_conflicts

    de = ["Hochwasser am Rhein.\n\nIn Koblenz wurden am Freitag 80 Anwohner in Sicherheit gebracht.", "Hochwasser am Rhein.\n\nIn Koblenz wurden am Freitag 95 Anwohner evakuiert."]
    assert [k for k, _ in compared_conflicts(de, "de")] == ["number"]
    it = ["Piena del Po.\n\nA Piacenza 80 residenti sono stati messi in salvo venerdì.", "Piena del Po.\n\nA Piacenza 95 residenti sono stati evacuati venerdì."]
    assert [k for k, _ in compared_conflicts(it, "it")] == ["number"]


def test_italian_sharp_reply_verbs_name_the_speaker() -> None:
    assert _speakers("«Questa riforma è un disastro», ha attaccato Sergio Valli.", "it") == [("Sergio Valli", "direct")]
    assert _speakers("«Nessuno ci ha avvisati», tuona la sindaca di Lodi.", "it") == [("sindaca di Lodi", "direct")]
    assert _speakers("«Il contratto è pronto», ha rivelato l'agente del portiere.", "it") == [("l'agente del portiere", "direct")]
