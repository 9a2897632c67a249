"""Language identification (py3langid, restricted to the configured set)."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...]):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(languages))
    return ident


SURE = 0.9  # how sure the identifier must be to name one of the ``more`` languages


def detect_language(text: str, languages: tuple[str, ...], more: tuple[str, ...] = ()) -> str | None:
    return detect_language_scored(text, languages, more)[0]


def detect_language_scored(text: str, languages: tuple[str, ...], more: tuple[str, ...] = ()) -> tuple[str | None, float]:
    """The language of ``text`` and how sure the identifier is (0 to 1).

    One of ``more`` is the answer only when the identifier is sure of it; otherwise the best
    of ``languages``.  Restricting the identifier to the common languages alone made Greek
    "Finnish" and Hebrew "Czech"; opening it to all let short Russian sentences go Bulgarian."""
    sample = text[:3000]
    if sum(c.isalpha() for c in sample) < 10:
        return None, 0.0
    extra = tuple(x for x in more if x not in languages)
    if not extra:
        lang, prob = _identifier(tuple(languages)).classify(sample)
        return lang, float(prob)
    # one pass over both sets: the best of ``languages`` alone is the same distribution renormalised
    probs = dict(_identifier((*languages, *extra)).rank(sample))
    shtokavian = {lang: probs[lang] for lang in SHTOKAVIAN if lang in probs}
    if len(shtokavian) > 1 and sum(shtokavian.values()) >= SURE:
        return _shtokavian(sample, shtokavian)
    best = max(probs, key=probs.__getitem__)
    if best in extra and probs[best] >= SURE:
        return best, float(probs[best])
    common = {lang: probs[lang] for lang in languages if lang in probs}
    lang = max(common, key=common.__getitem__)
    return lang, float(common[lang] / sum(common.values()))


# Croatian, Bosnian and Serbian are one language to the identifier's character n-grams: in the Latin
# script a Serbian report ranks Bosnian or Croatian first, none of the three reaches SURE, and the
# report went to the nearest common language, Czech.  Parallax reads the three with one set of rules
# (timelex.sh, numwords.south_slavic, the quotation cues), so the group is named whenever the
# identifier is sure of the group, and which of the three from what tells them apart in writing.
SHTOKAVIAN = ("hr", "bs", "sr")
# the reflex of old jat: Serbian is written ekavian ("vreme", "pre", "deo", "nedelja"), Croatian and
# Bosnian ijekavian ("vrijeme", "prije", "dio", "nedjelja"); frequent words of news in each form
_EKAVIAN = re.compile(
    r"(?<!\w)(?:pre|posle|gde|uvek|vreme|deo|delu|dete|deca|dece|ceo|cel[aoeu]|celog|celoj|reč|reči|rečima|vest|vesti|mest[aoiu]"
    r"|predsedni\w*|svetsk\w*|procen\w*|povređen\w*|ozleđen\w*|nedelj\w*|sred[aeu]|sredom|primer\w*|lekar\w*|reka|reke|reci|reku"
    r"|mleko|cen[aeu]|sledeć\w*|hteo|želeo|živeo|poslednj\w*|zameni\w*|izvešta\w*|mesec\w*|dve|verovatn\w*|sedni\w*|sedišt\w*"
    r"|uslov\w*|istorij\w*|odsto|pobed\w*|reši\w*|rešen\w*|rešava\w*|pesm\w*|napred|mer[aeiu]|telo|tela|telu|vek|veka|veku"
    r"|devojk\w*|delov\w*|obezbed\w*)(?!\w)"
)
_IJEKAVIAN = re.compile(
    r"(?<!\w)(?:prije|poslije|gdje|uvijek|vrijeme|dio|dijel\w*|dijete|djec\w*|cijel\w*|riječ\w*|vijest\w*|mjest\w*|predsjedni\w*"
    r"|svjetsk\w*|procjen\w*|povrijeđen\w*|ozlijeđen\w*|nedjelj\w*|srijed\w*|primjer\w*|liječni\w*|rijek[aeiu]|mlijek\w*|cijen\w*"
    r"|sljedeć\w*|slijed\w*|htio|želio|živio|posljednj\w*|zamjeni\w*|izvješ\w*|izvješt\w*|mjesec\w*|dvije|vjerojatn\w*|vjerovatn\w*"
    r"|sjedni\w*|sjedišt\w*|uvjet\w*|historij\w*|povijest\w*|pobjed\w*|pobijed\w*|riješ\w*|rješ\w*|pjesm\w*|naprijed|mjer[aeiu]\w*"
    r"|tijel\w*|vijek\w*|djevojk\w*|dijelov\w*|obezbjed\w*)(?!\w)"
)
# words of the Croatian standard alone (its month names, "tjedan", "tisuća", "tko"), and of the Bosnian
# and Serbian ones alone ("sedmica", "hiljada", "ko", the Latin month names)
_CROATIAN = re.compile(
    r"(?<!\w)(?:siječ\w*|veljač\w*|ožuj\w*|trav(?:anj|nja|nju)|svib(?:anj|nja|nju)|lip(?:anj|nja|nju)|srp(?:anj|nja|nju)|kolovoz\w*"
    r"|ruj(?:an|na|nu)|listopad\w*|studen(?:i|oga?|om)|prosin\w*|tjed(?:an|na|nu|nom|ni|ne|ana)|tisuć\w*|tko|obitelj\w*|tijekom"
    r"|glasnogovorni\w*|ravnatelj\w*|zrakoplov\w*|vlak\w*|kruh\w*|sveučiliš\w*|uhićen\w*|uhitil\w*|nogomet\w*|otok\w*|jučer"
    r"|priopć\w*|izvanredn\w*)(?!\w)"
)
_BOSNIAN_SERBIAN = re.compile(
    r"(?<!\w)(?:sedmic\w*|hiljad\w*|ko|šta|porodic\w*|tokom|univerzitet\w*|voz|voza|vozom|vozovi\w*|hljeb\w*|hleb\w*|uhapšen\w*"
    r"|fudbal\w*|ostrv\w*|juče|saopć\w*|saopšt\w*|opštin\w*|januar\w*|februar\w*|marta|aprila|maja|juna|jula|avgust\w*"
    r"|septemb\w*|oktob\w*|novemb\w*|decemb\w*|portparol\w*)(?!\w)"
)


def _shtokavian(text: str, probs: dict[str, float]) -> tuple[str, float]:
    """Croatian, Bosnian or Serbian, for a text the identifier is sure is one of them (``probs``: their
    scores), and how sure: the group's score where the writing decides, else the identifier's share.

    Serbian news alone writes Cyrillic, and Serbian is ekavian; of the ijekavian two, each standard has
    words of its own (:data:`_CROATIAN`, :data:`_BOSNIAN_SERBIAN`).  Where nothing tells, the
    identifier's best of the three stands.  (A Serbian report in ijekavian, from Republika Srpska or
    Montenegro, reads as Bosnian: the rules are the same.)"""
    group = sum(probs.values())
    letters = [c for c in text if c.isalpha()]
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters)
    low = text.lower()
    if "sr" in probs and cyrillic * 2 > len(letters):
        return "sr", group
    ekavian, ijekavian = len(_EKAVIAN.findall(low)), len(_IJEKAVIAN.findall(low))
    if "sr" in probs and ekavian > ijekavian:
        return "sr", group
    croatian, other = len(_CROATIAN.findall(low)), len(_BOSNIAN_SERBIAN.findall(low))
    if "hr" in probs and croatian > other:
        return "hr", group
    if other > croatian:
        pick = "bs" if ijekavian > ekavian or "sr" not in probs else max(("bs", "sr"), key=lambda x: probs.get(x, -1.0))
        if pick in probs:
            return pick, group
    best = max(probs, key=probs.__getitem__)
    return best, probs[best] / group
