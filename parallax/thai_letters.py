"""Thai consonants in Latin letters, for hearing a name written in Thai (:mod:`parallax.sounds`).

Thai writes foreign names by sound ("มีรา กฤษณัน" Meera Krishnan), but with no romanisation its speakers never met
the same person named in another script, and a quotation translated into Thai stayed a single source.  Only the
consonants matter to a sound key: vowels (written before, above, below or after their consonant) are dropped; the
letters follow the Royal Thai General System ("ph", "th", "kh" aspirated), "ฤ" is the vocalic "ri" and "อ" carries
no sound.  A consonant under the silencer (์) is read too: Thai keeps it to spell a foreign name's letters ("ทรัมป์"
Trump, "โดนัลด์" Donald), which the other report's spelling has.
"""

from __future__ import annotations

THAI_CONSONANTS = dict(
    zip(
        "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮฤฦ",
        "k kh kh kh kh kh ng j ch ch s ch y d t th th th n d t th th th n b p ph f ph f ph m y r l w s s s h l - h ri lu".split(),
        strict=True,
    )
)
THAI_CONSONANTS["อ"] = ""
