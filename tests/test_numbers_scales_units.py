"""Scales, currencies and counted nouns across languages: Romanian scales after "de" ("120 de milioane
de lei"), the leu, a final "s" that is no plural ("38 ambulans"), and the traps that must not fire."""

from __future__ import annotations

import pytest

from parallax.analyze.quantities import find_quantities
from tests.helpers import shown


def _read(text: str, lang: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in find_quantities(text, lang, [])]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Organizarea scrutinului a costat 120 de milioane de lei.", [(120e6, "RON")]),
        ("Scrutinul a costat 120 milioane lei.", [(120e6, "RON")]),
        ("Scrutinul a costat 24 de milioane de euro.", [(24e6, "€")]),
        ("Proiectul a costat 2 de miliarde de dolari.", [(2e9, "$")]),
        ("La miting au venit 20 de mii de oameni.", [(20e3, "oameni")]),
        ("Statul a plătit un milion de lei.", [(1e6, "RON")]),
        ("Biletul costă 300 de lei.", [(300.0, "RON")]),
        # traps: "de" before a noun is no scale
        ("Au fost rănite 23 de persoane.", [(23.0, "persoane")]),
        ("Au venit 5 mii de oameni.", [(5e3, "oameni")]),
    ],
)
def test_romanian_scales_after_de_keep_scale_and_currency(text, found):
    assert _read(text, "ro") == found


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Olay yerine 38 ambulans sevk edildi.", "tr", [(38.0, "ambulans")]),
        ("A helyszínre 12 mentős érkezett.", "hu", [(12.0, "mentős")]),
        ("Tjugotre personer och tvåhundra hus.", "sv", [(23.0, "personer"), (200.0, "hus")]),
        ("Sono arrivati 5 autobus.", "it", [(5.0, "autobus")]),
        # the languages whose plural is an "s" still compare "1 ambulance" with "38 ambulances"
        ("They sent 38 ambulances.", "en", [(38.0, "ambulance")]),
        ("Ils ont envoyé 38 ambulances.", "fr", [(38.0, "ambulance")]),
        ("Enviaron 38 ambulancias.", "es", [(38.0, "ambulancia")]),
        ("15 ihmistä loukkaantui.", "fi", [(15.0, "ihmis")]),  # Finnish: the stem of its partitive, no "s" cut
    ],
)
def test_a_final_s_is_cut_only_where_it_is_a_plural(text, lang, found):
    assert _read(text, lang) == found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ogień strawił 450 hektarów lasu.", "pl"),
        ("Spłonęło 450 ha lasu.", "pl"),
        ("The fire burned 450 hectares of forest.", "en"),
        ("Огонь уничтожил 450 гектаров леса.", "ru"),
        ("Сгорело 450 га леса.", "ru"),
        ("Згоріло 450 гектарів лісу.", "uk"),
        ("El fuego arrasó 450 hectáreas.", "es"),
        ("Das Feuer vernichtete 450 Hektar Wald.", "de"),
        ("Il fuoco ha distrutto 450 ettari.", "it"),
        ("Tuli tuhosi 450 hehtaaria metsää.", "fi"),
        ("Yangında 450 hektar orman yandı.", "tr"),
    ],
)
def test_a_hectare_is_ha_in_every_language(text, lang):
    assert _read(text, lang) == [(450.0, "ha")]


def _number_conflicts(a_text: str, b_text: str, lang: str) -> list[dict]:
    import parallax
    from parallax.records import Article

    a = Article(id="a", text=a_text, outlet="A", published="2026-05-13T10:00:00+03:00", language=lang)
    b = Article(id="b", text=b_text, outlet="B", published="2026-05-13T10:00:00+03:00", language=lang)
    d = parallax.compare([a, b]).to_dict()
    return [shown(c) for f in d["facts"] for c in f["conflicts"] if c["kind"] == "number"]


@pytest.mark.parametrize(
    ("a_text", "b_text", "lang", "values"),
    [
        ("Ogień strawił 450 hektarów lasu w gminie Wronki.", "Ogień strawił 540 ha lasu w gminie Wronki.", "pl", ([450.0], [540.0])),
        ("Scrutinul a costat 120 de milioane de lei.", "Scrutinul a costat 210 milioane lei.", "ro", ([120e6], [210e6])),
        # the dead miners of one and the dead workers of the other, beside the other's injured miners
        ("Patlamada 7 madenci hayatını kaybetti.", "Patlamada 9 işçi öldü, 43 madenci yaralandı.", "tr", ([7.0], [9.0])),
        ("Patlamada 7 madenci yaşamını yitirdi.", "Patlamada 9 işçi öldü.", "tr", ([7.0], [9.0])),
    ],
)  # fmt: skip
def test_the_same_measure_or_toll_written_two_ways_conflicts(a_text, b_text, lang, values):
    got = _number_conflicts(a_text, b_text, lang)
    assert [(v["a"], v["b"]) for v in got] == [values], got


@pytest.mark.parametrize(
    ("a_text", "b_text", "lang"),
    [
        ("Ogień strawił 450 hektarów lasu w gminie Wronki.", "Ogień strawił 450 ha lasu w gminie Wronki.", "pl"),
        ("Ogień strawił 450 hektarów lasu w gminie Wronki.", "Ogień strawił 4,5 kilometra kwadratowego lasu w gminie Wronki.", "pl"),
        ("Scrutinul a costat 120 de milioane de lei.", "Scrutinul a costat 120 milioane lei.", "ro"),
        ("Scrutinul a costat 120 de milioane de lei.", "Scrutinul a costat 24 de milioane de euro.", "ro"),  # two currencies
        # the dead and the injured are two counts, the same figure in two words agrees
        ("Patlamada 7 madenci hayatını kaybetti.", "Patlamada 9 madenci yaralandı.", "tr"),
        ("Patlamada 7 madenci hayatını kaybetti.", "Patlamada 7 işçi öldü, 43 madenci yaralandı.", "tr"),
        ("Bölgeye 38 ambulans sevk edildi.", "Bölgeye 150 arama kurtarma personeli sevk edildi.", "tr"),
    ],
)  # fmt: skip
def test_measures_and_tolls_that_agree_or_differ_in_kind_do_not_conflict(a_text, b_text, lang):
    assert _number_conflicts(a_text, b_text, lang) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Το έργο θα κοστίσει 1,2 δισ. ευρώ.", [(1.2e9, "€")]),
        ("Η εταιρεία πήρε δάνειο ύψους 3 δισεκατομμυρίων ευρώ.", [(3e9, "€")]),
        ("Επιβλήθηκε πρόστιμο 4,5 εκατομμυρίων ευρώ.", [(4.5e6, "€")]),
        ("Η χώρα έλαβε ένα δισεκατομμύριο δολάρια.", [(1e9, "$")]),
    ],
)
def test_greek_billions_abbreviated_and_in_the_genitive(text, found):
    """The Greek press abbreviates the billion ("δισ.") and puts a sum in the genitive after a noun of
    amount ("ύψους 3 δισεκατομμυρίων"): the scale and the currency are kept."""
    assert _read(text, "el") == found


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Officials said 1.5 lakh people were evacuated.", "en", [(150000.0, "people")]),  # Indian English
        ("The state set aside 500 crore rupees.", "en", [(5e9, "₹")]),
        ("Инфлацията се повиши до 5,2 процента.", "bg", [(5.2, "%")]),
        ("Työttömyys nousi 7,5 prosenttiin.", "fi", [(7.5, "%")]),
        ("Töötus tõusis 6,4 protsendini.", "et", [(6.4, "%")]),
        ("Nedarbas siekė 6,1 proc. gegužę.", "lt", [(6.1, "%")]),
        ("Inflācija sasniedza 3,2 procentus.", "lv", [(3.2, "%")]),
    ],
)
def test_indian_scales_in_english_and_percent_words(text, lang, found):
    assert [(q.value, q.unit) for q in find_quantities(text, lang, [])] == found
