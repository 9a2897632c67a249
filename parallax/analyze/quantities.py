"""Numbers and quantities: digits, number words, and the noun they count.

The counted noun (``unit``) is what makes "30 members" and "32 members"
comparable while "30 members" and "2 days" are not.
"""

from __future__ import annotations

import re

from parallax.analyze import Paragraph, component
from parallax.analyze.numwords import COLLECTIVES, WORDS_BY_LANGUAGE
from parallax.records import Article, Quantity

# a language's number words (a word like Italian "due" or German "sei" is no number elsewhere) and its
# approximate counts ("une trentaine"), read as numbers too
_WORDS = {lang: words | {w: v for w, (v, _) in COLLECTIVES.get(lang, {}).items()} for lang, words in WORDS_BY_LANGUAGE.items()}
SCALE = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3,
    "tausend": 1e3, "millionen": 1e6, "milliarden": 1e9, "milliarde": 1e9, "mille": 1e3, "millions": 1e6,
    "milliards": 1e9, "milliard": 1e9, "mil": 1e3, "millones": 1e6, "millón": 1e6,
    # Russian, Ukrainian and Polish, in the cases a count takes ("2 тысячи", "40 тисяч", "3 tysiące")
    **{w: 1e3 for w in ("тысяча", "тысячи", "тысяч", "тыс", "тисяча", "тисячі", "тисяч", "тис", "tysiąc", "tysiące", "tysięcy", "tys")},
    **{w: 1e6 for w in ("миллион", "миллиона", "миллионов", "млн", "мільйон", "мільйона", "мільйонів", "milion", "miliony", "milionów", "mln")},
    **{w: 1e9 for w in ("миллиард", "миллиарда", "миллиардов", "млрд", "мільярд", "мільярда", "мільярдів", "miliard", "miliardy", "miliardów", "mld")},
}
_SCALES = "|".join(sorted(map(re.escape, set(SCALE) - {"m", "k"}), key=len, reverse=True))  # "m", "k": glued only ("$5m", not "5 m deep")
_PERCENT = r"%|percent|per cento|por cento|per cent|prozent|pour cent|por ciento|procent"


def _number_pattern(words) -> re.Pattern:
    return re.compile(
        r"(?<![\w.,])(?P<cur>[$€£¥])?\s?(?P<num>\d{1,3}(?:[,.\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|"
        + "|".join(sorted(words, key=len, reverse=True))
        + rf")(?:(?P<short>[mk])\b|(?![\w])(?:\s?(?P<scale>{_SCALES})\b)?)(?:\s?(?P<pct>{_PERCENT}))?",
        re.I,
    )


# per language: its own number words and the English ones (English names and figures turn up everywhere)
_NUM_BY_LANGUAGE = {lang: _number_pattern(_WORDS["en"] | words) for lang, words in _WORDS.items()}
_NUM = _NUM_BY_LANGUAGE["en"]
# the counted noun, past a linking "of"/"de"/"d'" ("4.000 millones de euros", "3 millions d'euros")
_UNIT = re.compile(r"(?<!\s)\s*+(?:-\s*+)?(?:(?:of|de|des|del|di|der)\s++|d['’])?([A-Za-zÀ-ÿА-яЁёЄєІіЇїҐґĀ-ž]+)", re.I)  # right after a number; possessive: linear
_STOP_UNITS = {"of", "and", "or", "to", "in", "on", "at", "the", "a", "und", "et", "y", "them", "those", "these", "which", "whom", "ellos", "ellas", "eux", "elles", "ihnen", "denen",
               # prepositions and conjunctions after a bare number ("23 votes to 17 after a debate")
               "after", "before", "since", "until", "during", "when", "while", "with", "from", "for", "by", "as", "than", "but",
               "nach", "vor", "seit", "bis", "après", "avant", "depuis", "después", "antes", "dopo", "prima", "depois", "na", "voor", "tot"}  # fmt: skip


_PRONOUN_ONE = re.compile(r"(?<!\w)(?:no|any|every|each|the|this|that|which)\s+\Z", re.I)


def parse_number(raw: str, language: str | None = None) -> float | None:
    raw = " ".join(raw.lower().split())
    words = _WORDS.get((language or "en")[:2], {})
    if raw in words or raw in _WORDS["en"]:
        return float(words.get(raw) or _WORDS["en"][raw])
    decimal_comma = (language or "en")[:2] in ("de", "fr", "es", "it", "nl", "pt", "pl", "ru", "uk", "cs", "sv", "da", "no", "fi", "ro", "tr")
    s = raw.replace("\u202f", "").replace(" ", "")
    if decimal_comma:
        if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
            s = s.replace(".", "")
        s = s.replace(",", ".")
    else:
        s = s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def approximate_share(number: str, language: str | None) -> float | None:
    """How far off an approximate count may be, as a share ("une trentaine": 0.2), else None."""
    words = " ".join(number.lower().split())
    for table in (COLLECTIVES.get((language or "en")[:2], {}), COLLECTIVES["en"]):
        if words in table:
            return table[words][1]
    return None


def find_quantities(text: str, language: str | None, skip: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    for m in _NUM_BY_LANGUAGE.get((language or "en")[:2], _NUM).finditer(text):
        s, e = m.span()
        if any(s < te and ts < e for ts, te in skip):
            continue  # part of a date or time expression
        value = parse_number(m.group("num"), language)
        if value is None:
            continue
        if m.group("num").lower() == "one" and _PRONOUN_ONE.search(text, max(0, s - 8), s):
            continue  # "no one died", "the one who": a pronoun, not a count
        if scale := m.group("scale") or m.group("short"):
            value *= SCALE.get(scale.lower(), 1)
        unit = None
        if m.group("pct"):
            unit = "%"
        elif m.group("cur"):
            unit = m.group("cur")
        else:
            um = _UNIT.match(text, e)
            if um and um.group(1).lower() not in _STOP_UNITS:
                unit = um.group(1).lower().rstrip("s") or None
        out.append(Quantity(m.group().strip(), value, s, e, unit))
    return out


def _counted_noun(doc, q: Quantity) -> str | None:
    """With a parse, the noun a number counts, past its adjectives and modifiers ("212 mature
    trees" counts trees, "40 patrol vessels" vessels), normalised like the lexical unit."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    tok = span[0] if span is not None and len(span) else None
    while tok is not None and tok.dep_ == "compound" and tok.head.like_num:
        tok = tok.head  # "2 million": the number's last word
    if tok is None or tok.dep_ != "nummod" or tok.head.pos_ != "NOUN" or tok.head.i <= tok.i or tok.head.i - tok.i > 4:
        return None
    return tok.head.text.lower().rstrip("s") or None


@component("quantities")
def add_quantities(article: Article, paragraphs: list[Paragraph]) -> None:
    time_spans = [(t.start, t.end) for t in article.times]
    for para in paragraphs:
        skip = [(s - para.offset, e - para.offset) for s, e in time_spans]
        parsed = para.doc.has_annotation("DEP")
        for q in find_quantities(para.text, article.language, skip):
            if parsed and q.unit and q.unit.isalpha():
                q.unit = _counted_noun(para.doc, q) or q.unit
            q.start += para.offset
            q.end += para.offset
            article.quantities.append(q)
