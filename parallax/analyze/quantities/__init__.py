"""Numbers and quantities: digits, number words, and the noun they count.

The counted noun (``unit``) is what makes "30 members" and "32 members"
comparable while "30 members" and "2 days" are not.

One module per concern, each importable on its own; this package exposes the public names:

- :mod:`.base`: each language's number words, case folding, the shared helpers
- :mod:`.scales`: scale words ("million", "тысячи", "万") and the rest of a number after its scale
- :mod:`.pattern`: the regular expression that finds a number, per language
- :mod:`.values`: what a number is worth (:func:`parse_number`, :func:`approximate_range`)
- :mod:`.units`: the counted noun after a number, and the words that are none
- :mod:`.money`: the currency of a sum, one sign however it is written ("$1.2bn", "US$", "dollars")
- :mod:`.nordic`: Swedish, Danish and Norwegian crowns (SEK, DKK, NOK) and Danish and Norwegian ordinals ("3. gang")
- :mod:`.south_slavic`: Croatian, Bosnian and Serbian marks, dinars and kunas (BAM, RSD, HRK)
- :mod:`.endings`: Finnish and Swedish endings after a colon ("12:lle", "3:e"), Finnish case endings on the noun
- :mod:`.thai`: Thai classifiers, scales and Buddhist-era years
- :mod:`.turkish`: a percent written before its number ("%38", "yüzde 38")
- :mod:`.dates`: a day of a month is a date, never a count
- :mod:`.clock`: a clock time is no count
- :mod:`.labels`: identifiers and ages, kept under :data:`LABEL` and :data:`AGE`
- :mod:`.tallies`: scores and votes ("beat City 3-1"), kept whole under :data:`TALLY` (:mod:`.tally_words`: the words of a result)
- :mod:`.cjk_rules`: Chinese, Japanese and Korean numbers that count nothing, and what they measure
- :mod:`.arabic`: Arabic counts after their noun, and duals
- :mod:`.ambiguous_words`: number words that are other words too
- :mod:`.attributive`: "500m" run on to a word of length is metres; a bare scaled sum takes the currency named before it
- :mod:`.fractions`: a fraction of a count ("a third of the 900 workers" counts 300)
- :mod:`.find`: :func:`find_quantities`, where the rules meet in the order they apply
- :mod:`.component`: the ``quantities`` pipeline stage (:func:`add_quantities`)
"""

from __future__ import annotations

from parallax.analyze.quantities.component import add_quantities
from parallax.analyze.quantities.find import find_quantities
from parallax.analyze.quantities.labels import AGE, LABEL
from parallax.analyze.quantities.scales import CJK_SCALE, SCALE
from parallax.analyze.quantities.tallies import TALLY, tally_pair
from parallax.analyze.quantities.values import approximate_range, parse_number

__all__ = [
    "AGE", "CJK_SCALE", "LABEL", "SCALE", "TALLY", "add_quantities", "approximate_range", "find_quantities", "parse_number", "tally_pair",
]
