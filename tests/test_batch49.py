"""batch49: a copy with a changed figure is a near-duplicate (and its change is compared); a re-read time from a
better source records that source; bad input of every kind; an edited file replaces its old text's analysis."""

from __future__ import annotations

import json
from pathlib import Path

from parallax.config import Options
from parallax.ingest import content_hash
from parallax.records import Article
from parallax.store import open_store
from tests.conftest import cli
from tests.helpers import KIRKUK_WIRE

# ------------------------------------------------------------------ 1. near-duplicates with a changed figure

# a shorter reprint: the first paragraph, with the toll changed
CUT = (
    "A car bomb exploded near a police station in the northern city of Kirkuk on Sunday morning, killing 14 people "
    "and wounding at least 30 others, local officials said. The blast destroyed several shops and vehicles nearby. "
    "No group has claimed responsibility for the attack."
)
BRIEF = (
    "Fire crews in the Polish port city of Gdynia put out a blaze at a grain warehouse late on Monday, the fire "
    "service said. Three people were taken to hospital with smoke inhalation and 40 firefighters were sent."
)


def _article(ident: str, text: str, published: str = "2026-11-30", outlet: str | None = None) -> Article:
    return Article(id=ident, text=text, published=published, content_hash=content_hash(text), language="en", outlet=outlet or ident)


def _groups(*articles: Article) -> list[dict]:
    from parallax.stories import cluster_articles

    return cluster_articles(list(articles), Options(embedder="hashing")).near_duplicates


def test_a_cut_copy_with_a_changed_figure_is_a_near_duplicate() -> None:
    (group,) = _groups(_article("a-wire", KIRKUK_WIRE), _article("b-copy", CUT))
    assert group["original"] == "a-wire" and group["articles"] == ["a-wire", "b-copy"]


def test_a_short_brief_copied_whole_with_a_changed_figure_is_a_near_duplicate() -> None:
    changed = BRIEF.replace("40 firefighters", "45 firefighters")
    (group,) = _groups(_article("a-wire", BRIEF), _article("b-copy", changed))
    assert sorted(group["articles"]) == ["a-wire", "b-copy"]


def test_unrelated_short_briefs_and_templated_reports_stay_apart() -> None:
    other = (
        "Fire crews in the Spanish city of Valencia put out a blaze at a furniture factory early on Friday, the "
        "regional emergency service said. Nobody was hurt, but the roof of the building collapsed."
    )
    assert _groups(_article("a", BRIEF), _article("b", other)) == []
    market = "The euro rose {} percent to {} dollars, the pound fell {} percent to {} dollars and gold gained {} percent to {} dollars an ounce in London trading, dealers said."
    monday = market.format("0.4", "1.0850", "0.2", "1.2710", "1.1", "2,031")
    tuesday = market.format("0.3", "1.0912", "0.6", "1.2644", "0.8", "2,047")
    assert _groups(_article("mon", monday, "2026-11-30"), _article("tue", tuesday, "2026-11-30")) == []


def test_run_flags_the_copy_and_still_reports_the_changed_figure(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "wire.txt").write_text("Car bomb kills 12 in Kirkuk\n\n" + KIRKUK_WIRE + "\n", encoding="utf-8")
    (inputs / "copy.txt").write_text("Kirkuk car bomb kills 14\n\n" + CUT + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = cli("run", inputs, "--store", tmp_path / "s.sqlite", "--out", out, "--published", "2026-11-30", "--embedder", "hashing")
    assert code == 0, err
    data = json.loads((out / "stories.json").read_text(encoding="utf-8"))
    (group,) = data["near_duplicates"]
    assert sorted(group["articles"]) == ["copy", "wire"] and group["original"] == "wire"
    (story,) = data["stories"]
    comparison = json.loads((out / "stories" / f"{story['id']}.json").read_text(encoding="utf-8"))
    (copy,) = comparison["settings"]["copies"]
    assert copy["id"] == "copy" and copy["of"] == "wire"
    (changed,) = copy["changed"]
    assert "12 people" in changed["original"] and "14 people" in changed["text"]
    assert [c["kind"] for c in changed["conflicts"]] == ["number"]
    assert "14 people" in (out / "stories" / f"{story['id']}.txt").read_text(encoding="utf-8")


# ------------------------------------------------------------------ 2. the same time from a better source


def test_the_same_time_reread_from_the_page_records_the_better_source(tmp_path: Path) -> None:
    body = "The council approved the new budget on Tuesday after a debate that lasted six hours, officials said."
    given = Article(
        id="d", text=body, url="https://w.example/d", published="2026-01-05", published_from="given", content_hash=content_hash(body)
    )
    with open_store(tmp_path / "s.sqlite") as store:
        store.add_articles([given])
        own = Article(id="d", text=body, url="https://w.example/d", published="2026-01-05")  # the page's own metadata
        assert store.correct_metadata(own)
        held = store.get_article("d")
        assert (held.published, held.published_from) == ("2026-01-05", None)
        # and the weaker source, read again with the same time, does not take it back
        assert store.correct_metadata(Article(**{**own.to_dict(), "published_from": "capture"})) == []
        assert store.get_article("d").published_from is None


# ------------------------------------------------------------------ 4. a file edited between two runs

FIRE = (
    "A fire destroyed a warehouse in the port of Gdynia on Monday night, the city's fire service said. Forty "
    "firefighters fought the blaze for six hours. No one was injured, the port authority said."
)
FIRE_EDITED = (
    "A fire destroyed a warehouse in the port of Gdynia on Monday night, killing two workers, the city's fire service "
    "said. Sixty firefighters fought the blaze for nine hours. Prosecutors opened an inquiry."
)
QUAKE = (
    "A magnitude 6.2 earthquake struck southern Peru on Tuesday, officials said. At least 14 people were killed in the "
    "town of Arequipa. The president declared a state of emergency."
)


def _run(inputs: Path, tmp_path: Path) -> dict:
    out = tmp_path / "out"
    code, _, err = cli("run", inputs, "--store", tmp_path / "s.sqlite", "--out", out, "--published", "2026-11-30", "--embedder", "hashing")
    assert code == 0, err
    return json.loads((out / "stories.json").read_text(encoding="utf-8"))


def test_a_file_edited_between_runs_replaces_its_old_text(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "fire.txt").write_text("Warehouse fire in Gdynia\n\n" + FIRE + "\n", encoding="utf-8")
    (inputs / "quake.txt").write_text("Earthquake in Peru\n\n" + QUAKE + "\n", encoding="utf-8")
    _run(inputs, tmp_path)
    (inputs / "fire.txt").write_text("Warehouse fire in Gdynia kills two\n\n" + FIRE_EDITED + "\n", encoding="utf-8")
    data = _run(inputs, tmp_path)
    members = sorted(a for s in data["stories"] for a in s["articles"])
    assert members == ["fire", "quake"]  # one fire article, in one story: the old version is gone
    (story,) = [s for s in data["stories"] if "fire" in s["articles"]]
    assert story["title"] == "Warehouse fire in Gdynia kills two"
    with open_store(tmp_path / "s.sqlite") as store:
        assert store.count_articles() == 2
        fire = store.get_article("fire")
        assert fire.text == FIRE_EDITED and any("Sixty firefighters" in s.text for s in fire.sentences)
        assert [s["articles"] for s in store.stories() if "fire" in s["articles"]] == [["fire"]]


def test_an_edited_jsonl_record_replaces_its_old_text(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    line = {"id": "fire", "outlet": "Baltic Wire", "title": "Fire", "published": "2026-11-30T08:00:00Z"}
    quake = json.dumps({"id": "quake", "text": QUAKE, "published": "2026-11-30"})
    (inputs / "feed.jsonl").write_text(json.dumps({**line, "text": FIRE}) + "\n" + quake + "\n", encoding="utf-8")
    _run(inputs, tmp_path)
    # the record edited, and a line added above it (its position in the file moves)
    (inputs / "feed.jsonl").write_text(quake + "\n" + json.dumps({**line, "text": FIRE_EDITED}) + "\n", encoding="utf-8")
    data = _run(inputs, tmp_path)
    assert sorted(a for s in data["stories"] for a in s["articles"]) == ["fire", "quake"]
    with open_store(tmp_path / "s.sqlite") as store:
        assert store.get_article("fire").text == FIRE_EDITED and store.count_articles() == 2


def test_the_same_id_from_another_file_or_without_a_file_keeps_both_versions(tmp_path: Path) -> None:
    def version(text: str, source: str | None) -> Article:
        return Article(id="fire", text=text, source=source, published="2026-11-30", content_hash=content_hash(text))

    with open_store(tmp_path / "s.sqlite") as store:
        store.add_articles([version(FIRE, "a/fire.txt")], edits=True)
        [other] = store.add_articles([version(FIRE_EDITED, "b/fire.txt")], edits=True)  # two folders, one name
        [third] = store.add_articles([version(QUAKE, None)], edits=True)  # no file recorded
        assert other.id.startswith("fire@") and third.id.startswith("fire@")
        [again] = store.add_articles([version(FIRE.replace("Forty", "Fifty"), "a/fire.txt")])  # edits not asked for
        assert again.id.startswith("fire@") and store.get_article("fire").text == FIRE
        [edited] = store.add_articles([version(FIRE.replace("Forty", "Eighty"), "a/fire.txt")], edits=True)
        assert edited.id == "fire" and "Eighty" in store.get_article("fire").text and store.count_articles() == 4


# ------------------------------------------------------------------ 3. bad input of every kind

ACCENTED = "Les ministres se sont réunis à Riga lundi pour signer un pacte protégeant les câbles sous-marins, à Genève."


def test_a_latin1_feed_that_does_not_say_so_is_decoded(tmp_path: Path) -> None:
    import gzip

    rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Pacte signé</title><link>https://w.example/a</link><description>{ACCENTED}</description></item></channel></rss>'
    atom = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><entry><title>Pacte</title><id>urn:x:1</id><content type="text">{ACCENTED}</content></entry></feed>'
    declared = rss.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-8"?>')  # declared UTF-8, written in Latin-1
    for name, data in (("a.rss", rss), ("b.atom", atom), ("c.xml", declared)):
        (tmp_path / name).write_bytes(data.encode("latin-1"))
        (tmp_path / f"{name}.gz").write_bytes(gzip.compress(data.encode("latin-1")))
        for path in (tmp_path / name, tmp_path / f"{name}.gz"):
            code, out, err = cli("ingest", path)
            assert code == 0, err
            assert json.loads(out)["text"] == ACCENTED
    # a feed that declares Latin-1 is read by the parser, as before
    (tmp_path / "d.rss").write_bytes(rss.replace('version="1.0"?>', 'version="1.0" encoding="ISO-8859-1"?>').encode("latin-1"))
    assert json.loads(cli("ingest", tmp_path / "d.rss")[1])["text"] == ACCENTED


def test_skipped_records_are_counted_and_the_good_ones_kept(tmp_path: Path) -> None:
    good = "Ministers met in Riga on Monday to sign a pact protecting undersea cables. The agreement takes effect in June."
    lines = [
        json.dumps({"id": "g1", "text": good, "published": "2026-11-30"}),
        "{not json",
        json.dumps({"id": "g2", "text": good + " Second.", "published": "2026-11-30"}),
        json.dumps({"id": "b", "text": 5}),
        json.dumps([1, 2]),
        json.dumps({"id": "g3", "text": good + " Third.", "published": "2026-11-30"}),
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = cli("ingest", path)
    assert (
        code == 2
        and err.strip() == f"parallax: error: {path}:2: invalid JSON (Expecting property name enclosed in double quotes, column 2)"
    )
    code, out, err = cli("ingest", path, "--skip-bad")
    assert code == 0 and [json.loads(line)["id"] for line in out.splitlines()] == ["g1", "g2", "g3"]
    assert "3 inputs or records skipped (named above), 3 articles read" in err and "Traceback" not in err
    code, _, err = cli(
        "run", path, "--skip-bad", "--store", tmp_path / "s.sqlite", "--out", tmp_path / "out", "--embedder", "hashing", "--no-html"
    )
    assert code == 0 and "3 articles read (3 new, 3 bad skipped)" in err, err


EVIL = (
    '<script>alert(1)</script><img src=x onerror=alert(2)><svg onload=alert(3)></svg><a href="javascript:alert(4)">link</a>'
    "<style>body{background:url(javascript:alert(5))}</style>"
)


def _hostile(page: str) -> list[str]:
    """What in a served or written page would run: an event handler attribute, a javascript: address, or a script or
    style that carries the input's alert (the page's own scripts and styles carry none). Read as a parser reads the
    page, so escaped text that shows the markup ("&lt;img onerror=...") is no finding."""
    import lxml.html

    found = []
    for el in lxml.html.document_fromstring(page).iter():
        if not isinstance(el.tag, str):
            continue
        found += [f"{el.tag} {k}" for k in el.attrib if k.lower().startswith("on")]
        found += [
            f"{el.tag} {k}" for k, v in el.attrib.items() if k in ("href", "src", "action") and v.strip().lower().startswith("javascript:")
        ]
        if el.tag in ("script", "style") and "alert(" in (el.text or ""):
            found.append(el.tag)
    return found


def _hostile_inputs() -> tuple[str, str]:
    body = (
        "Energy ministers from eight Baltic Sea states signed a pact in Tallinn on Tuesday to protect undersea cables "
        "after a power link was damaged. The fund is worth 240 million euros, officials said."
    )
    page = (
        f'<html><head><title>Pact {EVIL}</title><link rel="canonical" href="javascript:alert(6)">'
        '<meta property="article:published_time" content="2026-03-04T06:30:00Z"></head><body onload="alert(7)"><article>'
        f'<h1 onclick="alert(8)">Baltic pact <svg onload=alert(9)></svg> signed</h1><p onmouseover="alert(10)">{body}</p>{EVIL}'
        f'<p>{body.replace("240", "300")}</p><iframe src="javascript:alert(11)"></iframe></article></body></html>'
    )
    escaped = (body.replace("Tuesday", "Monday") + " " + EVIL).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire &lt;script&gt;alert(12)&lt;/script&gt;</title>'
        "<item><title>Baltic deal &lt;img src=x onerror=alert(13)&gt;</title><link>javascript:alert(14)</link>"
        f"<pubDate>Tue, 03 Mar 2026 20:10:00 GMT</pubDate><description>{escaped}</description></item></channel></rss>"
    )
    return page, feed


def test_hostile_markup_reaches_neither_the_report_nor_the_web_app(tmp_path: Path) -> None:
    import gzip
    import warnings

    page, feed = _hostile_inputs()
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "evil.html").write_text(page, encoding="utf-8")
    (inputs / "evil.rss.gz").write_bytes(gzip.compress(feed.encode("utf-8")))
    code, _, err = cli("run", inputs, "--store", tmp_path / "s.sqlite", "--out", tmp_path / "out", "--embedder", "hashing")
    assert code == 0, err
    reports = list((tmp_path / "out" / "stories").glob("*.html"))
    assert reports and [_hostile(r.read_text(encoding="utf-8")) for r in reports] == [[]] * len(reports)

    from parallax.web.app import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from fastapi.testclient import TestClient

    base = "http://127.0.0.1:8000"
    with TestClient(create_app(tmp_path / "web.sqlite", options=Options(embedder="hashing")), base_url=base) as client:
        files = [("files", ("evil.html", page.encode(), "text/html")), ("files", ("evil.rss", feed.encode(), "application/rss+xml"))]
        r = client.post("/api/files", files=files, headers={"Origin": base})
        assert r.status_code == 201 and len(r.json()["added"]) == 2, r.text
        pages = [client.get("/").text, client.get("/", params={"q": EVIL}).text]
        for story in client.get("/api/stories").json()["stories"]:
            pages.append(client.get(f"/stories/{story['id']}").text)
            pages += [client.get(f"/articles/{a}").text for a in story["articles"]]
        assert len(pages) >= 4 and [_hostile(p) for p in pages] == [[]] * len(pages)


def test_a_page_with_one_text_too_long_to_parse_names_the_length(tmp_path: Path) -> None:
    words = "word " * 2_200_000  # 11 MB in one paragraph: under the file limit, over what the HTML parser reads
    page = tmp_path / "long.html"
    page.write_text(f"<html><body><article><h1>Long</h1><p>{words}</p></article></body></html>", encoding="utf-8")
    code, _, err = cli("ingest", page)
    assert code == 2 and "Traceback" not in err
    assert (
        err.strip()
        == f"parallax: error: {page}: a text of the page runs over 10,000,000 characters without markup: longer than the HTML parser reads"
    )


def test_a_page_date_guessed_from_its_text_gives_way_to_the_same_date_in_its_metadata(tmp_path: Path) -> None:
    from parallax.ingest import load_paths

    body = (
        '<p class="date">Published 30 November 2026</p><p>The council approved the new budget on Tuesday after a debate that lasted six '
        "hours, officials said. The vote was 31 to 20, with two abstentions.</p><p>The budget raises spending on schools "
        "and roads and cuts the city's debt, the mayor said after the vote.</p>"
    )
    head = '<title>Budget approved</title><link rel="canonical" href="https://city.example/budget">'
    meta = '<meta property="article:published_time" content="2026-11-30">'
    (tmp_path / "a.html").write_text(f"<html><head>{head}</head><body><article>{body}</article></body></html>", encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><head>{head}{meta}</head><body><article>{body}</article></body></html>", encoding="utf-8")
    [guessed] = load_paths([str(tmp_path / "a.html")])
    [own] = load_paths([str(tmp_path / "b.html")])
    assert (guessed.published, guessed.published_from) == ("2026-11-30", "guessed")
    assert (own.published, own.published_from, own.text) == ("2026-11-30", None, guessed.text)
    with open_store(tmp_path / "s.sqlite") as store:
        store.add_articles([guessed])
        store.add_articles([own])  # the same text from the same page: its metadata's time is the better source
        assert store.get_article(guessed.id).published_from is None
        capture = Article(**{**guessed.to_dict(), "published": "2026-12-02T10:00:00Z", "published_from": "capture"})
        assert store.correct_metadata(capture) == []  # a crawl's time does not replace a page's own
