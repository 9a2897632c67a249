"""End-to-end QA in Greek, Hungarian and Czech: invented reports of one event (a landslide, a plant explosion, a
tram collision) told by two or three outlets, trimmed to the behaviour each test checks.  Found: a Hungarian
dateline with the year first under a standfirst stayed in the report's first sentence (its date then met the other
outlet's weekday and hid the conflict), and "egy hónapra" (for a month) was no duration."""

from __future__ import annotations

import pytest

import parallax
from parallax.ingest.clean import clean_paragraphs
from parallax.ingest.dated_place import split_dated_place
from parallax.records import Article
from tests.helpers import resolved


@pytest.mark.parametrize(
    ("paragraph", "place", "after"),
    [
        ("Szeged, 2026. március 4. – Öt ember megsérült, amikor kigyulladt egy busz.", "Szeged", "Öt ember"),
        ("Miskolc, 2026. január 9., péntek – Leállt a villamosforgalom a belvárosban.", "Miskolc", "Leállt"),
    ],
)
def test_a_hungarian_year_first_dateline_is_split(paragraph: str, place: str, after: str) -> None:
    d = split_dated_place(paragraph, paragraph)
    assert d is not None and d.place == place and d.after.startswith(after)


def test_a_year_first_date_needs_a_weekday_or_nothing_after_it() -> None:
    text = "Szeged, 2026. március 4., Kovács – Öt ember megsérült, amikor kigyulladt egy busz."
    assert split_dated_place(text, text) is None


def test_a_full_dateline_under_a_standfirst_is_split_and_a_short_one_is_not() -> None:
    standfirst = "A mentők több sérültet kórházba szállítottak."
    report = "Öt ember megsérült szerdán, amikor kigyulladt egy busz a belvárosban."
    cleaned = clean_paragraphs([standfirst, f"Szeged, 2026. március 4. – {report}"])
    assert "Szeged" not in cleaned.text and report in cleaned.text and cleaned.dateline == "Szeged"
    # without a year a later paragraph may be prose: it stays as it was written
    czech = "Plzeň, 4. března – Pět lidí se zranilo při požáru autobusu v centru města."
    cleaned = clean_paragraphs(["Hasiči zasahovali dvě hodiny.", czech])
    assert czech in cleaned.text


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("A gyárat egy hónapra bezárták.", "P1M"),
        ("Az utat három hónapra lezárták.", "P3M"),
        ("A szerződést két évre hosszabbították meg.", "P2Y"),
    ],
)
def test_a_hungarian_sublative_month_or_year_is_a_duration(sentence: str, value: str) -> None:
    assert value in resolved("hu", sentence, "2026-03-04").values()


def _compare(texts: list[str], lang: str, published: str) -> dict:
    arts = [Article(id=f"a{i}", text=t, language=lang, outlet=f"O{i}", published=published) for i, t in enumerate(texts)]
    return parallax.compare(arts).to_dict()


def test_hungarian_weekday_and_duration_conflicts_are_found_under_a_dateline() -> None:
    a = (
        "A lángokat órák alatt fékezték meg a tűzoltók.\n\n"
        "Szeged, 2026. március 4. – Öt ember megsérült kedden este, amikor kigyulladt egy busz a Tisza-parton.\n\n"
        "A buszpályaudvart két hétre bezárták, közölte a közlekedési társaság."
    )
    b = (
        "A tűzoltók órákig dolgoztak a lángok megfékezésén.\n\n"
        "Öt ember megsérült hétfőn este, amikor kigyulladt egy busz a Tisza-parton.\n\n"
        "A buszpályaudvart egy hónapra bezárták, közölte a közlekedési társaság."
    )
    d = _compare([a, b], "hu", "2026-03-04T12:00:00+01:00")
    conflicts = str([f["conflicts"] for f in d["facts"] if f.get("conflicts")])
    assert "2026-03-03TEV" in conflicts and "2026-03-02TEV" in conflicts  # kedden / hétfőn, not the dateline's date
    assert "P2W" in conflicts and "P1M" in conflicts


@pytest.mark.parametrize(
    "line",
    [
        "Ezt is olvasta már? Elsüllyedt egy komp a Dunán",
        "Ezt olvastad már? Új hidat építenek Pécsen",
        "Mohlo by vás zajímat: Vlak vykolejil u Přerova",
        "Související články",
    ],
)
def test_a_hungarian_or_czech_read_also_line_is_dropped(line: str) -> None:
    body = "Öt ember megsérült szerdán, amikor kigyulladt egy busz a belvárosban."
    cleaned = clean_paragraphs([body, "A rendőrség vizsgálja a tűz okát.", line])
    assert line not in cleaned.text and "A rendőrség vizsgálja" in cleaned.text


def test_a_sentence_about_reading_stays() -> None:
    line = "Ezt is olvasta a miniszter, mielőtt aláírta a rendeletet a múlt héten."
    cleaned = clean_paragraphs(["Öt ember megsérült szerdán, amikor kigyulladt egy busz a belvárosban.", line])
    assert line in cleaned.text


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Η γραμμή θα μείνει κλειστή για έναν μήνα.", "P1M"),
        ("Η απαγόρευση διάρκειας μιας εβδομάδας ισχύει από σήμερα.", "P1W"),
        ("Μετά από αναμονή τριών μηνών άνοιξε ο δρόμος.", "P3M"),
    ],
)
def test_a_declined_greek_one_or_three_makes_a_duration(sentence: str, value: str) -> None:
    assert value in resolved("el", sentence, "2026-03-04").values()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Szinte minden lakót kitelepítettünk a faluból.", "Minden lakót kitelepítettünk a faluból."),
        ("Podařilo se zachránit téměř všechny cestující z vlaku.", "Všechny cestující z vlaku."),
        ("Μόνο τρία σπίτια έμειναν όρθια στο χωριό.", "Τρία σπίτια έμειναν όρθια στο χωριό."),
        ("We rescued almost everyone from the flooded village.", "everyone from the flooded village."),
    ],
)
def test_a_quotation_cut_after_its_qualifier_is_altered(a: str, b: str) -> None:
    from parallax.compare.quote_fidelity import relation

    assert relation(a, b) == "altered"


def test_a_quotation_cut_elsewhere_stays_trimmed() -> None:
    from parallax.compare.quote_fidelity import relation

    assert relation("A tűz negyven perc alatt terjedt át a raktárra, és mindent elpusztított.", "A tűz negyven perc alatt terjedt át a raktárra") == "trimmed"
    assert relation("Csak a szél segített, a tűz gyorsan terjedt a raktár felé.", "a tűz gyorsan terjedt a raktár felé") == "trimmed"


def test_hungarian_quote_with_almost_added_conflicts() -> None:
    a = "„Mindenkit kimentettünk az égő épületből” – mondta Fodor Zsolt tűzoltóparancsnok.\n\nA tűz kedden ütött ki."
    b = "„Szinte mindenkit kimentettünk az égő épületből” – mondta Fodor Zsolt tűzoltóparancsnok.\n\nA tűz kedden ütött ki."
    d = _compare([a, b], "hu", "2026-03-04T12:00:00+01:00")
    assert [q["fidelity"] for q in d["quotes"]] == ["altered"]
    assert any(c["kind"] == "quote" for f in d["facts"] for c in f.get("conflicts", []))
