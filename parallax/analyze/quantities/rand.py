"""The South African rand before its figure: "R50 000", "R2,5 miljoen", "R3 million", "R1.2bn".

South African news in English and Afrikaans writes the rand as a capital R glued to the figure, which the number
pattern read as no currency, so "R3 million" was no quantity at all and two reports' sums in rand were never set
against each other.  A capital R before a figure is also a road's or a form's number ("the R61", "form R101"), so
the R is the rand only where the figure is a sum's shape: grouped in thousands ("R50 000", "R1,500") or with a
scale after it ("R2,5 miljoen", "R3 million", "R1.2bn", "R500m").  The sum takes the rand's ISO code, "ZAR".
"""

from __future__ import annotations

_SCALE = r"million|miljoen|billion|miljard|biljoen|bn|m"
RAND_BEFORE = rf"(?-i:R)(?=\d{{1,3}}(?:[ \u00a0,.]\d{{3}})+(?![\d,.]\d)|\d{{1,4}}(?:[,.]\d{{1,2}})?[ \u00a0]?(?i:{_SCALE})(?!\w))"
RAND_CODE = {"R": "ZAR"}
