"""product60 through the web app: a disputed count's story page and API show every outlet's figure, the outlets
silent on it and the sentence a figure from outside the fact came from, escaped (invented reports)."""

from __future__ import annotations

import warnings

import pytest

fastapi = pytest.importorskip("fastapi")
with warnings.catch_warnings():  # starlette asks for httpx2 instead of httpx; the client works the same
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient  # noqa: E402

from parallax.config import Options  # noqa: E402

BASE = "http://127.0.0.1:8000"

REPORTS = [
    (
        "post",
        "Harwick Post",
        "The Harwick city council approved a new library that will have 120 reading seats, officials said on Tuesday.\n\n"
        "Construction starts in May and is expected to cost 8 million euros, council treasurer Ines Marlow said.",
    ),
    (
        "herald",
        "Harwick Herald",
        "The Harwick city council approved a new library that will have 150 reading seats, officials said on Tuesday.\n\n"
        "Critics called it too costly. The project is expected to cost 9 million euros, according to council treasurer Ines Marlow.",
    ),
    (
        "weekly",
        "Harwick <i>Weekly</i>",
        "<b>Construction</b> of the new Harwick library, with 120 reading seats, begins in May after the Harwick "
        "city council approved it on Tuesday.\n\nCritics called the new Harwick library too costly, council officials said.",
    ),
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from parallax.web.app import create_app

    app = create_app(tmp_path_factory.mktemp("web60") / "store.sqlite", options=Options(embedder="hashing"))
    records = [
        {"id": i, "outlet": o, "language": "en", "published": "2026-03-10T12:00:00+00:00", "title": "Harwick library", "text": t}
        for i, o, t in REPORTS
    ]
    with TestClient(app, base_url=BASE) as c:
        assert c.post("/api/articles", json={"articles": records}).status_code == 201
        yield c


def _story(client) -> dict:
    stories = client.get("/api/stories").json()["stories"]
    return next(s for s in stories if "weekly" in s["articles"])


def test_api_lists_every_outlets_figure_and_the_silent_one(client):
    comparison = client.get(f"/api/stories/{_story(client)['id']}").json()["comparison"]
    assert comparison["schema"] == "parallax.comparison/3"
    numbers = [c for f in comparison["facts"] for c in f["conflicts"] if c["kind"] == "number"]
    seats = next(c for c in numbers if c.get("unit") == "seat")
    assert seats["values"] == {"post": [120.0], "herald": [150.0], "weekly": [120.0]}
    assert seats["outside"]["weekly"].endswith("after the Harwick city council approved it on Tuesday.")
    cost = next(c for c in numbers if c.get("unit") == "€")
    assert cost["silent"] == ["weekly"]


def test_story_page_names_the_silent_outlet_and_the_unaligned_sentence_escaped(client):
    page = client.get(f"/stories/{_story(client)['id']}").text
    section = page.split('id="conflicts"')[1].split("</section>")[0]
    assert "not aligned with this fact" in section and "of the new Harwick library, with 120 reading seats" in section
    assert "No such figure:" in section and "Harwick &lt;i&gt;Weekly&lt;/i&gt;" in section
    assert "<i>Weekly</i>" not in page and "<b>Construction</b>" not in page
