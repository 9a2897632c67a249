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
    from importlib.resources import files

    from parallax.report.text import _credits

    schema = json.loads((files("parallax.report") / "schemas" / "comparison.schema.json").read_text())
    assert schema["properties"]["articles"]["items"]["properties"]["agencies"]["type"] == "array"
    assert _credits({"agencies": ["AFP", "EFE"]}) == " with AFP, EFE"
    assert _credits({}) == ""
