"""Language identification (py3langid, restricted to the configured set)."""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.ingest import afrikaans_language, malay_language
from parallax.ingest.african_language import african_language
from parallax.ingest.indic_language import indic_language


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
    if indic := indic_language(sample):  # Malayalam and Marathi, outside the identifier's set (:mod:`.indic_language`)
        return indic, 1.0
    if african := african_language(sample):  # Amharic, Hausa and Yoruba, outside it too (:mod:`.african_language`)
        return african, 1.0
    extra = tuple(x for x in more if x not in languages)
    if not extra:
        lang, prob = _identifier(tuple(languages)).classify(sample)
        return lang, float(prob)
    # one pass over both sets: the best of ``languages`` alone is the same distribution renormalised
    probs = dict(_identifier((*languages, *extra)).rank(sample))
    shtokavian = {lang: probs[lang] for lang in SHTOKAVIAN if lang in probs}
    if len(shtokavian) > 1 and sum(shtokavian.values()) >= SURE:
        return _shtokavian(sample, shtokavian)
    malay = {lang: probs[lang] for lang in malay_language.GROUP if lang in probs}
    if len(malay) > 1 and sum(malay.values()) >= SURE:
        return malay_language.pick(sample, malay)
    dutch = {lang: probs[lang] for lang in afrikaans_language.GROUP if lang in probs}
    if len(dutch) > 1 and sum(dutch.values()) >= SURE:  # Afrikaans went Dutch (:mod:`.afrikaans_language`)
        return afrikaans_language.pick(sample, dutch)
    best = max(probs, key=probs.__getitem__)
    if best in extra and probs[best] >= SURE:
        return best, float(probs[best])
    common = {lang: probs[lang] for lang in languages if lang in probs}
    lang = max(common, key=common.__getitem__)
    written = _by_the_letters(sample, best, lang, probs)
    if written:
        return written, float(probs[written] / (probs[written] + probs[lang]))
    return lang, float(common[lang] / sum(common.values()))


# letters one language of a pair the identifier confuses in a short text writes and the other never does
_RUSSIAN_ONLY = re.compile("[ыэёЫЭЁ]")
_BULGARIAN_VOWEL_YER = re.compile("ъ(?![еёюя])", re.I)  # "във", "сърце", "президентът"; Russian "объявил" only before е, ё, ю, я
_CZECH_ONLY = re.compile("[řěůŘĚŮ]")
_SLOVAK_ONLY = re.compile("[äľĺŕôÄĽĹŔÔ]")
_LONG_VOWEL = re.compile("[áéíóúýÁÉÍÓÚÝ]")
_CARON = re.compile("[čšžČŠŽ]")
# Serbian and Macedonian Cyrillic: letters of their own, and none of the East Slavic or Bulgarian alphabets'
_SERBIAN_MACEDONIAN = re.compile("[љњџјЉЊЏЈђћЂЋѓќѕЃЌЅ]")
_NOT_SERBIAN_MACEDONIAN = re.compile("[йяюыэёьъщєіїґЙЯЮЫЭЁЬЪЩЄІЇҐ]")
_SERBIAN_ONLY = re.compile("[ђћЂЋ]")
_MACEDONIAN_ONLY = re.compile("[ѓќѕЃЌЅ]")


def _by_the_letters(text: str, best: str, common: str, probs: dict[str, float]) -> str | None:
    """The language a short text's letters say it is, where the identifier, unsure of its ``best``,
    took the nearest ``common`` language: Bulgarian writes ъ as a vowel ("във", "президентът") and no
    ы, э, ё; Serbian and Macedonian Cyrillic write ј, љ, њ, џ (Serbian ђ, ћ; Macedonian ѓ, ќ, ѕ) and no й, я, ы, ь; Slovak ä, ľ, ĺ, ŕ, ô and no ř, ě, ů; and a text the identifier ranks Slovene or Croatian
    first is not Czech when it has č, š or ž but no ř, ě, ů and no long vowel (á, í, ý), which a Czech
    sentence rarely lacks.  Only languages the identifier was given (``probs``) are named."""
    if common == "ru" and "bg" in probs and not _RUSSIAN_ONLY.search(text) and _BULGARIAN_VOWEL_YER.search(text):
        return "bg"
    if common in ("ru", "uk") and _SERBIAN_MACEDONIAN.search(text) and not _NOT_SERBIAN_MACEDONIAN.search(text):
        # "Врата за разговор су отворена, рекао је …": ј, љ, њ, џ, ђ, ћ are no Russian or Ukrainian letters
        found = [x for x in ("sr", "mk") if x in probs]
        if _SERBIAN_ONLY.search(text) and "sr" in probs:
            return "sr"
        if _MACEDONIAN_ONLY.search(text) and "mk" in probs:
            return "mk"
        if found:
            return max(found, key=probs.__getitem__)
    if common == "cs" and not _CZECH_ONLY.search(text):
        if "sk" in probs and _SLOVAK_ONLY.search(text):
            return "sk"
        if best in ("sl", "hr", "bs", "sr") and probs[best] >= 0.5 and _CARON.search(text) and not _LONG_VOWEL.search(text):
            return best
    return None


# Croatian, Bosnian and Serbian are one language to the identifier's character n-grams: in the Latin
# script a Serbian report ranks Bosnian or Croatian first, none of the three reaches SURE, and the
# report went to the nearest common language, Czech.  Parallax reads the three with one set of rules
# (timelex.sh, numwords.south_slavic, the quotation cues), so the group is named whenever the
# identifier is sure of the group, and which of the three from what tells them apart in writing.
SHTOKAVIAN = ("hr", "bs", "sr")
# the reflex of old jat: Serbian is written ekavian ("vreme", "pre", "deo", "nedelja"), Croatian and
# Bosnian ijekavian ("vrijeme", "prije", "dio", "nedjelja"); frequent words of news in each form.  (Serbian
# is also written ijekavian, in Republika Srpska and Montenegro: there the standards' own words decide.)
_EKAVIAN = re.compile(
    r"(?<!\w)(?:pre|posle|gde|uvek|vreme|deo|delu|dete|deca|dece|ceo|cel[aoeu]|celog|celoj|reč|reči|rečima|vest|vesti|mest[aoiu]"
    r"|predsedni\w*|svetsk\w*|procen\w*|povređen\w*|ozleđen\w*|nedelj\w*|sred[aeu]|sredom|primer\w*|lekar\w*|reka|reke|reci|reku"
    r"|mleko|cen[aeu]|sledeć\w*|hteo|želeo|živeo|poslednj\w*|zameni\w*|izvešta\w*|mesec\w*|dve|verovatn\w*|sedni\w*|sedišt\w*"
    r"|pobed\w*|reši\w*|rešen\w*|rešava\w*|pesm\w*|napred|mer[aeiu]|telo|tela|telu|vek|veka|veku"
    r"|devojk\w*|delov\w*|obezbed\w*)(?!\w)"
)
_IJEKAVIAN = re.compile(
    r"(?<!\w)(?:prije|poslije|gdje|uvijek|vrijeme|dio|dijel\w*|dijete|djec\w*|cijel\w*|riječ\w*|vijest\w*|mjest\w*|predsjedni\w*"
    r"|svjetsk\w*|procjen\w*|povrijeđen\w*|ozlijeđen\w*|nedjelj\w*|srijed\w*|primjer\w*|liječni\w*|rijek[aeiu]|mlijek\w*|cijen\w*"
    r"|sljedeć\w*|slijed\w*|htio|želio|živio|posljednj\w*|zamjeni\w*|izvješ\w*|izvješt\w*|mjesec\w*|dvije|vjerojatn\w*|vjerovatn\w*"
    r"|sjedni\w*|sjedišt\w*|pobjed\w*|pobijed\w*|riješ\w*|rješ\w*|pjesm\w*|naprijed|mjer[aeiu]\w*"
    r"|tijel\w*|vijek\w*|djevojk\w*|dijelov\w*|obezbjed\w*)(?!\w)"
)
# the verbs news puts in the future most, by their stem: Serbian writes the future in one word ("biće",
# "održaće"), Croatian and Bosnian in two, the infinitive cut to its "t" ("bit će", "održat će")
_FUTURE_STEMS = (
    "bi|ima|mora|radi|traja|košta|održa|dobi|osta|posta|nastavi|učini|pokuša|odluči|traži|predstavi|otvori|zatvori|važi|iznosi|poče"
    "|treba|uradi|ponovi|pruži|obavi|donije|done"
)
_FUTURE_PERSON = "ću|ćeš|će|ćemo|ćete"
# words of each standard alone, in either jat reflex, and words two of them share against the third.  Croatian:
# its month names, "tjedan", "tisuća", "tko", "točno", "uvjet", "povijest"; Serbian: the "št" of "opština",
# "saopštiti", "uopšte" (Bosnian and Croatian "općina", "uopće"), "takođe", "avgust", "istorija", "evro", the
# future in one word; Bosnian: the "h" it keeps ("historija", "lahko", "mehko", "sahat", "kahva"), "saopćiti",
# "august".  Bosnian and Serbian share "sedmica", "hiljada", "ko", "šta", "uslov", the Latin month names;
# Bosnian and Croatian "općina", "također", "kći", the future in two words.  Shared words count for both, so
# a text is the standard its words fit best.  ("Hljeb", "voz", "hiljada" are Bosnian and ijekavian Serbian
# alike: a text with only those cannot be told, see :func:`_shtokavian`.)
_CROATIAN = re.compile(
    r"(?<!\w)(?:siječ\w*|veljač\w*|ožuj\w*|trav(?:anj|nja|nju)|svib(?:anj|nja|nju)|lip(?:anj|nja|nju)|srp(?:anj|nja|nju)|kolovoz\w*"
    r"|ruj(?:an|na|nu)|listopad\w*|studen(?:i|oga?|om)|prosin\w*|tjed(?:an|na|nu|nom|ni|ne|ana)|tisuć\w*|tko|obitelj\w*|tijekom"
    r"|glasnogovorni\w*|ravnatelj\w*|zrakoplov\w*|vlak\w*|kruh\w*|sveučiliš\w*|uhićen\w*|uhitil\w*|nogomet\w*|otok\w*|jučer"
    r"|priopć\w*|izvanredn\w*|točn\w*|točk\w*|uvjet\w*|povijest\w*|tvornic\w*)(?!\w)"
)
_SERBIAN = re.compile(
    rf"(?<!\w)(?:opšt\w*|saopšt\w*|uopšte|takođe|avgust\w*|istorij\w*|odsto|evr(?:o|a|u|ima)|sveštenik\w*|sveštenstv\w*|ćerk\w*"
    rf"|bezbjedn\w*|bezbedn\w*|vaspit\w*|(?:{_FUTURE_STEMS})(?:{_FUTURE_PERSON}))(?!\w)"
)
_BOSNIAN = re.compile(
    r"(?<!\w)(?:historij\w*|lahk\w*|polahk\w*|mehk\w*|sahat\w*|kahv\w*|hudovic\w*|saopć\w*|august|augusta|augustu)(?!\w)"
)
_BOSNIAN_SERBIAN = re.compile(
    r"(?<!\w)(?:sedmic\w*|hiljad\w*|ko|šta|porodic\w*|tokom|univerzitet\w*|voz|voza|vozom|vozovi\w*|hljeb\w*|hleb\w*|uhapšen\w*"
    r"|fudbal\w*|ostrv\w*|juče|januar\w*|februar\w*|marta|aprila|maja|juna|jula"
    r"|septemb\w*|oktob\w*|novemb\w*|decemb\w*|portparol\w*|uslov\w*|tačn\w*|tačk\w*|fabrik\w*)(?!\w)"
)
_BOSNIAN_CROATIAN = re.compile(
    rf"(?<!\w)(?:opć\w*|uopće|također|svećenik\w*|kćer\w*|kći|(?:{_FUTURE_STEMS})t\s(?:{_FUTURE_PERSON}))(?!\w)"
)


def _standard_scores(low: str) -> dict[str, int]:
    """How many words of each standard (lower-cased ``low``) has: its own words and those it shares."""
    hr, sr, bs = (len(p.findall(low)) for p in (_CROATIAN, _SERBIAN, _BOSNIAN))
    bs_sr, bs_hr = len(_BOSNIAN_SERBIAN.findall(low)), len(_BOSNIAN_CROATIAN.findall(low))
    return {"hr": hr + bs_hr, "bs": bs + bs_sr + bs_hr, "sr": sr + bs_sr}


def _shtokavian(text: str, probs: dict[str, float]) -> tuple[str, float]:
    """Croatian, Bosnian or Serbian, for a text the identifier is sure is one of them (``probs``: their
    scores), and how sure: the group's score where the writing decides, else the identifier's share.

    Serbian news alone writes Cyrillic, and an ekavian text is Serbian.  Otherwise each standard counts
    the words that fit it (:func:`_standard_scores`), and the one they fit best is named: "opština",
    "saopštila" and "biće" make an ijekavian text from Republika Srpska Serbian, "općina", "saopćila" and
    "historija" Bosnian, "tisuća" and "tjedan" Croatian.  A tie between Bosnian and Serbian in an ijekavian
    text (only words both write: "hiljada", "voz", "hljeb") is Bosnian, the ijekavian standard of the two;
    another tie goes to the identifier's better of the tied, and where nothing tells, the identifier's best
    of the three stands (then how sure is its share of the group)."""
    group = sum(probs.values())
    letters = [c for c in text if c.isalpha()]
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters)
    low = text.lower()
    if "sr" in probs and cyrillic * 2 > len(letters):
        return "sr", group
    ekavian, ijekavian = len(_EKAVIAN.findall(low)), len(_IJEKAVIAN.findall(low))
    if "sr" in probs and ekavian > ijekavian:
        return "sr", group
    scores = {lang: n for lang, n in _standard_scores(low).items() if lang in probs}
    top = max(scores.values(), default=0)
    if top > 0:
        tied = [lang for lang, n in scores.items() if n == top]
        if len(tied) == 1:
            return tied[0], group
        if set(tied) == {"bs", "sr"} and ijekavian > ekavian:
            return "bs", group
        pick = max(tied, key=probs.__getitem__)  # the words narrow it to two: the identifier picks
        return pick, probs[pick] / group
    best = max(probs, key=probs.__getitem__)
    return best, probs[best] / group


def language_tag(value: str | None) -> str | None:
    """A language tag as the primary language code Parallax uses: "pt-BR", "PT", "zh_Hant" -> "pt", "pt", "zh"
    (BCP 47 puts region and script after the first subtag; the analysis picks its rules by language)."""
    code = re.split(r"[-_]", value.strip(), maxsplit=1)[0].lower() if value else ""
    return code if re.fullmatch(r"[a-z]{2,3}", code) and code != "und" else None  # ("und": undetermined; "x-default")
