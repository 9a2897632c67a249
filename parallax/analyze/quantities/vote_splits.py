"""Vote splits written with words between the counts: "cuatro votos contra uno", "por tres votos a dos", "par
5 voix contre 4", "con 5 voti contro 4", "por quatro votos a um", "mit 5 zu 4 Stimmen", "seven votes to two", "312
votes against 189" (English writes "against" between the counts as the Romance languages write "contre", "contra").

:mod:`.tallies` reads a split written as a pair ("voted 7-2", "by a 6-3 vote", "passed by 212 votes to 198"
in figures); written this way, with a noun of voting between or after the counts, each language's split was
read as two counts ("cuatro votos": four votes; "uno": one), so two reports' splits met as counts of votes
and the other figure fell away ("4 votos contra 1" / "3 votos a 2" was 4 votes against 3), and German "mit 5 zu
4 Stimmen" counted five "zu".  A split is one result, two counts set against each other, not two counts of
people or votes: it is kept whole as a tally (:data:`.tallies.TALLY`), its counts in figures or in words, and
compared as an unordered pair (:func:`split_pair`).  The noun of voting makes it one: "de 3 a 5 votos" has
none between its counts and stays a range.
"""

from __future__ import annotations

import re

from parallax.analyze.numwords import WORDS_BY_LANGUAGE
from parallax.analyze.quantities.committee_splits import committee_at, committee_patterns
from parallax.analyze.quantities.side_first_votes import side_first_patterns, side_first_vote_at

__all__ = ["split_pair", "vote_split_at", "votes_for_after"]

_N = r"\d{1,3}|[^\W\d_]+(?:-[^\W\d_]+)*"
_S = r"[ \u00a0]+"
# per language: the counts (groups "a" and "b") and the words between and after them
_FORMS = {
    "en": rf"(?P<a>{_N}){_S}votes?{_S}(?:to|against){_S}(?P<b>{_N})",  # "by 312 votes against 189" too
    "es": rf"(?P<a>{_N}){_S}votos?{_S}(?:contra|a){_S}(?P<b>{_N})",
    "pt": rf"(?P<a>{_N}){_S}votos?{_S}(?:contra|a){_S}(?P<b>{_N})",
    "fr": rf"(?P<a>{_N}){_S}voix{_S}contre{_S}(?P<b>{_N})",
    "it": rf"(?P<a>{_N}){_S}voti?{_S}(?:contro|a){_S}(?P<b>{_N})",
    "de": rf"(?P<a>{_N}){_S}(?:zu|gegen){_S}(?P<b>{_N}){_S}Stimmen",
}
_PATTERNS = {lang: re.compile(rf"(?<![\w.,])(?:{form})(?![\w%]|[.,]\d)", re.I) for lang, form in _FORMS.items()}
# A split told by its sides, the count in favour first, then the count against, each with the language's word
# for the side after it: "241 lawmakers voting in favour and 98 against", "241 de voturi pentru și 89
# împotrivă", "214 igen és 98 nem", "120 puolesta ja 60 vastaan", "241 voix pour et 98 contre", "76 stemmen voor en 74
# tegen".  Both side words must stand after their counts, so a bare "for" or "za" between figures is no vote; a
# word or two may name the voters ("lawmakers voting", "de voturi", "posłów głosowało").  Parliament votes are
# written so, and read as two counts of unlike nouns (lawmakers, votes) the other report's wrong figure never met.
_W = r"[^\W\d_]+"
_Q = '["„“”«»]?'  # Romanian and others quote the side words: „pentru”
# A side word alone right after its count, then straight on to the other side ("241 pour, 98 contre", "241 a favor y 98 en
# contra"): two counts each with a side, the one for and the one against, are a vote even with no word of voting ("Le
# texte a été adopté par 241 pour, 98 contre."); "pour" must end its phrase there ("5 pour cent", "pour 241 communes"
# are none), a comma or the word for "and" after it.
_BARE = r"(?=[ \u00a0]*(?:[,;]|{}[ \u00a0]))"
_SIDES = {
    "en": (rf"(?:(?:{_S}{_W})?{_S}(?:votes?|voting|voted){_S}(?:in{_S}favou?r|for)|(?:{_S}{_W})?{_S}in{_S}favou?r|{_S}ayes)",
           rf"(?:(?:{_S}(?:votes?|voting|voted|were|was))?{_S}(?:against|opposed)|{_S}noes)"),
    "ro": (rf"(?:{_S}{_W}){{0,3}}{_S}{_Q}pentru{_Q}", rf"(?:{_S}{_W}){{0,2}}{_S}{_Q}(?:împotrivă|impotriva|contra){_Q}"),
    "hu": (rf"(?:{_S}igen(?:{_S}szavazattal)?|(?:{_S}{_W}){{0,2}}{_S}(?:támogatta|igennel))", rf"(?:{_S}nem|(?:{_S}{_W})?{_S}(?:ellene|nemmel))"),
    "fi": (rf"(?:{_S}{_W}){{0,2}}{_S}puolesta", rf"(?:{_S}{_W})?{_S}vastaan"),
    "fr": (rf"(?:{_S}voix{_S}pour|(?:{_S}{_W}){{0,3}}{_S}(?:voté|votent|votaient){_S}pour|{_S}pour{_BARE.format('et')})", rf"(?:{_S}voix)?{_S}contre"),
    "es": (rf"(?:{_S}votos?{_S}a{_S}favor|{_S}a{_S}favor{_BARE.format('y')})", rf"(?:{_S}votos?)?{_S}(?:en{_S})?contra"),
    "pt": (rf"(?:{_S}votos?{_S}a{_S}favor|{_S}a{_S}favor{_BARE.format('e')})", rf"(?:{_S}votos?)?{_S}contra"),
    "it": (rf"(?:{_S}voti)?{_S}(?:favorevoli|sì)", rf"(?:{_S}voti)?{_S}(?:contrari|no)"),
    "de": (rf"(?:{_S}Ja-Stimmen|{_S}Ja-|(?:{_S}{_W}){{0,2}}{_S}dafür)", rf"(?:{_S}Nein-Stimmen|{_S}dagegen)"),
    "nl": (rf"(?:{_S}{_W}){{0,2}}{_S}voor", rf"(?:{_S}stemmen)?{_S}tegen"),
    "pl": (rf"(?:{_S}{_W}){{0,2}}{_S}za", rf"(?:{_S}{_W})?{_S}przeciw(?:ko)?"),
    "da": (rf"(?:{_S}{_W}){{0,2}}{_S}for", rf"(?:{_S}{_W})?{_S}(?:imod|mod)"),
    "no": (rf"(?:{_S}{_W}){{0,2}}{_S}for", rf"(?:{_S}{_W})?{_S}(?:imot|mot)"),
    "sv": (rf"(?:{_S}{_W}){{0,2}}{_S}för", rf"(?:{_S}{_W})?{_S}(?:emot|mot)"),
}  # fmt: skip
_AND = r"(?:,|;|[ \u00a0]+(?:and|with|to|și|si|és|ja|et|y|e|und|zu|gegen|en|i|og|och|mens|míg))?"
_SIDE_PATTERNS = {
    lang: re.compile(rf"(?<![\w.,])(?P<a>{_N}){pro}{_AND}{_S}(?P<b>{_N}){con}(?!\w)", re.I) for lang, (pro, con) in _SIDES.items()
}
# the words for one, which the count tables leave out (they are articles far more often)
_ONE = {
    "en": {"one"},
    "es": {"uno", "una", "un"},
    "pt": {"um", "uma"},
    "fr": {"un", "une"},
    "it": {"uno", "una", "un"},
    "de": {"eins", "einer", "eine"},
}


def _count(word: str, lang: str) -> int | None:
    """A count of a split in figures or in one number word of ``lang`` ("4", "cuatro", "uno"), or None."""
    if word.isdigit():
        return int(word)
    low = word.lower()
    if low in _ONE.get(lang, ()):
        return 1
    value = WORDS_BY_LANGUAGE.get(lang, {}).get(low)
    return int(value) if value is not None and value == int(value) and 0 <= value < 1000 else None


def _pair(m: re.Match, lang: str) -> tuple[int, int] | None:
    a, b = _count(m.group("a"), lang), _count(m.group("b"), lang)
    if a is None or b is None:
        return None
    return (a, b) if a >= b else (b, a)


# a noun after the last count: then a word for one is its article ("5 voix contre une abstention")
_NOUN_AFTER = re.compile(r"[ \u00a0]+[^\W\d_A-ZÀ-Þ]")


def vote_split_at(text: str, start: int, language: str | None) -> tuple[int, str] | None:
    """The end and the text of the vote split that starts at ``start`` in ``language``, or None."""
    lang = (language or "en")[:2].lower()
    if (sides := _SIDE_PATTERNS.get(lang)) and (m := sides.match(text, start)) and _pair(m, lang) is not None:
        return m.end(), m.group()  # "241 lawmakers voting in favour and 98 against"
    if (m := committee_at(text, start, lang)) and _pair(m, lang) is not None:
        return m.end(), m.group()  # "Five members backed the cut, while four members wanted"
    if (m := side_first_vote_at(text, start, lang)) and _pair(m, lang) is not None:
        return m.end(), m.group()  # "Za hlasovalo 241 poslanců, proti 98" (:mod:`.side_first_votes`)
    pattern = _PATTERNS.get(lang)
    if pattern is None or not (m := pattern.match(text, start)) or _pair(m, lang) is None:
        return None
    if m.group("b").lower() in _ONE.get(lang, ()) and lang != "de" and _NOUN_AFTER.match(text, m.end()):
        return None
    return m.end(), m.group()


_FOR = {lang: re.compile(rf"(?:{pro})(?!\w)", re.I) for lang, (pro, _con) in _SIDES.items()}


def votes_for_after(text: str, end: int, language: str | None) -> bool:
    """Whether the count ending at ``end`` is told as the votes in favour, its side after it ("214 képviselő
    támogatta", "241 lawmakers voted in favour", "241 de deputați au votat pentru"): a vote told by one side alone."""
    pattern = _FOR.get((language or "en")[:2].lower())
    return bool(pattern and pattern.match(text, end))


def split_pair(text: str) -> tuple[int, int] | None:
    """The two counts of a vote split's text, higher first ("cuatro votos contra uno" and "4 votos a 1" are one
    split), or None where the text is none."""
    for lang, pattern in (*_SIDE_PATTERNS.items(), *_PATTERNS.items(), *side_first_patterns(), *committee_patterns()):
        if (m := pattern.fullmatch(text)) and (pair := _pair(m, lang)):
            return pair
    return None
