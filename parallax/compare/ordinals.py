"""Ordinals that disagree: "his third resignation" / "his second resignation", "la troisième démission" /
"la deuxième démission", "the 12th round" / "the 11th round".

An ordinal is no count, so the quantities do not read it (:mod:`parallax.analyze.quantities`; where they
read its figures as a count, "3. Runde" as 3, "12-м раунде" as 12 m, :func:`read_as_count` drops that) and two
reports that number one event differently never conflicted.  Here an ordinal is read, in English, French,
German, Spanish, Portuguese, Italian, Russian, Polish, Swedish, Norwegian or Danish, in words or in figures ("3rd", "3e", "3º", "3-й", German
"3."), with the word after it, the noun it numbers; two aligned sentences
conflict where each numbers one noun, the same word in both, once, and the numbers differ.  Conservative:
another word after the ordinal ("third straight resignation" / "second resignation"), a month ("3. Mai", a
date, :mod:`.dates`), a function word ("the first of three") or a minute of play (:mod:`.minutes`, which
tells the scorers apart) compare nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parallax.analyze.timelex import LEXICONS, month_words
from parallax.records import Article, Conflict, Sentence

_EN = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
       "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()  # fmt: skip
_FR = ("deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième onzième douzième treizième "
       "quatorzième quinzième seizième dix-septième dix-huitième dix-neuvième vingtième").split()  # fmt: skip
# stems that take an adjective's ending (given per language below), in the order 1, 2, 3, ...
_STEMS = {
    "de": ("erst zweit dritt viert fünft sechst siebt acht neunt zehnt elft zwölft", "e|en|er|es|em"),
    "es": ("primer segund tercer cuart quint sext séptim octav noven décim undécim duodécim", "o|a|os|as"),
    "pt": ("primeir segund terceir quart quint sext sétim oitav non décim", "o|a|os|as"),
    "it": ("prim second terz quart quint sest settim ottav non decim undicesim dodicesim", "o|a|i|e"),
    "ru": ("перв втор трет четвёрт пят шест седьм восьм девят десят одиннадцат двенадцат",
           "ый|ой|ий|ая|ое|ого|ому|ым|ом|ую|ые|ых|ыми|ья|ье|ьего|ьему|ьим|ьем|ьей|ью|ьи|ьих"),
    # Polish: the hard stems here, "drugi" and "trzeci" (soft endings) in _EXTRA; "-" holds their places
    "pl": ("pierwsz - - czwart piąt szóst siódm ósm dziewiąt dziesiąt jedenast dwunast", "y|a|e|ego|ej|emu|ym|ą|ych|ymi"),
}  # fmt: skip
# languages whose ordinals take no ending (Swedish "den tredje branden", Norwegian, Danish), 1, 2, 3, ...
_PLAIN = {
    "sv": "första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde elfte tolfte",
    "nb": "første andre tredje fjerde femte sjette sjuende åttende niende tiende ellevte tolvte",
    "da": "første anden tredje fjerde femte sjette syvende ottende niende tiende ellevte tolvte",
}
_PLAIN["no"] = _PLAIN["nb"]
# "second" that is also "other" ("andra passagerare", "andre reisende", "anden gang"): an ordinal only after
# a definite article or "för"/"for" ("den andra branden", "för andra gången")
_OTHER = {"sv": {"andra"}, "nb": {"andre"}, "no": {"andre"}, "da": {"anden", "andet"}}
_DEFINITE_BEFORE = re.compile(r"(?<!\w)(?:den|det|för|for|sin|sitt|sit)\s+\Z", re.I)
_EXTRA = {
    "fr": {"premier": 1, "première": 1, "premiers": 1, "premières": 1, "second": 2, "seconde": 2, "seconds": 2, "secondes": 2},
    "es": {"primer": 1, "tercer": 3},
    "pl": {
        **{f"drug{e}": 2 for e in "i a ie iego iej iemu im ą ich imi".split()},
        **{f"trzec{e}": 3 for e in "i ia ie iego iej iemu im ią ich imi".split()},
    },
}
# an ordinal in figures, as each language writes it
_FIGURES = {
    "en": r"(\d{1,3})(?:st|nd|rd|th)",
    "fr": r"(\d{1,3})(?:er|re|ère|e|è|ème|eme|ᵉ|ʳᵉ|nd|nde)",
    "es": r"(\d{1,3})(?:\.?[ºª°]|er)",
    "it": r"(\d{1,3})\.?[ºª°]",
    "pt": r"(\d{1,3})\.?[ºª°]",
    "ru": r"(\d{1,3})-(?:й|я|е|го|му|м|х|ю)",
    "de": r"(\d{1,3})\.(?=[ \u00a0][A-ZÄÖÜ])",  # "die 3. Runde": a full stop, then a noun (capitalised)
    "sv": r"(\d{1,3}):(?:e|a|dje)",  # "3:e", "2:a"
    # Polish, Norwegian and Danish "3." also ends a sentence: their figures are not read
    "pl": r"(\d{1,3})(?!)",
    "nb": r"(\d{1,3})(?!)",
    "no": r"(\d{1,3})(?!)",
    "da": r"(\d{1,3})(?!)",
}
# words that follow an ordinal without being the noun it numbers ("the first of three", "al primo posto")
_FUNCTION = frozenset(
    "of the a an and or to in on at for by with from "
    "de du des la le les et ou à en au aux pour par "
    "der die das den dem des und oder im am mit von zu "
    "del los las el y o con por para un una do da dos das no na nos nas em um uma "
    "di della dello delle dei degli il lo gli e per da "
    "и в на с по из за от для "
    "och eller samt og eller lub oraz albo czy".split()
)  # fmt: skip
# an ordinal after its noun: Polish "po raz trzeci" (for the third time)
_AFTER_NOUN = {"pl": re.compile(r"(?<!\w)po[ \u00a0]+(?P<noun>raz)[ \u00a0]+(?P<word>\w+)")}
# minutes of play, told by the scorer (:mod:`.minutes`): a match report's "12. und 77. Minute" are no two stages
_OUT_OF_PLAY = {
    "en": frozenset({"minute", "minutes"}),
    "de": frozenset({"minute", "spielminute"}),
    "fr": frozenset({"minute"}),
    "es": frozenset({"minuto"}),
    "it": frozenset({"minuto"}),
}


def _words(lang: str) -> dict[str, int]:
    """The language's ordinal words, lower case, with their values."""
    if lang == "en":
        return {w: i + 1 for i, w in enumerate(_EN)}
    if lang in _PLAIN:
        return {w: i + 1 for i, w in enumerate(_PLAIN[lang].split())}
    if lang == "fr":
        return {**{w: i + 2 for i, w in enumerate(_FR)}, **{w + "s": i + 2 for i, w in enumerate(_FR)}, **_EXTRA["fr"]}
    if lang not in _STEMS:
        return {}
    stems, endings = _STEMS[lang]
    out = {f"{s}{e}": i + 1 for i, s in enumerate(stems.split()) if s != "-" for e in endings.split("|")}
    if lang == "ru":  # "третий", "третья": the stem takes a soft ending
        out = {w: v for w, v in out.items() if not w.startswith("трет") or w[4:5] in ("ь", "и")}
        out["третий"] = 3
    return {**out, **_EXTRA.get(lang, {})}


@lru_cache(maxsize=64)
def ordinal_words(lang: str) -> frozenset[str]:
    """The language's ordinal words, lower case: a differing one is a number given, which the ordinal
    conflict reports, not a choice of words (:mod:`.wording`)."""
    return frozenset(_words(lang))


_PATTERNS: dict[str, tuple[re.Pattern[str], dict[str, int]]] = {}


def _pattern(lang: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """The language's ordinals, word or figures, each with the word after it (a space or a hyphen between)."""
    if lang not in _PATTERNS:
        words = _words(lang)
        if not words:
            return None
        alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        ordinal = rf"(?P<word>{alternatives})|{_FIGURES[lang]}"
        _PATTERNS[lang] = (re.compile(rf"(?<![\w-])(?:{ordinal})[ \u00a0-](?P<noun>\w{{3,}})\b"), words)
    return _PATTERNS[lang]


def ordinals(art: Article, s: Sentence) -> dict[str, list[int]]:
    """The sentence's ordinals by the noun after each, lower case (German capitalises it)."""
    lang = (art.language or "en")[:2]
    found = _pattern(lang)
    if found is None:
        return {}
    pattern, words = found
    skip = _FUNCTION | _OUT_OF_PLAY.get(lang, frozenset()) | (month_words(lang) if lang in LEXICONS else frozenset())
    out: dict[str, list[int]] = {}
    for m in pattern.finditer(s.text):
        noun = m.group("noun").lower()
        if noun in skip or noun.isdigit():
            continue
        if m.group("word") is not None:
            if not m.group("word").islower():
                continue  # "First Minister", "Second World War": a title or a name, not a number given
            if m.group("word") in _OTHER.get(lang, ()) and not _DEFINITE_BEFORE.search(s.text, 0, m.start()):
                continue  # "andra passagerare": other passengers
            value = words[m.group("word")]
        else:
            value = int(m.group(2))  # the figures of :data:`_FIGURES`
        out.setdefault(noun, []).append(value)
    if after := _AFTER_NOUN.get(lang):
        for m in after.finditer(s.text):
            if m.group("word") in words:
                out.setdefault(m.group("noun").lower(), []).append(words[m.group("word")])
    return out


def _differing(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, int, int]]:
    """(noun, ordinal in a, ordinal in b): one noun numbered once in each sentence, differently."""
    if (art_a.language or "en")[:2] != (art_b.language or "en")[:2]:
        return []
    oa, ob = ordinals(art_a, sa), ordinals(art_b, sb)
    return [(noun, xa[0], ob[noun][0]) for noun, xa in oa.items() if len(xa) == 1 and len(ob.get(noun, [])) == 1 and xa[0] != ob[noun][0]]


def _numbers_both(art: Article, noun: str, x: int, y: int) -> bool:
    """Whether the article numbers ``noun`` with both ordinals somewhere ("No primeiro turno ..." and "venceu o
    segundo turno"): to it both exist."""
    found = {v for s in art.sentences for v in ordinals(art, s).get(noun, ())}
    return {x, y} <= found


# the words that set a sentence in a stage: "No primeiro turno, ...", "En la primera vuelta", "Al primo turno", "In the
# first round" ("caiu em relação ao primeiro turno" compares with it, and is told of the later one)
_SETTING = re.compile(r"(?<!\w)(?:no|na|em|en\s+(?:el|la)|nel|nella|al|alla|in\s+the|au|lors\s+du|im|in\s+der)\s+\Z", re.I)


def _settings(art: Article, s: Sentence) -> set[tuple[str, int]]:
    """The stages the sentence is set in: an ordinal and its noun after a word of setting."""
    found = _pattern((art.language or "en")[:2])
    if found is None:
        return set()
    pattern, words = found
    out = set()
    for m in pattern.finditer(s.text):
        word = m.group("word")
        if _SETTING.search(s.text, 0, m.start()) and (word is None or word.islower()):
            out.add((m.group("noun").lower(), words[word] if word is not None else int(m.group(2))))
    return out


def _background(art: Article, s: Sentence) -> set[tuple[str, int]]:
    """The earlier stages the sentence is set in where its article names a later one of the same noun: "No
    primeiro turno, Marta havia ficado em primeiro lugar com 38,9%" in a report of the second round is background."""
    mine = _settings(art, s)
    if not mine:
        return set()
    told = [(n, x) for t in art.sentences for n, xs in ordinals(art, t).items() for x in xs]
    return {(n, x) for n, x in mine if any(m == n and y > x for m, y in told)}


def different_stages(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> bool:
    """Whether the two sentences tell two stages of one thing, one the first round and the other the second: they
    number one noun differently, and one of the articles names both stages ("No primeiro turno, Marta teve 38,9%"
    / "venceu o segundo turno com 54,3%", the first article telling the second round too); or one tells an earlier
    stage as background, its article reporting a later one, and the other sentence does not number that stage
    ("No primeiro turno, ... 38,9% dos votos" / "Ex-secretária venceu com 54,3% dos votos").  Such sentences are two
    statements, and their figures and days are two stages', not one thing's given two ways."""
    if any(_numbers_both(art_a, n, x, y) or _numbers_both(art_b, n, x, y) for n, x, y in _differing(art_a, sa, art_b, sb)):
        return True
    for (art, s), (other, t) in (((art_a, sa), (art_b, sb)), ((art_b, sb), (art_a, sa))):
        told = ordinals(other, t)
        if any(x not in told.get(n, ()) for n, x in _background(art, s)):
            return True
    return False


def ordinal_conflicts(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> list[tuple[str, int, int]]:
    """(noun, ordinal in a, ordinal in b): one noun numbered once in each sentence, differently, where neither
    article numbers it both ways (:func:`different_stages`)."""
    return [
        (n, x, y) for n, x, y in _differing(art_a, sa, art_b, sb) if not _numbers_both(art_a, n, x, y) and not _numbers_both(art_b, n, x, y)
    ]


def read_as_count(conflict: Conflict, found: list[tuple[str, int, int]], ids: tuple[str, str]) -> bool:
    """Whether a number conflict's figures are an ordinal conflict's, read as a count of something else
    (German "in der 3. Runde" as a bare 3, Russian "в 12-м раунде" as 12 metres): the ordinal says it."""
    if conflict.unit in {noun for noun, _, _ in found}:
        return False
    values = conflict.values
    return any(values.get(ids[0]) == [float(x)] and values.get(ids[1]) == [float(y)] for _, x, y in found)
