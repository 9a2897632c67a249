"""Session 51, helper qa51d: Indonesian, Malay, Tagalog, Swahili, Vietnamese, Turkish, Portuguese, Spanish and
Afrikaans reports: the session's known leftovers and the sets' findings (each fix has a test below with an invented
sentence)."""

from __future__ import annotations

from functools import partial

from tests.helpers import analyzed, quote_speakers, time_values

_PUBLISHED = "2026-12-04T10:00:00+00:00"
_art = partial(analyzed, published=_PUBLISHED)
_speakers = partial(quote_speakers, published=_PUBLISHED)
_times = partial(time_values, published=_PUBLISHED)


def test_swahili_role_then_honorific_and_name_in_apposition_speaks_as_the_person() -> None:
    # Swahili names the office with its body after "wa" and the person after a comma, often with the honorific
    # "Dkt." (Dr): the speaker is the person, not the office word "Mkuu" (head)
    text = '"Hatuna njia nyingine," alisema Mkuu wa EWURA, Dkt. Juma Ali.'
    assert _speakers(text, "sw") == ["Juma Ali"]
    # the same in Spanish with "Dr." (the honorific opens the name in apposition, it is no role after a name)
    assert _speakers('"No hay otra salida", dijo el director del hospital, Dr. Luis Mora.', "es") == ["Luis Mora"]


def test_indonesian_given_name_alone_is_the_person_named_in_full() -> None:
    # the Indonesian and Malay press call a person by the given name after naming them in full ("Menurut Andi" after
    # "Andi Pratama"): the speaker is the person named in full, as another outlet's "kata Andi Pratama" gives
    text = (
        "Longsor menimbun Desa Cibenda pada Selasa.\n\nKepala BPBD Garut, Andi Pratama, mengatakan 12 orang tewas.\n\n"
        '"Kami masih mencari tujuh orang," kata Andi. Menurut Andi, pencarian akan dilanjutkan besok.'
    )
    assert set(_speakers(text, "id")) == {"Andi Pratama"}


def test_a_day_right_after_a_past_verb_of_saying_is_when_it_was_said() -> None:
    # "dijo el martes que ... seguirá": the Tuesday is when the mayor spoke (past), the future is the reported clause's
    # (out on Friday 4 December 2026: Tuesday the 1st, not the 8th)
    assert _times("El alcalde dijo el martes que la carretera seguirá cerrada.", "es")["martes"] == "2026-12-01"
    assert _times("O autarca disse na terça-feira que a estrada continuará fechada.", "pt")["terça-feira"] == "2026-12-01"
    assert _times("Bupati mengatakan pada Selasa bahwa jalan akan tetap ditutup.", "id")["Selasa"] == "2026-12-01"
    # a day of the reported clause itself stays ahead ("dijo que el martes se votará")
    assert _times("El alcalde dijo que el martes se votará el presupuesto.", "es")["martes"] == "2026-12-08"


def test_today_in_a_quotation_is_the_day_the_paragraph_says_it_was_said() -> None:
    # "dijo el martes que ... «Hoy no podemos abrirla», añadió": the quotation's sentence names no day, the sentence
    # before it in the paragraph says when the mayor spoke: the speaker's "hoy" is that Tuesday, not the publication day
    got = _times('El alcalde dijo el martes que la carretera seguirá cerrada. "Hoy no podemos abrirla", añadió.', "es")
    assert got["Hoy"] == "2026-12-01"
    got = _times('O autarca disse na terça-feira que a estrada continua fechada. "Hoje não podemos abri-la", acrescentou.', "pt")
    assert got["Hoje"] == "2026-12-01"
    # a day the paragraph names for something else than the saying leaves the publication day
    got = _times('La carretera se cerró el martes. "Hoy no podemos abrirla", dijo el alcalde.', "es")
    assert got["Hoy"] == "2026-12-04"


def test_a_statement_after_segun_is_one_quotation() -> None:
    # "…, y dejó al menos 12 muertos, según las autoridades.": two readers of "según" found the same reported
    # statement; one statement is one quotation (twice, it counted two quotations in the comparison)
    text = (
        "Un deslizamiento de tierra sepultó el martes varias viviendas en la aldea de San Cristóbal, en el norte de "
        "Guatemala, y dejó al menos 12 muertos, según las autoridades."
    )
    quotes = _art(text, "es").quotes
    assert len(quotes) == 1 and quotes[0].speaker == "autoridades"


def test_a_body_speaks_without_its_short_form_in_brackets() -> None:
    # "the Energy and Water Utilities Regulatory Authority (EWURA) said": the bracket gives the body's short form; the
    # speaker is the body's name (it gave "and Water Utilities Regulatory Authority (EWURA", cut at the bracket)
    text = (
        "Fuel prices will rise by 5 percent from Wednesday, the Energy and Water Utilities Regulatory Authority (EWURA) "
        'said on Tuesday.\n\n"We have no other option," EWURA director general Juma Ali told reporters.'
    )
    assert _speakers(text, "en") == ["Energy and Water Utilities Regulatory Authority", "Juma Ali"]
