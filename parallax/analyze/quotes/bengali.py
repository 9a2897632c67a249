"""Bengali speakers: no capitals, the verb last.  The subject opens the clause and the verb of saying closes it before
the quotation, 'আবহাওয়া অধিদপ্তরের পরিচালক মাহমুদুল হাসান বলেন, "…"' (said), or before what was said,
'মাহমুদুল হাসান জানান, আগামী তিন দিন …' (informed, reported speech); "তিনি" (he, she) is the speaker before.  The name
is the words after the role words and the genitives of the body ("অধিদপ্তরের", of the department).  Bengali had no
speaker reader, so no Bengali quotation had a speaker."""

from __future__ import annotations

import re

_BN_CUE = r"বলেন|বললেন|বলেছেন|জানান|জানিয়েছেন|জানালেন|উল্লেখ\s+করেন|দাবি\s+করেন|মন্তব্য\s+করেন|সতর্ক\s+করেন"
_BN_PHRASE = r"[^,।\"“”:\n]"
_BN_SPK = rf"[^\s,।\"“”:]{_BN_PHRASE}{{0,58}}?[^\s,।\"“”:]"
BN_PRONOUNS = {"তিনি", "তারা", "উনি"}
BN_BEFORE = re.compile(rf"(?:^|(?<=[\s,।\"“”:]))(?P<spk>{_BN_SPK})\s++(?P<cue>{_BN_CUE})\s*+[,:]?\s*+\Z")
# after the quotation: '"…", বলেন মাহমুদুল হাসান' or '"…" বলে জানান তিনি' (saying so, informed he)
# (a role in commas may follow the name: '"…," বলেন রহিম উদ্দিন, পুলিশের মুখপাত্র।', the police spokesman)
BN_AFTER = re.compile(
    rf"\A[\"”]?\s*+,?\s*+(?:বলে\s++)?(?P<cue>{_BN_CUE})\s++(?P<spk>{_BN_SPK})(?:\s*+,\s*+{_BN_SPK})?\s*+(?=[।.!?]|\Z)"
)
BN_REPORTED = re.compile(rf"(?:(?<=[\s,।])|^)(?P<spk>{_BN_SPK})\s++(?P<cue>{_BN_CUE}),\s++(?P<clause>[^\"“”]{{8,}})")
_BN_ROLES = {
    "পরিচালক", "মন্ত্রী", "প্রতিমন্ত্রী", "কর্মকর্তা", "মুখপাত্র", "সচিব", "চেয়ারম্যান", "অধ্যাপক", "ডা.", "ডাক্তার", "প্রধান",
    "কমিশনার", "পুলিশ", "সুপার", "জেলা", "প্রশাসক", "বিচারক", "বিচারপতি", "আইনজীবী", "মেয়র", "উপজেলা", "নির্বাহী", "অফিসার",
    "ভারপ্রাপ্ত", "ওসি", "সভাপতি", "সম্পাদক", "আবহাওয়াবিদ",
    # what a witness is: a fisherman, a farmer, a resident, a trader, a driver, a worker, a student, a teacher
    "জেলে", "কৃষক", "বাসিন্দা", "ব্যবসায়ী", "চালক", "শ্রমিক", "ছাত্র", "শিক্ষার্থী", "শিক্ষক", "প্রত্যক্ষদর্শী",
    # the ranks of the army, the fire service and the police before a name ("ব্রিগেডিয়ার জেনারেল মাহবুব আলম"), and the
    # director general and the inspector: no part of the name, which another report writes without them
    "ব্রিগেডিয়ার", "ব্রিগেডিয়ার", "জেনারেল", "মেজর", "কর্নেল", "লেফটেন্যান্ট", "ক্যাপ্টেন", "মহাপরিচালক", "পরিদর্শক", "উপপরিদর্শক",
}  # fmt: skip


# a role written as one word with its field ("স্বাস্থ্যমন্ত্রী", health minister; "পররাষ্ট্রসচিব", foreign secretary)
_BN_ROLE_ENDS = ("মন্ত্রী", "সচিব", "কর্মকর্তা", "পরিচালক", "মুখপাত্র", "কমিশনার", "প্রধান")


def _role_word(word: str) -> bool:
    return word in _BN_ROLES or word.endswith("ের") or any(word.endswith(r) and len(word) > len(r) + 1 for r in _BN_ROLE_ENDS)


def _time_word(word: str) -> bool:
    """A day the sentence opens with before its subject: a weekday ("বৃহস্পতিবার", with its "-ের" or not) or a
    relative day ("গতকাল", yesterday), from the Bengali date lexicon."""
    from parallax.analyze.timelex import LEXICONS

    lex = LEXICONS["bn"]
    return word in lex.weekdays or word in lex.relative_days or word.removesuffix("ের") + "" in lex.weekdays


def bn_name(phrase: str) -> str:
    """The name after the role words and the body's genitive: "আবহাওয়া অধিদপ্তরের পরিচালক মাহমুদুল হাসান" is "মাহমুদুল
    হাসান"; or the name before them, where the role follows it as English writes "Rahim Uddin, police superintendent":
    "রহিম উদ্দিন পুলিশ সুপার" is "রহিম উদ্দিন" (two to four words, then role words and genitives only).  A phrase with
    no name beside its role stays whole."""
    words = phrase.split()
    while len(words) > 2 and _time_word(words[0]):  # "বৃহস্পতিবার রাশিদা বেগম বলেন": Thursday opens the clause
        words = words[1:]
    phrase = " ".join(words)
    last = max((i for i, w in enumerate(words) if _role_word(w)), default=-1)
    rest = words[last + 1 :]
    if last >= 0 and 2 <= len(rest) <= 4:
        return " ".join(rest)
    first = next((i for i, w in enumerate(words) if _role_word(w)), len(words))
    if 2 <= first <= 4 and first < len(words) and all(_role_word(w) for w in words[first:]):
        return " ".join(words[:first])
    return phrase


def looks_bengali_name(phrase: str) -> bool:
    """Two to four Bengali words, none of them a role word, a genitive or a pronoun: a person's name."""
    words = phrase.split()
    return 2 <= len(words) <= 4 and not any(_role_word(w) or w in BN_PRONOUNS for w in words)
