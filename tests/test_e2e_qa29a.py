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


@pytest.mark.parametrize(
    ("lang", "sentence", "value"),
    [
        ("hu", "A mentés huszonöt percig tartott a romok alatt.", "PT25M"),
        ("hu", "A gátat negyven napra lezárták.", "P40D"),
        ("cs", "Lidé čekali v mrazu patnáct minut.", "PT15M"),
        ("cs", "Oprava potrvá dvacet pět dní.", "P25D"),
        ("el", "Οι διασώστες έψαχναν για είκοσι λεπτά.", "PT20M"),
        ("el", "Η μάχη με τις φλόγες κράτησε είκοσι τέσσερις ώρες.", "PT24H"),
    ],
)
def test_a_duration_written_in_words_above_twelve(lang: str, sentence: str, value: str) -> None:
    assert value in resolved(lang, sentence, "2026-03-04").values()


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("hu", "A katonák 2000 homokzsákot raktak a gátra."),
        ("hu", "A tűzoltók 1900 embert menekítettek ki a házakból."),
        ("cs", "Vojáci rozvezli 2000 pytlů s pískem."),
    ],
)
def test_a_round_figure_before_a_counted_noun_is_no_year(lang: str, sentence: str) -> None:
    from tests.helpers import analyzed

    assert not resolved(lang, sentence, "2026-03-04")
    assert [q.value for q in analyzed(sentence, lang, "2026-03-04").quantities] in ([2000.0], [1900.0])


@pytest.mark.parametrize(
    ("lang", "sentence", "value"),
    [
        ("hu", "2000 óta nem volt ilyen árvíz a Tiszán.", "2000"),
        ("cs", "V roce 2000 byla v Praze povodeň.", "2000"),
    ],
)
def test_a_year_before_its_postposition_stays_a_year(lang: str, sentence: str, value: str) -> None:
    assert value in resolved(lang, sentence, "2026-03-04").values()


def test_a_hungarian_weekday_expected_is_the_coming_one() -> None:
    # published on a Wednesday: "szombaton várható" is the coming Saturday, not the last
    assert resolved("hu", "A tetőzés szombaton várható a folyón.", "2026-03-04T08:00:00+01:00") == {"szombaton": "2026-03-07"}


@pytest.mark.parametrize(
    "line",
    ["A cikk a hirdetés után folytatódik.", "Sdílejte článek", "Článek pokračuje pod reklamou", "Ειδήσεις σήμερα:"],
)
def test_an_advert_share_or_rubric_line_in_the_body_is_dropped(line: str) -> None:
    from parallax.ingest.line_filters import line_reason

    assert line_reason(line) is not None


def test_a_sentence_about_sharing_stays() -> None:
    from parallax.ingest.line_filters import line_reason

    assert line_reason("Sdílejte článek s přáteli, vyzval ředitel školy rodiče na schůzce.") is None


def test_an_english_word_spelled_like_a_qualifier_cuts_nothing() -> None:
    # German "fast" (almost) and Norwegian "bare" (only) are English words: "moved fast" cut off is a trim
    from parallax.compare.quote_fidelity import relation

    assert relation("We moved fast everyone got out alive", "everyone got out alive") == "trimmed"
