"""A list trafilatura lost under the sentence that announces it comes back (:mod:`parallax.ingest.lost_lists`)."""

from __future__ import annotations

from parallax.ingest.extract import main_text, parse
from parallax.ingest.lost_lists import lost_lists, with_lost_lists

_BODY = (
    "<p>Der Gemeinderat von Feldkirchen hat am Dienstag einen neuen Plan für die Beleuchtung der Wege am Flussufer "
    "beschlossen, nachdem es im Winter mehrere Stürze gegeben hatte.</p>"
    "<p>Die Arbeiten sollen im Frühjahr beginnen und bis zum Sommer abgeschlossen sein, teilte die Bürgermeisterin "
    "nach der Sitzung mit, an der rund vierzig Bürger teilnahmen.</p>"
)
_ITEMS = (
    "Tragen Sie in der Dämmerung helle Kleidung und nehmen Sie eine kleine Taschenlampe mit.",
    "Meiden Sie die Stufen am alten Wehr, solange dort die Geländer erneuert werden.",
    "Melden Sie defekte Lampen der Gemeinde über das Telefon im Rathaus.",
)
_LEAD = "So bleiben Sie auf dem Uferweg sicher:"


def _page(lead: str = _LEAD, items: str = "".join(f"<li>{it}</li>" for it in _ITEMS), wrap: bool = False) -> str:
    lst = f"<ul>{items}</ul>"
    if wrap:
        lst = f"<div class='list-box'>{lst}</div>"
    return (
        "<html><head><title>Neue Lampen am Fluss</title></head><body>"
        '<div class="paragraph paragraph--text section--module entity entity-paragraphs-item"><div class="editor--content">'
        f"{_BODY}<p><br/>\n{lead}</p>{lst}"
        '<p>Weitere Auskünfte zum Projekt gibt es <a href="/ufer">hier</a>. </p><p> </p></div></div></body></html>'
    )


def test_lost_list_comes_back_under_its_lead_in() -> None:
    # trafilatura drops this list (a template's block classes) and keeps the lead-in: the list comes back, in order
    text = main_text(_page())
    assert text is not None
    lines = text.split("\n")
    assert lines[lines.index(_LEAD) + 1 : lines.index(_LEAD) + 4] == [f"- {it}" for it in _ITEMS]


def test_items_already_in_the_text_are_not_repeated() -> None:
    tree = parse(_page())
    lines = ["Der Gemeinderat ...", _LEAD, *(f"- {it}" for it in _ITEMS)]
    assert with_lost_lists(tree, lines) == lines
    assert lost_lists(tree, ["Der Gemeinderat ...", _LEAD, _ITEMS[0]]) == {}  # (an item without its bullet counts too)


def test_list_in_a_wrapper_of_its_own() -> None:
    tree = parse(_page(wrap=True))
    assert with_lost_lists(tree, ["Erster Absatz.", _LEAD, "Weitere Auskünfte."]) == [
        "Erster Absatz.",
        _LEAD,
        *(f"- {it}" for it in _ITEMS),
        "Weitere Auskünfte.",
    ]


def test_no_colon_no_list() -> None:
    lead = "So bleiben Sie auf dem Uferweg sicher."
    tree = parse(_page(lead=lead))
    assert lost_lists(tree, ["Erster Absatz.", lead]) == {}


def test_a_list_of_links_stays_out() -> None:
    links = "".join(f'<li><a href="/s{i}">Weitere Meldung aus dem Ort, Nummer {i}</a></li>' for i in range(3))
    tree = parse(_page(lead="Lesen Sie auch:", items=links))
    assert lost_lists(tree, ["Erster Absatz.", "Lesen Sie auch:"]) == {}


def test_one_item_is_no_list() -> None:
    tree = parse(_page(items=f"<li>{_ITEMS[0]}</li>"))
    assert lost_lists(tree, ["Erster Absatz.", _LEAD]) == {}
