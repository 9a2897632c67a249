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
