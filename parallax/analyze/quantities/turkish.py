"""Turkish writes a percent before its number: "%38", "yüzde 38", "yüzde 2,5'e" (the sign or the word
"yüzde" first, as Turkish spelling rules have it), where other languages put it after ("38%").
Read as a bare figure, "enflasyon yüzde 38 oldu" would count "oldu"; it is a share.  Thai writes its word for
"percent" first too: "ร้อยละ 68" (68%), which had been read as a bare figure; and Swahili "asilimia 40" (40%), which
had been a count of the "ya" (of) after it.
"""

from __future__ import annotations

import re

_PERCENT_BEFORE = {"tr": re.compile(r"(?:%|％|(?<!\w)yüzde[ \u00a0]+)\Z", re.I), "th": re.compile(r"ร้อยละ[ \u00a0]*\Z"),
                   "sw": re.compile(r"(?<!\w)asilimia[ \u00a0]+\Z", re.I)}


def percent_before(text: str, start: int, lang: str) -> int | None:
    """Where a percent written before the number at ``start`` begins, in Turkish or Thai (so that a hedge
    before it, "yaklaşık yüzde 38", still stands right before the quantity), else None."""
    if lang not in _PERCENT_BEFORE or not (m := _PERCENT_BEFORE[lang].search(text, max(0, start - 12), start)):
        return None
    return m.start()


# Turkish writes an ordinal as its figure and a full stop ("55. dakikada", in the 55th minute; "14. haftasında", in
# week 14; "3. sırada", in third place), as Danish and Norwegian do (:func:`.nordic.dot_ordinal`): a full stop with a
# word in lower case after it closes no sentence, so the figure is an ordinal, no count ("55. dakikada" had conflicted
# with another report's "pulled one back")
_DOT_ORDINAL = re.compile(r"\.[ \u00a0]+[a-zçğıöşü]")


def turkish_dot_ordinal(text: str, end: int, lang: str) -> bool:
    """Whether the figure that ends at ``end`` is a Turkish ordinal ("55. dakikada")."""
    return lang == "tr" and _DOT_ORDINAL.match(text, end) is not None
