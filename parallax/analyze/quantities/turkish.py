"""Turkish writes a percent before its number: "%38", "yüzde 38", "yüzde 2,5'e" (the sign or the word
"yüzde" first, as Turkish spelling rules have it), where other languages put it after ("38%").
Read as a bare figure, "enflasyon yüzde 38 oldu" would count "oldu"; it is a share.
"""

from __future__ import annotations

import re

_PERCENT_BEFORE = re.compile(r"(?:%|％|(?<!\w)yüzde[ \u00a0]+)\Z", re.I)


def percent_before(text: str, start: int, lang: str) -> int | None:
    """Where a percent written before the number at ``start`` begins, in Turkish (so that a hedge
    before it, "yaklaşık yüzde 38", still stands right before the quantity), else None."""
    if lang != "tr" or not (m := _PERCENT_BEFORE.search(text, max(0, start - 8), start)):
        return None
    return m.start()
