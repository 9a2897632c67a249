"""QA round 48b (Hungarian, Baltic, Ukrainian, Turkish, Catalan and more): a time phrase after a speaker's role,
Turkish capital I's in time phrases, and the other faults listed in each test."""

from __future__ import annotations

from tests.helpers import analyzed, resolved


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in analyzed(text, lang).quotes]


def test_turkish_dotted_capital_i_opens_a_time_phrase() -> None:
    # published on Friday 2026-11-20: "İki hafta önce" is two weeks before, "İKİ YIL ÖNCE" two years before
    got = resolved("tr", "Maden ocağı İki hafta önce kapatılmıştı.", "2026-11-20T10:00:00Z")
    assert got.get("İki hafta önce") == "2026-W45"
    got = resolved("tr", "GREV İKİ YIL ÖNCE BAŞLADI.", "2026-11-20T10:00:00Z")
    assert got.get("İKİ YIL ÖNCE") == "2024"


def test_a_hungarian_role_after_the_cue_then_when_it_was_said_speaks() -> None:
    assert _speakers("„Elfogyott a türelmünk” – mondta a szakszervezet elnöke tegnap.", "hu") == ["szakszervezet elnöke"]
    assert _speakers("„A gátat megerősítjük” – közölte a katasztrófavédelem szóvivője szerda reggel.", "hu") == ["katasztrófavédelem szóvivője"]
    assert _speakers("„Senki sem sérült meg” – mondta a tűzoltóparancsnok hétfőn.", "hu") == ["tűzoltóparancsnok"]

