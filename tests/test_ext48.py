"""Session 48 (ext48): one JSON-LD walk for every reader of the page's own article; closing portal blocks and
recipe fact rows; furniture classes found on the extraction sets' dev pages."""

from __future__ import annotations

import json
import pathlib

import lxml.html

from parallax.ingest.embedded_body import embedded_body
from parallax.ingest.json_ld import ld_items
from parallax.ingest.own_date import own_ld_published

# ------------------------------------------------------------------ one JSON-LD walk

_BODY = " ".join(f"Sentence {i} of the council's long report on the harbour plan was read aloud." for i in range(12))


def _ld_page(*objs: object) -> lxml.html.HtmlElement:
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in objs)
    return lxml.html.fromstring(f"<html><head>{scripts}</head><body><h1>Harbour plan</h1></body></html>")


def test_the_flat_walk_reads_top_objects_and_graph_members_only() -> None:
    tree = _ld_page(
        {"@graph": [{"@type": "WebSite"}, {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle"}}]},
        [{"@type": "Person"}, "not an object"],
    )
    assert [i["@type"] for i in ld_items(tree)] == ["WebSite", "WebPage", "Person"]


def test_the_nested_walk_descends_into_main_entity_and_graph_in_page_order() -> None:
    tree = _ld_page(
        {"@graph": [{"@type": "WebSite"}, {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle"}}]},
        {"@type": "Person", "mainEntityOfPage": [{"@type": "ProfilePage"}]},
    )
    kinds = [i.get("@type") for i in ld_items(tree, nested=True)]
    assert kinds == [None, "WebSite", "WebPage", "NewsArticle", "Person", "ProfilePage"]


def test_the_needle_skips_scripts_without_it_and_bad_json_is_skipped() -> None:
    tree = lxml.html.fromstring(
        '<html><head><script type="application/ld+json">{"@type": "A", "datePublished": "2025-01-02"}</script>'
        '<script type="application/ld+json">{"@type": "B"}</script>'
        '<script type="application/ld+json">{"datePublished": </script></head><body></body></html>'
    )
    assert [i["@type"] for i in ld_items(tree, needle="datePublished")] == ["A"]
    assert [i["@type"] for i in ld_items(tree)] == ["A", "B"]


def test_the_own_date_reads_an_article_held_as_a_pages_main_entity() -> None:
    tree = _ld_page(
        {"@type": "NewsArticle", "headline": "Another story", "datePublished": "2024-05-01T08:00:00Z"},
        {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "Harbour plan", "datePublished": "2025-03-04T09:00:00Z"}},
    )
    assert own_ld_published(tree, ["harbour plan"]).startswith("2025-03-04")


def test_the_data_body_reads_an_article_held_as_a_pages_main_entity() -> None:
    tree = _ld_page({"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "Harbour plan", "articleBody": _BODY}})
    assert " ".join(embedded_body(tree, ["harbour plan"])) == _BODY


def test_no_ingest_module_keeps_its_own_json_ld_walk() -> None:
    root = pathlib.Path(__file__).resolve().parents[1] / "parallax" / "ingest"
    offenders = [p.name for p in root.glob("*.py") if p.name != "json_ld.py" and '"@graph"' in p.read_text(encoding="utf-8")]
    assert offenders == []


# ------------------------------------------------------------------ closing service blocks and recipe facts

from parallax.ingest.closing_service import service_kind, without_service_block  # noqa: E402
from parallax.ingest.extract import main_text  # noqa: E402
from parallax.ingest.recipe_facts import fact_row, without_recipe_facts  # noqa: E402

_PARAS_DE = [
    "Das Stadtmuseum Freiburg hat am Samstag eine neue Ausstellung über die Geschichte der Flößerei im Schwarzwald eröffnet.",
    "Mehr als 200 Besucher kamen zur Eröffnung, bei der Bürgermeisterin Anna Keller die Arbeit der Ehrenamtlichen lobte.",
    "Die Ausstellung zeigt Werkzeuge, Fotografien und ein vier Meter langes Floßmodell aus dem Jahr 1890.",
]


def _article(paras: list[str], tail: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in [*paras, *tail])
    return f"<html><head><title>Neue Ausstellung</title></head><body><article><h1>Neue Ausstellung</h1>{body}</article></body></html>"


def test_a_closing_portal_block_of_information_contact_and_hours_goes_de() -> None:
    tail = [
        "Weitere Informationen: Das Stadtmuseum bietet jeden Sonntag öffentliche Führungen an, mehr unter www.stadtmuseum-example.de.",
        "Kontakt: Tel. 0761 123 456, info@stadtmuseum-example.de",
        "Öffnungszeiten: Di–So 10–17 Uhr, montags geschlossen",
    ]
    text = main_text(_article(_PARAS_DE, tail))
    assert text is not None
    assert "Floßmodell" in text and "Öffnungszeiten" not in text and "Weitere Informationen" not in text


def test_a_closing_service_block_in_english_french_and_italian() -> None:
    body = ["The council approved the budget on Tuesday after a four-hour debate over the new harbour bridge and its cost."] * 3
    en = ["For more information, visit www.harbour-example.org.", "Contact: +44 20 7946 0000", "Opening hours: Mon–Fri 9am–5pm"]
    fr = ["Pour en savoir plus : www.musee-example.fr", "Horaires : du mardi au dimanche, de 10 h à 18 h"]
    it = ["Info e contatti: tel. 06 1234567, info@museo-example.it", "Orari: mar-dom 10-18"]
    for tail in (en, fr, it):
        assert without_service_block(body + tail) == body


def test_one_service_line_or_a_service_block_longer_than_the_article_stays() -> None:
    body = ["The council approved the budget on Tuesday after a four-hour debate over the new harbour bridge."]
    one = [*body, "For more information, visit www.harbour-example.org."]
    assert without_service_block(one) == one
    same_kind = [*body * 3, "Kontakt: Tel. 0761 123 456", "E-Mail: presse@example.de"]  # a contact only: not this rule's
    assert without_service_block(same_kind) == same_kind
    short = ["Museum reopens.", "Weitere Informationen: www.example.de", "Öffnungszeiten: Di–So 10–17 Uhr"]
    assert without_service_block(short) == short


def test_a_sentence_that_opens_like_a_label_is_no_service_line() -> None:
    assert service_kind("Hours after the blast, police closed the road to the harbour.") is None
    assert service_kind("Informationen des Senders zufolge ist der Minister zurückgetreten.") is None
    assert service_kind("Contact with the crew was lost at 3 a.m., the coast guard said.") is None
    assert service_kind("Orari: mar-dom 10-18") == "hours"


def test_recipe_fact_rows_go_in_four_languages() -> None:
    intro = "Diese Linsensuppe wärmt an kalten Tagen und ist in einer halben Stunde auf dem Tisch."
    steps = "Die Linsen waschen und mit der Brühe zwanzig Minuten köcheln lassen."
    for rows in (
        ["Portionen: 4", "Zubereitungszeit: 20 Min.", "Kalorien: 320 kcal"],
        ["Serves 4", "Prep time 10 min", "Cook time: 25 minutes", "Calories: 410 kcal"],
        ["Préparation : 15 min", "Cuisson : 1 h 15 min", "Difficulté : facile"],
        ["Porzioni: 4 persone", "Preparazione: 20 minuti", "Difficoltà: facile"],
    ):
        assert without_recipe_facts([intro, *rows, steps]) == [intro, steps]


def test_a_nutrition_table_goes_with_its_heading_and_unlabelled_rows() -> None:
    rows = ["Nährwerte", "| Kalorien | 434 kcal | (21 %) |", "| Protein | 12 g | (12 %) |", "| Fett | 19 g | (16 %) |", "| Vitamin B₁ | 0,4 mg | (40 %) |"]
    assert without_recipe_facts(["Intro of the dish, with a sentence.", *rows]) == ["Intro of the dish, with a sentence."]
    assert fact_row("| Vitamin B₁ | 0,4 mg | (40 %) |") == 1


def test_a_reports_fact_box_and_single_fact_lines_stay() -> None:
    box = ["Population: 2,300", "Area: 12 km²", "Mayor: Jan Novak", "Founded: 1287"]
    assert without_recipe_facts(box) == box
    two = ["Prep time: 10 minutes", "Serves 4", "Then the soup is ready to serve with bread and a green salad."]
    assert without_recipe_facts(two) == two
    prose = ["Prep time: 10 minutes, and dinner is ready in no time for the whole family.", "Serves 4", "Calories: 300"]
    assert without_recipe_facts(prose) == prose


# ------------------------------------------------------------------ the outlet's call to use its app or podcast

from parallax.ingest.app_calls import is_app_call  # noqa: E402
from parallax.ingest.line_filters import line_reason  # noqa: E402


def test_calls_to_use_the_outlets_app_or_podcast_are_promotion() -> None:
    for line in (
        "Listen to our daily podcast on Apple Podcasts, Spotify or wherever you get your podcasts.",
        "Download our free app for the latest news from the city.",
        "Sie wollen keine Nachrichten aus der Region verpassen? Laden Sie sich jetzt unsere kostenlose News-App herunter.",
        "Téléchargez notre application pour suivre toute l'actualité de votre région.",
        "Scarica la nostra app per restare sempre aggiornato sulle notizie della tua città.",
        "Descarga nuestra app y recibe las noticias al instante.",
    ):
        assert is_app_call(line), line
        assert line_reason(line) == "promotion", line


def test_a_report_on_an_app_or_a_quoted_call_stays() -> None:
    for line in (
        "The council urged residents to download its new parking app before the scheme starts in May.",
        "Get ready for a long winter, the forecaster told listeners on Spotify.",
        "Spotify shares rose 4 percent after the company reported more subscribers.",
    ):
        assert not is_app_call(line), line
    assert line_reason('"Download our app and pay by phone," the mayor said at the launch on Monday.') is None


# ------------------------------------------------------------------ closing boxes: paid teasers

from parallax.ingest.closing_blocks import without_closing_blocks  # noqa: E402

_REPORT = [
    "The city council voted on Tuesday to close the old harbour bridge to heavy traffic from next spring, citing a new report.",
    "The report found corrosion in three of the bridge's twelve steel supports and recommended repairs costing 14 million pounds.",
]


def test_a_closing_rail_of_sponsored_teasers_goes() -> None:
    for heading in ("Sponsored content", "Promoted stories", "Contenuti sponsorizzati", "Gesponserte Inhalte", "Contenus sponsorisés"):
        tail = [heading, "Ten tips to cut your energy bill this winter", "Why homeowners are switching to solar panels"]
        assert without_closing_blocks(_REPORT + tail) == _REPORT, heading


# ------------------------------------------------------------------ caption credits with a comma or a preposition


def test_caption_labels_and_credits_with_a_preposition_are_photo_credits() -> None:
    for line in (
        "Image source, Reuters",
        "Image caption, The bridge was built in 1932",
        "Photo by Jane Doe",
        "Foto di Marco Bianchi",
        "Foto von Peter Maier",
        "Photo de Jean Martin",
    ):
        assert line_reason(line) == "photo credit", line


def test_a_sentence_about_a_photo_is_no_credit() -> None:
    assert line_reason("Photographers waited outside the court for the verdict on Tuesday.") is None
    assert line_reason("Image sources inside the ministry said the picture had been altered before it was released.") is None


# ------------------------------------------------------------------ closing boxes: newsletter sign-up, the writer


def test_a_closing_newsletter_box_goes_with_its_pitch() -> None:
    for heading, pitch in (
        ("Sign up for our newsletter", "The best local stories, every weekday morning."),
        ("Newsletter abonnieren", "Die wichtigsten Nachrichten aus der Region, jeden Morgen kostenlos."),
        ("Recevez notre newsletter", "Les meilleures histoires de votre région, chaque matin."),
        ("La newsletter", "Le notizie più importanti della tua città, ogni mattina nella tua casella."),
    ):
        assert without_closing_blocks([*_REPORT, heading, pitch]) == _REPORT, heading


def test_a_closing_about_the_author_box_goes_and_a_paragraph_on_newsletters_stays() -> None:
    bio = "Hans Müller ist Redakteur im Lokalressort und schreibt über Verkehr."
    assert without_closing_blocks([*_REPORT, "Über den Autor", bio]) == _REPORT
    assert without_closing_blocks([*_REPORT, "About the author:", "Jane Doe covers transport."]) == _REPORT
    report = [*_REPORT, "The newsletter, which has 40,000 readers, said the council had ignored warnings for years."]
    assert without_closing_blocks(report) == report


# ------------------------------------------------------------------ readers' comments under a compound heading


def _comments_page(head: str, comment: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in _PARAS_DE)
    return f"<html><body><article><h1>Neue Ausstellung</h1>{paras}<h3>{head}</h3><p>{comment}</p></article></body></html>"


def test_a_comment_section_under_a_readers_heading_goes() -> None:
    for head in ("Leserkommentare", "Reader comments", "Commenti dei lettori", "Commentaires des lecteurs"):
        text = main_text(_comments_page(head, "Peter M.: Das hätte man schon vor Jahren machen müssen!"))
        assert text is not None and "Peter M." not in text and head not in text and "Floßmodell" in text, head


# ------------------------------------------------------------------ "click here" in other languages


def test_click_here_calls_in_french_italian_spanish_and_german_are_promotion() -> None:
    for line in (
        "Cliquez ici pour lire tous nos articles sur le pont.",
        "Clicca qui per leggere tutti i nostri articoli sul ponte.",
        "Haz clic aquí para leer todas nuestras noticias sobre el puente.",
        "Klicken Sie hier, um alle Artikel zum Thema zu lesen.",
    ):
        assert line_reason(line) == "promotion", line
    assert line_reason('« Cliquez ici », disait le faux courriel envoyé aux clients de la banque.') is None


# ------------------------------------------------------------------ a caption closing with its credit

from parallax.ingest.caption_lines import is_credited_caption  # noqa: E402


def test_a_caption_line_closing_with_its_credit_is_a_photo_credit() -> None:
    for line in (
        "The harbour bridge in 2019. Photo: AP",
        "Die Hafenbrücke im Jahr 2019. Foto: dpa",
        "Le pont du port (Photo : AFP)",
        "Il ponte nel 2019 - Foto Ansa",
        "El puente del puerto en 2019. Foto: EFE",
    ):
        assert is_credited_caption(line), line
        assert line_reason(line) == "photo credit", line


def test_a_sentence_that_mentions_photos_is_no_caption() -> None:
    for line in (
        "He showed reporters the photos: a ruined bridge and two cars in the water.",
        "The council released images. Images show the damage to the supports.",
        "She said the picture was taken in 2019. Photo archives show more.",
    ):
        assert not is_credited_caption(line), line


# ------------------------------------------------------------------ a bold link to another story, alone in its paragraph

from parallax.ingest.teaser_links import teaser_headlines  # noqa: E402


def _teaser_page(lang: str, teaser: str) -> str:
    paras = {
        "de": _PARAS_DE,
        "en": ["The council approved the harbour budget on Tuesday after a four-hour debate about the bridge and its cost."] * 2,
    }[lang]
    body = f"<p>{paras[0]}</p>{teaser}<p>{paras[1]} Und dann mehr.</p>"
    return f"<html><body><article><h1>Neue Ausstellung</h1>{body}</article></body></html>"


def test_a_bold_link_alone_in_its_paragraph_is_another_storys_headline() -> None:
    for lang, teaser, headline in (
        ("de", "<p><strong><a href='/z'>Stadt plant neue Radwege am Hafen</a></strong></p>", "Stadt plant neue Radwege am Hafen"),
        ("en", "<p><a href='/z'><b>Council plans new cycle lanes by the harbour</b></a></p>", "Council plans new cycle lanes by the harbour"),
    ):
        text = main_text(_teaser_page(lang, teaser))
        assert text is not None and headline not in text and "Und dann mehr." in text


def test_a_linked_phrase_in_prose_a_plain_link_or_a_linked_sentence_is_no_teaser() -> None:
    tree = lxml.html.fromstring(
        "<div><p>The <strong><a href='/r'>full council report</a></strong> is online.</p>"
        "<p><a href='/r'>Council plans new cycle lanes by the harbour</a></p>"
        "<p><strong><a href='/r'>The council will publish the full report on its website next week.</a></strong></p>"
        "<p><strong><a href='/r'>Brexit</a></strong></p></div>"
    )
    assert teaser_headlines(tree) == frozenset()


# ------------------------------------------------------------------ readers' comments as "Name says:" paragraphs

from parallax.ingest.comment_runs import without_comment_run  # noqa: E402


def test_a_closing_run_of_says_comments_with_reply_buttons_goes() -> None:
    report = [*_REPORT, "Local businesses asked for a temporary ferry service while the supports are replaced."]
    for tail in (
        ["Responses", "Tom says: Great piece, thanks.", "March 3, 2024 at 10:12 am", "Reply"],
        ["JohnD says: This bridge has been falling apart for years.", "Reply", "Mary K. says: What about the ferry?"],
        ["Klaus schreibt am 12.03.2024: Endlich passiert etwas.", "Antworten"],
        ["Pierre a dit : Il était temps.", "Répondre"],
    ):
        assert without_comment_run(report + tail) == report, tail


def test_a_quotation_with_says_and_no_reply_button_stays() -> None:
    report = [*_REPORT, "The mayor says: the bridge will reopen in 2027, whatever the cost."]
    assert without_comment_run(report) == report
