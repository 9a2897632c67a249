"""Session 35's votes: a parliament's vote told side first or in a sentence of its own is one tally, and it meets
another report's tally across languages (helper votes35)."""

from __future__ import annotations

import pytest

from parallax.analyze.quantities import TALLY, find_quantities, tally_pair


def _tallies(text: str, lang: str) -> list[tuple[int, int] | None]:
    return [tally_pair(q.text) for q in find_quantities(text, lang, []) if q.unit == TALLY]


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("Za hlasovalo 241 poslanců, proti 98, zdrželo se 12.", "cs", (241, 98)),
        ("Za hlasovalo 120 poslancov, proti bolo 40, zdržalo sa 5.", "sk", (120, 40)),
        ("За проголосовали 241 депутат, против — 89, воздержались 12.", "ru", (241, 89)),
        ("Законопроект поддержали 241 депутат, против выступили 98.", "ru", (241, 98)),
        ("За проголосували 241 народний депутат, проти — 98.", "uk", (241, 98)),
        ("Za głosowało 241 posłów, przeciw 98, a 12 wstrzymało się od głosu.", "pl", (241, 98)),
        ("Für den Antrag stimmten 241 Abgeordnete, dagegen 98, 12 enthielten sich.", "de", (241, 98)),
        ("Au votat pentru 241 de deputați, împotrivă 98, iar 12 s-au abținut.", "ro", (241, 98)),
        ("I voti favorevoli sono stati 241, quelli contrari 98.", "it", (241, 98)),
        ("Votaron a favor 241 diputados, en contra 98.", "es", (241, 98)),
        ("Ont voté pour 241 députés, contre 98.", "fr", (241, 98)),
        ("Voor stemden 76 Kamerleden, tegen 74.", "nl", (76, 74)),
        ("Igennel 214 képviselő szavazott, nemmel 98.", "hu", (214, 98)),
    ],
)
def test_vote_told_side_first_is_one_tally(text: str, lang: str, pair: tuple[int, int]) -> None:
    """The side in favour before its count ("Za hlasovalo 241 poslanců, proti 98") makes one tally; the
    abstentions after it stay a count of their own."""
    assert _tallies(text, lang) == [pair]


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("Il testo è passato con 241 sì e 98 no.", "it", (241, 98)),
        ("241 députés ont voté pour, 98 contre.", "fr", (241, 98)),
        ("Er stemden 76 Kamerleden voor en 74 tegen.", "nl", (76, 74)),
        ("214 képviselő szavazott igennel, 98 nemmel.", "hu", (214, 98)),
    ],
)
def test_more_sides_after_their_counts(text: str, lang: str, pair: tuple[int, int]) -> None:
    """Italian "sì"/"no", a French verb of voting before "pour", Dutch voters named before "voor", Hungarian
    "igennel"/"nemmel": the side after its count, as :mod:`.vote_splits` reads it."""
    assert _tallies(text, lang) == [pair]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Un budget pour 241 communes, contre 98 l'an dernier.", "fr"),
        ("Für Berlin wurden 241 Fälle gemeldet, dagegen 98 in Hamburg.", "de"),
        ("Pro děti je 120 míst, proti loňsku 40 navíc.", "cs"),
        ("Кворум составляет 226 депутатов, за проголосовать должны 226.", "ru"),
        ("Za rok 2025 było 241 wniosków, przeciw 98 w 2024.", "pl"),
    ],
)
def test_side_words_without_a_vote_are_no_tally(text: str, lang: str) -> None:
    """ "pour … contre", "für … dagegen" set figures side by side with no vote; a quorum is no vote: no tally."""
    assert _tallies(text, lang) == []
