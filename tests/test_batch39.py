"""Session 39's batch: agencies credited, a closing agency name, article kinds (opinion signals, roundups)."""

from __future__ import annotations

import json

import pytest

from parallax.ingest.agencies import credited_agencies
from parallax.ingest.text import article_from_text
from parallax.records import Article


def _article(body: str, **meta) -> Article:
    return article_from_text(body, "a", "a.txt", **meta)


# ------------------------------------------------------------------ a closing agency name on its own line


@pytest.mark.parametrize(
    ("body", "last"),
    [
        ("Saeima otrdien pieņēma budžetu.\n\nBalsojumā 55 deputāti balsoja par.\nLETA", "balsoja par."),
        ("Seimas antradienį priėmė biudžetą.\n\nUž balsavo 80 narių.\nBNS", "narių."),
        ("Eduskunta hyväksyi budjetin tiistaina.\n\nÄänestys päättyi lukuihin 110–80.\nSTT", "110–80."),
        ("Der Bundestag hat den Haushalt beschlossen.\n\nDie Opposition stimmte dagegen.\ndpa", "dagegen."),
    ],
)
def test_agency_name_closing_a_block_is_furniture(body: str, last: str) -> None:
    art = _article(body)
    assert art.text.endswith(last)
    assert art.boilerplate_removed[-1] in ("LETA", "BNS", "STT", "dpa")


def test_capitalised_word_inside_a_wrapped_sentence_stays() -> None:
    # a hard wrap inside a sentence: the line before is no finished sentence
    art = _article("The budget was approved.\n\nThe vote was backed by\nNATO")
    assert art.text.endswith("backed by NATO")


# ------------------------------------------------------------------ agencies credited


@pytest.mark.parametrize(
    ("body", "agencies"),
    [
        ("Le gouvernement a adopté le budget mardi.\n\nAvec AFP", ["AFP"]),
        ("El Gobierno aprobó el presupuesto.\n\nCon información de EFE y Europa Press", ["EFE", "Europa Press"]),
        ("Der Bundestag hat den Haushalt beschlossen.\n\nmit Material von dpa", ["dpa"]),
        ("Der Bundestag hat den Haushalt beschlossen.\n\n(mit Material von dpa und AFP)", ["dpa", "AFP"]),
        ("LONDON (Reuters) - The government approved the budget on Tuesday.\n\nThe vote was close.", ["Reuters"]),
        ("Le gouvernement a adopté le budget.\n\nLe Monde avec AFP et Reuters", ["AFP", "Reuters"]),
        ("Rząd przyjął budżet we wtorek.\n\nmly/PAP", ["PAP"]),
        ("Saeima otrdien pieņēma budžetu.\n\nBalsojumā 55 deputāti balsoja par.\nLETA", ["LETA"]),
    ],
)
def test_credited_agencies_are_kept(body: str, agencies: list[str]) -> None:
    art = _article(body)
    assert art.agencies == agencies
    assert art.meta()["agencies"] == agencies


@pytest.mark.parametrize(
    "body",
    [
        "The government approved the budget.\n\nThe vote was close.",
        "The government approved the budget.\n\nSOURCE: News agencies",  # names no agency
        "Le gouvernement a adopté le budget.\n\nAvec Marine Le Pen",  # no credit
        "Der Bundestag hat den Haushalt beschlossen.\n\nMit Erfolg.",
    ],
)
def test_no_agency_without_an_agency_credit(body: str) -> None:
    art = _article(body)
    assert art.agencies == []
    assert "agencies" not in art.meta()


def test_agencies_dedupe_and_drop_a_service_code() -> None:
    assert credited_agencies(["(dpa/lno)", "Avec AFP", "(dpa, AFP)"], "dpa") == ["dpa", "AFP"]
    assert credited_agencies(["Quelle: dpa-AFX", "Quelle: Die Welt am Sonntag"]) == ["dpa-AFX"]


def test_agencies_round_trip_and_old_records_read() -> None:
    art = _article("Le gouvernement a adopté le budget mardi.\n\nAvec AFP")
    back = Article.from_dict(json.loads(json.dumps(art.to_dict())))
    assert back.agencies == ["AFP"]
    old = art.to_dict()
    del old["agencies"]
    assert Article.from_dict(old).agencies == []


def test_agencies_in_the_schema_and_text_report() -> None:
    from parallax.report import schema as report_schema
    from parallax.report.text import _credits

    schema = report_schema()  # the shared article fields inlined (schemas/article.schema.json)
    assert schema["properties"]["articles"]["items"]["properties"]["agencies"]["type"] == "array"
    assert _credits({"agencies": ["AFP", "EFE"]}) == " with AFP, EFE"
    assert _credits({}) == ""


# ------------------------------------------------------------------ opinion pieces by what a reader sees


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        ("Opinion | Why the budget fails the young", "The government presented its budget.", "opinion"),
        ("Comment: The council has lost its way", "The council voted on Tuesday.", "opinion"),
        ("Kommentar: Die Stadt hat versagt", "Der Stadtrat hat am Dienstag entschieden.", "opinion"),
        ("Tribune : l'Europe doit agir", "Le Conseil s'est réuni mardi.", "opinion"),
        ("Why we must act now | Opinion", "The climate is changing.", "opinion"),
        ("Analysis: What the ruling means", "The court ruled on Monday.", "analysis"),
        ("Budget vote", "Parliament approved the budget on Tuesday.\n\nJane Roe is a columnist for the Herald.", "opinion"),
        ("Budget vote", "Parliament approved the budget.\n\nThe writer is a former ambassador to Japan.", "opinion"),
        ("Budget", "Le Parlement a adopté le budget.\n\nJean Roy est chroniqueur au Monde.", "opinion"),
        ("Haushalt", "Der Bundestag hat den Haushalt beschlossen.\n\nAnna Roth ist Kolumnistin der Zeitung.", "opinion"),
        ("Budget", "Parliament approved the budget.\n\nThe views expressed in this article are those of the author.", "opinion"),
        (
            "Tax rises",
            "I have lived in this town for thirty years. I have never seen such a mess. My neighbours agree with me. "
            "The council has failed us all. I think the mayor should resign. I urge every reader to vote him out.",
            "opinion",
        ),
    ],
)
def test_opinion_by_what_a_reader_sees(title: str, body: str, kind: str) -> None:
    assert _article(body, title=title).kind == kind


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Opinion poll: Labour leads by 5 points", "Labour leads the Conservatives by five points, a poll showed on Tuesday."),
        ("Comment section closed after abuse", "The paper closed its comment section on Monday, its editor said."),
        ("Storm hits coast", "The storm hit the coast on Monday night. Thousands of homes lost power. Roads were closed."),
        ("Columnist sued", "Jane Roe, a columnist for the Herald, was sued on Monday.\n\nRoe denied the claims, her lawyer said."),
        ("Columnist sued", "The columnist was sued.\n\nMark Lee is a columnist whose work drew complaints, the paper said."),
        # first person only inside quotation, or with reporting: a report
        (
            "Tax rises",
            "I have lived here for thirty years. I have never seen such a mess, the mayor said. My neighbours agree with me. "
            "The council has failed us all. I think the mayor should resign. I urge every reader to vote him out.",
        ),
        (
            "Sturm an der Küste",
            "Der Sturm traf am Montagabend die Küste. „Ich habe so etwas noch nie gesehen“, sagte ein Anwohner. "
            "„Mein Dach ist weg.“ Ich bin froh. Mir geht es gut. Mich hat es nicht getroffen.",
        ),
        ("Huelga en el metro", "El metro de Madrid paró el lunes. La huelga afectó a miles de viajeros, según la empresa."),
        ("Sciopero dei treni", "Lo sciopero ha fermato i treni lunedì. Secondo i sindacati l'adesione è stata alta."),
        ("Grève à la SNCF", "La grève a perturbé le trafic lundi, a indiqué la SNCF. Je n'ai pas pu partir, a dit une voyageuse."),
        ("Greve no metro", "A greve parou o metro na segunda-feira, segundo a empresa. Milhares de passageiros foram afetados."),
    ],
)
def test_news_reports_stay_reports(title: str, body: str) -> None:
    assert _article(body, title=title).kind is None


def test_page_kind_comes_first() -> None:
    # a feed's address says analysis: the title's "What we know" does not make it a roundup
    art = _article("The court ruled.", title="Ruling: what we know", url="https://example.org/analysis/ruling")
    assert art.kind == "analysis"


# ------------------------------------------------------------------ roundups


@pytest.mark.parametrize(
    "title",
    [
        "Valencia floods: what we know",
        "Morning briefing: floods, strikes and a royal visit",
        "Live updates: election results",
        "LIVE: Storm Ciarán hits the coast",
        "Was wir wissen",
        "Unwetter-Liveblog",
        "Terremoto en Turquía: lo que sabemos",
        "Inondations : ce que l'on sait",
        "Alluvione, cosa sappiamo",
        "Sismo nos Açores: o que se sabe",
    ],
)
def test_roundup_by_its_title(title: str) -> None:
    assert _article("Several things happened today.", title=title).kind == "roundup"


@pytest.mark.parametrize(
    "title",
    [
        "Última hora: terremoto en Turquía",
        "Breaking: quake hits Turkey",
        "Band to play live: tickets sold out",
        "We know the risks, minister says",
        "Brief encounter",
    ],
)
def test_single_reports_are_no_roundups(title: str) -> None:
    assert _article("The quake killed 50 people, officials said.", title=title).kind is None


def test_roundup_by_live_blog_entries() -> None:
    body = "07:30\n\nPolls opened.\n\n09:30\n\nTurnout is high.\n\n11:00\n\nThe president voted.\n\n12:15\n\nQueues in the capital."
    assert _article(body, title="Election day").kind == "roundup"
    three = "07:30\n\nPolls opened.\n\n09:30\n\nTurnout is high.\n\n11:00\n\nThe president voted."
    assert _article(three, title="Election day").kind is None


def _sig(ident: str, ts: float, names: tuple[str, ...], roundup: bool = False):
    import numpy as np

    from parallax.stories.features import Signals

    vec = np.zeros(8, dtype=np.float32)
    vec[hash(names) % 8] = 1.0
    return Signals(
        ident, ts, "en", vec, names, frozenset(n.lower() for n in names), frozenset(), frozenset(), ident, None, None, roundup=roundup
    )


def test_a_roundup_joining_a_story_leaves_its_profile() -> None:
    from parallax.stories.story import Story

    story = Story(id="s", title="quake")
    story.add(_sig("a", 1.0, ("Ankara",)))
    before = (dict(story.names), dict(story.words["en"]), story.vec_sum.copy())
    story.add(_sig("r", 2.0, ("Ankara", "Valencia", "Biden"), roundup=True))
    assert story.articles == ["a", "r"]
    assert (dict(story.names), dict(story.words["en"])) == before[:2] and (story.vec_sum == before[2]).all()
    alone = Story(id="t", title="briefing")
    alone.add(_sig("r2", 3.0, ("Valencia",), roundup=True))  # a roundup that starts a story gives it its profile
    assert alone.names and alone.vec_sum is not None


def test_a_roundup_merges_no_stories(monkeypatch) -> None:
    from parallax.stories import load_model
    from parallax.stories.cluster import Clusterer, Settings

    settings = Settings(load_model(), 0.5, 3.0, 5, 0.9, "hashing", merge_threshold=0.5)
    clusterer = Clusterer(settings)
    tried: list[str] = []
    monkeypatch.setattr(Clusterer, "_merge_around", lambda self, story: tried.append(story.id) or story)
    monkeypatch.setattr(Clusterer, "_rejoin_around", lambda self, story: story)
    from parallax.stories.dedup import minhash

    clusterer.process(_sig("a", 1.0, ("Ankara",)), minhash("The quake in Ankara killed fifty people on Monday."))
    clusterer.process(_sig("r", 2.0, ("Ankara", "Valencia"), roundup=True), minhash("Good morning: floods in Valencia, a quake."))
    assert tried == [clusterer.state.member_story["a"]]  # tried after the report, not after the roundup


def test_roundup_signal_from_the_article() -> None:
    from parallax.stories.features import signals_without_vector

    art = _article("Several things happened today.", title="Morning briefing: floods and strikes")
    assert signals_without_vector(art).roundup
    assert not signals_without_vector(_article("The quake killed 50 people.", title="Quake")).roundup


def test_reports_show_no_agency_that_is_the_outlet() -> None:
    from parallax.report.text import _credits
    from parallax.report.view import credited

    assert credited({"outlet": "Reuters", "agencies": ["Reuters", "AFP"]}) == ["AFP"]
    assert _credits({"outlet": "Reuters", "agencies": ["Reuters"]}) == ""


@pytest.mark.parametrize(
    ("lines", "agencies"),
    [
        (["Com Lusa"], ["Lusa"]),
        (["© Agencia EFE"], ["EFE"]),
        (["(c) 2026 Agence France-Presse"], ["Agence France-Presse"]),
        (["Texto: Ana Ruiz (EFE)"], ["EFE"]),
        (["Sources: AFP, Reuters"], ["AFP", "Reuters"]),
        (["© 2026 The Daily Herald", "Com a família", "Avec Marine Le Pen", "Jane Roe"], []),
    ],
)
def test_agencies_of_removed_lines(lines: list[str], agencies: list[str]) -> None:
    assert credited_agencies(lines) == agencies


@pytest.mark.parametrize(
    ("last", "opinion"),
    [
        ("The writer is a former ambassador to Japan.", True),
        ("(The author is a professor of law at Leiden.)", True),
        ("The author is due to speak at the festival on Friday.", False),
        ("The writer was arrested in 2019.", False),
    ],
)
def test_writer_note_needs_a_post(last: str, opinion: bool) -> None:
    art = _article(f"The festival opens on Thursday.\n\n{last}", title="Festival")
    assert (art.kind == "opinion") is opinion


def test_a_commentator_named_last_is_no_columnist_note() -> None:
    body = "The broadcaster suspended its presenter on Monday.\n\nJohn Smith is a political commentator for the channel."
    assert _article(body, title="Presenter suspended").kind is None


def test_schema_takes_a_roundup_with_agencies() -> None:
    import jsonschema

    from parallax.report import schema as report_schema

    schema = report_schema()  # the shared article fields inlined (schemas/article.schema.json)
    item = schema["properties"]["articles"]["items"]
    art = _article("Several things happened today.\n\nAvec AFP", title="Morning briefing: floods and strikes")
    jsonschema.validate(art.meta(), item)
    assert art.meta()["kind"] == "roundup" and art.meta()["agencies"] == ["AFP"]


def test_comment_section_heading_is_no_kind() -> None:
    """A page's readers' comments may head their block with a label class ("rubrik") and "Kommentare"."""
    import lxml.html

    from parallax.ingest.article_kind import article_kind

    page = (
        "<html><body><div id='content'><div class='dachzeile'>Stadt eröffnet Park</div><h1>Ein Park für Nord</h1>"
        "<div class='text'>Die Stadt hat am Freitag den Park eröffnet.</div>"
        "<div class='kommentare'><div class='rubrik'>Kommentare</div></div></div></body></html>"
    )
    assert article_kind(lxml.html.fromstring(page), None) is None
    labelled = page.replace("<div class='kommentare'><div class='rubrik'>Kommentare</div></div>", "<span class='rubrik'>Kommentar</span>")
    assert article_kind(lxml.html.fromstring(labelled), None) == "opinion"
