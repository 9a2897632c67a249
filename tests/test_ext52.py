"""Session 52 (ext52): page furniture still kept (a reader poll whose question has no word for "you", a closing
list of other stories' headlines typed as "- Headline" lines, audio-player labels, an advert slot's "scroll to
continue", the rest of a newsletter box), a layout table's cell whose text lies loose in ``<font>``, and live-blog
times that open their entries; read through the public HTML reader on invented pages, each rule beside a real
paragraph of the same look that stays."""

from __future__ import annotations

import pytest

from parallax.ingest.html import article_from_html
from tests.helpers import HARBOUR_PARAS as _P
from tests.helpers import LAYOUT_OPENING as _OPENING
from tests.helpers import LAYOUT_REST as _REST
from tests.helpers import extra_paragraphs as _extra
from tests.helpers import harbour_page as _page
from tests.helpers import page_paragraphs as _text

# ------------------------------------------------------------------ a poll whose question names no "you"

_POLLS = [
    ("Should the city ban cars from the centre?", "Yes 62%", "No 38%"),
    ("Soll die Stadt Autos aus der Innenstadt verbannen?", "Ja 54 %", "Nein 46 %"),
    ("Faut-il interdire les voitures en centre-ville ?", "Oui 71 %", "Non 29 %"),
    ("¿Debería la ciudad prohibir los coches en el centro?", "Sí 58%", "No 42%"),
]


@pytest.mark.parametrize("poll", _POLLS)
def test_a_poll_with_a_yes_no_question_and_its_shares_goes(poll: tuple[str, str, str]) -> None:
    assert _extra(_page(mid="".join(f"<p>{ln}</p>" for ln in poll))) == []


@pytest.mark.parametrize(
    "lines",
    [
        ["Should the bridge be rebuilt?", "Yes 52%", "No 38%", "Don't know 10%"],
        ["Soll die Brücke neu gebaut werden?", "Ja 52 %", "Nein 38 %", "Weiß nicht 10 %"],
        ["Faut-il reconstruire le pont ?", "Oui 52 %", "Non 38 %", "Ne sait pas 10 %"],
    ],
)
def test_a_poll_with_a_dont_know_answer_goes(lines: list[str]) -> None:
    assert _extra(_page(mid="".join(f"<p>{ln}</p>" for ln in lines))) == []


def test_a_survey_question_over_candidates_stays() -> None:
    """A question over names and shares is a survey's result, which a report quotes (the answers are no yes/no)."""
    lines = ["Who should lead the party?", "Merz 52%", "Wüst 48%"]
    assert _extra(_page(mid="".join(f"<p>{ln}</p>" for ln in lines))) == lines


@pytest.mark.parametrize(
    "lines",
    [
        ["Should the city ban cars from the centre?", "Yes 62%", "No 38%", "Source: YouGov survey of 1,200 residents, March 2026."],
        ["Soll die Stadt Autos verbannen?", "Ja 54 %", "Nein 46 %", "Quelle: Umfrage von Infratest dimap unter 1.000 Befragten."],
        ["Faut-il interdire les voitures ?", "Oui 71 %", "Non 29 %", "Source : sondage Ifop auprès de 1 000 personnes."],
    ],
)
def test_a_survey_result_with_its_source_after_it_stays(lines: list[str]) -> None:
    assert _extra(_page(mid="".join(f"<p>{ln}</p>" for ln in lines))) == lines


# ------------------------------------------------------------------ typed "- Headline" lines closing the page

_HEADLINES = {
    "en": [
        "Council approves new budget for schools",
        "Ferry operator wins contract for harbour route",
        "Mayor Keller faces confidence vote next month",
    ],
    "de": [
        "Stadtrat beschließt neuen Haushalt für Schulen",
        "Fährbetreiber gewinnt Auftrag für die Hafenlinie",
        "Bürgermeisterin Keller droht ein Misstrauensvotum",
    ],
    "fr": [
        "Le conseil adopte un nouveau budget pour les écoles",
        "Un armateur remporte le contrat de la ligne du port",
        "La maire Keller face à un vote de confiance",
    ],
}


@pytest.mark.parametrize("lang", sorted(_HEADLINES))
def test_a_closing_list_of_typed_headlines_goes(lang: str) -> None:
    assert _extra(_page(end="".join(f"<p>- {h}</p>" for h in _HEADLINES[lang]))) == []


@pytest.mark.parametrize("lang", sorted(_HEADLINES))
def test_typed_headlines_between_breaks_go(lang: str) -> None:
    assert _extra(_page(end="<p>" + "<br>".join(f"- {h}" for h in _HEADLINES[lang]) + "</p>")) == []


@pytest.mark.parametrize(
    "lead, items",
    [
        (
            "The council's plan has three parts:",
            ["Close the bridge to cars from next spring", "Run a free ferry for commuters", "Build a new cycle bridge by 2028"],
        ),
        (
            "Der Plan des Stadtrats hat drei Teile:",
            ["Die Brücke ab dem Frühjahr für Autos sperren", "Eine kostenlose Fähre für Pendler", "Eine neue Radbrücke bis 2028 bauen"],
        ),
        (
            "Le plan du conseil compte trois volets :",
            ["Fermer le pont aux voitures au printemps", "Un ferry gratuit pour les navetteurs", "Une passerelle cyclable d'ici 2028"],
        ),
    ],
)
def test_a_closing_list_of_points_after_its_lead_in_stays(lead: str, items: list[str]) -> None:
    got = _extra(_page(end=f"<p>{lead}</p>" + "".join(f"<p>- {i}</p>" for i in items)))
    assert got == [lead, *(f"- {i}" for i in items)]


def test_a_closing_list_of_typed_sentences_stays() -> None:
    items = ["The bridge closes to cars in April.", "A free ferry runs every 20 minutes.", "The repairs take two years."]
    assert _extra(_page(end="".join(f"<p>- {i}</p>" for i in items))) == [f"- {i}" for i in items]


def test_a_closing_html_list_of_points_stays() -> None:
    """Points set as a list (``<ul>``) are the article's: only typed dashes make a rail of headlines."""
    items = ["Ferry service starts in March", "Cycle bridge planned for 2028", "Parking fees rise in the centre"]
    assert _extra(_page(end="<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")) == [f"- {i}" for i in items]


@pytest.mark.parametrize(
    "items",
    [
        ["Length: 2.44 metres", "Weight: 186 grams", "Guide rings: nine steel rings with inserts", "Price: 159.90 euros"],
        [
            "Länge: 2,44 Meter",
            "Gewicht: 186 Gramm",
            "Beringung: neun Edelstahl-Ringe",
            "Transportlänge: 127 Zentimeter",
            "Preis: 159,90 Euro",
        ],
        ["Longueur : 2,44 mètres", "Poids : 186 grammes", "Anneaux : neuf anneaux en acier", "Prix : 159,90 euros"],
    ],
)
def test_a_closing_typed_list_of_fields_stays(items: list[str]) -> None:
    assert _extra(_page(end="".join(f"<p>- {i}</p>" for i in items))) == [f"- {i}" for i in items]


@pytest.mark.parametrize("line", ["25 Min.", "4 Minuten", "12 minutes"])
def test_a_duration_alone_away_from_a_player_stays(line: str) -> None:
    """A recipe's time or a podcast's length alone on its line is a field of the page, kept as before."""
    assert _extra(_page(mid=f"<p>Zubereitungszeit</p><p>{line}</p>")) == ["Zubereitungszeit", line]


def test_typed_headlines_in_the_middle_stay() -> None:
    items = _HEADLINES["en"]
    assert _extra(_page(mid="".join(f"<p>- {h}</p>" for h in items))) == [f"- {h}" for h in items]


# ------------------------------------------------------------------ audio players and advert slots


@pytest.mark.parametrize(
    "widget",
    [
        "<p>Listen to this article</p><p>5 min</p>",
        "<p>Listen · 5:32 min</p>",
        "<p>Audio player loading…</p>",
        "<p>Press play to listen to this article</p>",
        "<p>0:00 / 4:32</p>",
        "<p>Artikel anhören</p><p>4 Min.</p>",
        "<p>Artikel anhören · 4 Min.</p>",
        "<p>Audio-Player wird geladen</p>",
        "<p>Écouter cet article</p><p>5 min</p>",
        "<p>Lecteur audio en cours de chargement</p>",
        "<p>Escuchar este artículo</p><p>5 min</p>",
        "<p>Advertisement - Scroll to continue</p>",
        "<p>Anzeige - Weiterlesen nach der Anzeige</p>",
        "<p>Publicité - La suite de l'article après cette publicité</p>",
    ],
)
def test_player_and_advert_labels_go(widget: str) -> None:
    assert _extra(_page(mid=widget)) == []


@pytest.mark.parametrize(
    "real",
    [
        "Listen to this: the council's own engineers warned in 2015 that the supports would not last another decade.",
        "Hören Sie sich an, was die Ingenieure 2015 sagten: Die Stützen würden kein weiteres Jahrzehnt halten.",
        "Écoutez bien : les ingénieurs avaient prévenu dès 2015 que les piliers ne tiendraient pas dix ans de plus.",
        "The ferry crossing takes 5 min, the council said.",
    ],
)
def test_a_sentence_about_listening_stays(real: str) -> None:
    assert _extra(_page(mid=f"<p>{real}</p>")) == [real]


# ------------------------------------------------------------------ a newsletter box in the middle


@pytest.mark.parametrize(
    "box",
    [
        "<div class='inline-signup'><h4>The Morning</h4><p>Get the day's top stories in your inbox every morning.</p>"
        "<form><input type='email' placeholder='Enter your email'><button>Subscribe</button></form></div>",
        "<div class='nl-box'><p>Newsletter</p><p>Jeden Morgen die wichtigsten Nachrichten in Ihrem Postfach.</p>"
        "<form><input type='email'><button>Jetzt anmelden</button></form></div>",
        "<aside><p>Recevez notre newsletter</p><p>Chaque matin, l'essentiel de l'actualité dans votre boîte mail.</p>"
        "<form><input type='email'><button>Je m'inscris</button></form></aside>",
    ],
)
def test_a_newsletter_box_in_the_middle_goes(box: str) -> None:
    assert _extra(_page(mid=box)) == []


def test_a_paragraph_about_a_newsletter_stays() -> None:
    real = "The council said it would tell residents about the closure in its weekly newsletter and by letter."
    assert _extra(_page(mid=f"<p>{real}</p>")) == [real]


def test_a_form_that_is_no_sign_up_leaves_the_text() -> None:
    """A search or comment form holds no sign-up; the paragraphs around it stay."""
    assert _extra(_page(mid="<form><input type='text' name='q'><button>Search</button></form>")) == []


# ------------------------------------------------------------------ inline "related" lead-ins


@pytest.mark.parametrize(
    "line",
    [
        "<p>Related: <a href='/x'>Bridge repairs to cost millions</a></p>",
        "<p>Lesen Sie auch: <a href='/x'>Brücke wird teurer</a></p>",
        "<p>Lire aussi : <a href='/x'>Le pont coûtera des millions</a></p>",
        "<p>Leer también: <a href='/x'>El puente costará millones</a></p>",
    ],
)
def test_a_related_link_line_goes(line: str) -> None:
    assert _extra(_page(mid=line)) == []


# ------------------------------------------------------------------ live-blog times open their entries


@pytest.mark.parametrize("stamp", ["10:42 GMT", "10:42 Uhr", "10h42"])
def test_a_live_blog_time_opens_its_entry_and_stays(stamp: str) -> None:
    lines = _text(_page(mid=f"<p>{stamp}</p>"))
    assert any(ln.startswith(stamp) and _P[2] in ln for ln in lines), lines


# ------------------------------------------------------------------ a layout table's cell of loose <font> text



def _table_page(cell: str) -> str:
    side = "<td><font><b>Politiques publiques<br></b></font><a href='/s'>Sommaire</a><font>7,65 euros<br></font></td>"
    return (
        "<html><head><title>Nos villes perdent-elles leurs commerces ?</title></head><body>"
        "<table><tr><td><a href='/'>Accueil</a></td><td><a href='/a'>Abonnement</a></td></tr><tr>"
        f"{side}{cell}</tr><tr><td colspan='2'><p><font>{_REST}</font></p></td></tr></table></body></html>"
    )


def test_a_layout_cell_of_loose_font_text_is_read() -> None:
    cell = f"<td><font><strong>Nos villes perdent-elles leurs commerces ?<br></strong></font><font>{_OPENING}<br><br></font></td>"
    text = article_from_html(_table_page(cell), "a", "x.html").text
    assert _OPENING in text and _REST in text, text


def test_a_layout_cell_of_paragraphs_is_read_as_before() -> None:
    cell = f"<td><p>{_OPENING}</p></td>"
    text = article_from_html(_table_page(cell), "a", "x.html").text
    assert _OPENING in text and _REST in text, text
