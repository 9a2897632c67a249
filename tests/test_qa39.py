"""Reports of one event in languages Parallax had not yet been tried on, compared fact by fact (session 37's QA)."""

from __future__ import annotations

from parallax.records import Article
from tests.helpers import QA_PUBLISHED, shown


def _pair(a: tuple[str, str], b: tuple[str, str]) -> list[tuple[str, dict]]:
    """(kind, values with the unit: :func:`tests.helpers.shown`) of the conflicts between the first sentences of two reports, each in its own language."""
    from parallax.analyze import Analyzer
    from parallax.compare.conflicts import sentence_conflicts

    arts = [
        Article(id=i, text=t, outlet=i.upper(), published=QA_PUBLISHED, language=lang) for i, (t, lang) in zip("ab", (a, b), strict=True)
    ]
    Analyzer().analyze_all(arts)
    x, y = arts
    return [(c.kind, shown(c)) for c in sentence_conflicts(x, x.sentences[0], y, y.sentences[0])]


def test_vietnamese_rescued_are_no_toll() -> None:
    # "62 người đã được cứu sống" (62 people were saved) is the rescued, not the nine dead
    assert (
        _pair(
            ("Hingga sore, sembilan orang dinyatakan meninggal dunia dan 16 orang masih hilang.", "id"),
            ("Theo cơ quan cứu nạn, 62 người đã được cứu sống, trong khi 16 người vẫn mất tích.", "vi"),
        )
        == []
    )


def test_indonesian_active_rescue_meets_survivors() -> None:
    # "menyelamatkan 61 orang" (rescued 61 people) against "62 survivors": one count, two figures
    conflicts = _pair(("Rescuers have pulled 62 survivors from the water.", "en"), ("Tim SAR gabungan telah menyelamatkan 61 orang.", "id"))
    assert [(k, v["a"], v["b"]) for k, v in conflicts] == [("number", [62.0], [61.0])]


def test_vietnamese_people_and_rescue_words() -> None:
    from parallax.compare.count_nouns import counted
    from parallax.compare.role_words import said_in_words

    assert counted("người", None) == "people"
    assert said_in_words("62 người đã được cứu sống") == "62 người rescued"
    assert said_in_words("9 tàu cứu hộ") == "9 tàu cứu hộ"  # the rescue service's boats: no one rescued


def test_look_back_span_told_by_both_is_no_length() -> None:
    from tests.helpers import first_sentence_conflicts

    # the 14 years are told by both; the five days of one have no counterpart in the other to disagree with
    assert (
        first_sentence_conflicts(
            "The strike, the first at the plant in 14 years, is set to last five days.",
            "It is the first strike at the site in 14 years.",
            "en",
        )
        == []
    )
    # a length still conflicts with the other's length of the same strike beside a span both tell
    conflicts = first_sentence_conflicts(
        "The strike, the first at the plant in 14 years, is set to last five days.",
        "The strike, the first at the plant in 14 years, is set to last three days.",
        "en",
    )
    assert [(k, v["a"], v["b"]) for k, v in conflicts] == [("number", ["P5D"], ["P3D"])]


def test_adjectival_percentage_measures_its_noun() -> None:
    from tests.helpers import first_sentence_conflicts

    # "a 3.5% pay rise": the rise is measured, not the union that rejected it; the 7% demanded is told by both
    assert (
        first_sentence_conflicts("The union rejected a 3.5% pay rise, having demanded 7%.", "The union had asked for 7 per cent.", "en")
        == []
    )
    conflicts = first_sentence_conflicts("The union rejected a 3.5% pay rise.", "The union rejected a 4.5 per cent pay rise.", "en")
    assert [(k, v["a"], v["b"]) for k, v in conflicts] == [("number", [3.5], [4.5])]


def test_basis_points_meet_across_languages() -> None:
    conflicts = _pair(
        ("Banka ve čtvrtek snížila základní sazbu o 50 bazických bodů na 6,25 procenta.", "cs"),
        ("The central bank cut its base rate by 25 basis points to 6.25% on Thursday.", "en"),
    )
    assert [(k, v["a"], v["b"], v.get("unit")) for k, v in conflicts] == [("number", [50.0], [25.0], "bp")]
    assert (
        _pair(
            ("A jegybank 25 bázisponttal, 6,25 százalékra csökkentette az alapkamatot.", "hu"),
            ("The central bank cut its base rate by 25 basis points to 6.25% on Thursday.", "en"),
        )
        == []
    )


def test_basis_point_phrases() -> None:
    from parallax.compare.basis_points import basis_points
    from parallax.records import Quantity

    def reads(text: str) -> bool:
        return basis_points(text, Quantity(start=0, end=2, text="25", value=25.0, unit=None))

    for text in ("25 basis points", "25 de puncte de bază", "25 baz puan", "25 Basispunkte", "25 points de base", "25 puntos básicos",
                 "25 punktów bazowych", "25 базисных пунктов", "25 μονάδες βάσης", "25 bps"):  # fmt: skip
        assert reads(text), text
    assert not reads("25 points in the second half")
    assert not reads("25 de puncte")


def test_byline_with_a_desk_post_after_the_comma() -> None:
    from parallax.ingest.bylines import byline_reason

    assert byline_reason("By Sarah Booth, Industry correspondent", "first") == "byline"
    assert byline_reason("By Sarah Booth, Political Editor", "first") == "byline"
    assert byline_reason("By Jane Roe, Health reporter", "first") == "byline"
    assert byline_reason("By Jane Roe, who was there", "first") is None  # the line goes on to report


def test_credits_separated_by_a_bar_leave_the_text() -> None:
    from parallax.ingest.bylines import is_credit
    from parallax.ingest.text import article_from_text

    assert is_credit("Penulis: Ahmad Riyadi | Editor: Sari Lestari")
    raw = (
        "Kapal tenggelam di Selat Bali\n\nKapal itu tenggelam pada Rabu malam. Sembilan orang meninggal dunia.\n\n"
        "Penulis: Ahmad Riyadi | Editor: Sari Lestari\n"
    )
    assert article_from_text(raw, "b", "b.txt").text.endswith("Sembilan orang meninggal dunia.")


def test_agency_credit_alone_on_its_line() -> None:
    from parallax.ingest.agency_lines import is_agency_line

    for line in ("ČTK", "MTI", "(ČTK)", "PA Media", "Theo TTXVN", "إسطنبول - (أ ف ب)"):
        assert is_agency_line(line), line
    for line in ("He denied it.", "Kiev responded", "EU agrees deal", "Reuters reported the deal on Monday", "La FIFA", "The EU"):
        assert not is_agency_line(line), line


def test_agency_lines_leave_the_text() -> None:
    from parallax.ingest.text import article_from_text

    raw = (
        "Maďarská centrální banka snížila sazby\n\nČTK\n\nMaďarská centrální banka ve čtvrtek snížila sazbu o 25 bazických bodů."
        " Nová sazba platí od úterý.\n\nTheo TTXVN\n"
    )
    assert article_from_text(raw, "b", "b.txt").text == (
        "Maďarská centrální banka ve čtvrtek snížila sazbu o 25 bazických bodů. Nová sazba platí od úterý."
    )


def test_homes_in_greek_meet_english_houses() -> None:
    from parallax.compare.noun_kinds import kind_of

    conflicts = _pair(
        ("Σύμφωνα με την Περιφέρεια, τουλάχιστον 60 σπίτια υπέστησαν ζημιές.", "el"),
        ("At least 40 houses were damaged, according to the regional authority.", "en"),
    )
    assert [(k, v["a"], v["b"]) for k, v in conflicts] == [("number", [60.0], [40.0])]
    assert kind_of("locuințe") == kind_of("rumah") == kind_of("lakás") == "dwelling"
    assert kind_of("case") is None and kind_of("ev") is None  # English nouns too: a court case, an EV


def test_hungarian_our_related_article_line() -> None:
    from parallax.ingest.text import article_from_text

    raw = (
        "Kamatot vágott a jegybank\n\nA monetáris tanács 25 bázisponttal csökkentette az alapkamatot.\n\n"
        "Kapcsolódó cikkünk: Mennyit drágul a lakáshitel?\n\nAz elemzők többsége számított a lépésre.\n"
    )
    assert "Kapcsolódó" not in article_from_text(raw, "b", "b.txt").text
