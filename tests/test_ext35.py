"""Session 35's extraction rules, each on small invented HTML or lines: a company profile with no heading, a
template's closing field list."""

from __future__ import annotations

from parallax.ingest.extract import main_text
from parallax.ingest.field_runs import without_closing_fields
from parallax.ingest.press_release import without_company_profile

NEWS = (
    "Harbourline and the port authority said on Tuesday that the new ferry booking system would start in May, "
    "after a year of trials on the northern routes."
)
PROFILE = (
    "Harbourline is a global provider of booking software for ferry and rail operators. Its products run "
    "on more than forty routes across Europe and Asia."
)
FACTS = "Harbourline is headquartered in Marrow, has subsidiaries in 12 countries and employs around 900 people worldwide."


def _page(*paras: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"<html><head><title>Ferry news</title></head><body><article><h1>Ferry news</h1>{body}</article></body></html>"


# ---------------------------------------------------------------- a company profile with no "About" heading


def test_a_headless_profile_after_the_release_is_cut():
    assert without_company_profile([NEWS, PROFILE, FACTS]) == [NEWS]


def test_a_headless_profile_in_german_is_cut():
    news = "Fährwerk und die Hafenbehörde haben am Dienstag ein neues Buchungssystem vorgestellt, das im Mai startet."
    profile = "Fährwerk ist ein Anbieter von Buchungssoftware für Fähren. Das Unternehmen hat seinen Hauptsitz in Kiel und beschäftigt rund 300 Mitarbeiter."
    assert without_company_profile([news, profile]) == [news]


def test_a_closing_line_with_one_fact_about_the_company_stays():
    lines = [NEWS, "Harbourline is a small firm that was founded in 2011 and has never before won a public contract of this size."]
    assert without_company_profile(lines) == lines


def test_a_profile_of_a_company_the_text_never_named_stays():
    # no news above names it: it is not the release's issuer closing its own text
    lines = ["The port authority said on Tuesday that the new system would start in May, after a year of trials.", PROFILE, FACTS]
    assert without_company_profile(lines) == lines


def test_a_headless_profile_is_cut_from_a_page():
    text = main_text(_page(NEWS, "The system replaces paper tickets on all routes, the authority said in a statement.", PROFILE, FACTS))
    assert text is not None and "headquartered" not in text and "paper tickets" in text


# ---------------------------------------------------------------- a template's closing field list


def test_a_closing_run_of_template_fields_is_cut():
    lines = [
        NEWS,
        "example.org/es/202204/ferries/26136/new-booking-system.htm",
        "PP:",
        "PC:",
        "items_count:",
        "YY:",
        "FI slug:",
        "FI name: Abril 2022",
    ]
    assert without_closing_fields(lines) == [NEWS]


def test_a_filled_fact_box_stays():
    lines = [NEWS, "Population: 2,300", "Area: 12 km²", "Mayor: Ann Roe"]
    assert without_closing_fields(lines) == lines


def test_two_empty_labels_are_no_field_list():
    lines = [NEWS, "Tags:", "Share:"]
    assert without_closing_fields(lines) == lines


def test_template_fields_are_cut_from_a_page():
    text = main_text(
        _page(
            NEWS,
            "The system replaces paper tickets on all routes, the authority said.",
            "PP:",
            "PC:",
            "items_count:",
            "FI name: Abril 2022",
        )
    )
    assert text is not None and "items_count" not in text and "Abril" not in text and "paper tickets" in text


# ---------------------------------------------------------------- a relative time stamp on a line of its own


def test_a_relative_time_stamp_line_is_page_metadata():
    from parallax.ingest.line_filters import line_reason

    for line in ("vor 5 Stunden in Aktuelles, keine Lesermeinung", "3 hours ago", "il y a 2 jours · 4 commentaires", "hace 5 horas"):
        assert line_reason(line) == "page metadata", line


def test_a_sentence_opening_on_a_relative_time_stays():
    from parallax.ingest.relative_stamps import is_relative_stamp

    assert not is_relative_stamp("Two hours ago the fire reached the town hall.")
    assert not is_relative_stamp("3 hours ago the council voted to close the ferry route for the whole winter season")
    assert not is_relative_stamp("Vor 5 Stunden brach das Feuer aus.")


def test_a_relative_stamp_is_cut_from_a_page():
    text = main_text(
        _page(
            "vor 5 Stunden in Aktuelles, keine Lesermeinung", NEWS, "The system replaces paper tickets on all routes, the authority said."
        )
    )
    assert text is not None and "Stunden" not in text and "paper tickets" in text


# ---------------------------------------------------------------- an outlet's host name as a wordmark


def test_a_host_name_in_capitals_is_a_link_line():
    from parallax.ingest.line_filters import line_reason

    assert line_reason("BVINEWS.COM") == "link line"
    assert line_reason("WWW.EXAMPLE.ORG") == "link line"


def test_a_host_name_in_lower_case_or_in_a_sentence_stays():
    from parallax.ingest.domain_lines import is_wordmark_host

    assert not is_wordmark_host("www.example-theatre.com")  # an address for the reader
    assert not is_wordmark_host("Tickets are sold at EXAMPLE.COM.")
    assert not is_wordmark_host("U.S.")  # no host: an abbreviation


# ---------------------------------------------------------------- an Arabic dateline with a wire agency's name


def test_an_arabic_dateline_with_a_wire_agency_is_split_off():
    from parallax.ingest.clean import clean_paragraphs

    cleaned = clean_paragraphs(["الدوحة - رويترز: قال مسؤول قطري إن المحادثات ستستأنف غدا في العاصمة.", "وأضاف أن الوفود ستصل صباحا."])
    assert cleaned.dateline == "الدوحة (رويترز)" and cleaned.text.startswith("قال مسؤول")
    assert cleaned.agency == "رويترز"


def test_an_arabic_dateline_naming_an_agency_is_split_off():
    from parallax.ingest.datelines import split_dateline

    d = split_dateline("الدوحة - وكالة الأنباء القطرية: أعلنت الوزارة عن خطة جديدة للنقل.")
    assert d is not None and d.place == "الدوحة" and d.agency == "وكالة الأنباء القطرية"


def test_an_arabic_aside_before_a_colon_stays_prose():
    from parallax.ingest.datelines import split_dateline

    assert split_dateline("وأضاف - مؤكدا: إن الخطة ستنجح في العام المقبل.") is None
    assert split_dateline("وقال الوزير - متحدثا للصحفيين: إن الخطة ستنجح.") is None


# ---------------------------------------------------------------- an interview's questions between kept paragraphs


def test_a_question_between_two_kept_paragraphs_comes_back():
    from parallax.ingest.rescue import with_rescued_prose

    a = "I started as a support engineer at a small company in Leeds, answering tickets about billing and logins."
    b = "Mostly I worked nights, and I learned to read logs faster than anyone on the team could write them."
    q = "What was your first week at the paper like?"
    assert with_rescued_prose(f"{a}\n{b}", f"{a}\n{q}\n{b}") == f"{a}\n{q}\n{b}"


def test_a_question_that_is_a_link_stays_out():
    from parallax.ingest.rescue import with_rescued_prose

    a = "I started as a support engineer at a small company in Leeds, answering tickets about billing and logins."
    b = "Mostly I worked nights, and I learned to read logs faster than anyone on the team could write them."
    teaser = "Is your bougainvillea not flowering this year?"
    assert with_rescued_prose(f"{a}\n{b}", f"{a}\n{teaser}\n{b}", frozenset({teaser})) == f"{a}\n{b}"


def test_a_short_or_outer_question_stays_out():
    from parallax.ingest.rescue import with_rescued_prose

    a = "I started as a support engineer at a small company in Leeds, answering tickets about billing and logins."
    b = "Mostly I worked nights, and I learned to read logs faster than anyone on the team could write them."
    assert with_rescued_prose(f"{a}\n{b}", f"{a}\nWhy?\n{b}") == f"{a}\n{b}"  # a label's few words
    assert with_rescued_prose(f"{a}\n{b}", f"{a}\n{b}\nWhat do you think of our new site?") == f"{a}\n{b}"  # after the body


# ---------------------------------------------------------------- the body's own list between kept paragraphs


_A = "I started as a support engineer at a small company in Leeds, answering tickets about billing and logins."
_B = "Mostly I worked nights, and I learned to read logs faster than anyone on the team could write them."


def test_a_bulleted_list_between_two_kept_paragraphs_comes_back():
    from parallax.ingest.rescue import with_rescued_prose

    items = ["- open and curious", "- want to change something", "- honest and sincere"]
    assert with_rescued_prose(f"{_A}\n{_B}", "\n".join([_A, *items, _B])) == "\n".join([_A, *items, _B])


def test_a_list_of_links_or_of_two_items_stays_out():
    from parallax.ingest.rescue import with_rescued_prose

    teasers = ["- Ferry fares rise again", "- New harbour master named", "- Storm closes the pier"]
    assert with_rescued_prose(f"{_A}\n{_B}", "\n".join([_A, *teasers, _B]), frozenset(t[2:] for t in teasers)) == f"{_A}\n{_B}"
    two = ["- open and curious", "- honest and sincere"]
    assert with_rescued_prose(f"{_A}\n{_B}", "\n".join([_A, *two, _B])) == f"{_A}\n{_B}"


# ---------------------------------------------------------------- a supplier's closing sales copy


_TARIFF = "Ein Tarif für Strom richtet sich nach dem Verbrauch eines Haushalts und nach dem Netzgebiet, in dem er liegt."


def test_closing_sales_copy_and_its_heading_are_cut():
    from parallax.ingest.pitches import without_closing_pitch

    copy = (
        "Ob Strom oder Gas, wir versorgen Dich zuverlässig. Solltest Du noch kein Kunde sein, kannst Du den Wechsel "
        "in wenigen Minuten bei uns beauftragen."
    )
    lines = [_TARIFF, "Die Netzentgelte machen rund ein Viertel des Preises aus.", "Gut versorgt mit Stromwerk", copy]
    assert without_closing_pitch(lines) == lines[:2]


def test_a_report_on_customers_or_a_quoted_offer_stays():
    from parallax.ingest.pitches import without_closing_pitch

    third_person = [_TARIFF, "Kunden", "Die Kunden des Versorgers können bis Ende Mai wechseln, teilte das Unternehmen mit."]
    assert without_closing_pitch(third_person) == third_person
    quoted = [_TARIFF, "Offer", '"If you are not yet a customer, you can switch to us in minutes," the company said.']
    assert without_closing_pitch(quoted) == quoted
