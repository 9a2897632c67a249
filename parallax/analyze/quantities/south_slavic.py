"""Croatian, Bosnian and Serbian money: the convertible mark, the dinar and the kuna, as ISO codes.

Bosnia and Herzegovina counts in convertible marks, written "KM" after the figure ("2,5 miliona KM",
"12 mil. KM", Cyrillic "500 КМ") or, less often, before it ("KM 500"); the press of all three languages
writes it so when it reports from Bosnia.  In lower case "km" is the kilometre, and in upper case a
kilometre is written only in headlines set in capitals, so only the upper-case "KM" is money, and only in
these languages (a German "12 KM" stays a distance).  Serbia counts in dinars ("300 dinara", "5.000 din.",
"2 милиона динара", "RSD 90.000"), and Croatia counted in kunas until 2023 ("7.000 kuna", "450 kn"), which
its archives and its comparisons of prices still write.  Each sum takes its currency's ISO code ("BAM",
"RSD", "HRK"), as the crowns do (:mod:`.nordic`), so that two reports of one sum compare and a sum in
marks never meets one in kilometres or in another currency.  (A dinar of another country is written with
its adjective, "kuvajtskih dinara", and is no noun read here; the euro is "€" in :mod:`.money`.)
"""

from __future__ import annotations

import re

_LANGUAGES = frozenset({"hr", "bs", "sr"})
# the currency nouns as units.unit_after writes them (lower case, final "s" off), both scripts
_NOUN_CODE = {
    **dict.fromkeys(("din", "dinar", "dinara", "dinari", "dinare", "dinarima", "дин", "динар", "динара", "динари", "динаре", "динарима"), "RSD"),
    **dict.fromkeys(("kuna", "kune", "kuni", "kunu", "kunama", "kn"), "HRK"),
    # "500 konvertibilnih maraka": the adjective is the word after the figure
    **dict.fromkeys(("konvertibilna", "konvertibilne", "konvertibilnih", "konvertibilnim", "конвертибилна", "конвертибилне",
                     "конвертибилних", "конвертибилним"), "BAM"),
}  # fmt: skip
# the codes, in their case: after the figure (also past a scale's full stop: "12 mil. KM") and before it ("KM 500")
_CODES = {"KM": "BAM", "КМ": "BAM", "BAM": "BAM", "RSD": "RSD", "РСД": "RSD", "HRK": "HRK"}
_CODE_AFTER = re.compile(r"(?:(?<=[^\W\d_])\.)?[ \u00a0]?(KM|КМ|BAM|RSD|РСД|HRK)(?![^\W\d_])")
_CODE_BEFORE = re.compile(r"(?<![^\W\d_])(KM|КМ|BAM|RSD|РСД|HRK)[ \u00a0]?\Z")


def shtokavian_currency(text: str, start: int, end: int, noun: str | None, lang: str) -> str | None:
    """The ISO code of a sum in marks, dinars or kunas for the number at ``text[start:end]`` in ``lang``
    (Croatian, Bosnian or Serbian), read from its code after or before it or from its noun; None when it
    is no such sum or the language is another."""
    if lang not in _LANGUAGES:
        return None
    if code := _CODE_AFTER.match(text, end):
        return _CODES[code.group(1)]
    if noun in _NOUN_CODE:
        return _NOUN_CODE[noun]
    if code := _CODE_BEFORE.search(text, max(0, start - 5), start):
        return _CODES[code.group(1)]
    return None
