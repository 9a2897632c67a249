"""Years of one act: which years of two aligned sentences can contradict each other.

A year alone is most often the background of a sentence ("the 2019 law", "closed since 2019", "by 2030",
"the 2024/25 season"), so it is compared only where it dates the act its clause tells: the preposition
of time "in" stands right before it ("inspected in 2019", "inspectée en 2019", "im Jahr 2019", "в 2019
году"), and the two clauses tell one act, all the content words of the shorter (two or more) standing in
the other in one form or another ("The plant was inspected in 2024" / "The plant was last inspected in
2019").  Sentences that share one word, or that name a day or a month (:mod:`.dates` compares those),
are left alone.  Two languages, whose words are not compared, are judged by :mod:`.translated_years`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.compare.dates import date_values
from parallax.compare.durations import content_word, same_word
from parallax.compare.numbers import in_sentence
from parallax.compare.sentence_items import starting_in
from parallax.compare.translated_years import translated_year_conflicts
from parallax.letters import WORD, fold
from parallax.records import Article, Sentence, TimeExpression

# the preposition "in" before a year, per language (a year after "since", "by", "until", "from" or a noun is
# no date of the act)
_IN = {
    "en": "in|during", "fr": "en|courant|durant", "es": "en|durante", "it": "nel|durante il", "pt": "em|durante|no ano de",
    "nl": "in", "de": "im jahre?|in", "pl": "w|we|w roku", "ru": "в|во", "uk": "в|у", "ro": "în|in", "cs": "v roce",
    "sk": "v roku", "sv": "i|under|år", "da": "i", "no": "i", "nb": "i", "nn": "i", "ca": "el|l['’]any|durant",
}  # fmt: skip
_IN_BEFORE = {lang: re.compile(rf"(?<!\w)(?:{words})[ \u00a0]+\Z", re.I) for lang, words in _IN.items()}
# Swedish and Danish date a past act with the year right after its passive verb, no preposition between:
# "Huset renoverades 2019", "Bron byggdes 1998", "Skolen renoveredes 2019" (the verb stays in the clause's words)
_PASSIVE_BEFORE = {
    "sv": re.compile(r"(?<!\w)[^\W\d_]{3,}(?:ades|des|tes)[ \u00a0]+\Z", re.I),
    "da": re.compile(r"(?<!\w)[^\W\d_]{3,}edes[ \u00a0]+\Z", re.I),
    # German puts the year between the auxiliary and the participle: "Die Brücke wurde 1986 eröffnet", "war 1986 ...
    # eröffnet worden"
    "de": re.compile(r"(?<!\w)(?:wurde|wurden|war|waren)[ \u00a0]+\Z", re.I),
}
_RANGE_AFTER = re.compile(r"[ \u00a0]?[/–-][ \u00a0]?\d")  # "2024/25", "2019-20": a season or a span
# where a clause ends: punctuation, a dash between spaces, a coordinating conjunction (not "en", "e": prepositions
# too, "inspectée en 2019")
_CLAUSE_END = re.compile(
    r"[,;:()\[\]«»“”\"]|[.!?](?=\s|$)|\s[—–-]\s"
    r"|\s(?:and|but|while|whereas|et|mais|y|pero|und|aber|ma|maar|и|но|а|і|але|та|și|şi|dar|och|og|men|oraz)\s",
    re.I,
)


def _act_years(art: Article, s: Sentence) -> list[tuple[str, frozenset[str]]]:
    """(year, content words of its clause) of the sentence's years that date its act."""
    before = _IN_BEFORE.get((art.language or "").split("-")[0].lower())
    if before is None:
        return []
    out = []
    for t in starting_in(art.times, s):
        if in_sentence(s, t.start) and (at := _preposition(art, s, t, before)) is not None:
            end = m.end() if (m := _YEAR_NOUN.match(art.text, t.end)) else t.end
            out.append((t.value, _clause_words(art, s, at, end)))
    return out


# the noun some languages write after the year ("в 2019 году", "w 2019 roku", "v roce 2019" before it)
_YEAR_NOUN = re.compile(r"[ \u00a0]+(?:году|році|roku|r\.)(?!\w)", re.I)


def _preposition(art: Article, s: Sentence, t: TimeExpression, before: re.Pattern[str]) -> int | None:
    """Where the "in" before a year that dates the act starts, or None for any other year."""
    if t.granularity != "year" or not re.fullmatch(r"\d{4}", t.value or "") or _RANGE_AFTER.match(art.text, t.end):
        return None
    m = before.search(art.text, max(s.start, t.start - 16), t.start)
    if m:
        return m.start()
    passive = _PASSIVE_BEFORE.get((art.language or "").split("-")[0].lower())
    return t.start if passive and passive.search(art.text, max(s.start, t.start - 30), t.start) else None


def _clause_words(art: Article, s: Sentence, start: int, end: int) -> frozenset[str]:
    """The content words of the clause around a year; where the year stands alone in its clause ("In 2019, the
    plant ..."), of the clause after it too."""
    cuts = [m.end() for m in _CLAUSE_END.finditer(art.text, s.start, start)]
    lo = cuts[-1] if cuts else s.start
    hi = m.start() if (m := _CLAUSE_END.search(art.text, end, s.end)) else s.end
    words = _content_words(art.text[lo:start] + " " + art.text[end:hi], art.language)
    if len(words) < 2 and hi < s.end:
        nxt = _CLAUSE_END.search(art.text, hi + 1, s.end)
        words |= _content_words(art.text[hi : nxt.start() if nxt else s.end], art.language)
    return words


@lru_cache(maxsize=1024)
def _content_words(text: str, language: str | None) -> frozenset[str]:
    return frozenset(fold(w) for w in re.findall(WORD, text) if content_word(w, language))


def _one_act(a: frozenset[str], b: frozenset[str]) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 2 and all(any(same_word(w, x) for x in long) for w in short)


def year_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, str]]:
    """(year in a, year in b) of the years that date one act in both sentences and differ."""
    if any(named for _, _, named in date_values(art_a, sa) + date_values(art_b, sb)):
        return []  # a day or a month is named: the dates compare (:func:`.dates.dates_conflict`)
    if art_a.in_another_language(art_b):
        return translated_year_conflicts(art_a, sa, _act_years(art_a, sa), art_b, sb, _act_years(art_b, sb))
    out = []
    years_b = _act_years(art_b, sb)
    for year, words in _act_years(art_a, sa):
        same = [y for y, other in years_b if _one_act(words, other)]
        if same and year not in same:
            out.append((year, same[0]))
    return out
