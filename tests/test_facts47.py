"""Facts the comparison missed or mis-read (session facts47), each with guards:

- an unnamed person's age across languages: "a 34-year-old man was arrested" / "un hombre de 36 años fue detenido"
  / "ein 36-jähriger Mann" never conflicted, the nouns being three words; one kind of person is one noun across
  languages now (:mod:`parallax.compare.age_nouns`), and a man against a woman stays two people;
- a headline's toll against a later report's larger one carried no likely-update mark (``later``), the headline
  stage dropping the one :mod:`parallax.compare.updates` gave; now kept, and shown in the text and HTML reports;
- a time of day told with the act's noun ("Der Start erfolgte um 21:45 Uhr") named no act, so it never met "The rocket
  lifted off at 9:42 p.m." in a sentence that did not align (:mod:`parallax.compare.clock_act_nouns`);
- a speed in words was a length or a word of its own: "rachas de hasta 150 kilómetros por hora" never met "130 km/h",
  and "180 Stundenkilometern" left a "120 km/h" limit to meet the English 180 km/h as a false conflict
  (:mod:`parallax.analyze.quantities.spoken_rates`);

Invented reports (invented places and people).
"""

from __future__ import annotations

from parallax.records import Article
from tests.helpers import mixed_articles, sentence_pair_conflicts

_articles = mixed_articles
_sentence_conflicts = sentence_pair_conflicts


# -- an unnamed person's age across languages


def test_unnamed_age_conflicts_across_languages() -> None:
    a, b, c = _articles(
        ("en", "A 34-year-old man was arrested on Thursday after a stabbing at Oriente station, police said."),
        ("es", "Un hombre de 36 años fue detenido el jueves tras un apuñalamiento en la estación de Oriente, informó la policía."),
        ("de", "Ein 36-jähriger Mann ist am Donnerstag nach einer Messerattacke am Bahnhof Oriente festgenommen worden."),
    )
    assert [k for k, _ in _sentence_conflicts(a, 0, b, 0)] == ["number"]
    assert [k for k, _ in _sentence_conflicts(a, 0, c, 0)] == ["number"]
    assert _sentence_conflicts(b, 0, c, 0) == []  # 36 and 36


def test_unnamed_ages_of_two_people_stay_apart() -> None:
    a, b = _articles(
        ("en", "A 34-year-old man was seriously injured when his car hit a tram in Porto on Wednesday."),
        ("es", "Una mujer de 60 años resultó herida grave cuando su coche chocó con un tranvía en Oporto el miércoles."),
    )
    assert _sentence_conflicts(a, 0, b, 0) == []
    a, b = _articles(
        ("en", "A 34-year-old man was seriously injured when his car hit a tram in Porto on Wednesday."),
        ("en", "A 60-year-old woman was seriously injured when her car hit a tram in Porto on Wednesday."),
    )
    assert _sentence_conflicts(a, 0, b, 0) == []


def test_person_nouns_map_to_one_kind() -> None:
    from parallax.compare.age_nouns import person_noun
    from parallax.letters import fold

    kinds = {w: person_noun(fold(w)) for w in ("man", "Mann", "hombre", "homme", "uomo", "woman", "Frau", "mujer", "Mädchen", "niño", "child", "Kind", "Fußgänger", "camionero")}
    assert kinds["Mann"] == kinds["hombre"] == kinds["homme"] == kinds["uomo"] == kinds["man"] != kinds["woman"]
    assert kinds["Frau"] == kinds["mujer"] == kinds["woman"] and kinds["Mädchen"] == "girl" and kinds["niño"] == "boy"
    assert kinds["child"] == kinds["Kind"] != kinds["niño"] and kinds["Fußgänger"] == "pedestrian"
    assert kinds["camionero"] == "camionero"  # a noun outside the table stays itself


# -- a headline's toll against a later report's: a likely update

_SLIDE_A = "A landslide buried part of the village of Verrano on Thursday night, killing 14 people, local officials said."
_SLIDE_B = "The number of people killed in a landslide in Verrano has risen to 23, officials said on Friday afternoon."


def _slide(published_b: str) -> dict:
    import parallax

    arts = [
        Article(id="a", text=_SLIDE_A, title="Landslide kills 14 in Verrano valley", outlet="Harbor Wire", language="en", published="2026-11-20T06:00:00Z"),
        Article(id="b", text=_SLIDE_B, title="Verrano landslide toll rises to 23", outlet="Daily Courier", language="en", published=published_b),
    ]  # fmt: skip
    return parallax.compare(parallax.analyze(arts)).to_dict()


def test_a_headline_toll_risen_later_is_a_likely_update() -> None:
    import io

    import jsonschema

    from parallax.report import schema
    from parallax.report.html import render_html
    from parallax.report.text import print_text

    out = _slide("2026-11-20T15:00:00Z")
    marks = {(h["article"], c["against"]): c.get("later") for h in out["headlines"] for c in h["conflicts"] if c["kind"] == "number"}
    assert marks[("a", "headline")] == "b" and marks[("b", "text")] == "b"
    jsonschema.validate(out, schema())
    buf = io.StringIO()
    print_text(out, buf)
    assert "likely an update" in buf.getvalue()
    assert "reported the larger figure 9 hours later than Harbor Wire" in render_html(out)


def test_a_headline_toll_within_the_hour_stays_a_plain_conflict() -> None:
    import parallax

    # (facts48: a report that says its toll "has risen to 23" is the later one whatever the times, so this report
    # gives its figure without saying it rose)
    arts = [
        Article(id="a", text=_SLIDE_A, title="Landslide kills 14 in Verrano valley", outlet="Harbor Wire", language="en", published="2026-11-20T06:00:00Z"),
        Article(id="b", text="A landslide in Verrano killed 23 people, officials said on Friday afternoon.", title="Verrano landslide kills 23",
                outlet="Daily Courier", language="en", published="2026-11-20T06:30:00Z"),
    ]  # fmt: skip
    out = parallax.compare(parallax.analyze(arts)).to_dict()
    conflicts = [c for h in out["headlines"] for c in h["conflicts"] if c["kind"] == "number"]
    assert conflicts and not any("later" in c for c in conflicts)


# -- a time of day timed by the act's noun


def _clock_links(*pairs: tuple[str, str]) -> list:
    from parallax.compare.clock_links import clock_links

    return clock_links(_articles(*pairs))


def test_an_act_told_by_its_noun_links_its_time() -> None:
    links = _clock_links(
        ("en", "The Kestrel-2 rocket lifted off from Andøya on Thursday. The rocket lifted off at 9:42 p.m. local time after a delay."),
        ("de", "Die Kestrel-2-Rakete ist am Donnerstag von Andøya gestartet. Der Start erfolgte um 21:45 Uhr Ortszeit, nachdem Wind ihn verzögert hatte."),
    )  # fmt: skip
    assert links == [((0, 1), (1, 1))]
    links = _clock_links(
        ("en", "The cargo plane landed at 2:50 p.m. after circling for an hour."),
        ("es", "El aterrizaje se produjo a las 14:20, según el aeropuerto."),
    )
    assert links == [((0, 0), (1, 0))]


def test_another_act_or_another_subject_does_not_link() -> None:
    assert _clock_links(("en", "The rocket lifted off at 9:42 p.m. local time."), ("de", "Die Landung erfolgte um 23:10 Uhr.")) == []
    assert _clock_links(("en", "The rocket lifted off at 9:42 p.m. local time."), ("de", "Der Start des Marathons erfolgte um 9 Uhr.")) == []


# -- a speed written in words


def _units(lang: str, text: str) -> list[tuple[float | None, str | None]]:
    (a,) = _articles((lang, text))
    return [(q.value, q.unit) for q in a.quantities]


def test_a_speed_in_words_is_a_rate() -> None:
    assert _units("es", "Hubo rachas de hasta 150 kilómetros por hora a 65 kilómetros de la costa.") == [(150.0, "km/h"), (65.0, "kilómetro")]
    assert _units("de", "Der Zug war mit 180 Stundenkilometern unterwegs, erlaubt waren 120 km/h.") == [(180.0, "km/h"), (120.0, "km/h")]
    assert _units("de", "Böen von 130 Kilometern pro Stunde trafen die Küste.") == [(130.0, "km/h")]
    assert _units("fr", "Des rafales à 90 kilomètres par heure ont frappé la côte.") == [(90.0, "km/h")]
    assert _units("it", "Raffiche fino a 120 chilometri orari sulla costa.") == [(120.0, "km/h")]


def test_a_speed_in_words_conflicts_with_one_by_symbol() -> None:
    a, b = _articles(
        ("de", "Der Sturm Ravel traf mit Windböen von bis zu 130 km/h südlich von Port Anselm auf Land."),
        ("es", "La tormenta Ravel tocó tierra al sur de Port Anselm con rachas de hasta 150 kilómetros por hora."),
    )
    assert _sentence_conflicts(a, 0, b, 0) == [("number", {"a": [130.0], "b": [150.0], "unit": "km/h"})]
    a, b = _articles(
        ("de", "Der Sturm Ravel traf mit Windböen von bis zu 130 km/h südlich von Port Anselm auf Land."),
        ("es", "La tormenta Ravel tocó tierra al sur de Port Anselm con rachas de hasta 130 kilómetros por hora."),
    )
    assert _sentence_conflicts(a, 0, b, 0) == []


def test_kilometres_with_an_accent_are_km() -> None:
    """"15 kilómetros" stood under its own noun (the metric table read "kilo", not "kiló"), so it never met "12 km"."""
    from parallax.compare.unit_names import unit_name

    assert unit_name("kilómetro") == unit_name("kilometre") == "km"
    a, b = _articles(
        ("en", "The quake was centred 12 km north of the town of Pesk at a depth of 10 km."),
        ("es", "El epicentro se situó a 15 kilómetros al norte de la ciudad de Pesk, a una profundidad de 10 kilómetros."),
    )
    assert [k for k, _ in _sentence_conflicts(a, 0, b, 0)] == ["number"]
