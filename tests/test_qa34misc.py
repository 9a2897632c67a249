"""QA round 34 on outbreaks, emergency landings, corruption arrests, launches and data breaches (pt, nl, tr, id,
ja, ko, sv with English): each test holds one rule of the language or of news writing the round found missing."""

from __future__ import annotations

import pytest

from tests.helpers import analyzed, shown


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in analyzed(text, lang).quotes if q.kind == "direct"]


def test_indonesian_name_stops_before_the_preposition_di():
    # "di" is "at": the speaker is Johanis, not "Johanis di Gedung Merah Putih"
    text = '"Kami tidak akan berhenti," kata Johanis di Gedung Merah Putih KPK, Rabu.'
    assert _speakers(text, "id") == ["Johanis"]
    assert "Gedung Merah Putih KPK" in [e.text for e in analyzed(text, "id").entities]


def test_indonesian_menurut_is_no_part_of_a_name():
    # "Menurut Johanis" (according to Johanis) opened a capitalised run, which a later "ujar Johanis" took up
    text = 'Menurut Johanis, uang itu diserahkan di hotel.\n\n"Kami tidak akan berhenti," ujar Johanis.'
    assert _speakers(text, "id") == ["Johanis"]
    assert "Menurut Johanis" not in [e.text for e in analyzed(text, "id").entities]


def test_a_part_set_against_a_whole_the_report_states_itself_is_no_conflict():
    from parallax.compare.conflicts import sentence_conflicts
    from tests.helpers import analysed_articles

    a, b = analysed_articles(
        [
            "Uppgifter om 1,2 miljoner kunder läckte. För 8 procent av de drabbade, cirka 96 000 kunder, läcktes även kortnummer.",
            "Bolaget meddelade att 1,2 miljoner kunder drabbats, varav cirka 10 procent fått kortnummer röjda.",
        ],
        "sv",
    )
    found = [(c.kind, shown(c)) for c in sentence_conflicts(a, a.sentences[1], b, b.sentences[0])]
    # 96,000 customers against 1.2 million: the first report states 1.2 million itself, so only the shares differ
    assert [v.get("unit") for k, v in found if k == "number"] == ["%"]


def test_a_toll_the_report_gives_only_for_another_role_still_conflicts():
    from tests.helpers import first_sentence_conflicts

    found = first_sentence_conflicts("Three people died in the fire. Twelve people were injured.", "Twelve people died in the fire.", "en")
    assert [k for k, _ in found] == ["number"]


_BODY = "O surto de cólera já provocou 31 mortos em Nampula, anunciou o ministro da Saúde."
_MORE = "O governo abriu 14 centros de tratamento."


@pytest.mark.parametrize(
    "top, bottom",
    [
        ("Por Fernanda Lima, correspondente em Maputo", None),  # a byline with the writer's post after a comma
        ("Oleh: Rina Kusuma", None),  # Indonesian "by"
        (None, "(Pewarta: Fianda Sjofjan Rassat; Editor: Agus Salim)"),  # ANTARA's credit, labelled parts
        (None, "EL // JMR\n\nLusa/Fim"),  # Lusa's editors' initials and its end mark
        (None, "kms@yna.co.kr"),  # a Korean wire's closing address
        (None, "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com."),
        (None, "Följ Dagens Industri på Facebook och Instagram"),  # the outlet's call to follow it on a network
    ],
)
def test_furniture_at_the_edges_goes(top: str | None, bottom: str | None) -> None:
    from parallax.ingest.clean import clean_paragraphs, split_paragraphs

    text = "\n\n".join(p for p in (top, _BODY, _MORE, bottom) if p)
    assert clean_paragraphs(split_paragraphs(text)).text == f"{_BODY}\n\n{_MORE}"


@pytest.mark.parametrize(
    "line",
    ["Por fim, o ministro pediu calma à população.", "Följ med oss till Göteborg, sa hon.", "Editor: a job that pays little."],
)
def test_prose_that_opens_like_furniture_stays(line: str) -> None:
    from parallax.ingest.clean import clean_paragraphs, split_paragraphs

    assert line in clean_paragraphs(split_paragraphs(f"{_BODY}\n\n{_MORE}\n\n{line}")).text


def test_a_yonhap_correspondent_byline_goes_with_the_dateline() -> None:
    from parallax.ingest.datelines import split_dateline

    found = split_dateline("(도쿄=연합뉴스) 김민수 특파원 = 일본 우주항공연구개발기구(JAXA)는 17일 로켓을 발사했다.")
    assert found is not None and found.after.startswith("일본 우주항공연구개발기구")


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # a plan told in the past ("was scheduled for the 15th"): the day is behind, not next month's
        ("ja", "打ち上げは当初15日に予定されていたが、天候不良のため2日延期された。", {"15日": "2026-05-15"}),
        ("ko", "발사는 당초 14일로 예정돼 있었으나 기상 악화로 연기됐다.", {"14일": "2026-05-14"}),
        # a plan told in the present still looks ahead
        ("ja", "会議は20日に開かれる予定だ。", {"20日": "2026-05-20"}),
        ("ko", "회의는 20일 열릴 예정이다.", {"20일": "2026-05-20"}),
    ],
)
def test_a_past_plan_names_a_past_day(lang: str, text: str, expected: dict) -> None:
    from tests.helpers import resolved

    # ("2日延期": put off by two days, no 2nd of the month)
    assert resolved(lang, text, "2026-05-17") == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        # "이사장" (chairman) opens with the surname 이 but is a title: the foreign name before the body speaks
        ('야마카와 히로시 JAXA 이사장은 기자회견에서 "일본 달 탐사의 새로운 한 걸음"이라고 말했다.', "야마카와 히로시"),
        ('박지훈 구청장은 "피해가 크다"고 말했다.', "박지훈"),
    ],
)
def test_a_korean_title_is_no_name(text: str, speaker: str) -> None:
    assert _speakers(text, "ko") == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a statement in the passive: its source in the ablative before "yapılan açıklamada" speaks
        (
            'SunExpress\'ten yapılan yazılı açıklamada, "Yolcularımızın güvenliği her zaman önceliğimizdir." ifadeleri kullanıldı.',
            "SunExpress",
        ),
        ('Sağlık Bakanlığından yapılan açıklamada "Vaka sayısı artıyor, önlem alınmalı" denildi.', "Sağlık Bakanlığı"),
    ],
)
def test_a_turkish_statement_in_the_passive_is_its_source_s(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyzed(text, "tr").quotes] == [speaker]


def test_a_turkish_passive_cue_alone_names_no_one() -> None:
    text = 'Toplantıda "Vaka sayısı artıyor, önlem alınmalı" denildi.'
    assert [q.speaker for q in analyzed(text, "tr").quotes] in ([], [None])


@pytest.mark.parametrize(
    "lang, text",
    [
        # the office, its portfolio and a comma before the name: "o ministro" later is Armindo Tiago
        (
            "pt",
            'O surto já deixou 37 mortos, informou o ministro da Saúde, Armindo Tiago.\n\n"Estamos perante uma situação grave", declarou o ministro.',
        ),
        ("es", 'El ministro de Sanidad, Armindo Tiago, anunció 37 muertos.\n\n"Estamos ante una situación grave", declaró el ministro.'),
    ],
)
def test_a_title_of_a_portfolio_in_apposition_makes_the_name_a_person(lang: str, text: str) -> None:
    assert _speakers(text, lang) == ["Armindo Tiago"]


@pytest.mark.parametrize(
    "lang, text, name",
    [
        ("nl", "Passagier Mark Visser zat bij de vleugel. Volgens Visser bleef de bemanning rustig.", "Volgens Visser"),
        ("sv", "Bolaget Klarfors bekräftade intrånget. Enligt Klarfors läcktes namn och telefonnummer.", "Enligt Klarfors"),
    ],
)
def test_according_to_opens_no_name(lang: str, text: str, name: str) -> None:
    assert name not in [e.text for e in analyzed(text, lang).entities]
