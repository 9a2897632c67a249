"""QA round 28: article text after a "read also" box inside the body, and reader-address lines."""

from __future__ import annotations

import pytest

from parallax.ingest.html import extract_main_text

_BODIES = {
    "de": (
        "Mehr zum Thema",
        [
            "Ein Hagelsturm hat am Mittwochabend in Kornbach und den Nachbarorten viele Dächer beschädigt, wie die Gemeinde mitteilte.",
            "Die Feuerwehr rückte nach eigenen Angaben bis in die Nacht zu mehr als sechzig Einsätzen im ganzen Tal aus.",
            "Besonders betroffen war die Siedlung am Mühlbach, wo kaum ein Dach und kaum ein Auto ohne Schaden blieb.",
        ],
        ["Gemeinde richtet Sammelstelle für Schutt ein", "Versicherer rechnen mit hohen Schäden", "Wetterdienst warnt erneut vor Gewittern"],
        [
            "Am Donnerstag halfen Freiwillige aus der ganzen Region beim Abdecken der Dächer mit Planen und beim Aufräumen der Gärten.",
            "Der Bürgermeister sagte, die Gemeinde werde betroffenen Familien mit einem Notfonds unter die Arme greifen und schnell helfen.",
        ],
    ),
    "en": (
        "Read more:",
        [
            "A hailstorm damaged hundreds of roofs in Cornbrook and the neighbouring villages on Wednesday evening, the council said.",
            "The fire service said it had answered more than sixty calls across the valley, many of them well after midnight.",
            "The estate by the mill stream was worst hit, where hardly a roof or a parked car escaped without some damage.",
        ],
        ["Council opens a collection point for rubble", "Insurers brace for heavy claims", "Forecasters warn of more thunderstorms"],
        [
            "On Thursday volunteers from across the region helped to cover roofs with tarpaulins and to clear the gardens of debris.",
            "The mayor said the council would support the affected families from an emergency fund and would do so without delay.",
        ],
    ),
    "fr": (
        "Lire aussi",
        [
            "Un violent orage de grêle a endommagé des centaines de toits mercredi soir à Cornville et dans les villages voisins, selon la mairie.",
            "Les pompiers disent être intervenus plus de soixante fois dans toute la vallée, souvent bien après minuit.",
            "Le lotissement du moulin a été le plus touché, où presque aucun toit ni aucune voiture n'a été épargné.",
        ],
        ["La mairie ouvre un point de collecte des gravats", "Les assureurs s'attendent à de lourds sinistres", "Météo : nouvelle alerte aux orages"],
        [
            "Jeudi, des bénévoles venus de toute la région ont aidé à bâcher les toits et à débarrasser les jardins des débris.",
            "Le maire a assuré que la commune soutiendrait les familles touchées grâce à un fonds d'urgence débloqué sans attendre.",
        ],
    ),
    "nl": (
        "Lees ook",
        [
            "Een hagelbui heeft woensdagavond in Korenbeek en de omliggende dorpen honderden daken beschadigd, meldt de gemeente.",
            "De brandweer zegt dat ze meer dan zestig keer is uitgerukt in de hele vallei, vaak tot ver na middernacht.",
            "De wijk bij de molenbeek werd het zwaarst getroffen, waar bijna geen dak of auto zonder schade bleef.",
        ],
        ["Gemeente opent inzamelpunt voor puin", "Verzekeraars rekenen op veel schadeclaims", "Weerdienst waarschuwt opnieuw voor onweer"],
        [
            "Donderdag hielpen vrijwilligers uit de hele regio met het afdekken van daken met zeilen en het opruimen van de tuinen.",
            "De burgemeester zei dat de gemeente de getroffen gezinnen zal steunen met een noodfonds en dat zonder uitstel zal doen.",
        ],
    ),
    "es": (
        "Lea también",
        [
            "Una granizada dañó cientos de tejados el miércoles por la noche en Cornalba y los pueblos vecinos, según el ayuntamiento.",
            "Los bomberos dicen que salieron más de sesenta veces en todo el valle, muchas de ellas pasada la medianoche.",
            "La urbanización junto al arroyo del molino fue la más afectada, donde casi ningún tejado ni coche quedó sin daños.",
        ],
        ["El ayuntamiento abre un punto de recogida de escombros", "Las aseguradoras esperan muchas reclamaciones", "Nueva alerta por tormentas en la comarca"],
        [
            "El jueves voluntarios de toda la región ayudaron a cubrir los tejados con lonas y a limpiar los jardines de escombros.",
            "El alcalde dijo que el ayuntamiento apoyará a las familias afectadas con un fondo de emergencia y que lo hará sin demora.",
        ],
    ),
}


def _links(headlines: list[str]) -> list[str]:
    return [f'<a href="/story/{i}">{h}</a>' for i, h in enumerate(headlines)]


_BOXES = {
    "heading": lambda lead, hs: f"<h3>{lead}</h3>" + "".join(f"<p>{a}</p>" for a in _links(hs)),
    "div.related": lambda lead, hs: f'<div class="related"><h3>{lead}</h3>' + "".join(f"<p>{a}</p>" for a in _links(hs)) + "</div>",
    "aside": lambda lead, hs: f"<aside><h2>{lead}</h2><ul>" + "".join(f"<li>{a}</li>" for a in _links(hs)) + "</ul></aside>",
    "linked headings": lambda lead, hs: f"<h2>{lead}</h2>" + "".join(f"<h3>{a}</h3>" for a in _links(hs)),
}


def _page(lang: str, box: str, count: int) -> str:
    lead, before, headlines, after = _BODIES[lang]
    part = '<div class="article-body">{}</div>'
    body = part.format("".join(f"<p>{p}</p>" for p in before)) + _BOXES[box](lead, headlines[:count]) + part.format("".join(f"<p>{p}</p>" for p in after))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Hail | Paper</title>'
        f'<meta property="og:type" content="article"></head><body><nav><a href="/">Home</a></nav>'
        f"<article><h1>Hail</h1>{body}</article><footer><p>Imprint</p></footer></body></html>"
    )


@pytest.mark.parametrize("count", [1, 3])
@pytest.mark.parametrize("box", list(_BOXES))
@pytest.mark.parametrize("lang", list(_BODIES))
def test_body_resumes_after_a_read_also_box_between_its_parts(lang: str, box: str, count: int) -> None:
    text = extract_main_text(_page(lang, box, count)) or ""
    _, before, _, after = _BODIES[lang]
    assert all(p in text for p in before + after)


def test_a_next_items_heading_still_ends_a_split_body() -> None:
    from parallax.ingest.extract import parse
    from parallax.ingest.split_body import continuation

    para = "<p>This is a sentence of the first story, long enough to count as prose here.</p>" * 2
    other = "<p>This is a sentence of another story, long enough to count as prose here too.</p>" * 2
    html = f'<html><body><div class="entry">{para}</div><h2><a href="/b">Another story</a></h2><div class="entry">{other}</div></body></html>'
    tree = parse(html)
    lines = ["This is a sentence of the first story, long enough to count as prose here."]
    assert continuation(tree, lines) == []


_LEAD_INS = {
    "p strong": lambda lead, hs: f"<p><strong>{lead}</strong></p>" + "".join(f"<p>{a}</p>" for a in _links(hs)),
    "run on": lambda lead, hs: f"<p><strong>{lead}</strong> {' '.join(_links(hs))}</p>",
    "aside": lambda lead, hs: f"<aside><h3>{lead}</h3><ul>" + "".join(f"<li>{a}</li>" for a in _links(hs)) + "</ul></aside>",
    "div.related": lambda lead, hs: f'<div class="related"><span>{lead}</span>' + "".join(f"<p>{a}</p>" for a in _links(hs)) + "</div>",
}


@pytest.mark.parametrize("article", [True, False])
@pytest.mark.parametrize("count", [1, 3])
@pytest.mark.parametrize("layout", list(_LEAD_INS))
@pytest.mark.parametrize("lang", list(_BODIES))
def test_read_also_box_inside_one_body_leaves_its_headlines_out(lang: str, layout: str, count: int, article: bool) -> None:
    lead, before, headlines, after = _BODIES[lang]
    body = "".join(f"<p>{p}</p>" for p in before) + _LEAD_INS[layout](lead, headlines[:count]) + "".join(f"<p>{p}</p>" for p in after)
    meta = '<meta property="og:type" content="article">' if article else ""
    html = f'<html lang="{lang}"><head><title>Hail</title>{meta}</head><body><article><h1>Hail</h1>{body}</article></body></html>'
    text = extract_main_text(html) or ""
    assert all(p in text for p in before + after)
    assert not any(h in text for h in headlines[:count])


def test_boxed_headlines_end_where_prose_resumes() -> None:
    from parallax.ingest.extract import parse
    from parallax.ingest.related_boxes import boxed_headlines

    html = (
        "<html><body><p>Read more:</p><p><a href='/a'>Bridge reopens after repairs</a></p>"
        "<p>The council said <a href='/b'>the new budget</a> covers the work.</p></body></html>"
    )
    assert boxed_headlines(parse(html)) == frozenset({"Bridge reopens after repairs"})


def test_lead_in_with_its_headlines_run_on_in_one_line() -> None:
    from parallax.ingest.related_links import is_related_line, without_related_runs

    links = frozenset({"Bridge reopens after repairs", "Ferry timetable changes in May", "Home"})
    assert is_related_line("Related coverage Bridge reopens after repairs | Ferry timetable changes in May", links)
    assert not is_related_line("Related coverage Home", links)  # a menu word is no headline
    lines = ["Read more:", "Bridge reopens after repairs", "The ferry ran again on Monday.", "Bridge reopens after repairs"]
    assert without_related_runs(lines, links) == ["Read more:", "The ferry ran again on Monday.", "Bridge reopens after repairs"]


@pytest.mark.parametrize(
    "line",
    [
        "Alle Bilder vom Stadtfest findest du hier.",
        "Das ganze Programm findet ihr hier.",
        "Hier findest du alle Artikel zur Wahl.",
        "Kennt ihr schon unseren Podcast?",
        "Unterstütze das Stadtblatt mit 2,50!",
        "You can read the full ruling here.",
        "Have you heard our new podcast?",
        "Support independent reporting today.",
        "Retrouvez tous nos articles sur la crue ici.",
        "Soutenez le journalisme local !",
        "¿Ya conoces nuestra revista?",
        "Apoya nuestro trabajo con una donación.",
        "Support the Harbour Gazette",
        "Soutenez Radio Vallée !",
    ],
)
def test_reader_address_at_the_edge_is_furniture(line: str) -> None:
    from parallax.ingest.line_filters import line_reason

    assert line_reason(line, is_last=True) == "reader address"


@pytest.mark.parametrize(
    "line",
    [
        "Ruhe finden sie hier.",  # "they find peace here"
        "Die Polizei sagte, man finde hier keine Spuren.",
        "Do you remember our old school?",
        "Support for the plan fell to 40 percent.",
        "Support came from the Red Cross.",
        "Unterstützt wurde das Projekt von der Stadt.",
        "Apoya la propuesta el 60 por ciento de los vecinos.",
        "Soutenez-vous le projet, a demandé le maire aux habitants.",
        "„Kennt ihr schon unseren Hund?“, fragte die Nachbarin.",
    ],
)
def test_report_sentences_like_a_reader_address_stay(line: str) -> None:
    from parallax.ingest.reader_address import reader_address_reason

    assert reader_address_reason(line) is None


def test_reader_address_goes_at_either_edge_only() -> None:
    from parallax.ingest.extract import clean_lines

    body = [
        "Der Stadtrat hat am Montag den neuen Radweg an der Uferstraße beschlossen, der bis zum Herbst fertig sein soll.",
        "Alle Pläne findest du hier.",
        "Die Arbeiten beginnen im Juni, sagte die Bürgermeisterin am Abend nach der Sitzung.",
    ]
    text = "\n".join(["Kennt ihr schon unseren Podcast?", *body, "Unterstütze das Stadtblatt mit 2,50!"])
    assert clean_lines(text) == body  # the pointer inside the text stays: only an edge's line goes


def test_reader_address_closing_a_text_body_goes() -> None:
    from parallax.ingest.clean import clean_paragraphs

    first = "Der Stadtrat hat am Montag den neuen Radweg an der Uferstraße beschlossen, sagte die Bürgermeisterin."
    assert clean_paragraphs([first, "Alle Pläne zum Radweg findet ihr hier."]).text == first
