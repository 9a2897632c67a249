"""Session 50 (ext50): page furniture kept as article text (reader polls with no label, a live blog's untimed
"Key events" list of links, "Have some news for us?" prompts, subscription walls, cookie notices, "read also"
lines), read through the public HTML reader on invented pages; each rule beside a real paragraph of the same look
that stays."""

from __future__ import annotations

import pytest

from parallax.ingest.html import article_from_html
from tests.helpers import extra_paragraphs as _extra
from tests.helpers import harbour_page as _page

# ------------------------------------------------------------------ reader polls with no "Poll:" label


@pytest.mark.parametrize(
    "poll",
    [
        "<p>Should the bridge be rebuilt?</p><p>Yes</p><p>No</p><p>Not sure</p><p>1,234 votes</p>",
        "<p>Would you use the new ferry?</p><p>Yes</p><p>62%</p><p>No</p><p>38%</p><p>Total votes: 812</p>",
        "<p>Sollte die Brücke neu gebaut werden?</p><p>Ja 54 %</p><p>Nein 46 %</p><p>812 Stimmen</p>",
        "<p>Faut-il reconstruire le pont ?</p><ul><li>Oui</li><li>Non</li></ul><p>523 votes au total</p>",
    ],
)
def test_an_unlabelled_poll_with_its_vote_count_goes(poll: str) -> None:
    assert _extra(_page(mid=poll)) == []


def test_a_surveys_result_under_a_question_and_a_question_heading_stay() -> None:
    survey = ["Who should lead the party?", "Merz 32%", "Wüst 25%", "Söder 18%"]
    heading = "Should the bridge be rebuilt?"
    html = _page(mid="".join(f"<p>{s}</p>" for s in survey), top=f"<h2>{heading}</h2>")
    assert _extra(html) == [heading, *survey]


def test_an_election_result_with_votes_stays() -> None:
    result = ["Who won the district?", "Anna Keller 12,345 votes", "Jens Roth 9,876 votes"]
    assert _extra(_page(mid="".join(f"<p>{r}</p>" for r in result))) == result


# ------------------------------------------------------------------ a live blog's untimed key events


@pytest.mark.parametrize(
    "heading, items",
    [
        ("Key events", ["Mayor defends closure", "Council votes to close bridge", "Engineers found cracks in supports"]),
        ("Das Wichtigste im Überblick", ["Bürgermeisterin verteidigt Sperrung", "Rat stimmt für Sperrung"]),
        ("Moments clés", ["La maire défend la fermeture", "Le conseil vote la fermeture"]),
    ],
)
def test_an_untimed_key_events_list_of_links_goes(heading: str, items: list[str]) -> None:
    listed = "".join(f"<li><a href='?page=with:block-{i}#block-{i}'>{t}</a></li>" for i, t in enumerate(items))
    assert _extra(_page(top=f"<div class='key-events'><h2>{heading}</h2><ul>{listed}</ul></div>")) == []
    assert _extra(_page(top=f"<p><strong>{heading}</strong></p><ul>{listed}</ul>")) == []


def test_a_key_events_section_that_lists_without_links_stays() -> None:
    listed = ["1998: The bridge opens to traffic", "2015: The first cracks are found"]
    html = _page(mid="<h2>Key events</h2><ul>" + "".join(f"<li>{t}</li>" for t in listed) + "</ul>")
    assert _extra(html) == ["Key events", *(f"- {t}" for t in listed)]


# ------------------------------------------------------------------ "Have some news for us?" prompts


@pytest.mark.parametrize(
    "prompt",
    [
        "Have some news for us? <a href='/send'>Send it here.</a>",
        "Haben Sie Neuigkeiten für uns? Schreiben Sie uns.",
        "¿Tienes una noticia para nosotros? Envíanosla aquí.",
        "Hai una notizia per noi? Inviacela qui.",
        "Tem uma notícia para nós? Envie aqui.",
        "Heb je nieuws voor ons? Stuur het hier in.",
        "Masz informację dla nas? Napisz do nas.",
        "Schicken Sie uns Ihre Geschichte",
        "Envoyez-nous votre histoire",
        "Envíanos tu historia",
        "Wyślij nam swoją historię",
        "Stuur ons je verhaal",
        "Envie-nos a sua história",
    ],
)
def test_a_prompt_for_the_readers_news_goes(prompt: str) -> None:
    assert _extra(_page(end=f"<p>{prompt}</p>")) == []


def test_a_paragraph_that_asks_for_news_and_reports_stays() -> None:
    real = "Haben Sie Neuigkeiten für uns? Mit dieser Frage begann die Bürgermeisterin jede Sprechstunde, sagte ihr Sprecher."
    told = "Send us your story, the council urged residents in a letter, and 300 of them wrote back within a week."
    assert _extra(_page(end=f"<p>{real}</p><p>{told}</p>")) == [real, told]


# ------------------------------------------------------------------ subscription walls


@pytest.mark.parametrize(
    "wall",
    [
        "<p>Déjà abonné ? Connectez-vous</p>",
        "<p>¿Ya eres suscriptor? Inicia sesión</p>",
        "<p>Sei già abbonato? Accedi</p>",
        "<p>Já é assinante? Entre</p>",
        "<p>Al abonnee? Log in</p>",
        "<p>Masz już subskrypcję? Zaloguj się</p>",
        "<p>Subscribe to continue reading</p><p>Already a subscriber? Log in</p>",
        "<p>Abonnieren Sie, um weiterzulesen.</p><p>Schon Abonnent? Einloggen</p>",
    ],
)
def test_a_subscription_wall_goes(wall: str) -> None:
    assert _extra(_page(end=wall)) == []


def test_a_paragraph_on_subscribers_stays() -> None:
    real = "Déjà abonné au journal depuis vingt ans, le retraité a résilié son contrat après la hausse des prix, a-t-il raconté."
    asked = "¿Ya eres suscriptor? La pregunta recibe ahora al 40% de los visitantes del sitio, según el informe anual del editor."
    assert _extra(_page(end=f"<p>{real}</p><p>{asked}</p>")) == [real, asked]


# ------------------------------------------------------------------ cookie notices


@pytest.mark.parametrize(
    "notice",
    [
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung der Seite stimmen Sie zu.",
        "Utilizamos cookies propias y de terceros para mejorar su experiencia. Si continúa navegando, acepta su uso.",
        "Questo sito utilizza cookie per migliorare la tua esperienza. Continuando la navigazione accetti l'uso dei cookie.",
        "Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, concorda com a sua utilização.",
        "Wij gebruiken cookies om uw ervaring te verbeteren. Door verder te surfen gaat u akkoord.",
        "Ta strona używa plików cookies. Korzystając ze strony, wyrażasz zgodę na ich użycie.",
    ],
)
def test_a_cookie_notice_goes(notice: str) -> None:
    assert _extra(_page(end=f"<p>{notice}</p>")) == []


def test_a_report_on_cookies_stays() -> None:
    fined = "Die Datenschutzbehörde verhängte ein Bußgeld, weil die Seite Cookies ohne Zustimmung der Nutzer setzte."
    baked = "Utilizamos galletas de la abuela, dijo la panadera, y las cookies americanas se venden menos desde el verano."
    assert _extra(_page(end=f"<p>{fined}</p><p>{baked}</p>")) == [fined, baked]


# ------------------------------------------------------------------ "read also" lines in the body


@pytest.mark.parametrize(
    "line",
    [
        "<p>Read more: <a href='/x'>Bridge repairs to cost millions</a></p>",
        "<p>Lesen Sie auch: <a href='/x'>Brückensanierung kostet Millionen</a></p>",
        "<p>À lire aussi : <a href='/x'>Le pont fermé aux voitures</a></p>",
        "<p><strong>À lire aussi</strong></p><p><a href='/x'>Le pont fermé aux voitures</a></p>",
        "<p>Lesen Sie dazu auch: <a href='/x'>Brückensanierung kostet Millionen</a></p>",
        "<p>LEIA MAIS: <a href='/x'>Ponte fecha para carros</a></p>",
        "<p>Read more:</p><ul><li><a href='/x'>Bridge repairs to cost millions</a></li><li><a href='/y'>Ferry to replace bridge</a></li></ul>",
    ],
)
def test_a_read_also_line_in_the_body_goes(line: str) -> None:
    assert _extra(_page(mid=line)) == []


def test_a_paragraph_that_opens_with_read_also_words_stays() -> None:
    real = "Lesen Sie auch das Kleingedruckte, rät die Verbraucherzentrale: Viele Verträge verlängern sich automatisch um ein Jahr."
    assert _extra(_page(mid=f"<p>{real}</p>")) == [real]


# ------------------------------------------------------------------ a portal's closing "about" block with a subheading


_ABOUT = [
    "Über das Presse- und Medienportal www.example-presse.de",
    "Seit 2004 werden über das Portal Mitteilungen von Unternehmen, Vereinen und Behörden aus der Wasserwirtschaft an einen breiten Empfängerkreis verschickt.",
    "Das Portal ist ein Fachdienst für alle Bereiche der Wasserwirtschaft und gibt nicht die Meinung der einsendenden Unternehmen wieder.",
    "Nutzung der Pressemitteilungen",
    "Redaktionen, Agenturen und Nachrichtenseiten dürfen die Mitteilungen für ihre Berichte ohne Honorar verwenden.",
]


def test_a_portals_closing_about_block_with_a_subheading_goes() -> None:
    assert _extra(_page(end="".join(f"<p>{p}</p>" for p in _ABOUT))) == []


def test_a_release_that_is_mostly_its_about_block_keeps_it() -> None:
    html = (
        '<html><head><title>Windpark eröffnet</title></head><body><article><h1>Windpark eröffnet</h1>'
        "<p>Der Windpark Nord ist am Montag in Betrieb gegangen, teilte der Betreiber mit.</p>"
        + "".join(f"<p>{p}</p>" for p in _ABOUT)
        + "</article></body></html>"
    )
    assert article_from_html(html, "a", "x.html").text.split("\n\n")[-1] == _ABOUT[-1]


# ------------------------------------------------------------------ soft hyphens


def test_the_article_text_drops_the_pages_soft_hyphens() -> None:
    """A word the page breaks with soft hyphens is one word in the article (trafilatura strips them from the main text)."""
    html = _page(mid="<p>Die Bundes&shy;kanzlerin besuchte die Brücke am Mittwoch und sprach mit den Inge\u00adnieuren vor Ort.</p>")
    assert "Die Bundeskanzlerin besuchte die Brücke am Mittwoch und sprach mit den Ingenieuren vor Ort." in _extra(html)
