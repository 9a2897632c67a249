"""A Turkish company's turnover and profit, as :mod:`.share_kinds` names the sales and the profit elsewhere.

"Şirketin cirosu 5 milyar lira" (turnover) against "kârı 300 milyon lira" (its profit) set 5 billion lira against
300 million as one figure: the table wrote "satış" and "hasılat" only.  The sales are also "ciro" (turnover) and
"gelir" (revenue, in its possessive and plural forms "geliri", "gelirleri": the bare "gelir" is also the verb
"comes"); the profit is "kazanç" (earnings) and "kâr".  "kâr" is read with its circumflex, unfolded: folded, "kar"
opens "karar" (decision), "karışık" (mixed) and "kar" (snow), which name no result.
"""

from __future__ import annotations

# folded openings, added to the table's own
TURKISH_RESULTS: dict[str, tuple[str, ...]] = {
    "sales": ("ciro", "geliri", "gelirle"),
    "profit": ("kazanc",),
}
# openings read on the word as written (lower case), where the mark tells the word apart
_MARKED = (("kâr", "profit"),)


def marked_kinds(words: list[str]) -> frozenset[str]:
    """The kinds the words name by an opening written with its mark ("kârı" is profit, "karar" is none)."""
    return frozenset(kind for w in words for opening, kind in _MARKED if w.lower().startswith(opening))
