"""An earthquake's magnitude, however an outlet writes it: one unit, "magnitude".

"A 6.1-magnitude earthquake" names the measure after the figure, "an earthquake of magnitude 6.4"
(French "séisme de magnitude 6,4", Spanish "sismo de magnitud 6,4") before it, and "a 6.4 quake"
not at all.  Read by the word after the number alone, the three would count "magnitude", "shook" and
"quake", and never meet: the conflict between two outlets' magnitudes would go unseen.  A figure
with a decimal part under 10 before a word for a quake is a magnitude too ("2 quakes" is a count).
"""

from __future__ import annotations

import re

MAGNITUDE = "magnitude"
# Japan's seismic intensity ("震度6強", upper 6; "震度5弱", lower 5): a level of the JMA's scale at a place, no count of
# "強" and no magnitude; the upper half of a level reads half a point above it (:func:`shindo_level`), so that "6弱"
# and "6強" differ as two reports' levels (the Chinese press writes it too, simplified: "震度6强")
SHINDO = "shindo"
_SHINDO_BEFORE = re.compile(r"震度[ \u00a0]?\Z")

# (Japanese "マグニチュード7.2", "マグニチュード（M）7.1"; Chinese "里氏7.1级", Taiwanese "芮氏規模6.5")
# (the word in any case and language: Ukrainian "магнітудою 5,4", Russian "магнитудой", Polish "o magnitudzie 5,4",
# Romanian "magnitudinea 5,4", Estonian "magnituudiga 5,4", Lithuanian "magnitudės 5,4", Latvian "magnitūdu 5,4")
_BEFORE = re.compile(
    r"(?<!\w)(?:magnitud\w*|magnitúd\w*|magnitūd\w*|magnituud\w*|richter|магнітуд\w*|магнитуд\w*)[ \u00a0-]?\Z"
    r"|(?:マグニチュード|里氏|芮氏)(?:規模|规模)?[ \u00a0]?(?:[（(][ ]?[MＭ][ ]?[）)])?[ \u00a0]?\Z",
    re.I,
)
# a word that is a magnitude before a figure with a decimal part only: Korean "규모 7.1" (규모 is any scale: "규모 5000억원"),
# Greek "μεγέθους 5,8" (of a size: "μέγεθος" is any size, a decimal figure under ten is a quake's)
# (the Korean word with its particle too: "지진의 규모를 5.6으로 수정했다", "규모는 5.8이었다")
_BEFORE_DECIMAL = re.compile(r"(?:규모[는를가은]?|μεγέθους|μέγεθος)[ \u00a0]?\Z", re.I)
_QUAKE_AFTER = re.compile(
    r"[ \u00a0-]?(?:earthquake|quake|tremor|temblor|aftershock)s?(?!\w)|[ \u00a0](?:büyüklüğünde|şiddetinde)(?!\w)"  # (Turkish)
    # "7.1级地震", "7.1級", "7.1の地震", "7.1의 지진": a Chinese grade, the quake after a particle
    r"|[级級]|の地震|[ \u00a0]?(?:의[ \u00a0]?)?지진",
    re.I,
)

# ... or the scale named after it, a few words on: "6.3 on the Richter scale", "6,3 độ richter", "6,4 stupně Richterovy
# škály", Greek "5,8 βαθμών της κλίμακας Ρίχτερ", "۶.۴ ریشتر", and Hindi's word of intensity right after it, "6.4 तीव्रता का भूकंप"
_SCALE_AFTER = re.compile(r"[^\d\n.,;]{0,28}?(?:richter|рихтер|ρ[ιί]χτερ|रिक्टर|ریشتر|ريختر|ריכטר)|[ \u00a0]?तीव्रता", re.I)


def magnitude_unit(text: str, start: int, end: int, value: float) -> str | None:
    """The unit "magnitude" when the number at ``start``-``end`` is an earthquake's magnitude (see the module)."""
    if _BEFORE.search(text, max(0, start - 16), start):
        return MAGNITUDE
    if _SHINDO_BEFORE.search(text, max(0, start - 3), start):
        return SHINDO
    figure = text[start:end]
    decimal = ("." in figure or "," in figure) and value < 10
    if decimal and (
        _QUAKE_AFTER.match(text, end) or _SCALE_AFTER.match(text, end) or _BEFORE_DECIMAL.search(text, max(0, start - 10), start)
    ):
        return MAGNITUDE
    return None


def shindo_level(text: str, end: int, value: float) -> tuple[float, int]:
    """A seismic intensity's level and where it ends: past "強" (upper, half a point up) or "弱" (lower) after it."""
    half = text[end : end + 1]
    return (value + 0.5, end + 1) if half in "強强" and half else (value, end + 1) if half == "弱" else (value, end)
