"""The Nigerian naira before its figure: "N2.4bn", "N50 million", "N1,500", "₦2.4 billion", "NGN 5 billion".

Nigerian papers write the naira as a capital N glued to the figure (the sign "₦" is rarer in print), which the number
pattern read as no currency: "N50 million" was no quantity at all, and "N2.4bn" against another report's "N2.1bn" or
"2.1 billion naira" showed no conflict.  A capital N before a figure is also a road's number ("the N2"), so the N is
the naira only where the figure is a sum's shape, as the rand's R (:mod:`.rand`): grouped in thousands ("N1,500")
or with a scale after it ("N50 million", "N2.4bn", "N500m").  "₦" and the code "NGN" are the naira before any figure,
and the noun "naira" after one (:mod:`.national`); the sum takes the ISO code, "NGN".
"""

from __future__ import annotations

_SCALE = r"million|billion|trillion|bn|tr|[mb]"
NAIRA_BEFORE = (
    r"₦|(?-i:NGN)(?=[ \u00a0]?\d)"
    rf"|(?-i:N)(?=\d{{1,3}}(?:,\d{{3}})+(?![\d,]\d)|\d{{1,4}}(?:\.\d{{1,2}})?[ \u00a0]?(?i:{_SCALE})(?!\w))"
)
NAIRA_CODE = {"₦": "NGN", "N": "NGN"}
