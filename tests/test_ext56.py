"""Session 56 (ext56): a "read also" box under its own heading whose items are teaser cards (a linked headline and a
line of summary), a sentence that opens on a photo label ("Photo:", "Photos by …") but is no credit, and a closing
rail of typed "- Headline" lines whose headlines run long; read through the public HTML reader and the line filter
on invented pages, each rule beside a real paragraph of the same look that stays."""

from __future__ import annotations

import pytest

from parallax.ingest.line_filters import line_reason
from tests.helpers import extra_paragraphs as _extra
from tests.helpers import harbour_page as _page

# ------------------------------------------------------------------ a "read also" box under its own heading

_STORIES = {
    "fr": [
        ("Le pont de Varenne rouvrira au printemps", "Les travaux ont commencé en janvier et doivent durer deux ans."),
        ("Les ferries de Port-Lazare passent à l'électrique", "La compagnie promet des traversées moins bruyantes dès mars."),
        ("Un nouveau maire pour Saint-Aubin-des-Prés", "Élu au second tour, il veut rouvrir l'école du village."),
    ],
    "en": [
        ("Varenne bridge to reopen in the spring", "Work began in January and is due to last two years."),
        ("Port Lazare ferries switch to electric power", "The operator promises quieter crossings from March."),
        ("New mayor for the village of Millbrook", "Elected in a run-off, she wants to reopen the school."),
    ],
}
_HEADINGS = [("fr", "À lire aussi"), ("fr", "Sur le même sujet"), ("fr", "Lire aussi"), ("en", "Read also"), ("en", "More on this story")]


def _cards(lang: str, tag: str = "li") -> str:
    items = "".join(f'<{tag}><a href="/s{i}">{h}</a> {s}</{tag}>' for i, (h, s) in enumerate(_STORIES[lang]))
    return f"<ul>{items}</ul>" if tag == "li" else items


@pytest.mark.parametrize("lang, heading", _HEADINGS)
@pytest.mark.parametrize("level", ["h2", "h3"])
def test_a_box_of_teaser_cards_under_a_read_also_heading_goes(lang: str, heading: str, level: str) -> None:
    assert _extra(_page(mid=f"<{level}>{heading}</{level}>{_cards(lang)}")) == []


@pytest.mark.parametrize("lang, heading", _HEADINGS)
def test_a_box_of_teaser_cards_closing_the_article_goes(lang: str, heading: str) -> None:
    assert _extra(_page(end=f'<div class="box"><h2>{heading}</h2>{_cards(lang)}</div>')) == []


@pytest.mark.parametrize(
    "card",
    [
        '<li><a href="/s{i}">{h}</a><p>{s}</p></li>',
        '<li><h3><a href="/s{i}">{h}</a></h3><p>{s}</p></li>',
        '<li><a href="/s{i}"><img src="/s{i}.jpg" alt=""></a><a href="/s{i}">{h}</a><span>{s}</span></li>',
        '<li><a href="/s{i}">{h}</a><br>{s}</li>',
    ],
)
def test_a_box_of_teaser_cards_in_other_markup_goes(card: str) -> None:
    items = "".join(card.format(i=i, h=h, s=s) for i, (h, s) in enumerate(_STORIES["en"]))
    assert _extra(_page(mid=f"<div><h2>Related</h2></div><ul>{items}</ul>")) == []


@pytest.mark.parametrize("lang, heading", _HEADINGS)
def test_a_box_of_linked_headlines_with_a_label_before_the_link_goes(lang: str, heading: str) -> None:
    items = "".join(f'<li><span>Transports</span> <a href="/s{i}">{h}</a></li>' for i, (h, _) in enumerate(_STORIES[lang]))
    assert _extra(_page(mid=f"<h2>{heading}</h2><ul>{items}</ul>")) == []


@pytest.mark.parametrize(
    "card",
    [
        '<p><a href="/s{i}">{h}</a> {s}</p>',
        '<div class="card"><a href="/s{i}">{h}</a><p>{s}</p></div>',
        '<article><h4><a href="/s{i}">{h}</a></h4><p>{s}</p></article>',
    ],
)
def test_a_run_of_teaser_cards_set_as_blocks_under_the_heading_goes(card: str) -> None:
    cards = "".join(card.format(i=i, h=h, s=s) for i, (h, s) in enumerate(_STORIES["fr"]))
    assert _extra(_page(mid=f"<aside><h3>Sur le même sujet</h3>{cards}</aside>")) == []


def test_paragraphs_opening_on_a_linked_phrase_under_a_read_also_heading_stay() -> None:
    """A sentence that opens on a link runs on in lower case: the article's paragraph, no card."""
    paras = [
        '<a href="/r">The engineers\' full report</a> runs to 300 pages and was handed to the council in May.',
        '<a href="/f">The new ferry timetable</a> adds a second boat at rush hour from the first day.',
    ]
    got = _extra(_page(mid="<h3>Read also</h3>" + "".join(f"<p>{p}</p>" for p in paras)))
    assert got == [
        "The engineers' full report runs to 300 pages and was handed to the council in May.",
        "The new ferry timetable adds a second boat at rush hour from the first day.",
    ]


def test_a_list_of_points_under_an_ordinary_heading_stays() -> None:
    """Items that open on a link under a heading that is no "read also" lead-in are the article's own list."""
    items = "".join(f'<li><a href="/s{i}">{h}</a> {s}</li>' for i, (h, s) in enumerate(_STORIES["en"]))
    got = _extra(_page(mid=f"<h2>What else changes in the region</h2><ul>{items}</ul>"))
    assert [ln for ln in got if ln.startswith("-")] == [f"- {h} {s}" for h, s in _STORIES["en"]]


def test_a_list_under_a_read_also_heading_whose_items_open_on_prose_stays() -> None:
    """An item whose text opens outside any link, a sentence with a linked word in it, is the article's point."""
    points = [
        'The council will publish the <a href="/r">engineers\' report</a> in full next week, its spokesman said.',
        'A second <a href="/f">ferry</a> will run at rush hour from the first day the bridge is closed.',
        'Cyclists may still cross on foot, pushing their bikes along the <a href="/w">west walkway</a>.',
    ]
    got = _extra(_page(mid="<h3>Read also</h3><ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"))
    assert len([ln for ln in got if ln.startswith("- ")]) == 3


# ------------------------------------------------------------------ "Photo:"-like words opening a sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Photos by residents show the cracks widening along both piers.",
        "Photo de famille pour les ministres réunis à Port-Lazare.",
        "Foto di gruppo per i sindaci della provincia al vertice di Varenne.",
        "Images by the council's drone show rust on both supports.",
        "Photo: the council released images of the cracked supports on Tuesday.",
        "Pictures: residents shared videos of the long queues at the ferry.",
        "Foto: Die Polizei hat die Brücke am Dienstag gesperrt, sagte ein Sprecher.",
    ],
)
def test_a_sentence_opening_on_photo_words_is_no_credit(sentence: str) -> None:
    assert line_reason(sentence) is None
    assert _extra(_page(mid=f"<p>{sentence}</p>")) == [sentence]


@pytest.mark.parametrize(
    "credit",
    [
        "Photo: Jan Novak/Reuters",
        "Photo: AP",
        "Photo : Jean Dupont / AFP",
        "Foto: picture alliance/dpa | Max Muster",
        "Photo: Courtesy of the Harbour Museum",
        "Photo: Jan Novak for The Millbrook Herald",
        "Photos: Getty Images.",
        "Foto: Archiv.",
        "Photo by Jane Doe",
        "Foto di Marco Bianchi",
        "Photo de Jean Martin / AFP",
        "Bildnachweis: Anna Roth",
        "Fot. Tomasz Wiśniewski / PAP",
        "Foto: Jonas Reiter/dpa",
    ],
)
def test_a_credit_of_names_and_agencies_is_still_a_photo_credit(credit: str) -> None:
    assert line_reason(credit) == "photo credit"


# ------------------------------------------------------------------ typed "- Headline" rails with long headlines

_LONG_HEADLINES = [
    "Council approves new budget for schools after a long night of debate in the packed town hall chamber",
    "Ferry operator wins contract for harbour route as commuters brace for two more years of longer journeys",
    "Mayor Keller faces confidence vote next month",
]


def test_a_closing_rail_of_typed_headlines_some_long_goes() -> None:
    assert _extra(_page(end="".join(f"<p>- {h}</p>" for h in _LONG_HEADLINES))) == []


def test_a_closing_typed_list_of_long_points_after_its_lead_in_stays() -> None:
    lead = "The council's plan has three parts:"
    got = _extra(_page(end=f"<p>{lead}</p>" + "".join(f"<p>- {h}</p>" for h in _LONG_HEADLINES)))
    assert got == [lead, *(f"- {h}" for h in _LONG_HEADLINES)]


def test_a_closing_typed_list_of_long_sentences_stays() -> None:
    items = [f"{h}." for h in _LONG_HEADLINES]
    assert _extra(_page(end="".join(f"<p>- {i}</p>" for i in items))) == [f"- {i}" for i in items]
