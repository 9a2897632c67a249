"""Ages with no name: one person described by an age and a noun ("a 6-year-old boy" / "an 8-year-old boy").

:mod:`.ages` compares only an age beside a name (or, in English, beside a definite role: "the captain, 58,"),
since an indefinite "a 45-year-old man" may be anyone.  Yet two aligned sentences of one story that each
describe exactly one person with the same noun and an age ("un niño de 6 años resultó herido" / "un niño de 8
años resultó herido", "ein sechsjähriger Junge" / "ein achtjähriger Junge") speak of one person: the sentences
align because they tell the same thing of them.  Two such descriptions with one noun and two ages are a
conflict; the same noun and the same age agree; another noun ("a boy" / "a girl") or a second description with
that noun in either sentence (two children, "a 6-year-old boy and his 8-year-old brother") leaves it alone, and so
does a sentence that gives the other's age as a figure too: "un hombre de 36 años que mató a su vecino de 58" holds
the 58 of "la víctima, un hombre de 58 años", so its "hombre de 36" is another man.
The age may be a figure or a number word ("an eight-year-old boy", "un niño de seis años", "sechsjähriger").

Read in English, German, French, Spanish, Italian, Portuguese and Catalan, the way each writes such a description
(Lithuanian with no article: "45 metų vyras"); and in
Arabic, Hebrew and Hindi, with no article and the noun bare or with its own article ("طفلة تبلغ من العمر ٧ سنوات" /
"الطفلة البالغة من العمر 9 سنوات", "הפצוע קשה הוא בן 52" / "הפצוע בן 25", "45 साल के एक व्यक्ति" / "47 वर्षीय
व्यक्ति"), the article taken off the noun (:data:`_ARTICLE`).
"""

from __future__ import annotations

import re

from parallax.analyze.numwords import WORDS_BY_LANGUAGE
from parallax.analyze.quantities.script_ages import AR_AGE_LINK, HE_PEOPLE, HI_PEOPLE
from parallax.compare.adjective_ages import PATTERNS as ADJECTIVE_AGES
from parallax.compare.age_nouns import person_noun
from parallax.compare.turkish_ages import TR_AGE, turkish_kind
from parallax.letters import fold
from parallax.records import Article, Sentence

__all__ = ["unnamed_age_conflicts", "unnamed_ages"]

_AGE = r"(?P<n>\d{1,3}|[^\W\d_]+(?:[- ][^\W\d_]+){0,3}?)"
# an indefinite article, the age and the noun right after it (German glues a number word to "-jährig":
# "sechsjähriger", read as "sechs")
_PATTERNS = {
    "en": re.compile(rf"(?<![\w-])(?:an?)[ \u00a0]{_AGE}[- \u00a0]years?[- \u00a0]old[ \u00a0](?P<noun>[a-z]+)(?![\w-])", re.I),
    "de": re.compile(rf"(?<![\w-])(?i:ein|eine|einen|einem|einer|eines)[ \u00a0]{_AGE}-?jährige[rnms]?[ \u00a0](?P<noun>[A-ZÄÖÜ][\wäöüß]+)"),
    "fr": re.compile(rf"(?<![\w-])(?:un|une)[ \u00a0](?P<noun>[^\W\d_]+)[ \u00a0]de[ \u00a0]{_AGE}[ \u00a0]ans(?![\w-])", re.I),
    "es": re.compile(rf"(?<![\w-])(?:un|una)[ \u00a0](?P<noun>[^\W\d_]+)[ \u00a0]de[ \u00a0]{_AGE}[ \u00a0]años(?![\w-])", re.I),
    "it": re.compile(rf"(?<![\w-])(?:un|uno|una|un['’])[ \u00a0]?(?P<noun>[^\W\d_]+)[ \u00a0]di[ \u00a0]{_AGE}[ \u00a0]anni(?![\w-])", re.I),
    "pt": re.compile(rf"(?<![\w-])(?:um|uma)[ \u00a0](?P<noun>[^\W\d_]+)[ \u00a0]de[ \u00a0]{_AGE}[ \u00a0]anos(?![\w-])", re.I),
    "ca": re.compile(rf"(?<![\w-])(?:un|una)[ \u00a0](?P<noun>[^\W\d_]+)[ \u00a0]de[ \u00a0]{_AGE}[ \u00a0]anys(?![\w-])", re.I),
    # Lithuanian has no article: the age in the genitive, then the noun ("45 metų vyras", "45-erių metų moteris")
    "lt": re.compile(r"(?<![\w-])(?P<n>\d{1,3})(?:-[^\W\d_]{1,4})?[ \u00a0]metų[ \u00a0](?P<noun>[^\W\d_]+)", re.I),
    "ar": re.compile(
        r"(?<!\w)(?P<noun>(?:ال)?(?:طفل|طفلة|رجل|امرأة|سيدة|شاب|شابة|فتى|فتاة|صبي|مسن|مسنة|سائق|مواطن|مواطنة|عامل|عاملة|جندي"
        rf"|طالب|طالبة|ضحية|مشتبه|مصاب|مصابة))(?:[ \u00a0][^\W\d_]+)?[ \u00a0]+(?:{AR_AGE_LINK})[ \u00a0]*(?P<n>\d{{1,3}})(?!\d)"
    ),
    "he": re.compile(
        rf"(?<![\u05d0-\u05ea])(?P<noun>ה?(?:{HE_PEOPLE}))(?:[ \u00a0][\u05d0-\u05ea]+)?[ \u00a0]+(?:(?:הוא|היא)[ \u00a0]+)?"
        r"(?:בן|בת)[ \u00a0]+(?:ה[-־]?)?(?P<n>\d{1,3})(?!\d)"
    ),
    "tr": TR_AGE,  # "45 yaşındaki kadın", "47 yaşında bir erkeği" (:mod:`.turkish_ages`)
    "hi": re.compile(rf"(?<!\d)(?P<n>\d{{1,3}})[ \u00a0-]*(?:वर्षीय|(?:साल|वर्ष|बरस)[ \u00a0]+(?:के|की|का)(?:[ \u00a0]+एक)?)[ \u00a0]+(?P<noun>{HI_PEOPLE})(?!\w)"),
}  # fmt: skip
_PATTERNS |= ADJECTIVE_AGES  # "45-letni operator", "47-летний оператор" (:mod:`.adjective_ages`)
# the article that may open the noun: Arabic "ال", Hebrew "ה" ("الطفلة" is "طفلة", "הפצוע" is "פצוע")
_ARTICLE = {"ar": re.compile(r"\Aال(?=\w{2})"), "he": re.compile(rf"\Aה(?=(?:{HE_PEOPLE})\Z)")}


def _value(word: str, language: str) -> float | None:
    """The age a figure or number word gives ("6", "eight", "sechs", "seis"), or None."""
    if word.isdigit():
        return float(word)
    value = WORDS_BY_LANGUAGE.get(language, {}).get(word.lower().replace("\u00a0", " "))
    return float(value) if value is not None and 0 < value < 120 else None


def unnamed_ages(art: Article, s: Sentence) -> list[tuple[str, float]]:
    """(noun folded, or its kind of person, age) of each person the sentence describes by an indefinite article, an age and a noun."""
    language = (art.language or "").split("-")[0].lower()
    pattern = _PATTERNS.get(language)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(s.text):
        value = _value(m.group("n"), language)
        if value is not None:
            article = _ARTICLE.get(language)
            noun = fold(article.sub("", m.group("noun")) if article else m.group("noun"))
            noun = turkish_kind(m.group("noun")) if language == "tr" else noun  # (the stem's kind: "erkeğ" is "man")
            out.append((person_noun(noun), value))  # one kind across languages: "man" / "hombre" (:mod:`.age_nouns`)
    return out


def unnamed_age_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, float, float]]:
    """(noun, age in a, age in b) where each aligned sentence describes exactly one person with that noun and an
    age, and the ages differ (see the module)."""
    aa, ab = unnamed_ages(art_a, sa), unnamed_ages(art_b, sb)
    figures_a, figures_b = _figures(art_a, sa), _figures(art_b, sb)
    out = []
    for noun, xa in aa:
        theirs = [y for other, y in ab if other == noun]
        if len(theirs) == 1 and sum(other == noun for other, _ in aa) == 1 and theirs[0] != xa and xa not in figures_b and theirs[0] not in figures_a:
            out.append((noun, xa, theirs[0]))
    return out


def _figures(art: Article, s: Sentence) -> set[float]:
    """The figures of ``art`` in sentence ``s``."""
    return {q.value for q in art.quantities if q.value is not None and s.start <= q.start < s.end}
