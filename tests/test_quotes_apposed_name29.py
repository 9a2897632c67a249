"""A name set between commas after its role, then the cue and the quotation: the name speaks.

'O presidente da câmara, Rui Fonseca, garantiu que "…"' gave the quotation no speaker (and, after another
person's quotation in the paragraph, that person's), because the cue patterns wanted the name right
before the verb.
"""

from __future__ import annotations

import pytest

import parallax
from parallax import Article


def _speakers(text: str, lang: str) -> list[tuple[str, str | None]]:
    art = Article(id="a", outlet="O", text=text, language=lang, published="2026-11-18T09:00:00+00:00")
    (done,) = parallax.analyze([art])
    return [(q.text, q.speaker) for q in done.quotes]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("pt", 'O presidente da câmara, Rui Fonseca, garantiu que "não havia qualquer sinal de perigo".', "Rui Fonseca"),
        ("es", 'El alcalde, Juan Pérez, aseguró que "no había ninguna señal de peligro".', "Juan Pérez"),
        ("es", 'El alcalde de Sevilla, Juan Pérez, dijo a los periodistas que "no había peligro".', "Juan Pérez"),
        ("it", 'Il sindaco, Marco Rossi, ha assicurato che "non c’era alcun segnale di pericolo".', "Marco Rossi"),
        ("de", 'Der Bürgermeister, Max Huber, sagte, "es gab keine Anzeichen".', "Max Huber"),
    ],
)
def test_apposed_name_before_the_cue_speaks(lang: str, text: str, speaker: str) -> None:
    assert [s for _, s in _speakers(text, lang)] == [speaker]


def test_previous_quotation_does_not_lend_its_speaker() -> None:
    text = (
        '"Havia sinais de perigo", afirmou Ana Costa, vereadora da oposição. '
        'O presidente da câmara, Rui Fonseca, garantiu que "não havia qualquer sinal de perigo".'
    )
    assert _speakers(text, "pt") == [
        ("Havia sinais de perigo", "Ana Costa"),
        ("não havia qualquer sinal de perigo", "Rui Fonseca"),
    ]



@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("id", '"Kami sudah mengevakuasi 1.500 warga," ujar Asep Mulyana, Kepala BPBD Garut.', "Asep Mulyana"),
        ("pt", '"Não há perigo", disse Rui Fonseca, Presidente da Câmara de Braga.', "Rui Fonseca"),
        ("de", '"Es gibt keine Gefahr", sagte Max Müller, Sprecher des Ministeriums.', "Max Müller"),
        # a role first, the name in apposition after it, still speaks
        ("de", '"Es gibt keine Gefahr", sagte der Sprecher des Ministeriums, Max Müller.', "Max Müller"),
        ("pt", '"Não há perigo", disse o ministro das Finanças, João Almeida, aos jornalistas.', "João Almeida"),
    ],
)
def test_a_capitalised_role_after_the_name_is_no_name(lang: str, text: str, speaker: str) -> None:
    assert [s for _, s in _speakers(text, lang)] == [speaker]
