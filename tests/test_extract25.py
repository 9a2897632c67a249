"""Main-text extraction: kinds of loss found on the dev splits of the extraction benchmarks (round 25),
each tested on hand-made pages."""

from __future__ import annotations

from parallax.ingest.extract import parse

PROSE = "The minister said the plan would be put to a vote before the end of the month, officials added."
LEAD = "Manche Winter teilen eine Biografie für immer in ein Davor und ein Danach, erzählte der Bergführer."


def _page(body: str) -> str:
    return f"<html><head><title>Budget vote</title></head><body><nav><a href='/'>Home</a></nav>{body}</body></html>"


def _block(*paragraphs: str) -> str:
    return "<div class='module module--text'>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"


# --------------------------------------------------------- split body: the blocks before the one taken


def test_opening_blocks_of_a_split_body_are_found():
    """The extractor took a later block of a body split into twins: the twins before it are its opening."""
    from parallax.ingest.split_body import opening

    first = _block(LEAD, LEAD.replace("Biografie", "Karriere"))
    image = "<div class='module module--image'><img src='a.jpg'><p>Kleid: Atelier Roe</p></div>"
    taken = _block(PROSE, PROSE + " Again.", PROSE + " Once more.")
    tree = parse(_page(f"<div class='wrapper'>{first}{image}{taken}</div>"))
    assert opening(tree, [PROSE, PROSE + " Again.", PROSE + " Once more."]) == [LEAD, LEAD.replace("Biografie", "Karriere")]


def test_opening_ignores_twins_before_a_heading():
    """A twin above a heading belongs to another item (a list of posts, a teaser above the headline)."""
    from parallax.ingest.split_body import opening

    other = _block(LEAD, LEAD.replace("Biografie", "Karriere"))
    taken = _block(PROSE, PROSE + " Again.")
    tree = parse(_page(f"<div class='wrapper'>{other}<h2>Budget vote</h2>{taken}</div>"))
    assert opening(tree, [PROSE, PROSE + " Again."]) == []


def test_opening_ignores_link_lists_and_single_paragraphs():
    """A twin of links (a teaser list) or of one paragraph only (a pull quote) is no opening."""
    from parallax.ingest.split_body import opening

    links = "<div class='module module--text'>" + "".join(f"<p><a href='/{i}'>{LEAD}</a></p>" for i in range(3)) + "</div>"
    quote = _block(LEAD)
    taken = _block(PROSE, PROSE + " Again.")
    tree = parse(_page(f"<div class='wrapper'>{links}{quote}{taken}</div>"))
    assert opening(tree, [PROSE, PROSE + " Again."]) == []


def test_opening_needs_a_container_with_a_class():
    from parallax.ingest.split_body import opening

    tree = parse(_page("<div>" + "".join(f"<p>{PROSE} {i}</p>" for i in range(3)) + "</div>"))
    assert opening(tree, [f"{PROSE} {i}" for i in range(3)]) == []


# --------------------------------------------------------- calls to action judged sentence by sentence


def test_a_call_word_in_a_sentence_of_prose_keeps_the_paragraph():
    """'teilen' (share) and 'registrieren' are verbs of prose too: another sentence saying 'ihre' or
    'Sie' does not make the paragraph a call."""
    from parallax.ingest.boilerplate import boilerplate_reason

    prose = (
        "Für mich gibt es keine Gartenpause im Jahr. Jede Saison hat ihre Aufgaben. Besonders der März und der "
        "Oktober. Ich arbeite gerne mit Nachbarn, die meine Liebe zu alten Rosensorten teilen."
    )
    assert boilerplate_reason(prose) is None
    assert boilerplate_reason("Die Forscher teilen die Daten mit der Universität. Ihre Ergebnisse erscheinen im Mai.") is None


def test_calls_of_several_sentences_still_go():
    from parallax.ingest.boilerplate import boilerplate_reason

    assert boilerplate_reason("The best stories, every morning. Sign up for our newsletter.") == "newsletter or sign-up"
    assert boilerplate_reason("Der Newsletter erscheint wöchentlich. Hier können Sie ihn abonnieren.") == "newsletter or sign-up"
    assert boilerplate_reason("Jetzt teilen") == "newsletter or sign-up"
    assert boilerplate_reason("Sign up for our newsletter") == "newsletter or sign-up"


def test_a_request_opening_with_please_is_a_call():
    """'Please accept ... cookies', 'Bitte abonnieren Sie ...': a request to the reader, however it goes on."""
    from parallax.ingest.boilerplate import boilerplate_reason

    assert boilerplate_reason(
        "Please accept Vimeo cookies to watch this clip. Once you accept, content from Vimeo will load."
    ) == "cookie consent"
    assert boilerplate_reason("Bitte melden Sie sich für den Newsletter an.") == "newsletter or sign-up"
    # guard: reported speech keeps its quotation marks, and 'please' inside a sentence is no opening
    assert boilerplate_reason('"Please share the photos," the police said.') is None
    assert boilerplate_reason("The council was asked to please share the costs of the new subscription service fairly.") is None


# --------------------------------------------------------- consent notices in the other languages


def test_consent_notices_in_other_languages_go():
    """The privacy policy and the terms by their names, in a sentence addressing the reader; a consent
    notice may run to 60 words."""
    from parallax.ingest.boilerplate import boilerplate_reason

    german = (
        "Mit Ihrer Anmeldung akzeptieren Sie unsere Datenschutz- und Nutzungsbedingungen. Natürlich bleiben "
        "Ihre Angaben bei uns und gehen an niemanden sonst. Ihre Einwilligung in die "
        "Nutzung Ihrer Angaben können Sie jederzeit zurückziehen."
    )
    assert len(german.split()) > 30
    assert boilerplate_reason(german) == "form or consent"
    assert boilerplate_reason("En vous inscrivant, vous acceptez notre politique de confidentialité.") == "form or consent"
    assert boilerplate_reason("Al enviar tus datos aceptas nuestra política de privacidad y los términos y condiciones.") == "form or consent"


def test_reporting_on_privacy_policies_stays():
    """Guards: a report about a privacy policy addresses no reader; a long paragraph with 'cookie' in it
    (a recipe's cookie sheet) is not a consent notice."""
    from parallax.ingest.boilerplate import boilerplate_reason

    assert boilerplate_reason("Das Gericht prüfte die Datenschutzerklärung des Konzerns und fand mehrere Mängel.") is None
    assert boilerplate_reason("La CNIL a jugé la politique de confidentialité du groupe contraire au droit européen.") is None
    recipe = (
        "With a spoon, scoop 2 tbsp (35 grams) of the batter into a mound, then set it onto a lined tray "
        "(cookie sheet) or board. Repeat with the rest of the batter (mine made 16 biscuits). Chill for "
        "about 20-25 minutes."
    )
    assert boilerplate_reason(recipe) is None


# --------------------------------------------------------- teaser cards: a block inside a link


def test_link_cards_are_dropped():
    from parallax.ingest.cards import drop_link_cards

    card = "<a href='/other'><h2>Hackers offer the government a discount</h2><p>The group said on Monday it would wait.</p></a>"
    tree = parse(_page(f"<article><p>{PROSE} <a href='/x'>More here</a>.</p><section>{card}{card}</section></article>"))
    drop_link_cards(tree)
    text = " ".join(tree.text_content().split())
    assert "Hackers" not in text and "wait" not in text
    assert "More here" in text and PROSE.split(",")[0] in text  # a link inside a paragraph stays


def test_long_links_and_anchors_without_href_stay():
    """Guards: an unclosed <a> that the parser stretched over the article's paragraphs is no card, nor is
    a named anchor around a heading."""
    from parallax.ingest.cards import drop_link_cards

    swallowed = "<a href='/x'>" + "".join(f"<p>{PROSE}</p>" for _ in range(4)) + "</a>"
    anchor = "<a name='part-2'><h2>Part two</h2></a>"
    tree = parse(_page(f"<article>{anchor}{swallowed}</article>"))
    drop_link_cards(tree)
    text = tree.text_content()
    assert text.count("The minister said") == 4 and "Part two" in text


def test_teaser_cards_leave_the_extracted_body():
    """Cards set inside the article's own container, after its paragraphs (the extraction reads them as
    prose without the rule)."""
    from parallax.ingest.html import extract_main_text

    body = "".join(f"<p>{i}. {PROSE}</p>" for i in range(1, 7))
    cards = "".join(
        f"<a href='/s{i}'><h2>Story number {i} about something else entirely in the capital</h2>"
        f"<p>Teaser sentence of story {i}, which is another report about the budget and the vote.</p></a>"
        for i in range(3)
    )
    html = _page(f"<article><h1>Budget vote</h1><div class='body'>{body}<section>{cards}</section></div></article>")
    text = extract_main_text(html)
    assert text is not None and "Teaser sentence" not in text and "Story number" not in text
    assert text.count("The minister said") == 6


def test_split_body_across_grid_bands_is_joined():
    """A grid layout sets each part of the body in its own band (band > container > row > column), a
    table between them: the column's twin lies four levels up."""
    from parallax.ingest.split_body import continuation

    def band(*paragraphs: str) -> str:
        cells = "".join(f"<p>{p}</p>" for p in paragraphs)
        return f"<div class='band'><div class='container'><div class='row'><div class='col-md-8'>{cells}</div></div></div></div>"

    table = "<div class='band table'><div class='container'><table><tr><td>Dichte</td><td>0,67 kg/l</td></tr></table></div></div>"
    second = [LEAD, LEAD.replace("Biografie", "Karriere")]
    tree = parse(_page(f"<main>{band(PROSE, PROSE + ' Again.')}{table}{band(*second)}</main>"))
    assert continuation(tree, [PROSE, PROSE + " Again."]) == second


# --------------------------------------------------------- server error messages printed into the page


WARNING = (
    "<br />\n<b>Warning</b>:  Use of undefined constant comments - assumed 'comments' (this will throw an Error in a "
    "future version of PHP) in <b>/htdocs/wp-content/plugins/recent-comments/recent-comments.php</b> on line <b>928</b><br />"
)


def test_php_messages_are_removed_from_the_markup():
    from parallax.ingest.server_errors import without_server_errors

    assert "Warning" not in without_server_errors(f"<ul>{WARNING}{WARNING}</ul>")
    plain = "Notice: Undefined index: page in /var/www/html/index.php on line 12"
    assert without_server_errors(f"<p>{plain}</p>").strip() == "<p> </p>"
    # guards: reporting that says "warning" and "on line" keeps its words
    prose = "<p>Warning: the storm will hit the coast in /south/ regions first, the service said on line two.</p>"
    assert without_server_errors(prose) == prose
    assert without_server_errors(f"<p>{PROSE}</p>") == f"<p>{PROSE}</p>"


def test_php_warnings_inside_the_post_leave_its_text():
    """A warning printed where the post's plugin ran, inside the post itself, is no line of it."""
    from parallax.ingest.html import extract_main_text

    post = (
        "<div class='post'><h2 class='posttitle'><a href='/p'>Nummer zwei: Jonas</a></h2><div class='postentry'>"
        f"{WARNING * 2}<p>Es ist schon eine Weile her, seit Mia geboren wurde. Letzte Woche kam dann auch "
        "Jonas zur Welt.</p><p>So sah es aus, als Mia ihren kleinen Bruder zum ersten Mal sah.</p></div></div>"
    )
    text = extract_main_text(_page(f"<div id='content'>{post}</div>"))
    assert text is not None and "seit Mia geboren" in text and "Warning" not in text and "on line" not in text


# --------------------------------------------------------- the line above the headline: kicker or opening


def test_an_opening_paragraph_above_a_repeated_title_stays():
    """The title matched on the body's second line: the first goes with it only when it is a kicker (a few
    words); a paragraph there is the text's opening ('London (CNN) It was the interview ...')."""
    from parallax.ingest.extract import clean_lines, title_candidates

    tree = parse("<html><head><title>Budget vote</title></head><body><h1>Budget vote</h1></body></html>")
    titles = title_candidates(tree)
    assert clean_lines(f"{PROSE}\nBudget vote\n{PROSE} Again.", titles) == [PROSE, PROSE + " Again."]
    assert clean_lines(f"EXCLUSIVE\nBudget vote\n{PROSE}", titles) == [PROSE]
    assert clean_lines(f"Budget vote\n{PROSE}", titles) == [PROSE]


def test_breadcrumb_trails_go():
    from parallax.ingest.line_filters import is_breadcrumb, line_reason

    assert line_reason("Accueil > Actualités et humeurs > Décisions de l’AG du mardi 10 septembre") == "breadcrumb"
    assert is_breadcrumb("| Hauptseite » 2010 » Oktober » 26 » Briefe |")
    assert is_breadcrumb("Home › World › Europe › Budget vote in the capital")
    # guards: guillemets quoting, comparisons, a sentence, two parts only
    assert not is_breadcrumb("Le jury a retenu les cidres de classe « A » ou « A* » dont les producteurs livrent la région")
    assert not is_breadcrumb("If x > 3 and y > 4 then z")
    assert not is_breadcrumb("Prices rose > 3 % in May > April > March, the office said.")
    assert not is_breadcrumb("Home > News")
