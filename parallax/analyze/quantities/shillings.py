"""East African shillings before their figure: "Sh4.2 billion", "KSh 300 million", "TSh 5,000", "USh 2bn".

Kenyan papers write the Kenyan shilling as "Sh" (or "KSh", "Ksh") glued to the figure, Tanzanian and Ugandan ones
"TSh" and "USh"; the number pattern read none of them as a currency, so "Sh4.2 billion" was no sum and two reports'
contract values never met.  Only before a digit, in the case written (a word "Sh" is no currency); "Sh" alone is
the Kenyan shilling, the one the region's English press most writes so (a Tanzanian paper's "Sh" meets its
neighbours' only when both write it so).
"""

from __future__ import annotations

SHILLING_BEFORE = r"(?-i:KSh|Ksh|KES|TSh|Tsh|TZS|USh|Ush|UGX|Sh)(?=[ \u00a0]?\d)"
SHILLING_CODE = {"KSH": "KES", "SH": "KES", "TSH": "TZS", "USH": "UGX"}
