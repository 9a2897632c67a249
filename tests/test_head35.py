"""Headlines analysed once, in the analyze stage, and compared right: stored title layers, each conflict of two
headlines listed once, a headline against its own article's body."""

from __future__ import annotations

import pytest

import parallax
from parallax.records import Article
from tests.helpers import shown

PUBLISHED = "2026-03-14"
TEXT_A = (
    "Floods swept through the Veldra valley on Thursday after two days of heavy rain.\n\n"
    "Ten people were killed when the river burst its banks, the regional fire service said.\n\n"
    "Rescue teams searched villages downstream."
)
TEXT_B = (
    "Heavy rain caused the river to burst its banks in the Veldra valley on Thursday.\n\n"
    "Emergency crews evacuated hundreds of residents from villages downstream."
)


def _flood() -> list[Article]:
    return [
        Article(id="a", text=TEXT_A, title="12 dead as floods hit Veldra valley", outlet="Post", language="en", published=PUBLISHED),
        Article(id="b", text=TEXT_B, title="12 dead as floods hit Veldra valley", outlet="Herald", language="en", published=PUBLISHED),
        Article(id="c", text=TEXT_B, title="10 dead as floods hit Veldra valley", outlet="Gazette", language="en", published=PUBLISHED),
    ]


@pytest.fixture(scope="module")
def analysed() -> list[Article]:
    return parallax.analyze(_flood())


@pytest.fixture(scope="module")
def flood(analysed) -> dict:
    return parallax.compare(analysed).to_dict()


# -- (1) the title analysed in the analyze stage and stored with its article


def test_the_analyze_stage_gives_the_title_its_own_layers(analysed):
    layers = analysed[0].title_layers
    assert layers is not None and [s.text for s in layers.sentences] == ["12 dead as floods hit Veldra valley"]
    assert [(q.value, q.unit) for q in layers.quantities] == [(12.0, "dead")]
    assert analysed[0].sentences[0].text.startswith("Floods swept")  # the body's layers are the body's


def test_a_record_keeps_its_title_layers_and_an_old_record_has_none(analysed):
    back = Article.from_dict(analysed[0].to_dict())
    assert back.title_layers == analysed[0].title_layers
    old = analysed[0].to_dict()
    del old["title_layers"]
    assert Article.from_dict(old).title_layers is None


def test_no_title_gives_no_layers_and_an_overlong_title_empty_ones():
    arts = parallax.analyze(
        [
            Article(id="x", text="Rescue teams searched villages.", language="en"),
            Article(id="y", text="Rescue teams searched villages.", title="word " * 100, language="en"),
        ]
    )
    assert arts[0].title_layers is None
    assert arts[1].title_layers is not None and arts[1].title_layers.sentences == []


def _stored_layers(location, analysed: list[Article]) -> None:
    from parallax.store import open_store

    with open_store(location) as db:
        db.add_articles([Article.from_dict(analysed[0].to_dict())])
        assert db.get_article("a").title_layers == analysed[0].title_layers
        db.update_analyses([analysed[0]])
        assert next(db.iter_articles()).title_layers == analysed[0].title_layers


def test_the_sqlite_store_keeps_the_title_layers(analysed, tmp_path):
    _stored_layers(tmp_path / "s.db", analysed)


@pytest.mark.postgres
def test_the_postgresql_store_keeps_the_title_layers(analysed, postgres_url):
    _stored_layers(postgres_url, analysed)


def test_a_comparison_reads_the_stored_layers_without_parsing_again(analysed, monkeypatch):
    from parallax.analyze import Analyzer
    from parallax.compare.headlines import headline_articles

    def no_parse(self, article):
        raise AssertionError("parsed again")

    monkeypatch.setattr(Analyzer, "fill_layers", no_parse)
    heads = headline_articles(analysed, parallax.Options())
    assert [h.sentences[0].text for h in heads.values()][2] == "10 dead as floods hit Veldra valley"


def test_an_old_record_without_title_layers_has_its_title_analysed_on_read(analysed):
    from parallax.compare.headlines import headline_articles

    old = Article.from_dict({k: v for k, v in analysed[2].to_dict().items() if k != "title_layers"})
    heads = headline_articles([old], parallax.Options())
    assert [(q.value, q.unit) for q in heads[0].quantities] == [(10.0, "dead")]


# -- (2) a conflict between two headlines listed once


def test_a_conflict_of_two_headlines_is_listed_once(flood):
    between = [(h["article"], c["article"]) for h in flood["headlines"] for c in h["conflicts"] if c["against"] == "headline"]
    assert sorted(between) == [("a", "c"), ("b", "c")]


# -- (3) a headline against its own article's body


def test_a_headline_its_own_body_contradicts_gives_a_line(flood):
    own = [(h["article"], shown(c)) for h in flood["headlines"] for c in h["conflicts"] if c["against"] == "own"]
    assert own == [("a", {"a#headline": [12.0], "a": [10.0], "units": {"a#headline": "dead", "a": "people"}})]


def test_a_headline_its_own_body_bears_out_gives_none():
    arts = [Article(id="a", text=TEXT_A.replace("Ten people", "12 people"), title="12 dead as floods hit Veldra valley", language="en")]
    heads = parallax.compare(arts).to_dict()["headlines"]
    assert heads[0]["conflicts"] == []


def test_an_own_body_conflict_in_the_schema_text_and_html(flood):
    import io

    import jsonschema

    from parallax.report import schema
    from parallax.report.html import render_html
    from parallax.report.text import print_text

    jsonschema.validate(flood, schema())
    buf = io.StringIO()
    print_text(flood, buf)
    assert "own text" in buf.getvalue() and "Post (headline)" in buf.getvalue()
    assert 'against <span dir="auto">Post</span>\'s own text' in render_html(flood)


# -- (4) posts that go, said as a loss or as going


@pytest.mark.parametrize(
    "text,cut",
    [
        ("Halvorsen to close Port Ellery plant with loss of 1,150 jobs", True),
        ("The closure means the loss of up to 300 jobs.", True),
        ("Port Ellery factory closure: 1,150 jobs to go", True),
        ("Some 1,150 jobs are set to go by September.", True),
        ("Der Umbau kostet den Verlust von 300 Stellen.", True),
        ("The plant provides 1,150 jobs in the town.", False),
        ("The new terminal will create 1,150 jobs to serve the port.", False),
        ("Despite a loss of £38m, the firm kept 1,150 jobs.", False),
    ],
)
def test_posts_lost_or_going_are_a_cut(text: str, cut: bool):
    from parallax.compare.job_cuts import job_cut

    art = parallax.analyze([Article(id="x", text=text, language="de" if "Stellen" in text else "en")])[0]
    assert [job_cut(art.text, q) for q in art.quantities if q.value in (300.0, 1150.0)] == [cut]


def test_a_headline_losing_jobs_conflicts_with_one_slashing_them():
    arts = [
        Article(id="a", text="Workers gathered at the gates.", title="Halvorsen to close plant with loss of 1,150 jobs", language="en"),
        Article(id="b", text="Unions called a meeting.", title="Fury as car parts giant slashes 1,400 jobs", language="en"),
    ]
    heads = parallax.compare(arts).to_dict()["headlines"]
    found = [(h["article"], c["against"], shown(c)) for h in heads for c in h["conflicts"]]
    assert found == [("a", "headline", {"a": [1150.0], "b": [1400.0], "unit": "jobs"})]
