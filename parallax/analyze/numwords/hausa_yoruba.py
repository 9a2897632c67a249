"""Hausa and Yoruba number words.

Hausa counts after the noun ("mutane biyar", five people); the teens are ten "sha" a unit ("goma sha biyu", 12), the
tens are of Arabic stock and take their unit with "da" ("ashirin da biyar", 25), and "dari" (hundred) and "dubu"
(thousand) stand before what multiplies them ("dari biyu", 200; "dubu uku", 3,000), as "miliyan" does ("naira
miliyan uku", three million naira).  "daya" (one) is also "the
other" and "tara" (nine) also "gathered" ("an tara kudi"): neither is read alone.

Yoruba counts in twenties, taking away from the next twenty as much as adding: 15 is "mẹ́ẹ̀ẹ́dógún" (five off
twenty), 16 to 19 "... dín lógún" (less than twenty); 40 "ogójì" (twenty times two), 60 "ọgọ́ta", 80 "ọgọ́rin", 100
"ọgọ́rùn-ún" (twenty times five), the odd tens five-off words ("àádọ́ta", 50, is ten off sixty).  The words are
listed whole, with their tones as the press sets them (without them many are other words: "ogun" is war, "igba" a
calabash); "ẹgbẹ̀rún" (thousand) and "ọgọ́rùn-ún" stand before what multiplies them ("ẹgbẹ̀rún méjì", 2,000).
"""

from __future__ import annotations

import unicodedata

from parallax.analyze.numwords.base import HUNDRED, THOUSAND, NumberWords, tens_and_units

_HA_UNITS = {1: ["daya", "ɗaya"], 2: ["biyu"], 3: ["uku"], 4: ["hudu", "huɗu"], 5: ["biyar"], 6: ["shida"], 7: ["bakwai"],
             8: ["takwas"], 9: ["tara"]}  # fmt: skip
_HA_TENS = {20: "ashirin", 30: "talatin", 40: "arba'in", 50: "hamsin", 60: "sittin", 70: "saba'in", 80: "tamanin", 90: "casa'in"}


def _hausa() -> dict[str, float]:
    words: dict[str, float] = {w: n for n, forms in _HA_UNITS.items() for w in forms} | {"goma": 10}
    words |= {f"goma sha {u}": 10 + n for n, forms in _HA_UNITS.items() for u in forms}
    words |= tens_and_units(_HA_TENS, _HA_UNITS, "{t} da {u}")
    words |= {t.replace("'", "’"): n for t, n in words.items() if "'" in t}  # (the press's curly apostrophe)
    for scale, word in ((HUNDRED, "dari"), (THOUSAND, "dubu"), (1_000_000, "miliyan"), (1_000_000_000, "biliyan")):
        words |= {f"{word} {u}": scale * n for n, forms in _HA_UNITS.items() for u in forms[:1] if n > 1}
        words[word] = scale
    return words


_YO_UNITS = {1: "ọ̀kan", 2: "méjì", 3: "mẹ́ta", 4: "mẹ́rin", 5: "márùn-ún", 6: "mẹ́fà", 7: "méje", 8: "mẹ́jọ", 9: "mẹ́sàn-án", 10: "mẹ́wàá",
             11: "mọ́kànlá", 12: "méjìlá", 13: "mẹ́tàlá", 14: "mẹ́rìnlá", 15: "mẹ́ẹ̀ẹ́dógún", 16: "mẹ́rìndínlógún", 17: "mẹ́tàdínlógún",
             18: "méjìdínlógún", 19: "mọ́kàndínlógún", 20: "ogún", 30: "ọgbọ̀n", 40: "ogójì", 50: "àádọ́ta", 60: "ọgọ́ta", 70: "àádọ́rin",
             80: "ọgọ́rin", 90: "àádọ́rùn-ún", 100: "ọgọ́rùn-ún", 200: "igba", 1000: "ẹgbẹ̀rún"}  # fmt: skip
# the units as written without their last syllable's repeated vowel, as often ("márùn", "mẹ́sàn", "ọgọ́rùn")
_YO_SHORT = {"márùn": 5, "mẹ́sàn": 9, "ọgọ́rùn": 100, "àádọ́rùn": 90}


def _yoruba() -> dict[str, float]:
    words: dict[str, float] = {unicodedata.normalize("NFC", w): n for n, w in _YO_UNITS.items()}
    words |= {unicodedata.normalize("NFC", w): n for w, n in _YO_SHORT.items()}
    for value, scale in ((THOUSAND, "ẹgbẹ̀rún"), (HUNDRED, "ọgọ́rùn-ún")):
        words |= {unicodedata.normalize("NFC", f"{scale} {_YO_UNITS[n]}"): value * n for n in range(2, 11)}
    return words


LANGUAGES: dict[str, NumberWords] = {
    "ha": NumberWords(words=_hausa(), not_alone=frozenset({"daya", "ɗaya", "tara"}), scales={"miliyan": 1e6, "biliyan": 1e9}),
    # ("igba", 200, is also a calabash and, with other tones, time: read only with a scale)
    "yo": NumberWords(words=_yoruba(), not_alone=frozenset({"ọ̀kan", "igba"}), scales={"mílíọ̀nù": 1e6, "mílíọ́nù": 1e6}),
}
