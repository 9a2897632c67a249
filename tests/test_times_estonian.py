"""Estonian time expressions: case endings on dates and weekdays ("3. veebruaril", "reedel", "laupäeva õhtul"),
"tagasi" (ago) only after a count, the present tense looking ahead.  Invented sentences; PUB is a Wednesday."""

from __future__ import annotations

import pytest

from tests.helpers import resolved

PUB = "2026-03-18"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Tartu linnavolikogu kogunes esmaspäeval.", "esmaspäeval", "2026-03-16"),
        ("Tartu linnavolikogu koguneb reedel.", "reedel", "2026-03-20"),
        ("Pärnu sadam suleti 3. veebruaril.", "3. veebruaril", "2026-02-03"),
        ("Uus sild avatakse 12. augustil 2027.", "12. augustil 2027", "2027-08-12"),
        ("Narvas katkes elekter kaks päeva tagasi.", "kaks päeva tagasi", "2026-03-16"),
        ("Remont kestis neli aastat.", "neli aastat", "P4Y"),
        ("Rong väljus eile kell 7.45 Tallinnast.", "kell 7.45", "2026-03-17T07:45"),
        ("Valitsus kinnitas eelmisel nädalal eelarve.", "eelmisel nädalal", "2026-W11"),
    ],
)  # fmt: skip
def test_estonian_times(text, expr, value):
    got = resolved("et", text, PUB)
    assert got.get(expr) == value, got


def test_back_of_a_phrasal_verb_is_no_ago():
    """"tagasi astuma" (to resign) holds "tagasi" (back) with no count before it: no time but "eile"."""
    assert resolved("et", "Linnapea astus eile tagasi.", PUB) == {"eile": "2026-03-17"}
