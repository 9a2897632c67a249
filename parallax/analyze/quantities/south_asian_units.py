"""Hindi, Urdu and Bengali: the words between a count and its noun that are no noun.

An adjective stands between a count and the noun it counts, as in English: "तीन नई टुकड़ियाँ" (three new units),
"पांच अन्य लोग" (five other people), Urdu "تین نئے ہسپتال" (three new hospitals), Bengali "তিনটি নতুন সেতু".  Read
as the noun, "new" made the count one of "नई" and no other report's count of units met it.  The adjective is
passed and the noun after it read, as "Sieben weitere Bewohner" is read past "weitere" (:data:`.units.OTHER_WORDS`).

Urdu writes its postpositions as separate words after a noun or a figure, as Hindi does: "1122 کے" (of), "5 سے
زائد" (more than 5), "20 میں سے" (of 20); none is a noun counted.
"""

from __future__ import annotations

# (new, in every gender and number; other; more)
ADJECTIVES_BEFORE_NOUN: dict[str, frozenset[str]] = {
    "hi": frozenset("नई नए नया नयी नये अन्य दूसरे अतिरिक्त".split()),
    "ur": frozenset("نئے نئی نیا دیگر مزید دوسرے اضافی".split()),
    "bn": frozenset("নতুন অন্য আরও অতিরিক্ত".split()),
}
# the Urdu postpositions, conjunctions and the copula after a figure (Hindi's are in :mod:`.units`)
UR_STOPS = frozenset("کے کی کا کو سے میں نے پر اور یا تک بھی ہی ہے ہیں تھا تھے تھی".split())
