"""Session 54 (ext54): page furniture still kept inside or after a report -- a magazine issue's offer (issue label,
price, call to buy), a row of "Read more" teaser cards after the article, a photo credit run into its caption -- and
an old CMS page laid out in a table; read through the public HTML reader on invented pages, in English and two other
languages, each rule beside a real paragraph of the same look that stays."""

from __future__ import annotations

import pytest

from tests.helpers import HARBOUR_PARAS as _P
from tests.helpers import extra_paragraphs as _extra
from tests.helpers import harbour_page as _page
from tests.helpers import page_paragraphs as _text


def _ps(lines: list[str]) -> str:
    return "".join(f"<p>{ln}</p>" for ln in lines)


# ------------------------------------------------------------------ a magazine issue's offer inside the body

_OFFERS = {
    "en": [
        ["“The State of the Economy” Special issue no. 72, spring 2026,", "£7.65, postage included", "Buy now"],
        ["Special issue no. 72 — buy now"],
        ["Issue 72, March 2026", "Price: $6.90", "Order your copy", "Table of contents"],
    ],
    "fr": [
        [
            "« Le monde des ports » Hors-série n° 41, 3e trimestre 2026,",
            "8,40 euros, port inclus",
            "6,90 euros",
            "Tarifs dégressifs dès 5 exemplaires : nous écrire",
            "Je m'abonne",
            "Le sommaire détaillé",
        ],
        ["Hors-série n° 72 – en kiosque"],
    ],
    "de": [
        ["„Die Lage der Wirtschaft“ Sonderheft Nr. 72, Frühjahr 2026", "7,65 Euro inkl. Versand", "Jetzt bestellen"],
        ["Sonderheft Nr. 72 – jetzt kaufen"],
    ],
}
_OFFER_CASES = [(lang, i) for lang in sorted(_OFFERS) for i in range(len(_OFFERS[lang]))]


@pytest.mark.parametrize(("lang", "i"), _OFFER_CASES)
@pytest.mark.parametrize("where", ["mid", "end"])
def test_a_magazine_issue_offer_goes(lang: str, i: int, where: str) -> None:
    assert _extra(_page(**{where: _ps(_OFFERS[lang][i])})) == []


@pytest.mark.parametrize(
    "line",
    [
        "The findings first appeared in the magazine's special issue no. 72, which sold 40,000 copies at £7.65 each.",
        "Le hors-série n° 72 de la revue, vendu 7,65 euros en kiosque, avait déjà révélé les fissures du pont.",
        "Das Sonderheft Nr. 72 der Zeitschrift kostet 7,65 Euro und erschien bereits im März.",
    ],
)
def test_a_sentence_about_an_issue_and_its_price_stays(line: str) -> None:
    assert _extra(_page(mid=f"<p>{line}</p>")) == [line]


def test_an_issue_crosshead_without_an_offer_stays() -> None:
    """A short line naming an issue with no price or call to buy under it is the report's own crosshead."""
    lines = ["Issue 72: the bridge", "Inspectors examined the supports in October and found the damage had spread."]
    assert _extra(_page(mid=_ps(lines))) == lines


# ------------------------------------------------------------------ "Read more" teaser cards after the article

_TEASERS = {
    "en": (
        "Read more",
        [
            ("Ferry operator wins harbour contract", "The company will run boats every twenty minutes from May."),
            ("Council approves school budget", "Councillors voted 31 to 12 for the plan on Monday night."),
            ("Engineers warn of cracks in second bridge", "An inspection found rust in three of its main cables."),
        ],
    ),
    "de": (
        "Weiterlesen",
        [
            ("Fährbetreiber gewinnt Auftrag", "Das Unternehmen soll ab Mai alle zwanzig Minuten fahren."),
            ("Stadtrat beschließt Schulhaushalt", "Die Räte stimmten am Montagabend mit 31 zu 12 Stimmen zu."),
        ],
    ),
    "fr": (
        "Lire la suite",
        [
            ("Le passeur remporte le contrat du port", "La société fera partir un bateau toutes les vingt minutes dès mai."),
            ("Le conseil adopte le budget des écoles", "Les élus ont voté le plan par 31 voix contre 12 lundi soir."),
        ],
    ),
}


def _cards(lang: str, heads: bool = True, label_first: bool = False) -> str:
    label, cards = _TEASERS[lang]
    out = []
    for head, summary in cards:
        top = f"<h3><a href='/x'>{head}</a></h3>" if heads else ""
        more = f"<a href='/x'>{label}</a>"
        inner = f"{more}{top}<p>{summary}</p>" if label_first else f"{top}<p>{summary} {more}</p>"
        out.append(f"<div class='teaser'>{inner}</div>")
    return "".join(out)


@pytest.mark.parametrize("lang", sorted(_TEASERS))
@pytest.mark.parametrize("heads", [True, False])
def test_read_more_teaser_cards_after_the_article_go(lang: str, heads: bool) -> None:
    assert _extra(_page(end=_cards(lang, heads))) == []


@pytest.mark.parametrize("lang", sorted(_TEASERS))
def test_read_more_teaser_cards_as_their_own_lines_go(lang: str) -> None:
    label, cards = _TEASERS[lang]
    lines = [x for head, summary in cards for x in (head, summary, label)]
    assert _extra(_page(end=_ps(lines))) == []


def test_one_closing_paragraph_with_a_read_more_link_stays() -> None:
    """One summary with a "Read more" link may close an excerpt of the report itself: two cards at least make a row."""
    line = "The full report will be published by the council next month."
    assert line in " ".join(_text(_page(end=f"<p>{line} <a href='/r'>Read more</a></p>")))


def test_sentences_that_say_read_more_stay() -> None:
    lines = [
        "Readers who want to read more can find the council's report, which runs to 200 pages, in the library.",
        "The report also lists the other bridges that need repair.",
        "Weiterlesen lohnt sich: Der Bericht nennt auch die Kosten für die zweite Brücke.",
        "Die Stadt will den Bericht im Mai im Internet veröffentlichen.",
    ]
    assert _extra(_page(end=_ps(lines))) == lines


# ------------------------------------------------------------------ a photo credit run into its caption

_CREDITS = [
    "Photo: Jane Doe/Reuters A man walks across the closed harbour bridge on Tuesday.",
    "Photo: Jane Doe / Reuters Commuters queue for the ferry at the old harbour.",
    "Foto: Max Muster/dpa Ein Mann geht am Dienstag über die gesperrte Hafenbrücke.",
    "Photo : Jean Dupont/AFP Un homme traverse le pont fermé du port, mardi.",
    "Fot. Jan Kowalski/PAP Mężczyzna przechodzi przez zamknięty most we wtorek.",
]


@pytest.mark.parametrize("line", _CREDITS)
@pytest.mark.parametrize("where", ["top", "mid"])
def test_a_photo_credit_run_into_its_caption_goes(line: str, where: str) -> None:
    assert _extra(_page(**{where: f"<p>{line}</p>"})) == []


_LONG_CAPTIONS = [
    "Photo: Jane Doe/Reuters A man walks across the closed harbour bridge on Tuesday, a day after the city council voted to shut it to cars for at least two years.",
    "Foto: Max Muster/dpa Ein Mann geht am Dienstag über die gesperrte Hafenbrücke, einen Tag nachdem der Stadtrat beschlossen hatte, sie für mindestens zwei Jahre zu sperren.",
]


@pytest.mark.parametrize("line", _LONG_CAPTIONS)
def test_a_photo_credit_run_into_a_long_caption_goes(line: str) -> None:
    """A caption of one sentence after its credit goes however long the sentence runs (up to a paragraph's length)."""
    assert _extra(_page(mid=f"<p>{line}</p>")) == []


@pytest.mark.parametrize("label", ["Photo: Jane Doe/Reuters ", "Foto: Max Muster/dpa ", "Fot. Jan Kowalski/PAP "])
def test_a_photo_credit_run_into_a_paragraph_leaves_the_paragraph(label: str) -> None:
    """A credit glued to the opening of a paragraph of several sentences is cut; the paragraph stays whole."""
    paras = [label + _P[0] + " " + _P[1], *_P[2:]]
    assert _text(_page(paras=paras)) == [_P[0] + " " + _P[1], *_P[2:]]


@pytest.mark.parametrize(
    "line",
    [
        "Photo agencies Reuters and AP sent pictures of the closed bridge to papers around the world on Tuesday.",
        "Fotos der Risse hat die Stadt am Mittwoch veröffentlicht, sagte ein Sprecher der Verwaltung.",
        "Photographer Jane Doe said the bridge had been closed to walkers since Monday.",
    ],
)
def test_a_sentence_that_opens_like_a_credit_stays(line: str) -> None:
    assert _extra(_page(mid=f"<p>{line}</p>")) == [line]


# ------------------------------------------------------------------ an old CMS page laid out in a table

_TABLE_PARAS = {
    "en": _P,
    "de": [
        "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke ab dem nächsten Frühjahr für Autos zu sperren.",
        "Bürgermeisterin Anna Keller sagte, die Entscheidung sei schwer, aber notwendig gewesen, und versprach eine Fähre.",
        "Die Reparatur soll nach Schätzung der Stadt rund zwölf Millionen Euro kosten und mindestens zwei Jahre dauern.",
    ],
    "fr": [
        "Le conseil municipal a voté mardi la fermeture du vieux pont du port aux voitures à partir du printemps prochain.",
        "La maire Anna Keller a jugé la décision difficile mais nécessaire, et a promis un service de bac pour les navetteurs.",
        "Les réparations devraient coûter environ douze millions d'euros et durer au moins deux ans, selon la ville.",
    ],
}


def _table_page(paras: list[str], breaks: bool) -> str:
    body = "<br><br>".join(paras) if breaks else "".join(f"<p>{p}</p>" for p in paras)
    if breaks:
        body = f"<font face='Arial' size='2'>{body}</font>"
    nav = "".join(f"<tr><td><a href='/{w}'>{w}</a></td></tr>" for w in ("Home", "News", "Sport", "Archive"))
    return (
        "<html><head><title>Harbour bridge to close</title></head><body>"
        "<table width='760' border='0' cellpadding='0'><tr><td colspan='2'><img src='/logo.gif' alt='Logo'></td></tr>"
        f"<tr><td width='150' valign='top'><table>{nav}</table></td>"
        f"<td valign='top'><font size='4'><b>Harbour bridge to close</b></font><br>{body}</td></tr>"
        "<tr><td colspan='2'><font size='1'>(c) 2026 Example News</font></td></tr></table></body></html>"
    )


@pytest.mark.parametrize("lang", sorted(_TABLE_PARAS))
@pytest.mark.parametrize("breaks", [False, True])
def test_a_body_laid_out_in_a_table_keeps_its_paragraphs(lang: str, breaks: bool) -> None:
    paras = _TABLE_PARAS[lang]
    assert _text(_table_page(paras, breaks)) == paras


def test_a_data_table_with_paragraphs_in_a_cell_inside_an_article_stays_a_table() -> None:
    """A table of data inside a longer article may hold two quoted paragraphs in a cell (a wiki's table of a
    character's lines); it holds little of the page's prose, so it is no layout and stays a table."""
    lines = [
        "“I have lived in this town my whole life, and I have never seen the harbour this quiet in spring.”",
        "“The ferry is fine for now, but the bridge was the only way my mother could get to the market.”",
    ]
    rows = "".join(f"<tr><td>{season}</td><td>{_ps(lines)}</td></tr>" for season in ("Spring", "Summer"))
    paras = [*_P, *(p.replace("bridge", "crossing") for p in _P)]
    out = _text(_page(mid=f"<table><tr><th>Season</th><th>Lines</th></tr>{rows}</table>", paras=paras))
    assert any(ln.startswith("|") and "Spring" in ln for ln in out), out


# ------------------------------------------------------------------ the attribution audit names the new steps


def test_the_attribution_audit_tags_rail_and_card_cuts() -> None:
    """``scripts/extraction_attribution.py`` records the lines the label rails and the teaser cards remove."""
    import importlib.util
    from pathlib import Path

    from parallax.ingest.extract import main_text

    path = Path(__file__).resolve().parents[1] / "scripts" / "extraction_attribution.py"
    spec = importlib.util.spec_from_file_location("extraction_attribution", path)
    assert spec is not None and spec.loader is not None
    audit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(audit)
    rail = (
        "<p>More on this story</p><ul>"
        + "".join(f"<li>{h}</li>" for h in ("Council approves new budget for schools", "Ferry operator wins contract for harbour route"))
        + "</ul>"
    )
    recorder = audit.Recorder()
    recorder.install()
    try:
        label, cards = _TEASERS["en"]
        main_text(_page(mid=rail, end=_ps([x for head, summary in cards for x in (head, summary, label)])))
    finally:
        recorder.uninstall()
    rules = {rule for rule, _ in recorder.cuts}
    assert "without_rail_headlines" in rules and "without_teaser_cards" in rules, recorder.cuts


# ------------------------------------------------------------------ a read-also rail: its label run into the first headline, long headlines

_GLUED_RAILS = [
    [
        "Lesen Sie auch: Stadtrat beschließt neuen Haushalt für Schulen",
        "Fährbetreiber gewinnt Auftrag für Hafenroute",
        "Ingenieure warnen vor Rissen in zweiter Brücke",
    ],
    [
        "More on this story: Council approves new budget for schools",
        "Ferry operator wins contract for harbour route",
        "Engineers warn of cracks in second bridge",
    ],
    [
        "Czytaj także: Rada miasta przyjmuje nowy budżet dla szkół",
        "Przewoźnik promowy wygrywa kontrakt na trasę portową",
        "Inżynierowie ostrzegają przed pęknięciami mostu",
    ],
]


@pytest.mark.parametrize("rail", _GLUED_RAILS)
def test_a_rail_whose_label_runs_into_its_first_headline_goes(rail: list[str]) -> None:
    assert _extra(_page(mid=_ps(rail))) == []


def test_an_inline_read_also_link_then_a_crosshead_stays() -> None:
    """A label run into one headline is most often one inline read-also link; the crosshead under it is the
    article's (a broadcaster's "Read more: ..." over "Poets replace generals on the signs")."""
    lines = [
        "Read more: Old maps: Norway to open a new archive hall",
        "Poets replace generals on the signs",
        "The renaming of three streets in the district was decided by the council in April.",
    ]
    out = _extra(_page(mid=_ps(lines)))
    assert lines[1] in out and lines[2] in out, out
