"""Extraction (ext46): widgets inside an article's body (pull quotes, polls, shop rows) and the shapes found on
the trafilatura set's dev pages.  Every page here is invented."""

from __future__ import annotations

import pytest

from parallax.ingest.html import extract_main_text

pytest.importorskip("trafilatura")

BODY = [
    "The city council voted on Tuesday to expand the tram network to the northern suburbs, ending a decade of debate over the route.",
    "\u201cThis is the best day for our commuters in twenty years,\u201d said mayor Lena Hart after the vote, which passed by nine to four.",
    "Opponents argued that the cost, estimated at 340 million euros, would push back repairs to older lines by several years.",
    "Construction is expected to begin next spring and to last about three years, according to the transport authority.",
]
TITLE = "Council backs tram extension to northern suburbs"


def _page(middle: str, body: list[str] = BODY, title: str = TITLE, article: bool = True) -> str:
    meta = '<meta property="og:type" content="article">' if article else ""
    paras = [f"<p>{p}</p>" for p in body]
    return (
        f"<html><head><title>{title}</title>{meta}</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>"
        + "".join(paras[:2])
        + middle
        + "".join(paras[2:])
        + "</article><footer>Copyright 2026</footer></body></html>"
    )


def _lines(html: str) -> list[str]:
    return (extract_main_text(html) or "").split("\n")


# ------------------------------------------------------------- pull quotes

PULL_QUOTES = [
    '<blockquote class="pullquote"><p>This is the best day for our commuters in twenty years</p></blockquote>',
    '<p class="pull-quote">\u201cThis is the best day for our commuters in twenty years\u201d</p>',
    '<div class="wp-block-pullquote"><blockquote><p>This is the best day for our commuters in twenty years</p>'
    "<cite>Lena Hart</cite></blockquote></div>",
]


@pytest.mark.parametrize("article", [True, False])
@pytest.mark.parametrize("quote", PULL_QUOTES)
def test_pull_quote_repeating_the_body_goes(quote: str, article: bool) -> None:
    lines = _lines(_page(quote, article=article))
    assert lines == BODY


def test_pull_quote_said_only_there_stays() -> None:
    quote = '<blockquote class="pullquote"><p>We will not let the northern suburbs wait another decade for a train</p></blockquote>'
    text = extract_main_text(_page(quote, article=False)) or ""
    assert "We will not let the northern suburbs wait another decade for a train" in text
    assert text.count("This is the best day for our commuters") == 1


# ------------------------------------------------------------------- polls

POLLS = [
    '<div class="article-poll" id="poll-123"><h3>What do you think?</h3><form><label><input type="radio"> Yes</label>'
    '<label><input type="radio"> No</label><button>Vote</button></form><p>1,234 votes</p></div>',
    '<div class="pollWidget"><p>Should the tram reach the northern suburbs?</p><p>Yes 62%</p><p>No 38%</p>'
    '<p><a href="/vote">Vote now</a></p><p><a href="/r">Results</a></p></div>',
    '<section class="umfrage-box"><h4>Soll die Tram in die nördlichen Vororte fahren?</h4><ul><li>Ja 62 %</li><li>Nein 38 %</li></ul>'
    '<p>Bisher 812 Stimmen</p></section>',
    '<fieldset><legend>Your view on the new route</legend><label><input type="radio" name="a"> Good idea</label>'
    '<label><input type="radio" name="a"> Too expensive</label><input type="submit" value="Vote"></fieldset>',
]


@pytest.mark.parametrize("poll", POLLS)
def test_poll_in_the_body_goes(poll: str) -> None:
    assert _lines(_page(poll, article=False)) == BODY


def test_paragraph_about_a_poll_stays() -> None:
    body = [*BODY[:3], "A poll by the institute found that 62 percent of residents in the suburbs back the extension."]
    assert _lines(_page("", body=body, article=False)) == body


# --------------------------------------------------------------- shop rows

SHOP_ROWS = [
    '<div class="product-box"><p>$129.99 at Amazon</p><p><a href="https://shop.example/x">Buy now</a></p></div>',
    '<p><a href="https://shop.example/x" rel="sponsored nofollow">$29.99 at Amazon</a></p>'
    '<p><a href="https://shop2.example/x" rel="sponsored">$34.99 at Best Buy</a></p>',
    '<div><p>29,99 € bei Otto</p><p><a href="https://shop.example/y">Zum Angebot</a></p></div>',
    '<p><a href="https://shop.example/z" rel="sponsored">Acme Trail Shoe for women</a></p>',
]


@pytest.mark.parametrize("row", SHOP_ROWS)
def test_shop_row_in_a_review_goes(row: str) -> None:
    assert _lines(_page(row, article=False)) == BODY


def test_sponsored_link_inside_a_sentence_stays() -> None:
    sentence = (
        'The council said it tested the <a href="https://shop.example/z" rel="sponsored">Acme ticket reader</a> '
        "on two lines before choosing it for the new route."
    )
    body = [*BODY[:3], sentence]
    text = extract_main_text(_page("", body=body, article=False)) or ""
    assert "tested the Acme ticket reader on two lines" in text


# ------------------------------------------------- the same widgets, other languages

DE = [
    "Der Stadtrat hat am Dienstag beschlossen, die Straßenbahn bis in die nördlichen Vororte zu verlängern.",
    "„Das ist ein großer Tag für alle, die jeden Morgen pendeln“, sagte Bürgermeisterin Lena Hart nach der Abstimmung.",
    "Die Kosten werden auf 340 Millionen Euro geschätzt; die Opposition fürchtet Verzögerungen bei älteren Strecken.",
    "Der Bau soll im kommenden Frühjahr beginnen und etwa drei Jahre dauern, teilten die Verkehrsbetriebe mit.",
]
FR = [
    "Le conseil municipal a voté mardi l'extension du tramway vers les communes du nord, après dix ans de débats.",
    "« C'est un grand jour pour tous ceux qui prennent le train chaque matin », a déclaré la maire Lena Hart après le vote.",
    "L'opposition estime que le coût, évalué à 340 millions d'euros, retardera la rénovation des lignes anciennes.",
    "Les travaux doivent commencer au printemps prochain et durer environ trois ans, selon la régie des transports.",
]
ES = [
    "El ayuntamiento aprobó el martes la ampliación del tranvía hasta los barrios del norte tras una década de debate.",
    "«Es un gran día para quienes viajan cada mañana al centro», dijo la alcaldesa Lena Hart después de la votación.",
    "La oposición sostiene que el coste, de unos 340 millones de euros, retrasará la reparación de las líneas antiguas.",
    "Las obras comenzarán la próxima primavera y durarán unos tres años, según la empresa municipal de transportes.",
]
IT = [
    "Il consiglio comunale ha approvato martedì il prolungamento del tram verso i quartieri settentrionali della città.",
    "«È un grande giorno per chi viaggia ogni mattina verso il centro», ha detto la sindaca Lena Hart dopo il voto.",
    "Secondo l'opposizione il costo, stimato in 340 milioni di euro, rinvierà di anni la manutenzione delle linee vecchie.",
    "I lavori dovrebbero cominciare la prossima primavera e durare circa tre anni, secondo l'azienda dei trasporti.",
]
PL = [
    "Rada miasta zgodziła się we wtorek na przedłużenie linii tramwajowej do północnych dzielnic po dekadzie sporów.",
    "„To wielki dzień dla wszystkich, którzy codziennie dojeżdżają do pracy” – powiedziała prezydent miasta Lena Hart.",
    "Opozycja twierdzi, że koszt, szacowany na 340 milionów euro, opóźni remonty starszych linii o kilka lat.",
    "Budowa ma ruszyć wiosną przyszłego roku i potrwać około trzech lat, podał miejski zarząd transportu.",
]
NL = [
    "De gemeenteraad heeft dinsdag ingestemd met de verlenging van de tramlijn naar de noordelijke wijken van de stad.",
    "‘Dit is een grote dag voor iedereen die elke ochtend naar het centrum reist’, zei burgemeester Lena Hart na de stemming.",
    "Volgens de oppositie kost het plan 340 miljoen euro en zal het onderhoud van oudere lijnen jaren worden uitgesteld.",
    "De bouw begint volgend voorjaar en duurt ongeveer drie jaar, aldus het gemeentelijke vervoerbedrijf.",
]

LANGUAGE_PAGES = [
    # German: an aside holding a quotation from the body
    (DE, "Straßenbahn fährt bald in die Vororte", '<aside class="zitat"><q>Das ist ein großer Tag für alle, die jeden Morgen pendeln</q></aside>'),
    # French: a figure named a pull quote, its speaker in the caption
    (FR, "Le tramway ira jusqu'aux communes du nord", '<figure class="pull-quote"><blockquote>C\'est un grand jour pour tous ceux qui prennent le train chaque matin</blockquote><figcaption>Lena Hart</figcaption></figure>'),
    # Spanish: a reader poll named "encuesta"
    (ES, "El tranvía llegará a los barrios del norte", '<div class="encuesta-articulo"><p>¿Debe llegar el tranvía al norte?</p><p>Sí 62 %</p><p>No 38 %</p><p>Votos: 1.204</p></div>'),
    # Italian: a poll named "sondaggio" with its vote button
    (IT, "Il tram arriverà nei quartieri a nord", '<section class="box-sondaggio"><h3>Sei d\'accordo con il prolungamento?</h3><form><label><input type="radio" name="s"> Sì</label><label><input type="radio" name="s"> No</label><button>Vota</button></form><p>Risultati</p></section>'),
    # Polish: a poll named "ankieta"
    (PL, "Tramwaj pojedzie do północnych dzielnic", '<div class="ankieta"><p>Czy popierasz przedłużenie linii?</p><p>Tak 71%</p><p>Nie 29%</p><p>Oddano 530 głosów</p></div>'),
    # Dutch: a poll named "peiling"
    (NL, "Tram rijdt straks naar noordelijke wijken", '<div class="peiling-widget"><p>Bent u voor de verlenging?</p><p>Ja 55%</p><p>Nee 45%</p><p>Uitslag</p></div>'),
    # German: a shop row in a review body
    (DE, "Straßenbahn fährt bald in die Vororte", '<div class="produkt"><p>29,99 € bei Otto</p><p><a href="https://shop.example/o">Zum Angebot</a></p></div>'),
    # Spanish: a price at a shop and the deal's button
    (ES, "El tranvía llegará a los barrios del norte", '<div><p>49,99 € en Amazon</p><p><a href="https://shop.example/a">Ver oferta</a></p></div>'),
    # Italian: sponsored links alone in their paragraphs
    (IT, "Il tram arriverà nei quartieri a nord", '<p><a rel="sponsored" href="https://shop.example/i">Abbonamento annuale a 19,90 € su Amazon</a></p>'),
    # Polish: a price at a shop in złoty
    (PL, "Tramwaj pojedzie do północnych dzielnic", '<p>129,99 zł w Media Expert</p><p>99 zł na Allegro</p>'),
    # Dutch: a pull quote set as a blockquote named so
    (NL, "Tram rijdt straks naar noordelijke wijken", '<blockquote class="quote--pull"><p>Dit is een grote dag voor iedereen die elke ochtend naar het centrum reist</p></blockquote>'),
]


@pytest.mark.parametrize("article", [True, False])
@pytest.mark.parametrize(("body", "title", "widget"), LANGUAGE_PAGES)
def test_widgets_go_in_other_languages(body: list[str], title: str, widget: str, article: bool) -> None:
    assert _lines(_page(widget, body=body, title=title, article=article)) == body


def test_pull_quote_said_only_there_stays_in_french() -> None:
    quote = "Nous ne laisserons pas les communes du nord attendre encore dix ans"
    widget = f'<blockquote class="pull-quote"><p>{quote}</p></blockquote>'
    text = extract_main_text(_page(widget, body=FR, title="Le tramway ira jusqu'aux communes du nord", article=False)) or ""
    assert quote in text
