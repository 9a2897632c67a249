"""Session 47 (ext47): one tree-removal helper, one state walker, closing boilerplate blocks, the article's own date."""

from __future__ import annotations

import lxml.html
import pytest

from parallax.ingest.closing_blocks import without_closing_blocks
from parallax.ingest.drops import drop_all
from parallax.ingest.state_scripts import state_nodes

# ------------------------------------------------------------------ drop_all


def test_drop_all_removes_each_attached_element_and_keeps_tails() -> None:
    tree = lxml.html.fromstring("<div><p>keep<span class='x'>gone</span> tail</p><aside><b>in aside</b></aside>after</div>")
    doomed = [*tree.iter("aside", "b"), next(tree.iter("span"))]
    assert drop_all(doomed) == 3
    assert tree.text_content() == "keep tailafter"


def test_drop_all_tolerates_nested_and_repeated_elements() -> None:
    tree = lxml.html.fromstring("<div><section><p>one</p><p>two</p></section><p>three</p></div>")
    section = next(tree.iter("section"))
    inner = list(section.iter("p"))
    assert drop_all([section, *inner, section]) == 4
    assert tree.text_content() == "three"


def test_no_ingest_module_keeps_its_own_removal_loop() -> None:
    import pathlib
    import re

    root = pathlib.Path(__file__).resolve().parents[1] / "parallax" / "ingest"
    loop = re.compile(r"for (\w+) in [^\n]+:\n\s+if \1\.getparent\(\) is not None:\n\s+\1\.drop_tree\(\)")
    offenders = [p.name for p in root.glob("*.py") if loop.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


# ---------------------------------------------------------------- state walker


def test_state_nodes_visits_every_node_in_stack_order() -> None:
    data = {"a": [1, {"b": "x"}], "c": "y"}
    nodes = list(state_nodes(data))
    assert nodes[0] is data
    assert nodes[1:] == ["y", [1, {"b": "x"}], {"b": "x"}, "x", 1]


def test_state_nodes_containers_only_and_limit() -> None:
    data = {"a": [1, {"b": "x"}], "c": "y"}
    assert list(state_nodes(data, leaves=False)) == [data, [1, {"b": "x"}], {"b": "x"}]
    assert len(list(state_nodes(data, limit=2))) == 2


def test_state_time_and_state_body_read_through_the_walker() -> None:
    from parallax.ingest import embedded_body, state_time

    assert "state_nodes" in vars(state_time) and "state_nodes" in vars(embedded_body)
    page = (
        "<html><head><title>Bridge closes for repairs</title></head><body><h1>Bridge closes for repairs</h1>"
        '<script type="application/json">{"props": {"related": [{"title": "Park opens", "publishedAt": '
        '"2025-03-02T10:00:00Z"}], "story": {"title": "Bridge closes for repairs", "publishedAt": '
        '"2026-11-08T22:10:00+01:00"}}}</script></body></html>'
    )
    tree = lxml.html.fromstring(page)
    assert state_time.state_published(tree, ["bridge closes for repairs"]) == "2026-11-08T22:10:00+01:00"


# ------------------------------------------------------------ closing blocks

_BODY = [
    "Die Firma Beispielwerk hat am Montag in Kassel eine neue Halle für die Fertigung von Pumpen eröffnet.",
    "Nach Angaben des Unternehmens entstehen dort bis Ende des Jahres rund 80 neue Arbeitsplätze in der Region.",
]


@pytest.mark.parametrize(
    "tail",
    [
        ["Über das Unternehmen", "Die Beispielwerk GmbH entwickelt seit 1962 Pumpen für Industrie und Landwirtschaft."],
        ["About the company:", "Sample Works makes pumps for farms and factories and employs 400 people in three countries."],
        ["À propos de la société", "Exemple SA conçoit des pompes pour l'industrie depuis 1962 et emploie 400 personnes."],
        ["Acerca de la empresa", "Ejemplo S.L. fabrica bombas para la industria y la agricultura desde 1962 en Valencia."],
        ["Informazioni sull'azienda", "Esempio S.p.A. produce pompe per l'industria dal 1962 e ha sede a Brescia."],
        ["Sobre a empresa", "A Exemplo Ltda. fabrica bombas para a indústria desde 1962 e emprega 400 pessoas."],
        ["Over het bedrijf", "Voorbeeld B.V. maakt sinds 1962 pompen voor de industrie en de landbouw in Gelderland."],
        ["O firmie", "Przykład Sp. z o.o. od 1962 roku produkuje pompy dla przemysłu i rolnictwa w Poznaniu."],
        ["O společnosti", "Příklad s.r.o. vyrábí od roku 1962 čerpadla pro průmysl a zemědělství v Brně."],
        ["Polecane przepisy", "Pierogi ze szpinakiem", "Pierogi ze szpinakiem to szybki obiad na każdy dzień tygodnia, gotowy w pół godziny."],
        ["Zobacz także", "Nowy most w Poznaniu otwarty", "Tramwaje wracają na Rondo Kaponiera"],
        ["Czytaj też:", "Ceny prądu w 2027 roku wzrosną o kilka procent"],
        ["Weitere Rezepte", "Kürbissuppe mit Ingwer", "Apfelkuchen vom Blech", "Linsensalat mit Feta"],
        ["Recettes similaires", "Tarte aux poireaux", "Une tarte simple et rapide pour le dîner, prête en quarante minutes à peine."],
        ["Recetas relacionadas", "Tortilla de patatas", "Gazpacho andaluz"],
        ["Meer recepten", "Erwtensoep met rookworst", "Stamppot boerenkool"],
        ["Související články", "Praha otevře nový most přes Vltavu", "Ceny energií v příštím roce"],
    ],
)
def test_closing_blocks_go(tail: list[str]) -> None:
    assert without_closing_blocks([*_BODY, *tail]) == _BODY


def test_a_rail_under_a_company_block_goes_too() -> None:
    lines = [*_BODY, "Über das Unternehmen", "Die Beispielwerk GmbH entwickelt seit 1962 Pumpen.", "Weitere Artikel", "Neue Halle in Fulda"]
    assert without_closing_blocks(lines) == _BODY


@pytest.mark.parametrize(
    "tail",
    [
        # a section of the report itself: more than a paragraph or two follow
        ["Weitere Rezepte", *(_BODY * 2)],
        # a heading that names no such block
        ["Was die Stadt plant", "Die Stadt will die Halle im Frühjahr mit einem Fest für die Nachbarn eröffnen, sagte die Bürgermeisterin."],
        # a page about the firm itself: "about us" is its heading, not a block under an article
        ["Über uns", "Die Beispielwerk GmbH entwickelt seit 1962 Pumpen für Industrie und Landwirtschaft in Kassel."],
        # the heading's words opening a sentence of the article
        ["Über das Unternehmen ist wenig bekannt, außer dass es seit 1962 Pumpen baut und in Kassel sitzt."],
    ],
)
def test_article_text_stays(tail: list[str]) -> None:
    lines = [*_BODY, *tail]
    assert without_closing_blocks(lines) == lines


def test_a_block_longer_than_the_text_above_stays() -> None:
    lines = ["Pierogi z dynią", "Polecane przepisy", *[f"Przepis numer {n} na szybki obiad z warzywami" for n in range(4)]]
    assert without_closing_blocks(lines) == lines


def test_the_article_always_stays() -> None:
    lines = ["Zobacz także", "Nowy most w Poznaniu otwarty"]
    assert without_closing_blocks(lines) == lines  # (a page of nothing but a rail is judged elsewhere)


# --------------------------------------------------------- the article's own date

_PARAS = (
    "<p>The city council voted on Tuesday to close the old bridge over the river for repairs that will take two "
    "years, officials said after a long meeting at the town hall.</p><p>Residents said the closure would add twenty "
    "minutes to their daily commute across town, and several of them asked the council for a ferry service.</p>"
)
_TITLE = "Council votes to close the old bridge"


def _page(head: str, body: str = "") -> str:
    return f"<html><head><title>{_TITLE}</title>{head}</head><body><h1>{_TITLE}</h1>{_PARAS}{body}</body></html>"


def _ld(headline: str, when: str, nest: bool = False) -> str:
    item = f'{{"@type": "NewsArticle", "headline": "{headline}", "datePublished": "{when}"}}'
    if nest:
        item = f'{{"@type": "WebPage", "mainEntity": {item}}}'
    return f'<script type="application/ld+json">{item}</script>'


def test_the_page_articles_json_ld_date_before_a_related_items() -> None:
    from parallax.ingest.html import article_from_html

    head = _ld("Mayor opens new park", "2025-03-02T10:00:00Z") + _ld(_TITLE, "2026-11-10T08:30:00+01:00")
    assert article_from_html(_page(head), "a", "x.html").published == "2026-11-10T08:30:00+01:00"


def test_the_page_articles_date_nested_as_main_entity() -> None:
    from parallax.ingest.html import article_from_html

    head = _ld("Mayor opens new park", "2025-03-02T10:00:00Z") + _ld(_TITLE, "2026-11-10T08:30:00+01:00", nest=True)
    assert article_from_html(_page(head), "a", "x.html").published == "2026-11-10T08:30:00+01:00"


def test_meta_date_still_comes_first() -> None:
    from parallax.ingest.html import article_from_html

    head = '<meta property="article:published_time" content="2026-11-09T07:00:00+01:00">' + _ld(_TITLE, "2026-11-10T08:30:00+01:00")
    assert article_from_html(_page(head), "a", "x.html").published == "2026-11-09T07:00:00+01:00"


_STATE = (
    '<script id="__NEXT_DATA__" type="application/json">{"props": {"pageProps": {"article": {"title": "Council votes", '
    '"body": "x"}, "related": [{"title": "Mayor opens new park", "publishedAt": "2025-03-02T10:00:00Z"}]}}}</script>'
)


def test_a_related_storys_state_date_is_not_the_pages() -> None:
    from parallax.ingest.html import article_from_html

    assert article_from_html(_page("", _STATE), "a", "x.html").published is None


def test_the_shown_date_stands_where_a_related_story_carries_another() -> None:
    from parallax.ingest.html import article_from_html

    shown = '<p class="byline">Published 10 November 2026</p>'
    published = article_from_html(_page("", shown + _STATE), "a", "x.html").published
    assert published is not None and published.startswith("2026-11-10")


# ------------------------------------------------- closing blocks, whole pages

_ARTICLES = {
    "pl": (
        "Pierogi z kapustą i grzybami",
        [
            "Kapustę ugotuj w osolonej wodzie do miękkości, odcedź i dokładnie odciśnij, a grzyby namocz na noc w zimnej wodzie.",
            "Cebulę posiekaj i zeszklij na maśle, dodaj kapustę oraz grzyby i duś wszystko razem przez kwadrans na małym ogniu.",
            "Z mąki, wody i szczypty soli zagnieć gładkie ciasto, rozwałkuj je cienko i wykrawaj szklanką okrągłe placki na pierogi.",
        ],
        "<h3>Polecane przepisy</h3><div><h4>Barszcz czerwony z uszkami</h4>"
        "<p>Barszcz na zakwasie to klasyka wigilijnego stołu, a uszka z grzybami dopełniają jego smak.</p></div>",
        "Barszcz czerwony",
    ),
    "de": (
        "Beispielwerk eröffnet neue Fertigung in Kassel",
        [
            "Die Beispielwerk GmbH hat am Montag in Kassel eine neue Halle für die Fertigung von Pumpen in Betrieb genommen.",
            "In der Halle sollen bis Ende des kommenden Jahres rund 80 neue Arbeitsplätze entstehen, teilte das Unternehmen mit.",
            "Die Investition beläuft sich nach Angaben der Geschäftsführung auf insgesamt rund zwölf Millionen Euro.",
        ],
        "<h2>Über das Unternehmen</h2><p>Die Beispielwerk GmbH entwickelt und fertigt seit 1962 Pumpen für Industrie, "
        "Wasserwirtschaft und Landwirtschaft und beschäftigt weltweit rund 900 Menschen.</p>",
        "seit 1962 Pumpen",
    ),
    "fr": (
        "Tarte fine aux pommes et à la cannelle",
        [
            "Étalez la pâte feuilletée sur une plaque recouverte de papier cuisson et piquez-la à la fourchette sur toute sa surface.",
            "Épluchez les pommes, coupez-les en lamelles très fines et disposez-les en rosace sur la pâte sans laisser de vide.",
            "Saupoudrez de sucre et de cannelle, puis enfournez pendant vingt-cinq minutes dans un four bien chaud.",
        ],
        "<h3>Recettes similaires</h3><ul><li>Clafoutis aux cerises</li><li>Crumble aux poires</li><li>Tarte au citron</li></ul>",
        "Clafoutis aux cerises",
    ),
    "es": (
        "El ayuntamiento cierra el puente viejo por obras",
        [
            "El ayuntamiento anunció el martes el cierre del puente viejo sobre el río durante dos años para reparar su estructura.",
            "Los vecinos temen que el cierre alargue en veinte minutos sus trayectos diarios al centro de la ciudad.",
            "La alcaldesa prometió un servicio de autobuses lanzadera mientras duren las obras, que costarán cuatro millones.",
        ],
        "<h3>Noticias relacionadas</h3><ul><li>El metro amplía su horario en verano</li><li>Nuevo carril bici en la avenida</li></ul>",
        "El metro amplía su horario",
    ),
}


@pytest.mark.parametrize("lang", sorted(_ARTICLES))
def test_whole_page_loses_its_closing_block(lang: str) -> None:
    from parallax.ingest.html import extract_main_text

    title, paragraphs, block, block_words = _ARTICLES[lang]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = f'<html lang="{lang}"><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}{block}</article></body></html>'
    text = extract_main_text(page) or ""
    assert all(p in text for p in paragraphs)
    assert block_words not in text
