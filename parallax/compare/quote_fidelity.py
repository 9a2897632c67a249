"""How faithfully one quotation reproduces another: the fidelity grades and the words they compare.

From faithful to loose: ``verbatim`` (same after normalising quote marks, apostrophes, whitespace and
the trailing comma or full stop), ``punctuation`` (same words), ``trimmed`` (one is a contiguous part
of the other, or the other with words cut at an ellipsis), ``altered`` (the same quote with words
changed).  Text only: who said it is :mod:`.speakers`, the grouping :mod:`.quotes`.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

import numpy as np

from parallax.compare.contractions import expansions, has_contraction
from parallax.compare.cut_qualifiers import qualifier_cut
from parallax.compare.final_verb_cuts import clause_cut_keeping_verb, korean_clause_cut
from parallax.compare.house_spellings import english, one_house_spelling
from parallax.compare.inflected_fragments import inflected_cut
from parallax.compare.person_shift import person_adapted
from parallax.letters import HAN, IN_WORD, UNSPACED
from parallax.persian_letters import persian_joined
from parallax.serbian_script import one_script
from parallax.thai_letters import thai_words

ORDER = ["verbatim", "punctuation", "trimmed", "altered", "paraphrase"]
_MARKS = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "–": "-", "—": "-"})


# a comparison grades every pair of its quotations (and each as printed and without its cue's comma), so
# one quotation's text is normalised and cut into words many times over: both are kept, per text
@lru_cache(maxsize=8192)
def normalize_quote(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_MARKS)
    text = persian_joined(re.sub(r"\s+", " ", text).strip())  # "می‌گیریم" / "می گیریم": Persian joins typed three ways
    return text.rstrip(" .,;:").lower()


# a word, or one character of a script written without spaces (there a run of \w is a clause)
_TOKEN = re.compile(rf"[{UNSPACED}]|(?:(?![{UNSPACED}])[\w{IN_WORD}])+")


def quote_tokens(text: str) -> list[str]:
    return list(_quote_tokens(text))  # (a list of its own: a caller may change it)


@lru_cache(maxsize=8192)
def _quote_tokens(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(normalize_quote(text).replace("[", "").replace("]", "")))


_UNSPACED_RUN = re.compile(rf"[{HAN}\u3040-\u30ff\uf900-\ufaff]+")  # Han and kana; Thai words are longer
_CHARACTERS_A_WORD = 2  # Chinese and Japanese spend about two characters on a word


def quote_words(text: str) -> int:
    """How many words a quotation holds, for the rules that ask whether it is long enough to judge.  A run
    of Chinese or Japanese characters is one "word" to ``str.split``, so a quotation of twenty characters
    counted as one and never took part in the rules that need four words; there a word is counted for
    every two characters, as the languages spend them."""
    thai, text = thai_words(text)  # Thai runs its words together too (:func:`parallax.thai_letters.thai_words`)
    runs = _UNSPACED_RUN.findall(text)
    if not runs:
        return thai + len([w for w in text.split() if not thai or re.search(r"\w", w)])
    rest = [w for w in _UNSPACED_RUN.sub(" ", text).split() if re.search(r"\w", w)]  # no marks: 「 」
    return thai + len(rest) + sum(-(-len(r) // _CHARACTERS_A_WORD) for r in runs)


def contiguous(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


# the mark of words left out of a quotation: an ellipsis, bare or in brackets ("… within two years",
# "[...] con più agenti", "(…)")
_ELISION = re.compile(r"[\[(]?[ \u00a0]?(?:…|\.\.\.)[ \u00a0]?[\])]?")


def _in_order(parts: list[list[str]], long: list[str]) -> bool:
    """Whether each part stands, contiguous, in ``long``, after the one before it."""
    at = 0
    for part in parts:
        n = len(part)
        at = next((i + n for i in range(at, len(long) - n + 1) if long[i : i + n] == part), -1)
        if at < 0:
            return False
    return True


def _elided(short_text: str, long: list[str]) -> bool:
    """Whether a quotation that marks words left out ("The city will rebuild every home … within two
    years") is the other with those words cut: its parts between the marks stand in it in order."""
    parts = [t for t in (quote_tokens(p) for p in _ELISION.split(short_text)) if t]
    return len(parts) > 1 and sum(map(len, parts)) >= 3 and _in_order(parts, long)


# where a quotation's sentences end: a full stop, a question or an exclamation mark, then a space
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+")


def _cut_between_sentences(short_text: str, long: list[str]) -> bool:
    """Whether a quotation of several sentences is the other with whole sentences cut between them, no mark
    set ('"If you're told to go, go." ... "We can't protect you if you stay."' of "If you are told to go, go.
    Do not wait to pack. We cannot protect you if you stay."): its sentences stand in the other in order, each
    of three words or more."""
    parts = [quote_tokens(p) for p in _SENTENCE_END.split(short_text) if p.strip()]
    return len(parts) > 1 and all(len(p) >= 3 for p in parts) and _in_order(parts, long)


# Arabic writes the conjunctions و and ف, the prepositions ب, ل and ك and the article ال joined to the
# word they govern: "بخفض" is "ب" + "خفض" (by cutting).  For likeness (not sameness) a word of one
# quotation that is a word of the other with such a prefix counts as that word ("ملتزمون بخفض" /
# "عازمون على خفض" share the noun).  A root has three letters, so what is left keeps three; and since
# "بناء" opens with a root letter, not a preposition, a prefix is cut only where the other quotation
# has the shorter word ("ببناء" / "بناء").
_AR_PROCLITICS = re.compile(r"\A([وف]?)([بلك]?)((?:ال)?)(?=[\u0621-\u064a]{3})")


def _forms(token: str) -> list[str]:
    """The word and what is left of it without each of its Arabic prefixes in turn, longest first."""
    m = _AR_PROCLITICS.match(token)
    if m is None or not m.group(0):
        return [token]
    cuts = np.cumsum([len(g) for g in m.groups()])
    return list(dict.fromkeys([token, *(token[int(c) :] for c in cuts)]))


def likeness_tokens(a: str, b: str) -> tuple[list[str], list[str]]:
    """The words of two quotations, each put in the longest form the other quotation also has."""
    ta, tb = quote_tokens(a), quote_tokens(b)
    fa, fb = [_forms(t) for t in ta], [_forms(t) for t in tb]
    in_a, in_b = {f for fs in fa for f in fs}, {f for fs in fb for f in fs}
    return [next((f for f in fs if f in in_b), fs[0]) for fs in fa], [next((f for f in fs if f in in_a), fs[0]) for fs in fb]


# letters a report printed without diacritics writes bare: those NFKD leaves whole, and the Latin, Greek and
# Cyrillic letters with a mark ("é", "ș", "ά", "ё"); kana and Hangul keep theirs, which are no diacritics
_BARE_LETTERS = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ı": "i", "ħ": "h"})


@lru_cache(maxsize=8192)  # (read for each pair of quotations a comparison grades: once per text)
def _bare(text: str) -> str:
    """``text`` in lower case with its Latin, Greek and Cyrillic letters stripped of their marks."""
    out = []
    for ch in text.lower().translate(_BARE_LETTERS):
        if (ch.isalpha() and ord(ch) < 0x0530) or "\u1e00" <= ch <= "\u1fff":
            ch = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        out.append(ch)
    return "".join(out)


def one_spelling(a_text: str, b_text: str) -> tuple[str, str, bool]:
    """Two quotations in one spelling, and whether it took that: where one report prints its letters with no
    diacritics at all (its system or wire lacks them: "Nu vom renunta", "Nous ne cederons pas") and the other
    with them ("Nu vom renunța", "Nous ne céderons pas"), both without.  Two reports that both print marks are
    compared as printed: there a mark that differs is a word that differs (Romanian "fată" / "fata")."""
    bare_a, bare_b = _bare(a_text), _bare(b_text)
    if (bare_a == a_text.lower()) != (bare_b == b_text.lower()):
        return bare_a, bare_b, True
    return a_text, b_text, False


def relation(a_text: str, b_text: str, a_kind: str = "direct", b_kind: str = "direct", language: str | None = None) -> str | None:
    """The fidelity relation of two quotations, or ``None`` if they are different quotes.  A contraction
    opened or closed ("won't" / "will not") changes no word: such a pair is at worst ``punctuation``
    (:mod:`.contractions`).  ``language``, the quotations' language where known, keeps English house spellings
    ("levelled" / "leveled") to English (:func:`.house_spellings.pair_language` for two articles)."""
    if "indirect" in (a_kind, b_kind):
        return _kept_words(a_text, b_text, language)  # else decided by meaning (:func:`parallax.compare.quotes.group_quotes`)
    found = _relation(a_text, b_text, language)
    if found in ("altered", None) and _person_adapted(a_text, b_text, a_kind, b_kind, language):
        found = "trimmed"  # 'had "betrayed the trust ... in her care"' of "You betrayed ... in your care"
    if found in ("verbatim", "punctuation") or not (has_contraction(a_text) or has_contraction(b_text)):
        return found
    grades = {_relation(x, y, language) for x in expansions(a_text) for y in expansions(b_text)} | {found}
    grades = {"punctuation" if grade == "verbatim" else grade for grade in grades} - {None}
    return min(grades, key=ORDER.index) if grades else None


# reported speech that keeps a cut of another's words as they stand, long enough to be no common phrase
_KEPT_WORDS = 5


def _kept_words(a_text: str, b_text: str, language: str | None) -> str | None:
    """The grade of reported speech against a quotation (or another report) where it keeps the words as they
    stand: "Він сказав, що ми не дозволимо зупинити транспорт" holds the words of «Ми не дозволимо зупинити
    транспорт», verbatim, where a grade by meaning alone called it a paraphrase.  Any other change (the person,
    the tense, other words) is the reporting's own: None, and meaning decides (no "altered" for reported speech)."""
    found = _relation(a_text, b_text, language)
    if found in ("verbatim", "punctuation"):
        return found
    short = min(len(quote_tokens(a_text)), len(quote_tokens(b_text)))
    return found if found == "trimmed" and short >= _KEPT_WORDS else None


def _person_adapted(a_text: str, b_text: str, a_kind: str, b_kind: str, language: str | None) -> bool:
    """Whether one of two English quotations is a partial one, the other's words with its person adapted
    (:mod:`.person_shift`)."""
    if not english(language):
        return False
    ta, tb = quote_tokens(a_text), quote_tokens(b_text)
    return (a_kind == "partial" and len(ta) <= len(tb) and person_adapted(ta, tb)) or (
        b_kind == "partial" and len(tb) <= len(ta) and person_adapted(tb, ta)
    )


def _relation(a_text: str, b_text: str, language: str | None = None) -> str | None:
    a_text, b_text = one_script(a_text, b_text)  # Serbian in Cyrillic and in Latin letters: one text
    a_text, b_text, bare = one_spelling(a_text, b_text)  # one report printed without diacritics
    a_text, b_text, spelt = one_house_spelling(a_text, b_text, language)  # "levelled" / "leveled" (:mod:`.house_spellings`)
    ta, tb = quote_tokens(a_text), quote_tokens(b_text)
    if not ta or not tb:
        return None
    if ta == tb:  # (the same words without their marks are the same words, not the same print)
        return "verbatim" if not (bare or spelt) and normalize_quote(a_text) == normalize_quote(b_text) else "punctuation"
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) >= 3 and contiguous(short, long):
        return "altered" if qualifier_cut(short, long) else "trimmed"  # "almost everyone" cut to "everyone"
    if _elided(a_text if short is ta else b_text, long) or _cut_between_sentences(a_text if short is ta else b_text, long):
        return "trimmed"
    if clause_cut_keeping_verb(short, long) or korean_clause_cut(short, long):
        return "trimmed"  # "آرام‌تر شده است" of "آرام‌تر شده و این نشانه خوبی است" (:mod:`.final_verb_cuts`)
    if inflected_cut(short, long):
        return "trimmed"  # "von einem „wichtigen Schritt“" of "ein wichtiger Schritt" (:mod:`.inflected_fragments`)
    ta, tb = likeness_tokens(a_text, b_text)
    short = ta if len(ta) <= len(tb) else tb
    matcher = SequenceMatcher(None, ta, tb, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    if len(short) >= 4 and same / len(short) >= 0.6 and same >= 3:
        return "altered"
    return None


def graded_relation(a: tuple[str, str], b: tuple[str, str], a_kind: str, b_kind: str, language: str | None = None) -> str | None:
    """The closest :func:`relation` of two quotations, each as printed or without the comma a split set
    before its cue (:func:`parallax.compare.split_quotes.quotations_as_graded`)."""
    found = {relation(x, y, a_kind, b_kind, language) for x in dict.fromkeys(a) for y in dict.fromkeys(b)} - {None}
    return min(found, key=ORDER.index) if found else None


_FORMULA_WORDS = 6  # a quotation this short may be a formula anyone says ("We will not be intimidated")


def formula_inside(a_text: str, b_text: str) -> bool:
    """Whether the shorter of two quotations is a short formula ("We will not be intimidated") that the
    longer holds among mostly other words ("Our staff have faced abuse for weeks, but we will not be
    intimidated by a handful of people ..."): a trim by the words alone, yet under two people's names
    more likely each one's own words than one quotation cut and misattributed.  Only a formula inside the
    longer words: a quotation cut to its opening or closing words ("Ugnis išplito labai greitai" of "Ugnis
    išplito labai greitai, žmonės neturėjo laiko pasitraukti") is a trim, and under another name a misattribution."""
    ta, tb = quote_tokens(a_text), quote_tokens(b_text)
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    n = len(short)
    if not n or n > _FORMULA_WORDS or len(long) < 2 * n:
        return False
    return any(long[i : i + n] == short for i in range(1, len(long) - n))
