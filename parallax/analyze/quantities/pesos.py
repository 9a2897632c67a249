"""The Philippine peso before its figure: "P5 million", "P5 milyon", "P1,250", "₱5 milyon", "PHP 2.5 billion".

Philippine papers in English and in Tagalog write the peso as a capital P glued to the figure; the number pattern read
it as no currency, so "P5 million" was no quantity at all and two reports' aid sums never met.  A capital P before a
figure is also a label ("form P5", a phase "P2"), so the P is the peso only where the figure is a sum's shape, as the
rand's R (:mod:`.rand`): grouped in thousands ("P1,250") or with a scale after it ("P5 million", "P5 milyon", "P2.5B",
"P500M").  "₱" and the code "PHP" are the peso before any figure.  The sum takes the ISO code, "PHP".
"""

from __future__ import annotations

_SCALE = r"million|milyon|billion|bilyon|trillion|trilyon|bn|[mMB]"
PESO_BEFORE = (
    rf"₱|(?-i:PHP|Php)(?=[ \u00a0]?\d)"
    rf"|(?-i:P)(?=\d{{1,3}}(?:,\d{{3}})+(?![\d,]\d)|\d{{1,4}}(?:\.\d{{1,2}})?[ \u00a0]?(?i:{_SCALE})(?!\w))"
)
PESO_CODE = {"₱": "PHP", "P": "PHP"}
