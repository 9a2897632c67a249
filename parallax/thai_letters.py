"""Thai consonants in Latin letters, for hearing a name written in Thai (:mod:`parallax.sounds`).

Thai writes foreign names by sound ("มีรา กฤษณัน" Meera Krishnan), but with no romanisation its speakers never met
the same person named in another script, and a quotation translated into Thai stayed a single source.  Only the
consonants matter to a sound key: vowels (written before, above, below or after their consonant) are dropped; the
letters follow the Royal Thai General System ("ph", "th", "kh" aspirated), "ฤ" is the vocalic "ri" and "อ" carries
no sound.  A consonant under the silencer (์) is read too: Thai keeps it to spell a foreign name's letters ("ทรัมป์"
Trump, "โดนัลด์" Donald), which the other report's spelling has.
"""

from __future__ import annotations

import re
import unicodedata

THAI_CONSONANTS = dict(
    zip(
        "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮฤฦ",
        "k kh kh kh kh kh ng j ch ch s ch y d t th th th n d t th th th n b p ph f ph f ph m y r l w s s s h l - h ri lu".split(),
        strict=True,
    )
)
THAI_CONSONANTS["อ"] = ""


# Thai runs its words together: a run between spaces is a clause, not a word.  A Thai word spends about four letters
# that take a place of their own on the line (consonants and the vowels written beside them; the vowels and tone
# marks above and below take none: "นี่คือประวัติศาสตร์", this is history, holds 13 in three words)
_THAI_RUN = re.compile(r"[\u0e01-\u0e4e]+")
_LETTERS_A_WORD = 4


def thai_words(text: str) -> tuple[int, str]:
    """How many Thai words ``text``'s Thai runs hold, at least one a run (rounded down: a short quotation stays short),
    and the text with those runs taken out."""
    runs = _THAI_RUN.findall(text)
    spaced = [sum(1 for c in run if unicodedata.category(c) != "Mn") for run in runs]
    return sum(max(1, n // _LETTERS_A_WORD) for n in spaced), _THAI_RUN.sub(" ", text)
