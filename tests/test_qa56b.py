"""QA session 56 (qa56b): reports in the European languages, read beside an English one.

Every text here is invented: the outlets, the bodies, their acronyms and the events."""

from __future__ import annotations

import pytest

from tests.helpers import quote_speakers

# ---------------------------------------------------------------- a body by its acronym after the cue


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        # Spain's press reports in the present perfect: "ha informado", "ha comunicado" as the simple past "informó"
        ("es", "«La autovía seguirá cortada hasta el lunes», ha informado la DTV.", "DTV"),
        ("es", "«No hay heridos graves», han comunicado los Bomberos de Villaseca.", "Bomberos de Villaseca"),
        ("it", "«La galleria resterà chiusa fino a lunedì», ha comunicato la Provincia.", "Provincia"),
        # a separable verb whose particle closes the clause after the acronym: "teilte die NVB mit", "liet de RVS weten"
        ("de", "„Die Strecke bleibt bis Montag gesperrt“, teilte die NVB mit.", "NVB"),
        ("de", "„Die Strecke bleibt bis Montag gesperrt“, gab die NVB am Sonntag bekannt.", "NVB"),
        ("nl", '"Het spoor blijft tot maandag dicht", liet de RVS weten.', "RVS"),
    ],
)  # fmt: skip
def test_a_body_by_its_acronym_after_the_cue_speaks(lang, text, speaker):
    assert quote_speakers(text, lang) == [speaker]


# ---------------------------------------------------------------- a spokesperson of a body, with an indefinite article


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("nl", '"Het spoor blijft tot maandag dicht", zegt een woordvoerder van de RVS.', "woordvoerder van de RVS"),
        ("nl", '"Het spoor blijft dicht", zei een woordvoerster van Railnet.', "woordvoerster van Railnet"),
        ("es", "«La línea seguirá cerrada», dijo un portavoz de Ferrovías del Norte.", "portavoz de Ferrovías del Norte"),
        ("es", "«La línea seguirá cerrada», ha explicado una portavoz de la DTV.", "portavoz de la DTV"),
        ("it", "«La linea resterà chiusa», ha detto un portavoce di Ferrolinea.", "portavoce di Ferrolinea"),
        ("pt", "«A linha vai continuar fechada», disse um porta-voz da CFV.", "porta-voz da CFV"),
    ],
)  # fmt: skip
def test_a_spokesperson_of_a_body_speaks_not_the_body(lang, text, speaker):
    """As English "said a spokesperson for the DGT" is "spokesperson for the DGT": the role speaks for the body,
    which is what it is of, not the speaker; the indefinite article goes as English "a" goes."""
    assert quote_speakers(text, lang) == [speaker]


# ---------------------------------------------------------------- a story's acronyms through the public sentence API


def test_a_direct_sentence_comparison_reads_the_acronyms_its_two_reports_define() -> None:
    """"Norvik Air (NVA)" in one report makes "NVA" in the other that airline: :func:`sentence_conflicts` called
    alone (no comparison running) answers as :func:`parallax.compare.compare_articles` does, from the two reports'
    own definitions, not a name conflict that the whole comparison never shows."""
    from tests.helpers import analysed_articles, compared_conflicts, sentence_pair_conflicts

    defining = "Norvik Air (NVA) is based in Tromsø. Norvik Air grounded 14 jets on Thursday after an engine fault, the airline said."
    short = "NVA grounded 14 jets on Thursday after an engine fault, the airline said."
    assert compared_conflicts([defining, short], "en") == []
    a, b = analysed_articles([defining, short], "en")
    assert sentence_pair_conflicts(a, 1, b, 0) == []
    # without a definition the two stay two names
    a, b = analysed_articles([defining.replace(" (NVA)", ""), short], "en")
    assert sentence_pair_conflicts(a, 1, b, 0) == [("name", {"a": "Norvik Air", "b": "NVA"})]


# ---------------------------------------------------------------- a party's member before a role and a name


@pytest.mark.parametrize(
    "text",
    [
        'The party met on Friday. "A second strike before Christmas must be avoided," said Social Democrat transport spokesman Tobias Kehl.',
        'The party called on both sides to talk. "A second strike must be avoided," said Social Democrat transport spokesman Tobias Kehl.',
    ],
)
def test_a_party_word_before_a_role_and_a_name_is_no_speaker(text):
    """"said Social Democrat transport spokesman Tobias Kehl": the party's noun modifies the role, and the name that
    closes the noun phrase speaks (as "said Labour MP Tobias Kehl"), however the parser cut the subject."""
    assert quote_speakers(text, "en")[-1] == "Tobias Kehl"
