"""QA pass qa28c: datelines, dates and quote cues that QA found wrong, each with the cases that must not
change.  Invented texts; times resolved against Wednesday 6 May 2026."""

from __future__ import annotations

import pytest

from parallax.analyze.quantities import find_quantities
from tests.helpers import resolved

WEDNESDAY = "2026-05-06T09:00:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lina Brandt, una farmacista, ha guidato il corteo.", []),
        ("Mila Ferri ha guidato il corteo di 4 mila persone.", [("4 mila", 4000.0)]),
        ("In piazza c'erano tremila persone.", [("tremila", 3000.0)]),
        ("Mila Ferri e Mila Conti hanno parlato.", []),
    ],
)  # fmt: skip
def test_italian_mila_alone_is_a_name(text, expected):
    assert [(q.text, q.value) for q in find_quantities(text, "it", [])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor offered to meet the tenants on Thursday, aides said.", {"Thursday": "2026-05-07"}),
        ("The drivers agreed to resume talks on Friday.", {"Friday": "2026-05-08"}),
        ("The council promised to publish the audit on Monday.", {"Monday": "2026-05-11"}),
        ("The mayor met the tenants on Thursday, aides said.", {"Thursday": "2026-04-30"}),
        ("Drivers struck on Tuesday after the firm decided to cut pay.", {"Tuesday": "2026-05-05"}),
    ],
)  # fmt: skip
def test_an_offer_or_promise_looks_ahead(text, expected):
    assert resolved("en", text, WEDNESDAY) == expected



@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "La maire a proposé de recevoir les riverains vendredi.", {"vendredi": "2026-05-08"}),
        ("fr", "La maire a reçu les riverains vendredi.", {"vendredi": "2026-05-01"}),
        ("es", "La alcaldesa prometió abrir el mercado el sábado.", {"sábado": "2026-05-09"}),
        ("es", "La alcaldesa prometió el sábado que abriría el mercado.", {"sábado": "2026-05-02"}),
        ("it", "La sindaca ha accettato di riaprire il mercato sabato.", {"sabato": "2026-05-09"}),
        ("pt", "A prefeita decidiu abrir o mercado no sábado.", {"sábado": "2026-05-09"}),
        ("pt", "A prefeita abriu o mercado no sábado.", {"sábado": "2026-05-02"}),
    ],
)  # fmt: skip
def test_an_offer_or_promise_looks_ahead_in_romance_languages(lang, text, expected):
    assert resolved(lang, text, WEDNESDAY) == expected

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("USA Today reported that the plant would close.", {}),
        ("The plant shut on Monday. Kent Valley Today reported the closure.", {"Monday": "2026-05-04"}),
        ("“Harbour Today has the story,” she said.", {}),
        ("The plant shut on Monday. Today the owners will meet.", {"Monday": "2026-05-04", "Today": "2026-05-06"}),
        ("Today the owners will meet.", {"Today": "2026-05-06"}),
    ],
)  # fmt: skip
def test_today_in_a_name_opening_a_sentence_is_no_day(text, expected):
    assert resolved("en", text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("paragraphs", "dateline", "agency", "first"),
    [
        (["الإسكندرية - نبض المدينة", "افتتح المحافظ مستشفى جديدا في حي المنشية صباح اليوم."], "الإسكندرية (نبض المدينة)", "نبض المدينة",
         "افتتح المحافظ"),
        (["【札幌】札幌市内で６日、大雪のため列車が止まった。"], "札幌", None, "札幌市内"),
        (["【パリ共同】フランス政府は６日、新しい法案を発表した。"], "パリ (共同)", "共同", "フランス政府"),
        (["LUND (TT) Ett nytt bibliotek öppnade i centrala Lund på onsdagen."], "LUND (TT)", "TT", "Ett nytt"),
        (["LUND (TT)", "Ett nytt bibliotek öppnade i centrala Lund på onsdagen."], "LUND (TT)", "TT", "Ett nytt"),
        # not datelines: an editor's label, prose after an acronym, a place pair that is the whole text
        (["【速報】札幌市内で大雪があった。"], None, None, "【速報】"),
        (["【インタビュー】札幌市長が語る。", "札幌市長は大雪について話した。"], None, None, "【インタビュー】"),
        (["NATO (the alliance) said it would meet again."], None, None, "NATO"),
        (["الإسكندرية - المنشية"], None, None, "الإسكندرية"),
    ],
)  # fmt: skip
def test_datelines_without_a_dash_or_an_agency(paragraphs, dateline, agency, first):
    from parallax.ingest.clean import clean_paragraphs

    cleaned = clean_paragraphs(paragraphs)
    assert (cleaned.dateline, cleaned.agency) == (dateline, agency)
    assert cleaned.text.startswith(first)



def _quotes(text: str, lang: str) -> list[tuple[str, str | None]]:
    from tests.helpers import analyzed

    return [(q.text, q.speaker) for q in analyzed(text, lang).quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("町は新しい図書館を開いた。「本が人を集める」。佐藤花子館長はこう語った。", [("本が人を集める", "佐藤花子")]),
        ("「本が人を集める」と佐藤花子館長は語った。", [("本が人を集める", "佐藤花子")]),
        # a term in brackets, and a quotation no one is said to have said, stay no quotation
        ("「はやぶさ」が帰還した。市の職員は喜んだ。", []),
    ],
)  # fmt: skip
def test_japanese_speaker_in_the_next_sentence(text, expected):
    assert _quotes(text, "ja") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La mairie ouvre une école. « Les travaux commencent lundi », explique à Nord-Matin Claire Dubois, architecte.",
         [("Les travaux commencent lundi", "Claire Dubois")]),
        ("La mairie ouvre une école. « Les travaux commencent lundi », a déclaré Paul Roux.",
         [("Les travaux commencent lundi", "Paul Roux")]),
    ],
)  # fmt: skip
def test_french_outlet_spoken_to_is_no_part_of_the_speaker(text, expected):
    assert _quotes(text, "fr") == expected
