"""What a percentage measures, outside English: the kinds of share news reports give side by side.

An election story gives the winner's share, the loser's, the turnout or the abstention and the share of
ballot boxes counted; an economic one the inflation, the interest rate, the growth and the unemployment.
Aligned as one fact (they report one result), "A abstenção chegou a 24,1%" and "Seu adversário obteve 45,7%"
would read as one figure given twice and conflict.  English reads a percentage's measure from the shape of
its clause (:mod:`.measured`); the other languages get this table of kinds, each in the words of en, es, pt,
it, fr and de (German compounds by their opening: "Wahlbeteiligung", "Arbeitslosenquote", "Leitzins"), folded: a figure whose clause names a kind is that kind's, and another sentence that names no word
of that kind has no figure of it to compare with.  A figure whose clause names no kind ("obteve 45,7%") is
kept: it may be any.  Abstention and turnout are two kinds (24% abstention is 76% turnout).
"""

from __future__ import annotations

import re

from parallax.compare.share_kinds_more import MORE_KINDS, MORE_LANGUAGES
from parallax.compare.turkish_results import TURKISH_RESULTS, marked_kinds
from parallax.compare.unspaced_share_kinds import LANGUAGES as UNSPACED
from parallax.compare.unspaced_share_kinds import unspaced_kinds
from parallax.compare.won_shares import names_won_vote
from parallax.letters import WORD, fold
from parallax.records import Article, Quantity, Sentence

# each kind: word openings, folded (an opening matches its forms: "abstenc" is "abstenção", "abstención")
_KINDS: dict[str, tuple[str, ...]] = {
    "abstention": ("abstenc", "abstention", "astension"),
    "turnout": (
        "turnout",
        "participac",
        "participation",
        "partecipazion",
        "affluenz",
        "comparecimento",
        "afluencia",
        "wahlbeteiligung",
        "beteiligung",
    ),
    "vote": ("voto", "votos", "voti", "vote", "votes", "sufragio", "suffrag", "consensi", "stimmen", "zweitstimme", "wahlergebnis"),
    "count": ("urna", "urnas", "secoes", "seccion", "sezioni", "scrutin", "escrutad", "escrutini", "actas", "precincts", "bureaux"),
    "inflation": ("inflac", "inflation", "inflazion", "ipca", "cpi"),
    "interest": ("juros", "interes", "interesse", "interest", "selic", "leitzins", "zinsen", "zinssatz"),
    "unemployment": ("desempreg", "desemple", "disoccupazion", "unemployment", "chomage", "arbeitslos"),
    "growth": (
        "pib",
        "gdp",
        "crescimento",
        "crecimiento",
        "crescita",
        "growth",
        "croissance",
        "economia",
        "economy",
        "economie",
        "wachstum",
        "wirtschaftswachstum",
        "bip",
    ),
    "adherence": ("adesao", "adhesion", "adesione", "seguimiento"),
    # a company's results: the sales and the profit, each a figure of its own
    "sales": ("umsatz", "umsatze", "erlos", "ventas", "vendas", "vendite", "sales", "revenue", "ricavi", "fatturato", "receita"),
    "profit": ("gewinn", "beneficio", "benefice", "profit", "utile", "lucro", "ganancia", "ebit"),
}
# Polish and Bulgarian, as election and results stories in them write each kind ("Frekwencja wyniosła 68,4 proc.",
# "Избирателната активност е 64,8 на сто", "36,8 proc. głosów", "31,2 на сто от гласовете"; a rate of interest is left out:
# English names it "its rate", which names no kind, so a Bulgarian "лихвата" would set the two figures apart)
for _kind, _words in {
    "turnout": ("frekwencj", "активност"),
    "vote": ("głos", "poparci", "глас", "подкреп"),
    "inflation": ("inflacj", "инфлаци"),
    "unemployment": ("bezroboci", "безработиц"),
    "growth": ("pkb", "gospodark", "бвп", "икономик"),  # ("wzrost", "растеж" are any rise: "wzrost cen")
    "sales": ("sprzedaż", "przychod", "przychód", "продажб", "приход"),
    "profit": ("zysk", "печалб"),
}.items():
    _KINDS[_kind] += _words
for _kind, _words in MORE_KINDS.items():  # ru, uk, nl, tr, id, ms, and a stock's price (:mod:`.share_kinds_more`)
    _KINDS[_kind] = _KINDS.get(_kind, ()) + _words
for _kind, _words in TURKISH_RESULTS.items():  # Turkish turnover and profit (:mod:`.turkish_results`)
    _KINDS[_kind] = _KINDS[_kind] + _words
_LANGUAGES = frozenset({"en", "es", "pt", "it", "fr", "de", "pl", "bg"}) | UNSPACED | MORE_LANGUAGES  # the languages the tables write
PERCENT = frozenset({"%", "percent", "per cent", "pct", "por ciento", "por cento", "per cento", "pour cent", "prozent"})
# where a figure's clause starts: a comma, a semicolon, a colon, a bracket or a dash (not a full stop)
_CLAUSE_START = re.compile(r"[,;:()–—]")
_AFTER = re.compile(r"[^,;:()–—.]{0,40}")  # the words after the figure, up to its clause's end: "dos votos válidos"


def _kinds_of(words: list[str]) -> frozenset[str]:
    folded = frozenset(kind for w in words for kind, openings in _KINDS.items() if fold(w).startswith(openings))
    return folded | marked_kinds(words)  # "kârı" by its circumflex (:mod:`.turkish_results`)


def figure_kinds(art: Article, s: Sentence, q: Quantity) -> frozenset[str]:
    """The kinds the clause of the percentage ``q`` names, before it and just after it."""
    lo = s.start
    for m in _CLAUSE_START.finditer(art.text, s.start, q.start):
        lo = m.end()
    after = _AFTER.match(art.text, q.end, s.end)
    return _kinds_in(art.text[lo : q.start] + " " + (after.group() if after else ""))


def _kinds_in(text: str) -> frozenset[str]:
    """The kinds ``text`` names: by a word's opening, or anywhere in a run of Thai, Chinese, Japanese or Korean
    (:mod:`.unspaced_share_kinds`)."""
    return _kinds_of(re.findall(WORD, text)) | unspaced_kinds(text)


def kinds_named(text: str) -> frozenset[str]:
    """The kinds a text names anywhere (:mod:`.sum_kinds` reads a sentence's)."""
    return _kinds_in(text)


def writes(language: str | None) -> bool:
    """Whether the table writes the kinds in ``language`` (elsewhere a clause names no kind it knows)."""
    return (language or "en")[:2] in _LANGUAGES


def kinds_apart(art_a: Article, sa: Sentence, art_b: Article, sb: Sentence) -> tuple[set[int], set[int]]:
    """The starts of the percentages of each sentence that measure a kind the other sentence never names."""
    out: tuple[set[int], set[int]] = (set(), set())
    if not all(writes(a.language) for a in (art_a, art_b)):
        return out  # (a language the table does not write: "инфляция" names no kind it knows, and may be any)
    named = [_kinds_in(s.text) for s in (sa, sb)]
    kinds = [{q.start: figure_kinds(art, s, q) for q in _percentages(art, s)} for art, s in ((art_a, sa), (art_b, sb))]
    for i, s in enumerate((sa, sb)):
        if any(not k for k in kinds[i].values()) and names_won_vote(s.text):
            named[i] = named[i] | {"vote"}  # "Los conservadores obtuvieron el 33%": a won share is the vote's (:mod:`.won_shares`)
    for i in (0, 1):
        for start, kind in kinds[i].items():
            if kind and not kind & named[1 - i]:
                out[i].add(start)
    return out


def _percentages(art: Article, s: Sentence) -> list[Quantity]:
    return [q for q in art.quantities if s.start <= q.start < s.end and q.value is not None and (q.unit or "").lower() in PERCENT]
