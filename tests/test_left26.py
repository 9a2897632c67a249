"""Defects left by earlier QA rounds, each with a case that must stay unchanged: a role and the body it
belongs to after "according to" (Greek, Portuguese), the year before last, a wire agency in a dateline as
the outlet, "for nine hours before" as a duration, Korean surnames across scripts.  Invented sentences."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in analyzed(text, lang).quotes]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # the body in the genitive after the role is not who speaks
        ("Σύμφωνα με τον υπουργό Πολιτικής Προστασίας, η πυρκαγιά στα βόρεια έχει περιοριστεί.", "el", "υπουργό Πολιτικής Προστασίας"),
        # one capitalised word after "ministro da Defesa" is the body's name, not a person's
        ("Segundo o ministro da Defesa Civil, o incêndio na serra já está controlado.", "pt", "ministro da Defesa Civil"),
        ("Según el portavoz de la Generalitat, el incendio del bosque ya está controlado.", "es", "portavoz de la Generalitat"),
        ("Secondo il ministro della Protezione civile, l'incendio nel bosco è sotto controllo.", "it", "ministro della Protezione civile"),
        # unchanged: a person after the role and its body, a person after "according to"
        ("Segundo o secretário de Estado Rui dos Santos, o incêndio na serra já está controlado.", "pt", "Rui dos Santos"),
        ("Σύμφωνα με τον Νίκο Αλεξίου, η πυρκαγιά στα βόρεια έχει περιοριστεί.", "el", "Νίκο Αλεξίου"),
    ],
)
def test_a_role_and_its_body_after_according_to(text, lang, speaker):
    assert _speakers(text, lang) == [speaker]


def test_the_minister_the_article_introduced_speaks():
    text = (
        "Ο υπουργός Πολιτικής Προστασίας Γιάννης Κεφαλάς επισκέφθηκε χθες την περιοχή. "
        "Σύμφωνα με τον υπουργό Πολιτικής Προστασίας, η πυρκαγιά στα βόρεια έχει περιοριστεί."
    )
    assert _speakers(text, "el") == ["Γιάννης Κεφαλάς"]


def _times(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in analyzed(text, lang, published="2026-05-01").times]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("The bakery changed hands the year before last.", "en", ("the year before last", "2024")),
        ("The bakery changed hands the month before last.", "en", ("the month before last", "2026-03")),
        ("Пекарню продали позаминулого року.", "uk", ("позаминулого року", "2024")),
        ("Пекарню продали в позапрошлом году.", "ru", ("позапрошлом году", "2024")),
        ("Die Bäckerei wurde vorletztes Jahr verkauft.", "de", ("vorletztes Jahr", "2024")),
        ("Die Bäckerei wurde im vorvergangenen Jahr verkauft.", "de", ("vorvergangenen Jahr", "2024")),
        ("La boulangerie a été vendue il y a deux ans.", "fr", ("il y a deux ans", "2024")),
        ("Piekarnię sprzedano dwa lata temu.", "pl", ("dwa lata temu", "2024")),
        # unchanged: last year
        ("The bakery changed hands last year.", "en", ("last year", "2025")),
        ("Пекарню продали в прошлом году.", "ru", ("прошлом году", "2025")),
        ("Die Bäckerei wurde im letzten Jahr verkauft.", "de", ("letzten Jahr", "2025")),
    ],
)
def test_the_year_before_last(text, lang, found):
    assert found in _times(text, lang)


@pytest.mark.parametrize(
    ("raw", "given", "outlet"),
    [
        ("Storm floods towns\n\nLONDON (Reuters) - Heavy rain flooded three towns on Tuesday, police said.", None, "Reuters"),
        ("PARIS (AFP) — De fortes pluies ont inondé trois villes mardi, selon la police.", None, "AFP"),
        ("Kiel (dpa/lno) - Ein Sturm hat am Dienstag drei Dörfer überflutet.", None, "dpa"),
        # unchanged: an outlet the input gives, a dateline with no agency, a Chinese paper's own "本报"
        ("LONDON (Reuters) - Heavy rain flooded three towns on Tuesday, police said.", "The Harbour Post", "The Harbour Post"),
        ("LONDON - Heavy rain flooded three towns on Tuesday, police said.", None, None),
        ("本报讯（记者 王明）昨天北京下了大雨。", None, None),
    ],
)
def test_a_wire_agency_in_the_dateline_is_the_outlet(raw, given, outlet):
    from parallax.ingest.text import article_from_text

    meta = {"outlet": given} if given else {}
    assert article_from_text(raw, "t", "t.txt", **meta).outlet == outlet


def _lengths(text: str) -> tuple[list, list]:
    from parallax.compare.durations import durations, offsets

    art = analyzed(text, "en")
    return [d[0] for d in durations(art, art.sentences[0])], offsets(art, art.sentences[0])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The panel debated for nine hours before approving the budget.", "PT9H"),
        ("The panel approved the budget after seven hours of debate.", "PT7H"),
    ],
)
def test_for_n_hours_before_is_a_length(text, value):
    assert _lengths(text) == ([value], [])


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        # unchanged: the distance between two events
        ("The siren sounded two hours before the flood reached the bridge.", (1, 7200.0)),
        ("After three days, the bridge reopened to traffic.", (-1, 259200.0)),
    ],
)
def test_offsets_stay_offsets(text, offset):
    assert _lengths(text) == ([], [offset])


def test_two_lengths_of_one_debate_conflict():
    from parallax.compare.durations import duration_conflicts

    a = analyzed("The panel debated for nine hours before approving the budget.", "en")
    b = analyzed("The panel approved the budget after seven hours of debate.", "en")
    assert duration_conflicts(a, a.sentences[0], b, b.sentences[0]) == [("PT9H", "PT7H")]


@pytest.mark.parametrize(
    ("hangul", "latin"),
    [
        ("이재명", "Lee Jae-myung"),
        ("이재명", "Jae-myung Lee"),
        ("정소연", "Chung So-yeon"),
        ("조한결", "Cho Han-gyeol"),
        ("노민혁", "Roh Min-hyuk"),
        ("권다은", "Kwon Da-eun"),
        ("장우진", "Chang Woo-jin"),
        ("임세라", "Lim Se-ra"),
        ("김경태", "Kim Kyung-tae"),
    ],
)
def test_korean_names_meet_their_press_spelling(hangul, latin):
    from parallax.sounds import same_name_by_sound

    assert same_name_by_sound(hangul, latin) is True and same_name_by_sound(latin, hangul) is True


@pytest.mark.parametrize(
    ("hangul", "latin"),
    [
        # unchanged in spirit: the surname alone, or the given name alone, is not the person
        ("김민수", "Choi Min-su"),
        ("이재명", "Kim Jae-myung"),
        ("이재명", "Lee Min-su"),
        ("박서준", "Park Ji-hoon"),
    ],
)
def test_a_korean_surname_or_given_name_alone_does_not_meet(hangul, latin):
    from parallax.sounds import same_name_by_sound

    assert same_name_by_sound(hangul, latin) is False
