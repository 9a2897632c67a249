"""Malay or Indonesian, for a text the identifier is sure is one of the two.

The two standards share most of their words, and py3langid's character n-grams split a short report
between them ("Seramai 12 mangsa maut selepas feri karam di perairan Sabah semalam" scores Malay 0.6,
Indonesian 0.4), so neither alone reaches the bar a language outside the common set must clear and a
Malay report went to the nearest common language, or to Indonesian where Malay was not offered.  As
for Croatian, Bosnian and Serbian (:mod:`parallax.ingest.language`), the group is named when the
identifier is sure of it, and the member by the news words each standard writes and the other does
not: Malay "kerana", "bahawa", "selepas", "kerajaan", "polis", "peratus", "Isnin", "Khamis", "Jumaat",
"minggu lepas"; Indonesian "karena", "bahwa", "pemerintah", "polisi", "persen", "Senin", "Kamis",
"Jumat", "kemarin", "pekan lalu".  Where the words do not tell, the identifier's better of the two.
"""

from __future__ import annotations

import re

from parallax.ingest.word_pairs import pick_by_words

GROUP = ("id", "ms")

_MALAY = re.compile(
    r"(?<!\w)(?:kerana|bahawa|selepas|kerajaan|wang|polis|peratus|bilion|isnin|khamis|jumaat|ahad|(?:minggu|bulan|tahun)\s+lepas"
    r"|memaklumkan|dimaklumkan|menerusi|hospital|jabatan|kenyataan|ringgit|bomba|bagaimanapun|sebarang|seramai"
    r"|datuk|dato'?|tan\s+sri|pesuruhjaya|sehingga\s+kini|pada\s+masa\s+ini"
    r"|mengundi|pengundi)(?!\w)"
)
_INDONESIAN = re.compile(
    r"(?<!\w)(?:karena|bahwa|pemerintah|uang|polisi|kepolisian|persen|miliar|senin|kamis|jumat|kemarin"
    r"|pekan\s+(?:lalu|depan|ini)|tewas|korban|rupiah|petugas|dinas|mengungkapkan|rumah\s+sakit|wib|wita|kabupaten"
    r"|bupati|walikota|wali\s+kota|pengadilan|kantor|saat\s+ini|nggak|enggak)(?!\w)"
)


def pick(text: str, probs: dict[str, float]) -> tuple[str, float]:
    """``"id"`` or ``"ms"`` (those of :data:`GROUP` in ``probs``, the identifier's scores) for ``text``, and
    how sure: the group's score where the words decide, else the identifier's share of the group."""
    return pick_by_words(text, probs, {"id": _INDONESIAN, "ms": _MALAY})
