"""Ingest: readers, cleaning rules, encodings and bad input."""

from __future__ import annotations

import gzip
import json

import pytest

import parallax
from parallax.errors import InputError
from parallax.ingest.boilerplate import boilerplate_reason
from parallax.ingest.clean import clean_paragraphs
from parallax.ingest.datelines import split_dateline
from parallax.ingest.decode import _reads_as_its_script, decode_bytes


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to continue reading",
        "Sign up for our daily newsletter!",
        "We use cookies to improve your experience.",
        "Share this article",
        "© 2026 Harbor Times. All rights reserved.",
        "By clicking Accept, you agree to our Terms of Use.",
        "Jetzt Newsletter abonnieren",
        "Abonnez-vous à notre lettre d'information",
    ],
)
def test_boilerplate_lines(line):
    assert boilerplate_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The company sent a newsletter to employees announcing 300 job cuts.",
        "Subscriptions to the service rose by 12 percent last year, the regulator said.",
        '"Sign up now," the recruiter told the crowd of students.',
    ],
)
def test_reporting_is_not_boilerplate(line):
    assert boilerplate_reason(line) is None


def test_trailing_label_removed():
    cleaned = clean_paragraphs(["The talks ended on Friday.", "Source:"])
    assert cleaned.removed == ["Source:"] and cleaned.text == "The talks ended on Friday."


@pytest.mark.parametrize(
    ("para", "place", "rest"),
    [
        ("BRUSSELS (Reuters) - Ministers met.", "BRUSSELS", "Ministers met."),
        ("WASHINGTON, D.C. -- The Senate voted.", "WASHINGTON, D.C.", "The Senate voted."),
        ("TALLINN — Estonia signed.", "TALLINN", "Estonia signed."),
        ("Standfirst here.LONDON -- NATO agreed.", "LONDON", "NATO agreed."),
        ("BRENNTAL. Am Sonntagmorgen haben Aktivisten die Zufahrt blockiert.", "BRENNTAL", "Am Sonntagmorgen haben Aktivisten die Zufahrt blockiert."),
        # the wire forms: a date, an agency, a place in any case, the agency first
        ("LONDON, March 22 (Reuters) - Ministers met.", "LONDON", "Ministers met."),
        ("LONDON, March 22 - Ministers met.", "LONDON", "Ministers met."),
        ("Paris (AFP) - Le gouvernement a annoncé.", "Paris", "Le gouvernement a annoncé."),
        ("Hamburg (dpa/lno) - Der Hafen steht still.", "Hamburg", "Der Hafen steht still."),
        ("Sevilla, 15 mar (EFE).- El Gobierno aprobó el plan.", "Sevilla", "El Gobierno aprobó el plan."),
        ("(ANSA) – COMO, 14 MAR – Il lago è esondato.", "COMO", "Il lago è esondato."),
        ("ROMA, 14 sett (ANSA) - Il governo ha approvato il decreto.", "ROMA", "Il governo ha approvato il decreto."),
        # Czech writes the date without a comma; Hungarian puts a full stop after the day
        ("Rybníkov 15. dubna (ZAM) - Z chladírenského skladu unikl čpavek.", "Rybníkov", "Z chladírenského skladu unikl čpavek."),
        ("Kővárhely, április 9. (MTI) - Tűz ütött ki a raktárban.", "Kővárhely", "Tűz ütött ki a raktárban."),
        ("Стрелково, 22 април /БИА/ - Мощна експлозия разтърси склада.", "Стрелково", "Мощна експлозия разтърси склада."),
    ],
)
def test_datelines(para, place, rest):
    d = split_dateline(para)
    assert d is not None and d.place == place and d.after.strip() == rest


def test_no_dateline_in_ordinary_text():
    assert split_dateline("NATO members agreed on Thursday - finally.") is None
    assert split_dateline("The U.S. and U.K. agreed.") is None
    assert split_dateline("Mary (who asked not to be named) - said no.") is None
    assert split_dateline("Berlin (Germany) - the capital, not Bonn.") is None
    assert split_dateline("Berlin 12 Tage (dpa) - Nichts geht mehr.") is None  # a date only where a month is named


def test_jsonl_keeps_ids_and_ignores_unknown(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"id": "x1", "outlet": "O", "text": "Hello world, this is news.", "extra": 1}) + "\n")
    [a] = parallax.load([p])
    assert a.id == "x1" and a.outlet == "O"


def test_jsonl_bad_line_names_line(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "a", "text": "Fine text here."}\n{not json}\n')
    with pytest.raises(InputError) as exc:
        parallax.load([p])
    assert "bad.jsonl:2" in str(exc.value)


def test_skip_bad_goes_on(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "a", "text": "Fine text here."}\n{not json}\n{"id": "c"}\n')
    skipped = []
    arts = list(parallax.ingest.load_paths([p], skip_bad=True, on_skip=skipped.append))
    assert [a.id for a in arts] == ["a"] and len(skipped) == 2


@pytest.mark.parametrize(("content", "reason"), [(b"", "empty"), (b"\x00\x01\x02\xff" * 100, "binary")])
def test_bad_files(tmp_path, content, reason):
    p = tmp_path / "x.txt"
    p.write_bytes(content)
    with pytest.raises(InputError) as exc:
        parallax.load([p])
    assert reason in str(exc.value) and "x.txt" in str(exc.value)


def test_size_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("word " * 1000)
    with pytest.raises(InputError, match="limit"):
        parallax.load([p], max_file_bytes=100)


def test_latin1_and_gzip(tmp_path):
    p = tmp_path / "fr.txt.gz"
    p.write_bytes(gzip.compress("Le ministre a déclaré que la réunion était très importante.".encode("latin-1")))
    [a] = parallax.load([p])
    assert "déclaré" in a.text and a.id == "fr" and a.language == "fr"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Café owners in Sainte-Hélène-sur-Mer told the Préfet, José Müller, that the façade would reopen.", "latin-1"),
        ("Die Bürger von Köln haben über die Straße abgestimmt; die Mehrheit war groß.", "latin-1"),
        ("El señor Muñoz dijo que la reunión en Logroño había terminado.", "latin-1"),
        ("Předseda vlády řekl, že v Českých Budějovicích bylo zraněno dvanáct lidí a škody jsou značné.", "cp1250"),
        ("Prezydent powiedział, że w Łodzi rannych zostało dwanaście osób, a szkody są znaczne.", "cp1250"),
    ],
)
def test_short_single_byte_text_keeps_its_letters(tmp_path, text, encoding):
    """Short text decodes cleanly in several single-byte encodings: Western "è" must not become
    "č", and a Czech or Polish text in windows-1250 must keep its "ř" and "ł"."""
    p = tmp_path / "short.txt"
    p.write_bytes(text.encode(encoding))
    [a] = parallax.load([p])
    assert a.text == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        # Serbian in Cyrillic was written in windows-1251, in Latin in windows-1250: the decoding that reads as its script
        ("Председник општине рекао је да радови касне.", "cp1251"),
        ("Шумадија је добила нови пут.", "cp1251"),
        ("Ђорђе Жигић из Чачка победио је на такмичењу у Шапцу.", "cp1251"),
        ("Џеј Ђукић је рекао да ће утакмица бити одиграна у суботу.", "cp1251"),
        ("Влада Србије саопштила је у уторак да ће нови мост преко реке бити завршен до краја године.", "cp1251"),
        ("Đoković je pobedio u finalu i osvojio još jednu titulu.", "cp1250"),
        ("Đorđe Žigić iz Čačka pobedio je na takmičenju u Šapcu.", "cp1250"),
        ("Predsednik opštine rekao je da radovi kasne, a žitelji čekaju.", "cp1250"),
        # the neighbours keep their code pages
        ("Vlada je u utorak saopćila da će most biti izgrađen do kraja godine.", "cp1250"),
        ("A polgármester kedden közölte, hogy az út zárva marad.", "cp1250"),
        ("Правительство заявило во вторник, что мост будет построен.", "cp1251"),
        ("Владата во вторник соопшти дека мостот ќе биде изграден.", "cp1251"),
        ("Hélène et François sont arrivés à Besançon.", "cp1252"),
    ],
)
def test_serbian_legacy_pages_decode_in_the_code_page_of_their_script(text, encoding):
    assert decode_bytes(text.encode(encoding), "page") == text


@pytest.mark.parametrize(
    ("text", "fits"),
    [
        ("Председник општине рекао је да радови касне.", True),
        ("Predsednik opštine rekao je da radovi kasne, a žitelji čekaju.", True),
        ("Příliš žluťoučký kůň úpěl ďábelské ódy.", True),  # many accents, still mostly plain letters
        ("Компанија Apple отворила је продавницу у Београду.", True),  # a Latin name among Cyrillic words
        ("Ďđĺäńĺäíčę îďřňčíĺ đĺęŕî ńĺ.", False),  # Cyrillic read as windows-1250
        ("Рokoviж je pobedio u finalu i osvojio joљ jednu titulu.", False),  # Latin read as windows-1251
    ],
)
def test_a_decoding_reads_as_its_script(text, fits):
    assert _reads_as_its_script(text) is fits


def test_invisible_characters_removed(tmp_path):
    p = tmp_path / "z.txt"
    p.write_text("Minis\u200bters met\u202e in Riga\x00 on Monday.", encoding="utf-8")
    [a] = parallax.load([p])
    assert a.text == "Ministers met in Riga on Monday."


def test_html_metadata(tmp_path):
    html = """<!doctype html><html lang="en"><head><title>T | Site</title>
    <meta property="og:site_name" content="Harbor Times">
    <meta property="article:published_time" content="2026-03-04T06:30:00+00:00">
    <link rel="canonical" href="https://harbor.example/a"></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Ministers sign cable pact</h1>
    <p>The energy ministers of five Baltic states signed a pact on Tuesday to protect undersea cables.</p>
    <p>"We will watch every metre of this cable," Estonian Energy Minister Karl Tamm said in Tallinn on Tuesday.</p>
    <p>The agreement commits 40 patrol vessels to the Baltic Sea and takes effect in June, officials said.</p>
    </article><footer>© 2026 Harbor Times. All rights reserved.</footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(html)
    [a] = parallax.load([p])
    assert a.outlet == "Harbor Times" and a.published.startswith("2026-03-04T06:30")
    assert a.url == "https://harbor.example/a" and a.title == "Ministers sign cable pact"
    assert "Home" not in a.text and "All rights reserved" not in a.text and "40 patrol vessels" in a.text
    # what the page extraction left out is listed, so an analyst can audit it; the article is not
    removed = a.boilerplate_removed
    assert "© 2026 Harbor Times. All rights reserved." in removed and "Home World" in removed, removed
    assert not any("patrol vessels" in r or "cable pact" in r for r in removed), removed


def test_audit_list_does_not_name_a_kept_sentence_split_by_a_link(tmp_path):
    """A link before a comma ('<a>six weeks</a>, and') puts a space into the block's text; the audit
    list compares without spaces, so the kept sentence is not listed as removed."""
    html = """<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Bridge closed</h1>
    <p>The Kelby bridge closed on Monday after inspectors found cracks in two of its piers, the council said.</p>
    <p>Engineers said repairs could take up to <a href="/x">six weeks</a>, and that a ferry would run in the meantime.</p>
    <p>About 12,000 drivers cross the bridge every day, according to figures published by the council last year.</p>
    </article></body></html>"""
    p = tmp_path / "bridge.html"
    p.write_text(html)
    [a] = parallax.load([p])
    assert "six weeks, and that a ferry" in a.text
    assert not any("ferry" in r for r in a.boilerplate_removed), a.boilerplate_removed


def test_duplicate_ids_made_unique(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text("".join(json.dumps({"id": "same", "text": f"Story number {i} is here."}) + "\n" for i in range(2)))
    assert [a.id for a in parallax.load([p])] == ["same", "same~2"]


def test_published_year_zero_rejected(tmp_path):
    p = tmp_path / "y.jsonl"
    p.write_text(json.dumps({"id": "y", "text": "Some text here.", "published": "0000-01-01"}) + "\n")
    with pytest.raises(InputError, match="published"):
        parallax.load([p])


_BODY = """<p>The energy ministers of five Baltic states signed a pact on Tuesday to protect undersea cables.</p>
    <p>"We will watch every metre of this cable," Estonian Energy Minister Karl Tamm said in Tallinn on Tuesday.</p>
    <p>The agreement commits 40 patrol vessels to the Baltic Sea and takes effect in June, officials said.</p>"""


def test_html_publication_time_site_name_and_outlet_from_the_page(tmp_path):
    """The article's own <time>, not a ticker's before it; the site name that the <title> appends
    is no part of the headline, and names the outlet when nothing else does."""
    html = f"""<!doctype html><html lang="en"><head><title>Ministers sign cable pact – Baltic Ledger</title></head><body>
    <div class="ticker"><time datetime="2026-03-06T09:41:00+01:00">09:41</time> <a href="/x">Other story</a></div>
    <aside class="most-read"><time datetime="2026-03-05T10:00:00+01:00">Yesterday</time> <a href="/y">Popular story</a></aside>
    <article><header><h1>Ministers sign cable pact</h1><p class="byline">By Ann Lee,
    <time datetime="2026-03-04T06:30:00+01:00">4 March 2026</time></p></header>{_BODY}</article></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [a] = parallax.load([tmp_path / "page.html"])
    assert a.published.startswith("2026-03-04T06:30") and a.title == "Ministers sign cable pact" and a.outlet == "Baltic Ledger"


def test_html_publication_time_in_the_headline_header_outside_an_article_element(tmp_path):
    html = f"""<!doctype html><html lang="en"><head><title>Ministers sign cable pact</title></head><body>
    <header class="site"><time datetime="2026-03-06T09:41:00+01:00">Friday</time></header>
    <section class="post"><header class="post-header"><h1>Ministers sign cable pact</h1><p class="post-byline">Ann Lee |
    <time datetime="2026-03-04T06:30:00+01:00">4 March 2026</time></p></header><div class="post-content">{_BODY}</div></section></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [a] = parallax.load([tmp_path / "page.html"])
    assert a.published.startswith("2026-03-04T06:30")


def test_html_declared_language_gives_way_to_a_clearly_different_text(tmp_path):
    body = "".join(f"<p>{s}</p>" for s in (
        "Il traghetto della linea Como-Bellagio è rimasto in avaria per due ore al largo di Bellagio.",
        "I vigili del fuoco hanno soccorso ottanta passeggeri, nessuno dei quali è rimasto ferito.",
        "La navigazione sul lago riprenderà domani mattina dopo le verifiche tecniche sul motore."))
    html = f'<!doctype html><html lang="en-US"><head><title>Traghetto in avaria</title></head><body><article><h1>Traghetto in avaria</h1>{body}</article></body></html>'
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    [a] = parallax.load([tmp_path / "p.html"])
    assert a.language == "it"


@pytest.mark.parametrize(
    "line",
    [
        "Pour ne rien manquer de l'actualité économique, abonnez-vous à notre newsletter.",
        "Para no perderte nada de la actualidad económica, suscríbete a nuestro boletín.",
        "Mehr Nachrichten aus der Wirtschaft gibt es jeden Morgen in unserem kostenlosen Newsletter.",
    ],
)
def test_a_closing_call_in_the_outlets_own_voice_is_boilerplate(line):
    assert boilerplate_reason(line, is_last=True) == "newsletter or sign-up"
    # in the middle of a text, "unsere" is reporting ("auf unsere Anfrage")
    assert boilerplate_reason("Der Stadtrat hat unsere Anfrage zum Newsletter-Projekt beantwortet und die Kosten genannt.") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Το πλοίο μετέφερε 312 επιβάτες από τον Πειραιά προς την Αμοργό όταν ξέσπασε η φωτιά.", "el"),
        ("ראש העיר אמר לכתבים כי המצב בשליטה וכי הכביש ייפתח מחר בבוקר.", "he"),
        ("서울 도심의 한 건물에서 화재가 발생해 12명이 숨졌다고 경찰이 밝혔다.", "ko"),
        # a short sentence in a common language stays there, not with a close relative
        ("9 человек погибли при пожаре на складе.", "ru"),
        ("The ferry carried 312 passengers from Piraeus.", "en"),
    ],
)
def test_languages_outside_the_common_set_are_named_when_the_identifier_is_sure(text, language):
    from parallax.config import Options
    from parallax.ingest.language import detect_language

    options = Options()
    assert detect_language(text, options.languages, options.more_languages) == language


def test_a_page_that_says_latin_1_but_is_in_gbk_is_decoded_by_its_bytes():
    from parallax.ingest.decode import decode_bytes

    body = "江苏盐城一家化工厂发生爆炸，死亡人数已升至八人，另有二十一人受伤。" * 3
    page = f'<html><head><meta charset="iso-8859-1"><title>化工厂爆炸</title></head><body><p>{body}</p></body></html>'
    assert body in decode_bytes(page.encode("gbk"), "zh.html", html=True)
    western = '<html><head><meta charset="iso-8859-1"></head><body><p>Le préfet a évoqué une « opération délicate » à Genève.</p></body></html>'
    assert "préfet" in decode_bytes(western.encode("latin-1"), "fr.html", html=True)


@pytest.mark.parametrize("line", ["南方快报记者 陈静 | 2025-11-18", "日本速報編集部 | 2025-02-21", "Jane Doe · 21.02.2025"])
def test_a_byline_with_its_date_is_no_body_line(line):
    from parallax.ingest.line_filters import line_reason

    assert line_reason(line) == "byline"
    assert line_reason("The toll rose to 12 | officials said on 2025-11-18 that more had died.") is None


def test_a_page_of_menus_only_has_no_article(tmp_path):
    items = "".join(f'<li><a href="/{i}">{w}</a></li>' for i, w in enumerate(["Home", "World news", "Business", "Sport", "Culture", "Video"]))
    (tmp_path / "menu.html").write_text(f"<html><head><title>Home | Ledger</title></head><body><nav><ul>{items}</ul></nav></body></html>", encoding="utf-8")
    with pytest.raises(parallax.InputError, match="no article text"):
        parallax.load([tmp_path / "menu.html"])


def test_joiners_stay_inside_words_only():
    """Persian and the Indic scripts spell words with the zero-width (non-)joiner; alone it hides text."""
    from parallax.ingest.clean import normalize

    assert normalize("زمین\u200cلرزه") == "زمین\u200cلرزه"
    assert normalize("क्\u200dष") == "क्\u200dष"
    assert normalize("a\u200c b \u200c\u200d x\u200d") == "a b x"


def test_a_day_in_the_metadata_takes_the_time_the_article_gives():
    """A ``<meta name="date">`` with the day alone and the article's ``<time datetime>`` of that day: the
    time of day is kept; a time of another day does not replace the metadata's."""
    from parallax.ingest.html import article_from_html

    page = (
        '<html><head><meta name="date" content="2026-03-10"><title>Dam bursts</title></head><body><article>'
        '<h1>Dam bursts</h1><time datetime="{when}">10 March</time>'
        + "<p>The dam above the valley burst early on Tuesday, flooding the lower town and forcing hundreds from their homes.</p>" * 3
        + "</article></body></html>"
    )
    assert article_from_html(page.format(when="2026-03-10T18:05:00+02:00"), "a", "a.html").published == "2026-03-10T18:05:00+02:00"
    assert article_from_html(page.format(when="2026-03-11T08:00:00+02:00"), "a", "a.html").published == "2026-03-10"


def test_skip_bad_keeps_the_records_after_an_empty_one(tmp_path):
    """A record whose text cleans to nothing is skipped alone: the file's later records are still read."""
    p = tmp_path / "mixed.jsonl"
    rows = [{"id": "a", "text": "The council approved the budget on Monday after a long debate."},
            {"id": "b", "text": "Advertisement"},
            {"id": "c", "text": "Firefighters contained the blaze near the harbour by late evening."},
            {"id": "d", "text": "The ferry resumed service once the storm had passed the coast."}]
    p.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    skipped = []
    arts = list(parallax.ingest.load_paths([p], skip_bad=True, on_skip=skipped.append))
    assert [a.id for a in arts] == ["a", "c", "d"]
    assert len(skipped) == 1 and "mixed.jsonl" in str(skipped[0])
    with pytest.raises(parallax.ingest.InputError):
        list(parallax.ingest.load_paths([p]))
